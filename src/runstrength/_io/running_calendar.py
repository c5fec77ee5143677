"""Reading a runner's running calendar: iCalendar text in, running weeks and a report out.

Needs the ``ics`` extra (``pip install "runstrength[ics]"``), which brings ``icalendar`` and
``recurring-ical-events``; they are imported on the first call.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from runstrength._io.calendar_weeks import Seen, assemble
from runstrength._io.run_kinds import RUN_KIND_RULES, check_rules, classify
from runstrength._io.run_lengths import check_pace, event_minutes, pace_note, run_minutes
from runstrength._model.calendar_in import CalendarEntry, CalendarReport, RunKindRule
from runstrength._model.errors import InputError, MissingExtraError, Problem
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.week import RunningWeek

if TYPE_CHECKING:
    from icalendar import Calendar, Component

__all__ = ["MAX_OCCURRENCES", "MAX_READ_WEEKS", "read_running_calendar"]

MAX_OCCURRENCES = 10_000
"""Event occurrences read at most (a series repeating every minute is refused, not read)."""

MAX_READ_WEEKS = 156
"""Weeks read at most (three years): beyond them, pass ``start=`` and ``end=``."""

_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Z", "GMT", "Etc/GMT", "UTC+00:00"})
_WEEK = datetime.timedelta(days=7)


def _missing(exc: ImportError) -> MissingExtraError:
    return MissingExtraError(
        "read_running_calendar needs the icalendar and recurring-ical-events packages;"
        f' install them with: pip install "runstrength[ics]" ({exc})'
    )


def _text(ics: object, problems: list[Problem]) -> str:
    if isinstance(ics, bytes | bytearray):
        try:
            return bytes(ics).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            problems.append(Problem("ics", f"not UTF-8 text: {exc.reason} at byte {exc.start}"))
            return ""
    if not isinstance(ics, str):
        problems.append(
            Problem("ics", f"expected iCalendar text or bytes, got {type(ics).__name__}")
        )
        return ""
    return ics


def _day(
    value: object, name: str, problems: list[Problem], *, monday: bool
) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        problems.append(Problem(name, f"expected a datetime.date, got {value!r}"))
        return None
    if monday and value.weekday() != 0:
        problems.append(
            Problem(name, f"must be a Monday; {value.isoformat()} is a {value.strftime('%A')}")
        )
        return None
    return value


def _zone(tz: object, problems: list[Problem]) -> datetime.tzinfo | None:
    if tz is None or isinstance(tz, datetime.tzinfo):
        return tz
    if not isinstance(tz, str):
        problems.append(Problem("tz", f"expected a time zone name or tzinfo, got {tz!r}"))
        return None
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        problems.append(Problem("tz", f"{tz!r} is not a known time zone"))
        return None


def _parse(text: str) -> Calendar:
    import icalendar  # noqa: PLC0415  # optional extra, loaded on first use

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # any failure of the parser is bad input
        raise InputError(Problem("ics", f"not iCalendar text: {exc}")) from None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise InputError(Problem("ics", "not an iCalendar calendar (no BEGIN:VCALENDAR)"))
    if not calendar.walk("VEVENT"):
        raise InputError(Problem("ics", "the calendar holds no events"))
    return calendar


def _calendar_zone(calendar: Calendar, tz: datetime.tzinfo | None) -> datetime.tzinfo:
    if tz is not None:
        # ``tz`` wins over the calendar's zone, which the expander would otherwise apply to
        # UTC times (the calendar is this call's own parse, so changing it is safe).
        calendar.pop("X-WR-TIMEZONE", None)
        return tz
    name = calendar.get("X-WR-TIMEZONE")
    if name is not None:
        try:
            return zoneinfo.ZoneInfo(str(name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass  # an unknown name: read UTC times as UTC
    return datetime.UTC


def _when(value: object, zone: datetime.tzinfo) -> tuple[datetime.date, datetime.time] | None:
    """The local date and time of day of a start: its own zone, UTC in ``zone``."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None and str(value.tzinfo) in _UTC_NAMES:
            value = value.astimezone(zone)
        return value.date(), value.time().replace(tzinfo=None)
    if isinstance(value, datetime.date):
        return value, datetime.time()
    return None


