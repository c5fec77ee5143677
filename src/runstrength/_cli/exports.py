"""The options of the dated formats: the calendar export's, and the folder FIT files go to.

Each value is checked where it is read, so a bad one is one line naming its option
(``--at: '25:00' is not ...``); a problem the export finds later (a ``--stamp`` past 2088,
say) is renamed from the library's keyword to its option by :func:`as_options`. The
calendar options are refused without ``--format ics``, ``--out`` without ``--format fit``.
``--stamp now`` reads the clock here, at the command's edge: the library never does.
"""

from __future__ import annotations

import argparse
import datetime
import re
import zoneinfo
from collections.abc import Callable, Mapping

import attrs

from runstrength._cli.inputs import Problems, item, parse_json, start_date
from runstrength._cli.streams import read_document
from runstrength._model.block import Block
from runstrength._model.errors import InputError
from runstrength._model.plan import WeekPlan
from runstrength._model.vocab import Weekday

__all__ = ["CALENDAR_OPTIONS", "Export", "as_options", "check_zone", "export_options"]

CALENDAR_OPTIONS = (
    "--calendar-id",
    "--at",
    "--reminder",
    "--stamp",
    "--sequence",
    "--previous",
    "--previous-start",
)
"""The options only ``--format ics`` reads."""

_KEYWORDS = {
    "calendar_id": "--calendar-id",
    "previous_start": "--previous-start",
    "previous": "--previous",
    "reminder": "--reminder",
    "sequence": "--sequence",
    "stamp": "--stamp",
    "start": "--start",
    "at": "--at",
    "tz": "--tz",
}
"""The library's keywords, longest first among those sharing a start, to their options."""

_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


@attrs.frozen
class Export:
    """The options of a dated format, checked; the defaults are ``to_ics``'s own.

    Attributes:
        calendar_id: ``--calendar-id``: whose calendar the events are (``None``: the default).
        stamp: ``--stamp``: the time of the export, in UTC.
        sequence: ``--sequence``: the version of the export.
        previous: ``--previous``: the plan an earlier export was made from.
        previous_start: ``--previous-start``: the Monday it was exported from.
        at: ``--at``: one time of day, or a time per weekday.
        tz: ``--tz``, when the calendar's times are in it (given with ``--at``).
        reminder: ``--reminder``: how long before a session its reminder shows.
        out: ``--out``: the folder FIT files are written to.
    """

    calendar_id: str | None = None
    stamp: datetime.datetime | None = None
    sequence: int | None = None
    previous: WeekPlan | Block | None = None
    previous_start: datetime.date | None = None
    at: datetime.time | Mapping[Weekday | str, datetime.time] | None = None
    tz: str | None = None
    reminder: datetime.timedelta | None = None
    out: str | None = None


def as_options(exc: InputError) -> InputError:
    """``exc``, each problem that starts with a keyword of ``to_ics`` starting with its option."""
    renamed = []
    for problem in map(str, exc.problems):
        for keyword, option in _KEYWORDS.items():
            if problem.startswith((f"{keyword}:", f"{keyword}[", f"{keyword} ")):
                problem = option + problem[len(keyword) :]  # noqa: PLW2901
                break
        renamed.append(problem)
    return InputError(renamed)


def check_zone(text: str) -> str:
    """The ``--tz`` name, if the zone is known.

    Raises:
        InputError: It names no known time zone.
    """
    try:
        zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise InputError(
            f"--tz: {text!r} is not an IANA time zone name (e.g. Europe/Paris)"
        ) from None
    return text


def _time(text: str) -> datetime.time | None:
    found = _TIME.fullmatch(text.strip())
    return None if found is None else datetime.time(int(found[1]), int(found[2]))


def _at(text: str) -> datetime.time | dict[Weekday | str, datetime.time]:
    wrong = (
        f"--at: {text!r} is not a time of day like 18:30, or times by weekday like "
        "tue=18:30,sat=09:00"
    )
    if "=" not in text:
        time = _time(text)
        if time is None:
            raise InputError(wrong)
        return time
    times: dict[Weekday | str, datetime.time] = {}
    for part in text.split(","):
        name, _, value = part.partition("=")
        try:
            day = Weekday(name.strip().lower())
        except ValueError:
            days = ", ".join(d.value for d in Weekday)
            raise InputError(f"--at: {name.strip()!r} is not a weekday ({days})") from None
        time = _time(value)
        if time is None:
            raise InputError(wrong)
        if day in times:
            raise InputError(f"--at: {day.value} is given twice")
        times[day] = time
    return times


