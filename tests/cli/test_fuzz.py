"""Any command line, any file, any output stream: the command ends with a documented status.

``main`` returns 0, 1, 2 or 3 (``validate`` found errors), or argparse raises
``SystemExit`` with 0 (help) or 2 (a malformed command line), and nothing else escapes
it. Bad input is one line per problem, each starting ``runstrength:``.
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
    "weeks": b'[{"tue": "easy", "sun": "long"}, {"sun": "race"}]',
    "weeks-lines": b'{"tue": "easy"}\n\n{"sun": "long"}\n',
    "bad-lines": b'{"tue": "easy"}\n{"tue": 5}\n[\n\xff\n',
    "many-weeks": b"[" + b'{"sun": "long"},' * 60 + b"{}]",
    "plan": b'{"sessions": [{"day": "tue", "focus": "light", "placement": "standalone", '
    b'"exercises": [{"exercise": "wall_sit", "dose": {"sets": 3, "seconds": [30, 45], '
    b'"rest_seconds": 60}}]}]}',
    "log": b'{"exercise": "wall_sit", "sets": [{"seconds": 45}, {"seconds": 45}]}',
    "requests": b'{"athlete": {"level": "beginner"}, "week": {"tue": "easy"}}\n'
    b'{"athlete": 1, "week": {}}\n\n{"athlete": {"level": "beginner"}, "week": {"sun": "long"}}',
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


CALENDARS = sorted(
    str(p) for p in (Path(__file__).parent.parent / "fixtures" / "calendars").glob("*.ics")
)
"""Running calendars ``--runs`` reads."""


@pytest.fixture(scope="module")
def outs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Folders ``--out`` writes FIT files to: new, nested, existing, and a file (unwritable)."""
    folder = tmp_path_factory.mktemp("watch")
    blocker = folder / "a-file"
    blocker.write_text("", encoding="utf-8")
    return [str(folder), str(folder / "new"), str(folder / "a" / "b"), str(blocker)]


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
    st.sampled_from(
        ["plan", "exercises", "-h", "--help", "--version", "--", "-", "--json", "--format"]
    ),
)
COMMANDS = ["plan", "block", "next", "progress", "validate", "exercise", "exercises"]
COMMANDS += ["schema", "batch", "noise"]
MONDAYS = st.dates(min_value=datetime.date(1, 1, 1)).map(
    lambda d: d - datetime.timedelta(days=d.weekday())
)
LATE = st.dates(min_value=datetime.date(9999, 11, 1))
STARTS = st.one_of(MONDAYS.map(datetime.date.isoformat), LATE.map(datetime.date.isoformat), NOISE)


TIMES = st.sampled_from(["18:30", "7:05", "tue=18:30,sat=09:00", "24:00", "mon=", "x=1:00"])
ZONES = st.sampled_from(["Europe/London", "America/New_York", "UTC", "Mars/Base"])
STAMPS = st.sampled_from(["now", "2026-11-28T19:40:00Z", "2026-11-28T19:40", "1990-01-01T00:00Z"])
NUMBERS = st.integers(-5, 2**32).map(str)


def _exports(paths: st.SearchStrategy[str], outs: list[str]) -> st.SearchStrategy[tuple[str, ...]]:
    """The options of the dated formats: calendar export and FIT files' folder."""
    return st.one_of(
        st.tuples(st.just("--format"), st.sampled_from(["ics", "fit"])),
        st.tuples(st.just("--out"), st.sampled_from(outs)),  # never noise: it makes folders
        st.tuples(st.just("--tz"), ZONES | NOISE),
        st.tuples(st.just("--calendar-id"), st.just("ana") | NOISE),
        st.tuples(st.just("--at"), TIMES | NOISE),
        st.tuples(st.just("--reminder"), NUMBERS | NOISE),
        st.tuples(st.just("--stamp"), STAMPS | NOISE),
        st.tuples(st.just("--sequence"), NUMBERS | NOISE),
        st.tuples(st.just("--previous"), paths),
        st.tuples(st.just("--previous-start"), STARTS),
    )


