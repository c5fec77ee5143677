"""Limits a coach keeps on a step: tendon-friendly calf work, small load steps, load ceilings.

Every choice here is a *project convention* unless a source is named:

* **Achilles**: for an athlete with :attr:`~runstrength.Injury.achilles`, calf raises (calf
  work counted in reps, no jumps) are done at :data:`ACHILLES_TEMPO`, 3 s up and 3 s down,
  the slow tempo of a heavy slow resistance programme for the Achilles, and 003's "slow
  heel raise and controlled lowering"; their loads never rise by more than
  :data:`~runstrength._progression.policy.ACSM_MAX_RISE` (10 %) in one step.
* **Small load steps**: a load rises 2-10 % once the lifter does 1-2 reps more than the
  target (ACSM 2009, Med Sci Sports Exerc 41:687). When the smallest step the equipment
  makes is more than 10 % of the load, the reps rise first, :data:`OVER_TARGET` above the
  top of the exercise's own range for the level, and the step comes once every set reaches
  that new top (a :func:`big_step`).
* **Load ceilings**: light isolation and stability work stops gaining load at
  :data:`LOAD_CEILING_KG` (ankle weights: 5 kg; heavier straps pull on the knee and ankle
  rather than load the hip, and the work it does is control, not strength), and cable
  core work (a Pallof press and other anti-rotation drills) stops at
  :data:`CORE_CABLE_CEILING_KG` (20 kg, about a quarter of a runner's body mass; past it
  the drill turns into a pulling contest rather than trunk control). There it progresses
  by a harder variation, a slow tempo, or holds and names the ceiling.
* **First loads**: bodyweight work that takes its first load takes one worth carrying,
  :data:`FIRST_LOAD_KG` or more on a free weight (a 1 kg dumbbell on a wall sit or a calf
  raise changes nothing), within the exercise's ceiling.
* **Rep floors**: a trade that adds no time (a slower tempo or a pause for fewer reps, a
  harder variation with its reps trimmed) never takes the reps below :func:`rep_floor`:
  the lowest amount the catalog gives the exercise, and never below 8 for bodyweight
  single-leg work, 10 for calf raises and hip or side-lying raises, 12 for two-leg calf
  raises (003 gives calf raises 10-20 reps); at the floor the trade is closed and another
  route is taken.
* **Light holds**: holds in a light session stop at :data:`LIGHT_HOLD_CAP` (45 s), or the
  top of the catalog's own range for the level when that is longer; past it a hold trains
  endurance the light session does not need.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import Tempo
from runstrength._model.errors import InputError
from runstrength._model.vocab import Equipment, Injury, Muscle, Pattern
from runstrength._progression.loadmath import step_up
from runstrength._progression.policy import ACSM_MAX_RISE

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from runstrength._model.athlete import Athlete
    from runstrength._model.dose import Dose, IntRange
    from runstrength._model.exercise import Exercise
    from runstrength._model.vocab import Level

__all__ = [
    "ACHILLES_NOTE",
    "ACHILLES_TEMPO",
    "CORE_CABLE_CEILING_KG",
    "FIRST_LOAD_KG",
    "LIGHT_HOLD_CAP",
    "LOAD_CEILING_KG",
    "OVER_TARGET",
    "achilles_calf",
    "big_step",
    "ceiling",
    "first_load",
    "light_hold_cap",
    "reference_range",
    "rep_floor",
    "share",
    "step_within",
    "tendon_tempo",
    "tendon_work",
]

ACHILLES_TEMPO: Final = Tempo(3, 0, 3)
"""Calf raises for an Achilles: 3 s lowering, 3 s lifting (003: slow reps, a controlled
lowering; the 3-0-3 tempo itself is a project convention)."""

ACHILLES_NOTE: Final = "For your Achilles: slow lowering, small load steps of 10 % or less."
"""What every calf step for an Achilles athlete says."""

OVER_TARGET: Final = 2
"""Reps done above the top of the range before a load step bigger than 10 % [ACSM 2009]."""

LIGHT_HOLD_CAP: Final = 45
"""The longest hold a light session grows to, in seconds (project convention)."""

LOAD_CEILING_KG: Final[Mapping[Equipment, float]] = MappingProxyType({Equipment.ankle_weights: 5.0})
"""The heaviest useful load for light isolation and stability kit (project convention)."""

FIRST_LOAD_KG: Final[Mapping[Equipment, float]] = MappingProxyType(
    {Equipment.dumbbell: 5.0, Equipment.kettlebell: 5.0, Equipment.barbell: 20.0}
)
"""The lightest first load on each free weight, kg: a 5 kg dumbbell or kettlebell, an empty
bar (project convention); machines and ankle weights start at their smallest step."""

CORE_CABLE_CEILING_KG: Final = 20.0
"""The heaviest useful cable load for anti-rotation core work (project convention)."""

_MUSCLES_OF_CALF: Final = frozenset({Muscle.calves, Muscle.soleus})
_RAISES: Final = frozenset(
    {Pattern.isolation, Pattern.hip_stability, Pattern.lateral, Pattern.hip_extension}
)
_BENDS: Final = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})


def achilles_calf(athlete: Athlete | None, exercise: Exercise) -> bool:
    """Whether ``exercise`` is calf raising for an athlete with an Achilles injury.

    >>> from runstrength import Athlete, default_catalog
    >>> cat = default_catalog()
    >>> achilles_calf(Athlete(level="beginner", injuries=["achilles"]), cat["standing_calf_raise"])
    True
    >>> achilles_calf(Athlete(level="beginner"), cat["standing_calf_raise"])
    False
    """
    return athlete is not None and tendon_work(athlete.injuries, exercise)


def tendon_work(injuries: Collection[Injury], exercise: Exercise) -> bool:
    """Whether ``exercise`` is calf raising and ``injuries`` hold the Achilles."""
    return (
        Injury.achilles in injuries
        and not exercise.plyometric
        and (Pattern.calf in exercise.patterns or bool(exercise.primary & _MUSCLES_OF_CALF))
    )


def tendon_tempo(dose: Dose) -> Dose:
    """``dose`` at :data:`ACHILLES_TEMPO` when it counts reps, unless its lowering is slower.

    >>> from runstrength import Dose
    >>> str(tendon_tempo(Dose(sets=2, reps=(12, 15), rest_seconds=60)).tempo)
    '3-0-3'
    """
    if dose.unit != "reps":
        return dose
    tempo = dose.tempo
    if tempo is not None and tempo.eccentric >= ACHILLES_TEMPO.eccentric:
        return dose
    return attrs.evolve(dose, tempo=ACHILLES_TEMPO)


def share(old: float, new: float) -> float:
    """The rise from ``old`` to ``new`` as a share of ``old`` (0 when ``old`` is 0).

    >>> round(share(10, 12), 2), share(0, 2)
    (0.2, 0.0)
    """
    return (new - old) / old if old > 0 else 0.0


def big_step(old: float, new: float) -> bool:
    """Whether a load step from ``old`` to ``new`` is more than 10 % [ACSM 2009].

    The first load (from bodyweight) is never a big step: it is the smallest there is.

    >>> big_step(10, 12), big_step(20, 22), big_step(0, 4)
    (True, False, False)
    """
    return share(old, new) > ACSM_MAX_RISE + 1e-9


def reference_range(exercise: Exercise, dose: Dose, level: Level) -> IntRange:
    """The exercise's own range for the level in the dose's unit, else the dose's range."""
    found = exercise.doses.get(level)
    if found is None or found.unit != dose.unit:
        found = next((d for d in exercise.doses.values() if d.unit == dose.unit), None)
    return dose.amount if found is None else found.amount


