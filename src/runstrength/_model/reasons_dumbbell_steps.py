"""Reason codes of small load steps on moves where the body is most of the load.

A dumbbell or kettlebell step on a move on one leg, a lunge or a calf raise adds a few
per cent to the load moved: the reps hold, or fall by two at most (each code's English).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DUMBBELL_STEP_CODES"]

_STEP = {
    "was_kg": "Last week's load, in kilograms.",
    "load_kg": "This week's load, in kilograms.",
    "amount": "This week's reps, as shown (`8–12`).",
}

DUMBBELL_STEP_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "phase.strength.small_step": (
        "Strength phase: heavier ({was_kg:g} kg to {load_kg:g} kg) at the same reps "
        "({amount}): the body is most of the load, so a small step in the hand barely shows.",
        _STEP,
    ),
    "phase.strength.small_step.fewer": (
        "Strength phase: heavier ({was_kg:g} kg to {load_kg:g} kg) with a rep or two fewer "
        "({amount}): the body is most of the load, so a small step in the hand is a small "
        "change.",
        _STEP,
    ),
}
