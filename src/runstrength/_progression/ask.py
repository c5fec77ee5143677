"""What one progression decision reads, and the small steps every decision is made of."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, final

import attrs

from runstrength._model.clean import clean_cut
from runstrength._model.dose import Dose, IntRange
from runstrength._model.logs import Progression
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason
from runstrength._model.vocab import Change, Level, Muscle, Pain, Pattern
from runstrength._progression.fit import Fit, needs_load
from runstrength._progression.limits import reference_range
from runstrength._progression.policy import Outcome, base_load, level_of, mastery_cap, outcome

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from runstrength._model.catalog import Catalog
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog

__all__ = [
    "ENDURANCE_DRILLS",
    "LATER_STEPS",
    "MASTERED_PAST_TOP",
    "STRENGTH_STEPS",
    "Ask",
    "harder_links",
    "hold",
    "no_more",
    "stint",
    "stint_at",
    "switch",
]

ENDURANCE_DRILLS = frozenset({"walking_lunge"})
"""Exercises 003 names for leg endurance and stride control, not heavier strength: a
beginner's lift never moves on to one as its harder variation (a beginner keeps the lift
and slows it; 003: "start with stationary split squats before using walking lunges")."""

LATER_STEPS: dict[str, Level] = {
    "bulgarian_split_squat": Level.intermediate,
    "split_stance_pallof_press": Level.advanced,
    "single_leg_bent_knee_calf_raise": Level.advanced,
}
"""Harder variations a beginner reaches only from a mastered easier lift, and the level a
session is built on them from (003: "start with a regular split squat before elevating
the back foot"; a Pallof press is learnt in its steady stance before the split one; a
bent-knee calf raise goes single-leg for advanced athletes)."""

STRENGTH_STEPS: frozenset[str] = frozenset({"single_leg_bent_knee_calf_raise"})
"""Later steps (:data:`LATER_STEPS`) a light session never moves on to below their level:
a light day's bent-knee calf raise takes turns with its hold, which rises 5 s a step,
while a strength session's goes single-leg once the two-leg raise is mastered."""


def stint(history: Sequence[ExerciseLog], exercise_id: str, week_size: int) -> int | None:
    """How many of the exercise's logs at the end of ``history`` come from weeks in a row.

    ``history`` is every exercise's logs, week after week, and ``week_size`` the number of
    logs a week holds. A run of ``2 * week_size - 1`` or more logs of other exercises
    between two of its logs (``week_size`` or more after its last) is a week or more
    without it: the logs before belong to an earlier run. ``None`` when every log of the
    exercise is in the current run.

    >>> from runstrength import ExerciseLog, SetLog
    >>> a, b = (ExerciseLog(exercise=x, sets=[SetLog(reps=10)]) for x in "ab")
    >>> stint([a, b, a, b], "a", 2), stint([a, b, b, b, a, b], "a", 2), stint([a, b, b], "a", 2)
    (None, 1, 0)
    """
    count = between = 0
    limit = week_size
    for log in reversed(history):
        if log.exercise != exercise_id:
            between += 1
            continue
        if between >= limit:
            return count
        count += 1
        between = 0
        limit = 2 * week_size - 1
    return None


def stint_at(positions: Sequence[int], length: int, week_size: int) -> int | None:
    """:func:`stint` worked out from where the exercise's logs are in the history.

    ``positions`` are the indices of the exercise's logs in a history of ``length`` logs,
    in order: the walk back passes over them alone, not over every log.
    """
    limit = week_size
    after = length  # the index just past the log looked at
    for count, position in enumerate(reversed(positions)):
        if after - position - 1 >= limit:  # the logs of other exercises in between
            return count
        limit = 2 * week_size - 1
        after = position
    return None


MASTERED_PAST_TOP = 4
"""Reps past the top of its own range (or a slowed tempo) that make a beginner's lift
mastered, so a later step opens (project convention): two steps of growth, not one week."""


_TOP = frozenset({Outcome.TOP})


def _shape(log: ExerciseLog) -> tuple[tuple[int | None, int | None, int | None, float | None], ...]:
    """How a log was done: each set's amounts and load."""
    return tuple((s.reps, s.seconds, s.steps, s.load_kg) for s in log.sets)


@functools.lru_cache(maxsize=32)  # keyed on the catalog alone: its links never change
def harder_links(catalog: Catalog) -> Mapping[str, tuple[Exercise, ...]]:
    """Each exercise id with the exercises whose ``easier`` link names it, by level then id."""
    found: dict[str, list[Exercise]] = {}
    for other in catalog:
        if other.easier is not None:
            found.setdefault(other.easier, []).append(other)
    return {
        name: tuple(sorted(group, key=lambda other: (other.level, other.id)))
        for name, group in found.items()
    }


