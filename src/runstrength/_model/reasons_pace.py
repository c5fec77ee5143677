"""Reason codes of a power week that holds no jump: the week's sentence says why.

A power week keeps heavy strength at two sets or more of the main lifts and adds
low-level jumps. Where the week holds none, its sentence says why, true to the week: the
last landings were loud, no session falls on fresh legs, no jump suits the athlete's level
or kit, or the sessions have no room for one. It promises no freshness for a race weeks
away.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PACE_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

_WEEK = {
    "number": "Which week of its phase this is (1 for the first).",
    "of": "How many weeks of that phase this part of the season holds.",
}
_HEAD = (
    "Power phase, week {number} of {of}: heavy strength kept at two sets or more of the main "
    "lifts; no jumps this week"
)

PACE_CODES: Table = {
    "phase.power.no_jumps.loud": (
        _HEAD + ", as the last landings were not quiet and controlled.",
        _WEEK,
    ),
    "phase.power.no_jumps.tired": (
        _HEAD + ": every session falls on a hard run's day, the day before one or a "
        "light-only day, and jumps need fresh legs.",
        _WEEK,
    ),
    "phase.power.no_jumps.none": (
        _HEAD + ": no jump suits your level, kit or injuries yet.",
        _WEEK,
    ),
    "phase.power.no_jumps.room": (
        _HEAD + ": the sessions hold no room for one within your minutes.",
        _WEEK,
    ),
}
"""Each code's English and what its parameters mean."""
