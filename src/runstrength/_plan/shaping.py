"""The numbers of a phase's doses: main lifts, the strength phase's reps and heavy loads.

The helpers :mod:`runstrength._plan.shaper` uses to turn a week's progressed content into
the week a phase asks for (sets taken off and one change an exercise are in
:mod:`~runstrength._plan.cuts`):

- **A lifter's first week** settles in below the heavier weeks (see
  :mod:`~runstrength._plan.settle`).
- **Strength**: main lifts (loadable squats, lunges, hinges and single-leg moves in the
  strength session) drop to fewer reps (about 5–8 for intermediate and advanced runners,
  the lower half of the catalog range for beginners); a known lift goes heavy (see
  :func:`heavy_dose`, and :func:`heavy_reason` for when it is called heavy); a load
  chosen by effort gets an effort target, the session's main lift a set more, and
  mastered exercises a harder variation (see :mod:`~runstrength._plan.stronger`).
- **Power and maintenance**: the main lifts keep their reps, a set fewer from three sets
  or more (never below two); power adds a jump (see :mod:`~runstrength._plan.power`).
- **Deload, taper, race and recovery**: fewer sets at last week's loads and reps (see
  :mod:`~runstrength._plan.deload` and :mod:`~runstrength._plan.taper` for how a deload
  and a taper keep their sessions).
- **A gym runner's hip drill**: a band walk in place of the side-lying leg raise (see
  :func:`without_floor_raise`).
- **The forecast**: :func:`forecast_logs`, logs that meet every prescription.
"""

from __future__ import annotations

import functools

import attrs

from runstrength._model.athlete import Athlete, Lift
from runstrength._model.catalog import Catalog
from runstrength._model.clean import COUNT_RANGES
from runstrength._model.dose import Dose, IntRange
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog, SetLog
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Equipment, Focus, Level, Pattern
from runstrength._plan.families import NEED, family
from runstrength._plan.loads import set_load
from runstrength._progression.fit import needs_load
from runstrength._progression.loadmath import estimate_1rm, round_load
from runstrength._progression.policy import SET_CAP, load_equipment

__all__ = [
    "JUMP",
    "forecast_logs",
    "heavy_dose",
    "heavy_reason",
    "heavy_share",
    "is_main_lift",
    "is_two_legged_squat_or_hinge",
    "jump_for",
    "open_jumps",
    "strength_amount",
    "strength_sets",
    "stronger_lift",
    "without_floor_raise",
]

JUMP = "pogo_hop"
"""The low-level jump a power phase adds first (003: pogo hops, 10–20 s)."""

_MAIN = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge, Pattern.single_leg})

_HEAVY = frozenset({Pattern.squat, Pattern.hinge})
_ONE_LEG = frozenset({Pattern.lunge, Pattern.single_leg})


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
            rir = None if dose.rir is None else dose.rir.lo
            logs.append(
                _met(rx.exercise, dose.unit, dose.amount.hi, rir, dose.load_kg, dose.sets.lo)
            )
    return tuple(logs)


@functools.lru_cache(maxsize=512, typed=True)  # keyed on the numbers (and their types)
def _met(
    exercise: str, unit: str, amount: int, rir: int | None, load_kg: float | None, sets: int
) -> ExerciseLog:
    """``sets`` sets of ``exercise`` at the top of the amount: a forecast repeats its logs."""
    one = SetLog(load_kg=load_kg, rir=rir, **{unit: amount})
    return ExerciseLog(exercise=exercise, sets=[one] * sets)


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
    2018; Eihara et al. 2022); beginners take the lower half of the catalog's range. The
    range lands on a clean one from the same bottom
    (:data:`~runstrength._model.clean.COUNT_RANGES`): 8–12, not 8–11.
    """
    if dose.unit != "reps" or catalog_dose.unit != "reps":
        return None
    lo, hi = catalog_dose.amount.lo, catalog_dose.amount.hi
    if level is Level.beginner:
        target = IntRange(lo, max(lo, lo + (hi - lo) // 2))
    else:
        low = min(hi, max(5, lo - 2))
        target = IntRange(low, min(hi, low + 3))
    # a range a coach writes, from the same bottom, the higher top on a tie: 8–11 is 8–12,
    # 6–9 is 6–10 (never 6–8, whose top would call for a heavy set's long rest)
    landed = min(
        (r for r in COUNT_RANGES if r.lo == target.lo and r.lo < r.hi),
        key=lambda r: (abs(r.hi - target.hi), -r.hi),
        default=target,
    )
    return landed if dose.amount.hi > landed.hi else None


HEAVY_REPS: dict[Level, IntRange] = {
    Level.intermediate: IntRange(5, 6),
    Level.advanced: IntRange(3, 4),
}
"""The strength phase's reps for a main lift whose load comes from a known lift.

