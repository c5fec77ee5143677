"""A stall that outlasts its reset: another exercise for a few weeks, then back.

When a lift has stalled, been taken heavier and shorter, been reset to its usual range
one load step back, and stalled again, more of the same will not move it. A coach swaps
the exercise for :data:`SWAP_WEEKS` weeks (project convention, after 003's advice to
vary the stimulus): a goblet squat for a split squat where the session keeps a single-leg
move without it, else a front-foot-elevated split squat or the reverse lunge, else the
nearest sibling at the same level that trains the same patterns, never one the week
already holds. The session keeps every pattern group it covers, and the lift's rest. The
swap's prescription names the lift it stands in for (:data:`STALL_SWAP`), and after
:data:`SWAP_WEEKS` sessions of it the lift comes back at the load it stalled at and its
usual range (:func:`swap_back`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import text_of, to_reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Change, Focus, Pain, Pattern
from runstrength._progression.ask import LATER_STEPS, no_more, switch
from runstrength._progression.limits import reference_range
from runstrength._progression.marks import marked, unmarked
from runstrength._progression.policy import base_load
from runstrength._progression.standin import groups
from runstrength._views.wording import kg

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._progression.ask import Ask

__all__ = ["STALL_SWAP", "SWAP_WEEKS", "stall_swap", "swap_back", "swapped_for"]

SWAP_WEEKS: Final = 4
"""Weeks a stalled lift gives its place to another exercise (project convention)."""

STALL_SWAP: Final = "In place of {name} for {weeks} weeks after a stall: "
"""How a swap's prescription reason opens, naming the lift it stands in for."""

_SWAP_LEAD: Final = STALL_SWAP.split("{name}", 1)[0]
"""What every swap's reason starts with, whatever the lift: a quick test before the names."""

_FIRST_CHOICES: Final = {
    "bulgarian_split_squat": ("goblet_squat", "front_foot_elevated_split_squat", "reverse_lunge"),
    "split_squat": ("goblet_squat", "front_foot_elevated_split_squat", "reverse_lunge"),
}
"""The swaps a coach reaches for first, in order, when they are in the catalog: a
bilateral squat [003: the goblet squat opens its sample session], else a steadier split
squat, else the reverse lunge [003: "less forward knee stress than some forward lunge
variations"]; otherwise a same-level sibling."""


def _candidates(ask: Ask) -> list[Exercise]:
    exercise = ask.exercise
    first = [ask.catalog.get(name) for name in _FIRST_CHOICES.get(exercise.id, ())]
    level = LATER_STEPS.get(exercise.id, exercise.level)  # the level it is built on from
    near = sorted(
        (
            other
            for other in ask.catalog
            if other.patterns == exercise.patterns
            and LATER_STEPS.get(other.id, other.level) == level
            and not other.plyometric
            and other.id not in (exercise.id, exercise.easier, exercise.harder)
        ),
        key=lambda other: other.id,
    )
    found = [ex for ex in [*first, *near] if ex is not None and ex.id not in ask.week]
    return list({ex.id: ex for ex in found}.values())


