"""Pain within a season of next_week: the hinge rests, hip extension stays, the return is
a trial first in its session, and a week back after time off eases the running too."""

from __future__ import annotations

import attrs

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reason import texts as said_texts
from runstrength._plan.shaping import forecast_logs
from runstrength._progression.standin import PAIN_FREE_ONLY
from tests.season.test_closed_loop import season

CATALOG = rs.default_catalog()
HINGE = "romanian_deadlift"


def _hinge_hurts_in_week_3_and_tests_clean_in_week_4(
    index: int, plan: rs.WeekPlan
) -> tuple[rs.ExerciseLog, ...]:
    logs = forecast_logs(plan)
    if index == 2:
        return tuple(
            attrs.evolve(log, pain=rs.Pain.sharp) if log.exercise == HINGE else log for log in logs
        )
    if index == 3 and plan.exclusions and plan.exclusions[0].test is not None:
        test = plan.exclusions[0].test
        sets = [rs.SetLog(reps=test.dose.amount.lo)] * test.dose.sets.hi
        return (*logs, rs.ExerciseLog(exercise=test.exercise, sets=sets))
    return logs


def test_a_season_keeps_hip_extension_while_the_hinge_rests_and_brings_it_back_as_a_trial() -> None:
    history = season(_hinge_hurts_in_week_3_and_tests_clean_in_week_4, weeks=6)
    resting = history[3].plan
    assert resting.exclusions
    ids = [rx for s in resting.sessions for rx in s.exercises]
    assert HINGE not in {rx.exercise for rx in ids}
    bridges = [rx for rx in ids if rs.Pattern.hip_extension in CATALOG[rx.exercise].patterns]
    assert bridges, "hip extension stays while the hinge rests"
    assert all(
        PAIN_FREE_ONLY in text_of(rx.reason)
        for rx in bridges
        if "In place of" in text_of(rx.reason)
    )
    assert any(n.startswith("Ease the fast running") for n in said_texts(resting.shortfalls))
    back = history[4].plan
    assert not back.exclusions
    strength = next(s for s in back.sessions if HINGE in s.exercise_ids)
    # The trial is done fresh, first in its session, not after the main lift.
    assert strength.exercise_ids.index(HINGE) == 0, "first in the session, fresh"
    hinge = next(rx for rx in strength.exercises if rx.exercise == HINGE)
    assert text_of(hinge.reason).startswith("Back after sharp pain at about half the old")
    assert hinge.dose.amount.lo >= 8


def test_a_week_back_after_time_off_says_only_if_symptom_free_and_to_ease_the_running() -> None:
    def ill(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        return () if index == 3 else forecast_logs(plan)

    history = season(ill, weeks=5)
    reasons = [r for s in history[4].plan.sessions for r in said_texts(s.reasons)]
    assert any("only if symptom-free; ease the running too" in r for r in reasons)
