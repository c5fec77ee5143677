"""Reason codes of the room a power week makes for its jumps.

A power week whose sessions have no set to spare lets a core hold or hip drill give way
to the jumps, keeping the session's required patterns.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["POWER_ROOM_CODES"]

POWER_ROOM_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "power.room_drill": (
        "{dropped_name} gives way to the jumps this week, to fit your minutes.",
        {
            "dropped": "The id of the exercise that gives way.",
            "dropped_name": "Its name, as shown.",
        },
    ),
}
"""Reason codes of a power week's room for its jumps."""
