"""Steps back: mild pain, failed sessions and long stalls, each with fewer demands than before.

Every step here does no more sets or reps than the prescription it replaces (RS404):

- an easier variation the athlete may do (at its dose, capped at the old sets and reps);
- else one load step down from the load lifted;
- else less work: the amount to the bottom of its range (or one growth step lower), then
  one set fewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.vocab import Change
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.fit import first_loadable
from runstrength._progression.loadmath import step_down
from runstrength._progression.policy import base_load, growth
from runstrength._views.wording import amount_text, kg

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._model.plan import Prescription

__all__ = ["for_mild_pain", "setback"]


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


def _lighter(ask: Ask, why: str) -> Progression | None:
    equipment = first_loadable(ask.exercise.load_with)
    if equipment is None or ask.dose.load_kg is None:
        return None
    lifted = min(base_load(ask.dose, ask.log), ask.dose.load_kg)  # never above either
    if lifted <= 0:
        return None
    lower = step_down(lifted, equipment)
    new_load = lower if lower > 0 else None
    to = "bodyweight" if new_load is None else kg(lower)
    return Progression(
        _with(ask.prescription, attrs.evolve(ask.dose, load_kg=new_load)),
        Change.regress,
        f"{why}: the load drops one step from {kg(lifted)} to {to}, sets and reps unchanged.",
    )


def _less_work(ask: Ask, why: str, *, to_bottom: bool) -> Progression | None:
    dose = ask.dose
    amount, unit, side = dose.amount, dose.unit, dose.per_side
    step, _ = growth(ask.exercise, dose)
    if to_bottom and amount.hi > amount.lo:
        new = dose.with_amount(IntRange(amount.lo))
        what = f"the {unit} drop to the bottom of the range ({amount_text(amount.lo, unit)})"
    elif not to_bottom and amount.lo > step:
        lower = IntRange(amount.lo - step, amount.hi - step)
        new = dose.with_amount(lower)
        what = f"the range drops by {step}, from {amount} to {lower}"
    elif dose.sets.hi > 1:
        sets = IntRange(max(1, dose.sets.lo - 1), dose.sets.hi - 1)
        new = attrs.evolve(dose, sets=sets)
        what = f"one set fewer ({dose.sets} to {sets} sets)"
    elif amount.lo > 1:
        less = max(1, amount.lo * 2 // 3)
        new = dose.with_amount(IntRange(less))
        what = f"the {unit} drop by a third (to {amount_text(less, unit, per_side=side)})"
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
        return attrs.evolve(step, reason=step.reason + " Stay pain-free; stop if it sharpens.")
    return Progression(
        ask.prescription,
        Change.stop,
        "Mild pain even at the smallest dose: stop this exercise and seek advice from a "
        "health professional (physiotherapist or doctor) before doing it again.",
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
