"""Reason codes of calf work: the first stand-in for a standing calf raise whose form breaks.

A standing calf raise that breaks at bodyweight goes first to the slow two-leg eccentric
raise with fingertips on a wall (002's calf raise with an eccentric drop): still
straight-knee work, with the bounce out of it, so a week whose other session holds the
bent-knee work keeps one calf move of each kind.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import _TO, _WHY

__all__ = ["CALF_STAND_IN_CODES"]

CALF_STAND_IN_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.form.two_leg_eccentric": (
        "{why}, already at bodyweight: move to the {exercise_name} ({dose}), on two legs with "
        "fingertips on a wall and a slow 3-s lowering, so the bounce is out of it and the "
        "work stays straight-knee; the standing raise comes back after {sessions} clean "
        "sessions.",
        {**_WHY, **_TO, "sessions": "The clean sessions before the standing raise comes back."},
    ),
    "progress.form.stand_in_kept": (
        "Keep {dose} while it stands in for the {exercise_name}: nothing added, so the "
        "sessions stay alike and the standing raise comes back after {sessions} clean ones.",
        {
            "exercise": "The id of the exercise it stands in for.",
            "exercise_name": "That exercise's name in English.",
            "dose": "The dose kept, as the plan writes it.",
            "sessions": "The clean sessions before the standing raise comes back.",
        },
    ),
}
