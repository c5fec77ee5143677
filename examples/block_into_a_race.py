"""Twelve weeks into a Sunday race for an intermediate runner with dumbbells.

Run with ``python examples/block_into_a_race.py``.
"""

from __future__ import annotations

import runstrength as rs

athlete = rs.Athlete(
    level=rs.Level.intermediate,
    equipment=["dumbbell", "step", "wall", "chair", "mini_band"],
    goals=[rs.Goal.hills],
)
normal = rs.RunningWeek(tue="intervals", wed="easy", thu="easy", sat="easy", sun="long")
race = rs.RunningWeek(tue="easy", thu="easy", sun="race")

block = rs.build_block(athlete, [normal] * 11 + [race])
print(rs.render_block(block))

first = block.weeks[0].sessions[0]
print(f"Week 1, {first.day.title}: {', '.join(first.exercise_ids)}")
