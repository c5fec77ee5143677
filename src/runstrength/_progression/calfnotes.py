"""The notes of an Achilles athlete's calf work: the pain rule, slow lowering, mid-range holds.

Every calf step's reason for an Achilles athlete ends with the pain rule
(:data:`PAIN_CHECK`, a project convention) and, for reps, the note on slow lowering and
small load steps; a hold's note says where to hold instead. Each note is a reason of its
own code, joined to the step's reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from runstrength._model.reasons import joined_reasons, say
from runstrength._progression.limits import ACHILLES_NOTE

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._model.reason import Reason

__all__ = ["HOLD_NOTE", "PAIN_CHECK", "checked", "noted"]

PAIN_CHECK: Final = (
    "Keep the pain at 3/10 or less during the sets, and check the next morning: the "
    "Achilles should feel no stiffer than usual; if it is, hold this load next time."
)
"""The pain rule of heavy slow calf work (a project convention: mild pain that settles by
the next morning is acceptable, 003's sharp pain stops the exercise)."""

HOLD_NOTE: Final = "For your Achilles: hold at mid-range, pain ≤ 3/10, settled by next morning."
"""What an Achilles athlete's calf hold says instead of the note about slow lowering."""


def checked(reason: Reason) -> Reason:
    """``reason`` followed by :data:`PAIN_CHECK`, the pain rule of every calf step."""
    return joined_reasons(reason, say("progress.pain_check"))


_NOTE_CODES: Final = {
    PAIN_CHECK: "progress.pain_check",
    ACHILLES_NOTE: "progress.achilles",
    HOLD_NOTE: "exercise.achilles.hold",
}
"""The code whose template is each note."""


def noted(reason: Reason, dose: Dose) -> Reason:
    """An Achilles athlete's calf reason with its notes: the pain rule, every week.

    Reps get :data:`PAIN_CHECK` and :data:`~runstrength._progression.limits.ACHILLES_NOTE`;
    a hold gets :data:`HOLD_NOTE` (it has no lowering, and carries the pain rule).
    """
    notes = [PAIN_CHECK, ACHILLES_NOTE] if dose.unit == "reps" else [HOLD_NOTE]
    more = [say(_NOTE_CODES[note]) for note in notes if note not in reason.text]
    return joined_reasons(reason, *more) if more else reason
