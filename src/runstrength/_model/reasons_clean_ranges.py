"""Reason codes of ranges that land clean: a slower tempo that fits, and a step down.

A range that moves lands on a range a coach writes (8–10, 12–15), never on one a rep or
two wide (8–9, 10–11) or shifted by a rep or two (13–18): a slower tempo whose time has
room for no clean range takes the smallest one above it where the session still fits,
and a step down for broken form goes to the clean range below.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import _LEAD, _SWAP, _WHY

__all__ = ["CLEAN_RANGE_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

CLEAN_RANGE_CODES: Table = {
    "progress.clean.tempo_slow": (
        "{lead}: slow the reps down (tempo {tempo}, {seconds} s lowering) and do {amount} "
        "reps instead of {old_amount}, as much as the time allows.",
        {**_LEAD, **_SWAP, "seconds": "The lowering seconds."},
    ),
    "progress.clean.tempo_pause": (
        "{lead}: pause {seconds} s at the bottom of each rep (tempo {tempo}) and do {amount} "
        "reps instead of {old_amount}, as much as the time allows.",
        {**_LEAD, **_SWAP, "seconds": "The seconds paused at the bottom."},
    ),
    "progress.less.range_clean": (
        "{why}: the range drops from {old_range} to {new_range}.",
        {
            **_WHY,
            "old_range": "The range before (`15–20`).",
            "new_range": "The clean range below it (`12–15`).",
        },
    ),
}
