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
   one for an intermediate, a band walk a monster walk, a split squat a Bulgarian one;
   else an exercise that trains the same pattern and prime movers without a catalog link
   (a front plank and a side plank, a bent-knee calf raise and its hold: :func:`rotations`),
   a fresh one first, else one done weeks ago, so two forms take turns;
3. in a strength session, when no step that adds no time is open (the session is full and
   the exercise has no load or harder variation to go to), an accessory (never the main
   lift, never an Achilles athlete's calf block) changes to the same work in another form
   at the same sets, so the session keeps its length: a bodyweight one, or loaded work
   at its useful load (a Pallof press at the cable's 20 kg takes turns with a plank);
   loaded work below its useful load keeps its load steps instead.

(A season's first week after a lighter week does not bring the replaced exercise back
beside it: see :func:`same_work`.)

Only an exercise that holds for want of a route counts: a rebuild after pain, a stall
(its own route), an Achilles athlete's calf block in a strength session and a log with
pain or broken form keep their own steps. The change is a change like any other: it goes
through the session's change quota and its minutes. When nothing is open, the hold says
so, and for a beginner that moving up to intermediate level (theirs to set) opens the
next variation. Every choice here is a *project convention*, after 003's advice to change
the stimulus when progress stalls.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.clean import clean_cut, clean_near
from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import JOINED, Reason, free_text, parts_of, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Level, Pain, Pattern
from runstrength._progression.ask import LATER_STEPS, STRENGTH_STEPS, harder_links, switch
from runstrength._progression.fit import needs_load
from runstrength._progression.levers import change_code, harder_lever
from runstrength._progression.limits import (
    achilles_calf,
    ceiling,
    light_hold_cap,
    rep_floor,
    step_within,
)
from runstrength._progression.neutral import time_neutral
from runstrength._progression.policy import HOLD_LIMIT, Outcome, base_load, load_equipment
from runstrength._progression.quota import rank, rebuilding
from runstrength._progression.routes import finish
from runstrength._progression.tendon import on_block

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

LIGHT_ROOM: Final = 10
"""Seconds a hold changed to in a light session starts below the light cap, so it can build."""

RULE: Final = f"a dose kept {HOLD_LIMIT} sessions in a row gives way to a change"
"""The rule every change made here names."""


def held_too_long(ask: Ask | None, step: Progression) -> bool:
    """Whether ``step`` holds at the top of the range after three such sessions in a row.

    Only a clean, pain-free session at the top counts; a rebuild after pain and an
    Achilles athlete's calf work in a strength session (the calf block) keep their own
    steps.
    """
    return (
        ask is not None
        and step.change is Change.none
        and (step.next is ask.prescription or step.next == ask.prescription)
        and ask.log.pain is Pain.none
        and ask.log.form_ok
        and ask.result() == Outcome.TOP
        and held_for(ask) >= HOLD_LIMIT
        and not rebuilding(ask)
        and not (achilles_calf(ask.fit.athlete, ask.exercise) and not ask.light)
    )


def held_for(ask: Ask) -> int:
    """Sessions in a row before this one done the same way, clean and pain-free.

    The same exercise done in another session of the week (at another load, or another
    number of sets) is passed over rather than ending the run: it is another
    prescription, with its own count. A session done another way (other reps or holds:
    the dose changed) ends the run, and so do weeks without it (:attr:`Ask.recent`).
    """
    mine = [_done(s) for s in ask.log.sets]
    loads = sorted(s[2] for s in mine)
    count = 0
    for earlier in reversed(ask.recent):
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
    lately: frozenset[str] = frozenset(),
) -> Progression:
    """A real change for an exercise held too long (:func:`held_too_long`), or the hold.

    ``fits`` says whether a next prescription keeps the session within its minutes and
    its patterns; ``ask.avoid`` the exercises the change may not go to (the caller's
    choice: those the week holds). ``lately`` holds exercises done lately: a form not
    among them comes first, unless it is counted another way (a bird dog's reps for a
    side plank's hold) and the first form open is counted the same way. A change of form
    may so come back to one done weeks ago: each form is kept at least
    :data:`~runstrength._progression.policy.HOLD_LIMIT` sessions before the next change,
    so two forms take turns, never swap back and forth.
    """
    sessions = held_for(ask) + 1
    lead = f"Held {sessions} sessions in a row at the top of the range, and {RULE}"
    other = None if ask.light else time_neutral(ask, mastered=True)
    if other is not None and fits(other.next):
        return finish(ask, attrs.evolve(other, reason=_led(other.reason, lead)))
    # see the module notes: never the main lift, loaded work short of its useful load or an
    # Achilles calf block
    capped = not ask.light and bool(ask.dose.load_kg) and _at_ceiling(ask)
    loaded = ask.prescription.choose_load or (bool(ask.dose.load_kg) and not capped)
    rotate = ask.light or (rank(ask.exercise) > 0 and not loaded and not on_block(ask))
    first: Progression | None = None
    for exercise, rx in rotations(ask, only_harder=capped) if rotate else ():
        if not fits(rx) or (first is not None and exercise.id in lately):
            continue
        step = finish(ask, Progression(rx, Change.variation, _TO_SAY))
        if not fits(step.next):
            continue  # an Achilles athlete's slow tempo makes it longer
        said = say(
            change_code(ask, exercise, rx),
            lead=lead,
            exercise=exercise.id,
            exercise_name=exercise.name,
            dose=str(step.next.dose),
        )
        step = attrs.evolve(
            step, reason=_said(step.reason, joined_reasons(said, harder_lever(ask, exercise, rx)))
        )
        if exercise.id not in lately:  # a fresh form
            same = step.next.dose.unit == ask.dose.unit
            if same or first is None or first.next.dose.unit != ask.dose.unit:
                return step
            return first  # a form of the same kind done weeks ago, before another kind
        first = first or step
    if first is not None:
        return first
    back = _easier_again(ask, lead, fits, lately) if ask.light else None
    if back is not None:
        return back
    code = (
        "progress.unhold.none_light"
        if ask.light
        else "progress.unhold.no_harder"
        if capped
        else "progress.unhold.none"
    )
    none_open = say(code, sessions=sessions)
    return attrs.evolve(held, reason=joined_reasons(held.reason, none_open, level_note(ask)))


def _at_ceiling(ask: Ask) -> bool:
    """Whether loaded ``ask`` is at its useful load: its kit has a ceiling and no step under it."""
    item = load_equipment(ask.exercise)
    if item is None or ceiling(ask.exercise, item) is None:
        return False
    return step_within(ask.exercise, base_load(ask.dose, ask.log), item) is None


def _easier_again(
    ask: Ask, lead: str, fits: Callable[[Prescription], bool], lately: frozenset[str]
) -> Progression | None:
    """A light session's capped exercise with no other form open: its easier link again.

    Only a form not done lately (one done weeks ago, so two forms take turns), at the
    light dose: the light session stays light, and the exercise never holds for good.
    """
    other = ask.catalog.get(ask.exercise.easier or "")
    if other is None or other.id in lately or ask.usable(other.id)[0] is None:
        return None
    for rx in _doses(ask, other):
        step = finish(ask, Progression(rx, Change.variation, _TO_SAY))
        if not fits(rx) or not fits(step.next):
            continue
        said = say(
            "progress.unhold.change_light",
            lead=lead,
            exercise=other.id,
            exercise_name=other.name,
            dose=str(step.next.dose),
        )
        return attrs.evolve(step, reason=_said(step.reason, said))
    return None


_TO_SAY: Final = free_text("{dose}")
"""The reason of a change of form until it is said: the notes :func:`finish` adds follow."""


def _said(reason: Reason, said: Reason) -> Reason:
    """``reason`` with :data:`_TO_SAY` replaced by ``said``, the notes after it kept."""
    if reason.code == JOINED and reason.parts[0] is _TO_SAY:
        return joined_reasons(said, *reason.parts[1:])
    if reason is _TO_SAY:
        return said
    return to_reason(reason.text.replace("{dose}", said.text, 1))


def _led(reason: Reason, lead: str) -> Reason:
    """``reason`` opened by ``lead`` instead of why time is short (its ``lead``)."""
    parts = parts_of(reason)
    if "lead" in parts[0].params:
        again = say(parts[0].code, **{**parts[0].params, "lead": lead})
        return joined_reasons(again, *parts[1:])
    what = reason.text.split(": ", 1)[-1]  # the step, without why time is short
    return to_reason(f"{lead}: {what}")


def level_note(ask: Ask) -> Reason | None:
    """For a beginner whose next variation waits on the level: the level is theirs to set."""
    athlete = ask.fit.athlete
    if athlete is None or athlete.level is not Level.beginner:
        return None
    for exercise_id in ask.harder_ids():
        found = ask.catalog.get(exercise_id)
        if found is not None and found.level is Level.intermediate:
            return say("progress.level_note", exercise=found.id, exercise_name=found.name)
    return None


def rotations(ask: Ask, *, only_harder: bool = False) -> Iterator[tuple[Exercise, Prescription]]:
    """The variations a held exercise may change to, best first, each with its dose.

    In a light session the harder variations come first; then exercises the athlete may
    do that share a pattern family (:data:`FAMILIES`) and a prime mover, one leg for one
    leg (lower-body work done one leg at a time never goes to two-legged work), never a
    jump for a lift and never an easier variation of it or an exercise of a lower level:
    those counted the same way (seconds or reps) first, then those sharing most, then by
    id. With ``only_harder`` (loaded work at its useful load), only the harder variations:
    a Pallof press at the cable's 20 kg never becomes a beginner's bird dog.
    """
    exercise = ask.exercise
    harder = ask.harder_ids() if ask.light or only_harder else ()
    easier = _easier_chain(ask)
    scored = []
    for other in () if only_harder else ask.catalog:
        if other.id == exercise.id or other.id in easier or other.id in harder:
            continue
        if other.level > ask.level() or other.level < exercise.level:
            continue  # within the athlete's level, and never a step down a level
        if not same_work(exercise, other):
            continue
        if other.id in STRENGTH_STEPS and LATER_STEPS[other.id] > ask.level():
            continue  # reached only as the harder step of a mastered raise, never a turn
        if not _family(other) <= _family(exercise):
            continue  # band work does not become a step-up: no family it does not train
        if ask.usable(other.id)[0] is None:
            continue
        theirs = other.dose_for(max(ask.level(), other.level))
        if _one_leg(exercise, ask.dose.per_side) and not _one_leg(other, theirs.per_side):
            continue  # one leg at a time never steps down to two-legged work
        unit = theirs.unit
        shared = len(_family(exercise) & _family(other)) + len(exercise.primary & other.primary)
        scored.append(((unit != ask.dose.unit, -shared, other.id), other))
    # Never the easier link of an exercise the athlete may do here (a knee side plank
    # beside the side plank, an assisted reverse lunge for an advanced athlete): a change
    # should not be a step down. A light session counts bodyweight work only.
    level = ask.level()

    def outgrown(candidate: Exercise) -> bool:
        return any(
            up.level <= level
            and not (up.id in STRENGTH_STEPS and LATER_STEPS[up.id] > level)
            and not (ask.light and needs_load(up))
            and not ask.fit.problem(up, ask.exercise)
            for up in harder_links(ask.catalog).get(candidate.id, ())
        )

    scored = [(key, other) for key, other in scored if not outgrown(other)]
    ordered = [ask.catalog[i] for i in harder if ask.usable(i)[0] is not None]
    ordered += [other for _, other in sorted(scored, key=lambda pair: pair[0])]
    for other in ordered:
        yield from ((other, rx) for rx in _doses(ask, other))


def _doses(ask: Ask, other: Exercise) -> Iterator[Prescription]:
    """``other`` at the athlete's level, then (light sessions) shorter versions of it.

    In a strength session the new exercise keeps the sets of now, at its own full range:
    a range cut short to fit would be an odd first dose.
    """
    rx = switch(ask, other, easier=False)
    dose = rx.dose
    if not ask.light:  # the same sets, so the session keeps its length
        yield attrs.evolve(rx, dose=attrs.evolve(dose, sets=ask.dose.sets))
        return
    if needs_load(other):
        return  # a light session stays unloaded
    dose = _light(ask, other, dose)
    rx = attrs.evolve(rx, dose=dose, choose_load=False)
    yield rx
    amount = dose.amount
    least = rep_floor(other, ask.level()) if dose.unit == "reps" else amount.lo
    step = 5 if dose.unit == "seconds" else 1
    for hi in range(amount.hi - step, least, -step):
        short = IntRange(min(amount.lo, hi - 1), hi)
        # a clean amount: 8–10, never 8–9; seconds in 5-s steps
        landed = (
            clean_cut(short, dose.unit)
            if dose.unit == "seconds"
            else clean_near(short, (least, short.lo), (hi, hi))
        )
        if landed is None:
            continue
        short = landed
        yield attrs.evolve(rx, dose=dose.with_amount(short))


def _light(ask: Ask, other: Exercise, dose: Dose) -> Dose:
    """``dose`` kept light: the sets, rest and effort of now; holds within the light cap.

    A hold starts in a 5-s range at least 10 s below the light cap (30-35 s of a side
    plank under a 45-s cap, so it has room to build; a harder hold at 15-20 s); reps after
    a hold stop 2 or more short of failure, as a light session's do.
    """
    now = ask.dose
    # The effort of now, where the new exercise has an effort target at all (a hold does not).
    rir = dose.rir
    if rir is not None and now.rir is not None:
        rir = now.rir
    elif rir is not None:  # from a hold: a light session stops 2 or more reps short
        rir = IntRange(max(rir.lo, 2), max(rir.hi, 2))
    dose = attrs.evolve(dose, sets=now.sets, rest_seconds=now.rest_seconds, rir=rir)
    if dose.unit == "seconds":
        # 10 s or more below the light cap, in a narrow range: 15-20 s of a harder hold
        hi = min(dose.amount.hi, light_hold_cap(other, ask.level()) - LIGHT_ROOM)
        dose = dose.with_amount(IntRange(max(min(dose.amount.lo, hi), hi - 5), hi))
    return dose


def _family(exercise: Exercise) -> frozenset[Pattern]:
    return _family_of(exercise.patterns)


@functools.lru_cache(maxsize=256)  # keyed on a set of patterns: no athlete, no catalog
def _family_of(patterns: frozenset[Pattern]) -> frozenset[Pattern]:
    """The pattern families that share a pattern with ``patterns``, as one set."""
    return frozenset().union(*(f for f in FAMILIES if f & patterns))


def same_work(exercise: Exercise, other: Exercise) -> bool:
    """Whether ``other`` trains what ``exercise`` does: its pattern family and a prime mover."""
    if other.plyometric and not exercise.plyometric:
        return False
    if Pattern.single_leg in exercise.patterns and Pattern.single_leg not in other.patterns:
        return False
    return bool(_family(exercise) & _family(other)) and bool(exercise.primary & other.primary)


_LEGS: Final = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge, Pattern.hip_extension})
"""The lower-body patterns whose one-leg form is the harder one (a kickstand or single-leg
hinge over a two-legged good morning)."""


def _one_leg(exercise: Exercise, per_side: bool) -> bool:
    """Whether ``exercise`` loads one leg at a time.

    A single-leg pattern, or lower-body work dosed per side (a kickstand or split stance).
    """
    if Pattern.single_leg in exercise.patterns:
        return True
    return per_side and bool(exercise.patterns & _LEGS)


def _easier_chain(ask: Ask) -> frozenset[str]:
    """Every easier variation below the exercise, by its ``easier`` links."""
    out: set[str] = set()
    found = ask.exercise.easier
    while found is not None and found not in out:
        out.add(found)
        below = ask.catalog.get(found)
        found = None if below is None else below.easier
    return frozenset(out)
