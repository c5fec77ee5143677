"""A block planned around a running calendar: its strength sessions and crowded days."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import Weekday
from runstrength.strategies import athletes, running_weeks

pytest.importorskip("recurring_ical_events")

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"
MONDAY = datetime.date(2026, 3, 2)
GYM = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
FINAL_SURGE = rs.Athlete(
    level="intermediate",
    equipment=["dumbbell", "step", "mini_band", "wall"],
    injuries=["achilles"],
)


def _read(name: str) -> tuple[tuple[rs.RunningWeek, ...], rs.CalendarReport]:
    return rs.read_running_calendar((CALENDARS / name).read_bytes())


def _decision(plan: rs.WeekPlan, day: Weekday) -> rs.DayDecision:
    return next(d for d in plan.decisions if d.day is day)


def test_race_week_adds_no_light_session_next_to_the_calendars_strength_session_regression() -> (
    None
):
    # TrainingPeaks: hip and core work on Tuesday 03-03, a half marathon on Sunday. Race week
    # holds one light session, and the calendar's is it: nothing on Wednesday, nothing added.
    weeks, report = _read("trainingpeaks.ics")
    block = rs.build_block(GYM, weeks, calendar=report)
    (week,) = block.weeks
    assert str(block.phases[0]) == "race"
    assert week.sessions == ()
    assert _decision(week, Weekday.tue).reason.code == "calendar.strength_day"
    for day in (Weekday.mon, Weekday.wed):
        reason = _decision(week, day).reason
        assert reason.code == "calendar.next_to_strength"
        assert reason.params["session_date"] == "2026-03-03"
    assert _decision(week, Weekday.thu).reason.code == "calendar.week_held"
    assert "calendar.held" in [s.code for s in week.shortfalls]
    assert not any("on Wednesday" in d.reason.text for d in week.decisions)
    assert [part.code for part in block.reasons[0].parts][-1] == "calendar.held"
    assert all(v.severity is not rs.Severity.error for v in rs.validate(week, GYM, weeks[0]))
    # Without the calendar the block knows nothing of it (the call as it was).
    assert rs.build_block(GYM, weeks).weeks[0].sessions


def test_a_day_with_three_runs_gets_no_session_and_the_block_keeps_its_taper_regression() -> None:
    # Final Surge: Tuesday 03-03 holds an easy run, intervals and a shakeout; a 10K on 03-15.
    weeks, report = _read("finalsurge.ics")
    block = rs.build_block(FINAL_SURGE, weeks, calendar=report)
    first = block.weeks[0]
    assert [str(p) for p in block.phases] == ["taper", "race"]
    assert first.sessions
    assert all(s.day is not Weekday.tue for s in first.sessions)
    tuesday = _decision(first, Weekday.tue).reason
    assert tuesday.code == "calendar.crowded"
    assert tuesday.text == "Three runs that day: no strength work on top of a third run."
    # The taper is kept: its sentence leads every session, and nothing new comes in.
    for session in first.sessions:
        assert session.reasons[0].text.startswith("Taper")
    assert block == rs.build_block(FINAL_SURGE, weeks, calendar=report)


def test_the_calendars_strength_session_counts_toward_a_training_week_regression() -> None:
    # The TrainingPeaks week with Sunday's race a long run: two sessions wanted, one there.
    text = (CALENDARS / "trainingpeaks.ics").read_text(encoding="utf-8")
    weeks, report = rs.read_running_calendar(text.replace("Run: Half Marathon", "Run: Long Run"))
    assert not weeks[0].race_days
    (week,) = rs.build_block(GYM, weeks, calendar=report).weeks
    assert len(week.sessions) == GYM.sessions_per_week - 1
    assert not {s.day for s in week.sessions} & {Weekday.mon, Weekday.tue, Weekday.wed}
    counted = next(s for s in week.shortfalls if s.code == "calendar.counted")
    assert counted.params["held"] == 1
    assert counted.params["left"] == 1


def test_holds_agrees_with_athlete_for() -> None:
    _, report = _read("trainingpeaks.ics")
    holds = report.holds(0)
    assert holds.held == 1
    assert holds.race
    assert [day for day, _ in holds.blocked] == [Weekday.mon, Weekday.tue, Weekday.wed]
    with pytest.raises(rs.InputError, match="week"):
        report.holds(-1)


def test_build_block_refuses_a_calendar_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="calendar"):
        rs.build_block(GYM, [rs.RunningWeek()], calendar="calendar.ics")  # type: ignore[arg-type]


@st.composite
def _seasons(draw: st.DrawFn) -> tuple[tuple[rs.RunningWeek, ...], rs.CalendarReport]:
    count = draw(st.integers(1, 3))
    weeks = tuple(draw(st.lists(running_weeks(), min_size=count, max_size=count)))
    # The Sunday before the first week up to the Monday after the last one.
    gyms = draw(st.lists(st.integers(-1, 7 * count), max_size=4))
    crowded = draw(st.lists(st.integers(0, 7 * count - 1), max_size=3))

    def date(offset: int) -> str:
        return (MONDAY + datetime.timedelta(days=offset)).isoformat()

    entries = [rs.CalendarEntry(date=date(d), title="Gym", strength=True) for d in gyms]
    entries += [rs.CalendarEntry(date=date(d), title="Shakeout", crowded=True) for d in crowded]
    entries.sort(key=lambda e: e.date)
    return weeks, rs.CalendarReport(start=MONDAY.isoformat(), entries=tuple(entries))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(athletes(), _seasons())
def test_no_added_session_next_to_a_calendar_strength_session_or_on_a_crowded_day(
    athlete: rs.Athlete, season: tuple[tuple[rs.RunningWeek, ...], rs.CalendarReport]
) -> None:
    weeks, report = season
    block = rs.build_block(athlete, weeks, calendar=report)
    gyms = set(report.strength_dates)
    near = {day + datetime.timedelta(days=step) for day in gyms for step in (-1, 0, 1)}
    crowded = {e.day for e in report.entries if e.crowded}
    for index, plan in enumerate(block.weeks):
        monday = MONDAY + datetime.timedelta(weeks=index)
        days = {monday + datetime.timedelta(days=s.day.rank) for s in plan.sessions}
        assert not days & near
        assert not days & crowded
        held = sum(1 for day in gyms if 0 <= (day - monday).days <= 6)
        wanted = 1 if weeks[index].race_days else athlete.sessions_per_week
        assert len(plan.sessions) <= max(0, wanted - held)
