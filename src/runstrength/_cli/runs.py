"""``--runs FILE.ics``: the running weeks read from a runner's running calendar.

``plan`` plans one week of it: the week ``--start`` names, else the first week read.
``block`` plans every week read, or with ``--race DATE`` the weeks through the race's
week, and says on standard error when that week holds no race. How each event was read
goes to standard error, one line per event left out, so standard output stays the plan;
``--quiet`` keeps it there.
"""

from __future__ import annotations

import argparse
import datetime

import attrs

from runstrength._cli.inputs import Problems
from runstrength._cli.streams import read_document, say
from runstrength._io.running_calendar import read_running_calendar
from runstrength._model.athlete import Athlete
from runstrength._model.calendar_in import CalendarReport
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import RunKind
from runstrength._model.week import RunningWeek

__all__ = ["Runs", "check_race", "race_day", "read_runs", "refuse_runs_with", "tell"]

_OPTIONS = {"ics": "", "start": "--start", "end": "--race", "tz": "--tz"}
"""Where the reader's problems are about, to the option that gave it (the file: none)."""


@attrs.frozen
class Runs:
    """The running weeks read from ``--runs``.

    Attributes:
        weeks: The weeks read, Monday to Sunday, in order.
        start: The Monday of the first of them.
        report: How each event was read.
        path: The file they were read from.
    """

    weeks: tuple[RunningWeek, ...]
    start: datetime.date
    report: CalendarReport
    path: str


def race_day(text: str) -> datetime.date:
    """The ``--race`` date.

    Raises:
        InputError: ``text`` is not a date.
    """
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--race: {text!r} is not a date like 2027-03-14") from None


def _problem(path: str, problem: Problem) -> str:
    option = _OPTIONS.get(problem.path)
    if option is None:
        return f"--runs {path}: {problem}"
    return f"{option or f'--runs {path}'}: {problem.message}"


def refuse_runs_with(args: argparse.Namespace, problems: Problems, option: str) -> None:
    """Note a problem when ``--runs`` is given with ``option``, or ``--race`` without it."""
    if args.runs is not None and getattr(args, option.lstrip("-")) is not None:
        problems.lines.append(
            f"--runs: not used with {option} (the running weeks are read from the calendar)"
        )
    if getattr(args, "race", None) is not None and args.runs is None:
        problems.lines.append("--race: only used with --runs")


def read_runs(
    args: argparse.Namespace,
    problems: Problems,
    *,
    start: datetime.date | None,
    end: datetime.date | None = None,
    tz: str | None = None,
) -> Runs | None:
    """The weeks ``--runs`` names, from ``start`` (a Monday) to ``end``, UTC times in ``tz``.

    Each problem is noted in ``problems``, starting with its option; ``None`` when the
    file names none or could not be read.

    Raises:
        MissingExtraError: The ``ics`` extra is not installed.
    """
    path = problems.path("--runs")
    if path is None:
        return None

    def read() -> Runs:
        text = read_document(path, "--runs")
        try:
            weeks, report = read_running_calendar(text, start=start, end=end, tz=tz)
        except InputError as exc:
            raise InputError([_problem(path, p) for p in exc.problems]) from None
        first = datetime.date.fromisoformat(report.start)
        return Runs(weeks, first, report, path)

    return problems.attempt(read)


def tell(runs: Runs, *, quiet: bool) -> None:
    """Say how the calendar was read on standard error: its counts, and each event left out."""
    if quiet:
        return
    head, *_ = str(runs.report).splitlines()
    say(f"--runs {runs.path}: {head}")
    for entry in runs.report.strength:
        say(f"--runs {runs.path}: {entry}")
    for entry in runs.report.left_out:
        say(f"--runs {runs.path}: {entry}")
    for note in runs.report.notes:
        say(f"--runs {runs.path}: {note}")


def around_calendar(runs: Runs, athlete: Athlete) -> Athlete | None:
    """The athlete for the first week read, around the calendar's strength sessions.

    ``None`` when the calendar already holds that week's strength sessions, which standard
    error then says, whatever ``--quiet`` says: the plan is empty on purpose.
    """
    fitted = runs.report.athlete_for(athlete, 0)
    if fitted is None:
        say(
            f"--runs {runs.path}: the calendar already holds this week's strength sessions "
            "(or leaves no day 48 hours from them): nothing more to plan"
        )
    return fitted


def check_race(runs: Runs, day: datetime.date) -> None:
    """Say on standard error when the last week read, the race's, holds no race run."""
    last = runs.weeks[-1] if runs.weeks else RunningWeek()
    if any(run.kind is RunKind.race for _, day_runs in last.items() for run in day_runs):
        return
    monday = day - datetime.timedelta(days=day.weekday())
    sunday = monday + datetime.timedelta(days=6)
    say(
        f"--race {day.isoformat()}: no race found in --runs {runs.path} in its week "
        f"({monday.isoformat()} to {sunday.isoformat()}); the block is planned through that "
        "week all the same"
    )
