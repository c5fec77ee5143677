"""Movement families: what each exercise is for in a session, one of each per session.

A family is read from an exercise's patterns and primary muscles, most telling trait
first: a jump is power work; a calf raise is bent-knee (soleus) work when the soleus is
its main muscle; work aimed at the adductors is adductor work unless it is a two-legged
squat (a sumo squat is still a squat); work aimed at the trunk is core work; then hinges,
bridges (hip extension), hip-stability drills, single-leg knee work (lunges, split
squats, step-ups, single-leg squats), two-legged squats, and isolation moves. The lookup
is total: every pattern, alone, names a family (``lateral`` alone is ``other``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Muscle, Pattern

__all__ = ["JUMP_NEED", "NEED", "PATTERN_FAMILY", "Family", "family", "need_of"]


class Family(enum.StrEnum):
    """What an exercise is for in a session; a session holds one exercise of each."""

    power = "power"
    straight_knee_calf = "straight-knee calf"
    bent_knee_calf = "bent-knee calf"
    adductor = "adductor"
    core = "core"
    hinge = "hinge"
    bridge = "bridge"
    hip_stability = "hip stability"
    single_leg_knee = "single-leg knee"
    bilateral_squat = "bilateral squat"
    isolation = "isolation"
    other = "other"


_KNEE_SINGLE = frozenset({Pattern.single_leg, Pattern.lunge})


def family(exercise: Exercise) -> Family:
    """The one movement family an exercise counts in (see the module docstring)."""
    patterns = exercise.patterns
    primary = exercise.primary
    if exercise.plyometric or Pattern.plyometric in patterns:
        return Family.power
    if Pattern.calf in patterns:
        return Family.bent_knee_calf if Muscle.soleus in primary else Family.straight_knee_calf
    two_legged_squat = Pattern.squat in patterns and patterns.isdisjoint(_KNEE_SINGLE)
    if Muscle.adductors in primary and not two_legged_squat:
        return Family.adductor
    if Muscle.core in primary or Pattern.core in patterns:
        return Family.core
    if Pattern.hinge in patterns:
        return Family.hinge
    if Pattern.hip_extension in patterns:
        return Family.bridge
    if Pattern.hip_stability in patterns:
        return Family.hip_stability
    if not patterns.isdisjoint(_KNEE_SINGLE):
        return Family.single_leg_knee
    if Pattern.squat in patterns:
        return Family.bilateral_squat
    if Pattern.isolation in patterns:
        return Family.isolation
    return Family.other


_BY_PATTERN: Final[dict[Pattern, Family]] = {
    Pattern.plyometric: Family.power,
    Pattern.calf: Family.straight_knee_calf,
    Pattern.core: Family.core,
    Pattern.hinge: Family.hinge,
    Pattern.hip_extension: Family.bridge,
    Pattern.hip_stability: Family.hip_stability,
    Pattern.single_leg: Family.single_leg_knee,
    Pattern.lunge: Family.single_leg_knee,
    Pattern.squat: Family.bilateral_squat,
    Pattern.isolation: Family.isolation,
}

PATTERN_FAMILY: Final[Mapping[Pattern, Family]] = MappingProxyType(
    {pattern: _BY_PATTERN.get(pattern, Family.other) for pattern in Pattern}
)
"""The family of an exercise with that one pattern (and no telling muscle): total over
every :class:`~runstrength.Pattern`, so every exercise of every catalog has a family."""

NEED: Final[Mapping[Family, str]] = MappingProxyType(
    {
        Family.power: "power: low, quick hops for a springier stride",
        Family.straight_knee_calf: "calf work: straight-knee raises for the calves and Achilles",
        Family.bent_knee_calf: "soleus: bent-knee calf work",
        Family.adductor: "adductors: inner-thigh strength that steadies the knee and pelvis",
        Family.core: "core: a steady trunk to carry the stride",
        Family.hinge: "hip hinge: hamstrings and glutes",
        Family.bridge: "hip extension: glutes",
        Family.hip_stability: "hip stability: the glute medius keeps the pelvis level",
        Family.single_leg_knee: (
            "single-leg knee work: strength one leg at a time, as in the stride"
        ),
        Family.bilateral_squat: "squat: two-legged strength for the quads and glutes",
        Family.isolation: "isolation: extra work for one muscle",
        Family.other: "extra variety",
    }
)
"""The need each family fills, in the words a prescription's reason starts with."""


JUMP_NEED: Final = "power: fast, springy jumps for force off the ground, each landing quiet"
"""The need a real jump fills: the power family's "low, quick hops" are pogo hops."""

_HOPS: Final = frozenset({"pogo_hop"})


def need_of(exercise: Exercise, of: Family) -> str:
    """The need ``exercise`` fills, counted in family ``of``: a jump's own, not the hops'."""
    if of is Family.power and exercise.id not in _HOPS:
        return JUMP_NEED
    return NEED[of]
