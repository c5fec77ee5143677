"""Reason codes of body-weight work that stays submaximal and of race weeks: each code's English.

A body-weight move slowed down keeps its reps; one the athlete cannot load says its effort
as form rather than as reps in reserve; a race week keeps the familiar core move and an
easy effort; a tune-up week and a first taper week say only what is true of them.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["BODYWEIGHT_RACE_CODES"]

BODYWEIGHT_RACE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "race_week.easy_effort": (
        "Race week: each set stopped {rir} reps short of failure, so the legs are fresh on "
        "race day.",
        {"rir": "The reps in reserve every set stops at, as shown (`3–4`)."},
    ),
    "race_week.tune_up_light": (
        "Tune-up race week: light work only, none the day before the race and nothing "
        "strength-focused in the {days_after} days after; the season then goes on where it was.",
        {"days_after": "The days after the race kept free of strength work."},
    ),
    "season.core_known": (
        "Core: one set of {name}, the core move of the weeks before, keeps the trunk working "
        "with nothing new so close to the race.",
        {
            "exercise": "The id of the core exercise kept.",
            "name": "Its name, as the catalog gives it.",
        },
    ),
    "season.core_hold_light": (
        "Core: one short front-plank hold, as {name} is no move for a light session; a hold "
        "this short leaves no soreness, the one new move so close to the race.",
        {
            "exercise": "The id of the core exercise of the weeks before.",
            "name": "Its name, as the catalog gives it.",
        },
    ),
    "taper.first_dose": (
        "Taper: a short dose (fewer sets than a training week) of a move that leaves little "
        "soreness, so the legs freshen for the race.",
        {},
    ),
}
"""Each code's English template and what each parameter means."""
