"""How the command shows what it made: a week plan or a block, in the format asked for.

Each format is one function from a :class:`Shown` to the :class:`~runstrength._cli.streams.Output`
to print, listed in :data:`WEEK_FORMATS` and :data:`BLOCK_FORMATS`; a new format is one
more function and one more entry (and its name in the ``--format`` choices follows).
The views load on first use, so ``runstrength --help`` loads none of them.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import attrs

from runstrength._cli.exports import Export, as_options
from runstrength._cli.streams import Output, say
from runstrength._io.documents import to_json
from runstrength._model.block import Block
from runstrength._model.errors import InputError
from runstrength._model.plan import Violation, WeekPlan
from runstrength._model.week import RunningWeek

__all__ = ["BLOCK_FORMATS", "DATED", "WEEK_FORMATS", "Shown", "data_output", "json_output", "show"]


@attrs.frozen
class Shown:
    """What to show, and what a format may need to show it.

    Attributes:
        plan: A week plan or a block.
        format: The format's name, as ``--format`` gives it.
        week: The running week of a week plan; ``None`` for a block (it carries its own).
        start: The Monday of the first week, for formats with dates; ``None`` otherwise.
        notes: Violations to list after the plan in text and Markdown (warnings).
        export: The options of the calendar export and the folder of FIT files.
    """

    plan: WeekPlan | Block
    format: str
    week: RunningWeek | None = None
    start: datetime.date | None = None
    notes: tuple[Violation, ...] = ()
    export: Export = attrs.field(factory=Export)


def json_output(value: object) -> Output:
    """A value as the document :func:`~runstrength.to_json` writes, indented, one line end."""
    text = to_json(value, indent=2) + "\n"
    return Output(text, document=json.loads(text))


def data_output(data: object) -> Output:
    """Plain JSON data (a list of documents, say), indented, one line end."""
    return Output(json.dumps(data, indent=2, ensure_ascii=False) + "\n", document=data)


def _calendar(shown: Shown) -> Output:
    """The plan as a calendar; a problem ``to_ics`` finds with an option is one with its flag."""
    from runstrength._views.ics import to_ics  # noqa: PLC0415  # only calendars need it
    from runstrength._views.icsoptions import DEFAULT_CALENDAR_ID  # noqa: PLC0415  # likewise

    assert shown.start is not None  # the command reads --start for every calendar
    export = shown.export
    try:
        text = to_ics(
            shown.plan,
            start=shown.start,
            week=shown.week,
            calendar_id=DEFAULT_CALENDAR_ID if export.calendar_id is None else export.calendar_id,
            stamp=export.stamp,
            sequence=export.sequence,
            previous=export.previous,
            previous_start=export.previous_start,
            at=export.at,
            tz=export.tz,
            reminder=export.reminder,
        )
    except InputError as exc:
        raise as_options(exc) from None
    return Output(text, calendar=True)


def _fit(shown: Shown) -> Output:
    """Every session as a FIT file in the ``--out`` folder; the paths written, one a line."""
    from runstrength._views.fit import fit_files  # noqa: PLC0415  # only FIT output needs it

    assert shown.start is not None  # the command reads --start for every dated format
    assert shown.export.out is not None  # and refuses --format fit without --out
    try:
        files = fit_files(shown.plan, start=shown.start)
    except InputError as exc:
        # A session's date a FIT file cannot hold is a problem with --start.
        problems = [str(p) for p in as_options(exc).problems]
        where = f"--start {shown.start.isoformat()}: "
        raise InputError([p if p.startswith("--") else where + p for p in problems]) from None
    folder = Path(shown.export.out)
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
            written.append(f"{folder / name}\n")
    except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character in it
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        say(f"--out {shown.export.out}: cannot write the FIT files ({reason})")
        return Output("".join(written), status=lambda: 1)
    return Output("".join(written))


def _notes(shown: Shown) -> str:
    if not shown.notes:
        return ""
    if shown.format == "text":
        return "\nNotes\n" + "".join(f"  - {v}\n" for v in shown.notes)
    from runstrength._views.markdown import violation_markdown  # noqa: PLC0415  # only notes need it

    return "\n### Notes\n\n" + "".join(f"- {violation_markdown(v)}\n" for v in shown.notes)


def _style(shown: Shown) -> Literal["text", "markdown"]:
    return "markdown" if shown.format == "markdown" else "text"


def _week_text(shown: Shown) -> Output:
    from runstrength._views.text import render_week  # noqa: PLC0415  # only text output needs it

    assert isinstance(shown.plan, WeekPlan)
    week = shown.week if shown.week is not None else RunningWeek()
    return Output(render_week(shown.plan, week, style=_style(shown)) + _notes(shown))


def _block_text(shown: Shown) -> Output:
    from runstrength._views.text import render_block  # noqa: PLC0415  # only text output needs it

    assert isinstance(shown.plan, Block)
    return Output(render_block(shown.plan, style=_style(shown)) + _notes(shown))


def _document(shown: Shown) -> Output:
    return json_output(shown.plan)


WEEK_FORMATS: dict[str, Callable[[Shown], Output]] = {
    "text": _week_text,
    "markdown": _week_text,
    "json": _document,
    "ics": _calendar,
    "fit": _fit,
}
"""The formats a week plan is shown in, the first the default."""

BLOCK_FORMATS: dict[str, Callable[[Shown], Output]] = {
    "text": _block_text,
    "markdown": _block_text,
    "json": _document,
    "ics": _calendar,
    "fit": _fit,
}
"""The formats a block is shown in, the first the default."""

DATED = frozenset({"ics", "fit"})
"""The formats that put the plan on dates, and so read ``--start``."""


def show(shown: Shown) -> Output:
    """The output for ``shown`` in its format.

    Raises:
        InputError: The plan cannot be shown from ``shown.start`` (too close to the last date).
        MissingExtraError: The format needs an optional extra that is not installed.
    """
    formats = BLOCK_FORMATS if isinstance(shown.plan, Block) else WEEK_FORMATS
    return formats[shown.format](shown)
