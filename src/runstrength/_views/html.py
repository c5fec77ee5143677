"""Notebook (HTML) and plain-text views of week plans, sessions, blocks and exercises.

Every function here is pure: the same value gives the same text, byte for byte. Every piece
of text that comes from a value (names, reasons, cues) is HTML-escaped, so a user catalog
whose names hold ``<`` or ``&`` shows them as written. No IPython import is needed:
notebooks call the ``_repr_html_`` methods of the values, which delegate here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block, week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Routine, Session, WeekPlan
from runstrength._model.vocab import Equipment, Level, Phase, Weekday, ordered
from runstrength._views.text import _cell as _day_cell
from runstrength._views.text import _session_text, details_text

__all__ = [
    "block_html",
    "block_summary",
    "catalog_html",
    "catalog_summary",
    "catalog_text",
    "exercise_html",
    "exercise_text",
    "session_html",
    "session_text",
    "week_html",
    "week_text",
]

# Notebook front ends right-align table cells by default; names and doses read left to right.
_ALIGN = ' style="text-align:left;vertical-align:top"'
_TABLE = '<table style="border-collapse:collapse;margin:0.25em 0 0.75em 0">'
_NONE = "—"


# --------------------------------------------------------------------------- HTML pieces


def _e(text: object) -> str:
    """Escape any text for HTML (quotes too, so it is safe in attributes)."""
    return html.escape(str(text), quote=True)


def _words(item: object) -> str:
    """A vocabulary value as words: ``glute_medius`` -> ``glute medius``."""
    return str(item).replace("_", " ")


def _listing(items: Iterable[object]) -> str:
    return ", ".join(_words(i) for i in items) or _NONE


def _td(content: str) -> str:
    return f"<td{_ALIGN}>{content}</td>"


def _th(content: str) -> str:
    return f"<th{_ALIGN}>{content}</th>"


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], caption: str = "") -> str:
    """A table from escaped cell contents."""
    parts = [_TABLE]
    if caption:
        parts.append(f"<caption{_ALIGN}>{caption}</caption>")
    parts.append("<thead><tr>" + "".join(_th(h) for h in headers) + "</tr></thead>")
    parts.append("<tbody>")
    parts += ["<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows]
    parts.append("</tbody></table>")
    return "".join(parts)


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of labelled facts (labels and values already escaped)."""
    body = "".join(f"<tr>{_th(label)}{_td(value)}</tr>" for label, value in rows)
    return f"{_TABLE}<tbody>{body}</tbody></table>"


def _items(title: str, items: Iterable[str]) -> str:
    """A titled bullet list of plain text, or nothing when there are no items."""
    shown = [f"<li>{_e(item)}</li>" for item in items]
    if not shown:
        return ""
    return f"<p><strong>{_e(title)}</strong></p><ul>{''.join(shown)}</ul>"


def _wrap(body: str) -> str:
    return f'<div class="runstrength">{body}</div>'


# --------------------------------------------------------------------------- doses


def _amount(dose: Dose) -> str:
    suffix = {"reps": "", "seconds": " s", "steps": " steps"}[dose.unit]
    side = " per side" if dose.per_side else ""
    return f"{dose.sets} × {dose.amount}{suffix}{side}"


def _dose_table(labels: Sequence[str], doses: Sequence[Dose], first: str) -> str:
    """Doses as rows: sets × amount, then load and tempo when any dose gives them."""
    loads = any(d.load_kg is not None for d in doses)
    tempos = any(d.tempo is not None for d in doses)
    headers = [first, "Sets × amount"]
    headers += ["Load"] * loads + ["Tempo"] * tempos + ["Rest", "Effort"]
    rows = []
    for label, dose in zip(labels, doses, strict=True):
        row = [label, _e(_amount(dose))]
        if loads:
            row.append(_NONE if dose.load_kg is None else _e(f"{dose.load_kg:g} kg"))
        if tempos:
            row.append(_NONE if dose.tempo is None else _e(dose.tempo))
        row.append(_e(f"{dose.rest_seconds} s"))
        row.append(_NONE if dose.rir is None else _e(f"{dose.rir} RIR"))
        rows.append(row)
    return _table(headers, rows)


# --------------------------------------------------------------------------- sessions


def _name(catalog: Catalog, exercise_id: str) -> str:
    found = catalog.get(exercise_id)
    return found.name if found is not None else exercise_id


def _where(session: Session) -> str:
    return "after the run" if session.placement.value == "after_run" else "on its own"


def _routine(title: str, routine: Routine | None) -> str:
    if routine is None:
        return ""
    head = f"<p><strong>{_e(title)}</strong> ({_e(routine.minutes)} min)</p>"
    steps = "".join(f"<li>{_e(step)}</li>" for step in routine.steps)
    return head + (f"<ul>{steps}</ul>" if steps else "")


