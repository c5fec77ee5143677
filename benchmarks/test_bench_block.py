"""Speed of blocks: a 16-week block built and rendered, and its JSON round trip.

Run with ``pytest benchmarks --benchmark-enable`` (see test_bench_week.py).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import runstrength as rs

if TYPE_CHECKING:
    from pytest_benchmark.fixture import BenchmarkFixture

ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
RACE = rs.RunningWeek(tue="easy", thu="easy", sun="race")
SAME_WEEKS = [WEEK] * 15 + [RACE]


def _varied_weeks() -> list[rs.RunningWeek]:
    """Sixteen different weeks of two key runs and three easy ones (seeded, fixed)."""
    rng = random.Random(16)
    days = list(rs.Weekday)
    weeks = []
    for _ in range(15):
        chosen = rng.sample(days, 5)
        kinds = ["intervals", "long", "easy", "easy", "easy"]
        weeks.append(rs.RunningWeek.from_days(dict(zip(chosen, kinds, strict=True))))
    return [*weeks, RACE]


VARIED_WEEKS = _varied_weeks()


def _build_and_render(weeks: list[rs.RunningWeek]) -> str:
    return rs.render_block(rs.build_block(ATHLETE, weeks))


def test_block_16_weeks_repeating_week(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 3.5
    rs.default_catalog()
    text = benchmark(_build_and_render, SAME_WEEKS)
    assert text.count("\n") == 17


def test_block_16_weeks_varied_weeks(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 3.5
    rs.default_catalog()
    text = benchmark(_build_and_render, VARIED_WEEKS)
    assert text.count("\n") == 17


def _clear_memos() -> None:
    """Forget every memoised week, session and climb: the first block ever built."""
    from runstrength._plan import block as _periodise  # noqa: PLC0415
    from runstrength._plan import week as _build  # noqa: PLC0415

    for memo in (_periodise._planned, _periodise._climbed, _periodise._raised, _build._contents):
        memo.cache_clear()


def _forget_weeks() -> None:
    """Forget the block's weeks and climbs but keep the athlete's session content."""
    from runstrength._plan import block as _periodise  # noqa: PLC0415

    for memo in (_periodise._planned, _periodise._climbed, _periodise._raised):
        memo.cache_clear()


def test_block_16_weeks_varied_weeks_new_weeks(benchmark: BenchmarkFixture) -> None:
    """Weeks never planned before, for an athlete whose sessions are known."""
    rs.default_catalog()
    text = benchmark.pedantic(  # type: ignore[no-untyped-call]
        _build_and_render, args=(VARIED_WEEKS,), setup=_forget_weeks, rounds=200
    )
    assert text.count("\n") == 17


def test_block_16_weeks_varied_weeks_cold(benchmark: BenchmarkFixture) -> None:
    """Nothing memoised: the first block this process ever builds."""
    rs.default_catalog()
    text = benchmark.pedantic(  # type: ignore[no-untyped-call]
        _build_and_render, args=(VARIED_WEEKS,), setup=_clear_memos, rounds=100
    )
    assert text.count("\n") == 17


def test_block_16_weeks_json_round_trip(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 5.0
    block = rs.build_block(ATHLETE, VARIED_WEEKS)
    rs.from_json(rs.Block, rs.to_json(block))  # build the converter outside the timing
    again = benchmark(lambda: rs.from_json(rs.Block, rs.to_json(block)))
    assert again == block
