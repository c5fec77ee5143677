"""The catalog and schema subcommands: exercises, exercise and schema."""

from __future__ import annotations

import json

import pytest

import runstrength as rs
from tests.cli.running import errors as _errors
from tests.cli.running import run as _run


def test_exercises_shows_each_id() -> None:
    code, text = _run(["exercises"])
    assert code == 0
    rows = text.splitlines()
    assert rows[0].split()[:2] == ["Id", "Exercise"]
    for exercise in rs.default_catalog():
        assert any(row.startswith(f"{exercise.id} ") for row in rows), exercise.id


def test_exercises_takes_kits_and_items_comma_separated_and_repeated() -> None:
    catalog = rs.default_catalog()
    kit = {rs.Equipment.dumbbell, rs.Equipment.step, rs.Equipment.wall, *rs.kit("home")}
    args = ["exercises", "--json", "--equipment", "dumbbell, step", "--equipment", "wall,home"]
    code, text = _run(args)
    assert code == 0
    assert [rs.from_dict(rs.Exercise, e) for e in json.loads(text)] == list(
        catalog.filter(equipment=kit)
    )


def test_exercises_lists_every_bad_equipment_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["exercises", "--equipment", "castle,dumbbell,", "--equipment", "moat"]) == (2, "")
    errors = _errors(capsys)
    assert len(errors) == 3
    assert all(line.startswith("runstrength: --equipment: ") for line in errors)
    assert "empty name" in errors[0]
    assert "castle" in errors[1]
    assert "moat" in errors[2]


@pytest.mark.parametrize("name", ["goblet_squat", "Goblet squat", "GOBLET-SQUAT"])
def test_exercise_by_id_or_name(name: str) -> None:
    exercise = rs.default_catalog().find("goblet_squat")
    assert exercise is not None
    assert _run(["exercise", name]) == (0, str(exercise))
    code, text = _run(["exercise", name, "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.Exercise, text) == exercise
    code, text = _run(["exercise", name, "--format", "markdown"])
    assert code == 0
    assert text.startswith("## Goblet squat (`goblet_squat`)\n")


def test_an_unknown_exercise_names_close_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["exercise", "goblet squatt"]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith("runstrength: ID: 'goblet squatt' is no exercise's id")
    assert "close matches: goblet_squat," in line
    assert _run(["exercise", "zzzz"]) == (2, "")
    [line] = _errors(capsys)
    assert "close matches" not in line


@pytest.mark.parametrize("name", rs.VALUE_TYPES)
def test_schema_prints_the_json_schema(name: str) -> None:
    code, text = _run(["schema", name])
    assert code == 0
    assert json.loads(text) == rs.json_schema(getattr(rs, name))


def test_schema_of_an_unknown_type_lists_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["schema", "Plan"]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith("runstrength: TYPE: 'Plan' is not a value type; one of Athlete, ")
    assert all(name in line for name in rs.VALUE_TYPES)
