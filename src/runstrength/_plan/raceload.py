"""Race week's loads: never heavier than the last time the exercise was done.

- :func:`earlier_doses`: each exercise's last prescription in the weeks before.
- :func:`most`: how many times one could lift a dose's load, by the reps and reserve.
- :func:`halved`: race week's hold at about half its usual time, a clean number.
- :func:`load_kept`: race week's loads at most last time's, the reps cut and more kept in
  reserve where a load is chosen by effort.

A lighter race week keeps intensity and drops volume (Bosquet et al. 2007): the sets and
reps come down, the load does not go up. A load chosen by effort is the one the athlete
could lift about (bottom of the reps + middle of the reps in reserve) times; fewer reps at
the same reserve would ask for a heavier load, so the reserve rises by as much as the reps
fall. Where the reserve cannot rise that far (race week's 3–4 in reserve, 3 in a strength
session), the reps fall less: one effort rule for every line of the week.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from runstrength._model.dose import Dose, IntRange, could_lift, effort_reps
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Phase
from runstrength._plan.nearrace import EASY_RIR

__all__ = [
    "DEFAULT_RESERVE",
    "MOST_RESERVE",
    "SHORTEST_HOLD",
    "earlier_doses",
    "halved",
    "load_kept",
    "most",
]

SHORTEST_HOLD = 10
"""Race week's shortest hold, in seconds: half of anything shorter is no hold at all."""

DEFAULT_RESERVE = 2
"""The reserve a load chosen by effort assumes when its dose gives none."""


MOST_RESERVE = EASY_RIR[Focus.light].hi
"""The most reps race week's light sets keep in reserve: race week's one effort rule, 3–4
in reserve (:data:`~runstrength._plan.nearrace.EASY_RIR`), for a load kept at last time's
as for any other line. Past it the reps fall less (a *project convention*: a set stopped
further short than that is no longer felt as work, and a line at 5–6 beside one at 3–4
reads as two rules)."""


def earlier_doses(plans: Iterable[WeekPlan]) -> dict[str, Prescription]:
    """Each exercise's last prescription in ``plans``, taken in order (later wins)."""
    out: dict[str, Prescription] = {}
    for plan in plans:
        for session in plan.sessions:
            for rx in session.exercises:
                out[rx.exercise] = rx
    return out


def most(dose: Dose) -> float | None:
    """How many times one could lift ``dose``'s load: bottom reps + middle of the reserve.

    ``None`` for a dose that does not count reps.

    >>> most(Dose(sets=1, reps=(8, 12), rest_seconds=60, rir=3))
    11.0
    """
    if dose.unit != "reps":
        return None
    return effort_reps(dose.amount, _reserve(dose))


def _reserve(dose: Dose) -> IntRange:
    return dose.rir if dose.rir is not None else IntRange(DEFAULT_RESERVE)


def load_kept(
    plan: WeekPlan,
    phase: Phase,
    before: Iterable[WeekPlan],
    settings: RuleSettings,
    usual: Mapping[str, Prescription] | None = None,
) -> WeekPlan:
    """Race week's ``plan`` with no load heavier than the exercise's last one ``before``.

    ``before`` is the weeks before, in order, read only in race week; any other phase's
    ``plan`` is returned as it is. ``usual`` holds each exercise's dose of the last
    training week: what a shortened hold is said to be a share of.
    """
    if phase is not Phase.race:
        return plan
    earlier = earlier_doses(before)
    sessions = []
    for session in plan.sessions:
        strength = session.focus is Focus.strength
        cap = settings.reps_in_reserve.hi if strength else MOST_RESERVE
        items = tuple(
            halved(
                _kept(rx, earlier.get(rx.exercise), cap),
                new=rx.exercise not in earlier,
                usual=(usual or {}).get(rx.exercise),
            )
            for rx in session.exercises
        )
        sessions.append(
            session if items == session.exercises else attrs.evolve(session, exercises=items)
        )
    return attrs.evolve(plan, sessions=tuple(sessions))


