"""A session's changes: which exercises progress this week, in what order, and in what time.

Every choice here is a *project convention*:

- **Priority** (:func:`tier`, :data:`ORDER`): when a session has more exercises ready than
  it has changes, an exercise rebuilding after sharp pain or an Achilles athlete's calf
  work goes first (:func:`rebuilding`: its way back is the plan's first job, one small step
  a week), then the main lift, then anything that has waited :data:`HOLD_LIMIT` sessions
  or more at the top of its range (a promise kept: it is never starved), then one calf
  exercise (two calf exercises share one slot), then the rest; within each, the exercise
  that has waited longest goes first, then the hinge before hip work before core
  (:func:`rank`).
- **Only real changes count**: a step that changes nothing, or that only writes into the
  plan the load the athlete chose and logged (:func:`records`), uses no slot.
- **Time**: a load change costs no time and is never refused for it; extra reps, sets and
  slower tempos cost their estimated seconds. When the main lift or the calf cannot
  progress inside the athlete's minutes, the lowest-priority accessory (core, then hip
  isolation) gives up one set to make room, and says so (:func:`trim`; tagged
  ``Change.sets``: a set fewer for time is not a step back); a rebuild after pain or an
  Achilles athlete's calf block may also take a set from work holding more than
  :data:`KEEP_SETS` sets, and a rebuild never moves to a harder variation for want of
  time; otherwise the exercise holds and says how long it has held and what really comes
  next (:func:`no_time`).
- **Logged loads are kept**: a "choose load" prescription logged with a load that would
  otherwise hold has that load written into the plan (:func:`record_load`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.vocab import Change, Level, Muscle, Pain, Pattern
from runstrength._progression.limits import ceiling, reference_range, step_within
from runstrength._progression.loadmath import step_down, step_up
from runstrength._progression.policy import HOLD_LIMIT, Outcome, base_load, load_equipment
from runstrength._progression.returns import below_pain
from runstrength._progression.tendon import on_block
from runstrength._views.wording import UNIT_SUFFIX, amount_text, kg, words

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._progression.ask import Ask

__all__ = [
    "KEEP_SETS",
    "MAIN_AND_CALF",
    "ORDER",
    "SHORT_FLOOR",
    "fewer",
    "no_time",
    "plural_sets",
    "rank",
    "rebuilding",
    "record_load",
    "records",
    "reset_range",
    "tier",
    "trim",
    "trimmed",
    "unstall",
    "waited",
]

MAIN_AND_CALF: Final = 1
"""Ranks up to this one (main lift 0, calf 1) go before every accessory."""

ORDER: Final = (
    "a rebuild after pain and an Achilles calf block go first, then the main lift, then "
    f"anything that has waited {HOLD_LIMIT} sessions or more, then one calf exercise, then "
    "whatever has waited longest"
)
"""The order a session's changes are admitted in, as the reasons say it (:func:`tier`)."""

SHORT_FLOOR: Final = 5
"""The fewest reps a heavier-and-shorter range goes to: a split squat below 5 reps is
limited by balance, not the legs (project convention)."""

KEEP_SETS: Final = 2
"""Sets an exercise keeps when it gives one up for a rebuild after pain."""

_TOP: Final = frozenset({Outcome.TOP})
_CALF_MUSCLES: Final = frozenset({Muscle.calves, Muscle.soleus})
_HIP: Final = frozenset({Pattern.hip_stability, Pattern.isolation, Pattern.lateral})
_HINGE: Final = frozenset({Pattern.hinge, Pattern.hip_extension})
_HEAVY: Final = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})


def rank(exercise: Exercise | None) -> int:
    """An exercise's priority for a session's changes: 0 main, 1 calf, 2 hinge, 3 hip, 4 core.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> [rank(cat[name]) for name in ("bulgarian_split_squat", "standing_calf_raise",
    ...  "kickstand_romanian_deadlift", "side_lying_leg_raise", "pallof_press")]
    [0, 1, 2, 3, 4]
    """
    if exercise is None:
        return 4
    patterns = exercise.patterns
    if Pattern.calf in patterns or exercise.primary & _CALF_MUSCLES:
        return 1
    if Pattern.core in patterns:
        return 4
    if patterns & _HINGE:
        return 2
    if patterns & _HIP:
        return 3
    return 0


