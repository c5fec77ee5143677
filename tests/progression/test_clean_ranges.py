"""Every rep range a plan prints is one a coach writes: 8–10, 10–12, 12–15, never 8–9.

Reps past the top ("first do 2 reps more") land on the next clean range (12–15 goes to
15–20, 10–12 to 12–15), and a load step after them returns to a clean range (8–12, never
9–13). A calf's strength-phase fewer reps land clean (8–12, never 8–11; 6–10, never 6–9), a
step down for broken form goes to the clean range below (15–20 to 12–15), and an easier
variation with no more reps than before lands clean too (6–8, never 6–9). A slower tempo
traded for fewer reps lands on a clean range
(:data:`~runstrength._model.clean.COUNT_RANGES`); where none takes no longer, the trade is
closed, and where the session still has a few seconds the smallest clean range above the
time comes instead (8–12 slowed down to 3-0-1 is 8–10, a bridge's 10–15 is 10–12). A
harder variation trimmed to the time lands on a clean range too, and so does a range
that rises by one rep for want of time, loaded or not (10–15 goes to 12–15, never 11–16).
"""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.clean import COUNT_RANGES, count_past, is_clean
from runstrength._model.dose import IntRange
from runstrength._model.reason import parts_of
from tests.progression.simulate import Run, on_target, simulate
from tests.progression.test_clean_tempo_steps import BEGINNER_HOME, TEN_K_WEEKS
from tests.progression.test_personas import (
    GYM,
    HOME,
    WEEK,
    _form_breaks,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
    _stalls,
)
from tests.season.athletes import ADVANCED_WITH_LIFTS, BLOCK_A, BLOCK_C_WEEKS, block_a_running

_LOGGERS = {
    "P1 on target": (GYM, on_target, 12),
    "P2 stalls": (GYM, _stalls, 12),
    "P3 form breaks": (GYM, _form_breaks, 12),
    "P4 mild pain": (HOME, _mild_pain_weeks_3_and_4, 12),
    "P5 sharp pain": (GYM, _sharp_hinge, 16),
}


CAT = rs.default_catalog()


@functools.cache
def _run(name: str, minutes: int | None = None) -> Run:
    athlete, logger, weeks = _LOGGERS[name]
    if minutes is not None:
        athlete = rs.Athlete(
            level=athlete.level,
            equipment=athlete.equipment,
            sessions_per_week=athlete.sessions_per_week,
            session_minutes=minutes,
        )
    return simulate(athlete, WEEK, logger, weeks=weeks)


@functools.cache
def _block_b() -> rs.Block:
    return rs.build_block(BEGINNER_HOME, TEN_K_WEEKS)


def _slowed(run: Run) -> list[rs.Progression]:
    """Every step of ``run`` that slows the tempo and changes the reps with it."""
    return [
        step
        for week in run.weeks
        for _, rx, step in week.decisions()
        if step.change is rs.Change.tempo and step.next.dose.amount != rx.dose.amount
    ]


def _codes(step: rs.Progression) -> set[str]:
    return {part.code for part in parts_of(step.reason)}


def _doses(plan: rs.WeekPlan, exercise: str) -> list[rs.Dose]:
    return [rx.dose for s in plan.sessions for rx in s.exercises if rx.exercise == exercise]


def test_block_b_split_squat_never_slows_to_8_9_regression() -> None:
    # Block B week 3 read "split_squat 2 × 8–9 per side, tempo 3-0-1".
    doses = [d for plan in _block_b().weeks for d in _doses(plan, "split_squat")]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


def test_block_b_glute_bridge_never_slows_to_10_11_regression() -> None:
    # Block B week 6 read "glute_bridge 1 × 10–11, tempo 3-0-1".
    doses = [d for plan in _block_b().weeks for d in _doses(plan, "glute_bridge")]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


def test_pallof_press_never_slows_to_8_9_regression() -> None:
    # Personas 1, 3 and 5 held "pallof_press 2 × 8–9 per side, tempo 3-0-1" for weeks.
    for name in ("P1 on target", "P3 form breaks", "P5 sharp pain"):
        doses = [d for plan in _run(name).plans() for d in _doses(plan, "pallof_press")]
        slow = [d for d in doses if d.tempo is not None]
        assert doses, name
        assert all(is_clean(d.amount, d.unit) for d in slow), (name, [str(d) for d in slow])


def test_persona_4_bodyweight_squat_never_slows_to_10_11_regression() -> None:
    # Persona 4 read "bodyweight_squat 1 × 10–11, tempo 3-0-1".
    doses = [d for plan in _run("P4 mild pain").plans() for d in _doses(plan, "bodyweight_squat")]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(sorted(_LOGGERS)), st.sampled_from([None, 30, 35, 45]))
def test_a_slower_tempo_always_lands_on_a_clean_range_regression(
    name: str, minutes: int | None
) -> None:
    for step in _slowed(_run(name, minutes)):
        dose = step.next.dose
        assert is_clean(dose.amount, dose.unit), (name, minutes, step.reason)


def test_a_slower_tempo_in_block_b_lands_on_a_clean_range_regression() -> None:
    slowed = [
        dose
        for plan in _block_b().weeks
        for s in plan.sessions
        for rx in s.exercises
        if (dose := rx.dose).tempo is not None and dose.unit != "seconds"
    ]
    assert slowed
    assert all(is_clean(d.amount, d.unit) for d in slowed), [str(d) for d in slowed]


