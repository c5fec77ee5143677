"""The heavy slow calf block's steps where no load is known, and its rungs with fewer reps.

A plan made ahead (the forecast, or a log with no load in it) knows no kilograms for an
Achilles athlete's calf block: the athlete chooses a load for the reps of each rung. The
block still climbs its rungs by the sessions each one lasts
(:data:`~runstrength._progression.tendon.RUNGS`), each rung with fewer reps at a load
chosen for those reps (a heavier one), so the numbers never show a made-up load such as
the kit's smallest weight. Where a load was logged, a rung with fewer reps comes at a
load up to 10 % heavier when the kit makes such a step (ACSM 2009: 2–10 % once the target
is met), else at one the athlete chooses for those reps.

A straight-knee raise beside the block with no load known builds its sets (1 → 2 → 3)
at a load chosen for its range, then holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange, could_lift
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change
from runstrength._progression.calfnotes import checked
from runstrength._progression.limits import ACHILLES_TEMPO
from runstrength._progression.policy import all_sets

if TYPE_CHECKING:
    from runstrength._model.dose import Dose
    from runstrength._progression.ask import Ask

__all__ = ["REST_CODE", "chosen_rung", "chosen_step", "most_for", "rung_reason", "straight_chosen"]

REST_CODE: Final = "block.rung.rest"
"""The code of a rung's longer rest, said after its step (taken out where time is short)."""

_DEFAULT_RIR: Final = IntRange(2)
"""Reps in reserve assumed where a dose sets none, for the load it asks to choose."""

STRAIGHT_SETS: Final = 3
"""The sets a straight-knee raise with a chosen load builds to (the block's first rung)."""


def most_for(dose: Dose, reps: int | None = None) -> str:
    """The times one could lift the load chosen for ``reps`` (the dose's top by default)."""
    amount = IntRange(dose.amount.hi if reps is None else reps)
    return could_lift(amount, dose.rir or _DEFAULT_RIR)


def _words(sessions: int) -> str:
    return "1 session" if sessions == 1 else f"{sessions} sessions"


def chosen_step(
    ask: Ask, rungs: tuple[tuple[int, int, int], ...], at: int, done: int
) -> Progression:
    """The block's step on rung ``at`` at a chosen load, ``done`` sessions on it so far.

    The next rung once the rung has had its sessions, else the same rung again at a load
    chosen for its reps (the athlete may go up to 10 % heavier if the last set felt easy).
    """
    dose = ask.dose
    sets, reps, length = dose.sets.hi, dose.amount.hi, rungs[at][2]
    said = f"{all_sets(sets)} of {reps}, slow and pain-free"
    if length and done >= length:
        return chosen_rung(ask, rungs[at + 1], said, length, None)
    shared: dict[str, Param] = {
        "done": said,
        "tempo": str(ACHILLES_TEMPO),
        "sets": sets,
        "reps": reps,
        "most": most_for(dose),
    }
    if not length:
        reason = say("block.chosen.last", **shared)
    else:
        after = rungs[at + 1]
        # a rung the session had room for at fewer sets goes on at those sets
        more = after[0] if sets >= rungs[at][0] else min(after[0], sets)
        reason = say(
            "block.chosen.again",
            **shared,
            next_rung=f"{more} × {after[1]}",
            sessions=length,
            sessions_words=_words(length),
        )
    kept = attrs.evolve(ask.prescription, choose_load=True)
    return Progression(kept, Change.none, checked(reason))


def chosen_rung(
    ask: Ask,
    rung: tuple[int, int, int],
    done: str,
    length: int,
    loaded: tuple[float, float] | None,
    *,
    longer_rest: bool = True,
) -> Progression:
    """The block's next rung: a set more at the chosen load, or fewer reps at a heavier one.

    ``loaded`` is ``(lifted, up)`` where a load was logged and the kit's next step is 10 %
    or less: the fewer reps come at ``up``. Otherwise the athlete chooses a load for the
    new reps. The rest of heavy slow sets comes with reps of 8 or fewer, unless not
    ``longer_rest`` (a rung taken at the sets the session has room for adds no time).
    """
    from runstrength._progression.tendon import heavy_rest  # noqa: PLC0415 - a cycle

    dose = ask.dose
    new_sets, new_reps, _ = rung
    said: dict[str, Param] = {
        "done": done,
        "tempo": str(ACHILLES_TEMPO),
        "sessions": length,
        "sessions_words": _words(length),
        "sets": new_sets,
        "reps": new_reps,
        "most": most_for(dose, new_reps),
    }
    if new_reps == dose.amount.hi:
        new = attrs.evolve(dose, sets=IntRange(new_sets))
        rx = attrs.evolve(ask.prescription, dose=new)
        return Progression(rx, Change.sets, checked(say("block.rung.set_chosen", **said)))
    new = dose.with_amount(IntRange(new_reps))
    new = heavy_rest(new) if longer_rest else new
    if loaded is not None:
        lifted, up = loaded
        reason = say(
            "block.rung.reps_load",
            **said,
            lifted_kg=lifted,
            load_kg=up,
            percent=100 * (up - lifted) / lifted,
        )
        rx = attrs.evolve(ask.prescription, dose=attrs.evolve(new, load_kg=up), choose_load=False)
        change = Change.load
    else:
        reason = say("block.rung.reps_chosen", **said)
        rx = attrs.evolve(ask.prescription, dose=attrs.evolve(new, load_kg=None), choose_load=True)
        change = Change.reps
    return Progression(rx, change, checked(rung_reason(reason, new, dose)))


def rung_reason(reason: Reason, new: Dose, old: Dose) -> Reason:
    """``reason`` with the longer rest of heavy slow sets said, where the rung brings it."""
    if new.rest_seconds == old.rest_seconds:
        return reason
    return joined_reasons(reason, say(REST_CODE, rest=str(new.rest_seconds)))


def straight_chosen(ask: Ask) -> Progression:
    """A straight-knee raise beside the block at a chosen load: its sets first, then a hold.

    Every set reached the top at a load the athlete chose: a set more up to
    :data:`STRAIGHT_SETS`, at a load chosen for the same range; at that, the dose holds
    (its range stays a clean one, and the athlete may go up to 10 % heavier).
    """
    dose = ask.dose
    done = f"Every set reached {dose.amount.hi}, slow and pain-free"
    most = most_for(dose, dose.amount.lo)
    if dose.sets.hi < STRAIGHT_SETS:
        sets = IntRange(min(dose.sets.lo + 1, STRAIGHT_SETS), dose.sets.hi + 1)
        rx = attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets), choose_load=True)
        reason = say(
            "block.straight.sets_chosen",
            done=done,
            old_sets=str(dose.sets),
            sets=str(sets),
            most=most,
            cap=STRAIGHT_SETS,
        )
        return Progression(rx, Change.sets, checked(reason))
    kept = attrs.evolve(ask.prescription, choose_load=True)
    reason = say("block.straight.chosen_held", done=done, dose=str(dose), most=most)
    return Progression(kept, Change.none, checked(reason))