def ceiling(exercise: Exercise, item: Equipment | None) -> float | None:
    """The heaviest useful load for ``exercise`` carried by ``item``, if it has one.

    Light isolation and stability work has one (:data:`LOAD_CEILING_KG`), and so has
    core work on a cable (:data:`CORE_CABLE_CEILING_KG`).

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> ceiling(cat["side_lying_leg_raise"], Equipment.ankle_weights)
    5.0
    >>> ceiling(cat["pallof_press"], Equipment.cable_machine)
    20.0
    >>> ceiling(cat["goblet_squat"], Equipment.dumbbell) is None
    True
    """
    if item is None:
        return None
    if item is Equipment.cable_machine and Pattern.core in exercise.patterns:
        return CORE_CABLE_CEILING_KG
    return LOAD_CEILING_KG.get(item)


def step_within(exercise: Exercise, lifted: float, item: Equipment) -> float | None:
    """One load step up from ``lifted`` on ``item``, or ``None`` when there is none.

    ``None`` when the kit makes nothing heavier (see :func:`step_up`) or the step would
    pass the exercise's :func:`ceiling`.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> step_within(cat["goblet_squat"], 10, Equipment.dumbbell)
    12.0
    >>> step_within(cat["side_lying_leg_raise"], 5, Equipment.ankle_weights) is None
    True
    >>> step_within(cat["goblet_squat"], 48, Equipment.kettlebell) is None
    True
    """
    try:
        up = step_up(lifted, item)
    except InputError:
        return None
    most = ceiling(exercise, item)
    return None if most is not None and up > most + 1e-9 else up


