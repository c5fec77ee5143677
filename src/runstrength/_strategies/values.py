"""Strategies for the small values: levels, kit, ids, athletes, runs, weeks, doses, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._model.athlete import Athlete, Lift
from runstrength._model.block import BlockSettings
from runstrength._model.codes import RULE_CODES
from runstrength._model.dose import _LIMITS, Dose, IntRange, Tempo
from runstrength._model.errors import InputError
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import (
    KITS,
    Equipment,
    Goal,
    Injury,
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
    strategy_of,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

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


_LIFTS_BY_ID = st.dictionaries(IDS, lifts(), max_size=3)


def _check_athlete(fixed: dict[str, object]) -> None:
    """Refuse, when it is called, fixed values that no athlete could have."""
    try:
        Athlete(**{"level": Level.advanced, **fixed})  # type: ignore[arg-type]
    except (InputError, TypeError) as exc:
        raise InvalidArgument(f"athletes(): {exc}") from None


def athletes(
    *,
    level: Level | str | SearchStrategy[Level] | None = None,
    equipment: Collection[Equipment | str]
    | str
    | SearchStrategy[Collection[Equipment]]
    | None = None,
    available_days: Collection[Weekday | str] | SearchStrategy[Collection[Weekday]] | None = None,
    sessions_per_week: int | SearchStrategy[int] | None = None,
    session_minutes: int | SearchStrategy[int] | None = None,
    injuries: Collection[Injury | str] | SearchStrategy[Collection[Injury]] | None = None,
    goals: Collection[Goal | str] | SearchStrategy[Collection[Goal]] | None = None,
    lifts: Mapping[str, Lift] | SearchStrategy[Mapping[str, Lift]] | None = None,
) -> SearchStrategy[Athlete]:
    """Athletes with any valid settings, or with the ones given.

    Every option takes a value, which every athlete drawn then has, or a strategy to draw
    it from, like the arguments of ``hypothesis.strategies.builds``; left out, it is drawn
    from every valid value.

    Args:
        level: The level (default: any).
        equipment: The equipment, as items or a kit name (default: any set or kit).
        available_days: The days strength work may go on (default: any one to seven).
        sessions_per_week: Sessions wanted, 1–3 (default: any).
        session_minutes: Minutes a session may take, 10–120 (default: any).
        injuries: Current complaints (default: any set, often none).
        goals: Goals (default: any set).
        lifts: Known lifts by exercise id (default: up to three, for any ids).

    Returns:
        A strategy for :class:`~runstrength.Athlete` values.

    Raises:
        InvalidArgument: A value given is one no athlete can have (``sessions_per_week=4``,
            ``available_days=[]``, an unknown kit).

    >>> strategy = athletes(level="beginner", sessions_per_week=st.sampled_from([1, 2]))
    """
    options: dict[str, object] = {
        "level": level,
        "equipment": equipment,
        "available_days": available_days,
        "sessions_per_week": sessions_per_week,
        "session_minutes": session_minutes,
        "injuries": injuries,
        "goals": goals,
        "lifts": lifts,
    }
    _check_athlete(
        {
            name: value
            for name, value in options.items()
            if value is not None and not isinstance(value, st.SearchStrategy)
        }
    )
    return st.builds(
        Athlete,
        level=strategy_of(level, levels()),
        equipment=strategy_of(equipment, equipment_sets()),
        available_days=strategy_of(available_days, st.frozensets(WEEKDAYS, min_size=1)),
        sessions_per_week=strategy_of(sessions_per_week, st.integers(min_value=1, max_value=3)),
        session_minutes=strategy_of(session_minutes, st.integers(min_value=10, max_value=120)),
        injuries=strategy_of(injuries, INJURIES),
        goals=strategy_of(goals, st.frozensets(st.sampled_from(Goal))),
        lifts=strategy_of(lifts, _LIFTS_BY_ID),
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
