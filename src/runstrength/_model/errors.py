"""Exceptions raised by runstrength.

Only input the library cannot work with raises. Rule breaks in a plan are data
(:class:`~runstrength.Violation`), never exceptions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

__all__ = ["InputError", "MissingExtraError", "RunstrengthError"]

MAX_SHOWN = 50
"""Problems listed in an error's message; ``InputError.problems`` holds all of them."""


class RunstrengthError(Exception):
    """Root of every exception this library raises on purpose."""


@final
class InputError(RunstrengthError, ValueError):
    """Input that cannot be used: a bad value, document or catalog.

    ``problems`` lists every problem found, each a line that starts with the path of the
    offending value (``$.sessions[1].exercises[0].dose.sets: lo (5) must not exceed hi (3)``),
    so a caller can show all of them at once instead of fixing one per run.

    >>> err = InputError(["$.level: 'expert' is not one of beginner, intermediate, advanced"])
    >>> str(err)
    "1 problem: $.level: 'expert' is not one of beginner, intermediate, advanced"
    """

    problems: tuple[str, ...]

    def __init__(self, problems: Iterable[str] | str) -> None:
        items = (problems,) if isinstance(problems, str) else tuple(problems)
        self.problems = items or ("invalid input",)
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        if count == 1:
            return f"1 {noun}: {self.problems[0]}"
        shown = self.problems[:MAX_SHOWN]
        lines = "\n".join(f"  - {p}" for p in shown)
        if count > MAX_SHOWN:
            lines += f"\n  ... and {count - MAX_SHOWN} more (see .problems)"
        return f"{count} {noun}:\n{lines}"

    def __reduce__(self) -> tuple[type[InputError], tuple[tuple[str, ...]]]:
        return (InputError, (self.problems,))


class MissingExtraError(RunstrengthError, ImportError):
    """An optional feature was used without the extra that brings its dependency.

    The message names the extra to install, e.g. ``pip install "runstrength[ics]"``.
    It is also an :class:`ImportError`, so ``except ImportError`` catches it.
    """
