"""Dosing a session: each exercise's dose, the session's order, and fitting it to time.

Sets are one number, picked within the catalog's range for the level: a session starts at
the low end, sheds or shortens accessories when time is short, and buys sets (up to the
top of the range) and then extra exercises when time allows. Every count of time is
:func:`~runstrength._model.settings.dose_seconds`, the estimate RS203 checks.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs

from runstrength._model.dose import Dose, IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings, dose_seconds, estimate_minutes, set_seconds
from runstrength._model.vocab import Focus, Level
from runstrength._plan.families import Family

__all__ = [
    "HARD_SETS",
    "HIGH_REPS",
    "LIGHT_MINUTES",
    "LIGHT_SETS",
    "PICK_FIELDS",
    "SETS_CAP",
    "WIDEST_HIGH_REPS",
    "WIDEST_REPS",
    "Pick",
    "Role",
    "copied",
    "dose_for",
    "fit_time",
    "in_session_order",
    "lighter_trim",
    "minutes",
    "slack_minutes",
    "widest_top",
]

SETS_CAP: dict[Level, int] = {Level.beginner: 2, Level.intermediate: 3, Level.advanced: 4}
"""The most sets an exercise gets at each level, however much time there is (003's
beginner session is five exercises of two sets: "keep the workout short")."""

HARD_SETS: dict[Level, int] = {Level.beginner: 12, Level.intermediate: 16, Level.advanced: 20}
"""The most sets a strength session holds at each level: more minutes buy no more."""

WIDEST_REPS = 4
"""The most reps a plan's rep range spans, top less bottom, below high-rep sets (see
:func:`widest_top`): a coach writes 8–12, not 6–12 (the watch counts the bottom and the
load note is built on it, so a wider range leaves the top far from that set)."""

WIDEST_HIGH_REPS = 5
"""The most reps a range from :data:`HIGH_REPS` up spans: 10–15 and 15–20, as the sources
write them, rather than 10–14."""

HIGH_REPS = 10
"""The bottom from which a rep range counts as high-rep (see :data:`WIDEST_HIGH_REPS`)."""


def widest_top(bottom: int) -> int:
    """The highest top a rep range from ``bottom`` may have in a plan.

    :data:`WIDEST_REPS` above the bottom, or :data:`WIDEST_HIGH_REPS` above it for
    high-rep sets, so a bodyweight squat's 10–15 and a calf raise's 15–20 stay as the
    sources write them.

    >>> widest_top(6), widest_top(8), widest_top(10), widest_top(15)
    (10, 12, 15, 20)
    """
    return bottom + (WIDEST_HIGH_REPS if bottom >= HIGH_REPS else WIDEST_REPS)


LIGHT_SETS = 2
"""The most sets an exercise gets in a light session: the low end of the range, never grown."""

LIGHT_MINUTES = 25
"""The longest a light session takes (003: a light session builds strength without making
every session heavy)."""


class Role(enum.IntEnum):
    """Why an exercise is in a session, most needed first; time trimming goes from the end."""

    main = 0
    required = 1
    need = 2
    goal = 3
    extra = 4


@attrs.frozen
class Pick:
    """A chosen exercise with its dose, its family and role, and the parts of its reason."""

    exercise: Exercise
    dose: Dose
    family: Family
    role: Role
    cap: int = attrs.field(default=1, kw_only=True)
    floor: int = attrs.field(default=1, kw_only=True)
    reason: Reason | str = attrs.field(default="", kw_only=True)
    choose_load: bool = attrs.field(default=False, kw_only=True)

    @property
    def sets(self) -> int:
        """The sets prescribed (one number)."""
        return self.dose.sets.lo

    def with_sets(self, sets: int) -> Pick:
        """The same pick with ``sets`` sets."""
        if sets not in _SETS:  # out of a dose's bounds: the checks say so
            return attrs.evolve(self, dose=attrs.evolve(self.dose, sets=IntRange(sets)))
        # As attrs.evolve, without checking again the fields that did not change.
        return copied(self, PICK_FIELDS, dose=copied(self.dose, _DOSE_FIELDS, sets=_SETS[sets]))


_SETS = {sets: IntRange(sets) for sets in range(1, 11)}
"""Each number of sets a dose may hold (``Dose`` checks 1–10), as its range, built once."""

_DOSE_FIELDS = tuple(field.name for field in attrs.fields(Dose))
PICK_FIELDS = tuple(field.name for field in attrs.fields(Pick))
"""A pick's fields, in order, for :func:`copied`."""
_T = TypeVar("_T")


