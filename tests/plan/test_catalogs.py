"""Planning with any valid catalog: odd patterns, tiny catalogs, nothing that fits.

Whatever the catalog holds, planning ends without an exception and breaks no error rule.
"""

# mypy: allow-untyped-calls
# (dask's bag constructors and compute carry no type hints)

from __future__ import annotations

import attrs
import dask
import dask.bag as db
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
import runstrength.dask as rsd
from runstrength import strategies as rst
from runstrength._plan.families import PATTERN_FAMILY, Family, family

DOSE = rs.Dose(sets=2, reps=(10, 12), rest_seconds=45)
SEASON_CODES = frozenset({"RS407", "RS408", "RS409", "RS410"})
OLDER_RULES = [
    r.code for r in rs.rules() if r.code not in SEASON_CODES and r.scopes != ("progression",)
]
"""Every rule but the season rules, which today's ``build_block`` does not plan by yet."""


def only(*patterns: str) -> rs.Exercise:
    """An exercise for everyone, with no equipment, whose patterns are just these."""
    return rs.Exercise(
        id="side_shuffle",
        name="Side shuffle",
        patterns=patterns,
        primary=["glute_medius"],
        equipment=[],
        level="beginner",
        plyometric="plyometric" in patterns,
        doses=dict.fromkeys(rs.Level, DOSE),
    )


ATHLETE = rs.Athlete(level=rs.Level.beginner)
WEEK = rs.RunningWeek(tue="easy", thu="easy", sun="long")


def test_every_pattern_names_a_family() -> None:
    assert set(PATTERN_FAMILY) == set(rs.Pattern)
    for pattern in rs.Pattern:
        assert family(only(str(pattern))) is PATTERN_FAMILY[pattern]
    assert PATTERN_FAMILY[rs.Pattern.lateral] is Family.other


def test_lateral_only_exercise_does_not_crash_planning() -> None:
    catalog = rs.Catalog([only("lateral")])
    plan = rs.build_week(ATHLETE, WEEK, catalog=catalog)
    assert plan.sessions == ()
    assert plan.shortfalls
    block = rs.build_block(ATHLETE, [WEEK, WEEK], catalog=catalog)
    assert [attrs.evolve(w, phase=None) for w in block.weeks] == [plan, plan]
    assert list(rs.build_weeks([(ATHLETE, WEEK)], catalog=catalog)) == [plan]
    requests = db.from_sequence([(ATHLETE, WEEK)] * 2, npartitions=2)
    with dask.config.set(scheduler="sync"):
        assert rsd.plan_bag(requests, catalog=catalog).compute() == [plan, plan]


def test_a_lateral_only_exercise_joins_a_full_catalog_as_its_own_family() -> None:
    extra = rs.Exercise(
        id="side_shuffle",
        name="Side shuffle",
        patterns=["lateral"],
        primary=["adductors", "glute_medius"],
        equipment=[],
        level="beginner",
        doses=dict.fromkeys(rs.Level, DOSE),
    )
    catalog = rs.Catalog([*rs.default_catalog(), extra])
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="none", sessions_per_week=3)
    plan = rs.build_week(athlete, WEEK, catalog=catalog)
    assert plan.sessions
    errors = [
        v
        for v in rs.validate(plan, athlete, WEEK, catalog=catalog)
        if v.severity is rs.Severity.error
    ]
    assert errors == []


@pytest.mark.fuzz
@pytest.mark.slow
@given(
    catalog=rst.catalogs(),
    athlete=rst.athletes(),
    weeks=st.lists(rst.running_weeks(), min_size=1, max_size=4),
)
def test_any_catalog_plans_without_an_exception(
    catalog: rs.Catalog, athlete: rs.Athlete, weeks: list[rs.RunningWeek]
) -> None:
    week = weeks[0]
    plan = rs.build_week(athlete, week, catalog=catalog)
    assert len(plan.sessions) <= athlete.sessions_per_week
    found = rs.validate(plan, athlete, week, catalog=catalog)
    assert [v for v in found if v.severity is rs.Severity.error] == []
    block = rs.build_block(athlete, weeks, catalog=catalog)
    assert len(block.weeks) == len(weeks)
    found = rs.validate_block(block, athlete, catalog=catalog, rules=OLDER_RULES)
    assert [v for v in found if v.severity is rs.Severity.error] == []
    requests = [(athlete, w) for w in weeks]
    plans = list(rs.build_weeks(requests, catalog=catalog))
    assert len(plans) == len(weeks)
    assert plans[0] == plan
