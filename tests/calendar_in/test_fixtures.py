"""Calendars as five running apps export them, each read into exactly the weeks it plans."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import runstrength as rs
from runstrength import Run, RunKind, RunningWeek
from runstrength._model.reason import text_of

pytest.importorskip("recurring_ical_events")

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"

E, R, L, T, IV, H, RACE = (
    RunKind.easy,
    RunKind.recovery,
    RunKind.long,
    RunKind.tempo,
    RunKind.intervals,
    RunKind.hills,
    RunKind.race,
)

EXPECTED: dict[str, tuple[RunningWeek, ...]] = {
    "runna.ics": (
        RunningWeek(tue=Run(E, 35), thu=Run(IV, 45), sun=Run(L, 75)),
        RunningWeek(tue=Run(E), thu=Run(T, 50), sun=Run(L, 85)),
    ),
    "trainingpeaks.ics": (
        RunningWeek(tue=Run(E, 50), wed=Run(T, 65), fri=Run(R, 30), sun=Run(RACE, 105)),
    ),
    "garmin.ics": (RunningWeek(mon=Run(E, 45), wed=Run(H, 60), fri=Run(R, 40), sun=Run(L, 90)),),
    # The export stops on Thursday 12 March: that partial week is left out (see
    # test_partial_week.py, which reads it with end=).
    "intervals_icu.ics": (RunningWeek(mon=Run(E, 40), wed=Run(IV, 55), sun=Run(L, 100)),),
    "finalsurge.ics": (
        # The 20-minute shakeout, a third run on Tuesday, adds its minutes to the easy run.
        RunningWeek(mon=Run(E), tue=[Run(E, 50), Run(IV, 50)], fri=Run(T, 45)),
        RunningWeek(sun=Run(RACE)),
    ),
}


def read(name: str) -> tuple[tuple[RunningWeek, ...], rs.CalendarReport]:
    return rs.read_running_calendar((CALENDARS / name).read_bytes())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_app_export_reads_as_its_weeks(name: str) -> None:
    weeks, report = read(name)
    assert weeks == EXPECTED[name]
    assert report.start == "2026-03-02"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_and_bytes_read_the_same(name: str) -> None:
    text = (CALENDARS / name).read_text(encoding="utf-8")
    assert rs.read_running_calendar(text) == read(name)


def test_non_running_events_are_left_out_and_said_so() -> None:
    _, report = read("trainingpeaks.ics")
    left = {entry.title: entry for entry in report.left_out}
    assert sorted(left) == ["Day Off", "Note", "Swim: Technique"]
    assert all(entry.rule == "not a run" for entry in left.values())
    assert all(entry.kind is None and not entry.kept for entry in left.values())
    assert not any(entry.strength for entry in left.values())


def test_recurring_series_with_exdate_and_moved_occurrence() -> None:
    _, report = read("intervals_icu.ics")
    z2 = [(entry.date, entry.minutes) for entry in report.entries if "Z2" in entry.title]
    # Mon 2 Mar; Thu 5 Mar excluded; Mon 9 Mar moved to Tue 10 Mar (35 min); Thu 12 Mar.
    assert z2 == [("2026-03-02", 40), ("2026-03-10", 35), ("2026-03-12", 40)]


def test_an_event_at_23_30_in_its_zone_is_on_its_local_date() -> None:
    _, report = read("intervals_icu.ics")
    (long_run,) = [entry for entry in report.entries if entry.title == "Long Run"]
    assert long_run.date == "2026-03-08"


def test_utc_events_are_read_in_the_calendar_zone() -> None:
    # 01:30 UTC on Tuesday is 17:30 on Monday in Los Angeles (X-WR-TIMEZONE).
    weeks, _ = read("garmin.ics")
    assert weeks[0].mon == (Run(E, 45),)
    text = (CALENDARS / "garmin.ics").read_text(encoding="utf-8")
    weeks, _ = rs.read_running_calendar(text, tz="UTC")
    assert weeks[0].tue == (Run(E, 45),)


def test_cancelled_event_is_left_out() -> None:
    _, report = read("finalsurge.ics")
    cancelled = [entry for entry in report.entries if text_of(entry.note) == "cancelled"]
    assert [(entry.date, entry.title) for entry in cancelled] == [("2026-03-05", "Run - Tempo")]


def test_third_run_of_a_day_is_left_out_keeping_the_two_most_important() -> None:
    _, report = read("finalsurge.ics")
    (third,) = [entry for entry in report.entries if entry.crowded]
    assert (third.title, third.kind, third.kept) == ("Run - Shakeout", R, False)


def test_distance_alone_leaves_minutes_unknown_and_says_so() -> None:
    _, report = read("runna.ics")
    (strides,) = [entry for entry in report.entries if entry.title == "Easy Run + Strides"]
    assert strides.minutes is None
    assert "a distance alone (6km)" in text_of(strides.note)


def test_start_before_the_first_run_gives_empty_weeks_and_end_extends() -> None:
    text = (CALENDARS / "garmin.ics").read_text(encoding="utf-8")
    weeks, report = rs.read_running_calendar(
        text, start=datetime.date(2026, 2, 23), end=datetime.date(2026, 3, 15)
    )
    assert weeks == (RunningWeek(), EXPECTED["garmin.ics"][0], RunningWeek())
    assert report.start == "2026-02-23"


def test_events_before_start_are_left_out_as_outside_the_range() -> None:
    weeks, report = rs.read_running_calendar(
        (CALENDARS / "runna.ics").read_bytes(), start=datetime.date(2026, 3, 9)
    )
    assert weeks == EXPECTED["runna.ics"][1:]
    assert all(entry.date >= "2026-03-09" for entry in report.entries)


def test_planning_from_a_read_calendar_works_end_to_end() -> None:
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    for name in sorted(EXPECTED):
        weeks, _ = read(name)
        plan = rs.build_week(athlete, weeks[0])
        errors = [
            v for v in rs.validate(plan, athlete, weeks[0]) if v.severity is rs.Severity.error
        ]
        assert errors == []
    block = rs.build_block(athlete, read("runna.ics")[0])
    assert len(block.weeks) == 2


def test_report_round_trips_through_json_and_reads_as_text() -> None:
    _, report = read("finalsurge.ics")
    assert rs.from_json(rs.CalendarReport, rs.to_json(report)) == report
    text = str(report)
    assert text.splitlines()[0] == (
        "Running calendar from 2026-03-02: 5 runs read, 3 events left out."
    )
    assert "- 2026-03-05 Run - Tempo: left out (cancelled)" in text
