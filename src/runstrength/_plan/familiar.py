"""Nothing new in a deload or near a race: those weeks keep the exercises the runner knows.

A deload is for absorbing the work done, and a power week, a taper and race week for
arriving fresh and sharp, not for learning a movement: a new exercise brings soreness
and an unfamiliar load in the weeks that should have neither, and a deload's reason
describes a change of dose of an exercise done the week before. So an exercise the
progression moved on from after clean sessions (a harder variation, another form after
long holds, a return after a stand-in) stays in these weeks, as it was last week; the
change waits for the next training week. A step back for pain or broken form is kept: it
is not a new load. Low-level jumps added in a power week are the phase's own work, not a
change of exercise (:mod:`.power`). A *project convention*, after the taper's aim of
keeping intensity and dropping what tires (Bosquet et al. 2007).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from runstrength._model.vocab import Phase
from runstrength._progression.fit import areas_of

if TYPE_CHECKING:
    from collections.abc import Mapping

    from runstrength._model.catalog import Catalog
    from runstrength._model.plan import Prescription
    from runstrength._model.vocab import Injury

__all__ = ["FAMILIAR", "familiar"]

FAMILIAR: Final = frozenset({Phase.power, Phase.deload, Phase.taper, Phase.race})
"""The phases that keep last week's exercises rather than move on to new ones."""


def familiar(
    items: list[Prescription],
    swaps: Mapping[str, str],
    last: Mapping[str, Prescription],
    rested: frozenset[Injury],
    catalog: Catalog,
) -> list[Prescription]:
    """``items`` with each exercise moved on to (``swaps``: new to old) back to last week's.

    ``last`` holds last week's prescriptions of the session by exercise (and those of the
    week the session comes from). An old exercise comes back only when one of them held
    it, the session does not hold it already, and it loads no area resting after sharp
    pain (``rested``).
    """
    held = {rx.exercise for rx in items}
    out = []
    for rx in items:
        before = last.get(swaps.get(rx.exercise, ""))
        exercise = None if before is None else catalog.get(before.exercise)
        if before is None or exercise is None or before.exercise in held:
            out.append(rx)  # nothing to go back to, or last week's is in the session already
        elif areas_of(exercise) & rested:
            out.append(rx)  # never back into an area resting after sharp pain
        else:
            held.add(before.exercise)
            out.append(before)
    return out
