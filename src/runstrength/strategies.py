"""Hypothesis strategies for every runstrength value, to property-test code that uses them.

Needs the ``hypothesis`` extra (``pip install runstrength[hypothesis]``). Every strategy
generates only values the constructors accept, and by default reaches every kind of valid
value, within these bounds (kept so that failing examples stay readable and quick):

- text is 1-30 printable characters (letters, marks, digits, punctuation, symbols and
  spaces), not the 100/500/2000 characters the constructors allow, and no tabs, newlines or
  other white space;
- lists of texts (aliases, cues, reasons, shortfalls, steps) hold at most 3 items, an
  exercise at most 3 equipment groups, a week plan at most 8 sessions and 8 decisions, a
  week plan inside :func:`blocks` at most 3 sessions;
- exercise ids inside plans come from a catalog (see below), never unknown ids.

Use them like hypothesis' own strategies::

    from hypothesis import given
    import runstrength as rs
    from runstrength import strategies as rst

    @given(rst.athletes(level=rs.Level.beginner), rst.running_weeks(race=False))
    def test_my_planner(athlete, week): ...

Strategies that need exercise ids (:func:`prescriptions`, :func:`sessions`,
:func:`week_plans`, :func:`progressions`) draw them from the catalog passed as
``catalog=``, or from :func:`runstrength.default_catalog` (read on the first draw, not at
import). :func:`week_plans` builds *arbitrary* plans that may break any rule: feed them to
validators, not to code that expects a valid plan.
"""

from __future__ import annotations

import functools
import operator
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, Block, BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.dose import _LIMITS, Dose, IntRange, Tempo
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog, Progression, SetLog
from runstrength._model.plan import DayDecision, Prescription, Routine, Session, Violation, WeekPlan
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import (
    KITS,
    Change,
    Equipment,
    Focus,
    Goal,
    Injury,
    Level,
    Muscle,
    Pain,
    Pattern,
    Phase,
    Placement,
    RunKind,
    Severity,
    Symptom,
    Weekday,
)
from runstrength._model.week import MAX_RUNS_PER_DAY, Run, RunningWeek

if TYPE_CHECKING:
    from collections.abc import Collection

    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "athletes",
    "block_settings",
    "blocks",
    "catalogs",
    "day_decisions",
    "doses",
    "equipment_sets",
    "exercise_ids",
    "exercise_logs",
    "exercises",
    "from_type",
    "int_ranges",
    "levels",
    "prescriptions",
    "progressions",
    "routines",
    "rule_settings",
    "running_weeks",
    "runs",
    "sessions",
    "set_logs",
    "tempos",
    "violations",
    "week_plans",
]

T = TypeVar("T")

Unit = Literal["reps", "seconds", "steps"]

_UNITS: tuple[Unit, ...] = ("reps", "seconds", "steps")

_TEXT_SIZE = 30
"""Longest text generated: short enough to read in a failing example."""

_TEXT_ALPHABET = st.characters(categories=("L", "M", "N", "P", "S"), include_characters=" ")
"""Printable characters: letters, marks, digits, punctuation, symbols and the space."""

_SET_LOG_LIMITS: dict[str, int] = {"reps": 200, "seconds": 3600, "steps": 500, "rir": 10}
"""Upper bounds of :class:`~runstrength.SetLog` counts (the lower bound is 0)."""

