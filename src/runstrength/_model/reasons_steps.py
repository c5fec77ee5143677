"""Reason codes of load steps a coach would take: each code's English.

Form that broke after the load has come off twice comes back at the same load, to the
shorter range, with someone watching; no further kilos come off.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["STEP_CODES"]

STEP_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.form.no_lighter": (
        "The load has come off twice for form already, so it comes back at {load_kg:g} kg, "
        "the load where form last broke, not lighter: the shorter range to mid-shin is the "
        "easier work. Have someone watch one session and say where the rep breaks.",
        {
            "exercise": "The id of the exercise that comes back.",
            "load_kg": "The load it comes back at, in kilograms.",
        },
    ),
}