def test_a_tempo_that_fits_the_session_takes_the_smallest_clean_range_above_regression() -> None:
    # Where no clean range takes no longer, a session nearly at its minutes slows down on
    # the smallest clean range above the time (12–15 slowed is 10–12), saying so.
    steps = [
        step
        for name in sorted(_LOGGERS)
        for step in _slowed(_run(name))
        if _codes(step) & {"progress.clean.tempo_slow", "progress.clean.tempo_pause"}
        or "as much as the time allows" in step.reason.text
    ]
    assert steps
    for step in steps:
        assert step.next.dose.amount in COUNT_RANGES
        assert "as much as the time allows" in step.reason.text


def _persona_doses(name: str, exercise: str) -> list[rs.Dose]:
    return [d for plan in _run(name).plans() for d in _doses(plan, exercise)]


def test_persona_2_standing_calf_never_16_19_regression() -> None:
    # Persona 2 read "standing_calf_raise 2 × 16–19 @ 12 kg" after "first do 2 reps more".
    doses = _persona_doses("P2 stalls", "standing_calf_raise")
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


def test_persona_5_eccentric_calf_never_9_13_regression() -> None:
    # Persona 5 read "single_leg_eccentric_calf_raise 2 × 9–13 per side @ 6 kg".
    # (which calf raise the strength session holds depends on its other changes: each)
    calves = ("single_leg_eccentric_calf_raise", "single_leg_calf_raise", "standing_calf_raise")
    doses = [d for calf in calves for d in _persona_doses("P5 sharp pain", calf)]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


@given(
    st.sampled_from(sorted(COUNT_RANGES, key=lambda r: (r.lo, r.hi))),
    st.integers(1, 3),
    st.integers(5, 30),
)
def test_reps_past_the_top_land_on_the_next_clean_range_regression(
    amount: IntRange, by: int, cap: int
) -> None:
    # "first do 2 reps more than the top": 12–15 goes to 15–20, 10–12 to 12–15, never
    # 14–17 or 12–14; the top rises at least that much and the bottom never falls.
    landed = count_past(amount, by, cap)
    if landed is None:
        assert not [r for r in COUNT_RANGES if r.lo >= amount.lo and amount.hi + by <= r.hi <= cap]
        return
    assert landed in COUNT_RANGES
    assert landed.lo >= amount.lo
    assert amount.hi + by <= landed.hi <= cap


def test_first_do_two_reps_more_lands_on_a_clean_range_regression() -> None:
    steps = [
        step
        for name in sorted(_LOGGERS)
        for week in _run(name).weeks
        for step in week.steps
        if "reps more than the top" in step.reason.text
    ]
    assert steps
    assert all(is_clean(s.next.dose.amount, s.next.dose.unit) for s in steps)


def test_a_load_step_after_reps_past_the_top_returns_to_a_clean_range_regression() -> None:
    steps = [
        step
        for name in sorted(_LOGGERS)
        for week in _run(name).weeks
        for step in week.steps
        if "The range returns to its usual" in step.reason.text
    ]
    assert steps
    assert all(is_clean(s.next.dose.amount, s.next.dose.unit) for s in steps)


@functools.cache
def _blocks() -> tuple[rs.Block, ...]:
    return (
        rs.build_block(BLOCK_A, block_a_running()),
        _block_b(),
        rs.build_block(ADVANCED_WITH_LIFTS, BLOCK_C_WEEKS),
    )


def _own(rx: rs.Prescription) -> bool:
    """Whether ``rx`` holds its catalog dose's own range (a band walk's 12–20 steps)."""
    exercise = CAT[rx.exercise]
    return any(
        d.amount == rx.dose.amount and d.unit == rx.dose.unit for d in exercise.doses.values()
    )


ONE_LEG_EFFORT = IntRange(6, 9)
"""A one-leg main lift's strength-phase reps loaded by effort: a phase target of its own."""


def _unclean(plans: list[rs.WeekPlan]) -> list[str]:
    return [
        f"{rx.exercise} {rx.dose}"
        for plan in plans
        for s in plan.sessions
        for rx in s.exercises
        if not is_clean(rx.dose.amount, rx.dose.unit)
        and not _own(rx)
        and not (rx.choose_load and rx.dose.amount == ONE_LEG_EFFORT)
    ]


def test_block_a_eccentric_calf_strength_phase_lands_clean_not_6_9_regression() -> None:
    # Block A's strength phase read "single_leg_eccentric_calf_raise 2 × 6–9 per side".
    block = _blocks()[0]
    doses = [d for plan in block.weeks for d in _doses(plan, "single_leg_eccentric_calf_raise")]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


def test_block_c_calf_strength_phase_lands_on_a_clean_range_not_8_11_regression() -> None:
    # Block C read "single_leg_calf_raise 2 × 8–11 per side".
    block = _blocks()[2]
    doses = [d for plan in block.weeks for d in _doses(plan, "single_leg_calf_raise")]
    assert doses
    assert all(is_clean(d.amount, d.unit) for d in doses), [str(d) for d in doses]


def test_a_step_down_for_broken_form_lands_on_the_clean_range_below_regression() -> None:
    # Persona 3 read "the range drops by 2, from 15–20 to 13–18".
    steps = [
        step
        for week in _run("P3 form breaks").weeks
        for step in week.steps
        if step.change is rs.Change.regress and "the range drops" in step.reason.text
    ]
    assert steps
    assert all(is_clean(s.next.dose.amount, s.next.dose.unit) for s in steps)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(sorted(_LOGGERS)), st.sampled_from([None, 30, 35, 45]))
def test_every_range_a_log_driven_plan_prints_is_clean_regression(
    name: str, minutes: int | None
) -> None:
    # Every week's plan and the one after the last: a clean range, a single number, or the
    # catalog's own range for the exercise.
    assert _unclean(_run(name, minutes).plans()) == []


def test_every_range_a_block_prints_is_clean_regression() -> None:
    for block in _blocks():
        assert _unclean(list(block.weeks)) == []
