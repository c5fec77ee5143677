"""Body weight alone: a harder variation, else slow reps; an effort said as form, not RIR.

A trained runner with nothing to load an exercise with can do many more than 15 body-weight
squats, bridges or leg raises: a reps-in-reserve target there cannot be reached and means
nothing. So for an intermediate or advanced runner with no free weight, bar or machine,
each easy move (a beginner's exercise, but not single-leg knee work or a jump) at reps:

- moves on to a harder variation where the runner can do it (its equipment in reach, their
  level, no injury it avoids, not in the session already, and no second exercise of a
  family the session holds): its ``harder`` link first, then an exercise whose ``easier``
  link is this one, then a harder variation of its own easier one; except in a taper or
  race week, which bring in nothing new;
- and, where that is still an easy move, is done slowly (:data:`SLOW`: 3 s lowering,
  1 s pause at the bottom) at the reps it had (the sources' 8–12, 12–20 for calves): the
  set gets longer and harder, not shorter, the effort said as form.

And for any athlete (:func:`form_cued`), a move done at body weight that nothing in reach
can load (two-legged calf raises, step-ups and split squats at body weight, at any level)
has no reps-in-reserve target either: its reason says to stop at the top of the range (easy
last reps mean harder work next week), or in a taper or race week that every rep should
feel easy.

A *project convention*, after 003's harder variations ("Intermediate: use single-leg calf
raises") and its slow reps for advanced runners: "a tempo squat with a slow 3-second
lowering phase", "a slow eccentric, or a pause near the bottom".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.copies import renewed, with_reason
from runstrength._model.dose import Dose, Tempo
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import JOINED, Reason, parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.reasons_effort_cue import CUES
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Level, Phase
from runstrength._plan.cuts import with_sets
from runstrength._plan.dosing import dose_for
from runstrength._plan.families import Family, family
from runstrength._plan.history import slots
from runstrength._plan.nearrace import NEAR_RACE
from runstrength._progression.effort import at_body_weight
from runstrength._rules.fit import LOAD_ITEMS
from runstrength._rules.session import minutes_holding

__all__ = [
    "SLOW",
    "at_body_weight",
    "bodyweight_only",
    "by_body",
    "form_cued",
    "form_cued_week",
    "harder_by_body",
    "race_short",
    "too_easy",
]

SLOW: Final = Tempo(3, 1, 1)
"""The tempo that makes an easy body-weight move work: 3 s down, 1 s pause, 1 s up."""

REASON_ROOM = 500
"""The longest reason text a prescription holds: no effort sentence is added beyond it."""

_TEMPO_CODE = {False: "exercise.slow_top", True: "exercise.slow_easy"}
"""The slow-reps cue of a training week (``False``) and of a taper or race week (``True``)."""
_EFFORT_CODE = {False: "exercise.effort_top", True: "exercise.effort_easy"}
"""The form cue of a training week (``False``) and of a taper or race week (``True``)."""

_RACE_SHORT = frozenset({"race_week.short_set", "race_week.one_short_set", "race_week.shorter"})
"""Codes of race week's short set: it stays short, at its own pace (no slow reps)."""

_KEEP = frozenset({Family.single_leg_knee, Family.power})
"""Families whose body-weight work stays as it is: single-leg knee work and jumps (their
own harder variations come as the reps top out)."""


def bodyweight_only(athlete: Athlete) -> bool:
    """Whether ``athlete`` is a trained runner (intermediate or advanced) with no load."""
    return athlete.level is not Level.beginner and athlete.equipment.isdisjoint(LOAD_ITEMS)


def too_easy(exercise: Exercise, rx: Prescription, level: Level) -> bool:
    """Whether ``rx`` of ``exercise`` is an easy body-weight move for a runner of ``level``."""
    return (
        rx.dose.unit == "reps"
        and not rx.dose.load_kg
        and exercise.level < level
        and family(exercise) not in _KEEP
    )


