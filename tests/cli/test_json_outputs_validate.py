"""Every JSON document the command line writes validates against its shipped JSON Schema."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import runstrength as rs
from runstrength._cli import main
from tests.cli.test_commands import files  # noqa: F401  # the documents the commands read

jsonschema = pytest.importorskip("jsonschema")


def _out(args: list[str]) -> str:
    out = io.StringIO()
    assert main(args, out=out) == 0
    return out.getvalue()


def _valid(document: Any, cls: type) -> None:
    jsonschema.Draft202012Validator(rs.json_schema(cls)).validate(document)


def test_plan_block_next_and_progress_json_validate(files: dict[str, str]) -> None:  # noqa: F811
    athlete, weeks = files["athlete.json"], files["weeks.json"]
    _valid(json.loads(_out(["plan", "--format", "json"])), rs.WeekPlan)
    block = _out(["block", "--athlete", athlete, "--weeks", weeks, "--format", "json"])
    _valid(json.loads(block), rs.Block)
    upcoming = files["upcoming.jsonl"]
    history = files["history.json"]
    week = files["week.json"]
    args = ["next", "--athlete", athlete, "--history", history, "--week", week]
    _valid(json.loads(_out([*args, "--upcoming", upcoming, "--format", "json"])), rs.WeekPlan)
    one_step = ["progress", "--prescription", files["rx.json"], "--log", files["log.json"]]
    one = _out([*one_step, "--format", "json"])
    _valid(json.loads(one), rs.Progression)
    progressed = ["progress", "--plan", files["plan.json"], "--logs", files["logs.jsonl"]]
    week_steps = json.loads(_out([*progressed, "--format", "json"]))
    _valid(week_steps["plan"], rs.WeekPlan)
    for step in week_steps["steps"]:
        _valid(step, rs.Progression)


def test_exercise_and_batch_json_validate(tmp_path: Path) -> None:
    _valid(json.loads(_out(["exercise", "goblet_squat", "--format", "json"])), rs.Exercise)
    requests = tmp_path / "requests.jsonl"
    line = {
        "athlete": rs.to_dict(rs.Athlete(level=rs.Level.beginner)),
        "week": rs.to_dict(rs.RunningWeek(tue="easy", sun="long")),
    }
    requests.write_text(json.dumps(line) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    lines = _out(["batch", str(requests)]).splitlines()
    assert len(lines) == 2
    for text in lines:
        _valid(json.loads(text), rs.WeekPlan)