def copied(value: _T, names: tuple[str, ...], **changes: object) -> _T:
    """A copy of a frozen value with ``changes``, already checked, set without ``__init__``."""
    copy = _COPIERS.get(names)
    if copy is None:
        copy = _COPIERS[names] = _copier(names)
    return copy(value, changes)  # type: ignore[return-value]  # a value of the type given


_COPIERS: dict[tuple[str, ...], Callable[[object, dict[str, object]], object]] = {}
"""A copier for each tuple of field names :func:`copied` was given (one per value type)."""


def _copier(names: tuple[str, ...]) -> Callable[[object, dict[str, object]], object]:
    """A function copying ``names`` from a value, then each change over them.

    Its code reads each field by name (as attrs writes ``__init__``): no loop and no
    ``getattr`` for each field of each copy.
    """
    if not all(name.isidentifier() for name in names):
        raise ValueError(f"not field names: {names!r}")
    lines = ["def copy(value, changes):", "    new = new_value(type(value))"]
    lines += [f"    set_field(new, {name!r}, value.{name})" for name in names]
    lines += [
        "    for name, item in changes.items():  # each a field of names, set over the copy",
        "        set_field(new, name, item)",
        "    return new",
    ]
    scope: dict[str, object] = {"new_value": object.__new__, "set_field": object.__setattr__}
    exec("\n".join(lines), scope)  # built from field names alone, checked above
    made: Callable[[object, dict[str, object]], object] = scope["copy"]  # type: ignore[assignment]  # the function just defined
    return made


@functools.lru_cache(maxsize=1024)  # keyed on its arguments: sessions pick the same exercises
def dose_for(exercise: Exercise, level: Level, focus: Focus, settings: RuleSettings) -> Dose:
    """The catalog dose for the level, at the low end of its sets, within the rules' bounds.

    A light session stops further from failure (2–3 reps in reserve). Rest never drops
    below the minimum (RS204) and strength sets end within the reps-in-reserve target
    (RS205), even when the catalog or the settings were changed. A rep range wider than
    :func:`widest_top` allows keeps its bottom and loses the top beyond it.
    """
    base = exercise.dose_for(level)
    if base.reps is not None and base.reps.hi > widest_top(base.reps.lo):
        base = attrs.evolve(base, reps=IntRange(base.reps.lo, widest_top(base.reps.lo)))
    target = settings.reps_in_reserve
    rir = base.rir
    if focus is Focus.light:
        if rir is not None:
            lo = max(rir.lo, min(target.lo + 1, target.hi), target.lo)
            rir = IntRange(lo, max(lo, rir.hi))
    elif rir is not None:
        lo, hi = max(rir.lo, target.lo), min(rir.hi, target.hi)
        rir = IntRange(lo, hi) if lo <= hi else target
    rest = base.rest_seconds
    if rest.lo < settings.min_rest_seconds:
        rest = IntRange(settings.min_rest_seconds, max(rest.hi, settings.min_rest_seconds))
    if (rir is None or rir.hi <= _MOST_RIR) and rest.hi <= _MOST_REST:  # within Dose's bounds
        # As attrs.evolve, without checking again the fields that did not change.
        return copied(base, _DOSE_FIELDS, sets=_SETS[base.sets.lo], rir=rir, rest_seconds=rest)
    return attrs.evolve(base, sets=IntRange(base.sets.lo), rir=rir, rest_seconds=rest)


_MOST_RIR = 10  # the most reps in reserve a Dose holds
_MOST_REST = 600  # the most seconds of rest a Dose holds


def minutes(
    picks: Iterable[Pick], warm_up: float, settings: RuleSettings, cool_down: float | None = None
) -> float:
    """Estimated minutes of the picks with the warm-up and cool-down (RS203's estimate)."""
    return estimate_minutes(
        (p.dose for p in picks),
        warm_up_minutes=warm_up,
        cool_down_minutes=cool_down,
        settings=settings,
    )


_ORDER = {
    Family.power: 0,
    Family.bilateral_squat: 1,
    Family.hinge: 2,
    Family.single_leg_knee: 3,
    Family.bridge: 4,
    Family.hip_stability: 5,
    Family.adductor: 6,
    Family.straight_knee_calf: 7,
    Family.bent_knee_calf: 8,
    Family.isolation: 9,
    Family.core: 10,
    Family.other: 11,
}


