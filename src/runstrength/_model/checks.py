"""Construction checks shared by the value types.

Each helper raises :class:`~runstrength.InputError` with a message that names the owner,
the field, the value and the rule, e.g. ``Dose.sets: lo (0) must be at least 1``.
"""

from __future__ import annotations

import enum
import math
import re
import reprlib
from collections.abc import Iterable, Mapping, Set
from typing import Any, TypeVar, final

from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import (
    Weekday,
)

E = TypeVar("E", bound=enum.Enum)

_SLUG = re.compile(r"[a-z][a-z0-9_]{0,63}")

_SURROGATE = re.compile("[\ud800-\udfff]")
"""A code point that is half of a UTF-16 pair: no character, and no UTF-8 can hold it."""


_LONGEST_SHOWN = 80
"""Characters of a value a message shows, before ``...``."""

_HUGE = 10**20
"""Whole numbers from this size on are described by their digits, not written out."""


def digits(value: int) -> int:
    """How many decimal digits ``value`` has, found without writing it out.

    Python refuses to write an int of more than 4,300 digits as text; this counts them
    from the bit length, exactly up to 100,000 digits and about beyond.
    """
    size = abs(value)
    count = max(1, int(size.bit_length() * 0.30102999566398120))
    if count > 100_000:
        return count
    while size >= 10**count:
        count += 1
    while count > 1 and size < 10 ** (count - 1):
        count -= 1
    return count


