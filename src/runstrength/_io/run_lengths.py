"""How long a run of a calendar is: from its start and end, its text, or its distance at a pace.

Imports only ``runstrength._model`` and its own layer.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import attrs

from runstrength._io.run_kinds import distance_in, kilometres_in, minutes_in
from runstrength._model.calendar_in import CalendarReport
from runstrength._model.errors import Problem
from runstrength._model.reason import Reason, parts_of
from runstrength._model.reasons import say

if TYPE_CHECKING:
    from icalendar import Component

__all__ = ["LONGEST", "PACES", "check_pace", "clock", "event_minutes", "pace_note", "run_minutes"]

PACES = (2.5, 15.0)
"""The paces ``pace=`` takes, in minutes per km: from 2:30/km (a world-class 10K) to
15:00/km (a brisk walk)."""

LONGEST = 600
"""The longest run read, in minutes (a longer event is not one run)."""


def check_pace(pace: object, problems: list[Problem]) -> float | None:
    """The pace in minutes per km, or ``None`` with a problem added when it is out of range."""
    if pace is None:
        return None
    low, high = PACES
    if isinstance(pace, bool) or not isinstance(pace, int | float) or not low <= pace <= high:
        problems.append(
            Problem("pace", f"expected minutes per km from {low} to {high} (6.0), got {pace!r}")
        )
        return None
    return float(pace)


def clock(pace: float) -> str:
    """A pace in minutes per km as a runner writes it.

    >>> clock(5.5), clock(6.0)
    ('5:30/km', '6:00/km')
    """
    seconds = round(pace * 60)
    return f"{seconds // 60}:{seconds % 60:02d}/km"


def event_minutes(event: Component) -> int | None:
    """The minutes from DTSTART to DTEND (or DURATION) of a timed event."""
    start = event.get("DTSTART")
    begin = getattr(start, "dt", None)
    if not isinstance(begin, datetime.datetime):
        return None
    end, duration = event.get("DTEND"), event.get("DURATION")
    try:
        if end is not None and isinstance(end.dt, datetime.datetime):
            span = end.dt - begin
        elif duration is not None and isinstance(duration.dt, datetime.timedelta):
            span = duration.dt
        else:
            return None
    except (TypeError, AttributeError, OverflowError):  # a naive end to an aware start
        return None
    return round(span.total_seconds() / 60)


def run_minutes(
    length: int | None, title: str, description: str, pace: float | None
) -> tuple[int | None, Reason]:
    """A run's minutes, when known, and where they came from.

    The event's own length first (``length``, from its start and end), then a length its
    text says, then its distance at ``pace``.

    >>> minutes, how = run_minutes(None, "Run - Easy: 6 mi", "", 6.0)
    >>> minutes, how.text
    (58, 'minutes from its distance (6 mi) at 6:00/km')
    >>> print(run_minutes(None, "10 km", "", None)[1])
    a distance alone (10 km) gives no minutes without pace=
    """
    if length is not None and 1 <= length <= LONGEST:
        return length, say("calendar.minutes.times")
    said = minutes_in(title) or minutes_in(description)
    if said is not None and said <= LONGEST:
        return said, say("calendar.minutes.text")
    text = title if distance_in(title) is not None else description
    distance = distance_in(text)
    if distance is None:
        return None, say("calendar.minutes.none")
    if pace is None:
        return None, say("calendar.minutes.no_pace", distance=distance)
    minutes = round((kilometres_in(text) or 0.0) * pace)
    if 1 <= minutes <= LONGEST:
        paced = say("calendar.minutes.pace", distance=distance, pace=pace, pace_words=clock(pace))
        return minutes, paced
    words = clock(pace)
    return None, say("calendar.minutes.pace_out", distance=distance, pace=pace, pace_words=words)


def pace_note(report: CalendarReport) -> CalendarReport:
    """The report with a note on how to give a pace, when runs have a distance alone."""
    count = sum(1 for entry in report.kept if _no_pace(entry.note))
    if not count:
        return report
    note = say("calendar.pace.one" if count == 1 else "calendar.pace.many", count=count)
    return attrs.evolve(report, notes=(*report.notes, note))


def _no_pace(note: Reason | None) -> bool:
    """Whether an entry's note says its distance gives no minutes without a pace."""
    if note is None:
        return False
    if any(part.code == "calendar.minutes.no_pace" for part in parts_of(note)):
        return True
    return "gives no minutes without pace=" in note.text  # an entry's own note, as text
