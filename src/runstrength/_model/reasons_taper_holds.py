"""Reason codes of a taper week: a short core hold beside its hard sets, a shorter hold.

A taper counts no short core hold as a hard set (RS407): one set of a plank of 30 s or
less keeps the trunk working without fatigue. A taper week holding one says its hard sets
without it, and says the hold is there, so the numbers match what the athlete reads:
each code here is a taper sentence of the season's or the ladders' table (the same code
without its ``.hold`` or ``.holds`` ending) with the hold named beside the hard sets.
A longer hold the taper cannot take a set from (one set already) keeps about two thirds
of its seconds instead (``taper.hold``).
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_ladders import LADDER_CODES
from runstrength._model.reasons_season import SEASON_CODES

__all__ = ["TAPER_HOLD_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

_NUMBERS = "{before} hard sets to {after},"
"""Where a taper sentence gives its hard sets: the hold goes in after them."""

_HOLDS = "How many short core holds the week keeps besides its hard sets (2 or more)."


def _with_holds() -> Table:
    """Each taper sentence with its numbers, once with one short core hold and once with more."""
    out: Table = {}
    for table in (SEASON_CODES, LADDER_CODES):
        for code, (template, params) in table.items():
            if not code.startswith("taper.week.") or _NUMBERS not in template:
                continue
            one = template.replace(_NUMBERS, "{before} hard sets to {after} and a short core hold,")
            more = template.replace(
                _NUMBERS, "{before} hard sets to {after} and {holds} short core holds,"
            )
            out[f"{code}.hold"] = (one, params)
            out[f"{code}.holds"] = (more, {**params, "holds": _HOLDS})
    return out


TAPER_HOLD_CODES: Table = {
    **_with_holds(),
    "taper.hold": (
        "Taper: a hold of {amount} s, about two thirds of the usual {was} s: a taper cuts "
        "the work, and one set has no set to give.",
        {
            "amount": "The taper's seconds, as shown (`25–30`).",
            "was": "The seconds of a training week, as shown (`35–45`).",
        },
    ),
}
"""Each code's English template and what each parameter means."""
