"""Reason codes of a running calendar's report: why each event was read as it was.

The notes of :class:`~runstrength.CalendarReport` and of each of its entries, as
:func:`~runstrength.read_running_calendar` writes them. An entry's note is made of
clauses joined by a space, each clause but the last closing with a semicolon (``kind
from the title; minutes from its text``). An event's own title is free text a person
wrote: it stays a parameter, never a template.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CALENDAR_CODES"]

_WHERE = {"where": "Where its words were found: `title` or `description`."}
_DISTANCE = {"distance": "The distance as the event writes it (`6 mi`, `10 km`)."}
_PACE = {
    "pace": "The pace given, in minutes per km.",
    "pace_words": "That pace as a runner writes it (`6:00/km`).",
}
_ENDS = {
    "weekday": "The weekday code of the calendar's last day (`thu`).",
    "weekday_name": "That weekday's name in English.",
    "date": "The calendar's last day, `YYYY-MM-DD`.",
}

_INTO = {
    "into_kind": "The kind of the kept run that takes a third run's minutes (`easy`).",
    "into_title": "That run's title, as the calendar writes it.",
}

CALENDAR_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "calendar.cancelled": ("cancelled", {}),
    "calendar.no_run": ("no word of a run in it", {}),
    "calendar.strength": (
        "the {where} says it is a strength session, already planned",
        _WHERE,
    ),
    "calendar.not_a_run": ("the {where} says it is no run", _WHERE),
    "calendar.kind_from": (
        "kind from the {where};",
        {**_WHERE, "kind": "The kind of run it was read as (`easy`, `long`, …)."},
    ),
    "calendar.minutes.times": ("minutes from its start and end", {}),
    "calendar.minutes.text": ("minutes from its text", {}),
    "calendar.minutes.none": ("no length given", {}),
    "calendar.minutes.no_pace": (
        "a distance alone ({distance}) gives no minutes without pace=",
        _DISTANCE,
    ),
    "calendar.minutes.pace": (
        "minutes from its distance ({distance}) at {pace_words}",
        {**_DISTANCE, **_PACE},
    ),
    "calendar.minutes.pace_out": (
        "a distance alone ({distance}) gives no minutes at {pace_words}",
        {**_DISTANCE, **_PACE},
    ),
    "calendar.left_out.before": (
        "before the first week ({start});",
        {"start": "The Monday of the first week read, `YYYY-MM-DD`."},
    ),
    "calendar.left_out.after": (
        "after the last day read ({last});",
        {"last": "The last day read, `YYYY-MM-DD`."},
    ),
    "calendar.third_run.added": (
        "a third run that day: its {minutes} min added to the {into_kind} run '{into_title}';",
        _INTO | {"minutes": "The third run's minutes, added to that run."},
    ),
    "calendar.third_run.unknown": (
        "a third run that day (two kept; its minutes not known to add to the {into_kind} "
        "run '{into_title}');",
        _INTO,
    ),
    "calendar.third_run.took": (
        "with the {minutes} min of '{title}', a third run that day;",
        {
            "minutes": "The third run's minutes, added to this run's.",
            "title": "The third run's title, as the calendar writes it.",
        },
    ),
    "calendar.left_out.ends": (
        "the calendar ends on {weekday_name} {date}, inside this week;",
        _ENDS,
    ),
    "calendar.repeats": (
        "{title!r} repeats without end: read up to {last}",
        {
            "title": "The series' title, as its event gives it (free text).",
            "last": "The last day read, `YYYY-MM-DD`.",
        },
    ),
    "calendar.ends.only_week": (
        "the calendar ends on {weekday_name} {date}, before that week's Sunday: the week of "
        "{monday} is the only week with runs, read as far as it goes (the days after as rest)",
        {**_ENDS, "monday": "The Monday of that week, `YYYY-MM-DD`."},
    ),
    "calendar.ends.cut": (
        "the calendar ends on {weekday_name} {date}, before that week's Sunday: the week of "
        "{monday} is left out, its weekend unknown (not rest); pass end={sunday} to read it "
        "anyway",
        {
            **_ENDS,
            "monday": "The Monday of that week, `YYYY-MM-DD`.",
            "sunday": "The Sunday of that week, `YYYY-MM-DD`.",
        },
    ),
    "calendar.pace.one": (
        "1 run gives a distance but no minutes: pass pace= (minutes per km, e.g. pace=6.0) to "
        "read minutes from the distance",
        {"count": "How many runs give a distance alone: 1."},
    ),
    "calendar.pace.many": (
        "{count} runs give a distance but no minutes: pass pace= (minutes per km, e.g. "
        "pace=6.0) to read minutes from the distance",
        {"count": "How many runs give a distance alone."},
    ),
    "calendar.max_weeks": (
        "read {weeks} weeks, up to {last}; pass end= and start= for more",
        {
            "weeks": "The most weeks read at once.",
            "last": "The last day read, `YYYY-MM-DD`.",
        },
    ),
}
