"""The typed write: a value's JSON text made straight from its fields, for ``to_json``.

Each value type's encoder is made on first use from the type's fields, in the order and
with the omissions of the converter's unstructure functions (fields without a default
first, then each field that differs from its default), and writes the text
``json.dumps`` would write for the converter's data (``", "`` and ``": "`` between
items, text escaped by the standard library's own escaping, numbers by their ``repr``).
A value repeated in a document (a reason, a prescription, a day decision) is written
once per document and its text reused.

Only the compact form is written here; anything this module does not know (a value of an
unexpected type in a field, a type with a set or a mapping) gives up
(:class:`Unsupported`), and the document is written by the converter and
``json.dumps`` instead. A test holds the two to each other, byte for byte.
"""

from __future__ import annotations

import functools
import json.encoder
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from runstrength._io.converter import _SHARED
from runstrength._model.dose import Dose, IntRange, Tempo
from runstrength._model.reason import Reason
from runstrength._model.vocab import _Vocabulary
from runstrength._model.week import Run, RunningWeek

__all__ = ["Unsupported", "encoder"]

_string: Callable[[str], str] = json.encoder.encode_basestring
_float = float.__repr__
_int = int.__repr__

Encode = Callable[[Any, dict[int, str]], str]


class Unsupported(Exception):  # left to the converter, never seen by a user
    """Raised where the typed write does not know a type or a value: the converter writes."""


def _scalar(value: Any) -> str:
    """A plain value (a parameter's) as ``json.dumps`` writes it."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return _int(value)
    if kind is float:
        return _float(value)
    if value is None:
        return "null"
    raise Unsupported(kind)


def _text(value: Any, _: dict[int, str]) -> str:
    if type(value) is not str:
        raise Unsupported(type(value))
    return _string(value)


def _plain(value: Any, _: dict[int, str]) -> str:
    return _scalar(value)


def _number(value: Any, _: dict[int, str]) -> str:
    if type(value) is float:
        return _float(value)
    if type(value) is int:  # a whole number in a float field is written as 16.0
        return _float(float(value))
    raise Unsupported(type(value))


def _name(value: Any, _: dict[int, str]) -> str:
    if not isinstance(value, _Vocabulary):
        raise Unsupported(type(value))
    return _string(value._value_)


def _int_range(value: Any, _: dict[int, str]) -> str:
    if type(value) is not IntRange:
        raise Unsupported(type(value))
    lo, hi = value.lo, value.hi
    if type(lo) is int and type(hi) is int:  # as a range's checks make them
        return f"[{_int(lo)}, {_int(hi)}]"
    return f"[{_scalar(lo)}, {_scalar(hi)}]"


def _tempo(value: Any, _: dict[int, str]) -> str:
    """A dose's tempo: every number, and the hold at the top only when there is one."""
    if type(value) is not Tempo:
        raise Unsupported(type(value))
    top = f', "top": {_scalar(value.top)}' if value.top else ""
    return (
        f'{{"eccentric": {_scalar(value.eccentric)}, "pause": {_scalar(value.pause)}, '
        f'"concentric": {_scalar(value.concentric)}{top}}}'
    )


def _reason_text(reason: Reason) -> str:
    params = ", ".join(
        [  # most parameters are text: escaped without the general dispatch
            f"{_string(k)}: {_string(v) if type(v) is str else _scalar(v)}"
            for k, v in reason.params._data.items()
        ]
    )
    code, said = _string(reason.code), _string(reason.text)
    text = f'{{"code": {code}, "params": {{{params}}}, "text": {said}'
    if reason.parts:
        return text + f', "parts": [{", ".join([_reason_text(part) for part in reason.parts])}]}}'
    return text + "}"


def _reason(value: Any, written: dict[int, str]) -> str:
    if type(value) is not Reason:
        raise Unsupported(type(value))
    found = written.get(id(value))
    if found is None:  # the value outlives the write, so its id is not reused
        found = written[id(value)] = _reason_text(value)
    return found


