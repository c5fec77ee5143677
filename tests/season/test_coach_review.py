"""Findings of a coach's review of three forecast blocks and one closed-loop season."""

from __future__ import annotations

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._plan.shaping import is_main_lift

RUN = rs.RunningWeek(
    mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110)
)
LATE = rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80))
RACE = rs.RunningWeek(tue="easy", thu="easy", sat="race")
ADVANCED = rs.Athlete(
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


def _block_c() -> rs.Block:
    return rs.build_block(ADVANCED, [RUN] * 6 + [LATE, RACE])


def _main_lift(plan: rs.WeekPlan) -> rs.Prescription | None:
    catalog = default_catalog()
    for session in plan.sessions:
        for rx in session.exercises:
            if is_main_lift(catalog.get(rx.exercise), session.focus):
                return rx
    return None


def test_s3_the_taper_keeps_two_sets_of_the_main_lift_at_its_load() -> None:
    # The taper cut the back squat to one set (and once removed it): Bosquet et al. 2007
    # keep the intensity and cut the volume, so the cut comes from the accessories.
    block = _block_c()
    tapers = [i for i, p in enumerate(block.phases) if p is rs.Phase.taper]
    assert tapers
    for index in tapers:
        before = _main_lift(block.weeks[index - 1])
        main = _main_lift(block.weeks[index])
        assert before is not None and main is not None
        assert main.exercise == before.exercise
        assert main.dose.sets.lo >= 2
        assert main.dose.load_kg == before.dose.load_kg
        extra = [
            rx
            for session in block.weeks[index].sessions
            for rx in session.exercises
            if rx.exercise != main.exercise
        ]
        assert all(rx.dose.sets.lo <= main.dose.sets.lo for rx in extra)
    assert not [v for v in rs.validate_block(block, ADVANCED) if v.code == "RS407"]
