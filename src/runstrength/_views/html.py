"""Notebook (HTML) views of week plans, sessions, blocks, exercises and catalogs.

Every function here is pure: the same value gives the same HTML, byte for byte. Every piece
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
from runstrength._model.plan import Prescription, Routine, Session, Violation, WeekPlan
from runstrength._model.vocab import Weekday, ordered
from runstrength._model.week import RunningWeek
from runstrength._views.escape import one_line
from runstrength._views.text import catalog_row, violation_text
from runstrength._views.wording import (
    NONE,
    block_phases,
    equipment_words,
    exercise_name,
    kg,
    level_words,
    listing,
    load_advice,
    plural,
    runs_words,
    sets_and_amount,
    variations,
    where,
    words,
)

__all__ = [
    "block_html",
    "catalog_html",
    "exercise_html",
    "session_html",
    "violation_html",
    "week_html",
]

# Notebook front ends right-align table cells by default; names and doses read left to right.
_ALIGN = ' style="text-align:left;vertical-align:top"'
_TABLE = '<table style="border-collapse:collapse;margin:0.25em 0 0.75em 0">'


# --------------------------------------------------------------------------- HTML pieces


def _e(text: object) -> str:
    """Escape any text for HTML (quotes too, so it is safe in attributes), on one line."""
    return html.escape(one_line(text), quote=True)


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


def _dose_table(labels: Sequence[str], doses: Sequence[Dose], first: str) -> str:
    """Doses as rows: sets × amount, then load and tempo when any dose gives them."""
    loads = any(d.load_kg is not None for d in doses)
    tempos = any(d.tempo is not None for d in doses)
    headers = [first, "Sets × amount"]
    headers += ["Load"] * loads + ["Tempo"] * tempos + ["Rest", "Effort"]
    rows = []
    for label, dose in zip(labels, doses, strict=True):
        row = [label, _e(sets_and_amount(dose))]
        if loads:
            row.append(NONE if dose.load_kg is None else _e(kg(dose.load_kg)))
        if tempos:
            row.append(NONE if dose.tempo is None else _e(dose.tempo))
        row.append(_e(f"{dose.rest_seconds} s"))
        row.append(NONE if dose.rir is None else _e(f"{dose.rir} RIR"))
        rows.append(row)
    return _table(headers, rows)


# --------------------------------------------------------------------------- sessions


def _routine(title: str, routine: Routine | None) -> str:
    if routine is None:
        return ""
    head = f"<p><strong>{_e(title)}</strong> ({_e(routine.minutes)} min)</p>"
    steps = "".join(f"<li>{_e(step)}</li>" for step in routine.steps)
    return head + (f"<ul>{steps}</ul>" if steps else "")


def _session_body(session: Session, catalog: Catalog) -> str:
    title = f"{session.day.title}: {session.focus} session, {where(session.placement)}"
    parts = [f"<p><strong>{_e(title)}</strong></p>", _routine("Warm-up", session.warm_up)]
    items: Sequence[Prescription] = session.exercises
    if items:
        labels = [f"{n}. {_e(exercise_name(catalog, p.exercise))}" for n, p in enumerate(items, 1)]
        parts.append(_dose_table(labels, [p.dose for p in items], "Exercise"))
        notes = [
            f"{exercise_name(catalog, p.exercise)}: {load_advice(p.dose)}."
            for p in items
            if p.choose_load
        ]
        notes += [
            f"{exercise_name(catalog, p.exercise)}: {p.reason.text}" for p in items if p.reason
        ]
        if notes:
            parts.append(_items("Each exercise", notes))
    else:
        parts.append("<p>No exercises.</p>")
    parts.append(_routine("Cool-down", session.cool_down))
    parts.append(_items("Why", (r.text for r in session.reasons)))
    return "".join(parts)


def session_html(session: Session, *, catalog: Catalog | None = None) -> str:
    """A session as HTML: its day and focus, then a table of exercises and doses, then why.

    Args:
        session: The session.
        catalog: Where exercise names come from (default: the packaged catalog); an id the
            catalog does not hold is shown as it is.
    """
    return _wrap(_session_body(session, catalog or default_catalog()))


# --------------------------------------------------------------------------- weeks


def _session_cell(session: Session) -> str:
    return f"<strong>{_e(session.focus)}</strong><br>{_e(words(session.placement))}"


def _grid_with_runs(plan: WeekPlan, week: RunningWeek) -> str:
    """One column a day, Monday first: a row of the day's runs, then its strength session."""
    runs = [_e(runs_words(week[day])) for day in Weekday]
    sessions = ["<br>".join(_session_cell(s) for s in plan.on(day)) or NONE for day in Weekday]
    caption = f"{plural(week.run_count, 'run')}, {plural(plan.session_count, 'strength session')}"
    headers = ["", *(d.title[:3] for d in Weekday)]
    rows = [["<strong>Runs</strong>", *runs], ["<strong>Strength</strong>", *sessions]]
    return _table(headers, rows, caption)


