"""Cues and reasons that are true of the exercise prescribed and of what the log said.

A cut near a sore area takes the shorter range the cut exercise's own pattern allows (a
squat has no back knee), and names no body part the athlete never logged.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reasons import CODES
from runstrength._progression.shorter import shorter_range
from tests.progression.simulate import simulate
from tests.progression.test_personas import HOME, WEEK, _mild_pain_weeks_3_and_4

CATALOG = rs.default_catalog()
_EXERCISES = sorted(CATALOG.exercises, key=lambda e: e.id)


def _sore_steps() -> list[rs.Progression]:
    run = simulate(HOME, WEEK, _mild_pain_weeks_3_and_4, weeks=5)
    return [s for week in run.weeks[2:4] for s in week.steps if "pain in" in text_of(s.reason)]


def test_a_squat_cut_for_a_sore_split_squat_goes_to_a_box_not_a_back_knee() -> None:
    steps = _sore_steps()
    squats = [s for s in steps if s.next.exercise == "bodyweight_squat"]
    assert squats, "the squat is cut while the split squat is sore"
    for step in squats:
        text = text_of(step.reason)
        assert "chair or box" in text
        assert "back knee" not in text


def test_a_sore_cut_names_no_body_part_the_log_never_gave() -> None:
    steps = _sore_steps()
    assert steps
    for step in steps:
        text = text_of(step.reason)
        assert "was sore" not in text
        assert "knee was" not in text
        assert "pain in " in text


@given(st.sampled_from(_EXERCISES))
def test_a_shorter_range_cue_fits_the_exercise_cut(exercise: rs.Exercise) -> None:
    key = shorter_range(exercise)
    template = CODES[f"progress.sore.cut.{key}"].template
    if "back knee" in template:
        assert rs.Pattern.lunge in exercise.patterns
        assert rs.Pattern.lateral not in exercise.patterns
    if "chair or box" in template:
        assert rs.Pattern.squat in exercise.patterns
        assert rs.Pattern.lunge not in exercise.patterns
    if "lower step" in template:
        assert rs.Pattern.squat not in exercise.patterns
        assert rs.Pattern.lunge not in exercise.patterns
    if "to the knees" in template:
        assert rs.Pattern.hinge in exercise.patterns
    if "wall" in template:
        assert rs.Pattern.isometric in exercise.patterns