@final
@attrs.frozen
class Ask:
    """One decision's inputs.

    Args:
        prescription: What was prescribed.
        log: What was done.
        exercise: The prescription's catalog exercise.
        catalog: Where variations are looked up.
        fit: Who the next step must suit.
        history: Earlier logs of the same exercise, oldest first.
        light: Whether the exercise sits in a light session (it stays light).
        avoid: Exercise ids the step may not move into (already in the session).
        carried: The muscles the week's strength sessions train as prime movers (what a
            light session may leave them to progress).
        week: Exercise ids the week's sessions hold (a swap or a stand-in for some
            weeks goes to none of them).
        stint: How many of the last ``history`` logs come from the exercise's current run
            of weeks in a row (``None``: all of them). An exercise back after weeks away
            starts a new run: its older logs count for loads and pain, not for how long
            it has held (:meth:`recent`).
    """

    prescription: Prescription
    log: ExerciseLog
    exercise: Exercise
    catalog: Catalog
    fit: Fit = attrs.field(factory=Fit)
    history: tuple[ExerciseLog, ...] = ()
    light: bool = False
    avoid: frozenset[str] = frozenset()
    carried: frozenset[Muscle] = frozenset()
    week: frozenset[str] = frozenset()
    stint: int | None = None
    # What :meth:`result`, :meth:`waited` and :meth:`streak` found (the latter by its
    # arguments): the fields above never change, and every step of a decision asks again.
    _result: list[str] = attrs.field(init=False, factory=list, eq=False, repr=False)
    _waited: list[int] = attrs.field(init=False, factory=list, eq=False, repr=False)
    _streaks: dict[tuple[frozenset[str], bool], int] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    @property
    def recent(self) -> tuple[ExerciseLog, ...]:
        """The logs of the exercise's current run of weeks in a row, oldest first."""
        if self.stint is None:
            return self.history
        return self.history[len(self.history) - self.stint :]

    @property
    def dose(self) -> Dose:
        """The prescribed dose."""
        return self.prescription.dose

    def avoiding(self, more: frozenset[str] | set[str]) -> Ask:
        """The same ask with ``more`` exercise ids to avoid, keeping what it worked out.

        How the log went and its streaks do not depend on what is avoided.
        """
        wider = attrs.evolve(self, avoid=self.avoid | more)
        wider._result.extend(self._result)
        wider._waited.extend(self._waited)
        wider._streaks.update(self._streaks)
        return wider

    def result(self) -> str:
        """How the log went against the dose (:func:`~runstrength._progression.policy.outcome`)."""
        if not self._result:
            self._result.append(outcome(self.dose, self.log))
        return self._result[0]

    def waited(self) -> int:
        """Sessions in a row before this one that ended at the top of the range, unchanged.

        A session counts when it was logged the same as this one (the same sets, amounts
        and loads): one the plan changed in between (a tempo, a set, a range) ends the run.
        """
        if not self._waited:
            shape = _shape(self.log)
            count = 0
            run = min(self.streak(_TOP), len(self.recent))  # weeks without it end the run
            for earlier in reversed(self.history[len(self.history) - run :]):
                if _shape(earlier) != shape:
                    break
                count += 1
            self._waited.append(count)
        return self._waited[0]

    def streak(self, results: frozenset[str], *, any_load: bool = False) -> int:
        """How many logs in a row, just before this one, went one of ``results``.

        A log that lifted another load than the one lifted now belongs to another step
        of the progression and ends the run, unless ``any_load`` (form that keeps
        breaking after a lighter load is still the same problem).
        """
        found = self._streaks.get((results, any_load))
        if found is not None:
            return found
        lifted = base_load(self.dose, self.log)
        count = 0
        for earlier in reversed(self.history):
            loads = [s.load_kg for s in earlier.sets if s.load_kg is not None]
            if loads and min(loads) != lifted and not any_load:
                break
            if earlier.pain is not Pain.none or outcome(self.dose, earlier) not in results:
                break
            count += 1
        self._streaks[(results, any_load)] = count
        return count

    def level(self) -> Level:
        """The level the athlete trains at (from the dose when the athlete is not known)."""
        athlete = self.fit.athlete
        return level_of(self.exercise, self.dose) if athlete is None else athlete.level

    def harder_ids(self) -> tuple[str, ...]:
        """Every harder variation the catalog names for this exercise, in a defined order.

        Its ``harder`` link first, then each exercise whose ``easier`` link names this one
        (a harder variation of it), by level then id: a jump only when this exercise is
        one, and the same movement (one leg for two may be added, never another plane: a
        lateral step-up is not the next step-up); for a beginner, never an endurance drill
        (:data:`ENDURANCE_DRILLS`). A later step (:data:`LATER_STEPS`) below the level a
        session is built on it from waits until this lift is mastered: any later step for a
        beginner, and above beginner a strength step (:data:`STRENGTH_STEPS`) only.
        """
        exercise = self.exercise
        found = [
            other
            for other in harder_links(self.catalog).get(exercise.id, ())
            if (exercise.plyometric or not other.plyometric)
            and other.patterns - exercise.patterns <= {Pattern.single_leg}
        ]
        linked = [] if exercise.harder is None else [exercise.harder]
        ids = [*linked, *(other.id for other in found)]
        level = self.level()
        if level is Level.beginner:
            ids = [i for i in ids if i not in ENDURANCE_DRILLS]
        waiting = [
            i
            for i in ids
            if level < LATER_STEPS.get(i, level)
            and (level is Level.beginner or i in STRENGTH_STEPS)
        ]
        if waiting and not self.mastered():
            ids = [i for i in ids if i not in waiting]
        if self.light:  # a light day's soleus work takes turns with its hold instead
            ids = [i for i in ids if i not in STRENGTH_STEPS or level >= LATER_STEPS[i]]
        return tuple(dict.fromkeys(ids))

    def mastered(self) -> bool:
        """Whether the lift is mastered: slowed, or grown past the top of its own range.

        :data:`MASTERED_PAST_TOP` reps past it (or its rep cap, if lower).
        """
        dose, exercise = self.dose, self.exercise
        top = reference_range(exercise, dose, self.level()).hi + MASTERED_PAST_TOP
        return dose.tempo is not None or dose.amount.hi >= min(top, mastery_cap(exercise, dose))

    def harder(self) -> tuple[Exercise | None, str | None]:
        """The first harder variation (:meth:`harder_ids`) the athlete may move into.

        Else ``None`` and why the first one listed is not open (``None`` when none is).
        """
        first: str | None = None
        for exercise_id in self.harder_ids():
            found, why = self.usable(exercise_id)
            if found is not None:
                return found, None
            first = first or why
        return None, first

    def usable(self, exercise_id: str | None) -> tuple[Exercise | None, str | None]:
        """The exercise a link names, if the athlete may move into it, else why not."""
        if exercise_id is None:
            return None, None
        found = self.catalog.get(exercise_id)
        if found is None:
            return None, f"{exercise_id} is not in the catalog"
        if found.id in self.avoid:
            return None, f"{found.name} is already in this session"
        problem = self.fit.problem(found, self.exercise)
        return (None, problem) if problem else (found, None)


