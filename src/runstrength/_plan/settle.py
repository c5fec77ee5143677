"""A lifter's first week settles in below the heavier weeks; the last ones do not grow.

A runner who reported a lift starts a season at moderate volume and effort, not at its
biggest week: a two-legged main lift at :data:`SETTLE_SETS` sets, a one-leg one at
:data:`SETTLE_ONE_LEG_SETS`, the rest of the strength session at
:data:`SETTLE_ACCESSORY_SETS`, all at :data:`SETTLE_RIR` in reserve where they went
lower; a load from the known lift is aimed again at that set the watch counts. In power and
maintenance weeks an accessory keeps last week's sets (:func:`held_sets`): the volume of
the heavier weeks holds while the jumps come in.
"""

from __future__ import annotations

import attrs

from runstrength._model.athlete import Lift
from runstrength._model.dose import Dose, IntRange
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reason import Param, Reason, parts_of, text_of
from runstrength._model.reasons import CODES, joined_reasons, say
from runstrength._model.vocab import Equipment
from runstrength._plan.coded import capped, leading, rewritten
from runstrength._plan.loads import set_load
from runstrength._plan.shaping import is_two_legged_squat_or_hinge
from runstrength._progression.loadmath import estimate_1rm

__all__ = [
    "SETTLE_ACCESSORY_SETS",
    "SETTLE_ONE_LEG_SETS",
    "SETTLE_RIR",
    "SETTLE_SETS",
    "held_sets",
    "settle",
    "settle_accessory",
    "settling_dose",
]

SETTLE_SETS = 3
"""The most sets of a two-legged main lift in a season's first week (003: 3 × 6–8)."""

SETTLE_ONE_LEG_SETS = 2
"""The most sets of a one-leg main lift in a season's first week: each set is two."""

SETTLE_ACCESSORY_SETS = 2
"""The most sets of any other exercise of a strength session in a season's first week."""

SETTLE_RIR = IntRange(2, 3)
"""Reps in reserve of a main lift in a season's first week: technique before effort."""


def settling_dose(dose: Dose, exercise: Exercise) -> Dose:
    """A main lift's dose in a season's first week, which settles in below the next ones.

    At most :data:`SETTLE_SETS` sets (:data:`SETTLE_ONE_LEG_SETS` for a one-leg lift) at
    :data:`SETTLE_RIR` where its reps in reserve went lower.
    """
    most = SETTLE_SETS if is_two_legged_squat_or_hinge(exercise) else SETTLE_ONE_LEG_SETS
    out = dose
    if dose.sets.lo > most:
        out = attrs.evolve(out, sets=IntRange(most))
    if dose.rir is not None and dose.rir.lo < SETTLE_RIR.lo:
        out = attrs.evolve(out, rir=SETTLE_RIR)
    return out


def settle_accessory(rx: Prescription) -> Prescription:
    """``rx``, not a main lift, at :data:`SETTLE_ACCESSORY_SETS` sets in a first week."""
    was = rx.dose.sets
    if was.lo <= SETTLE_ACCESSORY_SETS:
        return rx
    note = say("settle.accessory", before=str(was), after=str(SETTLE_ACCESSORY_SETS))
    dose = attrs.evolve(rx.dose, sets=IntRange(SETTLE_ACCESSORY_SETS))
    return attrs.evolve(rx, dose=dose, reason=_after(rx.reason, note))


def _after(reason: Reason | None, note: Reason) -> Reason:
    """``note`` after ``reason`` (as ``capped`` keeps them), their codes kept."""
    if reason is None:
        return leading(note, capped(f"None {note.text}"))
    return leading(joined_reasons(reason, note), capped(f"{reason.text} {note.text}"))


def settle(
    rx: Prescription, exercise: Exercise, lift: Lift | None, item: Equipment | None = None
) -> Prescription:
    """``rx`` at a season's first week's dose (:func:`settling_dose`), and why.

    A load from the known ``lift`` on ``item`` is aimed again at the first week's set the
    watch counts, at its reps in reserve (:func:`~runstrength._plan.loads.set_load`), and
    its note says so.
    """
    dose = settling_dose(rx.dose, exercise)
    if dose == rx.dose:
        return rx
    reason = rx.reason
    if dose.rir is not None and dose.rir != rx.dose.rir:
        dose, reason = _aimed(dose, reason, lift, item)
    if dose.sets != rx.dose.sets:
        note = say("settle.sets", before=str(rx.dose.sets), after=str(dose.sets))
        if reason is None or not reason.text:
            return attrs.evolve(rx, dose=dose, reason=leading(note, capped(" " + note.text)))
        return attrs.evolve(rx, dose=dose, reason=_after(reason, note))
    return attrs.evolve(rx, dose=dose, reason=rewritten(reason, capped(text_of(reason))))


_LOAD_CODES = frozenset({"load.for_set", "load.for_set_in_reserve"})
"""The codes of a load note that ends with the set the load was chosen for."""


def _aimed(
    dose: Dose, reason: Reason | None, lift: Lift | None, item: Equipment | None
) -> tuple[Dose, Reason | None]:
    """``dose``'s load from ``lift`` aimed at its set, and ``reason``'s load note with it."""
    parts = [] if reason is None else list(parts_of(reason))
    if (
        lift is None
        or item is None
        or dose.rir is None
        or not dose.load_kg
        or not any(p.code in _LOAD_CODES for p in parts)
    ):
        return dose, reason
    try:
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        load = set_load(one_rm, dose.amount, dose.rir, item)
    except InputError:
        return dose, reason
    if load <= 0:
        return dose, reason
    said: dict[str, Param] = {"load_kg": load, "reps": dose.amount.lo, "rir": str(dose.rir)}
    parts = [say(p.code, **{**p.params, **said}) if p.code in _LOAD_CODES else p for p in parts]
    return attrs.evolve(dose, load_kg=load), joined_reasons(parts[0], *parts[1:])


def held_sets(
    rx: Prescription, before: Prescription, exercise: Exercise | None, phase: object
) -> Prescription:
    """``rx``, an accessory in a power or maintenance week, at no more sets than ``before``.

    The heavy lifts lose a set there; a band walk or calf raise gaining one would keep
    the week's volume climbing into the taper. A jump rises by its own dose.
    """
    was = before.dose.sets.lo
    if (exercise is not None and exercise.plyometric) or rx.dose.sets.lo <= was:
        return rx
    dose = attrs.evolve(rx.dose, sets=IntRange(was))
    code = f"phase.{getattr(phase, 'value', phase)}.held"
    if code in CODES:
        return attrs.evolve(rx, dose=dose, reason=say(code, sets=was))
    reason = f"{str(phase).capitalize()} phase: held at {was} sets while the heavy lifts ease."
    return attrs.evolve(rx, dose=dose, reason=reason)
