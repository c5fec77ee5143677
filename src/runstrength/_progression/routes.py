"""Routes forward when the usual next step is closed: no load step, or no time to add.

- :func:`more_reps`: the range raised, within the exercise's cap.
- :func:`tempo_or_set`: a slow tempo, else a set more.
- :func:`without_load`: progress loaded work whose load may not rise (a load ceiling, or a
  step too big for an Achilles): a harder variation, more reps, a tempo or a set, else a
  hold that says why.
- :func:`time_neutral`: a step that adds no time, for a session at its minutes: the
  Achilles block's next rung at the sets it has, a load step of 10 % or less, the harder
  variation the athlete may do (its reps trimmed so it takes no longer, and at bodyweight
  when it moves from two legs to one), a slow tempo swapped for fewer reps, or a first
  load; when the step that does not fit is a set more and the reps and tempo are already
  at their caps, the smallest load step there is (:func:`past_caps`). A step over 10 % is
  never taken for want of time while the reps can still go over the top first.

Each route changes one thing (RS401); a slow tempo swapped for fewer reps counts as one
change, of tempo, since the work per set takes no longer.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Change, Level, Pattern, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.limits import (
    ACHILLES_TEMPO,
    achilles_calf,
    big_step,
    ceiling,
    reference_range,
    share,
    tendon_tempo,
)
from runstrength._progression.loadmath import step_up
from runstrength._progression.policy import (
    HOLD_LIMIT,
    SET_CAP,
    SLOW_TEMPO,
    Outcome,
    base_load,
    growth,
    load_equipment,
    outcome,
    shifted,
)
from runstrength._progression.tendon import noted, shorter_rung
from runstrength._views.wording import UNIT_SUFFIX, kg, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.dose import Tempo
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription

__all__ = [
    "finish",
    "light_keep",
    "more_reps",
    "past_caps",
    "prose",
    "slow_tempo",
    "tempo_or_set",
    "time_neutral",
    "without_load",
]

_PROGRESSING = frozenset(
    {Change.reps, Change.seconds, Change.sets, Change.load, Change.tempo, Change.variation}
)
"""Tags that name a change making the work harder: each must change the prescription."""


_HEAVY = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})
"""Patterns whose loaded work counts as heavy lifting (RS305)."""

_SWAP_TOP = 8
"""The fewest reps a slow-tempo swap leaves at the top of the range (project convention)."""

_MOST_PAUSE = 2
"""The longest pause, in seconds, a tempo swap adds at the bottom of a rep (convention)."""


def slow_tempo(ask: Ask) -> Tempo:
    """The tempo a step adds: the Achilles tempo for an Achilles athlete's calf work."""
    return ACHILLES_TEMPO if achilles_calf(ask.fit.athlete, ask.exercise) else SLOW_TEMPO


def more_reps(ask: Ask, by: int) -> Prescription | None:
    """The prescription with its range raised by ``by``, if that stays within the cap."""
    dose = ask.dose
    _, cap = growth(ask.exercise, dose)
    if dose.unit != "reps" or dose.amount.hi + by > cap:
        return None
    return attrs.evolve(ask.prescription, dose=dose.with_amount(shifted(dose.amount, by)))


def _can_slow(ask: Ask) -> bool:
    dose = ask.dose
    return dose.unit == "reps" and not ask.exercise.plyometric and dose.tempo is None


def tempo_or_set(ask: Ask, lead: str) -> Progression | None:
    """A slow tempo, else a set more (up to the cap), after ``lead``; ``None`` when neither."""
    dose = ask.dose
    if _can_slow(ask):
        tempo = slow_tempo(ask)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, tempo=tempo)),
            Change.tempo,
            f"{lead}: slow the reps down instead (tempo {tempo}, {tempo.eccentric} s lowering).",
        )
    if dose.sets.hi < SET_CAP:
        sets = shifted(dose.sets, 1)
        before = max((len(h.sets) for h in ask.history[-1:]), default=0)
        back = " (the set given up for time comes back)" if before > dose.sets.hi else ""
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets)),
            Change.sets,
            f"{lead}: add a set instead ({dose.sets} to {sets} sets){back}.",
        )
    return None


