"""A loaded accessory at its useful load in a full session takes turns with another form."""

from __future__ import annotations

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.limits import CORE_CABLE_CEILING_KG
from tests.progression.simulate import holds_in_a_row, simulate
from tests.progression.test_no_endless_holds import PERSONAS
from tests.progression.test_personas import WEEK

CAT = rs.default_catalog()


def test_a_pallof_press_at_its_useful_load_in_a_full_session_changes_form_regression() -> None:
    # P5's Pallof press reached the cable's 20 kg, its useful load, in a session with no
    # room for its second set: it held 4, 5, 6 sessions with "no step that adds no time is
    # open here". It now moves on to its harder split-stance form before the big cable
    # steps, never to a beginner's drill; no exercise holds past three sessions in the
    # persona's weeks.
    athlete, logger, weeks = PERSONAS["P5 sharp pain"]
    run = simulate(athlete, WEEK, logger, weeks=weeks)
    held = [
        (w, d, x, n) for w, d, x, n, s in holds_in_a_row(run) if x != "split_stance_pallof_press"
    ]
    assert held == []
    for *_, step in holds_in_a_row(run):  # the hardest form at its load holds, and says so
        assert "no harder variation is open here" in text_of(step.reason)
    core = [
        (week.number, rx.exercise, rx.dose)
        for week in run.weeks
        for session in week.plan.sessions
        for rx in session.exercises
        if rs.Pattern.core in CAT[rx.exercise].patterns
    ]
    assert all((dose.load_kg or 0) <= CORE_CABLE_CEILING_KG for _, _, dose in core)
    assert {x for _, x, _ in core} == {"pallof_press", "split_stance_pallof_press"}
    changed = [
        step
        for week in run.weeks
        for step in week.steps
        if step.change is rs.Change.variation and step.next.exercise == "split_stance_pallof_press"
    ]
    assert len(changed) == 1
    (step,) = changed
    assert "harder" in text_of(step.reason)
    assert "a step farther from the stack" in text_of(step.reason)  # its lever
