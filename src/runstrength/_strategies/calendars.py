"""Strategies for what a running calendar was read as: its entries and its report."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from runstrength._model.calendar_in import CalendarEntry, CalendarReport
from runstrength._model.vocab import RunKind
from runstrength._strategies.base import TEXT

__all__ = ["calendar_entries", "calendar_reports"]

_DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2100, 12, 31))


@st.composite
def _entry(draw: st.DrawFn) -> CalendarEntry:
    kind = draw(st.none() | st.sampled_from(RunKind))
    kept = kind is not None and draw(st.booleans())
    strength = kind is None and draw(st.booleans())
    return CalendarEntry(
        date=draw(_DATES).isoformat(),
        title=draw(TEXT),
        kind=kind,
        minutes=draw(st.none() | st.integers(1, 600)) if kind is not None else None,
        kept=kept,
        rule=draw(st.just("") | TEXT),
        note=draw(st.just("") | TEXT),
        strength=strength,
    )


def calendar_entries() -> st.SearchStrategy[CalendarEntry]:
    """Entries of a calendar report: a run kept, a strength session or an event left out.

    Returns:
        A strategy for :class:`~runstrength.CalendarEntry` values.
    """
    return _entry()


@st.composite
def _report(draw: st.DrawFn) -> CalendarReport:
    monday = draw(_DATES)
    monday -= datetime.timedelta(days=monday.weekday())
    return CalendarReport(
        start=monday.isoformat(),
        entries=tuple(draw(st.lists(calendar_entries(), max_size=5))),
        notes=tuple(draw(st.lists(TEXT, max_size=2))),
        ends=draw(st.none() | _DATES.map(datetime.date.isoformat)),
    )


def calendar_reports() -> st.SearchStrategy[CalendarReport]:
    """Reports of a running calendar read: a Monday, up to 5 entries and 2 notes.

    Returns:
        A strategy for :class:`~runstrength.CalendarReport` values.
    """
    return _report()