def waited(ask: Ask | None) -> int:
    """Sessions in a row before this one that ended at the top of the range, unchanged."""
    return 0 if ask is None else ask.streak(_TOP)


def tier(ask: Ask | None, *, main: bool, first_calf: bool) -> int:
    """An exercise's class in :data:`ORDER`: 0 main lift, 1 waited long, 2 calf, 3 the rest.

    ``main`` says the exercise is the session's main lift (:func:`rank` 0); ``first_calf``
    that it is the calf exercise that takes the calf's one slot. A rebuild after pain and
    an Achilles calf block go ahead of every tier (the caller sorts them first).
    """
    if main:
        return 0
    if waited(ask) >= HOLD_LIMIT:
        return 1
    return 2 if first_calf else 3


def fewer(step: Progression, old: Prescription) -> bool:
    """Whether ``step`` only gives up a set of ``old`` (a trim for time, not a step up)."""
    return (
        step.change is Change.sets
        and step.next.exercise == old.exercise
        and step.next.dose.sets.hi < old.dose.sets.hi
    )


def rebuilding(ask: Ask | None) -> bool:
    """Whether an exercise is back after sharp pain and below its old dose (:func:`below_pain`)."""
    return ask is not None and below_pain(ask.dose, ask.history) is not None


def records(step: Progression, ask: Ask | None) -> bool:
    """Whether a load step only writes the load lifted into the plan (no heavier than it)."""
    if step.change is not Change.load or ask is None:
        return False
    lifted = base_load(ask.dose, ask.log)
    return (step.next.dose.load_kg or 0.0) <= max(lifted, ask.dose.load_kg or 0.0) + 1e-9


def record_load(step: Progression, ask: Ask | None) -> Progression:
    """A hold of a "choose load" prescription, with the load the log shows written in.

    Light sessions stay unloaded, and only a hold of the same exercise is changed. A
    beginner's squat, lunge or hinge is left to its own steps: RS305 adds heavy lifting
    one pattern at a time.
    """
    if ask is None or ask.light or step.change is not Change.none:
        return step
    if ask.exercise.patterns & _HEAVY and ask.level() is Level.beginner:
        return step  # a beginner's squat, lunge or hinge gains its load through its own steps
    rx = ask.prescription
    if step.next != rx or rx.dose.load_kg is not None or load_equipment(ask.exercise) is None:
        return step
    logged = [s.load_kg for s in ask.log.sets if s.load_kg]
    if not logged:
        return step
    lifted = min(logged)
    nxt = attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=lifted), choose_load=False)
    return Progression(
        nxt,
        Change.load,
        f"{step.reason} The plan records your {kg(lifted)}, the load you lifted.",
    )


def trim(
    old: list[Prescription],
    steps: list[Progression],
    asks: list[Ask | None],
    *,
    skip: set[int],
    below: int,
    rebuild: bool = False,
) -> int | None:
    """The accessory that gives up a set to make room: the lowest priority, the last.

    Only core and hip isolation work (rank 3 and 4) of a lower priority than ``below``,
    with more than one set, a pain-free, clean log, and a step that does not already step
    back; for the main lift (``below`` 0), when none is there and the session holds two
    calf exercises, one of them (never an Achilles calf block); never an index in ``skip``.
    For a rebuild after pain (``rebuild``), when no such
    accessory is there, any exercise but the main lift that holds more than
    :data:`KEEP_SETS` sets gives one up, the one with the most sets first.
    """
    found: list[tuple[int, int]] = []
    spare: list[tuple[int, int, int]] = []
    calves = [j for j, ask in enumerate(asks) if ask is not None and rank(ask.exercise) == 1]
    doubled: list[tuple[int, int]] = []
    for j, (rx, step, ask) in enumerate(zip(old, steps, asks, strict=True)):
        if j in skip or ask is None or rx.dose.sets.lo <= 1:
            continue
        if step.change in (Change.stop, Change.regress) or ask.log.pain is not Pain.none:
            continue
        if not ask.log.form_ok:
            continue
        mine = rank(ask.exercise)
        if mine >= 3 and mine > below:
            found.append((mine, j))
        elif mine == 1 and below == 0 and len(calves) > 1 and not on_block(ask):
            doubled.append((rx.dose.sets.lo, j))  # two calf exercises: one may give a set
        elif rebuild and mine > 0 and rx.dose.sets.lo > KEEP_SETS and not on_block(ask):
            spare.append((rx.dose.sets.lo, mine, j))
    if found:
        return max(found)[1]
    if doubled:
        return max(doubled)[1]
    return max(spare)[2] if spare else None


