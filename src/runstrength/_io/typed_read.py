"""The typed read: a decoder per value type, made once from its fields, for parsed JSON.

:func:`runstrength.from_json` reads a document here first. Each value type's decoder is
made on first use from the type's fields (like the structure functions cattrs generates),
and builds the value straight from the parsed objects and lists with every check the
careful read makes: only plain JSON of the right kind, no unknown key, every required
field, the limits on lists, objects, text and numbers, and the value's public constructor
with its own checks. It trusts nothing and words nothing: on anything it cannot take it
gives up (:class:`~runstrength._io.quick.Refused`, or whatever the constructor raised),
and the document is read again by the converter, which finds the same value or names
every problem with its path. So what the typed read accepts, the converter accepts too,
as the same value; a test holds the two to each other.

A value type with a field this module does not know (a set, a mapping, an athlete's
equipment) has no decoder, and its documents are read by the converter alone.
"""

from __future__ import annotations

import functools
import json
import marshal
import math
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from runstrength._io.converter import _SHARED, _range
from runstrength._io.documents import (
    MAX_DIGITS,
    MAX_ITEMS,
    MAX_TEXT,
    MAX_VALUES,
    SCHEMA_KEY,
    _migrate,
)
from runstrength._io.quick import Refused, read_reason
from runstrength._io.typed_fields import fields_decoder, running_week
from runstrength._model.block import MAX_WEEKS, Block
from runstrength._model.checks import lone_surrogate
from runstrength._model.dose import IntRange
from runstrength._model.prescription import Prescription
from runstrength._model.reason import Reason, to_reason
from runstrength._model.vocab import RunKind, Weekday, _Vocabulary
from runstrength._model.week import Run, RunningWeek

__all__ = ["decoder", "read_text"]

_LARGEST = 10**MAX_DIGITS


class _State:
    """One read: the values it may still count, and the values it shares by their bytes."""

    __slots__ = ("colons", "left", "part", "shared")

    def __init__(self) -> None:
        self.left = MAX_VALUES
        self.colons = 0
        self.shared: dict[tuple[type, bytes | str], tuple[Any, int, int]] = {}
        self.part: Callable[[object], Reason] = lambda part: _decoder_of(Reason)(part, self)


Decode = Callable[[Any, _State], Any]


def _count(value: list[Any] | dict[str, Any], state: _State) -> None:
    """Charge a list's or object's items, as the converter measures them."""
    count = len(value)
    if count > MAX_ITEMS:
        raise Refused
    state.left -= count
    if state.left < 0:
        raise Refused


def _text(value: Any, state: _State) -> str:
    if type(value) is not str or len(value) > MAX_TEXT or lone_surrogate(value) is not None:
        raise Refused
    state.colons += value.count(":")
    return value


def _flag(value: Any, _: _State) -> bool:
    if type(value) is not bool:
        raise Refused
    return value


def _whole(value: Any, _: _State) -> int:
    if type(value) is not int or not -_LARGEST < value < _LARGEST:
        raise Refused
    return value


def _number(value: Any, _: _State) -> float:
    kind = type(value)
    if kind is int:
        if not -_LARGEST < value < _LARGEST:
            raise Refused
    elif kind is not float:
        raise Refused
    number = float(value)
    if not math.isfinite(number):
        raise Refused
    return number or 0.0  # -0.0 is 0.0


def _int_range(value: Any, _: _State) -> IntRange:
    if type(value) is list and len(value) == 2:
        lo, hi = value
        if type(lo) is int and type(hi) is int and 0 <= lo <= hi < _LARGEST:
            return _range(lo, hi)
    raise Refused  # the other forms a range may take are read by the converter


def _member(cls: type[_Vocabulary]) -> Decode:
    table = cls._value2member_map_

    def decode(value: Any, _: _State) -> Any:
        if type(value) is not str:
            raise Refused
        return table[value]  # a KeyError gives up too

    return decode


