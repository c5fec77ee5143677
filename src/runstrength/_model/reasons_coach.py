"""Reason codes of the plan's care near a race and for trained bodies: each code's English.

A taper or race week with no earlier week keeps to basic moves at an easy effort; a
bodyweight move a trained runner could do many more reps of is made harder or slower; an
advanced runner's heavy main lift.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["COACH_CODES"]

_PHASE = {"phase": "The week's phase (`taper` or `race`)."}
_PHASE_ANY = {
    "phase": "The week's phase (`general` or `strength`).",
    "phase_name": "That phase in English, capitalised (`General`).",
}

COACH_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "session.first_week_near_race": (
        "No earlier week to go by so close to the race: only basic moves that leave little "
        "soreness (no lunges, split squats, Copenhagen planks, Nordic curls or jumps), each "
        "set stopped {rir} reps short of failure. Log this week's sets and loads to plan the "
        "next from them.",
        {
            **_PHASE,
            "rir": "The reps in reserve every set stops at, as shown (`3–4`).",
        },
    ),
    "exercise.bodyweight_harder": (
        "{name} instead of {was_name}: with your body weight alone, {was_name} is too easy "
        "for your level to train strength.",
        {
            "exercise": "The id of the harder exercise.",
            "name": "Its name, as the catalog gives it.",
            "was": "The id of the easier exercise it replaces.",
            "was_name": "That exercise's name, as the catalog gives it.",
        },
    ),
    "exercise.heavy_main_lift": (
        "{phase_name} phase: one heavy main lift, {reps} reps with {rir} in reserve: choose a "
        "load you could lift about {most} times, about {percent} % of your best single lift "
        "(advanced lifters train strength at 1–6 RM: ACSM 2009; loads of 80 % or more "
        "help running economy most: Eihara et al. 2022; Llanos-Lagos et al. 2024).",
        {
            **_PHASE_ANY,
            "reps": "The reps of each set, as shown (`4–6`).",
            "rir": "The reps in reserve, as shown (`1–2`).",
            "most": (
                "The times one could lift the load: this week's bottom reps and the middle "
                "of the reps in reserve, as shown (`10–11`)."
            ),
            "percent": "The share of the best single lift that load is, as shown (`80–85`).",
        },
    ),
}
