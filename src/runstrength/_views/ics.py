"""Calendar export: a week plan or a block as iCalendar (RFC 5545) text.

Needs the ``ics`` extra (``pip install "runstrength[ics]"``), which brings ``icalendar``;
it is imported on the first call, so ``import runstrength`` does not load it.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.errors import InputError, MissingExtraError
from runstrength._model.plan import Routine, Session, WeekPlan
from runstrength._model.version import VERSION
from runstrength._model.vocab import Focus, Placement
from runstrength._model.week import Run, RunningWeek
from runstrength._views.escape import one_line
from runstrength._views.wording import exercise_name, run_noun, where, words

if TYPE_CHECKING:
    from icalendar import Event

__all__ = ["to_ics"]

_CALENDAR_NAME = "Strength training"


def _icalendar_missing(exc: ImportError) -> MissingExtraError:
    return MissingExtraError(
        'to_ics needs the icalendar package; install it with: pip install "runstrength[ics]"'
        f" ({exc})"
    )


def _check_start(start: object) -> datetime.date:
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        raise InputError(f"start: expected a datetime.date (a Monday), got {start!r}")
    if start.weekday() != 0:
        raise InputError(
            "start must be a Monday (the first day of the plan's first week); "
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
    if not session.exercises:
        lines.append("(none listed)")
    lines += _routine("Cool-down", session.cool_down)
    if session.reasons:
        lines += ["", "Why", *(f"- {one_line(reason.text)}" for reason in session.reasons)]
    return "\n".join(lines)


def _events(
    plan: WeekPlan | Block, start: datetime.date, week: RunningWeek | None, catalog: Catalog
) -> Iterator[tuple[datetime.date, str, str]]:
    """Each session as (date, summary, description), by date, plan order within a day."""
    for offset, (weekplan, running, heading) in enumerate(_weeks(plan, week)):
        monday = start + datetime.timedelta(weeks=offset)
        ordered = sorted(weekplan.sessions, key=lambda s: s.day.rank)  # stable: plan order
        for session in ordered:
            runs = None if running is None else running[session.day]
            day = monday + datetime.timedelta(days=session.day.rank)
            yield (
                day,
                _summary(session, runs or ()),
                _description(session, runs, heading, catalog),
            )


def _uid(day: datetime.date, ordinal: int, summary: str, description: str) -> str:
    content = "\x1f".join((day.isoformat(), str(ordinal), summary, description))
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]
    return f"{day.strftime('%Y%m%d')}-{digest}@runstrength"


def to_ics(
    plan: WeekPlan | Block,
    *,
    start: datetime.date,
    week: RunningWeek | None = None,
    catalog: Catalog | None = None,
) -> str:
    """A plan as an iCalendar file: one all-day event per strength session.

    Each event falls on its session's date (week ``k``, weekday ``d`` is ``start`` plus
    ``7k + d`` days). Its title says the focus and where the session sits ("Strength (light)
    after your easy run", "Strength, standalone"); its description names the day's runs,
    the week's phase in a block, the warm-up, every exercise by its catalog name with its
    dose, the cool-down and why the session is there. Events are all-day and marked free,
    so they do not block time in a shared calendar.

    The output depends on the arguments only, never on the clock: the same plan and start
    give the same text, byte for byte. Each event's ``UID`` is a hash of its date and
    content, and ``DTSTAMP`` is midnight UTC on ``start``. Import the file into a calendar
    app; after changing a plan, remove the old events before importing the new file.

    Needs the ``ics`` extra: ``pip install "runstrength[ics]"``.

    Args:
        plan: A week plan, or a block of them (its weeks follow one another from ``start``).
        start: The Monday of the first week.
        week: The runs of the week, for a week plan (a block carries its own): named in
            each event's title and description when given.
        catalog: Where exercise names come from (default: the packaged catalog).

    Returns:
        The calendar as RFC 5545 text with CRLF line ends.

    Raises:
        InputError: ``start`` is not a Monday (or not a date), ``plan`` is neither a
            ``WeekPlan`` nor a ``Block``, ``week`` is not a ``RunningWeek``, or
            ``week`` is given with a block.
        MissingExtraError: ``icalendar`` is not installed (also an ``ImportError``).

    >>> import datetime
    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.beginner)
    >>> week = rs.RunningWeek(tue="easy", thu="tempo", sun="long")
    >>> text = to_ics(rs.build_week(athlete, week), start=datetime.date(2026, 11, 23), week=week)
    >>> text.count("BEGIN:VEVENT")
    1
    """
    day_one = _check_start(start)
    if catalog is not None and not isinstance(catalog, Catalog):
        raise InputError(f"catalog: expected a Catalog or None, got {catalog!r}")
    names = catalog if catalog is not None else default_catalog()
    try:
        import icalendar  # noqa: PLC0415  # optional extra, loaded on first use
    except ImportError as exc:
        raise _icalendar_missing(exc) from None

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//runstrength//runstrength {VERSION}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _CALENDAR_NAME)
    stamp = datetime.datetime.combine(day_one, datetime.time(0), tzinfo=datetime.UTC)
    per_day: dict[datetime.date, int] = {}
    try:
        for day, summary, description in _events(plan, day_one, week, names):
            ordinal = per_day.get(day, 0)
            per_day[day] = ordinal + 1
            calendar.add_component(
                _event(icalendar.Event(), day, summary, description, stamp, ordinal)
            )
    except OverflowError:
        raise InputError(f"start: {day_one.isoformat()} leaves no room for the plan") from None
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _event(
    event: Event,
    day: datetime.date,
    summary: str,
    description: str,
    stamp: datetime.datetime,
    ordinal: int,
) -> Event:
    event.add("uid", _uid(day, ordinal, summary, description))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event
