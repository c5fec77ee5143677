"""Form that breaks: lighter, steadier, then simpler still, and a question about what broke.

The first break takes one load step off (sets and reps unchanged); the second moves to
the easier variation (a staggered or single-leg hinge to the two-leg Romanian deadlift),
else to bodyweight (a calf raise to the two-leg wall calf raise its catalog entry
lists, fingertips on a wall), asking which of the exercise's usual faults it was; from
the third on, a hinge gives way to a glute bridge or hip thrust, a calf raise still
breaking at bodyweight goes to a seated calf raise (from the fourth: balance out of it;
the seated calf machine at a light load where the kit has one), else the work gets
smaller. A breaking dose is held at most once, with a request for a coach's or
physiotherapist's eye.

The way back (:func:`form_back`): after :data:`CLEAN_AGAIN` clean sessions of the easier
or seated exercise, the one whose form broke returns, one step at a time: a hinge at a
light load (one step under the load where form broke, else a first load; after
:data:`~runstrength._progression.pattern.FORM_CUTS` such steps, at the load where it
broke, with someone watching), a standing calf raise on two legs at bodyweight. Form
that breaks on the way back counts on from where it was, so the easier work comes
straight back. The way back is admitted ahead of the session's other changes
(:func:`returning`). Form that breaks on its second return gives the slot to a
lower-skill stand-in for four weeks (:mod:`.pattern`), which never moves on to a harder
variation meanwhile (:func:`kept_in`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.logs import Progression
from runstrength._model.reason import Reason, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Pain, Pattern
from runstrength._progression.ask import hold, switch
from runstrength._progression.calfneed import need_back, stand_in_need
from runstrength._progression.fit import first_loadable, needs_load
from runstrength._progression.limits import first_load
from runstrength._progression.loadmath import step_down
from runstrength._progression.marks import marked, unmarked
from runstrength._progression.pattern import (
    PATTERN_STAND_IN,
    PATTERN_WEEKS,
    SEATED_CALVES,
    STANDING_CALF_RAISE,
    TWO_LEG_ECCENTRIC,
    cut_enough,
    pattern_block,
)
from runstrength._progression.policy import Outcome
from runstrength._progression.setbacks import easier_step, less_work, lifted_load, lighter_step
from runstrength._progression.swaps import swapped_for
from runstrength._views.wording import kg

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._progression.ask import Ask

__all__ = [
    "CLEAN_AGAIN",
    "FORM_STAND_IN",
    "for_form",
    "form_back",
    "kept_in",
    "returning",
]

CLEAN_AGAIN: Final = 2
"""Clean sessions of the easier or seated exercise before the one whose form broke comes
back (project convention, the same two sessions that bring work back after mild pain)."""


def for_form(ask: Ask, streak: int, what: str) -> Progression:
    """Form that broke ``streak + 1`` sessions in a row: lighter, easier, then simpler still.

    ``what`` says what broke (``form broke``). The first break takes one load step off;
    the second moves to the easier variation, else to bodyweight; from the third on, the
    easier variation, else bodyweight, else a hip thrust or glute bridge in place of a
    hinge, else less work. A breaking dose is never simply held more than once, and the
    reason never assumes a visit to a coach or physiotherapist that was not logged.
    """
    dose = ask.dose
    cue = say("progress.form.cue")
    if streak == 0:
        lighter = lighter_step(ask, what.capitalize())
        if lighter is not None:
            rebuild = say("progress.form.rebuild_lighter")
            return attrs.evolve(lighter, reason=joined_reasons(lighter.reason, rebuild, cue))
        why_hold = say("progress.form.hold", what=what.capitalize(), dose=str(dose))
        return hold(ask.prescription, joined_reasons(why_hold, cue))
    why = f"{'Two' if streak == 1 else 'Several'} sessions in a row where {what}"
    step = easier_step(ask, why) or _two_leg_hinge(ask, why) or _bodyweight(ask, why)
    if step is None and streak >= 3:
        step = _seated(ask, why)
    if step is None and streak >= 2:
        step = _bridge(ask, why) or less_work(ask, why, to_bottom=False)
        if step is not None and _wall_form(ask.exercise):
            step = attrs.evolve(step, reason=joined_reasons(step.reason, _what_broke(ask)))
    if step is not None:
        stood = _standing_in(ask, step)
        return attrs.evolve(stood, reason=joined_reasons(stood.reason, cue))
    code = "progress.form.once" if streak == 1 else "progress.form.smallest"
    return hold(ask.prescription, joined_reasons(say(code, why=why, dose=str(dose)), cue))


_TWO_LEG_HINGE = "romanian_deadlift"
"""The steadier hinge a staggered or single-leg hinge moves to when form breaks [003:
"Dumbbell Romanian deadlift from mid-shin range"]."""

_STANDING_CALF = frozenset({Pattern.calf})
"""Calf raising done standing (a seated raise lists no other pattern either, but is
excluded by id)."""

_HINGE_SWAPS = ("glute_bridge", "hip_thrust")
"""Where a hinge that keeps breaking goes when nothing easier is left [003: glute bridge]."""


def _bodyweight(ask: Ask, why: str) -> Progression | None:
    """Loaded work at bodyweight, as technique work, sets and reps unchanged.

    A calf raise names its steadier form (the two-leg wall calf raise its catalog entry
    lists), hands on the wall.
    """
    if lifted_load(ask) <= 0:
        return None
    dose = attrs.evolve(ask.dose, load_kg=None)
    steadier = _wall_form(ask.exercise)
    if steadier:
        what = say("progress.form.wall", why=why, steadier=steadier, dose=str(dose))
    else:
        named = {"exercise": ask.exercise.id, "exercise_name": ask.exercise.name}
        what = say("progress.form.bodyweight", why=why, **named, dose=str(dose))
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.regress,
        joined_reasons(what, _what_broke(ask)),
    )


def _wall_form(exercise: Exercise) -> str | None:
    """The steadier two-leg wall form a calf raise's catalog entry lists, if any."""
    if Pattern.calf not in exercise.patterns:
        return None
    walls = [a for a in exercise.aliases if "wall" in a.lower()]
    two = [a for a in walls if "two-leg" in a.lower()]
    found = [*two, *walls]
    return found[0][0].lower() + found[0][1:] if found else None


