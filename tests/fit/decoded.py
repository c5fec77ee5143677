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
from runstrength._views.fitsteps import MAX_WEIGHT_KG, NOTES_BYTES, fit_exercise

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
    assert step.values["duration_type"] == "time"
    assert step.raw["duration_value"] == routine.minutes.hi * 60 * 1000  # ms
    assert "exercise_category" not in step.raw


def _check_exercise(steps: list[Message], at: int, item: rs.Prescription, ex: rs.Exercise) -> int:
    """Check one prescription's steps from index ``at``; return the index after them."""
    dose = item.dose
    active = steps[at]
    assert active.raw["message_index"] == at
    assert active.values["intensity"] == "active"
    assert isinstance(active.values["wkt_step_name"], str)
    assert ex.name.startswith(active.values["wkt_step_name"].rstrip("…").rstrip())
    if dose.unit == "seconds":
        assert active.values["duration_type"] == "time"
        assert active.raw["duration_value"] == dose.amount.hi * 1000  # ms, as the profile wants
    else:
        assert active.values["duration_type"] == "reps"
        assert active.raw["duration_value"] == dose.amount.hi
    category, name = profile_numbers(fit_exercise(ex))
    assert active.raw["exercise_category"] == category
    assert active.values["exercise_category"] == fit_exercise(ex)[0]  # fitdecode's own table
    assert active.raw["exercise_name"] == name
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
    following = at + 1
    if dose.rest_seconds.hi > 0:
        rest = steps[following]
        assert rest.values["intensity"] == "rest"
        assert rest.values["duration_type"] == "time"
        assert rest.raw["duration_value"] == dose.rest_seconds.hi * 1000
        assert "exercise_category" not in rest.raw
        following += 1
    if dose.sets.hi > 1:
        repeat = steps[following]
        assert repeat.values["duration_type"] == "repeat_until_steps_cmplt"
        assert repeat.raw["duration_value"] == at  # back to the active step
        assert repeat.raw["target_value"] == dose.sets.hi  # sets in all
        assert "intensity" not in repeat.raw
        following += 1
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
    for item in session.exercises:
        at = _check_exercise(steps, at, item, catalog[item.exercise])
    if session.cool_down is not None:
        _check_routine(steps[at], "Cool-down", "cooldown", session.cool_down)
        at += 1
    assert at == len(steps)
    return messages
