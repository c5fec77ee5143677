"""A calf stand-in's reason says what the stand-in does, and the original's comes back with it.

A standing calf raise still breaking at bodyweight hands its slot to a seated, bent-knee
raise for a while. The slot's reason named straight-knee work for the calves and
Achilles; beside a bent-knee raise that is false. While the stand-in holds the slot its
reason names bent-knee work (the replaced need kept as machine values), and the need
returns with the exercise that comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from runstrength._model.reason import JOINED, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Muscle, Pattern

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise

__all__ = ["calf_kind", "need_back", "stand_in_need"]

_KINDS: Final = ("bent_knee_calf", "straight_knee_calf")
"""The two calf families a need names, by their ``need_kind``."""

_STAND_IN: Final = "progress.form.stand_in."
"""How the codes of a calf stand-in's own need start (the kind follows)."""


def calf_kind(exercise: Exercise) -> str | None:
    """``bent_knee_calf`` for a soleus-first calf move, ``straight_knee_calf`` for another.

    ``None`` for an exercise that raises no calf.

    >>> from runstrength import default_catalog
    >>> [calf_kind(default_catalog()[i]) for i in ("standing_calf_raise", "bent_knee_calf_raise")]
    ['straight_knee_calf', 'bent_knee_calf']
    """
    if Pattern.calf not in exercise.patterns:
        return None
    return "bent_knee_calf" if Muscle.soleus in exercise.primary else "straight_knee_calf"


def _mapped(reason: Reason, change: Callable[[Reason], Reason]) -> Reason:
    if reason.code != JOINED:
        return change(reason)
    return joined_reasons(*(change(part) for part in reason.parts))


def stand_in_need(reason: Reason | None, exercise: Exercise) -> Reason | None:
    """``reason`` with a need of the other calf family told as ``exercise``'s own.

    The need replaced stays in the new part's parameters, for :func:`need_back`.
    """
    kind = calf_kind(exercise)
    if reason is None or kind is None:
        return reason

    def change(part: Reason) -> Reason:
        old = part.params.get("need_kind")
        if not part.code.startswith("exercise.need") or old not in _KINDS or old == kind:
            return part
        return say(
            _STAND_IN + kind,
            exercise=exercise.id,
            other_code=part.code,
            other_need=str(part.params.get("need", "")),
            other_need_kind=str(old),
        )

    return _mapped(reason, change)


def need_back(reason: Reason | None, exercise: Exercise) -> Reason | None:
    """``reason`` with a stand-in's own need back to the need of ``exercise``'s slot."""
    if reason is None:
        return None

    def change(part: Reason) -> Reason:
        if not part.code.startswith(_STAND_IN):
            return part
        return say(
            str(part.params["other_code"]),
            exercise=exercise.id,
            need_kind=str(part.params["other_need_kind"]),
            need=str(part.params["other_need"]),
        )

    return _mapped(reason, change)
