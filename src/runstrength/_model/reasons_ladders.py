"""Reason codes of a taper week whose cut stops short of 41–60 %, or that drops a session.

A taper cuts hard sets by 41–60 % (Bosquet et al. 2007). A small week that keeps its
sessions may cut less: its sentence gives the real cut, says it falls short of that range,
and cites no source for a range the week does not reach. A taper keeps its sessions
(Bosquet et al. 2007) unless it cannot cut far enough with all of them: a session that goes
says so.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LADDER_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

_WEEK = {
    "number": "Which week of its phase this is (1 for the first).",
    "of": "How many weeks of that phase this part of the season holds.",
}
_CUT = {
    **_WEEK,
    "before": "The hard sets of the week the cut is counted from.",
    "after": "The hard sets of this week.",
    "fewer": "How many percent fewer, rounded.",
}
_HEAD = "Taper, week {number} of {of}: "
_WHY = ": a lighter week, though short of a taper's usual 41–60 % cut."


def _tapers() -> Table:
    """The taper sentences of a cut short of 41–60 %: trained, and with no week before."""
    out: Table = {}
    same = " at the same loads and reps"
    extras = {
        "": "",
        ".as_last_week": "; as many as last week",
        ".as_last_week_shorter": "; as many as last week, with the light day's sets shorter",
    }
    for extra, more in extras.items():
        out[f"taper.week.kept{extra}"] = (
            _HEAD + "fewer hard sets than the last training week "
            "({before} hard sets to {after}, {fewer} % fewer" + more + ")" + same + _WHY,
            _CUT,
        )
    first = _HEAD + "with no training week before it, "
    out["taper.week.untrained.usual.kept"] = (
        first + "fewer hard sets than a usual week would hold "
        "({before} hard sets to {after}, {fewer} % fewer) at its loads and reps" + _WHY,
        _CUT,
    )
    return out


LADDER_CODES: Table = {
    **_tapers(),
    "taper.no_session.sets": (
        "Taper: no {focus} session on {day_name} this week: with every session kept, even at "
        "its fewest exercises, the week could not cut its hard sets far enough for a taper, "
        "so its work moves into the sessions left.",
        {
            "focus": "The focus of the session that goes (`light`, `strength`).",
            "day": "The day's code (`sat`).",
            "day_name": "The day in English (`Saturday`).",
        },
    ),
}
"""Each code's English template and what each parameter means."""
