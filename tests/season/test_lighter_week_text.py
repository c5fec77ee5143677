"""A taper week's sentence says what the week really does, in numbers."""

from __future__ import annotations

import re

import attrs

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of
from runstrength._rules.season import taper_sets
from tests.season.athletes import BLOCK_A, marathon_week

HOLD = r"(?: and (?:a|\d+) short core holds?)?"
"""A short core hold named beside a taper's hard sets (RS407 counts it as none)."""


def _beginner_block() -> rs.Block:
    weeks = [
        rs.RunningWeek(
            tue=rs.Run("easy", 30), thu=rs.Run("easy", 30), sat=rs.Run("long", 50 + 3 * i)
        )
        for i in range(11)
    ]
    weeks.append(rs.RunningWeek(tue=rs.Run("easy", 25), sat=rs.Run("race", 60)))
    athlete = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
    return rs.build_block(athlete, weeks)


def _marathon_block() -> rs.Block:
    weeks = [marathon_week(100 + 8 * i) for i in range(14)]
    weeks.append(rs.RunningWeek(tue=rs.Run("tempo", 40), thu=rs.Run("easy", 40), sun="long"))
    weeks.append(rs.RunningWeek(tue="easy", thu="easy", sun=rs.Run("race", 200)))
    athlete = rs.Athlete(level="intermediate", equipment="gym", sessions_per_week=2)
    return rs.build_block(athlete, weeks)


def _numbers(reason: str) -> tuple[int, int, int]:
    # A short core hold is no hard set (RS407): the sentence names it beside them.
    found = re.search(r"\((\d+) hard sets to (\d+)" + HOLD + r", (\d+) % fewer", reason)
    assert found, reason
    before, after, fewer = (int(x) for x in found.groups())
    return before, after, fewer


def _last_training(block: rs.Block, index: int) -> int:
    return next(
        rs.week_volume(block.weeks[i])
        for i in range(index - 1, -1, -1)
        if block.phases[i] not in (rs.Phase.taper, rs.Phase.deload)
    )


def test_a_taper_of_less_than_41_percent_does_not_say_about_half_regression() -> None:
    block = _beginner_block()
    tapers = [i for i, p in enumerate(block.phases) if p is rs.Phase.taper]
    assert tapers
    for i in tapers:
        reason = block.reasons[i].text
        before, after, fewer = _numbers(reason)
        assert before == _last_training(block, i)
        assert after == taper_sets(block.weeks[i], default_catalog())
        assert ("about half" in reason) == (41 <= fewer <= 60), reason


def test_every_taper_week_gives_its_real_cut_in_numbers_regression() -> None:
    block = _marathon_block()
    tapers = [i for i, p in enumerate(block.phases) if p is rs.Phase.taper]
    assert len(tapers) == 2
    for i in tapers:
        before, after, fewer = _numbers(block.reasons[i].text)
        assert before == _last_training(block, i)
        assert after == taper_sets(block.weeks[i], default_catalog())
        assert fewer == round(100 * (before - after) / before)
    first, second = (rs.week_volume(block.weeks[i]) for i in tapers)
    assert second <= first
    if second == first:
        assert "as many as last week" in block.reasons[tapers[1]].text


def _tune_up_block() -> rs.Block:
    weeks = []
    for n in range(1, 17):
        if n in (4, 8, 12):
            weeks.append(marathon_week(100 + 5 * (n - 1), cut=True))
        elif n == 10:
            weeks.append(
                rs.RunningWeek(tue=rs.Run("intervals", 50), thu="easy", sun=rs.Run("race", 100))
            )
        elif n == 15:
            weeks.append(rs.RunningWeek(tue=rs.Run("tempo", 40), thu="easy", sun="long"))
        elif n == 16:
            weeks.append(rs.RunningWeek(tue="easy", thu="easy", sun=rs.Run("race", 200)))
        else:
            weeks.append(marathon_week(100 + 8 * (n - 1)))
    # 35 minutes: a light day whose race-week dose the deload after the race keeps.
    athlete = attrs.evolve(BLOCK_A, session_minutes=35)
    return rs.build_block(athlete, weeks)


def test_a_deload_holding_race_week_dose_says_so_regression() -> None:
    block = _tune_up_block()
    said = 0
    for i, phase in enumerate(block.phases):
        if phase is not rs.Phase.deload or i == 0:
            continue
        before = {rx.exercise: rx for s in block.weeks[i - 1].sessions for rx in s.exercises}
        for s in block.weeks[i].sessions:
            for rx in s.exercises:
                old = before.get(rx.exercise)
                if old is None or "as in race week" not in text_of(old.reason):
                    continue
                if rx.dose.amount == old.dose.amount:
                    assert text_of(rx.reason).startswith("Deload week: kept at "), text_of(
                        rx.reason
                    )
                    said += 1
    assert said
