"""Chart twelve weeks into a Sunday race: hard sets per muscle, and how the doses build.

Needs the ``plot`` extra (``pip install "runstrength[plot]"``). Run with
``python examples/plot_a_block.py [DIRECTORY]``; it writes ``weekly_sets.png`` and
``exercise_reps.png`` into DIRECTORY (created if missing; default the current directory).
"""

from __future__ import annotations

import sys
from pathlib import Path

import runstrength as rs
from runstrength.plot import plot_exercise_series, plot_weekly_sets

athlete = rs.Athlete(
    level=rs.Level.intermediate,
    equipment=["dumbbell", "step", "wall", "chair", "mini_band"],
    goals=[rs.Goal.hills],
)
normal = rs.RunningWeek(tue="intervals", wed="easy", thu="easy", sat="easy", sun="long")
race = rs.RunningWeek(tue="easy", thu="easy", sun="race")
block = rs.build_block(athlete, [normal] * 11 + [race])
print(rs.render_block(block))

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
out.mkdir(parents=True, exist_ok=True)

sets = plot_weekly_sets(block)
sets.savefig(out / "weekly_sets.png", dpi=120)

# Three of the strength session's exercises: the line is the top of each rep range and the
# band reaches down to its bottom, which climbs through each build phase.
chosen = ["bulgarian_split_squat", "step_up", "bent_knee_calf_raise"]
reps = plot_exercise_series(block, chosen, measure="reps")
reps.savefig(out / "exercise_reps.png", dpi=120)

print(f"Week by week charts saved in {out.resolve()}")
