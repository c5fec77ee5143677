"""Where a pause goes in a trade that adds no time: where the muscle works."""

from __future__ import annotations

import runstrength as rs
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import GYM, HOME, WEEK, _mild_pain_weeks_3_and_4

CAT = rs.default_catalog()


def _calf_or_raise(exercise_id: str) -> bool:
    patterns = CAT[exercise_id].patterns
    return rs.Pattern.calf in patterns or exercise_id == "side_lying_leg_raise"


def test_no_pause_at_the_bottom_of_a_calf_raise_or_leg_raise_regression() -> None:
    for run in (simulate(HOME, WEEK, _mild_pain_weeks_3_and_4), simulate(GYM, WEEK, on_target)):
        doses = [rx for plan in run.plans() for s in plan.sessions for rx in s.exercises]
        raises = [rx for rx in doses if _calf_or_raise(rx.exercise) and rx.dose.tempo]
        assert all(rx.dose.tempo is not None and rx.dose.tempo.pause == 0 for rx in raises)
        steps = [s for w in run.weeks for s in w.steps if _calf_or_raise(s.next.exercise)]
        assert not [s.reason for s in steps if "at the bottom of each rep" in s.reason]
        held = [s for s in steps if "at the top of each rep" in s.reason]
        assert all(s.next.dose.tempo is not None and s.next.dose.tempo.top > 0 for s in held)