_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _name_key(name: str) -> str:
    """How a catalog compares names: case, spaces, ``-`` and ``_`` folded (see Catalog.find)."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


# Building a strategy costs more than drawing from it, so the pieces are built once.
_TEXT = st.text(_TEXT_ALPHABET, min_size=1, max_size=_TEXT_SIZE).filter(str.strip)
_TEXTS = st.lists(_TEXT, max_size=3).map(tuple)
_LOADS = st.none() | st.one_of(
    st.floats(min_value=-0.0, max_value=1000, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=1000).map(float),
)
_IDS = st.builds(
    operator.add, st.sampled_from(_LOWER), st.text(_LOWER + "0123456789_", max_size=63)
)
_WEEKDAYS = st.sampled_from(Weekday)
_EQUIPMENT = st.sampled_from(Equipment)
_GROUPS = st.lists(st.frozensets(_EQUIPMENT, min_size=1), max_size=3)
_LOAD_WITH = st.lists(_EQUIPMENT, max_size=3)
_PATTERNS = st.frozensets(st.sampled_from(Pattern), min_size=1)
_PRIMARY = st.frozensets(st.sampled_from(Muscle), min_size=1)
_INJURIES = st.frozensets(st.sampled_from(Injury))
_MINUTES = st.none() | st.integers(min_value=1, max_value=600)
_CODES = st.integers(min_value=0, max_value=999).map(lambda n: f"RS{n:03d}")


# --------------------------------------------------------------------------- vocabulary


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
    return st.sampled_from(list(KITS.values())) | st.frozensets(_EQUIPMENT)


def exercise_ids() -> SearchStrategy[str]:
    """Snake_case exercise ids, as :class:`~runstrength.Exercise` accepts them.

    Returns:
        A strategy for ids matching ``[a-z][a-z0-9_]{0,63}``.
    """
    return _IDS


# --------------------------------------------------------------------------- athlete, week


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
        available_days=st.frozensets(_WEEKDAYS, min_size=1),
        sessions_per_week=st.integers(min_value=1, max_value=3),
        session_minutes=st.integers(min_value=10, max_value=120),
        injuries=_INJURIES,
        goals=st.frozensets(st.sampled_from(Goal)),
    )


def runs(*, kinds: SearchStrategy[RunKind] | None = None) -> SearchStrategy[Run]:
    """Runs of any kind, with no length or 1-600 minutes.

    Args:
        kinds: Where to draw the kind from (default: any :class:`~runstrength.RunKind`).

    Returns:
        A strategy for :class:`~runstrength.Run` values.
    """
    return st.builds(
        Run, kind=st.sampled_from(RunKind) if kinds is None else kinds, minutes=_MINUTES
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
        day = str(draw(_WEEKDAYS))
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


# --------------------------------------------------------------------------- doses


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


_RANGES: dict[str, SearchStrategy[IntRange]] = {
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


_TEMPOS = st.none() | tempos()


@st.composite
def _doses(draw: DrawFn, unit: Unit | None) -> Dose:
    chosen: Unit = draw(st.sampled_from(_UNITS)) if unit is None else unit
    return Dose(
        sets=draw(_RANGES["sets"]),
        per_side=draw(st.booleans()),
        rest_seconds=draw(_RANGES["rest_seconds"]),
        rir=draw(st.none() | _RANGES["rir"]),
        load_kg=draw(_LOADS),
        tempo=draw(_TEMPOS),
        **{chosen: draw(_RANGES[chosen])},
    )


_DOSES: dict[Unit | None, SearchStrategy[Dose]] = {u: _doses(u) for u in (None, *_UNITS)}


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
    if unit not in _DOSES:
        raise InvalidArgument(f"unit={unit!r} must be 'reps', 'seconds', 'steps' or None")
    return _DOSES[unit]


# --------------------------------------------------------------------------- exercises


def _draw_exercise(
    draw: DrawFn, exercise_id: str, level: Level, easier: str | None, harder: str | None
) -> Exercise:
    patterns = draw(_PATTERNS)
    primary = draw(_PRIMARY)
    others = [m for m in Muscle if m not in primary]
    secondary = draw(st.frozensets(st.sampled_from(others))) if others else frozenset()
    return Exercise(
        id=exercise_id,
        name=draw(_TEXT),
        aliases=draw(_TEXTS),
        patterns=patterns,
        primary=primary,
        secondary=secondary,
        equipment=draw(_GROUPS),
        load_with=draw(_LOAD_WITH),
        level=level,
        plyometric=Pattern.plyometric in patterns,
        easier=easier,
        harder=harder,
        doses={lvl: draw(_DOSES[None]) for lvl in Level if lvl >= level},
        avoid_with=draw(_INJURIES),
        cues=draw(_TEXTS),
        mistakes=draw(_TEXTS),
        sources=draw(_TEXTS),
    )


@st.composite
def _exercises(
    draw: DrawFn,
    ids: SearchStrategy[str],
    level: SearchStrategy[Level],
    easier: SearchStrategy[str | None],
    harder: SearchStrategy[str | None],
) -> Exercise:
    exercise_id = draw(ids)
    return _draw_exercise(
        draw,
        exercise_id,
        draw(level),
        draw(easier.filter(lambda other: other != exercise_id)),
        draw(harder.filter(lambda other: other != exercise_id)),
    )


def exercises(
    *,
    ids: SearchStrategy[str] | None = None,
    level: Level | None = None,
    easier: SearchStrategy[str | None] | None = None,
    harder: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Exercise]:
    """Valid exercises, with no easier/harder links unless asked for.

    An exercise on its own cannot know which ids its links may point to, so by default
    ``easier`` and ``harder`` are ``None``; :func:`catalogs` builds linked exercises.
    Each exercise has a dose for every level it suits, and none for lower levels.

    Args:
        ids: Where to draw the id from (default: :func:`exercise_ids`).
        level: Fix the lowest level it suits (default: any).
        easier: Where to draw the ``easier`` link from (default: always ``None``).
            A drawn id equal to the exercise's own is rejected.
        harder: Where to draw the ``harder`` link from, likewise.

    Returns:
        A strategy for :class:`~runstrength.Exercise` values.
    """
    return _exercises(
        _IDS if ids is None else ids,
        levels() if level is None else st.just(level),
        st.none() if easier is None else easier,
        st.none() if harder is None else harder,
    )


@st.composite
def _catalogs(draw: DrawFn, min_size: int, max_size: int | None) -> Catalog:
    ids = draw(st.lists(_IDS, min_size=min_size, max_size=max_size, unique_by=_name_key))
    count = len(ids)
    ranks = draw(st.lists(levels(), min_size=count, max_size=count))
    # A harder link goes up, an easier link down, an order of the exercises sorted by
    # level. Ties at one level are broken by a drawn order, a separate one per link, so
    # every loop-free layout of links (with levels that fit) can come out.
    links: dict[str, list[str | None]] = {}
    for link in ("harder", "easier"):
        ties = draw(st.permutations(range(count)))
        order = sorted(range(count), key=lambda i: (ranks[i], ties[i]))
        targets: list[str | None] = [None] * count
        for position, index in enumerate(order):
            pool = order[position + 1 :] if link == "harder" else order[:position]
            if pool:
                targets[index] = draw(st.none() | st.sampled_from([ids[i] for i in pool]))
        links[link] = targets
    # Ids are reserved first; a name or alias that would name a second exercise is dropped
    # (a dropped name falls back to the id, which already names its own exercise).
    taken = {_name_key(i): i for i in ids}
    built: list[Exercise] = []
    for index, exercise_id in enumerate(ids):
        ex = _draw_exercise(
            draw, exercise_id, ranks[index], links["easier"][index], links["harder"][index]
        )
        name = ex.name if taken.setdefault(_name_key(ex.name), exercise_id) == exercise_id else ""
        aliases = tuple(
            a for a in ex.aliases if taken.setdefault(_name_key(a), exercise_id) == exercise_id
        )
        built.append(attrs.evolve(ex, name=name or exercise_id, aliases=aliases))
    return Catalog(built)


def catalogs(*, min_size: int = 0, max_size: int | None = None) -> SearchStrategy[Catalog]:
    """Small valid catalogs whose ``easier``/``harder`` links resolve without loops.

    Ids are unique (also as names), names and aliases never name two exercises, and an
    easier variation never needs a higher level than the exercise pointing at it (nor a
    harder one a lower level). Any exercise may link to any other that fits.

    Args:
        min_size: Fewest exercises.
        max_size: Most exercises (default: no limit; most catalogs drawn hold a handful).

    Returns:
        A strategy for :class:`~runstrength.Catalog` values.

    Raises:
        InvalidArgument: The sizes are negative or the wrong way round.
    """
    if min_size < 0 or (max_size is not None and max_size < min_size):
        raise InvalidArgument(f"need 0 <= min_size <= max_size, got {min_size}, {max_size}")
    return _catalogs(min_size, max_size)


# --------------------------------------------------------------------------- plans


def _prescriptions_of(catalog: Catalog) -> SearchStrategy[Prescription]:
    if not len(catalog):
        raise InvalidArgument("prescriptions() needs a catalog with at least one exercise")
    return st.one_of(
        [
            st.builds(
                Prescription, st.just(ex.id), st.sampled_from(tuple(ex.doses.values())) | doses()
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
    return st.builds(Routine, minutes=int_ranges(max_value=60), steps=_TEXTS)


_ROUTINES = st.none() | routines()


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
        day=_WEEKDAYS,
        focus=st.sampled_from(Focus),
        placement=st.sampled_from(Placement),
        exercises=st.lists(prescriptions(catalog=catalog), max_size=50).map(tuple),
        reasons=_TEXTS,
        warm_up=_ROUTINES,
        cool_down=_ROUTINES,
    )


def day_decisions() -> SearchStrategy[DayDecision]:
    """Decisions for a day: a focus (or none) and a reason.

    Returns:
        A strategy for :class:`~runstrength.DayDecision` values.
    """
    return st.builds(
        DayDecision, day=_WEEKDAYS, focus=st.none() | st.sampled_from(Focus), reason=_TEXT
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
    return st.builds(
        WeekPlan,
        sessions=st.lists(sessions(catalog=catalog), max_size=8).map(tuple),
        shortfalls=_TEXTS,
        decisions=st.lists(day_decisions(), max_size=8).map(tuple),
    )


def violations() -> SearchStrategy[Violation]:
    """Rule breaks with any ``RS`` code, severity, day, exercise and block week.

    Returns:
        A strategy for :class:`~runstrength.Violation` values.
    """
    return st.builds(
        Violation,
        code=_CODES,
        rule=_TEXT,
        severity=st.sampled_from(Severity),
        message=_TEXT,
        day=st.none() | _WEEKDAYS,
        exercise=st.none() | _IDS,
        week=st.none() | st.integers(min_value=1, max_value=MAX_WEEKS),
    )


# --------------------------------------------------------------------------- logs


@st.composite
def _set_logs(draw: DrawFn, unit: Unit | None) -> SetLog:
    if unit is None:
        counted = draw(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=3, unique=True))
    else:
        counted = [unit]
    amounts = {
        name: draw(st.integers(min_value=0, max_value=_SET_LOG_LIMITS[name])) for name in counted
    }
    rir = st.none() | st.integers(min_value=0, max_value=_SET_LOG_LIMITS["rir"])
    return SetLog(load_kg=draw(_LOADS), rir=draw(rir), **amounts)


_SET_LOGS: dict[Unit | None, SearchStrategy[SetLog]] = {u: _set_logs(u) for u in (None, *_UNITS)}


def set_logs(*, unit: Unit | None = None) -> SearchStrategy[SetLog]:
    """Logged sets: reps, seconds or steps (one or more of them), load and RIR.

    Args:
        unit: Log only this count (default: any non-empty mix of the three).

    Returns:
        A strategy for :class:`~runstrength.SetLog` values.

    Raises:
        InvalidArgument: ``unit`` is not one of the three.
    """
    if unit not in _SET_LOGS:
        raise InvalidArgument(f"unit={unit!r} must be 'reps', 'seconds', 'steps' or None")
    return _SET_LOGS[unit]


def exercise_logs(*, prescription: Prescription | None = None) -> SearchStrategy[ExerciseLog]:
    """Exercise logs: up to 20 sets, pain, form and red-flag symptoms.

    Args:
        prescription: When given, logs of that prescription's exercise whose sets count
            its dose's unit (reps, seconds or steps). Default: any id and any sets.

    Returns:
        A strategy for :class:`~runstrength.ExerciseLog` values.
    """
    if prescription is None:
        ids, sets = _IDS, set_logs()
    else:
        ids, sets = st.just(prescription.exercise), set_logs(unit=prescription.dose.unit)
    return st.builds(
        ExerciseLog,
        exercise=ids,
        sets=st.lists(sets, max_size=20).map(tuple),
        pain=st.sampled_from(Pain),
        form_ok=st.booleans(),
        symptoms=st.frozensets(st.sampled_from(Symptom)),
    )


def progressions(*, catalog: Catalog | None = None) -> SearchStrategy[Progression]:
    """Progression decisions: a next prescription, the one change and a reason.

    Args:
        catalog: Where exercise ids come from (default: the packaged catalog).

    Returns:
        A strategy for :class:`~runstrength.Progression` values.
    """
    return st.builds(
        Progression,
        next=prescriptions(catalog=catalog),
        change=st.sampled_from(Change),
        reason=_TEXT,
    )


# --------------------------------------------------------------------------- settings


def _rule_codes() -> SearchStrategy[str]:
    # Read on first draw: the rule modules are many and only settings need their codes.
    from runstrength._rules.validate import rules  # noqa: PLC0415

    return st.sampled_from(sorted(rule.code for rule in rules()))


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
        reps_in_reserve=_RANGES["rir"],
        max_sessions=st.integers(min_value=1, max_value=7),
        muscles=st.frozensets(st.sampled_from(Muscle)),
        beginner_heavy_kinds=st.integers(min_value=0, max_value=4),
        warm_up_minutes=st.integers(min_value=0, max_value=60),
        seconds_per_rep=per_rep,
        seconds_per_step=per_rep,
        severities=st.dictionaries(st.deferred(_rule_codes), st.sampled_from(Severity)),
    )


# --------------------------------------------------------------------------- blocks


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
        reasons=[draw(_TEXT) for _ in entries] if reasons else (),
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
    plans = st.builds(
        WeekPlan,
        sessions=st.lists(sessions(catalog=catalog), max_size=3).map(tuple),
        shortfalls=_TEXTS,
        decisions=st.lists(day_decisions(), max_size=7).map(tuple),
    )
    week = st.tuples(plans, st.sampled_from(Phase), running_weeks())
    return _blocks(st.lists(week, min_size=1, max_size=max_weeks))


def block_settings() -> SearchStrategy[BlockSettings]:
    """How blocks cycle: deload interval, taper length and a beginner's ramp.

    Returns:
        A strategy for :class:`~runstrength.BlockSettings` values.
    """
    return st.builds(
        BlockSettings,
        deload_every=st.integers(min_value=0, max_value=12),
        taper_days=st.integers(min_value=1, max_value=21),
        ramp_weeks=st.integers(min_value=0, max_value=12),
    )


# --------------------------------------------------------------------------- by type


def from_type(cls: type[T]) -> SearchStrategy[T]:
    """The default strategy for a runstrength value type, e.g. ``from_type(rs.Athlete)``.

    Handy to property-test something for every type in ``runstrength.VALUE_TYPES``.

    Args:
        cls: A public runstrength value type.

    Returns:
        The strategy this module offers for ``cls``, with its default options.

    Raises:
        InvalidArgument: ``cls`` is not a runstrength value type.
    """
    makers: dict[type, Any] = {
        Athlete: athletes,
        Block: blocks,
        BlockSettings: block_settings,
        Catalog: catalogs,
        DayDecision: day_decisions,
        Dose: doses,
        Exercise: exercises,
        ExerciseLog: exercise_logs,
        IntRange: int_ranges,
        Prescription: prescriptions,
        Progression: progressions,
        Routine: routines,
        RuleSettings: rule_settings,
        Run: runs,
        RunningWeek: running_weeks,
        Session: sessions,
        SetLog: set_logs,
        Tempo: tempos,
        Violation: violations,
        WeekPlan: week_plans,
    }
    if cls not in makers:
        raise InvalidArgument(f"{cls!r} is not a runstrength value type")
    return cast("SearchStrategy[T]", makers[cls]())