def _what_broke(ask: Ask) -> Reason:
    """The question a coach asks when form breaks: which of the usual faults was it?"""
    faults = [m.rstrip(".").lower() for m in ask.exercise.mistakes[:4]]
    if not faults:
        return say("progress.form.what_broke.plain")
    return say("progress.form.what_broke", faults=f"{', '.join(faults[:-1])} or {faults[-1]}")


def _seated(ask: Ask, why: str) -> Progression | None:
    """A standing calf raise that keeps breaking at bodyweight, moved to a seated one."""
    if Pattern.calf not in ask.exercise.patterns or lifted_load(ask) > 0 or ask.dose.load_kg:
        return None
    if ask.exercise.id in SEATED_CALVES or not ask.exercise.patterns & _STANDING_CALF:
        return None
    eccentric = _two_leg_eccentric(ask, why)
    if eccentric is not None:
        return eccentric
    for name in SEATED_CALVES:
        found, _ = ask.usable(name)
        if found is None:
            continue
        new = switch(ask, found, easier=True)
        item = ask.fit.load_item(found)
        load, load_kg = "at bodyweight", 0.0
        if item is not None:
            first = first_load(found, item)
            new = attrs.evolve(new, dose=attrs.evolve(new.dose, load_kg=first), choose_load=False)
            load, load_kg = f"at a light {kg(first)}", first
        seated = say(
            "progress.form.seated",
            why=why,
            exercise=found.id,
            exercise_name=found.name,
            load=load,
            load_kg=load_kg,
            dose=str(new.dose),
            sessions=CLEAN_AGAIN,
        )
        return Progression(new, Change.regress, joined_reasons(seated, _what_broke(ask)))
    return None


