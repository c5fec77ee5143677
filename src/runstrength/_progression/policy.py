"""The numbers behind :func:`runstrength.progress`: caps, steps, set reviews and load targets.

Every choice here is a *project convention* unless a source is named:

* Progress one variable at a time, in the order amount (reps, seconds or steps), sets,
  tempo, harder variation [003: "more reps, more weight, more range of motion, slower
  tempo, or a harder variation"].
* Reps rise by 2 a step up to :data:`REP_CAP` (20) for unloadable two-leg moves and
  :data:`STRENGTH_REP_CAP` (15) for single-leg, per-side or loadable ("strength") moves,
  which should get harder rather than longer [004: a load that fatigues in 12-15 reps].
  At body weight a strength move stops at the top of its own catalog range instead (a
  single-leg RDL or Bulgarian split squat at 10, any lunge or split squat at
  :data:`LUNGE_TOP` (12) [003]):
  past it the move goes harder by tempo, variation or load, never by more reps.
  Plyometric contacts rise by 1 up to :data:`PLYO_REP_CAP` (8). Band-walk steps rise by 2 up
  to :data:`STEP_CAP` (20). Holds rise by :data:`HOLD_RISE` (5 s at both ends) up to
  :data:`HOLD_CAP` (90 s); timed hops by 5 s up to :data:`PLYO_HOLD_CAP` (20 s) [003: pogo
  hops 10-20 s]. A cap is never below the highest top of range the catalog itself gives
  the exercise.
* Sets rise by one up to :data:`SET_CAP` (4) [003: 2-4 sets].
* The tempo added is :data:`SLOW_TEMPO`, a 3-second lowering [003].
* Setbacks: :data:`FAIL_LIMIT` (2) sessions in a row below the bottom of the range or with
  form breaking, or a :data:`HOLD_LIMIT` (3) holds in a row short of the top, lower the load
  one step or regress the variation (project convention).
* A load rises by one equipment step, or by up to two (at most 10 %, and no more than the
  RTS chart allows) when every set ended two reps or more easier than the easy end of the
  target: ACSM 2009 (Med Sci Sports Exerc 41:687) raises the load 2-10 % once 1-2 reps over
  target are done; the effort table of J Hum Kinet 91:87 (2024) adds 2.5 kg for an effort one
  point under target and 5 kg for two, and takes 2.5 kg off for one point over and 5 kg for
  two. Effort is read as reps in reserve (Helms et al. 2016, RIR-based RPE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, final

import attrs

from runstrength._model.dose import Dose, IntRange, Tempo
from runstrength._model.reason import Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Injury, Level, Pattern, Symptom
from runstrength._progression.loadmath import (
    RTS_CHART,
    carries_load,
    estimate_1rm,
    load_for,
    round_load,
)
from runstrength._views.wording import amount_text, injury_name, kg, listing

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.vocab import Equipment

__all__ = [
    "ACSM_MAX_RISE",
    "FAIL_LIMIT",
    "HOLD_CAP",
    "HOLD_LIMIT",
    "HOLD_RISE",
    "LUNGE_TOP",
    "MEDICAL_SYMPTOMS",
    "PLYO_HOLD_CAP",
    "PLYO_REP_CAP",
    "REP_CAP",
    "SET_CAP",
    "SLOW_TEMPO",
    "STEP_CAP",
    "STRENGTH_REP_CAP",
    "Outcome",
    "Shortfall",
    "all_sets",
    "base_load",
    "growth",
    "level_of",
    "load_equipment",
    "mastery_cap",
    "outcome",
    "rts_target",
    "shifted",
    "shortfall",
    "stop_reason",
    "symptom_names",
]

REP_CAP: Final = 20
"""Top of the rep range for unloadable two-leg bodyweight moves (project convention)."""
STRENGTH_REP_CAP: Final = 15
"""Top of the rep range for single-leg, per-side or loadable moves [004; convention]."""
LUNGE_TOP: Final = 12
"""A lunge's top at body weight [003], whatever a loaded row gives (the forward lunge's 15)."""
PLYO_REP_CAP: Final = 8
"""Top of the contacts range for jumps counted in reps (project convention)."""
STEP_CAP: Final = 20
"""Top of the steps range for band walks (project convention)."""
HOLD_CAP: Final = 90
"""Top of the seconds range for isometric holds (project convention)."""
HOLD_RISE: Final = 5
"""Seconds a hold's range rises by at a step: both ends up 5 s (10–20 s to 15–25 s), a
gradual rise for tendon and trunk holds (project convention)."""

PLYO_HOLD_CAP: Final = 20
"""Top of the seconds range for timed hops [003: pogo hops 10-20 s]."""
SET_CAP: Final = 4
"""Most working sets progression adds up to [003: 2-4 sets]."""
SLOW_TEMPO: Final = Tempo(3, 0, 1)
"""The slow lowering tempo added once reps and sets are maxed out [003]."""

FAIL_LIMIT: Final = 2
"""Failed sessions in a row (below the range, or form breaking) that call for a setback."""
HOLD_LIMIT: Final = 3
"""Holds in a row short of the top after which the next one changes something."""
ACSM_MAX_RISE: Final = 0.10
"""The largest load rise as a share of the load, when a log shows room for more [ACSM 2009]."""

MEDICAL_SYMPTOMS: Final = frozenset({Symptom.chest_pain, Symptom.dizziness, Symptom.numbness})
"""Red-flag symptoms that call for medical help, not only a physio's advice [003]."""