def _kept(rx: Prescription, old: Prescription | None, cap: int) -> Prescription:
    if old is None:
        return rx
    dose, was = rx.dose, old.dose
    if dose.load_kg is not None and was.load_kg is not None:
        if dose.load_kg > was.load_kg:
            return attrs.evolve(rx, dose=attrs.evolve(dose, load_kg=was.load_kg))
        return rx
    then, now = most(was), most(dose)
    if not (rx.choose_load and old.choose_load) or then is None or now is None or now >= then:
        return rx
    rir = _reserve(dose)
    shift = min(math.ceil(then - now), max(0, cap - rir.hi))
    rir = IntRange(rir.lo + shift, rir.hi + shift)
    amount = dose.amount
    more = max(0, math.ceil(then - now - shift))
    amount = IntRange(amount.lo + more)  # one number: race week's one rule
    kept = attrs.evolve(dose.with_amount(amount), rir=rir)
    why = say(
        "race_week.load_kept",
        sets=str(kept.sets),
        amount=str(amount),
        unit_words="reps",
        most=could_lift(was.amount, _reserve(was)),
        rir=str(rir),
    )
    plain = [part for part in parts_of(rx.reason) if part.code == "race_week.plain_variant"]
    return attrs.evolve(rx, dose=kept, reason=joined_reasons(*plain, why) if plain else why)


_SHORT_HOLD_SAID = frozenset({"season.core_hold_unloaded", "season.core_hold_unloaded.new"})
"""The reasons that already say a hold is one short hold."""


_SHARES = ((Fraction(1, 3), "a third"), (Fraction(1, 2), "half"), (Fraction(2, 3), "two thirds"))
"""The shares a short hold is said to be of the usual one, in words."""


def _share(seconds: int, usual: IntRange) -> tuple[int, str]:
    """``seconds``' share of ``usual``'s middle in whole percent, and how to say it.

    The middle, not the shortest hold: 10 s of a usual 15-25 s is half of it, as 10 s of a
    usual 15 s is two thirds. A share not within 5 points of a third, a half or two thirds
    is said in percent.

    >>> _share(10, IntRange(15)), _share(10, IntRange(15, 25)), _share(15, IntRange(25, 30))
    ((67, 'two thirds'), (50, 'half'), (55, 'half'))
    >>> _share(10, IntRange(20, 30))
    (40, '40 %')
    """
    share = Fraction(2 * seconds, usual.lo + usual.hi)
    near, words = min(_SHARES, key=lambda pair: (abs(pair[0] - share), pair[0]))
    percent = round(share * 100)
    return percent, words if abs(near - share) <= Fraction(1, 20) else f"{percent} %"


def halved(
    rx: Prescription, *, new: bool = False, usual: Prescription | None = None
) -> Prescription:
    """``rx``'s hold at about half its time, rounded to 5 s (at least :data:`SHORTEST_HOLD`).

    A race-week hold at its full training time is the longest it has been, days before
    the race; half of it keeps the position known and leaves nothing to recover from.
    A hold ``new`` this week (not done in the weeks before) has no usual time to quote:
    it is one short hold, said so unless its reason already says it (a stand-in's).
    The hold it is said to be a share of is the ``usual`` one, the last training week's,
    where that was longer: a taper's shorter hold the week before is no one's usual.

    >>> from runstrength._model.dose import Dose
    >>> hold = Dose(sets=1, seconds=(35, 45), rest_seconds=60)
    >>> halved(Prescription("side_plank", hold)).dose.seconds
    IntRange(lo=20, hi=20)
    """
    dose = rx.dose
    if dose.unit != "seconds":
        return rx
    half = max(SHORTEST_HOLD, 5 * round((dose.amount.lo + dose.amount.hi) / 20))
    if half >= dose.amount.hi:
        return rx
    was = dose.amount
    if usual is not None and usual.dose.unit == dose.unit and usual.dose.amount.hi > was.hi:
        was = usual.dose.amount
    # Half of a short hold may be its range's bottom (10 s of 10-20 s): then it says so.
    code = "race_week.hold_short_end" if half == was.lo else "race_week.hold_halved"
    why = say(code, amount=str(half), was=str(was))
    share, words = _share(half, was)
    if code == "race_week.hold_halved" and words != "half":
        # 10 s of a usual 15 s is two thirds, not half: the sentence says the true share.
        why = say(
            "race_week.hold_share",
            amount=str(half),
            was=str(was),
            share=share,
            share_words=words,
        )
    if new:
        said_short = any(part.code in _SHORT_HOLD_SAID for part in parts_of(rx.reason))
        if said_short:
            return attrs.evolve(rx, dose=dose.with_amount(IntRange(half)))
        why = say("race_week.hold_new", amount=str(half))
    return attrs.evolve(
        rx,
        dose=dose.with_amount(IntRange(half)),
        reason=why if rx.reason is None else joined_reasons(rx.reason, why),
    )
