"""A calendar that ends inside a week: its last week is partial, not a cut-back week."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import runstrength as rs
from runstrength import Run, RunKind, RunningWeek
from runstrength._model.reason import text_of, texts

pytest.importorskip("recurring_ical_events")

INTERVALS_ICU = Path(__file__).parent.parent / "fixtures" / "calendars" / "intervals_icu.ics"
ATHLETE = rs.Athlete(level=rs.Level.advanced, equipment="gym")


def calendar(*events: str) -> str:
    body = "".join(
        f"BEGIN:VEVENT\nUID:e{number}@test\n{event.strip()}\nEND:VEVENT\n"
        for number, event in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\n{body}END:VCALENDAR\n"


def test_a_calendar_ending_on_a_thursday_is_not_read_as_a_deload_week() -> None:
    weeks, report = rs.read_running_calendar(INTERVALS_ICU.read_bytes())
    assert weeks == (
        RunningWeek(
            mon=Run(RunKind.easy, 40), wed=Run(RunKind.intervals, 55), sun=Run(RunKind.long, 100)
        ),
    )
    assert report.ends == "2026-03-12"
    assert not report.partial_last_week
    assert texts(report.notes) == (
        "the calendar ends on Thursday 2026-03-12, before that week's Sunday: the week of"
        " 2026-03-09 is left out, its weekend unknown (not rest); pass end=2026-03-15 to read"
        " it anyway",
    )
    cut = [entry for entry in report.entries if entry.date >= "2026-03-09"]
    assert [entry.title for entry in cut] == [
        "Z2 Endurance (moved)",
        "Threshold 3x10m",
        "Z2 Endurance",
    ]
    assert all(not entry.kept for entry in cut)
    assert all("the calendar ends on Thursday 2026-03-12" in text_of(entry.note) for entry in cut)
    block = rs.build_block(ATHLETE, weeks)
    assert rs.Phase.deload not in block.phases


def test_end_reads_the_partial_week_with_the_days_after_as_rest() -> None:
    weeks, report = rs.read_running_calendar(
        INTERVALS_ICU.read_bytes(), end=datetime.date(2026, 3, 15)
    )
    assert weeks[1] == RunningWeek(
        tue=Run(RunKind.easy, 35), wed=Run(RunKind.tempo, 60), thu=Run(RunKind.easy, 40)
    )
    assert report.ends is None
    assert not report.partial_last_week
    assert report.notes == ()


def test_the_only_week_is_read_as_far_as_it_goes_and_flagged() -> None:
    weeks, report = rs.read_running_calendar(
        calendar(
            "DTSTART;VALUE=DATE:20260303\nSUMMARY:Easy 40 min",
            "DTSTART;VALUE=DATE:20260305\nSUMMARY:Tempo 50 min",
        )
    )
    assert weeks == (RunningWeek(tue=Run(RunKind.easy, 40), thu=Run(RunKind.tempo, 50)),)
    assert report.ends == "2026-03-05"
    assert report.partial_last_week
    assert "is the only week with runs, read as far as it goes" in report.notes[-1].text


@pytest.mark.parametrize(
    "later",
    [
        "DTSTART;VALUE=DATE:20260308\nSUMMARY:Rest day",  # the Sunday, not a run
        "DTSTART;VALUE=DATE:20260310\nSUMMARY:Yoga",  # the week after
        "DTSTART;VALUE=DATE:20260308\nSUMMARY:Long run\nSTATUS:CANCELLED",
    ],
)
def test_an_event_on_or_after_the_sunday_shows_the_week_is_whole(later: str) -> None:
    weeks, report = rs.read_running_calendar(
        calendar("DTSTART;VALUE=DATE:20260303\nSUMMARY:Easy 40 min", later)
    )
    assert weeks == (RunningWeek(tue=Run(RunKind.easy, 40)),)
    assert report.ends is None
    assert not report.partial_last_week


def test_a_partial_week_report_round_trips_through_json() -> None:
    _, report = rs.read_running_calendar(INTERVALS_ICU.read_bytes())
    assert rs.from_json(rs.CalendarReport, rs.to_json(report)) == report
    with pytest.raises(rs.InputError, match=r"CalendarReport\.ends|ends"):
        rs.CalendarReport(start="2026-03-02", ends="Thursday")
