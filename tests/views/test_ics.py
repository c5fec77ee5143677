"""Calendar export: events on the right dates, named runs and exercises, stable output."""

from __future__ import annotations

import datetime
import doctest
import io
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar, Component

import runstrength as rs
import runstrength._views.ics
from runstrength import strategies as rst
from runstrength._cli import EXAMPLE_ATHLETE, EXAMPLE_WEEK, _next_monday, main
from runstrength._model.errors import MissingExtraError
from runstrength._model.reason import texts as said_texts
from runstrength._views.ics import to_ics

MONDAY = datetime.date(2026, 11, 23)
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="home")
WEEK = rs.RunningWeek(
    mon=rs.Run("easy", 40),
    tue=rs.Run("intervals", 50),
    thu=[rs.Run("easy", 30), rs.Run("tempo", 45)],
    sat="easy",
    sun=rs.Run("long", 100),
)

mondays = st.dates(datetime.date(2000, 1, 3), datetime.date(2090, 12, 25)).map(
    lambda d: d - datetime.timedelta(days=d.weekday())
)

# Sessions as a planner writes them (4-7 exercises, not rst.sessions()' 0-50), so that a
# week of them is quick to draw; the text and routines are still arbitrary.
planned_sessions = st.builds(
    rs.Session,
    day=st.sampled_from(rs.Weekday),
    focus=st.sampled_from(rs.Focus),
    placement=st.sampled_from(rs.Placement),
    exercises=st.lists(rst.prescriptions(), min_size=4, max_size=7).map(tuple),
    reasons=st.lists(st.text(min_size=1, max_size=30).filter(str.strip), max_size=2),
    warm_up=st.none() | rst.routines(),
)
planned_weeks = st.builds(rs.WeekPlan, sessions=st.lists(planned_sessions, max_size=4))


def _events(text: str) -> list[Component]:
    calendar = Calendar.from_ical(text)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def _date(event: Component, key: str) -> datetime.date:
    value = event.decoded(key)
    assert type(value) is datetime.date  # all-day: a DATE, not a DATE-TIME
    return value


def _week_dates(plan: rs.WeekPlan, start: datetime.date) -> list[datetime.date]:
    return sorted(start + datetime.timedelta(days=s.day.rank) for s in plan.sessions)


def test_a_week_gives_one_all_day_event_per_session_on_its_date() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    assert plan.session_count >= 2
    text = to_ics(plan, start=MONDAY, week=WEEK)
    events = _events(text)
    assert len(events) == plan.session_count
    assert [_date(e, "dtstart") for e in events] == _week_dates(plan, MONDAY)
    for event in events:
        assert _date(event, "dtend") == _date(event, "dtstart") + datetime.timedelta(days=1)
        assert str(event["transp"]) == "TRANSPARENT"
        assert event.decoded("dtstamp") == datetime.datetime(2026, 11, 23, tzinfo=datetime.UTC)
    calendar = Calendar.from_ical(text)
    assert str(calendar["prodid"]) == f"-//runstrength//runstrength {rs.__version__}//EN"
    assert str(calendar["version"]) == "2.0"


def test_the_text_is_rfc_5545_lines() -> None:
    text = to_ics(rs.build_week(ATHLETE, WEEK), start=MONDAY, week=WEEK)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)


def test_titles_and_descriptions_name_the_run_the_warm_up_and_the_exercises() -> None:
    catalog = rs.default_catalog()
    plan = rs.build_week(ATHLETE, WEEK)
    events = _events(to_ics(plan, start=MONDAY, week=WEEK))
    for session, event in zip(plan.sessions, events, strict=True):
        summary = str(event["summary"])
        description = str(event["description"])
        runs = WEEK[session.day]
        assert summary.startswith(
            "Strength" if session.focus is rs.Focus.strength else "Strength (light)"
        )
        if session.placement is rs.Placement.after_run:
            assert " after your " in summary
        else:
            assert ", standalone" in summary
        for run in runs:
            assert str(run.kind).rstrip("s") in summary
            if run.minutes is not None:
                assert f"({run.minutes} min)" in description
        if session.placement is rs.Placement.standalone:
            assert ("Running today: " in description) == bool(runs)
        assert ("No run today." in description) == (not runs)
        for number, item in enumerate(session.exercises, 1):
            exercise = catalog.get(item.exercise)
            assert exercise is not None
            assert f"{number}. {exercise.name}: {item.dose}" in description
        assert session.warm_up is not None
        assert f"Warm-up ({session.warm_up.minutes} min)" in description
        for step in session.warm_up.steps:
            assert f"- {step}" in description
        for reason in said_texts(session.reasons):
            assert reason in description


