"""One past week of a season: what the running was, what was planned, and what was done."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import fail, shown
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import WeekPlan
from runstrength._model.shown import HtmlShown
from runstrength._model.week import RunningWeek

__all__ = ["WeekRecord"]


def _logs(items: Iterable[ExerciseLog]) -> tuple[ExerciseLog, ...]:
    return tuple(items)


@final
@attrs.frozen
class WeekRecord(HtmlShown):
    """One past week: its running week, the strength plan it had, and the logs of what was done.

    :func:`~runstrength.next_week` reads a season's records to plan the week after them. A
    prescription with no log was missed: it is repeated, not progressed; a week with no logs
    at all was a week off.

    Logs are matched to the plan's prescriptions as :func:`~runstrength.progress_week`
    matches a sequence: sessions in order, exercises in order, each log to the first
    prescription of its exercise not yet matched.

    Args:
        week: The running week as it was run.
        plan: The strength plan of that week.
        logs: What was done, one log per exercise done (empty: nothing was done).

    >>> from runstrength import ExerciseLog, RunningWeek, SetLog, WeekPlan
    >>> done = ExerciseLog(exercise="glute_bridge", sets=[SetLog(reps=12)] * 2)
    >>> WeekRecord(RunningWeek(sun="long"), WeekPlan(sessions=()), [done]).trained
    True
    """

    week: RunningWeek
    plan: WeekPlan
    logs: tuple[ExerciseLog, ...] = attrs.field(default=(), converter=_logs)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.week, RunningWeek):
            raise fail("WeekRecord", "week", f"expected a RunningWeek: {shown(self.week)}")
        if not isinstance(self.plan, WeekPlan):
            raise fail("WeekRecord", "plan", f"expected a WeekPlan: {shown(self.plan)}")
        if len(self.logs) > 200:
            raise fail("WeekRecord", "logs", f"{len(self.logs)} logs (at most 200)")
        for index, item in enumerate(self.logs):
            if not isinstance(item, ExerciseLog):
                raise fail(
                    "WeekRecord", f"logs[{index}]", f"expected an ExerciseLog: {shown(item)}"
                )

    @property
    def trained(self) -> bool:
        """Whether anything was logged this week (``False``: a week off)."""
        return bool(self.logs)
