"""Exceptions raised by runstrength, and the problems an :class:`InputError` lists.

Only input the library cannot work with raises. Rule breaks in a plan are data
(:class:`~runstrength.Violation`), never exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import final

import attrs

__all__ = ["MAX_PROBLEMS", "InputError", "MissingExtraError", "Problem", "RunstrengthError"]

MAX_SHOWN = 50
"""Problems listed in an error's message; ``InputError.problems`` holds all of them."""

MAX_PROBLEMS = 1_000
"""Problems after which input is checked no further (the first ones are reported)."""

# A path as the head of a problem's text: no spaces, except inside brackets (``logs['a b']``).
_PATH = re.compile(r"((?:[^\s\[:]|\[[^\]]*\])+): ", re.DOTALL)


@final
@attrs.frozen
class Problem:
    """One problem with some input: where it is, and what is wrong there.

    ``str()`` gives the line an :class:`InputError` shows, ``"{path}: {message}"`` (just the
    message when the path is empty).

    Args:
        path: Where the problem is: a JSON path in a document (``$.sessions[1].day``), a
            value's field (``Dose.sets``), a function or its parameter (``estimate_1rm``),
            possibly after the line or partition of a stream (``line 3: $.level``); empty
            when the input as a whole is at fault.
        message: What is wrong, e.g. ``lo (5) must not exceed hi (3)``.

    >>> problem = Problem("$.sessions[1].exercises[0].dose.sets", "lo (5) must not exceed hi (3)")
    >>> str(problem)
    '$.sessions[1].exercises[0].dose.sets: lo (5) must not exceed hi (3)'
    >>> Problem.parse("$.level: 'expert' is not a valid Level").path
    '$.level'
    """

    path: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    @classmethod
    def parse(cls, text: str) -> Problem:
        """A problem from its text: the head before ``": "`` is the path when it reads as one.

        A head reads as a path when it holds no space outside brackets (``$.level``,
        ``Dose.sets``, ``logs['a b']``); otherwise the whole text is the message.
        ``str(Problem.parse(text)) == text`` for every text.
        """
        found = _PATH.match(text)
        if found is None:
            return cls("", text)
        return cls(found.group(1), text[found.end() :])


def _problem(item: object) -> Problem:
    if isinstance(item, Problem):
        return item
    return Problem.parse(item if isinstance(item, str) else str(item))


class RunstrengthError(Exception):
    """Root of every exception this library raises on purpose."""


@final
class InputError(RunstrengthError, ValueError):
    """Input that cannot be used: a bad value, document or catalog.

    ``problems`` lists every problem found as :class:`Problem` values, each with the path
    of the offending value and what is wrong there
    (``$.sessions[1].exercises[0].dose.sets: lo (5) must not exceed hi (3)``), so a caller
    can show all of them at once instead of fixing one per run. A problem given as text is
    read with :meth:`Problem.parse`.

    >>> err = InputError(["$.level: 'expert' is not one of beginner, intermediate, advanced"])
    >>> str(err)
    "1 problem: $.level: 'expert' is not one of beginner, intermediate, advanced"
    >>> err.problems[0].path
    '$.level'
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem | str] | Problem | str) -> None:
        if isinstance(problems, Problem | str):
            problems = (problems,)
        items = tuple(_problem(item) for item in problems)
        self.problems = items or (Problem("", "invalid input"),)
        # The problems are the arguments: ``InputError(*err.args)`` builds the same error.
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        if count == 1:
            return f"1 {noun}: {self.problems[0]}"
        shown = self.problems[:MAX_SHOWN]
        lines = "\n".join(f"  - {p}" for p in shown)
        if count > MAX_SHOWN:
            lines += f"\n  ... and {count - MAX_SHOWN} more (see .problems)"
        return f"{count} {noun}:\n{lines}"

    def __reduce__(self) -> tuple[type[InputError], tuple[tuple[Problem, ...]]]:
        return (InputError, (self.problems,))


class MissingExtraError(RunstrengthError, ImportError):
    """An optional feature was used without the extra that brings its dependency.

    The message names the extra to install, e.g. ``pip install "runstrength[ics]"``.
    It is also an :class:`ImportError`, so ``except ImportError`` catches it.
    """
