"""Body weight alone for a trained runner: a harder variation, else slow reps, no RIR.

A trained runner with nothing to load an exercise with can do many more than 15 body-weight
squats, bridges or leg raises: a reps-in-reserve target there cannot be reached and means
nothing. So for an intermediate or advanced runner with no free weight, bar or machine,
each easy move (a beginner's exercise, but not single-leg knee work, a jump or a
straight-knee calf raise) at reps:

- moves on to its harder variation (its ``harder`` link) where the runner can do it (its
  equipment in reach, their level, no injury it avoids, not in the session already),
  except in a taper or race week, which bring in nothing new;
- and, where that is still an easy move, is done slowly (:data:`SLOW`: 3 s lowering,
  1 s pause at the bottom), fewer reps in about the same time a set, the effort said as
  form rather than as reps in reserve.

A *project convention*, after 003's harder variations for advanced runners: "a tempo
squat with a slow 3-second lowering phase", "a slow eccentric, or a pause near the
bottom".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange, Tempo
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import JOINED, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Level, Phase
from runstrength._plan.cuts import with_sets
from runstrength._plan.dosing import dose_for
from runstrength._plan.families import Family, family
from runstrength._plan.history import slots
from runstrength._plan.nearrace import NEAR_RACE
from runstrength._rules.fit import LOAD_ITEMS
from runstrength._rules.session import minutes_holding

__all__ = ["SLOW", "bodyweight_only", "by_body", "harder_by_body", "too_easy"]

SLOW: Final = Tempo(3, 1, 1)
"""The tempo that makes an easy body-weight move work: 3 s down, 1 s pause, 1 s up."""

SLOW_SHARE = 0.6
"""The least share of its reps a move keeps when slowed: 12–15 become 7–9."""

REASON_ROOM = 500
"""The longest reason text a prescription holds: the slow-reps sentence alone beyond it."""

_TEMPO_CODE = "exercise.bodyweight_tempo"

_KEEP = frozenset({Family.single_leg_knee, Family.power, Family.straight_knee_calf})
"""Families whose body-weight work stays as it is: single-leg knee work, jumps and
straight-knee calf raises (their own harder variations come as the reps top out)."""


def bodyweight_only(athlete: Athlete) -> bool:
    """Whether ``athlete`` is a trained runner (intermediate or advanced) with no load."""
    return athlete.level is not Level.beginner and athlete.equipment.isdisjoint(LOAD_ITEMS)


def too_easy(exercise: Exercise, rx: Prescription, level: Level) -> bool:
    """Whether ``rx`` of ``exercise`` is an easy body-weight move for a runner of ``level``."""
    return (
        rx.dose.unit == "reps"
        and not rx.dose.load_kg
        and exercise.level < level
        and family(exercise) not in _KEEP
    )


def by_body(
    contents: list[list[Prescription]],
    fresh: WeekPlan,
    phase: Phase,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    before: Mapping[str, Prescription],
) -> list[list[Prescription]]:
    """Each session of the week (``fresh``'s days) with its easy moves made harder.

    A taper or race week brings in no new exercise: its moves slow down only. A move
    done last week (``before``, by exercise) as it was stays so: one change at a time,
    and the harder work comes with the next new exercise. A move stays as it was where
    slowing it down would leave the session over the athlete's minutes even at one set
    of each exercise (the minutes come first).
    """
    swap = phase not in NEAR_RACE
    out = []
    for (focus, _, session), items in zip(slots(fresh), contents, strict=True):
        made = harder_by_body(items, focus, athlete, catalog, settings, swap=swap)
        made = [
            rx if _kept(rx, before.get(rx.exercise)) else new
            for rx, new in zip(items, made, strict=True)
        ]
        slowed = [k for k, (a, b) in enumerate(zip(items, made, strict=True)) if a != b]
        while slowed and _least(session, made, settings) > athlete.session_minutes:
            k = slowed.pop()
            made[k] = items[k]
        out.append(made)
    return out


def _kept(rx: Prescription, before: Prescription | None) -> bool:
    """Whether ``rx`` was done last week (``before``) at its own pace: it stays so."""
    return before is not None and SLOW not in (before.dose.tempo, rx.dose.tempo)


def _least(session: Session, items: list[Prescription], settings: RuleSettings) -> float:
    """The session's minutes at one set of each exercise: the least trimming can reach."""
    return minutes_holding(session, [with_sets(rx, 1) for rx in items], settings)


def harder_by_body(
    items: list[Prescription],
    focus: Focus,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    *,
    swap: bool = True,
) -> list[Prescription]:
    """A session's ``items`` with each easy body-weight move made harder (see the module).

    Without ``swap`` (the weeks that bring in no new exercise) the moves stay and slow
    down.
    """
    if not bodyweight_only(athlete):
        return items
    held = {rx.exercise for rx in items}
    out = []
    for rx in items:
        exercise = catalog.get(rx.exercise)
        easy = exercise is not None and too_easy(exercise, rx, athlete.level)
        if exercise is None or not easy:
            out.append(rx)
            continue
        harder = _harder(exercise, athlete, catalog, held) if swap else None
        moved = rx
        if harder is not None:
            held.add(harder.id)
            moved = _moved_on(rx, exercise, harder, athlete.level, focus, settings)
            exercise = harder
        easy = too_easy(exercise, moved, athlete.level)
        out.append(_slowed(moved, settings) if easy else moved)
    return out


def _moved_on(
    rx: Prescription,
    exercise: Exercise,
    harder: Exercise,
    level: Level,
    focus: Focus,
    settings: RuleSettings,
) -> Prescription:
    """``rx`` moved on to ``harder`` at its dose for the level, the sets kept, saying why."""
    menu = dose_for(harder, level, focus, settings)
    why = say(
        "exercise.bodyweight_harder",
        exercise=harder.id,
        name=harder.name,
        was=exercise.id,
        was_name=exercise.name,
    )
    dose = attrs.evolve(menu, sets=rx.dose.sets)
    return attrs.evolve(rx, exercise=harder.id, dose=dose, reason=why)


def _slowed(rx: Prescription, settings: RuleSettings) -> Prescription:
    """``rx`` at :data:`SLOW` with no reps in reserve, saying what the effort is instead.

    Slowed the first time, its reps fall so that a set lasts about as long as before, to
    :data:`SLOW_SHARE` of them at least (12–15 at the usual pace are 7–9 slow ones): the
    time goes into each rep rather than into more minutes.
    """
    dose = rx.dose
    if dose.tempo != SLOW:
        per = dose.tempo.seconds_per_rep if dose.tempo else settings.seconds_per_rep
        share = min(1.0, max(SLOW_SHARE, per / SLOW.seconds_per_rep))
        hi = max(1, int(dose.amount.hi * share))
        dose = dose.with_amount(IntRange(min(hi, max(1, round(dose.amount.lo * share))), hi))
    dose = attrs.evolve(dose, tempo=SLOW, rir=None)
    slow = say(_TEMPO_CODE, reps=str(dose.amount))
    if rx.reason is None:
        return attrs.evolve(rx, dose=dose, reason=slow)
    base = _base(rx.reason)
    if slow.text in base.text:
        return attrs.evolve(rx, dose=dose)  # said already, at these reps
    if len(base.text) + len(slow.text) < REASON_ROOM:
        return attrs.evolve(rx, dose=dose, reason=joined_reasons(base, slow))
    return attrs.evolve(rx, dose=dose, reason=slow)


def _harder(
    exercise: Exercise, athlete: Athlete, catalog: Catalog, held: set[str]
) -> Exercise | None:
    """The exercise's next harder variation (its ``harder`` link) the athlete can do."""
    harder = catalog.get(exercise.harder) if exercise.harder else None
    if (
        harder is None
        or harder.id in held
        or harder.plyometric
        or not harder.suits(athlete.level)
        or not harder.available_with(athlete.equipment)
        or not harder.avoid_with.isdisjoint(athlete.injuries)
    ):
        return None
    return harder


def _base(reason: Reason) -> Reason:
    """``reason`` without an earlier week's slow-reps sentence (this week's replaces it)."""
    if reason.code != JOINED:
        return reason
    parts = [part for part in reason.parts if part.code != _TEMPO_CODE]
    return joined_reasons(*parts) if parts else reason
