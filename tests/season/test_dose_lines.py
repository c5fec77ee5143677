"""Dose lines a coach reads right: each load and note describes the set the watch counts.

The watch counts the bottom of the reps; a load from a reported lift is the one for that
set with the middle of the reps in reserve (Helms et al. 2016), and its note says so.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.dose import effort_reps
from runstrength._model.reason import parts_of
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._plan.choose import Profile
from runstrength._plan.loads import load_item, working_load
from runstrength._progression.loadmath import RTS_CHART, estimate_1rm, step_up
from tests.season.athletes import ADVANCED_WITH_LIFTS

CATALOG = rs.default_catalog()

BLOCK_C_WEEKS = [
    rs.RunningWeek(
        mon=rs.Run("easy", 50),
        tue=rs.Run("intervals", 70),
        thu=rs.Run("tempo", 60),
        sat=rs.Run("easy", 50),
        sun=rs.Run("long", 110),
    )
] * 6 + [
    rs.RunningWeek(tue=rs.Run("intervals", 50), thu=rs.Run("easy", 40), sun=rs.Run("long", 80)),
    rs.RunningWeek(tue=rs.Run("easy", 40), thu=rs.Run("easy", 30), sat=rs.Run("race", 90)),
]


def _chart_load(one_rm: float, times: float) -> float:
    """The RTS chart's load for ``times`` reps in all, halfway between rows at a half."""
    low, high = int(times), -int(-times // 1)
    return one_rm * (RTS_CHART[low] + RTS_CHART[high]) / 200


@given(
    lift_kg=st.integers(20, 200),
    lift_reps=st.integers(1, 10),
    lift_rir=st.integers(0, 3),
    low=st.integers(3, 10),
    spread=st.integers(0, 4),
    rir_low=st.integers(0, 3),
    rir_spread=st.integers(0, 1),
)
def test_a_load_from_a_reported_lift_describes_the_set_the_watch_counts_regression(
    lift_kg: int,
    lift_reps: int,
    lift_rir: int,
    low: int,
    spread: int,
    rir_low: int,
    rir_spread: int,
) -> None:
    # Block C wk 1: "back_squat 3 × 6–8 @ 92.5 kg … 8 reps with 2 in reserve" on a 2–3 RIR
    # line: the load was worked out for the top of the range, not the watch's 6 reps.
    lift = rs.Lift(load_kg=lift_kg, reps=lift_reps, rir=lift_rir)
    athlete = rs.Athlete(level="advanced", equipment="gym", lifts={"back_squat": lift})
    profile = Profile(
        athlete.level, athlete.equipment, athlete.injuries, athlete.goals, lifts=athlete.lifts
    )
    rir = rs.IntRange(rir_low, rir_low + rir_spread)
    dose = rs.Dose(sets=3, reps=(low, low + spread), rest_seconds=120, rir=rir)
    exercise = CATALOG["back_squat"]
    load, note = working_load(exercise, dose, profile, DEFAULT_SETTINGS)
    if effort_reps(dose.amount, rir) > len(RTS_CHART):
        assert load is None
        return
    one_rm = estimate_1rm(lift_kg, lift_reps, rir=lift_rir)
    wanted = _chart_load(one_rm, effort_reps(dose.amount, rir))
    item = load_item(exercise, profile)
    assert item is not None
    if load is None:
        assert step_up(0, item) > wanted + 1e-9
        return
    # The heaviest load the bar makes at or below the watch's set's load.
    assert load <= wanted + 1e-9 < step_up(load, item)
    assert note is not None
    (said,) = [p for p in parts_of(note) if p.code.startswith("load.")]
    assert said.params["reps"] == dose.amount.lo
    assert said.params["rir"] == str(rir)
    assert f": {dose.amount.lo} reps with {rir} in reserve." in note.text


def _lines(block: rs.Block) -> list[rs.Prescription]:
    return [rx for plan in block.weeks for s in plan.sessions for rx in s.exercises]


def test_block_c_load_notes_name_the_watchs_set_regression() -> None:
    # Block C wks 1–3: "10 reps with 3 in reserve" on a 6–10 line, and "choose a heavier
    # load that leaves 1–3 in reserve at 11" on a calf 8–11 line.
    block = rs.build_block(ADVANCED_WITH_LIFTS, BLOCK_C_WEEKS)
    seen = set()
    for rx in _lines(block):
        assert rx.reason is None or "in reserve at" not in rx.reason.text
        for part in () if rx.reason is None else parts_of(rx.reason):
            if part.code in {"load.for_set", "load.for_set_in_reserve"}:
                seen.add(part.code)
                assert part.params["reps"] == rx.dose.amount.lo
                assert part.params["rir"] == str(rx.dose.rir)
                assert part.params["load_kg"] == rx.dose.load_kg
            if part.code == "phase.strength.fewer_reps.could_lift":
                seen.add(part.code)
                assert part.params["reps"] == rx.dose.amount.lo
    assert seen
    first = {rx.exercise: rx.dose for rx in block.weeks[0].sessions[0].exercises}
    # 100 kg × 5 with 2 in reserve: about 123 kg 1RM; 6 reps with 2–3 in reserve is 95 kg.
    assert first["back_squat"].load_kg == 95
