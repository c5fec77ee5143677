"""Tests for the load math: 1RM formulas, the RTS chart and equipment load steps."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.errors import InputError
from runstrength._model.vocab import Equipment
from runstrength._progression.loadmath import (
    RTS_CHART,
    estimate_1rm,
    load_for,
    round_load,
    step_down,
    step_up,
)

if TYPE_CHECKING:
    from collections.abc import Callable

FORMULAS = ("epley", "brzycki", "lombardi", "rts")
MAX_TOTAL = {"epley": 100, "brzycki": 36, "lombardi": 100, "rts": 15}
MACHINES = (
    Equipment.leg_press,
    Equipment.leg_extension,
    Equipment.leg_curl,
    Equipment.seated_calf_machine,
    Equipment.cable_machine,
    Equipment.glute_drive_machine,
)
LOADABLE = (
    Equipment.dumbbell,
    Equipment.kettlebell,
    Equipment.barbell,
    Equipment.ankle_weights,
    *MACHINES,
)
UNLOADABLE = tuple(e for e in Equipment if e not in LOADABLE)

loads = st.floats(min_value=0, max_value=1000, allow_nan=False, allow_infinity=False)
gram_loads = st.integers(min_value=0, max_value=1_000_000).map(lambda grams: grams / 1000)
loadable = st.sampled_from(LOADABLE)


def texts(error: InputError) -> tuple[str, ...]:
    """Each problem of ``error`` as the line its message shows."""
    return tuple(map(str, error.problems))


# --- the RTS chart ------------------------------------------------------------------------


def test_rts_chart_is_the_published_row_extended_to_15() -> None:
    published = [100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0]
    extension = [65.3, 62.6, 59.9]  # the 12-rep RPE 9, 8 and 7 cells
    assert dict(RTS_CHART) == dict(enumerate(published + extension, start=1))
    assert all(isinstance(pct, float) for pct in RTS_CHART.values())


def test_rts_chart_is_read_only() -> None:
    with pytest.raises(TypeError):
        cast("dict[int, float]", RTS_CHART)[1] = 90.0
    assert RTS_CHART[1] == 100.0


@pytest.mark.parametrize(
    ("reps", "rir", "percent"),
    [
        (5, 0, 86.3),
        (1, 0, 100.0),
        (1, 1, 95.5),
        (12, 0, 68.0),
        (12, 1, 65.3),
        (12, 2, 62.6),
        (12, 3, 59.9),
        (3, 2, 86.3),
        (8, 2, 73.9),
    ],
)
def test_load_for_reads_the_chart(reps: int, rir: int, percent: float) -> None:
    assert load_for(100, reps, rir=rir) == pytest.approx(percent)
    assert load_for(200, reps, rir=rir) == pytest.approx(2 * percent)


def test_estimate_1rm_rts_inverts_the_chart() -> None:
    assert estimate_1rm(86.3, 5, formula="rts") == pytest.approx(100)
    assert estimate_1rm(95.5, 1, rir=1, formula="rts") == pytest.approx(100)
    assert estimate_1rm(59.9, 12, rir=3, formula="rts") == pytest.approx(100)


def test_load_for_zero_one_rm_is_zero() -> None:
    assert load_for(0, 5, rir=2) == 0.0


# --- the formulas ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "load", "reps", "expected"),
    [
        ("epley", 100, 10, 133.33),  # 100 * (1 + 10/30)
        ("epley", 80, 5, 93.33),  # 80 * (1 + 5/30)
        ("epley", 60, 2, 64.0),  # 60 * 32/30
        ("brzycki", 100, 10, 133.33),  # 100 * 36/27
        ("brzycki", 80, 5, 90.0),  # 80 * 36/32
        ("brzycki", 100, 36, 3600.0),  # 100 * 36/1, the last defined point
        ("lombardi", 100, 10, 125.89),  # 100 * 10**0.1 = 100 * 1.258925
        ("lombardi", 80, 5, 93.97),  # 80 * 5**0.1 = 80 * 1.174619
        ("lombardi", 50, 32, 70.71),  # 50 * 32**0.1 = 50 * 2**0.5
        ("rts", 100, 10, 135.32),  # 100 / 0.739
        ("rts", 68, 12, 100.0),  # 68 / 0.68
    ],
)
def test_formulas_at_hand_computed_points(
    formula: str, load: float, reps: int, expected: float
) -> None:
    result = estimate_1rm(load, reps, formula=formula)
    assert isinstance(result, float)
    assert result == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("formula", FORMULAS)
def test_reps_in_reserve_count_as_reps(formula: str) -> None:
    assert estimate_1rm(100, 8, rir=2, formula=formula) == estimate_1rm(100, 10, formula=formula)
    assert estimate_1rm(70, 1, rir=4, formula=formula) == estimate_1rm(70, 5, formula=formula)


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("load", [0, 1, 42.5, 100, 187.3])
def test_one_rep_at_rir_0_is_the_load(formula: str, load: float) -> None:
    result = estimate_1rm(load, 1, formula=formula)
    assert result == load
    assert isinstance(result, float)


def test_estimates_are_not_rounded() -> None:
    assert estimate_1rm(100, 10) == 100 * (1 + 10 / 30)
    assert load_for(100, 4) == pytest.approx(89.2)
    assert load_for(77, 4) != round(load_for(77, 4), 1)


# --- equipment steps ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("equipment", "kg", "expected"),
    [
        (Equipment.dumbbell, 0.0, 0.0),
        (Equipment.dumbbell, 0.9, 0.0),  # below the lightest: bodyweight
        (Equipment.dumbbell, 1.0, 1.0),
        (Equipment.dumbbell, 7.6, 7.0),
        (Equipment.dumbbell, 10.0, 10.0),
        (Equipment.dumbbell, 11.9, 10.0),
        (Equipment.dumbbell, 12.0, 12.0),
        (Equipment.dumbbell, 13.99, 12.0),
        (Equipment.dumbbell, 31.0, 30.0),
        (Equipment.barbell, 12.5, 12.5),
        (Equipment.barbell, 2.4, 0.0),
        (Equipment.barbell, 61.2, 60.0),
        (Equipment.barbell, 59.99999999999999, 60.0),  # float noise reads as 60 kg
        (Equipment.barbell, 0.1 * 3 * 25, 7.5),  # 7.499999999999999
        (Equipment.barbell, 102.4, 100.0),
        (Equipment.kettlebell, 3.9, 0.0),
        (Equipment.kettlebell, 4.0, 4.0),
        (Equipment.kettlebell, 17.0, 16.0),
        (Equipment.kettlebell, 23.9, 20.0),
        (Equipment.kettlebell, 47.0, 40.0),
        (Equipment.kettlebell, 80.0, 48.0),
        (Equipment.ankle_weights, 0.4, 0.0),
        (Equipment.ankle_weights, 0.5, 0.5),
        (Equipment.ankle_weights, 1.7, 1.5),
        (Equipment.ankle_weights, 3.0, 3.0),
        *((machine, 4.9, 0.0) for machine in MACHINES),
        *((machine, 47.5, 45.0) for machine in MACHINES),
        *((machine, 50.0, 50.0) for machine in MACHINES),
    ],
)
def test_round_load_examples(equipment: Equipment, kg: float, expected: float) -> None:
    result = round_load(kg, equipment)
    assert result == expected
    assert isinstance(result, float)


def test_round_load_reads_to_the_nearest_gram() -> None:
    assert round_load(2.499, Equipment.barbell) == 0.0
    assert round_load(2.4996, Equipment.barbell) == 2.5


@pytest.mark.parametrize(
    ("equipment", "kg", "up", "down"),
    [
        (Equipment.dumbbell, 0.0, 1.0, 0.0),
        (Equipment.dumbbell, 1.0, 2.0, 0.0),
        (Equipment.dumbbell, 9.0, 10.0, 8.0),
        (Equipment.dumbbell, 10.0, 12.0, 9.0),
        (Equipment.dumbbell, 10.5, 12.0, 10.0),
        (Equipment.dumbbell, 12.0, 14.0, 10.0),
        (Equipment.barbell, 0.0, 2.5, 0.0),
        (Equipment.barbell, 60.0, 62.5, 57.5),
        (Equipment.barbell, 61.0, 62.5, 60.0),
        (Equipment.kettlebell, 0.0, 4.0, 0.0),
        (Equipment.kettlebell, 4.0, 6.0, 0.0),
        (Equipment.kettlebell, 16.0, 20.0, 14.0),
        (Equipment.kettlebell, 18.0, 20.0, 16.0),
        (Equipment.kettlebell, 40.0, 48.0, 36.0),
        (Equipment.ankle_weights, 0.0, 0.5, 0.0),
        (Equipment.ankle_weights, 0.5, 1.0, 0.0),
        (Equipment.ankle_weights, 2.2, 2.5, 2.0),
        *((machine, 0.0, 5.0, 0.0) for machine in MACHINES),
        *((machine, 45.0, 50.0, 40.0) for machine in MACHINES),
        *((machine, 47.0, 50.0, 45.0) for machine in MACHINES),
    ],
)
def test_step_up_and_step_down_examples(
    equipment: Equipment, kg: float, up: float, down: float
) -> None:
    assert step_up(kg, equipment) == up
    assert step_down(kg, equipment) == down


def test_kettlebells_stop_at_48_kg() -> None:
    assert step_down(60, Equipment.kettlebell) == 48.0
    with pytest.raises(InputError, match=r"step_up: no kettlebell load above 48 kg \(got kg=48\)"):
        step_up(48, Equipment.kettlebell)


def test_plain_equipment_strings_work_like_members() -> None:
    assert round_load(11.9, cast("Equipment", "dumbbell")) == 10.0


# --- properties -----------------------------------------------------------------------------


@given(loads, st.integers(1, 15), st.integers(0, 14))
def test_load_for_inverts_rts_estimate(load: float, reps: int, rir: int) -> None:
    assume(reps + rir <= 15)
    one_rm = estimate_1rm(load, reps, rir=rir, formula="rts")
    assert load_for(one_rm, reps, rir=rir) == pytest.approx(load, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("formula", FORMULAS)
@given(load=loads, data=st.data())
def test_estimate_is_monotonic_in_reps(formula: str, load: float, data: st.DataObject) -> None:
    reps = st.integers(1, MAX_TOTAL[formula])
    low, high = sorted((data.draw(reps), data.draw(reps)))
    assert estimate_1rm(load, low, formula=formula) <= estimate_1rm(load, high, formula=formula)
    assert estimate_1rm(load, low, formula=formula) >= load


@given(gram_loads, loadable)
def test_round_load_never_rounds_up(kg: float, equipment: Equipment) -> None:
    assert round_load(kg, equipment) <= kg


@given(loads, loadable)
def test_round_load_is_within_half_a_gram_of_below_and_a_fixed_point(
    kg: float, equipment: Equipment
) -> None:
    once = round_load(kg, equipment)
    assert 0.0 <= once <= kg + 0.0005
    assert round_load(once, equipment) == once


@given(loads, loadable)
def test_step_up_is_makeable_and_above(kg: float, equipment: Equipment) -> None:
    if equipment is Equipment.kettlebell:
        assume(kg < 47.999)
    assume(kg < 990)  # no step passes the 1,000 kg a dose holds
    up = step_up(kg, equipment)
    assert up > kg
    assert round_load(up, equipment) == up


@given(gram_loads, loadable)
def test_step_up_is_one_step(kg: float, equipment: Equipment) -> None:
    if equipment is Equipment.kettlebell:
        assume(kg < 48)
    assume(kg < 990)  # no step passes the 1,000 kg a dose holds
    assert step_down(step_up(kg, equipment), equipment) <= kg


@given(loads, loadable)
def test_step_down_is_makeable_and_below(kg: float, equipment: Equipment) -> None:
    down = step_down(kg, equipment)
    assert down < kg or down == 0.0
    assert round_load(down, equipment) == down


# --- invalid input ----------------------------------------------------------------------------

INVALID: list[tuple[Callable[[], object], str]] = [
    (lambda: estimate_1rm(-1, 5), "estimate_1rm: load_kg must be a finite number >= 0 (got -1)"),
    (lambda: estimate_1rm(math.nan, 5), "load_kg must be a finite number >= 0 (got nan)"),
    (lambda: estimate_1rm(math.inf, 5), "load_kg must be a finite number >= 0 (got inf)"),
    (lambda: estimate_1rm(100, 0), "estimate_1rm: reps must be >= 1 (got 0)"),
    (lambda: estimate_1rm(100, 5, rir=-1), "estimate_1rm: rir must be >= 0 (got -1)"),
    (
        lambda: estimate_1rm(100, 30, rir=7, formula="brzycki"),
        "reps + rir must be <= 36 for formula 'brzycki' (got 37)",
    ),
    (
        lambda: estimate_1rm(100, 16, formula="rts"),
        "reps + rir must be <= 15, the RTS chart covers 1-15 total reps (reps + rir) (got 16)",
    ),
    (
        lambda: estimate_1rm(100, 5, formula="mayhew"),
        "formula must be one of epley, brzycki, lombardi, rts (got 'mayhew')",
    ),
    (
        lambda: estimate_1rm(1.5e308, 10),
        "estimate_1rm: load_kg 1.5e+308 at reps + rir 10 overflows",
    ),
    (lambda: load_for(-0.5, 5), "load_for: one_rm_kg must be a finite number >= 0 (got -0.5)"),
    (lambda: load_for(100, 0), "load_for: reps must be >= 1 (got 0)"),
    (lambda: load_for(100, 5, rir=-2), "load_for: rir must be >= 0 (got -2)"),
    (lambda: load_for(100, 12, rir=4), "load_for: reps + rir must be <= 15, the RTS chart"),
    (lambda: round_load(-1, Equipment.dumbbell), "round_load: kg must be a finite number >= 0"),
    (lambda: round_load(math.inf, Equipment.barbell), "round_load: kg must be a finite number"),
    (lambda: round_load(10, Equipment.bench), "round_load: equipment 'bench' cannot carry load"),
    (
        lambda: round_load(10, cast("Equipment", "anvil")),
        "round_load: equipment must be one of dumbbell, kettlebell",
    ),
    (lambda: estimate_1rm(10**400, 5), "load_kg must be a finite number >= 0 (got a 401-digit"),
    (lambda: estimate_1rm(10, 10**5000), "at reps + rir a 5,001-digit number overflows"),
    (lambda: estimate_1rm(10, -(10**5000)), "reps must be >= 1 (got a negative 5,001-digit"),
    (lambda: load_for(10, 5, rir=10**5000), "load_for: reps + rir must be <= 15, the RTS chart"),
    (lambda: round_load(10**400, Equipment.dumbbell), "round_load: kg must be a finite number"),
    (lambda: step_up(10, Equipment.wall), "step_up: equipment 'wall' cannot carry load"),
    (lambda: step_up(math.nan, Equipment.barbell), "step_up: kg must be a finite number"),
    (lambda: step_down(10, Equipment.mini_band), "step_down: equipment 'mini_band' cannot carry"),
    (lambda: step_down(-3, Equipment.leg_press), "step_down: kg must be a finite number >= 0"),
]


@pytest.mark.parametrize(("call", "message"), INVALID)
def test_invalid_input_raises_input_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(InputError) as caught:
        call()
    assert isinstance(caught.value, ValueError)
    assert any(message in problem for problem in texts(caught.value)), texts(caught.value)


WRONG_TYPES: list[tuple[Callable[[], object], str]] = [
    (lambda: estimate_1rm(True, 5), "estimate_1rm: load_kg must be a number, not bool"),
    (
        lambda: estimate_1rm(cast("float", "100"), 5),
        "estimate_1rm: load_kg must be a number, not str",
    ),
    (lambda: estimate_1rm(100, True), "estimate_1rm: reps must be an int, not bool"),
    (lambda: estimate_1rm(100, cast("int", 2.0)), "estimate_1rm: reps must be an int, not float"),
    (lambda: estimate_1rm(100, 5, rir=False), "estimate_1rm: rir must be an int, not bool"),
    (
        lambda: estimate_1rm(100, 5, formula=cast("str", 5)),
        "estimate_1rm: formula must be a str, not int",
    ),
    (lambda: load_for(cast("float", None), 5), "load_for: one_rm_kg must be a number, not None"),
    (
        lambda: round_load(10, cast("Equipment", 5)),
        "round_load: equipment must be an Equipment or a str, not int",
    ),
    (
        lambda: step_up(cast("float", [1]), Equipment.dumbbell),
        "step_up: kg must be a number, not list",
    ),
]


@pytest.mark.parametrize(("call", "message"), WRONG_TYPES)
def test_wrong_types_raise_type_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize("equipment", UNLOADABLE)
@pytest.mark.parametrize("func", [round_load, step_up, step_down])
def test_unloadable_equipment_is_named(
    func: Callable[[float, Equipment], float], equipment: Equipment
) -> None:
    with pytest.raises(InputError, match=f"equipment '{equipment}' cannot carry load"):
        func(10, equipment)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InputError) as caught:
        estimate_1rm(-1, 0, rir=-1)
    assert len(caught.value.problems) == 3
    with pytest.raises(InputError) as caught:
        round_load(-1, Equipment.wall)
    assert len(caught.value.problems) == 2


def test_valid_edges_do_not_raise() -> None:
    assert estimate_1rm(100, 36, formula="brzycki") == pytest.approx(3600)
    assert estimate_1rm(100, 15, formula="rts") == pytest.approx(100 / 0.599)
    assert load_for(100, 1, rir=14) == pytest.approx(59.9)
    assert estimate_1rm(100, 500) == pytest.approx(100 * (1 + 500 / 30))


def test_step_up_never_passes_the_heaviest_load_a_dose_holds_regression() -> None:
    with pytest.raises(rs.InputError, match="no load above 1000 kg"):
        step_up(1000.0, rs.Equipment.barbell)
    heavy = rs.Prescription("box_squat", rs.Dose(sets=1, reps=1, rest_seconds=0, load_kg=1000.0))
    step = rs.progress(heavy, rs.ExerciseLog(exercise="box_squat", sets=[rs.SetLog(reps=1)]))
    assert step.next.dose.load_kg is not None
    assert step.next.dose.load_kg <= 1000.0
