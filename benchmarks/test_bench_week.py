"""Speed of the week planner and the rule engine (DESIGN section 7).

Not part of the normal test run (``testpaths = ["tests"]`` and ``--benchmark-disable``).
Run with::

    pytest benchmarks --benchmark-enable

Each benchmark records its target in ``extra_info["target_ms"]``; the numbers are for the
report, not pass/fail checks, since they depend on the machine.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import pytest

import runstrength as rs

if TYPE_CHECKING:
    from pytest_benchmark.fixture import BenchmarkFixture

TYPICAL_ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
TYPICAL_WEEK = rs.RunningWeek.from_days(
    {"mon": "easy", "tue": "intervals", "wed": "easy", "thu": "easy", "sun": "long"}
)
PLANS = 10_000
T = TypeVar("T")


def pedantic(benchmark: BenchmarkFixture, target: Callable[..., T], **options: Any) -> T:
    """``benchmark.pedantic``, typed."""
    result: T = benchmark.pedantic(target, **options)  # type: ignore[no-untyped-call]  # untyped
    return result


CATALOG_MEMOS = frozenset({"_facts", "_defaults"})
"""Memos keyed by the catalog (or nothing) alone: each catalog's exercise facts and the
rules' default severities. A new athlete does not pay for them; a new process does."""


def _clear_caches(*, keep_catalog: bool = False) -> None:
    """Empty the planner's memo caches (private, so looked up defensively).

    With ``keep_catalog``, the memos that depend on the catalog alone stay: what a new
    athlete pays in a process that has planned before.
    """
    package = importlib.import_module("runstrength._plan")  # private, benchmark only
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if keep_catalog and name in CATALOG_MEMOS:
                continue
            if clear is not None and getattr(value, "__module__", "") == module.__name__:
                clear()


