"""Reason codes of what a session holds near a race: each code's English.

Race week swaps an eccentric or deficit variant for its plain one: the extra range and
slow lowering add soreness and nothing the race can use. A light session near a race
takes a short plank in place of a loaded core move, called new only when it is.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MAKEUP_CODES"]

MAKEUP_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "race_week.plain_variant": (
        "Race week: {name} in place of {instead_name}, the plain move without the extra "
        "range or slow lowering that leaves the legs sore.",
        {
            "exercise": "The id of the plain exercise done this week.",
            "name": "Its name, as the catalog gives it.",
            "instead": "The id of the eccentric or deficit variant it stands in for.",
            "instead_name": "That variant's name, as the catalog gives it.",
        },
    ),
    "season.core_hold_unloaded": (
        "Core: one short front-plank hold in place of {name}, a loaded move that a light "
        "session near a race leaves out; a hold this short leaves no soreness.",
        {
            "exercise": "The id of the core exercise of the weeks before.",
            "name": "Its name, as the catalog gives it.",
        },
    ),
    "season.core_hold_unloaded.new": (
        "Core: one short front-plank hold in place of {name}, a loaded move that a light "
        "session near a race leaves out; a hold this short leaves no soreness, the one new "
        "move so close to the race.",
        {
            "exercise": "The id of the core exercise of the weeks before.",
            "name": "Its name, as the catalog gives it.",
        },
    ),
}
"""Each code's English template and what each parameter means."""
