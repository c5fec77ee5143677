"""Cues and reasons that are true of the exercise prescribed and of what the log said.

A cut near a sore area takes the shorter range the cut exercise's own pattern allows (a
squat has no back knee), and names no body part the athlete never logged. A calf stand-in
of the other knee family says the work it does, and the slot's own reason comes back
with the exercise it stood in for.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reasons import CODES, say
from runstrength._progression.calfneed import calf_kind, need_back, stand_in_need
from runstrength._progression.shorter import shorter_range
from tests.progression.simulate import simulate
from tests.progression.test_coach_outcomes import _run
from tests.progression.test_personas import CALF, HOME, WEEK, _mild_pain_weeks_3_and_4

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


def _calf_need(exercise: rs.Exercise) -> rs.Reason:
    kind = calf_kind(exercise)
    words = {
        "straight_knee_calf": "Calf work: straight-knee raises for the calves and Achilles",
        "bent_knee_calf": "Soleus: bent-knee calf work",
    }
    assert kind is not None
    return say("exercise.need", exercise=exercise.id, need_kind=kind, need=words[kind])


def test_a_stand_in_for_a_standing_calf_raise_says_its_own_calf_kind() -> None:
    run = _run("form")
    stand_ins = [
        rx
        for plan in run.plans()
        for session in plan.sessions
        for rx in session.exercises
        if text_of(rx.reason).startswith("In place of Standing calf raise")
    ]
    assert stand_ins
    seated = [rx for rx in stand_ins if calf_kind(CATALOG[rx.exercise]) == "bent_knee_calf"]
    assert len(seated) < len(stand_ins), "the first stand-in keeps the work straight-knee"
    for rx in stand_ins:
        text = text_of(rx.reason).lower()
        other = "straight-knee" if rx in seated else "bent-knee"
        assert other not in text, text
    assert all("Bent-knee calf work" in text_of(rx.reason) for rx in seated)
    # the standing raise comes back with the straight-knee reason of its slot
    back = [
        rx
        for plan in run.plans()
        for session in plan.sessions
        for rx in session.exercises
        if rx.exercise == CALF
    ]
    assert back
    assert all("Bent-knee" not in text_of(rx.reason) for rx in back)


_CALVES = [e for e in _EXERCISES if calf_kind(e) is not None]


@given(st.sampled_from(_CALVES), st.sampled_from(_CALVES))
def test_a_calf_stand_in_reason_describes_the_exercise_prescribed(
    replaced: rs.Exercise, stand_in: rs.Exercise
) -> None:
    need = _calf_need(replaced)
    own = stand_in_need(need, stand_in)
    assert own is not None
    kind = calf_kind(stand_in)
    other = "straight-knee" if kind == "bent_knee_calf" else "bent-knee"
    assert other not in text_of(own).lower()
    assert need_back(own, replaced) == need  # the slot's own need comes back with it
