"""From the events read to the weeks: each day's two most important runs, week by week.

Imports only ``runstrength._model`` and its own layer.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import attrs

from runstrength._model.calendar_in import CalendarEntry, CalendarReport
from runstrength._model.reason import Param, Reason, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import RunKind, Weekday
from runstrength._model.week import MAX_RUNS_PER_DAY, Run, RunningWeek

__all__ = ["IMPORTANCE", "Seen", "assemble"]

IMPORTANCE: tuple[RunKind, ...] = (
    RunKind.race,
    RunKind.long,
    RunKind.intervals,
    RunKind.tempo,
    RunKind.hills,
    RunKind.easy,
    RunKind.recovery,
)
"""Which runs of a day with more than two are kept: the earlier kinds here, then the longer
run, then the earlier in the day."""


@attrs.frozen
class Seen:
    """One event occurrence: when it is, what it says, and what it was read as."""

    date: datetime.date
    time: datetime.time  # midnight for an all-day event
    title: str
    series: str  # the event's UID, to tell a series repeating without end
    entry: CalendarEntry


def _left_out(seen: Seen, note: Reason) -> Seen:
    """``seen`` left out, its note opened by why (a clause closing with a semicolon)."""
    before = seen.entry.note
    why = joined_reasons(note, before) if before is not None else to_reason(f"{note.text} ")
    entry = attrs.evolve(seen.entry, kept=False, note=why)
    return attrs.evolve(seen, entry=entry)


def _rank(seen: Seen) -> tuple[int, int, datetime.time]:
    kind = seen.entry.kind
    return (
        IMPORTANCE.index(kind) if kind in IMPORTANCE else len(IMPORTANCE),
        -(seen.entry.minutes or 0),
        seen.time,
    )


def _per_day(seen: list[Seen]) -> list[Seen]:
    """Each day's runs beyond the two most important left out, with the reason."""
    by_day: dict[datetime.date, list[int]] = {}
    for index, item in enumerate(seen):
        if item.entry.kept:
            by_day.setdefault(item.date, []).append(index)
    out = list(seen)
    for indexes in by_day.values():
        ranked = sorted(indexes, key=lambda i: (_rank(seen[i]), i))
        for index in ranked[MAX_RUNS_PER_DAY:]:
            third = say("calendar.left_out.third", kept=MAX_RUNS_PER_DAY)
            out[index] = _left_out(seen[index], third)
    return out


def _weeks(seen: Iterable[Seen], start: datetime.date, count: int) -> tuple[RunningWeek, ...]:
    days: list[list[list[Run]]] = [[[] for _ in range(7)] for _ in range(count)]
    for item in seen:
        entry = item.entry
        if entry.kept and entry.kind is not None:
            offset = (item.date - start).days
            days[offset // 7][offset % 7].append(Run(entry.kind, entry.minutes))
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return tuple(RunningWeek(**dict(zip(names, week, strict=True))) for week in days)


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def assemble(
    seen: list[Seen],
    first: datetime.date | None,
    end: datetime.date | None,
    unbounded: frozenset[str],
    since: datetime.date,
) -> tuple[tuple[RunningWeek, ...], CalendarReport]:
    runs = [item.date for item in seen if item.entry.kept and (first is None or item.date >= first)]
    start = first if first is not None else _monday(min(runs, default=since))
    notes: list[Reason] = []
    last = end
    if last is None:
        bounded = [
            item.date
            for item in seen
            if item.entry.kept and item.date >= start and item.series not in unbounded
        ]
        last = _monday(max(bounded, default=min(runs, default=start))) + datetime.timedelta(6)
        repeating = sorted({item.title for item in seen if item.series in unbounded})
        notes += [
            say("calendar.repeats", title=title, last=last.isoformat()) for title in repeating
        ]
        seen = [item for item in seen if item.series not in unbounded or item.date <= last]
    marked = [
        _left_out(item, say("calendar.left_out.before", start=start.isoformat()))
        if item.date < start
        else _left_out(item, say("calendar.left_out.after", last=last.isoformat()))
        if item.date > last
        else item
        for item in seen
    ]
    marked = _per_day(marked)
    marked.sort(key=lambda item: (item.date, item.time, item.title))
    ends = None if end is not None else _partial(marked)
    if ends is not None:
        marked, note = _cut(marked, ends)
        notes.append(note)
    kept = [item.date for item in marked if item.entry.kept]
    final = last if end is not None else max(kept, default=None)
    count = 0 if final is None else (_monday(final) - start).days // 7 + 1
    report = CalendarReport(
        start=start.isoformat(),
        entries=tuple(item.entry for item in marked),
        notes=tuple(notes),
        ends=None if ends is None else ends.isoformat(),
    )
    return _weeks(marked, start, count), report


def _partial(marked: list[Seen]) -> datetime.date | None:
    """The calendar's last day, when it is before the Sunday of the last week with runs."""
    kept = [item.date for item in marked if item.entry.kept]
    if not kept:
        return None
    last = max(item.date for item in marked)  # any event shows the calendar goes on
    sunday = _monday(max(kept)) + datetime.timedelta(days=6)
    return last if last < sunday else None


def _cut(marked: list[Seen], ends: datetime.date) -> tuple[list[Seen], Reason]:
    """The partial last week's runs left out, unless it is the only week with runs."""
    monday = _monday(ends)
    weekday = tuple(Weekday)[ends.weekday()]
    day: dict[str, Param] = {
        "weekday": str(weekday),
        "weekday_name": weekday.title,
        "date": ends.isoformat(),
    }
    sunday = (monday + datetime.timedelta(days=6)).isoformat()
    if all(item.date >= monday for item in marked if item.entry.kept):
        return marked, say("calendar.ends.only_week", **day, monday=monday.isoformat())
    why = say("calendar.left_out.ends", **day)
    cut = [
        _left_out(item, why) if item.entry.kept and item.date >= monday else item for item in marked
    ]
    return cut, say("calendar.ends.cut", **day, monday=monday.isoformat(), sunday=sunday)