def test_the_titles_a_coach_would_write() -> None:
    light = rs.Session(day="tue", focus="light", placement="after_run", exercises=())
    strength = rs.Session(day="fri", focus="strength", placement="standalone", exercises=())
    plan = rs.WeekPlan(sessions=(light, strength))
    week = rs.RunningWeek(tue=rs.Run("easy", 40), thu="tempo")
    summaries = [str(e["summary"]) for e in _events(to_ics(plan, start=MONDAY, week=week))]
    assert summaries == ["Strength (light) after your easy run", "Strength, standalone"]
    busy = rs.RunningWeek(tue=["easy", "hills"], fri="easy")
    busy_events = _events(to_ics(plan, start=MONDAY, week=busy))
    descriptions = [str(e["description"]) for e in busy_events]
    assert descriptions[0].startswith("Light session after your easy run and hill session.\n")
    assert descriptions[1].startswith("Strength session on its own.\nRunning today: easy run.")
    summaries = [str(e["summary"]) for e in busy_events]
    assert summaries == [
        "Strength (light) after your easy run and hill session",
        "Strength, standalone + easy run",
    ]
    bare = _events(to_ics(plan, start=MONDAY))
    assert [str(e["summary"]) for e in bare] == [
        "Strength (light) after your run",
        "Strength, standalone",
    ]
    assert "Running today" not in str(bare[0]["description"])
    assert "No run today." not in str(bare[1]["description"])
    assert "No run today." in str(_events(to_ics(plan, start=MONDAY, week=week))[1]["description"])


def test_a_block_spreads_its_weeks_from_the_start_and_skips_empty_weeks() -> None:
    easy_week = rs.RunningWeek(tue="easy", thu="easy", sun="long")
    first = rs.build_week(ATHLETE, WEEK)
    third = rs.build_week(ATHLETE, easy_week)
    block = rs.Block(
        weeks=[first, rs.WeekPlan(sessions=()), third],
        phases=["build", "deload", "build"],
        running=[WEEK, rs.RunningWeek(sun="race"), easy_week],
        reasons=["First week.", "A week off.", "Back to it."],
    )
    events = _events(to_ics(block, start=MONDAY))
    assert len(events) == first.session_count + third.session_count
    week_three = MONDAY + datetime.timedelta(weeks=2)
    expected = _week_dates(first, MONDAY) + _week_dates(third, week_three)
    assert [_date(e, "dtstart") for e in events] == expected
    descriptions = [str(e["description"]) for e in events]
    assert all("Week 1 of 3 (build): First week." in d for d in descriptions[:2])
    assert all("Week 3 of 3 (build): Back to it." in d for d in descriptions[2:])
    assert not any("Week 2 of 3" in d for d in descriptions)
    tuesday, friday, _, thursday = events
    assert str(tuesday["summary"]) == "Strength after your intervals"
    assert str(tuesday["description"]).startswith(
        "Strength session after your intervals (50 min).\nWeek 1 of 3 (build): First week.\n"
    )
    assert str(friday["summary"]) == "Strength (light), standalone"
    assert "No run today." in str(friday["description"])
    assert str(thursday["summary"]) == "Strength (light) after your easy run"


