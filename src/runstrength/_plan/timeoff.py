"""The weeks back after time off: fewer sets, easier effort, then the usual again.

- :func:`returning`: the first week back holds about :data:`RETURN_SHARES` [0] % of the
  last training week's sets at :data:`RETURN_RIR` reps in reserve, the second about
  :data:`RETURN_SHARES` [1] %.
- :func:`return_note`: the sentence a session of those weeks carries.
- :class:`Usual`: reps in reserve back to the usual once the weeks back are done.
"""

from __future__ import annotations

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._plan.cuts import cut_volume, volume
from runstrength._plan.lighter import Sets, Whole, main_floor

__all__ = ["RETURN_RIR", "RETURN_SHARES", "Usual", "return_note", "returning"]

RETURN_SHARES = (55, 80)
"""The share of the sets, in percent, of the first and second weeks back after time off.

After a week or more off (illness), the first week back holds about 55 % of the last
training week's sets at 3–4 reps in reserve, the second about 80 %; the full week comes
in the third (project convention, after the return-to-training steps of 003).
"""

RETURN_RIR = IntRange(3, 4)
"""Reps in reserve in the first week back after time off, within the top of each dose's
own range (RS205 keeps strength sets at 1–3 by default: they end 3 in reserve)."""


def returning(
    contents: Sets, olds: list[dict[str, Prescription]], base: int, step: int, whole: Whole
) -> Sets:
    """A week back after time off: :data:`RETURN_SHARES` [``step``] % of ``base`` sets.

    ``base`` is the last training week's hard sets. Sets come off first (each strength
    session's main lift keeps two where it can), then the lowest-priority exercises while
    every session stays whole, never the main lift; the first week back (``step`` 0) is done at
    :data:`RETURN_RIR` reps in reserve.
    """
    target = max(1, round(base * RETURN_SHARES[step] / 100))
    why = (
        "Back after time off: {before} sets to {after} this week."
        if step == 0
        else "Second week back: {before} sets to {after}, more next week."
    )
    floor = main_floor(contents, whole)
    out = cut_volume(contents, target, olds, why, floor=floor)
    if volume(out) > target:
        out = cut_volume(out, target, olds, why)
    if volume(out) > target:
        # Exercises go, never the main lift: a lunge that covers its pattern leaves it in.
        out = cut_volume(out, target, olds, why, drop=whole.week, floor=floor)
    if step == 0:
        out = [[_easy(rx) for rx in items] for items in out]
    return out


def _easy(rx: Prescription) -> Prescription:
    """``rx`` at :data:`RETURN_RIR` reps in reserve, within the top of its own range."""
    rir = rx.dose.rir
    if rir is None:
        return rx
    # An effort target narrower than the usual 1-3 (2 in reserve) still eases to 3.
    top = max(rir.hi, RETURN_RIR.lo)
    easy = IntRange(min(RETURN_RIR.lo, top), min(RETURN_RIR.hi, top))
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=easy))


def return_note(off: int, step: int | None) -> Reason | None:
    """The sentence for a week back after time off, if this is one."""
    if step == 0:
        code = "return.first" if off > 1 else "return.first.one_week"
        return say(code, weeks=off, share=RETURN_SHARES[0])
    if step == 1:
        return say("return.second", share=RETURN_SHARES[1])
    return None


class Usual:
    """Reps in reserve back to the usual once the weeks back after time off are done.

    The first week back ends every set :data:`RETURN_RIR` short of failure, and the
    weeks after carry it; an exercise that held it last week goes back to the range the
    planner gives it this week (else its catalog dose's). One coming back this week after
    pain keeps its easier effort.
    """

    def __init__(
        self,
        fresh: WeekPlan,
        catalog: Catalog,
        athlete: Athlete,
        before: dict[str, Prescription],
    ) -> None:
        self.planned = {x.exercise: x for s in fresh.sessions for x in s.exercises}
        self.catalog = catalog
        self.athlete = athlete
        self.before = before

    def __call__(self, rx: Prescription) -> Prescription:
        """``rx`` at its usual reps in reserve, if it held the return's last week."""
        rir = rx.dose.rir
        easy = IntRange(RETURN_RIR.lo)
        old = self.before.get(rx.exercise)
        if rir != easy or old is None or old.dose.rir != easy:
            return rx
        planned = self.planned.get(rx.exercise)
        usual = planned.dose.rir if planned is not None else None
        exercise = self.catalog.get(rx.exercise)
        if usual is None and exercise is not None:
            usual = exercise.dose_for(max(self.athlete.level, exercise.level)).rir
        if usual is None or usual == rir:
            return rx
        return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=usual))
