"""Moves where the body is most of the load: a small step in the hand keeps the reps.

- :func:`body_weight_dominant`: a move on one leg, a lunge or a standing calf raise,
  loaded only from the hand, where one or two kilograms are a few per cent of the load.
- :func:`small_step_range`: the reps after a load step on such a move: 2 fewer at most.
"""

from __future__ import annotations

from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Equipment, Pattern

__all__ = ["body_weight_dominant", "small_step_range"]

_IN_HAND = frozenset({Equipment.dumbbell, Equipment.kettlebell})
"""Loads held in the hand: a step of one or two kilograms on them adds little to a move
whose load is mostly the body."""

_CARRIES_BODY = frozenset({Pattern.single_leg, Pattern.lunge, Pattern.calf})
"""Patterns where the working leg or legs carry the whole body."""

FEWER_AT_MOST = 2
"""The most reps a small step in the hand takes off the top of a range on such a move."""

MIN_SPAN = 4
"""The least span (top minus bottom) of a range after such a step: 6–10, not 8–10."""


def body_weight_dominant(exercise: Exercise) -> bool:
    """Whether most of the load ``exercise`` moves is the body: a small step barely shows.

    A move on one leg, a lunge or a standing calf raise loaded only from the hand
    (dumbbell or kettlebell): one or two kilograms in the hand are a few per cent of the
    load moved, not a heavier set of a few reps fewer. Holds are not counted.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> body_weight_dominant(cat["bulgarian_split_squat"])
    True
    >>> body_weight_dominant(cat["goblet_squat"])
    False
    """
    return (
        bool(exercise.patterns & _CARRIES_BODY)
        and Pattern.isometric not in exercise.patterns
        and bool(exercise.load_with)
        and set(exercise.load_with) <= _IN_HAND
    )


def small_step_range(
    old: IntRange, fewer: IntRange, exercise: Exercise, *, hold_calf: bool = True
) -> IntRange:
    """The reps after a load step from ``old``: ``fewer``, or 2 fewer at most.

    On a :func:`body_weight_dominant` move the top falls by :data:`FEWER_AT_MOST` at
    most, never under ``fewer``, the range spanning :data:`MIN_SPAN` at least, and a calf
    raise's range holds (unless not ``hold_calf``: reps past the top come back down);
    elsewhere the range is ``fewer``.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> str(small_step_range(IntRange(8, 12), IntRange(5, 8), cat["bulgarian_split_squat"]))
    '6–10'
    >>> str(small_step_range(IntRange(10, 12), IntRange(5, 8), cat["bulgarian_split_squat"]))
    '6–10'
    >>> str(small_step_range(IntRange(10, 13), IntRange(8, 11), cat["single_leg_calf_raise"]))
    '10–13'
    >>> str(small_step_range(IntRange(8, 12), IntRange(5, 8), cat["romanian_deadlift"]))
    '5–8'
    """
    if not body_weight_dominant(exercise) or old.hi <= fewer.hi:
        return fewer
    if hold_calf and Pattern.calf in exercise.patterns:
        return old
    top = max(fewer.hi, old.hi - FEWER_AT_MOST)
    # Never narrower than five reps (10–12 goes to 6–10): a narrower range has no room to
    # climb past its top before the next step.
    return IntRange(max(fewer.lo, min(old.lo - FEWER_AT_MOST, top - MIN_SPAN)), top)
