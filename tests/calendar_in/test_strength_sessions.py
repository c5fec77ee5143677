"""Strength sessions already in the running calendar: read, counted, and planned around."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import Weekday
from runstrength.strategies import athletes, calendar_reports

pytest.importorskip("recurring_ical_events")

TRAININGPEAKS = Path(__file__).parent.parent / "fixtures" / "calendars" / "trainingpeaks.ics"
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
MONDAY = datetime.date(2026, 3, 2)


def test_a_strength_event_is_a_strength_session_already_planned() -> None:
    _, report = rs.read_running_calendar(TRAININGPEAKS.read_bytes())
    (entry,) = report.strength
    assert (entry.date, entry.title, entry.rule) == (
        "2026-03-03",
        "Strength: Hip and Core",
        "strength",
    )
    assert entry.strength
    assert not entry.kept
    assert entry.kind is None
    assert entry not in report.left_out
    assert report.strength_dates == (datetime.date(2026, 3, 3),)
    assert str(entry).startswith("2026-03-03 Strength: Hip and Core: strength session (strength;")
    assert str(report).splitlines()[0] == (
        "Running calendar from 2026-03-02: 4 runs read, 1 strength session already planned,"
        " 3 events left out."
    )


def test_calendar_strength_session_in_race_week_leaves_nothing_to_plan() -> None:
    # TrainingPeaks: hip and core work on Tuesday, a half marathon on Sunday. Race week
    # holds one light session, and the coach's is it: no second session, none back to back.
    weeks, report = rs.read_running_calendar(TRAININGPEAKS.read_bytes())
    assert weeks[0].race_days
    assert report.athlete_for(ATHLETE, 0) is None


def test_calendar_strength_session_is_not_doubled_in_a_training_week() -> None:
    # The same export with Sunday's race a long run: a training week wanting two sessions.
    text = TRAININGPEAKS.read_text(encoding="utf-8").replace("Run: Half Marathon", "Run: Long Run")
    weeks, report = rs.read_running_calendar(text)
    assert not weeks[0].race_days
    fitted = report.athlete_for(ATHLETE, 0)
    assert fitted is not None
    assert fitted.sessions_per_week == ATHLETE.sessions_per_week - 1
    assert not fitted.available_days & {Weekday.mon, Weekday.tue, Weekday.wed}
    plan = rs.build_week(fitted, weeks[0])
    days = [session.day for session in plan.sessions]
    # No library session the day before, on, or the day after the calendar's strength day.
    assert not set(days) & {Weekday.mon, Weekday.tue, Weekday.wed}
    assert len(report.strength_dates) + len(plan.sessions) <= ATHLETE.sessions_per_week
    errors = [v for v in rs.validate(plan, fitted, weeks[0]) if v.severity is rs.Severity.error]
    assert errors == []


def test_a_strength_session_the_sunday_before_keeps_monday_free() -> None:
    gym = rs.CalendarEntry(date="2026-03-08", title="Gym", rule="strength", strength=True)
    report = rs.CalendarReport(start="2026-03-02", entries=(gym,))
    second = report.athlete_for(ATHLETE, 1)
    assert second is not None
    assert second.sessions_per_week == ATHLETE.sessions_per_week  # last week's session
    assert Weekday.mon not in second.available_days
    first = report.athlete_for(ATHLETE, 0)
    assert first is not None
    assert first.available_days == frozenset(Weekday) - {Weekday.sat, Weekday.sun}
    assert first.sessions_per_week == 1


def test_no_day_left_48_hours_from_the_calendar_sessions_leaves_nothing_to_plan() -> None:
    gym = rs.CalendarEntry(date="2026-03-04", title="Gym", strength=True)
    report = rs.CalendarReport(start="2026-03-02", entries=(gym,))
    athlete = rs.Athlete(level="intermediate", available_days=["tue", "thu"])
    assert report.athlete_for(athlete, 0) is None
    assert report.athlete_for(athlete, 1) == athlete


def test_athlete_for_at_the_ends_of_the_calendar_dates() -> None:
    edge = rs.CalendarEntry(date="9999-12-31", title="Gym", strength=True)
    report = rs.CalendarReport(start="9999-12-27", entries=(edge,))
    fitted = report.athlete_for(ATHLETE, 10_000)
    assert fitted == ATHLETE
    first = report.athlete_for(ATHLETE, 0)
    assert first is not None
    # Friday 31 December 9999, the last date there is: Thursday to Saturday are kept free.
    assert first.available_days == frozenset(Weekday) - {Weekday.thu, Weekday.fri, Weekday.sat}


def test_athlete_for_bad_arguments_list_each_problem() -> None:
    report = rs.CalendarReport(start="2026-03-02")
    with pytest.raises(rs.InputError) as caught:
        report.athlete_for("runner", -1)  # type: ignore[arg-type]  # bad on purpose
    assert [problem.path for problem in caught.value.problems] == ["athlete", "week"]
    with pytest.raises(rs.InputError, match="week"):
        report.athlete_for(ATHLETE, True)


@pytest.mark.parametrize(
    "fields",
    [
        {"strength": True, "kind": "easy"},
        {"strength": True, "kept": True},
        {"strength": "yes"},
    ],
)
def test_a_strength_entry_is_no_run(fields: dict[str, object]) -> None:
    with pytest.raises(rs.InputError, match=r"CalendarEntry\.strength"):
        rs.CalendarEntry(date="2026-03-03", title="Gym", **fields)  # type: ignore[arg-type]


def test_a_report_with_strength_sessions_round_trips_through_json() -> None:
    _, report = rs.read_running_calendar(TRAININGPEAKS.read_bytes())
    assert rs.from_json(rs.CalendarReport, rs.to_json(report)) == report
    assert '"strength": true' in rs.to_json(report)


@st.composite
def _reports(draw: st.DrawFn) -> rs.CalendarReport:
    """Reports with strength sessions in and around their first weeks, some on one day."""
    offsets = draw(st.lists(st.integers(-8, 28), max_size=6))
    entries = [
        rs.CalendarEntry(
            date=(MONDAY + datetime.timedelta(days=offset)).isoformat(), title="Gym", strength=True
        )
        for offset in sorted(offsets)
    ]
    if draw(st.booleans()):
        race = MONDAY + datetime.timedelta(days=draw(st.integers(0, 27)))
        entries.append(
            rs.CalendarEntry(date=race.isoformat(), title="Race", kind="race", kept=True)
        )
    entries.sort(key=lambda entry: entry.date)
    return rs.CalendarReport(start=MONDAY.isoformat(), entries=tuple(entries))


@given(report=_reports() | calendar_reports(), athlete=athletes(), week=st.integers(0, 3))
def test_the_fitted_athlete_never_plans_beside_or_beyond_the_calendar(
    report: rs.CalendarReport, athlete: rs.Athlete, week: int
) -> None:
    fitted = report.athlete_for(athlete, week)
    monday = datetime.date.fromisoformat(report.start) + datetime.timedelta(weeks=week)
    held = [day for day in report.strength_dates if 0 <= (day - monday).days < 7]
    if fitted is None:
        return
    assert fitted.sessions_per_week + len(held) <= athlete.sessions_per_week
    assert fitted.available_days <= athlete.available_days
    for day in report.strength_dates:
        for step in (-1, 0, 1):
            near = day + datetime.timedelta(days=step)
            if 0 <= (near - monday).days < 7:
                assert tuple(Weekday)[near.weekday()] not in fitted.available_days
    # Only the days and the sessions change.
    same = attrs.evolve(
        athlete,
        available_days=fitted.available_days,
        sessions_per_week=fitted.sessions_per_week,
    )
    assert fitted == same
