"""``runstrength batch``: JSON Lines in and out, bad lines skipped and reported."""

from __future__ import annotations

import gc
import io
import json
import sys
import warnings
from pathlib import Path

import pytest

import runstrength as rs
from runstrength._cli import main
from runstrength._cli.batch import lines_of
from tests.cli.running import errors as _errors

GOOD = [
    (rs.Athlete(level=rs.Level.beginner), rs.RunningWeek(tue="easy", thu="tempo", sun="long")),
    (rs.Athlete(level=rs.Level.advanced, equipment="gym"), rs.RunningWeek(wed="easy", sat="long")),
]


def _line(athlete: rs.Athlete, week: rs.RunningWeek) -> str:
    return json.dumps({"athlete": rs.to_dict(athlete), "week": rs.to_dict(week)}) + "\n"


def _run(args: list[str], out: io.TextIOBase | None = None) -> tuple[int, str]:
    stream = out if out is not None else io.StringIO()
    code = main(args, out=stream)  # type: ignore[arg-type]
    return code, stream.getvalue() if isinstance(stream, io.StringIO) else ""


def test_batch_writes_one_plan_a_line_in_input_order(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(_line(*r) for r in GOOD * 2), encoding="utf-8")
    code, text = _run(["batch", str(path)])
    assert code == 0
    plans = list(rs.from_json_lines(rs.WeekPlan, text.splitlines()))
    assert plans == [rs.build_week(*r) for r in GOOD * 2]


def test_batch_reads_standard_input_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("\ufeff" + _line(*GOOD[0]) + "\n" + _line(*GOOD[1])).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, text = _run(["batch"])
    assert code == 0
    assert list(rs.from_json_lines(rs.WeekPlan, text.splitlines())) == [
        rs.build_week(*r) for r in GOOD
    ]


def test_bad_lines_are_skipped_reported_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        _line(*GOOD[0]),
        '{"athlete": {"level": "expert"}, "week": {"tue": 5}}\n',
        "not json\n",
        '{"week": {}, "extra": 1}\n',
        "[1]\n",
        _line(*GOOD[1]),
    ]
    path.write_bytes("".join(lines).encode() + b'{"athlete": "\xff"}\n')
    code, text = _run(["batch", str(path)])
    assert code == 2
    assert list(rs.from_json_lines(rs.WeekPlan, text.splitlines())) == [
        rs.build_week(*r) for r in GOOD
    ]
    errors = _errors(capsys)
    where = f"runstrength: {path}: "
    assert [line.split(": ")[2] for line in errors] == [
        "line 2",
        "line 2",
        "line 3",
        "line 4",
        "line 4",
        "line 5",
        "line 7",
    ]
    assert errors[0].startswith(f"{where}line 2: $.athlete.level: 'expert' is not a valid Level")
    assert errors[1].startswith(f"{where}line 2: $.week.tue: ")
    assert errors[2].startswith(f"{where}line 3: $: not valid JSON")
    assert errors[3] == f"{where}line 4: $: missing 'athlete'"
    assert errors[4] == f"{where}line 4: $: unknown field(s) 'extra'"
    assert errors[6].startswith(f"{where}line 7: not UTF-8 text")


def test_a_line_over_the_limit_is_skipped_without_holding_it() -> None:
    source = io.BytesIO(b"12345\n" + b"x" * 100 + b"\n" + b"abc")
    assert list(lines_of(source, limit=10)) == [b"12345\n", b"", b"abc"]


def test_a_missing_batch_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["batch", str(tmp_path / "nope.jsonl")]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith(f"runstrength: {tmp_path / 'nope.jsonl'}: cannot read (")


def test_batch_on_an_ascii_stream_is_escaped_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(_line(*GOOD[0]), encoding="utf-8")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert main(["batch", str(path)], out=stream) == 0
    stream.flush()
    raw = stream.buffer.getvalue()
    [plan] = rs.from_json_lines(rs.WeekPlan, raw.decode("ascii").splitlines())
    assert plan == rs.build_week(*GOOD[0])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(_line(*r) for r in GOOD) + "bad\n", encoding="utf-8")
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert _run(["batch", str(path)])[0] == 2
    assert quiet.getvalue().splitlines() == [
        f"runstrength: {path}: line 3: $: not valid JSON "
        "(Expecting value: line 1 column 1 (char 0))"
    ]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, text = _run(["batch", str(path)])
    assert code == 2
    assert len(text.splitlines()) == 2
    assert "lines" in terminal.getvalue()
    assert f"runstrength: {path}: line 3: $: not valid JSON" in terminal.getvalue()


def test_a_batch_whose_output_fails_leaves_no_file_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(_line(*GOOD[0]), encoding="utf-8")

    class _Closed(io.StringIO):
        def write(self, s: str, /) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        assert main(["batch", str(path)], out=_Closed()) == 1
        gc.collect()
    assert capsys.readouterr().err == ""