def plural_sets(sets: IntRange) -> str:
    """A set range with its noun: ``1 set``, ``2 sets``, ``2–3 sets``.

    >>> plural_sets(IntRange(1)), plural_sets(IntRange(2, 3))
    ('1 set', '2–3 sets')
    """
    return f"{sets} set" if sets.hi == 1 else f"{sets} sets"


def trimmed(rx: Prescription, limit: int, what: str, *, why: str = "") -> Progression:
    """``rx`` with one set fewer, to make room for ``what`` within ``limit`` minutes.

    Tagged ``Change.sets``, not ``regress``: the exercise is on target and gives up a set
    for time only. ``why`` says why ``what`` goes first (default: the main lift and calf).
    """
    dose = rx.dose
    sets = IntRange(dose.sets.lo - 1, max(dose.sets.lo - 1, dose.sets.hi - 1))
    count = plural_sets(sets)
    why = why or "the main lift and the calf come first when time is short"
    return Progression(
        attrs.evolve(rx, dose=attrs.evolve(dose, sets=sets)),
        Change.sets,
        f"On target, and a set fewer ({dose.sets} to {count}) for time only: it makes room "
        f"within your {limit} minutes for {what}, as {why}. The set comes back when the "
        "session has room.",
    )


def no_time(ask: Ask | None, old: Prescription, step: Progression, limit: int) -> str:
    """Why a change that adds time holds: how long it has held, and what comes next."""
    weeks = waited(ask) + 1
    held = "" if weeks < 2 else f" (week {weeks} at this dose)"
    stalled = step.change is Change.sets and "in a row short of" in step.reason
    lead = "Stalled" if stalled else "Ready to progress"
    what = {
        Change.sets: "a set more",
        Change.reps: "more reps",
        Change.seconds: "longer holds",
        Change.tempo: "a slower tempo",
        Change.variation: "the next variation",
    }.get(step.change, "the next step")
    text = (
        f"{lead}, but {what} would take the session past your {limit} minutes: keep "
        f"{old.dose}{held}."
    )
    if ask is not None:
        text += f" {_next(ask)}"
    return text


def unstall(
    ask: Ask | None, old: Prescription, step: Progression, limit: int, *, reset: bool = True
) -> Progression | None:
    """A stall whose set more does not fit: heavier and shorter once, then a reset.

    A stall (sessions in a row within the range, reps in reserve on target) changes the
    stimulus rather than hold. The first time, the load rises one step for a shorter
    range just below the usual one (never under :data:`SHORT_FLOOR` reps), a range every
    set already reached. If it stalls again after that (the range is still below the
    usual one), the load goes back one step and the usual range returns, with the last set
    taken to 1 in reserve (the dose reads 1-2 RIR): the heavier and shorter route is not
    taken twice (without ``reset``, when the usual range does not fit the session, the
    dose only asks for the harder last set). Otherwise the dose asks for the last set at the
    low end of its target.
    """
    stall = step.change in (Change.sets, Change.load) and "in a row short of" in step.reason
    if ask is None or not stall:
        return None
    dose = ask.dose
    top = amount_text(dose.amount.hi, dose.unit, per_side=dose.per_side)
    lifted = base_load(dose, ask.log)
    lead = (
        f"Stalled: {waited_stall(ask)} sessions in a row short of {top} at {kg(lifted)}, with "
        f"reps in reserve, and a set more would take the session past your {limit} minutes"
    )
    equipment = load_equipment(ask.exercise)
    target = dose.rir
    effort = None if target is None else IntRange(max(1, target.lo), max(1, target.lo) + 1)
    tried = dose.amount.lo < reference_range(ask.exercise, dose, ask.level()).lo
    again = reset_range(ask, lead) if reset else None
    if again is not None:
        return again
    earlier = [s.load_kg for h in ask.history for s in h.sets if s.load_kg]
    done = min((getattr(s, dose.unit) or 0 for s in ask.log.sets), default=0)
    short = IntRange(max(SHORT_FLOOR, dose.amount.lo - 1), max(SHORT_FLOOR, dose.amount.lo))
    if not tried and equipment and lifted > 0 and all(load <= lifted for load in earlier):
        up = step_within(ask.exercise, lifted, equipment)
        fresh = short.lo < dose.amount.lo
        if fresh and up is not None and done >= short.hi:
            heavier = attrs.evolve(dose, load_kg=up).with_amount(short)
            return Progression(
                attrs.evolve(old, dose=heavier, choose_load=False),
                Change.load,
                f"{lead}. Change the stimulus: heavier and shorter, one step up to {kg(up)} "
                f"for {short}{UNIT_SUFFIX[dose.unit]} a set (every set reached "
                f"{amount_text(done, dose.unit, per_side=dose.per_side)}); build back to "
                f"{dose.amount} at {kg(up)} from there. A stall can also come from short "
                "sleep or a heavy running week: check both.",
            )
    if target is not None and effort is not None and effort != target:
        harder = attrs.evolve(dose, rir=effort)
        return Progression(
            attrs.evolve(old, dose=harder),
            Change.none,
            f"{lead}, and the load has already changed once. Keep it and take the last set to "
            f"{effort.lo} in reserve (the dose now reads {effort} RIR) to find the reps that "
            "are there.",
        )
    return None


