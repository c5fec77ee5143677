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

if TYPE_CHECKING:
    from icalendar import Component

__all__ = ["LONGEST", "PACES", "check_pace", "clock", "event_minutes", "pace_note", "run_minutes"]

PACES = (2.5, 15.0)
"""The paces ``pace=`` takes, in minutes per km: from 2:30/km (a world-class 10K) to
15:00/km (a brisk walk)."""

LONGEST = 600
"""The longest run read, in minutes (a longer event is not one run)."""

_NO_PACE = "gives no minutes without pace="


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
) -> tuple[int | None, str]:
    """A run's minutes, when known, and where they came from.

    The event's own length first (``length``, from its start and end), then a length its
    text says, then its distance at ``pace``.

    >>> run_minutes(None, "Run - Easy: 6 mi", "", 6.0)
    (58, 'minutes from its distance (6 mi) at 6:00/km')
    >>> run_minutes(None, "10 km", "", None)
    (None, 'a distance alone (10 km) gives no minutes without pace=')
    """
    if length is not None and 1 <= length <= LONGEST:
        return length, "minutes from its start and end"
    said = minutes_in(title) or minutes_in(description)
    if said is not None and said <= LONGEST:
        return said, "minutes from its text"
    text = title if distance_in(title) is not None else description
    distance = distance_in(text)
    if distance is None:
        return None, "no length given"
    if pace is None:
        return None, f"a distance alone ({distance}) {_NO_PACE}"
    minutes = round((kilometres_in(text) or 0.0) * pace)
    if 1 <= minutes <= LONGEST:
        return minutes, f"minutes from its distance ({distance}) at {clock(pace)}"
    return None, f"a distance alone ({distance}) gives no minutes at {clock(pace)}"


def pace_note(report: CalendarReport) -> CalendarReport:
    """The report with a note on how to give a pace, when runs have a distance alone."""
    count = sum(1 for entry in report.kept if _NO_PACE in entry.note)
    if not count:
        return report
    runs = "1 run gives" if count == 1 else f"{count} runs give"
    note = (
        f"{runs} a distance but no minutes: pass pace= (minutes per km, e.g. pace=6.0)"
        " to read minutes from the distance"
    )
    return attrs.evolve(report, notes=(*report.notes, note))