Heavy loads (about 85 % of 1RM for advanced runners, about 80 % for intermediate ones)
improve running economy more than moderate ones (Eihara et al. 2022: 90 % or more best;
Llanos-Lagos et al. 2024: 80 % or more).
"""

HEAVY_HINGE_REPS = IntRange(5, 6)
"""The strength phase's reps for a hinge from a known lift, at any level: grip and back
position fail first on low-rep hinges, so a hinge is never taken to triples."""

HEAVY_RIR = IntRange(2, 2)
"""Reps in reserve on a heavy set: the top of the range still leaves two (no grinding)."""

HEAVY_SHARE = 80
"""The share of the 1RM (%) from which a load counts as heavy (Llanos-Lagos et al. 2024:
80 % or more; Eihara et al. 2022: 90 % or more best); below it, moderately heavy."""

HEAVIEST_SHARE = 90
"""The share of the 1RM (%) from which Eihara et al. (2022) found the larger gain in
running economy (90 % or more)."""

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
    exercise_patterns: frozenset[Pattern] = frozenset(),
    long_rest: bool = True,
    roomy: bool = True,
    since: float | None = None,
) -> Dose | None:
    """A main lift's heavy strength-phase dose from the athlete's known lift, or ``None``.

    Reps from :data:`HEAVY_REPS` (a hinge: :data:`HEAVY_HINGE_REPS`) at
    :data:`HEAVY_RIR`; the load for the set the watch counts (the bottom of that range
    with those reps in reserve, :func:`set_load`), from the estimated 1RM (Epley),
    rounded down to what the item (``equipment``, the planner's load item) can make, at
    most :data:`MAX_JUMP` above last week's load (``since``, else the load now) or the
    known lift's, whichever is heavier, and never lighter than now. Advanced
    lifters rest :data:`HEAVY_REST` when ``long_rest`` (the session's first main lift);
    in a ``roomy`` session every heavy set rests at least :data:`HEAVY_HINGE_REST`. The
    reps in reserve follow from the load: a load rounded down leaves more than two at the
    bottom of the range, and the dose says so (2–3, see :func:`reserve_at`).
    ``None`` for a beginner, a dose not counted in reps or one at those reps already.
    """
    target = HEAVY_REPS.get(level)
    if target is not None and Pattern.hinge in exercise_patterns:
        target = HEAVY_HINGE_REPS
    if target is None or equipment is None or dose.unit != "reps" or dose.amount == target:
        return None
    try:
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        load = set_load(one_rm, target, HEAVY_RIR, equipment)
        # The athlete's own lift is proof of what the bar may hold: the week's rise is
        # counted from it too, so the first heavy dose is honest to that lift.
        base = max(since or dose.load_kg or 0.0, lift.load_kg)
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
    rir = reserve_at(one_rm, load, target)
    return attrs.evolve(dose.with_amount(target), load_kg=load, rir=rir, rest_seconds=rest)


def stronger_lift(lift: Lift, before: Prescription | None, now: Prescription) -> Lift:
    """The athlete's reported ``lift``, or last week's work where it proves more.

    A load that rose from last week's (``before`` to ``now``) was earned by every set
    reaching the top of last week's reps with at least the bottom of its reps in reserve,
    so that set is a lift too: when it points to a higher 1RM than the reported one, the
    heavy dose is worked out from it. Without this, weeks of rising loads left the 1RM at
    the season's first report, and a load of about 75 % was called 90 %.
    """
    if before is None or before.dose.unit != "reps" or before.dose.rir is None:
        return lift
    was, load = before.dose.load_kg, now.dose.load_kg
    if was is None or load is None or load <= was:
        return lift
    done = Lift(load_kg=was, reps=before.dose.amount.hi, rir=before.dose.rir.lo)
    try:
        stronger = estimate_1rm(done.load_kg, done.reps, rir=done.rir)
        reported = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
    except InputError:
        return lift
    return done if stronger > reported else lift


def reserve_at(one_rm: float, load: float, reps: IntRange) -> IntRange:
    """The reps in reserve at the bottom of ``reps`` (the set the watch counts) with ``load``.

    :data:`HEAVY_RIR` when the load is the one for it; 2–3 when the load, rounded down
    or held to a week's rise, leaves about three (Epley: the most reps at ``load`` are
    ``30 * (1RM / load - 1)``).
    """
    most = round(30 * (one_rm / load - 1))
    spare = most - reps.lo
    return IntRange(HEAVY_RIR.lo, HEAVY_RIR.lo + 1) if spare > HEAVY_RIR.lo else HEAVY_RIR


def heavy_share(one_rm: float, load: float) -> int:
    """The share of the 1RM ``load`` is, in whole percent."""
    return round(100 * load / one_rm)


def heavy_reason(dose: Dose, lift: Lift, one_rm: float) -> Reason:
    """Why a heavy dose: its share of the 1RM, heavy from :data:`HEAVY_SHARE` only.

    A load of 80 % or more is high (Llanos-Lagos et al. 2024); Eihara et al. (2022) is
    cited only from :data:`HEAVIEST_SHARE`, where their larger effect lies. A lighter one
    is moderately heavy, and a hinge says why it is not taken lower in reps.
    """
    load = dose.load_kg or 0.0
    share = heavy_share(one_rm, load)
    source: dict[str, Param] = {
        "amount": str(dose.amount),
        "load_kg": load,
        "share": share,
        "lift_kg": lift.load_kg,
        "lift_reps": lift.reps,
    }
    if share >= HEAVIEST_SHARE:
        return say("phase.strength.heavy_economy", **source)
    if share >= HEAVY_SHARE:
        return say("phase.strength.heavy", **source)
    code = (
        "phase.strength.moderate_hinge"
        if dose.amount == HEAVY_HINGE_REPS
        else "phase.strength.moderate"
    )
    return say(code, **source, rir=str(dose.rir))


FLOOR_RAISE = "side_lying_leg_raise"
"""Hip work on the floor: a home runner's; a runner with a band walks against it instead."""

ROOMY_MINUTES = 45
"""Sessions this long or longer have room for a band walk in the strength session."""

BAND_WALKS = ("monster_walk", "lateral_band_walk")
"""Band walks for the glute medius, hardest first."""


def without_floor_raise(
    items: list[Prescription], focus: Focus, plan: WeekPlan, athlete: Athlete, catalog: Catalog
) -> list[Prescription]:
    """A strength session's side-lying leg raise as a band walk, where the athlete has one.

    For an intermediate or advanced runner with a mini band and sessions of
    :data:`ROOMY_MINUTES` or more (a band walk grows in steps and sets; a shorter session
    keeps its minutes for the main lift): the hardest band walk that
    suits the level and is not in the week yet takes the leg raise's place and sets (003:
    banded walks for the glute medius; a loaded standing drill in place of floor work).
    """
    at = next((i for i, rx in enumerate(items) if rx.exercise == FLOOR_RAISE), None)
    if (
        at is None
        or focus is not Focus.strength
        or athlete.level is Level.beginner
        or athlete.session_minutes < ROOMY_MINUTES
    ):
        return items
    held = {rx.exercise for s in plan.sessions for rx in s.exercises}
    for name in BAND_WALKS:
        walk = catalog.get(name)
        if (
            walk is None
            or name in held
            or not walk.suits(athlete.level)
            or not walk.available_with(athlete.equipment)
            or walk.avoid_with & athlete.injuries
        ):
            continue
        was = items[at]
        menu = walk.dose_for(max(athlete.level, walk.level))
        sets = max(1, min(was.dose.sets.lo, menu.sets.hi))
        dose = attrs.evolve(menu, sets=IntRange(sets), load_kg=None)
        kind = family(walk)
        need = NEED[kind]
        reason = say(
            "season.band_walk", exercise=name, need_kind=kind.name, need=need[0].upper() + need[1:]
        )
        return [*items[:at], Prescription(name, dose, reason=reason), *items[at + 1 :]]
    return items


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
    fits = sorted(
        open_jumps(level, equipment, injuries, catalog),
        key=lambda e: (e.id != JUMP, e.level.rank, e.id),
    )
    return fits[0] if fits else None


def open_jumps(
    level: Level, equipment: frozenset[object], injuries: frozenset[object], catalog: Catalog
) -> list[Exercise]:
    """The catalog's jumps an athlete of ``level`` may do with the kit and injuries given.

    None for a beginner: jumps wait until the landings have a base (003).
    """
    if level is Level.beginner:
        return []
    return [
        e
        for e in catalog
        if e.plyometric
        and e.suits(level)
        and e.available_with(equipment)  # type: ignore[arg-type]
        and not (e.avoid_with & injuries)
    ]
