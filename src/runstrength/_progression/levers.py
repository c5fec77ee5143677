"""What to change next within a harder form before any load: its lever.

A harder variation is reached for its own difficulty, so the first steps within it are
steps of the form, not of load: a box's height for an unloaded single-leg box squat, the
stance and the distance from the stack for a cable's anti-rotation press. The lever
follows from the kit the form needs, so an exercise of a coach's own catalog gets one
too (project convention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.logs import Progression
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Equipment, Pattern
from runstrength._progression.ask import switch
from runstrength._progression.limits import reference_range

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._model.reason import Reason
    from runstrength._progression.ask import Ask

__all__ = [
    "FREE_WEIGHTS",
    "big_step_harder",
    "change_code",
    "harder_form",
    "harder_lever",
    "lever",
    "usual_again",
]

FREE_WEIGHTS: Final = frozenset(
    {Equipment.dumbbell, Equipment.kettlebell, Equipment.barbell, Equipment.ankle_weights}
)
"""Loads in the hands or strapped on: their big steps keep their own rules (reps past the
top first, and the body-carrying moves' reps kept); a cable or a machine's do not."""

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


def big_step_harder(ask: Ask, item: Equipment, lead: str) -> Progression | None:
    """For a cable or machine's load step over 10 %, the harder form instead, if one is open.

    A coach moves an anti-rotation press on by its stance before a third of the load again
    at the same reps: the harder variation the athlete may do, never in the week right
    after the exercise came in. ``None`` for free weights (their own rules), a light
    session, or when no harder form is open.
    """
    if item in FREE_WEIGHTS or ask.light or not ask.recent:
        return None
    harder, _ = ask.harder()
    if harder is None:
        return None
    new = switch(ask, harder, easier=False)
    onto = say(
        "progress.route.harder",
        lead=lead,
        exercise=harder.id,
        exercise_name=harder.name,
        dose=str(new.dose),
    )
    return Progression(new, Change.variation, joined_reasons(onto, lever(harder)))


def usual_again(ask: Ask, item: Equipment, new: Prescription) -> Prescription:
    """``new`` (a cable or machine's big load step) back at the usual range, reps off.

    A range raised past the top of the exercise's own while the step waited returns to it
    with the heavier load, as a step earned by reps past the top does; free weights keep
    their own rules.
    """
    usual = reference_range(ask.exercise, ask.dose, ask.level())
    dose = new.dose
    if item in FREE_WEIGHTS or dose.unit != "reps" or dose.amount.hi <= usual.hi:
        return new
    return attrs.evolve(new, dose=dose.with_amount(usual))
