"""The steps of a FIT strength workout, as plain values: what ``to_fit`` encodes.

Pure: no FIT library here. Each step says its name, intensity, duration, exercise,
weight and notes in the library's own terms; :mod:`runstrength._views.fit` turns them into
``workout_step`` messages.

Layout, step by step (indices count from 0, as the FIT ``message_index`` does):

1. The warm-up, when the session has one: intensity ``warmup``, an open step (the
   athlete presses lap when done), its minutes and steps as notes.
2. For each prescription, in order:

   - the ``active`` work: reps (reps or band-walk steps) or time (holds and timed hops),
     with the exercise's FIT category and name, the load in kg when the plan gives one,
     and the dose, a body-weight move's effort cue (short) and the first form cue as
     notes. A per-side amount counted in reps or steps is one step named for it
     (``Split squat, each side``); a per-side hold is two timed steps, ``…, left`` then
     ``…, right``, with no rest between them;
   - one ``rest`` time step with the dose's rest (left out when the rest is 0 s);
   - when there is more than one set, one ``repeat_until_steps_cmplt`` step pointing back
     at the first active step, repeating the steps for the number of sets in all.

   The last prescription, when nothing but the cool-down (or the end) follows, has no
   rest after its last set: its work and rest repeat for all sets but one, then its work
   comes once more on its own.

3. The cool-down, when the session has one: intensity ``cooldown``, open like the warm-up.

A step's target is the low end of the dose's amount (``8–12`` reps → 8, a ``20–30`` s
hold → 20): the reps or seconds the set must reach. The notes keep the whole dose, its
reps in reserve and how to choose the load, which say how far past that to go. A
body-weight move whose training-week cue says to go to the top of the range targets the
top (``10–15`` → 15), the set its note asks for. Sets and rest give their top end
(``2–3`` sets → 3, rest ``60–90`` s → 90).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

from runstrength._model.catalog import Catalog
from runstrength._model.dose import kg
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Routine, Session
from runstrength._model.prescription import Prescription
from runstrength._model.reason import Reason, parts_of
from runstrength._model.reasons import say
from runstrength._model.reasons_effort_cue import CUES, EASY_CUES, TOP_CUES
from runstrength._model.vocab import Focus, Pattern
from runstrength._views.escape import one_line
from runstrength._views.wording import load_advice

__all__ = [
    "EACH_SIDE",
    "FALLBACK",
    "MAX_WEIGHT_KG",
    "NAME_BYTES",
    "NOTES_BYTES",
    "SIDES",
    "Step",
    "fit_exercise",
    "session_steps",
    "side_name",
    "truncate",
    "watch_cue",
    "workout_name",
]

NAME_BYTES: Final = 50
"""The longest workout or step name written, in UTF-8 bytes (longer names are cut)."""

NOTES_BYTES: Final = 254
"""The longest notes written, in UTF-8 bytes: a FIT field holds 255 with its end byte."""

MAX_WEIGHT_KG: Final = 655.34
"""The heaviest ``exercise_weight`` a FIT file holds (kg × 100 in 16 bits, less the
invalid value); a heavier load stays in the notes only."""

FALLBACK: Final[Mapping[Pattern, tuple[str, str]]] = {
    Pattern.plyometric: ("plyo", "body_weight_jump_squat"),
    Pattern.calf: ("calf_raise", "standing_calf_raise"),
    Pattern.hip_extension: ("hip_raise", "hip_raise"),
    Pattern.hinge: ("deadlift", "romanian_deadlift"),
    Pattern.lunge: ("lunge", "lunge"),
    Pattern.squat: ("squat", "squat"),
    Pattern.lateral: ("lunge", "side_lunge"),
    Pattern.single_leg: ("squat", "one_legged_squat"),
    Pattern.hip_stability: ("hip_stability", "standing_hip_abduction"),
    Pattern.core: ("plank", "plank"),
    Pattern.isometric: ("plank", "plank"),
    Pattern.isolation: ("total_body", "standing_t_rotation_balance"),
}
"""FIT category and name for an exercise that gives none, by its first pattern in this
order (jumps first, then the most specific lower-body patterns, then trunk work)."""

_ELLIPSIS: Final = "…"

Intensity = Literal["active", "rest", "warmup", "cooldown"] | None
Duration = Literal["reps", "time", "open", "repeat"]


class Step(NamedTuple):
    """One workout step, ready to encode.

    ``value`` is the reps, the seconds (0 for an open step, ended with the lap button), or
    for a repeat step the index of the step to go back to; ``repeat`` is how many times
    in all a repeat step's steps are done. A repeat step has no name and no intensity.
    """

    name: str
    intensity: Intensity
    duration: Duration
    value: int
    repeat: int = 0
    exercise: tuple[str, str] | None = None
    weight_kg: float | None = None
    notes: str = ""


def truncate(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` UTF-8 bytes, cut at a character and ended with ``…``.

    >>> truncate("Bulgarian split squat", 12)
    'Bulgarian…'
    >>> truncate("Squat", 12)
    'Squat'
    """
    if len(text.encode("utf-8")) <= limit:
        return text
    room = limit - len(_ELLIPSIS.encode("utf-8"))
    cut = text.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip()
    return cut + _ELLIPSIS


