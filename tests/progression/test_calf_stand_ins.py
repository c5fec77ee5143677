"""The first stand-in for a standing calf raise whose form breaks keeps it straight-knee work.

A coach read a week of a seated calf raise standing in for the standing one beside the
light day's bent-knee hold: two soleus moves and no straight-knee work, four weeks in
twelve. The slow two-leg eccentric raise with fingertips on a wall (002's eccentric drop)
takes the bounce out and stays straight-knee, so it stands in first.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.ask import Ask
from runstrength._progression.calfneed import calf_kind
from runstrength._progression.fit import Fit
from runstrength._progression.form import for_form
from tests.progression.test_coach_outcomes import _run
from tests.progression.test_personas import CALF

CATALOG = rs.default_catalog()
KITS = (["wall"], ["wall", "step"], "home", "gym", ["dumbbell", "wall", "step", "bench"])


def test_a_breaking_standing_calf_raise_leaves_no_week_without_straight_knee_work_regression() -> (
    None
):
    run = _run("form")
    stood_in = False
    for plan in run.plans():
        ids = [rx.exercise for s in plan.sessions for rx in s.exercises]
        kinds = [calf_kind(CATALOG[i]) for i in ids if i in CATALOG]
        assert "straight_knee_calf" in kinds, ids
        stood_in = stood_in or any(
            text_of(rx.reason).startswith("In place of Standing calf raise")
            for s in plan.sessions
            for rx in s.exercises
        )
    assert stood_in


@settings(max_examples=30, deadline=None)
@given(
    kit=st.sampled_from(KITS),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    sets=st.integers(1, 3),
    top=st.integers(15, 20),
    broke=st.integers(2, 4),
)
def test_the_first_stand_in_for_a_breaking_standing_calf_raise_is_the_two_leg_eccentric_regression(
    kit: str | list[str], level: str, sets: int, top: int, broke: int
) -> None:
    athlete = rs.Athlete(level=level, equipment=kit)
    dose = rs.Dose(sets=sets, reps=(top - 5, top), rest_seconds=(45, 90), rir=(1, 3))
    rx = rs.Prescription(CALF, dose)
    log = rs.ExerciseLog(exercise=CALF, sets=[rs.SetLog(reps=top, rir=2)] * sets, form_ok=False)
    ask = Ask(rx, log, CATALOG[CALF], CATALOG, Fit(athlete), (log,) * broke)
    step = for_form(ask, broke, "form broke")
    if step.next.exercise == CALF or ask.usable("eccentric_calf_raise")[0] is None:
        return  # a smaller dose of it first, or no step for the eccentric raise: seated
    assert step.next.exercise == "eccentric_calf_raise", text_of(step.reason)
    assert calf_kind(CATALOG[step.next.exercise]) == "straight_knee_calf"
    assert "on two legs" in text_of(step.reason)
    assert "comes back after 2 clean sessions" in text_of(step.reason)
