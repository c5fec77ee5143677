"""Block rules RS405–RS406 and the week-to-week steps RS401 checks in a block."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from runstrength._model.block import week_volume
from runstrength._model.running import cut_backs, goal_race
from runstrength._model.vocab import Focus, Level, Phase, Severity
from runstrength._rules.progression import Step
from runstrength._rules.rulebook import Finding, Rule

if TYPE_CHECKING:
    from runstrength._model.athlete import Athlete
    from runstrength._model.block import Block, BlockSettings
    from runstrength._model.catalog import Catalog
    from runstrength._model.plan import Session, WeekPlan
    from runstrength._model.settings import RuleSettings

__all__ = ["RULES", "BlockContext"]


def _by_focus(plan: WeekPlan) -> dict[Focus, list[Session]]:
    found: dict[Focus, list[Session]] = {}
    for session in plan.sessions:
        found.setdefault(session.focus, []).append(session)
    return found


class BlockContext:
    """What a block check sees: the block, the athlete and the block's cycle settings."""

    __slots__ = ("athlete", "block", "catalog", "cycle", "settings")

    def __init__(
        self,
        block: Block,
        athlete: Athlete,
        catalog: Catalog,
        settings: RuleSettings,
        cycle: BlockSettings,
    ) -> None:
        self.block = block
        self.athlete = athlete
        self.catalog = catalog
        self.settings = settings
        self.cycle = cycle

    def steps(self) -> Iterator[Step]:
        """Each exercise's step from one week to the next.

        The k-th session of a focus in one week is paired with the k-th session of the
        same focus in the next, and exercises are paired by id within them. Exercises
        that come or go (a new session, a taper's lighter choice) take no step.
        """
        weeks = self.block.weeks
        for index in range(1, len(weeks)):
            before, after = _by_focus(weeks[index - 1]), _by_focus(weeks[index])
            for focus in Focus:
                for old, new in zip(before.get(focus, ()), after.get(focus, ()), strict=False):
                    olds = {p.exercise: p for p in reversed(old.exercises)}
                    for item in new.exercises:
                        if item.exercise in olds:
                            yield Step(olds[item.exercise], item, day=new.day, week=index + 1)


_TRAINING = frozenset({Phase.build, Phase.general, Phase.strength, Phase.power, Phase.maintenance})
_TUNE_UP_DAYS = 3


def _cycle(ctx: BlockContext) -> Iterator[Finding]:
    block, every = ctx.block, ctx.cycle.deload_every
    flags = cut_backs(block.running, drop_percent=ctx.cycle.cutback_percent)
    follows_running = any(
        flag and phase in _TRAINING | {Phase.deload}
        for flag, phase in zip(flags, block.phases, strict=True)
    )
    streak = 0
    for index, (plan, phase) in enumerate(zip(block.weeks, block.phases, strict=True)):
        number = index + 1
        streak = streak + 1 if phase in _TRAINING else 0
        if every and streak >= every and not follows_running:
            yield Finding(
                f"Week {number} is training week {streak} in a row; every {every}th week "
                "should be a lighter deload week.",
                week=number,
            )
        if phase is Phase.deload and index:
            before = week_volume(block.weeks[index - 1])
            if before and week_volume(plan) >= before:
                yield Finding(
                    f"Deload week {number} plans {week_volume(plan)} working sets, not fewer "
                    f"than the {before} of the week before.",
                    week=number,
                )
    goal = goal_race(block.running)
    races = [
        (i * 7 + d.rank, ctx.cycle.taper_days if i == goal else _TUNE_UP_DAYS)
        for i, w in enumerate(block.running)
        for d in w.race_days
    ]
    for index, plan in enumerate(block.weeks):
        for session in plan.sessions:
            if session.focus is not Focus.strength:
                continue
            near = [
                (gap, days)
                for at, days in races
                if 0 < (gap := at - (index * 7 + session.day.rank)) <= days
            ]
            if near:
                gap, days = min(near)
                yield Finding(
                    f"A strength session {gap} days before a race; in the last {days} days "
                    "before a race, keep strength work light.",
                    day=session.day,
                    week=index + 1,
                )


def _ramp(ctx: BlockContext) -> Iterator[Finding]:
    if ctx.athlete.level is not Level.beginner:
        return
    ramp = ctx.cycle.ramp_weeks
    for index, plan in enumerate(ctx.block.weeks[:ramp]):
        if len(plan.sessions) > 1:
            yield Finding(
                f"Week {index + 1} holds {len(plan.sessions)} sessions; a beginner's first "
                f"{ramp} weeks hold one.",
                week=index + 1,
            )


RULES: tuple[Rule[BlockContext], ...] = (
    Rule(
        code="RS405",
        title="A deload week on a regular cycle and a taper before a race",
        severity=Severity.warning,
        source="convention",
        why=(
            "Adaptation happens in recovery: a lighter week every few weeks lets the work sink in, "
            "and the last days before a race are for arriving fresh, not for getting stronger."
        ),
        check=_cycle,
        scopes=("block",),
    ),
    Rule(
        code="RS406",
        title="Beginners start with one session a week and add a second later",
        severity=Severity.warning,
        source="003",
        why=(
            "A beginner's muscles and tendons need a few weeks of one session to adapt before a "
            "second one adds to the running."
        ),
        check=_ramp,
        scopes=("block",),
    ),
)
