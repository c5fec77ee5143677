"""Doses shaped to a season's phase, one change an exercise, within time and volume caps.

The helpers :mod:`runstrength._plan.season` uses to turn a week's progressed content into
the week a phase asks for:

- **Strength**: main lifts (loadable squats, lunges, hinges and single-leg moves in the
  strength session) drop to fewer reps (about 5–8 for intermediate and advanced runners,
  the lower half of the catalog range for beginners); a known lift goes heavy (see
  :func:`heavy_dose`); a load chosen by effort gets an effort target, the session's main
  lift a set more, and mastered exercises a harder variation (see
  :mod:`~runstrength._plan.stronger`).
- **Power and maintenance**: the main lifts keep their reps, a set fewer from three sets
  or more (never below two); power adds a jump (see :mod:`~runstrength._plan.power`).
- **Deload, taper, race and recovery**: fewer sets at last week's loads and reps (see
  :mod:`~runstrength._plan.lighter` for how a deload and a taper keep their sessions).
- **One change an exercise** (RS401): where an exercise would change two things, the
  phase's change goes first and the rest waits a week.
- **Caps**: hard sets rise at most ``max_rise_percent`` a week, except back to the level
  before a break, and no session outgrows the athlete's minutes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence

import attrs

from runstrength._model.athlete import Athlete, Lift
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog, SetLog
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Equipment, Focus, Level, Pattern
from runstrength._progression.fit import needs_load
from runstrength._progression.loadmath import estimate_1rm, load_for, round_load
from runstrength._progression.policy import SET_CAP, load_equipment
from runstrength._rules.progression import changed_variables
from runstrength._rules.session import session_minutes_of

__all__ = [
    "JUMP",
    "cut_volume",
    "forecast_logs",
    "heavy_dose",
    "is_main_lift",
    "is_two_legged_squat_or_hinge",
    "jump_for",
    "one_change",
    "strength_amount",
    "strength_sets",
    "trim",
    "with_sets",
]

JUMP = "pogo_hop"
"""The low-level jump a power phase adds first (003: pogo hops, 10–20 s)."""

_MAIN = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge, Pattern.single_leg})

_HEAVY = frozenset({Pattern.squat, Pattern.hinge})
_ONE_LEG = frozenset({Pattern.lunge, Pattern.single_leg})

Sessions = list[list[Prescription]]
"""Each session's prescriptions, in plan order, while a week is being shaped."""


def forecast_logs(plan: WeekPlan) -> tuple[ExerciseLog, ...]:
    """Logs that meet every prescription of ``plan``: the forecast's assumption.

    Each set at the top of the amount range, at the target reps in reserve (the easy end
    of ``dose.rir`` is ``rir.lo``) when the dose has one, at the prescribed load, with clean
    form and no pain.
    """
    logs = []
    for session in plan.sessions:
        for rx in session.exercises:
            dose = rx.dose
            one = SetLog(
                load_kg=dose.load_kg,
                rir=None if dose.rir is None else dose.rir.lo,
                **{dose.unit: dose.amount.hi},
            )
            logs.append(ExerciseLog(exercise=rx.exercise, sets=[one] * dose.sets.lo))
    return tuple(logs)


def with_sets(rx: Prescription, sets: int, reason: str | None = None) -> Prescription:
    """``rx`` with ``sets`` working sets (a single number), and a new reason if given."""
    dose = attrs.evolve(rx.dose, sets=IntRange(sets))
    if reason is None:
        return attrs.evolve(rx, dose=dose)
    return attrs.evolve(rx, dose=dose, reason=reason)


def is_main_lift(exercise: Exercise | None, focus: Focus) -> bool:
    """A loadable squat, lunge, hinge or single-leg move in a strength session."""
    return (
        exercise is not None
        and focus is Focus.strength
        and not exercise.plyometric
        and not exercise.patterns.isdisjoint(_MAIN)
        and (load_equipment(exercise) is not None or needs_load(exercise))
    )


def is_two_legged_squat_or_hinge(exercise: Exercise) -> bool:
    """A two-legged squat or hinge: a lift the strength phase takes heavy from a known lift."""
    patterns = exercise.patterns
    return not patterns.isdisjoint(_HEAVY) and patterns.isdisjoint(_ONE_LEG)


