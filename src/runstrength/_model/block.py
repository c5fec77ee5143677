"""The multi-week block value and its settings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import (
    check_args,
    check_int,
    fail,
    member,
    shown,
)
from runstrength._model.plan import WeekPlan
from runstrength._model.reason import Reason, check_reasons, to_reasons
from runstrength._model.shown import HtmlShown, Shown
from runstrength._model.vocab import Phase
from runstrength._model.week import RunningWeek

__all__ = ["MAX_WEEKS", "Block", "BlockSettings", "week_volume"]

MAX_WEEKS = 52


def _plans(items: Iterable[WeekPlan]) -> tuple[WeekPlan, ...]:
    return tuple(items)


def _phases(items: Iterable[Phase | str]) -> tuple[Phase, ...]:
    return tuple(member(Phase, p, "Block.phases") for p in items)


def _weeks(items: Iterable[RunningWeek]) -> tuple[RunningWeek, ...]:
    return tuple(items)


@final
@attrs.frozen(kw_only=True)
class Block(Shown):
    """A multi-week plan: one week plan per running week, each with its phase and reason.

    Args:
        weeks: The week plans, in order.
        phases: What each week is for (build, deload, taper or race).
        running: The running weeks the plans sit around.
        reasons: Why each week is what it is.

    ``repr()`` is a one-line summary such as ``Block(16 weeks: 11 build, 3 deload, 1 taper,
    1 race)``, as the field-by-field form runs to tens of thousands of characters; ``str()``
    is the :func:`~runstrength.render_block` table, and notebooks show a weeks × days grid.
    """

    weeks: tuple[WeekPlan, ...] = attrs.field(converter=_plans)
    phases: tuple[Phase, ...] = attrs.field(converter=_phases)
    running: tuple[RunningWeek, ...] = attrs.field(converter=_weeks)
    reasons: tuple[Reason, ...] = attrs.field(default=(), converter=to_reasons)

    def __attrs_post_init__(self) -> None:
        count = len(self.weeks)
        if not 1 <= count <= MAX_WEEKS:
            raise fail("Block", "weeks", f"{count} weeks (1..{MAX_WEEKS})")
        for name in ("phases", "running"):
            if len(getattr(self, name)) != count:
                raise fail("Block", name, f"needs one entry per week ({count})")
        if self.reasons and len(self.reasons) != count:
            raise fail("Block", "reasons", f"needs one reason per week ({count}) or none")
        for index, plan in enumerate(self.weeks):
            if not isinstance(plan, WeekPlan):
                raise fail("Block", f"weeks[{index}]", f"expected a WeekPlan: {shown(plan)}")
        for index, week in enumerate(self.running):
            if not isinstance(week, RunningWeek):
                raise fail("Block", f"running[{index}]", f"expected a RunningWeek: {shown(week)}")
        check_reasons("Block", "reasons", self.reasons)

    def __repr__(self) -> str:
        """A one-line summary: the number of weeks and of each phase."""
        return self._summary()


@final
@attrs.frozen(kw_only=True)
class BlockSettings(HtmlShown):
    """How a season cycles: deloads, the taper, a beginner's ramp and how fast volume grows.

    Args:
        deload_every: With no cut-back weeks in the running, every this many weeks is a
            deload week (0: none). Default 4. When the running has cut-back weeks, deloads
            fall on them instead.
        taper_days: No strength-focus session this many days before a goal race. Default 10.
        taper_weeks: The taper before a goal race lasts this many weeks. Default 2
            (Bosquet et al. 2007: about two weeks).
        ramp_weeks: A beginner's first weeks with one session at most. Default 4.
        max_rise_percent: Hard sets per week rise by at most this share of last week's,
            except back to the level before a deload. Default 20.
        cutback_percent: A drop in running minutes of at least this share marks a
            cut-back week (see ``runstrength._model.running.cut_backs``). Default 20.
    """

    deload_every: int = 4
    taper_days: int = 10
    ramp_weeks: int = 4
    taper_weeks: int = 2
    max_rise_percent: int = 20
    cutback_percent: int = 20

    def __attrs_post_init__(self) -> None:
        check_int("BlockSettings", "deload_every", self.deload_every, 0, 12)
        check_int("BlockSettings", "taper_days", self.taper_days, 1, 21)
        check_int("BlockSettings", "ramp_weeks", self.ramp_weeks, 0, 12)
        check_int("BlockSettings", "taper_weeks", self.taper_weeks, 1, 4)
        check_int("BlockSettings", "max_rise_percent", self.max_rise_percent, 5, 100)
        check_int("BlockSettings", "cutback_percent", self.cutback_percent, 5, 60)


def week_volume(plan: WeekPlan) -> int:
    """Planned working sets in a week (the low end of each range): how heavy it is.

    Raises:
        TypeError: ``plan`` is not a :class:`~runstrength.WeekPlan`.
    """
    check_args("week_volume", plan=(plan, WeekPlan))
    return sum(p.dose.sets.lo for s in plan.sessions for p in s.exercises)
