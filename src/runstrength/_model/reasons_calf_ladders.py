"""Reason codes of calf work that climbs: the turns a week's only session takes.

A week with one strength session holds one calf raise, and the sources' beginner work
asks for both kinds (000's and 003's straight-knee calf raises, 003's bent-knee work for
the soleus): the session's calf raise takes turns week to week, straight-knee one week,
bent-knee the next, each where it left off.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CALF_LADDER_CODES"]

_NEED = {
    "exercise": "The calf raise's id.",
    "need_kind": "Its movement family (`straight_knee_calf` or `bent_knee_calf`).",
    "need": "The need it fills in English, as the sentence shows it.",
}

CALF_LADDER_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "calf_turn.first": (
        "{need}, its first turn: the week's only session holds one calf raise, straight-knee "
        "and bent-knee taking turns week to week, so both are worked every two weeks.",
        _NEED,
    ),
    "calf_turn.back": (
        "{need}, its turn again, where it left off: straight-knee and bent-knee calf raises "
        "take turns week to week in the week's only session.",
        _NEED,
    ),
    "calf.moved_on": (
        "{need}: on to the {exercise_name} in place of the {instead_name}, at a range of its "
        "own; its reps or load rise a later week, one change at a time.",
        {
            **_NEED,
            "exercise_name": "The calf raise's name in English.",
            "instead": "The id of the calf raise it moved on from.",
            "instead_name": "That raise's name in English.",
        },
    ),
}
