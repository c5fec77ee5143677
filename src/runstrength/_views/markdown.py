"""Markdown views of week plans and blocks, for documents and notebooks.

:func:`~runstrength.render_week` and :func:`~runstrength.render_block` call these with
``style="markdown"``.
"""

from __future__ import annotations

from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.plan import Routine, Session, Violation, WeekPlan
from runstrength._model.vocab import Weekday
from runstrength._model.week import RunningWeek
from runstrength._views.escape import markdown
from runstrength._views.wording import (
    block_rows,
    day_sessions,
    dose_parts,
    exercise_name,
    load_advice,
    runs_words,
    violation_head,
    where,
)

__all__ = ["block_markdown", "violation_markdown", "week_markdown"]


def _routine(title: str, routine: Routine | None) -> list[str]:
    if routine is None:
        return []
    steps = " ".join(markdown(step) for step in routine.steps)
    return [f"**{title} ({routine.minutes} min):** {steps}", ""]


def _session(session: Session, catalog: Catalog) -> list[str]:
    lines = [f"### {session.day.title}: {session.focus} session, {where(session.placement)}", ""]
    lines += _routine("Warm-up", session.warm_up)
    lines += [
        "| # | Exercise | Sets × amount | Rest | Effort | Why |",
        "|---|---|---|---|---|---|",
    ]
    for number, item in enumerate(session.exercises, 1):
        amount, rest, effort = dose_parts(item.dose)
        if item.choose_load:
            effort += f"; {load_advice(item.dose)}"
        name = markdown(exercise_name(catalog, item.exercise))
        why = markdown(item.reason.text) if item.reason else "—"
        lines.append(f"| {number} | {name} | {amount} | {rest} | {effort} | {why} |")
    lines.append("")
    lines += _routine("Cool-down", session.cool_down)
    if session.reasons:
        lines += ["**Why:**", ""]
        lines += [f"- {markdown(reason.text)}" for reason in session.reasons]
        lines.append("")
    return lines


def week_markdown(plan: WeekPlan, week: RunningWeek, catalog: Catalog) -> str:
    """A week as Markdown: a table of days, each session in full, free days and shortfalls."""
    lines = ["| Day | Runs | Strength |", "|---|---|---|"]
    lines += [f"| {d.title} | {runs_words(week[d])} | {day_sessions(plan, d)} |" for d in Weekday]
    lines.append("")
    for session in plan.sessions:
        lines += _session(session, catalog)
    free = [d for d in plan.decisions if d.focus is None]
    if free:
        lines += ["### Days without a session", ""]
        lines += [f"- **{d.day.title}:** {markdown(d.reason.text)}" for d in free]
        lines.append("")
    if plan.shortfalls:
        lines += ["### Shortfalls", ""]
        lines += [f"- {markdown(s.text)}" for s in plan.shortfalls]
        lines.append("")
    return "\n".join(lines)


def block_markdown(block: Block) -> str:
    """A block as a Markdown table: each week's number, phase, sets, sessions and why."""
    lines = ["| Week | Phase | Sets | Sessions | Why |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(row[:4])} | {markdown(row[4])} |" for row in block_rows(block)]
    return "\n".join(lines) + "\n"


def violation_markdown(violation: Violation) -> str:
    r"""A rule break as one line of Markdown, for a list of notes under a week.

    >>> import runstrength as rs
    >>> print(violation_markdown(rs.Violation(code="RS201", rule="r", severity="warning",
    ...                                       message="<b>Too</b> | long", day="mon")))
    RS201 warning [mon]: &lt;b&gt;Too&lt;/b&gt; \| long
    """
    return f"{violation_head(violation)}: {markdown(violation.message)}"
