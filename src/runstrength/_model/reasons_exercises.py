"""Reason codes of exercises: why each is in a session, and its load (English, parameters)."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EXERCISE_CODES", "LIFT_PARAMS", "LOAD_FROM_LIFT"]

_NEED = {
    "exercise": "The exercise's id.",
    "need_kind": "What the need is, as a machine value: the exercise's movement family "
    "(`bent_knee_calf`, `single_leg_knee`, …), or `jump` (a real jump's power) or "
    "`copenhagen` (a Copenhagen plank's adductor work).",
    "need": "That need in English, as the sentence shows it (`Soleus: bent-knee calf work`).",
}
_BEGINNER = " (a beginner's strength work builds on lunges and step-ups)"
_GOAL = {"goal": "The goal's code (`hills`, `endurance`, `resilience`, `speed`)."}
_INSTEAD = {
    "exercise": "The exercise's id.",
    "exercise_name": "Its name in English.",
    "other": "The id of the exercise it stands in for.",
    "other_name": "That exercise's name in English.",
    "injury": "The injury's code (`achilles`, `lower_back`, …).",
    "injury_words": "The injury in English (`lower back`).",
}
LIFT_PARAMS = {
    "exercise": "The exercise's id.",
    "load_kg": "The working load in kilograms.",
    "item": "The equipment code the load is on (`barbell`, `dumbbell`, …).",
    "lift_kg": "The load of the athlete's logged lift, in kilograms.",
    "lift_reps": "The reps of that lift.",
    "top": "The top of the prescribed rep range.",
    "rir": "The reps to keep in reserve.",
}
LOAD_FROM_LIFT = "{load_kg:g} kg ({item}) from your {lift_kg:g} kg × {lift_reps}"
"""Where a load worked out from a reported lift comes from, as a sentence begins."""
_LOAD_TAIL = ": {top} reps with {rir} in reserve."

EXERCISE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "exercise.need": ("{need}.", _NEED),
    "exercise.need.beginner": ("{need}" + _BEGINNER + ".", _NEED),
    "exercise.need.main": ("Main lift; {need}.", _NEED),
    "exercise.need.main_beginner": ("Main lift; {need}" + _BEGINNER + ".", _NEED),
    "exercise.need.heavy_main": (
        "Main lift, heavy and two-legged as in a gym session; {need}.",
        _NEED,
    ),
    "exercise.goal.hills": ("For the {goal} goal: single-leg drive, as on a climb.", _GOAL),
    "exercise.goal.endurance": ("For the {goal} goal: higher reps for fatigue resistance.", _GOAL),
    "exercise.goal.endurance_holds": (
        "For the {goal} goal: long holds for fatigue resistance.",
        _GOAL,
    ),
    "exercise.goal.resilience": (
        "For the {goal} goal: calf and hip capacity for the miles.",
        _GOAL,
    ),
    "exercise.goal.speed": ("For the {goal} goal: power for a quicker push-off.", _GOAL),
    "exercise.instead": (
        "{exercise_name} instead of {other_name}: easier on the {injury_words}.",
        _INSTEAD,
    ),
    "exercise.achilles.tempo": (
        "For your Achilles: slow lowering, small load steps of 10 % or less (tempo {tempo}).",
        {"tempo": "The tempo: lowering, pause and lifting seconds (`3-0-3`)."},
    ),
    "exercise.achilles.hold": (
        "For your Achilles: hold at mid-range, pain ≤ 3/10, settled by next morning.",
        {},
    ),
    "exercise.calf_block": (
        "A heavy slow block for the Achilles: 3 × 15 now, then 12, 10, 8 and 6 reps (a fourth "
        "set where the session has room), each rung at a heavier load chosen for its reps, "
        "10 % or less a step; pain at 3/10 or less during the sets, and settled by the next "
        "morning.",
        {},
    ),
    "exercise.calf_block.trimmed": (
        "A heavy slow block for the Achilles: {sets} × {amount} now, the sets this session has "
        "room for ({full} × {amount} in one of {minutes} minutes or more), then 12, 10, 8 and "
        "6 reps, each rung at a heavier load chosen for its reps, 10 % or less a step; pain at "
        "3/10 or less during the sets, and settled by the next morning.",
        {
            "sets": "The sets done now, as shown (`1`).",
            "amount": "The reps of each, as shown (`15`).",
            "full": "The sets of the block's first rung.",
            "minutes": "The shortest session that holds them all.",
        },
    ),
    "exercise.calf_block.straight_knee": (
        "Straight-knee work beside the block: lower the heels no further than the floor or the "
        "step's level (no drop below it), pain at 3/10 or less.",
        {},
    ),
    "load.from_lift": (LOAD_FROM_LIFT + _LOAD_TAIL, LIFT_PARAMS),
    "load.from_lift_in_reserve": (
        LOAD_FROM_LIFT + " ({lift_rir} in reserve)" + _LOAD_TAIL,
        {**LIFT_PARAMS, "lift_rir": "The reps that lift kept in reserve."},
    ),
}
