"""A season that gets stronger: effort targets, harder variations and bar steps.

The numbers :class:`~runstrength._plan.shaper.Shaper` uses so that a block's doses move on:

- **Effort targets** for a main lift whose load the athlete chooses (no known lift, no
  load logged yet): the forecast cannot raise a load it never knew, so the target reps
  fall and the reps in reserve tighten through the phases, as autoregulated programmes
  do (Helms et al. 2016; Zourdos et al. 2016, RIR-based RPE): about 8–12 reps at 2–3 in
  reserve in the general phase, then 5–8 and later 4–6 at 1–2 in reserve in the
  strength phase. A load the athlete could lift N times, stopping R short, is heavier as
  N falls. One-leg lifts stop at 6–9.
- **Harder variations**: in the strength phase's first :data:`HARDER_WEEKS` weeks, an
  exercise done at least :data:`VARIATION_WEEKS` weeks in a row that reached the top of
  its range moves on to a harder variation (the
  catalog's ``harder`` link, or an exercise naming it as its ``easier`` one) within the
  athlete's level, kit and injuries, in the same plane (a forward step-up stays forward,
  the hill-drive pattern, rather than turning lateral). At most :data:`HARDER_PER_WEEK`
  swaps a week, the main lift's first, so one change at a time holds for the week too.
  Never, for a beginner, a leg-endurance drill such as the walking lunge. A lift with a
  load in kg progresses by load instead.
- **Bar steps**: a barbell load moves in 2.5 kg steps, never a 1 kg one.
- **The light day's lunge** (:func:`light_lunge`) gets heavier, not longer: its reps
  stay within the catalog's first four (6–10, 8–12), with dumbbells chosen by effort
  once the reps would climb past them (003: "Intermediate: Hold dumbbells"), and 2 fewer
  at the top in a taper.

The power phase's jumps are in :mod:`~runstrength._plan.power`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange, could_lift, effort_reps
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason, free_text
from runstrength._model.reasons import say
from runstrength._model.season import WeekRecord
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Equipment, Level, Pain, Pattern, Phase
from runstrength._plan.choose import Profile, needs_load
from runstrength._plan.coded import replaced
from runstrength._plan.loads import load_item
from runstrength._plan.shaping import is_two_legged_squat_or_hinge
from runstrength._progression.ask import ENDURANCE_DRILLS, LATER_STEPS, STRENGTH_STEPS
from runstrength._progression.calfladder import calf_raise, calf_start
from runstrength._progression.fit import Fit
from runstrength._progression.loadmath import round_load, step_up
from runstrength._progression.policy import SET_CAP

__all__ = [
    "EARLY",
    "FIND",
    "HARDER_PER_WEEK",
    "HARDER_WEEKS",
    "HEAVY",
    "LATE",
    "VARIATION_WEEKS",
    "Effort",
    "barbell_step",
    "by_feel",
    "effort_for",
    "effort_reason",
    "harder_variation",
    "light_lunge",
    "main_sets",
    "topped",
]


HARDER_WEEKS = 3
"""Harder variations come in over this many first weeks of a strength phase (convention)."""

VARIATION_WEEKS = 2
"""The fewest weeks in a row an exercise is done before it moves on to a harder variation
(003: one change at a time, and progress only when form stays clean)."""

HARDER_PER_WEEK = 2
"""At most this many exercises move on to a harder variation in one week (convention)."""


@attrs.frozen
class Effort:
    """A target for a main lift whose load the athlete chooses: reps and reps in reserve."""

    reps: IntRange
    rir: IntRange
    why: str


_GENERAL = Effort(IntRange(8, 12), IntRange(2, 3), "moderate reps, 2–3 short of failure")
EARLY = Effort(IntRange(5, 8), IntRange(1, 2), "fewer reps at a heavier load")
LATE = Effort(IntRange(4, 6), IntRange(1, 2), "fewer reps again at a heavier load")
_ONE_LEG = Effort(IntRange(6, 9), IntRange(1, 2), "fewer reps at a heavier load")
HEAVY = Effort(IntRange(4, 6), IntRange(1, 2), "one heavy main lift")
"""An advanced runner's heavy main lift loaded by effort, from the season's first week
(advanced lifters train strength at 1–6 RM: ACSM 2009) or the week after a new lift
came in: 4–6 reps 1–2 short of failure is a load of about 80–85 % of the best single lift
(Epley), the heavy strength work that improves running economy most (Eihara et al. 2022:
90 % or more best; Llanos-Lagos et al. 2024: 80 % or more)."""

FIND = Effort(IntRange(5, 5), IntRange(3, 3), "find the heavy lift's load")
"""The heavy main lift in the season's first week when its load is not known: 5 reps 3
short of failure, to find the load before :data:`HEAVY`'s 1–2 in reserve from the week
after (a load chosen by feel is guessed first, then set by how the reps went)."""


def effort_for(
    exercise: Exercise,
    dose: Dose,
    phase: Phase,
    number: int,
    of: int,
    level: Level,
    settings: RuleSettings,
    *,
    known: bool = False,
    first: bool = False,
) -> Effort | None:
    """The phase's reps and reps in reserve for a main lift loaded by effort, or ``None``.

    ``None`` for a beginner, a calf raise, outside the general and strength phases, and
    for a dose not counted in reps. The strength phase's second half (week ``number`` of
    ``of``) goes to 4–6 reps on a two-legged squat or hinge. The general phase stays within
    the catalog's top; the reps in reserve within the rules' target (RS205). An advanced
    runner's two-legged squat or hinge that leads the session, in the season's first week
    or done last week (``known``), is :data:`HEAVY` in both phases: one heavy lift; in
    the season's first week (``first``: no earlier week, so no load known) it is
    :data:`FIND`, which finds the load first.
    """
    if level is Level.beginner or dose.unit != "reps" or Pattern.calf in exercise.patterns:
        return None
    heavy = level is Level.advanced and known and is_two_legged_squat_or_hinge(exercise)
    if heavy and phase in (Phase.general, Phase.strength):
        effort = FIND if first else HEAVY
    elif phase is Phase.general:
        top = exercise.dose_for(max(level, exercise.level)).amount.hi
        effort = attrs.evolve(
            _GENERAL, reps=IntRange(min(_GENERAL.reps.lo, top), min(_GENERAL.reps.hi, top))
        )
    elif phase is Phase.strength:
        if not is_two_legged_squat_or_hinge(exercise):
            effort = _ONE_LEG
        else:
            effort = LATE if number > (of + 1) // 2 else EARLY
    else:
        return None
    target = settings.reps_in_reserve
    lo, hi = max(effort.rir.lo, target.lo), min(effort.rir.hi, target.hi)
    return attrs.evolve(effort, rir=IntRange(lo, hi) if lo <= hi else target)


def by_feel(rx: Prescription, exercise: Exercise, athlete: Athlete) -> bool:
    """Whether a main lift with no load should be loaded by effort from now on.

    An intermediate or advanced runner with an item that loads it (a dumbbell for a
    Bulgarian split squat) and no load in kg yet: reps alone would drift up into endurance
    work.
    """
    return (
        not rx.choose_load
        and rx.dose.load_kg is None
        and rx.dose.unit == "reps"
        and athlete.level is not Level.beginner
        and not exercise.plyometric
        and not athlete.equipment.isdisjoint(exercise.load_with)
    )


_EFFORT_CODES = {
    (Phase.general, _GENERAL.why): "effort.general",
    (Phase.strength, EARLY.why): "effort.strength",
    (Phase.strength, LATE.why): "effort.strength_again",
}
"""The code of each phase's effort target, by the phase and what the target is."""


