"""Athletes and running weeks the season tests share."""

from __future__ import annotations

import runstrength as rs

ADVANCED_WITH_LIFTS = rs.Athlete(
    level="advanced",
    equipment="gym",
    sessions_per_week=2,
    session_minutes=60,
    goals=["speed"],
    lifts={
        "back_squat": rs.Lift(load_kg=100, reps=5, rir=2),
        "romanian_deadlift": rs.Lift(load_kg=80, reps=8, rir=2),
    },
)
"""An advanced runner in a gym who reported a back squat and a Romanian deadlift."""


BLOCK_A = rs.Athlete(
    level="intermediate",
    equipment="gym",
    sessions_per_week=2,
    session_minutes=45,
    goals=["endurance"],
)
"""Block A's runner: intermediate, gym, 45 minutes, a marathon build."""

BLOCK_C_WEEKS = [
    rs.RunningWeek(
        mon=rs.Run("easy", 50),
        tue=rs.Run("intervals", 70),
        thu=rs.Run("tempo", 60),
        sat=rs.Run("easy", 50),
        sun=rs.Run("long", 110),
    )
] * 6 + [
    rs.RunningWeek(tue=rs.Run("intervals", 50), thu=rs.Run("easy", 40), sun=rs.Run("long", 80)),
    rs.RunningWeek(tue=rs.Run("easy", 40), thu=rs.Run("easy", 30), sat=rs.Run("race", 90)),
]
"""Block C's running: six weeks of a half-marathon build, a lighter week and the race."""


BLOCK_B_WEEKS = [
    rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun=rs.Run("long", 80 + 5 * i))
    for i in range(9)
] + [
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 70)),
    rs.RunningWeek(tue="easy", thu="easy", sun="race"),
]
"""Block B's running: eleven weeks to a half marathon, a taper of two and the race week."""


def marathon_week(long_run: int, *, cut: bool = False) -> rs.RunningWeek:
    """A marathon build week (intervals, tempo, a long run of ``long_run`` minutes).

    ``cut`` gives the running's cut-back week: easy runs and a long run 60 % as long.
    """
    if cut:
        return rs.RunningWeek(
            tue=rs.Run("easy", 40),
            thu=rs.Run("easy", 40),
            sat=rs.Run("easy", 30),
            sun=rs.Run("long", int(long_run * 0.6)),
        )
    return rs.RunningWeek(
        tue=rs.Run("intervals", 60),
        wed=rs.Run("easy", 45),
        thu=rs.Run("tempo", 50),
        sat=rs.Run("easy", 40),
        sun=rs.Run("long", long_run),
    )


def block_a_running() -> list[rs.RunningWeek]:
    """Block A's running: 16 weeks to a marathon, cut-backs in weeks 4, 8 and 12, a tune-up
    half marathon in week 10, a taper's shorter runs in week 15 and the race in week 16."""
    weeks = []
    for n in range(1, 17):
        if n in (4, 8, 12):
            weeks.append(marathon_week(100 + 5 * (n - 1), cut=True))
        elif n == 10:
            weeks.append(
                rs.RunningWeek(
                    tue=rs.Run("intervals", 50), thu=rs.Run("easy", 40), sun=rs.Run("race", 100)
                )
            )
        elif n == 15:
            weeks.append(
                rs.RunningWeek(
                    tue=rs.Run("tempo", 40), thu=rs.Run("easy", 40), sun=rs.Run("long", 90)
                )
            )
        elif n == 16:
            weeks.append(
                rs.RunningWeek(
                    tue=rs.Run("easy", 40), thu=rs.Run("easy", 30), sun=rs.Run("race", 200)
                )
            )
        else:
            weeks.append(marathon_week(100 + 8 * (n - 1)))
    return weeks
