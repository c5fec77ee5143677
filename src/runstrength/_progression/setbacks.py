"""Steps back: mild pain, failed sessions and long stalls, each with fewer demands than before.

Every step here does no more sets or reps than the prescription it replaces (RS404):

- an easier variation the athlete may do (at its dose, capped at the old sets and reps);
- else one load step down from the load lifted;
- else less work: the amount to the bottom of its range (or one growth step lower), then
  one set fewer; never below :func:`floor` (the catalog's lowest amount for the
  exercise, and at least 5 reps, 10 s or 5 steps) nor below one set.

Form that breaks (:mod:`.form`) takes the load off first (one step, sets and reps unchanged), then
moves to the easier variation, else to bodyweight (a calf raise to the two-leg wall calf
raise its catalog entry lists), asking which fault it was; when it keeps breaking, a
hinge gives way to a glute bridge or hip thrust, a calf raise still breaking at
bodyweight to a seated calf raise, else the work gets smaller. A breaking dose
is held at most once (with a request for a coach's or physiotherapist's eye).

An easier variation taken for mild pain steps back up (:func:`back_up`): after
:data:`PAIN_FREE` pain-free sessions of it, clean, the exercise that hurt returns at the
athlete's dose for it, with no more sets than now, and one load step lighter than the
load it last lifted (its load is not lost). The week says why mild pain changed a dose
and what pain is acceptable (:func:`mild_note`); a third session in a row with pain in
the same movement refers the athlete to a physiotherapist (:data:`THIRD_PAIN`).

A stall with the reps in reserve on target (:func:`restimulate`) changes the stimulus
instead of cutting anything: after heavier and shorter has been tried, a reset to the usual
range one load step back (:func:`~runstrength._progression.stalls.reset_range`); else a set
more, else the smallest load step when it is within 10 % of the load, else a hold that
asks for the last set at the low end of the target (and the dose says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.clean import clean_near, is_clean
from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Injury, Pain, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.fit import areas_of, first_loadable
from runstrength._progression.limits import step_within
from runstrength._progression.loadmath import step_down
from runstrength._progression.policy import ACSM_MAX_RISE, SET_CAP, Outcome, growth
from runstrength._progression.quota import plural_sets
from runstrength._progression.returns import mild_in_a_row
from runstrength._progression.stalls import reset_range
from runstrength._views.wording import amount_text, injury_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.plan import Prescription

__all__ = [
    "ACCEPTABLE",
    "PAIN_FREE",
    "THIRD_PAIN",
    "back_note",
    "back_up",
    "easier_step",
    "floor",
    "for_mild_pain",
    "in_reserve",
    "less_work",
    "lifted_load",
    "lighter_step",
    "mild_note",
    "mild_streak",
    "no_more_than",
    "restimulate",
    "setback",
]


def where_it_hurts(exercise: Exercise) -> Reason:
    """What a step after mild pain adds: stay pain-free, and say where it hurts.

    >>> from runstrength import default_catalog
    >>> print(where_it_hurts(default_catalog()["split_squat"]))  # doctest: +ELLIPSIS
    Stay pain-free; stop if it sharpens. Where does it hurt: the front of the knee, ...
    """
    areas = ordered(areas_of(exercise))
    places = [_PLACE.get(a, injury_name(a)) for a in areas]
    options = ", ".join(f"the {p}" for p in dict.fromkeys(places))
    if not options:
        return say("progress.pain.where.plain")
    return say("progress.pain.where", areas=",".join(areas), places=options)


_PLACE = {Injury.knee: "front of the knee, the hip"}
"""How a coach asks about an area: knee pain in a lunge may sit at the front or the hip."""

_LEAST = {"reps": 5, "seconds": 10, "steps": 5}
"""The smallest amount a step back goes to, whatever the catalog says (project convention)."""


def _with(prescription: Prescription, dose: Dose) -> Prescription:
    return attrs.evolve(prescription, dose=dose)


def easier_step(ask: Ask, why: str) -> Progression | None:
    """The easier variation the athlete may do, no more sets or reps than now, if any."""
    easier, _ = ask.usable(ask.exercise.easier)
    if easier is None:
        return None
    new = switch(ask, easier, easier=True)
    return Progression(
        new,
        Change.regress,
        say(
            "progress.easier",
            why=why,
            exercise=easier.id,
            exercise_name=easier.name,
            dose=str(new.dose),
        ),
    )


def lifted_load(ask: Ask) -> float:
    """The load used: the lightest of the logged and prescribed loads (0 for none)."""
    logged = [float(s.load_kg) for s in ask.log.sets if s.load_kg is not None]
    loads = [*logged, *([] if ask.dose.load_kg is None else [float(ask.dose.load_kg)])]
    return min(loads) if loads else 0.0


def lighter_step(ask: Ask, why: str) -> Progression | None:
    """One load step down from the load lifted, sets and reps unchanged, if loaded."""
    equipment = first_loadable(ask.exercise.load_with)
    if equipment is None:
        return None
    lifted = lifted_load(ask)
    if lifted <= 0:
        return None
    lower = step_down(lifted, equipment)
    new_load = lower if lower > 0 else None
    dose = attrs.evolve(ask.dose, load_kg=new_load)
    if new_load is None:
        lighter = say("progress.lighter.bodyweight", why=why, lifted_kg=lifted)
    else:
        lighter = say("progress.lighter", why=why, lifted_kg=lifted, load_kg=lower)
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False), Change.regress, lighter
    )


def floor(ask: Ask) -> int:
    """The smallest amount a step back may leave: the catalog's lowest, at least 5 reps.

    Never above the amount prescribed now (a step back never adds work).
    """
    dose = ask.dose
    lows = [d.amount.lo for d in ask.exercise.doses.values() if d.unit == dose.unit]
    least = max(_LEAST[dose.unit], min(lows, default=0))
    return min(least, dose.amount.lo)


def less_work(ask: Ask, why: str, *, to_bottom: bool) -> Progression | None:
    """Less of the same: the range down (to its bottom, or one step), else a set fewer."""
    dose = ask.dose
    amount, unit, side = dose.amount, dose.unit, dose.per_side
    step, _ = growth(ask.exercise, dose)
    least = floor(ask)
    by = min(step, amount.lo - least)
    if to_bottom and amount.hi > amount.lo:
        new = dose.with_amount(IntRange(amount.lo))
        bottom = amount_text(amount.lo, unit)
        what = say("progress.less.bottom", why=why, unit=unit, bottom=bottom)
    elif not to_bottom and by > 0:
        lower = IntRange(amount.lo - by, amount.hi - by)
        code = "progress.less.range"
        if unit != "seconds" and amount.hi > amount.lo and not is_clean(lower, unit):
            # onto the clean range below: 15–20 drops to 12–15, never 13–18
            landed = clean_near(lower, (least, amount.lo), (amount.lo, amount.hi - 1))
            lower, code = (lower, code) if landed is None else (landed, code + "_clean")
        new = dose.with_amount(lower)
        said: dict[str, Param] = {"why": why, "old_range": str(amount), "new_range": str(lower)}
        what = say(code, **said) if code.endswith("_clean") else say(code, **said, by=by)
    elif dose.sets.hi > 1:
        sets = IntRange(max(1, dose.sets.lo - 1), dose.sets.hi - 1)
        new = attrs.evolve(dose, sets=sets)
        what = say(
            "progress.less.set",
            why=why,
            old_sets=str(dose.sets),
            sets=str(sets),
            sets_words=plural_sets(sets),
        )
    elif amount.lo > least:
        new = dose.with_amount(IntRange(least))
        words = amount_text(least, unit, per_side=side)
        what = say("progress.less.amount", why=why, unit=unit, amount=least, amount_words=words)
    else:
        return None
    return Progression(_with(ask.prescription, new), Change.regress, what)


def for_mild_pain(ask: Ask) -> Progression:
    """Mild pain: an easier variation, else a lighter load, else less work (RS404)."""
    name = ask.exercise.name
    why = f"Mild pain during {name}"
    step = (
        easier_step(ask, why)
        or lighter_step(ask, f"{why} and no easier variation to move to")
        or less_work(ask, f"{why} and no easier variation or load to take off", to_bottom=True)
    )
    if step is not None:
        where = where_it_hurts(ask.exercise)
        return attrs.evolve(step, reason=joined_reasons(step.reason, where))
    return Progression(ask.prescription, Change.stop, say("progress.pain.mild_stop"))


PAIN_FREE: Final = 2
"""Pain-free sessions of the easier variation before the exercise that hurt comes back
(project convention, the same two sessions that clear an area of its caution)."""

_CLEAN: Final = frozenset({Outcome.TOP, Outcome.STALL})


def back_up(ask: Ask, history: Sequence[ExerciseLog]) -> Progression | None:
    """The exercise that hurt, back after :data:`PAIN_FREE` pain-free sessions of its easier one.

    ``ask`` is a session of an easier variation; ``history`` holds the earlier logs of
    every exercise, oldest first. When its harder variation's last log had mild pain and
    this session and those since were pain-free and clean, the harder one returns at the
    athlete's dose for it (no more sets than now). ``None`` otherwise, or in a light
    session, or when the athlete may not do it.
    """
    if ask.light or ask.log.pain is not Pain.none or ask.result() not in _CLEAN:
        return None
    harder, _ = ask.usable(ask.exercise.harder)
    if harder is None:
        return None
    mine = [h for h in history if h.exercise in (ask.exercise.id, harder.id)]
    last = next((h for h in reversed(mine) if h.exercise == harder.id), None)
    if last is None or last.pain is not Pain.mild:
        return None
    free = 1
    for earlier in reversed(mine):
        if earlier.exercise != ask.exercise.id or earlier.pain is not Pain.none:
            break
        free += 1
    if free < PAIN_FREE:
        return None
    new = switch(ask, harder, easier=False)
    now = ask.dose.amount
    if new.dose.unit == ask.dose.unit and new.dose.amount.hi > now.hi:
        # Back at no more reps than the easier one took, so it fits the session as that
        # did; the range builds from there.
        amount = IntRange(min(new.dose.amount.lo, now.hi), now.hi)
        new = attrs.evolve(new, dose=new.dose.with_amount(amount))
    lighter = 0.0
    before = min((float(s.load_kg) for s in last.sets if s.load_kg is not None), default=0.0)
    equipment = first_loadable(harder.load_with)
    if before > 0 and equipment is not None:
        load = step_down(before, equipment)
        if load > 0:
            new = attrs.evolve(new, dose=attrs.evolve(new.dose, load_kg=load), choose_load=False)
            lighter = before
    named: dict[str, Param] = {
        "sessions": free,
        "exercise": ask.exercise.id,
        "exercise_name": ask.exercise.name,
        "other": harder.id,
        "other_name": harder.name,
        "dose": str(new.dose),
    }
    if lighter:
        back = say("progress.pain.back_lighter", **named, before_kg=lighter)
    else:
        back = say("progress.pain.back", **named)
    return Progression(new, Change.variation, back)


ACCEPTABLE: Final = (
    "Some discomfort is fine if it stays at 3/10 or less and is gone by the next morning."
)
"""The pain a return or step back after mild pain accepts (project convention, after 003's
pain-monitoring advice)."""

THIRD_PAIN: Final = 3
"""Sessions in a row with mild pain in the same movement that refer the athlete to a
physiotherapist (project convention)."""


def mild_streak(exercise: Exercise, history: Sequence[ExerciseLog]) -> int:
    """Sessions with mild pain just before this one, in a row, in the same movement.

    The movement is the exercise and its easier and harder variations.
    """
    return mild_in_a_row({exercise.id, exercise.easier, exercise.harder}, history)


def mild_note(exercise: Exercise, step: Progression, *, streak: int) -> Reason:
    """The week's note after mild pain during ``exercise``: what changed, what pain is fine.

    ``streak`` counts the sessions with pain in a row, this one included; from
    :data:`THIRD_PAIN` on, the note refers the athlete to a physiotherapist.
    """
    if step.change is Change.stop:
        code = "progress.note.mild_pain.stop"
    elif step.next.exercise != exercise.id:
        code = "progress.note.mild_pain.easier"
    else:
        code = "progress.note.mild_pain.back"
    note = say(code, exercise=exercise.id, exercise_name=exercise.name)
    if streak >= THIRD_PAIN:
        return joined_reasons(note, say("progress.note.mild_pain.third", streak=streak))
    return note


def setback(ask: Ask, why: str) -> Progression:
    """Sessions that keep failing or stalling: a lighter load, an easier variation, or less.

    Loaded work drops one load step first (the movement stays the same); otherwise the
    easier variation, then less work. At the smallest dose it holds and asks for a
    coach's eye.
    """
    step = lighter_step(ask, why) or easier_step(ask, why) or less_work(ask, why, to_bottom=False)
    if step is not None:
        return step
    return hold(ask.prescription, say("progress.setback.smallest", why=why, dose=str(ask.dose)))


def in_reserve(ask: Ask) -> bool:
    """Whether every set logged reps in reserve at or above the low end of the target."""
    target = ask.dose.rir
    rirs = [s.rir for s in ask.log.sets]
    return target is not None and bool(rirs) and all(r is not None and r >= target.lo for r in rirs)


def restimulate(ask: Ask, why: str) -> Progression:
    """A stall with reps in reserve: a set more, else a small load step, else a hold.

    Nothing is cut: the reps are on target, so the stimulus changes instead.
    """
    dose = ask.dose
    target = dose.rir
    low = 1 if target is None else target.lo
    again = None if ask.light else reset_range(ask, why)
    if again is not None:  # heavier and shorter stalled too: back to the usual range
        return again
    if dose.sets.hi < SET_CAP and not ask.light:
        sets = IntRange(dose.sets.lo + 1, dose.sets.hi + 1)
        return Progression(
            _with(ask.prescription, attrs.evolve(dose, sets=sets)),
            Change.sets,
            say("progress.restimulate.set", why=why, old_sets=str(dose.sets), sets=str(sets)),
        )
    equipment = first_loadable(ask.exercise.load_with)
    lifted = lifted_load(ask)
    if equipment is not None and lifted > 0 and not ask.light:
        up = step_within(ask.exercise, lifted, equipment) or lifted  # never past its ceiling
        if lifted < up <= lifted * (1 + ACSM_MAX_RISE) + 1e-9:
            share = 100 * (up - lifted) / lifted
            return Progression(
                attrs.evolve(
                    ask.prescription, dose=attrs.evolve(dose, load_kg=up), choose_load=False
                ),
                Change.load,
                say(
                    "progress.restimulate.load",
                    why=why,
                    lifted_kg=lifted,
                    load_kg=up,
                    percent=share,
                ),
            )
    effort = IntRange(low, low + 1)
    harder = attrs.evolve(dose, rir=effort)
    return Progression(
        _with(ask.prescription, harder),
        Change.none,
        say(
            "progress.restimulate.effort",
            why=why,
            dose=str(harder),
            rir=low,
            target=str(effort),
        ),
    )


def back_note(easier: Exercise, step: Progression, name: str) -> Reason:
    """The week's note when the exercise that hurt comes back after mild pain.

    ``easier`` is the variation done meanwhile, ``step`` the return to ``name``.
    """
    return say(
        "progress.note.mild_pain.over",
        exercise=step.next.exercise,
        exercise_name=name,
        easier=easier.id,
        easier_name=easier.name,
        dose=str(step.next.dose),
    )


def no_more_than(dose: Dose, cap: Dose) -> Dose | None:
    """``dose`` cut to no more work than ``cap``: its amount's bottom plus 2, else its sets.

    One change at a time: the amount first; the sets once the amount is no more.

    ``None`` when that takes nothing off, or the two count different units.
    """
    if dose.unit != cap.unit:
        return None
    top = cap.amount.lo + 2
    lo = min(dose.amount.lo, cap.amount.lo)
    amount = IntRange(lo, max(lo, min(dose.amount.hi, top)))
    if amount != dose.amount:  # one change at a time: the amount first, else the sets
        return dose.with_amount(amount)
    sets = IntRange(min(dose.sets.lo, cap.sets.lo), min(dose.sets.hi, cap.sets.hi))
    new = attrs.evolve(dose, sets=sets)
    return None if new == dose else new
