"""Strategies for what plans hold: prescriptions, sessions, week plans, violations, blocks.

The plans are arbitrary, inputs for validators: they may break any rule.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._io.packaged import default_catalog
from runstrength._model.block import MAX_WEEKS, Block
from runstrength._model.catalog import Catalog
from runstrength._model.plan import DayDecision, Prescription, Routine, Session, Violation, WeekPlan
from runstrength._model.report import Report
from runstrength._model.vocab import Focus, Phase, Placement, Severity
from runstrength._model.week import RunningWeek
from runstrength._strategies.base import CODES, IDS, TEXT, TEXTS, WEEKDAYS
from runstrength._strategies.reasons import REASON, REASONS
from runstrength._strategies.values import doses, int_ranges, running_weeks

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "blocks",
    "day_decisions",
    "prescriptions",
    "reports",
    "routines",
    "sessions",
    "violations",
    "week_plans",
]


def _prescriptions_of(catalog: Catalog) -> SearchStrategy[Prescription]:
    if not len(catalog):
        raise InvalidArgument("prescriptions() needs a catalog with at least one exercise")
    return st.one_of(
        [
            st.builds(
                Prescription,
                st.just(ex.id),
                st.sampled_from(tuple(ex.doses.values())) | doses(),
                reason=st.sampled_from(("", f"{ex.name}: the work it does best.")),
            )
            for ex in catalog
        ]
    )


@functools.cache
def _packaged_prescriptions() -> SearchStrategy[Prescription]:
    return _prescriptions_of(default_catalog())


def _default_prescriptions() -> SearchStrategy[Prescription]:
    # A plain function: st.deferred() takes functions only, not functools.cache wrappers.
    return _packaged_prescriptions()


def prescriptions(*, catalog: Catalog | None = None) -> SearchStrategy[Prescription]:
    """Prescriptions of a catalog exercise, with its catalog dose or any valid dose.

    Args:
        catalog: Where the exercise ids come from (default: the packaged catalog, read on
            the first draw).

    Returns:
        A strategy for :class:`~runstrength.Prescription` values.

    Raises:
        InvalidArgument: ``catalog`` holds no exercise.
    """
    if catalog is None:
        return st.deferred(_default_prescriptions)
    return _prescriptions_of(catalog)


def routines() -> SearchStrategy[Routine]:
    """Warm-ups and cool-downs: up to an hour, with a few short steps.

    Returns:
        A strategy for :class:`~runstrength.Routine` values.
    """
    return st.builds(Routine, minutes=int_ranges(max_value=60), steps=TEXTS)


ROUTINES = st.none() | routines()


def sessions(*, catalog: Catalog | None = None) -> SearchStrategy[Session]:
    """Sessions on any day, of any focus and placement, with 0-50 prescriptions.

    The content is arbitrary: it may break any session rule (RS2xx).

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.Session` values.
    """
    return st.builds(
        Session,
        day=WEEKDAYS,
        focus=st.sampled_from(Focus),
        placement=st.sampled_from(Placement),
        exercises=st.lists(prescriptions(catalog=catalog), max_size=50).map(tuple),
        reasons=REASONS,
        warm_up=ROUTINES,
        cool_down=ROUTINES,
    )


def day_decisions() -> SearchStrategy[DayDecision]:
    """Decisions for a day: a focus (or none) and a reason.

    Returns:
        A strategy for :class:`~runstrength.DayDecision` values.
    """
    return st.builds(
        DayDecision, day=WEEKDAYS, focus=st.none() | st.sampled_from(Focus), reason=REASON
    )


def week_plans(*, catalog: Catalog | None = None) -> SearchStrategy[WeekPlan]:
    """Arbitrary week plans, which may break any rule: inputs for validators.

    Sessions may share a day, fall on any day and hold any content; decisions need not
    match the sessions. For plans a planner could return, filter with a validator.

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.WeekPlan` values.
    """
    return _week_plans(catalog, max_sessions=8, max_decisions=8)


def _week_plans(
    catalog: Catalog | None, *, max_sessions: int, max_decisions: int
) -> SearchStrategy[WeekPlan]:
    return st.builds(
        WeekPlan,
        sessions=st.lists(sessions(catalog=catalog), max_size=max_sessions).map(tuple),
        shortfalls=REASONS,
        decisions=st.lists(day_decisions(), max_size=max_decisions).map(tuple),
        phase=st.none() | st.sampled_from(Phase),
    )


def violations() -> SearchStrategy[Violation]:
    """Rule breaks with any ``RS`` code, severity, day, exercise and block week.

    Returns:
        A strategy for :class:`~runstrength.Violation` values.
    """
    return st.builds(
        Violation,
        code=CODES,
        rule=TEXT,
        severity=st.sampled_from(Severity),
        message=TEXT,
        day=st.none() | WEEKDAYS,
        exercise=st.none() | IDS,
        week=st.none() | st.integers(min_value=1, max_value=MAX_WEEKS),
    )


def reports() -> SearchStrategy[Report]:
    """Reports of up to three rule breaks, drawn as :func:`violations` draws them.

    Returns:
        A strategy for :class:`~runstrength.Report` values.
    """
    return st.builds(Report, st.lists(violations(), max_size=3).map(tuple))


@st.composite
def _blocks(
    draw: DrawFn, weeks: SearchStrategy[list[tuple[WeekPlan, Phase, RunningWeek]]]
) -> Block:
    entries = draw(weeks)
    reasons = draw(st.booleans())
    return Block(
        weeks=[plan for plan, _, _ in entries],
        phases=[phase for _, phase, _ in entries],
        running=[week for _, _, week in entries],
        reasons=[draw(REASON) for _ in entries] if reasons else (),
    )


def blocks(*, catalog: Catalog | None = None, max_weeks: int = MAX_WEEKS) -> SearchStrategy[Block]:
    """Arbitrary multi-week blocks: inputs for block checks, like :func:`week_plans`.

    Each week has an arbitrary plan, any phase and any running week; the block has a
    reason for every week or none. Phases need not follow any cycle.

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).
        max_weeks: Most weeks, 1-52 (default 52; few weeks are drawn most of the time).

    Returns:
        A strategy for :class:`~runstrength.Block` values.

    Raises:
        InvalidArgument: ``max_weeks`` is outside 1-52.
    """
    if type(max_weeks) is not int or not 1 <= max_weeks <= MAX_WEEKS:
        raise InvalidArgument(f"max_weeks={max_weeks!r} must be a whole number in 1..{MAX_WEEKS}")
    # Fewer sessions per week than week_plans() keeps a many-week block quick to draw.
    plans = _week_plans(catalog, max_sessions=3, max_decisions=7)
    week = st.tuples(plans, st.sampled_from(Phase), running_weeks())
    return _blocks(st.lists(week, min_size=1, max_size=max_weeks))
