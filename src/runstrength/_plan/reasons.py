"""Why each exercise is in a session: the need it fills, the goal it serves, what it avoids."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.reason import Reason, free_text
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus, Goal, Injury, Level, RunKind, ordered
from runstrength._plan.calves import BLOCK_REASON, STRAIGHT_KNEE_REASON
from runstrength._plan.choose import HEAVY_MAIN, Profile, facts_of, serves
from runstrength._plan.coded import REASON_MAX
from runstrength._plan.dosing import Pick, Role
from runstrength._plan.families import JUMP_NEED, Family, family, need_of
from runstrength._progression.limits import tendon_work
from runstrength._rules.session import REQUIRED
from runstrength._views.wording import run_noun, words

__all__ = ["coverage_reason", "exercise_reason", "order_reason", "pain_reason"]

_COPENHAGEN = frozenset({"copenhagen_plank", "short_lever_copenhagen_plank"})

_COPENHAGEN_NEED = (
    "adductors: inner-thigh strength that steadies the pelvis and knee; a Copenhagen "
    "programme cut groin problems in footballers (Harøy 2019)"
)

_GOAL_CODE: dict[Goal, str] = {
    Goal.hills: "exercise.goal.hills",
    Goal.endurance: "exercise.goal.endurance",
    Goal.resilience: "exercise.goal.resilience",
    Goal.speed: "exercise.goal.speed",
}
"""The code of how an exercise serves each goal, in the words its reason uses."""

_NOTES: dict[str, Reason] = {
    BLOCK_REASON: say("exercise.calf_block"),
    STRAIGHT_KNEE_REASON: say("exercise.calf_block.straight_knee"),
}
"""The coded reason of each note a pick may carry; any other note is free text."""


def _goal(goal: Goal, pick: Pick) -> Reason:
    """How the exercise serves ``goal``: a hold serves endurance by its length, not reps."""
    return _goal_said(goal, goal is Goal.endurance and pick.dose.unit == "seconds")


@functools.lru_cache(maxsize=16)  # keyed on a goal and whether the work is a hold
def _goal_said(goal: Goal, hold: bool) -> Reason:
    if hold:
        return say("exercise.goal.endurance_holds", goal=goal.value)
    return say(_GOAL_CODE[goal], goal=goal.value)


def _instead(ex: Exercise, other: Exercise, injury: Injury) -> Reason:
    return say(
        "exercise.instead",
        exercise=ex.id,
        exercise_name=ex.name,
        other=other.id,
        other_name=other.name,
        injury=injury.value,
        injury_words=words(injury),
    )


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


def _need(pick: Pick, profile: Profile) -> Reason:
    return _need_said(pick.exercise, pick.family, pick.role, profile.level)


def _kept_need(pick: Pick, profile: Profile, catalog: Catalog) -> Reason:
    """:func:`_need`, kept with the catalog's facts of the exercise (no athlete changes it)."""
    fact = facts_of(catalog, pick.exercise)
    if fact is None:
        return _need(pick, profile)
    key = (pick.family, pick.role, profile.level)
    found = fact.needs.get(key)
    if found is None:
        found = fact.needs[key] = _need(pick, profile)
    return found


@functools.lru_cache(maxsize=1024)  # keyed on an exercise, its family, role and level only
def _need_said(ex: Exercise, of: Family, role: Role, level: Level) -> Reason:
    """The need ``ex`` fills in its ``role``, counted in family ``of``, at ``level``."""
    if ex.id in _COPENHAGEN:
        need, kind = _COPENHAGEN_NEED, "copenhagen"
    else:
        need = need_of(ex, of)
        kind = "jump" if need == JUMP_NEED else of.name
    beginner = of is Family.single_leg_knee and level is Level.beginner
    if role is Role.main:
        if level is Level.advanced and ex.id in HEAVY_MAIN:
            code = "exercise.need.heavy_main"
        else:
            code = "exercise.need.main_beginner" if beginner else "exercise.need.main"
    else:
        need = need[0].upper() + need[1:]
        code = "exercise.need.beginner" if beginner else "exercise.need"
    return say(code, exercise=ex.id, need_kind=kind, need=need)


def _note(note: Reason | str) -> Reason | None:
    """A pick's own note as a reason: coded where known, else free text; none if empty."""
    if isinstance(note, Reason):
        return note
    return _NOTES.get(note, free_text(note)) if note else None


def exercise_reason(
    pick: Pick, profile: Profile, catalog: Catalog, load_note: Reason | None
) -> Reason:
    """The reason a prescription gives: need, goals served, injury avoided, load.

    Where it all would run past :data:`REASON_MAX` characters, the goals served go first,
    the last first: what the injury asks and where the load comes from stay.
    """
    ex = pick.exercise
    goals = (
        [_goal(goal, pick) for goal in ordered(profile.goals) if serves(ex, goal)]
        if profile.goals
        else []
    )
    need, rest, note = (
        _kept_need(pick, profile, catalog),
        _cautions(pick, profile, catalog) if profile.injuries else [],  # none without injuries
        _note(pick.reason),
    )
    said = joined_reasons(need, *goals, *rest, note, load_note)
    while len(said.text) > REASON_MAX and goals:
        goals.pop()
        said = joined_reasons(need, *goals, *rest, note, load_note)
    return said


def _cautions(pick: Pick, profile: Profile, catalog: Catalog) -> list[Reason]:
    """What the athlete's injuries ask of the pick: the easier choice and its tempo."""
    ex = pick.exercise
    parts: list[Reason] = []
    if profile.injuries:
        harder = catalog.get(ex.harder) if ex.harder else None
        if harder is not None and harder.avoid_with & profile.injuries:
            parts.append(_instead(ex, harder, ordered(harder.avoid_with & profile.injuries)[0]))
        else:
            other = _ruled_out(catalog, profile).get(pick.family)
            if other is not None and other[0].id != ex.id:
                parts.append(_instead(ex, other[0], other[1]))
    if tendon_work(profile.injuries, ex) and pick.dose.tempo is not None:
        parts.append(say("exercise.achilles.tempo", tempo=str(pick.dose.tempo)))
    elif tendon_work(profile.injuries, ex) and pick.dose.unit == "seconds":
        parts.append(say("exercise.achilles.hold"))
    return parts


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


def coverage_reason(focus: Focus, covered: Sequence[str]) -> Reason:
    """What a session covers of its kind's required movement groups, by their names.

    >>> print(coverage_reason(Focus.light, ["calf work"]))
    Light session: calf work.
    """
    return _coverage(focus, tuple(covered))


_GROUP_PATTERNS = {
    focus: {name: "/".join(sorted(p.value for p in group)) for name, group in groups}
    for focus, groups in REQUIRED.items()
}
"""Each focus's required groups by name, as their patterns' values in sorted order."""


@functools.lru_cache(maxsize=256)  # keyed on a focus and group names: every week says them
def _coverage(focus: Focus, covered: tuple[str, ...]) -> Reason:
    groups = _GROUP_PATTERNS[focus]
    machine = " ".join([groups[name] for name in covered])
    code = "session.covers.strength" if focus is Focus.strength else "session.covers.light"
    return say(code, covered=machine, covered_words=", ".join(covered) or "light work")


def pain_reason(injuries: Sequence[Injury], area: str) -> Reason:
    """The pain rule every session of an injured athlete gives, ``area`` naming ``injuries``."""
    return say("session.pain_rule", injuries=" ".join(i.value for i in injuries), area=area)
