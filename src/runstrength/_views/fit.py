"""Workout files for watches: a session, a week plan or a block as FIT strength workouts.

Needs the ``fit`` extra (``pip install "runstrength[fit]"``), which brings ``fit-tool``;
it is imported on the first call, so ``import runstrength`` does not load it. The steps
each file holds, and how a dose becomes them, are in :mod:`runstrength._views.fitsteps`.
"""

from __future__ import annotations

import datetime
import importlib
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.errors import InputError, MissingExtraError
from runstrength._model.plan import Session, WeekPlan
from runstrength._model.vocab import Focus
from runstrength._views.fitsteps import (
    NAME_BYTES,
    Step,
    fit_exercise,
    session_steps,
    truncate,
    workout_name,
)

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["CREATED", "fit_files", "to_fit"]

_FIT_EPOCH: Final = datetime.datetime(1989, 12, 31, tzinfo=datetime.UTC)
"""The start of FIT time."""

_FIRST: Final = _FIT_EPOCH + datetime.timedelta(seconds=0x10000000)
"""The first moment a FIT ``date_time`` holds as a date (smaller values count from a
device's power-on), in July 1998."""

_LAST: Final = _FIT_EPOCH + datetime.timedelta(seconds=2**32 - 2)
"""The last moment a FIT ``date_time`` holds, in 2126."""

CREATED: Final = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
"""``to_fit``'s default ``created``, midnight UTC on 1 January 2000: a fixed moment, so the
same session always gives the same bytes."""


def _fit_tool_missing(exc: ImportError) -> MissingExtraError:
    return MissingExtraError(
        'to_fit needs the fit-tool package; install it with: pip install "runstrength[fit]"'
        f" ({exc})"
    )


def _profile() -> ModuleType:
    try:  # optional extra, loaded on first use
        return importlib.import_module("fit_tool.profile.profile_type")
    except ImportError as exc:
        raise _fit_tool_missing(exc) from None


def _camel(snake: str) -> str:
    return "".join(word.capitalize() for word in snake.split("_"))


def profile_ids(category: str, name: str) -> tuple[int, int] | None:
    """The FIT profile's numbers for an exercise category and a name in its list.

    ``None`` when the profile has no such category, or no such name in the category.

    Raises:
        MissingExtraError: ``fit-tool`` is not installed.
    """
    profile = _profile()
    names = getattr(profile, f"{_camel(category)}ExerciseName", None)
    categories = profile.ExerciseCategory.__members__
    if names is None or category.upper() not in categories:
        return None
    member = names.__members__.get(name.upper())
    if member is None:
        return None
    return (int(categories[category.upper()].value), int(member.value))


def _check_catalog(catalog: object) -> Catalog:
    if catalog is None:
        return default_catalog()
    if not isinstance(catalog, Catalog):
        raise InputError(f"catalog: expected a Catalog or None, got {catalog!r}")
    return catalog


def _check_created(created: object, where: str = "created") -> datetime.datetime:
    if not isinstance(created, datetime.datetime):
        raise InputError(f"{where}: expected a datetime.datetime, got {created!r}")
    if created.tzinfo is None or created.utcoffset() is None:
        raise InputError(f"{where}: needs a time zone (e.g. tzinfo=datetime.UTC): {created!r}")
    if not _FIRST <= created <= _LAST:
        raise InputError(
            f"{where}: {created.isoformat()} is outside what a FIT file holds "
            f"({_FIRST.isoformat()} to {_LAST.isoformat()})"
        )
    return created


def _check_name(name: object) -> str | None:
    if name is None:
        return None
    if not isinstance(name, str) or not name.strip() or not name.isprintable():
        raise InputError(f"name: expected a printable, non-blank string or None, got {name!r}")
    return name


def _serial(name: str, steps: list[Step]) -> int:
    """A serial number from the workout's content: the same workout, the same number."""
    return zlib.crc32(repr((name, steps)).encode("utf-8")) or 1  # 0: a uint32z's invalid