def in_session_order(picks: list[Pick]) -> list[Pick]:
    """Power first while fresh, then the main lift, the rest by role and family.

    After the main lift come the required patterns (big lifts, then single-leg work, hips
    and calves), the week's needs, and extras last.
    """
    return sorted(picks, key=lambda p: (p.family is not Family.power, p.role, _ORDER[p.family]))


def _set_seconds(pick: Pick, settings: RuleSettings) -> float:
    return (dose_seconds(pick.dose, settings) - settings.changeover_seconds) / pick.sets


def fit_time(
    picks: list[Pick],
    reserve: list[Pick],
    budget_seconds: float,
    *,
    settings: RuleSettings,
    grow: bool,
    most: int,
    keep_needs: bool = False,
    hard: int | None = None,
) -> tuple[list[Pick], list[Reason]]:
    """Fit the picks (most needed first) to ``budget_seconds`` of exercise time.

    Over time: extras go first (last first), then accessories lose sets (down to one),
    then rests drop to the short end of their range, then the week's needs go (unless
    ``keep_needs``), then the main lift loses sets down to its floor; nothing
    that covers a required pattern goes, and a session keeps at least the fewest
    exercises RS201 allows. With time to spare (and ``grow``): each exercise gains a set
    in turn, most needed first, up to its cap; when none can, an exercise from
    ``reserve`` joins, up to ``most`` exercises. The main lift gains sets first and no
    accessory ever holds more sets than it; a hold or small move (a Copenhagen plank
    beside a one-set hinge) grows no further than the session's squat, lunge and hinge
    work while one of them is below its cap. With ``hard``, the session never holds more
    than that many sets in all, whatever the time.

    Returns the picks and notes on what time changed (codes ``trim.…``).
    """
    picks = list(picks)
    _main_first(picks)
    floor = settings.exercises_per_session.lo
    cost = [dose_seconds(p.dose, settings) for p in picks]
    counts = [p.dose.sets.lo for p in picks]  # each pick's sets, kept beside its cost
    dropped: list[Exercise] = []
    shortened: list[Exercise] = []

    def over() -> bool:
        if sum(cost) > budget_seconds + 1e-9:  # the quick test first: a sum of floats
            return True
        return hard is not None and sum(counts) > hard

    _drop(picks, cost, counts, (Role.goal, Role.extra), floor, over, dropped)
    _shorten(picks, cost, counts, settings, over, shortened, main=False)
    rests = over() and _short_rests(picks, cost, settings)
    if not keep_needs:
        _drop(picks, cost, counts, (Role.need,), floor, over, dropped)
    _shorten(picks, cost, counts, settings, over, shortened, main=True)
    notes = []
    if dropped:
        notes.append(say("trim.left_out", **_named(reversed(dropped))))
    if shortened:
        notes.append(say("trim.fewer_sets", **_named(dict.fromkeys(shortened))))
    if rests:
        notes.append(say("trim.short_rests"))
    if grow:
        _grow(picks, cost, reserve, budget_seconds, settings, most, hard)
    _main_first(picks)
    return picks, notes


def _named(exercises: Iterable[Exercise]) -> dict[str, str]:
    """The parameters naming ``exercises`` in a trim's reason: their ids and their names."""
    listed = list(exercises)
    return {
        "exercises": ",".join(ex.id for ex in listed),
        "exercise_names": ", ".join(ex.name for ex in listed),
    }


_LIGHTER = {
    "trim.left_out": "trim.left_out.lighter",
    "trim.fewer_sets": "trim.fewer_sets.lighter",
    "trim.short_rests": "trim.short_rests.lighter",
}
"""Each trim's code when the week's strength session, not time, made the cut."""


def lighter_trim(note: Reason) -> Reason:
    """A trim's reason, said of a light session kept lighter than the week's strength one."""
    code = _LIGHTER.get(note.code)
    return note if code is None else say(code, **note.params)


def _main_first(picks: list[Pick]) -> None:
    """No accessory holds more sets than the main lift (when the session has one).

    A pick whose floor is higher keeps its floor (an Achilles athlete's calf block).
    """
    main = None
    for pick in picks:  # the first main lift's sets (read from the dose: no property call)
        if pick.role is Role.main:
            main = pick.dose.sets.lo
            break
    if main is None:
        return
    for index, pick in enumerate(picks):
        if pick.role is not Role.main and pick.dose.sets.lo > max(main, pick.floor):
            picks[index] = pick.with_sets(max(main, pick.floor))


