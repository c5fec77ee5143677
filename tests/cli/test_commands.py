"""The planning subcommands end to end: block, next, progress and validate, and --version."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import runstrength as rs
from runstrength._cli import ERRORS_FOUND, main
from tests.cli.running import errors as _errors
from tests.cli.running import run as _run
from tests.progression.simulate import sets_of

ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
RUN = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
SEASON = [RUN] * 5 + [rs.RunningWeek(sun="race")]


def _logged(plan: rs.WeekPlan) -> list[rs.ExerciseLog]:
    return [
        rs.ExerciseLog(exercise=rx.exercise, sets=sets_of(rx, rx.dose.amount.hi))
        for session in plan.sessions
        for rx in session.exercises
    ]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """The documents the subcommands read, written to files, by name."""
    first = rs.next_week(ATHLETE, RUN, upcoming=SEASON[1:])
    logs = _logged(first)
    documents = {
        "athlete.json": rs.to_json(ATHLETE),
        "week.json": rs.to_json(RUN),
        "weeks.json": json.dumps([rs.to_dict(w) for w in SEASON]),
        "weeks.jsonl": "".join(rs.to_json_lines(SEASON)),
        "plan.json": rs.to_json(first),
        "logs.jsonl": "".join(rs.to_json_lines(logs)),
        "history.json": json.dumps([rs.to_dict(rs.WeekRecord(RUN, first, logs))]),
        "upcoming.jsonl": "".join(rs.to_json_lines(SEASON[2:])),
        "rx.json": rs.to_json(first.sessions[0].exercises[0]),
        "log.json": rs.to_json(logs[0]),
    }
    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {name: str(tmp_path / name) for name in documents}


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"runstrength {rs.__version__}\n"


def test_plan_json_is_the_week_plan_document() -> None:
    code, text = _run(["plan", "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.WeekPlan, text).sessions


@pytest.mark.parametrize("weeks", ["weeks.json", "weeks.jsonl"])
def test_block_json_loads_back_as_the_block(files: dict[str, str], weeks: str) -> None:
    code, text = _run(
        ["block", "--athlete", files["athlete.json"], "--weeks", files[weeks], "--format", "json"]
    )
    assert code == 0
    assert rs.from_json(rs.Block, text) == rs.build_block(ATHLETE, SEASON)


def test_block_as_text_markdown_and_a_calendar(files: dict[str, str]) -> None:
    block = rs.build_block(ATHLETE, SEASON)
    args = ["block", "--athlete", files["athlete.json"], "--weeks", files["weeks.json"]]
    assert _run(args) == (0, rs.render_block(block))
    assert _run([*args, "--format", "markdown"]) == (0, rs.render_block(block, style="markdown"))
    code, text = _run([*args, "--format", "ics", "--start", "2026-03-02"])
    assert code == 0
    assert text.count("BEGIN:VEVENT") == sum(len(week.sessions) for week in block.weeks)


def test_block_reads_its_weeks_from_standard_input(
    files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _run(["block", "--weeks", files["weeks.json"]])
    text = Path(files["weeks.jsonl"]).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert _run(["block", "--weeks", "-"]) == expected


def test_block_weeks_name_the_item_of_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    array, lines = tmp_path / "weeks.json", tmp_path / "weeks.jsonl"
    array.write_text('[{"tue": "easy"}, {"tue": 5}, {"mon": "sprint"}]', encoding="utf-8")
    lines.write_text('{"tue": "easy"}\n\n{"tue": 5}\n[\n', encoding="utf-8")
    assert _run(["block", "--weeks", str(array)]) == (2, "")
    errors = _errors(capsys)
    assert len(errors) == 2
    assert errors[0].startswith(f"runstrength: --weeks {array}: $[1].tue: ")
    assert errors[1].startswith(f"runstrength: --weeks {array}: $[2].mon[0]: ")
    assert _run(["block", "--weeks", str(lines)]) == (2, "")
    errors = _errors(capsys)
    assert errors[0].startswith(f"runstrength: --weeks {lines}: line 3: $.tue: ")
    assert errors[1].startswith(f"runstrength: --weeks {lines}: line 4: $: not valid JSON")


def test_block_of_no_weeks_or_too_many_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty, many = tmp_path / "empty.json", tmp_path / "many.json"
    empty.write_text("[]", encoding="utf-8")
    many.write_text(json.dumps([{"sun": "long"}] * 53), encoding="utf-8")
    assert _run(["block", "--weeks", str(empty)]) == (2, "")
    assert _errors(capsys) == [
        f"runstrength: --weeks {empty}: weeks: 0 weeks (a block holds 1..52)"
    ]
    assert _run(["block", "--weeks", str(many)]) == (2, "")
    assert _errors(capsys) == [
        f"runstrength: --weeks {many}: weeks: 53 weeks (a block holds 1..52)"
    ]


def test_block_refuses_start_without_a_calendar_and_a_second_standard_input(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["block", "--weeks", files["weeks.json"], "--start", "2026-03-02"]) == (2, "")
    assert _errors(capsys) == [
        "runstrength: --start: only used with --format ics or fit, or with --runs"
    ]
    assert _run(["block", "--athlete", "-", "--weeks", "-"]) != (0, "")
    assert _errors(capsys)[-1] == (
        "runstrength: --weeks -: standard input is read for --athlete already; "
        "only one file of a call may be -"
    )


def test_next_plans_the_coming_week_from_the_history(files: dict[str, str]) -> None:
    history = [
        rs.from_dict(rs.WeekRecord, d) for d in json.loads(Path(files["history.json"]).read_text())
    ]
    expected = rs.next_week(ATHLETE, RUN, history=history, upcoming=SEASON[2:])
    args = [
        "next",
        "--athlete",
        files["athlete.json"],
        "--week",
        files["week.json"],
        "--history",
        files["history.json"],
        "--upcoming",
        files["upcoming.jsonl"],
    ]
    code, text = _run([*args, "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.WeekPlan, text) == expected
    code, text = _run(args)
    assert code == 0
    assert text.startswith(rs.render_week(expected, RUN))


def test_progress_a_week_from_its_logs(files: dict[str, str]) -> None:
    plan = rs.from_json(rs.WeekPlan, Path(files["plan.json"]).read_text())
    logs = list(
        rs.from_json_lines(rs.ExerciseLog, Path(files["logs.jsonl"]).read_text().splitlines())
    )
    new, steps = rs.progress_week(plan, logs, athlete=ATHLETE)
    args = ["progress", "--plan", files["plan.json"], "--logs", files["logs.jsonl"]]
    args += ["--athlete", files["athlete.json"]]
    code, text = _run([*args, "--format", "json"])
    assert code == 0
    document = json.loads(text)
    assert rs.from_dict(rs.WeekPlan, document["plan"]) == new
    assert [rs.from_dict(rs.Progression, s) for s in document["steps"]] == list(steps)
    code, text = _run([*args, "--week", files["week.json"]])
    assert code == 0
    assert text.startswith("Steps\n")
    assert rs.render_week(new, RUN) in text
    for step in steps:
        assert step.reason.text in text


def test_progress_one_prescription_from_one_log(files: dict[str, str]) -> None:
    rx = rs.from_json(rs.Prescription, Path(files["rx.json"]).read_text())
    log = rs.from_json(rs.ExerciseLog, Path(files["log.json"]).read_text())
    args = ["progress", "--prescription", files["rx.json"], "--log", files["log.json"]]
    code, text = _run([*args, "--format", "json"])
    assert code == 0
    assert rs.from_json(rs.Progression, text) == rs.progress(rx, log)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["progress: give --plan and --logs, or --prescription and --log"]),
        (["--plan", "p.json"], ["--plan: needs --logs FILE"]),
        (
            ["--prescription", "r.json", "--logs", "l.json"],
            [
                "--prescription: needs --log FILE",
                "--logs: not used with --prescription (give --log)",
            ],
        ),
    ],
)
def test_progress_needs_a_plan_and_logs_or_a_prescription_and_a_log(
    args: list[str], expected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["progress", *args]) == (2, "")
    errors = _errors(capsys)
    assert errors[: len(expected)] == [f"runstrength: {line}" for line in expected]


def test_validate_a_sound_plan_exits_0(files: dict[str, str]) -> None:
    args = ["validate", files["plan.json"], "--athlete", files["athlete.json"]]
    assert _run([*args, "--week", files["week.json"]]) == (0, "0 error(s), 0 warning(s)\n")
    code, text = _run([*args, "--format", "json"])
    assert (code, rs.from_json(rs.Report, text)) == (0, rs.Report(()))


def test_validate_errors_exit_3_with_every_violation(files: dict[str, str]) -> None:
    plan = rs.from_json(rs.WeekPlan, Path(files["plan.json"]).read_text())
    beginner = rs.Athlete(level=rs.Level.beginner)
    found = rs.validate(
        plan,
        beginner,
        rs.RunningWeek(tue="intervals", wed="easy", thu="tempo", sat="easy", sun="long"),
    )
    assert any(v.severity is rs.Severity.error for v in found)
    athlete = Path(files["athlete.json"]).with_name("beginner.json")
    athlete.write_text(rs.to_json(beginner), encoding="utf-8")
    code, text = _run(
        ["validate", files["plan.json"], "--athlete", str(athlete), "--format", "json"]
    )
    assert code == ERRORS_FOUND == 3
    assert rs.from_json(rs.Report, text) == rs.Report(found)
    code, text = _run(["validate", files["plan.json"], "--athlete", str(athlete)])
    assert code == 3
    assert text.splitlines()[: len(found)] == [str(v) for v in found]
    code, text = _run(
        ["validate", files["plan.json"], "--athlete", str(athlete), "--format", "markdown"]
    )
    assert code == 3
    assert text.count("\n- ") + 1 == len(found)


def test_validate_finds_a_block_by_its_document(files: dict[str, str], tmp_path: Path) -> None:
    block = rs.build_block(ATHLETE, SEASON)
    path = tmp_path / "block.json"
    path.write_text(rs.to_json(block), encoding="utf-8")
    args = ["validate", str(path), "--athlete", files["athlete.json"]]
    found = rs.validate_block(block, ATHLETE)
    code, text = _run([*args, "--format", "json"])
    assert code == (3 if any(v.severity is rs.Severity.error for v in found) else 0)
    assert rs.from_json(rs.Report, text) == rs.Report(found)


def test_validate_reads_the_type_it_is_told(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["validate", files["plan.json"], "--type", "Block"]) == (2, "")
    errors = _errors(capsys)
    assert errors
    assert all(line.startswith(f"runstrength: {files['plan.json']}: $") for line in errors)


def test_validate_refuses_a_week_for_a_block(
    files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "block.json"
    path.write_text(rs.to_json(rs.build_block(ATHLETE, SEASON[:2])), encoding="utf-8")
    assert _run(["validate", str(path), "--week", files["week.json"]]) == (2, "")
    assert _errors(capsys) == [
        "runstrength: --week: only used with a week plan (a block holds its weeks)"
    ]


def test_validate_bad_file_is_one_line_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"sessions": [{"day": "someday"}]}', encoding="utf-8")
    assert _run(["validate", str(path)]) == (2, "")
    errors = _errors(capsys)
    assert errors
    assert all(line.startswith(f"runstrength: {path}: $.sessions[0]") for line in errors)
