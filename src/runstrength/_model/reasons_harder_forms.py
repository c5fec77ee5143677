"""Reason codes of a change to a harder form: each code's English template.

At a ceiling (a light session's cap, or loaded work at its useful load) a held exercise
changes to a harder variation of the same pattern, never an easier one: the sentence says
it is harder, and what to change next within the new form (its lever) before any load.
When no harder form is open, the exercise holds and says so.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["HARDER_FORM_CODES"]

_LEAD = {
    "lead": "How the sentence opens, in English: the run of holds and its rule (`Held 4 "
    "sessions in a row at the top of the range, and a dose kept 3 sessions in a row gives "
    "way to a change`).",
}
_TO = {
    "exercise": "The id of the exercise it changes to.",
    "exercise_name": "That exercise's name in English.",
    "dose": "Its new dose, as shown (`2 × 5–8 per side, rest 60–90 s`).",
}

HARDER_FORM_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.unhold.harder": (
        "{lead}: change to {exercise_name} at {dose}, a harder variation at the same sets.",
        {**_LEAD, **_TO},
    ),
    "progress.unhold.harder_fewer": (
        "{lead}: change to {exercise_name} at {dose}, a harder variation, fewer reps, at the "
        "same sets.",
        {**_LEAD, **_TO},
    ),
    "progress.unhold.no_harder": (
        "Held {sessions} sessions in a row at its useful load, and no harder variation is open "
        "here: it holds rather than step down to an easier form.",
        {"sessions": "The sessions in a row held, this one included."},
    ),
    "progress.route.past_caps_usual": (
        "{lead}: the load takes the smallest step with the {item_words}, from {lifted_kg:g} kg "
        "to {load_kg:g} kg (+{percent:.0f} %), taken now that the reps are at the top{slow}; "
        "a step this big takes reps off, so the range returns to its usual {usual}: start at "
        "{start} reps and build up again.",
        {
            **_LEAD,
            "item": "The equipment that carries the load (`cable_machine`).",
            "item_words": "That equipment in English.",
            "lifted_kg": "The load lifted, in kilograms.",
            "load_kg": "The new load, in kilograms.",
            "percent": "The step, in percent of the load lifted.",
            "slow": "` and the tempo is slow` when the dose has a slow tempo, else empty.",
            "start": "The reps to start at.",
            "usual": "The exercise's usual range it returns to (`10–12`).",
        },
    ),
    "progress.lever.box": (
        "Box height is the lever: a lower box makes it harder, one step at a time.",
        {},
    ),
    "progress.lever.cable": (
        "Stance and distance are the levers: a narrower stance or a step farther from the "
        "stack makes it harder before the load rises.",
        {},
    ),
}
"""Each code's English template and what each parameter means."""
