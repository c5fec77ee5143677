"""The planning subcommands: ``plan``, ``block``, ``next``, ``progress`` and ``validate``.

Each turns its arguments into the :class:`~runstrength._cli.streams.Output` to print, or
raises an :class:`~runstrength.InputError` whose problems each start with the option or
file they are about (``--start: ...``, ``--athlete FILE: $.level: ...``). Every file
option is read before any is refused, so one call reports every problem. The planner,
rules and views load inside the subcommand that needs them: ``runstrength --help`` and
``runstrength exercises`` load none of them.
"""

from __future__ import annotations

import argparse
import datetime

from runstrength._cli.exports import Export, check_zone, export_options
from runstrength._cli.formats import DATED, Shown, data_output, json_output, show
from runstrength._cli.inputs import (
    EXAMPLE_ATHLETE,
    EXAMPLE_WEEK,
    Problems,
    item,
    parse_json,
    start_date,
)
from runstrength._cli.runs import (
    Runs,
    around_calendar,
    check_race,
    race_day,
    read_runs,
    refuse_runs_with,
    tell,
)
from runstrength._cli.streams import Output, read_document
from runstrength._io.documents import to_dict
from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import Block, BlockSettings
from runstrength._model.errors import InputError
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription, Violation, WeekPlan
from runstrength._model.report import Report
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Severity
from runstrength._model.week import RunningWeek

__all__ = ["COMMANDS", "ERRORS_FOUND"]

ERRORS_FOUND = 3
"""The exit status of ``validate`` when the plan breaks a rule of severity error."""


def _given_start(args: argparse.Namespace, problems: Problems) -> datetime.date | None:
    """The ``--start`` Monday, if given; a problem when no format or ``--runs`` reads it."""
    if args.start is None:
        return None
    if args.format not in DATED and getattr(args, "runs", None) is None:
        runs = ", or with --runs" if "runs" in args else ""
        problems.lines.append(f"--start: only used with --format ics or fit{runs}")
        return None
    return problems.attempt(lambda: start_date(args.start))


def _dated(
    args: argparse.Namespace, given: datetime.date | None, runs: Runs | None
) -> datetime.date | None:
    """The Monday a dated format starts on: ``--start``, the calendar's, or the next one."""
    if args.format not in DATED:
        return None
    if given is not None:
        return given
    if runs is not None:
        return runs.start
    return start_date(None) if args.start is None else None


def _exports(
    args: argparse.Namespace, problems: Problems, *, reads_runs: bool = False
) -> tuple[str | None, Export]:
    """The ``--tz`` zone, checked, and the options of the format asked for."""
    tz = None if args.tz is None else problems.attempt(lambda: check_zone(args.tz))
    return tz, export_options(args, problems, tz=tz, reads_runs=reads_runs)


def _sunday(day: datetime.date) -> datetime.date:
    """The Sunday of ``day``'s week, or the last date there is."""
    left = datetime.date.max - day
    return day + min(datetime.timedelta(days=6 - day.weekday()), left)


def _under(label: str, exc: InputError) -> InputError:
    return InputError([f"{label}: {p}" for p in exc.problems])


def _plan(args: argparse.Namespace) -> Output:
    problems = Problems(args)
    given = _given_start(args, problems)
    refuse_runs_with(args, problems, "--week")
    tz, export = _exports(args, problems, reads_runs=args.runs is not None)
    athlete = problems.one("--athlete", Athlete, EXAMPLE_ATHLETE)
    week = EXAMPLE_WEEK if args.runs else problems.one("--week", RunningWeek, EXAMPLE_WEEK)
    end = None if given is None or args.runs is None else _sunday(given)
    runs = None if problems.lines else read_runs(args, problems, start=given, end=end, tz=tz)
    if runs is not None:
        tell(runs, quiet=args.quiet)
        if not runs.weeks:
            problems.lines.append(f"--runs {args.runs}: no run read, so no week to plan")
        week = runs.weeks[0] if runs.weeks else week
    problems.check()
    start = _dated(args, given, runs)
    from runstrength._plan.week import build_week  # noqa: PLC0415  # the planner, loaded to plan

    fitted = athlete if runs is None else around_calendar(runs, athlete)
    plan = WeekPlan(sessions=()) if fitted is None else build_week(fitted, week)
    notes = _notes(args, plan, athlete, week)
    return show(Shown(plan, args.format, week, start, notes, export))


