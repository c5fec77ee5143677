"""Plain text views of week plans, sessions, blocks, exercises and catalogs, for terminals and logs.

``render_week`` and ``render_block`` give the text or the Markdown view (``markdown``); the
other functions are the text behind ``str()`` and the summaries behind ``repr()`` of blocks
and catalogs.
"""

from __future__ import annotations

from typing import Literal

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Routine, Session, Violation, WeekPlan
from runstrength._model.report import Report
from runstrength._model.vocab import Weekday, ordered
from runstrength._model.week import RunningWeek
from runstrength._views.escape import one_line
from runstrength._views.markdown import block_markdown, week_markdown
from runstrength._views.wording import (
    block_phases,
    block_rows,
    day_sessions,
    dose_parts,
    equipment_words,
    exercise_name,
    level_words,
    listing,
    load_advice,
    plural,
    runs_words,
    variations,
    violation_head,
    where,
)

__all__ = [
    "block_summary",
    "catalog_summary",
    "catalog_text",
    "exercise_text",
    "render_block",
    "render_week",
    "report_caption",
    "report_text",
    "session_text",
    "violation_text",
    "week_text",
]

Style = Literal["text", "markdown"]


# --------------------------------------------------------------------------- weeks


def _routine(title: str, routine: Routine | None) -> list[str]:
    if routine is None:
        return []
    steps = (f"    - {one_line(step)}" for step in routine.steps)
    return [f"  {title} ({routine.minutes} min)", *steps]


def _session_lines(session: Session, catalog: Catalog) -> list[str]:
    lines = [f"{session.day.title}: {session.focus} session, {where(session.placement)}"]
    lines += _routine("Warm-up", session.warm_up)
    names = [one_line(exercise_name(catalog, p.exercise)) for p in session.exercises]
    width = max(map(len, names), default=0)
    for number, (name, item) in enumerate(zip(names, session.exercises, strict=True), 1):
        amount, rest, effort = dose_parts(item.dose)
        lines.append(f"  {number}. {name:<{width}}  {amount:<28} {rest:<16} {effort}")
        if item.choose_load:
            lines.append(f"     Load: {load_advice(item.dose)}.")
        if item.reason:
            lines.append(f"     Why: {one_line(item.reason.text)}")
    lines += _routine("Cool-down", session.cool_down)
    if session.reasons:
        lines.append("  Why")
        lines += [f"    - {one_line(reason.text)}" for reason in session.reasons]
    return lines


def _details(plan: WeekPlan, catalog: Catalog) -> list[str]:
    """What follows the grid: each session in full, free days, shortfalls."""
    lines: list[str] = []
    for session in plan.sessions:
        lines.append("")
        lines += _session_lines(session, catalog)
    free = [d for d in plan.decisions if d.focus is None]
    if free:
        lines += ["", "Days without a session"]
        lines += [f"  {d.day.title[:3]}: {one_line(d.reason.text)}" for d in free]
    if plan.shortfalls:
        lines += ["", "Shortfalls"]
        lines += [f"  - {one_line(s.text)}" for s in plan.shortfalls]
    return lines


def render_week(
    plan: WeekPlan,
    week: RunningWeek,
    *,
    style: Style = "text",
    catalog: Catalog | None = None,
) -> str:
    """Show a week as a grid of days with runs and sessions, then each session in full.

    Args:
        plan: The strength sessions.
        week: The runs they sit around.
        style: ``"text"`` for terminals or ``"markdown"`` for documents and notebooks.
        catalog: Where exercise names come from (default: the packaged catalog).

    >>> import runstrength as rs
    >>> week = rs.RunningWeek(sun="long")
    >>> print(render_week(rs.WeekPlan(sessions=()), week).splitlines()[2])
    Mon  rest                      —
    """
    check_args(
        "render_week",
        plan=(plan, WeekPlan),
        week=(week, RunningWeek),
        style=(style, str),
        catalog=(catalog, Catalog, None),
    )
    catalog = catalog or default_catalog()
    if style == "markdown":
        return week_markdown(plan, week, catalog)
    if style != "text":
        raise ValueError(f"render_week: style must be 'text' or 'markdown', not {style!r}")
    lines = ["Day  Runs                      Strength", "---  ------------------------  ---------"]
    lines += [
        f"{d.title[:3]:<4} {runs_words(week[d]):<25} {day_sessions(plan, d)}" for d in Weekday
    ]
    return "\n".join(lines + _details(plan, catalog)) + "\n"


def session_text(session: Session, *, catalog: Catalog | None = None) -> str:
    """A session as lines of text, as :func:`~runstrength.render_week` shows it."""
    return "\n".join(_session_lines(session, catalog or default_catalog()))


def week_text(plan: WeekPlan, *, catalog: Catalog | None = None) -> str:
    """A week plan as text: the render_week layout without the runs it does not hold."""
    catalog = catalog or default_catalog()
    lines = ["Day  Strength", "---  ---------"]
    lines += [f"{d.title[:3]:<4} {day_sessions(plan, d)}" for d in Weekday]
    return "\n".join(lines + _details(plan, catalog)) + "\n"


