"""Tempo steps that read as a coach writes them, and body-weight lunges capped at 12.

A slow tempo traded for fewer reps lands on a clean range (12–15, 8–10, 6–8) wherever one
takes no longer and respects the exercise's floor, never on a two-rep range beside it
(15–16); a calf or leg raise's lowering slows to 4 s at most, after which the move goes
to its harder variation rather than a longer lowering. At body weight any lunge or split
squat stops at 12 reps [003], the forward lunge too.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.clean import COUNT_RANGES, clean_under
from runstrength._model.dose import IntRange
from runstrength._model.vocab import Level, Pattern
from runstrength._plan.stronger import light_lunge
from runstrength._progression.neutral import SWAP_LOWERING, SWAP_TOP
from runstrength._progression.policy import LUNGE_TOP, growth
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import GYM, WEEK

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


LUNGES = sorted(
    e.id
    for e in CAT
    if Pattern.lunge in e.patterns and not e.plyometric and e.doses.get(Level.intermediate)
)


@given(st.sampled_from(LUNGES), st.integers(6, 12))
def test_a_body_weight_lunge_stops_at_12_whatever_its_loaded_row_regression(
    name: str, top: int
) -> None:
    # The forward lunge's advanced row gives 12–15 for loaded work; at body weight any
    # lunge or split squat tops out at 12, as 003 gives them.
    lunge = CAT[name]
    dose = lunge.doses[Level.intermediate].with_amount(IntRange(min(top, 8), top))
    assert growth(lunge, dose)[1] <= LUNGE_TOP


def test_persona_forward_lunge_never_rises_past_12_at_body_weight_regression() -> None:
    # Persona 1's forward lunge rose "from 8–12 to 10–15" at body weight.
    run = simulate(GYM, WEEK, on_target, weeks=12)
    lunges = [
        step.next.dose
        for week in run.weeks
        for step in week.steps
        if step.next.exercise == "forward_lunge" and not step.next.dose.load_kg
    ]
    assert lunges
    assert all(dose.amount.hi <= LUNGE_TOP for dose in lunges)


def test_a_light_day_forward_lunge_at_its_top_takes_a_load_regression() -> None:
    # As the walking lunge and the split squat: a week at the top of 8–12 with dumbbells at
    # hand brings a load chosen by effort, not 10–15.
    lunge = CAT["forward_lunge"]
    dose = lunge.doses[Level.intermediate]
    rx = rs.Prescription(lunge.id, dose)
    athlete = rs.Athlete(level=Level.intermediate, equipment="gym")
    top = rs.ExerciseLog(exercise=lunge.id, sets=[rs.SetLog(reps=dose.amount.hi, rir=2)] * 2)
    heavier = light_lunge(rx, lunge, athlete, rs.Phase.general, rx, top)
    assert heavier.choose_load
    assert heavier.dose.amount == dose.amount
