"""A reason: a stable code and its parameters beside the English text they make.

Every reason, shortfall, day decision and progression step the library writes is a
:class:`Reason`, so that an app can translate it (a dict of templates, see
:func:`~runstrength.reason_text`) or react to it by its code without reading English. The
codes, their English templates and what each parameter means are in
:mod:`runstrength._model.reasons`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Set
from typing import Any, Final, final

import attrs

from runstrength._model.checks import NotTexts, check_text, fail, lone_surrogate, shown
from runstrength._model.frozenmap import FrozenMap

__all__ = [
    "FREE_TEXT",
    "JOINED",
    "REASON_TEXT_MAX",
    "Param",
    "Reason",
    "free_text",
    "parts_of",
    "text_of",
    "texts",
    "to_reason",
    "to_reasons",
]

Param = str | int | float | bool
"""What a reason's parameter may hold: text, a number or a flag."""

FREE_TEXT = "text"
"""The code of free text written by a person or another program: its text is all it says."""

JOINED = "joined"
"""The code of a reason made of several: its ``parts``, each rendered, joined by a space."""

_CODE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
_NAME = re.compile(r"[a-z][a-z0-9_]*")

MAX_CODE = 64
"""Longest code."""

MAX_PARAMS = 32
"""Most parameters of one reason."""


def _params(values: Mapping[str, Param] | Iterable[tuple[str, Param]]) -> FrozenMap[str, Param]:
    """The parameters, in sorted key order, so equal reasons write the same document."""
    if not isinstance(values, Mapping):
        raise fail("Reason", "params", f"expected a mapping of name to value, got {shown(values)}")
    # -0.0 is 0.0, as a document reads it back
    return FrozenMap(sorted((k, v + 0.0 if type(v) is float else v) for k, v in values.items()))


def _parts(values: Iterable[Reason]) -> tuple[Reason, ...]:
    if isinstance(values, list | tuple):
        return tuple(values)
    return NotTexts((values,))  # type: ignore[return-value]  # refused in the check


@final
@attrs.frozen(repr=False)
class Reason:
    """Why, as a stable code and its parameters beside the English text they make.

    ``str(reason)`` is its text. Apps react to ``code`` and translate with
    :func:`~runstrength.reason_text`; :func:`~runstrength.reason_codes` lists every code
    with its English template and what each parameter means.

    Args:
        code: Stable, lowercase and dotted, e.g. ``day.after_easy_run``; ``text`` for free
            text written by a person or another program.
        params: The values the template is filled with, by name, in sorted order: text,
            whole numbers, numbers or flags. Where the English shows a display word (an
            exercise's name, a weekday's), a machine value stands beside it (its id, its
            code) for apps to translate from.
        text: The English, as the library writes it.
        parts: For the code ``joined`` only: the reasons it is made of, in order; its text
            is theirs, joined by a space.

    >>> str(Reason("text", {}, "Chosen by the coach."))
    'Chosen by the coach.'
    """

    code: str
    params: FrozenMap[str, Param] = attrs.field(converter=_params)
    text: str
    parts: tuple[Reason, ...] = attrs.field(default=(), converter=_parts, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if (
            not isinstance(self.code, str)
            or len(self.code) > MAX_CODE
            or not _CODE.fullmatch(self.code)
        ):
            raise fail(
                "Reason", "code", f"{shown(self.code)} is not a lowercase dotted code (a.b_c)"
            )
        if len(self.params) > MAX_PARAMS:
            raise fail("Reason", "params", f"{len(self.params)} parameters (at most {MAX_PARAMS})")
        for name, value in self.params.items():
            _check_param(name, value)
        check_text("Reason", "text", self.text, max_len=2000)
        if type(self.parts) is NotTexts:
            raise fail("Reason", "parts", f"expected a list of reasons, got {shown(self.parts)}")
        for index, part in enumerate(self.parts):
            if not isinstance(part, Reason):
                raise fail("Reason", f"parts[{index}]", f"expected a Reason, got {shown(part)}")
        if (self.code == JOINED) != bool(self.parts):
            raise fail("Reason", "parts", "only a reason of the code 'joined' has parts")

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        """The constructor call that builds it again, its parameters as a plain dict."""
        parts = f", parts={self.parts!r}" if self.parts else ""
        return (
            f"Reason(code={self.code!r}, params={dict(self.params)!r}, text={self.text!r}{parts})"
        )


def _check_param(name: object, value: object) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name) or len(name) > MAX_CODE:
        raise fail("Reason", "params", f"{shown(name)} is not a snake_case name")
    where = f"params.{name}"
    if type(value) is str:
        if len(value) > 2000:
            raise fail("Reason", where, f"text is {len(value)} characters long (at most 2000)")
        problem = lone_surrogate(value)
        if problem is not None:
            raise fail("Reason", where, problem)
        return
    if type(value) is float and not math.isfinite(value):
        raise fail("Reason", where, f"{shown(value)} is not a finite number")
    if type(value) not in (int, float, bool):
        raise fail("Reason", where, f"expected text, a number or a flag, got {shown(value)}")


