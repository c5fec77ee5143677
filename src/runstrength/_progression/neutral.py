"""Steps that add no time, for a session at its minutes: progression that never freezes.

:func:`time_neutral` replaces a step that does not fit the athlete's minutes by one that
does, in this order: the Achilles block's next rung at the sets it has
(:func:`~runstrength._progression.tendon.shorter_rung`); a load step of 10 % or less; the
harder variation the athlete may do, from the top of the exercise's own range, its reps
trimmed so it takes no longer and at bodyweight when it moves from two legs to one; a
slow tempo swapped for fewer reps (with a slow tempo already, a one-second pause at the
bottom, up to :data:`MOST_PAUSE`, none for a hinge or trunk work, a slower lowering for a
calf or leg raise); a first load;
else, when the step that does not fit is a set more (or, after
:data:`~runstrength._progression.policy.HOLD_LIMIT` sessions at the top, more reps or a set
more that still leaves the reps room to rise), the smallest load step there is
(:func:`~runstrength._progression.routes.past_caps`). No trade takes the reps below the
exercise's floor (:func:`~runstrength._progression.limits.rep_floor`). Each changes one
thing (RS401); a slow tempo swapped for fewer reps counts as one change, of tempo. Every
choice here is a *project convention*.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.clean import COUNT_RANGES, clean_under, count_rise
from runstrength._model.dose import IntRange, Tempo
from runstrength._model.logs import Progression
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Change, Level, Pattern
from runstrength._progression.ask import Ask, switch
from runstrength._progression.calfladder import calf_raise, clean_calf_fit
from runstrength._progression.calfturns import in_run
from runstrength._progression.levers import lever
from runstrength._progression.limits import (
    achilles_calf,
    big_step,
    first_load,
    reference_range,
    rep_floor,
    share,
    step_within,
)
from runstrength._progression.policy import (
    HOLD_LIMIT,
    Outcome,
    base_load,
    growth,
    load_equipment,
)
from runstrength._progression.routes import finish, more_reps, past_caps, slow_tempo
from runstrength._progression.swaps import swapped_for
from runstrength._progression.tendon import shorter_rung
from runstrength._views.wording import words

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise

__all__ = [
    "MOST_PAUSE",
    "SWAP_LOWERING",
    "SWAP_TOP",
    "one_rep_more",
    "slow_at_cap",
    "slower_tempo",
    "time_neutral",
]

_HEAVY: Final = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})

AT_MINUTES: Final = "Ready to progress, and the session is at its minutes"
"""How a step that adds no time opens, as its reason's ``lead``."""
"""Patterns whose loaded work counts as heavy lifting (RS305)."""

SWAP_TOP: Final = 8
"""The fewest reps a slow-tempo swap leaves at the top of the range (project convention)."""

VARIATION_LOGS: Final = 2
"""The fewest logs of an exercise in its current run of weeks, the latest included, before
a step that adds no time moves it on to a harder variation: a variation stays at least two
weeks (project convention, after 003's one change at a time)."""

MOST_PAUSE: Final = 2
"""The longest pause, in seconds, a tempo swap adds at either end of a rep (convention)."""

SWAP_LOWERING: Final = 4
"""The slowest lowering, in seconds, a tempo swap gives a calf or leg raise: past it the
move goes to its harder variation, not a longer lowering (project convention, after 003's
single-leg reps as the next step)."""