def week_html(
    plan: WeekPlan, *, week: RunningWeek | None = None, catalog: Catalog | None = None
) -> str:
    """A week plan as HTML: a Monday-to-Sunday grid, each session in full, then shortfalls.

    A week plan does not hold its runs: given the running week it was planned around, the
    grid shows each day's runs above its strength session (with its placement: after the
    run or standalone); without it, the strength sessions only.

    Args:
        plan: The week plan.
        week: The running week the plan was built for, to show its runs in the grid.
        catalog: Where exercise names come from (default: the packaged catalog).
    """
    catalog = catalog or default_catalog()
    if week is None:
        cells = ["<br>".join(_session_cell(s) for s in plan.on(day)) or NONE for day in Weekday]
        caption = plural(plan.session_count, "strength session")
        parts = [_table([d.title[:3] for d in Weekday], [cells], caption)]
    else:
        parts = [_grid_with_runs(plan, week)]
    parts += [_session_body(session, catalog) for session in plan.sessions]
    free = [f"{d.day.title}: {d.reason.text}" for d in plan.decisions if d.focus is None]
    parts.append(_items("Days without a session", free))
    parts.append(_items("Shortfalls", (r.text for r in plan.shortfalls)))
    return _wrap("".join(parts))


def violation_html(violation: Violation) -> str:
    """A rule break as one HTML paragraph: its text (see ``str()``), escaped.

    Args:
        violation: The rule break.
    """
    return _wrap(f"<p>{_e(violation_text(violation))}</p>")


# --------------------------------------------------------------------------- blocks


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
            runs = _e(runs_words(running[day]))
            sessions = [
                f"<strong>{_e(s.focus)}</strong> {_e(words(s.placement))}, {len(s.exercises)} ex"
                for s in plan.on(day)
            ]
            row.append("<br>".join([runs, *sessions]))
        if reasons:
            row.append(_e(reasons[index].text))
        rows.append(row)
    caption = _e(block_phases(block))
    legend = (
        "<p>Each day: its runs, then the strength session: focus (in bold), placement and"
        " number of exercises.</p>"
    )
    return _wrap(_table(headers, rows, caption) + legend)


# --------------------------------------------------------------------------- exercises


def exercise_html(exercise: Exercise) -> str:
    """An exercise as HTML: what it trains and needs, its doses per level, cues and mistakes.

    Args:
        exercise: The exercise.
    """
    facts = [("Level", _e(level_words(exercise)))]
    if exercise.aliases:
        facts.insert(0, ("Also called", _e(", ".join(exercise.aliases))))
    facts += [
        ("Equipment", _e(equipment_words(exercise.equipment))),
        ("Primary muscles", _e(listing(ordered(exercise.primary)))),
        ("Secondary muscles", _e(listing(ordered(exercise.secondary)))),
        ("Patterns", _e(listing(ordered(exercise.patterns)))),
    ]
    if exercise.avoid_with:
        facts.append(("Avoid with", _e(listing(ordered(exercise.avoid_with)))))
    facts += [(label, f"<code>{_e(target)}</code>") for label, target in variations(exercise)]
    levels = list(exercise.doses)
    parts = [
        f"<p><strong>{_e(exercise.name)}</strong> <code>{_e(exercise.id)}</code></p>",
        _facts(facts),
        _dose_table([_e(lvl) for lvl in levels], [exercise.doses[lvl] for lvl in levels], "Level"),
        _items("Cues", exercise.cues),
        _items("Mistakes to watch for", exercise.mistakes),
    ]
    return _wrap("".join(parts))


# --------------------------------------------------------------------------- catalogs


def catalog_html(catalog: Catalog) -> str:
    """A catalog as an HTML table of its exercises, in catalog order.

    Args:
        catalog: The catalog.
    """
    caption = _e(plural(len(catalog), "exercise"))
    headers = ["Id", "Name", "Level", "Equipment", "Patterns"]
    rows = [
        [f"<code>{_e(cells[0])}</code>", *(_e(c) for c in cells[1:])]
        for cells in map(catalog_row, catalog)
    ]
    return _wrap(_table(headers, rows, caption))