def _optional(inner: Decode) -> Decode:
    def decode(value: Any, state: _State) -> Any:
        return None if value is None else inner(value, state)

    return decode


def _items(inner: Decode) -> Decode:
    def decode(value: Any, state: _State) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Refused
        _count(value, state)
        return tuple([inner(item, state) for item in value])

    return decode


def _per_week(inner: Decode) -> Decode:
    def decode(value: Any, state: _State) -> Any:
        if type(value) is list and len(value) > MAX_WEEKS:
            raise Refused
        return inner(value, state)

    return decode


def _shared(cls: type, inner: Decode) -> Decode:
    """Build each distinct object once per document, as the converter's quick read does.

    Parsed JSON holds plain values only, which ``marshal`` writes with their types, so
    equal bytes mean an equal value. A shared value is charged its whole size each time.
    """

    def decode(value: Any, state: _State) -> Any:
        if type(value) is not dict:
            return inner(value, state)
        key = (cls, marshal.dumps(value, 2))
        found = state.shared.get(key)
        if found is None:
            left, colons = state.left, state.colons
            built = inner(value, state)
            state.shared[key] = (built, left - state.left, state.colons - colons)
            return built
        state.left -= found[1]
        state.colons += found[2]
        if state.left < 0:
            raise Refused
        return found[0]

    return decode


def _free_text(value: str) -> Reason:
    if len(value) > MAX_TEXT or lone_surrogate(value) is not None:
        raise Refused
    return to_reason(value)


def _reason(value: Any, state: _State) -> Reason:
    """A reason; its parts are shared as reasons are, each charged where it is read."""
    reason = read_reason(value, _free_text, state.part, charge=False)
    if type(value) is not dict:  # free text
        state.colons += value.count(":")
        return reason
    params = reason.params._data
    state.left -= len(value) + len(params) + len(value.get("parts", ()))
    state.colons += len(value) + len(params) + reason.code.count(":") + reason.text.count(":")
    for item in params.values():
        if type(item) is str:
            state.colons += item.count(":")
    return reason


def _optional_reason(value: Any, state: _State) -> Reason | None:
    """A prescription's reason: ``null`` or ``""`` (a version-1 document's) is none."""
    if value is None or value == "":
        return None
    reason: Reason = _decoder_of(Reason)(value, state)
    return reason


_KINDS = RunKind._value2member_map_


def _run(value: Any, state: _State) -> Run:
    """A run, given by its kind or as an object; a run of a kind alone is built once a read."""
    if type(value) is str:
        return Run(typing.cast("RunKind", _KINDS[value]))
    if type(value) is dict and len(value) == 1 and type(kind := value.get("kind")) is str:
        found = state.shared.get((Run, kind))
        if found is None:
            run = typing.cast("Run", _decoder_of(Run)(value, state))
            state.shared[Run, kind] = (run, 1, 1)
            return run
        state.left -= 1
        state.colons += 1
        return typing.cast("Run", found[0])
    return typing.cast("Run", _decoder_of(Run)(value, state))


_DAYS = Weekday._value2member_map_


def _week(value: Any, state: _State) -> RunningWeek:
    if type(value) is not dict:
        raise Refused
    _count(value, state)
    state.colons += len(value)
    days = {}
    for key, item in value.items():
        if type(key) is not str or key not in _DAYS:
            raise Refused
        if type(item) is str or type(item) is dict:
            state.left -= 1  # read as a list of one run, and charged as one
            if state.left < 0:
                raise Refused
            runs = (_run(item, state),)
        else:
            runs = _items(_run)(item, state)
            if len(runs) > 2:
                raise Refused
        days[key] = runs
    return running_week(days)  # as RunningWeek(**days) builds it


_SCALARS: dict[Any, Decode] = {
    str: _text,
    bool: _flag,
    int: _whole,
    float: _number,
    IntRange: _int_range,
    RunningWeek: _week,
}

