"""Notebook (HTML) views of the inputs and records around a plan, and of rule reports.

Athletes, running weeks, block settings, exercise logs, progressions, exclusions, week
records and reports: each as a small table, built from the pieces of
:mod:`runstrength._views.html`. Every function is pure, and every piece of text that comes
from a value (exercise ids, reasons, messages) is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.dose import kg
from runstrength._model.exclusion import Exclusion
from runstrength._model.logs import ExerciseLog, Progression, SetLog
from runstrength._model.plan import Prescription
from runstrength._model.report import Report
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Severity, Weekday, ordered
from runstrength._model.week import RunningWeek
from runstrength._views.html import _dose_table, _e, _facts, _grid_with_runs, _table, _wrap
from runstrength._views.text import report_caption
from runstrength._views.wording import (
    NONE,
    exercise_name,
    injury_name,
    listing,
    plural,
    runs_words,
    words,
)

__all__ = [
    "athlete_html",
    "block_settings_html",
    "exclusion_html",
    "exercise_log_html",
    "progression_html",
    "report_html",
    "running_week_html",
    "week_record_html",
]


def _title(text: str) -> str:
    return f"<p><strong>{_e(text)}</strong></p>"


def _named(catalog: Catalog, exercise_id: str) -> str:
    """An exercise's catalog name with its id: ``Step-up <code>step_up</code>``."""
    return f"{_e(exercise_name(catalog, exercise_id))} <code>{_e(exercise_id)}</code>"


def _prescription(label: str, item: Prescription, catalog: Catalog) -> str:
    """A prescription as a one-row dose table under a label."""
    name = _e(exercise_name(catalog, item.exercise))
    return f"<p>{_e(label)}</p>" + _dose_table([name], [item.dose], "Exercise")


# --------------------------------------------------------------------------- inputs


def athlete_html(athlete: Athlete) -> str:
    """An athlete as HTML: level, equipment, days, sessions, injuries, goals and lifts.

    Args:
        athlete: The athlete.
    """
    catalog = default_catalog()
    facts = [
        ("Level", _e(athlete.level)),
        ("Equipment", _e(listing(words(e) for e in ordered(athlete.equipment)))),
        ("Strength days", _e(listing(d.title for d in ordered(athlete.available_days)))),
        ("Sessions a week", _e(athlete.sessions_per_week)),
        ("Minutes a session", _e(athlete.session_minutes)),
        ("Injuries", _e(listing(injury_name(i) for i in ordered(athlete.injuries)))),
        ("Goals", _e(listing(words(g) for g in ordered(athlete.goals)))),
    ]
    parts = [_title("Athlete"), _facts(facts)]
    if athlete.lifts:
        rows = [
            [_named(catalog, name), _e(kg(lift.load_kg)), _e(lift.reps), _e(f"{lift.rir} RIR")]
            for name, lift in athlete.lifts.items()
        ]
        parts.append(_table(["Lift", "Load", "Reps", "Effort"], rows, "Recent lifts"))
    return _wrap("".join(parts))


def running_week_html(week: RunningWeek) -> str:
    """A running week as HTML: one column a day, Monday first, with that day's runs.

    Args:
        week: The running week.
    """
    runs = [_e(runs_words(week[day])) for day in Weekday]
    caption = _e(plural(week.run_count, "run"))
    return _wrap(_table([d.title[:3] for d in Weekday], [runs], caption))


def block_settings_html(settings: BlockSettings) -> str:
    """Block settings as HTML: each setting with what it does.

    Args:
        settings: The settings.
    """
    facts = [
        ("Deload every", _e(_weeks(settings.deload_every, none="never (no deloads)"))),
        ("Taper", _e(_weeks(settings.taper_weeks))),
        ("No strength-focus session", _e(f"{settings.taper_days} days before a goal race")),
        ("Beginner's ramp", _e(_weeks(settings.ramp_weeks, none="none"))),
        ("Hard sets rise at most", _e(f"{settings.max_rise_percent} % a week")),
        ("Cut-back week", _e(f"running down by {settings.cutback_percent} % or more")),
    ]
    return _wrap(_title("Block settings") + _facts(facts))


def _weeks(count: int, *, none: str = NONE) -> str:
    return plural(count, "week") if count else none


# --------------------------------------------------------------------------- records


def _amount(log: SetLog) -> str:
    done = [
        f"{value} {unit}"
        for value, unit in ((log.reps, "reps"), (log.seconds, "s"), (log.steps, "steps"))
        if value is not None
    ]
    return ", ".join(done)


