"""The weeks back after time off: fewer sets, easier effort, then the usual again.

- :func:`returning`: the first week back holds about :data:`RETURN_SHARES` [0] % of the
  last training week's sets at :data:`RETURN_RIR` reps in reserve, the second about
  :data:`RETURN_SHARES` [1] %.
"""

from __future__ import annotations

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription
from runstrength._plan.cuts import cut_volume, volume
from runstrength._plan.lighter import Sets, Whole, main_floor

__all__ = ["RETURN_RIR", "RETURN_SHARES", "returning"]

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
    every session stays whole; the first week back (``step`` 0) is done at
    :data:`RETURN_RIR` reps in reserve.
    """
    target = max(1, round(base * RETURN_SHARES[step] / 100))
    why = (
        "Back after time off: {before} sets to {after} this week."
        if step == 0
        else "Second week back: {before} sets to {after}, more next week."
    )
    out = cut_volume(contents, target, olds, why, floor=main_floor(contents, whole))
    if volume(out) > target:
        out = cut_volume(out, target, olds, why)
    if volume(out) > target:
        out = cut_volume(out, target, olds, why, drop=whole.week)
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
