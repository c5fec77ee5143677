"""Reading edge cases: repeats without end, ranges, busy days, zones and missing lengths."""

from __future__ import annotations

import datetime

import pytest

import runstrength as rs
from runstrength import Run, RunKind, RunningWeek
from runstrength._model.reason import texts

pytest.importorskip("recurring_ical_events")

MONDAY = datetime.date(2026, 3, 2)


def calendar(*events: str, head: str = "") -> str:
    body = "".join(
        f"BEGIN:VEVENT\nUID:e{number}@test\n{event.strip()}\nEND:VEVENT\n"
        for number, event in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\n{head}{body}END:VCALENDAR\n"


def test_a_series_repeating_without_end_is_read_up_to_the_other_events() -> None:
    text = calendar(
        "DTSTART:20260303T070000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY\nSUMMARY:Easy run",
        "DTSTART;VALUE=DATE:20260315\nSUMMARY:Long run 100 min",
    )
    weeks, report = rs.read_running_calendar(text)
    assert weeks == (
        RunningWeek(tue=Run(RunKind.easy, 30)),
        RunningWeek(tue=Run(RunKind.easy, 30), sun=Run(RunKind.long, 100)),
    )
    assert texts(report.notes) == ("'Easy run' repeats without end: read up to 2026-03-15",)
    weeks, _ = rs.read_running_calendar(text, end=datetime.date(2026, 3, 29))
    assert len(weeks) == 4


def test_events_after_end_are_left_out_and_said_so() -> None:
    text = calendar(
        "DTSTART;VALUE=DATE:20260303\nSUMMARY:Tempo 40 min",
        "DTSTART;VALUE=DATE:20260311\nSUMMARY:Tempo 40 min",
    )
    weeks, report = rs.read_running_calendar(text, end=datetime.date(2026, 3, 8))
    assert weeks == (RunningWeek(tue=Run(RunKind.tempo, 40)),)
    assert [entry.kept for entry in report.entries] == [True]


def test_a_race_beats_two_easy_runs_on_a_busy_day() -> None:
    text = calendar(
        "DTSTART:20260307T070000\nDURATION:PT20M\nSUMMARY:Easy warm-up",
        "DTSTART:20260307T090000\nDURATION:PT25M\nSUMMARY:parkrun",
        "DTSTART:20260307T170000\nDURATION:PT30M\nSUMMARY:Easy jog",
    )
    weeks, report = rs.read_running_calendar(text)
    # The warm-up's 20 minutes go to the easy jog: the day's running is all counted.
    assert weeks[0].sat == (Run(RunKind.race, 25), Run(RunKind.easy, 50))
    (left,) = report.left_out
    assert left.title == "Easy warm-up"
    assert left.crowded


def test_an_event_at_23_30_in_sydney_is_on_its_sydney_date() -> None:
    text = calendar("DTSTART;TZID=Australia/Sydney:20260303T233000\nDURATION:PT40M\nSUMMARY:Easy")
    weeks, _ = rs.read_running_calendar(text)
    assert weeks[0].tue == (Run(RunKind.easy, 40),)


def test_a_utc_event_is_read_in_tz() -> None:
    text = calendar("DTSTART:20260303T230000Z\nDURATION:PT40M\nSUMMARY:Easy")
    assert rs.read_running_calendar(text)[0][0].tue == (Run(RunKind.easy, 40),)
    weeks, _ = rs.read_running_calendar(text, tz="Europe/Berlin")
    assert weeks[0].wed == (Run(RunKind.easy, 40),)


def test_a_timed_event_longer_than_a_run_can_be_reads_its_text() -> None:
    text = calendar("DTSTART:20260303T060000\nDTEND:20260304T060000\nSUMMARY:Easy 50 min")
    assert rs.read_running_calendar(text)[0][0].tue == (Run(RunKind.easy, 50),)


def test_end_before_start_and_end_too_far_are_input_errors() -> None:
    text = calendar("DTSTART;VALUE=DATE:20260303\nSUMMARY:Easy")
    with pytest.raises(rs.InputError, match="end"):
        rs.read_running_calendar(text, start=MONDAY, end=datetime.date(2026, 3, 1))
    with pytest.raises(rs.InputError, match="weeks after"):
        rs.read_running_calendar(text, end=datetime.date(2040, 1, 1))


def test_a_calendar_longer_than_the_weeks_read_says_so() -> None:
    text = calendar(
        "DTSTART;VALUE=DATE:20260303\nSUMMARY:Easy",
        "DTSTART;VALUE=DATE:20300303\nSUMMARY:Easy",
    )
    weeks, report = rs.read_running_calendar(text)
    assert len(weeks) == 1
    assert "pass end= and start= for more" in report.notes[-1].text


def test_a_series_repeating_every_minute_is_refused() -> None:
    text = calendar("DTSTART:20260303T060000\nRRULE:FREQ=MINUTELY\nSUMMARY:Easy")
    with pytest.raises(rs.InputError, match="more than"):
        rs.read_running_calendar(text)


def test_only_non_running_events_give_no_weeks() -> None:
    weeks, report = rs.read_running_calendar(calendar("DTSTART;VALUE=DATE:20260303\nSUMMARY:Yoga"))
    assert weeks == ()
    assert report.start == "2026-03-02"
    assert str(report).startswith("Running calendar from 2026-03-02: 0 runs read, 1 event")
