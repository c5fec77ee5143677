"""Reason codes of doses aimed at the set the watch counts: each code's English.

A load worked out from a reported lift is the one for the set the watch counts: the
bottom of the reps with the middle of the reps in reserve (Helms et al. 2016), as the
calendar lines say.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_exercises import LIFT_PARAMS, LOAD_FROM_LIFT

__all__ = ["WATCH_LOAD_CODES"]

_LIFT = {
    **{k: v for k, v in LIFT_PARAMS.items() if k != "top"},
    "reps": "The reps of the set the watch counts: the bottom of the range.",
    "rir": "The reps to keep in reserve at them, as shown (`2–3`).",
}
_LOAD = LOAD_FROM_LIFT
_LOAD_TAIL = ": {reps} reps with {rir} in reserve."

WATCH_LOAD_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "load.for_set": (_LOAD + _LOAD_TAIL, _LIFT),
    "load.for_set_in_reserve": (
        _LOAD + " ({lift_rir} in reserve)" + _LOAD_TAIL,
        {**_LIFT, "lift_rir": "The reps that lift kept in reserve."},
    ),
    "phase.strength.fewer_reps.could_lift": (
        "Strength phase: fewer reps ({amount}): choose a heavier load, one you could lift "
        "about {most} times ({reps} reps with {rir} in reserve).",
        {
            "amount": "This week's reps, as shown (`5–8`).",
            "most": "How many times one could lift the load, as shown (`7–8`).",
            "reps": "The reps of the set the watch counts: the bottom of the range.",
            "rir": "The reps to keep in reserve, as shown (`1–2`).",
        },
    ),
    # Race week: one rule for every line.
    "race_week.no_slow_lowering": (
        "Race week: no slow lowering (tempo {tempo}), which leaves the legs sore and adds "
        "nothing the race can use.",
        {"tempo": "The tempo left out, as shown (`3-0-1`)."},
    ),
}