def by_body(
    contents: list[list[Prescription]],
    fresh: WeekPlan,
    phase: Phase,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    before: Mapping[str, Prescription],
    came_in: frozenset[str] = frozenset(),
) -> list[list[Prescription]]:
    """Each session of the week (``fresh``'s days) with its easy moves made harder.

    Then every body-weight move nothing in reach can load says its effort as form
    (:func:`form_cued`), whoever the athlete.

    A taper or race week brings in no new exercise: its moves slow down only. A move
    done last week (``before``, by exercise) as it was stays so: one change at a time,
    and the harder work comes with the next new exercise. A move that came in last week
    (``came_in``) does not move on again this week: a variation stays at least two weeks
    (003: one change at a time). A move stays as it was where
    slowing it down would leave the session over the athlete's minutes even at one set
    of each exercise (the minutes come first).
    """
    swap = phase not in NEAR_RACE
    out = []
    for (focus, _, session), items in zip(slots(fresh), contents, strict=True):
        made = harder_by_body(items, focus, athlete, catalog, settings, swap=swap, settling=came_in)
        made = [
            rx if _kept(rx, before.get(rx.exercise)) else new
            for rx, new in zip(items, made, strict=True)
        ]
        slowed = [k for k, (a, b) in enumerate(zip(items, made, strict=True)) if a != b]
        while slowed and _least(session, made, settings) > athlete.session_minutes:
            k = slowed.pop()
            made[k] = items[k]
        out.append([form_cued(rx, catalog.get(rx.exercise), athlete, phase) for rx in made])
    return out


def _kept(rx: Prescription, before: Prescription | None) -> bool:
    """Whether ``rx`` was done last week (``before``) at its own pace: it stays so."""
    return before is not None and SLOW not in (before.dose.tempo, rx.dose.tempo)


def race_short(rx: Prescription) -> bool:
    """Whether ``rx`` is race week's short set, which no slow reps lengthen again.

    Race week cuts the reps so the legs are fresh; slow reps back at the level's range
    would undo the cut the line's own reason gives (6-8 reps, not 12-15).
    """
    return any(part.code in _RACE_SHORT for part in parts_of(rx.reason))


def _least(session: Session, items: list[Prescription], settings: RuleSettings) -> float:
    """The session's minutes at one set of each exercise: the least trimming can reach."""
    return minutes_holding(session, [with_sets(rx, 1) for rx in items], settings)


def harder_by_body(
    items: list[Prescription],
    focus: Focus,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    *,
    swap: bool = True,
    settling: frozenset[str] = frozenset(),
) -> list[Prescription]:
    """A session's ``items`` with each easy body-weight move made harder (see the module).

    Without ``swap`` (the weeks that bring in no new exercise) the moves stay and slow
    down; so do the moves in ``settling`` (those that came in last week).
    """
    if not bodyweight_only(athlete):
        return items
    held = {rx.exercise for rx in items}
    out = []
    for rx in items:
        exercise = catalog.get(rx.exercise)
        easy = exercise is not None and too_easy(exercise, rx, athlete.level)
        if exercise is None or not easy or race_short(rx):
            out.append(rx)
            continue
        moving = swap and rx.exercise not in settling
        harder = _harder(exercise, athlete, catalog, held) if moving else None
        moved = rx
        if harder is not None:
            held.add(harder.id)
            moved = _moved_on(rx, exercise, harder, athlete.level, focus, settings)
            exercise = harder
        easy = too_easy(exercise, moved, athlete.level)
        out.append(_slowed(moved, exercise, athlete.level, near=not swap) if easy else moved)
    return out


def _moved_on(
    rx: Prescription,
    exercise: Exercise,
    harder: Exercise,
    level: Level,
    focus: Focus,
    settings: RuleSettings,
) -> Prescription:
    """``rx`` moved on to ``harder`` at its dose for the level, the sets kept, saying why."""
    menu = dose_for(harder, level, focus, settings)
    why = say(
        "exercise.bodyweight_harder",
        exercise=harder.id,
        name=harder.name,
        was=exercise.id,
        was_name=exercise.name,
    )
    dose = attrs.evolve(menu, sets=rx.dose.sets)
    return attrs.evolve(rx, exercise=harder.id, dose=dose, reason=why)


def _slowed(rx: Prescription, exercise: Exercise, level: Level, *, near: bool) -> Prescription:
    """``rx`` at :data:`SLOW` with no reps in reserve, saying what the effort is instead.

    The reps stay in the catalog's range for the level (the sources' 8–12 a side, 12–20
    for calves): the slower reps make each set longer and harder, not a smaller piece of
    work, and reps that climbed past the range (or fell below it) come back into it.
    """
    dose = renewed(rx.dose, tempo=SLOW, rir=None)  # a checked tempo, no reserve: passes
    usual = exercise.doses.get(level)
    if usual is not None and usual.unit == dose.unit:
        span = usual.amount
        if dose.amount.lo < span.lo or dose.amount.hi > span.hi:
            dose = dose.with_amount(span)
    return _cued(rx, dose, say(_TEMPO_CODE[near], reps=str(dose.amount)))