def stall_swap(ask: Ask, lead: str) -> Progression | None:
    """Another exercise for :data:`SWAP_WEEKS` weeks, when the reset after a stall stalled too.

    The swap takes no more sets or reps than now and the lift's rest; it carries the load
    lifted when it is loaded with the same kit and works as many legs at a time, else the
    athlete chooses one. It is never
    an exercise the week holds in another session. ``None`` when no exercise the athlete
    may do keeps the session's pattern groups.
    """
    if ask.light:
        return None
    focus = Focus.strength
    others = sorted(ask.avoid)
    have = groups(ask.catalog, focus, [*others, ask.exercise.id])
    lifted = base_load(ask.dose, ask.log)
    for found in _candidates(ask):
        usable, _ = ask.usable(found.id)
        if usable is None or not have <= groups(ask.catalog, focus, [*others, found.id]):
            continue
        new = switch(ask, usable, easier=False)
        dose = no_more(new.dose, ask.dose)
        most = min(ask.dose.sets.hi, new.dose.sets.hi)
        dose = attrs.evolve(dose, sets=IntRange(max(new.dose.sets.lo, min(most, ask.dose.sets.lo))))
        # the load carries over only to work on as many legs: a goblet squat holding the
        # Bulgarian split squat's dumbbell would be a month's deload, so its load is chosen
        one_leg = (Pattern.single_leg in usable.patterns) == (
            Pattern.single_leg in ask.exercise.patterns
        )
        same = bool(set(usable.load_with) & set(ask.exercise.load_with)) and lifted > 0 and one_leg
        dose = attrs.evolve(dose, load_kg=lifted if same else None)
        # the main lift's rest: no shorter for the work it now carries, no longer for time
        dose = attrs.evolve(dose, rest_seconds=ask.dose.rest_seconds)
        mark = say(
            "progress.swap.mark",
            exercise=ask.exercise.id,
            exercise_name=ask.exercise.name,
            weeks=SWAP_WEEKS,
        )
        reason = marked(mark, new.reason) if text_of(new.reason) else to_reason(mark.text + " ")
        new = attrs.evolve(new, dose=dose, choose_load=not same and new.choose_load, reason=reason)
        load = f" at {kg(lifted)}" if same else ", choosing a load that leaves 2 in reserve"
        why = say(
            "progress.swap",
            lead=lead,
            weeks=SWAP_WEEKS,
            exercise=usable.id,
            exercise_name=usable.name,
            load=load,
            dose=str(dose),
            other=ask.exercise.id,
            other_name=ask.exercise.name,
            lifted_kg=lifted,
        )
        return Progression(new, Change.variation, why)
    return None


def swapped_for(ask: Ask) -> Exercise | None:
    """The lift ``ask``'s exercise stands in for after a stall, if its reason names one."""
    reason = text_of(ask.prescription.reason)
    if not reason.startswith(_SWAP_LEAD):
        return None
    for other in ask.catalog:
        if reason.startswith(STALL_SWAP.format(name=other.name, weeks=SWAP_WEEKS)):
            return other
    return None


def swap_back(ask: Ask, history: Sequence[ExerciseLog]) -> Progression | None:
    """The stalled lift back after :data:`SWAP_WEEKS` sessions of its swap.

    ``history`` holds the earlier logs of every exercise, oldest first. The lift returns
    at the load last lifted on it and its usual range, with no more sets than now.
    """
    lift = None if ask.light else swapped_for(ask)
    if lift is None or ask.log.pain is not Pain.none:
        return None
    done = [h for h in ask.history if len(h.sets) == len(ask.log.sets)]
    if len(done) + 1 < SWAP_WEEKS:
        return None
    usable, _ = ask.usable(lift.id)
    if usable is None:
        return None
    last = next((h for h in reversed(history) if h.exercise == lift.id), None)
    loads = [] if last is None else [float(s.load_kg) for s in last.sets if s.load_kg]
    load = min(loads) if loads else None
    new = switch(ask, usable, easier=False)
    usual = reference_range(usable, new.dose, ask.level())
    dose = attrs.evolve(new.dose.with_amount(usual), load_kg=load)
    mark = STALL_SWAP.format(name=lift.name, weeks=SWAP_WEEKS)
    new = attrs.evolve(
        new,
        dose=dose,
        choose_load=load is None and new.choose_load,
        reason=unmarked(ask.prescription.reason, mark),
    )
    at = "" if load is None else f" at {kg(load)}, the load it stalled at,"
    back = say(
        "progress.swap.back",
        weeks=SWAP_WEEKS,
        other=ask.exercise.id,
        other_name=ask.exercise.name,
        exercise=lift.id,
        exercise_name=lift.name,
        at=at,
        dose=str(dose),
    )
    return Progression(new, Change.variation, back)
