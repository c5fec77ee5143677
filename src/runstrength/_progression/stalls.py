"""Stalls: sessions in a row within the range, reps in reserve on target, nothing moving.

A stall changes the stimulus rather than hold (:func:`unstall`): heavier and shorter
once; if that stalls too, a reset to the usual range one load step back with a hard last
set (:func:`reset_range`); if the reset stalls as well, the lift is swapped for a few weeks
(:func:`~runstrength._progression.swaps.stall_swap`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import text_of
from runstrength._model.reasons import say
from runstrength._model.vocab import Change
from runstrength._progression.limits import reference_range, step_within
from runstrength._progression.loadmath import step_down
from runstrength._progression.policy import Outcome, base_load, load_equipment
from runstrength._progression.swaps import stall_swap
from runstrength._views.wording import UNIT_SUFFIX, amount_text, kg

if TYPE_CHECKING:
    from runstrength._model.plan import Prescription
    from runstrength._progression.ask import Ask

__all__ = ["SHORT_FLOOR", "reset_range", "unstall", "waited_stall"]

SHORT_FLOOR: Final = 5
"""The fewest reps a heavier-and-shorter range goes to: a split squat below 5 reps is
limited by balance, not the legs (project convention)."""


def unstall(
    ask: Ask | None, old: Prescription, step: Progression, limit: int, *, reset: bool = True
) -> Progression | None:
    """A stall whose set more does not fit: heavier and shorter once, then a reset.

    A stall (sessions in a row within the range, reps in reserve on target) changes the
    stimulus rather than hold. The first time, the load rises one step for a shorter
    range just below the usual one (never under :data:`SHORT_FLOOR` reps), a range every
    set already reached. If it stalls again after that (the range is still below the
    usual one), the load goes back one step and the usual range returns, with the last set
    taken to 1 in reserve (the dose reads 1-2 RIR): the heavier and shorter route is not
    taken twice (without ``reset``, when the usual range does not fit the session, the
    dose only asks for the harder last set). When the reset stalled too, the lift is
    swapped for a few weeks (:func:`~runstrength._progression.swaps.stall_swap`).
    Otherwise the dose asks for the last set at the low end of its target.
    """
    stall = step.change in (Change.sets, Change.load) and "in a row short of" in text_of(
        step.reason
    )
    if ask is None or not stall:
        return None
    dose = ask.dose
    top = amount_text(dose.amount.hi, dose.unit, per_side=dose.per_side)
    lifted = base_load(dose, ask.log)
    lead = (
        f"Stalled: {waited_stall(ask)} sessions in a row short of {top} at {kg(lifted)}, with "
        f"reps in reserve, and a set more would take the session past your {limit} minutes"
    )
    equipment = load_equipment(ask.exercise)
    target = dose.rir
    effort = None if target is None else IntRange(max(1, target.lo), max(1, target.lo) + 1)
    tried = dose.amount.lo < reference_range(ask.exercise, dose, ask.level()).lo
    again = reset_range(ask, lead) if reset else None
    if again is not None:
        return again
    earlier = [s.load_kg for h in ask.history for s in h.sets if s.load_kg]
    swapped = stall_swap(ask, lead) if any(x > lifted for x in earlier) and not tried else None
    if swapped is not None:  # heavier and shorter, then the reset, both stalled
        return swapped
    done = min((getattr(s, dose.unit) or 0 for s in ask.log.sets), default=0)
    short = IntRange(max(SHORT_FLOOR, dose.amount.lo - 1), max(SHORT_FLOOR, dose.amount.lo))
    if not tried and equipment and lifted > 0 and all(load <= lifted for load in earlier):
        up = step_within(ask.exercise, lifted, equipment)
        fresh = short.lo < dose.amount.lo
        if fresh and up is not None and done >= short.hi:
            heavier = attrs.evolve(dose, load_kg=up).with_amount(short)
            return Progression(
                attrs.evolve(old, dose=heavier, choose_load=False),
                Change.load,
                say(
                    "progress.stall.heavier",
                    lead=lead,
                    load_kg=up,
                    short=str(short),
                    suffix=UNIT_SUFFIX[dose.unit],
                    reached=amount_text(done, dose.unit, per_side=dose.per_side),
                    range=str(dose.amount),
                ),
            )
    if target is not None and effort is not None and effort != target:
        harder = attrs.evolve(dose, rir=effort)
        return Progression(
            attrs.evolve(old, dose=harder),
            Change.none,
            say("progress.stall.effort", lead=lead, rir=effort.lo, target=str(effort)),
        )
    return None


def reset_range(ask: Ask, lead: str) -> Progression | None:
    """A stall after heavier and shorter: one load step back, the usual range, a hard last set.

    Only loaded work whose range is still below its usual one (heavier and shorter was
    taken, and it stalled again): the load drops one step, the usual range returns, and
    the last set goes to 1 in reserve (the dose reads 1-2 RIR). ``lead`` opens the reason.
    """
    dose = ask.dose
    equipment = load_equipment(ask.exercise)
    usual = reference_range(ask.exercise, dose, ask.level())
    lifted = base_load(dose, ask.log)
    if equipment is None or lifted <= 0 or dose.amount.lo >= usual.lo:
        return None
    lower = step_down(lifted, equipment)
    if not 0 < lower < lifted:
        return None
    target = dose.rir
    effort = dose.rir if target is None else IntRange(max(1, target.lo), max(1, target.lo) + 1)
    reset = attrs.evolve(dose, load_kg=lower, rir=effort).with_amount(usual)
    return Progression(
        attrs.evolve(ask.prescription, dose=reset, choose_load=False),
        Change.load,
        say(
            "progress.stall.reset",
            lead=lead,
            load_kg=lower,
            usual=str(usual),
            target=str(reset.rir),
        ),
    )


def waited_stall(ask: Ask) -> int:
    """Sessions in a row, this one included, that stalled within the range."""
    return ask.streak(frozenset({Outcome.STALL})) + 1
