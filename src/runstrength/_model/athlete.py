"""The athlete: level, equipment, days, time, injuries and goals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import final

import attrs

from runstrength._model.checks import (
    check_int,
    check_number,
    check_slug,
    fail,
    member,
    members,
    shown,
)
from runstrength._model.errors import InputError, Problem
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.shown import HtmlShown
from runstrength._model.vocab import KITS, Equipment, Goal, Injury, Level, Weekday, kit

__all__ = ["Athlete", "Lift", "to_equipment"]

DEFAULT_SESSIONS: dict[Level, int] = {
    Level.beginner: 1,
    Level.intermediate: 2,
    Level.advanced: 2,
}
"""Sessions a week by level when the athlete does not choose: one for a beginner (003 says
to start with one and add a second when recovery is good), two for the others (002, 003)."""


def to_equipment(value: Iterable[Equipment | str] | str, where: str = "") -> frozenset[Equipment]:
    """Convert a kit name (``"none"``, ``"home"``, ``"gym"``) or a list of items to equipment.

    >>> sorted(to_equipment("home")) == sorted(kit("home"))
    True
    """
    if isinstance(value, str):
        if value in KITS:
            return kit(value)
        if value not in Equipment._value2member_map_:
            message = f"{shown(value)} is neither a kit (none, home, gym) nor an equipment item"
            raise InputError(Problem(where, message))
    return members(Equipment, value, where)


def _level(value: Level | str) -> Level:
    return member(Level, value, "Athlete.level")


def _days(values: Iterable[Weekday | str] | str) -> frozenset[Weekday]:
    return members(Weekday, values, "Athlete.available_days")


def _injuries(values: Iterable[Injury | str] | str) -> frozenset[Injury]:
    return members(Injury, values, "Athlete.injuries")


def _goals(values: Iterable[Goal | str] | str) -> frozenset[Goal]:
    return members(Goal, values, "Athlete.goals")


def _equipment(value: Iterable[Equipment | str] | str) -> frozenset[Equipment]:
    return to_equipment(value, "Athlete.equipment")


@final
@attrs.frozen(kw_only=True)
class Lift:
    """A set the athlete has done recently and can report: the load, the reps and the effort.

    The planner turns it into a working load with the load math (an estimated 1RM, then the
    load for the prescribed reps and reps in reserve, rounded for the equipment).

    Args:
        load_kg: The load lifted, in kg (the external load: a dumbbell's weight, a bar's).
        reps: Reps done with it, 1–30.
        rir: Reps that were left in reserve at the end of the set, 0–10 (default 0).

    >>> Lift(load_kg=20, reps=10, rir=2).reps
    10
    """

    load_kg: float
    reps: int
    rir: int = 0

    def __attrs_post_init__(self) -> None:
        check_number("Lift", "load_kg", self.load_kg, 0.5, 1000)
        check_int("Lift", "reps", self.reps, 1, 30)
        check_int("Lift", "rir", self.rir, 0, 10)


def _lifts(value: Mapping[str, Lift] | Iterable[tuple[str, Lift]]) -> FrozenMap[str, Lift]:
    items = value.items() if isinstance(value, Mapping) else value
    out = []
    for key, lift in items:
        check_slug("Athlete", "lifts", key)
        if not isinstance(lift, Lift):
            raise fail("Athlete", f"lifts[{key!r}]", f"expected a Lift, got {lift!r}")
        out.append((key, lift))
    return FrozenMap(sorted(out, key=lambda item: item[0]))


def _default_sessions(self: Athlete) -> int:
    return DEFAULT_SESSIONS.get(self.level, 1)


@final
@attrs.frozen(kw_only=True)
class Athlete(HtmlShown):
    """The runner a plan is for.

    Args:
        level: Strength-training experience.
        equipment: Items at hand, or a kit name (default ``"home"``: wall, chair, step).
        available_days: Days strength work may go on (default every day).
        sessions_per_week: Sessions wanted, 1–3 (default by level: beginner 1, else 2).
        session_minutes: Minutes a session may take, 10–120 (default 30).
        injuries: Current complaints that rule exercises out.
        goals: What the strength work should help with.
        lifts: Recent sets the athlete can report, by exercise id (see :class:`Lift`);
            a loaded exercise with a known lift gets a load in kg, one without gets an
            instruction to choose a load by effort.

    >>> Athlete(level=Level.intermediate).sessions_per_week
    2
    """

    level: Level = attrs.field(converter=_level)
    equipment: frozenset[Equipment] = attrs.field(default=kit("home"), converter=_equipment)
    available_days: frozenset[Weekday] = attrs.field(default=frozenset(Weekday), converter=_days)
    sessions_per_week: int = attrs.field(default=attrs.Factory(_default_sessions, takes_self=True))
    session_minutes: int = 30
    injuries: frozenset[Injury] = attrs.field(default=frozenset(), converter=_injuries)
    goals: frozenset[Goal] = attrs.field(default=frozenset(), converter=_goals)
    lifts: FrozenMap[str, Lift] = attrs.field(default=FrozenMap(), converter=_lifts)

    def __attrs_post_init__(self) -> None:
        check_int("Athlete", "sessions_per_week", self.sessions_per_week, 1, 3)
        check_int("Athlete", "session_minutes", self.session_minutes, 10, 120)
        if not self.available_days:
            raise fail("Athlete", "available_days", "at least one day must be available")