def time_neutral(
    ask: Ask, blocked: Progression | None = None, *, mastered: bool = False
) -> Progression | None:
    """A step that takes no more time than now, for a session at its minutes, if any.

    ``blocked`` is the step that does not fit. The Achilles block's next rung at the sets
    it has (:func:`~runstrength._progression.tendon.shorter_rung`); else a load step of
    10 % or less; else the harder variation the athlete may do, trimmed to take no longer;
    else a slow tempo swapped for fewer reps, so each set takes no longer; else a first
    load the athlete's kit makes; else, when ``blocked`` is a set more with reps and tempo
    at their caps, the smallest load step there is (:func:`past_caps`). A light session
    takes none of them (it stays light).

    ``mastered`` says the exercise has been held at the top of its dose for
    :data:`HOLD_LIMIT` sessions: its range is mastered wherever it stands (a slow tempo's
    shorter range included), so the harder variation is open from it.
    """
    if ask.light or ask.result() != Outcome.TOP:
        return None
    dose, exercise = ask.dose, ask.exercise
    rung = None if blocked is None else shorter_rung(ask, blocked)
    if rung is not None:
        return rung
    loaded = _load_step(ask)
    if loaded is not None:
        return loaded
    # a stand-in for a stalled lift keeps its place until the lift comes back: no harder form
    harder = None if swapped_for(ask) is not None else ask.harder()[0]
    top = reference_range(exercise, dose, ask.level()).hi
    settled = len(in_run(ask)) + 1 >= VARIATION_LOGS  # never the week after it came in
    if (
        harder is not None
        and settled
        and (mastered or dose.amount.hi >= top or more_reps(ask, 1) is None)
    ):
        # only from the top of the exercise's own range: no hopping along the chain
        moved = _harder_in_time(ask, harder)
        if moved is not None:
            return moved
    swapped = _tempo_swap(ask)
    if swapped is not None:
        return swapped
    item = ask.fit.load_item(exercise)
    heavy = exercise.patterns & _HEAVY and ask.level() is Level.beginner
    if item is not None and not dose.load_kg and not ask.prescription.choose_load and not heavy:
        # A beginner's squat, lunge or hinge is not loaded for want of time: RS305 adds
        # heavy lifting one pattern at a time.
        load = first_load(exercise, item)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, load_kg=load)),
            Change.load,
            say(
                "progress.neutral.first_load",
                lead=AT_MINUTES,
                load_kg=load,
                item=str(item),
                item_words=words(item),
            ),
        )
    if blocked is None or blocked.change not in (Change.sets, Change.reps, Change.tempo):
        return None
    if blocked.change is Change.sets:
        stepped = past_caps(ask, "Ready to progress, but a set more does not fit your minutes")
        if stepped is not None or achilles_calf(ask.fit.athlete, exercise):
            return stepped  # an Achilles calf's load steps stay at 10 % or less
    if ask.streak(frozenset({Outcome.TOP})) + 1 >= HOLD_LIMIT:
        # more reps, a set more or a slower tempo: none fits, and the reps have sat at the
        # top long enough
        more = {
            Change.reps: "more reps do not",
            Change.sets: "a set more does not",
            Change.tempo: "a slower tempo does not",
        }[blocked.change]
        return past_caps(
            ask,
            f"{HOLD_LIMIT} sessions at the top of the range, and {more} fit your minutes",
            reps_blocked=True,
        )
    return None


def one_rep_more(ask: Ask | None, blocked: Progression) -> Progression | None:
    """The range raised by one rep, for a range that may not rise by two for want of time.

    Only when ``blocked`` raises the range by more than one; the caller checks that the
    smaller step fits the session. A range lands on the clean range nearest one rep more
    (8–12 goes to 10–12, 10–15 to 12–15), never on an odd one (9–13, 11–16).
    """
    old = None if ask is None else ask.dose
    new = blocked.next.dose
    if ask is None or old is None or blocked.change is not Change.reps or new.unit != "reps":
        return None
    if new.amount.hi - old.amount.hi < 2:
        return None
    lead = "Ready to progress, and the session is nearly at its minutes"
    if old.amount.lo < old.amount.hi and not ask.exercise.plyometric:
        # a range lands on a clean range: the one nearest one rep more (10–12, 12–15)
        amount = count_rise(old.amount, 1, growth(ask.exercise, old)[1])
        if amount.hi >= new.amount.hi or amount == old.amount:
            return None
        rx = attrs.evolve(ask.prescription, dose=old.with_amount(amount))
        said = say(
            "progress.neutral.clean_rise",
            lead=lead,
            old_range=str(old.amount),
            new_range=str(amount),
        )
        return finish(ask, Progression(rx, Change.reps, said))
    found = more_reps(ask, 1)
    if found is None:
        return None
    return finish(
        ask,
        Progression(
            found,
            Change.reps,
            say(
                "progress.neutral.one_rep",
                lead=lead,
                old_range=str(old.amount),
                new_range=str(found.dose.amount),
            ),
        ),
    )


def slow_at_cap(ask: Ask | None, blocked: Progression) -> Progression | None:
    """Body-weight reps at their cap whose set more does not fit: a slower rep, same reps.

    The move goes harder, never longer: a slow lowering first, then (a squat or a lunge)
    a one-second pause at the bottom. It adds a little time: the caller checks that the
    session still fits. ``None`` for loaded or timed work, a jump, a load still to choose,
    or reps short of the cap.
    """
    if ask is None or ask.light or blocked.change is not Change.sets:
        return None
    dose, exercise = ask.dose, ask.exercise
    if dose.unit != "reps" or exercise.plyometric or dose.load_kg or ask.prescription.choose_load:
        return None
    if dose.amount.hi < growth(exercise, dose)[1] or ask.result() != Outcome.TOP:
        return None
    old = dose.tempo
    if old is None:
        tempo = slow_tempo(ask)
        code, seconds = "progress.cap.tempo", tempo.eccentric
    elif old.pause == 0 and not exercise.patterns & _NO_PAUSE and not _at_top(exercise):
        tempo = attrs.evolve(old, pause=1)
        code, seconds = "progress.cap.pause", tempo.pause
    else:
        return None
    return finish(
        ask,
        Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, tempo=tempo)),
            Change.tempo,
            say(code, amount=str(dose.amount), tempo=str(tempo), seconds=seconds),
        ),
    )


