"""Strength training for runners, as typed values and pure functions.

>>> import runstrength as rs
>>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
>>> athlete.sessions_per_week
2
"""

from __future__ import annotations

from runstrength._model.version import VERSION as _VERSION

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up

if TYPE_CHECKING:  # loaded on first use (see __getattr__), seen here by type checkers
    from runstrength._io.documents import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
    from runstrength._io.lines import from_json_lines, to_json_lines
    from runstrength._io.packaged import default_catalog
    from runstrength._io.run_kinds import RUN_KIND_RULES
    from runstrength._io.running_calendar import read_running_calendar
    from runstrength._io.schema import json_schema
    from runstrength._model.athlete import Athlete, Lift
    from runstrength._model.block import Block, BlockSettings, week_volume
    from runstrength._model.calendar_in import CalendarEntry, CalendarReport, RunKindRule, WeekHolds
    from runstrength._model.catalog import Catalog
    from runstrength._model.dose import Dose, IntRange, Tempo
    from runstrength._model.errors import InputError, MissingExtraError, Problem, RunstrengthError
    from runstrength._model.exclusion import Exclusion
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog, Progression, SetLog
    from runstrength._model.plan import (
        DayDecision,
        Prescription,
        Routine,
        Session,
        Violation,
        WeekPlan,
    )
    from runstrength._model.reason import Reason
    from runstrength._model.reasons import ReasonCode, reason_codes, reason_text
    from runstrength._model.report import Report
    from runstrength._model.season import WeekRecord
    from runstrength._model.settings import RuleSettings
    from runstrength._model.vocab import (
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
    from runstrength._model.week import Run, RunningWeek
    from runstrength._plan.block import build_block
    from runstrength._plan.many import build_weeks
    from runstrength._plan.replan import replan
    from runstrength._plan.season import next_week, season_phases
    from runstrength._plan.week import build_week
    from runstrength._progression.loadmath import (
        RTS_CHART,
        estimate_1rm,
        load_for,
        round_load,
        step_down,
        step_up,
    )
    from runstrength._progression.step import progress
    from runstrength._progression.week import progress_week
    from runstrength._rules.rulebook import Rule
    from runstrength._rules.validate import rules, validate, validate_block, validate_progression
    from runstrength._views.fit import fit_files, to_fit
    from runstrength._views.ics import to_ics
    from runstrength._views.notebook import WeekView, show_week
    from runstrength._views.text import render_block, render_week

_LAZY: dict[str, str] = {
    "build_week": "runstrength._plan.week",
    "build_block": "runstrength._plan.block",
    "build_weeks": "runstrength._plan.many",
    "next_week": "runstrength._plan.season",
    "season_phases": "runstrength._plan.season",
    "replan": "runstrength._plan.replan",
    "to_json_lines": "runstrength._io.lines",
    "from_json_lines": "runstrength._io.lines",
    "json_schema": "runstrength._io.schema",
    "validate": "runstrength._rules.validate",
    "rules": "runstrength._rules.validate",
    "validate_block": "runstrength._rules.validate",
    "validate_progression": "runstrength._rules.validate",
    "progress": "runstrength._progression.step",
    "progress_week": "runstrength._progression.week",
    "render_week": "runstrength._views.text",
    "to_ics": "runstrength._views.ics",
    "to_fit": "runstrength._views.fit",
    "fit_files": "runstrength._views.fit",
    "read_running_calendar": "runstrength._io.running_calendar",
    "RUN_KIND_RULES": "runstrength._io.run_kinds",
    "render_block": "runstrength._views.text",
    "show_week": "runstrength._views.notebook",
    "WeekView": "runstrength._views.notebook",
    "RTS_CHART": "runstrength._progression.loadmath",
    "estimate_1rm": "runstrength._progression.loadmath",
    "load_for": "runstrength._progression.loadmath",
    "round_load": "runstrength._progression.loadmath",
    "step_down": "runstrength._progression.loadmath",
    "step_up": "runstrength._progression.loadmath",
    "VALUE_TYPES": "runstrength._model.registry",
    "SCHEMA_VERSION": "runstrength._io.documents",
    "from_dict": "runstrength._io.documents",
    "from_json": "runstrength._io.documents",
    "to_dict": "runstrength._io.documents",
    "to_json": "runstrength._io.documents",
    "default_catalog": "runstrength._io.packaged",
    "Athlete": "runstrength._model.athlete",
    "Lift": "runstrength._model.athlete",
    "Block": "runstrength._model.block",
    "BlockSettings": "runstrength._model.block",
    "week_volume": "runstrength._model.block",
    "CalendarEntry": "runstrength._model.calendar_in",
    "CalendarReport": "runstrength._model.calendar_in",
    "WeekHolds": "runstrength._model.calendar_in",
    "RunKindRule": "runstrength._model.calendar_in",
    "Catalog": "runstrength._model.catalog",
    "Dose": "runstrength._model.dose",
    "IntRange": "runstrength._model.dose",
    "Tempo": "runstrength._model.dose",
    "InputError": "runstrength._model.errors",
    "MissingExtraError": "runstrength._model.errors",
    "Problem": "runstrength._model.errors",
    "RunstrengthError": "runstrength._model.errors",
    "Exclusion": "runstrength._model.exclusion",
    "Exercise": "runstrength._model.exercise",
    "ExerciseLog": "runstrength._model.logs",
    "Progression": "runstrength._model.logs",
    "SetLog": "runstrength._model.logs",
    "DayDecision": "runstrength._model.plan",
    "Prescription": "runstrength._model.plan",
    "Routine": "runstrength._model.plan",
    "Session": "runstrength._model.plan",
    "Violation": "runstrength._model.plan",
    "WeekPlan": "runstrength._model.plan",
    "Reason": "runstrength._model.reason",
    "ReasonCode": "runstrength._model.reasons",
    "reason_codes": "runstrength._model.reasons",
    "reason_text": "runstrength._model.reasons",
    "Report": "runstrength._model.report",
    "WeekRecord": "runstrength._model.season",
    "RuleSettings": "runstrength._model.settings",
    "Change": "runstrength._model.vocab",
    "Equipment": "runstrength._model.vocab",
    "Focus": "runstrength._model.vocab",
    "Goal": "runstrength._model.vocab",
    "Injury": "runstrength._model.vocab",
    "Level": "runstrength._model.vocab",
    "Muscle": "runstrength._model.vocab",
    "Pain": "runstrength._model.vocab",
    "Pattern": "runstrength._model.vocab",
    "Phase": "runstrength._model.vocab",
    "Placement": "runstrength._model.vocab",
    "RunKind": "runstrength._model.vocab",
    "Severity": "runstrength._model.vocab",
    "Symptom": "runstrength._model.vocab",
    "Weekday": "runstrength._model.vocab",
    "kit": "runstrength._model.vocab",
    "Run": "runstrength._model.week",
    "RunningWeek": "runstrength._model.week",
    "Rule": "runstrength._rules.rulebook",
}
"""Public names and the modules they load from on first use, so ``import runstrength``
loads no module it does not need (value types, rules and JSON included)."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'runstrength' has no attribute {name!r}")
    loaded = __import__(module, fromlist=(name,))  # the module itself, no importlib needed
    value: object = (
        tuple(cls.__name__ for cls in loaded.VALUE_CLASSES)
        if name == "VALUE_TYPES"
        else getattr(loaded, name)
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names and the module's own dunders: no private modules, no helper imports.
    dunders = (name for name in globals() if name.startswith("__") and name.endswith("__"))
    return sorted({*__all__, *dunders})


__version__ = _VERSION

VALUE_TYPES: tuple[str, ...]  # worked out on first use (see __getattr__), from the registry
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
    "CalendarEntry",
    "CalendarReport",
    "WeekHolds",
    "Catalog",
    "DayDecision",
    "Dose",
    "Exclusion",
    "Exercise",
    "ExerciseLog",
    "IntRange",
    "Lift",
    "Prescription",
    "Progression",
    "Report",
    "Reason",
    "Routine",
    "Run",
    "RunningWeek",
    "Session",
    "SetLog",
    "Tempo",
    "Violation",
    "WeekPlan",
    "WeekRecord",
    "WeekView",
    # Reasons
    "ReasonCode",
    "reason_codes",
    "reason_text",
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
    "next_week",
    "progress",
    "progress_week",
    "render_block",
    "render_week",
    "replan",
    "season_phases",
    "show_week",
    "to_ics",
    "week_volume",
    # Watch workouts
    "fit_files",
    "to_fit",
    # Catalog and JSON
    "SCHEMA_VERSION",
    "default_catalog",
    "from_dict",
    "from_json",
    "from_json_lines",
    "json_schema",
    "to_dict",
    "to_json",
    "to_json_lines",
    # Running calendars in
    "RUN_KIND_RULES",
    "RunKindRule",
    "read_running_calendar",
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
    "Problem",
    "RunstrengthError",
]
