"""Calendar export: a week plan or a block as iCalendar (RFC 5545) text.

Events keep their ``UID`` from one export to the next (see ``icsoptions``), so a changed
plan imported again updates its events in place, and sessions it dropped are cancelled.
Needs the ``ics`` extra (``pip install "runstrength[ics]"``), which brings ``icalendar``;
it is imported on the first call, so ``import runstrength`` does not load it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.errors import InputError, MissingExtraError
from runstrength._model.plan import Routine, Session, WeekPlan
from runstrength._model.version import VERSION
from runstrength._model.vocab import Focus, Placement, Weekday
from runstrength._model.week import Run, RunningWeek
from runstrength._views.escape import one_line
from runstrength._views.icsoptions import (
    DEFAULT_CALENDAR_ID,
    Options,
    check_options,
    event_minutes,
    uid,
)
from runstrength._views.wording import exercise_name, load_advice, run_noun, where, words

if TYPE_CHECKING:
    from icalendar import Alarm, Event

__all__ = ["to_ics"]

_CALENDAR_NAME = "Strength training"


def _icalendar_missing(exc: ImportError) -> MissingExtraError:
    return MissingExtraError(
        'to_ics needs the icalendar package; install it with: pip install "runstrength[ics]"'
        f" ({exc})"
    )


def _check_start(start: object, name: str) -> datetime.date:
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        raise InputError(f"{name}: expected a datetime.date (a Monday), got {start!r}")
    if start.weekday() != 0:
        raise InputError(
            f"{name} must be a Monday (the first day of the plan's first week); "
            f"{start.isoformat()} is a {start.strftime('%A')}"
        )
    return start


def _weeks(
    plan: WeekPlan | Block, week: RunningWeek | None
) -> tuple[tuple[WeekPlan, RunningWeek | None, str], ...]:
    """Each week plan with its running week (if known) and a heading for the description."""
    if week is not None and not isinstance(week, RunningWeek):
        raise InputError(f"week: expected a RunningWeek or None, got {week!r}")
    if isinstance(plan, WeekPlan):
        return ((plan, week, ""),)
    if not isinstance(plan, Block):
        raise InputError(f"plan: expected a WeekPlan or a Block, got {plan!r}")
    if week is not None:
        raise InputError("week: a Block carries its own running weeks; leave week out")
    count = len(plan.weeks)
    reasons = [r.text for r in plan.reasons] or [""] * count
    return tuple(
        (
            weekplan,
            running,
            f"Week {index} of {count} ({phase})" + (f": {one_line(reason)}" if reason else "."),
        )
        for index, (weekplan, running, phase, reason) in enumerate(
            zip(plan.weeks, plan.running, plan.phases, reasons, strict=True), 1
        )
    )


def _run_nouns(runs: tuple[Run, ...]) -> str:
    return " and ".join(run_noun(run.kind) for run in runs)


def _run_detail(run: Run) -> str:
    noun = run_noun(run.kind)
    return noun if run.minutes is None else f"{noun} ({run.minutes} min)"


def _summary(session: Session, runs: tuple[Run, ...]) -> str:
    label = "Strength" if session.focus is Focus.strength else f"Strength ({session.focus})"
    if session.placement is Placement.after_run:
        return f"{label} after your {_run_nouns(runs) if runs else 'run'}"
    return f"{label}, {words(session.placement)}" + (f" + {_run_nouns(runs)}" if runs else "")


def _routine(title: str, routine: Routine | None) -> list[str]:
    if routine is None:
        return []
    steps = (f"- {one_line(step)}" for step in routine.steps)
    return ["", f"{title} ({routine.minutes} min)", *steps]


def _description(
    session: Session, runs: tuple[Run, ...] | None, heading: str, catalog: Catalog
) -> str:
    kind = "Strength" if session.focus is Focus.strength else "Light"
    details = " and ".join(_run_detail(run) for run in runs or ())
    if session.placement is Placement.after_run:
        lines = [f"{kind} session after your {details or 'run'}."]
    else:
        lines = [f"{kind} session {where(session.placement)}."]
        if details:
            lines.append(f"Running today: {details}.")
    if runs == ():
        lines.append("No run today.")
    if heading:
        lines.append(heading)
    lines += _routine("Warm-up", session.warm_up)
    lines += ["", "Exercises"]
    for number, item in enumerate(session.exercises, 1):
        lines.append(f"{number}. {one_line(exercise_name(catalog, item.exercise))}: {item.dose}")
        if item.choose_load:
            advice = load_advice(item.dose)
            lines.append(f"   {advice[:1].upper()}{advice[1:]}.")
    if not session.exercises:
        lines.append("(none listed)")
    lines += _routine("Cool-down", session.cool_down)
    if session.reasons:
        lines += ["", "Why", *(f"- {one_line(reason.text)}" for reason in session.reasons)]
    return "\n".join(lines)


@attrs.frozen
class _Slot:
    """One session's place in the calendar: its date, its slot that day (from 1), its words."""

    day: datetime.date
    slot: int
    session: Session
    summary: str
    description: str


