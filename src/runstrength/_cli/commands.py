"""The command's arguments and its two subcommands, each turning arguments into output.

Every problem with the input is an :class:`~runstrength.InputError` whose problems each
start with the option they are about (``--start: ...``, ``--athlete FILE: $.level: ...``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from typing import TYPE_CHECKING, TypeVar

from runstrength._cli.streams import STDIN, Output, read_document, write
from runstrength._io.documents import from_json, to_dict
from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete, to_equipment
from runstrength._model.errors import InputError
from runstrength._model.plan import WeekPlan
from runstrength._model.vocab import Goal, Level
from runstrength._model.week import Run, RunningWeek
from runstrength._plan.week import build_week
from runstrength._rules.validate import validate
from runstrength._views.ics import to_ics
from runstrength._views.markdown import violation_markdown
from runstrength._views.text import render_week

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["EXAMPLE_ATHLETE", "EXAMPLE_WEEK", "EXIT_STATUS", "parser", "run"]

T = TypeVar("T")

EXAMPLE_ATHLETE = Athlete(
    level=Level.intermediate,
    equipment=["dumbbell", "step", "wall", "chair", "mini_band"],
    goals=[Goal.hills],
)
"""The runner ``runstrength plan`` plans for when given no ``--athlete``."""

EXAMPLE_WEEK = RunningWeek(
    tue=Run("intervals", 50),
    wed=Run("easy", 40),
    thu=Run("tempo", 45),
    sat=Run("easy", 40),
    sun=Run("long", 100),
)
"""The running week ``runstrength plan`` plans around when given no ``--week``."""

EXIT_STATUS = (
    "exit status: 0 done; 1 an optional extra is missing, or the output could not be "
    "written (a closed pipe, a full disk); 2 bad input (arguments, files, or a week the "
    "input cannot be planned for), one line per problem on standard error"
)
"""The exit statuses, as ``--help`` lists them."""


def _read(path: str, cls: type[T], label: str) -> T:
    text = read_document(path, label)
    try:
        return from_json(cls, text)
    except InputError as exc:
        raise InputError([f"{label} {path}: {problem}" for problem in exc.problems]) from None


def _json(data: object) -> Output:
    return Output(json.dumps(data, indent=2, ensure_ascii=False) + "\n", document=data)


def _exercises(args: argparse.Namespace) -> Output:
    catalog = default_catalog()
    try:
        equipment = to_equipment(args.equipment) if args.equipment else None
    except InputError as exc:
        raise InputError([f"--equipment: {p}" for p in exc.problems]) from None
    level = Level(args.level) if args.level else None
    found = catalog.filter(equipment=equipment, level=level)
    if args.json:
        return _json([to_dict(ex) for ex in found])
    width = max((len(ex.name) for ex in found), default=4)
    lines = [f"{'Exercise':<{width}}  {'Level':<12}  Patterns\n"]
    for ex in found:
        patterns = ", ".join(ex.summary()["patterns"])
        lines.append(f"{ex.name:<{width}}  {ex.level:<12}  {patterns}\n")
    lines.append(f"\n{len(found)} of {len(catalog)} exercises\n")
    return Output("".join(lines))


def _next_monday(today: datetime.date) -> datetime.date:
    """The first Monday after ``today`` (a week on, when today is a Monday)."""
    return today + datetime.timedelta(days=7 - today.weekday())


def _start(text: str | None) -> datetime.date:
    if text is None:
        return _next_monday(datetime.date.today())  # the command may read the clock
    try:
        start = datetime.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--start: {text!r} is not a date like 2026-11-23") from None
    if start.weekday() != 0:
        raise InputError(
            f"--start: must be a Monday; {start.isoformat()} is a {start.strftime('%A')}"
        )
    return start


def _calendar(plan: WeekPlan, start: datetime.date, week: RunningWeek) -> Output:
    """The week as a calendar; a problem ``to_ics`` finds with ``start`` is one with ``--start``."""
    try:
        text = to_ics(plan, start=start, week=week)
    except InputError as exc:
        problems = [
            f"--{p}" if p.startswith(("start:", "start ")) else p for p in map(str, exc.problems)
        ]
        raise InputError(problems) from None
    return Output(text, calendar=True)


def _plan(args: argparse.Namespace) -> Output:
    problems: list[str] = []
    start: datetime.date | None = None
    if args.start is not None and args.format != "ics":
        problems.append("--start: only used with --format ics")
    elif args.format == "ics":
        try:
            start = _start(args.start)
        except InputError as exc:
            problems += map(str, exc.problems)
    athlete, week = EXAMPLE_ATHLETE, EXAMPLE_WEEK
    if args.athlete is not None:
        try:
            athlete = _read(args.athlete, Athlete, "--athlete")
        except InputError as exc:
            problems += map(str, exc.problems)
    if args.week == STDIN and args.athlete == STDIN:
        problems.append("--week -: standard input is read for --athlete already")
    elif args.week is not None:
        try:
            week = _read(args.week, RunningWeek, "--week")
        except InputError as exc:
            problems += map(str, exc.problems)
    if problems:
        raise InputError(problems)
    plan = build_week(athlete, week)
    if start is not None:
        return _calendar(plan, start, week)
    if args.format == "json":
        return _json({"athlete": to_dict(athlete), "week": to_dict(week), "plan": to_dict(plan)})
    text = render_week(plan, week, style=args.format)
    warnings = validate(plan, athlete, week)
    if warnings:
        text += "\nNotes\n" if args.format == "text" else "\n### Notes\n\n"
        text += "".join(
            f"  - {v}\n" if args.format == "text" else f"- {violation_markdown(v)}\n"
            for v in warnings
        )
    return Output(text)


def run(args: argparse.Namespace) -> Output:
    """Run the subcommand ``args`` name; its output, not yet written.

    Raises:
        InputError: The arguments or the files they name cannot be used; every problem
            starts with the option it is about.
        MissingExtraError: The output needs an optional extra that is not installed.
    """
    if args.command == "plan":
        return _plan(args)
    return _exercises(args)


class _Parser(argparse.ArgumentParser):
    """An argument parser that writes its help as the command writes its output.

    argparse ignores a failure to print help; here it exits with status 1, as a failure
    to write any other output does.
    """

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        """Write the help to ``file`` (standard output when ``None``).

        Raises:
            SystemExit: With status 1, when the help could not be written to standard output.
        """
        if file is not None:
            super().print_help(file)
        elif write(Output(self.format_help()), sys.stdout) != 0:
            raise SystemExit(1)


def parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    top = _Parser(
        prog="runstrength",
        description="Plan strength training around a runner's week.",
        epilog=EXIT_STATUS,
    )
    sub = top.add_subparsers(dest="command", required=True)
    plan = sub.add_parser(
        "plan",
        help="plan a week of strength sessions",
        description="Plan a week of strength sessions. Without files, plans for a built-in "
        "example runner (intermediate, home kit with dumbbells, hills goal) and week.",
        epilog=EXIT_STATUS,
    )
    plan.add_argument("--athlete", metavar="FILE", help="athlete as JSON (- for standard input)")
    plan.add_argument("--week", metavar="FILE", help="running week as JSON (- for standard input)")
    plan.add_argument(
        "--format",
        choices=["text", "markdown", "json", "ics"],
        default="text",
        help="text (default), markdown, json, or ics: a calendar file with one all-day "
        "event per session (needs the ics extra)",
    )
    plan.add_argument(
        "--start",
        metavar="YYYY-MM-DD",
        help="with --format ics: the Monday the week starts on (default: the next Monday "
        "after today)",
    )
    exercises = sub.add_parser(
        "exercises",
        help="list the exercise catalog",
        description="List the exercise catalog.",
        epilog=EXIT_STATUS,
    )
    exercises.add_argument(
        "--equipment", metavar="KIT", help="a kit (none, home, gym) or an item such as dumbbell"
    )
    exercises.add_argument("--level", choices=[str(lv) for lv in Level])
    exercises.add_argument("--json", action="store_true", help="print the exercises as JSON")
    return top