def test_build_week_typical(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 1.0
    rs.default_catalog()
    plan = benchmark(rs.build_week, TYPICAL_ATHLETE, TYPICAL_WEEK)
    assert plan.session_count == 2


def test_build_week_typical_cold_caches(benchmark: BenchmarkFixture) -> None:
    # The same call with every athlete memo emptied first: what a new athlete pays. The
    # catalog's own facts stay, as they do in any process that has planned before.
    benchmark.extra_info["target_ms"] = 1.0
    rs.default_catalog()

    def setup() -> tuple[tuple[rs.Athlete, rs.RunningWeek], dict[str, object]]:
        _clear_caches(keep_catalog=True)
        return (TYPICAL_ATHLETE, TYPICAL_WEEK), {}

    plan = pedantic(benchmark, rs.build_week, setup=setup, rounds=200, iterations=1)
    assert plan.session_count == 2


def test_build_week_first_plan_of_a_process(benchmark: BenchmarkFixture) -> None:
    # Every memo emptied, the catalog's facts too: the first plan a process makes.
    rs.default_catalog()

    def setup() -> tuple[tuple[rs.Athlete, rs.RunningWeek], dict[str, object]]:
        _clear_caches()
        return (TYPICAL_ATHLETE, TYPICAL_WEEK), {}

    plan = pedantic(benchmark, rs.build_week, setup=setup, rounds=200, iterations=1)
    assert plan.session_count == 2


def test_validate_typical(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 0.3
    plan = rs.build_week(TYPICAL_ATHLETE, TYPICAL_WEEK)
    found = benchmark(rs.validate, plan, TYPICAL_ATHLETE, TYPICAL_WEEK)
    assert found == ()


_KINDS = [
    rs.RunKind.easy,
    rs.RunKind.easy,
    rs.RunKind.easy,
    rs.RunKind.recovery,
    rs.RunKind.long,
    rs.RunKind.tempo,
    rs.RunKind.intervals,
    rs.RunKind.hills,
]


def _random_athlete(rng: random.Random) -> rs.Athlete:
    kit = rng.choice(["none", "home", "gym", "gym", "random"])
    equipment = (
        frozenset(rng.sample(list(rs.Equipment), rng.randint(0, len(rs.Equipment))))
        if kit == "random"
        else rs.kit(kit)
    )
    days = rng.sample(list(rs.Weekday), rng.randint(1, 7))
    return rs.Athlete(
        level=rng.choice(list(rs.Level)),
        equipment=equipment,
        available_days=days,
        sessions_per_week=rng.randint(1, 3),
        session_minutes=rng.choice([10, 20, 30, 30, 45, 60, 90, 120]),
        injuries=rng.sample(list(rs.Injury), rng.choice([0, 0, 0, 1, 2])),
        goals=rng.sample(list(rs.Goal), rng.randint(0, 2)),
    )


def _random_week(rng: random.Random) -> rs.RunningWeek:
    days: dict[rs.Weekday | str, list[rs.Run]] = {}
    for day in rs.Weekday:
        count = rng.choice([0, 1, 1, 1, 2])
        days[day] = [rs.Run(rng.choice(_KINDS), rng.randint(20, 150)) for _ in range(count)]
    if rng.random() < 0.1:
        days[rng.choice(list(rs.Weekday))] = [rs.Run(rs.RunKind.race)]
    return rs.RunningWeek.from_days(days)


def _inputs() -> list[tuple[rs.Athlete, rs.RunningWeek]]:
    rng = random.Random(0)
    return [(_random_athlete(rng), _random_week(rng)) for _ in range(PLANS)]


def test_ten_thousand_weekly_plans(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 10_000.0
    inputs = _inputs()
    assert len(set(inputs)) == PLANS  # all different
    rs.build_week(*inputs[0])  # warm the catalog

    def run() -> int:
        return sum(rs.build_week(a, w).session_count for a, w in inputs)

    placed = pedantic(benchmark, run, rounds=1, iterations=1)
    assert placed > PLANS


def _median_run_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _importtime_ms() -> float:
    """``runstrength``'s cumulative import time as ``python -X importtime`` reports it."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import runstrength"],
        check=True,
        capture_output=True,
        text=True,
    )
    for line in done.stderr.splitlines():
        fields = [f.strip() for f in line.split("|")]
        if len(fields) == 3 and fields[2] == "runstrength":
            return int(fields[1]) / 1000
    raise AssertionError(done.stderr[-2000:])


def _interleaved_medians_ms(codes: dict[str, str], runs: int) -> dict[str, float]:
    """Whole-process medians of each snippet, run in turn so machine load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            times[name].append(_median_run_ms(code, 1))
    return {name: statistics.median(found) for name, found in times.items()}


def test_import_time(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 100.0
    _median_run_ms("import runstrength; import attrs", 2)  # compile the bytecode first
    baseline = _median_run_ms("pass", 15)

    def fresh_import() -> None:
        subprocess.run([sys.executable, "-c", "import runstrength"], check=True)

    pedantic(benchmark, fresh_import, rounds=15, iterations=1)
    assert benchmark.stats is not None
    total = benchmark.stats.stats.median * 1000
    benchmark.extra_info["startup_baseline_ms"] = round(baseline, 1)
    benchmark.extra_info["import_only_ms"] = round(total - baseline, 1)
    benchmark.extra_info["importtime_cumulative_ms"] = round(
        statistics.median(_importtime_ms() for _ in range(5)), 1
    )
    # Side by side with attrs alone, and with the first value type used (which needs attrs).
    side = _interleaved_medians_ms(
        {
            "pass": "pass",
            "attrs": "import attrs",
            "runstrength": "import runstrength",
            "first_value": "import runstrength as rs; rs.Athlete(level='beginner')",
        },
        runs=20,
    )
    attrs_only = side["attrs"] - side["pass"]
    for name in ("runstrength", "first_value"):
        benchmark.extra_info[f"{name}_vs_attrs"] = round(
            (side[name] - side["pass"]) / attrs_only, 2
        )
    benchmark.extra_info["attrs_import_only_ms"] = round(attrs_only, 1)
    sys.stdout.write(f"\nimport runstrength: {benchmark.extra_info}\n")


def _linked(name: str | None, ids: set[str], copy: int) -> str | None:
    """The copy's link to ``name``'s copy, if ``name`` is copied with it."""
    return f"{name}_v{copy}" if name in ids else None


def _bigger_catalog(size: int) -> rs.Catalog:
    """The packaged catalog and copies of it (new ids, names and links) up to ``size``."""
    base = list(rs.default_catalog())
    exercises = list(base)
    copy = 0
    while len(exercises) < size:
        copy += 1
        batch = base[: size - len(exercises)]
        ids = {ex.id for ex in batch}  # a link out of a part copy is left off
        exercises.extend(
            attrs.evolve(
                ex,
                id=f"{ex.id}_v{copy}",
                name=f"{ex.name} ({copy})",
                aliases=(),
                easier=_linked(ex.easier, ids, copy),
                harder=_linked(ex.harder, ids, copy),
                fit_name=None,
                fit_category=None,
            )
            for ex in batch
        )
    return rs.Catalog(exercises)


@pytest.mark.parametrize("size", [63, 500, 2_000])
def test_build_week_cold_with_a_bigger_catalog(benchmark: BenchmarkFixture, size: int) -> None:
    """A new athlete's week with catalogs of 63 (the packaged one), 500 and 2,000 exercises.

    The catalog's facts are worked out before the timing, as in any process that has
    planned before; the time per exercise of the catalog should not grow with its size.
    """
    catalog = _bigger_catalog(size)
    assert len(catalog) == size
    rs.build_week(TYPICAL_ATHLETE, TYPICAL_WEEK, catalog=catalog)  # the catalog's facts

    def setup() -> tuple[tuple[rs.Athlete, rs.RunningWeek], dict[str, object]]:
        _clear_caches(keep_catalog=True)
        return (TYPICAL_ATHLETE, TYPICAL_WEEK), {"catalog": catalog}

    plan = pedantic(benchmark, rs.build_week, setup=setup, rounds=100, iterations=1)
    assert plan.session_count == 2
    assert benchmark.stats is not None
    per_exercise_us = benchmark.stats.stats.median / size * 1e6
    benchmark.extra_info["microseconds_per_catalog_exercise"] = round(per_exercise_us, 2)
