"""Throughput of planning many athletes: one core, and a local Dask cluster of 1 and 2.

Not part of the normal test run. Run with::

    pytest benchmarks/test_bench_scale.py --benchmark-enable

Each round makes and plans 2,000 varied runners (the generator of
``examples/plan_at_scale.py``) never seen before, so the planner's memo caches help only
where runners share a profile, as they would in a real roster. On a cluster the runners
are made on the workers, as the example does. Three ways to finish: count the plans
(planning alone), write them as JSON Lines (what the example does), or collect them in
this process (pickled back). Cluster start-up and the catalog load on each worker happen
before timing. ``extra_info["plans_per_second"]`` is the figure to report; it depends on
the machine, so nothing here asserts a speed.
"""

# mypy: allow-untyped-calls
# (dask's bag and cluster constructors carry no type hints)

from __future__ import annotations

import functools
import importlib.util
import itertools
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import dask.bag as db
import pytest

import runstrength as rs
from runstrength._io.lines import to_json_lines
from runstrength._plan.many import build_weeks
from runstrength.dask import plan_bag, write_json_lines

if TYPE_CHECKING:
    from dask.distributed import Client
    from pytest_benchmark.fixture import BenchmarkFixture

PLANS = 2_000
ROUNDS = 3
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "plan_at_scale.py"


@functools.cache
def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plan_at_scale", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SEEDS = itertools.count(1)


def _make_request(index: int, seed: int) -> tuple[rs.Athlete, rs.RunningWeek]:
    made: tuple[rs.Athlete, rs.RunningWeek] = _example().make_request(index, seed)
    return made


def _pedantic(
    benchmark: BenchmarkFixture, run: Callable[[int], int], cpu: Callable[[], float]
) -> int:
    """Time ``run(seed)`` with a seed no round has used: runners never seen before.

    ``cpu`` reads the CPU seconds used so far by the processes that plan; the CPU each
    round used is kept, to tell a slow planner from a machine busy with other work.
    """
    used: list[float] = []

    def measured(seed: int) -> int:
        before = cpu()
        done = run(seed)
        used.append(cpu() - before)
        return done

    def setup() -> tuple[tuple[int], dict[str, Any]]:
        return (next(_SEEDS),), {}

    done: int = benchmark.pedantic(measured, setup=setup, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["cpu_seconds_median"] = round(statistics.median(used), 2)
    return done


def _report(benchmark: BenchmarkFixture, cores: int, how: str) -> None:
    assert benchmark.stats is not None
    median = benchmark.stats.stats.median
    cpu = benchmark.extra_info["cpu_seconds_median"]
    info = benchmark.extra_info
    info["plans"] = PLANS
    info["cores"] = cores
    info["plans_per_second"] = round(PLANS / median)
    info["plans_per_cpu_second"] = round(PLANS / cpu)
    info["cpu_busy"] = round(cpu / (median * cores), 2)  # 1.0: every core planned throughout
    sys.stdout.write(
        f"\n{how}: {PLANS:,} plans, median {median:.2f} s, {PLANS / median:,.0f} plans/s "
        f"({PLANS / cpu:,.0f} per CPU second; cores busy {info['cpu_busy']:.0%})\n"
    )


# --------------------------------------------------------------------------- one core


def test_plans_per_second_one_core(benchmark: BenchmarkFixture) -> None:
    rs.default_catalog()

    def run(seed: int) -> int:
        requests = (_make_request(i, seed) for i in range(PLANS))
        return sum(1 for _ in build_weeks(requests))

    assert _pedantic(benchmark, run, time.process_time) == PLANS
    _report(benchmark, 1, "build_weeks, one core")


def test_plans_per_second_one_core_to_json_lines(
    benchmark: BenchmarkFixture, tmp_path: Path
) -> None:
    rs.default_catalog()

    def run(seed: int) -> int:
        requests = (_make_request(i, seed) for i in range(PLANS))
        with (tmp_path / f"{seed}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(to_json_lines(build_weeks(requests)))
        with (tmp_path / f"{seed}.jsonl").open(encoding="utf-8") as lines:
            return sum(1 for _ in lines)

    assert _pedantic(benchmark, run, time.process_time) == PLANS
    _report(benchmark, 1, "build_weeks to a JSON Lines file, one core")


# --------------------------------------------------------------------------- Dask


@pytest.fixture(scope="module", params=[1, 2], ids=["1-worker", "2-workers"])
def client(request: pytest.FixtureRequest) -> Iterator[Client]:
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415

    workers: int = request.param
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: len(rs.default_catalog()))  # load the catalog on every worker
        yield client


def _requests_on_workers(seed: int, workers: int) -> db.Bag:
    """Requests made where they are planned, two partitions per worker."""
    numbers: db.Bag = db.range(PLANS, npartitions=2 * workers)
    requests: db.Bag = numbers.map(_example().make_request, seed=seed)
    return requests


def _worker_cpu(client: Client) -> Callable[[], float]:
    """CPU seconds the cluster's worker processes have used."""

    def read() -> float:
        return float(sum(client.run(time.process_time).values()))

    return read


def _workers(client: Client) -> int:
    return len(client.scheduler_info()["workers"])


def test_plans_per_second_local_cluster(benchmark: BenchmarkFixture, client: Client) -> None:
    workers = _workers(client)

    def run(seed: int) -> int:
        counted: int = plan_bag(_requests_on_workers(seed, workers)).count().compute()
        return counted

    assert _pedantic(benchmark, run, _worker_cpu(client)) == PLANS
    _report(benchmark, workers, f"plan_bag on a LocalCluster of {workers}")


def test_plans_per_second_local_cluster_to_json_lines(
    benchmark: BenchmarkFixture, client: Client, tmp_path: Path
) -> None:
    workers = _workers(client)

    def run(seed: int) -> int:
        plans = plan_bag(_requests_on_workers(seed, workers))
        paths = write_json_lines(plans, tmp_path / str(seed))
        return sum(len(Path(p).read_text(encoding="utf-8").splitlines()) for p in paths)

    assert _pedantic(benchmark, run, _worker_cpu(client)) == PLANS
    _report(benchmark, workers, f"plan_bag to JSON Lines files on a LocalCluster of {workers}")


def test_plans_per_second_local_cluster_collected(
    benchmark: BenchmarkFixture, client: Client
) -> None:
    # The plans are pickled back to this process: what collecting them costs.
    workers = _workers(client)

    def run(seed: int) -> int:
        plans: list[rs.WeekPlan] = plan_bag(_requests_on_workers(seed, workers)).compute()
        return len(plans)

    assert _pedantic(benchmark, run, _worker_cpu(client)) == PLANS
    _report(benchmark, workers, f"plan_bag collected to the client, LocalCluster of {workers}")
