"""A strength week's sentence promises only what the built week does."""

from __future__ import annotations

import runstrength as rs
from runstrength._model.reason import text_of
from tests.season.test_deload_lighter import RACE, TUTORIAL, TUTORIAL_RACE, TUTORIAL_WEEK, WEEK


def _strength_weeks(block: rs.Block) -> list[int]:
    return [i for i, phase in enumerate(block.phases) if phase is rs.Phase.strength]


def _items(plan: rs.WeekPlan) -> list[rs.Prescription]:
    return [rx for s in plan.sessions for rx in s.exercises]


def test_a_strength_week_promises_no_set_or_load_it_does_not_hold_regression() -> None:
    # The tutorial's strength weeks promised "a set more where time allows, and loads that
    # rise when the logs say so" while the sets stayed at 12 and no load was known.
    block = rs.build_block(TUTORIAL, [TUTORIAL_WEEK] * 11 + [TUTORIAL_RACE])
    weeks = _strength_weeks(block)
    assert weeks
    for index in weeks:
        why = block.reasons[index].text
        items = _items(block.weeks[index])
        assert "where time allows" not in why
        if not any(rx.dose.load_kg for rx in items):
            assert "loads that rise" not in why
        assert "a heavier load you choose by the reps left in reserve" in why
        for rx in items:
            # Never a set more and a set fewer on the same lift in the same week.
            assert not (
                "a set more" in text_of(rx.reason) and "A set fewer" in text_of(rx.reason)
            ), text_of(rx.reason)


def test_a_strength_week_with_loads_says_they_rise_and_names_the_extra_set() -> None:
    lifts = {"back_squat": rs.Lift(load_kg=100, reps=5, rir=2)}
    athlete = rs.Athlete(level="advanced", equipment="gym", session_minutes=60, lifts=lifts)
    block = rs.build_block(athlete, [WEEK] * 11 + [RACE])
    weeks = _strength_weeks(block)
    assert weeks
    for index in weeks:
        why = block.reasons[index].text
        assert "loads that rise when the logs say so" in why
        main = block.weeks[index].sessions[0].exercises[0]
        took = text_of(main.reason).startswith("Strength phase: a set more on the main lift")
        assert ("a set more on the main lift" in why) == took


def test_a_beginners_strength_week_with_no_load_promises_none() -> None:
    athlete = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
    block = rs.build_block(athlete, [WEEK] * 11 + [RACE])
    weeks = _strength_weeks(block)
    assert weeks
    for index in weeks:
        items = _items(block.weeks[index])
        if not any(rx.dose.load_kg or rx.choose_load for rx in items):
            assert "load" not in block.reasons[index].text
