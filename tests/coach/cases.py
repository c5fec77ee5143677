"""The athletes and running weeks the coach review reads, as a fixed table.

No randomness: each row is a runner a coach could meet, and together the rows cover every
level, kit, listed injury and goal, 1–3 sessions, 15–90 minutes, race weeks, off-season
weeks, two- and three-day runners and back-to-back key runs.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

import runstrength as rs

E = rs.Equipment
BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced

KITS: Final[dict[str, frozenset[rs.Equipment]]] = {
    "none": rs.kit("none"),
    "home": rs.kit("home"),
    "homedb": rs.kit("home") | {E.dumbbell, E.mini_band},
    "gym": rs.kit("gym"),
}
"""Floor only; wall, chair and step; the same with a dumbbell and a mini band; a gym."""

WEEKS: Final[dict[str, rs.RunningWeek]] = {
    # Four or more running days.
    "classic": rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long"),
    "easy3long": rs.RunningWeek(mon="easy", wed="easy", fri="easy", sun="long"),
    "five": rs.RunningWeek(
        mon="recovery", tue="intervals", wed="easy", thu="tempo", sat="easy", sun="long"
    ),
    "six": rs.RunningWeek(
        mon="easy", tue="intervals", wed="recovery", thu="tempo", fri="easy", sat="easy", sun="long"
    ),
    "doubles": rs.RunningWeek(
        mon="easy", tue=["easy", "intervals"], wed="easy", thu=["easy", "tempo"], sun="long"
    ),
    "hilly": rs.RunningWeek(tue="hills", wed="easy", thu="easy", sat="long"),
    # Two and three running days.
    "two": rs.RunningWeek(wed="easy", sun="long"),
    "two_quality": rs.RunningWeek(tue="tempo", sat="long"),
    "three": rs.RunningWeek(tue="intervals", thu="easy", sat="long"),
    "three_easy": rs.RunningWeek(mon="easy", wed="easy", sat="long"),
    # Back-to-back key runs.
    "weekend_pair": rs.RunningWeek(tue="easy", thu="easy", sat="tempo", sun="long"),
    "midweek_pair": rs.RunningWeek(
        mon="easy", tue="intervals", wed="hills", fri="easy", sun="long"
    ),
    # Race weeks.
    "race_sun": rs.RunningWeek(mon="easy", wed="easy", fri="easy", sun="race"),
    "race_sat": rs.RunningWeek(tue="easy", thu="easy", sat="race"),
    "race_wed": rs.RunningWeek(mon="easy", wed="race", fri="easy", sun="easy"),
    # No runs at all: the off-season.
    "off": rs.RunningWeek(),
}


@attrs.frozen
class Case:
    """One runner and their week, named for the failure messages."""

    name: str
    athlete: rs.Athlete
    week_name: str

    @property
    def week(self) -> rs.RunningWeek:
        """The running week of the case."""
        return WEEKS[self.week_name]

    @property
    def plan(self) -> rs.WeekPlan:
        """The planner's week for the case (built once)."""
        return _plan(self.athlete, self.week_name)

    def __str__(self) -> str:
        return self.name


@functools.cache
def _plan(athlete: rs.Athlete, week_name: str) -> rs.WeekPlan:
    return rs.build_week(athlete, WEEKS[week_name])


Row = tuple[rs.Level, str, int, int, str, str, str, str]
"""Level, kit, sessions, minutes, week, injuries, goals, available days (blank: any)."""

