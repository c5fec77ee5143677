"""One effort per prescription: a count of reps in reserve, or a form cue, never both.

A body-weight move nothing in reach can load (:func:`at_body_weight`) says its effort as
form: its dose has no reps in reserve and its reason carries the cue. Any other move with
a reps-in-reserve target says no form cue. A step that brings a target back (a harder
variation, a restored dose) or keeps a cue beside a new target is made consistent here,
after every other step of the week.
"""

from __future__ import annotations

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import JOINED, Reason, parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.reasons_effort_cue import CUES as EFFORT_CUES

__all__ = ["at_body_weight", "cue_parts", "one_effort", "one_effort_week"]


def at_body_weight(exercise: Exercise, rx: Prescription, athlete: Athlete) -> bool:
    """Whether ``rx`` of ``exercise`` is body-weight work no item in reach can load.

    From the catalog's facts: reps with no load, no jump, an exercise of the athlete's
    level or below, and none of the items that could load it (its ``load_with``) among the
    athlete's equipment. Such a set stays short of failure whatever the runner does, so a
    count of reps in reserve cannot be reached.
    """
    return (
        rx.dose.unit == "reps"
        and not rx.dose.load_kg
        and not exercise.plyometric
        and exercise.suits(athlete.level)
        and athlete.equipment.isdisjoint(exercise.load_with)
    )


def cue_parts(reason: Reason | None) -> tuple[Reason, ...]:
    """The parts of ``reason`` that say a body-weight move's effort as form."""
    return tuple(part for part in parts_of(reason) if part.code in EFFORT_CUES)


def _uncued(reason: Reason) -> Reason | None:
    """``reason`` without its form cues (``None`` where nothing else is left)."""
    parts = reason.parts if reason.code == JOINED else (reason,)
    rest = [part for part in parts if part.code not in EFFORT_CUES]
    return joined_reasons(*rest) if rest else None


def one_effort(
    rx: Prescription, exercise: Exercise | None, athlete: Athlete | None
) -> Prescription:
    """``rx`` with one effort said: reps in reserve, or the form cue its reason carries.

    A cued prescription keeps its cue and loses its reps in reserve where the move is still
    body-weight work the athlete cannot load (or the athlete is not known); else the target
    stays and the cue goes.
    """
    rx = _hold_cued(rx)
    if rx.dose.rir is None or not cue_parts(rx.reason) or rx.reason is None:
        return rx
    bodyweight = athlete is None or (exercise is not None and at_body_weight(exercise, rx, athlete))
    if bodyweight:
        return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=None))
    return attrs.evolve(rx, reason=_uncued(rx.reason))


_REPS_TO_THE_TOP = frozenset({"exercise.effort_top", "exercise.slow_top"})
"""The training-week cues that speak of reps: a hold says its own (its seconds' top)."""


def _hold_cued(rx: Prescription) -> Prescription:
    """``rx`` whose cue speaks of reps it does not do, a hold's cue instead (a hold has none)."""
    parts = parts_of(rx.reason)
    if rx.dose.unit != "seconds" or not any(p.code in _REPS_TO_THE_TOP for p in parts):
        return rx
    hold = say("exercise.effort_top_hold")
    kept = [p for p in parts if p.code not in _REPS_TO_THE_TOP]
    return attrs.evolve(rx, reason=joined_reasons(*kept, hold))


def one_effort_week(plan: WeekPlan, athlete: Athlete | None, catalog: Catalog) -> WeekPlan:
    """``plan`` with every prescription saying one effort (:func:`one_effort`)."""
    sessions = tuple(
        attrs.evolve(
            session,
            exercises=tuple(
                one_effort(rx, catalog.get(rx.exercise), athlete) for rx in session.exercises
            ),
        )
        for session in plan.sessions
    )
    return attrs.evolve(plan, sessions=sessions)
