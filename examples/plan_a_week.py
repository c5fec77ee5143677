"""Plan a week for a runner training at home, check it, and save it as JSON.

Run with ``python examples/plan_a_week.py``; it prints the week and writes nothing
unless given a path (``python examples/plan_a_week.py plan.json``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import runstrength as rs

athlete = rs.Athlete(
    level=rs.Level.beginner,
    equipment="home",
    available_days=["tue", "thu", "sat", "sun"],
    goals=[rs.Goal.resilience],
)
week = rs.RunningWeek(tue="easy", thu=rs.Run(rs.RunKind.tempo, 35), sun=rs.Run(rs.RunKind.long, 75))

plan = rs.build_week(athlete, week)
print(rs.render_week(plan, week))

for violation in rs.validate(plan, athlete, week):
    print("note:", violation)

if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(rs.to_json(plan, indent=2), encoding="utf-8")
    print("saved to", sys.argv[1])