_FIELDS: dict[tuple[type, str], Callable[[Decode], Decode]] = {
    (Prescription, "reason"): lambda _: _optional_reason,
    **{(Block, name): _per_week for name in ("weeks", "phases", "running", "reasons")},
}
"""Fields read otherwise than by their type, as the converter's overrides read them."""


class Unsupported(Exception):  # a type the typed read leaves to the converter
    """Raised while making a decoder for a type this module does not read."""


def _of_type(annotation: Any) -> Decode:
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if annotation is Reason:
        return _decoder_of(Reason)
    if isinstance(annotation, type) and issubclass(annotation, _Vocabulary):
        return _member(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _items(_of_type(args[0]))
    if origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _optional(_of_type(inner))
    if attrs.has(annotation):
        return _decoder_of(annotation)
    raise Unsupported(annotation)


@functools.cache
def _decoder_of(cls: type) -> Decode:
    """A value type's decoder, made once (no value type holds its own kind but a reason)."""
    if cls is Reason:
        return _shared(Reason, _reason)
    if cls is Run:
        return _fields_of(Run)
    decode = _fields_of(cls)
    return _shared(cls, decode) if cls in _SHARED else decode


def _fields_of(cls: type) -> Decode:
    """A value type's decoder, made once as the code of one function (see ``fields_decoder``).

    It takes an object of the type's fields and no other key, every field without a
    default given, each read by its type, and builds the value.
    """
    hints = typing.get_type_hints(cls)
    decoders: dict[str, Decode] = {}
    for field in attrs.fields(cls):
        if not field.init:
            raise Unsupported(cls)
        special = _FIELDS.get((cls, field.name))
        inner = _of_type(hints[field.name])
        decoders[field.name] = special(inner) if special is not None else inner
    return fields_decoder(cls, decoders)


def decoder(cls: type) -> Callable[[Any, int | None], Any] | None:
    """The typed read of ``cls`` from parsed JSON, or ``None`` when it has none.

    The read raises (:class:`~runstrength._io.quick.Refused` or any other exception) on
    anything it does not take; the caller then reads the document with the converter.
    Given the number of colons in the document's text (its ``schema_version`` key taken
    out), it also gives up unless every colon is one of a key read or inside a text read
    (see :func:`read_text`).
    """
    if cls not in _MADE:
        _MADE[cls] = _made(cls)
    return _MADE[cls]


_MADE: dict[type, Callable[[Any, int | None], Any] | None] = {}


def _made(cls: type) -> Callable[[Any, int | None], Any] | None:
    if cls is IntRange:  # a document's range is an object of its two bounds
        return None
    try:
        decode = _of_type(cls)
    except Unsupported:
        return None

    def read(data: Any, colons: int | None = None) -> Any:
        state = _State()
        value = decode(data, state)
        if state.left < 0:  # more values than a document may hold: the converter says so
            raise Refused
        if colons is not None and state.colons != colons:  # a key given twice, or unsure
            raise Refused
        return value

    return read


def read_text(cls: type, text: str) -> Any:
    r"""A document's value read from its JSON text on the typed path, or :class:`Refused`.

    The text is parsed without the hook that refuses a key given twice (a call for every
    object); instead the colons are counted. Outside its texts, JSON has a colon after
    each key and nowhere else, so the text's colons are its keys, a key given twice
    included, and the colons inside its texts. The typed read counts the keys of every
    object it reads (``json.loads`` keeps one of a key given twice) and the colons of
    every text it reads, never more than the text holds, and counts a shared value's as
    often as it stands. So the counts agree only when no key is given twice; otherwise,
    or when a colon may be written as an escape (``\u003a``), the document is read again
    with the hook, which names the key.
    """
    read = decoder(cls)
    if read is None or "\\u003" in text:  # an escape that may be a colon (\u003a)
        raise Refused
    data = json.loads(text)
    colons = text.count(":")
    if type(data) is dict and SCHEMA_KEY in data:
        data = _migrate(dict(data))
        colons -= 1
    return read(data, colons)
