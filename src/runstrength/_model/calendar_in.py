"""What a running calendar was read as: the rules that name a run's kind, and the report.

A :class:`RunKindRule` says which words make an event a run of one kind (or not a run at
all); :class:`CalendarEntry` is one event occurrence as it was read, and
:class:`CalendarReport` lists them all, in calendar order, beside the weeks read.
"""

from __future__ import annotations

import datetime
import re
from typing import final

import attrs

from runstrength._model.checks import member
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import RunKind

__all__ = ["CalendarEntry", "CalendarReport", "RunKindRule"]


def _compile(rule: RunKindRule) -> re.Pattern[str]:
    try:
        # Words match whole, in any case: the pattern sits between word boundaries.
        return re.compile(rf"(?<!\w)(?:{rule.pattern})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise InputError(
            Problem("RunKindRule.pattern", f"{rule.pattern!r} is not a regular expression: {exc}")
        ) from None


@final
@attrs.frozen
class RunKindRule:
    r"""One row of the table that reads an event's title and description as a kind of run.

    The pattern is a regular expression matched case-insensitively on word boundaries
    (it may not start or end inside a word); it is compiled once, when the rule is made.

    Args:
        name: A short name for the row, shown in the report (``"long run"``).
        pattern: The words that match, as a regular expression (``r"long\s+run|lsd"``).
        kind: The kind of run the words mean, or ``None`` for an event that is not a run
            (strength, yoga, a rest day, …), which is left out.

    >>> rule = RunKindRule("parkrun", r"park\s?run", RunKind.race)
    >>> rule.matches("Saturday ParkRun"), rule.matches("parkrunner")
    (True, False)
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    pattern: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: RunKind | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(RunKind))
    )
    regex: re.Pattern[str] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_compile, takes_self=True)
    )

    def matches(self, text: str) -> bool:
        """Whether the rule's words are in ``text``."""
        return self.regex.search(text) is not None


def _iso_date(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InputError(
            Problem(f"CalendarEntry.{attribute.name}", f"expected text, got {value!r}")
        )
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            Problem(f"CalendarEntry.{attribute.name}", f"{value!r} is not a date (YYYY-MM-DD)")
        ) from None


def _kind(value: RunKind | str | None) -> RunKind | None:
    return None if value is None else member(RunKind, value, "CalendarEntry.kind")


@final
@attrs.frozen(kw_only=True)
class CalendarEntry:
    """One event occurrence of a running calendar, and what it was read as.

    Args:
        date: The day the event is on, in its own time zone, as ``YYYY-MM-DD``.
        title: The event's title (its ``SUMMARY``).
        kind: The kind of run it was read as, or ``None`` when it was left out.
        minutes: The run's length in minutes, when known.
        kept: Whether the run is in the weeks read.
        rule: The name of the rule that named its kind (empty when none did).
        note: Why it was read so, or why it was left out.

    >>> entry = CalendarEntry(date="2026-03-01", title="Long run", kind=RunKind.long,
    ...                       minutes=95, kept=True, rule="long run", note="timed event")
    >>> str(entry)
    '2026-03-01 Long run: long 95 min (long run; timed event)'
    """

    date: str = attrs.field(validator=_iso_date)
    title: str
    kind: RunKind | None = attrs.field(default=None, converter=_kind)
    minutes: int | None = None
    kept: bool = False
    rule: str = ""
    note: str = ""

    @property
    def day(self) -> datetime.date:
        """The entry's date as a :class:`datetime.date`."""
        return datetime.date.fromisoformat(self.date)

    def __str__(self) -> str:
        why = "; ".join(part for part in (self.rule, self.note) if part)
        if self.kept and self.kind is not None:
            read = str(self.kind) if self.minutes is None else f"{self.kind} {self.minutes} min"
        else:
            read = "left out"
        return f"{self.date} {self.title}: {read}" + (f" ({why})" if why else "")


@final
@attrs.frozen(kw_only=True)
class CalendarReport:
    """How a running calendar was read: one entry per event occurrence, in calendar order.

    Args:
        start: The Monday of the first week read, as ``YYYY-MM-DD``.
        entries: Each event occurrence, by date, then time of day, then title.
        notes: What applies to the calendar as a whole (a series repeating without end,
            read up to the last week).

    >>> report = CalendarReport(start="2026-03-02", entries=())
    >>> print(report)
    Running calendar from 2026-03-02: no events.
    """

    start: str = attrs.field(validator=_iso_date)
    entries: tuple[CalendarEntry, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def kept(self) -> tuple[CalendarEntry, ...]:
        """The entries read as runs of the weeks."""
        return tuple(entry for entry in self.entries if entry.kept)

    @property
    def left_out(self) -> tuple[CalendarEntry, ...]:
        """The entries left out, each with its reason."""
        return tuple(entry for entry in self.entries if not entry.kept)

    def __str__(self) -> str:
        if not self.entries:
            head = f"Running calendar from {self.start}: no events."
            return "\n".join((head, *self.notes))
        runs, left = len(self.kept), len(self.left_out)
        head = (
            f"Running calendar from {self.start}: {runs} run{'' if runs == 1 else 's'} read,"
            f" {left} event{'' if left == 1 else 's'} left out."
        )
        return "\n".join((head, *(f"- {entry}" for entry in self.entries), *self.notes))