def _two_leg_eccentric(ask: Ask, why: str) -> Progression | None:
    """A standing calf raise breaking at bodyweight, moved to the slow two-leg eccentric one.

    The first stand-in keeps the work straight-knee (002's calf raise with an eccentric
    drop), so the week's bent-knee work elsewhere does not leave it with two soleus moves;
    the seated raises (:data:`SEATED_CALVES`) come in where it is not open.
    """
    if ask.exercise.id != STANDING_CALF_RAISE:
        return None
    found, _ = ask.usable(TWO_LEG_ECCENTRIC)
    if found is None or found.id in ask.week:
        return None
    new = switch(ask, found, easier=True)
    moved = say(
        "progress.form.two_leg_eccentric",
        why=why,
        exercise=found.id,
        exercise_name=found.name,
        dose=str(new.dose),
        sessions=CLEAN_AGAIN,
    )
    return Progression(new, Change.regress, joined_reasons(moved, _what_broke(ask)))


FORM_STAND_IN: Final = "In place of {name} while its form is rebuilt: "
"""How a stand-in's prescription reason opens, naming the exercise whose form broke."""


def _standing_in(ask: Ask, step: Progression) -> Progression:
    """``step`` with its new exercise marked as standing in for the one whose form broke."""
    nxt = step.next
    if nxt.exercise == ask.exercise.id:
        return step
    if " while its form is rebuilt: " in text_of(ask.prescription.reason):
        return step  # a stand-in moving on keeps the mark of the exercise it stands in for
    mark = say("progress.form.stand_in", exercise=ask.exercise.id, exercise_name=ask.exercise.name)
    found = ask.catalog.get(nxt.exercise)
    own = nxt.reason if found is None else stand_in_need(nxt.reason, found)
    return attrs.evolve(step, next=attrs.evolve(nxt, reason=marked(mark, own)))


def _replaced(exercise: Exercise) -> tuple[str, ...]:
    """The exercises ``exercise`` may have stood in for when their form broke."""
    found = () if exercise.harder is None else (exercise.harder,)
    if exercise.id in SEATED_CALVES or exercise.id == TWO_LEG_ECCENTRIC:
        found = (*found, STANDING_CALF_RAISE)
    return found


def _since(history: Sequence[ExerciseLog], mine: str, other: str) -> list[ExerciseLog] | None:
    """``mine``'s logs since ``other``'s last one, when that one had form breaking."""
    at = next((i for i in reversed(range(len(history))) if history[i].exercise == other), None)
    if at is None or history[at].form_ok:
        return None
    return [h for h in history[at + 1 :] if h.exercise == mine]


def form_back(ask: Ask, history: Sequence[ExerciseLog]) -> Progression | None:
    """The exercise whose form broke, back after :data:`CLEAN_AGAIN` clean sessions.

    ``ask`` is a session of the easier or seated exercise that stood in for it;
    ``history`` holds the earlier logs of every exercise, oldest first. Sessions that
    count are pain-free, clean and alike (as many sets, loaded or not, as this one: a
    light session's one set of the same exercise does not count). The exercise returns
    one step at a time: at a light load, one step under the load where form broke, else
    a first load when it needs one, else at bodyweight. ``None`` otherwise, or in a
    light session, or when the athlete may not do it.
    """
    block = pattern_block(ask, history)
    if block is not None:
        return block
    clean = (Outcome.TOP, Outcome.STALL)
    log = ask.log
    if ask.light or log.pain is not Pain.none or ask.result() not in clean:
        return None
    reason = text_of(ask.prescription.reason)
    for name, mark, needed in _marks(ask):
        if not reason.startswith(mark.split("{name}", 1)[0]):
            continue  # a quick test of the mark's lead: no stand-in of anything
        harder, _ = ask.usable(name)
        since = None if harder is None else _since(history, ask.exercise.id, harder.id)
        if harder is None or since is None:
            continue
        if not reason.startswith(mark.format(name=harder.name)):
            continue  # not the stand-in for it (another calf exercise of the session)
        loaded = bool(lifted_load(ask))
        alike = [
            h
            for h in since
            if len(h.sets) == len(log.sets) and any(s.load_kg for s in h.sets) == loaded
        ]
        if any(h.pain is not Pain.none or not h.form_ok for h in alike):
            continue
        if len(alike) + 1 < needed:
            return None
        return _back(ask, harder, history, len(alike) + 1, mark)
    return None