_RTS_MAX_TOTAL: Final = len(RTS_CHART)
_DEFAULT_RIR: Final = 2


def growth(exercise: Exercise, dose: Dose) -> tuple[int, int]:
    """How much the amount rises per step and where it stops, for this exercise and unit.

    Returns:
        ``(step, cap)``; the cap is never below the highest top of range that the
        exercise's own catalog doses give for this unit.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> growth(cat["bodyweight_squat"], cat["bodyweight_squat"].doses[Level.beginner])
    (2, 20)
    >>> growth(cat["squat_jump"], cat["squat_jump"].doses[Level.advanced])
    (1, 8)
    >>> lunge = cat["forward_lunge"]
    >>> growth(lunge, lunge.doses[Level.intermediate]), growth(lunge, lunge.doses[Level.advanced])
    ((2, 12), (2, 15))
    """
    unit = dose.unit
    tops = [d.amount.hi for d in exercise.doses.values() if d.unit == unit]
    if unit == "reps":
        if exercise.plyometric:
            step, cap = 1, PLYO_REP_CAP
        elif dose.per_side or exercise.load_with or Pattern.single_leg in exercise.patterns:
            step, cap = 2, STRENGTH_REP_CAP
            if tops and not dose.load_kg:  # at body weight: the source's own top [003]
                if Pattern.lunge in exercise.patterns:  # a lunge or split squat: 12 [003]
                    return step, min(max(tops), max(LUNGE_TOP, dose.amount.hi))
                return step, max(tops)
        else:
            step, cap = 2, REP_CAP
    elif unit == "seconds":
        step, cap = (5, PLYO_HOLD_CAP) if exercise.plyometric else (HOLD_RISE, HOLD_CAP)
    else:
        step, cap = 2, STEP_CAP
    return step, max([cap, *tops])


def mastery_cap(exercise: Exercise, dose: Dose) -> int:
    """The amount at which a lift counts as mastered by growth alone, past its own range.

    The cap :func:`growth` had before body-weight strength moves were held to their
    source's top: a move capped at its own range is mastered by its slow tempo instead.

    >>> from runstrength import default_catalog
    >>> hinge = default_catalog()["single_leg_romanian_deadlift"]
    >>> dose = hinge.doses[Level.beginner]
    >>> growth(hinge, dose)[1], mastery_cap(hinge, dose)
    (10, 15)
    """
    _, cap = growth(exercise, dose)
    if dose.unit == "reps" and not exercise.plyometric and cap < STRENGTH_REP_CAP:
        return STRENGTH_REP_CAP
    return cap


def load_equipment(exercise: Exercise) -> Equipment | None:
    """The first item of ``exercise.load_with`` that can carry load, if any.

    >>> from runstrength import default_catalog
    >>> load_equipment(default_catalog()["goblet_squat"])
    Equipment.dumbbell
    >>> load_equipment(default_catalog()["bodyweight_squat"]) is None
    True
    """
    return next((item for item in exercise.load_with if carries_load(item)), None)


