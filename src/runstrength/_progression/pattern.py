"""Form that breaks again on its way back: a lower-skill stand-in for a few weeks.

An exercise whose form broke goes to an easier or seated stand-in and comes back after
two clean sessions (:mod:`.form`). When it breaks again on its return for the second
time (:data:`FAILED_RETURNS`), the load is not the problem, the pattern is: a coach
stops re-testing it at one step lighter each time and gives its slot to an exercise
that needs less skill for :data:`PATTERN_WEEKS` weeks (project convention, after the
review's "switch the hinge to one that needs less skill, for 4–6 weeks"):

- a hinge to a loaded hip extension the kit allows (the glute drive machine, else a hip
  thrust) where the session keeps a hinge without it, else to the bodyweight good
  morning as a drill (a strength session needs a hinge, RS202);
- a standing calf raise to the slow two-leg eccentric calf raise (straight knee, the
  lowering controlled), which keeps the week's straight-knee work, else the seated calf
  machine (its reason then says bent-knee work, :mod:`.calfneed`).

Never an exercise the week already holds. The stand-in's prescription names the
exercise it stands in for (:data:`PATTERN_STAND_IN`); the way back waits for
:data:`PATTERN_WEEKS` clean sessions of it (:func:`~runstrength._progression.form.form_back`).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.logs import Progression
from runstrength._model.reasons import say
from runstrength._model.vocab import Change, Focus, Pain, Pattern
from runstrength._progression.ask import switch
from runstrength._progression.calfneed import stand_in_need
from runstrength._progression.marks import marked
from runstrength._progression.standin import groups
from runstrength._views.wording import kg

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.catalog import Catalog
    from runstrength._model.logs import ExerciseLog
    from runstrength._progression.ask import Ask

__all__ = [
    "FAILED_RETURNS",
    "FORM_CUTS",
    "PATTERN_STAND_IN",
    "PATTERN_WEEKS",
    "SEATED_CALVES",
    "STANDING_CALF_RAISE",
    "TWO_LEG_ECCENTRIC",
    "cut_enough",
    "failed_returns",
    "pattern_block",
    "stand_ins",
]

FORM_CUTS: Final = 2
"""Load steps taken off for broken form before the way back stops taking more off: after
the second, the shorter range and someone watching do the work (project convention, after
003's "Easier variation: dumbbell Romanian deadlift from mid-shin range")."""

PATTERN_WEEKS: Final = 4
"""Weeks a lower-skill stand-in keeps the slot after the second failed return."""

FAILED_RETURNS: Final = 2
"""Returns whose form broke again before the exercise stops being re-tested."""

PATTERN_STAND_IN: Final = (
    f"In place of {{name}} for {PATTERN_WEEKS} weeks while its form is rebuilt: "
)
"""How a lower-skill stand-in's prescription reason opens, naming the exercise it replaces."""

SEATED_CALVES: Final = ("machine_seated_calf_raise", "bent_knee_calf_raise")
"""Where a calf raise whose form keeps breaking at bodyweight goes: seated, no balance
to keep (the review's "a seated calf raise takes balance out entirely"), on the seated
calf machine at a light load where the kit has one, else with a dumbbell on the knees."""

TWO_LEG_ECCENTRIC: Final = "eccentric_calf_raise"
"""The first stand-in for a standing calf raise whose form breaks at bodyweight: slow, on
two legs with fingertips on a wall, still straight-knee work."""

STANDING_CALF_RAISE: Final = "standing_calf_raise"
"""The straight-knee raise a seated stand-in gives back once it is clean again."""

_CLEAN_RUN: Final = 2
"""Alike sessions of a stand-in between two logs of an exercise that make the second one a
return (the two clean sessions that bring it back)."""

_LOWER_SKILL: Final = {
    Pattern.hinge: ("glute_drive", "hip_thrust", "bodyweight_good_morning"),
    Pattern.calf: ("eccentric_calf_raise", "machine_seated_calf_raise"),
}
"""The lower-skill stand-ins, in order of preference, for each pattern [003: "Hip thrust"
and the seated calf raise; the review's "hip thrust on the glute-drive machine"]. A calf
raise keeps its family first: one calf move a session, the week's other session holding
the bent-knee work, so a straight-knee stand-in keeps the week's straight-knee work."""


_HOW: Final = {
    "bodyweight_good_morning": "as a drill, slowly, to mid-shin",
    "machine_seated_calf_raise": "seated, so balance is out of it",
    "eccentric_calf_raise": (
        "on two legs with fingertips on a wall and a slow 3-s lowering, so the bounce is out of it"
    ),
}
"""What each lower-skill stand-in takes out of the movement, for its reason."""


def stand_ins(catalog: Catalog, exercise_id: str) -> frozenset[str]:
    """The exercises that stand in for ``exercise_id`` while its form is rebuilt.

    Its easier variations (those naming it as harder), and the seated calf raises for a
    standing calf raise.
    """
    found = {other.id for other in catalog if other.harder == exercise_id}
    if exercise_id == STANDING_CALF_RAISE:
        found |= {*SEATED_CALVES, TWO_LEG_ECCENTRIC}
    return frozenset(found)


def failed_returns(
    exercise_id: str, ins: frozenset[str], log: ExerciseLog, history: Sequence[ExerciseLog]
) -> int:
    """How many returns of ``exercise_id`` from a stand-in broke form, ``log`` included.

    A log of the exercise is a return when at least two alike logs (as many sets) of one
    of its stand-ins ``ins`` came between it and the exercise's log before it.
    """
    logs = [*history, log]
    marks = [i for i, h in enumerate(logs) if h.exercise == exercise_id]
    count = 0
    for before, at in itertools.pairwise(marks):
        sets = len(logs[at].sets)
        between = [h.exercise for h in logs[before + 1 : at] if len(h.sets) == sets]
        returned = any(between.count(name) >= _CLEAN_RUN for name in sorted(ins))
        if returned and not logs[at].form_ok:
            count += 1
    return count


def _broke_at(exercise_id: str, log: ExerciseLog, history: Sequence[ExerciseLog]) -> str:
    """The loads form broke at, in the order they came: ``10 kg, 9 kg and bodyweight``."""
    seen: list[str] = []
    for h in [*history, log]:
        if h.exercise != exercise_id or h.form_ok:
            continue
        loads = [float(s.load_kg) for s in h.sets if s.load_kg]
        text = kg(min(loads)) if loads else "bodyweight"
        if text not in seen:
            seen.append(text)
    return seen[0] if len(seen) == 1 else f"{', '.join(seen[:-1])} and {seen[-1]}"


def pattern_block(ask: Ask, history: Sequence[ExerciseLog]) -> Progression | None:
    """A lower-skill stand-in for :data:`PATTERN_WEEKS` weeks after the second failed return.

    ``ask`` is a session of the exercise whose form broke; ``history`` holds the earlier
    logs of every exercise, oldest first. ``None`` unless form broke (pain-free) on at
    least :data:`FAILED_RETURNS` returns from a stand-in and a lower-skill exercise the
    athlete may do, not already in the week, is open.
    """
    log, exercise = ask.log, ask.exercise
    if ask.light or log.form_ok or log.pain is not Pain.none:
        return None
    ins = stand_ins(ask.catalog, exercise.id)
    if not ins or failed_returns(exercise.id, ins, log, history) < FAILED_RETURNS:
        return None
    names: tuple[str, ...] = ()
    if Pattern.hinge in exercise.patterns:
        names = _LOWER_SKILL[Pattern.hinge]
    elif exercise.id == STANDING_CALF_RAISE:
        names = _LOWER_SKILL[Pattern.calf]
    others = sorted(ask.avoid)
    have = groups(ask.catalog, Focus.strength, [*others, exercise.id])
    for name in names:
        found, _ = ask.usable(name)
        if found is None or found.id in ask.week:
            continue
        if not have <= groups(ask.catalog, Focus.strength, [*others, found.id]):
            continue  # a hip extension holds no hinge slot while the session needs one
        new = switch(ask, found, easier=True)
        mark = say(
            "progress.pattern.stand_in",
            exercise=exercise.id,
            exercise_name=exercise.name,
            weeks=PATTERN_WEEKS,
        )
        own = stand_in_need(ask.prescription.reason, found)
        new = attrs.evolve(new, reason=marked(mark, own))
        load = " (choose a load that leaves 2 in reserve)" if new.choose_load else ""
        drill = (
            f"; keep the {exercise.name} pattern as a warm-up drill, one set of 8 at "
            "bodyweight, slowly"
            if found.id != "bodyweight_good_morning" and Pattern.hinge in exercise.patterns
            else ""
        )
        how = _HOW.get(found.id, "needing less skill")
        return Progression(
            new,
            Change.regress,
            say(
                "progress.pattern.again",
                other=exercise.id,
                other_name=exercise.name,
                broke_at=_broke_at(exercise.id, log, history),
                weeks=PATTERN_WEEKS,
                exercise=found.id,
                exercise_name=found.name,
                dose=str(new.dose),
                load=load,
                how=how,
                drill=drill,
            ),
        )
    return None


def cut_enough(history: Sequence[ExerciseLog], exercise: str, broke: float) -> bool:
    """Whether the load of ``exercise`` has come off :data:`FORM_CUTS` times for form.

    Each load at which its form broke above ``broke`` (the latest) took a step off: after
    :data:`FORM_CUTS` of them, more kilos off do not fix the rep, so it comes back at
    ``broke``, to the shorter range, with someone watching.
    """
    heavier = {
        min(float(s.load_kg) for s in h.sets if s.load_kg)
        for h in history
        if h.exercise == exercise and not h.form_ok and any(s.load_kg for s in h.sets)
    }
    return len({x for x in heavier if x > broke + 1e-9}) >= FORM_CUTS
