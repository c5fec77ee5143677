"""What the command reads: documents and lists of documents, each problem with its option.

A file option names a JSON document (``--athlete FILE``) or a list of them (``--weeks
FILE``: a JSON array, or JSON Lines, one document a line); ``-`` reads standard input,
which only one option of a call may do. Every problem starts with the option and the file
(``--weeks weeks.json: $[2].tue: ...``, ``--history h.jsonl: line 3: $.plan: ...``).

A new source of input (say, running weeks from a calendar file) is one more function
here returning the values or raising :class:`~runstrength.InputError`.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Callable, Sequence
from typing import TypeVar

from runstrength._cli.streams import STDIN, read_document
from runstrength._io.documents import MAX_VALUES, from_dict, from_json
from runstrength._model.athlete import Athlete
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import Goal, Level
from runstrength._model.week import Run, RunningWeek

__all__ = [
    "EXAMPLE_ATHLETE",
    "EXAMPLE_WEEK",
    "Problems",
    "item",
    "next_monday",
    "parse_json",
    "read_list",
    "read_one",
    "start_date",
    "under",
]

T = TypeVar("T")

EXAMPLE_ATHLETE = Athlete(
    level=Level.intermediate,
    equipment=["dumbbell", "step", "wall", "chair", "mini_band"],
    goals=[Goal.hills],
)
"""The runner the command plans for when given no ``--athlete``."""

EXAMPLE_WEEK = RunningWeek(
    tue=Run("intervals", 50),
    wed=Run("easy", 40),
    thu=Run("tempo", 45),
    sat=Run("easy", 40),
    sun=Run("long", 100),
)
"""The running week the command plans around when given no ``--week``."""

_DEEP = "nested too deeply (a runstrength document nests about 10 levels)"


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: list[str] = []
        twice = sorted({k for k, _ in pairs if k in seen or seen.append(k)})  # type: ignore[func-returns-value]
        raise ValueError(f"key(s) given twice: {', '.join(map(repr, twice))}")
    return data


def parse_json(text: str) -> object:
    """JSON text as plain data, within the limits :func:`~runstrength.from_json` reads in.

    Raises:
        InputError: The text is not JSON, nests too deeply, holds too many values or
            gives a key twice; one problem at ``$``.
    """
    if text.count(",") >= MAX_VALUES:
        raise InputError(Problem("$", f"more than the {MAX_VALUES:,} values a document may hold"))
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        problem = Problem("$", _DEEP)
    except ValueError as exc:
        problem = Problem("$", f"not valid JSON ({exc})")
    raise InputError(problem)


def under(prefix: str, problem: Problem) -> Problem:
    """``problem``, found in the part of a document at ``prefix`` (``$[3]``, ``line 2: $``)."""
    if problem.path.startswith("$"):
        return Problem(prefix + problem.path[1:], problem.message)
    return Problem(prefix, str(problem) if problem.path else problem.message)


def item(cls: type[T], data: object, prefix: str) -> T:
    """``from_dict(cls, data)``, every problem's path starting with ``prefix``."""
    try:
        return from_dict(cls, data)
    except InputError as exc:
        raise InputError([under(prefix, p) for p in exc.problems]) from None


def _values(cls: type[T], text: str) -> list[T]:
    """A JSON array of ``cls`` documents, one document, or JSON Lines of them."""
    stripped = text.strip()
    if stripped.startswith("[") or not stripped:
        data = parse_json(text)
        if not isinstance(data, list):
            raise InputError(Problem("$", f"expected a JSON array, got {type(data).__name__}"))
        return _all(cls, data, lambda i: f"$[{i}]")
    if "\n" not in stripped:
        return [from_json(cls, text)]
    try:
        whole = parse_json(text)
    except InputError:
        whole = None  # not one document: JSON Lines
    if isinstance(whole, dict):
        return [item(cls, whole, "$")]
    rows = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return _all(cls, [line for _, line in rows], lambda i: f"line {rows[i][0]}: $", parse=True)