def _marks(ask: Ask) -> list[tuple[str, str, int]]:
    """What ``ask``'s exercise may stand in for: each id, the mark, and the clean sessions.

    A lower-skill stand-in (:data:`~runstrength._progression.pattern.PATTERN_STAND_IN`)
    keeps the slot for :data:`~runstrength._progression.pattern.PATTERN_WEEKS` sessions;
    an easier or seated one for :data:`CLEAN_AGAIN`.
    """
    found = [(name, FORM_STAND_IN, CLEAN_AGAIN) for name in _replaced(ask.exercise)]
    reason = text_of(ask.prescription.reason)
    if not reason.startswith(PATTERN_STAND_IN.split("{name}", 1)[0]):
        return found  # a quick test of the lead before the names
    for other in ask.catalog:
        if reason.startswith(PATTERN_STAND_IN.format(name=other.name)):
            return [(other.id, PATTERN_STAND_IN, PATTERN_WEEKS)]
    return found


def kept_in(ask: Ask, step: Progression) -> Progression:
    """``step``, unless it moves a lower-skill stand-in on to another exercise.

    A stand-in after the second failed return keeps the slot until the exercise it
    stands in for comes back (:data:`~runstrength._progression.pattern.PATTERN_WEEKS`
    clean sessions): its load, reps or sets may grow, but it never becomes a harder
    variation that needs the skill it is there to spare.
    """
    if step.change in _MORE and _eccentric_stand_in(ask):
        standing = ask.catalog[STANDING_CALF_RAISE]
        kept = say(
            "progress.form.stand_in_kept",
            exercise=standing.id,
            exercise_name=standing.name,
            dose=str(ask.dose),
            sessions=CLEAN_AGAIN,
        )
        return hold(ask.prescription, kept)
    nxt = step.next.exercise
    if step.change is not Change.variation or nxt == ask.exercise.id:
        return step
    found = _marks(ask)
    if not found or found[0][1] != PATTERN_STAND_IN or found[0][0] == nxt:
        return step
    other = ask.catalog[found[0][0]]
    return hold(
        ask.prescription,
        say(
            "progress.form.pattern_hold",
            exercise=ask.exercise.id,
            exercise_name=ask.exercise.name,
            other=other.id,
            other_name=other.name,
            weeks=PATTERN_WEEKS,
            dose=str(ask.dose),
        ),
    )


_MORE: Final = frozenset(
    {Change.reps, Change.load, Change.sets, Change.tempo, Change.range, Change.variation}
)
"""The steps that make work harder, none of which a two-leg eccentric stand-in takes."""


def _eccentric_stand_in(ask: Ask) -> bool:
    """Whether ``ask`` is the two-leg eccentric raise standing in for a standing calf raise.

    It keeps its dose while it stands in: no first load, so its clean sessions stay alike
    and the standing raise comes back after :data:`CLEAN_AGAIN` of them.
    """
    if ask.exercise.id != TWO_LEG_ECCENTRIC or STANDING_CALF_RAISE not in ask.catalog:
        return False
    name = ask.catalog[STANDING_CALF_RAISE].name
    return text_of(ask.prescription.reason).startswith(FORM_STAND_IN.format(name=name))


def returning(ask: Ask | None, step: Progression) -> bool:
    """Whether ``step`` brings back what ``ask``'s stand-in took over: for form, or a stall."""
    if ask is None or step.change is not Change.variation:
        return False
    back = ask.catalog.get(step.next.exercise)
    name = step.next.exercise if back is None else back.name
    lift = swapped_for(ask)
    if lift is not None and lift.id == step.next.exercise:
        return True  # a stalled lift back from its swap
    reason = text_of(ask.prescription.reason)
    return any(reason.startswith(m.format(name=name)) for m in (FORM_STAND_IN, PATTERN_STAND_IN))


