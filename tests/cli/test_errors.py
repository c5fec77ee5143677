"""Every failure of the command ends in one place: a line per problem and a documented status."""

from __future__ import annotations

import errno
import io
import json
import sys

import pytest

import runstrength as rs
from runstrength._cli import main
from runstrength._cli.parser import EXIT_STATUS
from runstrength._cli.streams import Output, write
from runstrength._plan import week as planner
from tests.cli.running import run as _run


class _FailingStream(io.StringIO):
    """A text stream whose writes fail as a closed pipe or a full disk makes them fail."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, s: str, /) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error


def _broken_pipe() -> OSError:
    return BrokenPipeError(errno.EPIPE, "Broken pipe")


def _full_disk() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def test_ics_start_past_the_last_date_is_a_clean_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(["plan", "--format", "ics", "--start", "9999-12-27"]) == (2, "")
    err = capsys.readouterr().err
    [line] = err.splitlines()
    assert line.startswith("runstrength: --start: 9999-12-27 ")
    assert "Traceback" not in err


def test_the_last_monday_with_room_still_makes_a_calendar() -> None:
    code, text = _run(["plan", "--format", "ics", "--start", "9999-12-20"])
    assert code == 0
    assert text.startswith("BEGIN:VCALENDAR")


def test_input_errors_from_planning_are_one_line_each(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_: object) -> rs.WeekPlan:
        raise rs.InputError(["$.tue: first", "$.sun: second"])

    monkeypatch.setattr(planner, "build_week", refuse)
    assert _run(["plan"]) == (2, "")
    assert capsys.readouterr().err.splitlines() == [
        "runstrength: $.tue: first",
        "runstrength: $.sun: second",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["exercises"],
        ["plan", "--format", "json"],
        ["plan", "--format", "ics", "--start", "2026-03-02"],
    ],
)
def test_a_closed_pipe_returns_1_without_a_word(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args, out=_FailingStream(_broken_pipe())) == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("args", [["exercises", "--json"], ["plan", "--format", "markdown"]])
def test_a_failed_write_is_one_line_and_status_1(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args, out=_FailingStream(_full_disk())) == 1
    assert capsys.readouterr().err.splitlines() == [
        "runstrength: cannot write output (No space left on device)"
    ]


def test_help_on_a_closed_pipe_returns_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _FailingStream(_broken_pipe()))
    assert main(["--help"]) == 1
    assert capsys.readouterr().err == ""


def test_help_and_bad_arguments_exit_through_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "exit status: 0 done (validate: no errors" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["plan", "--format", "pdf"])
    assert done.value.code == 2


def test_no_standard_output_is_status_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["exercises"]) == 1
    assert (
        capsys.readouterr().err == "runstrength: cannot write output: there is no standard output\n"
    )


def test_the_exit_statuses_are_documented() -> None:
    assert main.__doc__ is not None
    for status in ("``0``", "``1``", "``2``", "``3``"):
        assert status in main.__doc__
    for phrase in (
        "0 done",
        "1 an optional extra is missing",
        "could not be written",
        "2 bad input",
        "3 validate found errors",
    ):
        assert phrase in EXIT_STATUS
    for name in ("plan", "block", "next", "progress", "validate", "exercises", "exercise"):
        with pytest.raises(SystemExit):
            main([name, "--help"])


def _ascii_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="")


def _written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue()


@pytest.mark.parametrize("style", ["text", "markdown"])
def test_text_on_an_ascii_stream_is_backslash_escaped(style: str) -> None:
    stream = _ascii_stream()
    assert main(["plan", "--format", style], out=stream) == 0
    _, text = _run(["plan", "--format", style])
    assert any(mark in text for mark in "×–′—")
    assert _written(stream) == text.encode("ascii", "backslashreplace")


@pytest.mark.parametrize("args", [["plan", "--format", "json"], ["exercises", "--json"]])
def test_json_on_an_ascii_stream_stays_the_same_json(args: list[str]) -> None:
    stream = _ascii_stream()
    assert main(args, out=stream) == 0
    _, text = _run(args)
    assert json.loads(_written(stream).decode("ascii")) == json.loads(text)


def test_a_calendar_on_an_ascii_stream_is_utf8_bytes() -> None:
    stream = _ascii_stream()
    args = ["plan", "--format", "ics", "--start", "2026-03-02"]
    assert main(args, out=stream) == 0
    assert _written(stream).decode("utf-8") == _run(args)[1]


def test_json_a_stream_cannot_encode_is_written_with_u_escapes() -> None:
    document = {"name": "Split squat × 2 – slow ′", "reps": [8, 12]}
    stream = _ascii_stream()
    assert write(Output(json.dumps(document, ensure_ascii=False), document=document), stream) == 0
    text = _written(stream).decode("ascii")
    assert "\\u00d7" in text
    assert json.loads(text) == document


def test_a_surrogate_is_escaped_even_on_a_utf8_stream() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    assert write(Output("bad \udcff name ×\n"), stream) == 0
    assert _written(stream) == "bad \\udcff name ×\n".encode()


def test_a_line_break_in_a_file_name_stays_on_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["plan", "--week", "two\nlines\u2028.json"]) == (2, "")
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("runstrength: --week two\\nlines\\u2028.json: cannot read")