def _log_rows(logs: Sequence[ExerciseLog], catalog: Catalog) -> list[list[str]]:
    rows = []
    for log in logs:
        sets = "<br>".join(
            _e(f"{n}. {_amount(s)}")
            + ("" if s.load_kg is None else _e(f" @ {kg(s.load_kg)}"))
            + ("" if s.rir is None else _e(f", {s.rir} RIR"))
            for n, s in enumerate(log.sets, 1)
        )
        rows.append(
            [
                _named(catalog, log.exercise),
                sets or NONE,
                _e(log.pain),
                "clean" if log.form_ok else "<strong>broke down</strong>",
                _e(listing(words(s) for s in log.symptoms)),
            ]
        )
    return rows


_LOG_HEADERS = ("Exercise", "Sets done", "Pain", "Form", "Symptoms")


def exercise_log_html(log: ExerciseLog) -> str:
    """An exercise log as HTML: the sets as done, pain, form and symptoms.

    Args:
        log: The log.
    """
    return _wrap(_title("Exercise log") + _table(_LOG_HEADERS, _log_rows([log], default_catalog())))


def progression_html(step: Progression) -> str:
    """A progression as HTML: what changes, why, and the next prescription.

    Args:
        step: The progression.
    """
    catalog = default_catalog()
    facts = [
        ("Exercise", _named(catalog, step.next.exercise)),
        ("Change", _e(words(step.change))),
        ("Why", _e(step.reason)),
    ]
    parts = [_title("Progression"), _facts(facts), _prescription("Next time", step.next, catalog)]
    return _wrap("".join(parts))


def exclusion_html(exclusion: Exclusion) -> str:
    """An exclusion as HTML: the exercise, the areas rested, what was removed and why.

    Args:
        exclusion: The exclusion.
    """
    catalog = default_catalog()
    removed = listing(exercise_name(catalog, e) for e in exclusion.removed)
    facts = [
        ("After", _named(catalog, exclusion.exercise)),
        ("Areas rested", _e(listing(injury_name(a) for a in exclusion.areas))),
        ("Taken out", _e(removed)),
        ("Why", _e(exclusion.reason)),
    ]
    parts = [_title("Exclusion"), _facts(facts)]
    if exclusion.test is None:
        parts.append("<p>No test: a doctor or physiotherapist clears it.</p>")
    else:
        parts.append(_prescription("Test with", exclusion.test, catalog))
    if exclusion.before is not None:
        parts.append(_prescription("Was doing", exclusion.before, catalog))
    return _wrap("".join(parts))


def week_record_html(record: WeekRecord) -> str:
    """A past week as HTML: its runs and sessions in one grid, then what was logged.

    The sessions in full are the plan's own view: ``record.plan`` in a notebook.

    Args:
        record: The week record.
    """
    catalog = default_catalog()
    parts = [_title("Week record"), _grid_with_runs(record.plan, record.week)]
    if record.logs:
        caption = _e(plural(len(record.logs), "exercise log"))
        parts.append(_table(_LOG_HEADERS, _log_rows(record.logs, catalog), caption))
    else:
        parts.append("<p>Nothing logged.</p>")
    return _wrap("".join(parts))


# --------------------------------------------------------------------------- reports


def report_html(report: Report) -> str:
    """A report as HTML: a verdict, then one row per violation, in the order found.

    Args:
        report: The report.
    """
    verdict = "OK: no error rule broken" if report.ok else "Not OK: the plan must change"
    title = _title(f"{verdict}. {report_caption(report)}" if report else report_caption(report))
    if not report:
        return _wrap(title)
    # Where no violation names a week, a day or an exercise, that column is left out.
    weeks = any(v.week is not None for v in report)
    days = any(v.day is not None for v in report)
    exercises = any(v.exercise is not None for v in report)
    headers = ["Code", "Severity", *["Week"] * weeks, *["Day"] * days]
    headers += ["Exercise"] * exercises + ["Rule", "Message"]
    rows = []
    for v in report:
        severity = _e(v.severity)
        if v.severity is Severity.error:
            severity = f"<strong>{severity}</strong>"
        row = [f"<code>{_e(v.code)}</code>", severity]
        if weeks:
            row.append(NONE if v.week is None else _e(v.week))
        if days:
            row.append(NONE if v.day is None else _e(v.day.title[:3]))
        if exercises:
            row.append(NONE if v.exercise is None else f"<code>{_e(v.exercise)}</code>")
        rows.append([*row, _e(v.rule), _e(v.message)])
    return _wrap(title + _table(headers, rows))
