"""Speed of blocks: a 16-week block built and rendered, and its JSON round trip.

Run with ``pytest benchmarks --benchmark-enable`` (see test_bench_week.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

import runstrength as rs
from runstrength._plan.shaping import forecast_logs

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
    benchmark.extra_info["target_ms"] = 20.0
    rs.default_catalog()
    text = benchmark(_build_and_render, SAME_WEEKS)
    assert text.count("\n") == 17


def test_block_16_weeks_varied_weeks(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 20.0
    rs.default_catalog()
    text = benchmark(_build_and_render, VARIED_WEEKS)
    assert text.count("\n") == 17


CATALOG_MEMOS = frozenset({"_facts", "_defaults"})
"""Memos keyed by the catalog alone (as in test_bench_week.py): a new athlete keeps them."""


def _clear_memos(*, keep_catalog: bool = True) -> None:
    """Empty the planner's memos: a new athlete's first block (the catalog's facts stay)."""
    package = importlib.import_module("runstrength._plan")  # private, benchmark only
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if keep_catalog and name in CATALOG_MEMOS:
                continue
            if clear is not None and getattr(value, "__module__", "") == module.__name__:
                clear()


def test_block_16_weeks_varied_weeks_cold(benchmark: BenchmarkFixture) -> None:
    """Nothing memoised but the catalog's facts: a new athlete's first block."""
    benchmark.extra_info["target_ms"] = 20.0
    rs.default_catalog()
    text = benchmark.pedantic(  # type: ignore[no-untyped-call]
        _build_and_render, args=(VARIED_WEEKS,), setup=_clear_memos, rounds=100
    )
    assert text.count("\n") == 17


def _season(count: int) -> list[rs.WeekRecord]:
    """``count`` weeks of a forecast as records: a season's history."""
    block = rs.build_block(ATHLETE, VARIED_WEEKS[:count])
    return [
        rs.WeekRecord(week, plan, forecast_logs(plan))
        for week, plan in zip(block.running, block.weeks, strict=True)
    ]


def test_next_week_with_16_weeks_of_history(benchmark: BenchmarkFixture) -> None:
    """The weekly call of an app, sixteen weeks into a season, a race four weeks ahead."""
    benchmark.extra_info["target_ms"] = 2.0
    history = _season(16)
    ahead = [WEEK] * 3 + [RACE]
    plan = benchmark(rs.next_week, ATHLETE, WEEK, history=history, upcoming=ahead)
    assert plan.phase is not None


def test_block_16_weeks_json_round_trip(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 5.0
    block = rs.build_block(ATHLETE, VARIED_WEEKS)
    rs.from_json(rs.Block, rs.to_json(block))  # build the converter outside the timing
    again = benchmark(lambda: rs.from_json(rs.Block, rs.to_json(block)))
    assert again == block


def test_block_16_weeks_to_json(benchmark: BenchmarkFixture) -> None:
    """Writing alone: the round trip's first half."""
    block = rs.build_block(ATHLETE, VARIED_WEEKS)
    text = rs.to_json(block)
    assert benchmark(rs.to_json, block) == text


def test_block_16_weeks_from_json(benchmark: BenchmarkFixture) -> None:
    """Reading alone, every check made: the round trip's second half."""
    block = rs.build_block(ATHLETE, VARIED_WEEKS)
    text = rs.to_json(block)
    rs.from_json(rs.Block, text)  # build the converter outside the timing
    assert benchmark(rs.from_json, rs.Block, text) == block