def level_of(exercise: Exercise, dose: Dose) -> Level:
    """The level whose catalog dose is nearest to ``dose`` (ties go to the lower level).

    Nearness adds the gaps between the sets and amount ranges; a dose in another unit
    is never nearest unless it is the only one.

    >>> from runstrength import default_catalog
    >>> squat = default_catalog()["bodyweight_squat"]
    >>> level_of(squat, squat.doses[Level.intermediate])
    Level.intermediate
    """
    best: tuple[int, int, Level] | None = None
    for level, candidate in exercise.doses.items():
        gap = (
            abs(candidate.sets.lo - dose.sets.lo)
            + abs(candidate.sets.hi - dose.sets.hi)
            + abs(candidate.amount.lo - dose.amount.lo)
            + abs(candidate.amount.hi - dose.amount.hi)
        )
        key = (int(candidate.unit != dose.unit), gap, level)
        if best is None or key[:2] < best[:2]:
            best = key
    return exercise.level if best is None else best[2]


@final
@attrs.frozen
class Shortfall:
    """How a log falls short of the top of its dose.

    Args:
        message: What fell short, as a clause for a reason (``set 2 stopped at ...``).
    """

    message: str


def shortfall(dose: Dose, log: ExerciseLog) -> Shortfall | None:
    """How the log falls short of the top of the dose, or ``None`` when every set got there.

    A set falls short when it lacks the dose's unit, stops below the top of the range,
    ends with fewer reps in reserve than the dose's range allows (ground out), or used
    less than the prescribed load; the log falls short when it has fewer sets than the
    dose's lower bound.

    >>> from runstrength import ExerciseLog, SetLog
    >>> dose = Dose(sets=(2, 3), reps=(8, 12), rest_seconds=90, rir=(1, 3))
    >>> shortfall(dose, ExerciseLog(exercise="x", sets=[SetLog(reps=12), SetLog(reps=10)]))
    Shortfall(message='set 2 stopped at 10 of 12 reps')
    >>> shortfall(dose, ExerciseLog(exercise="x", sets=[SetLog(reps=12, rir=2)] * 2)) is None
    True
    """
    unit, top, side = dose.unit, dose.amount.hi, dose.per_side
    if len(log.sets) < dose.sets.lo:
        return Shortfall(f"only {len(log.sets)} of {dose.sets.lo} sets were done")
    rir, load = dose.rir, dose.load_kg
    for index, logged in enumerate(log.sets, 1):
        done: int | None = getattr(logged, unit)
        if done is None:
            return Shortfall(f"set {index} has no {unit} logged")
        if done < top:
            return Shortfall(
                f"set {index} stopped at {done} of {amount_text(top, unit, per_side=side)}"
            )
        if rir is not None and logged.rir is not None and logged.rir < rir.lo:
            return Shortfall(
                f"set {index} reached {amount_text(done, unit, per_side=side)} with only "
                f"{logged.rir} in reserve (target {rir} RIR), so it was ground out"
            )
        if load is not None and logged.load_kg is not None and logged.load_kg < load:
            return Shortfall(
                f"set {index} used {kg(logged.load_kg)}, less than the prescribed {kg(load)}"
            )
    return None


class Outcome:
    """How a log went against its dose, the words :func:`outcome` returns."""

    TOP: Final = "top"
    """Every set reached the top of the range with clean form and the reps in reserve."""
    STALL: Final = "stall"
    """Within the range, short of the top (or ground out)."""
    SHORT: Final = "short"
    """A set below the bottom of the range, or fewer sets than the dose's lower bound."""
    FORM: Final = "form"
    """Form broke down (for jumps: landings were not quiet and controlled)."""
    EMPTY: Final = "empty"
    """No sets logged."""


def outcome(dose: Dose, log: ExerciseLog) -> str:
    """How the log went against the dose, as one of :class:`Outcome`'s words.

    >>> from runstrength import ExerciseLog, SetLog
    >>> dose = Dose(sets=2, reps=(8, 12), rest_seconds=90)
    >>> outcome(dose, ExerciseLog(exercise="x", sets=[SetLog(reps=12), SetLog(reps=7)]))
    'short'
    """
    if not log.sets:
        return Outcome.EMPTY
    if not log.form_ok:
        return Outcome.FORM
    if len(log.sets) < dose.sets.lo:
        return Outcome.SHORT
    unit, bottom = dose.unit, dose.amount.lo
    for logged in log.sets:
        done: int | None = getattr(logged, unit)
        if done is None or done < bottom:
            return Outcome.SHORT
    return Outcome.TOP if shortfall(dose, log) is None else Outcome.STALL


