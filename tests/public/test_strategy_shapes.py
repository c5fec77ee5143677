"""Strategies that share their making: per-unit tables and the week plans inside blocks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import runstrength as rs
from runstrength import strategies as rst

UNITS = ("reps", "seconds", "steps")

BY_UNIT: list[Callable[..., st.SearchStrategy[object]]] = [rst.doses, rst.set_logs]


@pytest.mark.parametrize("make", BY_UNIT, ids=lambda f: f.__name__)
@pytest.mark.parametrize("unit", ["kg", "", 1, ("reps",)])
def test_unit_strategies_refuse_a_bad_unit_in_the_same_words(
    make: Callable[..., st.SearchStrategy[object]], unit: object
) -> None:
    with pytest.raises(InvalidArgument) as info:
        make(unit=unit)
    assert str(info.value) == f"unit={unit!r} must be 'reps', 'seconds', 'steps' or None"


@pytest.mark.parametrize("make", BY_UNIT, ids=lambda f: f.__name__)
@pytest.mark.parametrize("unit", [None, *UNITS])
def test_unit_strategies_are_built_once_per_unit(
    make: Callable[..., st.SearchStrategy[object]], unit: str | None
) -> None:
    assert make(unit=unit) is make(unit=unit)
    assert make() is make(unit=None)


@pytest.mark.parametrize("unit", UNITS)
@given(data=st.data())
def test_set_logs_of_a_unit_count_only_that_unit(unit: str, data: st.DataObject) -> None:
    logged = data.draw(rst.set_logs(unit=unit))  # type: ignore[arg-type]
    counts = {"reps": logged.reps, "seconds": logged.seconds, "steps": logged.steps}
    assert [name for name, value in counts.items() if value is not None] == [unit]


@settings(max_examples=30, deadline=None)
@given(rst.week_plans())
def test_week_plans_hold_at_most_eight_sessions_and_eight_decisions(plan: rs.WeekPlan) -> None:
    assert len(plan.sessions) <= 8
    assert len(plan.decisions) <= 8


@settings(max_examples=20, deadline=None)
@given(rst.blocks(max_weeks=4))
def test_block_weeks_hold_at_most_three_sessions_and_seven_decisions(block: rs.Block) -> None:
    assert 1 <= len(block.weeks) <= 4
    assert all(len(week.sessions) <= 3 for week in block.weeks)
    assert all(len(week.decisions) <= 7 for week in block.weeks)