def effort_reason(effort: Effort, phase: Phase) -> Reason:
    """The reason of a main lift given an effort target this week."""
    most = could_lift(effort.reps, effort.rir)
    if effort.why == FIND.why:
        return say(
            "exercise.find_load",
            phase=phase.value,
            phase_name=str(phase).capitalize(),
            reps=str(effort.reps),
            rir=str(effort.rir),
            most=most,
            next_reps=str(HEAVY.reps),
            next_rir=str(HEAVY.rir),
        )
    if effort == HEAVY:
        times = effort_reps(effort.reps, effort.rir)
        share = 5 * int(100 / (1 + math.ceil(times) / 30) // 5)  # Epley: a load lifted that often
        top = 5 * int(100 / (1 + math.floor(times) / 30) // 5)
        return say(
            "exercise.heavy_main_lift",
            phase=phase.value,
            phase_name=str(phase).capitalize(),
            reps=str(effort.reps),
            rir=str(effort.rir),
            most=most,
            percent=str(IntRange(share, top)),
        )
    code = _EFFORT_CODES.get((phase, effort.why))
    if code is not None:
        return say(code, reps=str(effort.reps), rir=str(effort.rir), most=most)
    return free_text(
        f"{str(phase).capitalize()} phase: {effort.why}: {effort.reps} reps with {effort.rir} "
        f"in reserve; choose a load you could lift about {most} times (reps in reserve "
        "guide the load: Helms et al. 2016)."
    )


def main_sets(catalog_dose: Dose) -> int:
    """The sets of a session's main lift in the strength phase: up to 4, within the catalog."""
    return max(1, min(catalog_dose.sets.hi, SET_CAP))


@functools.lru_cache(maxsize=512)
def _options(name: str, catalog: Catalog) -> tuple[Exercise, ...]:
    """The catalog's harder variations of exercise ``name``, easiest link first.

    Its ``harder`` link, then the exercises that name it as their ``easier`` one (by id).
    """
    exercise = catalog[name]
    linked = catalog.get(exercise.harder) if exercise.harder else None
    found = [] if linked is None else [linked]
    found += sorted(
        (e for e in catalog if e.easier == name and e is not linked), key=lambda e: e.id
    )
    return tuple(found)


def harder_variation(
    rx: Prescription,
    exercise: Exercise,
    athlete: Athlete,
    catalog: Catalog,
    taken: Sequence[str],
) -> Prescription | None:
    """A harder variation of ``rx`` for this athlete, at its catalog dose, or ``None``.

    Within the athlete's level, kit and injuries, the same movement (one leg for two may be
    added, never another plane), not a jump, not in the week yet, and not
    a loaded or machine exercise for body-weight work; never for a lift with a load in kg
    (it progresses by load). The sets stay as they are, within
    the new exercise's range; a load, where it needs one, is chosen by effort.
    """
    if rx.dose.load_kg is not None or exercise.plyometric:
        return None
    fit = Fit(athlete)
    for option in _options(exercise.id, catalog):
        if option.plyometric or option.id in taken or fit.problem(option, exercise) is not None:
            continue
        if athlete.level is Level.beginner and option.id in ENDURANCE_DRILLS:
            continue  # a leg-endurance drill is no heavier step: the lift slows instead
        if option.id in STRENGTH_STEPS and athlete.level < LATER_STEPS[option.id]:
            continue  # reached from a mastered raise in a strength session, as it progresses
        if not option.patterns - exercise.patterns <= {Pattern.single_leg}:
            continue  # the same movement: a forward step-up does not turn into a lateral one
        if needs_load(option) and not (rx.choose_load or needs_load(exercise)):
            continue  # body-weight work stays body-weight work (a light day may hold it)
        menu = option.dose_for(max(athlete.level, option.level))
        if menu.unit != rx.dose.unit:
            continue
        sets = max(1, min(rx.dose.sets.lo, menu.sets.hi))
        dose = attrs.evolve(menu, sets=IntRange(sets), load_kg=None)
        choose = needs_load(option) or (rx.choose_load and bool(option.load_with))
        if calf_raise(option) and dose.unit == "reps":
            # a calf raise's harder form at the bottom clean range of its own, never under
            # 10, and at bodyweight where one leg now lifts what two did
            dose = dose.with_amount(calf_start(dose.amount))
            choose = choose and Pattern.single_leg not in option.patterns - exercise.patterns
        return Prescription(
            option.id,
            dose,
            reason=say(
                "phase.strength.harder",
                exercise=option.id,
                exercise_name=option.name.lower(),
                other=exercise.id,
                other_name=exercise.name.lower(),
                dose=str(dose),
            ),
            choose_load=choose,
        )
    return None


def topped(history: Sequence[WeekRecord], lookback: int) -> frozenset[str]:
    """Exercises whose latest log (within ``lookback`` weeks) reached the top of the range.

    Every prescribed set done at the top of its amount, pain-free, with clean form.
    """
    seen: set[str] = set()
    out: set[str] = set()
    for record in reversed(history[-lookback:]):
        logs = [log for log in record.logs if log.exercise not in seen]
        if not logs:
            continue  # every exercise logged here has a later log
        doses = {rx.exercise: rx.dose for s in record.plan.sessions for rx in s.exercises}
        for log in logs:
            if log.exercise in seen or log.exercise not in doses:
                continue
            seen.add(log.exercise)
            dose = doses[log.exercise]
            done = [getattr(s, dose.unit) for s in log.sets]
            if (
                len(done) >= dose.sets.lo
                and all(d is not None and d >= dose.amount.hi for d in done)
                and log.pain is Pain.none
                and log.form_ok
                and not log.symptoms
            ):
                out.add(log.exercise)
    return frozenset(out)


def barbell_step(rx: Prescription, exercise: Exercise, athlete: Athlete) -> Prescription:
    """``rx`` with a barbell load on the bar's 2.5 kg steps (a 76 kg step goes to 77.5 kg)."""
    load = rx.dose.load_kg
    if not load:
        return rx
    profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
    if load_item(exercise, profile) is not Equipment.barbell:
        return rx
    made = round_load(load, Equipment.barbell)
    if made == load:
        return rx
    up = step_up(made, Equipment.barbell)
    reason = replaced(rx.reason, _kg(load), _kg(up))
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=up), reason=reason)


