"""The quick read and write of a reason, the value a document holds most of.

A block's document holds hundreds of reasons. The quick read (see
:func:`runstrength._io.converter.build`) checks a reason's object here in one pass, every
check the careful read and :class:`~runstrength._model.reason.Reason` itself make, and
builds it without checking it again. Any problem, or anything unusual, raises: the
document is then read again on the careful path, which names every problem with its path,
so this module never words a message of its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from runstrength._io.documents import MAX_DIGITS, MAX_ITEMS
from runstrength._io.limits import measure
from runstrength._model.checks import check_text, lone_surrogate
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import _CODE, JOINED, MAX_CODE, MAX_PARAMS, Param, Reason
from runstrength._model.reasons import CODES

__all__ = ["read_reason", "write_reason"]

_LARGEST = 10**MAX_DIGITS

_KNOWN_CODES = frozenset(c for c in CODES if len(c) <= MAX_CODE and _CODE.fullmatch(c))
"""The codes a document may hold (every registered code is a well-formed one)."""

_FIELDS = frozenset(("code", "params", "text", "parts"))

_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
"""A parameter's name: snake_case, at most ``MAX_CODE`` characters."""

_MAX_PARAM_TEXT = 2000
_MAX_TEXT = 2000


class Refused(Exception):  # never seen by a user: the careful read follows
    """Raised where the quick read stops: the careful read then finds the problem."""


def _param(value: object) -> Param:
    """A parameter's value as the careful read and ``Reason`` take it."""
    if type(value) is str:
        if len(value) > _MAX_PARAM_TEXT or lone_surrogate(value) is not None:
            raise Refused
        return value
    if type(value) is bool:
        return value
    if type(value) is int:
        if not -_LARGEST < value < _LARGEST:
            raise Refused
        return value
    if type(value) is float:
        if not math.isfinite(value):
            raise Refused
        return value + 0.0  # -0.0 is 0.0
    raise Refused


_GOOD_NAMES: set[str] = set()
"""Parameter names already found well-formed (at most ``_MAX_GOOD_NAMES`` kept)."""

_MAX_GOOD_NAMES = 1024


def _params(value: object, *, charge: bool) -> FrozenMap[str, Param]:
    if type(value) is not dict:
        raise Refused
    if not value:
        return _NO_PARAMS
    if len(value) > MAX_PARAMS:
        raise Refused
    if charge:
        measure(value, "an object")
    data: dict[str, Param] = {}
    for name, item in value.items():
        if name not in _GOOD_NAMES:
            if type(name) is not str or _NAME.fullmatch(name) is None:
                raise Refused
            if len(_GOOD_NAMES) < _MAX_GOOD_NAMES:
                _GOOD_NAMES.add(name)
        if type(item) is str and item.isascii() and len(item) <= _MAX_PARAM_TEXT:
            data[name] = item  # most parameters: ASCII text holds no lone surrogate
        else:
            data[name] = _param(item)
    params: FrozenMap[str, Param] = _new(FrozenMap)
    _set(params, "_data", dict(sorted(data.items())))
    _set(params, "_hash", None)
    return params


_NO_PARAMS: FrozenMap[str, Param] = FrozenMap()

_new = object.__new__
_set = object.__setattr__


def read_reason(
    value: object,
    read_free_text: Callable[[str], Reason],
    read_part: Callable[[object], Reason] | None = None,
    *,
    charge: bool = True,
) -> Reason:
    """A reason from its object in a document, checked in full; plain text is free text.

    Its parts are read by ``read_part`` (which may share them), by default as reasons.
    ``charge`` says whether its objects and lists are charged to the read's budget
    (:func:`~runstrength._io.limits.measure`); a caller that charges them itself says no.

    Raises:
        Refused: Or another exception, on anything the careful read might refuse.
    """
    if type(value) is str:
        return read_free_text(value)
    if type(value) is not dict or not value.keys() <= _FIELDS:
        raise Refused
    if charge:
        measure(value, "an object")
    code = value["code"]
    if type(code) is not str or code not in _KNOWN_CODES:
        raise Refused
    params = _params(value["params"], charge=charge)
    text = value["text"]
    if type(text) is not str:
        raise Refused
    check_text("Reason", "text", text, max_len=_MAX_TEXT)
    parts: tuple[Reason, ...] = ()
    if "parts" in value:
        given = value["parts"]
        if type(given) is not list:
            raise Refused
        if charge:
            measure(given, "a list")
        elif len(given) > MAX_ITEMS:
            raise Refused
        if read_part is None:
            parts = tuple([read_reason(part, read_free_text, charge=charge) for part in given])
        else:
            parts = tuple([read_part(part) for part in given])
    if (code == JOINED) != bool(parts):
        raise Refused
    reason: Reason = _new(Reason)
    _set(reason, "code", code)
    _set(reason, "params", params)
    _set(reason, "text", text)
    _set(reason, "parts", parts)
    return reason


def write_reason(reason: Reason) -> dict[str, Any]:
    """A reason's object as a document holds it: its code, parameters, text and parts.

    For text output only (``to_json``): the parameters are the reason's own dictionary,
    which the JSON encoder reads and nothing changes.
    """
    out: dict[str, Any] = {
        "code": reason.code,
        "params": reason.params._data,  # plain scalars by name, already in sorted order
        "text": reason.text,
    }
    if reason.parts:
        out["parts"] = [write_reason(part) for part in reason.parts]
    return out
