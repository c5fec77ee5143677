"""Session time in progression: a session's minutes, why a change waits, a step back in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import text_of
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._model.vocab import Change
from runstrength._progression.ask import hold
from runstrength._progression.quota import plural_sets

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.plan import Prescription, Session

__all__ = ["adds_time", "back_in_place", "minutes", "no_time"]


def adds_time(session: Session, old: Prescription, new: Prescription) -> bool:
    """Whether ``new`` takes longer in ``session`` than ``old``."""
    return minutes(session, [new]) > minutes(session, [old]) + 1e-9


def no_time(old: Prescription, step: Progression, limit: int) -> str:
    """Why a change that adds time holds: the session would outgrow its minutes."""
    lead = f"Ready to progress, but the session would take longer than your {limit} minutes"
    if (
        step.change is Change.sets
        and old.dose.rir is not None
        and "on target" in text_of(step.reason)
    ):
        return (
            f"{lead} with a set more: keep {old.dose}, and take the last set of each session "
            f"to {old.dose.rir.lo} in reserve to find the reps that are there."
        )
    return (
        f"{lead}: keep {old.dose} and progress it by load or a harder variation when one is open."
    )


def _warm(session: Session) -> float:
    return session.warm_up.minutes.lo if session.warm_up else DEFAULT_SETTINGS.warm_up_minutes


def minutes(session: Session, prescriptions: Sequence[Prescription]) -> float:
    """Estimated minutes of ``session`` holding ``prescriptions`` (RS203's estimate)."""
    doses = [rx.dose for rx in prescriptions]
    return estimate_minutes(doses, warm_up_minutes=_warm(session), settings=DEFAULT_SETTINGS)


def back_in_place(old: Prescription, step: Progression, limit: int, *, sore: bool) -> Progression:
    """A step back that takes no more time than before.

    One set fewer, else the bottom of the range; the step as decided when neither is left.
    """
    dose = old.dose
    if _minutes_of(step.next) <= _minutes_of(old):
        return step
    if dose.sets.lo > 1:
        sets = IntRange(dose.sets.lo - 1, max(dose.sets.lo - 1, dose.sets.hi - 1))
        lighter = attrs.evolve(dose, sets=sets)
        what = f"one set fewer ({dose.sets} to {plural_sets(sets)})"
    elif dose.amount.lo < dose.amount.hi:
        lighter = dose.with_amount(IntRange(dose.amount.lo))
        what = f"the bottom of the range ({lighter.amount})"
    elif sore:
        why = (
            f"{step.reason} The easier move would take longer than your {limit} minutes, "
            "and this one has no work left to take off: leave it out this week and try it "
            "again, pain-free, next week."
        )
        return Progression(old, Change.stop, why)
    else:
        why = (
            f"A step back to an easier move would take longer than your {limit} minutes, and "
            f"this one has no work left to take off: keep {dose} and rebuild it cleanly."
        )
        return hold(old, why)
    why = (
        f"A step back to an easier move would take longer than your {limit} minutes, so "
        f"this one steps back in place: {what}."
    )
    return Progression(attrs.evolve(old, dose=lighter), Change.regress, why)


def _minutes_of(rx: Prescription) -> float:
    return estimate_minutes([rx.dose], warm_up_minutes=0, settings=DEFAULT_SETTINGS)
