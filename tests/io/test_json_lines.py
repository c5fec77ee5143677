"""JSON Lines: one document a line, for every line splitter, read back equal."""

from __future__ import annotations

from pathlib import Path

import dask
import dask.bag as db
import pytest

import runstrength as rs
from runstrength import dask as rsd
from runstrength._io import lines as _lines

BREAKS = "\x85\u2028\u2029"


def plan_with_breaks() -> rs.WeekPlan:
    return rs.WeekPlan(sessions=(), shortfalls=[f"one{BREAKS}two", "\r\n\x0b\x0c\x1c\x1d\x1e end"])


def test_json_lines_escape_unicode_line_separators() -> None:
    plan = plan_with_breaks()
    (line,) = rs.to_json_lines([plan])
    assert line.splitlines() == [line[:-1]]
    assert "\\u0085\\u2028\\u2029" in line
    assert not any(char in line for char in BREAKS)
    assert list(rs.from_json_lines(rs.WeekPlan, [line])) == [plan]
    assert rs.from_json(rs.WeekPlan, line) == plan


def test_json_lines_read_back_from_a_file(tmp_path: Path) -> None:
    plans = [plan_with_breaks(), rs.WeekPlan(sessions=(), shortfalls=["plain"])] * 2
    path = tmp_path / "plans.jsonl"
    with path.open("w", encoding="utf-8") as file:
        file.writelines(rs.to_json_lines(plans))
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) == len(plans)
    with path.open(encoding="utf-8") as file:
        assert list(rs.from_json_lines(rs.WeekPlan, file)) == plans
    assert list(rs.from_json_lines(rs.WeekPlan, text.splitlines())) == plans


def test_json_lines_leave_plain_documents_as_to_json_writes_them() -> None:
    plan = rs.build_week(rs.Athlete(level="beginner"), rs.RunningWeek(tue="easy", sun="long"))
    assert list(rs.to_json_lines([plan])) == [rs.to_json(plan) + "\n"]
    assert _lines.json_line(plan) == rs.to_json(plan)
    assert rs.to_json(plan_with_breaks()).count("\u2028") == 1  # to_json is unchanged


def test_json_lines_written_by_dask_escape_line_separators(tmp_path: Path) -> None:
    plans = db.from_sequence([plan_with_breaks()] * 3, npartitions=2)  # type: ignore[no-untyped-call]  # untyped in dask
    with dask.config.set(scheduler="sync"):
        paths = rsd.write_json_lines(plans, tmp_path)
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        assert not any(char in text for char in BREAKS)
        assert all(
            rs.from_json(rs.WeekPlan, line) == plan_with_breaks() for line in text.splitlines()
        )


def test_json_lines_refuse_what_is_not_a_list_of_values() -> None:
    with pytest.raises(TypeError, match="to_json_lines: objs must be an iterable"):
        rs.to_json_lines(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="to_json_lines: objs must be an iterable"):
        rs.to_json_lines("plans")
    with pytest.raises(TypeError, match=r"to_json_lines: objs\[0\] must be a runstrength value"):
        list(rs.to_json_lines([object()]))
