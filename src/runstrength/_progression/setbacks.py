"""Steps back: mild pain, failed sessions and long stalls, each with fewer demands than before.

Every step here does no more sets or reps than the prescription it replaces (RS404):

- an easier variation the athlete may do (at its dose, capped at the old sets and reps);
- else one load step down from the load lifted;
- else less work: the amount to the bottom of its range (or one growth step lower), then
  one set fewer; never below :func:`floor` (the catalog's lowest amount for the
  exercise, and at least 5 reps, 10 s or 5 steps) nor below one set.

Form that breaks takes the load off first (one step, sets and reps unchanged), then
moves to the easier variation, else to bodyweight (a calf raise to the two-leg wall calf
raise its catalog entry lists), asking which fault it was; when it keeps breaking, a
hinge gives way to a glute bridge or hip thrust, a calf raise still breaking at
bodyweight to a seated calf raise, else the work gets smaller. A breaking dose
is held at most once (with a request for a coach's or physiotherapist's eye).

An easier variation taken for mild pain steps back up (:func:`back_up`): after
:data:`PAIN_FREE` pain-free sessions of it, clean, the exercise that hurt returns at the
athlete's dose for it, with no more sets than now.

A stall with the reps in reserve on target (:func:`restimulate`) changes the stimulus
instead of cutting anything: after heavier and shorter has been tried, a reset to the usual
range one load step back (:func:`~runstrength._progression.quota.reset_range`); else a set
more, else the smallest load step when it is within 10 % of the load, else a hold that
asks for the last set at the low end of the target (and the dose says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.vocab import Change, Injury, Pain, Pattern, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.fit import areas_of, first_loadable
from runstrength._progression.loadmath import step_down, step_up
from runstrength._progression.policy import ACSM_MAX_RISE, SET_CAP, Outcome, growth, outcome
from runstrength._progression.quota import plural_sets, reset_range
from runstrength._views.wording import amount_text, injury_name, kg

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.plan import Prescription

__all__ = [
    "PAIN_FREE",
    "back_up",
    "floor",
    "for_form",
    "for_mild_pain",
    "in_reserve",
    "restimulate",
    "setback",
]


def where_it_hurts(exercise: Exercise) -> str:
    """What a step after mild pain adds: stay pain-free, and say where it hurts.

    >>> from runstrength import default_catalog
    >>> print(where_it_hurts(default_catalog()["split_squat"]))  # doctest: +ELLIPSIS
    Stay pain-free; stop if it sharpens. Where does it hurt: the front of the knee, ...
    """
    places = [_PLACE.get(a, injury_name(a)) for a in ordered(areas_of(exercise))]
    options = ", ".join(f"the {p}" for p in dict.fromkeys(places))
    ask = f"Where does it hurt: {options}, or somewhere else?" if options else "Where does it hurt?"
    return (
        f"Stay pain-free; stop if it sharpens. {ask} Log it with the pain, so the next step can "
        "spare that area."
    )


_PLACE = {Injury.knee: "front of the knee, the hip"}
"""How a coach asks about an area: knee pain in a lunge may sit at the front or the hip."""

_LEAST = {"reps": 5, "seconds": 10, "steps": 5}
"""The smallest amount a step back goes to, whatever the catalog says (project convention)."""


def _with(prescription: Prescription, dose: Dose) -> Prescription:
    return attrs.evolve(prescription, dose=dose)


def _easier(ask: Ask, why: str) -> Progression | None:
    easier, _ = ask.usable(ask.exercise.easier)
    if easier is None:
        return None
    new = switch(ask, easier, easier=True)
    return Progression(
        new,
        Change.regress,
        f"{why}: regress to the easier {easier.name} at {new.dose}, no more sets or reps than "
        "before, and build back up from there.",
    )


def _lifted(ask: Ask) -> float:
    """The load used: the lightest of the logged and prescribed loads (0 for none)."""
    logged = [float(s.load_kg) for s in ask.log.sets if s.load_kg is not None]
    loads = [*logged, *([] if ask.dose.load_kg is None else [float(ask.dose.load_kg)])]
    return min(loads) if loads else 0.0


def _lighter(ask: Ask, why: str) -> Progression | None:
    equipment = first_loadable(ask.exercise.load_with)
    if equipment is None:
        return None
    lifted = _lifted(ask)
    if lifted <= 0:
        return None
    lower = step_down(lifted, equipment)
    new_load = lower if lower > 0 else None
    to = "bodyweight" if new_load is None else kg(lower)
    dose = attrs.evolve(ask.dose, load_kg=new_load)
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.regress,
        f"{why}: the load drops one step from {kg(lifted)} to {to}, sets and reps unchanged.",
    )


def floor(ask: Ask) -> int:
    """The smallest amount a step back may leave: the catalog's lowest, at least 5 reps.

    Never above the amount prescribed now (a step back never adds work).
    """
    dose = ask.dose
    lows = [d.amount.lo for d in ask.exercise.doses.values() if d.unit == dose.unit]
    least = max(_LEAST[dose.unit], min(lows, default=0))
    return min(least, dose.amount.lo)


def _less_work(ask: Ask, why: str, *, to_bottom: bool) -> Progression | None:
    dose = ask.dose
    amount, unit, side = dose.amount, dose.unit, dose.per_side
    step, _ = growth(ask.exercise, dose)
    least = floor(ask)
    by = min(step, amount.lo - least)
    if to_bottom and amount.hi > amount.lo:
        new = dose.with_amount(IntRange(amount.lo))
        what = f"the {unit} drop to the bottom of the range ({amount_text(amount.lo, unit)})"
    elif not to_bottom and by > 0:
        lower = IntRange(amount.lo - by, amount.hi - by)
        new = dose.with_amount(lower)
        what = f"the range drops by {by}, from {amount} to {lower}"
    elif dose.sets.hi > 1:
        sets = IntRange(max(1, dose.sets.lo - 1), dose.sets.hi - 1)
        new = attrs.evolve(dose, sets=sets)
        what = f"one set fewer ({dose.sets} to {plural_sets(sets)})"
    elif amount.lo > least:
        new = dose.with_amount(IntRange(least))
        what = f"the {unit} drop to {amount_text(least, unit, per_side=side)}"
    else:
        return None
    return Progression(_with(ask.prescription, new), Change.regress, f"{why}: {what}.")


def for_mild_pain(ask: Ask) -> Progression:
    """Mild pain: an easier variation, else a lighter load, else less work (RS404)."""
    name = ask.exercise.name
    why = f"Mild pain during {name}"
    step = (
        _easier(ask, why)
        or _lighter(ask, f"{why} and no easier variation to move to")
        or _less_work(ask, f"{why} and no easier variation or load to take off", to_bottom=True)
    )
    if step is not None:
        return attrs.evolve(step, reason=f"{step.reason} {where_it_hurts(ask.exercise)}")
    return Progression(
        ask.prescription,
        Change.stop,
        "Mild pain even at the smallest dose: stop this exercise and seek advice from a "
        "health professional (physiotherapist or doctor) before doing it again.",
    )


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
    if ask.light or ask.log.pain is not Pain.none or outcome(ask.dose, ask.log) not in _CLEAN:
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
    return Progression(
        new,
        Change.variation,
        f"{free} pain-free sessions of {ask.exercise.name} since the mild pain in "
        f"{harder.name}: back to {harder.name} at {new.dose}. Stop if the pain comes back.",
    )


def setback(ask: Ask, why: str) -> Progression:
    """Sessions that keep failing or stalling: a lighter load, an easier variation, or less.

    Loaded work drops one load step first (the movement stays the same); otherwise the
    easier variation, then less work. At the smallest dose it holds and asks for a
    coach's eye.
    """
    step = _lighter(ask, why) or _easier(ask, why) or _less_work(ask, why, to_bottom=False)
    if step is not None:
        return step
    return hold(
        ask.prescription,
        f"{why}, and the dose is already the smallest: keep {ask.dose} and ask a coach or "
        "physiotherapist to look at the movement before adding anything.",
    )


def for_form(ask: Ask, streak: int, what: str) -> Progression:
    """Form that broke ``streak + 1`` sessions in a row: lighter, easier, then simpler still.

    ``what`` says what broke (``form broke``). The first break takes one load step off;
    the second moves to the easier variation, else to bodyweight; from the third on, the
    easier variation, else bodyweight, else a hip thrust or glute bridge in place of a
    hinge, else less work. A breaking dose is never simply held more than once, and the
    reason never assumes a visit to a coach or physiotherapist that was not logged.
    """
    dose = ask.dose
    cue = (
        " End each set at the first rep that breaks, and note which set it broke on; a "
        "coach or physiotherapist watching one session helps."
    )
    if streak == 0:
        lighter = _lighter(ask, what.capitalize())
        if lighter is not None:
            return attrs.evolve(
                lighter,
                reason=lighter.reason
                + " Rebuild clean reps at the lighter load before adding anything."
                + cue,
            )
        return hold(
            ask.prescription,
            f"{what.capitalize()}: hold {dose} and rebuild the movement before adding anything "
            "(no more reps, load or a harder variation until every rep is clean). If the "
            "next session is the same, the exercise gets easier." + cue,
        )
    why = f"{'Two' if streak == 1 else 'Several'} sessions in a row where {what}"
    step = _easier(ask, why) or _two_leg_hinge(ask, why) or _bodyweight(ask, why)
    if step is None and streak >= 3:
        step = _seated(ask, why)
    if step is None and streak >= 2:
        step = _bridge(ask, why) or _less_work(ask, why, to_bottom=False)
        if step is not None and _wall_form(ask.exercise):
            step = attrs.evolve(step, reason=f"{step.reason} {_what_broke(ask)}")
    if step is not None:
        return attrs.evolve(step, reason=step.reason + cue)
    if streak == 1:
        return hold(
            ask.prescription,
            f"{why}, no easier variation and no load to take off: keep {dose} this once, "
            "and have a coach or physiotherapist watch the movement before adding anything; "
            "if it breaks again, the work gets smaller." + cue,
        )
    return hold(
        ask.prescription,
        f"{why}, and the dose is already the smallest: keep {dose} and have a coach or "
        "physiotherapist watch the movement before adding anything." + cue,
    )


_TWO_LEG_HINGE = "romanian_deadlift"
"""The steadier hinge a staggered or single-leg hinge moves to when form breaks [003:
"Dumbbell Romanian deadlift from mid-shin range"]."""

_STANDING_CALF = frozenset({Pattern.calf})
"""Calf raising done standing (a seated raise lists no other pattern either, but is
excluded by id)."""

_HINGE_SWAPS = ("glute_bridge", "hip_thrust")
"""Where a hinge that keeps breaking goes when nothing easier is left [003: glute bridge]."""


def _bodyweight(ask: Ask, why: str) -> Progression | None:
    """Loaded work at bodyweight, as technique work, sets and reps unchanged.

    A calf raise names its steadier form (the two-leg wall calf raise its catalog entry
    lists), hands on the wall.
    """
    if _lifted(ask) <= 0:
        return None
    dose = attrs.evolve(ask.dose, load_kg=None)
    steadier = _wall_form(ask.exercise)
    what = (
        f"move to the {steadier}: both feet, fingertips on a wall, at bodyweight ({dose})"
        if steadier
        else f"the load comes off and {ask.exercise.name} is done at bodyweight ({dose})"
    )
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.regress,
        f"{why}: {what}, as technique work until every rep is clean. {_what_broke(ask)}",
    )


def _wall_form(exercise: Exercise) -> str | None:
    """The steadier two-leg wall form a calf raise's catalog entry lists, if any."""
    if Pattern.calf not in exercise.patterns:
        return None
    walls = [a for a in exercise.aliases if "wall" in a.lower()]
    two = [a for a in walls if "two-leg" in a.lower()]
    found = [*two, *walls]
    return found[0][0].lower() + found[0][1:] if found else None


