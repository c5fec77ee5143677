"""Loads that climb: the strength phase's double progression and the way back after pain.

- :func:`fewer_reps`: a main lift with a load in kg drops to the strength phase's reps
  only together with a load rise (heavier for fewer reps), never at the same load.
- :func:`held_at_top`: a main lift at the phase's reps whose sets all reached the top,
  held by the progression (no time for more reps first): the load rises one step.
- :func:`after_mild_pain`, :func:`after_pain` and :func:`near_pain`: an exercise back
  after mild pain says so, and the others in its movement hold that week.
- :func:`last_lifted`: the load each exercise was last lifted at, for the step back
  after weeks off.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription
from runstrength._model.reason import Param, Reason, parts_of
from runstrength._model.reasons import say
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Pain, Pattern
from runstrength._progression.bodyload import body_weight_dominant, small_step_range
from runstrength._progression.limits import big_step, step_within
from runstrength._progression.policy import load_equipment

__all__ = [
    "NOT_A_MOVEMENT",
    "after_mild_pain",
    "after_pain",
    "fewer_reps",
    "held_at_top",
    "last_lifted",
    "near_pain",
    "peak_lifted",
    "reps_past_top",
]

NOT_A_MOVEMENT = frozenset({Pattern.single_leg, Pattern.isometric, Pattern.isolation})
"""Patterns that say how an exercise is done, not which movement it trains: a calf raise on
one leg is not a split squat's movement."""

_SAME = 1e-9

_PROMISE = "one_change.waits_a_week.next"
"""The code of a reason that names next week's dose of a change that waits."""


def _promised(before: Prescription, load: float) -> IntRange | None:
    """The range ``before``'s reason promised for this week at ``load``, if it did."""
    for part in parts_of(before.reason):
        if not isinstance(part, Reason) or part.code != _PROMISE:
            continue
        words = str(part.params.get("next_words", "")).split(", ")
        if f"{load:g} kg" not in words:
            return None
        for word in words:
            ends = word.split("\u2013")
            if len(ends) == 2 and all(end.isdigit() for end in ends):
                return IntRange(int(ends[0]), int(ends[1]))
    return None


def fewer_reps(
    rx: Prescription,
    before: Prescription | None,
    amount: IntRange,
    exercise: Exercise,
    *,
    earned: bool = False,
    log: ExerciseLog | None = None,
) -> Prescription:
    """A main lift with a load in kg, moving to the strength phase's ``amount`` of reps.

    The reps fall only together with a load rise (double progression): where the logs
    raised the load since ``before`` (last week's prescription), it comes with ``amount``;
    where every set reached the top of a range above ``amount`` (the logs raised the reps
    at the same load), the load rises one step and the reps fall to ``amount`` (heavier
    for fewer reps: one change, of load). A step of more than 10 % (a
    :func:`~runstrength._progression.limits.big_step`) is earned first (ACSM 2009: 2–10 %
    a step, once 1–2 reps over the target are done): it comes only once ``before``'s
    reps are already past the range the load started at (``earned``, see
    :func:`reps_past_top`); until then the reps rise past the range, as the progression
    has them; an earned step held back by the session's changes (``log`` reached the
    top of ``before``'s range) is taken here. Otherwise the range holds at the load until
    the load rises. Sets coming back (after time off or lighter weeks) go first: the reps
    and the load wait a week. On a move where the body is most of the load, a step in the
    hand takes 2 reps off at most (:func:`~runstrength._progression.bodyload.small_step_range`),
    and a load ``before``'s reason promised for this week comes with the reps it promised.
    """
    load = rx.dose.load_kg
    was = None if before is None else before.dose.load_kg
    if before is None or load is None or was is None:
        return rx
    old = before.dose.amount
    if rx.dose.sets != before.dose.sets:
        same = abs(load - was) < _SAME and rx.dose.unit == before.dose.unit
        return attrs.evolve(rx, dose=rx.dose.with_amount(old)) if same else rx
    if load > was + _SAME:
        reps = _promised(before, load) or small_step_range(old, amount, exercise)
        named: dict[str, Param] = {"was_kg": was, "load_kg": load, "amount": str(reps)}
        reason = (
            _heavier(was, load, old, reps, amount)
            if body_weight_dominant(exercise)
            else say("phase.strength.heavier", **named)
        )
        return attrs.evolve(rx, dose=rx.dose.with_amount(reps), reason=reason)
    same = abs(load - was) < _SAME
    topped = same and rx.dose.amount.lo > old.lo and old.hi > amount.hi
    if same and earned and rx.dose == before.dose and old.hi > amount.hi:
        topped = _all_top(before.dose, log)  # held for the session's other changes
    item = load_equipment(exercise)
    up = None if not topped or item is None else step_within(exercise, load, item)
    if up is None or (big_step(load, up) and not earned):
        return rx
    reps = small_step_range(old, amount, exercise)
    reason = (
        say("phase.strength.topped", top=old.hi, load_kg=load, up_kg=up, amount=str(reps))
        if reps == amount
        else _heavier(load, up, old, reps, amount)
    )
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=up).with_amount(reps), reason=reason)


def _heavier(was: float, load: float, old: IntRange, reps: IntRange, phase: IntRange) -> Reason:
    """Why the load rose from ``was`` to ``load`` with ``reps`` after ``old``."""
    named: dict[str, Param] = {"was_kg": was, "load_kg": load, "amount": str(reps)}
    if reps == phase or reps.hi < old.hi - 2:
        return say("phase.strength.heavier", **named)
    if reps == old:
        return say("phase.strength.small_step", **named)
    return say("phase.strength.small_step.fewer", **named)


