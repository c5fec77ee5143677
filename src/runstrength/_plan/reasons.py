"""Why each exercise is in a session: the need it fills, the goal it serves, what it avoids."""

from __future__ import annotations

import functools

from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, Goal, Injury, Level, RunKind, ordered
from runstrength._plan.choose import HEAVY_MAIN, Profile, serves
from runstrength._plan.dosing import Pick, Role
from runstrength._plan.families import Family, family, need_of
from runstrength._progression.limits import ACHILLES_NOTE, tendon_work
from runstrength._progression.tendon import HOLD_NOTE
from runstrength._views.wording import run_noun, words

__all__ = ["exercise_reason", "order_reason"]

_COPENHAGEN = frozenset({"copenhagen_plank", "short_lever_copenhagen_plank"})

_COPENHAGEN_NEED = (
    "adductors: inner-thigh strength that steadies the pelvis and knee; a Copenhagen "
    "programme cut groin problems in footballers (Harøy 2019)"
)

_GOAL_HOW: dict[Goal, str] = {
    Goal.hills: "single-leg drive, as on a climb",
    Goal.endurance: "higher reps for fatigue resistance",
    Goal.resilience: "calf and hip capacity for the miles",
    Goal.speed: "power for a quicker push-off",
}
"""How an exercise serves each goal, in the words its reason uses."""


def _goal_how(goal: Goal, pick: Pick) -> str:
    """How the exercise serves ``goal``: a hold serves endurance by its length, not reps."""
    if goal is Goal.endurance and pick.dose.unit == "seconds":
        return "long holds for fatigue resistance"
    return _GOAL_HOW[goal]


def _injury(injury: Injury) -> str:
    return words(injury)


@functools.lru_cache(maxsize=256)
def _ruled_out(catalog: Catalog, profile: Profile) -> dict[Family, tuple[Exercise, Injury]]:
    """Per family, the first exercise the athlete could do but for an injury, and why."""
    out: dict[Family, tuple[Exercise, Injury]] = {}
    for ex in catalog:
        hurt = ex.avoid_with & profile.injuries
        if not hurt or not ex.suits(profile.level) or not ex.available_with(profile.equipment):
            continue
        if ex.plyometric and profile.level is Level.beginner:
            continue
        out.setdefault(family(ex), (ex, ordered(hurt)[0]))
    return out


def _need(pick: Pick, profile: Profile) -> str:
    ex = pick.exercise
    copenhagen = ex.id in _COPENHAGEN
    text = _COPENHAGEN_NEED if copenhagen else need_of(ex, pick.family)
    if pick.role is Role.main:
        if profile.level is Level.advanced and ex.id in HEAVY_MAIN:
            text = f"main lift, heavy and two-legged as in a gym session; {text}"
        else:
            text = f"main lift; {text}"
    if pick.family is Family.single_leg_knee and profile.level is Level.beginner:
        text += " (a beginner's strength work builds on lunges and step-ups)"
    return text[0].upper() + text[1:] + "."


def exercise_reason(pick: Pick, profile: Profile, catalog: Catalog, load_note: str) -> str:
    """The reason a prescription gives: need, goals served, injury avoided, load."""
    ex = pick.exercise
    parts = [_need(pick, profile)]
    parts.extend(
        f"For the {goal} goal: {_goal_how(goal, pick)}."
        for goal in ordered(profile.goals)
        if serves(ex, goal)
    )
    if profile.injuries:
        harder = catalog.get(ex.harder) if ex.harder else None
        if harder is not None and harder.avoid_with & profile.injuries:
            why = ordered(harder.avoid_with & profile.injuries)[0]
            parts.append(f"{ex.name} instead of {harder.name}: easier on the {_injury(why)}.")
        else:
            other = _ruled_out(catalog, profile).get(pick.family)
            if other is not None and other[0].id != ex.id:
                parts.append(
                    f"{ex.name} instead of {other[0].name}: easier on the {_injury(other[1])}."
                )
    if tendon_work(profile.injuries, ex) and pick.dose.tempo is not None:
        parts.append(f"{ACHILLES_NOTE[:-1]} (tempo {pick.dose.tempo}).")
    elif tendon_work(profile.injuries, ex) and pick.dose.unit == "seconds":
        parts.append(HOLD_NOTE)
    if pick.reason:
        parts.append(pick.reason)
    if load_note:
        parts.append(load_note)
    return " ".join(parts)


def order_reason(focus: Focus, hard_run: RunKind | None) -> Reason | None:
    """The order of the day when a strength session shares it with a fast run, else ``None``.

    003 puts harder strength work after the run on a day that is already hard, never
    before speed work: the run is done on fresh legs, and hours between the two leave time
    to refuel (about six hours or more is the project's convention).

    >>> print(order_reason(Focus.strength, RunKind.intervals))
    Do it after your intervals, ideally 6 hours or more later; never before them.
    >>> order_reason(Focus.light, RunKind.intervals) is None
    True
    """
    if focus is not Focus.strength or hard_run is None:
        return None
    noun = run_noun(hard_run)
    them = "them" if noun.endswith("s") else "it"
    return say("session.order", run=hard_run.value, run_words=noun, them=them)
