"""Movement families: the one pattern each exercise counts in, to keep a session varied."""

from __future__ import annotations

from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Pattern

__all__ = ["family", "group_of"]

_FAMILIES = (
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


def family(exercise: Exercise) -> Pattern:
    """The movement family an exercise counts in, to keep a session varied."""
    return next(p for p in _FAMILIES if p in exercise.patterns)


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