_NO_PARAMS: FrozenMap[str, Param] = FrozenMap()


def free_text(text: str) -> Reason:
    """``text`` as a reason of the code ``text``: free text, translated by nobody."""
    return Reason(FREE_TEXT, _NO_PARAMS, text)


def to_reason(value: Reason | str) -> Reason:
    """A field's converter: a reason as it is, and plain text as free text.

    The text is checked by the owner (:func:`check_reason`), so that a problem names the
    owner's field rather than the reason's.
    """
    if type(value) is Reason:
        return value
    if isinstance(value, str):
        reason = object.__new__(Reason)
        for name, item in (("code", FREE_TEXT), ("params", _NO_PARAMS), ("text", value)):
            object.__setattr__(reason, name, item)
        object.__setattr__(reason, "parts", ())
        return reason
    return value  # type: ignore[unreachable]  # not a reason: refused by the owner's check


def to_optional_reason(value: Reason | str | None) -> Reason | None:
    """A converter for an optional reason: ``None`` and ``""`` are no reason."""
    if value is None or value == "":
        return None
    return to_reason(value)


def to_reasons(values: Iterable[Reason | str] | Reason | str) -> tuple[Reason, ...]:
    """A converter for a list of reasons: each as :func:`to_reason` makes it.

    Anything else than a list (a number, a set, whose order is not defined, a mapping)
    becomes a :class:`~runstrength._model.checks.NotTexts` that :func:`check_reasons`
    refuses.
    """
    if isinstance(values, str | Reason):
        return (to_reason(values),)
    if isinstance(values, list | tuple):
        for value in values:
            if type(value) is not Reason:
                return tuple(to_reason(v) for v in values)
        return tuple(values)  # reasons already, each as to_reason returns it
    given: object = values  # a caller may pass anything
    if isinstance(given, Iterable) and not isinstance(given, Set | Mapping | bytes | bytearray):
        return tuple(to_reason(v) for v in values)
    return NotTexts((given,))  # type: ignore[return-value]  # refused by check_reasons


REASON_TEXT_MAX: Final = 500
"""The longest text a reason field holds unless its owner says otherwise."""


def check_reason(owner: str, field: str, value: object, *, max_len: int = REASON_TEXT_MAX) -> None:
    """Require a :class:`Reason` whose text is at most ``max_len`` characters."""
    if not isinstance(value, Reason):
        raise fail(owner, field, f"expected a reason or text, got {shown(value)}")
    check_text(owner, field, value.text, max_len=max_len)


def check_reasons(
    owner: str, field: str, values: tuple[Any, ...], *, max_len: int = REASON_TEXT_MAX
) -> None:
    """Require every item of a tuple to be a reason (see :func:`to_reasons`)."""
    if type(values) is NotTexts:
        raise fail(owner, field, f"expected a list of text, got {shown(values[0])}")
    for index, value in enumerate(values):
        if type(value) is Reason:
            text = value.text  # the common case as check_text passes it, without a call
            if type(text) is str and text.isascii() and len(text) <= max_len and text.strip():
                continue
        check_reason(owner, f"{field}[{index}]", value, max_len=max_len)


def text_of(reason: Reason | None) -> str:
    """The English of ``reason``; ``""`` for no reason (a hand-written prescription's)."""
    return "" if reason is None else reason.text


def parts_of(reason: Reason | None) -> tuple[Reason, ...]:
    """The parts ``reason`` is made of: itself unless it is joined; none for no reason."""
    if reason is None:
        return ()
    return reason.parts or (reason,)


def texts(reasons: Iterable[Reason]) -> tuple[str, ...]:
    """The English of each reason, in order."""
    return tuple(reason.text for reason in reasons)
