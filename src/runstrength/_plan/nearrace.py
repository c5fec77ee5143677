"""Nothing new before a race: basic moves when no earlier week is known, known ones after.

A new exercise in the days before a race is a classic cause of soreness on race day, and
a taper or race week with no earlier week gives the planner no loads to hold. So:

- :func:`basic`: the moves that leave little soreness even when new: no jumps, no lunges
  or split squats, no single-leg squat or hinge, no eccentric-emphasis or Nordic work and
  no adductor-intensive hold (a Copenhagen plank).
- :func:`fresh_near_race`: the catalog a week's fresh sessions pick from: basic moves only in
  a taper or race week with no history; in a race week after earlier weeks, only the
  exercises of those weeks' sessions (:data:`RECENT_WEEKS`), with the basic moves added
  only when they alone cannot make a whole session.
- :func:`first_week_easy`: such a first week's sets at :data:`EASY_RIR` (3 in reserve in
  a strength session, whose sets end with 1–3), saying so in each session's reasons.
- :func:`race_week_easy`: every race week's sets at :data:`EASY_RIR` too, after earlier
  weeks as well: 3 or more in reserve five days before a race, whatever the move.
- :func:`race_week_plain`: a race week's eccentric or deficit variant gives way to its
  plain move (a deficit reverse lunge to a reverse lunge), the dose kept, no slow lowering.

A *project convention*, after the taper's aim of keeping intensity and dropping what tires
(Bosquet et al. 2007) and the soreness an unfamiliar eccentric load brings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.copies import renewed
from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Equipment, Focus, Muscle, Pattern, Phase
from runstrength._rules.session import missing_patterns

__all__ = [
    "EASY_RIR",
    "NEAR_RACE",
    "RECENT_WEEKS",
    "basic",
    "first_week_easy",
    "fresh_near_race",
    "known_catalog",
    "plain_variant",
    "race_week_easy",
    "race_week_plain",
    "recent",
]

NEAR_RACE = frozenset({Phase.taper, Phase.race})
"""The weeks that bring in no new exercise."""

RECENT_WEEKS = 4
"""How many earlier weeks count as recent: an exercise done in them is a known one."""

EASY_RIR = {Focus.strength: IntRange(3, 3), Focus.light: IntRange(3, 4)}
"""Reps in reserve of a first week near a race, by session focus: an easy effort."""

_SORE = frozenset({Pattern.lunge, Pattern.plyometric})


def basic(exercise: Exercise) -> bool:
    """Whether ``exercise`` is a basic move that leaves little soreness even when new."""
    if exercise.plyometric or not exercise.patterns.isdisjoint(_SORE):
        return False
    if Pattern.single_leg in exercise.patterns and not exercise.patterns.isdisjoint(
        {Pattern.squat, Pattern.hinge}
    ):
        return False  # a single-leg squat or hinge: eccentric-heavy, balance-limited
    if Muscle.adductors in exercise.primary and Pattern.isometric in exercise.patterns:
        return False  # an adductor-intensive hold
    return not any(word in exercise.id for word in ("eccentric", "nordic"))


def _restricted(catalog: Catalog, keep: frozenset[str]) -> Catalog:
    """``catalog`` with only the exercises in ``keep``, links to the others cut."""
    return Catalog(tuple(_linked(ex, keep) for ex in catalog if ex.id in keep))


def _linked(exercise: Exercise, keep: frozenset[str]) -> Exercise:
    """``exercise`` with its links to exercises not in ``keep`` cut.

    The exercise as it is when both links stay, else copied: its checks passed in the
    catalog, and a link cut to ``None`` passes them too.
    """
    easier = exercise.easier if exercise.easier in keep else None
    harder = exercise.harder if exercise.harder in keep else None
    if easier == exercise.easier and harder == exercise.harder:
        return exercise
    return renewed(exercise, easier=easier, harder=harder)


@functools.lru_cache(maxsize=8)
def _basic_catalog(catalog: Catalog) -> Catalog:
    return _restricted(catalog, frozenset(ex.id for ex in catalog if basic(ex)))


@functools.lru_cache(maxsize=64)
def known_catalog(catalog: Catalog, known: frozenset[str], *, with_basic: bool) -> Catalog:
    """``catalog`` kept to the ``known`` exercises (and the basic ones, ``with_basic``)."""
    keep = frozenset(ex.id for ex in catalog if ex.id in known or (with_basic and basic(ex)))
    return _restricted(catalog, keep)


def recent(history: Sequence[WeekRecord]) -> frozenset[str]:
    """The exercises of the sessions of the last :data:`RECENT_WEEKS` weeks trained."""
    return frozenset(
        rx.exercise
        for record in history[-RECENT_WEEKS:]
        if record.trained
        for session in record.plan.sessions
        for rx in session.exercises
    )


def fresh_near_race(
    phase: Phase,
    history: Sequence[WeekRecord],
    catalog: Catalog,
    plan: Callable[[Catalog], WeekPlan],
    fewest: int,
) -> WeekPlan:
    """The week's fresh sessions, ``plan`` picking from the catalog the week allows.

    A taper or race week with no earlier week: the basic moves. A race week after earlier
    weeks: the exercises done in them, with the basic moves added only when those alone
    leave a session short of its patterns or exercises (or none was done), and the whole
    catalog only when even that makes no whole session. Any other week: the whole catalog.
    """
    if phase not in NEAR_RACE or (history and phase is not Phase.race):
        return plan(catalog)
    known = recent(history)
    if not history or not known:
        return plan(_basic_catalog(catalog))
    for with_basic in (False, True):
        fresh = plan(known_catalog(catalog, known, with_basic=with_basic))
        if fresh.sessions and all(_whole(session, catalog, fewest) for session in fresh.sessions):
            return fresh
    return plan(catalog)  # no whole session from known and basic moves: the planner's own


def _whole(session: Session, catalog: Catalog, fewest: int) -> bool:
    """Whether ``session`` covers its patterns with at least ``fewest`` exercises."""
    exercises = [catalog[rx.exercise] for rx in session.exercises if rx.exercise in catalog]
    return len(exercises) >= fewest and not missing_patterns(session.focus, exercises)


def first_week_easy(plan: WeekPlan, phase: Phase) -> WeekPlan:
    """A first week near a race at an easy effort, each session saying why (after its first).

    Any other phase's ``plan`` is returned as it is.
    """
    if phase not in NEAR_RACE:
        return plan
    sessions = []
    for session in plan.sessions:
        rir = EASY_RIR[session.focus]
        items = tuple(_easy(rx, rir) for rx in session.exercises)
        why = say("session.first_week_near_race", phase=phase.value, rir=str(rir))
        reasons = (*session.reasons[:1], why, *session.reasons[1:])
        sessions.append(_session(session, items, reasons))
    return attrs.evolve(plan, sessions=tuple(sessions))


def race_week_easy(plan: WeekPlan, phase: Phase) -> WeekPlan:
    """A race week's sets at the light day's :data:`EASY_RIR` (3–4), each session saying so.

    Every line with an effort target is printed the same way, whatever it was.

    Any other phase's ``plan`` is returned as it is.
    """
    if phase is not Phase.race:
        return plan
    sessions = []
    rir = EASY_RIR[Focus.light]  # one rule for the week, whatever the session
    for session in plan.sessions:
        items = tuple(_race_easy(rx, rir) for rx in session.exercises)
        if items == session.exercises:
            sessions.append(session)
            continue
        why = say("race_week.easy_effort", rir=str(rir))
        reasons = (*session.reasons[:1], why, *session.reasons[1:])
        sessions.append(_session(session, items, reasons))
    return attrs.evolve(plan, sessions=tuple(sessions))


_HARDER_WORDS = ("eccentric", "deficit", "nordic")
"""What an exercise's id says when it is an eccentric-emphasis or extra-range variant."""