def reset_range(ask: Ask, lead: str) -> Progression | None:
    """A stall after heavier and shorter: one load step back, the usual range, a hard last set.

    Only loaded work whose range is still below its usual one (heavier and shorter was
    taken, and it stalled again): the load drops one step, the usual range returns, and
    the last set goes to 1 in reserve (the dose reads 1-2 RIR). ``lead`` opens the reason.
    """
    dose = ask.dose
    equipment = load_equipment(ask.exercise)
    usual = reference_range(ask.exercise, dose, ask.level())
    lifted = base_load(dose, ask.log)
    if equipment is None or lifted <= 0 or dose.amount.lo >= usual.lo:
        return None
    lower = step_down(lifted, equipment)
    if not 0 < lower < lifted:
        return None
    target = dose.rir
    effort = dose.rir if target is None else IntRange(max(1, target.lo), max(1, target.lo) + 1)
    reset = attrs.evolve(dose, load_kg=lower, rir=effort).with_amount(usual)
    return Progression(
        attrs.evolve(ask.prescription, dose=reset, choose_load=False),
        Change.load,
        f"{lead}, and heavier and shorter has been tried once already. Reset instead: one "
        f"load step back to {kg(lower)} and the usual {usual} reps, taking the last set to 1 "
        f"in reserve (the dose reads {reset.rir} RIR). Before the next session, ask "
        "yourself: have you slept less, or run more, these weeks? Either can hold a lift "
        "back; log it with the session.",
    )


def waited_stall(ask: Ask) -> int:
    """Sessions in a row, this one included, that stalled within the range."""
    return ask.streak(frozenset({Outcome.STALL})) + 1


def _next(ask: Ask) -> str:
    """What comes next for an exercise held for time."""
    exercise = ask.exercise
    harder, why_not = ask.harder()
    if harder is not None:
        return f"Next comes the harder {harder.name}, once it fits the session."
    if why_not is not None:
        first = ask.harder_ids()[0]
        found = ask.catalog.get(first)
        name = first if found is None else found.name
        return f"The harder {name} is not open yet ({why_not}); aim for clean, controlled reps."
    item = ask.fit.load_item(exercise)
    lifted = base_load(ask.dose, ask.log)
    if item is not None and lifted > 0:
        try:
            up = step_up(lifted, item)
        except InputError:
            return f"{kg(lifted)} is the heaviest the kit makes; it progresses when time allows."
        most = ceiling(exercise, item)
        if most is not None and up > most + 1e-9:
            return f"{kg(lifted)} is its useful load; it progresses when time allows."
        rise = 100 * (up - lifted) / lifted
        return (
            f"The next load step, {kg(lifted)} to {kg(up)} (+{rise:.0f} %), the smallest with "
            f"the {words(item)}, comes after {HOLD_LIMIT} sessions at the top of the range."
        )
    return (
        "Nothing else is open here that takes no longer (no harder variation, load or slower "
        "tempo), so it holds as maintenance until the session has room."
    )
