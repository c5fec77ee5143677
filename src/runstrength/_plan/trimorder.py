"""The order in which a session's sets give way when the week or the minutes are short.

A coach trims the warm-up-grade work first and the work that carries over to running
last:

1. hip drills (band walks, side-lying leg raises, hydrants: source 003 has band walks as
   part of a warm-up),
2. core and other holds (a plank, a Pallof press, a Copenhagen plank),
3. a second single-leg accessory (a lateral step-up beside a walking lunge),
4. anything else (the session's one single-leg accessory),
5. and only then calf, hinge, jump and heavy squat sets, and last the main lift's
   ("skipping calf and soleus work" is a common mistake in 003; heavy lifts and calves
   carry over to running, Blagrove et al. 2018).

:func:`trim_ranks` gives each exercise of a session its place in that order: the higher
the rank, the sooner it gives a set.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.vocab import Focus, Injury, Pattern
from runstrength._plan.shaping import is_main_lift
from runstrength._plan.tendonweek import tendon_block

__all__ = ["BLOCK", "HIP_DRILL", "HOLD", "KEPT", "MAIN", "OTHER", "SECOND_ONE_LEG", "trim_ranks"]

HIP_DRILL: Final = 4
"""Rank of a hip drill: a band walk or similar hip-isolation work gives a set first."""

HOLD: Final = 3
"""Rank of core work and other holds: they give next."""

SECOND_ONE_LEG: Final = 2
"""Rank of a single-leg accessory beside another one in the session."""

OTHER: Final = 1
"""Rank of any other exercise: the session's one single-leg accessory, say."""

KEPT: Final = 0
"""Rank of calf, hinge, jump and loaded squat work: it gives a set only when nothing else
can."""

MAIN: Final = -1
"""Rank of the session's first exercise, its main lift: never a set of it for another's."""

BLOCK: Final = -2
"""Rank of an Achilles runner's heavy slow calf block: it keeps its sets as the main lift
does (the caller sets it; see :func:`~runstrength._plan.tendonweek.tendon_block`)."""

_ONE_LEG: Final = frozenset({Pattern.single_leg, Pattern.lunge})
_KEPT: Final = frozenset({Pattern.calf, Pattern.hinge, Pattern.hip_extension})
_HIP: Final = frozenset({Pattern.hip_stability})
_HOLDS: Final = frozenset({Pattern.core, Pattern.isometric})


def _rank(exercise: Exercise, main: bool, one_leg_before: bool) -> int:
    """The trim rank of one exercise (see the module's order)."""
    patterns = exercise.patterns
    if main:
        return MAIN
    if patterns & _KEPT or exercise.plyometric:
        return KEPT
    if Pattern.squat in patterns and not patterns & _HIP and is_main_lift(exercise, Focus.strength):
        return KEPT  # a second heavy lift: a loaded two-legged squat
    if patterns & _HOLDS:
        return HOLD
    if patterns & _HIP and not patterns & _ONE_LEG:
        return HIP_DRILL
    if patterns & _ONE_LEG and one_leg_before:
        return SECOND_ONE_LEG
    return OTHER


def trim_ranks(
    items: Sequence[Prescription],
    catalog: Catalog,
    *,
    main: bool = True,
    injuries: Collection[Injury] = (),
) -> dict[str, int]:
    """Each exercise of a session by its trim rank: the higher, the sooner it gives a set.

    With ``main`` (a strength session), the session's first main lift
    (:func:`~runstrength._plan.shaping.is_main_lift`, else its first exercise) ranks
    :data:`MAIN`: an Achilles runner's calf block may lead the session, and the split squat
    after it is still the main lift; the first exercise counts as the session's first
    single-leg move where it is one. An exercise the catalog does not hold ranks
    :data:`OTHER`. With the Achilles among ``injuries``, the heavy slow calf block ranks
    :data:`BLOCK` and a plain calf raise beside it :data:`OTHER`.

    >>> from runstrength import Level, default_catalog
    >>> from runstrength._model.plan import Prescription
    >>> cat = default_catalog()
    >>> names = ("back_squat", "step_up", "monster_walk", "single_leg_calf_raise",
    ...          "pallof_press", "lateral_step_up")
    >>> items = [Prescription(n, cat[n].doses[Level.intermediate]) for n in names]
    >>> [trim_ranks(items, cat)[n] for n in names]
    [-1, 1, 4, 0, 3, 2]
    """
    out: dict[str, int] = {}
    one_leg = False
    # The main lift: the first that is one (an Achilles runner's calf block leads).
    lead = next(
        (i for i, rx in enumerate(items) if is_main_lift(catalog.get(rx.exercise), Focus.strength)),
        0,
    )
    for i, rx in enumerate(items):
        exercise = catalog.get(rx.exercise)
        if exercise is None:
            out[rx.exercise] = OTHER
            continue
        out[rx.exercise] = _rank(exercise, main and i == lead, one_leg)
        if i in (0, lead) or out[rx.exercise] in (OTHER, SECOND_ONE_LEG):
            one_leg = one_leg or bool(exercise.patterns & _ONE_LEG)
    blocks = [rx for rx in items if main and tendon_block(rx, catalog, Focus.strength, injuries)]
    for rx in items:
        # An Achilles runner's calf block keeps its sets as a main lift does; a calf raise
        # beside it gives a set before the block's next rung waits.
        exercise = catalog.get(rx.exercise)
        if rx in blocks:
            out[rx.exercise] = BLOCK
        elif blocks and exercise is not None and exercise.patterns == {Pattern.calf}:
            out[rx.exercise] = OTHER
    return out
