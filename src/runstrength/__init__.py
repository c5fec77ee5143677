"""Strength training for runners, as typed values and pure functions.

>>> import runstrength as rs
>>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
>>> athlete.sessions_per_week
2
"""

from __future__ import annotations

# Vocabulary
from runstrength._vocab import (
    Change,
    Equipment,
    Focus,
    Goal,
    Injury,
    Level,
    Muscle,
    Pain,
    Pattern,
    Placement,
    RunKind,
    Severity,
    Symptom,
    Weekday,
    kit,
)

# Values
from runstrength._athlete import Athlete
from runstrength._catalog import Catalog, default_catalog
from runstrength._dose import Dose, IntRange, Tempo
from runstrength._exercise import Exercise
from runstrength._logs import ExerciseLog, Progression, SetLog
from runstrength._plan import DayDecision, Prescription, Routine, Session, Violation, WeekPlan
from runstrength._week import Run, RunningWeek

# Functions
from runstrength._json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json

# Errors
from runstrength._errors import InputError, RunstrengthError

__version__ = "0.1.0"

VALUE_TYPES: tuple[str, ...] = (
    "Athlete",
    "Catalog",
    "DayDecision",
    "Dose",
    "Exercise",
    "ExerciseLog",
    "IntRange",
    "Prescription",
    "Progression",
    "Routine",
    "Run",
    "RunningWeek",
    "Session",
    "SetLog",
    "Tempo",
    "Violation",
    "WeekPlan",
)
"""Names of the public value types that ``to_dict``/``from_dict`` read and write."""

__all__ = [
    # Vocabulary
    "Change",
    "Equipment",
    "Focus",
    "Goal",
    "Injury",
    "Level",
    "Muscle",
    "Pain",
    "Pattern",
    "Placement",
    "RunKind",
    "Severity",
    "Symptom",
    "Weekday",
    "kit",
    # Values
    "Athlete",
    "Catalog",
    "DayDecision",
    "Dose",
    "Exercise",
    "ExerciseLog",
    "IntRange",
    "Prescription",
    "Progression",
    "Routine",
    "Run",
    "RunningWeek",
    "Session",
    "SetLog",
    "Tempo",
    "VALUE_TYPES",
    "Violation",
    "WeekPlan",
    # Functions
    "SCHEMA_VERSION",
    "default_catalog",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
    # Errors
    "InputError",
    "RunstrengthError",
]
