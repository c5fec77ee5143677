"""Movement families: the one pattern each exercise counts in, to keep a session varied."""

from __future__ import annotations

from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Pattern

__all__ = ["FAMILIES", "family", "group_of"]

_PRIORITY = (
    Pattern.plyometric,
    Pattern.calf,
    Pattern.hip_stability,
    Pattern.hinge,
    Pattern.hip_extension,
    Pattern.squat,
    Pattern.lunge,
    Pattern.single_leg,
    Pattern.isometric,
    Pattern.isolation,
)
"""The patterns that name a family, most telling first: a jump counts as a jump, a
single-leg calf raise as calf work."""

FAMILIES: tuple[Pattern, ...] = (*_PRIORITY, *(p for p in Pattern if p not in _PRIORITY))
"""Every pattern, in the order an exercise's family is looked up. Total by construction:
a pattern with no place in the list above (``lateral``, or one added later) comes last
and names its own family, so every exercise of every catalog has one."""


def family(exercise: Exercise) -> Pattern:
    """The movement family an exercise counts in, to keep a session varied."""
    return next(p for p in FAMILIES if p in exercise.patterns)


_GROUPS = {
    Pattern.squat: "knee",
    Pattern.lunge: "knee",
    Pattern.single_leg: "knee",
    Pattern.isometric: "knee",
    Pattern.hinge: "hip",
    Pattern.hip_extension: "hip",
}


def group_of(exercise: Exercise) -> str:
    """The coarse group (knee-dominant, hip-dominant, calf, ...) a session balances."""
    fam = family(exercise)
    return _GROUPS.get(fam, str(fam))
