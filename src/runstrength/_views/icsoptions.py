"""The options of the calendar export, checked: identity, versions, times, zone and reminder.

An event's ``UID`` names its calendar, date and slot (its place among that day's sessions),
never its content, so a changed plan exported for the same dates keeps its events' UIDs
and a calendar app updates them in place. ``SEQUENCE`` tells the app which version is newer;
the core reads no clock, so the caller gives it (``sequence``) or the time of the export
(``stamp``) it is derived from.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from runstrength._model.checks import lone_surrogate
from runstrength._model.errors import InputError
from runstrength._model.plan import Session
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._model.vocab import Weekday

__all__ = [
    "DEFAULT_CALENDAR_ID",
    "MAX_REMINDER",
    "MAX_SEQUENCE",
    "SEQUENCE_EPOCH",
    "Options",
    "check_options",
    "event_minutes",
    "sequence_at",
    "uid",
]

DEFAULT_CALENDAR_ID = "strength"
"""The calendar identity when the caller names none: one runner's plan in one calendar."""

SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
"""A ``stamp``'s ``SEQUENCE`` is its whole seconds since this instant."""

MAX_SEQUENCE = 2**31 - 1
"""The largest ``SEQUENCE`` calendar apps store (a signed 32-bit integer)."""

MAX_REMINDER = datetime.timedelta(weeks=1)
"""The earliest a reminder may come before its session."""

_SLOT_MINUTES = 5
"""Timed events last the session's estimated minutes rounded up to a multiple of this."""


@attrs.frozen
class Options:
    """Checked export options.

    Args:
        token: The calendar identity as a short hex digest (UID-safe whatever its text).
        stamp: ``DTSTAMP``, in UTC.
        sequence: ``SEQUENCE``, or ``None`` to leave it out (version 0).
        times: The time of day per weekday (Monday first), ``None`` for an all-day event.
        zone: The time zone of the times, or ``None`` for floating local times.
        reminder: How long before each session's start a reminder shows, if at all.
    """

    token: str
    stamp: datetime.datetime
    sequence: int | None
    times: tuple[datetime.time | None, ...]
    zone: ZoneInfo | None
    reminder: datetime.timedelta | None


def uid(token: str, day: datetime.date, slot: int) -> str:
    """The UID of a calendar's ``slot``-th session (from 1) on ``day``."""
    return f"{day.strftime('%Y%m%d')}-{slot}-{token}@runstrength"


def sequence_at(stamp: datetime.datetime) -> int:
    """The ``SEQUENCE`` of an export made at ``stamp``: whole seconds since 2020 began (UTC)."""
    return (stamp - SEQUENCE_EPOCH) // datetime.timedelta(seconds=1)


def event_minutes(session: Session) -> int:
    """A timed event's length: the session's estimated minutes, rounded up to 5.

    The estimate is the one rule RS203 and the planner use under the default settings
    (warm-up, sets of work and rest, changeovers, cool-down; the session's own warm-up and
    cool-down at their shortest).
    """
    settings = DEFAULT_SETTINGS
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    cool_down = session.cool_down.minutes.lo if session.cool_down else settings.cool_down_minutes
    minutes = estimate_minutes(
        (item.dose for item in session.exercises),
        warm_up_minutes=warm_up,
        cool_down_minutes=cool_down,
        settings=settings,
    )
    return max(_SLOT_MINUTES, math.ceil(minutes / _SLOT_MINUTES) * _SLOT_MINUTES)


def _check_calendar_id(calendar_id: object, problems: list[str]) -> str:
    if not isinstance(calendar_id, str) or not calendar_id.strip():
        problems.append(f"calendar_id: expected a non-empty str, got {calendar_id!r}")
        return ""
    wrong = lone_surrogate(calendar_id)
    if wrong is not None:
        problems.append(f"calendar_id: {wrong}")
        return ""
    return hashlib.sha256(calendar_id.encode("utf-8")).hexdigest()[:16]


def _check_stamp(stamp: object, problems: list[str]) -> datetime.datetime | None:
    if stamp is None:
        return None
    if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() is None:
        problems.append(
            "stamp: expected an aware datetime.datetime (the time of the export, e.g. "
            f"datetime.datetime.now(datetime.UTC)), got {stamp!r}"
        )
        return None
    utc = stamp.astimezone(datetime.UTC).replace(microsecond=0)
    if not 0 <= sequence_at(utc) <= MAX_SEQUENCE:
        last = SEQUENCE_EPOCH + datetime.timedelta(seconds=MAX_SEQUENCE)
        problems.append(
            f"stamp: {stamp.isoformat()} is outside {SEQUENCE_EPOCH:%Y-%m-%d} to "
            f"{last:%Y-%m-%d %H:%M:%S} UTC, where a SEQUENCE follows from it; give sequence"
        )
        return None
    return utc


