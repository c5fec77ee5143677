"""Session time in progression: a session's minutes, why a change waits, a step back in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import Reason, text_of
from runstrength._model.reasons import joined_reasons, say
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


def no_time(old: Prescription, step: Progression, limit: int) -> Reason:
    """Why a change that adds time holds: the session would outgrow its minutes."""
    if (
        step.change is Change.sets
        and old.dose.rir is not None
        and "on target" in text_of(step.reason)
    ):
        return say("progress.timing.set", minutes=limit, dose=str(old.dose), rir=old.dose.rir.lo)
    return say("progress.timing.hold", minutes=limit, dose=str(old.dose))


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
        what = say(
            "progress.timing.set_fewer",
            minutes=limit,
            old_sets=str(dose.sets),
            sets=str(sets),
            sets_words=plural_sets(sets),
        )
    elif dose.amount.lo < dose.amount.hi:
        lighter = dose.with_amount(IntRange(dose.amount.lo))
        what = say("progress.timing.bottom", minutes=limit, amount=str(lighter.amount))
    elif sore:
        out = say("progress.timing.out", minutes=limit)
        return Progression(old, Change.stop, joined_reasons(step.reason, out))
    else:
        return hold(old, say("progress.timing.rebuild", minutes=limit, dose=str(dose)))
    return Progression(attrs.evolve(old, dose=lighter), Change.regress, what)


def _minutes_of(rx: Prescription) -> float:
    return estimate_minutes([rx.dose], warm_up_minutes=0, settings=DEFAULT_SETTINGS)