def _messages(
    steps: list[Step], profile: ModuleType, ids: dict[tuple[str, str], tuple[int, int]]
) -> list[object]:
    from fit_tool.profile.messages.workout_step_message import (  # noqa: PLC0415  # optional extra
        WorkoutStepMessage,
    )

    duration = profile.WorkoutStepDuration
    intensity = {
        "active": profile.Intensity.ACTIVE,
        "rest": profile.Intensity.REST,
        "warmup": profile.Intensity.WARMUP,
        "cooldown": profile.Intensity.COOLDOWN,
    }
    messages: list[object] = []
    for index, step in enumerate(steps):
        message = WorkoutStepMessage()
        message.message_index = index
        if step.name:
            message.workout_step_name = step.name
        if step.duration == "repeat":
            message.duration_type = duration.REPEAT_UNTIL_STEPS_CMPLT
            message.duration_step = step.value
            message.target_type = profile.WorkoutStepTarget.OPEN
            message.target_repeat_steps = step.repeat
        else:
            if step.duration == "reps":
                message.duration_type = duration.REPS
                message.duration_reps = step.value
            elif step.duration == "open":
                message.duration_type = duration.OPEN  # ended with the lap button
            else:
                message.duration_type = duration.TIME
                message.duration_time = float(step.value)  # seconds; the file holds ms
            message.target_type = profile.WorkoutStepTarget.OPEN
        if step.intensity is not None:
            message.intensity = intensity[step.intensity]
        if step.notes:
            message.notes = step.notes
        if step.exercise is not None:
            message.exercise_category, message.exercise_name = ids[step.exercise]
        if step.weight_kg is not None:
            message.exercise_weight = step.weight_kg  # kg; the file holds kg × 100
            message.weight_display_unit = profile.FitBaseUnit.KILOGRAM.value
        messages.append(message)
    return messages


def _exercise_ids(
    session: Session, catalog: Catalog, where: str
) -> dict[tuple[str, str], tuple[int, int]]:
    """The profile's numbers for each exercise of the session, or every one it lacks."""
    ids: dict[tuple[str, str], tuple[int, int]] = {}
    problems: list[str] = []
    for number, item in enumerate(session.exercises):
        pair = fit_exercise(catalog[item.exercise])
        found = profile_ids(*pair)
        if found is None:
            problems.append(
                f"{where}.exercises[{number}]: {item.exercise} has fit_category {pair[0]!r}"
                f" and fit_name {pair[1]!r}, which the FIT profile does not list together"
            )
        else:
            ids[pair] = found
    if problems:
        raise InputError(problems)
    return ids


def _encode(
    session: Session, catalog: Catalog, name: str, created: datetime.datetime, where: str
) -> bytes:
    profile = _profile()
    from fit_tool.fit_file_builder import FitFileBuilder  # noqa: PLC0415  # optional extra
    from fit_tool.profile.messages.file_id_message import (  # noqa: PLC0415  # optional extra
        FileIdMessage,
    )
    from fit_tool.profile.messages.workout_message import (  # noqa: PLC0415  # optional extra
        WorkoutMessage,
    )

    steps = session_steps(session, catalog, where=where)
    steps_messages = _messages(steps, profile, _exercise_ids(session, catalog, where))

    workout = WorkoutMessage()
    workout.workout_name = truncate(name, NAME_BYTES)
    workout.sport = profile.Sport.TRAINING
    workout.sub_sport = profile.SubSport.STRENGTH_TRAINING
    workout.num_valid_steps = len(steps)

    file_id = FileIdMessage()
    file_id.type = profile.FileType.WORKOUT
    file_id.manufacturer = profile.Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.serial_number = _serial(name, steps)
    file_id.time_created = round(created.timestamp() * 1000)  # ms since 1970, as fit-tool takes

    builder = FitFileBuilder(auto_define=True)
    builder.add(file_id)
    builder.add(workout)
    builder.add_all(steps_messages)
    data: bytes = builder.build_bytes()
    return data


def to_fit(
    session: Session,
    *,
    catalog: Catalog | None = None,
    name: str | None = None,
    created: datetime.datetime | None = None,
) -> bytes:
    """A strength session as a FIT workout file, for a watch or a training app.

    The file holds a ``file_id`` (type ``workout``), a ``workout`` (sport ``training``,
    sub-sport ``strength_training``, its name and step count) and its ``workout_step``
    messages: the warm-up (open: the athlete presses lap), then for each exercise an
    active step (two for a per-side hold, left then right), a rest step and a step that
    repeats them for the number of sets, then the cool-down (open too); the last exercise
    has no rest after its final set. Each active step names its exercise by FIT category
    and name (from the catalog entry, or from its movement pattern), says ``each side``
    in its name when the amount is per side, counts reps or time (the low end of the
    dose's range: what each set must reach), carries the load in kg when the plan gives
    one, and has the dose and a coaching cue as notes. The full layout is in the
    reference page on FIT files.

    The output depends on the arguments only, never on the clock: ``created`` goes in the
    ``file_id``, and its serial number is a checksum of the workout, so the same session
    gives the same bytes.

    Needs the ``fit`` extra: ``pip install "runstrength[fit]"``.

    Args:
        session: The session to encode.
        catalog: Where exercises come from (default: the packaged catalog).
        name: The workout's name (default ``Strength`` or ``Strength (light)``); cut to
            50 bytes.
        created: When the file counts as created, with a time zone, from July 1998 to
            2126 (default :data:`CREATED`, midnight UTC on 1 January 2000).

    Returns:
        The FIT file's bytes.

    Raises:
        InputError: ``session`` is not a ``Session``, ``catalog`` not a ``Catalog``,
            ``name`` blank or not text, ``created`` not a datetime with a time zone
            within FIT time, or an exercise not in the catalog or with a FIT category and
            name the profile does not hold (one problem each, with its path).
        MissingExtraError: ``fit-tool`` is not installed (also an ``ImportError``).

    >>> import runstrength as rs
    >>> plan = rs.build_week(rs.Athlete(level="beginner"), rs.RunningWeek(tue="easy"))
    >>> data = to_fit(plan.sessions[0])
    >>> data[8:12]
    b'.FIT'
    """
    if not isinstance(session, Session):
        raise InputError(f"session: expected a Session, got {session!r}")
    names = _check_catalog(catalog)
    title = _check_name(name)
    moment = CREATED if created is None else _check_created(created)
    return _encode(session, names, title or workout_name(session), moment, "session")


