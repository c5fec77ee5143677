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
    # open here". At its useful load it takes turns with another core move at the same
    # sets after three holds, as a bodyweight accessory does.
    athlete, logger, weeks = PERSONAS["P5 sharp pain"]
    run = simulate(athlete, WEEK, logger, weeks=weeks)
    assert [(w, d, x, n) for w, d, x, n, _ in holds_in_a_row(run)] == []
    pallof = [
        (week.number, rx.dose)
        for week in run.weeks
        for session in week.plan.sessions
        for rx in session.exercises
        if rx.exercise == "pallof_press"
    ]
    assert pallof
    assert all((dose.load_kg or 0) <= CORE_CABLE_CEILING_KG for _, dose in pallof)
    last, dose = pallof[-1]
    assert dose.load_kg == CORE_CABLE_CEILING_KG  # it went as far as its useful load
    changed = [
        step
        for week in run.weeks
        if week.number == last
        for step in week.steps
        if step.change is rs.Change.variation
        and "the same work in another form at the same sets" in text_of(step.reason)
    ]
    assert len(changed) == 1
    (step,) = changed
    assert rs.Pattern.core in CAT[step.next.exercise].patterns
    assert step.next.dose.sets == dose.sets  # the session keeps its length
