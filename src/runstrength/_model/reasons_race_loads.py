"""Reason codes of race week's loads and holds: each code's English.

Race week never raises a load: the reps come down at the load of last time, so more
reps stay in reserve; a hold comes down to about half its usual time.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["RACE_LOAD_CODES"]

RACE_LOAD_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "race_week.load_kept": (
        "Race week: {sets} × {amount} {unit_words} at the load of last time (one you could "
        "lift about {most} times), never heavier, so each set stops {rir} reps short of "
        "failure and the legs are fresh.",
        {
            "sets": "This week's sets, as shown (`1`).",
            "amount": "This week's reps, as shown (`6–8`).",
            "unit_words": "Their unit as shown: `reps`.",
            "most": "How many times one could lift the load last time, as shown (`10–11`).",
            "rir": "The reps in reserve each set stops at, as shown (`7–9`).",
        },
    ),
    "race_week.hold_short_end": (
        "Race week: a hold of {amount} s, the short end of the usual {was} s, so the legs "
        "are fresh.",
        {
            "amount": "This week's hold, in seconds, as shown (`10`).",
            "was": "The usual hold, as shown (`10–20`).",
        },
    ),
    "race_week.hold_halved": (
        "Race week: a hold of {amount} s, about half the usual {was} s, so the legs are fresh.",
        {
            "amount": "This week's hold, in seconds, as shown (`20`).",
            "was": "The usual hold, as shown (`35–45`).",
        },
    ),
}
"""Each code's English template and what each parameter means."""