def _notes(
    args: argparse.Namespace,
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    upcoming: RunningWeek | None = None,
) -> tuple[Violation, ...]:
    """The rules a plan shown as text or Markdown breaks, listed after it (warnings)."""
    if args.format not in ("text", "markdown"):
        return ()
    from runstrength._rules.validate import validate  # noqa: PLC0415  # the rules, loaded to check

    return validate(plan, athlete, week, next_week=upcoming)


def _block(args: argparse.Namespace) -> Output:
    problems = Problems(args)
    given = _given_start(args, problems)
    refuse_runs_with(args, problems, "--weeks")
    if args.runs is None and args.weeks is None:
        problems.lines.append("block: give the running weeks: --weeks FILE or --runs FILE.ics")
    race = None if args.race is None else problems.attempt(lambda: race_day(args.race))
    tz, export = _exports(args, problems, reads_runs=args.runs is not None)
    athlete = problems.one("--athlete", Athlete, EXAMPLE_ATHLETE)
    weeks = [] if args.runs else problems.many("--weeks", RunningWeek)
    settings = problems.maybe("--block-settings", BlockSettings)
    end = None if race is None else _sunday(race)
    runs = None if problems.lines else read_runs(args, problems, start=given, end=end, tz=tz)
    if runs is not None:
        tell(runs, quiet=args.quiet)
        if not runs.weeks:
            problems.lines.append(f"--runs {args.runs}: no run read, so no week to plan")
        elif race is not None:
            check_race(runs, race)
        weeks = list(runs.weeks)
    problems.check()
    start = _dated(args, given, runs)
    from runstrength._plan.block import build_block  # noqa: PLC0415  # the planner, loaded to plan

    source = f"--weeks {args.weeks}" if runs is None else f"--runs {runs.path}"
    try:
        block = build_block(
            athlete, weeks, block=settings, calendar=None if runs is None else runs.report
        )
    except InputError as exc:
        raise _under(source, exc) from None
    return show(Shown(block, args.format, None, start, export=export))


def _next(args: argparse.Namespace) -> Output:
    problems = Problems(args)
    given = _given_start(args, problems)
    _tz, export = _exports(args, problems)
    athlete = problems.one("--athlete", Athlete, EXAMPLE_ATHLETE)
    week = problems.one("--week", RunningWeek, EXAMPLE_WEEK)
    history = problems.many("--history", WeekRecord)
    upcoming = problems.many("--upcoming", RunningWeek)
    settings = problems.maybe("--block-settings", BlockSettings)
    problems.check()
    start = _dated(args, given, None)
    from runstrength._plan.season import next_week  # noqa: PLC0415  # the planner, loaded to plan

    try:
        plan = next_week(athlete, week, history=history, upcoming=upcoming, block=settings)
    except InputError as exc:
        raise _under("--history", exc) from None
    following = upcoming[0] if upcoming else None
    notes = _notes(args, plan, athlete, week, following)
    return show(Shown(plan, args.format, week, start, notes, export))


def _steps_text(steps: tuple[Progression, ...]) -> str:
    lines = []
    catalog = default_catalog()
    for step in steps:
        found = catalog.get(step.next.exercise)
        name = found.name if found is not None else step.next.exercise
        lines.append(f"- {name} ({step.next.exercise}): {step.change}\n")
        lines.append(f"    next: {step.next.dose}\n    why: {step.reason}\n")
    return "".join(lines)


