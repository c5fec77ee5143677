"""No endless holds: an exercise held three sessions in a row at the top changes at the fourth.

A hold is the right call for a session or two (a light session at its cap, the top of what
an exercise offers here), but never for long: after
:data:`~runstrength._progression.policy.HOLD_LIMIT` sessions in a row at the top of the
same dose, :func:`unhold` takes a real change that adds no time, within the athlete's
level, kit and injuries, the first of:

1. outside a light session, a step that adds no time
   (:func:`~runstrength._progression.neutral.time_neutral`: a small load step, a harder
   variation, a slower tempo or a pause for fewer reps, never below the rep floor);
2. in a light session, the harder variation the catalog links, at the same light dose
   (the light session stays light): a short-lever Copenhagen plank becomes the long-lever
   one for an intermediate, a band walk a monster walk, a split squat a Bulgarian one.

:func:`rotations` also lists exercises that train the same pattern and prime movers
without a catalog link (a front plank and a side plank); a light session takes one when
no linked harder variation is open. (A season's first week after a lighter week does not
bring the replaced exercise back beside it: see :func:`same_work`.)

A strength session does not rotate its exercises: a new exercise there grows its own sets
and reps and competes with the main lift for the session's changes and minutes, so a
long hold there takes a step that adds no time or says that none is open.

Only an exercise that holds for want of a route counts: a rebuild after pain, a stall
(its own route), an Achilles athlete's calf work and a log with pain or broken form keep
their own steps. The change is a change like any other: it goes through the session's
change quota and its minutes. When nothing is open, the hold says so, and for a beginner
that moving up to intermediate level (theirs to set) opens the next variation. Every
choice here is a *project convention*, after 003's advice to change the stimulus when
progress stalls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.vocab import Change, Level, Pain, Pattern
from runstrength._progression.ask import switch
from runstrength._progression.fit import needs_load
from runstrength._progression.limits import achilles_calf, light_hold_cap, rep_floor
from runstrength._progression.neutral import time_neutral
from runstrength._progression.policy import HOLD_LIMIT, Outcome
from runstrength._progression.quota import rebuilding
from runstrength._progression.routes import finish

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import SetLog
    from runstrength._model.plan import Prescription
    from runstrength._progression.ask import Ask

__all__ = [
    "FAMILIES",
    "held_for",
    "held_too_long",
    "level_note",
    "rotations",
    "same_work",
    "unhold",
]

FAMILIES: Final = (
    frozenset({Pattern.squat, Pattern.lunge}),
    frozenset({Pattern.hinge, Pattern.hip_extension}),
    frozenset({Pattern.calf}),
    frozenset({Pattern.hip_stability, Pattern.lateral, Pattern.isolation}),
    frozenset({Pattern.core}),
)
"""Patterns that train the same thing, for a change of variation (project convention)."""

RULE: Final = f"after {HOLD_LIMIT} sessions in a row a hold gives way to a change"
"""The rule every change made here names."""


def held_too_long(ask: Ask | None, step: Progression) -> bool:
    """Whether ``step`` holds at the top of the range after three such sessions in a row.

    Only a clean, pain-free session at the top counts; a rebuild after pain and an
    Achilles athlete's calf work keep their own steps.
    """
    return (
        ask is not None
        and step.change is Change.none
        and step.next == ask.prescription
        and ask.log.pain is Pain.none
        and ask.log.form_ok
        and ask.result() == Outcome.TOP
        and held_for(ask) >= HOLD_LIMIT
        and not rebuilding(ask)
        and not achilles_calf(ask.fit.athlete, ask.exercise)
    )


def held_for(ask: Ask) -> int:
    """Sessions in a row before this one done the same way, clean and pain-free.

    The same exercise done in another session of the week (at another load, or another
    number of sets) is passed over rather than ending the run: it is another
    prescription, with its own count. A session done another way (other reps or holds:
    the dose changed) ends the run.
    """
    mine = [_done(s) for s in ask.log.sets]
    loads = sorted(s[2] for s in mine)
    count = 0
    for earlier in reversed(ask.history):
        if (
            len(earlier.sets) != len(mine)
            or sorted(s.load_kg or 0.0 for s in earlier.sets) != loads
        ):
            continue  # another prescription of it, in another session
        done = [_done(s) for s in earlier.sets]
        if earlier.pain is not Pain.none or done != mine or not earlier.form_ok:
            break  # the dose changed, or it was not the same clean session
        count += 1
    return count


def _done(logged: SetLog) -> tuple[int, int, float]:
    return (logged.reps or 0, logged.seconds or 0, logged.load_kg or 0.0)


def unhold(
    ask: Ask,
    held: Progression,
    fits: Callable[[Prescription], bool],
    *,
    done: frozenset[str] = frozenset(),
) -> Progression:
    """A real change for an exercise held too long (:func:`held_too_long`), or the hold.

    ``fits`` says whether a next prescription keeps the session within its minutes and
    its patterns. ``done`` holds the exercises of the history given: a change to work in
    another form never goes back to one of them (no swapping back and forth), while the
    harder variation the catalog links may come back.
    """
    sessions = held_for(ask) + 1
    lead = f"Held {sessions} sessions in a row at the top of the range, and {RULE}"
    other = None if ask.light else time_neutral(ask)
    if other is not None and fits(other.next):
        what = other.reason.split(": ", 1)[-1]  # the step, without why time is short
        return finish(ask, attrs.evolve(other, reason=f"{lead}: {what}"))
    for exercise, rx in rotations(ask) if ask.light else ():  # see the module notes
        if not fits(rx) or (exercise.id in done and exercise.id not in ask.harder_ids()):
            continue
        why = (
            "the harder variation at the same light dose, so the light day stays light"
            if exercise.id in ask.harder_ids()
            else "the same work in another form, at the same light dose, for a fresh stimulus"
        )
        return finish(
            ask,
            Progression(
                rx,
                Change.variation,
                f"{lead}: change to {exercise.name} at {rx.dose}, {why}.",
            ),
        )
    none_open = (
        f"Held {sessions} sessions in a row, but no harder variation is open here "
        f"to change to at the light dose."
        if ask.light
        else f"Held {sessions} sessions in a row, but no step that adds no time is "
        f"open here; it builds again when the session has room."
    )
    return attrs.evolve(held, reason=f"{held.reason} {none_open} {level_note(ask)}".rstrip())


def level_note(ask: Ask) -> str:
    """For a beginner whose next variation waits on the level: the level is theirs to set."""
    athlete = ask.fit.athlete
    if athlete is None or athlete.level is not Level.beginner:
        return ""
    for exercise_id in ask.harder_ids():
        found = ask.catalog.get(exercise_id)
        if found is not None and found.level is Level.intermediate:
            return (
                f"Moving up to intermediate level (yours to set, after some clean weeks) "
                f"opens the harder {found.name}; until then, clean, controlled reps."
            )
    return ""


def rotations(ask: Ask) -> Iterator[tuple[Exercise, Prescription]]:
    """The variations a held exercise may change to, best first, each with its dose.

    In a light session the harder variations come first; then exercises the athlete may
    do that share a pattern family (:data:`FAMILIES`) and a prime mover, one leg for one
    leg, never a jump for a lift and never an easier variation of it: those counted the
    same way (seconds or reps) first, then those sharing most, then by id.
    """
    exercise = ask.exercise
    harder = ask.harder_ids() if ask.light else ()
    easier = _easier_chain(ask)
    scored = []
    for other in ask.catalog:
        if other.id == exercise.id or other.id in easier or other.id in harder:
            continue
        if other.level > ask.level():
            continue
        found, _ = ask.usable(other.id)
        if found is None or not same_work(exercise, other):
            continue
        unit = other.dose_for(max(ask.level(), other.level)).unit
        shared = len(_family(exercise) & _family(other)) + len(exercise.primary & other.primary)
        scored.append(((unit != ask.dose.unit, -shared, other.id), other))
    # Of two candidates linked as easier and harder (knee side plank, side plank), the
    # harder one: the athlete may do it, and a change should not be a step down.
    tops = {other.easier for _, other in scored}
    scored = [(key, other) for key, other in scored if other.id not in tops]
    ordered = [ask.catalog[i] for i in harder if ask.usable(i)[0] is not None]
    ordered += [other for _, other in sorted(scored, key=lambda pair: pair[0])]
    for other in ordered:
        yield from ((other, rx) for rx in _doses(ask, other))


def _doses(ask: Ask, other: Exercise) -> Iterator[Prescription]:
    """``other`` at the athlete's level, then shorter versions of it, shortest last."""
    rx = switch(ask, other, easier=False)
    dose = rx.dose
    if ask.light:
        if needs_load(other):
            return  # a light session stays unloaded
        dose = _light(ask, other, dose)
        rx = attrs.evolve(rx, dose=dose, choose_load=False)
    yield rx
    amount = dose.amount
    least = rep_floor(other, ask.level()) if dose.unit == "reps" else amount.lo
    step = 5 if dose.unit == "seconds" else 1
    for hi in range(amount.hi - step, least, -step):
        yield attrs.evolve(rx, dose=dose.with_amount(IntRange(min(amount.lo, hi - 1), hi)))


