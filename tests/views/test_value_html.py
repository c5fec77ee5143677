"""Notebook (HTML) views of athletes, running weeks, logs, progressions, records and reports,
and the week grid with its runs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._views.html import week_html
from tests.views.test_display import DAYS, DOSE, HOSTILE, page

ATHLETE = rs.Athlete(
    level=rs.Level.intermediate,
    equipment=["dumbbell", "step"],
    available_days=["tue", "thu", "sat"],
    injuries=["achilles"],
    goals=["hills"],
    lifts={"goblet_squat": rs.Lift(load_kg=20, reps=10, rir=2)},
)
WEEK = rs.RunningWeek(mon="easy", tue=rs.Run("intervals", 50), thu=("easy", "hills"), sun="long")
PLAN = rs.build_week(ATHLETE, WEEK)
SQUAT = rs.Prescription("goblet_squat", DOSE)
HOSTILE_VIOLATION = rs.Violation(
    code="RS201", rule=HOSTILE, severity="warning", message=HOSTILE, day="mon", exercise="x_y"
)


def _row(table: list[list[str]], label: str) -> list[str]:
    (row,) = [r for r in table if r[0] == label]
    return row[1:]


# --------------------------------------------------------------------------- the week grid


def test_show_week_puts_each_days_runs_above_its_session_in_day_order() -> None:
    view = rs.show_week(PLAN, WEEK)
    table = page(view).tables[0]
    assert table[0] == ["", *DAYS]
    assert _row(table, "Runs") == [
        "easy",
        "intervals 50′",
        "rest",
        "easy, hills",
        "rest",
        "rest",
        "long",
    ]
    strength = _row(table, "Strength")
    for session in PLAN.sessions:
        cell = strength[list(rs.Weekday).index(session.day)]
        assert str(session.focus) in cell
        assert str(session.placement).replace("_", " ") in cell
    assert sum(cell != "—" for cell in strength) == PLAN.session_count


def test_show_week_marks_a_standalone_session_on_a_day_without_a_run() -> None:
    athlete = rs.Athlete(level="beginner", available_days=["wed"])
    week = rs.RunningWeek(tue="easy", sun="long")
    plan = rs.build_week(athlete, week)
    strength = _row(page(rs.show_week(plan, week)).tables[0], "Strength")
    assert "standalone" in strength[2]
    assert _row(page(rs.show_week(plan, week)).tables[0], "Runs")[2] == "rest"


def test_show_week_is_opt_in_the_plans_own_html_is_unchanged() -> None:
    assert week_html(PLAN) == PLAN._repr_html_()
    assert "Runs" not in page(PLAN).tables[0][0]
    with_runs = week_html(PLAN, week=WEEK)
    assert with_runs == rs.show_week(PLAN, WEEK)._repr_html_()
    assert with_runs.endswith(PLAN._repr_html_().split("</table>", 1)[1])  # same details


def test_show_week_prints_the_render_week_text_and_has_a_short_repr() -> None:
    view = rs.show_week(PLAN, WEEK)
    assert str(view) == rs.render_week(PLAN, WEEK)
    assert repr(view) == "WeekView(2 strength sessions, 5 runs)"


def test_show_week_refuses_arguments_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match=r"^show_week: plan"):
        rs.show_week(WEEK, WEEK)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^show_week: week"):
        rs.show_week(PLAN, PLAN)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- values


def test_athlete_html_shows_every_setting_and_the_lifts() -> None:
    parsed = page(ATHLETE)
    facts, lifts = parsed.tables
    assert facts == [
        ["Level", "intermediate"],
        ["Equipment", "dumbbell, step"],
        ["Strength days", "Tuesday, Thursday, Saturday"],
        ["Sessions a week", "2"],
        ["Minutes a session", "30"],
        ["Injuries", "Achilles"],
        ["Goals", "hills"],
    ]
    assert lifts[1] == ["Goblet squat goblet_squat", "20 kg", "10", "2 RIR"]
    assert str(ATHLETE) == repr(ATHLETE)  # the text stays the attrs form


def test_athlete_html_without_lifts_has_no_lift_table() -> None:
    assert len(page(rs.Athlete(level="beginner")).tables) == 1


def test_running_week_html_is_one_row_of_runs_under_the_days() -> None:
    (table,) = page(WEEK).tables
    assert table == [DAYS, ["easy", "intervals 50′", "rest", "easy, hills", "rest", "rest", "long"]]
    assert "5 runs" in page(WEEK).text


def test_block_settings_html_says_what_each_setting_does() -> None:
    text = page(rs.BlockSettings(deload_every=0, ramp_weeks=0, taper_weeks=1)).text
    assert "never (no deloads)" in text
    assert "1 week" in text
    assert "10 days before a goal race" in text


def test_exercise_log_html_lists_the_sets_pain_form_and_symptoms() -> None:
    log = rs.ExerciseLog(
        exercise="goblet_squat",
        sets=[rs.SetLog(reps=10, load_kg=16, rir=2), rs.SetLog(reps=8)],
        pain="mild",
        form_ok=False,
        symptoms=["numbness"],
    )
    (table,) = page(log).tables
    assert table[1] == [
        "Goblet squat goblet_squat",
        "1. 10 reps @ 16 kg, 2 RIR / 2. 8 reps",
        "mild",
        "broke down",
        "numbness",
    ]


def test_progression_html_shows_the_change_the_reason_and_the_next_dose() -> None:
    log = rs.ExerciseLog(exercise="goblet_squat", sets=[rs.SetLog(reps=12, rir=3)] * 3)
    step = rs.progress(SQUAT, log)
    parsed = page(step)
    assert parsed.tables[0][1] == ["Change", str(step.change)]
    assert step.reason.text in parsed.text
    assert parsed.tables[1][0][:2] == ["Exercise", "Sets × amount"]


def test_exclusion_html_shows_areas_what_was_removed_and_the_test() -> None:
    exclusion = rs.Exclusion(
        exercise="romanian_deadlift",
        areas=["hamstring", "lower_back"],
        removed=["romanian_deadlift"],
        reason="Sharp pain: see a physiotherapist.",
        test=SQUAT,
        before=SQUAT,
    )
    parsed = page(exclusion)
    assert ["Areas rested", "lower back, hamstring"] in parsed.tables[0]
    assert ["Taken out", "Romanian deadlift"] in parsed.tables[0]
    assert "Test with" in parsed.text
    assert "Was doing" in parsed.text
    untested = rs.Exclusion(exercise="squat_x", areas=[], reason="Red flag.")
    assert "No test" in page(untested).text


def test_week_record_html_shows_runs_sessions_and_logs() -> None:
    log = rs.ExerciseLog(exercise="goblet_squat", sets=[rs.SetLog(reps=10)])
    record = rs.WeekRecord(week=WEEK, plan=PLAN, logs=[log])
    parsed = page(record)
    assert parsed.tables[0][1][0] == "Runs"
    assert parsed.tables[-1][1][0] == "Goblet squat goblet_squat"
    assert "Nothing logged." in page(rs.WeekRecord(week=WEEK, plan=PLAN)).text


# --------------------------------------------------------------------------- reports


def test_report_html_gives_the_verdict_then_one_row_per_violation() -> None:
    error = rs.Violation(code="RS104", rule="One a day", severity="error", message="Two.", week=2)
    report = rs.Report([error, HOSTILE_VIOLATION])
    parsed = page(report)
    assert parsed.text.startswith("Not OK: the plan must change. 1 error, 1 warning")
    (table,) = parsed.tables
    assert table[0] == ["Code", "Severity", "Week", "Day", "Exercise", "Rule", "Message"]
    assert table[1] == ["RS104", "error", "2", "—", "—", "One a day", "Two."]
    assert table[2][-1] == HOSTILE


def test_report_html_without_violations_says_so() -> None:
    assert page(rs.Report()).text == "No rule broken."
    ok = page(rs.Report([HOSTILE_VIOLATION]))
    assert ok.text.startswith("OK: no error rule broken. 0 errors, 1 warning")
    assert "Week" not in ok.tables[0][0]


def test_hostile_text_in_every_new_view_is_escaped() -> None:
    exclusion = rs.Exclusion(exercise="squat_x", areas=[], reason=HOSTILE, test=SQUAT)
    step = rs.Progression(SQUAT, "reps", HOSTILE)
    for value in (rs.Report([HOSTILE_VIOLATION]), exclusion, step):
        html = value._repr_html_()
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
        assert HOSTILE in page(value).text


VIEWED = st.one_of(
    rst.athletes(),
    rst.running_weeks(),
    rst.block_settings(),
    rst.exercise_logs(),
    rst.progressions(),
    rst.exclusions(),
    rst.reports(),
    rst.week_records(),
)


@given(VIEWED)
@settings(max_examples=max(10, settings().max_examples // 2))
def test_any_value_shows_as_balanced_html_with_its_text(value: Any) -> None:
    parsed = page(value)  # only known tags and attributes, all closed: no text became markup
    if isinstance(value, rs.Report):
        for violation in value:
            assert violation.message in parsed.text
        assert str(value).splitlines()[1:] == [str(v) for v in value]
    if isinstance(value, rs.Progression | rs.Exclusion):
        assert value.reason.text in parsed.text


def test_report_html_leaves_out_the_columns_no_violation_fills() -> None:
    bare = rs.Violation(code="RS206", rule="Every group", severity="warning", message="No core.")
    (table,) = page(rs.Report([bare])).tables
    assert table == [
        ["Code", "Severity", "Rule", "Message"],
        ["RS206", "warning", "Every group", "No core."],
    ]
