"""A power week's jumps: room made by a core hold or hip drill when no set can give."""

from __future__ import annotations

import functools

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import parts_of

CATALOG = default_catalog()
HOME = rs.Athlete(level="intermediate", equipment="home", session_minutes=30, sessions_per_week=2)
HALF = [
    rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun=rs.Run("long", 80 + 5 * i))
    for i in range(9)
] + [
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 70)),
    rs.RunningWeek(tue="easy", thu="easy", sun="race"),
]


@functools.cache
def _half() -> rs.Block:
    return rs.build_block(HOME, HALF)


def _jumps(plan: rs.WeekPlan) -> list[str]:
    return [
        rx.exercise for s in plan.sessions for rx in s.exercises if CATALOG[rx.exercise].plyometric
    ]


def test_a_power_week_makes_room_for_its_hops_regression() -> None:
    # Block B's only power week said "no jumps this week: the sessions hold no room for one
    # within your minutes" while its light session held five exercises, two of them holds:
    # with every accessory at one set, nothing could give.
    block = _half()
    week = block.phases.index(rs.Phase.power)
    plan = block.weeks[week]
    assert _jumps(plan) == ["pogo_hop"]
    session = next(s for s in plan.sessions if "pogo_hop" in s.exercise_ids)
    hops = session.exercises[0]
    assert hops.exercise == "pogo_hop"
    assert "power.room_drill" in {p.code for p in parts_of(hops.reason)}
    assert "front_plank" not in session.exercise_ids
    errors = [v for v in rs.validate(plan, HOME, HALF[week]) if v.severity is rs.Severity.error]
    assert not errors, errors
