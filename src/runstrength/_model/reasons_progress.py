"""Reason codes of progression steps: why the next prescription is what it is.

Each code is one sentence (or one clause joined to others by a space) of a step's reason
in :func:`~runstrength.progress` and what builds on it. Where a sentence is made of a
clause the step decided elsewhere (what the sets reached, why a hold), that clause is a
parameter in English beside the machine values it came from.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_returns import RETURN_CODES
from runstrength._model.reasons_progress_setbacks import SETBACK_CODES
from runstrength._model.reasons_progress_steps import STEP_CODES
from runstrength._model.reasons_progress_time import TIME_CODES

__all__ = ["PROGRESS_CODES"]

PROGRESS_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    **STEP_CODES,
    **SETBACK_CODES,
    **TIME_CODES,
    **RETURN_CODES,
}
"""Every progression code: its English template and what each parameter means."""
