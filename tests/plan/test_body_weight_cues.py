"""Body-weight moves on the page and the watch: what a set aims for, holds, the warm-up."""

from __future__ import annotations

from hypothesis import given

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import text_of
from runstrength._model.reasons import say
from runstrength._plan.week import PRACTICE_SETS
from runstrength._progression.effort import one_effort
from tests.season.test_stronger import ATHLETES, _block


def test_a_hold_is_cued_by_its_seconds_not_by_reps_regression() -> None:
    # Block B wk 5: "bent_knee_calf_hold 1 x 20-30 s ... if the last reps felt easy": the
    # hold took over a calf raise's cue, and a hold has no reps.
    # Block B's calf raise now slows down at its cap rather than turn into the hold, so the
    # hold a raise's cued reason carries over to is checked here too.
    hold = rs.default_catalog()["bent_knee_calf_hold"]
    dose = hold.dose_for(rs.Level.beginner)
    raised = rs.Prescription(hold.id, dose, reason=say("exercise.effort_top"))
    own = one_effort(raised, hold, ATHLETES["B"])
    cued = [
        rx
        for rx in [own, *(rx for p in _block("B").weeks for s in p.sessions for rx in s.exercises)]
        if rx.dose.unit == "seconds" and "top of the range" in text_of(rx.reason)
    ]
    assert cued
    for rx in cued:
        assert "last reps" not in text_of(rx.reason)
        assert "hold to the top of the range" in text_of(rx.reason)


@given(athlete=rst.athletes(), week=rst.running_weeks())
def test_practice_sets_are_warmed_up_for_exactly_where_a_load_is_lifted(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    # Runna and Block B: "One or two lighter practice sets before the first heavy
    # exercise" in body-weight sessions that hold no heavy exercise.
    for session in rs.build_week(athlete, week).sessions:
        loaded = session.focus is rs.Focus.strength and any(
            rx.choose_load or rx.dose.load_kg is not None for rx in session.exercises
        )
        assert session.warm_up is not None
        assert (PRACTICE_SETS in session.warm_up.steps) is loaded
