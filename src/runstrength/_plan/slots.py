"""The families that fill a session's slots: RS202's patterns, and the extras time allows.

The calf slot of a week's strength sessions takes the family (straight-knee or bent-knee)
the week has not had yet first; a light session takes its soleus work. The extras time
allows never add a calf exercise (:mod:`runstrength._plan.calves` says when a session
holds a second one), and a gym with a hip-thrust or glute-drive machine adds its loaded
bridge first.
"""

from __future__ import annotations

from runstrength._model.vocab import Focus
from runstrength._plan.calves import SEATED_CALF, alternate_calves
from runstrength._plan.families import Family

__all__ = ["EXTRAS", "GYM_BRIDGE", "HIP_SLOT", "slot_families"]

F = Family
_CALF = (F.straight_knee_calf, F.bent_knee_calf)
SLOT_FAMILIES: dict[str, tuple[Family, ...]] = {
    "a squat or lunge": (F.bilateral_squat, F.single_leg_knee),
    "a hip hinge": (F.hinge,),
    "a single-leg move": (F.single_leg_knee, F.hinge, F.bridge),
    "calf work": _CALF,
    "a hip-stability drill": (F.hip_stability,),
}
"""The families that fill each of RS202's required patterns, most fitting first."""

HIP_SLOT = "a hip-stability drill"
"""RS202's hip-stability slot, which a beginner's adductor work may fill."""

EXTRAS: dict[Focus, tuple[Family, ...]] = {
    Focus.strength: (F.bridge, F.hip_stability, F.isolation, F.adductor, F.core),
    Focus.light: (F.bridge, F.hinge, F.hip_stability, F.adductor, F.core),
}
"""Families a session may add when time allows, in the order they join: never a calf
exercise (:mod:`runstrength._plan.calves` says when a session holds a second one)."""

GYM_BRIDGE = frozenset({"glute_drive", "hip_thrust"})
"""The loaded bridges a gym's hip-thrust or glute-drive machine allows: the bridge a gym
session adds when time allows."""


def slot_families(
    name: str,
    soleus: bool,
    block: bool,
    steady: bool = False,
    week: set[Family] | frozenset[Family] = frozenset(),
    strength: bool = False,
) -> tuple[tuple[Family, ...], frozenset[str]]:
    """The families that fill a required pattern, and the ids preferred among them.

    Calf work is bent-knee first where the soleus belongs in the session, on the seated
    calf machine for an Achilles athlete's strength session (the heavy slow block); a
    ``strength`` session otherwise takes the calf family the ``week`` has not had yet
    first (``alternate_calves``), a light one its soleus work;
    with ``steady``, the hip-stability slot takes adductor work first
    (``adductor_steadies``).
    """
    if name == "calf work" and block and soleus:
        return (F.bent_knee_calf, F.straight_knee_calf), SEATED_CALF
    if name == "calf work":
        first = (F.bent_knee_calf, F.straight_knee_calf) if soleus else _CALF
        return (alternate_calves(first, week) if strength else first), frozenset()
    families = SLOT_FAMILIES.get(name, ())
    return ((F.adductor, *families) if steady else families), frozenset()