def _read(
    event: Component,
    rules: tuple[RunKindRule, ...],
    when: tuple[datetime.date, datetime.time],
    pace: float | None,
) -> CalendarEntry:
    title = str(event.get("SUMMARY", "")).strip()
    description = str(event.get("DESCRIPTION", ""))
    date = when[0].isoformat()
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return CalendarEntry(date=date, title=title, note=say("calendar.cancelled"))
    rule, where = classify(title, description, rules)
    if rule is None:
        return CalendarEntry(date=date, title=title, note=say("calendar.no_run"))
    if rule.kind is None and rule.strength:
        note = say("calendar.strength", where=where)
        return CalendarEntry(date=date, title=title, rule=rule.name, note=note, strength=True)
    if rule.kind is None:
        return CalendarEntry(
            date=date, title=title, rule=rule.name, note=say("calendar.not_a_run", where=where)
        )
    minutes, how = run_minutes(event_minutes(event), title, description, pace)
    return CalendarEntry(
        date=date,
        title=title,
        kind=rule.kind,
        minutes=minutes,
        kept=True,
        rule=rule.name,
        note=joined_reasons(say("calendar.kind_from", where=where, kind=str(rule.kind)), how),
    )


def _unbounded(calendar: Calendar) -> frozenset[str]:
    """The UIDs of the series that repeat without end (no COUNT and no UNTIL)."""
    found = set()
    for event in calendar.walk("VEVENT"):
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            if "COUNT" not in rule and "UNTIL" not in rule:
                found.add(str(event.get("UID", "")))
    return frozenset(found)


def _first_day(calendar: Calendar, zone: datetime.tzinfo, *, latest: bool = False) -> datetime.date:
    """The first day an event starts on (with ``latest``, the last first day)."""
    days = [
        when[0]
        for event in calendar.walk("VEVENT")
        if (when := _when(getattr(event.get("DTSTART"), "dt", None), zone)) is not None
    ]
    if not days:
        raise InputError(Problem("ics", "no event has a start (DTSTART)"))
    return max(days) if latest else min(days)


def _occurrences(
    calendar: Calendar,
    zone: datetime.tzinfo,
    rules: tuple[RunKindRule, ...],
    span: tuple[datetime.date, datetime.date],
    pace: float | None,
) -> list[Seen]:
    import recurring_ical_events  # noqa: PLC0415  # optional extra, loaded on first use

    since, until = span
    seen: list[Seen] = []
    done: set[tuple[str, str]] = set()
    query = recurring_ical_events.of(calendar)
    # Four weeks at a time, a day either side for time zones: a series repeating every
    # minute is refused after MAX_OCCURRENCES, not expanded into memory all at once.
    low = since - datetime.timedelta(days=1)
    while low <= until:
        high = min(low + 4 * _WEEK, until + datetime.timedelta(days=2))
        try:
            found = query.between(low, high)
        except Exception as exc:  # a series the expander cannot read is bad input
            raise InputError(Problem("ics", f"an event cannot be read: {exc}")) from None
        for event in found:
            start = getattr(event.get("DTSTART"), "dt", None)
            key = (str(event.get("UID", "")), repr(start))
            when = _when(start, zone)
            if key in done or when is None or not since <= when[0] <= until:
                continue
            done.add(key)
            if len(seen) >= MAX_OCCURRENCES:
                raise InputError(
                    Problem("ics", f"more than {MAX_OCCURRENCES} events; pass start= and end=")
                )
            entry = _read(event, rules, when, pace)
            seen.append(Seen(when[0], when[1], entry.title, key[0], entry))
        low = high
    return seen


