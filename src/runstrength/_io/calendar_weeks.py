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

MAX_RUN_MINUTES = 600
"""The longest run a week holds (:class:`~runstrength.Run`'s ``minutes``)."""

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


INTENSITY: tuple[RunKind, ...] = (
    RunKind.recovery,
    RunKind.easy,
    RunKind.long,
    RunKind.hills,
    RunKind.tempo,
    RunKind.intervals,
    RunKind.race,
)
"""Run kinds from the easiest: a run left out of a day adds its minutes to a kept run of
the same intensity or the next above it, else to the day's easiest run."""


def _easiness(seen: Seen) -> int:
    kind = seen.entry.kind
    return INTENSITY.index(kind) if kind in INTENSITY else len(INTENSITY)


def _per_day(seen: list[Seen]) -> list[Seen]:
    """Each day's runs beyond the two most important left out, their minutes folded in.

    The minutes of a run left out go to the kept run of the same intensity or the next
    above it (else the day's easiest), so the day's running is all counted; both entries
    say so, and the left-out one is marked ``crowded``: no session goes on its day.
    """
    by_day: dict[datetime.date, list[int]] = {}
    for index, item in enumerate(seen):
        if item.entry.kept:
            by_day.setdefault(item.date, []).append(index)
    out = list(seen)
    for indexes in by_day.values():
        ranked = sorted(indexes, key=lambda i: (_rank(seen[i]), i))
        kept = ranked[:MAX_RUNS_PER_DAY]
        for index in ranked[MAX_RUNS_PER_DAY:]:
            out[index], target = _folded(out[index], [out[k] for k in kept])
            if target is not None:
                position = kept[target]
                out[position] = _added(out[position], out[index])
    return out


def _folded(extra: Seen, kept: list[Seen]) -> tuple[Seen, int | None]:
    """``extra`` left out, and which of ``kept`` takes its minutes (``None``: none known)."""
    level = _easiness(extra)
    order = sorted(range(len(kept)), key=lambda k: (_easiness(kept[k]), k))
    above = [k for k in order if _easiness(kept[k]) >= level]
    target = (above or order)[0]
    into = kept[target].entry
    minutes = extra.entry.minutes
    which: dict[str, Param] = {
        "into_kind": into.kind.value if into.kind else "",
        "into_title": into.title,
    }
    if minutes is None or into.minutes is None:
        note = say("calendar.third_run.unknown", **which)
        found: int | None = None
    else:
        note = say("calendar.third_run.added", minutes=minutes, **which)
        found = target
    said = joined_reasons(note, extra.entry.note) if extra.entry.note is not None else note
    entry = attrs.evolve(extra.entry, kept=False, crowded=True, note=said)
    return attrs.evolve(extra, entry=entry), found


def _added(run: Seen, extra: Seen) -> Seen:
    """``run`` with the minutes of ``extra``, a third run of its day, added, saying so."""
    minutes = (run.entry.minutes or 0) + (extra.entry.minutes or 0)
    total = min(minutes, MAX_RUN_MINUTES)
    note = say("calendar.third_run.took", minutes=extra.entry.minutes or 0, title=extra.title)
    said = joined_reasons(note, run.entry.note) if run.entry.note is not None else note
    entry = attrs.evolve(run.entry, minutes=total, note=said)
    return attrs.evolve(run, entry=entry)


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