@st.composite
def _arguments(draw: st.DrawFn, files: list[str], outs: list[str]) -> list[str]:
    paths = st.one_of(st.sampled_from(files), NOISE)
    command = draw(st.sampled_from(COMMANDS))
    formats = st.sampled_from(["text", "markdown", "json", "ics", "fit"]) | NOISE
    runs = st.one_of(
        st.tuples(st.just("--runs"), st.sampled_from(CALENDARS) | paths),
        st.tuples(st.just("--quiet")),
    )
    dated = st.one_of(
        st.tuples(st.just("--format"), formats),
        st.tuples(st.just("--start"), STARTS),
        st.tuples(st.just("--athlete"), paths),
        _exports(paths, outs),
    )
    first: list[str] = []
    names: tuple[str, ...]
    option: st.SearchStrategy[tuple[str, ...]]
    if command in ("plan", "next"):
        names = ("--week", "--history", "--upcoming", "--block-settings")
        option = dated | st.tuples(st.sampled_from(names[: 1 if command == "plan" else 4]), paths)
        option = option | runs if command == "plan" else option
    elif command == "block":
        option = dated | st.tuples(st.sampled_from(["--weeks", "--block-settings"]), paths)
        option |= runs | st.tuples(st.just("--race"), STARTS)
        first = [draw(st.sampled_from(["--weeks", "--runs"])), draw(paths)]
    elif command == "progress":
        names = ("--plan", "--logs", "--prescription", "--log", "--history", "--week")
        option = st.one_of(
            st.tuples(st.sampled_from(names), paths),
            st.tuples(st.just("--format"), st.sampled_from(["text", "json"]) | NOISE),
        )
    elif command == "validate":
        option = st.one_of(
            st.tuples(st.sampled_from(["--athlete", "--week", "--block-settings"]), paths),
            st.tuples(st.just("--type"), st.sampled_from(["auto", "Block", "WeekPlan"]) | NOISE),
            st.tuples(st.just("--format"), st.sampled_from(["text", "markdown", "json"])),
        )
        first = [draw(paths)]
    elif command in ("exercise", "schema"):
        names = ("goblet_squat", "Goblet squat", "WeekPlan", "run", "Block")
        option = st.tuples(st.just("--format"), st.sampled_from(["text", "markdown", "json"]))
        first = [draw(st.sampled_from(names) | NOISE)]
        if command == "schema":
            option = st.tuples(NOISE)
    elif command == "batch":
        option = st.tuples(paths)
    elif command == "exercises":
        option = st.one_of(
            st.tuples(st.just("--equipment"), st.sampled_from(["none", "home", "gym", "dumbbell"])),
            st.tuples(st.just("--equipment"), st.sampled_from(["dumbbell,step", "home,", ","])),
            st.tuples(st.just("--equipment"), NOISE),
            st.tuples(st.just("--level"), st.sampled_from(["beginner", "advanced"]) | NOISE),
            st.tuples(st.just("--json")),
        )
    else:
        return draw(st.lists(NOISE, max_size=6))
    options = draw(st.lists(option, max_size=4))
    args = [command, *first, *(part for pair in options for part in pair)]
    if draw(st.booleans()):  # now and then, something out of place
        args.insert(draw(st.integers(0, len(args))), draw(NOISE))
    return args


STDIN = st.sampled_from(
    [b"", ATHLETE, BOM + WEEK, b"\xff\xfe", b"[" * 10_000, HOSTILE["requests"], HOSTILE["weeks"]]
)


def _outcome(args: list[str], out: io.TextIOBase) -> tuple[bool, object]:
    """Whether argparse ended the command, and the status ``main`` returned or exited with."""
    try:
        return False, main(args, out=out)  # type: ignore[arg-type]
    except SystemExit as exc:
        return True, exc.code


@given(data=st.data())
def test_any_command_line_ends_with_a_documented_status(
    files: list[str], outs: list[str], data: st.DataObject
) -> None:
    args = data.draw(_arguments(files, outs), label="args")
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
    assert status in ((0, 1, 2, 3) if "validate" in args else (0, 1, 2))
    every = err.getvalue().splitlines()
    assert "Traceback" not in err.getvalue()
    assert all(line.startswith("runstrength: ") for line in every)
    # How a running calendar was read, and a race week without a race, come with any status;
    # a folder that cannot take the FIT files is status 1 and a line of its own.
    told = ("runstrength: --runs ", "runstrength: --race ", "runstrength: --out ")
    lines = [line for line in every if not line.startswith(told)]
    if status == 2:
        assert every
    if status in (0, 3):
        assert lines == []
    if kind in ("pipe", "full") and status != 2:
        assert status == 1
        assert len(lines) == (1 if kind == "full" else 0) or "--out" in args


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


BAD = {
    "not-utf8", "cut-utf8", "nul", "nested-lists", "nested-objects", "huge-int", "nan",
    "string", "wrong-types", "twice", "surrogate", "commas", "long-text", "bad-lines",
    "over-the-limit", "missing", "",
}  # fmt: skip
"""Files no subcommand can use: each is refused, one line a problem."""


def _commands(files: list[str], path: str) -> list[tuple[list[str], str]]:
    """Command lines that read ``path``, each with what its problems start with."""
    plan = next(p for p in files if Path(p).stem == "plan")
    return [
        (["block", "--weeks", path], f"--weeks {path}: "),
        (["next", "--history", path], f"--history {path}: "),
        (["next", "--upcoming", path], f"--upcoming {path}: "),
        (["progress", "--plan", plan, "--logs", path], f"--logs {path}: "),
        (["validate", path], f"{path}: "),
        (["batch", path], f"{path}: "),
    ]


def test_every_file_option_refuses_hostile_files_one_line_a_problem(
    files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for path in files:
        if path == "-":
            continue
        for args, start in _commands(files, path):
            status = main(args, out=io.StringIO())
            lines = capsys.readouterr().err.splitlines()
            if Path(path).stem in BAD or path == "" or Path(path).is_dir():
                assert status == 2, (args, lines)
            assert status in (0, 2, 3), args
            if status == 2:
                assert lines, args
                assert all(line.startswith(f"runstrength: {start}") for line in lines), lines
            else:
                assert lines == [], args