def _drop(
    picks: list[Pick],
    cost: list[float],
    counts: list[int],
    roles: tuple[Role, ...],
    floor: int,
    over: Callable[[], bool],
    names: list[Exercise],
) -> None:
    for index in range(len(picks) - 1, -1, -1):
        if picks[index].role not in roles:
            continue  # nothing changes here: the time and the count are as they were
        if not over() or len(picks) <= floor:
            return
        names.append(picks.pop(index).exercise)
        cost.pop(index)
        counts.pop(index)


def _short_rests(picks: list[Pick], cost: list[float], settings: RuleSettings) -> bool:
    changed = False
    for index, pick in enumerate(picks):
        rest = pick.dose.rest_seconds
        if rest.lo < rest.hi:
            # As attrs.evolve: the short end of a checked rest range is a rest the checks pass.
            dose = copied(pick.dose, _DOSE_FIELDS, rest_seconds=IntRange(rest.lo))
            picks[index] = copied(pick, PICK_FIELDS, dose=dose)
            cost[index] = dose_seconds(dose, settings)
            changed = True
    return changed


_MAIN = (Role.main,)
_NOT_MAIN = tuple(r for r in Role if r is not Role.main)
"""The roles :func:`_shorten` takes sets off: the main lift's, or every other."""


def _shorten(
    picks: list[Pick],
    cost: list[float],
    counts: list[int],
    settings: RuleSettings,
    over: Callable[[], bool],
    names: list[Exercise],
    *,
    main: bool,
) -> None:
    roles = _MAIN if main else _NOT_MAIN
    # A set at a time off the last pick that may lose one, while over: the picks after it
    # are at their floor, so each loses its sets down to its floor before the one before.
    # The sets and the cost are counted down (the cost as dose_seconds gives it for that
    # many sets) and the pick is copied once, with the sets it ends with.
    for index in range(len(picks) - 1, -1, -1):
        pick = picks[index]
        if pick.role not in roles:
            continue
        sets = counts[index]
        one: float | None = None  # one set's seconds, read when the first set goes
        while sets > pick.floor and over():
            if one is None:
                one = set_seconds(pick.dose, settings)
            names.append(pick.exercise)
            sets -= 1
            counts[index] = sets
            cost[index] = sets * one + settings.changeover_seconds
        if one is not None:
            picks[index] = pick.with_sets(sets)


def _grow(
    picks: list[Pick],
    cost: list[float],
    reserve: list[Pick],
    budget: float,
    settings: RuleSettings,
    most: int,
    hard: int | None,
) -> None:
    reserve = list(reserve)
    room = hard if hard is not None else 1_000
    total = sum(p.sets for p in picks)
    spent = sum(cost)
    while True:
        added = False
        main = max((p.sets for p in picks if p.role is Role.main), default=room)
        lifts = min((p.sets for p in picks if _is_lift(p) and p.sets < p.cap), default=room)
        for index, pick in enumerate(picks):
            if total >= room:
                return
            is_main = pick.role is Role.main
            if pick.sets >= pick.cap or (not is_main and pick.sets >= main):
                continue  # at its cap, or waiting for the main lift to gain sets first
            if not (is_main or _is_lift(pick)) and pick.sets >= lifts:
                continue  # a hold or small move never outgrows the session's other lifts
            step = _set_seconds(pick, settings)
            if spent + step <= budget:
                picks[index] = pick.with_sets(pick.sets + 1)
                new_cost = dose_seconds(picks[index].dose, settings)
                spent += new_cost - cost[index]
                cost[index] = new_cost
                total += 1
                if is_main:
                    main = max(main, pick.sets + 1)
                added = True
        if added:
            continue
        if len(picks) >= most:
            return
        for index, extra in enumerate(reserve):
            extra_cost = dose_seconds(extra.dose, settings)
            if total + extra.sets <= room and spent + extra_cost <= budget:
                picks.append(reserve.pop(index))
                cost.append(extra_cost)
                spent += extra_cost
                total += extra.sets
                added = True
                break
        if not added:
            return


_LIFTS = frozenset({Family.bilateral_squat, Family.single_leg_knee, Family.hinge})


def _is_lift(pick: Pick) -> bool:
    """Whether ``pick`` is one of the session's required lifts (a squat, lunge or hinge)."""
    return pick.role is Role.required and pick.family in _LIFTS


def slack_minutes(level: Level) -> float:
    """Minutes a strength session may run past the athlete's (RS203 warns past half of one).

    None for a beginner: the season keeps a beginner's session to its minutes, so a set
    built into the slack would only be cut again in the week's plan.
    """
    return 0.0 if level is Level.beginner else 0.5