def test_a_built_block_has_an_event_per_session_on_its_weekday() -> None:
    normal = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
    race = rs.RunningWeek(tue="easy", thu="easy", sun="race")
    block = rs.build_block(ATHLETE, [normal] * 8 + [race])
    events = _events(to_ics(block, start=MONDAY))
    assert len(events) == sum(plan.session_count for plan in block.weeks)
    expected = [
        MONDAY + datetime.timedelta(weeks=k, days=s.day.rank)
        for k, plan in enumerate(block.weeks)
        for s in plan.sessions
    ]
    assert [_date(e, "dtstart") for e in events] == expected
    assert any("(deload)" in str(e["description"]) for e in events)


def test_the_same_input_gives_the_same_text() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    text = to_ics(plan, start=MONDAY, week=WEEK)
    assert to_ics(plan, start=MONDAY, week=WEEK) == text
    later = to_ics(plan, start=MONDAY + datetime.timedelta(weeks=1), week=WEEK)
    assert later != text
    uids = [str(e["uid"]) for e in _events(text)]
    assert [str(e["uid"]) for e in _events(later)] != uids


def test_the_text_does_not_depend_on_the_process() -> None:
    code = (
        "import datetime, sys, runstrength as rs\n"
        "from runstrength._cli import EXAMPLE_ATHLETE as a, EXAMPLE_WEEK as w\n"
        "from runstrength._views.ics import to_ics\n"
        "t = to_ics(rs.build_week(a, w), start=datetime.date(2026, 11, 23), week=w)\n"
        "sys.stdout.buffer.write(t.encode())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
    plan = rs.build_week(EXAMPLE_ATHLETE, EXAMPLE_WEEK)
    assert done.stdout.decode() == to_ics(plan, start=MONDAY, week=EXAMPLE_WEEK)


def test_identical_sessions_on_one_day_get_distinct_uids() -> None:
    session = rs.Session(day="wed", focus="light", placement="standalone", exercises=())
    events = _events(to_ics(rs.WeekPlan(sessions=(session, session)), start=MONDAY))
    assert len(events) == 2
    assert len({str(e["uid"]) for e in events}) == 2


@pytest.mark.parametrize(
    ("start", "weekday"),
    [(datetime.date(2026, 11, 25), "Wednesday"), (datetime.date(2026, 11, 29), "Sunday")],
)
def test_a_start_that_is_not_a_monday_is_refused(start: datetime.date, weekday: str) -> None:
    with pytest.raises(rs.InputError, match=f"start must be a Monday.*{start} is a {weekday}"):
        to_ics(rs.WeekPlan(sessions=()), start=start)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": datetime.datetime(2026, 11, 23, 7, 0)}, "start: expected a datetime.date"),
        ({"start": "2026-11-23"}, "start: expected a datetime.date"),
        ({"start": MONDAY, "week": {"mon": "easy"}}, "week: expected a RunningWeek"),
        ({"start": MONDAY, "catalog": "default"}, "catalog: expected a Catalog"),
    ],
)
def test_bad_arguments_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(rs.InputError, match=message):
        to_ics(rs.WeekPlan(sessions=()), **kwargs)  # type: ignore[arg-type]


def test_a_plan_must_be_a_week_plan_or_a_block() -> None:
    with pytest.raises(rs.InputError, match="plan: expected a WeekPlan or a Block"):
        to_ics(rs.build_week, start=MONDAY)  # type: ignore[arg-type]
    block = rs.build_block(ATHLETE, [WEEK])
    with pytest.raises(rs.InputError, match="a Block carries its own running weeks"):
        to_ics(block, start=MONDAY, week=WEEK)


def test_a_start_too_late_for_the_plan_is_refused() -> None:
    session = rs.Session(day="sun", focus="light", placement="standalone", exercises=())
    last_monday = datetime.date(9999, 12, 27)
    with pytest.raises(rs.InputError, match="leaves no room"):
        to_ics(rs.WeekPlan(sessions=(session,)), start=last_monday)


def test_without_icalendar_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(MissingExtraError, match=r'pip install "runstrength\[ics\]"') as caught:
        to_ics(rs.WeekPlan(sessions=()), start=MONDAY)
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, rs.RunstrengthError)


def test_the_docstring_example_holds() -> None:
    runner = doctest.DocTestRunner(verbose=False)
    for example in doctest.DocTestFinder().find(runstrength._views.ics):
        runner.run(example, out=lambda _: None)
    assert runner.tries > 0
    assert runner.failures == 0


