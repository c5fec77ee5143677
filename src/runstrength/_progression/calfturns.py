"""A calf raise on its turn: the week's only session alternates straight-knee and bent-knee.

A week with one strength session holds one calf raise, the two kinds taking turns week to
week (:mod:`runstrength._plan.calfturn`), so each comes round every other week: on its
turn its change goes ahead of the session's others, as an Achilles athlete's calf block
does, or it would wait behind work seen every week and hold for weeks (project
convention).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from runstrength._model.reason import parts_of

if TYPE_CHECKING:
    from runstrength._model.logs import ExerciseLog
    from runstrength._progression.ask import Ask

__all__ = ["TURN_CODES", "TURN_SPARE", "in_run", "on_turn", "turn_spare"]

TURN_CODES: Final = frozenset({"calf_turn.first", "calf_turn.back"})
"""The codes of the reason a calf raise on its turn gives."""


def on_turn(ask: Ask | None) -> bool:
    """Whether ``ask``'s prescription is a calf raise on its turn (its reason says so)."""
    return ask is not None and any(
        part.code in TURN_CODES for part in parts_of(ask.prescription.reason)
    )


def in_run(ask: Ask) -> tuple[ExerciseLog, ...]:
    """``ask``'s logs of its current run: every turn of a calf raise on turns.

    A calf raise on turns is away every other week, which would end each run of weeks it
    is in (:attr:`~runstrength._progression.ask.Ask.recent`): its turns are one run.
    """
    return ask.history if on_turn(ask) else ask.recent


TURN_SPARE: Final = 0.25
"""Minutes a session whose calf raise takes turns keeps spare when its work grows: the two
raises' sets take some seconds more or less than each other, and the longer one's week
must still fit without a set off the main lift (project convention)."""


def turn_spare(asks: Sequence[Ask | None]) -> float:
    """:data:`TURN_SPARE` for a session holding a calf raise on its turn, else none."""
    return TURN_SPARE if any(on_turn(ask) for ask in asks) else 0.0
