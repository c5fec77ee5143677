"""Calf raises on clean ranges: the sources' 10-20 reps, in the ranges a coach writes.

003 gives calf raises 2-4 sets of 10-20 reps (12-20 for the bent-knee raise) and 000
gives 15-20: a calf raise's range is one of :data:`CALF_RANGES`, never an odd cut such as
8-11 or 9-13 (project convention). A calf raise that moves on to its harder variation (one
leg for two, an eccentric lowering) does so at the largest of them that takes no longer
than now, and not at all when none does: the variation comes first, at its own range, and
the reps or the load rise a later week (003: "add one variable at a time").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from runstrength._model.dose import IntRange
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Pattern

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise

__all__ = ["CALF_RANGES", "calf_raise", "clean_calf_fit"]

CALF_RANGES: Final = (IntRange(15, 20), IntRange(12, 15), IntRange(10, 12))
"""The ranges a calf raise is written at, most reps first (003: 10-20; 000: 15-20)."""


def calf_raise(exercise: Exercise) -> bool:
    """Whether ``exercise`` is a calf raise that moves in reps (not a hold)."""
    return Pattern.calf in exercise.patterns and Pattern.isometric not in exercise.patterns


def clean_calf_fit(dose: Dose, seconds: float) -> Dose | None:
    """``dose`` at the largest clean calf range, no higher than its own, within ``seconds``.

    ``None`` when even the smallest (10-12) takes longer.

    >>> from runstrength._model.dose import Dose
    >>> str(clean_calf_fit(Dose(sets=1, reps=(12, 15), per_side=True, rest_seconds=45), 180))
    '1 × 10–12 per side, rest 45 s'
    """
    if dose.unit != "reps":
        return None
    for clean in CALF_RANGES:
        if clean.hi > dose.amount.hi:
            continue
        fitted = dose.with_amount(clean)
        if dose_seconds(fitted, DEFAULT_SETTINGS) <= seconds:
            return fitted
    return None
