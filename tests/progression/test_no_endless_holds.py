"""No endless holds: an exercise held three sessions in a row changes at the fourth."""

from __future__ import annotations

import pytest

import runstrength as rs
from runstrength._progression.limits import achilles_calf
from tests.progression.simulate import Logger, holds_in_a_row, on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    GYM,
    HOME,
    WEEK,
    _achilles,
    _form_breaks,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
    _stalls,
)

CAT = rs.default_catalog()

PERSONAS: dict[str, tuple[rs.Athlete, Logger, int]] = {
    "P1 on target": (GYM, on_target, 12),
    "P2 stalls": (GYM, _stalls, 12),
    "P3 form breaks": (GYM, _form_breaks, 12),
    "P4 mild pain": (HOME, _mild_pain_weeks_3_and_4, 12),
    "P5 sharp pain": (GYM, _sharp_hinge, 16),
    "P6 Achilles": (ACHILLES, _achilles, 12),
}

NONE_OPEN = "no variation that trains the same way is open here"
"""What a hold past the limit says when nothing is open to change to."""

_OWN_ROUTE = ("sore", "Stalled", "pain", "Not yet", "Form broke", "already progresses")
"""Holds with a route of their own: pain, a stall, form, or the session's change quota."""


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_no_exercise_holds_more_than_three_sessions_without_a_reason(name: str) -> None:
    athlete, logger, weeks = PERSONAS[name]
    run = simulate(athlete, WEEK, logger, weeks=weeks)
    for week, day, exercise, count, step in holds_in_a_row(run):
        if achilles_calf(athlete, CAT[exercise]) or any(w in step.reason for w in _OWN_ROUTE):
            continue  # the Achilles block, pain, stalls and the quota keep their own routes
        assert NONE_OPEN in step.reason, (name, week, day, exercise, count, step.reason)


def test_a_light_day_plank_changes_after_three_capped_holds() -> None:
    run = simulate(GYM, WEEK, on_target)
    changed = [
        (week.number, step)
        for week in run.weeks
        for step in week.steps
        if step.change is rs.Change.variation and "no exercise holds more than 3" in step.reason
    ]
    planks = [(n, s) for n, s in changed if "plank" in s.next.exercise]
    assert planks, [s.reason for _, s in changed]
    number, step = planks[0]
    assert number <= 6
    before = next(
        rx
        for s in run.weeks[number - 1].plan.sessions
        if s.focus is rs.Focus.light
        for rx in s.exercises
        if rx.exercise == "front_plank"
    )
    # the light day stays light: the same sets and rest, no load, a hold within the cap
    assert step.next.dose.sets == before.dose.sets
    assert step.next.dose.rest_seconds == before.dose.rest_seconds
    assert not step.next.dose.load_kg
    assert not step.next.choose_load
    assert step.next.dose.amount.hi <= 45


def test_every_change_for_a_long_hold_names_the_rule_and_stays_in_level() -> None:
    for name, (athlete, logger, weeks) in sorted(PERSONAS.items()):
        run = simulate(athlete, WEEK, logger, weeks=weeks)
        for week in run.weeks:
            for step in week.steps:
                if "no exercise holds more than 3" not in step.reason:
                    continue
                assert step.change is not rs.Change.none, (name, step.reason)
                assert CAT[step.next.exercise].level <= athlete.level, (name, step.reason)
                assert not CAT[step.next.exercise].plyometric


def test_a_beginner_with_no_route_hears_that_intermediate_opens_the_next_one() -> None:
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4)
    long = [s for _, _, _, _, s in holds_in_a_row(run) if NONE_OPEN in s.reason]
    assert long
    assert any("Moving up to intermediate level (yours to set" in s.reason for s in long)
