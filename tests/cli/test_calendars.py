"""The command line reaches calendars and watches: ``--runs``, ``--format fit`` and ics options.

Plans read from a running calendar are the library's own plans of the weeks it reads;
the report goes to standard error; FIT files decode; the export's options show in the
calendar; and every bad option is exit status 2 and one line naming it.
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

import icalendar
import pytest

import runstrength as rs
from runstrength._cli import EXAMPLE_ATHLETE, EXAMPLE_WEEK
from tests.cli.running import errors as _errors
from tests.cli.running import run as _run
from tests.fit.decoded import check_workout

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
MONDAY = "2026-03-02"

RACE_SEASON = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:long@example.test
DTSTART;VALUE=DATE:20270110
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:Long Run
DESCRIPTION:Estimated time: 1h30
END:VEVENT
BEGIN:VEVENT
UID:easy@example.test
DTSTART;VALUE=DATE:20270105
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:Easy Run 40 min
END:VEVENT
BEGIN:VEVENT
UID:race@example.test
DTSTART;VALUE=DATE:20270123
SUMMARY:Half Marathon
END:VEVENT
END:VCALENDAR
"""
"""Six weeks of running from 2027-01-04, a race on Saturday 2027-01-23 (the third week)."""


def _read(name: str, **kwargs: object) -> tuple[tuple[rs.RunningWeek, ...], rs.CalendarReport]:
    return rs.read_running_calendar((CALENDARS / name).read_bytes(), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def athlete(tmp_path: Path) -> str:
    """The athlete document's path."""
    path = tmp_path / "athlete.json"
    path.write_text(rs.to_json(ATHLETE), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name", ["runna.ics", "trainingpeaks.ics", "finalsurge.ics"])
def test_plan_from_a_running_calendar_plans_its_first_week(
    name: str, athlete: str, capsys: pytest.CaptureFixture[str]
) -> None:
    weeks, report = _read(name)
    args = ["plan", "--athlete", athlete, "--runs", str(CALENDARS / name), "--format", "json"]
    code, text = _run(args)
    assert code == 0
    fitted = report.athlete_for(ATHLETE, 0)
    plan = rs.WeekPlan(sessions=()) if fitted is None else rs.build_week(fitted, weeks[0])
    assert (fitted is None) is (name == "trainingpeaks.ics")  # its race week's session is there
    assert rs.from_json(rs.WeekPlan, text) == plan
    code, text = _run([*args[:-2], "--format", "text"])
    assert code == 0
    assert text.startswith(rs.render_week(plan, weeks[0]))
    said = _errors(capsys)
    assert any("nothing more to plan" in line for line in said) is (fitted is None)


def test_plan_from_a_running_calendar_plans_the_week_of_start(athlete: str) -> None:
    weeks, _ = _read("runna.ics")
    path = str(CALENDARS / "runna.ics")
    args = ["plan", "--athlete", athlete, "--runs", path, "--start", "2026-03-09", "--quiet"]
    code, text = _run([*args, "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.WeekPlan, text) == rs.build_week(ATHLETE, weeks[1])


@pytest.mark.parametrize("name", ["runna.ics", "intervals_icu.ics", "finalsurge.ics"])
def test_block_from_a_running_calendar_plans_every_week_read(name: str, athlete: str) -> None:
    weeks, report = _read(name)
    args = ["block", "--athlete", athlete, "--runs", str(CALENDARS / name), "--format", "json"]
    code, text = _run([*args, "--quiet"])
    assert code == 0
    assert rs.from_json(rs.Block, text) == rs.build_block(ATHLETE, weeks, calendar=report)


def test_the_calendar_report_goes_to_standard_error_one_line_per_event_left_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(CALENDARS / "finalsurge.ics")
    _, report = _read("finalsurge.ics")
    code, text = _run(["plan", "--runs", path, "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.WeekPlan, text)  # standard output is the plan alone
    lines = _errors(capsys)
    head = str(report).splitlines()[0]
    assert lines == [
        f"runstrength: --runs {path}: {head}",
        *(f"runstrength: --runs {path}: {entry}" for entry in report.strength),
        *(f"runstrength: --runs {path}: {entry}" for entry in report.left_out),
        *(f"runstrength: --runs {path}: {note}" for note in report.notes),
    ]
    assert len(report.left_out) == 3
    assert _run(["plan", "--runs", path, "--quiet"])[0] == 0
    assert _errors(capsys) == []


def test_runs_read_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _run(["plan", "--runs", str(CALENDARS / "runna.ics"), "--quiet"])
    data = (CALENDARS / "runna.ics").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _run(["plan", "--runs", "-", "--quiet"]) == expected


def test_race_reads_through_the_race_week(
    tmp_path: Path, athlete: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "season.ics"
    path.write_text(RACE_SEASON, encoding="utf-8")
    weeks, report = rs.read_running_calendar(RACE_SEASON, end=datetime.date(2027, 1, 24))
    assert len(weeks) == 3
    args = ["block", "--athlete", athlete, "--runs", str(path), "--race", "2027-01-23"]
    code, text = _run([*args, "--format", "json"])
    assert code == 0
    block = rs.from_json(rs.Block, text)
    assert block == rs.build_block(ATHLETE, weeks, calendar=report)
    assert str(block.phases[-1]) == "race"
    lines = _errors(capsys)
    assert len(lines) == 1 + len(report.left_out)
    assert not any("--race" in line for line in lines)


def test_race_without_a_race_in_its_week_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "season.ics"
    path.write_text(RACE_SEASON, encoding="utf-8")
    code, _ = _run(["block", "--runs", str(path), "--race", "2027-01-31", "--quiet"])
    assert code == 0
    assert _errors(capsys) == [
        f"runstrength: --race 2027-01-31: no race found in --runs {path} in its week "
        "(2027-01-25 to 2027-01-31); the block is planned through that week all the same"
    ]


def test_fit_files_are_written_one_per_session_and_decode(tmp_path: Path, athlete: str) -> None:
    weeks, report = _read("runna.ics")
    block = rs.build_block(ATHLETE, weeks, calendar=report)
    out = tmp_path / "watch" / "new"
    args = ["block", "--athlete", athlete, "--runs", str(CALENDARS / "runna.ics"), "--quiet"]
    code, text = _run([*args, "--format", "fit", "--out", str(out)])
    assert code == 0
    expected = rs.fit_files(block, start=datetime.date.fromisoformat(MONDAY))
    assert text.splitlines() == [str(out / name) for name in expected]
    sessions = [s for week in block.weeks for s in week.sessions]
    catalog = rs.default_catalog()
    for (name, data), session in zip(expected.items(), sessions, strict=True):
        assert (out / name).read_bytes() == data
        check_workout(data, session, catalog)


@pytest.mark.parametrize("command", [["plan"], ["next"]])
def test_a_week_plan_as_fit_files_from_start(command: list[str], tmp_path: Path) -> None:
    code, text = _run([*command, "--format", "fit", "--out", str(tmp_path), "--start", MONDAY])
    assert code == 0
    names = [Path(line).name for line in text.splitlines()]
    assert names
    assert all(name.startswith("2026-03-") and name.endswith(".fit") for name in names)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_fit_to_an_unwritable_folder_is_status_1_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    code, _ = _run(["plan", "--format", "fit", "--out", str(blocker / "watch")])
    assert code == 1
    lines = _errors(capsys)
    assert len(lines) == 1
    assert lines[0].startswith(f"runstrength: --out {blocker / 'watch'}: cannot write")


def _calendar(text: str) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def test_ics_options_show_in_the_calendar() -> None:
    args = ["plan", "--format", "ics", "--start", MONDAY, "--calendar-id", "ana"]
    args += ["--at", "tue=18:30,sat=09:00", "--tz", "Europe/London", "--reminder", "30"]
    args += ["--stamp", "2026-11-28T19:40:00+01:00"]
    code, text = _run(args)
    assert code == 0
    plan = rs.build_week(EXAMPLE_ATHLETE, EXAMPLE_WEEK)
    expected = rs.to_ics(
        plan,
        start=datetime.date(2026, 3, 2),
        week=EXAMPLE_WEEK,
        calendar_id="ana",
        at={"tue": datetime.time(18, 30), "sat": datetime.time(9)},
        tz="Europe/London",
        reminder=datetime.timedelta(minutes=30),
        stamp=datetime.datetime(2026, 11, 28, 18, 40, tzinfo=datetime.UTC),
    )
    assert text == expected
    events = _calendar(text)
    tuesday = next(e for e in events if e.decoded("DTSTART").isoformat().startswith("2026-03-03"))
    start = tuesday.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (18, 30, "Europe/London")
    assert tuesday.decoded("DTSTAMP") == datetime.datetime(
        2026, 11, 28, 18, 40, tzinfo=datetime.UTC
    )
    assert int(str(tuesday["SEQUENCE"])) > 0
    assert tuesday.walk("VALARM")[0].decoded("TRIGGER") == -datetime.timedelta(minutes=30)
    all_day = [e for e in events if not isinstance(e.decoded("DTSTART"), datetime.datetime)]
    assert all_day  # days --at leaves out stay all-day


def test_stamp_now_reads_the_clock_and_one_time_is_every_day() -> None:
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    code, text = _run(["plan", "--format", "ics", "--stamp", "now", "--at", "7:05"])
    after = datetime.datetime.now(datetime.UTC)
    assert code == 0
    events = _calendar(text)
    assert all(before <= e.decoded("DTSTAMP") <= after for e in events)
    assert all(e.decoded("DTSTART").time() == datetime.time(7, 5) for e in events)


def test_previous_sessions_no_longer_planned_are_cancelled(tmp_path: Path) -> None:
    old_week = rs.RunningWeek(mon="easy", wed="easy", fri="easy")
    previous = rs.build_week(EXAMPLE_ATHLETE, old_week)
    path = tmp_path / "previous.json"
    path.write_text(rs.to_json(previous), encoding="utf-8")
    args = ["plan", "--format", "ics", "--start", MONDAY, "--previous", str(path)]
    code, text = _run([*args, "--sequence", "2", "--previous-start", MONDAY])
    assert code == 0
    events = _calendar(text)
    assert any(str(e.get("STATUS")) == "CANCELLED" for e in events)
    assert {int(str(e["SEQUENCE"])) for e in events} == {2}


BAD_OPTIONS = [
    (["--format", "ics", "--at", "25:00"], "--at: '25:00' is not a time of day"),
    (["--format", "ics", "--at", "someday=09:00"], "--at: 'someday' is not a weekday"),
    (["--format", "ics", "--at", "tue=9:00,tue=10:00"], "--at: tue is given twice"),
    (["--format", "ics", "--at", "tue="], "--at: 'tue=' is not a time of day"),
    (["--format", "ics", "--at", "9:00", "--tz", "Mars/Base"], "--tz: 'Mars/Base' is not"),
    (["--format", "ics", "--tz", "Europe/Paris"], "--tz: only used with --runs"),
    (["--format", "ics", "--reminder", "soon"], "--reminder: 'soon' is not minutes"),
    (["--format", "ics", "--reminder", "10081"], "--reminder: '10081' is not minutes"),
    (["--format", "ics", "--stamp", "yesterday"], "--stamp: 'yesterday' is not now"),
    (["--format", "ics", "--stamp", "2026-11-28T19:40"], "--stamp: '2026-11-28T19:40' has no"),
    (["--format", "ics", "--stamp", "1999-01-01T00:00Z"], "--stamp: 1999-01-01T00:00:00+00:00"),
    (["--format", "ics", "--sequence", "-1"], "--sequence: '-1' is not a version"),
    (["--format", "ics", "--sequence", "2147483648"], "--sequence: '2147483648' is not"),
    (["--format", "ics", "--calendar-id", " "], "--calendar-id: expected a non-empty str"),
    (["--format", "ics", "--previous", "missing.json"], "--previous missing.json: cannot read"),
    (["--format", "ics", "--previous-start", MONDAY], "--previous-start: only used with"),
    (["--format", "fit"], "--out: --format fit writes files"),
    (["--out", "watch"], "--out: only used with --format fit"),
    (["--tz", "Europe/Paris"], "--tz: only used with --runs"),
    (["--runs", "missing.ics"], "--runs missing.ics: cannot read"),
    (["--runs", str(CALENDARS / "runna.ics"), "--week", "w.json"], "--runs: not used with"),
    (["--runs", str(CALENDARS / "runna.ics"), "--start", "2026-03-03"], "--start: must be a"),
    (["--runs", str(CALENDARS / "runna.ics"), "--tz", "Nowhere"], "--tz: 'Nowhere' is not"),
    (["--runs", __file__], f"--runs {__file__}: not iCalendar text"),
]


@pytest.mark.parametrize(("args", "start"), BAD_OPTIONS)
def test_every_bad_option_is_status_2_and_one_line_naming_it(
    args: list[str], start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["plan", *args]) == (2, "")
    lines = _errors(capsys)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"runstrength: {start}"), lines


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--calendar-id", "ana"),
        ("--at", "18:30"),
        ("--reminder", "30"),
        ("--stamp", "now"),
        ("--sequence", "3"),
        ("--previous", "plan.json"),
        ("--previous-start", MONDAY),
    ],
)
@pytest.mark.parametrize("command", ["plan", "block", "next"])
def test_calendar_options_without_format_ics_are_refused(
    command: str, option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    weeks = ["--runs", str(CALENDARS / "runna.ics"), "--quiet"] if command == "block" else []
    assert _run([command, *weeks, "--format", "json", option, value]) == (2, "")
    assert _errors(capsys) == [f"runstrength: {option}: only used with --format ics"]


def test_block_needs_weeks_or_runs_and_race_needs_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["block"]) == (2, "")
    assert _errors(capsys) == [
        "runstrength: block: give the running weeks: --weeks FILE or --runs FILE.ics"
    ]
    weeks = tmp_path / "weeks.json"
    weeks.write_text('[{"sun": "long"}]', encoding="utf-8")
    assert _run(["block", "--weeks", str(weeks), "--race", "2027-01-23"]) == (2, "")
    assert _errors(capsys) == ["runstrength: --race: only used with --runs"]
    runna = str(CALENDARS / "runna.ics")
    assert _run(["block", "--weeks", str(weeks), "--runs", runna]) == (2, "")
    assert _errors(capsys) == [
        "runstrength: --runs: not used with --weeks (the running weeks are read from the calendar)"
    ]
    assert _run(["block", "--runs", runna, "--race", "23 Jan"]) == (2, "")
    assert _errors(capsys) == ["runstrength: --race: '23 Jan' is not a date like 2027-03-14"]


def test_a_calendar_with_no_run_before_the_race_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    runna = str(CALENDARS / "runna.ics")
    assert _run(["block", "--runs", runna, "--race", "2020-01-04", "--quiet"]) == (2, "")
    assert _errors(capsys) == [f"runstrength: --runs {runna}: no run read, so no week to plan"]


def test_runs_without_the_ics_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    assert _run(["plan", "--runs", str(CALENDARS / "runna.ics")]) == (1, "")
    lines = _errors(capsys)
    assert len(lines) == 1
    assert 'pip install "runstrength[ics]"' in lines[0]


def test_fit_without_the_fit_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [m for m in sys.modules if m == "fit_tool" or m.startswith("fit_tool.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "fit_tool", None)
    assert _run(["plan", "--format", "fit", "--out", str(tmp_path / "w")]) == (1, "")
    lines = _errors(capsys)
    assert len(lines) == 1
    assert 'pip install "runstrength[fit]"' in lines[0]


def test_fit_dates_a_file_cannot_hold_are_a_problem_with_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "watch"
    assert _run(["plan", "--format", "fit", "--out", str(out), "--start", "1990-01-01"]) == (2, "")
    lines = _errors(capsys)
    assert lines
    assert all(line.startswith("runstrength: --start 1990-01-01: ") for line in lines)
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "--runs", str(CALENDARS / "runna.ics"), "--start", "9999-12-27"],
        ["block", "--runs", str(CALENDARS / "runna.ics"), "--race", "9999-12-31"],
    ],
)
def test_runs_read_up_to_the_last_date_there_is_end_cleanly(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run([*args, "--quiet"])
    assert code in (0, 2)
    lines = _errors(capsys)
    assert all(line.startswith("runstrength: ") for line in lines)


def test_a_block_counts_the_calendars_strength_sessions_regression(
    athlete: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(CALENDARS / "trainingpeaks.ics")
    weeks, report = _read("trainingpeaks.ics")
    code, text = _run(
        ["block", "--athlete", athlete, "--runs", path, "--format", "json", "--quiet"]
    )
    assert code == 0
    assert _errors(capsys) == []  # nothing left to warn about: the block plans around it
    block = rs.from_json(rs.Block, text)
    assert block == rs.build_block(ATHLETE, weeks, calendar=report)
    # Race week: the calendar's Tuesday strength session is the week's one session.
    assert block.weeks[0].sessions == ()


def test_a_block_places_no_session_on_a_day_with_a_third_run_regression(
    athlete: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(CALENDARS / "finalsurge.ics")
    weeks, report = _read("finalsurge.ics")
    code, text = _run(
        ["block", "--athlete", athlete, "--runs", path, "--format", "json", "--quiet"]
    )
    assert code == 0
    assert _errors(capsys) == []
    block = rs.from_json(rs.Block, text)
    assert block == rs.build_block(ATHLETE, weeks, calendar=report)
    assert all(session.day is not rs.Weekday.tue for session in block.weeks[0].sessions)
    # One week at a time, the day with a third run holds no session either.
    code, text = _run(["plan", "--athlete", athlete, "--runs", path, "--format", "json"])
    assert code == 0
    plan = rs.from_json(rs.WeekPlan, text)
    assert all(session.day is not rs.Weekday.tue for session in plan.sessions)