@given(plan=planned_weeks, week=st.none() | rst.running_weeks(), start=mondays)
def test_any_week_plan_gives_an_event_per_session_inside_its_week(
    plan: rs.WeekPlan, week: rs.RunningWeek | None, start: datetime.date
) -> None:
    events = _events(to_ics(plan, start=start, week=week))
    assert len(events) == plan.session_count
    assert [_date(e, "dtstart") for e in events] == _week_dates(plan, start)
    assert len({str(e["uid"]) for e in events}) == len(events)


@given(block=rst.blocks(max_weeks=3), start=mondays)
def test_any_block_gives_an_event_per_session_inside_its_weeks(
    block: rs.Block, start: datetime.date
) -> None:
    catalog = rs.default_catalog()
    events = _events(to_ics(block, start=start))
    sessions = [s for plan in block.weeks for s in plan.sessions]
    assert len(events) == len(sessions)
    end = start + datetime.timedelta(weeks=len(block.weeks))
    dates = [_date(e, "dtstart") for e in events]
    assert dates == sorted(dates)
    assert all(start <= d < end for d in dates)
    for event in events:
        day = _date(event, "dtstart")
        plan = block.weeks[(day - start).days // 7]
        matching = plan.on(list(rs.Weekday)[day.weekday()])
        assert matching
        description = str(event["description"])
        assert any(
            all(
                f"{n}. {catalog[p.exercise].name}:" in description
                for n, p in enumerate(s.exercises, 1)
            )
            for s in matching
        )


def _cli(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def test_cli_exports_the_planned_week_as_a_calendar() -> None:
    code, text = _cli(["plan", "--format", "ics", "--start", "2026-11-23"])
    assert code == 0
    plan = rs.build_week(EXAMPLE_ATHLETE, EXAMPLE_WEEK)
    assert text == to_ics(plan, start=MONDAY, week=EXAMPLE_WEEK)
    assert len(_events(text)) == plan.session_count


def test_cli_starts_on_the_next_monday_by_default() -> None:
    before = datetime.date.today()
    code, text = _cli(["plan", "--format", "ics"])
    after = datetime.date.today()
    assert code == 0
    stamp = _events(text)[0].decoded("dtstamp").date()
    assert stamp in {_next_monday(before), _next_monday(after)}


@pytest.mark.parametrize(
    ("today", "monday"),
    [
        (datetime.date(2026, 11, 21), datetime.date(2026, 11, 23)),  # a Saturday
        (datetime.date(2026, 11, 22), datetime.date(2026, 11, 23)),  # a Sunday
        (datetime.date(2026, 11, 23), datetime.date(2026, 11, 30)),  # a Monday: next week
        (datetime.date(2026, 12, 31), datetime.date(2027, 1, 4)),
    ],
)
def test_next_monday(today: datetime.date, monday: datetime.date) -> None:
    assert _next_monday(today) == monday


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "ics", "--start", "2026-11-25"],
            "--start: must be a Monday; 2026-11-25 is a Wednesday",
        ),
        (["--format", "ics", "--start", "next week"], "--start: 'next week' is not a date"),
        (["--start", "2026-11-23"], "--start: only used with --format ics"),
    ],
)
def test_cli_refuses_a_bad_start(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _cli(["plan", *args])
    assert code == 2
    assert out == ""
    assert f"runstrength: {message}" in capsys.readouterr().err


def test_cli_says_what_to_install_without_icalendar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    code, out = _cli(["plan", "--format", "ics", "--start", "2026-11-23"])
    assert code == 1
    assert out == ""
    assert 'pip install "runstrength[ics]"' in capsys.readouterr().err


def test_cli_keeps_crlf_line_ends_on_a_binary_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "runstrength", "plan", "--format", "ics", "--start", "2026-11-23"],
        capture_output=True,
        check=True,
    )
    assert done.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"\r\r\n" not in done.stdout
    assert done.stdout.count(b"\n") == done.stdout.count(b"\r\n")
