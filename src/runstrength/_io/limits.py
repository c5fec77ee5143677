"""The limits a document is read within: a budget of values, and of problems.

The limits of :mod:`runstrength._io.documents` are enforced here, as a document is read:
a list or object is measured before any of its items is structured, every item counts
against the document's budget (see :func:`budget`), so oversized input is refused before
it costs time, and reading stops after :data:`MAX_PROBLEMS` problems.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Sized
from typing import Any

from cattrs.errors import IterableValidationNote

from runstrength._io.documents import MAX_ITEMS, MAX_PROBLEMS, MAX_VALUES
from runstrength._io.scalars import describe

__all__ = ["TooLarge", "budget", "measure", "memo", "noted", "stopped"]


class TooLarge(BaseException):  # not an error to collect: it stops the read
    """Raised when a document holds more values than :data:`MAX_VALUES`.

    A ``BaseException``, so that no hook collects it as one more problem and reading
    stops at once; :func:`runstrength.from_dict` turns it into an ``InputError``.
    """


# What the current read may still take: [values, problems]. Per context, so threads and
# tasks that read documents at the same time each have their own.
_BUDGET: contextvars.ContextVar[list[int]] = contextvars.ContextVar("runstrength_budget")
_MEMO: contextvars.ContextVar[dict[Any, Any] | None] = contextvars.ContextVar("runstrength_memo")


@contextlib.contextmanager
def budget(
    values: int = MAX_VALUES, problems: int = MAX_PROBLEMS, *, parsed: bool = False
) -> Iterator[None]:
    """Let the conversions inside the block read at most ``values`` items in all.

    Lists and objects stop being read once ``problems`` problems have been found.
    ``parsed`` says the data came from ``json.loads``: plain values, which their
    ``marshal`` bytes tell apart, so that repeated values can be shared (see :func:`memo`).
    """
    token = _BUDGET.set([values, problems])
    shared = _MEMO.set({} if parsed else None)
    try:
        yield
    finally:
        _MEMO.reset(shared)
        _BUDGET.reset(token)


def measure(value: Sized, kind: str) -> None:
    """Refuse a list or object with too many items, and charge them to the budget."""
    count = len(value)
    if count > MAX_ITEMS:
        raise ValueError(f"{kind} of {count:,} items is too long (at most {MAX_ITEMS:,})")
    left = _BUDGET.get(None)
    if left is not None:
        left[0] -= count
        if left[0] < 0:
            raise TooLarge(f"the document holds more than {MAX_VALUES:,} values")


def stopped(key: object, typ: Any) -> Exception | None:
    """A last problem for a list or object that is not read further, if reading stops."""
    left = _BUDGET.get(None)
    if left is None or left[1] > 0:
        return None
    stop = ValueError(f"not read from here on: {MAX_PROBLEMS:,} problems found already")
    return noted(stop, key, typ)


def memo() -> dict[Any, Any] | None:
    """Where the current read shares the values it built (``None``: it shares none)."""
    return _MEMO.get(None)


def noted(exc: Exception, key: object, typ: Any) -> Exception:
    """``exc``, noted as found at ``key`` (a list index or object key), and counted."""
    left = _BUDGET.get(None)
    if left is not None:
        left[1] -= 1
    exc.__notes__ = [
        *getattr(exc, "__notes__", []),
        IterableValidationNote(f"Structuring @ {describe(key)}", key, typ),  # type: ignore[arg-type]
    ]
    return exc
