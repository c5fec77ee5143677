"""The ``runstrength`` command: list the catalog and plan a week from the shell."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from runstrength._io.documents import from_json, to_dict
from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete, to_equipment
from runstrength._model.errors import InputError, MissingExtraError
from runstrength._model.vocab import Goal, Level
from runstrength._model.week import Run, RunningWeek
from runstrength._plan.week import build_week
from runstrength._rules.validate import validate
from runstrength._views.ics import to_ics
from runstrength._views.markdown import violation_markdown
from runstrength._views.text import render_week

__all__ = ["EXAMPLE_ATHLETE", "EXAMPLE_WEEK", "main"]

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


class _UsageError(Exception):
    """A problem with the command line or its files: printed, then exit status 2."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = tuple(lines)


def _read(path: str, cls: type[T], label: str) -> T:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _UsageError(
            [f"{label} {path}: cannot read ({exc.__class__.__name__}: {exc})"]
        ) from None
    try:
        return from_json(cls, text)
    except InputError as exc:
        raise _UsageError([f"{label} {path}: {problem}" for problem in exc.problems]) from None


def _exercises(args: argparse.Namespace, out: TextIO) -> int:
    catalog = default_catalog()
    try:
        equipment = to_equipment(args.equipment) if args.equipment else None
    except InputError as exc:
        raise _UsageError([f"--equipment: {p}" for p in exc.problems]) from None
    level = Level(args.level) if args.level else None
    found = catalog.filter(equipment=equipment, level=level)
    if args.json:
        out.write(json.dumps([to_dict(ex) for ex in found], indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max((len(ex.name) for ex in found), default=4)
    out.write(f"{'Exercise':<{width}}  {'Level':<12}  Patterns\n")
    for ex in found:
        patterns = ", ".join(ex.summary()["patterns"])
        out.write(f"{ex.name:<{width}}  {ex.level:<12}  {patterns}\n")
    out.write(f"\n{len(found)} of {len(catalog)} exercises\n")
    return 0


def _next_monday(today: datetime.date) -> datetime.date:
    """The first Monday after ``today`` (a week on, when today is a Monday)."""
    return today + datetime.timedelta(days=7 - today.weekday())


def _start(text: str | None) -> datetime.date:
    if text is None:
        return _next_monday(datetime.date.today())  # the command may read the clock
    try:
        start = datetime.date.fromisoformat(text)
    except ValueError:
        raise _UsageError([f"--start: {text!r} is not a date like 2026-11-23"]) from None
    if start.weekday() != 0:
        raise _UsageError(
            [f"--start: must be a Monday; {start.isoformat()} is a {start.strftime('%A')}"]
        )
    return start


def _write_ics(text: str, out: TextIO) -> None:
    """Write calendar text with its CRLF line ends kept, even where text mode rewrites them."""
    binary = getattr(out, "buffer", None)
    if binary is None:
        out.write(text)
        return
    out.flush()
    binary.write(text.encode("utf-8"))
    binary.flush()


def _plan(args: argparse.Namespace, out: TextIO) -> int:
    problems: list[str] = []
    start: datetime.date | None = None
    if args.start is not None and args.format != "ics":
        problems.append("--start: only used with --format ics")
    elif args.format == "ics":
        try:
            start = _start(args.start)
        except _UsageError as exc:
            problems += exc.lines
    athlete, week = EXAMPLE_ATHLETE, EXAMPLE_WEEK
    for attr, cls, label in (("athlete", Athlete, "--athlete"), ("week", RunningWeek, "--week")):
        path = getattr(args, attr)
        if path is None:
            continue
        try:
            value = _read(path, cls, label)
        except _UsageError as exc:
            problems += exc.lines
            continue
        if attr == "athlete":
            athlete = value  # type: ignore[assignment]
        else:
            week = value  # type: ignore[assignment]
    if problems:
        raise _UsageError(problems)
    plan = build_week(athlete, week)
    if start is not None:
        _write_ics(to_ics(plan, start=start, week=week), out)
        return 0
    if args.format == "json":
        document = {"athlete": to_dict(athlete), "week": to_dict(week), "plan": to_dict(plan)}
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return 0
    out.write(render_week(plan, week, style=args.format))
    warnings = validate(plan, athlete, week)
    if warnings:
        out.write("\nNotes\n" if args.format == "text" else "\n### Notes\n\n")
        out.writelines(
            f"  - {v}\n" if args.format == "text" else f"- {violation_markdown(v)}\n"
            for v in warnings
        )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runstrength",
        description="Plan strength training around a runner's week.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    plan = sub.add_parser(
        "plan",
        help="plan a week of strength sessions",
        description="Plan a week of strength sessions. Without files, plans for a built-in "
        "example runner (intermediate, home kit with dumbbells, hills goal) and week.",
    )
    plan.add_argument("--athlete", metavar="FILE", help="athlete as JSON")
    plan.add_argument("--week", metavar="FILE", help="running week as JSON")
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
    exercises = sub.add_parser("exercises", help="list the exercise catalog")
    exercises.add_argument(
        "--equipment", metavar="KIT", help="a kit (none, home, gym) or an item such as dumbbell"
    )
    exercises.add_argument("--level", choices=[str(lv) for lv in Level])
    exercises.add_argument("--json", action="store_true", help="print the exercises as JSON")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 an extra is missing, 2 bad input)."""
    stream = out or sys.stdout
    args = _parser().parse_args(argv)
    try:
        if args.command == "plan":
            return _plan(args, stream)
        return _exercises(args, stream)
    except MissingExtraError as exc:
        print(f"runstrength: {exc}", file=sys.stderr)
        return 1
    except _UsageError as exc:
        for line in exc.lines:
            print(f"runstrength: {line}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