def _whole(option: str, text: str, top: int, what: str) -> int:
    digits = text.strip()
    number = int(digits) if digits.isascii() and digits.isdigit() and len(digits) < 20 else -1
    if not 0 <= number <= top:
        raise InputError(f"{option}: {text!r} is not {what} from 0 to {top}")
    return number


def _stamp(text: str, now: Callable[[], datetime.datetime]) -> datetime.datetime:
    if text == "now":
        return now()
    try:
        stamp = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--stamp: {text!r} is not now or a date and time like 2026-11-28T19:40:00Z"
        ) from None
    if stamp.utcoffset() is None:
        raise InputError(f"--stamp: {text!r} has no time zone; add one, as in 2026-11-28T19:40:00Z")
    return stamp


def _previous(path: str) -> WeekPlan | Block:
    text = read_document(path, "--previous")
    try:
        data = parse_json(text)
        kind: type[WeekPlan] | type[Block] = (
            Block if isinstance(data, dict) and "weeks" in data else WeekPlan
        )
        return item(kind, data, "$")
    except InputError as exc:
        raise InputError([f"--previous {path}: {p}" for p in exc.problems]) from None


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)  # the command may read the clock


def _calendar(
    args: argparse.Namespace,
    problems: Problems,
    now: Callable[[], datetime.datetime],
    tz: str | None,
) -> Export:
    def read(option: str, parse: Callable[[str], object]) -> object:
        text = getattr(args, option.lstrip("-").replace("-", "_"))
        return None if text is None else problems.attempt(lambda: parse(text))

    from runstrength._views.icsoptions import MAX_REMINDER, MAX_SEQUENCE  # noqa: PLC0415  # calendars only

    at = read("--at", _at)
    path = problems.path("--previous")
    previous = None if path is None else problems.attempt(lambda: _previous(path))
    if args.previous_start is not None and args.previous is None:
        problems.lines.append("--previous-start: only used with --previous")
    previous_start = read("--previous-start", _monday)
    most = MAX_REMINDER // datetime.timedelta(minutes=1)
    minutes = read("--reminder", lambda t: _whole("--reminder", t, most, "minutes"))
    sequence = read("--sequence", lambda t: _whole("--sequence", t, MAX_SEQUENCE, "a version"))
    stamp = read("--stamp", lambda t: _stamp(t, now))
    zone = tz if at is not None else None
    return Export(
        calendar_id=args.calendar_id,
        stamp=stamp if isinstance(stamp, datetime.datetime) else None,
        sequence=sequence if isinstance(sequence, int) else None,
        previous=previous,
        previous_start=previous_start if isinstance(previous_start, datetime.date) else None,
        at=at if isinstance(at, datetime.time | dict) else None,
        tz=zone,
        reminder=None if not isinstance(minutes, int) else datetime.timedelta(minutes=minutes),
    )


def _monday(text: str) -> datetime.date:
    try:
        return start_date(text)
    except InputError as exc:
        lines = [f"--previous-start{str(p).removeprefix('--start')}" for p in exc.problems]
        raise InputError(lines) from None


def export_options(
    args: argparse.Namespace,
    problems: Problems,
    *,
    tz: str | None = None,
    reads_runs: bool = False,
    now: Callable[[], datetime.datetime] = _now,
) -> Export:
    """The options of the format asked for, checked; each problem noted in ``problems``.

    Args:
        args: The command's arguments.
        problems: Where each bad value is noted, one line naming its option.
        tz: The ``--tz`` zone, checked (``None`` when not given or not known).
        reads_runs: Whether ``--runs`` is given, which ``--tz`` may serve instead of ``--at``.
        now: The clock ``--stamp now`` reads.
    """
    given = [o for o in CALENDAR_OPTIONS if getattr(args, o[2:].replace("-", "_")) is not None]
    export = Export()
    if tz is not None and not reads_runs and (args.format != "ics" or args.at is None):
        problems.lines.append(
            "--tz: only used with --runs (to read the calendar) or with --format ics --at "
            "(all-day events have no time zone)"
        )
    if args.format == "ics":
        export = _calendar(args, problems, now, tz)
    else:
        problems.lines += [f"{option}: only used with --format ics" for option in given]
    if args.format == "fit":
        if args.out is None:
            problems.lines.append("--out: --format fit writes files; give the folder, --out DIR")
        export = attrs.evolve(export, out=args.out)
    elif args.out is not None:
        problems.lines.append("--out: only used with --format fit")
    return export
