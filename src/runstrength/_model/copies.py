"""Copies of frozen values with some fields changed, for the planner's hot paths.

``attrs.evolve`` builds a value again through its ``__init__``: it looks up the class's
fields, runs every converter and every check. Where the planner changes a field of a
value it built itself to a value the checks would pass (a prescription of the same
session, a step whose next prescription is itself checked), :func:`renewed` sets the
fields over a copy instead. Anything a caller gives still goes through ``__init__``.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from runstrength._model.dose import Dose
from runstrength._model.exercise import Exercise
from runstrength._model.plan import DayDecision, Session
from runstrength._model.prescription import Prescription
from runstrength._model.reason import REASON_TEXT_MAX, Reason
from runstrength._model.vocab import Focus, Weekday

__all__ = [
    "REASON_LIMIT",
    "SESSION_MOST",
    "decision",
    "prescribed",
    "renewed",
    "with_exercises",
    "with_reason",
]

_T = TypeVar("_T")

_NAMES: dict[type, tuple[tuple[str, ...], bool]] = {}
"""Each attrs class's field names, in order, and whether it keeps its hash (worked out on
its first copy)."""

_HASH = "_attrs_cached_hash"
"""Where attrs keeps the hash of a class that caches it (``None`` until first asked)."""


def renewed(value: _T, **changes: object) -> _T:
    """A copy of the frozen attrs ``value`` with ``changes``, set without ``__init__``.

    Only for changes of the right type that the value's checks would pass: nothing is
    converted or checked. ``changes`` must name fields of the value's class.

    >>> from runstrength._model.dose import IntRange
    >>> renewed(IntRange(1, 2), hi=3) == IntRange(1, 3)
    True
    """
    kind = type(value)
    found = _NAMES.get(kind)
    if found is None:
        fields = attrs.fields(kind)  # type: ignore[arg-type]  # an attrs class
        keeps = _HASH in getattr(kind, "__slots__", ())
        found = _NAMES[kind] = (tuple(a.name for a in fields), keeps)
    names, keeps_hash = found
    new = object.__new__(kind)
    set_field = object.__setattr__
    for name in names:
        set_field(new, name, changes[name] if name in changes else getattr(value, name))
    if keeps_hash:
        set_field(new, _HASH, None)  # worked out again when first asked
    return new


def with_reason(rx: Prescription, reason: Reason | None) -> Prescription:
    """``rx`` with ``reason``: copied when the reason is one its checks pass, else rebuilt.

    >>> from runstrength._model.dose import Dose
    >>> from runstrength._model.reasons import say
    >>> rx = Prescription("goblet_squat", Dose(sets=3, reps=(8, 10), rest_seconds=90))
    >>> with_reason(rx, say("day.off")) == attrs.evolve(rx, reason=say("day.off"))
    True
    """
    if reason is None or (type(reason) is Reason and _fits(reason.text, REASON_LIMIT)):
        return renewed(rx, reason=reason)
    return attrs.evolve(rx, reason=reason)


REASON_LIMIT = REASON_TEXT_MAX
"""The longest reason a prescription holds (its own check's limit)."""


def _fits(text: str, limit: int) -> bool:
    """Whether ``text`` passes a reason's check: ASCII (no lone surrogate), not blank, short."""
    return text.isascii() and len(text) <= limit and not text.isspace() and text != ""


def with_exercises(
    session: Session, exercises: tuple[Prescription, ...], reasons: tuple[Reason, ...]
) -> Session:
    """``session`` holding ``exercises`` (each a checked prescription) for ``reasons``.

    Copied when every reason is one its checks pass, else rebuilt (and so checked).
    """
    if len(exercises) <= SESSION_MOST and all(
        type(r) is Reason and _fits(r.text, REASON_LIMIT) for r in reasons
    ):
        return renewed(session, exercises=exercises, reasons=reasons)
    return attrs.evolve(session, exercises=exercises, reasons=reasons)


SESSION_MOST = 50
"""The most exercises a session holds (its own check's limit)."""


def decision(day: Weekday, focus: Focus | None, reason: Reason) -> DayDecision:
    """A day's decision: set without ``__init__`` when its checks would pass, else built.

    A weekday, a focus or none, and a reason its check passes need no converter and no
    check; anything else goes through ``__init__`` (and so is converted and checked).

    >>> from runstrength._model.reasons import say
    >>> decision(Weekday.mon, None, say("day.off")) == DayDecision("mon", None, say("day.off"))
    True
    """
    if (
        type(day) is Weekday
        and (focus is None or type(focus) is Focus)
        and type(reason) is Reason
        and _fits(reason.text, DECISION_LIMIT)
    ):
        new = object.__new__(DayDecision)
        set_field = object.__setattr__
        set_field(new, "day", day)
        set_field(new, "focus", focus)
        set_field(new, "reason", reason)
        return new
    return DayDecision(day, focus, reason)


DECISION_LIMIT = REASON_TEXT_MAX
"""The longest reason a day's decision holds (its own check's limit)."""


def prescribed(
    exercise: Exercise, dose: Dose, reason: Reason | str | None, choose_load: bool
) -> Prescription:
    """``exercise`` (its id, checked with it) with ``dose``: as ``Prescription`` builds it.

    Set without ``__init__`` when its checks would pass: a dose, a reason its check passes
    or none, and a load to choose only for a dose without one; anything else goes through
    ``__init__`` (and so is converted and checked).

    >>> from runstrength._model.reasons import say
    >>> from runstrength import default_catalog
    >>> squat = default_catalog().get("goblet_squat")
    >>> dose = Dose(sets=3, reps=(8, 10), rest_seconds=90)
    >>> prescribed(squat, dose, say("day.off"), False) == Prescription(
    ...     "goblet_squat", dose, reason=say("day.off")
    ... )
    True
    """
    if (
        type(exercise) is Exercise
        and type(dose) is Dose
        and (reason is None or (type(reason) is Reason and _fits(reason.text, REASON_LIMIT)))
        and type(choose_load) is bool
        and not (choose_load and dose.load_kg is not None)
    ):
        new = object.__new__(Prescription)
        set_field = object.__setattr__
        set_field(new, "exercise", exercise.id)
        set_field(new, "dose", dose)
        set_field(new, "reason", reason)
        set_field(new, "choose_load", choose_load)
        return new
    return Prescription(exercise.id, dose, reason=reason, choose_load=choose_load)