def _slots(
    plan: WeekPlan | Block, start: datetime.date, week: RunningWeek | None, catalog: Catalog
) -> Iterator[_Slot]:
    """Each session's slot, by date, plan order within a day."""
    for offset, (weekplan, running, heading) in enumerate(_weeks(plan, week)):
        monday = start + datetime.timedelta(weeks=offset)
        ordered = sorted(weekplan.sessions, key=lambda s: s.day.rank)  # stable: plan order
        slots: dict[Weekday, int] = {}
        for session in ordered:
            runs = None if running is None else running[session.day]
            day = monday + datetime.timedelta(days=session.day.rank)
            slots[session.day] = slots.get(session.day, 0) + 1
            yield _Slot(
                day,
                slots[session.day],
                session,
                _summary(session, runs or ()),
                _description(session, runs, heading, catalog),
            )


def _replaced(
    previous: WeekPlan | Block | None,
    previous_start: datetime.date | None,
    start: datetime.date,
    weeks: int,
    catalog: Catalog,
) -> list[_Slot]:
    """The slots of ``previous`` inside this export's weeks (the ones it speaks for)."""
    if previous is None:
        if previous_start is not None:
            raise InputError("previous_start: only used with previous")
        return []
    if not isinstance(previous, WeekPlan | Block):
        raise InputError(f"previous: expected a WeekPlan, a Block or None, got {previous!r}")
    first = start if previous_start is None else _check_start(previous_start, "previous_start")
    end = start + datetime.timedelta(weeks=weeks)
    try:
        return [s for s in _slots(previous, first, None, catalog) if start <= s.day < end]
    except OverflowError:
        message = f"{first.isoformat()} leaves no room for the previous plan"
        raise InputError(f"previous_start: {message}") from None