ROWS: Final[tuple[Row, ...]] = (
    # level kit  sessions minutes week  injuries  goals  days
    (BEG, "none", 1, 20, "easy3long", "", "", ""),
    (BEG, "home", 1, 30, "easy3long", "", "", ""),
    (BEG, "home", 2, 30, "classic", "", "", ""),
    (BEG, "homedb", 2, 45, "three", "", "endurance", ""),
    (BEG, "gym", 1, 60, "classic", "", "", ""),
    (BEG, "gym", 2, 90, "off", "", "", ""),
    (BEG, "none", 1, 15, "two", "", "", ""),
    (BEG, "home", 1, 20, "race_sun", "", "", ""),
    (BEG, "home", 3, 30, "off", "", "resilience", ""),
    (BEG, "none", 2, 30, "weekend_pair", "knee", "", ""),
    (BEG, "home", 1, 30, "easy3long", "achilles", "", ""),
    (BEG, "homedb", 1, 45, "two_quality", "", "hills", ""),
    (BEG, "gym", 2, 30, "three", "lower_back", "", ""),
    (BEG, "home", 1, 30, "classic", "", "speed", ""),
    (BEG, "none", 2, 20, "three_easy", "shin", "", ""),
    (BEG, "homedb", 1, 60, "easy3long", "ankle", "", ""),
    (BEG, "home", 2, 45, "midweek_pair", "hip", "", ""),
    (BEG, "gym", 2, 30, "race_sat", "", "", ""),
    (BEG, "home", 3, 15, "five", "", "", ""),
    (BEG, "none", 1, 90, "off", "", "", ""),
    (BEG, "homedb", 2, 30, "hilly", "knee,ankle", "hills,resilience", ""),
    (INT, "gym", 2, 30, "classic", "", "", ""),
    (INT, "gym", 3, 45, "five", "", "speed", ""),
    (INT, "home", 2, 30, "easy3long", "", "hills", ""),
    (INT, "homedb", 2, 45, "three", "", "resilience", ""),
    (INT, "none", 2, 20, "two", "", "", ""),
    (INT, "gym", 2, 60, "weekend_pair", "", "", ""),
    (INT, "gym", 1, 30, "race_sun", "", "", ""),
    (INT, "homedb", 2, 30, "race_wed", "", "", ""),
    (INT, "home", 3, 30, "off", "", "speed", ""),
    (INT, "gym", 2, 90, "off", "", "endurance", ""),
    (INT, "none", 1, 15, "classic", "", "", ""),
    (INT, "gym", 2, 45, "classic", "knee", "speed", ""),
    (INT, "homedb", 2, 30, "easy3long", "achilles", "speed", ""),
    (INT, "gym", 2, 30, "three", "lower_back", "hills", ""),
    (INT, "home", 2, 45, "three_easy", "hip", "endurance", ""),
    (INT, "gym", 3, 60, "six", "ankle", "resilience", ""),
    (INT, "homedb", 2, 20, "two_quality", "shin", "", ""),
    (INT, "gym", 2, 30, "weekend_pair", "", "", "tue,sat"),
    (INT, "gym", 1, 30, "weekend_pair", "", "", "fri"),
    (INT, "home", 2, 30, "doubles", "", "", ""),
    (INT, "gym", 3, 90, "midweek_pair", "", "speed,hills", ""),
    (INT, "none", 3, 20, "race_sat", "", "", ""),
    (INT, "gym", 2, 45, "hilly", "", "hills", ""),
    (ADV, "gym", 2, 45, "classic", "", "", ""),
    (ADV, "gym", 3, 60, "five", "", "speed", ""),
    (ADV, "gym", 2, 90, "off", "", "", ""),
    (ADV, "gym", 2, 30, "weekend_pair", "", "speed", ""),
    (ADV, "gym", 1, 30, "race_sun", "", "", ""),
    (ADV, "homedb", 2, 45, "three", "", "speed", ""),
    (ADV, "home", 2, 30, "easy3long", "", "hills", ""),
    (ADV, "none", 2, 20, "two", "", "speed", ""),
    (ADV, "gym", 2, 60, "classic", "lower_back", "endurance", ""),
    (ADV, "gym", 2, 45, "three", "knee", "speed", ""),
    (ADV, "gym", 2, 45, "easy3long", "achilles", "resilience", ""),
    (ADV, "homedb", 3, 30, "midweek_pair", "hip", "", ""),
    (ADV, "gym", 2, 30, "six", "ankle,shin", "speed", ""),
    (ADV, "gym", 3, 15, "classic", "", "", ""),
    (ADV, "gym", 2, 60, "race_wed", "", "", ""),
    (ADV, "none", 1, 90, "off", "", "speed", ""),
    (ADV, "gym", 2, 45, "hilly", "", "hills", ""),
    (ADV, "gym", 2, 30, "weekend_pair", "", "", "mon,wed,fri"),
    (ADV, "homedb", 2, 60, "two_quality", "", "resilience,endurance", ""),
    (ADV, "gym", 3, 45, "doubles", "", "speed", ""),
    (ADV, "gym", 1, 30, "weekend_pair", "", "", "sat"),
    (ADV, "home", 2, 90, "race_sat", "", "", ""),
)


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


def _case(row: Row) -> Case:
    level, kit_name, sessions, minutes, week_name, injuries, goals, days = row
    athlete = rs.Athlete(
        level=level,
        equipment=KITS[kit_name],
        sessions_per_week=sessions,
        session_minutes=minutes,
        injuries=_split(injuries),
        goals=_split(goals),
        available_days=_split(days) or list(rs.Weekday),
    )
    parts = [str(level)[:3], kit_name, f"{sessions}x{minutes}", week_name]
    parts += [
        f"{tag}={value}"
        for tag, value in (("hurt", injuries), ("goal", goals), ("on", days))
        if value
    ]
    return Case("-".join(parts), athlete, week_name)


CASES: Final[tuple[Case, ...]] = tuple(_case(row) for row in ROWS)
