"""Which view draws which value: the one entry point of :class:`~runstrength._model.shown.Shown`."""

from __future__ import annotations

from runstrength._model.athlete import Athlete
from runstrength._model.block import Block, BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.exclusion import Exclusion
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Session, Violation, WeekPlan
from runstrength._model.report import Report
from runstrength._model.season import WeekRecord
from runstrength._model.shown import Form
from runstrength._model.week import RunningWeek
from runstrength._views.html import (
    block_html,
    catalog_html,
    exercise_html,
    session_html,
    violation_html,
    week_html,
)
from runstrength._views.html_values import (
    athlete_html,
    block_settings_html,
    exclusion_html,
    exercise_log_html,
    progression_html,
    report_html,
    running_week_html,
    week_record_html,
)
from runstrength._views.text import (
    block_summary,
    catalog_summary,
    catalog_text,
    exercise_text,
    render_block,
    report_text,
    session_text,
    violation_text,
    week_text,
)

__all__ = ["html_of", "show", "summary_of", "text_of"]


def text_of(value: object) -> str:
    """The plain text of a value: what ``str()`` gives.

    Raises:
        TypeError: ``value`` has no text view.
    """
    match value:
        case Session():
            return session_text(value)
        case WeekPlan():
            return week_text(value)
        case Block():
            return render_block(value)
        case Exercise():
            return exercise_text(value)
        case Catalog():
            return catalog_text(value)
        case Violation():
            return violation_text(value)
        case Report():
            return report_text(value)
    raise TypeError(f"no text view for {type(value).__name__}")


def html_of(value: object) -> str:
    """The HTML of a value: what ``_repr_html_()`` gives notebooks.

    Raises:
        TypeError: ``value`` has no HTML view.
    """
    match value:
        case Session():
            return session_html(value)
        case WeekPlan():
            return week_html(value)
        case Block():
            return block_html(value)
        case Exercise():
            return exercise_html(value)
        case Catalog():
            return catalog_html(value)
        case Violation():
            return violation_html(value)
        case Report():
            return report_html(value)
        case Athlete():
            return athlete_html(value)
        case RunningWeek():
            return running_week_html(value)
        case BlockSettings():
            return block_settings_html(value)
        case ExerciseLog():
            return exercise_log_html(value)
        case Progression():
            return progression_html(value)
        case Exclusion():
            return exclusion_html(value)
        case WeekRecord():
            return week_record_html(value)
    raise TypeError(f"no HTML view for {type(value).__name__}")


def summary_of(value: object) -> str:
    """A one-line summary of a value too large to spell out: what its ``repr()`` gives.

    Raises:
        TypeError: ``value`` has no summary.
    """
    match value:
        case Block():
            return block_summary(value)
        case Catalog():
            return catalog_summary(value)
    raise TypeError(f"no summary for {type(value).__name__}")


def show(value: object, form: Form) -> str:
    """``value`` in the view ``form`` names: ``text``, ``html`` or ``summary``."""
    if form == "html":
        return html_of(value)
    if form == "summary":
        return summary_of(value)
    return text_of(value)
