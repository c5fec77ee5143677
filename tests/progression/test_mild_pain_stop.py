"""An exercise stopped for mild pain at its smallest dose is kept out, and the plan says so."""

from __future__ import annotations

import runstrength as rs

ACHILLES = rs.Athlete(
    level="beginner",
    equipment=["dumbbell"],
    available_days=["mon"],
    sessions_per_week=1,
    session_minutes=10,
    injuries=["achilles"],
)


def test_a_calf_stopped_for_mild_pain_leaves_a_valid_week_regression() -> None:
    # The week after mild pain in an Achilles runner's only calf raise, at its smallest
    # dose, had no calf work and no exclusion: validate called the plan an error (RS202,
    # "lacks calf work") though stopping the raise was the advice. The stop is now an
    # exclusion of that exercise alone, cleared by a pain-free test.
    week = rs.RunningWeek()
    plan = rs.build_week(ACHILLES, week)
    items = [rx for s in plan.sessions for rx in s.exercises]
    calf = items[0]
    assert calf.exercise == "bent_knee_calf_raise"
    logs = [rs.ExerciseLog(exercise=calf.exercise, sets=[rs.SetLog(reps=15)], pain="mild")]
    logs += [rs.ExerciseLog(exercise=rx.exercise, sets=[]) for rx in items[1:]]
    new, steps = rs.progress_week(plan, logs, athlete=ACHILLES)
    assert steps[0].change is rs.Change.stop
    assert [e.exercise for e in new.exclusions] == [calf.exercise]
    (kept_out,) = new.exclusions
    assert kept_out.areas == ()
    assert kept_out.test is not None
    assert [v for v in rs.validate(new, ACHILLES, week) if v.severity == "error"] == []
