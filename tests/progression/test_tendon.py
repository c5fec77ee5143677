"""Heavy slow calf work for an Achilles runner, and calf work for every intermediate.

Each regression test is named after what a coach found in twelve simulated weeks: the
Achilles runner's main calf exercise never progressed, had no straight-knee partner, a
hold was cued like a lowering, and the soleus of every intermediate was left at
bodyweight "maintenance".
"""

from __future__ import annotations

import itertools

import attrs

import runstrength as rs
from runstrength._model.reason import text_of, texts
from runstrength._progression.limits import ACHILLES_NOTE, share
from runstrength._progression.tendon import HOLD_NOTE, PAIN_CHECK, RUNGS, rungs_for
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    GYM,
    HOME,
    WEEK,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
)

CAT = rs.default_catalog()


def _strength(plan: rs.WeekPlan) -> rs.Session:
    return next(s for s in plan.sessions if s.focus is rs.Focus.strength)


def _machine(plan: rs.WeekPlan) -> rs.Prescription:
    return next(
        rx for rx in _strength(plan).exercises if rx.exercise == "machine_seated_calf_raise"
    )


def test_achilles_calf_block_progresses_by_load_and_falling_reps_regression() -> None:
    run = simulate(ACHILLES, WEEK, on_target)
    plans = run.plans()
    first = _strength(plans[0])
    assert first.exercises[0].exercise == "machine_seated_calf_raise"  # first, while fresh
    doses = [_machine(p).dose for p in plans]
    assert str(doses[0]) == "3 × 15, tempo 3-0-3, rest 45–90 s, 1–3 RIR"
    assert all(d.tempo == rs.Tempo(3, 0, 3) for d in doses)
    loads = [d.load_kg for d in doses[1:]]
    assert None not in loads  # the logged load is written into the plan from week 2
    floats = [float(x) for x in loads if x is not None]
    assert floats == sorted(floats)
    assert floats[-1] > floats[0]
    for a, b in itertools.pairwise(floats):
        assert share(a, b) <= 0.10 + 1e-9
    reps = [d.amount.hi for d in doses]
    assert reps == sorted(reps, reverse=True)
    assert {15, 12, 10} <= set(reps)
    for week in run.weeks:
        for step in week.steps:
            if (
                step.next.exercise == "machine_seated_calf_raise"
                and "slow and pain-free" in text_of(step.reason)
            ):
                assert PAIN_CHECK in text_of(step.reason)


def test_achilles_runner_has_straight_knee_calf_work_too_regression() -> None:
    session = _strength(rs.build_week(ACHILLES, WEEK))
    straight = [
        rx
        for rx in session.exercises
        if rs.Muscle.calves in CAT[rx.exercise].primary
        and rx.exercise != "machine_seated_calf_raise"
    ]
    assert straight, session.exercise_ids
    rx = straight[0]
    assert rx.dose.tempo == rs.Tempo(3, 0, 3)
    assert (rx.dose.amount.lo, rx.dose.amount.hi) == (10, 15)
    assert "no drop below" in text_of(rx.reason)


def test_achilles_calf_goes_first_in_the_change_quota_regression() -> None:
    run = simulate(ACHILLES, WEEK, on_target, weeks=4)
    for week in run.weeks:
        for step in week.steps:
            if step.next.exercise == "machine_seated_calf_raise":
                assert "already progresses" not in text_of(step.reason), text_of(step.reason)


def test_achilles_calf_hold_is_cued_as_a_hold_regression() -> None:
    rx = rs.Prescription("bent_knee_calf_hold", rs.Dose(sets=1, seconds=(30, 45), rest_seconds=60))
    week = rs.WeekPlan(
        sessions=[rs.Session(day="thu", focus="light", placement="standalone", exercises=[rx])]
    )
    log = rs.ExerciseLog(exercise="bent_knee_calf_hold", sets=[rs.SetLog(seconds=45)])
    _, steps = rs.progress_week(week, [log], athlete=ACHILLES)
    assert HOLD_NOTE in text_of(steps[0].reason)
    assert ACHILLES_NOTE not in text_of(steps[0].reason)
    assert "lowering" not in text_of(steps[0].reason)


def test_block_rungs_change_one_thing_at_a_time() -> None:
    for a, b in itertools.pairwise(RUNGS):
        assert (a[0] != b[0]) + (a[1] != b[1]) == 1
    for level in rs.Level:
        rungs = rungs_for(CAT["machine_seated_calf_raise"], level)
        assert rungs[-1][2] == 0
        assert all(
            s <= CAT["machine_seated_calf_raise"].dose_for(level).sets.hi for s, _, _ in rungs
        )


def test_intermediate_strength_session_holds_loaded_soleus_work_regression() -> None:
    # A week of one session holds the loaded soleus work beside the straight-knee raise; a
    # week of two holds one calf move a session, the light day's bent-knee work for the soleus.
    alone = _strength(rs.build_week(attrs.evolve(GYM, sessions_per_week=1), WEEK))
    soleus = [rx for rx in alone.exercises if rs.Muscle.soleus in CAT[rx.exercise].primary]
    assert soleus, alone.exercise_ids
    assert all(rx.choose_load or rx.dose.load_kg for rx in soleus)
    week = rs.build_week(GYM, WEEK)
    assert any(
        rs.Muscle.soleus in CAT[rx.exercise].primary for s in week.sessions for rx in s.exercises
    )


# The mild-pain persona (split squat, weeks 3-4) and the sharp-pain persona (hinge, week 3).


def test_mild_pain_on_split_squat_moves_to_assisted_split_squat_regression() -> None:
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4, weeks=6)
    week3 = run.weeks[2]
    regress = [s for s in week3.steps if s.change is rs.Change.regress]
    # The split squat moves to its easier variation; the squat and the lunge that load the
    # same knee are cut to no more than it (see test_pain_area).
    assert [s.next.exercise for s in regress] == [
        "assisted_split_squat",
        "bodyweight_squat",
        "assisted_reverse_lunge",
    ]
    assert "no easier variation" not in text_of(regress[0].reason)
    assert "Where does it hurt" in text_of(regress[0].reason)


def test_lunge_range_holds_after_mild_pain_in_split_squat_regression() -> None:
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4, weeks=6)
    for week in run.weeks[2:5]:  # weeks 3-5: the painful weeks and the one after
        for step in week.steps:
            exercise = CAT[step.next.exercise]
            if rs.Injury.knee in exercise.avoid_with or step.next.exercise.endswith("lunge"):
                assert step.change in (rs.Change.none, rs.Change.regress, rs.Change.stop)


def test_tests_after_the_referral_are_acknowledged_regression() -> None:
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=10)
    plans = run.plans()
    early = [n for p in plans for n in texts(p.shortfalls) if n.startswith("You tested again")]
    assert early, "a test logged after the referral is acknowledged"
    assert all("book that appointment; no more tests until then" in n for n in early)
    back = [n for p in plans for n in texts(p.shortfalls) if "is back on" in n]
    assert len(back) == 1
    assert "Back only if a physiotherapist or doctor has cleared it" in back[0]
    assert "same sets" not in back[0] or "sets to fit" not in back[0]
    assert "1 sets" not in back[0]
