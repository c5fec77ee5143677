"""Race and recovery weeks: one short set of a lunge or jump, no jumps where they can go.

- :func:`short`: race week's one short set of a lunge, a single-leg move or a jump.
- :func:`no_jumps`: no jumps in race and recovery weeks, where each session stays whole.
- :func:`race_hold_said`: a deload just after a race that keeps a lunge at race week's
  short set says so.
- :func:`carried`: a race-week light session that no earlier week held keeps the
  exercises of the last strength session (the taper's), not new or long-gone ones.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.clean import clean_cut
from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reason import text_of
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Equipment, Focus, Level, Pattern
from runstrength._plan.choose import suits_light
from runstrength._plan.cuts import with_sets
from runstrength._plan.nearrace import plain_variant
from runstrength._rules.session import missing_patterns

__all__ = [
    "RACE_HOLD",
    "RACE_JUMP_SECONDS",
    "RACE_REPS",
    "carried",
    "lunge_or_jump",
    "no_jumps",
    "race_hold_said",
    "short",
]

RACE_REPS = IntRange(6, 8)
"""Race week's reps of a lunge or single-leg move: one short set, no soreness on race day."""

RACE_JUMP_SECONDS = 10
"""Race week's longest set of a jump, in seconds: a few quick contacts, no fatigue."""


def lunge_or_jump(exercise: Exercise | None) -> bool:
    """A lunge, a single-leg move or a jump: what race week keeps to one short set."""
    return exercise is not None and (
        exercise.plyometric or not exercise.patterns.isdisjoint({Pattern.lunge, Pattern.single_leg})
    )


def short(rx: Prescription, exercise: Exercise | None) -> Prescription:
    """``rx`` as race week's one short set: 1 × 6–8 reps, or a jump of 10 s at most.

    Eccentric-heavy single-leg work at high reps leaves the legs sore on race day: the
    sets and the reps come down together, so no line is left at its full range.
    """
    dose = rx.dose
    amount = dose.amount
    if exercise is not None and exercise.plyometric and dose.unit == "seconds":
        short = IntRange(min(amount.lo, RACE_JUMP_SECONDS), min(amount.hi, RACE_JUMP_SECONDS))
    elif dose.unit == "reps":
        short = IntRange(min(amount.lo, RACE_REPS.lo), min(amount.hi, RACE_REPS.hi))
    else:
        short = amount
    short = clean_cut(short, dose.unit) if short != amount else amount
    unit = "s" if dose.unit == "seconds" else dose.unit
    if dose.sets.lo > 1:
        if short == amount:
            return with_sets(rx, 1, say("race_week.sets_to_one", before=dose.sets.lo))
        # Both easier at once: fewer sets and fewer reps are no change that adds work.
        said = say(
            "race_week.one_short_set",
            before=str(dose.sets.lo),
            amount=str(short),
            was=str(amount),
            unit=dose.unit,
            unit_words=unit,
        )
        return with_sets(attrs.evolve(rx, dose=dose.with_amount(short)), 1, said)
    if short == amount:
        return rx
    return attrs.evolve(
        rx,
        dose=dose.with_amount(short),
        reason=say(
            "race_week.short_set",
            amount=str(short),
            was=str(amount),
            unit=dose.unit,
            unit_words=unit,
        ),
    )


def no_jumps(
    items: list[Prescription],
    s: int,
    whole: Callable[[int, list[Prescription]], bool],
    catalog: Catalog,
) -> list[Prescription]:
    """Race and recovery weeks: no jumps, where the session stays whole without them."""
    out = list(items)
    for rx in items:
        exercise = catalog.get(rx.exercise)
        if exercise is not None and exercise.plyometric:
            kept = [x for x in out if x is not rx]
            if whole(s, kept):
                out = kept
    return out


def carried(
    items: list[Prescription],
    catalog: Catalog,
    level: Level,
    settings: RuleSettings,
    equipment: frozenset[Equipment] = frozenset(),
) -> list[Prescription] | None:
    """A race-week light session from the last strength session's ``items``, if it can be.

    Race week repeats what the legs know: the exercises of the last strength session that
    a light session may hold (no heavy, loaded or eccentric work), in their order, when
    they cover a light session's patterns and count; else ``None`` (the planner's own
    light session stands). An eccentric variant whose plain move (in reach of the
    ``equipment``) a light session may hold counts as that move: race week swaps it for
    it (:func:`~runstrength._plan.nearrace.race_week_plain`).
    """
    kept = []
    for rx in items:
        exercise = catalog.get(rx.exercise)
        if exercise is not None and not suits_light(catalog, exercise, level):
            plain = plain_variant(exercise, catalog, equipment)
            exercise = plain if plain and suits_light(catalog, plain, level) else None
        if exercise is not None:
            kept.append((rx, exercise))
    exercises = [exercise for _, exercise in kept]
    if len(kept) not in settings.exercises_per_session or missing_patterns(Focus.light, exercises):
        return None
    return [rx for rx, _ in kept]


RACE_HOLD = "as in race week: light work only in the days just after the race"
"""How a reason says an exercise is held at race week's dose in the days after a race."""


def race_hold_said(rx: Prescription, before: dict[str, Prescription]) -> Prescription:
    """A deload's ``rx`` still at race week's dose from last week, saying so.

    The days after a race hold a lunge at race week's short set; a deload straight after
    keeps it there, lighter than its usual deload, and says why rather than giving the
    exercise's base reason.
    """
    old = before.get(rx.exercise)
    if (
        old is None
        or RACE_HOLD not in text_of(old.reason)
        or text_of(rx.reason).startswith("Deload week")
    ):
        return rx
    if rx.dose.unit != old.dose.unit or rx.dose.amount != old.dose.amount:
        return rx
    return attrs.evolve(
        rx,
        reason=say("deload.race_hold", amount=str(rx.dose.amount), unit=rx.dose.unit),
    )
