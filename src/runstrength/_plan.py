"""A planned week: prescriptions, sessions, the decisions behind them, and rule breaks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import final

import attrs

from runstrength._checks import (
    check_slug,
    check_text,
    check_texts,
    fail,
    to_focus,
    to_placement,
    to_severity,
    to_str_tuple,
    to_weekday,
)
from runstrength._dose import Dose, IntRange, to_range
from runstrength._vocab import Focus, Placement, Severity, Weekday

__all__ = ["DayDecision", "Prescription", "Routine", "Session", "Violation", "WeekPlan"]


@final
@attrs.frozen
class Prescription:
    """One exercise, by catalog id, with its dose.

    >>> Prescription("goblet_squat", Dose(sets=3, reps=(8, 10), rest_seconds=90)).exercise
    'goblet_squat'
    """

    exercise: str
    dose: Dose

    def __attrs_post_init__(self) -> None:
        check_slug("Prescription", "exercise", self.exercise)
        if not isinstance(self.dose, Dose):
            raise fail("Prescription", "dose", f"expected a Dose, got {self.dose!r}")


def _prescriptions(items: Iterable[Prescription]) -> tuple[Prescription, ...]:
    return tuple(items)


def _sessions(items: Iterable[Session]) -> tuple[Session, ...]:
    return tuple(items)


def _decisions(items: Iterable[DayDecision]) -> tuple[DayDecision, ...]:
    return tuple(items)


@final
@attrs.frozen
class Routine:
    """A warm-up or cool-down: how long it takes and what it holds, in order.

    Args:
        minutes: How long it takes.
        steps: What to do, in order, as short instructions.
    """

    minutes: IntRange = attrs.field(converter=to_range)
    steps: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)

    def __attrs_post_init__(self) -> None:
        if self.minutes.hi > 60:
            raise fail("Routine", "minutes", f"{self.minutes} is longer than an hour")
        check_texts("Routine", "steps", self.steps)


@final
@attrs.frozen(kw_only=True)
class Session:
    """One strength session on one day.

    Args:
        day: The weekday.
        focus: ``strength`` (the harder session) or ``light``.
        placement: ``after_run`` (after that day's run) or ``standalone``.
        exercises: The prescriptions, in the order to do them.
        reasons: Why this day and this content, in a coach's words.
        warm_up: What to do first.
        cool_down: What to do last.
    """

    day: Weekday = attrs.field(converter=to_weekday)
    focus: Focus = attrs.field(converter=to_focus)
    placement: Placement = attrs.field(converter=to_placement)
    exercises: tuple[Prescription, ...] = attrs.field(converter=_prescriptions)
    reasons: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    warm_up: Routine | None = None
    cool_down: Routine | None = None

    def __attrs_post_init__(self) -> None:
        if len(self.exercises) > 50:
            raise fail("Session", "exercises", f"{len(self.exercises)} exercises (at most 50)")
        for index, item in enumerate(self.exercises):
            if not isinstance(item, Prescription):
                raise fail("Session", f"exercises[{index}]", f"expected a Prescription: {item!r}")
        check_texts("Session", "reasons", self.reasons)

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """The ids of its exercises, in order."""
        return tuple(p.exercise for p in self.exercises)


@final
@attrs.frozen
class DayDecision:
    """Why a day got a session of some focus, or none.

    Args:
        day: The weekday.
        focus: The focus of the session placed that day, or ``None`` when none was.
        reason: The reason, in a coach's words.
    """

    day: Weekday = attrs.field(converter=to_weekday)
    focus: Focus | None
    reason: str

    def __attrs_post_init__(self) -> None:
        check_text("DayDecision", "reason", self.reason)


@final
@attrs.frozen(kw_only=True)
class WeekPlan:
    """A week of strength sessions.

    Args:
        sessions: The sessions, in weekday order.
        shortfalls: Why fewer sessions were placed than asked for (empty when all fit).
        decisions: One decision per weekday saying why it got a session or not.

    >>> WeekPlan(sessions=()).session_count
    0
    """

    sessions: tuple[Session, ...] = attrs.field(converter=_sessions)
    shortfalls: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    decisions: tuple[DayDecision, ...] = attrs.field(default=(), converter=_decisions)

    def __attrs_post_init__(self) -> None:
        for index, item in enumerate(self.sessions):
            if not isinstance(item, Session):
                raise fail("WeekPlan", f"sessions[{index}]", f"expected a Session: {item!r}")
        check_texts("WeekPlan", "shortfalls", self.shortfalls)

    @property
    def session_count(self) -> int:
        """How many sessions the plan holds."""
        return len(self.sessions)

    def on(self, day: Weekday) -> tuple[Session, ...]:
        """The sessions on ``day`` (a valid plan has at most one)."""
        return tuple(s for s in self.sessions if s.day == day)


_CODE = re.compile(r"RS\d{3}")


@final
@attrs.frozen(kw_only=True)
class Violation:
    """A rule a plan breaks.

    Args:
        code: The rule's stable code, e.g. ``RS101``.
        rule: The rule's short title.
        severity: ``error`` (the plan must change) or ``warning`` (advice).
        message: What is wrong here, in a coach's words.
        day: The day concerned, if one is.
        exercise: The exercise concerned, if one is.
    """

    code: str
    rule: str
    severity: Severity = attrs.field(converter=to_severity)
    message: str
    day: Weekday | None = None
    exercise: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.code, str) or _CODE.fullmatch(self.code) is None:
            raise fail("Violation", "code", f"{self.code!r} is not a rule code like 'RS101'")
        check_text("Violation", "rule", self.rule)
        check_text("Violation", "message", self.message, max_len=2000)

    def __str__(self) -> str:
        where = " ".join(str(x) for x in (self.day, self.exercise) if x is not None)
        place = f" [{where}]" if where else ""
        return f"{self.code} {self.severity}{place}: {self.message}"