def _session_body(session: Session, catalog: Catalog) -> str:
    title = f"{session.day.title}: {session.focus} session, {_where(session)}"
    parts = [f"<p><strong>{_e(title)}</strong></p>", _routine("Warm-up", session.warm_up)]
    items: Sequence[Prescription] = session.exercises
    if items:
        labels = [f"{n}. {_e(_name(catalog, p.exercise))}" for n, p in enumerate(items, 1)]
        parts.append(_dose_table(labels, [p.dose for p in items], "Exercise"))
    else:
        parts.append("<p>No exercises.</p>")
    parts.append(_routine("Cool-down", session.cool_down))
    parts.append(_items("Why", session.reasons))
    return "".join(parts)


def session_html(session: Session, *, catalog: Catalog | None = None) -> str:
    """A session as HTML: its day and focus, then a table of exercises and doses, then why.

    Args:
        session: The session.
        catalog: Where exercise names come from (default: the packaged catalog); an id the
            catalog does not hold is shown as it is.
    """
    return _wrap(_session_body(session, catalog or default_catalog()))


def session_text(session: Session, *, catalog: Catalog | None = None) -> str:
    """A session as lines of text, as :func:`~runstrength.render_week` shows it."""
    return "\n".join(_session_text(session, catalog or default_catalog()))


# --------------------------------------------------------------------------- weeks


def _placement(session: Session) -> str:
    return "after run" if session.placement.value == "after_run" else "standalone"


def _session_cell(session: Session) -> str:
    return f"<strong>{_e(session.focus)}</strong><br>{_e(_placement(session))}"


def week_html(plan: WeekPlan, *, catalog: Catalog | None = None) -> str:
    """A week plan as HTML: a Monday-to-Sunday grid, each session in full, then shortfalls.

    A week plan does not hold its runs, so the grid shows the strength sessions only.

    Args:
        plan: The week plan.
        catalog: Where exercise names come from (default: the packaged catalog).
    """
    catalog = catalog or default_catalog()
    cells = ["<br>".join(_session_cell(s) for s in plan.on(day)) or _NONE for day in Weekday]
    count = plan.session_count
    caption = f"{count} strength session{'s' * (count != 1)}"
    parts = [_table([d.title[:3] for d in Weekday], [cells], caption)]
    parts += [_session_body(session, catalog) for session in plan.sessions]
    free = [f"{d.day.title}: {d.reason}" for d in plan.decisions if d.focus is None]
    parts.append(_items("Days without a session", free))
    parts.append(_items("Shortfalls", plan.shortfalls))
    return _wrap("".join(parts))


def week_text(plan: WeekPlan, *, catalog: Catalog | None = None) -> str:
    """A week plan as text: the render_week layout without the runs it does not hold."""
    catalog = catalog or default_catalog()
    lines = ["Day  Strength", "---  ---------"]
    lines += [f"{d.title[:3]:<4} {_day_cell(plan, d)}" for d in Weekday]
    return "\n".join(lines + details_text(plan, catalog)) + "\n"


# --------------------------------------------------------------------------- blocks


def block_summary(block: Block) -> str:
    """A one-line summary: ``Block(16 weeks: 12 build, 3 deload, 1 race)``."""
    count = len(block.weeks)
    phases = ", ".join(
        f"{n} {phase}" for phase in Phase if (n := sum(p is phase for p in block.phases))
    )
    return f"Block({count} week{'s' * (count != 1)}: {phases})"


def block_html(block: Block) -> str:
    """A block as HTML: one row per week with its phase, sets, each day's runs and session.

    Args:
        block: The block.
    """
    reasons = block.reasons
    headers = ["Week", "Phase", "Sets", *(d.title[:3] for d in Weekday)]
    headers += ["Why"] * bool(reasons)
    rows = []
    for index, (plan, phase, running) in enumerate(
        zip(block.weeks, block.phases, block.running, strict=True)
    ):
        row = [str(index + 1), _e(phase), str(week_volume(plan))]
        for day in Weekday:
            runs = _e(", ".join(str(r) for r in running[day]) or "rest")
            sessions = [
                f"<strong>{_e(s.focus)}</strong> {_e(_placement(s))}, {len(s.exercises)} ex"
                for s in plan.on(day)
            ]
            row.append("<br>".join([runs, *sessions]))
        if reasons:
            row.append(_e(reasons[index]))
        rows.append(row)
    caption = _e(block_summary(block)[len("Block(") : -1])
    legend = (
        "<p>Each day: its runs, then the strength session: focus (in bold), placement and"
        " number of exercises.</p>"
    )
    return _wrap(_table(headers, rows, caption) + legend)


