"""The default strategy of each public value type, as ``st.from_type`` registers them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from hypothesis.errors import InvalidArgument

from runstrength._model.athlete import Athlete, Lift
from runstrength._model.block import Block, BlockSettings
from runstrength._model.calendar_in import CalendarEntry, CalendarReport
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange, Tempo
from runstrength._model.exclusion import Exclusion
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog, Progression, SetLog
from runstrength._model.plan import DayDecision, Prescription, Routine, Session, Violation, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.report import Report
from runstrength._model.season import WeekRecord
from runstrength._model.settings import RuleSettings
from runstrength._model.week import Run, RunningWeek
from runstrength._strategies.base import T
from runstrength._strategies.calendars import calendar_entries, calendar_reports
from runstrength._strategies.catalogs import catalogs, exercises
from runstrength._strategies.logs import (
    exclusions,
    exercise_logs,
    progressions,
    set_logs,
    week_records,
)
from runstrength._strategies.plans import (
    blocks,
    day_decisions,
    prescriptions,
    reports,
    routines,
    sessions,
    violations,
    week_plans,
)
from runstrength._strategies.reasons import reasons
from runstrength._strategies.values import (
    athletes,
    block_settings,
    doses,
    int_ranges,
    lifts,
    rule_settings,
    running_weeks,
    runs,
    tempos,
)

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["from_type"]


def from_type(cls: type[T]) -> SearchStrategy[T]:
    """The default strategy for a runstrength value type, e.g. ``from_type(rs.Athlete)``.

    Handy to property-test something for every type in ``runstrength.VALUE_TYPES``.

    Args:
        cls: A public runstrength value type.

    Returns:
        The strategy this module offers for ``cls``, with its default options.

    Raises:
        InvalidArgument: ``cls`` is not a runstrength value type.
    """
    makers: dict[type, Any] = {
        Athlete: athletes,
        Lift: lifts,
        Block: blocks,
        BlockSettings: block_settings,
        CalendarEntry: calendar_entries,
        CalendarReport: calendar_reports,
        Catalog: catalogs,
        DayDecision: day_decisions,
        Dose: doses,
        Exclusion: exclusions,
        Exercise: exercises,
        ExerciseLog: exercise_logs,
        IntRange: int_ranges,
        Prescription: prescriptions,
        Progression: progressions,
        Report: reports,
        Reason: reasons,
        Routine: routines,
        RuleSettings: rule_settings,
        Run: runs,
        RunningWeek: running_weeks,
        Session: sessions,
        SetLog: set_logs,
        Tempo: tempos,
        Violation: violations,
        WeekPlan: week_plans,
        WeekRecord: week_records,
    }
    if cls not in makers:
        raise InvalidArgument(f"{cls!r} is not a runstrength value type")
    return cast("SearchStrategy[T]", makers[cls]())
