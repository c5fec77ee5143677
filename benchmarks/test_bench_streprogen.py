"""A 16-week block beside streprogen's 16-week program, each new every round.

streprogen (``pip install streprogen``; not a test dependency) writes a strength program
of a given length from a few exercises: loads climb week by week, reps wave, and the
program renders as text. The comparable job here is runstrength's 16-week block for a
runner never seen before (the planner's memos emptied, the catalog's facts kept), built
and rendered as text, with sixteen different running weeks. streprogen's program has
two days a week (a strength day of three lifts climbing by load and two fixed
accessories, a light day of one climbing lift and three accessories), the shape of a
runstrength week; it knows nothing of running. Each round of either tool is a new job:
new running weeks for runstrength, new starting loads for streprogen.

Run with ``pytest benchmarks/test_bench_streprogen.py --benchmark-enable``; the ratio of
the two medians, taken in turn in one run, is in ``extra_info["streprogen_over_runstrength"]``.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

import runstrength as rs

if TYPE_CHECKING:
    from pytest_benchmark.fixture import BenchmarkFixture

streprogen: Any = pytest.importorskip("streprogen")

ROUNDS = 30
WEEKS = 16
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
RACE = rs.RunningWeek(tue="easy", thu="easy", sun="race")
CATALOG_MEMOS = frozenset({"_facts", "_defaults"})
"""Memos keyed by the catalog alone (as in test_bench_block.py): a new athlete keeps them."""


def _clear_memos() -> None:
    """Empty the planner's memos: a new athlete's first block (the catalog's facts stay)."""
    package = importlib.import_module("runstrength._plan")  # private, benchmark only
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            mine = getattr(value, "__module__", "") == module.__name__
            if name not in CATALOG_MEMOS and clear is not None and mine:
                clear()


def _weeks(seed: int) -> list[rs.RunningWeek]:
    """Fifteen weeks of two key runs and three easy ones, then a race week (new per seed)."""
    rng = random.Random(seed)
    days = list(rs.Weekday)
    weeks = []
    for _ in range(WEEKS - 1):
        chosen = rng.sample(days, 5)
        kinds = ["intervals", "long", "easy", "easy", "easy"]
        weeks.append(rs.RunningWeek.from_days(dict(zip(chosen, kinds, strict=True))))
    return [*weeks, RACE]


def _runstrength(weeks: list[rs.RunningWeek]) -> str:
    return rs.render_block(rs.build_block(ATHLETE, weeks))


def _streprogen(seed: int) -> str:
    """streprogen's 16-week program of two days a week, rendered as text."""
    rng = random.Random(seed)
    program = streprogen.Program(name="Runner", duration=WEEKS, units="kg", round_to=2.5)
    with program.Day("Strength"):
        program.DynamicExercise(
            "Goblet squat", start_weight=rng.randint(12, 24), min_reps=6, max_reps=10
        )
        program.DynamicExercise(
            "Romanian deadlift", start_weight=rng.randint(20, 40), min_reps=6, max_reps=10
        )
        program.DynamicExercise(
            "Split squat", start_weight=rng.randint(6, 14), min_reps=6, max_reps=10
        )
        program.StaticExercise("Standing calf raise", "3 x 12")
        program.StaticExercise("Side plank", "3 x 30 s")
    with program.Day("Light"):
        program.DynamicExercise("Step-up", start_weight=rng.randint(4, 12), min_reps=8, max_reps=12)
        program.StaticExercise("Glute bridge", "2 x 12")
        program.StaticExercise("Lateral band walk", "2 x 15")
        program.StaticExercise("Dead bug", "2 x 8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its notes on reachable intensities: not ours
        program.render()
    text: str = program.to_txt()
    return text


def _timed(job: Any, *args: Any) -> float:
    start = time.perf_counter()
    job(*args)
    return time.perf_counter() - start


def test_block_16_weeks_cold_beside_streprogen(benchmark: BenchmarkFixture) -> None:
    """runstrength's cold block, timed by the benchmark; streprogen timed in turn with it."""
    rs.default_catalog()
    _streprogen(0)  # streprogen's templates and imports load outside the timing
    seeds = iter(range(1, 10_000))
    theirs: list[float] = []

    def setup() -> tuple[tuple[list[rs.RunningWeek]], dict[str, object]]:
        seed = next(seeds)
        theirs.append(_timed(_streprogen, seed))  # streprogen's round, next to ours
        weeks = _weeks(seed)
        _clear_memos()
        return (weeks,), {}

    text = benchmark.pedantic(  # type: ignore[no-untyped-call]
        _runstrength, setup=setup, rounds=ROUNDS, iterations=1
    )
    assert text.count("\n") == WEEKS + 1
    assert benchmark.stats is not None
    ours = benchmark.stats.stats.median
    info = benchmark.extra_info
    info["streprogen_median_ms"] = round(statistics.median(theirs) * 1000, 1)
    info["runstrength_median_ms"] = round(ours * 1000, 1)
    info["streprogen_over_runstrength"] = round(statistics.median(theirs) / ours, 1)
    sys.stdout.write(f"\n16-week job beside streprogen: {info}\n")
