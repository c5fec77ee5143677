"""The public value types, in one tuple, for readers and writers that handle them all."""

from __future__ import annotations

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

__all__ = ["VALUE_CLASSES"]

VALUE_CLASSES: tuple[type, ...] = (
    Athlete,
    Block,
    BlockSettings,
    CalendarEntry,
    CalendarReport,
    Catalog,
    DayDecision,
    Dose,
    Exclusion,
    Exercise,
    ExerciseLog,
    IntRange,
    Lift,
    Prescription,
    Progression,
    Report,
    Reason,
    Routine,
    RuleSettings,
    Run,
    RunningWeek,
    Session,
    SetLog,
    Tempo,
    Violation,
    WeekPlan,
    WeekRecord,
)
"""Every public value type that ``to_dict``/``from_dict`` read and write, by name."""
