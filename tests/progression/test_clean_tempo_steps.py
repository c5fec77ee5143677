"""Tempo steps that read as a coach writes them: clean ranges, and lowerings of 4 s at most.

A slow tempo traded for fewer reps lands on a clean range (12–15, 8–10, 6–8) wherever one
takes no longer and respects the exercise's floor, never on a two-rep range beside it
(15–16); a calf or leg raise's lowering slows to 4 s at most, after which the move goes
to its harder variation rather than a longer lowering.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.clean import COUNT_RANGES, clean_under
from runstrength._progression.neutral import SWAP_LOWERING, SWAP_TOP

CAT = rs.default_catalog()

BEGINNER_HOME = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
"""A beginner at home with a step, a chair and a wall: one 30-minute session a week."""

TEN_K_WEEKS = [
    rs.RunningWeek(tue=rs.Run("easy", 30), thu=rs.Run("easy", 30), sat=rs.Run("long", 50 + 3 * i))
    for i in range(11)
] + [rs.RunningWeek(tue=rs.Run("easy", 25), sat=rs.Run("race", 60))]


def _block_doses() -> list[tuple[int, str, rs.Dose]]:
    block = rs.build_block(BEGINNER_HOME, TEN_K_WEEKS)
    return [
        (n, rx.exercise, rx.dose)
        for n, plan in enumerate(block.weeks, 1)
        for session in plan.sessions
        for rx in session.exercises
    ]


@given(st.integers(0, 30), st.integers(0, 20))
def test_a_tempo_swap_lands_on_a_clean_range_that_takes_no_longer_regression(
    top: int, least: int
) -> None:
    amount = clean_under(top, least, SWAP_TOP)
    if amount is None:
        fits = [r for r in COUNT_RANGES if least <= r.lo < r.hi and SWAP_TOP <= r.hi <= top]
        assert fits == []
        return
    assert amount in COUNT_RANGES
    assert least <= amount.lo < amount.hi
    assert SWAP_TOP <= amount.hi <= top


def test_block_b_calf_raise_slows_to_a_clean_range_not_15_16_regression() -> None:
    calf = [
        dose
        for _, exercise, dose in _block_doses()
        if exercise == "bent_knee_calf_raise" and dose.tempo is not None
    ]
    assert calf
    assert all(str(dose.amount) != "15–16" for dose in calf)


def test_block_b_lowering_stops_at_four_seconds_regression() -> None:
    slow = [
        (n, exercise, str(dose))
        for n, exercise, dose in _block_doses()
        if dose.tempo is not None and dose.tempo.eccentric > SWAP_LOWERING
    ]
    assert slow == []
