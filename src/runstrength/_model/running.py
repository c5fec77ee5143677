"""How much running a week holds, and which weeks of a season are the running's cut-backs.

A season's strength work follows its running: deloads line up with the weeks where the
running eases off, and the taper with the race. These are the measures both the planner
and the block rules read, so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

from runstrength._model.vocab import RunKind
from runstrength._model.week import RunningWeek

__all__ = ["RUN_MINUTES", "cut_backs", "goal_race", "race_weeks", "running_minutes"]

RUN_MINUTES: Final[Mapping[RunKind, int]] = MappingProxyType(
    {
        RunKind.easy: 40,
        RunKind.recovery: 30,
        RunKind.long: 90,
        RunKind.tempo: 50,
        RunKind.intervals: 50,
        RunKind.hills: 45,
        RunKind.race: 60,
    }
)
"""Minutes a run counts for when its length is not given (project convention)."""


def running_minutes(week: RunningWeek) -> int:
    """The week's running in minutes: each run's length, or :data:`RUN_MINUTES` of its kind.

    >>> from runstrength._model.week import Run
    >>> running_minutes(RunningWeek(tue="intervals", sun=Run("long", 100)))
    150
    """
    return sum(
        RUN_MINUTES[run.kind] if run.minutes is None else run.minutes
        for _, runs in week.items()
        for run in runs
    )


def cut_backs(weeks: Sequence[RunningWeek], *, drop_percent: int = 20) -> tuple[bool, ...]:
    """Which weeks are the running's cut-back weeks, one flag per week.

    A week is a cut-back when it holds no race, its running minutes are at least
    ``drop_percent`` below the mean of the (up to) three weeks before it that were not
    cut-backs themselves, or it holds fewer key runs than the fewest of those weeks. The
    first week is never one: there is nothing to cut back from.

    >>> full = RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> easy = RunningWeek(tue="easy", thu="easy", sun="easy")
    >>> cut_backs([full, full, full, easy, full])
    (False, False, False, True, False)
    """
    flags: list[bool] = []
    normal: list[tuple[int, int]] = []  # each week that was no cut-back: minutes, key runs
    for week in weeks:
        minutes, keys = running_minutes(week), len(week.key_days)
        recent = normal[-3:]
        flag = False
        if recent and not week.race_days:
            mean = sum(m for m, _ in recent) / len(recent)
            fewer_keys = keys < min(k for _, k in recent)
            flag = minutes <= mean * (100 - drop_percent) / 100 or fewer_keys
        flags.append(flag)
        if not flag:
            normal.append((minutes, keys))
    return tuple(flags)


def race_weeks(weeks: Sequence[RunningWeek]) -> tuple[int, ...]:
    """The indices of the weeks that hold a race, in order."""
    return tuple(i for i, week in enumerate(weeks) if week.race_days)


def goal_race(weeks: Sequence[RunningWeek]) -> int | None:
    """The index of the goal race's week: the last week with a race (earlier ones are tune-ups).

    >>> goal_race([RunningWeek(sun="race"), RunningWeek(), RunningWeek(sat="race")])
    2
    """
    found = race_weeks(weeks)
    return found[-1] if found else None
