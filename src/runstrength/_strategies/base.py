"""What every strategy draws on: units, bounds, texts, ids and small shared pieces.

Building a strategy costs more than drawing from it, so the pieces are built once, here.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._model.vocab import Equipment, Injury, Muscle, Pattern, Weekday

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "CODES",
    "EQUIPMENT",
    "GROUPS",
    "IDS",
    "INJURIES",
    "LOADS",
    "LOAD_WITH",
    "LOWER",
    "MINUTES",
    "PATTERNS",
    "PRIMARY",
    "SET_LOG_LIMITS",
    "TEXT",
    "TEXTS",
    "TEXT_ALPHABET",
    "TEXT_SIZE",
    "UNITS",
    "WEEKDAYS",
    "T",
    "Unit",
    "by_unit",
    "for_unit",
    "name_key",
    "strategy_of",
]

T = TypeVar("T")

Unit = Literal["reps", "seconds", "steps"]

UNITS: tuple[Unit, ...] = ("reps", "seconds", "steps")

TEXT_SIZE = 30
"""Longest text generated: short enough to read in a failing example."""

TEXT_ALPHABET = st.characters(categories=("L", "M", "N", "P", "S"), include_characters=" ")
"""Printable characters: letters, marks, digits, punctuation, symbols and the space."""

SET_LOG_LIMITS: dict[str, int] = {"reps": 200, "seconds": 3600, "steps": 500, "rir": 10}
"""Upper bounds of :class:`~runstrength.SetLog` counts (the lower bound is 0)."""

LOWER = "abcdefghijklmnopqrstuvwxyz"


def by_unit(
    make: Callable[[Unit | None], SearchStrategy[T]],
) -> dict[Unit | None, SearchStrategy[T]]:
    """One strategy for each unit and one for any unit (``None``), each built once."""
    return {unit: make(unit) for unit in (None, *UNITS)}


def for_unit(
    table: Mapping[Unit | None, SearchStrategy[T]], unit: Unit | None
) -> SearchStrategy[T]:
    """The strategy of a :func:`by_unit` table for ``unit``.

    Raises:
        InvalidArgument: ``unit`` is not ``"reps"``, ``"seconds"``, ``"steps"`` or ``None``.
    """
    if unit not in table:
        raise InvalidArgument(f"unit={unit!r} must be 'reps', 'seconds', 'steps' or None")
    return table[unit]


def name_key(name: str) -> str:
    """How a catalog compares names: case, spaces, ``-`` and ``_`` folded (see Catalog.find)."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


# Building a strategy costs more than drawing from it, so the pieces are built once.
TEXT = st.text(TEXT_ALPHABET, min_size=1, max_size=TEXT_SIZE).filter(str.strip)
TEXTS = st.lists(TEXT, max_size=3).map(tuple)
LOADS = st.none() | st.one_of(
    st.floats(min_value=-0.0, max_value=1000, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=1000).map(float),
)
IDS = st.builds(operator.add, st.sampled_from(LOWER), st.text(LOWER + "0123456789_", max_size=63))
WEEKDAYS = st.sampled_from(Weekday)
EQUIPMENT = st.sampled_from(Equipment)
GROUPS = st.lists(st.frozensets(EQUIPMENT, min_size=1), max_size=3)
LOAD_WITH = st.lists(EQUIPMENT, max_size=3)
PATTERNS = st.frozensets(st.sampled_from(Pattern), min_size=1)
PRIMARY = st.frozensets(st.sampled_from(Muscle), min_size=1)
INJURIES = st.frozensets(st.sampled_from(Injury))
MINUTES = st.none() | st.integers(min_value=1, max_value=600)
CODES = st.integers(min_value=0, max_value=999).map(lambda n: f"RS{n:03d}")


def strategy_of(
    value: T | SearchStrategy[T] | None, default: SearchStrategy[T]
) -> SearchStrategy[T]:
    """A keyword given as a value or a strategy, hypothesis' way; ``default`` when not given."""
    if value is None:
        return default
    if isinstance(value, st.SearchStrategy):
        return value
    return st.just(value)