def reps_past_top(before: Prescription | None, earlier: Sequence[Prescription]) -> bool:
    """Whether ``before``'s reps already rose past the range its load started at.

    ``earlier`` holds the exercise's prescriptions of the week before ``before``'s. True
    when one of them had ``before``'s load and unit with a lower top: the sets went past
    the top at that load, so a load step of more than 10 % has been earned.
    """
    if before is None or before.dose.load_kg is None:
        return False
    dose = before.dose
    return any(
        rx.dose.load_kg is not None
        and abs(rx.dose.load_kg - (dose.load_kg or 0.0)) < _SAME
        and rx.dose.unit == dose.unit
        and rx.dose.amount.hi < dose.amount.hi
        for rx in earlier
    )


def held_at_top(
    rx: Prescription,
    before: Prescription | None,
    log: ExerciseLog | None,
    exercise: Exercise,
    *,
    earned: bool = False,
) -> Prescription:
    """A main lift at the phase's reps, held though every set reached the top: heavier.

    ``log`` reached the top of the range at the target reps in reserve, pain-free, and
    the progression held ``before``'s dose (more reps first would outgrow the session, or
    the session's changes went elsewhere): the load rises one step and the reps start
    again at the bottom of the range, a change that takes no longer. A step of more than
    10 % (a :func:`~runstrength._progression.limits.big_step`) is taken here only once
    ``earned`` (see :func:`reps_past_top`): otherwise the progression raises the reps past
    the range first, and the step comes after them.
    """
    dose = rx.dose
    if before is None or log is None or before.dose != dose or dose.load_kg is None:
        return rx
    if dose.amount.hi - dose.amount.lo < 3 or not _all_top(dose, log):
        return rx
    item = load_equipment(exercise)
    up = None if item is None else step_within(exercise, dose.load_kg, item)
    if up is None or (big_step(dose.load_kg, up) and not earned):
        return rx
    return attrs.evolve(
        rx,
        dose=attrs.evolve(dose, load_kg=up),
        reason=say(
            "phase.strength.topped_held",
            top=dose.amount.hi,
            load_kg=dose.load_kg,
            up_kg=up,
            lo=dose.amount.lo,
        ),
    )


def _all_top(dose: Dose, log: ExerciseLog | None) -> bool:
    """Whether every set of ``log`` reached the top of ``dose`` at its load and reserve."""
    if log is None or log.pain is not Pain.none or not log.sets:
        return False
    for done in log.sets:
        amount = getattr(done, dose.unit)
        if amount is None or amount < dose.amount.hi or (done.load_kg or 0.0) < (dose.load_kg or 0):
            return False
        if dose.rir is not None and (done.rir is None or done.rir < dose.rir.lo):
            return False
    return True


def after_mild_pain(history: Sequence[WeekRecord]) -> dict[str, float | None]:
    """Exercises whose latest log had mild pain and that last week's plan did not hold.

    They come back this week (an easier variation took their place while the pain
    settled); each with the lightest load logged in the session that hurt.
    """
    if not any(log.pain is Pain.mild for record in history for log in record.logs):
        return {}  # no mild pain at all (or no history): nothing to bring back
    held = {rx.exercise for s in history[-1].plan.sessions for rx in s.exercises}
    latest: dict[str, ExerciseLog] = {}
    for record in history:
        for log in record.logs:
            latest[log.exercise] = log
    return {
        name: min((s.load_kg for s in log.sets if s.load_kg), default=None)
        for name, log in sorted(latest.items())
        if log.pain is Pain.mild and name not in held
    }


def last_lifted(history: Sequence[WeekRecord]) -> dict[str, float]:
    """The load each exercise was last lifted at: the lightest set of its latest loaded log."""
    found: dict[str, float] = {}
    for record in history:
        for log in record.logs:
            loads = [s.load_kg for s in log.sets if s.load_kg]
            if loads:
                found[log.exercise] = min(loads)
    return found


def peak_lifted(history: Sequence[WeekRecord]) -> dict[str, float]:
    """The heaviest load each exercise was lifted at in ``history`` (every set counted)."""
    found: dict[str, float] = {}
    for record in history:
        for log in record.logs:
            for s in log.sets:
                if s.load_kg:
                    found[log.exercise] = max(found.get(log.exercise, 0.0), s.load_kg)
    return found


def after_pain(rx: Prescription, was: float | None) -> Prescription:
    """``rx`` back after mild pain, saying so: lighter than ``was`` before it, the pain rule."""
    load = rx.dose.load_kg
    if was and load and load < was - _SAME:
        said = say("season.after_pain.lighter", load_kg=load, was_kg=was)
    else:
        said = say("season.after_pain")
    return attrs.evolve(rx, reason=said)


def near_pain(exercise: Exercise, back: dict[str, float | None], catalog: Catalog) -> bool:
    """Whether ``exercise`` shares a movement with one of ``back`` (back after mild pain).

    One step up in that movement a week: the exercise that hurt comes back, and the
    others in its movement hold a week (the phase's second week moves them on).
    """
    mine = exercise.patterns - NOT_A_MOVEMENT
    for name in back:
        found = catalog.get(name)
        if found is not None and not found.patterns.isdisjoint(mine):
            return True
    return False
