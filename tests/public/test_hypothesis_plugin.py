"""The hypothesis plugin: ``st.from_type`` knows every runstrength value type.

runstrength declares a ``hypothesis`` entry point, so importing hypothesis registers a
strategy for each public value type, with no set-up in the user's tests.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs

VALUE_TYPES: list[type[Any]] = [getattr(rs, name) for name in rs.VALUE_TYPES]
LARGE = {rs.Block, rs.Catalog, rs.WeekPlan}
"""Types whose values take many draws each: they get fewer examples to keep the suite fast."""


def test_the_entry_point_is_declared() -> None:
    (entry,) = (
        e for e in importlib.metadata.entry_points(group="hypothesis") if e.name == "runstrength"
    )
    assert entry.value == "runstrength._hypothesis_plugin:_hypothesis_setup_hook"
    assert callable(entry.load())


@pytest.mark.parametrize("plugins", [True, False], ids=["plugins", "no_plugins"])
def test_importing_hypothesis_runs_the_plugin(plugins: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    if not plugins:
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    script = "import sys, hypothesis; print('runstrength' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=True, env=env, text=True
    )
    assert result.stdout.strip() == str(plugins)


def check_value(cls: type[Any], value: object) -> None:
    assert type(value) is cls
    assert rs.from_dict(cls, rs.to_dict(value)) == value


SMALL_PARAMS = [pytest.param(c, id=c.__name__) for c in VALUE_TYPES if c not in LARGE]
LARGE_PARAMS = [pytest.param(c, id=c.__name__) for c in VALUE_TYPES if c in LARGE]


@pytest.mark.parametrize("cls", SMALL_PARAMS)
@given(data=st.data())
def test_from_type_draws_valid_values(cls: type[Any], data: st.DataObject) -> None:
    check_value(cls, data.draw(st.from_type(cls)))


@pytest.mark.parametrize("cls", LARGE_PARAMS)
@settings(max_examples=5)
@given(data=st.data())
def test_from_type_draws_valid_large_values(cls: type[Any], data: st.DataObject) -> None:
    check_value(cls, data.draw(st.from_type(cls)))


def plan_summary(athlete: rs.Athlete, week: rs.RunningWeek, dose: rs.Dose) -> tuple[Any, ...]:
    return (athlete, week, dose)


@given(st.builds(plan_summary))
def test_builds_fills_annotated_parameters(summary: tuple[Any, ...]) -> None:
    athlete, week, dose = summary
    assert isinstance(athlete, rs.Athlete)
    assert isinstance(week, rs.RunningWeek)
    assert isinstance(dose, rs.Dose)
    plan = rs.build_week(athlete, week)
    errors = [v for v in rs.validate(plan, athlete, week) if v.severity is rs.Severity.error]
    assert errors == []


@given(st.from_type(rs.Prescription))
def test_drawn_prescriptions_name_catalog_exercises(prescription: rs.Prescription) -> None:
    assert prescription.exercise in rs.default_catalog()
