"""The runstrength command: plan and exercises, good and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import runstrength as rs
from runstrength._cli import EXAMPLE_ATHLETE, EXAMPLE_WEEK
from tests.cli.running import run as _run


def test_plan_without_arguments_plans_the_example_runner() -> None:
    code, text = _run(["plan"])
    assert code == 0
    lines = text.splitlines()
    assert lines[0].split() == ["Day", "Runs", "Strength"]
    assert any(line.startswith("Tue  intervals 50′") for line in lines)
    assert "Why" in text
    assert "Warm-up" in text
    plan = rs.build_week(EXAMPLE_ATHLETE, EXAMPLE_WEEK)
    for session in plan.sessions:
        assert f"{session.day.title}: {session.focus} session" in text


def test_plan_as_markdown_and_json() -> None:
    code, markdown = _run(["plan", "--format", "markdown"])
    assert code == 0
    assert markdown.startswith("| Day | Runs | Strength |")
    code, text = _run(["plan", "--format", "json"])
    assert code == 0
    plan = rs.build_week(EXAMPLE_ATHLETE, EXAMPLE_WEEK)
    assert rs.from_json(rs.WeekPlan, text) == plan
    assert text == rs.to_json(plan, indent=2) + "\n"


def test_plan_reads_athlete_and_week_files(tmp_path: Path) -> None:
    athlete = tmp_path / "athlete.json"
    week = tmp_path / "week.json"
    athlete.write_text('{"level": "beginner", "equipment": "none"}')
    week.write_text('{"tue": "easy", "thu": "tempo", "sun": "long"}')
    code, text = _run(["plan", "--athlete", str(athlete), "--week", str(week)])
    assert code == 0
    expected = rs.build_week(
        rs.Athlete(level=rs.Level.beginner, equipment="none"),
        rs.RunningWeek(tue="easy", thu="tempo", sun="long"),
    )
    assert len(expected.sessions) == 1
    assert f"{expected.sessions[0].day.title}: strength session" in text


def test_bad_files_get_one_line_per_problem_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    athlete = tmp_path / "athlete.json"
    athlete.write_text('{"level": "expert", "session_minutes": "30", "extra": 1}')
    week = tmp_path / "week.json"
    week.write_text('{"mon": "sprint"')
    code, out = _run(["plan", "--athlete", str(athlete), "--week", str(week)])
    assert code == 2
    assert out == ""
    err = capsys.readouterr().err.splitlines()
    assert f"runstrength: --athlete {athlete}: $.level: 'expert' is not a valid Level" in err[0]
    assert any("$.session_minutes: expected a whole number" in line for line in err)
    assert any("unknown field(s) 'extra'" in line for line in err)
    assert any(line.startswith(f"runstrength: --week {week}: $: not valid JSON") for line in err)
    assert "Traceback" not in "\n".join(err)


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["plan", "--week", str(tmp_path / "nope.json")])
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_exercises_lists_and_filters_the_catalog() -> None:
    code, text = _run(["exercises"])
    assert code == 0
    assert f"{len(rs.default_catalog())} of {len(rs.default_catalog())} exercises" in text
    code, text = _run(["exercises", "--equipment", "none", "--level", "beginner"])
    assert code == 0
    assert "Bodyweight squat" in text
    assert "Box jump" not in text
    assert "Goblet squat" not in text


def test_exercises_as_json() -> None:
    code, text = _run(["exercises", "--equipment", "gym", "--level", "advanced", "--json"])
    assert code == 0
    data = json.loads(text)
    assert len(data) == len(rs.default_catalog())
    assert rs.from_dict(rs.Exercise, data[0]) == next(iter(rs.default_catalog()))


def test_an_unknown_kit_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["exercises", "--equipment", "castle"])
    assert code == 2
    assert "--equipment" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "runstrength", "exercises", "--level", "beginner"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "Bodyweight squat" in done.stdout