def _plain(
    exercise: Exercise, catalog: Catalog, equipment: frozenset[Equipment], taken: set[str]
) -> Exercise | None:
    """The first easier variant of ``exercise`` with no eccentric or deficit emphasis.

    ``None`` for a plain move already, or where no such variant is in reach of the
    athlete's ``equipment`` and not already in the session (``taken``).
    """
    if not any(word in exercise.id for word in _HARDER_WORDS):
        return None
    seen = {exercise.id}
    step = catalog.get(exercise.easier) if exercise.easier else None
    while step is not None and step.id not in seen:
        seen.add(step.id)
        if not any(word in step.id for word in _HARDER_WORDS):
            if step.available_with(equipment) and step.id not in taken:
                return step
            return None
        step = catalog.get(step.easier) if step.easier else None
    return None


def plain_variant(
    exercise: Exercise, catalog: Catalog, equipment: frozenset[Equipment]
) -> Exercise | None:
    """The plain move race week swaps an eccentric or deficit ``exercise`` for, if any."""
    return _plain(exercise, catalog, equipment, set())


def race_week_plain(
    plan: WeekPlan, phase: Phase, catalog: Catalog, equipment: frozenset[Equipment]
) -> WeekPlan:
    """A race week's eccentric or deficit variants swapped for their plain moves.

    The deficit's extra range and the slow lowering add soreness and nothing the race
    can use: the plain variant (the catalog's easier one) keeps the dose, without a slow
    lowering tempo, and says why. Any other phase's ``plan`` is returned as it is.
    """
    if phase is not Phase.race:
        return plan
    sessions = []
    for session in plan.sessions:
        taken = {rx.exercise for rx in session.exercises}
        items = []
        for rx in session.exercises:
            exercise = catalog.get(rx.exercise)
            plain = None if exercise is None else _plain(exercise, catalog, equipment, taken)
            if exercise is None or plain is None:
                items.append(rx)
                continue
            taken.add(plain.id)
            dose = rx.dose
            if dose.tempo is not None and dose.tempo.eccentric >= 3:
                dose = attrs.evolve(dose, tempo=None)
            why = say(
                "race_week.plain_variant",
                exercise=plain.id,
                name=plain.name,
                instead=exercise.id,
                instead_name=exercise.name,
            )
            items.append(attrs.evolve(rx, exercise=plain.id, dose=dose, reason=why))
        sessions.append(attrs.evolve(session, exercises=tuple(items)))
    return attrs.evolve(plan, sessions=tuple(sessions))


def _session(
    session: Session, items: tuple[Prescription, ...], reasons: tuple[Reason, ...]
) -> Session:
    return attrs.evolve(session, exercises=items, reasons=reasons)


def _race_easy(rx: Prescription, rir: IntRange) -> Prescription:
    """``rx`` stopped exactly ``rir`` short of failure, where it has an effort target."""
    if rx.dose.rir is None or rx.dose.rir == rir:
        return rx
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=rir))


def _easy(rx: Prescription, rir: IntRange) -> Prescription:
    """``rx`` stopped ``rir`` short of failure, where it has an effort target."""
    if rx.dose.rir is None or rx.dose.rir.lo >= rir.lo:
        return rx
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=rir))
