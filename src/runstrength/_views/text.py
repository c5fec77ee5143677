"""Plain text and Markdown views of week plans and blocks, for terminals, logs and notebooks."""

from __future__ import annotations

from typing import Literal

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block, week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.vocab import Weekday
from runstrength._model.week import RunningWeek

__all__ = ["render_block", "render_week"]

Style = Literal["text", "markdown"]


def _runs(week: RunningWeek, day: Weekday) -> str:
    return ", ".join(str(r) for r in week[day]) or "rest"


def _cell(plan: WeekPlan, day: Weekday) -> str:
    sessions = plan.on(day)
    if not sessions:
        return "—"
    return ", ".join(f"{s.focus} ({s.placement.value.replace('_', ' ')})" for s in sessions)


def _dose_parts(item: Prescription) -> tuple[str, str, str]:
    dose = item.dose
    suffix = {"reps": "", "seconds": " s", "steps": " steps"}[dose.unit]
    amount = f"{dose.sets} × {dose.amount}{suffix}{' /side' if dose.per_side else ''}"
    if dose.load_kg is not None:
        amount += f" @ {dose.load_kg:g} kg"
    if dose.tempo is not None:
        amount += f", tempo {dose.tempo}"
    effort = f"{dose.rir} RIR" if dose.rir is not None else "quality reps"
    return amount, f"rest {dose.rest_seconds} s", effort


def _name(catalog: Catalog, exercise_id: str) -> str:
    found = catalog.get(exercise_id)
    return found.name if found is not None else exercise_id


def _session_text(session: Session, catalog: Catalog) -> list[str]:
    where = "after the run" if session.placement.value == "after_run" else "on its own"
    lines = [f"{session.day.title}: {session.focus} session, {where}"]
    if session.warm_up is not None:
        lines.append(f"  Warm-up ({session.warm_up.minutes} min)")
        lines += [f"    - {step}" for step in session.warm_up.steps]
    width = max((len(_name(catalog, p.exercise)) for p in session.exercises), default=0)
    for number, item in enumerate(session.exercises, 1):
        amount, rest, effort = _dose_parts(item)
        name = _name(catalog, item.exercise)
        lines.append(f"  {number}. {name:<{width}}  {amount:<28} {rest:<16} {effort}")
    if session.cool_down is not None:
        lines.append(f"  Cool-down ({session.cool_down.minutes} min)")
        lines += [f"    - {step}" for step in session.cool_down.steps]
    if session.reasons:
        lines.append("  Why")
        lines += [f"    - {reason}" for reason in session.reasons]
    return lines


def _session_markdown(session: Session, catalog: Catalog) -> list[str]:
    where = "after the run" if session.placement.value == "after_run" else "on its own"
    lines = [f"### {session.day.title}: {session.focus} session, {where}", ""]
    if session.warm_up is not None:
        lines.append(
            f"**Warm-up ({session.warm_up.minutes} min):** " + " ".join(session.warm_up.steps)
        )
        lines.append("")
    lines += ["| # | Exercise | Sets × amount | Rest | Effort |", "|---|---|---|---|---|"]
    for number, item in enumerate(session.exercises, 1):
        amount, rest, effort = _dose_parts(item)
        lines.append(
            f"| {number} | {_name(catalog, item.exercise)} | {amount} | {rest} | {effort} |"
        )
    lines.append("")
    if session.cool_down is not None:
        lines.append(
            f"**Cool-down ({session.cool_down.minutes} min):** " + " ".join(session.cool_down.steps)
        )
        lines.append("")
    if session.reasons:
        lines.append("**Why:**")
        lines.append("")
        lines += [f"- {reason}" for reason in session.reasons]
        lines.append("")
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
        return _markdown(plan, week, catalog)
    if style != "text":
        raise ValueError(f"render_week: style must be 'text' or 'markdown', not {style!r}")
    lines = ["Day  Runs                      Strength", "---  ------------------------  ---------"]
    lines += [f"{d.title[:3]:<4} {_runs(week, d):<25} {_cell(plan, d)}" for d in Weekday]
    return "\n".join(lines + details_text(plan, catalog)) + "\n"


def details_text(plan: WeekPlan, catalog: Catalog) -> list[str]:
    """What follows the grid in text: each session in full, free days, shortfalls."""
    lines: list[str] = []
    for session in plan.sessions:
        lines.append("")
        lines += _session_text(session, catalog)
    free = [d for d in plan.decisions if d.focus is None]
    if free:
        lines += ["", "Days without a session"]
        lines += [f"  {d.day.title[:3]}: {d.reason}" for d in free]
    if plan.shortfalls:
        lines += ["", "Shortfalls"]
        lines += [f"  - {s}" for s in plan.shortfalls]
    return lines


def _markdown(plan: WeekPlan, week: RunningWeek, catalog: Catalog) -> str:
    lines = ["| Day | Runs | Strength |", "|---|---|---|"]
    lines += [f"| {d.title} | {_runs(week, d)} | {_cell(plan, d)} |" for d in Weekday]
    lines.append("")
    for session in plan.sessions:
        lines += _session_markdown(session, catalog)
    free = [d for d in plan.decisions if d.focus is None]
    if free:
        lines += ["### Days without a session", ""]
        lines += [f"- **{d.day.title}:** {d.reason}" for d in free]
        lines.append("")
    if plan.shortfalls:
        lines += ["### Shortfalls", ""]
        lines += [f"- {s}" for s in plan.shortfalls]
        lines.append("")
    return "\n".join(lines)


def render_block(block: Block, *, style: Style = "text", catalog: Catalog | None = None) -> str:
    """Show a block as a table of weeks × sessions with each week's phase and reason.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.beginner)
    >>> b = rs.build_block(a, [rs.RunningWeek(sat="long")] * 2)
    >>> print(render_block(b).splitlines()[0])
    Week  Phase    Sets  Sessions
    """
    check_args(
        "render_block", block=(block, Block), style=(style, str), catalog=(catalog, Catalog, None)
    )
    catalog = catalog or default_catalog()

    def sessions(plan: WeekPlan) -> str:
        return (
            "; ".join(f"{s.day.title[:3]} {s.focus} ({len(s.exercises)} ex)" for s in plan.sessions)
            or "—"
        )

    rows = [
        (str(i), str(phase), str(week_volume(plan)), sessions(plan), reason)
        for i, (plan, phase, reason) in enumerate(
            zip(block.weeks, block.phases, block.reasons or [""] * len(block.weeks), strict=True),
            1,
        )
    ]
    if style == "markdown":
        lines = ["| Week | Phase | Sets | Sessions | Why |", "|---|---|---|---|---|"]
        lines += [f"| {' | '.join(row)} |" for row in rows]
        return "\n".join(lines) + "\n"
    if style != "text":
        raise ValueError(f"render_block: style must be 'text' or 'markdown', not {style!r}")
    width = max(len(row[3]) for row in rows)
    lines = [f"{'Week':<5} {'Phase':<8} {'Sets':<5} Sessions"]
    lines += [f"{r[0]:<5} {r[1]:<8} {r[2]:<5} {r[3]:<{width}}  {r[4]}" for r in rows]
    return "\n".join(lines) + "\n"
