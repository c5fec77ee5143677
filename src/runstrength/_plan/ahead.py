"""Loads planned ahead: no heavier than the prescription allows, and a rise only if earned.

A block planned with no logs (:func:`~runstrength.build_block`'s forecast) knows the
athlete's reported lift and nothing after it. Each load in kg of an exercise with a reported
lift stays at what the prescription's reps and reps in reserve allow from that lift's
estimated best single lift (Epley, then the RTS chart at the set the watch counts: the
bottom of the reps with the middle of the reps in reserve), never below last week's; a load
that rises says it rises only if every set last week was made at the target effort, and one
the cap holds says how much to add if they were (ACSM 2009: 2–10 % once the lifter makes 1–2
reps more than the target). ``progress`` and ``next_week`` from real logs keep saying what
the logs showed.
"""

from __future__ import annotations

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Equipment
from runstrength._plan.choose import Profile
from runstrength._plan.coded import REASON_MAX
from runstrength._plan.current import settled
from runstrength._plan.loads import load_item, set_load
from runstrength._progression.loadmath import estimate_1rm, step_up

__all__ = ["ahead_settled", "most_ahead", "settled_as"]

_SMALL_STEPS = frozenset({"phase.strength.small_step", "phase.strength.small_step.fewer"})
"""Codes of a small step in the hand that kept the reps (or took 2 off) on a move where the
body is most of the load."""

_FEWER_TO_FIT = 2
"""Reps a small step's range gives up where the reported lift allows no more at its load."""

_LOWEST_REPS = 5
"""The lowest bottom of a range a small step's reps fall to from a reported lift."""


def _item(rx: Prescription, athlete: Athlete, catalog: Catalog) -> Equipment | None:
    exercise = catalog.get(rx.exercise)
    if exercise is None:
        return None
    profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
    return load_item(exercise, profile)


def most_ahead(rx: Prescription, athlete: Athlete, catalog: Catalog) -> float | None:
    """The heaviest load ``rx``'s set the watch counts allows from the reported lift.

    ``None`` where ``rx`` has no load in kg, no reported lift, no reps in reserve or no
    item that makes the load.
    """
    lift = athlete.lifts.get(rx.exercise)
    dose = rx.dose
    if lift is None or not dose.load_kg or dose.unit != "reps" or dose.rir is None:
        return None
    item = _item(rx, athlete, catalog)  # the item only once the cheap tests leave a cap
    if not item:
        return None
    try:
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        return set_load(one_rm, dose.amount, dose.rir, item)
    except InputError:  # reps and reserve beyond the chart: no cap from it
        return None


def _capped(
    rx: Prescription, before: Prescription | None, athlete: Athlete, catalog: Catalog
) -> Prescription:
    """``rx`` with its load at most :func:`most_ahead`, never below last week's load."""
    most = most_ahead(rx, athlete, catalog)
    load = rx.dose.load_kg
    if most is None or load is None:
        return rx
    was = None if before is None else before.dose.load_kg
    most = max(most, was or 0.0)
    if load <= most:
        return rx
    fewer = _fewer_to_fit(rx, load, athlete, catalog)
    if fewer is not None:
        return fewer
    step = next((p for p in parts_of(rx.reason) if p.code in _SMALL_STEPS), None)
    if step is not None and before is not None and was == most:
        # Held at last week's load: last week's reps too, and no word of a step not taken.
        rest = [p for p in parts_of(rx.reason) if p is not step]
        dose = attrs.evolve(rx.dose, load_kg=most).with_amount(before.dose.amount)
        reason = joined_reasons(*rest) if rest else None
        return attrs.evolve(rx, dose=dose, reason=reason)
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=most))


def _fewer_to_fit(
    rx: Prescription, load: float, athlete: Athlete, catalog: Catalog
) -> Prescription | None:
    """A small step's load kept with 2 reps fewer, where the reported lift allows it.

    The athlete's own lift says what the reps at the heavier load are: where the range a
    small step kept is more than it allows, the reps fall by :data:`_FEWER_TO_FIT` (not
    under :data:`_LOWEST_REPS`) when that fits, and the reason says so.
    """
    step = next((p for p in parts_of(rx.reason) if p.code in _SMALL_STEPS), None)
    amount = rx.dose.amount
    if step is None or amount.lo - _FEWER_TO_FIT < _LOWEST_REPS:
        return None
    reps = IntRange(amount.lo - _FEWER_TO_FIT, amount.hi - _FEWER_TO_FIT)
    fewer = attrs.evolve(rx, dose=rx.dose.with_amount(reps))
    most = most_ahead(fewer, athlete, catalog)
    if most is None or most < load - 1e-9:
        return None
    reason = say(
        "phase.strength.heavier", was_kg=step.params["was_kg"], load_kg=load, amount=str(reps)
    )
    rest = [p for p in parts_of(rx.reason) if p is not step]
    return attrs.evolve(fewer, reason=joined_reasons(reason, *rest) if rest else reason)


def _held_said(
    rx: Prescription,
    wanted: Prescription,
    before: Prescription | None,
    athlete: Athlete,
    catalog: Catalog,
) -> Prescription:
    """``rx`` held by the cap at last week's load: it says what to add if the sets were made."""
    load, dose = rx.dose.load_kg, rx.dose
    lift = athlete.lifts.get(rx.exercise)
    if (
        before is None
        or load is None
        or lift is None
        or dose.rir is None
        or before.dose.load_kg != load
        or (wanted.dose.load_kg or 0.0) <= load
    ):
        return rx
    item = _item(rx, athlete, catalog)  # the item only once the cheap tests leave a note
    if item is None:
        return rx
    note = say(
        "ahead.load_held",
        load_kg=load,
        reps=str(dose.amount),
        effort=f"{dose.rir} reps in reserve",
        lift_kg=lift.load_kg,
        lift_reps=lift.reps,
        step_kg=round(step_up(load, item) - load, 2),
    )
    if rx.reason is None:
        return attrs.evolve(rx, reason=note)
    if len(rx.reason.text) + len(note.text) >= REASON_MAX:
        return rx
    return attrs.evolve(rx, reason=joined_reasons(rx.reason, note))


def ahead_settled(
    items: list[Prescription],
    before: dict[str, Prescription],
    fresh: WeekPlan,
    catalog: Catalog,
    athlete: Athlete,
) -> list[Prescription]:
    """:func:`~runstrength._plan.current.settled` for a week planned ahead, with no logs.

    Each load within what its prescription allows from the reported lift; a rise since
    last week said as one that waits for last week's sets, and a load the cap holds said
    with the step to add once they are made.
    """
    capped = [_capped(rx, before.get(rx.exercise), athlete, catalog) for rx in items]
    said = settled(capped, before, fresh, catalog, ahead=True)
    return [
        _held_said(rx, wanted, before.get(rx.exercise), athlete, catalog)
        for rx, wanted in zip(said, items, strict=True)
    ]


def settled_as(
    items: list[Prescription],
    before: dict[str, Prescription],
    fresh: WeekPlan,
    catalog: Catalog,
    athlete: Athlete,
    ahead: bool,
) -> list[Prescription]:
    """:func:`ahead_settled` for a week planned ``ahead``, else the week from its logs."""
    if ahead:
        return ahead_settled(items, before, fresh, catalog, athlete)
    return settled(items, before, fresh, catalog)
