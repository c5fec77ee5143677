"""Reason codes of rest that follows the dose and race week's leftovers: each code's English.

A race-week hold of an exercise the athlete has not done before has no usual time to
halve: it is one short hold. Calf work for an Achilles keeps its slow lowering in race
week, and its line says why.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["RESTS_CODES"]

RESTS_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "race_week.achilles_tempo_kept": (
        "Race week: the slow lowering (tempo {tempo}) stays, as your Achilles' calf work needs it.",
        {"tempo": "The tempo: lowering, pause and lifting seconds (`3-0-3`)."},
    ),
    "season.back_to_effort": (
        "Back to {rir} in reserve, as before the race week's easier sets.",
        {"rir": "The reps in reserve it had before the race, as shown (`2–3`)."},
    ),
    "race_week.hold_new": (
        "Race week: one short {amount}-s hold, so the legs are fresh.",
        {"amount": "This week's hold, in seconds, as shown (`10`)."},
    ),
}
"""Each code's English template and what each parameter means."""