def _progress_pairs(args: argparse.Namespace) -> list[str]:
    """What is wrong with the files given: a plan and its logs, or a prescription and its log."""
    if (args.plan is None) == (args.prescription is None):
        return ["progress: give --plan and --logs, or --prescription and --log"]
    pairs = (("--plan", "--logs", "--log"), ("--prescription", "--log", "--logs"))
    for first, partner, other in pairs:
        if getattr(args, first.lstrip("-")) is None:
            continue
        found = (
            [f"{first}: needs {partner} FILE"] if getattr(args, partner.lstrip("-")) is None else []
        )
        if getattr(args, other.lstrip("-")) is not None:
            found.append(f"{other}: not used with {first} (give {partner})")
        return found
    return []  # pragma: no cover - one of the two is given


def _progress(args: argparse.Namespace) -> Output:
    problems = Problems(args)
    problems.lines += _progress_pairs(args)
    athlete = problems.maybe("--athlete", Athlete)
    history = problems.many("--history", ExerciseLog)
    plan = problems.maybe("--plan", WeekPlan)
    logs = problems.many("--logs", ExerciseLog)
    prescription = problems.maybe("--prescription", Prescription)
    log = problems.maybe("--log", ExerciseLog)
    week = problems.one("--week", RunningWeek, RunningWeek())
    problems.check()
    if prescription is not None and log is not None:
        from runstrength._progression.step import progress  # noqa: PLC0415  # loaded to progress

        step = progress(prescription, log, athlete=athlete, history=history)
        if args.format == "json":
            return json_output(step)
        return Output(_steps_text((step,)))
    assert plan is not None
    from runstrength._progression.week import progress_week  # noqa: PLC0415  # loaded to progress

    try:
        new, steps = progress_week(plan, logs, athlete=athlete, history=history)
    except InputError as exc:
        raise _under(f"--logs {args.logs}", exc) from None
    if args.format == "json":
        document = {"plan": to_dict(new), "steps": [to_dict(s) for s in steps]}
        return data_output(document)
    text = show(Shown(new, "text", week)).text
    return Output("Steps\n" + _steps_text(steps) + "\nNext week\n\n" + text)


def _detect(data: object, wanted: str) -> type[WeekPlan] | type[Block]:
    if wanted == "Block" or (wanted == "auto" and isinstance(data, dict) and "weeks" in data):
        return Block
    return WeekPlan


def _validate(args: argparse.Namespace) -> Output:
    problems = Problems(args)
    athlete = problems.one("--athlete", Athlete, EXAMPLE_ATHLETE)
    week = problems.one("--week", RunningWeek, EXAMPLE_WEEK)
    settings = problems.maybe("--block-settings", BlockSettings)
    path = problems.path("FILE")
    plan: WeekPlan | Block | None = None
    if path is not None:

        def read() -> WeekPlan | Block:
            text = read_document(path, "")
            try:
                data = parse_json(text)
                return item(_detect(data, args.type), data, "$")
            except InputError as exc:
                raise _under(path, exc) from None

        plan = problems.attempt(read)
    if isinstance(plan, Block) and args.week is not None:
        problems.lines.append("--week: only used with a week plan (a block holds its weeks)")
    problems.check()
    assert plan is not None
    from runstrength._rules.validate import validate, validate_block  # noqa: PLC0415  # to check

    if isinstance(plan, Block):
        found = validate_block(plan, athlete, block_settings=settings)
    else:
        found = validate(plan, athlete, week)
    errors = sum(v.severity is Severity.error for v in found)
    status = ERRORS_FOUND if errors else 0
    if args.format == "json":
        output = data_output(to_dict(Report(found)))
    elif args.format == "markdown":
        from runstrength._views.markdown import violation_markdown  # noqa: PLC0415  # Markdown only

        lines = [f"- {violation_markdown(v)}\n" for v in found]
        output = Output("".join(lines) or "No problems found.\n")
    else:
        counts = f"{errors} error(s), {len(found) - errors} warning(s)\n"
        output = Output("".join(f"{v}\n" for v in found) + counts)
    return Output(output.text, document=output.document, status=lambda: status)


COMMANDS = {
    "plan": _plan,
    "block": _block,
    "next": _next,
    "progress": _progress,
    "validate": _validate,
}
"""The planning subcommands, by name."""
