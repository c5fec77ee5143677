"""Week plans that keep every rule: made by the planner itself from drawn athletes and weeks.

Unlike the arbitrary plans of :mod:`runstrength._strategies.plans`, these are what a caller
of ``build_week`` gets, so they pass ``validate`` with no errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.plan import WeekPlan
from runstrength._model.week import RunningWeek
from runstrength._plan.week import build_week
from runstrength._strategies.base import strategy_of
from runstrength._strategies.values import athletes, running_weeks

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = ["valid_week_plans"]


@st.composite
def _plans(
    draw: DrawFn,
    athlete: SearchStrategy[Athlete],
    week: SearchStrategy[RunningWeek],
    catalog: Catalog | None,
) -> WeekPlan:
    return build_week(draw(athlete), draw(week), catalog=catalog)


def valid_week_plans(
    *,
    athlete: Athlete | SearchStrategy[Athlete] | None = None,
    week: RunningWeek | SearchStrategy[RunningWeek] | None = None,
    catalog: Catalog | None = None,
) -> SearchStrategy[WeekPlan]:
    """Week plans that pass :func:`~runstrength.validate` with no errors.

    Each is built with :func:`~runstrength.build_week` from a drawn athlete and running
    week, so it is a plan the planner really makes (warnings, which are advice, may
    remain). ``athlete`` and ``week`` take a value, which every plan is then built for, or
    a strategy to draw it from, like the arguments of ``hypothesis.strategies.builds``. To
    check a plan against its athlete and week, give them as values, or draw them first
    with ``st.data()``.

    Args:
        athlete: Who the plans are for (default: :func:`athletes`).
        week: The running week they sit in (default: :func:`running_weeks`).
        catalog: Where exercises come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.WeekPlan` values.

    Raises:
        InvalidArgument: ``catalog`` is not a :class:`~runstrength.Catalog`.

    >>> import runstrength as rs
    >>> strategy = valid_week_plans(athlete=rs.Athlete(level="beginner"))
    """
    if catalog is not None and not isinstance(catalog, Catalog):
        raise InvalidArgument(f"catalog={catalog!r} must be a Catalog or None")
    return _plans(strategy_of(athlete, athletes()), strategy_of(week, running_weeks()), catalog)
