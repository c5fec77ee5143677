"""Block rules RS405–RS406, what a block check sees, and the week-to-week steps RS401 checks.

RS405 counts a deload every ``deload_every`` training weeks in a row (or follows the
running's cut-back weeks), except for a beginner (whose short sessions ease off with the
running only) and before the goal race of a season of :data:`SHORT_TO_RACE` weeks or
fewer, whose taper is its lighter time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

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

__all__ = ["EASED", "RULES", "SHORT_TO_RACE", "TRAINING", "TUNE_UP_DAYS", "BlockContext", "Race"]

TRAINING: Final = frozenset(
    {Phase.build, Phase.general, Phase.strength, Phase.power, Phase.maintenance}
)
"""The training phases: weeks that build or keep strength (``build`` is version 1's)."""

EASED: Final = frozenset({Phase.taper, Phase.race, Phase.recovery})
"""Weeks eased for a race: they reset the deload count and need no deload of their own."""

SHORT_TO_RACE: Final = 8
"""A season of this many weeks or fewer up to and including its goal race has no deload on
the ``deload_every`` count before the race: the taper is its lighter time (convention)."""

TUNE_UP_DAYS: Final = 3
"""No strength session in this many days before a tune-up race: a short taper (convention)."""


@attrs.frozen
class Race:
    """A race in a block: its day counted from the block's first Monday, and whether it is the goal.

    Every race of the goal race's week (the last week with one) is a goal race; earlier
    races are tune-ups.
    """

    day: int
    goal: bool

    @property
    def week(self) -> int:
        """The block week of the race (1 for the first)."""
        return self.day // 7 + 1


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

    def races(self) -> tuple[Race, ...]:
        """Every race of the block's running, in order, the goal race's week marked."""
        running = self.block.running
        goal = goal_race(running)
        return tuple(
            Race(index * 7 + day.rank, goal=index == goal)
            for index, week in enumerate(running)
            for day in week.race_days
        )

    def cut_backs(self) -> tuple[bool, ...]:
        """Which weeks are the running's cut-back weeks (``BlockSettings.cutback_percent``)."""
        return cut_backs(self.block.running, drop_percent=self.cycle.cutback_percent)

    def follows_running(self) -> bool:
        """Whether deloads follow the running: it cuts back outside a race's taper and weeks.

        A cut-back in a taper, race or recovery week alone does not count: a taper's
        lighter running is not a cycle to line deloads up with.
        """
        return any(
            cut and phase not in EASED
            for cut, phase in zip(self.cut_backs(), self.block.phases, strict=True)
        )

    def strength_sessions(self) -> Iterator[tuple[int, Session]]:
        """Each ``strength``-focus session with its day counted from the block's first Monday."""
        for index, plan in enumerate(self.block.weeks):
            for session in plan.sessions:
                if session.focus is Focus.strength:
                    yield index * 7 + session.day.rank, session


def _cycle(ctx: BlockContext) -> Iterator[Finding]:
    block, every = ctx.block, ctx.cycle.deload_every
    streak = 0
    # With cut-back weeks in the running, deloads follow them instead (RS409).
    # A beginner's one or two short sessions need no calendar deload (convention): they
    # ease off with the running's cut-back weeks only (RS409).
    counted = every and not ctx.follows_running() and ctx.athlete.level is not Level.beginner
    goal = goal_race(block.running)
    short = goal is not None and goal + 1 <= SHORT_TO_RACE
    for index, (plan, phase) in enumerate(zip(block.weeks, block.phases, strict=True)):
        number = index + 1
        streak = streak + 1 if phase in TRAINING else 0
        exempt = short and goal is not None and index < goal
        if counted and streak >= every and not exempt:
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
    yield from _before_races(ctx)


def _before_races(ctx: BlockContext) -> Iterator[Finding]:
    """No strength session in the taper before the goal race, nor just before a tune-up."""
    races = ctx.races()
    for day, session in ctx.strength_sessions():
        for race in races:
            gap = race.day - day
            window = ctx.cycle.taper_days if race.goal else TUNE_UP_DAYS
            if not 0 < gap <= window:
                continue
            if race.goal:
                advice = f"in the last {window} days before the goal race, keep strength work light"
            else:
                advice = f"keep the {window} days before a tune-up race light"
            yield Finding(
                f"A strength session on {session.day.title} of week {day // 7 + 1}, {gap} "
                f"days before the {'goal' if race.goal else 'tune-up'} race in week "
                f"{race.week}; {advice}.",
                day=session.day,
                week=day // 7 + 1,
            )
            break


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
        source="convention; Bosquet et al. 2007",
        why=(
            "Adaptation happens in recovery: a lighter week every few weeks lets the work sink in, "
            "and the last days before a race are for arriving fresh, not for getting stronger "
            "(about ten days before the goal race, three before a tune-up). A season of eight "
            "weeks or fewer to its goal race needs no deload of its own before the race: the "
            "taper is its lighter time. A beginner's one or two short sessions a week need no "
            "calendar deload either: they ease off with the running's cut-back weeks (RS409)."
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
