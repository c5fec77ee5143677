"""Calf raises on clean ranges: the sources' 10-20 reps, in the ranges a coach writes.

003 gives calf raises 2-4 sets of 10-20 reps (12-20 for the bent-knee raise) and 000
gives 15-20: a calf raise's range is one of :data:`CALF_RANGES`, never an odd cut such as
8-11 or 9-13 (project convention). A calf raise that moves on to its harder variation (one
leg for two, an eccentric lowering) does so at the largest of them that takes no longer
than now, and not at all when none does: the variation comes first, at its own range, and
the reps or the load rise a later week (003: "add one variable at a time").

Where a load step would be too big, a calf raise climbs the clean ranges in its place
(12-15 to 15-20, never 14-17 and 16-19), and the load step brings it back to the clean
range below, so a week has a rep rise or a load step, not both; after the tempo step, the
harder variation comes before more reps (:func:`calf_harder`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Pattern
from runstrength._progression.policy import growth

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._progression.ask import Ask

__all__ = [
    "CALF_RANGES",
    "CALF_STRENGTH",
    "calf_back",
    "calf_more",
    "calf_raise",
    "calf_start",
    "clean_calf_fit",
]

CALF_RANGES: Final = (IntRange(15, 20), IntRange(12, 15), IntRange(10, 12))
"""The ranges a calf raise is written at, most reps first (003: 10-20; 000: 15-20)."""


CALF_STRENGTH: Final = IntRange(10, 12)
"""A calf raise's strength-phase range: fewer reps, never under the sources' 10."""


def calf_start(own: IntRange) -> IntRange:
    """The clean calf range a harder calf raise starts at: the lowest within ``own``.

    >>> str(calf_start(IntRange(8, 12))), str(calf_start(IntRange(12, 15)))
    ('10–12', '12–15')
    """
    inside = [c for c in CALF_RANGES if c.lo >= max(own.lo, 10) and c.hi <= own.hi]
    return inside[-1] if inside else CALF_STRENGTH


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


def calf_more(ask: Ask) -> Prescription | None:
    """``ask``'s calf raise at the next clean range up, within its cap, if there is one.

    In place of reps past the top (a 14-17 or 16-19 the sources never give): 10-12 goes
    to 12-15 and 12-15 to 15-20; 15-20 is the last.
    """
    dose = ask.dose
    _, cap = growth(ask.exercise, dose)
    if dose.unit != "reps":
        return None
    for clean in CALF_RANGES[::-1]:
        if clean.hi > dose.amount.hi and clean.hi <= cap:
            return attrs.evolve(ask.prescription, dose=dose.with_amount(clean))
    return None


def calf_back(top: int, usual: IntRange) -> IntRange:
    """The clean calf range that ends at ``top`` after a load step, else ``usual``."""
    return next((clean for clean in CALF_RANGES if clean.hi == top), usual)
