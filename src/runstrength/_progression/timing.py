"""Session time in progression: a session's minutes, and why a change waits for time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._model.vocab import Change

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.logs import Progression
    from runstrength._model.plan import Prescription, Session

__all__ = ["adds_time", "minutes", "no_time"]


def adds_time(session: Session, old: Prescription, new: Prescription) -> bool:
    """Whether ``new`` takes longer in ``session`` than ``old``."""
    return minutes(session, [new]) > minutes(session, [old]) + 1e-9


def no_time(old: Prescription, step: Progression, limit: int) -> str:
    """Why a change that adds time holds: the session would outgrow its minutes."""
    lead = f"Ready to progress, but the session would take longer than your {limit} minutes"
    if step.change is Change.sets and old.dose.rir is not None and "on target" in step.reason:
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