def without_load(ask: Ask, why: str, *, ceiling_reached: bool) -> Progression:
    """Loaded work whose load may not rise: another route, else a hold that says why.

    At a load ceiling: the harder variation the athlete may do, then a slow tempo. For an
    Achilles athlete's calf work (a step over 10 %): more reps, then a slow tempo or a set.
    """
    dose = ask.dose
    if ceiling_reached:
        harder, _ = ask.usable(ask.exercise.harder)
        if harder is not None:
            new = switch(ask, harder, easier=False)
            return Progression(
                new, Change.variation, f"{why}: move on to the harder {harder.name} at {new.dose}."
            )
    else:
        step, _ = growth(ask.exercise, dose)
        more = more_reps(ask, step)
        if more is not None:
            return Progression(
                more,
                Change.reps,
                f"{why}: build reps instead, the range rising from {dose.amount} to "
                f"{more.dose.amount}{UNIT_SUFFIX[dose.unit]}.",
            )
    other = tempo_or_set(ask, why)
    if other is not None:
        return other
    load = kg(dose.load_kg or 0.0)
    if ceiling_reached:
        return hold(
            ask.prescription,
            f"{why}: this exercise has reached its useful load; keep {dose} at {load} to "
            "maintain it while the bigger lifts progress.",
        )
    return past_caps(ask, f"{why}, and reps, tempo and sets are at their caps") or hold(
        ask.prescription,
        f"{why}: keep {dose} at {load}, reps, tempo and sets at their caps, until a "
        "step of 10 % or less is possible.",
    )


def time_neutral(ask: Ask, blocked: Progression | None = None) -> Progression | None:
    """A step that takes no more time than now, for a session at its minutes, if any.

    ``blocked`` is the step that does not fit. The Achilles block's next rung at the sets
    it has (:func:`~runstrength._progression.tendon.shorter_rung`); else a load step of
    10 % or less; else the harder variation the athlete may do, trimmed to take no longer;
    else a slow tempo swapped for fewer reps, so each set takes no longer; else a first
    load the athlete's kit makes; else, when ``blocked`` is a set more with reps and tempo
    at their caps, the smallest load step there is (:func:`past_caps`). A light session
    takes none of them (it stays light).
    """
    if ask.light or outcome(ask.dose, ask.log) != Outcome.TOP:
        return None
    dose, exercise = ask.dose, ask.exercise
    rung = None if blocked is None else shorter_rung(ask, blocked)
    if rung is not None:
        return rung
    loaded = _load_step(ask)
    if loaded is not None:
        return loaded
    harder, _ = ask.usable(exercise.harder)
    top = reference_range(exercise, dose, ask.level()).hi
    if harder is not None and (dose.amount.hi >= top or more_reps(ask, 1) is None):
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
        load = step_up(0, item)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, load_kg=load)),
            Change.load,
            f"Ready to progress, and the session is at its minutes: add the smallest load, "
            f"{kg(load)} ({words(item)}), which takes no longer.",
        )
    if blocked is not None and blocked.change is Change.sets:
        return past_caps(ask, "Ready to progress, but a set more does not fit your minutes")
    at_top = ask.streak(frozenset({Outcome.TOP})) + 1
    if blocked is not None and blocked.change is Change.reps and at_top >= HOLD_LIMIT:
        return past_caps(
            ask,
            f"{HOLD_LIMIT} sessions at the top of the range, and more reps do not fit your minutes",
            reps_blocked=True,
        )
    return None