def _all(
    cls: type[T], data: Sequence[object], where: Callable[[int], str], *, parse: bool = False
) -> list[T]:
    problems: list[Problem] = []
    values: list[T] = []
    for index, part in enumerate(data):
        try:
            parsed = parse_json(part) if parse and isinstance(part, str) else part
        except InputError as exc:
            problems += [under(where(index), p) for p in exc.problems]
            continue
        try:
            values.append(item(cls, parsed, where(index)))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return values


def _labelled(path: str, label: str, read: Callable[[str], T]) -> T:
    text = read_document(path, label)
    try:
        return read(text)
    except InputError as exc:
        where = f"{label} {path}" if label else path
        raise InputError([f"{where}: {p}" for p in exc.problems]) from None


def read_one(path: str, cls: type[T], label: str) -> T:
    """The ``cls`` document a file option names.

    Raises:
        InputError: The file cannot be read or is not a ``cls``; each problem starts with
            ``label`` and ``path``.
    """
    return _labelled(path, label, lambda text: from_json(cls, text))


def read_list(path: str, cls: type[T], label: str) -> list[T]:
    """The ``cls`` documents a file option names: a JSON array, one document, or JSON Lines.

    Raises:
        InputError: The file cannot be read, or an item is not a ``cls``; each problem
            starts with ``label`` and ``path``, then the item (``$[2]`` or ``line 3: $``).
    """
    return _labelled(path, label, lambda text: _values(cls, text))


def next_monday(today: datetime.date) -> datetime.date:
    """The first Monday after ``today`` (a week on, when today is a Monday)."""
    return today + datetime.timedelta(days=7 - today.weekday())


def start_date(text: str | None) -> datetime.date:
    """The Monday ``--start`` names; the next Monday after today when ``None``.

    Raises:
        InputError: ``text`` is not a date, or not a Monday.
    """
    if text is None:
        return next_monday(datetime.date.today())  # the command may read the clock
    try:
        start = datetime.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--start: {text!r} is not a date like 2026-11-23") from None
    if start.weekday() != 0:
        raise InputError(
            f"--start: must be a Monday; {start.isoformat()} is a {start.strftime('%A')}"
        )
    return start


def _label(option: str) -> str:
    """What a problem with the file ``option`` names starts with: the option, or nothing."""
    return "" if option.isupper() else option


class Problems:
    """The problems of a command's input, gathered so that all of them are reported at once.

    Each file option is read only if no option before it claimed standard input already.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        """Problems with ``args``; none yet."""
        self.args = args
        self.lines: list[str] = []
        self._stdin: str | None = None

    def attempt(self, read: Callable[[], T]) -> T | None:
        """``read()``, or ``None`` with its problems noted."""
        try:
            return read()
        except InputError as exc:
            self.lines += map(str, exc.problems)
            return None

    def path(self, option: str) -> str | None:
        """The file ``option`` names (``FILE`` for the argument of that name), if any.

        ``None`` too when it is ``-`` and an option before it read standard input already.
        """
        dest = option.lstrip("-").replace("-", "_").lower()
        path: str | None = getattr(self.args, dest, None)
        if path == STDIN:
            if self._stdin is not None:
                name = "" if option.isupper() else f"{option} "
                self.lines.append(
                    f"{name}-: standard input is read for {self._stdin} already; "
                    "only one file of a call may be -"
                )
                return None
            self._stdin = option
        return path

    def one(self, option: str, cls: type[T], default: T) -> T:
        """The ``cls`` document ``option`` names, or ``default`` when it names none."""
        path = self.path(option)
        if path is None:
            return default
        found = self.attempt(lambda: read_one(path, cls, _label(option)))
        return default if found is None else found

    def maybe(self, option: str, cls: type[T]) -> T | None:
        """The ``cls`` document ``option`` names, or ``None``."""
        path = self.path(option)
        return None if path is None else self.attempt(lambda: read_one(path, cls, _label(option)))

    def many(self, option: str, cls: type[T]) -> list[T]:
        """The ``cls`` documents ``option`` names (none when it names no file)."""
        path = self.path(option)
        if path is None:
            return []
        return self.attempt(lambda: read_list(path, cls, _label(option))) or []

    def check(self) -> None:
        """Raise the problems gathered so far, if any.

        Raises:
            InputError: Every problem gathered, in the order found.
        """
        if self.lines:
            raise InputError(self.lines)
