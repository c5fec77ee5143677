"""Reason codes of the heavy main lift and of loads planned ahead: each code's English.

An advanced runner's first week with no load known finds the heavy lift's load before the
heavier effort; the general phase's week sentence says what its main lift does; a load
planned ahead, with no logs yet, rises only if the sets are made (ACSM 2009).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["HEAVY_CODES"]

_WEEK = {
    "number": "Which week of its phase this is (1 for the first).",
    "of": "How many weeks of that phase this part of the season holds.",
}
_ACSM = "(raise the load 2–10 % once you make 1–2 reps more than the target: ACSM 2009)."
_EFFORT = {"effort": "The effort each set stops at, in English (`2–3 reps in reserve`)."}

HEAVY_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "exercise.find_load": (
        "{phase_name} phase, first week: {reps} reps with {rir} in reserve to find the heavy "
        "main lift's load: choose a load you could lift about {most} times. Once it is "
        "found, {next_reps} reps with {next_rir} in reserve (advanced lifters train strength "
        "at 1–6 RM: ACSM 2009).",
        {
            "phase": "The week's phase (`general` or `strength`).",
            "phase_name": "That phase in English, capitalised (`General`).",
            "reps": "The reps of each set this week, as shown (`5`).",
            "rir": "The reps in reserve this week, as shown (`3`).",
            "most": (
                "The times one could lift the load: this week's bottom reps and the middle "
                "of the reps in reserve, as shown (`10–11`)."
            ),
            "next_reps": "The reps of each set once the load is found, as shown (`4–6`).",
            "next_rir": "The reps in reserve once the load is found, as shown (`1–2`).",
        },
    ),
    "phase.general.advanced.alone": (
        "General phase, week {number} of {of}: moderate reps to settle technique and loads.",
        _WEEK,
    ),
    "phase.general.advanced.find": (
        "General phase, week {number} of {of}: the main lift at {reps} reps with {rir} in "
        "reserve to find its load, and moderate reps on the rest.",
        {
            **_WEEK,
            "reps": "The main lift's reps this week, as shown (`5`).",
            "rir": "Its reps in reserve this week, as shown (`3`).",
        },
    ),
    "phase.general.advanced.heavy": (
        "General phase, week {number} of {of}: one heavy main lift, and moderate reps on the rest.",
        _WEEK,
    ),
    "fit.heavy_room": (
        "{exercise_names} left out so this heavy lift keeps its sets and its rest "
        "(3–5 minutes between heavy sets: ACSM 2009) in your {minutes} minutes.",
        {
            "exercises": "The ids of the exercises left out, in the order the English names "
            "them, joined by commas (`machine_seated_calf_raise`).",
            "exercise_names": "Their names, as the catalog gives them, joined by `, ` "
            "(`Machine seated calf raise`).",
            "minutes": "The athlete's minutes for a session.",
        },
    ),
    "ahead.load_up": (
        "Planned ahead: {load_kg:g} kg if every set last week was made at {effort}, else "
        "{was_kg:g} kg again " + _ACSM,
        {
            **_EFFORT,
            "was_kg": "Last week's load, in kilograms.",
            "load_kg": "This week's load if last week's sets were made, in kilograms.",
        },
    ),
    "ahead.load_held": (
        "Planned ahead at {load_kg:g} kg: {reps} reps at {effort} allow no more with your "
        "{lift_kg:g} kg × {lift_reps}. If every set last week was made at that effort, add "
        "{step_kg:g} kg " + _ACSM,
        {
            **_EFFORT,
            "load_kg": "The load planned, in kilograms.",
            "reps": "The reps of each set, as shown (`5–6`).",
            "lift_kg": "The load of the lift the athlete reported, in kilograms.",
            "lift_reps": "The reps of that lift.",
            "step_kg": "The step up the load may take, in kilograms.",
        },
    ),
}
"""The heavy main lift's and a planned-ahead load's codes: the English and each parameter."""