def _optional(inner: Encode) -> Encode:
    def encode(value: Any, written: dict[int, str]) -> str:
        return "null" if value is None else inner(value, written)

    return encode


def _items(inner: Encode) -> Encode:
    def encode(value: Any, written: dict[int, str]) -> str:
        if type(value) is not tuple:
            raise Unsupported(type(value))
        return f"[{', '.join([inner(item, written) for item in value])}]"

    return encode


def _week(value: Any, written: dict[int, str]) -> str:
    if type(value) is not RunningWeek:
        raise Unsupported(type(value))
    run = _encoder_of(Run)
    days = [
        f"{_string(str(day))}: [{', '.join([run(r, written) for r in runs])}]"
        for day, runs in value.items()
        if runs
    ]
    return f"{{{', '.join(days)}}}"


_SCALARS: dict[Any, Encode] = {
    str: _text,
    bool: _plain,
    int: _plain,
    float: _number,
    float | None: _optional(_number),
    IntRange: _int_range,
    Reason: _reason,
    RunningWeek: _week,
}

_FIELDS: dict[tuple[type, str], Encode] = {(Dose, "tempo"): _optional(_tempo)}
"""Fields written otherwise than by their type, as the converter's overrides write them."""


def _of_type(annotation: Any) -> Encode:
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if isinstance(annotation, type) and issubclass(annotation, _Vocabulary):
        return _name
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _items(_of_type(args[0]))
    if origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _optional(_of_type(inner))
    if attrs.has(annotation):
        return _encoder_of(annotation)
    raise Unsupported(annotation)


@functools.cache
def _encoder_of(cls: type) -> Encode:
    """A value type's encoder, made once as the code of one function."""
    hints = typing.get_type_hints(cls)
    names: dict[str, Any] = {"cls": cls, "Unsupported": Unsupported}
    lines = [
        "def encode(value, written):",
        "    if type(value) is not cls:",
        "        raise Unsupported(type(value))",
    ]
    head: list[str] = []
    for index, field in enumerate(attrs.fields(cls)):
        names[f"e{index}"] = _FIELDS.get((cls, field.name)) or _of_type(hints[field.name])
        key = repr(_string(field.name) + ": ")
        if field.default is attrs.NOTHING:
            head.append(f"{key} + e{index}(value.{field.name}, written)")
            continue
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise Unsupported(cls)
        names[f"d{index}"] = field.default
        lines += [
            f"    x = value.{field.name}",
            f"    if x != d{index}:",
            f"        out.append({key} + e{index}(x, written))",
        ]
    lines.insert(3, f"    out = [{', '.join(head)}]")
    lines.append("    return '{' + ', '.join(out) + '}'")
    exec("\n".join(lines), names)  # code made from the type's own fields
    encode_value: Encode = names["encode"]
    if cls not in _SHARED:
        return encode_value

    def encode_shared(value: Any, written: dict[int, str]) -> str:
        found = written.get(id(value))
        if found is None:  # the value outlives the write, so its id is not reused
            found = written[id(value)] = encode_value(value, written)
        return found

    return encode_shared


def encoder(cls: type) -> Callable[[Any], str] | None:
    """The compact JSON text of a ``cls`` value's fields, or ``None`` when it has none.

    The text is the inside of the value's object (``"weeks": [...], ...``), or empty.
    The write raises :class:`Unsupported` on a value it does not know.
    """
    if cls not in _MADE:
        _MADE[cls] = _made(cls)
    return _MADE[cls]


_MADE: dict[type, Callable[[Any], str] | None] = {}


def _made(cls: type) -> Callable[[Any], str] | None:
    if cls is IntRange:  # a document's range is an object of its two bounds
        return None
    try:
        encode = _of_type(cls)
    except Unsupported:
        return None

    def write(value: Any) -> str:
        return encode(value, {})[1:-1]

    return write
