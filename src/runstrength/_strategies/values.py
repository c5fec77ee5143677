"""Strategies for the small values: levels, kit, ids, athletes, runs, weeks, doses, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._model.athlete import Athlete, Lift
from runstrength._model.block import BlockSettings
from runstrength._model.codes import RULE_CODES
from runstrength._model.dose import _LIMITS, Dose, IntRange, Tempo
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import (
    KITS,
    Equipment,
    Goal,
    Level,
    Muscle,
    RunKind,
    Severity,
    Weekday,
)
from runstrength._model.week import MAX_RUNS_PER_DAY, Run, RunningWeek
from runstrength._strategies.base import (
    EQUIPMENT,
    IDS,
    INJURIES,
    LOADS,
    MINUTES,
    UNITS,
    WEEKDAYS,
    Unit,
    by_unit,
    for_unit,
)

if TYPE_CHECKING:
    from collections.abc import Collection

    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "DOSES",
    "RANGES",
    "TEMPOS",
    "athletes",
    "block_settings",
    "doses",
    "equipment_sets",
    "exercise_ids",
    "int_ranges",
    "levels",
    "rule_settings",
    "running_weeks",
    "runs",
    "tempos",
]


def levels() -> SearchStrategy[Level]:
    """Training levels: ``beginner``, ``intermediate`` or ``advanced``.

    Returns:
        A strategy for :class:`~runstrength.Level` members.
    """
    return st.sampled_from(Level)


def equipment_sets() -> SearchStrategy[frozenset[Equipment]]:
    """Sets of equipment: any subset of :class:`~runstrength.Equipment`, or a named kit.

    The kits (``none``, ``home``, ``gym``) are drawn often, so the empty set and the full
    gym show up even though random subsets rarely hit them.

    Returns:
        A strategy for frozensets of equipment items.
    """
    return st.sampled_from(list(KITS.values())) | st.frozensets(EQUIPMENT)


def exercise_ids() -> SearchStrategy[str]:
    """Snake_case exercise ids, as :class:`~runstrength.Exercise` accepts them.

    Returns:
        A strategy for ids matching ``[a-z][a-z0-9_]{0,63}``.
    """
    return IDS


def lifts() -> SearchStrategy[Lift]:
    """Known lifts: a load of 0.5–300 kg (in 0.5 kg steps), 1–30 reps, 0–10 in reserve.

    Returns:
        A strategy for :class:`~runstrength.Lift` values.
    """
    return st.builds(
        Lift,
        load_kg=st.integers(min_value=1, max_value=600).map(lambda half: half / 2),
        reps=st.integers(min_value=1, max_value=30),
        rir=st.integers(min_value=0, max_value=10),
    )


def athletes(
    *,
    level: Level | None = None,
    equipment: Collection[Equipment] | str | None = None,
) -> SearchStrategy[Athlete]:
    """Athletes with any valid settings.

    Args:
        level: Fix the level (default: any).
        equipment: Fix the equipment, as items or a kit name (default: any set or kit).

    Returns:
        A strategy for :class:`~runstrength.Athlete` values.
    """
    return st.builds(
        Athlete,
        level=levels() if level is None else st.just(level),
        equipment=equipment_sets() if equipment is None else st.just(equipment),
        available_days=st.frozensets(WEEKDAYS, min_size=1),
        sessions_per_week=st.integers(min_value=1, max_value=3),
        session_minutes=st.integers(min_value=10, max_value=120),
        injuries=INJURIES,
        goals=st.frozensets(st.sampled_from(Goal)),
        lifts=st.dictionaries(IDS, lifts(), max_size=3),
    )


def runs(*, kinds: SearchStrategy[RunKind] | None = None) -> SearchStrategy[Run]:
    """Runs of any kind, with no length or 1-600 minutes.

    Args:
        kinds: Where to draw the kind from (default: any :class:`~runstrength.RunKind`).

    Returns:
        A strategy for :class:`~runstrength.Run` values.
    """
    return st.builds(
        Run, kind=st.sampled_from(RunKind) if kinds is None else kinds, minutes=MINUTES
    )


@st.composite
def _running_weeks(
    draw: DrawFn,
    day_runs: SearchStrategy[list[Run]],
    race: SearchStrategy[Run] | None,
    max_runs_per_day: int,
) -> RunningWeek:
    days = {str(day): draw(day_runs) for day in Weekday}
    if race is not None:
        day = str(draw(WEEKDAYS))
        kept = days[day][: max_runs_per_day - 1]
        at = draw(st.integers(min_value=0, max_value=len(kept)))
        days[day] = [*kept[:at], draw(race), *kept[at:]]
    return RunningWeek(**days)


def running_weeks(
    *, race: bool | None = None, max_runs_per_day: int = MAX_RUNS_PER_DAY
) -> SearchStrategy[RunningWeek]:
    """Running weeks: 0 to ``max_runs_per_day`` runs on each day.

    Args:
        race: ``True`` for weeks with at least one race, ``False`` for weeks with none,
            ``None`` (default) for either.
        max_runs_per_day: Most runs on one day, 0-2 (default 2).

    Returns:
        A strategy for :class:`~runstrength.RunningWeek` values.

    Raises:
        InvalidArgument: ``max_runs_per_day`` is outside 0-2, or is 0 with ``race=True``.
    """
    if type(max_runs_per_day) is not int or not 0 <= max_runs_per_day <= MAX_RUNS_PER_DAY:
        raise InvalidArgument(
            f"max_runs_per_day={max_runs_per_day!r} must be a whole number in 0..{MAX_RUNS_PER_DAY}"
        )
    if race and max_runs_per_day == 0:
        raise InvalidArgument("race=True needs max_runs_per_day of at least 1")
    kinds = None
    if race is False:
        kinds = st.sampled_from([k for k in RunKind if k is not RunKind.race])
    day_runs = st.lists(runs(kinds=kinds), max_size=max_runs_per_day)
    races = runs(kinds=st.just(RunKind.race)) if race else None
    return _running_weeks(day_runs, races, max_runs_per_day)


def int_ranges(*, min_value: int = 0, max_value: int = 100_000) -> SearchStrategy[IntRange]:
    """Inclusive ranges ``lo..hi`` with ``min_value <= lo <= hi <= max_value``.

    Args:
        min_value: The smallest ``lo`` (at least 0).
        max_value: The largest ``hi`` (at most 100,000, the IntRange limit).

    Returns:
        A strategy for :class:`~runstrength.IntRange` values.

    Raises:
        InvalidArgument: The bounds are outside 0..100,000 or the wrong way round.
    """
    if not 0 <= min_value <= max_value <= 100_000:
        raise InvalidArgument(
            f"need 0 <= min_value <= max_value <= 100000, got {min_value}, {max_value}"
        )
    ends = st.integers(min_value=min_value, max_value=max_value)
    return st.tuples(ends, ends).map(lambda pair: IntRange(min(pair), max(pair)))


RANGES: dict[str, SearchStrategy[IntRange]] = {
    name: int_ranges(min_value=lo, max_value=hi) for name, (lo, hi) in _LIMITS.items()
}
"""Ranges within each of the Dose limits."""


def tempos() -> SearchStrategy[Tempo]:
    """Tempos: 0-10 seconds for each of lowering, pausing and lifting.

    Returns:
        A strategy for :class:`~runstrength.Tempo` values.
    """
    seconds = st.integers(min_value=0, max_value=10)
    return st.builds(Tempo, eccentric=seconds, pause=seconds, concentric=seconds)


TEMPOS = st.none() | tempos()


@st.composite
def _doses(draw: DrawFn, unit: Unit | None) -> Dose:
    chosen: Unit = draw(st.sampled_from(UNITS)) if unit is None else unit
    return Dose(
        sets=draw(RANGES["sets"]),
        per_side=draw(st.booleans()),
        rest_seconds=draw(RANGES["rest_seconds"]),
        rir=draw(st.none() | RANGES["rir"]),
        load_kg=draw(LOADS),
        tempo=draw(TEMPOS),
        **{chosen: draw(RANGES[chosen])},
    )


DOSES: dict[Unit | None, SearchStrategy[Dose]] = by_unit(_doses)


def doses(*, unit: Unit | None = None) -> SearchStrategy[Dose]:
    """Doses within the limits a :class:`~runstrength.Dose` accepts.

    Args:
        unit: ``"reps"``, ``"seconds"`` or ``"steps"`` to fix what the dose counts
            (default: any).

    Returns:
        A strategy for :class:`~runstrength.Dose` values.

    Raises:
        InvalidArgument: ``unit`` is not one of the three.
    """
    return for_unit(DOSES, unit)


def _rule_codes() -> SearchStrategy[str]:
    return st.sampled_from(RULE_CODES)


def rule_settings() -> SearchStrategy[RuleSettings]:
    """Rule thresholds anywhere in the ranges :class:`~runstrength.RuleSettings` accepts.

    Severity overrides use the codes of the registered rules (read on the first draw).

    Returns:
        A strategy for :class:`~runstrength.RuleSettings` values.
    """
    per_rep = st.one_of(
        st.floats(min_value=0.5, max_value=20, allow_nan=False),
        st.integers(min_value=1, max_value=20).map(float),
    )
    return st.builds(
        RuleSettings,
        exercises_per_session=int_ranges(min_value=1, max_value=20),
        min_rest_seconds=st.integers(min_value=0, max_value=600),
        reps_in_reserve=RANGES["rir"],
        max_sessions=st.integers(min_value=1, max_value=7),
        muscles=st.frozensets(st.sampled_from(Muscle)),
        beginner_heavy_kinds=st.integers(min_value=0, max_value=4),
        warm_up_minutes=st.integers(min_value=0, max_value=60),
        seconds_per_rep=per_rep,
        seconds_per_step=per_rep,
        severities=st.dictionaries(st.deferred(_rule_codes), st.sampled_from(Severity)),
    )


def block_settings() -> SearchStrategy[BlockSettings]:
    """How seasons cycle: deloads, taper, a beginner's ramp, volume growth and cut-backs.

    Returns:
        A strategy for :class:`~runstrength.BlockSettings` values.
    """
    return st.builds(
        BlockSettings,
        deload_every=st.integers(min_value=0, max_value=12),
        taper_days=st.integers(min_value=1, max_value=21),
        ramp_weeks=st.integers(min_value=0, max_value=12),
        taper_weeks=st.integers(min_value=1, max_value=4),
        max_rise_percent=st.integers(min_value=5, max_value=100),
        cutback_percent=st.integers(min_value=5, max_value=60),
    )
