"""Trades that add no time: where a pause goes, and the reps they never go below."""

from __future__ import annotations

import attrs

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from runstrength._progression.limits import rep_floor
from runstrength._progression.neutral import one_rep_more
from tests.progression.simulate import Run, Week, on_target, simulate
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
        assert not [
            text_of(s.reason) for s in steps if "at the bottom of each rep" in text_of(s.reason)
        ]
        held = [s for s in steps if "at the top of each rep" in text_of(s.reason)]
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
                traded = "so each set takes no longer" in text_of(step.reason) or (
                    "its reps set so it takes no longer" in text_of(step.reason)
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
    rx = rs.Prescription("split_squat", rs.Dose(sets=2, reps=(6, 10), rest_seconds=60))
    log = rs.ExerciseLog(exercise="split_squat", sets=[rs.SetLog(reps=10), rs.SetLog(reps=10)])
    ask = Ask(rx, log, CAT["split_squat"], CAT)
    blocked = rs.Progression(
        attrs.evolve(rx, dose=rx.dose.with_amount(rs.IntRange(8, 12))), rs.Change.reps, "-"
    )
    smaller = one_rep_more(ask, blocked)
    assert smaller is not None
    assert smaller.change is rs.Change.reps
    # the clean range nearest one rep more, not 7-11 (rises land on clean ranges)
    assert smaller.next.dose.amount == rs.IntRange(8, 10)
    assert "as much as the time allows" in text_of(smaller.reason)
    one = rs.Progression(smaller.next, rs.Change.reps, "-")
    assert one_rep_more(ask, one) is None  # a one-rep step has nothing smaller


def test_harder_variations_include_those_whose_easier_link_names_the_exercise() -> None:
    rx = rs.Prescription("split_squat", rs.Dose(sets=2, reps=(6, 10), rest_seconds=60))
    log = rs.ExerciseLog(exercise="split_squat", sets=[rs.SetLog(reps=10), rs.SetLog(reps=10)])
    fit = Fit(rs.Athlete(level="intermediate"))
    ask = Ask(rx, log, CAT["split_squat"], CAT, fit=fit)
    assert ask.harder_ids() == ("bulgarian_split_squat", "walking_lunge")
    # A beginner's split squat at its first range opens neither: the rear-foot-elevated
    # one waits until the split squat is mastered, and a walking lunge is no heavier step.
    beginner = Ask(rx, log, CAT["split_squat"], CAT, fit=Fit(rs.Athlete(level="beginner")))
    assert beginner.harder_ids() == ()
    calf = CAT["standing_calf_raise"]
    calf_rx = rs.Prescription(calf.id, rs.Dose(sets=2, reps=(15, 20), rest_seconds=60))
    calf_ask = Ask(calf_rx, rs.ExerciseLog(exercise=calf.id, sets=[]), calf, CAT)
    assert "pogo_hop" not in calf_ask.harder_ids()  # never a jump for a lift


def test_beginner_split_squat_moves_on_in_weeks_9_to_14_after_pain_regression() -> None:
    # A variation stays two weeks before the next step, so the session's room for the
    # split squat's reps may come a week or two later than week 12.
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4, weeks=14)
    tuesday = [
        step
        for week in run.weeks[8:]
        for session, steps in _by_session(week)
        if str(session.day) == "tue"
        for rx, step in steps
        if rx.exercise in ("split_squat", "bulgarian_split_squat", "walking_lunge")
    ]
    assert tuesday
    # At 30 minutes the session is full: the split squat moves on, or its hold says that
    # nothing that takes no longer is open (which exercise gets the last seconds depends on
    # the weeks before).
    assert any(step.change is not rs.Change.none for step in tuesday) or all(
        "Nothing else is open here that takes no longer" in text_of(step.reason)
        for step in tuesday
        if step.change is rs.Change.none
    )
    moved = [s for s in tuesday if s.change is rs.Change.variation]
    # Never on to the walking lunge, a leg-endurance drill (003), as a heavier step.
    assert all(s.next.exercise == "bulgarian_split_squat" for s in moved)


def _by_session(
    week: Week,
) -> list[tuple[rs.Session, list[tuple[rs.Prescription, rs.Progression]]]]:
    steps = iter(week.steps)
    return [(s, [(rx, next(steps)) for rx in s.exercises]) for s in week.plan.sessions]


def test_no_pause_for_a_hinge_or_trunk_work_in_a_time_trade_regression() -> None:
    for run in _floor_runs():
        for week in run.weeks:
            for step in week.steps:
                patterns = CAT[step.next.exercise].patterns
                if patterns & {rs.Pattern.hinge, rs.Pattern.core}:
                    assert "at the bottom of each rep" not in text_of(step.reason), text_of(
                        step.reason
                    )


def test_a_load_step_past_the_caps_names_a_slow_tempo_only_when_there_is_one_regression() -> None:
    for run in _floor_runs():
        for week in run.weeks:
            for step in week.steps:
                if "the tempo is slow" in text_of(step.reason):
                    before = [
                        rx
                        for s in week.plan.sessions
                        for rx in s.exercises
                        if rx.exercise == step.next.exercise
                    ]
                    assert any(rx.dose.tempo is not None for rx in before), step.reason
