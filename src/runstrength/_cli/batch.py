"""``runstrength batch``: plan many weeks, JSON Lines in and out, as a stream.

Each input line is one request, ``{"athlete": ATHLETE, "week": RUNNING_WEEK}``; each
output line is the request's :class:`~runstrength.WeekPlan` document, in input order.
Lines are read, planned and written one at a time, so memory stays flat however long the
input. A bad line (not UTF-8, not JSON, longer than ``MAX_JSON_CHARS`` bytes, or not a
request) is skipped with one line per problem on standard error, ``FILE: line N:
$.path: message``; the other lines are still planned, and the command exits with status
2 at the end. A progress bar counts the lines on standard error when it is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import IO

from runstrength._cli.inputs import item, parse_json
from runstrength._cli.streams import CHUNK, STDIN, Output, say
from runstrength._io.documents import MAX_JSON_CHARS
from runstrength._model.athlete import Athlete
from runstrength._model.errors import InputError, Problem
from runstrength._model.week import RunningWeek

__all__ = ["COMMANDS", "lines_of", "request"]

_KEYS = ("athlete", "week")


def lines_of(source: IO[bytes] | IO[str], limit: int = MAX_JSON_CHARS) -> Iterator[bytes | str]:
    """The lines of ``source``, each at most ``limit`` long; ``b""`` for a longer one.

    A longer line is skipped to its end without being held in memory.
    """
    while True:
        line = source.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            while line and line[-1:] not in (b"\n", "\n"):
                line = source.readline(CHUNK)
            yield line[:0]
            continue
        yield line


def request(number: int, line: bytes | str) -> tuple[Athlete, RunningWeek] | None:
    """The request on line ``number``; ``None`` for a blank line.

    Raises:
        InputError: The line is not a request; every problem starts with ``line N``.
    """
    where = f"line {number}"
    if not line:
        raise InputError(
            Problem(where, f"longer than the {MAX_JSON_CHARS:,} bytes a line may hold")
        )
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                Problem(where, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            ) from None
    if number == 1:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        data = parse_json(line)
    except InputError as exc:
        raise InputError(Problem(f"{where}: {p.path}", p.message) for p in exc.problems) from None
    if not isinstance(data, dict):
        raise InputError(Problem(f"{where}: $", f"expected an object with {' and '.join(_KEYS)}"))
    problems = [Problem(f"{where}: $", f"missing {key!r}") for key in _KEYS if key not in data]
    extra = sorted(set(data) - set(_KEYS))
    if extra:
        problems.append(Problem(f"{where}: $", f"unknown field(s) {', '.join(map(repr, extra))}"))
    athlete = week = None
    for key, cls in (("athlete", Athlete), ("week", RunningWeek)):
        if key in data:
            try:
                value = item(cls, data[key], f"{where}: $.{key}")
            except InputError as exc:
                problems += exc.problems
            else:
                athlete, week = (value, week) if key == "athlete" else (athlete, value)
    if problems:
        raise InputError(problems)
    assert isinstance(athlete, Athlete)
    assert isinstance(week, RunningWeek)
    return athlete, week


class _Batch:
    """The plans of a stream of requests, and how many lines were bad."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.bad = 0

    def _numbered(
        self, source: IO[bytes] | IO[str], stack: contextlib.ExitStack
    ) -> tuple[Iterator[tuple[int, bytes | str]], Callable[[str], None]]:
        numbered = enumerate(lines_of(source), start=1)
        if not _is_terminal(sys.stderr):
            return numbered, say
        try:
            from tqdm import tqdm  # noqa: PLC0415  # the progress bar, only on a terminal
        except ImportError:  # pragma: no cover - a dependency, but the bar is a nicety
            return numbered, say
        bar = tqdm(numbered, unit=" lines", file=sys.stderr, leave=False, dynamic_ncols=True)
        stack.callback(bar.close)

        def report(line: str) -> None:
            with bar.external_write_mode(file=sys.stderr):
                say(line)

        return iter(bar), report

    def plans(self) -> Iterator[str]:
        from runstrength._io.lines import json_line  # noqa: PLC0415  # loaded to write plans
        from runstrength._plan.week import build_week  # noqa: PLC0415  # the planner, to plan

        with contextlib.ExitStack() as stack:
            source = _stdin() if self.path == STDIN else stack.enter_context(open(self.path, "rb"))
            numbered, report = self._numbered(source, stack)
            for number, line in numbered:
                try:
                    found = request(number, line)
                    if found is None:
                        continue
                    plan = build_week(*found)
                except InputError as exc:
                    self.bad += 1
                    for problem in exc.problems:
                        report(f"{self.path}: {problem}")
                    continue
                yield json_line(plan) + "\n"


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _stdin() -> IO[bytes] | IO[str]:
    if sys.stdin is None:
        raise InputError("-: cannot read (there is no standard input)")
    binary: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    return binary if binary is not None else sys.stdin


def _check(path: str) -> None:
    """Refuse a file that cannot be opened before any output is written.

    The file is opened again, and closed, as its lines are read.
    """
    if path == STDIN:
        _stdin()
        return
    try:
        with open(path, "rb"):
            pass
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read ({exc.__class__.__name__}: {exc})") from None


def _batch(args: argparse.Namespace) -> Output:
    _check(args.file)
    batch = _Batch(args.file)
    return Output("", lines=batch.plans(), status=lambda: 2 if batch.bad else 0)


COMMANDS = {"batch": _batch}
"""The batch subcommand, by name."""
