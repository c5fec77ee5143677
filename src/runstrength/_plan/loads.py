"""Loads: a known lift turned into a working load, or an instruction to choose one by effort."""

from __future__ import annotations

from runstrength._model.athlete import Lift
from runstrength._model.dose import Dose, IntRange, effort_reps
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Equipment, Focus, Level
from runstrength._plan.choose import Profile, needs_load
from runstrength._progression.loadmath import estimate_1rm, load_for, round_load

__all__ = ["is_loaded_work", "load_item", "set_load", "working_load"]


def is_loaded_work(exercise: Exercise, dose: Dose, profile: Profile, focus: Focus) -> bool:
    """Whether the plan must say how much load the exercise takes.

    It must when the exercise needs a weight or machine, or in a strength session for an
    intermediate or advanced athlete who has an item that loads it (reps only: a hold or
    a band walk stays at bodyweight).
    """
    if exercise.plyometric:
        return False
    if needs_load(exercise):
        return True
    return (
        focus is Focus.strength
        and profile.level is not Level.beginner
        and dose.unit == "reps"
        and not profile.equipment.isdisjoint(exercise.load_with)
    )


def load_item(exercise: Exercise, profile: Profile) -> Equipment | None:
    """The item that carries the load.

    A barbell for an advanced lifter where it can, else the first the exercise names that
    the athlete has.
    """
    options = [e for e in exercise.load_with if e in profile.equipment]
    for group in exercise.equipment:
        options += [e for e in sorted(group) if e in profile.equipment and e not in options]
    if profile.level is Level.advanced and Equipment.barbell in options:
        return Equipment.barbell
    return options[0] if options else None


def set_load(one_rm: float, reps: IntRange, rir: IntRange, item: Equipment) -> float:
    """The load for the set the watch counts, rounded down to what ``item`` can make.

    The set is the bottom of ``reps`` with the middle of ``rir`` in reserve
    (:func:`~runstrength._model.dose.effort_reps`); a half between two rows of the RTS
    chart reads the load halfway between them.

    Raises:
        InputError: The set is beyond the RTS chart (more than 15 reps in all).
    """
    times = effort_reps(reps, rir)
    low, high = int(times), -int(-times // 1)
    load = (load_for(one_rm, low) + load_for(one_rm, high)) / 2
    return round_load(load, item)


def working_load(
    exercise: Exercise, dose: Dose, profile: Profile, settings: RuleSettings
) -> tuple[float | None, Reason | None]:
    """The load in kg from the athlete's known lift with a note, or ``None`` and no note.

    With no load the athlete chooses one by effort, as the views say (``load_advice``).

    A known lift gives an estimated 1RM (Epley, reps in reserve counted as reps), then the
    load for the set the watch counts (:func:`set_load`: the bottom of the rep range with
    the middle of the target reps in reserve, the RTS chart), rounded down to what the
    item can make; the note names that set.
    """
    rir = dose.rir if dose.rir is not None else settings.reps_in_reserve
    lift: Lift | None = profile.lifts.get(exercise.id)
    if lift is None:
        return None, None  # no known lift: nothing to work a load out from, whatever the item
    item = load_item(exercise, profile)
    if item is None or dose.unit != "reps":
        return None, None
    try:
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        load = set_load(one_rm, dose.amount, rir, item)
    except InputError:
        return None, None
    if load <= 0:
        return None, None
    said: dict[str, Param] = {
        "exercise": exercise.id,
        "load_kg": load,
        "item": item.value,
        "reps": dose.amount.lo,
        "rir": str(rir),
    }
    said |= {"lift_kg": lift.load_kg, "lift_reps": lift.reps}
    if lift.rir:
        return load, say("load.for_set_in_reserve", lift_rir=lift.rir, **said)
    return load, say("load.for_set", **said)
