"""JSON Lines: one document a line, in and out, for streams of values.

A line must be one line for every line splitter: JSON escapes the line breaks below
U+0020 inside strings, and :func:`json_line` escapes the three others that
``str.splitlines`` and some JSON Lines readers break lines at (U+0085, U+2028 and U+2029),
so a line holds no line break but its last character.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from runstrength._io.documents import check_type, check_value, from_json, to_json
from runstrength._model.errors import InputError, Problem

T = TypeVar("T")

__all__ = ["from_json_lines", "json_line", "to_json_lines"]

_LINE_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
"""Line breaks JSON leaves raw in strings, with the escapes that read back as them."""


def json_line(obj: Any) -> str:
    """One value as a line of JSON Lines: :func:`to_json`, escaped, without a line end.

    Raises:
        TypeError: ``obj`` is not a runstrength value.
    """
    text = to_json(obj)
    for char, escape in _LINE_BREAKS:
        if char in text:  # rare: checked first, as a search costs less than a copy
            text = text.replace(char, escape)
    return text


def to_json_lines(objs: Iterable[Any]) -> Iterator[str]:
    r"""Serialise values as JSON Lines: one :func:`~runstrength.to_json` document a line.

    Each line ends with ``"\n"`` and holds no other line break (JSON escapes those
    inside strings, and so do these lines for U+0085, U+2028 and U+2029, which JSON
    leaves as they are), so ``file.writelines(to_json_lines(plans))`` writes a valid
    JSON Lines file that any line splitter reads back line by line. Lazy, like
    :func:`~runstrength.build_weeks`.

    Args:
        objs: runstrength values (plans, athletes, blocks, ...).

    Returns:
        An iterator of lines, in the order of ``objs``.

    Raises:
        TypeError: ``objs`` is not iterable, or (while iterating) an item is not a
            runstrength value (``to_json_lines: objs[3] must be a runstrength value``).

    >>> import runstrength as rs
    >>> lines = rs.to_json_lines([rs.Run(rs.RunKind.easy, 40), rs.Run(rs.RunKind.long)])
    >>> next(lines)
    '{"schema_version": 2, "kind": "easy", "minutes": 40}\n'
    >>> next(lines)
    '{"schema_version": 2, "kind": "long"}\n'
    """
    given: object = objs  # checked as any object: callers may pass anything
    if not isinstance(given, Iterable) or isinstance(given, str | bytes | bytearray):
        raise TypeError(
            f"to_json_lines: objs must be an iterable of runstrength values, "
            f"not {type(given).__name__}"
        )
    return _lines(objs)


def _lines(objs: Iterable[Any]) -> Iterator[str]:
    for index, obj in enumerate(objs):
        check_value("to_json_lines", obj, f"objs[{index}]")
        yield json_line(obj) + "\n"


def from_json_lines(cls: type[T], lines: Iterable[str | bytes]) -> Iterator[T]:
    """Read JSON Lines back: one value of type ``cls`` per non-blank line.

    Accepts an open text file, a list of strings or any iterable of lines; blank lines
    are skipped. Lazy, like :func:`~runstrength.build_weeks`.

    Args:
        cls: The value type every line holds, e.g. :class:`~runstrength.WeekPlan`.
        lines: The lines to read.

    Returns:
        An iterator of values, in the order of the lines.

    Raises:
        InputError: A line is not a valid document; every problem's path is prefixed
            with the line number, counting from 1 (``line 3: $.sessions[0].day: ...``).
        TypeError: ``cls`` is not a runstrength value type, or ``lines`` is not an
            iterable of lines (a single string is not).

    >>> import runstrength as rs
    >>> lines = ['{"kind": "easy", "minutes": 40}', "", '{"kind": "long"}']
    >>> [str(run.kind) for run in rs.from_json_lines(rs.Run, lines)]
    ['easy', 'long']
    """
    check_type("from_json_lines", cls)
    given: object = lines  # checked as any object: callers may pass anything
    if not isinstance(given, Iterable) or isinstance(given, str | bytes | bytearray):
        raise TypeError(
            f"from_json_lines: lines must be an iterable of lines, not {type(given).__name__}"
        )
    return _values(cls, lines)


def _values(cls: type[T], lines: Iterable[str | bytes]) -> Iterator[T]:
    for number, line in enumerate(lines, start=1):
        if not isinstance(line, str | bytes | bytearray):
            raise InputError(Problem(f"line {number}", f"expected text, got {type(line).__name__}"))
        if not line.strip():
            continue
        try:
            yield from_json(cls, line)
        except InputError as exc:
            raise InputError(_on_line(number, p) for p in exc.problems) from None


def _on_line(number: int, problem: Problem) -> Problem:
    """``problem``, found in line ``number`` of a stream: the line starts its path."""
    where = f"line {number}"
    return Problem(f"{where}: {problem.path}" if problem.path else where, problem.message)
