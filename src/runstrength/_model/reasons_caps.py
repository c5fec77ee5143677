"""Reason codes of body-weight work held at its source's top, and of forms kept from soreness.

A body-weight strength move stops at the top of its own range (003 gives the single-leg RDL
and the Bulgarian split squat 6–10, the reverse lunge 8–12): past it the move goes harder by
tempo, variation or load, never by more reps. A light session's exercise held there takes
another form after a few sessions; after mild pain that form never moves into work that
loads the sore area.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import _DONE, _LEAD

__all__ = ["CAPS_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

CAPS_CODES: Table = {
    "progress.sore.other_form": (
        "Due for another form, but there was pain in {other_name} lately, and "
        "{new_name} loads the same areas: keep {dose} until two pain-free sessions of "
        "{other_name} have passed.",
        {
            "exercise": "The id of the exercise kept.",
            "exercise_name": "Its name in English.",
            "new": "The id of the exercise it would have changed to.",
            "new_name": "That exercise's name in English.",
            "area": "The injury code of the sore area.",
            "area_words": "That area in English.",
            "other": "The id of the exercise it was sore during.",
            "other_name": "That exercise's name in English.",
            "dose": "The dose kept, as written in the plan (`2 × 8–12 per side, rest 60 s`).",
        },
    ),
    "progress.cap.tempo": (
        "Ready to progress, but a set more does not fit your minutes, and {amount} reps is "
        "the top of this move's range at body weight: slow the reps down (tempo {tempo}, "
        "{seconds} s lowering) at the same reps rather than add more; the session still "
        "fits your minutes.",
        {
            "amount": "The range kept, as written (`6–10`).",
            "tempo": "The new tempo (`3-0-1`).",
            "seconds": "The lowering seconds.",
        },
    ),
    "progress.cap.pause": (
        "Ready to progress, but a set more does not fit your minutes, and {amount} reps is "
        "the top of this move's range at body weight: pause {seconds} s at the bottom of "
        "each rep (tempo {tempo}) at the same reps rather than add more; the session still "
        "fits your minutes.",
        {
            "amount": "The range kept, as written (`6–10`).",
            "tempo": "The new tempo (`3-1-1`).",
            "seconds": "The seconds paused at the bottom.",
        },
    ),
    "progress.range_rises.clean": (
        "{done}: the range rises from {old_range} to {new_range}{suffix}.",
        {
            **_DONE,
            "by": "How much the top of the range rises (0 when only the bottom does).",
            "old_range": "The range before (`10–15`).",
            "new_range": "The clean range after (`12–15`).",
            "suffix": "The unit's suffix after a range (` s` for seconds, else empty).",
        },
    ),
    "progress.neutral.clean_rise": (
        "{lead}: the range rises from {old_range} to {new_range}, as much as the time allows.",
        {
            **_LEAD,
            "old_range": "The range before (`8–12`).",
            "new_range": "The clean range after (`10–12`).",
        },
    ),
}
"""Codes of body-weight caps and the forms a light session takes around them."""