def violation_text(violation: Violation) -> str:
    """A rule break in one line: code, severity, where (week, day, exercise) and message.

    >>> import runstrength as rs
    >>> violation_text(rs.Violation(code="RS201", rule="r", severity="warning",
    ...                             message="Too long.", day="mon", exercise="wall_sit"))
    'RS201 warning [mon wall_sit]: Too long.'
    """
    return f"{violation_head(violation)}: {one_line(violation.message)}"


# --------------------------------------------------------------------------- blocks


def render_block(block: Block, *, style: Style = "text", catalog: Catalog | None = None) -> str:
    """Show a block as a table of weeks × sessions with each week's phase and reason.

    Args:
        block: The block.
        style: ``"text"`` for terminals or ``"markdown"`` for documents and notebooks.
        catalog: Kept for symmetry with :func:`render_week`; the table names no exercise.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.beginner)
    >>> b = rs.build_block(a, [rs.RunningWeek(sat="long")] * 2)
    >>> print(render_block(b).splitlines()[0])
    Week  Phase    Sets  Sessions
    """
    check_args(
        "render_block", block=(block, Block), style=(style, str), catalog=(catalog, Catalog, None)
    )
    del catalog  # the table names sessions by focus, not exercises
    if style == "markdown":
        return block_markdown(block)
    if style != "text":
        raise ValueError(f"render_block: style must be 'text' or 'markdown', not {style!r}")
    rows = block_rows(block)
    width = max(len(row[3]) for row in rows)
    lines = [f"{'Week':<5} {'Phase':<8} {'Sets':<5} Sessions"]
    lines += [f"{r[0]:<5} {r[1]:<8} {r[2]:<5} {r[3]:<{width}}  {one_line(r[4])}" for r in rows]
    return "\n".join(lines) + "\n"


def block_summary(block: Block) -> str:
    """A one-line summary: ``Block(16 weeks: 12 build, 3 deload, 1 race)``."""
    return f"Block({block_phases(block)})"


# --------------------------------------------------------------------------- exercises


def exercise_text(exercise: Exercise) -> str:
    """An exercise as a few lines of text: level, what it trains and needs, doses, links."""
    lines = [f"{one_line(exercise.name)} ({exercise.id})", f"  Level: {level_words(exercise)}"]
    muscles = listing(ordered(exercise.primary))
    if exercise.secondary:
        muscles += f"; also {listing(ordered(exercise.secondary))}"
    lines += [
        f"  Patterns: {listing(ordered(exercise.patterns))}",
        f"  Muscles: {muscles}",
        f"  Equipment: {equipment_words(exercise.equipment)}",
    ]
    if exercise.avoid_with:
        lines.append(f"  Avoid with: {listing(ordered(exercise.avoid_with))}")
    links = variations(exercise)
    if links:
        shown = ", ".join(f"{label.lower()} {target}" for label, target in links)
        lines.append(f"  Variations: {shown}")
    lines.append("  Doses")
    width = max(len(str(level)) for level in exercise.doses)
    lines += [f"    {level!s:<{width}}  {dose}" for level, dose in exercise.doses.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- catalogs


def catalog_summary(catalog: Catalog) -> str:
    """A one-line summary: ``Catalog(61 exercises)``."""
    return f"Catalog({plural(len(catalog), 'exercise')})"


def catalog_row(exercise: Exercise) -> tuple[str, str, str, str, str]:
    """An exercise as a catalog listing shows it: id, name, level, equipment, patterns."""
    return (
        exercise.id,
        one_line(exercise.name),
        str(exercise.level),
        equipment_words(exercise.equipment),
        listing(ordered(exercise.patterns)),
    )


def catalog_text(catalog: Catalog) -> str:
    """A catalog as aligned lines of text: id, name, level, equipment and patterns."""
    rows = [("Id", "Name", "Level", "Equipment", "Patterns"), *map(catalog_row, catalog)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"Catalog of {plural(len(catalog), 'exercise')}"]
    lines += [
        "  " + "  ".join(f"{c:<{w}}" for c, w in zip(row[:4], widths, strict=True)) + f"  {row[4]}"
        for row in rows
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- reports


def report_caption(report: Report) -> str:
    """What a report found, in a few words: ``1 error, 2 warnings`` or ``No rule broken.``.

    >>> import runstrength as rs
    >>> report_caption(rs.Report())
    'No rule broken.'
    """
    if not report:
        return "No rule broken."
    return f"{plural(len(report.errors), 'error')}, {plural(len(report.warnings), 'warning')}"


def report_text(report: Report) -> str:
    """A report as text: how many errors and warnings, then one line per violation.

    >>> import runstrength as rs
    >>> print(report_text(rs.Report([rs.Violation(code="RS201", rule="r", severity="warning",
    ...                                           message="Too long.", day="mon")])))
    0 errors, 1 warning
    RS201 warning [mon]: Too long.
    """
    return "\n".join([report_caption(report), *(violation_text(v) for v in report)])