def base_load(dose: Dose, log: ExerciseLog) -> float:
    """The load every set was done with: the lightest logged load, else the prescribed one.

    >>> from runstrength import ExerciseLog, SetLog
    >>> dose = Dose(sets=2, reps=(8, 12), rest_seconds=90, load_kg=16)
    >>> base_load(dose, ExerciseLog(exercise="x", sets=[SetLog(reps=12, load_kg=18)] * 2))
    18.0
    """
    prescribed = 0.0 if dose.load_kg is None else float(dose.load_kg)
    logged = [float(s.load_kg) for s in log.sets if s.load_kg is not None]
    return min(logged) if logged else prescribed


def rts_target(dose: Dose, log: ExerciseLog, equipment: Equipment) -> tuple[float, float] | None:
    """The RTS-chart load for the bottom of the rep range at the target RIR, if it applies.

    The 1RM is estimated from the best set that logged load, reps and RIR (the RTS chart up
    to 15 total reps, Epley beyond); the target is the chart's load for ``dose.reps.lo``
    reps at ``dose.rir.lo`` reps in reserve (2 when the dose sets no RIR).

    Returns:
        ``(raw_kg, rounded_kg)`` (rounded down for the equipment), or ``None`` when no
        set logged load, reps and RIR, the dose does not count reps, or the target lies
        beyond the chart.

    >>> from runstrength import Equipment, ExerciseLog, SetLog
    >>> dose = Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3), load_kg=16)
    >>> log = ExerciseLog(exercise="x", sets=[SetLog(reps=12, load_kg=16, rir=2)] * 3)
    >>> raw, rounded = rts_target(dose, log, Equipment.dumbbell)
    >>> round(raw, 1), rounded
    (19.5, 18.0)
    """
    if dose.reps is None:
        return None
    target_rir = _DEFAULT_RIR if dose.rir is None else dose.rir.lo
    if dose.reps.lo + target_rir > _RTS_MAX_TOTAL:
        return None
    estimates = []
    for s in log.sets:
        if s.load_kg is None or s.load_kg <= 0 or s.reps is None or s.reps < 1 or s.rir is None:
            continue
        formula = "rts" if s.reps + s.rir <= _RTS_MAX_TOTAL else "epley"
        estimates.append(estimate_1rm(s.load_kg, s.reps, rir=s.rir, formula=formula))
    if not estimates:
        return None
    raw = load_for(max(estimates), dose.reps.lo, rir=target_rir)
    return raw, round_load(raw, equipment)


def all_sets(count: int) -> str:
    """The sets of a log as the subject of a sentence.

    >>> all_sets(1), all_sets(2), all_sets(3)
    ('The one set', 'Both sets', 'All 3 sets')
    """
    return {1: "The one set", 2: "Both sets"}.get(count, f"All {count} sets")


def shifted(values: IntRange, by: int) -> IntRange:
    """The range moved up by ``by`` at both ends.

    >>> shifted(IntRange(10, 15), 2)
    IntRange(lo=12, hi=17)
    """
    return IntRange(values.lo + by, values.hi + by)


def symptom_names(symptoms: Sequence[Symptom]) -> str:
    """Symptoms as a capitalised list for a reason.

    >>> symptom_names((Symptom.dizziness, Symptom.chest_pain))
    'Dizziness, chest pain'
    """
    text = listing(symptoms, empty="")
    return text[:1].upper() + text[1:]


def stop_reason(log: ExerciseLog, areas: Sequence[Injury] = ()) -> Reason:
    """Why to stop: red-flag symptoms call for medical help, sharp pain for a physio or doctor.

    ``areas`` are the areas the exercise loads: the exercises that load them stop too.

    >>> from runstrength import ExerciseLog
    >>> print(stop_reason(ExerciseLog(exercise="x", sets=(), pain="sharp")))  # doctest: +ELLIPSIS
    Sharp pain logged: stop this exercise and seek advice from a health professional ...
    """
    rest = None
    if areas:
        names = [injury_name(area) for area in areas]
        both = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        rest = say(
            "progress.stop.rest",
            areas=",".join(areas),
            area_words=both,
            them="it" if len(names) == 1 else "them",
        )
    if any(s in MEDICAL_SYMPTOMS for s in log.symptoms):
        stop = say(
            "progress.stop.medical",
            symptoms=",".join(log.symptoms),
            symptom_words=symptom_names(log.symptoms),
        )
    elif log.symptoms:
        stop = say("progress.stop.symptoms")
    else:
        stop = say("progress.stop.sharp")
    return joined_reasons(stop, rest)
