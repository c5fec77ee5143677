"""Reason codes of a body-weight move's effort said as form, and its short form on the watch.

A training week's cue says where to stop and what easy last reps mean (for a hold, the
top of its seconds and an easy end); a taper or race week's says every rep should feel
easy. The ``fit.`` codes are the same cues cut short for a watch's step notes.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CUES", "EASY_CUES", "EFFORT_CUE_CODES", "TOP_CUES"]

EASY_CUES = frozenset({"exercise.effort_easy", "exercise.slow_easy"})
"""The codes of the taper's and race week's cue: every rep should feel easy."""

TOP_CUES = frozenset({"exercise.effort_top", "exercise.effort_top_hold", "exercise.slow_top"})
"""The codes of a training week's cue: go to the top of the range, the watch's target."""

CUES = EASY_CUES | TOP_CUES
"""Every code that says a body-weight move's effort as form: a reason rewritten keeps them."""

_TOP = "stop at the top of the range; if the last reps felt easy, next week goes harder."
_SLOW = "Slower reps ({reps}, 3 s down and a 1 s pause at the bottom) make this body-weight move"
_REPS = {"reps": "The reps of each set, as shown (`12–15`)."}

EFFORT_CUE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "exercise.effort_top": (f"At body weight, with nothing to load it: {_TOP}", {}),
    "exercise.effort_top_hold": (
        "At body weight, with nothing to load it: hold to the top of the range; if the end"
        " of the hold felt easy, next week goes harder.",
        {},
    ),
    "exercise.effort_easy": (
        "At body weight, this close to the race: every rep should feel easy.",
        {},
    ),
    "exercise.slow_top": (f"{_SLOW} count: {_TOP}", _REPS),
    "exercise.slow_easy": (
        f"{_SLOW} count; this close to the race, every rep should feel easy.",
        _REPS,
    ),
    "fit.effort_top": ("Stop at the top of the range; easy last reps: harder next week.", {}),
    "fit.effort_top_hold": ("Hold to the top of the range; an easy end: harder next week.", {}),
    "fit.effort_easy": ("Every rep should feel easy.", {}),
}
"""Each code's English template and what each parameter means."""
