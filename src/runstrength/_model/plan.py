"""A planned week: prescriptions, sessions, the decisions behind them, and rule breaks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import (
    check_int,
    check_slug,
    check_text,
    check_texts,
    fail,
    member,
    shown,
    to_str_tuple,
)
from runstrength._model.dose import IntRange, to_range
from runstrength._model.exclusion import Exclusion
from runstrength._model.prescription import Prescription
from runstrength._model.reason import Reason, check_reason, check_reasons, to_reason, to_reasons
from runstrength._model.shown import Shown
from runstrength._model.vocab import Focus, Phase, Placement, Severity, Weekday

__all__ = ["DayDecision", "Prescription", "Routine", "Session", "Violation", "WeekPlan"]


def _day(value: Weekday | str) -> Weekday:
    return member(Weekday, value, "Session.day")


def _focus(value: Focus | str) -> Focus:
    return member(Focus, value, "Session.focus")


def _placement(value: Placement | str) -> Placement:
    return member(Placement, value, "Session.placement")


def _decision_day(value: Weekday | str) -> Weekday:
    return member(Weekday, value, "DayDecision.day")


def _decision_focus(value: Focus | str | None) -> Focus | None:
    return None if value is None else member(Focus, value, "DayDecision.focus")


def _severity(value: Severity | str) -> Severity:
    return member(Severity, value, "Violation.severity")


def _violation_day(value: Weekday | str | None) -> Weekday | None:
    return None if value is None else member(Weekday, value, "Violation.day")


def _prescriptions(items: Iterable[Prescription]) -> tuple[Prescription, ...]:
    return tuple(items)


def _sessions(items: Iterable[Session]) -> tuple[Session, ...]:
    return tuple(items)


def _decisions(items: Iterable[DayDecision]) -> tuple[DayDecision, ...]:
    return tuple(items)


def _phase(value: Phase | str | None) -> Phase | None:
    return None if value is None else member(Phase, value, "WeekPlan.phase")


def _exclusions(items: Iterable[Exclusion]) -> tuple[Exclusion, ...]:
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
class Session(Shown):
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

    day: Weekday = attrs.field(converter=_day)
    focus: Focus = attrs.field(converter=_focus)
    placement: Placement = attrs.field(converter=_placement)
    exercises: tuple[Prescription, ...] = attrs.field(converter=_prescriptions)
    reasons: tuple[Reason, ...] = attrs.field(default=(), converter=to_reasons)
    warm_up: Routine | None = None
    cool_down: Routine | None = None

    def __attrs_post_init__(self) -> None:
        if len(self.exercises) > 50:
            raise fail("Session", "exercises", f"{len(self.exercises)} exercises (at most 50)")
        for index, item in enumerate(self.exercises):
            if not isinstance(item, Prescription):
                raise fail(
                    "Session", f"exercises[{index}]", f"expected a Prescription: {shown(item)}"
                )
        check_reasons("Session", "reasons", self.reasons)
        for name in ("warm_up", "cool_down"):
            routine = getattr(self, name)
            if routine is not None and not isinstance(routine, Routine):
                raise fail("Session", name, f"expected a Routine or None, got {shown(routine)}")

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

    day: Weekday = attrs.field(converter=_decision_day)
    focus: Focus | None = attrs.field(converter=_decision_focus)
    reason: Reason = attrs.field(converter=to_reason)

    def __attrs_post_init__(self) -> None:
        check_reason("DayDecision", "reason", self.reason)


@final
@attrs.frozen(kw_only=True)
class WeekPlan(Shown):
    """A week of strength sessions.

    Args:
        sessions: The sessions, in weekday order.
        shortfalls: Why fewer sessions were placed than asked for (empty when all fit).
        decisions: One decision per weekday saying why it got a session or not.
        exclusions: Areas rested after sharp pain or a red flag, and the exercises kept out
            of the plan for them until a pain-free log clears them (see
            :func:`~runstrength.progress_week`).
        phase: What the week is for in a season (see :func:`~runstrength.next_week`);
            ``None`` for a week planned on its own.

    >>> WeekPlan(sessions=()).session_count
    0
    """

    sessions: tuple[Session, ...] = attrs.field(converter=_sessions)
    shortfalls: tuple[Reason, ...] = attrs.field(default=(), converter=to_reasons)
    decisions: tuple[DayDecision, ...] = attrs.field(default=(), converter=_decisions)
    exclusions: tuple[Exclusion, ...] = attrs.field(default=(), converter=_exclusions)
    phase: Phase | None = attrs.field(default=None, converter=_phase)

    def __attrs_post_init__(self) -> None:
        for index, exclusion in enumerate(self.exclusions):
            if not isinstance(exclusion, Exclusion):
                raise fail(
                    "WeekPlan", f"exclusions[{index}]", f"expected an Exclusion: {shown(exclusion)}"
                )
        for index, item in enumerate(self.sessions):
            if not isinstance(item, Session):
                raise fail("WeekPlan", f"sessions[{index}]", f"expected a Session: {shown(item)}")
        check_reasons("WeekPlan", "shortfalls", self.shortfalls)
        for index, decision in enumerate(self.decisions):
            if not isinstance(decision, DayDecision):
                raise fail(
                    "WeekPlan", f"decisions[{index}]", f"expected a DayDecision: {shown(decision)}"
                )

    @property
    def session_count(self) -> int:
        """How many sessions the plan holds."""
        return len(self.sessions)

    def on(self, day: Weekday) -> tuple[Session, ...]:
        """The sessions on ``day`` (a valid plan has at most one)."""
        return tuple(s for s in self.sessions if s.day == day)


_CODE = re.compile(r"RS[0-9]{3}")  # ASCII digits only: \d would take other scripts


@final
@attrs.frozen(kw_only=True)
class Violation(Shown):
    """A rule a plan breaks.

    Args:
        code: The rule's stable code, e.g. ``RS101``.
        rule: The rule's short title.
        severity: ``error`` (the plan must change) or ``warning`` (advice).
        message: What is wrong here, in a coach's words.
        day: The day concerned, if one is.
        exercise: The exercise concerned, if one is.
        week: The week of a block concerned (1 for the first), if one is.

    ``str()`` is one line: ``RS201 warning [mon wall_sit]: ...``.
    """

    code: str
    rule: str
    severity: Severity = attrs.field(converter=_severity)
    message: str
    day: Weekday | None = attrs.field(default=None, converter=_violation_day)
    exercise: str | None = None
    week: int | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.code, str) or _CODE.fullmatch(self.code) is None:
            raise fail("Violation", "code", f"{shown(self.code)} is not a rule code like 'RS101'")
        check_text("Violation", "rule", self.rule)
        check_text("Violation", "message", self.message, max_len=2000)
        if self.exercise is not None:
            check_slug("Violation", "exercise", self.exercise)
        if self.week is not None:
            check_int("Violation", "week", self.week, 1, 52)
