"""Dosing a session: each exercise's dose, the session's order, and trimming it to time."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from runstrength._model.dose import Dose, IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.settings import RuleSettings, estimate_minutes
from runstrength._model.vocab import Focus, Level, Pattern

__all__ = ["Pick", "dose_for", "fit_time", "in_session_order", "minutes"]


@attrs.frozen
class Pick:
    """A chosen exercise with its dose and whether it fills a required slot."""

    exercise: Exercise
    dose: Dose
    required: bool


def dose_for(exercise: Exercise, level: Level, focus: Focus, settings: RuleSettings) -> Dose:
    """The catalog dose for the level, lighter for a light session, within the rules' bounds.

    A light session does the fewest sets and stops further from failure (2–3 reps in
    reserve). Rest never drops below the minimum (RS204) and strength sets end within the
    reps-in-reserve target (RS205), even when the catalog or the settings were changed.
    """
    base = exercise.dose_for(level)
    target = settings.reps_in_reserve
    rir = base.rir
    sets = base.sets
    if focus is Focus.light:
        sets = IntRange(sets.lo)
        if rir is not None:
            lo = max(rir.lo, min(target.lo + 1, target.hi), target.lo)
            rir = IntRange(lo, max(lo, rir.hi))
    elif rir is not None:
        lo, hi = max(rir.lo, target.lo), min(rir.hi, target.hi)
        rir = IntRange(lo, hi) if lo <= hi else target
    rest = base.rest_seconds
    if rest.lo < settings.min_rest_seconds:
        rest = IntRange(settings.min_rest_seconds, max(rest.hi, settings.min_rest_seconds))
    return attrs.evolve(base, sets=sets, rir=rir, rest_seconds=rest)


def minutes(picks: Iterable[Pick], warm_up: float, settings: RuleSettings) -> float:
    """Estimated minutes of the picks plus the warm-up (the same estimate as RS203)."""
    return estimate_minutes((p.dose for p in picks), warm_up_minutes=warm_up, settings=settings)


def in_session_order(chosen: list[Exercise]) -> list[Exercise]:
    """Power first while fresh, then big lifts, single-leg work, and small muscles last."""

    def rank(ex: Exercise) -> int:
        if ex.plyometric:
            return 0
        if ex.patterns & {Pattern.squat, Pattern.hinge, Pattern.lunge}:
            return 1
        if Pattern.single_leg in ex.patterns:
            return 2
        if Pattern.hip_extension in ex.patterns:
            return 3
        if Pattern.hip_stability in ex.patterns:
            return 4
        return 5

    return sorted(chosen, key=rank)


def fit_time(
    picks: list[Pick], limit: int, warm_up: float, settings: RuleSettings, notes: list[str]
) -> list[Pick]:
    """Trim extras, then sets, until the estimate fits the athlete's minutes (RS203)."""
    floor = settings.exercises_per_session.lo
    if minutes(picks, warm_up, settings) <= limit:
        return picks
    dropped = []
    while minutes(picks, warm_up, settings) > limit and len(picks) > floor:
        extras = [i for i, p in enumerate(picks) if not p.required]
        if not extras:
            break
        dropped.append(picks.pop(extras[-1]).exercise.name)
    if dropped:
        notes.append(f"Left out {', '.join(dropped)} to fit {limit} minutes.")
    trimmed = False
    while minutes(picks, warm_up, settings) > limit:
        widest = max(range(len(picks)), key=lambda i: (picks[i].dose.sets.lo, -i))
        sets = picks[widest].dose.sets
        if sets.lo <= 1:
            break
        picks[widest] = attrs.evolve(
            picks[widest],
            dose=attrs.evolve(picks[widest].dose, sets=IntRange(sets.lo - 1, max(1, sets.hi - 1))),
        )
        trimmed = True
    if trimmed:
        notes.append(f"Fewer sets than usual to fit {limit} minutes; one good set still counts.")
    return picks
