"""Composing a session: choose its exercises, dose them, and fit them to the time."""

from __future__ import annotations

from runstrength._model.catalog import Catalog
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus
from runstrength._plan.choose import Chooser, Profile, WeekState, candidates
from runstrength._plan.days import spares_key_run
from runstrength._plan.dosing import Pick, dose_for, fit_time, in_session_order, minutes
from runstrength._plan.enforce import is_error

__all__ = ["compose"]

TARGET_COUNT = {Focus.strength: 6, Focus.light: 5}
"""Exercises aimed for before time is checked (within RS201's 4–7)."""


def compose(
    catalog: Catalog,
    profile: Profile,
    focus: Focus,
    state: WeekState,
    *,
    settings: RuleSettings,
    jumps: bool,
    minutes_available: int,
    warm_up: float,
    before_key_run: bool = False,
) -> tuple[list[Pick], list[str]] | str:
    """Choose and dose a session's exercises, or say why none can be built.

    Returns the picks with notes for the session's reasons, or a sentence saying which
    required pattern nothing in the athlete's reach covers (or, where the settings make
    RS203 an error, that no such session fits the athlete's time).
    """
    bounds = settings.exercises_per_session
    target = min(max(TARGET_COUNT[focus], bounds.lo), bounds.hi)
    pool = candidates(catalog, profile, focus, jumps)
    if before_key_run:
        pool = tuple(c for c in pool if spares_key_run(c.ex, profile.level))
    chooser = Chooser(pool, focus, state, settings, profile.level)
    goal_notes: list[tuple[str, str]] = []
    failure = chooser.fill_slots(focus)
    if failure is not None:
        return failure
    required_ids = {ex.id for ex in chooser.chosen}
    if is_error(settings, "RS206"):
        # Every muscle is a must: fill the gaps past the usual count, and keep them in.
        chooser.fill_gaps(bounds.hi, any_role=True)
        required_ids = {ex.id for ex in chooser.chosen}
    chooser.fill_gaps(target)
    chooser.fill_goals(profile.goals, target, goal_notes)
    chooser.fill_to(target)
    if len(chooser.chosen) not in bounds:
        return f"no {bounds}-exercise {focus} session fits the athlete's reach"
    picks = [
        Pick(ex, dose_for(ex, profile.level, focus, settings), ex.id in required_ids)
        for ex in in_session_order(chooser.chosen)
    ]
    trim_notes: list[str] = []
    picks = fit_time(picks, minutes_available, warm_up, settings, trim_notes)
    if is_error(settings, "RS203") and minutes(picks, warm_up, settings) > minutes_available + 0.5:
        return f"no {focus} session fits in {minutes_available} minutes (RS203 is an error)"
    kept = {p.exercise.id for p in picks}
    notes = [note for exercise_id, note in goal_notes if exercise_id in kept] + trim_notes
    state.used.update(p.exercise.id for p in picks)
    for p in picks:
        state.trained.update(p.exercise.muscles)
        state.heavy.update(chooser.heavy_of[p.exercise.id])
    return picks, notes