def to_ics(
    plan: WeekPlan | Block,
    *,
    start: datetime.date,
    week: RunningWeek | None = None,
    catalog: Catalog | None = None,
    calendar_id: str = DEFAULT_CALENDAR_ID,
    stamp: datetime.datetime | None = None,
    sequence: int | None = None,
    previous: WeekPlan | Block | None = None,
    previous_start: datetime.date | None = None,
    at: datetime.time | Mapping[Weekday | str, datetime.time] | None = None,
    tz: str | None = None,
    reminder: datetime.timedelta | None = None,
) -> str:
    """A plan as an iCalendar file: one event per strength session, updatable in place.

    Each event falls on its session's date (week ``k``, weekday ``d`` is ``start`` plus
    ``7k + d`` days). Its title says the focus and where the session sits ("Strength (light)
    after your easy run", "Strength, standalone"); its description names the day's runs,
    the week's phase in a block, the warm-up, every exercise by its catalog name with its
    dose, the cool-down and why the session is there. Events are all-day and marked free,
    so they do not block time in a shared calendar, unless ``at`` gives them a time.

    Updating in place: an event's ``UID`` depends only on ``calendar_id``, its date and its
    slot (1 for the day's first session, 2 for its second), never on its content, so
    exporting a changed plan (a replan, a week that differs from the block's forecast) for
    the same dates gives the same UIDs, and a calendar app that has the earlier export
    updates those events instead of adding new ones. Apps take the version with the higher
    ``SEQUENCE``: pass ``stamp``, the time of the export, and ``SEQUENCE`` is its whole
    seconds since 2020-01-01 UTC, so a later export is always newer; or pass ``sequence``
    and count the versions yourself. ``previous`` is the plan the earlier export was made
    from: each of its sessions on this export's weeks that this plan no longer has becomes
    a ``STATUS:CANCELLED`` event with its ``UID``, which apps remove or strike through.

    The output depends on the arguments only, never on the clock: the same arguments give
    the same text, byte for byte. ``DTSTAMP`` is ``stamp`` (in UTC), else midnight UTC on
    ``start``; ``SEQUENCE`` is written only when ``stamp`` or ``sequence`` is given.

    Needs the ``ics`` extra: ``pip install "runstrength[ics]"``.

    Args:
        plan: A week plan, or a block of them (its weeks follow one another from ``start``).
        start: The Monday of the first week.
        week: The runs of the week, for a week plan (a block carries its own): named in
            each event's title and description when given.
        catalog: Where exercise names come from (default: the packaged catalog).
        calendar_id: Whose calendar this is: any non-empty text, the same for every export
            meant to update the same events (default ``"strength"``). Give each runner
            (or each plan kept in the same calendar app) an id of its own, or their
            events would update each other's.
        stamp: The time of this export, an aware datetime: written as ``DTSTAMP``, and the
            ``SEQUENCE`` follows from it (between 2020-01-01 and 2088-01-19 UTC).
        sequence: The version of this export, 0 to 2**31 - 1, higher than any earlier
            export of the same calendar; wins over the one ``stamp`` implies.
        previous: The plan or block the earlier export of these dates was made from;
            its sessions this plan lacks are exported as cancelled. Needs ``stamp`` or a
            ``sequence`` above 0.
        previous_start: The Monday ``previous`` was exported from (default ``start``).
        at: The time of day sessions start, one for every day or a mapping from weekday
            (``"mon"`` ... ``"sun"``) to its time; days it leaves out stay all-day. A timed
            event lasts the session's estimated minutes rounded up to 5, and is busy time.
        tz: The IANA time zone of ``at`` (``"Europe/Paris"``), written as ``TZID`` with a
            ``VTIMEZONE``; without it the times are floating (local wherever the runner
            is). Only used with ``at``.
        reminder: How long before its start each session shows a reminder (a
            ``VALARM``), 0 to 7 days; an all-day event starts at midnight.

    Returns:
        The calendar as RFC 5545 text with CRLF line ends.

    Raises:
        InputError: ``start`` is not a Monday (or not a date), ``plan`` is neither a
            ``WeekPlan`` nor a ``Block``, ``week`` is not a ``RunningWeek``, ``week``
            is given with a block, or any option is bad (each one is listed, by name).
        MissingExtraError: ``icalendar`` is not installed (also an ``ImportError``).

    >>> import datetime
    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.beginner)
    >>> week = rs.RunningWeek(tue="easy", thu="tempo", sun="long")
    >>> text = to_ics(rs.build_week(athlete, week), start=datetime.date(2026, 11, 23), week=week)
    >>> text.count("BEGIN:VEVENT")
    1
    """
    day_one = _check_start(start, "start")
    if catalog is not None and not isinstance(catalog, Catalog):
        raise InputError(f"catalog: expected a Catalog or None, got {catalog!r}")
    names = catalog if catalog is not None else default_catalog()
    weeks = len(_weeks(plan, week))
    options = check_options(
        day_one,
        calendar_id=calendar_id,
        sequence=sequence,
        stamp=stamp,
        at=at,
        tz=tz,
        reminder=reminder,
        replaces=previous is not None,
    )
    try:
        import icalendar  # noqa: PLC0415  # optional extra, loaded on first use
    except ImportError as exc:
        raise _icalendar_missing(exc) from None

    gone = _replaced(previous, previous_start, day_one, weeks, names)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//runstrength//runstrength {VERSION}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _CALENDAR_NAME)
    try:
        slots = list(_slots(plan, day_one, week, names))
        kept = {(s.day, s.slot) for s in slots}
        cancelled = [(s, True) for s in gone if (s.day, s.slot) not in kept]
        events = sorted([(s, False) for s in slots] + cancelled, key=_when)
        for slot, is_cancelled in events:
            alarm = None if is_cancelled or options.reminder is None else icalendar.Alarm()
            event = _event(icalendar.Event(), alarm, slot, options, cancelled=is_cancelled)
            calendar.add_component(event)
    except OverflowError:
        raise InputError(f"start: {day_one.isoformat()} leaves no room for the plan") from None
    if options.zone is not None and events:
        # The zone's rules over the years of the events, so moved events keep their hours.
        first, last = events[0][0].day.year, events[-1][0].day.year
        end = datetime.date(last + 1, 1, 1) if last < datetime.MAXYEAR else datetime.date.max
        calendar.add_missing_timezones(datetime.date(first, 1, 1), end)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _when(item: tuple[_Slot, bool]) -> tuple[datetime.date, int]:
    return item[0].day, item[0].slot


def _event(
    event: Event, alarm: Alarm | None, slot: _Slot, options: Options, *, cancelled: bool
) -> Event:
    event.add("uid", uid(options.token, slot.day, slot.slot))
    event.add("dtstamp", options.stamp)
    if options.sequence is not None:
        event.add("sequence", options.sequence)
    time = options.times[slot.day.weekday()]
    if time is None:
        event.add("dtstart", slot.day)
        event.add("dtend", slot.day + datetime.timedelta(days=1))
    else:
        begin = datetime.datetime.combine(slot.day, time, tzinfo=options.zone)
        event.add("dtstart", begin)
        event.add("dtend", begin + datetime.timedelta(minutes=event_minutes(slot.session)))
    if cancelled:
        event.add("summary", f"Cancelled: {slot.summary}")
        event.add("description", "This session is no longer in the plan.")
        event.add("status", "CANCELLED")
        event.add("transp", "TRANSPARENT")
        return event
    event.add("summary", slot.summary)
    event.add("description", slot.description)
    event.add("transp", "TRANSPARENT" if time is None else "OPAQUE")
    if alarm is not None and options.reminder is not None:
        alarm.add("action", "DISPLAY")
        alarm.add("description", slot.summary)
        alarm.add("trigger", -options.reminder)
        event.add_component(alarm)
    return event
