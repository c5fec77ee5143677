"""Heavy slow calf work for an Achilles runner, and calf work for every intermediate.

Each regression test is named after what a coach found in twelve simulated weeks: the
Achilles runner's main calf exercise never progressed, had no straight-knee partner, a
hold was cued like a lowering, and the soleus of every intermediate was left at
bodyweight "maintenance".
"""

from __future__ import annotations

import itertools

import runstrength as rs
from runstrength._progression.limits import ACHILLES_NOTE, share
from runstrength._progression.tendon import HOLD_NOTE, PAIN_CHECK, RUNGS, rungs_for
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import ACHILLES, GYM, WEEK

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
                and "slow and pain-free" in step.reason
            ):
                assert PAIN_CHECK in step.reason


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
    assert "no drop below" in rx.reason


def test_achilles_calf_goes_first_in_the_change_quota_regression() -> None:
    run = simulate(ACHILLES, WEEK, on_target, weeks=4)
    for week in run.weeks:
        for step in week.steps:
            if step.next.exercise == "machine_seated_calf_raise":
                assert "already progresses" not in step.reason, step.reason


def test_achilles_calf_hold_is_cued_as_a_hold_regression() -> None:
    rx = rs.Prescription("bent_knee_calf_hold", rs.Dose(sets=1, seconds=(30, 45), rest_seconds=60))
    week = rs.WeekPlan(
        sessions=[rs.Session(day="thu", focus="light", placement="standalone", exercises=[rx])]
    )
    log = rs.ExerciseLog(exercise="bent_knee_calf_hold", sets=[rs.SetLog(seconds=45)])
    _, steps = rs.progress_week(week, [log], athlete=ACHILLES)
    assert HOLD_NOTE in steps[0].reason
    assert ACHILLES_NOTE not in steps[0].reason
    assert "lowering" not in steps[0].reason


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
    session = _strength(rs.build_week(GYM, WEEK))
    soleus = [rx for rx in session.exercises if rs.Muscle.soleus in CAT[rx.exercise].primary]
    assert soleus, session.exercise_ids
    assert all(rx.choose_load or rx.dose.load_kg for rx in soleus)
