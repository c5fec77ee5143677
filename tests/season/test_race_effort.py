"""Race week's one effort rule: every line with a reps-in-reserve target stops 3–4 short.

A light session's lunge kept at last time's load once stopped 5–6 reps short beside a
step-up at 3–4: two rules in one session. A load kept at last time's now keeps more of
its reps instead, so every line reads the same.
"""

from __future__ import annotations

import pytest

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._plan.nearrace import EASY_RIR
from tests.season.athletes import ADVANCED_WITH_LIFTS, BLOCK_A


def _week(**days: tuple[str, int]) -> rs.RunningWeek:
    return rs.RunningWeek(**{day: rs.Run(kind, minutes) for day, (kind, minutes) in days.items()})


_HARD = _week(tue=("intervals", 60), wed=("easy", 45), thu=("tempo", 50), sun=("long", 120))
_TAPER = _week(tue=("tempo", 40), thu=("easy", 40), sun=("long", 90))
_RACE = _week(tue=("easy", 40), thu=("easy", 30), sun=("race", 200))
_WEEKS = [_HARD] * 8 + [_TAPER, _RACE]

_ATHLETES = {
    "gym": BLOCK_A,
    "home": rs.Athlete(
        level="intermediate", equipment=["wall", "chair", "step", "dumbbell", "mini_band"],
        sessions_per_week=2, session_minutes=40,
    ),
    "advanced": ADVANCED_WITH_LIFTS,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_ATHLETES))
def test_race_week_keeps_one_effort_rule_on_every_loaded_line(name: str) -> None:
    block = rs.build_block(_ATHLETES[name], _WEEKS)
    race = [p for p, phase in zip(block.weeks, block.phases, strict=True) if phase is rs.Phase.race]
    assert race
    seen = 0
    for plan in race:
        for session in plan.sessions:
            rule = EASY_RIR[session.focus]
            for rx in session.exercises:
                if rx.dose.rir is None:
                    continue
                seen += 1
                assert rule.lo <= rx.dose.rir.lo <= rx.dose.rir.hi <= rule.hi, (
                    name,
                    rx,
                    text_of(rx.reason),
                )
    assert seen