def first_load(exercise: Exercise, item: Equipment) -> float:
    """The first load bodyweight work takes on ``item``: one worth carrying.

    The smallest load ``item`` makes at or above :data:`FIRST_LOAD_KG`, never past the
    exercise's :func:`ceiling`.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> wall_sit = cat["wall_sit"]
    >>> first_load(wall_sit, Equipment.dumbbell), first_load(wall_sit, Equipment.kettlebell)
    (5.0, 6.0)
    >>> first_load(cat["side_lying_leg_raise"], Equipment.ankle_weights)
    0.5
    """
    load = step_up(0, item)
    least = FIRST_LOAD_KG.get(item, 0.0)
    most = ceiling(exercise, item)
    while load < least - 1e-9:
        up = step_up(load, item)
        if most is not None and up > most + 1e-9:
            break
        load = up
    return load


def light_hold_cap(exercise: Exercise, level: Level) -> int:
    """The longest a hold grows to in a light session.

    :data:`LIGHT_HOLD_CAP`, or the top of the catalog's own range for the level when longer.

    >>> from runstrength import Level, default_catalog
    >>> light_hold_cap(default_catalog()["front_plank"], Level.beginner)
    45
    """
    found = exercise.doses.get(level)
    top = found.amount.hi if found is not None and found.unit == "seconds" else 0
    return max(LIGHT_HOLD_CAP, top)


def rep_floor(exercise: Exercise, level: Level, *, loaded: bool = False) -> int:
    """The fewest reps a trade that adds no time may leave at the bottom of the range.

    The lowest amount the catalog gives the exercise at any level (a beginner's 15-20
    calf raises may slow down to 12-15, a range the catalog itself gives); for calf
    raises the coach's minimum, 12 on two legs and 10 on one, wherever the catalog starts
    (a bent-knee raise's 15–20 may slow down to 12–15, not 15–16); never below 10 for hip
    or side-lying raises, 8 for single-leg work done at bodyweight (``loaded`` False), and
    never below 5. ``level`` only says which dose tells reps from seconds.

    >>> from runstrength import Level, default_catalog
    >>> cat = default_catalog()
    >>> [rep_floor(cat[name], Level.intermediate) for name in ("standing_calf_raise",
    ...  "single_leg_calf_raise", "side_lying_leg_raise", "split_squat", "goblet_squat")]
    [12, 10, 12, 8, 6]
    """
    found = exercise.doses.get(level) or exercise.dose_for(exercise.level)
    counted = [d.amount.lo for d in exercise.doses.values() if d.unit == "reps"]
    least = min(counted) if found.unit == "reps" else 0
    if Pattern.calf in exercise.patterns or exercise.primary & _MUSCLES_OF_CALF:
        # the coach's minimum, even where the catalog starts higher (bent-knee 15–20)
        least = 10 if Pattern.single_leg in exercise.patterns else 12
    elif exercise.patterns & _RAISES and not exercise.patterns & _BENDS:
        least = max(least, 10)
    elif Pattern.single_leg in exercise.patterns and not loaded:
        least = max(least, 8)
    return max(least, 5)