def _check_sequence(sequence: object, problems: list[str]) -> int | None:
    if sequence is None:
        return None
    if isinstance(sequence, bool) or not isinstance(sequence, int):
        problems.append(f"sequence: expected an int, got {sequence!r}")
        return None
    if not 0 <= sequence <= MAX_SEQUENCE:
        problems.append(f"sequence: {sequence} is outside 0 to {MAX_SEQUENCE}")
        return None
    return sequence


def _check_time(path: str, value: object, problems: list[str]) -> datetime.time | None:
    if not isinstance(value, datetime.time):
        problems.append(f"{path}: expected a datetime.time, got {value!r}")
        return None
    if value.tzinfo is not None:
        problems.append(f"{path}: give a time without tzinfo ({value}); name the zone with tz")
        return None
    return value


def _check_at(at: object, problems: list[str]) -> tuple[datetime.time | None, ...]:
    none: tuple[datetime.time | None, ...] = (None,) * 7
    if at is None:
        return none
    if not isinstance(at, Mapping):
        time = _check_time("at", at, problems)
        return none if time is None else (time,) * 7
    times = list(none)
    for key, value in at.items():
        path = f"at[{key!r}]"
        try:
            day = Weekday(key)
        except ValueError:
            names = ", ".join(d.value for d in Weekday)
            problems.append(f"{path}: {key!r} is not a weekday ({names})")
            continue
        times[day.rank] = _check_time(path, value, problems)
    return tuple(times)


def _check_tz(tz: object, timed: bool, problems: list[str]) -> ZoneInfo | None:
    if tz is None:
        return None
    if not isinstance(tz, str):
        problems.append(f"tz: expected an IANA time zone name (a str), got {tz!r}")
        return None
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"tz: {tz!r} is not an IANA time zone name (e.g. 'Europe/Paris')")
        return None
    if not timed:
        problems.append("tz: only used with at (all-day events have no time zone)")
        return None
    return zone


def _check_reminder(reminder: object, problems: list[str]) -> datetime.timedelta | None:
    if reminder is None:
        return None
    if not isinstance(reminder, datetime.timedelta):
        problems.append(f"reminder: expected a datetime.timedelta, got {reminder!r}")
        return None
    if not datetime.timedelta(0) <= reminder <= MAX_REMINDER:
        problems.append(f"reminder: {reminder} is outside 0 to {MAX_REMINDER} before the start")
        return None
    if reminder % datetime.timedelta(seconds=1):
        problems.append(f"reminder: {reminder} is not a whole number of seconds")
        return None
    return reminder


def check_options(
    start: datetime.date,
    *,
    calendar_id: object,
    sequence: object,
    stamp: object,
    at: object,
    tz: object,
    reminder: object,
    replaces: bool,
) -> Options:
    """The options checked together: one :class:`InputError` names every bad one.

    ``replaces`` says whether the export cancels the sessions of an earlier one, which
    needs a version above the earlier export's: a ``sequence`` above 0 or a ``stamp``.
    """
    problems: list[str] = []
    token = _check_calendar_id(calendar_id, problems)
    checked_sequence = _check_sequence(sequence, problems)
    checked_stamp = _check_stamp(stamp, problems)
    times = _check_at(at, problems)
    zone = _check_tz(tz, any(t is not None for t in times) or at is not None, problems)
    checked_reminder = _check_reminder(reminder, problems)
    if replaces and not sequence and stamp is None:
        problems.append(
            "previous: cancelling its sessions needs a later version than its export; "
            "give stamp (the time of this export) or a sequence above the earlier one"
        )
    if problems:
        raise InputError(problems)
    if checked_sequence is None and checked_stamp is not None:
        checked_sequence = sequence_at(checked_stamp)
    midnight = datetime.datetime.combine(start, datetime.time(0), tzinfo=datetime.UTC)
    return Options(
        token=token,
        stamp=midnight if checked_stamp is None else checked_stamp,
        sequence=checked_sequence,
        times=times,
        zone=zone,
        reminder=checked_reminder,
    )
