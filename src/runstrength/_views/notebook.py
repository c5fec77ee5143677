"""A week plan shown with its runs: what :func:`~runstrength.show_week` gives a notebook.

A :class:`~runstrength.WeekPlan` does not hold the running week it was planned around, so
on its own a notebook shows its strength sessions only. :class:`WeekView` pairs the plan
with its running week and shows both in one grid.
"""

from __future__ import annotations

from typing import final

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.plan import WeekPlan
from runstrength._model.week import RunningWeek
from runstrength._views.html import week_html
from runstrength._views.text import render_week
from runstrength._views.wording import plural

__all__ = ["WeekView", "show_week"]


@final
@attrs.frozen(repr=False)
class WeekView:
    """A week plan with the runs it sits around, to show in a notebook or print.

    Build one with :func:`show_week`. A notebook cell ending in it shows a
    Monday-to-Sunday grid with each day's runs above its strength session (after the run
    or standalone), then every session in full; ``str()`` is
    :func:`~runstrength.render_week`'s text.

    Args:
        plan: The week plan.
        week: The running week it was planned around.
        catalog: Where exercise names come from (``None``: the packaged catalog).
    """

    plan: WeekPlan
    week: RunningWeek
    catalog: Catalog | None = None

    def __repr__(self) -> str:
        runs = plural(self.week.run_count, "run")
        return f"WeekView({plural(self.plan.session_count, 'strength session')}, {runs})"

    def __str__(self) -> str:
        return render_week(self.plan, self.week, catalog=self.catalog)

    def _repr_html_(self) -> str:
        """The week as HTML, for notebooks."""
        return week_html(self.plan, week=self.week, catalog=self.catalog)


def show_week(plan: WeekPlan, week: RunningWeek, *, catalog: Catalog | None = None) -> WeekView:
    """A week plan and its running week, to show together in a notebook.

    In a notebook, end a cell with ``rs.show_week(plan, week)`` to see the runs and the
    strength sessions in one grid, day by day; ``print()`` it for the text of
    :func:`~runstrength.render_week`.

    Args:
        plan: The week plan.
        week: The running week it was planned around.
        catalog: Where exercise names come from (default: the packaged catalog).

    Raises:
        TypeError: ``plan`` is not a week plan, ``week`` not a running week, or
            ``catalog`` not a catalog.

    >>> import runstrength as rs
    >>> week = rs.RunningWeek(tue="intervals", sun="long")
    >>> view = rs.show_week(rs.build_week(rs.Athlete(level="beginner"), week), week)
    >>> "<strong>Runs</strong>" in view._repr_html_()
    True
    """
    check_args(
        "show_week",
        plan=(plan, WeekPlan),
        week=(week, RunningWeek),
        catalog=(catalog, Catalog, None),
    )
    return WeekView(plan, week, catalog)
