"""Any command line, any file, any output stream: the command ends with a documented status.

``main`` returns 0, 1 or 2, or argparse raises ``SystemExit`` with 0 (help) or 2 (a
malformed command line), and nothing else escapes it. Bad input is one line per problem,
each starting ``runstrength:``.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import errno
import io
import sys
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runstrength._cli import main
from runstrength._io.documents import MAX_JSON_CHARS

pytestmark = pytest.mark.fuzz

BOM = codecs.BOM_UTF8
ATHLETE = b'{"level": "beginner", "equipment": "none"}'
WEEK = b'{"tue": "easy", "thu": "tempo", "sun": "long"}'

HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "bom": BOM,
    "bom-athlete": BOM + ATHLETE,
    "athlete": ATHLETE,
    "week": WEEK,
    "full-athlete": b'{"level": "advanced", "equipment": "gym", "goals": ["hills"], '
    b'"sessions_per_week": 3, "session_minutes": 60}',
    "not-utf8": b'{"level": "\xff"}',
    "cut-utf8": b'{"level": "\xe2\x80',
    "nul": b"\0" * 64,
    "nested-lists": b"[" * 100_000 + b"]" * 100_000,
    "nested-objects": b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    "huge-int": b'{"level": "beginner", "session_minutes": 1' + b"0" * 5_000 + b"}",
    "huge-float": b'{"level": "beginner", "session_minutes": 1e999999}',
    "nan": b'{"level": "beginner", "session_minutes": NaN}',
    "negative": b'{"tue": {"kind": "easy", "minutes": -40}}',
    "list": b"[]",
    "string": b'"athlete"',
    "wrong-types": b'{"level": 3, "equipment": {"x": []}, "goals": "hills"}',
    "wrong-week": b'{"tue": 5, "mon": null, "fri": ["long"]}',
    "twice": b'{"level": "beginner", "level": "advanced"}',
    "surrogate": b'{"level": "\\ud800", "equipment": "\\udfff"}',
    "commas": b"[" + b"0," * 200_000 + b"0]",
    "long-text": b'{"level": "' + b"x" * 100_000 + b'"}',
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Paths to hostile files, plus a directory, a missing file and standard input."""
    folder = tmp_path_factory.mktemp("hostile")
    paths = []
    for name, data in HOSTILE.items():
        path = folder / f"{name}.json"
        path.write_bytes(data)
        paths.append(str(path))
    over = folder / "over-the-limit.json"
    with over.open("wb") as file:
        file.truncate(MAX_JSON_CHARS + 1)  # sparse zeros
    return [*paths, str(over), str(folder), str(folder / "missing.json"), "-", ""]


class _Broken(io.StringIO):
    """An output stream whose writes and flushes fail with one error."""

    def __init__(self, code: int) -> None:
        super().__init__()
        self.code = code

    def write(self, s: str, /) -> int:
        raise OSError(self.code, "cannot write")

    def flush(self) -> None:
        raise OSError(self.code, "cannot write")


def _stream(kind: str) -> io.TextIOBase:
    if kind == "ascii":
        return io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    if kind == "latin-1":
        return io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="strict")
    if kind == "pipe":
        return _Broken(errno.EPIPE)
    if kind == "full":
        return _Broken(errno.ENOSPC)
    return io.StringIO()


NOISE = st.one_of(
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), max_size=3),
    st.sampled_from(["plan", "exercises", "-h", "--help", "--", "-", "--json", "--format"]),
)
MONDAYS = st.dates(min_value=datetime.date(1, 1, 1)).map(
    lambda d: d - datetime.timedelta(days=d.weekday())
)
LATE = st.dates(min_value=datetime.date(9999, 11, 1))
STARTS = st.one_of(MONDAYS.map(datetime.date.isoformat), LATE.map(datetime.date.isoformat), NOISE)


@st.composite
def _arguments(draw: st.DrawFn, files: list[str]) -> list[str]:
    paths = st.one_of(st.sampled_from(files), NOISE)
    command = draw(st.sampled_from(["plan", "exercises", "noise"]))
    if command == "plan":
        option = st.one_of(
            st.tuples(st.just("--athlete"), paths),
            st.tuples(st.just("--week"), paths),
            st.tuples(st.just("--format"), st.sampled_from(["text", "markdown", "json", "ics"])),
            st.tuples(st.just("--start"), STARTS),
        )
    elif command == "exercises":
        option = st.one_of(
            st.tuples(st.just("--equipment"), st.sampled_from(["none", "home", "gym", "dumbbell"])),
            st.tuples(st.just("--equipment"), NOISE),
            st.tuples(st.just("--level"), st.sampled_from(["beginner", "advanced"]) | NOISE),
            st.tuples(st.just("--json")),
        )
    else:
        return draw(st.lists(NOISE, max_size=6))
    options = draw(st.lists(option, max_size=4))
    args = [command, *(part for pair in options for part in pair)]
    if draw(st.booleans()):  # now and then, something out of place
        args.insert(draw(st.integers(0, len(args))), draw(NOISE))
    return args


STDIN = st.sampled_from([b"", ATHLETE, BOM + WEEK, b"\xff\xfe", b"[" * 10_000])


def _outcome(args: list[str], out: io.TextIOBase) -> tuple[bool, object]:
    """Whether argparse ended the command, and the status ``main`` returned or exited with."""
    try:
        return False, main(args, out=out)  # type: ignore[arg-type]
    except SystemExit as exc:
        return True, exc.code


@given(data=st.data())
def test_any_command_line_ends_with_a_documented_status(
    files: list[str], data: st.DataObject
) -> None:
    args = data.draw(_arguments(files), label="args")
    kind = data.draw(st.sampled_from(["str", "ascii", "latin-1", "pipe", "full"]), label="out")
    stdin = io.TextIOWrapper(io.BytesIO(data.draw(STDIN, label="stdin")))
    out, err = _stream(kind), io.StringIO()
    with (
        mock.patch.object(sys, "stdin", stdin),
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(err),
    ):
        exited, status = _outcome(args, out)
    if exited:
        assert status in (0, 2)
        return
    assert status in (0, 1, 2)
    lines = err.getvalue().splitlines()
    assert "Traceback" not in err.getvalue()
    if status == 2:
        assert lines
        assert all(line.startswith("runstrength: ") for line in lines)
    if status == 0:
        assert lines == []
    if kind in ("pipe", "full") and status != 2:
        assert status == 1
        assert len(lines) == (1 if kind == "full" else 0)


def test_the_hostile_files_are_refused_one_line_a_problem(
    files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"athlete", "week", "bom-athlete", "full-athlete"}
    for path in files:
        if Path(path).stem in good or path in {"-", ""}:
            continue
        for option in ("--athlete", "--week"):
            assert main(["plan", option, path], out=io.StringIO()) == 2, path
            lines = capsys.readouterr().err.splitlines()
            assert lines, path
            assert all(line.startswith(f"runstrength: {option} {path}: ") for line in lines)
