"""The command's arguments: one parser, a subparser per subcommand.

Loads no planner, rule or view, so ``runstrength --help`` is quick. A new option that
names a file is one ``add_argument`` here and one read in the subcommand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from runstrength._cli.formats import BLOCK_FORMATS, WEEK_FORMATS
from runstrength._cli.streams import Output, write
from runstrength._model.version import VERSION
from runstrength._model.vocab import Level

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["EXIT_STATUS", "parser"]

EXIT_STATUS = (
    "exit status: 0 done (validate: no errors, perhaps warnings); 1 an optional extra is "
    "missing, or the output could not be written (a closed pipe, a full disk); 2 bad input "
    "(arguments, files, lines of a batch, or a week the input cannot be planned for), one "
    "line per problem on standard error; 3 validate found errors"
)
"""The exit statuses, as ``--help`` lists them."""

FILES = (
    "FILE options read JSON documents as UTF-8; - reads standard input (one option a call). "
    "A list (--weeks, --history, --upcoming, --logs) is a JSON array of documents, or JSON "
    "Lines: one document a line."
)


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


class _Version(argparse.Action):
    """``--version``: print the package's version, written as any output is."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        raise SystemExit(write(Output(f"runstrength {VERSION}\n"), sys.stdout))


def _athlete(sub: argparse.ArgumentParser, default: str = "the built-in example") -> None:
    sub.add_argument(
        "--athlete", metavar="FILE", help=f"the athlete, an Athlete document (default: {default})"
    )


def _week(sub: argparse.ArgumentParser, what: str) -> None:
    sub.add_argument("--week", metavar="FILE", help=f"{what}, a RunningWeek document")