def read_running_calendar(
    ics: str | bytes,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    rules: Sequence[RunKindRule] | None = None,
    tz: str | datetime.tzinfo | None = None,
    pace: float | None = None,
) -> tuple[tuple[RunningWeek, ...], CalendarReport]:
    """Read a running plan exported as iCalendar into running weeks, with a report.

    Each event occurrence (recurring series expanded, cancelled ones left out) is read as a
    kind of run by ``rules`` (default :data:`RUN_KIND_RULES`) from its title, then its
    description, and its minutes from its start and end (a timed event) or from its text
    (an all-day event: ``45 min``, ``1h30``, ``1:15:00``, ``90'``), or from its distance
    at ``pace``. A strength, gym or core event is a strength session the calendar already
    plans: the report lists it (:attr:`CalendarReport.strength_dates`);
    :meth:`CalendarReport.athlete_for` plans one week around it and
    ``build_block(athlete, weeks, calendar=report)`` a whole block. A day keeps at most two
    runs (a race first, then long, intervals, tempo, hills, easy, recovery; then the
    longer; then the earlier); a third is left out, its minutes added to the kept run of
    the same intensity or the next above it (else the day's easiest), both entries saying
    so, and marked :attr:`~CalendarEntry.crowded`: neither
    :meth:`CalendarReport.athlete_for` nor a block given the report plans a session on
    its day. An event is on its local date: a time with a zone in its
    own zone, a UTC time in ``tz`` (else the calendar's ``X-WR-TIMEZONE``, else UTC), a
    floating time as written.

    **A calendar that ends inside a week.** Without ``end=``, when the calendar's last
    event is before the Sunday of the last week with runs (an export that stops on a
    Thursday), that week is partial: the report's :attr:`~CalendarReport.ends` and a note
    name the last day, and the week is left out of the weeks read, its runs marked so. A
    coach plans no week they cannot see: the missing weekend is unknown, not rest, and read
    as rest it would look like a cut-back week (the block planner would call it a deload)
    and free its last days for strength work the day before what may be the long run.
    Plan it from a newer export, or pass ``end=`` (that Sunday) to read it with the days
    after as rest. Only when it is the only week with runs is it read as far as it goes
    (there is nothing to compare it with), and :attr:`~CalendarReport.partial_last_week`
    says so.

    Args:
        ics: The calendar, as text or UTF-8 bytes (as exported by the running app).
        start: The Monday of the first week; default the Monday of the first run's week.
            Events before it are left out.
        end: The last day to read; default the last run's day (a partial last week is
            left out, see above). A series repeating without end is read up to the last
            week of the other events, or its own first week.
        rules: The table reading titles as kinds; ``(*mine, *RUN_KIND_RULES)`` extends it.
        tz: The time zone UTC times are read in (a name such as ``"Europe/London"``).
        pace: Your easy pace in minutes per km (``6.0`` is 6:00/km; from 2.5 to 15),
            which gives a run with a distance but no length its minutes (``6 mi`` at
            ``6.0`` is 58 minutes; miles are converted). Without it such a run's minutes
            stay unknown and the report says how to give a pace.

    Returns:
        The weeks, Monday to Sunday, from ``start`` to the last run's week, empty weeks
            between included.
        A :class:`CalendarReport` with one entry per occurrence.

    Raises:
        InputError: Not iCalendar, no events, ``start`` not a Monday, ``end`` before
            ``start``, ``rules`` of the wrong shape, an unknown ``tz`` or a ``pace`` out of
            range, each listed.
        MissingExtraError: The ``ics`` extra is not installed.
    """
    problems: list[Problem] = []
    text = _text(ics, problems)
    first = _day(start, "start", problems, monday=True)
    last = _day(end, "end", problems, monday=False)
    if first is not None and last is not None and last < first:
        problems.append(Problem("end", f"{last.isoformat()} is before start ({first.isoformat()})"))
    table = RUN_KIND_RULES
    if rules is not None:
        try:
            table = check_rules(rules)
        except InputError as exc:
            problems += exc.problems
    zone = _zone(tz, problems)
    speed = check_pace(pace, problems)
    if problems:
        raise InputError(problems)
    try:
        import icalendar  # noqa: F401, PLC0415  # optional extra, loaded on first use
        import recurring_ical_events  # noqa: F401, PLC0415  # optional extra, likewise
    except ImportError as exc:
        raise _missing(exc) from None
    calendar = _parse(text)
    try:
        local = _calendar_zone(calendar, zone)
        since = first if first is not None else _first_day(calendar, local)
        limit = since + MAX_READ_WEEKS * _WEEK - datetime.timedelta(days=1)
        if last is not None and last > limit:
            raise InputError(
                Problem("end", f"{last} is more than {MAX_READ_WEEKS} weeks after {since}")
            )
        seen = _occurrences(calendar, local, table, (since, last or limit), speed)
        weeks, report = assemble(seen, first, last, _unbounded(calendar), since)
        if speed is None:
            report = pace_note(report)
        if last is None and _first_day(calendar, local, latest=True) > limit:
            note = say("calendar.max_weeks", weeks=MAX_READ_WEEKS, last=limit.isoformat())
            report = attrs.evolve(report, notes=(*report.notes, note))
        return weeks, report
    except InputError:
        raise
    except Exception as exc:  # a broken property the parser kept for later is bad input
        raise InputError(Problem("ics", f"an event cannot be read: {exc}")) from None
