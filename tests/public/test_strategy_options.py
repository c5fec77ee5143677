"""The options of ``athletes`` and ``valid_week_plans``: every value or strategy is honoured."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import runstrength as rs
from runstrength import strategies as rst

W = rs.Weekday

FIXED: list[tuple[str, object, Callable[[rs.Athlete], bool]]] = [
    ("level", rs.Level.advanced, lambda a: a.level is rs.Level.advanced),
    ("level", "beginner", lambda a: a.level is rs.Level.beginner),
    ("equipment", "gym", lambda a: a.equipment == rs.kit("gym")),
    ("equipment", [rs.Equipment.box], lambda a: a.equipment == {rs.Equipment.box}),
    ("available_days", [W.mon, W.thu], lambda a: a.available_days == {W.mon, W.thu}),
    ("available_days", ["sat"], lambda a: a.available_days == {W.sat}),
    ("sessions_per_week", 3, lambda a: a.sessions_per_week == 3),
    ("session_minutes", 45, lambda a: a.session_minutes == 45),
    ("injuries", [rs.Injury.knee], lambda a: a.injuries == {rs.Injury.knee}),
    ("injuries", [], lambda a: a.injuries == frozenset()),
    ("goals", ["hills", "speed"], lambda a: a.goals == {rs.Goal.hills, rs.Goal.speed}),
    (
        "lifts",
        {"goblet_squat": rs.Lift(load_kg=20, reps=10)},
        lambda a: dict(a.lifts) == {"goblet_squat": rs.Lift(load_kg=20, reps=10)},
    ),
    ("lifts", {}, lambda a: not a.lifts),
]


@pytest.mark.parametrize(
    ("name", "value", "holds"), FIXED, ids=[f"{n}={v!r}"[:40] for n, v, _ in FIXED]
)
@settings(max_examples=25)
@given(data=st.data())
def test_athletes_honour_a_value_for_every_option(
    name: str, value: object, holds: Callable[[rs.Athlete], bool], data: st.DataObject
) -> None:
    athlete = data.draw(rst.athletes(**{name: value}))  # type: ignore[arg-type]
    assert holds(athlete)


DRAWN: list[tuple[str, st.SearchStrategy[object], Callable[[rs.Athlete], bool]]] = [
    ("level", st.sampled_from([rs.Level.beginner]), lambda a: a.level is rs.Level.beginner),
    ("equipment", st.just(rs.kit("none")), lambda a: a.equipment == frozenset()),
    (
        "available_days",
        st.frozensets(st.sampled_from([W.tue, W.wed]), min_size=1),
        lambda a: a.available_days <= {W.tue, W.wed},
    ),
    ("sessions_per_week", st.sampled_from([1, 2]), lambda a: a.sessions_per_week in (1, 2)),
    ("session_minutes", st.integers(60, 70), lambda a: 60 <= a.session_minutes <= 70),
    (
        "injuries",
        st.frozensets(st.sampled_from([rs.Injury.hip]), min_size=1),
        lambda a: a.injuries == {rs.Injury.hip},
    ),
    ("goals", st.just(frozenset()), lambda a: a.goals == frozenset()),
    ("lifts", st.just({}), lambda a: not a.lifts),
]


@pytest.mark.parametrize(("name", "strategy", "holds"), DRAWN, ids=[n for n, _, _ in DRAWN])
@settings(max_examples=25)
@given(data=st.data())
def test_athletes_draw_every_option_from_a_strategy_given(
    name: str,
    strategy: st.SearchStrategy[object],
    holds: Callable[[rs.Athlete], bool],
    data: st.DataObject,
) -> None:
    athlete = data.draw(rst.athletes(**{name: strategy}))  # type: ignore[arg-type]
    assert holds(athlete)


@settings(max_examples=25)
@given(rst.athletes(level="advanced", sessions_per_week=3, session_minutes=60, goals=[]))
def test_athletes_honour_several_options_at_once(athlete: rs.Athlete) -> None:
    assert (athlete.level, athlete.sessions_per_week, athlete.session_minutes) == (
        rs.Level.advanced,
        3,
        60,
    )
    assert not athlete.goals


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sessions_per_week", 4),
        ("sessions_per_week", 0),
        ("session_minutes", 5),
        ("available_days", []),
        ("equipment", "spaceship"),
        ("level", "expert"),
        ("injuries", ["elbow"]),
        ("goals", ["fame"]),
        ("sessions_per_week", "2"),
    ],
)
def test_athletes_refuse_a_value_no_athlete_can_have_when_called(name: str, value: object) -> None:
    with pytest.raises(InvalidArgument, match=r"^athletes\(\): "):
        rst.athletes(**{name: value})  # type: ignore[arg-type]


def test_athletes_with_no_options_are_as_before() -> None:
    assert repr(rst.athletes()) == repr(rst.athletes(level=None, equipment=None))


# --------------------------------------------------------------------------- valid plans


def errors(plan: rs.WeekPlan, athlete: rs.Athlete, week: rs.RunningWeek) -> list[rs.Violation]:
    return [v for v in rs.validate(plan, athlete, week) if v.severity is rs.Severity.error]


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_valid_week_plans_pass_validate_with_no_errors(data: st.DataObject) -> None:
    athlete = data.draw(rst.athletes())
    week = data.draw(rst.running_weeks())
    plan = data.draw(rst.valid_week_plans(athlete=athlete, week=week))
    assert errors(plan, athlete, week) == []
    assert plan == rs.build_week(athlete, week)


@settings(max_examples=25, deadline=None)
@given(rst.valid_week_plans())
def test_valid_week_plans_by_default_are_plans_of_any_athlete_and_week(plan: rs.WeekPlan) -> None:
    assert [d.day for d in plan.decisions] == list(W)
    assert len(plan.sessions) <= 3


@settings(max_examples=25, deadline=None)
@given(
    rst.valid_week_plans(
        athlete=rst.athletes(level="beginner", sessions_per_week=1),
        week=rs.RunningWeek(sun="long"),
    )
)
def test_valid_week_plans_draw_from_the_strategies_and_values_given(plan: rs.WeekPlan) -> None:
    assert len(plan.sessions) <= 1
    assert all(s.day is not W.sat or s.focus is rs.Focus.light for s in plan.sessions)


@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_valid_week_plans_use_the_catalog_given(data: st.DataObject) -> None:
    catalog = rs.default_catalog()
    plan = data.draw(rst.valid_week_plans(catalog=catalog))
    assert all(i in catalog for s in plan.sessions for i in s.exercise_ids)


def test_valid_week_plans_refuse_what_is_not_a_catalog() -> None:
    with pytest.raises(InvalidArgument, match="must be a Catalog"):
        rst.valid_week_plans(catalog="packaged")  # type: ignore[arg-type]
