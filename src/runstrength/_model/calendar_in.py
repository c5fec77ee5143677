"""What a running calendar was read as: the rules that name a run's kind, and the report.

A :class:`RunKindRule` says which words make an event a run of one kind, a strength
session, or neither; :class:`CalendarEntry` is one event occurrence as it was read, and
:class:`CalendarReport` lists them all, in calendar order, beside the weeks read, and
fits an athlete to a week around the strength sessions the calendar already holds.
"""

from __future__ import annotations

import datetime
import re
from typing import final

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.checks import member
from runstrength._model.errors import InputError, Problem
from runstrength._model.reason import (
    Reason,
    check_reason,
    check_reasons,
    text_of,
    texts,
    to_optional_reason,
    to_reasons,
)
from runstrength._model.vocab import RunKind, Weekday

__all__ = ["CalendarEntry", "CalendarReport", "RunKindRule", "WeekHolds"]


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
            (strength, yoga, a rest day, …), which is not in the weeks read.
        strength: Whether the words mean a strength session (strength, gym, core work),
            which the calendar already plans; only for a rule whose ``kind`` is ``None``.

    >>> rule = RunKindRule("parkrun", r"park\s?run", RunKind.race)
    >>> rule.matches("Saturday ParkRun"), rule.matches("parkrunner")
    (True, False)
    >>> RunKindRule("club gym", r"club\s+gym", None, strength=True).strength
    True
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    pattern: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: RunKind | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(RunKind))
    )
    strength: bool = attrs.field(default=False, kw_only=True)
    regex: re.Pattern[str] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_compile, takes_self=True)
    )

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.strength, bool):
            raise InputError(
                Problem("RunKindRule.strength", f"expected True or False, got {self.strength!r}")
            )
        if self.strength and self.kind is not None:
            raise InputError(
                Problem(
                    "RunKindRule.strength",
                    f"a strength session is no run: kind must be None, not {self.kind}",
                )
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
        kind: The kind of run it was read as, or ``None`` when it is no run.
        minutes: The run's length in minutes, when known.
        kept: Whether the run is in the weeks read.
        rule: The name of the rule that named its kind (empty when none did).
        note: Why it was read so, or why it was left out: a reason with its code (see
            :func:`~runstrength.reason_codes`); plain text is read as free text, and ``""``
            as no note.
        strength: Whether it is a strength session the calendar already plans (strength,
            gym or core work): no run, but it counts toward the week's strength sessions
            and the 48 hours between them (see :meth:`CalendarReport.athlete_for`).
        crowded: Whether it is a run beyond the two a day holds: left out, its minutes
            (when known) added to a run kept that day, and no session planned on its day
            (see :meth:`CalendarReport.athlete_for`).

    >>> entry = CalendarEntry(date="2026-03-01", title="Long run", kind=RunKind.long,
    ...                       minutes=95, kept=True, rule="long run", note="timed event")
    >>> str(entry)
    '2026-03-01 Long run: long 95 min (long run; timed event)'
    >>> print(CalendarEntry(date="2026-03-03", title="Gym", strength=True, rule="strength"))
    2026-03-03 Gym: strength session (strength)
    """

    date: str = attrs.field(validator=_iso_date)
    title: str
    kind: RunKind | None = attrs.field(default=None, converter=_kind)
    minutes: int | None = None
    kept: bool = False
    rule: str = ""
    note: Reason | None = attrs.field(default=None, converter=to_optional_reason)
    strength: bool = False
    crowded: bool = False

    def __attrs_post_init__(self) -> None:
        if self.note is not None:
            check_reason("CalendarEntry", "note", self.note)
        for name in ("strength", "crowded"):
            value = getattr(self, name)
            if value is not False and value is not True:
                raise InputError(
                    Problem(f"CalendarEntry.{name}", f"expected True or False, got {value!r}")
                )
        if self.crowded and self.kept:
            raise InputError(Problem("CalendarEntry.crowded", "a crowded run is not kept"))
        if self.strength and (self.kind is not None or self.kept):
            raise InputError(
                Problem("CalendarEntry.strength", "a strength session is no run: no kind, not kept")
            )

    @property
    def day(self) -> datetime.date:
        """The entry's date as a :class:`datetime.date`."""
        return datetime.date.fromisoformat(self.date)

    def __str__(self) -> str:
        why = "; ".join(part for part in (self.rule, text_of(self.note)) if part)
        if self.kept and self.kind is not None:
            read = str(self.kind) if self.minutes is None else f"{self.kind} {self.minutes} min"
        elif self.strength:
            read = "strength session"
        else:
            read = "left out"
        return f"{self.date} {self.title}: {read}" + (f" ({why})" if why else "")


def _ends(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None:
        _iso_date(_instance, attribute, value)  # type: ignore[arg-type]  # same check


_WEEKDAYS = tuple(Weekday)
_RACE_WEEK_SESSIONS = 1
"""Strength sessions a week with a race holds: one light session early in the week."""
_MAX_WEEK = 10_000
"""The largest week number :meth:`CalendarReport.athlete_for` takes (about 190 years)."""


@final
@attrs.frozen(kw_only=True)
class WeekHolds:
    """What a running calendar holds in one week that its plan works around.

    Args:
        held: The strength sessions the calendar holds in the week.
        race: Whether a race falls in the week (it then holds one strength session).
        blocked: Each day 48 hours from one of the calendar's strength sessions (its own
            day, the day before, the day after), in weekday order, with that session's date.
        crowded: The days with a third run, in weekday order.
    """

    held: int
    race: bool
    blocked: tuple[tuple[Weekday, datetime.date], ...] = ()
    crowded: tuple[Weekday, ...] = ()


@final
@attrs.frozen(kw_only=True)
class CalendarReport:
    """How a running calendar was read: one entry per event occurrence, in calendar order.

    Args:
        start: The Monday of the first week read, as ``YYYY-MM-DD``.
        entries: Each event occurrence, by date, then time of day, then title.
        notes: What applies to the calendar as a whole (a series repeating without end,
            read up to the last week; a calendar that ends inside a week), as reasons with
            their codes; plain text is read as free text.
        ends: The calendar's last day, as ``YYYY-MM-DD``, when it stops before the Sunday
            of the last week with runs and no ``end=`` was given: that week is partial
            (see :func:`~runstrength.read_running_calendar`); ``None`` when the calendar
            covers whole weeks.

    >>> report = CalendarReport(start="2026-03-02", entries=())
    >>> print(report)
    Running calendar from 2026-03-02: no events.
    """

    start: str = attrs.field(validator=_iso_date)
    entries: tuple[CalendarEntry, ...] = ()
    notes: tuple[Reason, ...] = attrs.field(default=(), converter=to_reasons)
    ends: str | None = attrs.field(default=None, validator=_ends)

    def __attrs_post_init__(self) -> None:
        check_reasons("CalendarReport", "notes", self.notes)

    @property
    def kept(self) -> tuple[CalendarEntry, ...]:
        """The entries read as runs of the weeks."""
        return tuple(entry for entry in self.entries if entry.kept)

    @property
    def strength(self) -> tuple[CalendarEntry, ...]:
        """The entries read as strength sessions the calendar already plans."""
        return tuple(entry for entry in self.entries if entry.strength)

    @property
    def left_out(self) -> tuple[CalendarEntry, ...]:
        """The entries left out, each with its reason: neither runs nor strength sessions."""
        return tuple(entry for entry in self.entries if not entry.kept and not entry.strength)

    @property
    def strength_dates(self) -> tuple[datetime.date, ...]:
        """The days with a strength session in the calendar, sorted, each once.

        >>> gym = CalendarEntry(date="2026-03-03", title="Gym", strength=True)
        >>> CalendarReport(start="2026-03-02", entries=(gym, gym)).strength_dates
        (datetime.date(2026, 3, 3),)
        """
        return tuple(sorted({entry.day for entry in self.entries if entry.strength}))

    @property
    def partial_last_week(self) -> bool:
        """Whether the last of the weeks read is partial: the calendar :attr:`ends` inside it.

        A partial week is read only when it is the only week with runs; otherwise it is
        left out of the weeks and this is ``False``.
        """
        if self.ends is None:
            return False
        monday = _monday(datetime.date.fromisoformat(self.ends))
        return any(entry.kept and entry.day >= monday for entry in self.entries)

    def athlete_for(self, athlete: Athlete, week: int) -> Athlete | None:
        """The athlete to plan week ``week`` for, around the calendar's strength sessions.

        The calendar's strength sessions count toward the week's: ``sessions_per_week``
        drops by the sessions the calendar holds that week (a week with a race holds one
        session at most, so one in the calendar is that week's session), and each such
        day, the day before and the day after leave ``available_days``, so no session is
        planned back to back with one already there (48 hours apart, RS105). A session the
        Sunday before or the Monday after the week counts for its neighbouring day too. A
        day with three runs or more (a :attr:`~CalendarEntry.crowded` run) leaves
        ``available_days`` too: no strength work on top of a day's third run.

        Pass the result to :func:`~runstrength.build_week` (or
        :func:`~runstrength.next_week`) with that week's running week.

        Args:
            athlete: The athlete as they are, with the sessions they want a week.
            week: The week's number in the weeks read, 0 for the week of :attr:`start`.

        Returns:
            The athlete with the days left and the sessions still to plan; ``None`` when
            nothing is left to plan: the calendar already holds the week's strength
            sessions, or it leaves no available day 48 hours from them.

        Raises:
            InputError: ``athlete`` is not an :class:`~runstrength.Athlete` or ``week``
                not a whole number from 0, each listed.

        >>> gym = CalendarEntry(date="2026-03-04", title="Gym", strength=True)
        >>> report = CalendarReport(start="2026-03-02", entries=(gym,))
        >>> fitted = report.athlete_for(Athlete(level="intermediate"), 0)
        >>> fitted.sessions_per_week, sorted(str(day) for day in fitted.available_days)
        (1, ['fri', 'mon', 'sat', 'sun'])
        >>> print(report.athlete_for(Athlete(level="beginner"), 0))
        None
        """
        problems = []
        given: object = athlete  # checked: callers without a type checker pass anything
        if not isinstance(given, Athlete):
            problems.append(Problem("athlete", f"expected an Athlete, got {given!r}"))
        number: object = week
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= _MAX_WEEK:
            problems.append(Problem("week", f"expected a whole number 0–{_MAX_WEEK}, got {week!r}"))
        if problems:
            raise InputError(problems)
        holds = self.holds(week)
        wanted = athlete.sessions_per_week
        if holds.race:
            wanted = min(wanted, _RACE_WEEK_SESSIONS)
        days = athlete.available_days - {day for day, _ in holds.blocked} - set(holds.crowded)
        if holds.held >= wanted or not days:
            return None
        return attrs.evolve(athlete, available_days=days, sessions_per_week=wanted - holds.held)

    def holds(self, week: int) -> WeekHolds:
        """What the calendar holds in week ``week`` that a plan of that week works around.

        The one reading :meth:`athlete_for` and :func:`~runstrength.build_block` share:
        the strength sessions in the week, the days 48 hours from one (the session's own
        day, the day before and the day after, a session the Sunday before or the Monday
        after the week included), the days with a third run, and whether a race falls in
        the week.

        Args:
            week: The week's number in the weeks read, 0 for the week of :attr:`start`.

        Raises:
            InputError: ``week`` is not a whole number from 0.

        >>> gym = CalendarEntry(date="2026-03-04", title="Gym", strength=True)
        >>> holds = CalendarReport(start="2026-03-02", entries=(gym,)).holds(0)
        >>> holds.held, [str(day) for day, _ in holds.blocked]
        (1, ['tue', 'wed', 'thu'])
        """
        number: object = week
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= _MAX_WEEK:
            raise InputError(
                Problem("week", f"expected a whole number 0–{_MAX_WEEK}, got {week!r}")
            )
        first = _monday(datetime.date.fromisoformat(self.start))
        # Days as offsets from the week's Monday: no date arithmetic that could overflow.
        offsets = [((day - first).days - 7 * week, day) for day in self.strength_dates]
        held = sum(1 for offset, _ in offsets if 0 <= offset <= 6)
        races = (e for e in self.entries if e.kept and e.kind is RunKind.race)
        race = any(0 <= (e.day - first).days - 7 * week <= 6 for e in races)
        blocked: dict[Weekday, datetime.date] = {}
        # The session's own day first, so a day both holding one and next to another
        # names its own.
        for step in (0, -1, 1):
            for offset, day in offsets:
                if 0 <= offset + step <= 6:
                    blocked.setdefault(_WEEKDAYS[offset + step], day)
        crowded = {
            _WEEKDAYS[offset]
            for entry in self.entries
            if entry.crowded and 0 <= (offset := (entry.day - first).days - 7 * week) <= 6
        }
        return WeekHolds(
            held=held,
            race=race,
            blocked=tuple(sorted(blocked.items(), key=lambda kv: kv[0].rank)),
            crowded=tuple(sorted(crowded, key=lambda day: day.rank)),
        )

    def __str__(self) -> str:
        if not self.entries:
            head = f"Running calendar from {self.start}: no events."
            return "\n".join((head, *texts(self.notes)))
        runs, held, left = len(self.kept), len(self.strength), len(self.left_out)
        gym = f" {held} strength session{'' if held == 1 else 's'} already planned," if held else ""
        head = (
            f"Running calendar from {self.start}: {runs} run{'' if runs == 1 else 's'} read,"
            f"{gym} {left} event{'' if left == 1 else 's'} left out."
        )
        lines = (f"- {entry}" for entry in self.entries)
        return "\n".join((head, *lines, *texts(self.notes)))


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())
