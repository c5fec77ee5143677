"""``python -m runstrength`` as a shell runs it: endless input, closed pipes, full disks, ASCII."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import runstrength as rs
from runstrength._cli import main
from runstrength._io.documents import MAX_JSON_CHARS

pytestmark = pytest.mark.fuzz

TEXT = ["exercises"]
CALENDAR = ["plan", "--format", "ics", "--start", "2026-03-02"]  # written as bytes
HELP = ["--help"]  # written by argparse
GIB = 1 << 30


def _runstrength(
    args: list[str],
    *,
    stdout: int | None = subprocess.PIPE,
    env: dict[str, str] | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "runstrength", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        preexec_fn=preexec_fn,  # only sets a memory limit
        timeout=120,
        check=False,
    )


def _at_most_1_gib() -> None:
    import resource  # noqa: PLC0415  # Unix only, and only in the child

    resource.setrlimit(resource.RLIMIT_AS, (GIB, GIB))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_athlete_is_refused_without_reading_it_all() -> None:
    done = _runstrength(["plan", "--athlete", "/dev/zero"], preexec_fn=_at_most_1_gib)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().splitlines() == [
        "runstrength: --athlete /dev/zero: $: document is longer than the "
        f"{MAX_JSON_CHARS:,} characters a document may hold"
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_on_standard_input_is_refused() -> None:
    with Path("/dev/zero").open("rb") as zero:
        done = subprocess.run(
            [sys.executable, "-m", "runstrength", "plan", "--week", "-"],
            stdin=zero,
            capture_output=True,
            preexec_fn=_at_most_1_gib,  # only sets a memory limit
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.decode().startswith("runstrength: --week -: $: document is longer than")


@pytest.mark.parametrize("args", [TEXT, CALENDAR, HELP], ids=["text", "calendar", "help"])
def test_broken_pipe_exits_quietly(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head` does once it has read enough
    try:
        done = _runstrength(args, stdout=write_end)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (1, b"")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [TEXT, CALENDAR], ids=["text", "calendar"])
def test_full_disk_is_one_line_and_status_1(args: list[str]) -> None:
    with Path("/dev/full").open("wb") as full:
        done = _runstrength(args, stdout=full.fileno())
    assert done.returncode == 1
    [line] = done.stderr.decode().splitlines()
    assert line.startswith("runstrength: cannot write output (")


@pytest.mark.parametrize(
    ("env", "style"),
    [
        ({"PYTHONIOENCODING": "ascii"}, "text"),
        ({"PYTHONIOENCODING": "ascii"}, "json"),
        ({"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}, "markdown"),
    ],
    ids=["PYTHONIOENCODING=ascii", "PYTHONIOENCODING=ascii-json", "LC_ALL=C"],
)
def test_ascii_stdout_does_not_crash(env: dict[str, str], style: str) -> None:
    done = _runstrength(["plan", "--format", style], env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    out = io.StringIO()
    assert main(["plan", "--format", style], out=out) == 0
    if style == "json":
        assert json.loads(done.stdout.decode("ascii")) == json.loads(out.getvalue())
    else:
        assert not out.getvalue().isascii()
        assert done.stdout == out.getvalue().encode("ascii", "backslashreplace")


def test_ics_start_past_the_last_date_exits_2_without_a_traceback() -> None:
    done = _runstrength(["plan", "--format", "ics", "--start", "9999-12-27"])
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().startswith("runstrength: --start: 9999-12-27 ")
    assert b"Traceback" not in done.stderr


def test_version_and_help_load_no_planner() -> None:
    done = _runstrength(["--version"])
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode().strip() == f"runstrength {rs.__version__}"
    code = (
        "import contextlib, io, sys\n"
        "from runstrength._cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "    main(['exercises'])\n"
        "heavy = ('runstrength._plan', 'runstrength._progression', 'runstrength._views',\n"
        "         'runstrength._rules.validate', 'tqdm')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert loaded.stdout.strip() == "[]"


def test_batch_through_a_pipe_in_and_out() -> None:
    request = {"athlete": {"level": "beginner"}, "week": {"tue": "easy", "sun": "long"}}
    lines = json.dumps(request) + "\nnot json\n" + json.dumps(request) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "runstrength", "batch"],
        input=lines.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    plans = list(rs.from_json_lines(rs.WeekPlan, done.stdout.decode().splitlines()))
    assert (
        plans
        == [rs.build_week(rs.Athlete(level="beginner"), rs.RunningWeek(tue="easy", sun="long"))] * 2
    )
    [line] = done.stderr.decode().splitlines()
    assert line.startswith("runstrength: -: line 2: $: not valid JSON")


def test_validate_exits_3_when_a_plan_breaks_a_rule(tmp_path: Path) -> None:
    plan = rs.build_week(rs.Athlete(level="advanced", equipment="gym"), rs.RunningWeek(sun="long"))
    path = tmp_path / "plan.json"
    path.write_text(rs.to_json(plan), encoding="utf-8")
    athlete = tmp_path / "athlete.json"
    athlete.write_text('{"level": "beginner", "equipment": "none"}', encoding="utf-8")
    done = _runstrength(["validate", str(path), "--athlete", str(athlete), "--format", "json"])
    assert (done.returncode, done.stderr) == (3, b"")
    report = rs.from_json(rs.Report, done.stdout.decode())
    assert not report.ok
