"""One exercise with its dose: the unit sessions, tests and progressions are made of."""

from __future__ import annotations

from typing import final

import attrs

from runstrength._model.checks import check_bool, check_slug, fail, shown
from runstrength._model.dose import Dose
from runstrength._model.reason import Reason, check_reason, to_optional_reason

__all__ = ["Prescription"]


@final
@attrs.frozen
class Prescription:
    """One exercise, by catalog id, with its dose.

    Args:
        exercise: The exercise's catalog id.
        dose: Sets, amount, rest, effort and, for loaded work, the load.
        reason: Why the exercise is in the session: the need it fills, and the goal or
            injury it serves or avoids (``None`` for hand-written prescriptions; ``""``
            reads as ``None``).
        choose_load: True when the exercise is done with a load the plan does not give in
            kg: the athlete picks one by effort, a load they could lift for the top of the
            rep range plus the reps in reserve. Apps can ask for it.

    >>> Prescription("goblet_squat", Dose(sets=3, reps=(8, 10), rest_seconds=90)).exercise
    'goblet_squat'
    """

    exercise: str
    dose: Dose
    reason: Reason | None = attrs.field(default=None, kw_only=True, converter=to_optional_reason)
    choose_load: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        check_slug("Prescription", "exercise", self.exercise)
        if not isinstance(self.dose, Dose):
            raise fail("Prescription", "dose", f"expected a Dose, got {shown(self.dose)}")
        if self.reason is not None:
            check_reason("Prescription", "reason", self.reason, max_len=500)
        check_bool("Prescription", "choose_load", self.choose_load)
        if self.choose_load and self.dose.load_kg is not None:
            raise fail("Prescription", "choose_load", "a dose with load_kg needs no load chosen")
