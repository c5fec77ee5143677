"""A return after sharp pain done gently: reserve, tempo and reps of a trial.

The constants a trial return shares (:data:`RETURN_RIR`, :data:`RETURN_TEMPO`) and
:func:`trial_reps`, a loaded trial's moderate reps, slow and well short of fatigue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange, Tempo

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise

__all__ = ["RETURN_RIR", "RETURN_TEMPO", "TRIAL_REPS", "trial_reps"]

RETURN_RIR: Final = IntRange(3, 4)
"""Reps in reserve of a return with no known load: well short of effort (project convention)."""

RETURN_TEMPO: Final = Tempo(3, 0, 1)
"""The lowering of such a return: 3 s, controlled (project convention)."""


TRIAL_REPS: Final = IntRange(8, 10)
"""The fewest reps of a loaded trial return: moderate reps at the lighter load, not the
heavy low-rep work the pain came in (project convention, after 003's re-loading)."""


def trial_reps(dose: Dose, exercise: Exercise) -> tuple[Dose, str]:
    """A loaded trial return at moderate reps, slowly and well short of fatigue.

    Reps towards :data:`TRIAL_REPS` but never past the old range's top (the return is never
    more than the dose the pain came in), and a 3-s lowering, at the old reps in reserve
    (half the load keeps every set well short of fatigue, and the usual target carries on
    after the trial); the words that say so (empty when the dose is not counted in reps).
    """
    if dose.unit != "reps" or exercise.plyometric:
        return dose, ""
    amount = dose.amount
    # Towards moderate reps, never past the old top: a heavy 5–8 comes back as 8 reps.
    new = dose.with_amount(IntRange(min(max(amount.lo, TRIAL_REPS.lo), amount.hi), amount.hi))
    what = f", {new.amount} reps"
    if dose.tempo is None or dose.tempo.eccentric < RETURN_TEMPO.eccentric:
        new = attrs.evolve(new, tempo=RETURN_TEMPO)
        what += f" with a {RETURN_TEMPO.eccentric}-s lowering"
    what += ", well short of fatigue"
    return new, what
