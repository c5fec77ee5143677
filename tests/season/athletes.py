"""Athletes the season tests share."""

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