def _kg(load: float) -> str:
    return f"{load:g} kg"


LUNGE_WIDTH = 4
"""The widest rep range a lunge is given: a range of 8–16 is no target to aim at."""

_LUNGE_PHASES = frozenset({Phase.general, Phase.strength, Phase.power, Phase.maintenance})


def _topped(rx: Prescription, log: ExerciseLog | None) -> bool:
    """Whether ``log`` did every set of ``rx``'s body-weight reps to the top, pain-free."""
    dose = rx.dose
    if log is None or log.exercise != rx.exercise or dose.load_kg or rx.choose_load:
        return False
    done = [s.reps for s in log.sets]
    return (
        bool(done)
        and log.form_ok
        and log.pain is Pain.none
        and not log.symptoms
        and all(d is not None and d >= dose.amount.hi for d in done)
    )


def light_lunge(
    rx: Prescription,
    exercise: Exercise,
    athlete: Athlete,
    phase: Phase,
    before: Prescription | None,
    log: ExerciseLog | None = None,
) -> Prescription:
    """A light session's lunge held to a strength dose: heavier rather than longer.

    For an intermediate or advanced runner: the reps stay within the catalog's range cut
    to :data:`LUNGE_WIDTH` (6–10, 8–12); when they would climb past it, or ``log`` (last
    week's) reached its top at body weight (where the body-weight cap holds them), the
    load is chosen by effort where the athlete has dumbbells or a kettlebell for it. A taper
    takes 2 off the top (6–8). ``before`` is last week's prescription.
    """
    dose = rx.dose
    if (
        athlete.level is Level.beginner
        or Pattern.lunge not in exercise.patterns
        or exercise.plyometric
        or dose.unit != "reps"
        or (phase not in _LUNGE_PHASES and phase is not Phase.taper)
    ):
        return rx
    menu = exercise.dose_for(max(athlete.level, exercise.level))
    held = IntRange(menu.amount.lo, min(menu.amount.hi, menu.amount.lo + LUNGE_WIDTH))
    if phase is Phase.taper:
        held = IntRange(held.lo, min(held.hi, held.lo + 2))
        if dose.amount.hi <= held.hi:
            return rx
        return attrs.evolve(
            rx,
            dose=dose.with_amount(held),
            reason=say("taper.lunge", amount=str(held), was=str(dose.amount)),
        )
    kit = not athlete.equipment.isdisjoint(exercise.load_with)
    at_top = dose.amount.hi == held.hi and kit and _topped(rx, log)
    if dose.amount.hi < held.hi or (dose.amount.hi == held.hi and not at_top):
        return rx
    loaded = rx.choose_load or (dose.load_kg is None and kit)
    # Held as last week: the reason stays this week's.
    kept = before is not None and before.dose.amount == held and before.choose_load == loaded
    if kept:
        reason = replaced(rx.reason, str(dose.amount), str(held))
        return attrs.evolve(rx, dose=dose.with_amount(held), choose_load=loaded, reason=reason)
    code = "light_day.lunge.chosen" if loaded and dose.load_kg is None else "light_day.lunge"
    return attrs.evolve(
        rx,
        dose=dose.with_amount(held),
        choose_load=loaded,
        reason=say(code, amount=str(held)),
    )
