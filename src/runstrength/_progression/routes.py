"""Routes forward when the usual next step is closed: no load step, or no time to add.

- :func:`more_reps`: the range raised, within the exercise's cap.
- :func:`tempo_or_set`: a slow tempo, else a set more.
- :func:`without_load`: progress loaded work whose load may not rise (a load ceiling, or a
  step too big for an Achilles): a harder variation, more reps, a tempo or a set, else a
  hold that says why.
- :func:`time_neutral`: a step that adds no time, for a session at its minutes: a load step
  of 10 % or less, the harder variation the athlete may do, a slow tempo swapped for fewer
  reps, or a first load. A step over 10 % is never taken for want of time.

Each route changes one thing (RS401); a slow tempo swapped for fewer reps counts as one
change, of tempo, since the work per set takes no longer.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import attrs

from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Change, Level, Pattern, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.limits import (
    ACHILLES_NOTE,
    ACHILLES_TEMPO,
    achilles_calf,
    big_step,
    ceiling,
    first_load,
    share,
    tendon_tempo,
)
from runstrength._progression.loadmath import step_up
from runstrength._progression.policy import (
    SET_CAP,
    SLOW_TEMPO,
    Outcome,
    base_load,
    growth,
    load_equipment,
    outcome,
    shifted,
)
from runstrength._progression.tendon import HOLD_NOTE
from runstrength._views.wording import UNIT_SUFFIX, kg, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.dose import Tempo
    from runstrength._model.plan import Prescription

__all__ = [
    "finish",
    "light_keep",
    "more_reps",
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
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets)),
            Change.sets,
            f"{lead}: add a set instead ({dose.sets} to {sets} sets).",
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
    return hold(
        ask.prescription,
        f"{why}: keep {dose} at {load}, reps, tempo and sets at their caps, until a "
        "step of 10 % or less is possible.",
    )


def time_neutral(ask: Ask) -> Progression | None:
    """A step that takes no more time than now, for a session at its minutes, if any.

    The harder variation the athlete may do when it takes no longer; else a slow tempo
    swapped for fewer reps, so each set takes no longer; else a first load the athlete's
    kit makes. A light session takes none of them (it stays light).
    """
    if ask.light or outcome(ask.dose, ask.log) != Outcome.TOP:
        return None
    dose, exercise = ask.dose, ask.exercise
    loaded = _load_step(ask)
    if loaded is not None:
        return loaded
    now = dose_seconds(dose, DEFAULT_SETTINGS)
    harder, _ = ask.usable(exercise.harder)
    if harder is not None:
        new = switch(ask, harder, easier=False)
        if dose_seconds(new.dose, DEFAULT_SETTINGS) <= now:
            return Progression(
                new,
                Change.variation,
                f"Ready to progress, and the session is at its minutes: move on to the harder "
                f"{harder.name} at {new.dose}, which takes no longer.",
            )
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
            f"Ready to progress, and the session is at its minutes: add a first load, "
            f"{kg(load)} ({words(item)}), which takes no longer.",
        )
    return None


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
    """A slow tempo with fewer reps, so that a set takes no longer than now.

    Unloaded work only (loaded work takes a load step instead), and never below
    :data:`_SWAP_TOP` reps at the top of the range.
    """
    if not _can_slow(ask):
        return None
    dose = ask.dose
    tempo = slow_tempo(ask)
    top = math.floor(dose.amount.hi * DEFAULT_SETTINGS.seconds_per_rep / tempo.seconds_per_rep)
    by = dose.amount.hi - top
    if by <= 0 or top < _SWAP_TOP or dose.load_kg or ask.prescription.choose_load:
        return None
    amount = attrs.evolve(dose.amount, lo=max(_SWAP_TOP - 3, dose.amount.lo - by), hi=top)
    new = attrs.evolve(dose.with_amount(amount), tempo=tempo)
    return Progression(
        attrs.evolve(ask.prescription, dose=new),
        Change.tempo,
        f"Ready to progress, and the session is at its minutes: slow the reps down (tempo "
        f"{tempo}, {tempo.eccentric} s lowering) and do {amount} reps instead of "
        f"{dose.amount}, so each set takes no longer.",
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
    ends with :data:`ACHILLES_NOTE`.
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
        note = ACHILLES_NOTE if nxt.dose.unit == "reps" else HOLD_NOTE  # a hold has no lowering
        if note not in reason:
            reason = f"{reason} {note}"
    if change in _PROGRESSING and nxt.exercise == old.exercise and nxt.dose == old.dose:
        change = Change.none
    if (nxt, change, reason) == (step.next, step.change, step.reason):
        return step
    return Progression(nxt, change, reason)


def _slow(tempo: Tempo | None) -> bool:
    return tempo is not None and tempo.eccentric >= ACHILLES_TEMPO.eccentric