def _harder_in_time(ask: Ask, harder: Exercise) -> Progression | None:
    """The harder variation, its reps trimmed (never below 5) so it takes no longer than now.

    A move from two legs to one starts at bodyweight: one leg now lifts what two did.
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
    trimmed = ""
    if dose_seconds(nd, DEFAULT_SETTINGS) > now:
        if nd.unit != "reps":
            return None
        amount = nd.amount
        fits = [
            fitted
            for by in range(1, amount.hi - _SWAP_TOP + 1)
            if dose_seconds(
                fitted := nd.with_amount(IntRange(max(5, amount.lo - by), amount.hi - by)),
                DEFAULT_SETTINGS,
            )
            <= now
        ]
        if not fits:
            return None
        nd = fits[0]
        new = attrs.evolve(new, dose=nd)
        trimmed = " (its reps set so it takes no longer than now)"
    return Progression(
        new,
        Change.variation,
        f"Ready to progress, and the session is at its minutes: move on to the harder "
        f"{harder.name} at {nd}{trimmed}, which takes no longer{start}.",
    )


def past_caps(ask: Ask, lead: str, *, reps_blocked: bool = False) -> Progression | None:
    """The smallest load step there is, once reps and tempo are at their caps, if allowed.

    For loaded work whose next step is over 10 % (no smaller one exists) and whose reps
    can rise no more (or, with ``reps_blocked``, may not rise within the athlete's minutes
    after :data:`~runstrength._progression.policy.HOLD_LIMIT` sessions at the top) and
    whose tempo is slow: the step comes now instead of a hold, back at the bottom of the
    range. For an
    Achilles athlete's calf work, the range drops by its width with the step, so the
    heavier load makes shorter sets, not harder ones. ``None`` at a load ceiling, for a
    light session, or while another route is open.
    """
    dose = ask.dose
    equipment = load_equipment(ask.exercise)
    lifted = base_load(dose, ask.log)
    if ask.light or equipment is None or lifted <= 0 or dose.unit != "reps":
        return None
    if not reps_blocked and more_reps(ask, growth(ask.exercise, dose)[0]) is not None:
        return None
    try:
        up = step_up(lifted, equipment)
    except InputError:
        return None
    most = ceiling(ask.exercise, equipment)
    if up <= lifted or (most is not None and up > most + 1e-9):
        return None
    new = attrs.evolve(dose, load_kg=up)
    back = f"start at {dose.amount.lo} reps and build up again"
    if achilles_calf(ask.fit.athlete, ask.exercise):
        width = dose.amount.hi - dose.amount.lo
        lower = IntRange(max(5, dose.amount.lo - width), max(5, dose.amount.hi - width))
        new = new.with_amount(lower)
        back = f"the reps drop to {lower}, so each set is shorter rather than harder"
    return Progression(
        attrs.evolve(ask.prescription, dose=new, choose_load=False),
        Change.load,
        f"{lead}: the load takes the smallest step the {words(equipment)} make, from "
        f"{kg(lifted)} to {kg(up)} (+{100 * share(lifted, up):.0f} %), taken now that the reps "
        f"are at the top and the tempo is slow; {back}.",
    )


def _load_step(ask: Ask) -> Progression | None:
    """One load step for loaded work, when the step is allowed (ceiling, Achilles)."""
    equipment = load_equipment(ask.exercise)
    lifted = base_load(ask.dose, ask.log)
    if equipment is None or lifted <= 0 or outcome(ask.dose, ask.log) != Outcome.TOP:
        return None
    try:
        up = step_up(lifted, equipment)
    except InputError:
        return None
    most = ceiling(ask.exercise, equipment)
    if (most is not None and up > most + 1e-9) or big_step(lifted, up):
        return None  # a step over 10 % is never taken for want of time
    dose = attrs.evolve(ask.dose, load_kg=up)
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.load,
        f"Ready to progress, and the session is at its minutes: the load rises from "
        f"{kg(lifted)} to {kg(up)} (+{100 * share(lifted, up):.0f} %), which takes no longer.",
    )


def _tempo_swap(ask: Ask) -> Progression | None:
    """A slower tempo with fewer reps, so that a set takes no longer than now.

    No tempo yet: the slow tempo. A slow tempo already: a pause of one second more at the
    bottom (up to :data:`_MOST_PAUSE`). Loaded work takes it only when its load step is
    closed (it is tried after :func:`_load_step`), never with a load still to choose, and
    never below :data:`_SWAP_TOP` reps at the top of the range.
    """
    dose = ask.dose
    if dose.unit != "reps" or ask.exercise.plyometric or ask.prescription.choose_load:
        return None
    old = dose.tempo
    if old is None:
        tempo = slow_tempo(ask)
        per_rep = DEFAULT_SETTINGS.seconds_per_rep
        what = f"slow the reps down (tempo {tempo}, {tempo.eccentric} s lowering)"
    elif old.pause < _MOST_PAUSE:
        tempo = attrs.evolve(old, pause=old.pause + 1)
        per_rep = old.seconds_per_rep
        what = f"pause {tempo.pause} s at the bottom of each rep (tempo {tempo})"
    else:
        return None
    top = math.floor(dose.amount.hi * per_rep / tempo.seconds_per_rep)
    by = dose.amount.hi - top
    if by <= 0 or top < _SWAP_TOP:
        return None
    amount = attrs.evolve(dose.amount, lo=max(_SWAP_TOP - 3, dose.amount.lo - by), hi=top)
    new = attrs.evolve(dose.with_amount(amount), tempo=tempo)
    return Progression(
        attrs.evolve(ask.prescription, dose=new),
        Change.tempo,
        f"Ready to progress, and the session is at its minutes: {what} and do {amount} reps "
        f"instead of {dose.amount}, so each set takes no longer.",
    )


def light_keep(ask: Ask, keep: str) -> str:
    """Why a light session keeps ``keep``: the strength session carries it, when it does.

    The claim is made only when the week's strength sessions train one of the exercise's
    prime movers; otherwise the reason says the work is kept as maintenance.
    """
    shared = ordered(ask.exercise.primary & ask.carried)
    if shared:
        return (
            f"this is a light session, so keep {keep}; the strength session carries the "
            f"progression for the {prose(shared)}"
        )
    mine = ordered(ask.exercise.primary)
    them = "it" if len(mine) == 1 else "them"
    return (
        f"this is a light session, so keep {keep} as maintenance for the {prose(mine)}; no "
        f"strength session this week trains {them}, so it holds here rather than make the "
        "light day hard"
    )


def prose(items: Sequence[object]) -> str:
    """Items as words in a sentence: ``a``, ``a and b``, ``a, b and c``.

    >>> from runstrength import Muscle
    >>> prose([Muscle.quadriceps, Muscle.glutes])
    'quadriceps and glutes'
    """
    names = [words(item) for item in items]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def finish(ask: Ask, step: Progression) -> Progression:
    """A decided step made honest: its tag matches its change; Achilles calf work stays slow.

    A step named as making the work harder that changes nothing is a hold. For an
    Achilles athlete, a step into calf work brings :data:`ACHILLES_TEMPO` with the new
    exercise, a step that keeps the exercise never drops a slow tempo it had, and the reason
    ends with the pain rule and :data:`~runstrength._progression.limits.ACHILLES_NOTE`.
    """
    if step.change is Change.stop:
        return step
    old, nxt, change, reason = ask.prescription, step.next, step.change, step.reason
    target = ask.catalog.get(nxt.exercise)
    if target is not None and achilles_calf(ask.fit.athlete, target):
        if nxt.exercise != old.exercise:
            nxt = attrs.evolve(nxt, dose=tendon_tempo(nxt.dose))
        elif _slow(old.dose.tempo) and not _slow(nxt.dose.tempo):
            nxt = attrs.evolve(nxt, dose=attrs.evolve(nxt.dose, tempo=old.dose.tempo))
        reason = noted(reason, nxt.dose)  # the pain rule, every week
    if change in _PROGRESSING and nxt.exercise == old.exercise and nxt.dose == old.dose:
        change = Change.none
    if (nxt, change, reason) == (step.next, step.change, step.reason):
        return step
    return Progression(nxt, change, reason)


def _slow(tempo: Tempo | None) -> bool:
    return tempo is not None and tempo.eccentric >= ACHILLES_TEMPO.eccentric
