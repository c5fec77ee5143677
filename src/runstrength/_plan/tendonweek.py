"""An Achilles athlete's calf work in lighter weeks: protected like a main lift.

For an athlete with :attr:`~runstrength.Injury.achilles`, the loaded calf work of the
strength session *is* the rehabilitation: the heavy slow block
(:mod:`~runstrength._progression.tendon`) and the straight-knee raise beside it. A tendon
does best on steady load, so a deload or a taper treats them as it treats the main lift:

- the block keeps at least :data:`BLOCK_SETS` sets (at most one set off), at its reps
  and load (:func:`calf_floor`);
- the week's first straight-knee calf raise stays in the week, at one set or more;
- the week's cut comes from the other exercises.

The Achilles safety rules (no jumps, no drop below step level, the pain limits) are
elsewhere and unchanged.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Final

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.plan import Prescription
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus, Injury, Muscle
from runstrength._plan.coded import REASON_MAX
from runstrength._progression.limits import ACHILLES_TEMPO, tendon_work
from runstrength._progression.policy import load_equipment

__all__ = ["BLOCK_SETS", "calf_floor", "kept_said", "protected_calves", "tendon_block"]

BLOCK_SETS: Final = 2
"""The fewest sets the heavy slow block keeps in a lighter week (fewer only if it had
fewer): it loses at most one set."""


def _block(rx: Prescription, catalog: Catalog, focus: Focus, injuries: Collection[Injury]) -> bool:
    """Whether ``rx`` is the heavy slow block: a loaded calf raise on a rung, slow tempo."""
    exercise = catalog.get(rx.exercise)
    dose = rx.dose
    return (
        exercise is not None
        and focus is Focus.strength
        and tendon_work(injuries, exercise)
        and load_equipment(exercise) is not None
        and dose.unit == "reps"
        and dose.amount.lo == dose.amount.hi
        and dose.tempo == ACHILLES_TEMPO
    )


def tendon_block(
    rx: Prescription, catalog: Catalog, focus: Focus, injuries: Collection[Injury]
) -> bool:
    """Whether ``rx`` is an Achilles runner's heavy slow calf block in a strength session."""
    return _block(rx, catalog, focus, injuries)


def _straight_knee(rx: Prescription, catalog: Catalog, injuries: Collection[Injury]) -> bool:
    """Whether ``rx`` is calf raising for the Achilles with the knee straight (not soleus)."""
    exercise = catalog.get(rx.exercise)
    return (
        exercise is not None
        and tendon_work(injuries, exercise)
        and Muscle.soleus not in exercise.primary
        and not exercise.plyometric
    )


def protected_calves(
    contents: Sequence[Sequence[Prescription]],
    foci: Sequence[Focus],
    injuries: Collection[Injury],
    catalog: Catalog,
) -> Protected:
    """The calf work a lighter week keeps for an Achilles athlete, with its fewest sets.

    By (session, exercise id): each strength session's heavy slow block, at
    :data:`BLOCK_SETS` or one set fewer than now, whichever is more (never more than it
    has); and the week's first straight-knee calf raise, at one set. Empty for an
    athlete without the Achilles injury.
    """
    if Injury.achilles not in injuries:
        return {}
    out: dict[tuple[int, str], tuple[int, bool]] = {}
    straight = False
    for s, items in enumerate(contents):
        for rx in items:
            sets = rx.dose.sets.lo
            if _block(rx, catalog, foci[s], injuries):
                out[s, rx.exercise] = (min(sets, max(BLOCK_SETS, sets - 1)), True)
            elif not straight and _straight_knee(rx, catalog, injuries):
                straight = True
                out[s, rx.exercise] = (1, False)
    return out


Protected = Mapping[tuple[int, str], tuple[int, bool]]
"""Protected calf work by (session, exercise id): its fewest sets, and whether it is the
heavy slow block (else the straight-knee raise)."""


def calf_floor(kept: Protected, s: int, rx: Prescription) -> int:
    """The fewest sets ``rx`` of the s-th session keeps as protected calf work (else 1)."""
    found = kept.get((s, rx.exercise))
    return 1 if found is None else found[0]


def kept_said(out: Sequence[Sequence[Prescription]], kept: Protected) -> list[list[Prescription]]:
    """``out`` with the heavy slow block's line saying why a lighter week keeps its sets.

    The note follows the line's reason where the two fit in a reason's length.
    """
    result = [list(items) for items in out]
    for s, items in enumerate(result):
        for i, rx in enumerate(items):
            found = kept.get((s, rx.exercise))
            if found is None or not found[1] or rx.reason is None:
                continue
            note = say("lighter.achilles_block", sets=found[0])
            if note.text in rx.reason.text:
                continue
            if len(rx.reason.text) + 1 + len(note.text) < REASON_MAX:
                items[i] = attrs.evolve(rx, reason=joined_reasons(rx.reason, note))
    return result