def _harder_in_time(ask: Ask, harder: Exercise) -> Progression | None:
    """The harder variation, its reps trimmed so it takes no longer than now, if they can be.

    The reps land on a clean range under the harder exercise's own (10–15 trimmed is 10–12
    or 8–10, never 10–13) and never go below
    :func:`~runstrength._progression.limits.rep_floor` for the harder exercise: at the
    floor the trade is closed. A move from two legs to one starts
    at bodyweight: one leg now lifts what two did.
    """
    dose = ask.dose
    now = dose_seconds(dose, DEFAULT_SETTINGS)
    new = switch(ask, harder, easier=False)
    single = Pattern.single_leg in harder.patterns - ask.exercise.patterns
    start = ""
    if single and new.choose_load and (dose.load_kg or 0) > 0:
        new = attrs.evolve(new, choose_load=False)
        start = (
            "; start at bodyweight, since one leg now lifts what two did, and add load in "
            "small steps once every set reaches the top"
        )
    nd = new.dose
    rest = nd.rest_seconds
    if dose_seconds(nd, DEFAULT_SETTINGS) > now and rest.lo <= dose.rest_seconds.hi:
        # the rest of now where the new exercise's range allows it: a longer rest is no
        # reason to hold back a mastered exercise's next step
        lo = max(rest.lo, dose.rest_seconds.lo)
        nd = attrs.evolve(nd, rest_seconds=IntRange(lo, max(lo, dose.rest_seconds.hi)))
        new = attrs.evolve(new, dose=nd)
    trimmed = ""
    if calf_raise(harder) and nd.unit == "reps":
        # a calf raise's next variation at a clean range of its own, never an odd cut
        longer = dose_seconds(nd, DEFAULT_SETTINGS) > now
        fitted = clean_calf_fit(nd, now)
        if fitted is None:
            return None
        nd = fitted
        new = attrs.evolve(new, dose=nd)
        trimmed = " (its reps set so it takes no longer than now)" if longer else ""
    if dose_seconds(nd, DEFAULT_SETTINGS) > now:
        if nd.unit != "reps":
            return None
        least = rep_floor(harder, ask.level(), loaded=new.choose_load or bool(nd.load_kg))
        amount = nd.amount
        # the clean ranges under its own, the highest first: 10–15 trimmed is 10–12 or
        # 8–10, never 10–11 or 10–13
        under = sorted(
            (
                r
                for r in COUNT_RANGES
                if least <= r.lo <= amount.lo and max(SWAP_TOP, least) <= r.hi < amount.hi
            ),
            key=lambda r: (-r.hi, -r.lo),
        )
        fits = [
            fitted
            for r in under
            if dose_seconds(fitted := nd.with_amount(r), DEFAULT_SETTINGS) <= now
        ]
        if not fits:
            return None
        nd = fits[0]
        new = attrs.evolve(new, dose=nd)
        trimmed = " (its reps set so it takes no longer than now)"
    said = say(
        "progress.neutral.harder",
        lead=AT_MINUTES,
        exercise=harder.id,
        exercise_name=harder.name,
        dose=str(nd),
        trimmed=trimmed,
        start=start,
    )
    return Progression(new, Change.variation, joined_reasons(said, lever(harder)))


def _load_step(ask: Ask) -> Progression | None:
    """One load step for loaded work, when the step is allowed (ceiling, Achilles)."""
    equipment = load_equipment(ask.exercise)
    lifted = base_load(ask.dose, ask.log)
    if equipment is None or lifted <= 0 or ask.result() != Outcome.TOP:
        return None
    up = step_within(ask.exercise, lifted, equipment)
    if up is None or big_step(lifted, up):
        return None  # a step over 10 % is never taken for want of time
    dose = attrs.evolve(ask.dose, load_kg=up)
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.load,
        say(
            "progress.neutral.load",
            lead=AT_MINUTES,
            lifted_kg=lifted,
            load_kg=up,
            percent=100 * share(lifted, up),
        ),
    )


