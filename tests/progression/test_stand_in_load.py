"""A stand-in for a stalled lift carries its load only to work on as many legs."""

from __future__ import annotations

import runstrength as rs
from runstrength._model.reason import text_of
from tests.progression.simulate import simulate
from tests.progression.test_personas import GYM, MAIN, WEEK, _stalls

CAT = rs.default_catalog()


def _swaps() -> list[rs.Progression]:
    run = simulate(GYM, WEEK, _stalls, weeks=17)
    return [
        step
        for week in run.weeks
        for _, rx, step in week.decisions()
        if rx.exercise == MAIN
        and step.next.exercise != MAIN
        and "for 4 weeks" in text_of(step.reason)
    ]


def test_a_goblet_squat_standing_in_for_a_split_squat_holds_its_dumbbell_regression() -> None:
    # Persona 2 week 12: "Swap it for 4 weeks: Goblet squat at 10 kg", the Bulgarian split
    # squat's one dumbbell: a two-legged squat that light is a month's deload of the main
    # lift. A stand-in on two legs for a one-leg lift chooses its load by effort instead.
    swaps = _swaps()
    assert swaps
    for step in swaps:
        stand_in = CAT[step.next.exercise]
        if rs.Pattern.single_leg in stand_in.patterns:
            continue
        assert step.next.dose.load_kg is None, text_of(step.reason)
        assert step.next.choose_load, text_of(step.reason)
        assert "choosing a load that leaves 2 in reserve" in text_of(step.reason)
