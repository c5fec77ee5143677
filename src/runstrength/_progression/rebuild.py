"""The rebuild after sharp pain: back to the load it hurt at in small pain-free steps.

An exercise back after sharp pain starts as a trial at part of its old load
(:func:`~runstrength._progression.returns.comeback`). Once its sets are back, each
session pain-free and at the top of its range takes the load up one step: the heaviest
load the kit makes within :data:`REBUILD_MOST` times the load lifted (2-10 % a step,
ACSM 2009), or the kit's smallest step where that is more (dumbbells: 5 → 6 → 7 → 8 kg,
never 6 → 8 kg on the way back to the load it hurt at), and never past the load it hurt
at. A step a session rather than one every two sessions keeps the rebuild steady. Each
step asks that the session and the next morning were pain-free; when either was not, the
load stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.logs import Progression
from runstrength._model.reason import Reason, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Pain
from runstrength._progression.loadmath import round_load, step_up
from runstrength._progression.policy import ACSM_MAX_RISE, Outcome, base_load, load_equipment
from runstrength._progression.returns import (
    REFERRED_GATE,
    below_pain,
    on_trial,
)

if TYPE_CHECKING:
    from runstrength._progression.ask import Ask

__all__ = ["REBUILD_MOST", "rebuild", "rebuild_limit"]

REBUILD_MOST: Final = 1 + ACSM_MAX_RISE
"""The largest rise of one rebuild step, as a multiple of the load lifted, where the kit's
smallest step is smaller: 10 % (ACSM 2009: 2-10 % a step)."""


def rebuild_limit(base: float, reason: str) -> float:
    """The heaviest next load a trial return may take from ``base`` (0 when not on trial).

    RS402 allows it beside its usual step (the kit's smallest): a rebuild after sharp pain
    climbs back toward the load it hurt at by up to 10 % a pain-free session.
    """
    return base * REBUILD_MOST + 1e-9 if on_trial(reason) and base > 0 else 0.0


def rebuild(ask: Ask) -> Progression | None:
    """The next rung of the rebuild after sharp pain, if this session earned it.

    Only for loaded work back after sharp pain (its reason marks the trial) with its sets
    back, below the load it hurt at, and a session pain-free at the top of its range with
    clean form. ``None`` otherwise (the sets come back first, or the usual rules apply).
    """
    dose, log = ask.dose, ask.log
    if ask.light or not on_trial(text_of(ask.prescription.reason)):
        return None
    if log.pain is not Pain.none or ask.result() != Outcome.TOP:
        return None
    hurt = below_pain(dose, ask.history)
    equipment = load_equipment(ask.exercise)
    if hurt is None or equipment is None or dose.sets.hi < len(hurt.sets):
        return None
    old = min((float(s.load_kg) for s in hurt.sets if s.load_kg), default=0.0)
    lifted = base_load(dose, log)
    if lifted <= 0 or lifted >= old - 1e-9:
        return None
    new = min(max(round_load(lifted * REBUILD_MOST, equipment), step_up(lifted, equipment)), old)
    if new <= lifted + 1e-9 or new > old + 1e-9:
        return None
    rise = round((new / lifted - 1) * 100)
    code = "progress.rebuild.reached" if new >= old - 1e-9 else "progress.rebuild.step"
    rx = ask.prescription
    reason = _now(rx.reason, new, old)
    return Progression(
        attrs.evolve(rx, dose=attrs.evolve(dose, load_kg=new), choose_load=False, reason=reason),
        Change.load,
        say(code, lifted_kg=lifted, load_kg=new, percent=rise, old_kg=old),
    )


def _now(reason: Reason | None, new: float, old: float) -> Reason | None:
    """A trial's reason with its load as it is now, not the first week's half load.

    The trial's opening words stay (they mark the trial, :data:`TRIAL_MARK`) and so does
    a referral's condition; the rest says where the rebuild stands. Back at the load it
    hurt at, the trial is over: the reason says so, and the usual steps apply.
    """
    if not on_trial(text_of(reason)):
        return reason
    if new >= old - 1e-9:  # the trial is over: the usual steps from here
        return say("progress.rebuild.over", old_kg=old)
    gate = say("progress.trial.gate") if REFERRED_GATE in text_of(reason) else None
    return joined_reasons(say("progress.rebuild.trial", load_kg=new, old_kg=old), gate)
