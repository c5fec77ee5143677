"""Reason codes of a block planned around a running calendar.

The calendar's own strength sessions, and its days with a third run (each code's English
and what its parameters mean).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CALENDAR_BLOCK_CODES"]

_SESSION = {
    "session_date": "The date of the calendar's strength session, as `YYYY-MM-DD`.",
    "session_day": "The weekday code of that session (`mon` … `sun`).",
    "session_day_name": "That session's weekday in English (`Tuesday`).",
}
_HELD = {
    "held": "How many strength sessions the calendar holds this week.",
    "held_words": "That count in English (`1 strength session`, `2 strength sessions`).",
}

CALENDAR_BLOCK_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "calendar.strength_day": (
        "The calendar already holds a strength session on this day.",
        _SESSION,
    ),
    "calendar.next_to_strength": (
        "Next to the calendar's strength session on {session_day_name} {session_date}: "
        "strength days need 48 hours between them.",
        _SESSION,
    ),
    "calendar.crowded": (
        "Three runs that day: no strength work on top of a third run.",
        {},
    ),
    "calendar.week_held": (
        "Kept free: the calendar already holds this week's strength work "
        "({held_words}), so nothing is added.",
        _HELD,
    ),
    "calendar.held": (
        "The calendar already holds this week's strength work ({held_words}): nothing is added.",
        _HELD,
    ),
    "calendar.counted": (
        "The calendar already holds {held_words} this week: {left_words} added to reach "
        "the {wanted} asked for.",
        {
            **_HELD,
            "left": "How many sessions the plan adds.",
            "left_words": "That count in English (`1 session`).",
            "wanted": "The strength sessions the week asks for in all.",
        },
    ),
}
"""Every code of a block around a running calendar, with its English template and what
each parameter means."""
