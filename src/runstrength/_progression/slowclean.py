"""A slower tempo on a clean range that still fits the session, where none takes no longer.

A time trade (:func:`~runstrength._progression.neutral.time_neutral`) swaps a slow tempo
for fewer reps only where a clean range takes no longer than now; where none does (8–12
slowed down has time for 9 reps, and 8–9 is no range a coach writes) the trade is closed.
:func:`slow_clean` is the step after it for a session nearly at its minutes: the same
slower tempo on the smallest clean range above that (8–10, 10–12), which adds a few
seconds; the caller checks the session still fits. A *project convention*.
"""

from __future__ import annotations

import math

import attrs

from runstrength._model.clean import COUNT_RANGES
from runstrength._model.logs import Progression
from runstrength._model.reasons import say
from runstrength._model.vocab import Change
from runstrength._progression.ask import Ask
from runstrength._progression.limits import rep_floor
from runstrength._progression.neutral import SWAP_TOP, slower_tempo
from runstrength._progression.policy import Outcome
from runstrength._progression.routes import finish

__all__ = ["slow_clean"]

NEARLY: str = "Ready to progress, and the session is nearly at its minutes"
"""How the step opens, as its reason's ``lead``."""


def slow_clean(ask: Ask | None, blocked: Progression) -> Progression | None:
    """A slower tempo for fewer reps on the smallest clean range above what takes no longer.

    Only where no clean range takes no longer (the time trade was closed) and ``blocked``
    adds reps or a set: 8–12 slowed down to 3-0-1 has time for 9 reps, so 8–10; a bridge's
    10–15 goes to 10–12. The range keeps the exercise's floor
    (:func:`~runstrength._progression.limits.rep_floor`) and :data:`SWAP_TOP` at the top,
    and ends below the range of now. A load step open, a light session, a single number
    or a range already clean under the time: ``None``.
    """
    if ask is None or ask.light or blocked.change not in (Change.sets, Change.reps):
        return None
    dose = ask.dose
    if dose.amount.lo == dose.amount.hi or ask.result() != Outcome.TOP:
        return None
    slower = slower_tempo(ask)
    if slower is None:
        return None
    tempo, per_rep, kind, seconds = slower
    top = math.floor(dose.amount.hi * per_rep / tempo.seconds_per_rep)
    least = max(SWAP_TOP - 3, rep_floor(ask.exercise, ask.level(), loaded=bool(dose.load_kg)))
    above = [
        r
        for r in COUNT_RANGES
        if least <= r.lo < r.hi and max(SWAP_TOP, top + 1) <= r.hi < dose.amount.hi
    ]
    if not above:
        return None
    amount = min(above, key=lambda r: (r.hi, -r.lo))
    rx = attrs.evolve(ask.prescription, dose=attrs.evolve(dose.with_amount(amount), tempo=tempo))
    said = say(
        f"progress.clean.{kind}",
        lead=NEARLY,
        seconds=seconds,
        tempo=str(tempo),
        amount=str(amount),
        old_amount=str(dose.amount),
    )
    return finish(ask, Progression(rx, Change.tempo, said))
