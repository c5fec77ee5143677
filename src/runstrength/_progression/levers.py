"""What to change next within a harder form before any load: its lever.

A harder variation is reached for its own difficulty, so the first steps within it are
steps of the form, not of load: a box's height for an unloaded single-leg box squat, the
stance and the distance from the stack for a cable's anti-rotation press. The lever
follows from the kit the form needs, so an exercise of a coach's own catalog gets one
too (project convention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from runstrength._model.reasons import say
from runstrength._model.vocab import Equipment, Pattern

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._model.reason import Reason
    from runstrength._progression.ask import Ask

__all__ = ["change_code", "harder_form", "harder_lever", "lever"]

_BOXES: Final = frozenset({Equipment.box, Equipment.bench, Equipment.chair, Equipment.step})
"""Kit whose height sets how deep an unloaded squat to it goes."""


def lever(exercise: Exercise) -> Reason | None:
    """The sentence naming ``exercise``'s lever, or ``None`` when its kit names none.

    >>> import runstrength as rs
    >>> cat = rs.default_catalog()
    >>> lever(cat["single_leg_box_squat"]).code
    'progress.lever.box'
    >>> lever(cat["split_stance_pallof_press"]).code
    'progress.lever.cable'
    >>> lever(cat["front_plank"]) is None
    True
    """
    if Equipment.cable_machine in exercise.load_with:
        return say("progress.lever.cable")
    boxed = any(group and group <= _BOXES for group in exercise.equipment)
    if boxed and Pattern.squat in exercise.patterns and not exercise.load_with:
        return say("progress.lever.box")  # a squat to a box with no load: its depth
    return None


def harder_form(ask: Ask, exercise: Exercise, rx: Prescription) -> tuple[bool, bool]:
    """Whether ``exercise`` at ``rx`` is a harder form of the held one, and for fewer reps.

    A harder variation the catalog links, or an exercise of the same level or above whose
    own range stops short of the reps done now (a single-leg box squat after a forward
    lunge: the harder form, done for fewer reps).
    """
    dose, now = rx.dose, ask.dose
    fewer = dose.unit == now.unit == "reps" and dose.amount.hi < now.amount.hi
    linked = exercise.id in ask.harder_ids()
    return linked or (fewer and exercise.level >= ask.exercise.level), fewer


def change_code(ask: Ask, exercise: Exercise, rx: Prescription) -> str:
    """The reason code of a change of form: a harder one says so, and fewer reps if fewer."""
    harder, fewer = harder_form(ask, exercise, rx)
    if harder and fewer:
        return "progress.unhold.harder_fewer"
    if harder:
        return "progress.unhold.harder_light" if ask.light else "progress.unhold.harder"
    return "progress.unhold.change_light" if ask.light else "progress.unhold.change"


def harder_lever(ask: Ask, exercise: Exercise, rx: Prescription) -> Reason | None:
    """The lever (:func:`lever`) of a harder form changed to, else ``None``."""
    return lever(exercise) if harder_form(ask, exercise, rx)[0] else None
