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
- **How many**: a session makes a few changes a week (the caller's least), and one for
  every ``HOLD_LIMIT + 1`` exercises it holds (:func:`session_cap`), so that no exercise
  waits more than :data:`HOLD_LIMIT` sessions for its turn.
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

import math
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason, text_of, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Level, Muscle, Pain, Pattern
from runstrength._progression.limits import ceiling
from runstrength._progression.loadmath import step_up
from runstrength._progression.marks import MAX_REASON, unmarked
from runstrength._progression.policy import (
    HOLD_LIMIT,
    SET_CAP,
    Outcome,
    base_load,
    load_equipment,
)
from runstrength._progression.returns import below_pain
from runstrength._progression.tendon import on_block
from runstrength._views.wording import words

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._progression.ask import Ask

__all__ = [
    "KEEP_SETS",
    "MAIN_AND_CALF",
    "ORDER",
    "TRIM_MARK",
    "TRIM_WEEKS",
    "fewer",
    "no_time",
    "picked_by",
    "plural_sets",
    "rank",
    "rebuilding",
    "record_load",
    "records",
    "session_cap",
    "set_back",
    "since_cut",
    "tier",
    "trim",
    "trimmed",
    "trims",
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

KEEP_SETS: Final = 2
"""Sets an exercise keeps when it gives one up for a rebuild after pain."""

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


def session_cap(least: int, count: int) -> int:
    """Changes a session of ``count`` exercises may make in a week: ``least`` or more.

    Enough that, taking turns, every exercise gets its change within
    ``HOLD_LIMIT + 1`` sessions: one slot for every ``HOLD_LIMIT + 1`` exercises. A light
    session of five exercises makes two small changes, each within the light caps.

    >>> session_cap(1, 4), session_cap(1, 5), session_cap(3, 6)
    (1, 2, 3)
    """
    return max(least, -(-count // (HOLD_LIMIT + 1)))


def waited(ask: Ask | None) -> int:
    """Sessions in a row before this one that ended at the top of the range, unchanged.

    A session counts when it was logged the same as this one (the same sets, amounts and
    loads): one the plan changed in between (a tempo, a set, a range) ends the run.
    """
    return 0 if ask is None else ask.waited()


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


def picked_by(ask: Ask | None, level: int) -> str:
    """Which rule of :data:`ORDER` admitted a change: the words a held reason names it by.

    ``level`` is the change's :func:`tier`.
    """
    if rebuilding(ask):
        return "a rebuild after pain"
    if on_block(ask):
        return "the Achilles calf block"
    if level == 0:
        return "the main lift"
    sessions = waited(ask)
    if level == 1:
        return f"waited {sessions} sessions"
    if level == 2:
        return "the calf"
    return "next in line" if sessions == 0 else f"waited {sessions} session{'s' * (sessions > 1)}"


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
    if rx.dose.load_kg is not None or load_equipment(ask.exercise) is None or step.next != rx:
        return step
    logged = [s.load_kg for s in ask.log.sets if s.load_kg]
    if not logged:
        return step
    lifted = min(logged)
    nxt = attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=lifted), choose_load=False)
    return Progression(
        nxt,
        Change.record,
        joined_reasons(step.reason, say("progress.records", lifted_kg=lifted)),
    )


def trims(
    old: list[Prescription],
    steps: list[Progression],
    asks: list[Ask | None],
    *,
    skip: set[int],
    below: int,
    rebuild: bool = False,
    main_sets: int | None = None,
) -> list[int]:
    """The accessories that may give up a set to make room, the first to give first.

    Only core and hip isolation work (rank 3 and 4) of a lower priority than ``below``,
    with more than one set, a pain-free, clean log, and a step that does not already step
    back; for the main lift (``below`` 0), when none is there and the session holds two
    calf exercises, one of them, or a calf exercise holding more sets than the main lift's
    ``main_sets`` (never an Achilles calf block); never an index in ``skip``.
    For a rebuild after pain (``rebuild``), when no such
    accessory is there, any exercise but the main lift that holds more than
    :data:`KEEP_SETS` sets gives one up, the one with the most sets first; those come after
    the accessories, for a rebuild whose set one accessory's set does not make room for.
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
        elif (
            mine == 1
            and below == 0
            and (len(calves) > 1 or (main_sets is not None and rx.dose.sets.lo > main_sets))
            and not on_block(ask)
        ):
            doubled.append((rx.dose.sets.lo, j))  # two calf exercises: one may give a set
        elif rebuild and mine > 0 and rx.dose.sets.lo > KEEP_SETS and not on_block(ask):
            spare.append((rx.dose.sets.lo, mine, j))
    order = [j for _, j in sorted(found, reverse=True)]
    order += [j for _, j in sorted(doubled, reverse=True)]
    order += [j for *_, j in sorted(spare, reverse=True)]
    return order


def trim(
    old: list[Prescription],
    steps: list[Progression],
    asks: list[Ask | None],
    *,
    skip: set[int],
    below: int,
    rebuild: bool = False,
    main_sets: int | None = None,
) -> int | None:
    """The accessory that gives up a set to make room: the first of :func:`trims`."""
    order = trims(old, steps, asks, skip=skip, below=below, rebuild=rebuild, main_sets=main_sets)
    return order[0] if order else None


TRIM_WEEKS: Final = 4
"""Sessions a set given up for time stays off before it comes back (project convention:
a trim is not undone the week after, nor kept off for good)."""


TRIM_MARK: Final = " A set is off for time."
"""How the reason of a prescription trimmed for time ends, until the set comes back."""


def since_cut(ask: Ask) -> int | None:
    """Sessions, this one included, since the exercise was last done with more sets than now.

    ``None`` when no earlier log had more sets than the dose holds.
    """
    most = ask.dose.sets.hi
    cut = next(
        (i for i in reversed(range(len(ask.history))) if len(ask.history[i].sets) > most), None
    )
    return None if cut is None else len(ask.history) - cut


def set_back(ask: Ask) -> Progression | None:
    """A set given up for time, back after :data:`TRIM_WEEKS` sessions on target.

    Only in a strength session, for a pain-free log at the top of its range with clean
    form; the session's minutes decide whether it fits this week (a change that adds time).
    """
    if ask.light or ask.log.pain is not Pain.none or ask.result() != Outcome.TOP:
        return None
    if not text_of(ask.prescription.reason).endswith(TRIM_MARK):
        return None
    weeks = since_cut(ask)
    if weeks is None or weeks < TRIM_WEEKS or ask.dose.sets.hi >= SET_CAP:
        return None
    dose = ask.dose
    sets = IntRange(dose.sets.lo + 1, dose.sets.hi + 1)
    rx = ask.prescription
    return Progression(
        attrs.evolve(
            rx,
            dose=attrs.evolve(dose, sets=sets),
            reason=unmarked(rx.reason, TRIM_MARK, after=True),
        ),
        Change.sets,
        say(
            "progress.trim.back",
            sessions=weeks,
            old_sets=str(dose.sets),
            sets=str(sets),
            sets_words=plural_sets(sets),
            weeks=TRIM_WEEKS,
        ),
    )


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
    reason = rx.reason
    if not text_of(reason).endswith(TRIM_MARK):
        mark = say("progress.trim_mark")
        if reason is None or len(reason.text) + len(TRIM_MARK) > MAX_REASON:
            cut = text_of(reason)[: MAX_REASON - len(TRIM_MARK)]
            reason = joined_reasons(to_reason(cut), mark) if cut else to_reason(TRIM_MARK)
        else:
            reason = joined_reasons(reason, mark)
    return Progression(
        attrs.evolve(rx, dose=attrs.evolve(dose, sets=sets), reason=reason),
        Change.sets,
        say(
            "progress.trim",
            old_sets=str(dose.sets),
            sets=str(sets),
            sets_words=count,
            minutes=limit,
            what=what,
            why=why,
            weeks=TRIM_WEEKS,
        ),
    )


def no_time(
    ask: Ask | None,
    old: Prescription,
    step: Progression,
    limit: int,
    *,
    with_it: float | None = None,
) -> Reason:
    """Why a change that adds time holds: how long it has held, and what comes next.

    ``with_it`` is the session's estimated minutes with the change, when known: the
    reason shows it, so the claim can be checked.
    """
    weeks = waited(ask) + 1
    held = "" if weeks < 2 else f" (week {weeks} at this dose)"
    stalled = step.change is Change.sets and "in a row short of" in text_of(step.reason)
    lead = "Stalled" if stalled else "Ready to progress"
    what = {
        Change.sets: "a set more",
        Change.reps: "more reps",
        Change.seconds: "longer holds",
        Change.tempo: "a slower tempo",
        Change.variation: "the next variation",
    }.get(step.change, "the next step")
    said: dict[str, Param] = {
        "lead": lead,
        "stalled": stalled,
        "what": what,
        "change": str(step.change),
        "minutes": limit,
        "dose": str(old.dose),
        "held": held,
        "weeks": weeks,
    }
    if with_it is None:
        text = say("progress.no_time", **said)
    else:
        with_minutes = math.ceil(with_it - 1e-9)
        text = say("progress.no_time.estimate", **said, with_minutes=with_minutes)
    return text if ask is None else joined_reasons(text, _next(ask))


def _next(ask: Ask) -> Reason:
    """What comes next for an exercise held for time."""
    exercise = ask.exercise
    harder, why_not = ask.harder()
    if harder is not None:
        return say("progress.next.harder", exercise=harder.id, exercise_name=harder.name)
    if why_not is not None:
        first = ask.harder_ids()[0]
        found = ask.catalog.get(first)
        name = first if found is None else found.name
        return say("progress.next.closed", exercise=first, exercise_name=name, why=why_not)
    item = ask.fit.load_item(exercise)
    lifted = base_load(ask.dose, ask.log)
    if item is not None and lifted > 0:
        try:
            up = step_up(lifted, item)
        except InputError:
            return say("progress.next.heaviest", lifted_kg=lifted)
        most = ceiling(exercise, item)
        if most is not None and up > most + 1e-9:
            return say("progress.next.useful", lifted_kg=lifted)
        rise = 100 * (up - lifted) / lifted
        return say(
            "progress.next.load_step",
            lifted_kg=lifted,
            load_kg=up,
            percent=rise,
            item=str(item),
            item_words=words(item),
            sessions=HOLD_LIMIT,
        )
    return say("progress.next.nothing")
