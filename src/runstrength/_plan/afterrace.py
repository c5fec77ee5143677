"""The week after a race week: race week's stand-ins go back to a training dose.

- :func:`stood_in`: the exercises recent weeks held as race week's stand-ins.
- :func:`stand_ins_trained`: a session whose short holds, put in by race week in place of
  a loaded move, are back at the hold's training dose.

Race week's light session swaps a loaded core move for one short front-plank hold (a
10-second hold leaves no soreness days before a race). That hold is a race-week dose, not
a training one: left as it was, the weeks after carried it on as the light session's core
work for the rest of the season. The light days just after the race keep race week's doses;
the first training week after them puts the hold back at the catalog's training dose for
the session. The hold stays in the session rather than leave it: a
session one exercise short would be dropped or merged by the weeks after (a taper keeps
its sessions whole), and the loaded move it stood in for comes back in the strength
session, where the weeks before held it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import attrs

from runstrength._model.dose import Dose
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import parts_of
from runstrength._model.reasons import say

__all__ = ["STAND_IN_CODES", "stand_ins_trained", "stood_in"]

STAND_IN_CODES = frozenset({"season.core_hold_unloaded", "season.core_hold_unloaded.new"})
"""Codes of race week's short hold in place of a loaded core move."""


def stood_in(plans: Iterable[WeekPlan]) -> frozenset[str]:
    """The exercises ``plans`` held as race week's stand-ins (a short hold for a loaded move)."""
    return frozenset(
        rx.exercise
        for plan in plans
        for session in plan.sessions
        for rx in session.exercises
        if any(part.code in STAND_IN_CODES for part in parts_of(rx.reason))
    )


def stand_ins_trained(
    items: list[Prescription],
    stand_ins: frozenset[str],
    reference: Mapping[str, Prescription],
    training: Callable[[str], Dose | None],
) -> list[Prescription]:
    """``items`` with race week's ``stand_ins`` back at their ``training`` dose.

    ``stand_ins`` are the exercises the recent weeks held as race week's stand-ins
    (:func:`stood_in`); ``training`` gives an exercise's training dose for the session
    (``None`` for one the catalog does not hold). A hold the last training week's session
    (``reference``) held too is left to the usual return to that week's dose; one already
    at or above its training dose stays as it is.
    """
    out = []
    for rx in items:
        dose = training(rx.exercise)
        if (
            rx.exercise not in stand_ins
            or rx.exercise in reference
            or dose is None
            or dose.unit != rx.dose.unit
            or rx.dose.amount.hi >= dose.amount.hi
        ):
            out.append(rx)
            continue
        why = say("season.stand_in_trained", amount=str(dose.amount), was=str(rx.dose.amount))
        # The hold's seconds and rest, its sets as they are: one change at a time.
        out.append(attrs.evolve(rx, dose=attrs.evolve(dose, sets=rx.dose.sets), reason=why))
    return out
