"""Reason codes of dose changes said where they happen, in the weeks after lighter ones.

A week back after a deload or race week holds no more hard sets than the last training
week before it, the week the lighter weeks were cut from; a line that gives up a set for
that says so, rather than name the taper ahead as the cause (the taper halves the last
training week, so that week is not cut for it). Every other line of that week says its
sets too: back after the lighter week, or kept at the sets it had before them. Race week
takes both the sets and the reps of a line down, so no line is left at its full range. A
watch's step note, all an athlete sees there, says why an Achilles calf keeps its slow tempo.
A race week's short hold names its true share of the usual one, and a taper's main lift
says it keeps its heavy sets.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SAID_CHANGE_CODES"]

_SHORTER = {
    "amount": "This week's reps or steps, as shown (`6–8`).",
    "was": "Those before, as shown (`8–12`).",
    "unit": "What they count: `reps` or `steps`.",
    "unit_words": "That unit as shown: `reps` or `steps`.",
}
_SETS = {
    "before": "The sets planned, as shown (`2`).",
    "after": "The sets this week, as shown (`1`).",
}

SAID_CHANGE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "season.held_back.before_lighter": (
        "Held back: {before} sets planned, {after} this week, so the week holds no more hard "
        "sets than before the lighter weeks.",
        _SETS,
    ),
    "race_week.one_short_set": (
        "Race week: {before} sets to one short set ({amount} {unit_words}, not {was}), so the "
        "legs are fresh.",
        {**_SHORTER, "before": "The sets before, as shown (`2`)."},
    ),
    "race_week.shorter": (
        "Race week: {amount} {unit_words} rather than {was}, so the legs are fresh.",
        _SHORTER,
    ),
    "race_week.hold_share": (
        "Race week: a hold of {amount} s, about {share_words} of the usual {was} s, so the "
        "legs are fresh.",
        {
            "amount": "This week's hold, in seconds, as shown (`10`).",
            "share": "Its share of the middle of the usual hold, in whole percent.",
            "share_words": "That share in English (`two thirds`), or in percent where it is near "
            "none of a third, a half and two thirds (`40 %`).",
            "was": "The usual hold, as shown (`15`).",
        },
    ),
    "taper.main_kept": (
        "Taper: the main lift keeps {sets} heavy sets, so strength holds.",
        {"sets": "The main lift's sets, as shown (`2`)."},
    ),
    "fit.achilles_tempo": (
        "Slow tempo kept for the Achilles: it loads the tendon without soreness",
        {},
    ),
    "season.sets_back": (
        "Back to {sets_words} after the lighter week.",
        {
            "sets": "The sets this week.",
            "sets_words": "Those sets, as the sentence shows them (`2 sets`).",
        },
    ),
    "season.sets_kept": (
        "Kept at {sets_words}, its dose before the lighter weeks.",
        {
            "sets": "The sets this week, as before the lighter weeks.",
            "sets_words": "Those sets, as the sentence shows them (`1 set`).",
        },
    ),
}
"""Each code's English template and what each parameter means."""