def fit_exercise(exercise: Exercise) -> tuple[str, str]:
    """An exercise's FIT category and name: its own, or the fallback for its patterns.

    >>> from runstrength import default_catalog
    >>> fit_exercise(default_catalog()["goblet_squat"])
    ('squat', 'goblet_squat')
    """
    if exercise.fit_category is not None and exercise.fit_name is not None:
        return (exercise.fit_category, exercise.fit_name)
    for pattern, pair in FALLBACK.items():
        if pattern in exercise.patterns:
            return pair
    raise AssertionError("every pattern has a fallback")  # pragma: no cover


def workout_name(session: Session) -> str:
    """The default workout name: ``Strength`` or ``Strength (light)``."""
    return "Strength" if session.focus is Focus.strength else f"Strength ({session.focus})"


def _routine(name: str, intensity: Intensity, routine: Routine | None) -> list[Step]:
    if routine is None:
        return []
    parts = [f"{routine.minutes} min."] + [one_line(step) for step in routine.steps]
    return [Step(name, intensity, "open", 0, notes=truncate(" ".join(parts), NOTES_BYTES))]


_ACHILLES_TEMPO: Final = frozenset(
    {
        "exercise.achilles.tempo",
        "exercise.calf_block",
        "exercise.calf_block.trimmed",
        "race_week.achilles_tempo_kept",
    }
)
"""Reasons of a calf line whose slow tempo is kept for the Achilles."""


def _notes(item: Prescription, exercise: Exercise) -> str:
    parts = [str(item.dose)]
    if item.dose.tempo is not None and any(
        part.code in _ACHILLES_TEMPO for part in parts_of(item.reason)
    ):
        # The step note is all the athlete sees on the watch: the tempo's reason goes in,
        # second, so the note's length limit cuts the exercise's cue rather than it.
        parts.append(say("fit.achilles_tempo").text)
    cue = watch_cue(item.reason)
    if cue is not None:
        parts.append(cue)
    advice = load_advice(item.dose) if item.choose_load else None
    if advice is not None:
        parts.append(advice[:1].upper() + advice[1:])
    if item.dose.load_kg is not None and item.dose.load_kg > MAX_WEIGHT_KG:
        parts.append(f"Load {kg(item.dose.load_kg)}")
    if exercise.cues:
        parts.append(exercise.cues[0])
    note = ". ".join(one_line(part).rstrip(".") for part in parts) + "."
    if advice is not None and len(note.encode("utf-8")) > NOTES_BYTES and ";" in advice:
        # Too long for the watch: the reps in reserve are in the dose already, so the
        # advice keeps the load to choose and the exercise's cue is not cut.
        short = advice.split(";", 1)[0]
        note = note.replace(advice[:1].upper() + advice[1:], short[:1].upper() + short[1:], 1)
    return truncate(note, NOTES_BYTES)


