"""The athlete: level, equipment, days, time, injuries and goals."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import check_int, fail, member, members, shown
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import KITS, Equipment, Goal, Injury, Level, Weekday, kit

__all__ = ["Athlete", "to_equipment"]

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


def _default_sessions(self: Athlete) -> int:
    return DEFAULT_SESSIONS.get(self.level, 1)


@final
@attrs.frozen(kw_only=True)
class Athlete:
    """The runner a plan is for.

    Args:
        level: Strength-training experience.
        equipment: Items at hand, or a kit name (default ``"home"``: wall, chair, step).
        available_days: Days strength work may go on (default every day).
        sessions_per_week: Sessions wanted, 1–3 (default by level: beginner 1, else 2).
        session_minutes: Minutes a session may take, 10–120 (default 30).
        injuries: Current complaints that rule exercises out.
        goals: What the strength work should help with.

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

    def __attrs_post_init__(self) -> None:
        check_int("Athlete", "sessions_per_week", self.sessions_per_week, 1, 3)
        check_int("Athlete", "session_minutes", self.session_minutes, 10, 120)
        if not self.available_days:
            raise fail("Athlete", "available_days", "at least one day must be available")