def strength_amount(dose: Dose, catalog_dose: Dose, level: Level) -> IntRange | None:
    """The strength phase's rep range for a main lift, or ``None`` when it is there already.

    Intermediate and advanced runners lift heavier for about 5–8 reps (Blagrove et al.
    2018; Eihara et al. 2022); beginners take the lower half of the catalog's range.
    """
    if dose.unit != "reps" or catalog_dose.unit != "reps":
        return None
    lo, hi = catalog_dose.amount.lo, catalog_dose.amount.hi
    if level is Level.beginner:
        target = IntRange(lo, max(lo, lo + (hi - lo) // 2))
    else:
        low = min(hi, max(5, lo - 2))
        target = IntRange(low, min(hi, low + 3))
    return target if dose.amount.hi > target.hi else None


HEAVY_REPS: dict[Level, IntRange] = {
    Level.intermediate: IntRange(5, 6),
    Level.advanced: IntRange(3, 4),
}
"""The strength phase's reps for a main lift whose load comes from a known lift.

Heavy loads (about 85 % of 1RM for advanced runners, about 80 % for intermediate ones)
improve running economy more than moderate ones (Eihara et al. 2022: 90 % or more best;
Llanos-Lagos et al. 2024: 80 % or more).
"""

HEAVY_RIR = IntRange(2, 2)
"""Reps in reserve on a heavy set: the top of the range still leaves two (no grinding)."""

HEAVY_REST = IntRange(180, 300)
"""Rest between heavy sets for an advanced lifter: 3–5 minutes (ACSM 2009)."""

HEAVY_HINGE_REST = IntRange(150, 180)
"""The least rest between heavy sets otherwise: grip and back position go first."""

MAX_JUMP = 1.10
"""A load rises at most 10 % from one week to the next (ACSM 2009: 2–10 %)."""


def heavy_dose(
    dose: Dose,
    lift: Lift,
    equipment: Equipment | None,
    level: Level,
    *,
    long_rest: bool = True,
    roomy: bool = True,
    since: float | None = None,
) -> Dose | None:
    """A main lift's heavy strength-phase dose from the athlete's known lift, or ``None``.

    Reps from :data:`HEAVY_REPS` at :data:`HEAVY_RIR`; the load for the top of that range
    with those reps in reserve, from the estimated 1RM (Epley), rounded down to what the
    item (``equipment``, the planner's load item) can make, at most :data:`MAX_JUMP` above
    last week's load (``since``, else the load now) and never lighter than now. Advanced
    lifters rest :data:`HEAVY_REST` when ``long_rest`` (the session's first main lift);
    in a ``roomy`` session every heavy set rests at least :data:`HEAVY_HINGE_REST`.
    ``None`` for a beginner, a dose not counted in reps or one at those reps already.
    """
    target = HEAVY_REPS.get(level)
    if target is None or equipment is None or dose.unit != "reps" or dose.amount == target:
        return None
    try:
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        load = round_load(load_for(one_rm, target.hi, rir=HEAVY_RIR.lo), equipment)
        base = since or dose.load_kg
        if base:
            load = min(load, round_load(base * MAX_JUMP, equipment))
    except InputError:
        return None
    load = max(load, dose.load_kg or 0.0)
    if load <= 0:
        return None
    rest = dose.rest_seconds
    if roomy:
        rest = IntRange(max(rest.lo, HEAVY_HINGE_REST.lo), max(rest.hi, HEAVY_HINGE_REST.hi))
    if level is Level.advanced and long_rest:
        rest = HEAVY_REST
    return attrs.evolve(dose.with_amount(target), load_kg=load, rir=HEAVY_RIR, rest_seconds=rest)


def strength_sets(catalog_dose: Dose) -> int:
    """The sets of a main lift in the strength phase: one above the catalog's least."""
    return max(1, min(catalog_dose.sets.hi, catalog_dose.sets.lo + 1, SET_CAP))


def jump_for(athlete: Athlete, catalog: Catalog) -> Exercise | None:
    """The low-level jump the athlete may do, or ``None`` (beginner, injury, kit, catalog)."""
    return _jump_for(athlete.level, athlete.equipment, athlete.injuries, catalog)


@functools.lru_cache(maxsize=256)
def _jump_for(
    level: Level, equipment: frozenset[object], injuries: frozenset[object], catalog: Catalog
) -> Exercise | None:
    if level is Level.beginner:
        return None
    fits = [
        e
        for e in catalog
        if e.plyometric
        and e.suits(level)
        and e.available_with(equipment)  # type: ignore[arg-type]
        and not (e.avoid_with & injuries)
    ]
    fits.sort(key=lambda e: (e.id != JUMP, e.level.rank, e.id))
    return fits[0] if fits else None


def _keeping(old: Dose, new: Dose, variable: str) -> Dose:
    """``new`` with every progression variable but ``variable`` set back to ``old``'s."""
    dose = new
    if variable != "sets":
        dose = attrs.evolve(dose, sets=old.sets)
    if variable != "amount":
        # The reps in reserve go with the reps: a target waits whole.
        dose = attrs.evolve(dose, reps=old.reps, seconds=old.seconds, steps=old.steps, rir=old.rir)
    if variable != "load_kg":
        dose = attrs.evolve(dose, load_kg=old.load_kg)
    if variable != "tempo":
        dose = attrs.evolve(dose, tempo=old.tempo)
    return dose


_WAITS = {
    "sets": "the set change",
    "amount": "the change of reps",
    "load_kg": "the load change",
    "tempo": "the tempo change",
}


def _next_week(dose: Dose, variables: Sequence[str]) -> str:
    """`` (next week: 5–8)``: what the waiting changes will be.

    So the dose printed this week, the old one, is not read as the new one.
    """
    shown = {
        "sets": f"{dose.sets} sets",
        "amount": str(dose.amount),
        "load_kg": "" if dose.load_kg is None else f"{dose.load_kg:g} kg",
        "tempo": "" if dose.tempo is None else f"tempo {dose.tempo}",
    }
    parts = [shown[v] for v in variables if shown.get(v)]
    return f" (next week: {', '.join(parts)})" if parts else ""


def one_change(old: Prescription | None, new: Prescription, order: Sequence[str]) -> Prescription:
    """``new`` changing one variable from ``old`` at most (RS401): the first of ``order``.

    A lighter load (a step back the logs asked for) always goes first.
    """
    if old is None:
        return new
    changed = changed_variables(old, new)
    if len(changed) <= 1:
        return new
    lighter = (new.dose.load_kg or 0.0) < (old.dose.load_kg or 0.0)
    keep = "load_kg" if lighter else next((v for v in order if v in changed), changed[0])
    waits = [_WAITS[v] for v in changed if v != keep and v in _WAITS]
    dose = _keeping(old.dose, new.dose, keep)
    later = _next_week(new.dose, [v for v in changed if v != keep and v in _WAITS])
    note = f" One change at a time: {' and '.join(waits)} waits a week{later}."
    # A load that waits leaves the prescription as it was: "choose by effort" if it was.
    choose = new.choose_load if dose.load_kg == new.dose.load_kg else old.choose_load
    return attrs.evolve(new, dose=dose, reason=(new.reason + note).strip(), choose_load=choose)


def volume(sessions: Sessions) -> int:
    """Hard sets of sessions being shaped (the low end of each set range)."""
    return sum(rx.dose.sets.lo for items in sessions for rx in items)


Pick = Callable[[int, int, Prescription], tuple[int, ...]]
"""The order in which sets come off: a sort key per (session, position, prescription)."""

Floor = Callable[[int, Prescription], int]
"""The fewest sets a prescription keeps while sets come off, per (session, prescription)."""


def cut_volume(
    sessions: Sessions,
    target: int,
    olds: Sequence[dict[str, Prescription]],
    reason: str | None = None,
    key: Pick | None = None,
    drop: Callable[[Sessions], bool] | None = None,
    first: Sequence[int] = (),
    floor: Floor | None = None,
) -> Sessions:
    """Take sets off, one at a time, until the week holds ``target`` hard sets or fewer.

    The prescription with the most sets loses one first (ties: ``key``, then the last in
    the plan); none goes below one set. An exercise whose set cut would make it change two
    things from last week keeps last week's other values (RS401). ``reason``, when given,
    is the new reason of each prescription cut, formatted with ``{before}`` and ``{after}``
    (its sets before and after). When every prescription is down to one set, exercises
    go (sessions in ``first`` first, then the longest) while ``drop(week)`` accepts the
    week left (every session stays whole, every muscle trained). ``floor``, when given,
    is the fewest sets each (session, prescription) keeps while sets come off.
    """
    start = [list(items) for items in sessions]
    out = [list(items) for items in sessions]
    current = volume(out)
    while current > target:
        found = [
            (rx.dose.sets.lo, *(key(s, i, rx) if key else ()), s, i)
            for s, items in enumerate(out)
            for i, rx in enumerate(items)
            if rx.dose.sets.lo > (1 if floor is None else max(1, floor(s, rx)))
        ]
        if not found:
            break
        *_, s, i = max(found)
        rx = out[s][i]
        cut = with_sets(rx, rx.dose.sets.lo - 1)
        old = olds[s].get(rx.exercise)
        if old is not None and len(changed_variables(old, cut)) > 1:
            cut = attrs.evolve(cut, dose=_keeping(old.dose, cut.dose, "sets"))
        out[s][i] = cut
        current = volume(out)
    if current > target and drop is not None:
        out = _dropped(out, target, drop, first, floor)
    if reason is not None:
        for s, items in enumerate(out):
            before = {rx.exercise: rx for rx in start[s]}
            for i, rx in enumerate(items):
                if rx.exercise not in before:
                    continue
                was = before[rx.exercise].dose.sets
                if rx.dose.sets != was:
                    text = reason.format(before=was, after=rx.dose.sets)
                    out[s][i] = attrs.evolve(rx, reason=text)
    return out


def _dropped(
    sessions: Sessions,
    target: int,
    drop: Callable[[Sessions], bool],
    first: Sequence[int],
    floor: Floor | None = None,
) -> Sessions:
    out = [list(items) for items in sessions]
    while volume(out) > target:
        for s in sorted(range(len(out)), key=lambda s: (s not in first, -len(out[s]), -s)):
            options = [
                i
                for i in reversed(range(len(out[s])))
                if (floor is None or floor(s, out[s][i]) <= 1)
                and drop([*out[:s], _without(out[s], i), *out[s + 1 :]])
            ]
            if options:
                out[s] = _without(out[s], options[0])
                break
        else:
            break
    return out


def _without(items: list[Prescription], index: int) -> list[Prescription]:
    return items[:index] + items[index + 1 :]


def trim(
    session: Session,
    items: list[Prescription],
    minutes: int,
    settings: RuleSettings,
    old: dict[str, Prescription],
) -> list[Prescription]:
    """``items`` with sets taken off, most first, until the session fits ``minutes``.

    The session's first exercise (its main lift), and one that changes something else this
    week, lose a set only when no other can.
    """
    out = list(items)

    def spent() -> float:
        return session_minutes_of(attrs.evolve(session, exercises=tuple(out)), settings)

    first = out[0].exercise if out else None

    def floor(_: int, rx: Prescription) -> int:
        was = old.get(rx.exercise)
        changed = was is not None and bool(set(changed_variables(was, rx)) - {"sets"})
        return rx.dose.sets.lo if rx.exercise == first or changed else 1

    while spent() > minutes + 1e-9:
        cut = cut_volume([out], volume([out]) - 1, [old], floor=floor)[0]
        if cut == out:
            cut = cut_volume([out], volume([out]) - 1, [old])[0]
        if cut == out:
            break
        for i, (before, after) in enumerate(zip(out, cut, strict=True)):
            if before != after:
                note = (
                    f" A set fewer ({before.dose.sets} to {after.dose.sets}) to fit your "
                    f"{minutes} minutes."
                )
                out[i] = attrs.evolve(after, reason=(before.reason + note).strip())
    return out


def rise_allowed(before: int, percent: int) -> int:
    """The most hard sets a week may hold after a week of ``before`` (RS408)."""
    return before + max(1, math.ceil(before * percent / 100))
