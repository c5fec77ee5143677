"""A newer export of the running calendar: plan again, keep what is done, update in place."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import runstrength as rs

pytest.importorskip("recurring_ical_events")
icalendar = pytest.importorskip("icalendar")

RUNNA = Path(__file__).parent.parent / "fixtures" / "calendars" / "runna.ics"
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym")


def _moved(text: str) -> str:
    """The same export after the runner moved Thursday's intervals to Friday and swapped
    Sunday's long run for a 10K race on Saturday in the running app."""
    moved = (
        text.replace(
            "DTSTART;VALUE=DATE:20260305\r\nDTEND;VALUE=DATE:20260306",
            "DTSTART;VALUE=DATE:20260306\r\nDTEND;VALUE=DATE:20260307",
        )
        .replace(
            "DTSTART;VALUE=DATE:20260308\r\nDTEND;VALUE=DATE:20260309",
            "DTSTART;VALUE=DATE:20260307\r\nDTEND;VALUE=DATE:20260308",
        )
        .replace("SUMMARY:Long Run\r\nDESCRIPTION:12km", "SUMMARY:10K race\r\nDESCRIPTION:12km", 1)
    )
    assert "10K race" in moved
    assert moved.count("2026030") == text.count("2026030")
    return moved


def _events(text: str) -> dict[tuple[str, str], tuple[int, str]]:
    """(UID, date) → (SEQUENCE, STATUS) of each event."""
    calendar = icalendar.Calendar.from_ical(text)
    return {
        (str(e["UID"]), e.decoded("DTSTART").isoformat()): (
            int(e.get("SEQUENCE", 0)),
            str(e.get("STATUS", "CONFIRMED")),
        )
        for e in calendar.walk("VEVENT")
    }


def test_a_newer_calendar_export_replans_the_rest_and_updates_the_events_in_place() -> None:
    text = RUNNA.read_bytes().decode().replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    weeks, report = rs.read_running_calendar(text)
    start = datetime.date.fromisoformat(report.start)
    plan = rs.build_week(ATHLETE, weeks[0])
    first = plan.sessions[0]
    before = _events(rs.to_ics(plan, start=start, week=weeks[0], sequence=1))

    newer, newer_report = rs.read_running_calendar(_moved(text))
    assert newer_report.start == report.start
    week = newer[0]
    assert week != weeks[0]
    assert week.fri[0].kind is rs.RunKind.intervals
    assert week.sat[0].kind is rs.RunKind.race

    # The first session was done on its day; the rest of the week is planned again.
    again = rs.replan(plan, ATHLETE, week, done=[first.day], after=first.day)
    assert again.sessions[0] == first
    # Done is done: the race now makes Tuesday's strength session too hard for race week,
    # and only that session breaks a rule.
    errors = [v for v in rs.validate(again, ATHLETE, week) if v.severity is rs.Severity.error]
    assert {v.day for v in errors} <= {first.day}
    assert [s.day for s in again.sessions] != [s.day for s in plan.sessions]

    after = _events(
        rs.to_ics(again, start=start, week=week, sequence=2, previous=plan, previous_start=start)
    )
    # The done session keeps its event: same UID on the same date, a newer version.
    first_date = (start + datetime.timedelta(days=first.day.rank)).isoformat()
    (done_uid,) = [uid for uid, day in before if day == first_date]
    assert after[(done_uid, first_date)] == (2, "CONFIRMED")
    # Every event of the first export is either updated or cancelled under its own UID.
    for key in before:
        assert key in after
        assert after[key][0] == 2
    new_days = {(start + datetime.timedelta(days=s.day.rank)).isoformat() for s in again.sessions}
    for (uid, day), (_, status) in after.items():
        assert status == ("CONFIRMED" if day in new_days else "CANCELLED"), (uid, day)
    assert {day for _, day in after} >= new_days
    # Friday's light session, now the day before the race, moved: its old event is cancelled.
    assert ("CANCELLED" in {status for _, status in after.values()}) is (
        bool({d for _, d in before} - new_days)
    )
    assert rs.Weekday.fri not in [s.day for s in again.sessions]
