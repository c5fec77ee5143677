"""Strength training for runners, as typed values and pure functions.

>>> import runstrength as rs
>>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
>>> athlete.sessions_per_week
2
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from runstrength._athlete import Athlete
from runstrength._block import Block, BlockSettings, week_volume
from runstrength._catalog import Catalog, default_catalog
from runstrength._dose import Dose, IntRange, Tempo
from runstrength._errors import InputError, MissingExtraError, RunstrengthError
from runstrength._exercise import Exercise
from runstrength._json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from runstrength._logs import ExerciseLog, Progression, SetLog
from runstrength._plan import DayDecision, Prescription, Routine, Session, Violation, WeekPlan
from runstrength._rulebook import Rule
from runstrength._settings import RuleSettings
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
    Phase,
    Placement,
    RunKind,
    Severity,
    Symptom,
    Weekday,
    kit,
)
from runstrength._week import Run, RunningWeek

if TYPE_CHECKING:  # loaded on first use (see __getattr__), seen here by type checkers
    from runstrength._build import build_week
    from runstrength._ics import to_ics
    from runstrength._loadmath import (
        RTS_CHART,
        estimate_1rm,
        load_for,
        round_load,
        step_down,
        step_up,
    )
    from runstrength._many import build_weeks, from_json_lines, to_json_lines
    from runstrength._periodise import build_block
    from runstrength._progress import progress, progress_week
    from runstrength._render import render_block, render_week
    from runstrength._validate import rules, validate, validate_block, validate_progression

_LAZY: dict[str, str] = {
    "build_week": "runstrength._build",
    "build_block": "runstrength._periodise",
    "build_weeks": "runstrength._many",
    "to_json_lines": "runstrength._many",
    "from_json_lines": "runstrength._many",
    "validate": "runstrength._validate",
    "rules": "runstrength._validate",
    "validate_block": "runstrength._validate",
    "validate_progression": "runstrength._validate",
    "progress": "runstrength._progress",
    "progress_week": "runstrength._progress",
    "render_week": "runstrength._render",
    "to_ics": "runstrength._ics",
    "render_block": "runstrength._render",
    "RTS_CHART": "runstrength._loadmath",
    "estimate_1rm": "runstrength._loadmath",
    "load_for": "runstrength._loadmath",
    "round_load": "runstrength._loadmath",
    "step_down": "runstrength._loadmath",
    "step_up": "runstrength._loadmath",
}
"""Functions whose modules load on first use, so ``import runstrength`` stays fast."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'runstrength' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

VALUE_TYPES: tuple[str, ...] = (
    "Athlete",
    "Block",
    "BlockSettings",
    "Catalog",
    "DayDecision",
    "Dose",
    "Exercise",
    "ExerciseLog",
    "IntRange",
    "Prescription",
    "Progression",
    "Routine",
    "RuleSettings",
    "Run",
    "RunningWeek",
    "Session",
    "SetLog",
    "Tempo",
    "Violation",
    "WeekPlan",
)
"""Names of the public value types that ``to_dict``/``from_dict`` read and write."""

__all__ = [  # noqa: RUF022  # grouped by kind as the imports are, sorted in each group
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
    "Phase",
    "Placement",
    "RunKind",
    "Severity",
    "Symptom",
    "Weekday",
    "kit",
    # Values
    "VALUE_TYPES",
    "Athlete",
    "Block",
    "BlockSettings",
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
    # Rules
    "Rule",
    "RuleSettings",
    "rules",
    "validate",
    "validate_block",
    "validate_progression",
    # Planning
    "build_block",
    "build_week",
    "build_weeks",
    "progress",
    "progress_week",
    "render_block",
    "render_week",
    "to_ics",
    "week_volume",
    # Catalog and JSON
    "SCHEMA_VERSION",
    "default_catalog",
    "from_dict",
    "from_json",
    "from_json_lines",
    "to_dict",
    "to_json",
    "to_json_lines",
    # Load math
    "RTS_CHART",
    "estimate_1rm",
    "load_for",
    "round_load",
    "step_down",
    "step_up",
    # Errors
    "InputError",
    "MissingExtraError",
    "RunstrengthError",
]
