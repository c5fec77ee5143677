"""A week's sentence true to the week: what it does, in numbers, once it is built.

The calendar writes each week's sentence from the running alone; :func:`said` puts in what
the built week really does (a deload's hard sets before and after).
"""

from __future__ import annotations

from runstrength._model.block import week_volume
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Phase
from runstrength._plan.calendar import Place, deload_said
from runstrength._plan.cuts import volume
from runstrength._plan.lighter import Sets

__all__ = ["said"]


def said(place: Place, contents: Sets, last: WeekRecord | None) -> Place:
    """``place`` with a sentence that says what the week built as ``contents`` does.

    A deload after a trained week says its hard sets before and after, and shorter sets
    only where some exercise does them.
    """
    if place.phase is Phase.deload and last is not None and last.trained:
        shorter = any(
            rx.reason.startswith("Deload week: ") and "rather than" in rx.reason
            for items in contents
            for rx in items
        )
        return deload_said(place, week_volume(last.plan), volume(contents), shorter=shorter)
    return place