def _what_broke(ask: Ask) -> str:
    """The question a coach asks when form breaks: which of the usual faults was it?"""
    faults = [m.rstrip(".").lower() for m in ask.exercise.mistakes[:4]]
    if not faults:
        return "What broke? Log it with the session."
    return f"What broke: {', '.join(faults[:-1])} or {faults[-1]}? Log it with the session."


_SEATED_CALF = "bent_knee_calf_raise"
"""Where a calf raise whose form keeps breaking at bodyweight goes: seated, no balance
to keep (the review's "a seated calf raise takes balance out entirely")."""


def _seated(ask: Ask, why: str) -> Progression | None:
    """A standing calf raise that keeps breaking at bodyweight, moved to a seated one."""
    if Pattern.calf not in ask.exercise.patterns or _lifted(ask) > 0 or ask.dose.load_kg:
        return None
    if ask.exercise.id == _SEATED_CALF or not ask.exercise.patterns & _STANDING_CALF:
        return None
    found, _ = ask.usable(_SEATED_CALF)
    if found is None:
        return None
    new = switch(ask, found, easier=True)
    return Progression(
        new,
        Change.regress,
        f"{why}, already at bodyweight: move to the {found.name} at {new.dose}, seated, so "
        "balance is out of it and the calf does the work; the standing raise comes back "
        "once a coach or physiotherapist has watched it. " + _what_broke(ask),
    )


