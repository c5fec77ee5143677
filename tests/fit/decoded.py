"""FIT files read back with ``fitdecode``, a reader independent of the writer, and checked.

``check_workout`` is the one place that says what each step of a session's file must be:
the tests of single sessions and the property over drawn plans both use it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import fitdecode
from fit_tool.profile import profile_type

import runstrength as rs
from runstrength._views.fitsteps import (
    EACH_SIDE,
    MAX_WEIGHT_KG,
    NAME_BYTES,
    NOTES_BYTES,
    SIDES,
    fit_exercise,
)

_STEP_FIELDS = {2: "duration_value", 4: "target_value"}
"""Fields a reader names by their sub-field (``duration_reps``, ``repeat_steps``)."""


@dataclass(frozen=True)
class Message:
    """One data message: its name, its fields' decoded values and their raw numbers."""

    name: str
    values: dict[str, object]
    raw: dict[str, object]


def decode(data: bytes) -> list[Message]:
    """Every data message of a FIT file, in order, the file's CRC checked."""
    messages = []
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage):
                values = {f.name: f.value for f in frame.fields if f.raw_value is not None}
                raw = {f.name: f.raw_value for f in frame.fields if f.raw_value is not None}
                if frame.name == "workout_step":  # sub-fields by their field's own name too
                    raw.update(
                        (_STEP_FIELDS[f.def_num], f.raw_value)
                        for f in frame.fields
                        if f.def_num in _STEP_FIELDS and f.raw_value is not None
                    )
                messages.append(Message(frame.name, values, raw))
    return messages


def profile_numbers(pair: tuple[str, str]) -> tuple[int, int]:
    """A FIT category and name as the profile numbers them, read from fit-tool's tables."""
    category, name = pair
    camel = "".join(word.capitalize() for word in category.split("_"))
    names = getattr(profile_type, f"{camel}ExerciseName")
    return (profile_type.ExerciseCategory[category.upper()].value, names[name.upper()].value)


def _check_routine(step: Message, name: str, intensity: str, routine: rs.Routine) -> None:
    assert step.values["wkt_step_name"] == name
    assert step.values["intensity"] == intensity
    assert step.values["duration_type"] == "open"  # ended with the lap button
    assert "duration_value" not in step.raw
    notes = step.values["notes"]
    assert isinstance(notes, str)
    assert notes.startswith(f"{routine.minutes} min.")
    assert len(notes.encode("utf-8")) <= NOTES_BYTES
    assert "exercise_category" not in step.raw


def _check_active(
    active: Message, at: int, item: rs.Prescription, ex: rs.Exercise, side: str
) -> None:
    """Check one active step: its name ends with ``side`` (``""`` when not per side)."""
    dose = item.dose
    assert active.raw["message_index"] == at
    assert active.values["intensity"] == "active"
    name = active.values["wkt_step_name"]
    assert isinstance(name, str)
    assert len(name.encode("utf-8")) <= NAME_BYTES
    assert name.endswith(side)
    assert ex.name.startswith(name.removesuffix(side).rstrip("…").rstrip())
    if dose.unit == "seconds":
        assert active.values["duration_type"] == "time"
        assert active.raw["duration_value"] == dose.amount.lo * 1000  # ms, as the profile wants
    else:
        assert active.values["duration_type"] == "reps"
        assert active.raw["duration_value"] == dose.amount.lo  # what each set must reach
    category, number = profile_numbers(fit_exercise(ex))
    assert active.raw["exercise_category"] == category
    assert active.values["exercise_category"] == fit_exercise(ex)[0]  # fitdecode's own table
    assert active.raw["exercise_name"] == number
    if dose.load_kg is not None and dose.load_kg <= MAX_WEIGHT_KG:
        assert active.raw["exercise_weight"] == round(dose.load_kg * 100)
        assert active.values["weight_display_unit"] == "kilogram"
    else:
        assert "exercise_weight" not in active.raw
    notes = active.values["notes"]
    assert isinstance(notes, str)
    assert len(notes.encode("utf-8")) <= NOTES_BYTES
    cut = notes.endswith("…") and str(dose).startswith(notes[:-1].rstrip())
    assert notes.startswith(str(dose)) or cut


def sides(dose: rs.Dose) -> tuple[str, ...]:
    """What each active step of one set ends its name with."""
    if not dose.per_side:
        return ("",)
    return SIDES if dose.unit == "seconds" else (EACH_SIDE,)


def _check_work(steps: list[Message], at: int, item: rs.Prescription, ex: rs.Exercise) -> int:
    """Check one set's active steps from index ``at``; return the index after them."""
    for offset, side in enumerate(sides(item.dose)):
        _check_active(steps[at + offset], at + offset, item, ex, side)
    return at + len(sides(item.dose))


def _check_exercise(
    steps: list[Message], at: int, item: rs.Prescription, ex: rs.Exercise, *, last: bool
) -> int:
    """Check one prescription's steps from index ``at``; return the index after them.

    ``last``: nothing but the cool-down follows, so the final set has no rest after it.
    """
    dose = item.dose
    rests = dose.rest_seconds.hi > 0
    sets = dose.sets.hi - 1 if last and rests else dose.sets.hi
    following = at
    if sets:
        following = _check_work(steps, at, item, ex)
        if rests:
            rest = steps[following]
            assert rest.values["wkt_step_name"] == "Rest"
            assert rest.values["intensity"] == "rest"
            assert rest.values["duration_type"] == "time"
            assert rest.raw["duration_value"] == dose.rest_seconds.hi * 1000
            assert "exercise_category" not in rest.raw
            following += 1
    if sets > 1:
        repeat = steps[following]
        assert repeat.values["duration_type"] == "repeat_until_steps_cmplt"
        assert repeat.raw["duration_value"] == at  # back to the first active step
        assert repeat.raw["target_value"] == sets  # in all
        assert "intensity" not in repeat.raw
        following += 1
    if last and rests:
        following = _check_work(steps, following, item, ex)  # the final set, no rest after
    return following


def check_workout(
    data: bytes, session: rs.Session, catalog: rs.Catalog, *, name: str | None = None
) -> list[Message]:
    """Check every message of a session's file; return the messages."""
    messages = decode(data)
    assert [m.name for m in messages[:2]] == ["file_id", "workout"]
    file_id, workout, steps = messages[0], messages[1], messages[2:]
    assert {m.name for m in steps} <= {"workout_step"}
    assert file_id.values["type"] == "workout"
    assert file_id.values["manufacturer"] == "development"
    assert file_id.raw["serial_number"] != 0
    assert workout.values["sport"] == "training"
    assert workout.values["sub_sport"] == "strength_training"
    assert workout.raw["num_valid_steps"] == len(steps)
    if name is not None:
        assert workout.values["wkt_name"] == name
    assert [s.raw["message_index"] for s in steps] == list(range(len(steps)))
    at = 0
    if session.warm_up is not None:
        _check_routine(steps[0], "Warm-up", "warmup", session.warm_up)
        at = 1
    for number, item in enumerate(session.exercises, start=1):
        last = number == len(session.exercises)
        at = _check_exercise(steps, at, item, catalog[item.exercise], last=last)
    if session.exercises:
        # no rest before the cool-down (a repeat step, with no intensity, may end the sets)
        assert steps[at - 1].values.get("intensity") != "rest"
    if session.cool_down is not None:
        _check_routine(steps[at], "Cool-down", "cooldown", session.cool_down)
        at += 1
    assert at == len(steps)
    return messages