def _weeks(plan: WeekPlan | Block) -> tuple[WeekPlan, ...]:
    if isinstance(plan, WeekPlan):
        return (plan,)
    if isinstance(plan, Block):
        return plan.weeks
    raise InputError(f"plan: expected a WeekPlan or a Block, got {plan!r}")


def _check_start(start: object) -> datetime.date:
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        raise InputError(f"start: expected a datetime.date (a Monday), got {start!r}")
    if start.weekday() != 0:
        raise InputError(
            "start must be a Monday (the first day of the plan's first week); "
            f"{start.isoformat()} is a {start.strftime('%A')}"
        )
    return start


def _dated(
    plan: WeekPlan | Block, start: datetime.date
) -> Iterator[tuple[datetime.date, str, Session]]:
    """Each session with its date and path, by date, plan order within a day."""
    weeks = _weeks(plan)
    for offset, week in enumerate(weeks):
        monday = start + datetime.timedelta(weeks=offset)
        prefix = (
            "plan" if len(weeks) == 1 and isinstance(plan, WeekPlan) else f"plan.weeks[{offset}]"
        )
        ranked = sorted(enumerate(week.sessions), key=lambda pair: pair[1].day.rank)
        for index, session in ranked:
            yield (
                monday + datetime.timedelta(days=session.day.rank),
                f"{prefix}.sessions[{index}]",
                session,
            )


def fit_files(
    plan: WeekPlan | Block,
    *,
    start: datetime.date,
    catalog: Catalog | None = None,
    created: datetime.datetime | None = None,
) -> dict[str, bytes]:
    """Every session of a week plan or a block as a FIT workout file, by file name.

    A file is named by its session's date and focus: ``2026-03-02-strength.fit``,
    ``2026-03-05-strength-light.fit`` (a second session on one day adds ``-2``). Week
    ``k``'s weekday ``d`` is ``start`` plus ``7k + d`` days. Each workout is named by its
    focus and date (``Strength 2026-03-02``) and built as :func:`to_fit` builds one. Write the
    files to a folder and copy them to the watch.

    Needs the ``fit`` extra: ``pip install "runstrength[fit]"``.

    Args:
        plan: A week plan, or a block (its weeks follow one another from ``start``).
        start: The Monday of the first week.
        catalog: Where exercises come from (default: the packaged catalog).
        created: When every file counts as created, with a time zone (default: midnight
            UTC on each session's date, which must then fall from July 1998 to 2126).

    Returns:
        File name to FIT bytes, by date, plan order within a day.

    Raises:
        InputError: ``plan`` is neither a ``WeekPlan`` nor a ``Block``, ``start`` not a
            Monday, the plan runs past the last date, ``catalog`` or ``created`` is not
            valid, or an exercise is missing from the catalog (with its path).
        MissingExtraError: ``fit-tool`` is not installed (also an ``ImportError``).

    >>> import datetime
    >>> import runstrength as rs
    >>> plan = rs.build_week(rs.Athlete(level="beginner"), rs.RunningWeek(tue="easy"))
    >>> sorted(fit_files(plan, start=datetime.date(2026, 3, 2)))
    ['2026-03-03-strength.fit']
    """
    day_one = _check_start(start)
    names = _check_catalog(catalog)
    moment = None if created is None else _check_created(created)
    try:
        dated = list(_dated(plan, day_one))
    except OverflowError:
        raise InputError(f"start: {day_one.isoformat()} leaves no room for the plan") from None
    files: dict[str, bytes] = {}
    for day, where, session in dated:
        focus = "strength" if session.focus is Focus.strength else f"strength-{session.focus}"
        stem = f"{day.isoformat()}-{focus}"
        file_name, count = f"{stem}.fit", 1
        while file_name in files:
            count += 1
            file_name = f"{stem}-{count}.fit"
        at = moment or datetime.datetime.combine(day, datetime.time(0), tzinfo=datetime.UTC)
        title = f"{workout_name(session)} {day.isoformat()}"
        files[file_name] = _encode(session, names, title, _check_created(at, where), where)
    return files