def _light(ask: Ask, other: Exercise, dose: Dose) -> Dose:
    """``dose`` kept light: the sets, rest and effort of now; holds within the light cap.

    A hold starts within 5 s of the top of its range (a harder hold at 15-20 s).
    """
    now = ask.dose
    # The effort of now, where the new exercise has an effort target at all (a hold does not).
    rir = now.rir if dose.rir is not None else None
    dose = attrs.evolve(dose, sets=now.sets, rest_seconds=now.rest_seconds, rir=rir)
    if dose.unit == "seconds":
        # within the light cap, and a narrow range at its top: 15-20 s of a harder hold
        hi = min(dose.amount.hi, light_hold_cap(other, ask.level()))
        dose = dose.with_amount(IntRange(max(min(dose.amount.lo, hi), hi - 5), hi))
    return dose


def _family(exercise: Exercise) -> frozenset[Pattern]:
    return frozenset().union(*(f for f in FAMILIES if f & exercise.patterns))


def same_work(exercise: Exercise, other: Exercise) -> bool:
    """Whether ``other`` trains what ``exercise`` does: its pattern family and a prime mover."""
    if other.plyometric and not exercise.plyometric:
        return False
    if Pattern.single_leg in exercise.patterns and Pattern.single_leg not in other.patterns:
        return False
    return bool(_family(exercise) & _family(other)) and bool(exercise.primary & other.primary)


def _easier_chain(ask: Ask) -> frozenset[str]:
    """Every easier variation below the exercise, by its ``easier`` links."""
    out: set[str] = set()
    found = ask.exercise.easier
    while found is not None and found not in out:
        out.add(found)
        below = ask.catalog.get(found)
        found = None if below is None else below.easier
    return frozenset(out)