def _two_leg_hinge(ask: Ask, why: str) -> Progression | None:
    """A staggered or single-leg hinge whose form breaks, moved to the two-leg hinge."""
    if Pattern.hinge not in ask.exercise.patterns or ask.exercise.id == _TWO_LEG_HINGE:
        return None
    if ask.catalog.get(_TWO_LEG_HINGE) is None:
        return None
    found, _ = ask.usable(_TWO_LEG_HINGE)
    if found is None or Pattern.hinge not in found.patterns:
        return None
    new = switch(ask, found, easier=True)
    return Progression(
        new,
        Change.regress,
        f"{why}: move to the steadier two-leg {found.name} at {new.dose}, to mid-shin, "
        "no more sets or reps than before, and build back up from there.",
    )


def _bridge(ask: Ask, why: str) -> Progression | None:
    """A hinge that keeps breaking swapped for a glute bridge or hip thrust."""
    if Pattern.hinge not in ask.exercise.patterns:
        return None
    for name in _HINGE_SWAPS:
        found, _ = ask.usable(name)
        if found is not None:
            new = switch(ask, found, easier=True)
            return Progression(
                new,
                Change.regress,
                f"{why}: the hinge waits until someone has watched it; {found.name} at "
                f"{new.dose} trains the hips meanwhile without the hinge.",
            )
    return None


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
            f"{why}, with reps in reserve on target: change the stimulus rather than cut "
            f"anything, with a set more ({dose.sets} to {sets} sets) at the same load.",
        )
    equipment = first_loadable(ask.exercise.load_with)
    lifted = _lifted(ask)
    if equipment is not None and lifted > 0 and not ask.light:
        try:
            up = step_up(lifted, equipment)
        except ValueError:
            up = lifted
        if lifted < up <= lifted * (1 + ACSM_MAX_RISE) + 1e-9:
            share = 100 * (up - lifted) / lifted
            return Progression(
                attrs.evolve(
                    ask.prescription, dose=attrs.evolve(dose, load_kg=up), choose_load=False
                ),
                Change.load,
                f"{why}, with reps in reserve on target: change the stimulus with the smallest "
                f"load step, from {kg(lifted)} to {kg(up)} (+{share:.0f} %).",
            )
    effort = IntRange(low, low + 1)
    harder = attrs.evolve(dose, rir=effort)
    return Progression(
        _with(ask.prescription, harder),
        Change.none,
        f"{why}, with reps in reserve on target: keep {harder}, and take the last set of each "
        f"session to {low} in reserve (the dose now reads {effort} RIR) to find the reps that "
        "are there.",
    )