class _Shown(reprlib.Repr):
    """``repr`` for messages: bounded, the same in every run, and never failing."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = self.maxother = _LONGEST_SHOWN
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = 6
        self.maxdict = 4

    def repr_int(self, x: int, level: int) -> str:
        if -_HUGE < x < _HUGE:
            return repr(x)
        sign = "negative " if x < 0 else ""
        return f"a {sign}{digits(x):,}-digit number"

    def repr_instance(self, x: object, level: int) -> str:
        try:
            text = repr(x)
        except Exception:  # a caller's value may fail to show itself: name its type instead
            return f"a {type(x).__name__}"
        return text if len(text) <= self.maxother else text[: self.maxother - 3] + "..."


_SHOWN = _Shown()


def shown(value: object) -> str:
    """A value for a message: its ``repr``, shortened, and never failing or huge.

    A huge whole number is described by its digits (``a 5,001-digit number``), long text
    and a long ``repr`` end in ``...``, a collection shows its first few items (a set's
    and a mapping's in sorted order, so the message is the same in every run), and a
    value whose ``repr`` fails is named by its type.
    """
    text = _SHOWN.repr(value)
    return text if len(text) <= _LONGEST_SHOWN else text[: _LONGEST_SHOWN - 3] + "..."


def lone_surrogate(text: str) -> str | None:
    r"""What is wrong with ``text`` as Unicode characters, or ``None`` when nothing is.

    Python strings may hold lone surrogates (``"\ud800"``, from JSON escapes or
    ``errors="surrogateescape"``); no UTF-8 text can, so every writer would fail on them.
    """
    if text.isascii():  # most text, found at C speed
        return None
    try:
        text.encode("utf-8")  # at C speed too: only a lone surrogate cannot be encoded
    except UnicodeEncodeError:
        pass
    else:
        return None
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return (
        f"U+{ord(found.group()):04X} at position {found.start()} is a lone surrogate, "
        "not a Unicode character"
    )


def escaped(text: str) -> str:
    r"""``text`` with any lone surrogate written as an escape (``\ud800``), for messages."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _kind_name(kind: type | None) -> str:
    if kind is None:
        return "None"
    if kind is float:
        return "a number"
    name = kind.__name__
    return f"{'an' if name[0] in 'AEIOU' or name == 'int' else 'a'} {name}"


def _fits(value: object, kinds: tuple[type | None, ...]) -> bool:
    if value is None:
        return None in kinds
    if isinstance(value, bool) and bool not in kinds:
        return False  # True is an int to Python, but not a number or a count to a caller
    return any(
        kind is not None and isinstance(value, int | float if kind is float else kind)
        for kind in kinds
    )


def check_args(func: str, **arguments: tuple[Any, ...]) -> None:
    """Refuse an argument of the wrong Python type, naming the function and the parameter.

    Each keyword names a parameter and gives its value, then the types it takes: ``None``
    when it may be ``None``, ``float`` for any number (``bool`` is never one).

    >>> check_args("repeat", text=("ab", str), times=(2.0, int), every=(None, float, None))
    Traceback (most recent call last):
    TypeError: repeat: times must be an int, not float

    Raises:
        TypeError: The first argument that is not of its types, as
            ``build_week: athlete must be an Athlete, not str``.
    """
    for name, argument in arguments.items():
        value, kinds = argument[0], argument[1:]
        if type(value) in kinds or _fits(value, kinds):  # the first test: most calls, quickly
            continue
        names = [_kind_name(kind) for kind in kinds]
        expected = " or ".join([", ".join(names[:-1]), names[-1]] if names[1:] else names)
        given = "None" if value is None else type(value).__name__
        raise TypeError(f"{func}: {name} must be {expected}, not {given}")


def fail(owner: str, field: str, message: str) -> InputError:
    """Build the error for one broken field (the caller raises it)."""
    return InputError(Problem(f"{owner}.{field}", message))


def check_int(owner: str, field: str, value: object, lo: int, hi: int) -> None:
    """Require a whole number (not a bool) in ``lo..hi``."""
    if type(value) is not int:
        raise fail(owner, field, f"expected a whole number, got {shown(value)}")
    if not lo <= value <= hi:
        raise fail(owner, field, f"{shown(value)} is outside {lo}..{hi}")


def check_number(owner: str, field: str, value: object, lo: float, hi: float) -> None:
    """Require a finite real number (not a bool) in ``lo..hi``.

    A whole number is compared as it is, never made a float first: one too large for a
    float is out of range, not an ``OverflowError``.
    """
    if type(value) not in (int, float):
        raise fail(owner, field, f"expected a number, got {shown(value)}")
    number: float = value  # type: ignore[assignment]  # int or float checked above
    if (type(number) is float and not math.isfinite(number)) or not lo <= number <= hi:
        raise fail(owner, field, f"{shown(value)} is outside {lo:g}..{hi:g}")


def to_number(value: float) -> float:
    """The converter of a number field: ``-0.0`` becomes ``0.0``, the rest is kept.

    The two are equal, but ``-0.0`` shows as ``-0`` (``"-0 kg"``) and keeps its sign
    through arithmetic, so a load of nothing would read as less than nothing. Anything
    that is not a number is kept too, for the field's check to refuse by name.
    """
    if type(value) is float and value == 0.0:
        return 0.0
    return value


def to_optional_number(value: float | None) -> float | None:
    """:func:`to_number` for a field that may be ``None``."""
    return value if value is None else to_number(value)


def check_bool(owner: str, field: str, value: object) -> None:
    """Require ``True`` or ``False``."""
    if type(value) is not bool:
        raise fail(owner, field, f"expected true or false, got {shown(value)}")


def check_text(owner: str, field: str, value: object, *, max_len: int = 500) -> None:
    """Require a non-blank string of at most ``max_len`` characters."""
    if type(value) is str and value.isascii() and len(value) <= max_len and value.strip():
        return  # the common case, checked at C speed: ASCII holds no lone surrogate
    if not isinstance(value, str) or not value.strip():
        raise fail(owner, field, f"expected non-empty text, got {shown(value)}")
    if len(value) > max_len:
        raise fail(owner, field, f"text is {len(value)} characters long (at most {max_len})")
    problem = lone_surrogate(value)
    if problem is not None:
        raise fail(owner, field, problem)


def check_texts(owner: str, field: str, values: tuple[Any, ...], *, max_len: int = 500) -> None:
    """Require every item of a tuple to be non-blank text (see :func:`to_str_tuple`)."""
    if type(values) is NotTexts:
        raise fail(owner, field, f"expected a list of text, got {shown(values[0])}")
    for index, value in enumerate(values):
        check_text(owner, f"{field}[{index}]", value, max_len=max_len)


def check_slug(owner: str, field: str, value: object) -> None:
    """Require a snake_case identifier such as ``goblet_squat``."""
    if not isinstance(value, str) or _SLUG.fullmatch(value) is None:
        raise fail(owner, field, f"{shown(value)} is not a snake_case id (a-z, 0-9, _; 64 at most)")


def member(cls: type[E], value: E | str, where: str = "") -> E:
    """``value`` as a member of ``cls``, accepting the member or its string value.

    ``where`` (``"Athlete.level"``) starts the error message, so it names the field.
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except (ValueError, TypeError):
        raise InputError(Problem(where, invalid_member(cls, value))) from None


def members(cls: type[E], values: Iterable[E | str] | str, where: str = "") -> frozenset[E]:
    """A frozenset of members of ``cls`` from members or strings (one string is one)."""
    if isinstance(values, str):
        return frozenset((member(cls, values, where),))
    try:
        items = list(values)
    except TypeError:
        message = f"expected a list of {cls.__name__} names, got {shown(values)}"
        raise InputError(Problem(where, message)) from None
    return frozenset(member(cls, v, where) for v in items)


def to_weekday(value: Weekday | str) -> Weekday:
    """Convert to a :class:`Weekday` (for day keys given as strings)."""
    return member(Weekday, value)


def invalid_member(cls: type[enum.Enum], value: object) -> str:
    """Describe a value that is not a member of ``cls``, listing the allowed values."""
    known = ", ".join(str(m.value) for m in cls)
    return f"{shown(value)} is not a valid {cls.__name__} (expected one of: {known})"


@final
class NotTexts(tuple[object, ...]):
    """What :func:`to_str_tuple` makes of a value that is not a list of text.

    A converter cannot name its field, so it keeps the value, one item in a tuple, for
    the field's :func:`check_texts` to refuse by name.
    """

    __slots__ = ()


def to_str_tuple(values: Iterable[str] | str) -> tuple[str, ...]:
    """Convert a list of strings (or one string) to a tuple.

    Anything else (a number, a set, whose order is not defined, a mapping) becomes a
    :class:`NotTexts` that :func:`check_texts` refuses.
    """
    if isinstance(values, str):
        return (values,)
    if isinstance(values, list | tuple):
        return tuple(values)
    given: object = values  # a caller may pass anything
    if isinstance(given, Iterable) and not isinstance(given, Set | Mapping | bytes | bytearray):
        return tuple(values)
    return NotTexts((given,))  # type: ignore[return-value]  # refused by check_texts
