"""Strict hooks for a document's scalars, and how a value is described in a message.

The scalars are whole numbers, numbers, text, true or false and vocabulary names.
Strict: no silent coercion (``"5"`` is not a number, ``true`` is not 1), whole numbers
have at most :data:`~runstrength._io.documents.MAX_DIGITS` digits, numbers are finite
(``-0.0`` reads as ``0.0``), and text is at most
:data:`~runstrength._io.documents.MAX_TEXT` Unicode characters (no lone surrogates).
"""

from __future__ import annotations

import enum
import json
import math

from runstrength._io.documents import MAX_DIGITS, MAX_TEXT
from runstrength._model.checks import escaped, invalid_member, lone_surrogate

__all__ = [
    "describe",
    "expect",
    "structure_bool",
    "structure_enum",
    "structure_float",
    "structure_int",
    "structure_str",
]

_LARGEST = 10**MAX_DIGITS


def describe(value: object) -> str:
    """Describe a value for a message: scalars as JSON, containers by kind."""
    if isinstance(value, int) and not -_LARGEST < value < _LARGEST:
        return f"a whole number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str) and len(value) > 40:
        value = value[:37]
        return escaped(json.dumps(value, ensure_ascii=False)[:-1] + '..."')
    if value is None or isinstance(value, bool | int | float | str):
        text = escaped(json.dumps(value, ensure_ascii=False, default=str))
        return text if len(text) <= 40 else text[:37] + "..."
    names: dict[type, str] = {dict: "an object", list: "a list", tuple: "a list"}
    return names.get(type(value), type(value).__name__)


def expect(kind: str, value: object) -> TypeError:
    """The error for a value of the wrong kind: ``expected a list of runs, got 3``."""
    return TypeError(f"expected {kind}, got {describe(value)}")


def _too_long(value: int) -> ValueError:
    return ValueError(f"{describe(value)} is too large (at most {MAX_DIGITS} digits)")


def structure_int(value: object, _: object) -> int:
    """A whole number (not a bool, not a float) of at most ``MAX_DIGITS`` digits."""
    if type(value) is not int:
        raise expect("a whole number", value)
    if not -_LARGEST < value < _LARGEST:
        raise _too_long(value)
    return value


def structure_float(value: object, _: object) -> float:
    """A finite number, as a float; ``-0.0`` is ``0.0``."""
    if type(value) not in (int, float):
        raise expect("a number", value)
    if type(value) is int and not -_LARGEST < value < _LARGEST:
        raise _too_long(value)
    number = float(value)  # type: ignore[arg-type]  # int or float checked above
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number or 0.0  # -0.0 is 0.0


def structure_str(value: object, _: object) -> str:
    """Text of at most ``MAX_TEXT`` Unicode characters."""
    if type(value) is not str:
        raise expect("text", value)
    if len(value) > MAX_TEXT:
        raise ValueError(f"text of {len(value):,} characters is too long (at most {MAX_TEXT:,})")
    problem = lone_surrogate(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def structure_bool(value: object, _: object) -> bool:
    """``true`` or ``false``."""
    if type(value) is not bool:
        raise expect("true or false", value)
    return value


def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    """A member of ``cls``, given as one or by its name."""
    if type(value) is str:  # a document's name: found at C speed when it is a member's
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
    elif isinstance(value, cls):
        return value
    text = structure_str(value, str)
    try:
        return cls(text)
    except ValueError:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValueError(invalid_member(cls, shown)) from None