def slower_tempo(ask: Ask) -> tuple[Tempo, float, str, int] | None:
    """The next slower tempo a time trade may take, if any, with what it says.

    The tempo, the seconds a rep takes now, the reason code and its seconds. No tempo
    yet: the slow tempo. A slow tempo already: a pause of one second more at the bottom
    (up to :data:`MOST_PAUSE`); for a calf raise or a leg raise, whose heel or leg rests
    at the bottom, a lowering one second slower instead (up to :data:`SWAP_LOWERING` s),
    so the tempo stays three numbers. ``None`` for timed work, a jump, a load still to
    choose, or a tempo at its slowest.
    """
    dose = ask.dose
    if dose.unit != "reps" or ask.exercise.plyometric or ask.prescription.choose_load:
        return None
    old = dose.tempo
    if old is None:
        tempo = slow_tempo(ask)
        return tempo, DEFAULT_SETTINGS.seconds_per_rep, "tempo_slow", tempo.eccentric
    if _at_top(ask.exercise):
        # a tempo stays three numbers (3-0-1, never 3-0-1-1): where the pause cannot go at
        # the bottom, the lowering slows a second instead
        if old.eccentric >= SWAP_LOWERING:
            return None  # past a 4-s lowering the move changes, not the tempo
        tempo = attrs.evolve(old, eccentric=old.eccentric + 1)
        return tempo, old.seconds_per_rep, "tempo_slow", tempo.eccentric
    if old.pause < MOST_PAUSE and not ask.exercise.patterns & _NO_PAUSE:
        # a hinge or trunk work takes no pause: its trade is closed
        tempo = attrs.evolve(old, pause=old.pause + 1)
        return tempo, old.seconds_per_rep, "tempo_pause", tempo.pause
    return None


def _tempo_swap(ask: Ask) -> Progression | None:
    """A slower tempo with fewer reps, so that a set takes no longer than now.

    The tempo is :func:`slower_tempo`'s. The reps land on a clean range where one takes
    no longer (:func:`~runstrength._model.clean.clean_under`); where none does, a single
    number for a dose that is one already, else the trade is closed (never a two-rep range
    such as 8–9: :func:`~runstrength._progression.slowclean.slow_clean` may take a clean
    one that still fits the session). Loaded work takes it only when
    its load step is closed (it is tried after :func:`_load_step`), never with a load
    still to choose, and never below :data:`SWAP_TOP` reps at the top of the range nor
    below :func:`~runstrength._progression.limits.rep_floor` at the bottom: at the floor
    the trade is closed.
    """
    dose = ask.dose
    slower = slower_tempo(ask)
    if slower is None:
        return None
    tempo, per_rep, kind, seconds = slower
    code = f"progress.neutral.{kind}"
    least = rep_floor(ask.exercise, ask.level(), loaded=bool(dose.load_kg))
    top = math.floor(dose.amount.hi * per_rep / tempo.seconds_per_rep)
    # a clean range a coach writes where one fits: 15–20 slowed down is 12–15, not 15–16
    floor = max(SWAP_TOP - 3, least)
    amount = clean_under(top, floor, SWAP_TOP)
    if amount is None and dose.amount.lo == dose.amount.hi:
        # a single number of reps stays one: "2 × 12" slowed down is "2 × 9", never 8–9
        amount = IntRange(top) if top >= max(SWAP_TOP, least) else None
    if amount is None:
        return None  # never a two-rep range (8–9, 10–11): the trade is closed
    if amount.hi >= dose.amount.hi:
        return None
    new = attrs.evolve(dose.with_amount(amount), tempo=tempo)
    return Progression(
        attrs.evolve(ask.prescription, dose=new),
        Change.tempo,
        say(
            code,
            lead=AT_MINUTES,
            seconds=seconds,
            tempo=str(tempo),
            amount=str(amount),
            old_amount=str(dose.amount),
        ),
    )


_NO_PAUSE: Final = frozenset({Pattern.hinge, Pattern.core})
"""Patterns that take no pause for a tempo trade: hinges and trunk work (convention)."""

_TOP_PAUSE: Final = frozenset({Pattern.calf, Pattern.isolation, Pattern.hip_stability})
"""Patterns whose muscle works at the top of the rep: the pause goes there (convention)."""


def _at_top(exercise: Exercise) -> bool:
    """Whether a pause in ``exercise`` goes at the top: calf raises and leg raises.

    >>> from runstrength import default_catalog
    >>> cat = default_catalog()
    >>> _at_top(cat["standing_calf_raise"]), _at_top(cat["split_squat"])
    (True, False)
    """
    moves = exercise.patterns & frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})
    return bool(exercise.patterns & _TOP_PAUSE) and not moves