# --------------------------------------------------------------------------- exercises


def _equipment(groups: tuple[frozenset[Equipment], ...]) -> str:
    if not groups:
        return "bodyweight"
    return " + ".join(" or ".join(_words(e) for e in ordered(group)) for group in groups)


def _level(exercise: Exercise) -> str:
    level = exercise.level
    return str(level) if level is Level.advanced else f"{level} and up"


def _links(exercise: Exercise) -> list[tuple[str, str]]:
    return [
        (label, target)
        for label, target in (("Easier", exercise.easier), ("Harder", exercise.harder))
        if target is not None
    ]


def exercise_html(exercise: Exercise) -> str:
    """An exercise as HTML: what it trains and needs, its doses per level, cues and mistakes.

    Args:
        exercise: The exercise.
    """
    facts = [("Level", _e(_level(exercise)))]
    if exercise.aliases:
        facts.insert(0, ("Also called", _e(", ".join(exercise.aliases))))
    facts += [
        ("Equipment", _e(_equipment(exercise.equipment))),
        ("Primary muscles", _e(_listing(ordered(exercise.primary)))),
        ("Secondary muscles", _e(_listing(ordered(exercise.secondary)))),
        ("Patterns", _e(_listing(ordered(exercise.patterns)))),
    ]
    if exercise.avoid_with:
        facts.append(("Avoid with", _e(_listing(ordered(exercise.avoid_with)))))
    facts += [(label, f"<code>{_e(target)}</code>") for label, target in _links(exercise)]
    levels = list(exercise.doses)
    parts = [
        f"<p><strong>{_e(exercise.name)}</strong> <code>{_e(exercise.id)}</code></p>",
        _facts(facts),
        _dose_table([_e(lvl) for lvl in levels], [exercise.doses[lvl] for lvl in levels], "Level"),
        _items("Cues", exercise.cues),
        _items("Mistakes to watch for", exercise.mistakes),
    ]
    return _wrap("".join(parts))


def exercise_text(exercise: Exercise) -> str:
    """An exercise as a few lines of text: level, what it trains and needs, doses, links."""
    lines = [f"{exercise.name} ({exercise.id})", f"  Level: {_level(exercise)}"]
    muscles = _listing(ordered(exercise.primary))
    if exercise.secondary:
        muscles += f"; also {_listing(ordered(exercise.secondary))}"
    lines += [
        f"  Patterns: {_listing(ordered(exercise.patterns))}",
        f"  Muscles: {muscles}",
        f"  Equipment: {_equipment(exercise.equipment)}",
    ]
    if exercise.avoid_with:
        lines.append(f"  Avoid with: {_listing(ordered(exercise.avoid_with))}")
    links = _links(exercise)
    if links:
        shown = ", ".join(f"{label.lower()} {target}" for label, target in links)
        lines.append(f"  Variations: {shown}")
    lines.append("  Doses")
    width = max(len(str(level)) for level in exercise.doses)
    lines += [f"    {level!s:<{width}}  {dose}" for level, dose in exercise.doses.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- catalogs


def catalog_summary(catalog: Catalog) -> str:
    """A one-line summary: ``Catalog(49 exercises)``."""
    count = len(catalog)
    return f"Catalog({count} exercise{'s' * (count != 1)})"


def _catalog_row(exercise: Exercise) -> tuple[str, str, str, str, str]:
    return (
        exercise.id,
        exercise.name,
        str(exercise.level),
        _equipment(exercise.equipment),
        _listing(ordered(exercise.patterns)),
    )


def catalog_html(catalog: Catalog) -> str:
    """A catalog as an HTML table of its exercises, in catalog order.

    Args:
        catalog: The catalog.
    """
    caption = _e(catalog_summary(catalog)[len("Catalog(") : -1])
    headers = ["Id", "Name", "Level", "Equipment", "Patterns"]
    rows = [
        [f"<code>{_e(cells[0])}</code>", *(_e(c) for c in cells[1:])]
        for cells in map(_catalog_row, catalog)
    ]
    return _wrap(_table(headers, rows, caption))


def catalog_text(catalog: Catalog) -> str:
    """A catalog as aligned lines of text: id, name, level, equipment and patterns."""
    rows = [("Id", "Name", "Level", "Equipment", "Patterns"), *map(_catalog_row, catalog)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"Catalog of {catalog_summary(catalog)[len('Catalog(') : -1]}"]
    lines += [
        "  " + "  ".join(f"{c:<{w}}" for c, w in zip(row[:4], widths, strict=True)) + f"  {row[4]}"
        for row in rows
    ]
    return "\n".join(lines) + "\n"
