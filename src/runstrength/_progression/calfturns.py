"""A calf raise on its turn: the week's only session alternates straight-knee and bent-knee.

A week with one strength session holds one calf raise, the two kinds taking turns week to
week (:mod:`runstrength._plan.calfturn`), so each comes round every other week: on its
turn its change goes ahead of the session's others, as an Achilles athlete's calf block
does, or it would wait behind work seen every week and hold for weeks (project
convention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from runstrength._model.reason import parts_of

if TYPE_CHECKING:
    from runstrength._progression.ask import Ask

__all__ = ["TURN_CODES", "on_turn"]

TURN_CODES: Final = frozenset({"calf_turn.first", "calf_turn.back"})
"""The codes of the reason a calf raise on its turn gives."""


def on_turn(ask: Ask | None) -> bool:
    """Whether ``ask``'s prescription is a calf raise on its turn (its reason says so)."""
    return ask is not None and any(
        part.code in TURN_CODES for part in parts_of(ask.prescription.reason)
    )