def hold(prescription: Prescription, reason: Reason | str) -> Progression:
    """Keep the prescription as it is."""
    return Progression(prescription, Change.none, reason)


def no_more(new: Dose, old: Dose) -> Dose:
    """``new`` with no more sets, and no more of the same unit, than ``old``.

    The amount lands on a clean one at or below it
    (:func:`~runstrength._model.clean.clean_cut`): 6–9 is 6–8.

    >>> a = Dose(sets=(2, 3), reps=(8, 12), rest_seconds=60)
    >>> str(no_more(Dose(sets=(3, 4), reps=(10, 15), rest_seconds=60), a))
    '2–3 × 8–12, rest 60 s'
    """
    sets = IntRange(min(new.sets.lo, old.sets.lo), min(new.sets.hi, old.sets.hi))
    dose = attrs.evolve(new, sets=sets)
    if new.unit == old.unit:
        lo = min(new.amount.lo, old.amount.lo)
        amount = IntRange(lo, max(lo, min(new.amount.hi, old.amount.hi)))
        dose = dose.with_amount(clean_cut(amount, new.unit))  # 6–9 is 6–8
    return dose


def switch(ask: Ask, to: Exercise, *, easier: bool) -> Prescription:
    """The prescription of another exercise in the same slot, at the athlete's level.

    The new exercise brings its catalog dose for the athlete's level (its own level when
    that is higher), with no more sets than now, as one number (the sets of now where the
    catalog's range reaches them: "3 ×", never "2–3 ×"); an easier one also no more reps,
    at the fewer sets of its range.
    """
    level = max(ask.level(), to.level)
    dose = to.doses[level] if level in to.doses else to.dose_for(to.level)
    old = ask.dose
    if easier:
        dose = no_more(dose, old)
        dose = attrs.evolve(dose, sets=IntRange(dose.sets.lo))
    else:
        dose = attrs.evolve(dose, sets=IntRange(min(dose.sets.hi, old.sets.lo)))
    dose = attrs.evolve(dose, load_kg=None)
    choose = needs_load(to) or (bool(to.load_with) and bool(old.load_kg))
    return Prescription(to.id, dose, reason=ask.prescription.reason, choose_load=choose)
