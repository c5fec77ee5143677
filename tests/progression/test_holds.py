"""Trades that add no time: where a pause goes, and the reps they never go below."""

from __future__ import annotations

import runstrength as rs
from runstrength._progression.limits import rep_floor
from tests.progression.simulate import Run, on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    GYM,
    HOME,
    WEEK,
    _achilles,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
)

CAT = rs.default_catalog()


def _calf_or_raise(exercise_id: str) -> bool:
    patterns = CAT[exercise_id].patterns
    return rs.Pattern.calf in patterns or exercise_id == "side_lying_leg_raise"


def test_no_pause_at_the_bottom_of_a_calf_raise_or_leg_raise_regression() -> None:
    for run in (simulate(HOME, WEEK, _mild_pain_weeks_3_and_4), simulate(GYM, WEEK, on_target)):
        doses = [rx for plan in run.plans() for s in plan.sessions for rx in s.exercises]
        raises = [rx for rx in doses if _calf_or_raise(rx.exercise) and rx.dose.tempo]
        assert all(rx.dose.tempo is not None and rx.dose.tempo.pause == 0 for rx in raises)
        steps = [s for w in run.weeks for s in w.steps if _calf_or_raise(s.next.exercise)]
        assert not [s.reason for s in steps if "at the bottom of each rep" in s.reason]
        held = [s for s in steps if "at the top of each rep" in s.reason]
        assert all(s.next.dose.tempo is not None and s.next.dose.tempo.top > 0 for s in held)


def _floor_runs() -> list[Run]:
    return [
        simulate(HOME, WEEK, _mild_pain_weeks_3_and_4),
        simulate(GYM, WEEK, on_target),
        simulate(GYM, WEEK, _sharp_hinge, weeks=16),
        simulate(ACHILLES, WEEK, _achilles),
    ]


def test_no_time_trade_takes_the_reps_below_the_floor_regression() -> None:
    for run in _floor_runs():
        for week in run.weeks:
            for step in week.steps:
                traded = "so each set takes no longer" in step.reason or (
                    "its reps set so it takes no longer" in step.reason
                )
                if not traded:
                    continue
                exercise = CAT[step.next.exercise]
                loaded = bool(step.next.dose.load_kg) or step.next.choose_load
                least = rep_floor(exercise, rs.Level.intermediate, loaded=loaded)
                assert step.next.dose.amount.lo >= least, step.reason
                assert step.next.dose.amount.hi > step.next.dose.amount.lo, step.reason


def test_side_lying_leg_raise_never_trades_down_to_a_handful_of_reps_regression() -> None:
    for run in _floor_runs():
        doses = [rx for plan in run.plans() for s in plan.sessions for rx in s.exercises]
        raises = [rx for rx in doses if rx.exercise == "side_lying_leg_raise"]
        assert raises
        assert all(rx.dose.amount.lo >= 10 for rx in raises)


def test_rep_floors_follow_the_coach_minimums() -> None:
    level = rs.Level.intermediate
    assert rep_floor(CAT["standing_calf_raise"], level) == 12
    assert rep_floor(CAT["single_leg_calf_raise"], level) == 10
    assert rep_floor(CAT["side_lying_leg_raise"], level) >= 10
    assert rep_floor(CAT["split_squat"], level) == 8
    assert rep_floor(CAT["split_squat"], level, loaded=True) == 6


def test_a_main_lift_short_of_time_for_two_more_reps_takes_one_regression() -> None:
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4)
    steps = [s for w in run.weeks for s in w.steps if "the range rises by 1, from" in s.reason]
    smaller = [s for s in steps if "as much as the time allows" in s.reason]
    assert smaller
    assert all(s.change is rs.Change.reps for s in smaller)