def watch_cue(reason: Reason | None) -> str | None:
    """The short form of a body-weight move's effort cue in ``reason``, if it has one.

    A taper's or race week's cue (every rep should feel easy) comes as it is; a training
    week's as where to stop and what easy last reps mean.
    """
    codes = {part.code for part in parts_of(reason)}
    if not codes & CUES:
        return None
    if codes & EASY_CUES:
        return say("fit.effort_easy").text
    hold = "exercise.effort_top_hold" in codes
    return say("fit.effort_top_hold" if hold else "fit.effort_top").text


def _to_the_top(reason: Reason | None) -> bool:
    """Whether ``reason``'s effort cue asks for the top of the range (a training week's)."""
    return any(part.code in TOP_CUES for part in parts_of(reason))


EACH_SIDE: Final = ", each side"
"""What a per-side step's name ends with, when it counts reps or steps."""

SIDES: Final = (", left", ", right")
"""What the two steps of a per-side hold end their names with, in order."""


def side_name(name: str, suffix: str) -> str:
    """A step name ending with ``suffix``, the name cut to make room for it.

    >>> side_name("Split squat", EACH_SIDE)
    'Split squat, each side'
    >>> len(side_name("Ä" * 40, ", right").encode("utf-8"))
    50
    """
    room = NAME_BYTES - len(suffix.encode("utf-8"))
    return truncate(one_line(name), room) + suffix


def _work(item: Prescription, exercise: Exercise) -> list[Step]:
    """The active steps of one set: one, or one for each side of a per-side hold."""
    dose = item.dose
    load = dose.load_kg if dose.load_kg is not None and dose.load_kg <= MAX_WEIGHT_KG else None
    timed = dose.unit == "seconds"
    if not dose.per_side:
        names = [truncate(one_line(exercise.name), NAME_BYTES)]
    elif timed:
        names = [side_name(exercise.name, side) for side in SIDES]
    else:
        names = [side_name(exercise.name, EACH_SIDE)]
    notes = _notes(item, exercise)
    return [
        Step(
            name=name,
            intensity="active",
            duration="time" if timed else "reps",
            value=dose.amount.hi if _to_the_top(item.reason) else dose.amount.lo,
            exercise=fit_exercise(exercise),
            weight_kg=load,
            notes=notes,
        )
        for name in names
    ]


def _exercise_steps(
    item: Prescription, exercise: Exercise, first: int, *, last: bool
) -> list[Step]:
    """One prescription's steps from index ``first``.

    ``last``: nothing but the cool-down follows, so the final set has no rest after it.
    """
    dose = item.dose
    work = _work(item, exercise)
    rest = [Step("Rest", "rest", "time", dose.rest_seconds.hi)] if dose.rest_seconds.hi else []
    sets = dose.sets.hi
    if last and rest:
        sets -= 1  # every set but the final one rests; the final one comes after
    steps = [*work, *rest] if sets else []
    if sets > 1:
        steps.append(Step("", None, "repeat", first, repeat=sets))
    if last and rest:
        steps += work
    return steps


def session_steps(session: Session, catalog: Catalog, *, where: str = "session") -> list[Step]:
    """Every step of a session's workout, in order (the layout in this module's docstring).

    Raises:
        InputError: An exercise of the session is not in ``catalog``; one problem for each,
            with its path (``session.exercises[2].exercise``).
    """
    missing = [
        f"{where}.exercises[{index}].exercise: {item.exercise!r} is not in the catalog"
        " (pass the catalog the plan was made with)"
        for index, item in enumerate(session.exercises)
        if catalog.get(item.exercise) is None
    ]
    if missing:
        raise InputError(missing)
    steps = _routine("Warm-up", "warmup", session.warm_up)
    for number, item in enumerate(session.exercises, start=1):
        last = number == len(session.exercises)
        steps += _exercise_steps(item, catalog[item.exercise], len(steps), last=last)
    steps += _routine("Cool-down", "cooldown", session.cool_down)
    return steps
