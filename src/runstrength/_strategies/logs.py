"""Strategies for what athletes log and what progress decides: sets, exercise logs, steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import strategies as st

from runstrength._model.catalog import Catalog
from runstrength._model.exclusion import Exclusion
from runstrength._model.logs import ExerciseLog, Progression, SetLog
from runstrength._model.plan import Prescription
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Change, Injury, Pain, Symptom
from runstrength._strategies.base import (
    IDS,
    LOADS,
    SET_LOG_LIMITS,
    UNITS,
    Unit,
    by_unit,
    for_unit,
)
from runstrength._strategies.plans import _week_plans, prescriptions
from runstrength._strategies.reasons import REASON
from runstrength._strategies.values import running_weeks

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = ["exclusions", "exercise_logs", "progressions", "set_logs", "week_records"]


@st.composite
def _set_logs(draw: DrawFn, unit: Unit | None) -> SetLog:
    if unit is None:
        counted = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True))
    else:
        counted = [unit]
    amounts = {
        name: draw(st.integers(min_value=0, max_value=SET_LOG_LIMITS[name])) for name in counted
    }
    rir = st.none() | st.integers(min_value=0, max_value=SET_LOG_LIMITS["rir"])
    return SetLog(load_kg=draw(LOADS), rir=draw(rir), **amounts)


SET_LOGS: dict[Unit | None, SearchStrategy[SetLog]] = by_unit(_set_logs)


def set_logs(*, unit: Unit | None = None) -> SearchStrategy[SetLog]:
    """Logged sets: reps, seconds or steps (one or more of them), load and RIR.

    Args:
        unit: Log only this count (default: any non-empty mix of the three).

    Returns:
        A strategy for :class:`~runstrength.SetLog` values.

    Raises:
        InvalidArgument: ``unit`` is not one of the three.
    """
    return for_unit(SET_LOGS, unit)


def exercise_logs(*, prescription: Prescription | None = None) -> SearchStrategy[ExerciseLog]:
    """Exercise logs: up to 20 sets, pain, form and red-flag symptoms.

    Args:
        prescription: When given, logs of that prescription's exercise whose sets count
            its dose's unit (reps, seconds or steps). Default: any id and any sets.

    Returns:
        A strategy for :class:`~runstrength.ExerciseLog` values.
    """
    if prescription is None:
        ids, sets = IDS, set_logs()
    else:
        ids, sets = st.just(prescription.exercise), set_logs(unit=prescription.dose.unit)
    return st.builds(
        ExerciseLog,
        exercise=ids,
        sets=st.lists(sets, max_size=20).map(tuple),
        pain=st.sampled_from(Pain),
        form_ok=st.booleans(),
        symptoms=st.frozensets(st.sampled_from(Symptom)),
    )


def progressions(*, catalog: Catalog | None = None) -> SearchStrategy[Progression]:
    """Progression decisions: a next prescription, the one change and a reason.

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.Progression` values.
    """
    return st.builds(
        Progression,
        next=prescriptions(catalog=catalog),
        change=st.sampled_from(Change),
        reason=REASON,
    )


def exclusions() -> SearchStrategy[Exclusion]:
    """Exclusions: an exercise, the areas it rests, the exercises removed, a reason, a test.

    Returns:
        A strategy for :class:`~runstrength.Exclusion` values.
    """
    return st.builds(
        Exclusion,
        exercise=IDS,
        areas=st.lists(st.sampled_from(Injury), max_size=3).map(tuple),
        removed=st.lists(IDS, max_size=4).map(tuple),
        reason=REASON,
        test=st.none() | prescriptions(),
        before=st.none() | prescriptions(),
    )


def week_records(*, catalog: Catalog | None = None) -> SearchStrategy[WeekRecord]:
    """Past weeks of a season: any running week, any plan and any logs (for readers and checks).

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.WeekRecord` values.
    """
    return st.builds(
        WeekRecord,
        running_weeks(),
        _week_plans(catalog, max_sessions=3, max_decisions=7),
        st.lists(exercise_logs(), max_size=6).map(tuple),
    )