def _format(sub: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    sub.add_argument(
        "--format",
        choices=list(formats),
        default=formats[0],
        help=f"{', '.join(formats)} (default {formats[0]})"
        + ("; ics: a calendar file, needs the ics extra" if "ics" in formats else "")
        + (
            "; fit: a FIT workout file per session in --out DIR, needs the fit extra"
            if "fit" in formats
            else ""
        ),
    )


def _start(sub: argparse.ArgumentParser, runs: bool = False) -> None:
    sub.add_argument(
        "--start",
        metavar="YYYY-MM-DD",
        help="with --format ics or fit: the Monday the first week starts on (default: the "
        "next Monday after today"
        + (
            "; with --runs, the first week read). With --runs, also the first week read"
            if runs
            else ")"
        ),
    )


def _runs(sub: argparse.ArgumentParser, what: str, instead: str) -> None:
    sub.add_argument(
        "--runs",
        metavar="FILE.ics",
        help=f"{what}, read from a running calendar (iCalendar; needs the ics extra); "
        f"not with {instead}. How each event was read goes to standard error",
    )
    sub.add_argument(
        "--quiet", action="store_true", help="with --runs: say nothing on how it was read"
    )


def _exports(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--tz",
        metavar="ZONE",
        help="an IANA time zone (Europe/London): --runs reads UTC times in it, and "
        "--format ics --at times are in it",
    )
    sub.add_argument(
        "--out", metavar="DIR", help="with --format fit: the folder to write the files to"
    )
    ics = sub.add_argument_group("with --format ics")
    ics.add_argument(
        "--calendar-id",
        metavar="TEXT",
        help="whose calendar: the same for every export meant to update the same events",
    )
    ics.add_argument(
        "--at",
        metavar="HH:MM",
        help="the time sessions start, or per weekday: tue=18:30,sat=09:00 (default all-day)",
    )
    ics.add_argument(
        "--reminder", metavar="MINUTES", help="a reminder this many minutes before each session"
    )
    ics.add_argument(
        "--stamp",
        metavar="now|DATETIME",
        help="the time of this export (now, or 2026-11-28T19:40:00Z); the version follows",
    )
    ics.add_argument("--sequence", metavar="N", help="the version of this export, 0 up")
    ics.add_argument(
        "--previous",
        metavar="FILE",
        help="the WeekPlan or Block an earlier export was made from: its sessions this "
        "plan lacks are cancelled",
    )
    ics.add_argument(
        "--previous-start",
        metavar="YYYY-MM-DD",
        help="the Monday --previous was exported from (default --start)",
    )


def _block_settings(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--block-settings",
        metavar="FILE",
        help="deloads, taper and ramp, a BlockSettings document (default: the documented ones)",
    )


def _add(
    sub: argparse._SubParsersAction[_Parser], name: str, summary: str, description: str
) -> argparse.ArgumentParser:
    return sub.add_parser(
        name,
        help=summary,
        description=f"{description} {FILES}",
        epilog=EXIT_STATUS,
    )


def _planning(sub: argparse._SubParsersAction[_Parser]) -> None:
    plan = _add(
        sub,
        "plan",
        "plan a week of strength sessions",
        "Plan a week of strength sessions. Without files, plans for a built-in example "
        "runner (intermediate, home kit with dumbbells, hills goal) and week. --format "
        "json writes the WeekPlan document.",
    )
    _athlete(plan)
    _week(plan, "the running week (default: the built-in example)")
    _runs(plan, "the running week (the week of --start, else the first)", "--week")
    _format(plan, list(WEEK_FORMATS))
    _start(plan, runs=True)
    _exports(plan)
    block = _add(
        sub,
        "block",
        "plan a season of weeks",
        "Plan a block: one week plan per running week, with phases, deloads and a taper "
        "into the last race. --format json writes the Block document.",
    )
    _athlete(block)
    block.add_argument(
        "--weeks", metavar="FILE", help="the running weeks, 1 to 52, in order (or --runs)"
    )
    _runs(block, "the running weeks (from --start, if given)", "--weeks")
    block.add_argument(
        "--race",
        metavar="YYYY-MM-DD",
        help="with --runs: the race day; the weeks are read through its week",
    )
    _block_settings(block)
    _format(block, list(BLOCK_FORMATS))
    _start(block, runs=True)
    _exports(block)
    upcoming = _add(
        sub,
        "next",
        "plan the coming week of a season from what was done",
        "Plan the coming week of a season from the weeks done so far (their running, "
        "plans and logs) and the running weeks still to come. --format json writes the "
        "WeekPlan document.",
    )
    _athlete(upcoming)
    _week(upcoming, "the coming running week (default: the built-in example)")
    upcoming.add_argument(
        "--history", metavar="FILE", help="the weeks done, oldest first: WeekRecord documents"
    )
    upcoming.add_argument(
        "--upcoming", metavar="FILE", help="the running weeks after it: RunningWeek documents"
    )
    _block_settings(upcoming)
    _format(upcoming, list(WEEK_FORMATS))
    _start(upcoming)
    _exports(upcoming)


def _checking(sub: argparse._SubParsersAction[_Parser]) -> None:
    progress = _add(
        sub,
        "progress",
        "progress a plan from logs",
        "Progress a week plan from what was done (--plan and --logs), or one prescription "
        "from one log (--prescription and --log). --format json writes, for a week, "
        '{"plan": WeekPlan, "steps": [Progression, ...]}, and for one prescription the '
        "Progression document.",
    )
    progress.add_argument("--plan", metavar="FILE", help="the week that was done: a WeekPlan")
    progress.add_argument("--logs", metavar="FILE", help="what was done: ExerciseLog documents")
    progress.add_argument("--prescription", metavar="FILE", help="one Prescription document")
    progress.add_argument("--log", metavar="FILE", help="its ExerciseLog document")
    _athlete(progress, "the exercises stand in for the athlete")
    progress.add_argument(
        "--history", metavar="FILE", help="earlier logs, oldest first: ExerciseLog documents"
    )
    _week(progress, "the running week to show the next week's plan around, as text")
    _format(progress, ["text", "json"])
    validate = _add(
        sub,
        "validate",
        "check a plan or block against the rules",
        "Check a WeekPlan or Block document against the rules and list what it breaks, "
        "errors first. --format json writes a JSON array of Violation documents.",
    )
    validate.add_argument("file", metavar="FILE", help="the plan or block to check")
    validate.add_argument(
        "--type",
        choices=["auto", "WeekPlan", "Block"],
        default="auto",
        help="what FILE holds (default auto: a Block when it has weeks, else a WeekPlan)",
    )
    _athlete(validate)
    _week(validate, "the running week of a week plan (default: the built-in example)")
    _block_settings(validate)
    _format(validate, ["text", "markdown", "json"])


def _data(sub: argparse._SubParsersAction[_Parser]) -> None:
    exercises = _add(sub, "exercises", "list the exercise catalog", "List the exercise catalog.")
    exercises.add_argument(
        "--equipment",
        metavar="KIT",
        action="append",
        help="only exercises this kit allows: kits (none, home, gym) and items such as "
        "dumbbell, comma-separated; repeat to add more",
    )
    exercises.add_argument("--level", choices=[str(lv) for lv in Level])
    exercises.add_argument("--json", action="store_true", help="print Exercise documents")
    exercise = _add(sub, "exercise", "show one exercise", "Show one exercise of the catalog.")
    exercise.add_argument("id", metavar="ID", help="its id, name or alias")
    _format(exercise, ["text", "markdown", "json"])
    schema = _add(
        sub, "schema", "print a document's JSON Schema", "Print the JSON Schema of a document."
    )
    schema.add_argument("type", metavar="TYPE", help="a value type, such as WeekPlan")
    batch = _add(
        sub,
        "batch",
        "plan many weeks: JSON Lines in and out",
        'Plan many weeks: each input line {"athlete": Athlete, "week": RunningWeek}, each '
        "output line that week's WeekPlan document, in input order. A bad line is skipped "
        "with its problems on standard error (FILE: line N: $.path: ...), and the command "
        "then exits with status 2. A progress bar shows on standard error when it is a "
        "terminal.",
    )
    batch.add_argument(
        "file", metavar="FILE", nargs="?", default="-", help="the requests (default -)"
    )


def parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    top = _Parser(
        prog="runstrength",
        description="Plan strength training around a runner's week.",
        epilog=EXIT_STATUS,
    )
    top.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    sub = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _planning(sub)
    _checking(sub)
    _data(sub)
    return top