def _back(
    ask: Ask, harder: Exercise, history: Sequence[ExerciseLog], clean: int, mark: str
) -> Progression:
    """``harder`` back in ``ask``'s slot at a light load, one step at a time.

    ``mark`` is how the stand-in's reason opens (with ``{name}`` for ``harder``'s name).
    """
    new = switch(ask, harder, easier=False)
    last = next(h for h in reversed(history) if h.exercise == harder.id)
    broke = min((float(s.load_kg) for s in last.sets if s.load_kg), default=0.0)
    item = ask.fit.load_item(harder) or first_loadable(harder.load_with)
    load = None
    settled = broke > 0 and cut_enough(history, harder.id, broke)
    if item is not None and broke > 0:
        load = broke if settled else (step_down(broke, item) or None)
    if load is None and item is not None and needs_load(harder):
        load = first_load(harder, item)
    dose = attrs.evolve(new.dose, load_kg=load)
    if ask.dose.rest_seconds.hi < dose.rest_seconds.hi:  # a light load: the rest it had
        dose = attrs.evolve(dose, rest_seconds=ask.dose.rest_seconds)
    opening = mark.format(name=harder.name)
    new = attrs.evolve(
        new,
        dose=dose,
        choose_load=load is None and needs_load(harder),
        reason=need_back(unmarked(ask.prescription.reason, opening), harder),
    )
    if load is None:
        how = "on two legs at bodyweight" if Pattern.calf in harder.patterns else "at bodyweight"
    elif settled:
        how = f"at {kg(load)}"
    elif broke > 0:
        how = f"at a light {kg(load)}, one step under the {kg(broke)} where form broke"
    else:
        how = f"at a light first load, {kg(load)}"
    where = ", two-leg, to mid-shin" if Pattern.hinge in harder.patterns else ""
    back = say(
        "progress.form.back",
        sessions=clean,
        exercise=ask.exercise.id,
        exercise_name=ask.exercise.name,
        other=harder.id,
        other_name=harder.name,
        where=where,
        how=how,
        load_kg=load or 0.0,
        dose=str(dose),
    )
    watch = say("progress.form.watch") if mark == PATTERN_STAND_IN else None
    if settled and load is not None:
        watch = say("progress.form.no_lighter", exercise=harder.id, load_kg=load)
    return Progression(new, Change.variation, joined_reasons(back, watch))


def _two_leg_hinge(ask: Ask, why: str) -> Progression | None:
    """A staggered or single-leg hinge whose form breaks, moved to the two-leg hinge."""
    if Pattern.hinge not in ask.exercise.patterns or ask.exercise.id == _TWO_LEG_HINGE:
        return None
    if ask.catalog.get(_TWO_LEG_HINGE) is None:
        return None
    found, _ = ask.usable(_TWO_LEG_HINGE)
    if found is None or Pattern.hinge not in found.patterns:
        return None
    new = switch(ask, found, easier=True)
    return Progression(
        new,
        Change.regress,
        say(
            "progress.form.two_leg_hinge",
            why=why,
            exercise=found.id,
            exercise_name=found.name,
            dose=str(new.dose),
        ),
    )


def _bridge(ask: Ask, why: str) -> Progression | None:
    """A hinge that keeps breaking swapped for a glute bridge or hip thrust."""
    if Pattern.hinge not in ask.exercise.patterns:
        return None
    for name in _HINGE_SWAPS:
        found, _ = ask.usable(name)
        if found is not None:
            new = switch(ask, found, easier=True)
            return Progression(
                new,
                Change.regress,
                say(
                    "progress.form.bridge",
                    why=why,
                    exercise=found.id,
                    exercise_name=found.name,
                    dose=str(new.dose),
                ),
            )
    return None