def _cued(rx: Prescription, dose: Dose, cue: Reason) -> Prescription:
    """``rx`` at ``dose`` with ``cue`` after its base reason, where the reason has room.

    A reason too long for the cue beside it (:data:`REASON_ROOM`) stays as it is: the
    exercise's need and any rule it follows (an Achilles tempo) say more.
    """
    if rx.reason is None or rx.reason.code in CUES:
        return _redosed(rx, dose, cue)
    base = _base(rx.reason)
    if cue.text in base.text:
        return _redosed(rx, dose, base)  # said already, at these reps
    if len(base.text) + len(cue.text) < REASON_ROOM:
        return _redosed(rx, dose, joined_reasons(base, cue))
    return _redosed(rx, dose, base)  # the need and its rule come first


def _redosed(rx: Prescription, dose: Dose, reason: Reason) -> Prescription:
    """``rx`` at ``dose`` for ``reason``, as ``attrs.evolve`` gives it.

    ``dose`` is ``rx``'s own with no reps in reserve (and maybe a slow tempo and the
    level's reps), its load unchanged: the prescription's checks pass it, so only the
    reason is checked.
    """
    return with_reason(renewed(rx, dose=dose), reason)


def form_cued(
    rx: Prescription, exercise: Exercise | None, athlete: Athlete, phase: Phase | None = None
) -> Prescription:
    """``rx`` with its effort said as form instead of reps in reserve, at body weight.

    In a training week the cue says to stop at the top of the range (easy last reps mean
    harder work next week); in a taper or race week (``phase``) that every rep should feel
    easy. A prescription whose exercise can be loaded with an item in reach
    (:func:`at_body_weight`), or that says this week's effort already, keeps its reason.
    """
    if exercise is None or not at_body_weight(exercise, rx, athlete):
        return rx
    dose = renewed(rx.dose, rir=None)  # a checked dose with no reps in reserve passes
    near = phase in NEAR_RACE
    if rx.dose.tempo == SLOW and not (near and race_short(rx)):
        return _cued(rx, dose, say(_TEMPO_CODE[near], reps=str(dose.amount)))
    code = _effort_code(dose, near)
    if any(part.code == code for part in parts_of(rx.reason)):
        return renewed(rx, dose=dose)  # the load as it was: the checks pass
    return _cued(rx, dose, say(code))


def _effort_code(dose: Dose, near: bool) -> str:
    """The form cue's code for ``dose`` in a training week or ``near`` a race: a hold's own."""
    if not near and dose.unit == "seconds":
        return "exercise.effort_top_hold"
    return _EFFORT_CODE[near]


def form_cued_week(plan: WeekPlan, athlete: Athlete, catalog: Catalog) -> WeekPlan:
    """``plan`` with every session's body-weight moves cued by form (:func:`form_cued`)."""
    sessions = tuple(
        attrs.evolve(
            session,
            exercises=tuple(
                form_cued(rx, catalog.get(rx.exercise), athlete, plan.phase)
                for rx in session.exercises
            ),
        )
        for session in plan.sessions
    )
    return attrs.evolve(plan, sessions=sessions)


def _harder(
    exercise: Exercise, athlete: Athlete, catalog: Catalog, held: set[str]
) -> Exercise | None:
    """The first harder variation of the exercise the athlete can do here (see the module).

    Its ``harder`` link, then an exercise whose ``easier`` link is this one, then a harder
    variation (a higher level) of this one's own easier one, in catalog order; one that
    would be the session's second exercise of a family is no candidate.
    """
    families = {family(catalog[i]) for i in held if i in catalog} - {family(exercise)}
    candidates = [catalog.get(exercise.harder)] if exercise.harder else []
    candidates += [ex for ex in catalog if ex.easier == exercise.id]
    if exercise.easier:
        candidates += [
            ex
            for ex in catalog
            if ex.easier == exercise.easier and ex.id != exercise.id and exercise.level < ex.level
        ]
    for harder in candidates:
        if (
            harder is None
            or harder.id in held
            or harder.plyometric
            or family(harder) in families
            or not harder.suits(athlete.level)
            or not harder.available_with(athlete.equipment)
            or not harder.avoid_with.isdisjoint(athlete.injuries)
        ):
            continue
        return harder
    return None


def _base(reason: Reason) -> Reason:
    """``reason`` without an earlier week's effort sentences (this week's replace them)."""
    if reason.code != JOINED:
        return reason
    parts = [part for part in reason.parts if part.code not in CUES]
    return joined_reasons(*parts) if parts else reason
