"""The shorter, pain-free range an exercise takes near a sore area, by its own pattern.

Work capped after mild pain in another exercise ends with a cue for a shorter range; the
cue fits the exercise cut, never the one that hurt: a squat has no back knee to lower.
"""

from __future__ import annotations

from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Equipment, Pattern

__all__ = ["shorter_range"]

_STEPS = frozenset({Pattern.single_leg, Pattern.lateral})
"""The patterns of a step-up: one leg, perhaps sideways, and nothing else."""


def shorter_range(exercise: Exercise) -> str:
    """The key of the cue for work near a sore area: a shorter range its own pattern takes.

    A split stance lowers the back knee to a cushion, a side lunge sits less deep, a squat
    goes to a box, a wall sit sits higher, a machine lowers less far, a step-up takes a lower
    step and a hinge stops at the knees; a jump or anything else keeps a shorter, pain-free
    range. The key names a code ``progress.sore.cut.<key>``.

    >>> from runstrength import default_catalog
    >>> [shorter_range(default_catalog()[i]) for i in ("bodyweight_squat", "split_squat")]
    ['squat', 'split_stance']
    """
    patterns = exercise.patterns
    kit = {item for group in exercise.equipment for item in group}
    if Pattern.plyometric in patterns:
        return "plain"
    if Pattern.lunge in patterns:
        return "side" if Pattern.lateral in patterns else "split_stance"
    if Pattern.squat in patterns:
        if Pattern.isometric in patterns:
            return "wall"
        return "machine" if Equipment.leg_press in kit else "squat"
    if Pattern.hinge in patterns:
        return "hinge"
    if patterns <= _STEPS and kit & {Equipment.step, Equipment.box}:
        return "step"
    return "plain"
