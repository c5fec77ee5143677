"""Plan the strength week of 100,000 generated runners on a local Dask cluster.

Every runner and running week is generated from a seed (levels, kits, free days,
injuries, goals, one or two quality runs, race weeks), planned on the workers with
``runstrength.dask.plan_bag`` and written as JSON Lines, one file per partition::

    pip install "runstrength[dask]"
    python examples/plan_at_scale.py                     # 100,000 runners, 2 workers, ./plans
    python examples/plan_at_scale.py out --athletes 2000 --scheduler sync

To use a multi-machine cluster instead, pass its scheduler's address with ``--address``
(every worker needs runstrength installed and the output directory must be shared).
"""

# mypy: allow-untyped-calls
# (dask's bag and cluster constructors carry no type hints)

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import dask
import dask.bag as db

import runstrength as rs
from runstrength.dask import plan_bag, write_json_lines

PER_PARTITION = 2_000
"""Runners per partition: enough to keep Dask's per-task overhead small."""

LEVELS = [rs.Level.beginner] * 3 + [rs.Level.intermediate] * 5 + [rs.Level.advanced] * 2
KITS = ["none", "home", "home", "gym", "gym", "home+"]
SOME_EQUIPMENT = [rs.Equipment.dumbbell, rs.Equipment.kettlebell, rs.Equipment.mini_band]
QUALITY = [rs.RunKind.tempo, rs.RunKind.intervals, rs.RunKind.hills]
DAYS = list(rs.Weekday)


def make_athlete(rng: random.Random) -> rs.Athlete:
    """A runner: mostly intermediates, some with a niggle, most with a goal."""
    level = rng.choice(LEVELS)
    kit = rng.choice(KITS)
    if kit == "home+":  # a home kit plus a dumbbell, a kettlebell or a band
        equipment = rs.kit("home") | frozenset(rng.sample(SOME_EQUIPMENT, rng.randint(1, 3)))
    else:
        equipment = rs.kit(kit)
    sessions = {rs.Level.beginner: 1, rs.Level.intermediate: 2, rs.Level.advanced: 2}[level]
    if rng.random() < 0.2:
        sessions = rng.randint(1, 3)
    return rs.Athlete(
        level=level,
        equipment=equipment,
        available_days=rng.sample(DAYS, rng.randint(3, 7)),
        sessions_per_week=sessions,
        session_minutes=rng.choice([20, 30, 30, 45, 45, 60]),
        injuries=rng.sample(list(rs.Injury), 1) if rng.random() < 0.15 else (),
        goals=rng.sample(list(rs.Goal), rng.randint(0, 2)),
    )


def make_week(rng: random.Random, level: rs.Level) -> rs.RunningWeek:
    """A running week to suit the level; about one in twelve ends in a race."""
    runs_per_week = {
        rs.Level.beginner: rng.randint(3, 4),
        rs.Level.intermediate: rng.randint(4, 5),
        rs.Level.advanced: rng.randint(5, 7),
    }[level]
    long_day = rng.choice([rs.Weekday.sat, rs.Weekday.sun, rs.Weekday.sun])
    days: dict[rs.Weekday, list[rs.Run]] = {long_day: []}
    others = [d for d in DAYS if d is not long_day]
    for day in sorted(rng.sample(others, runs_per_week - 1), key=DAYS.index):
        days[day] = [rs.Run(rs.RunKind.easy, rng.randint(30, 60))]
    race = rng.random() < 1 / 12
    if race:  # race week: a short sharpener midweek, then the race on the weekend
        days[long_day] = [rs.Run(rs.RunKind.race, rng.choice([20, 45, 100, 210]))]
        midweek = [d for d in days if d in (rs.Weekday.tue, rs.Weekday.wed)]
        for day in midweek[:1]:
            days[day] = [rs.Run(rs.RunKind.tempo, 25)]
    else:
        long_minutes = {rs.Level.beginner: 60, rs.Level.intermediate: 90}.get(level, 120)
        days[long_day] = [rs.Run(rs.RunKind.long, rng.randint(long_minutes - 15, long_minutes))]
        quality = 0 if level is rs.Level.beginner and rng.random() < 0.5 else 1
        quality += level is rs.Level.advanced
        easy_days = [d for d in days if d is not long_day]
        for day in rng.sample(easy_days, min(quality, len(easy_days))):
            days[day] = [rs.Run(rng.choice(QUALITY), rng.randint(40, 70))]
        if level is rs.Level.advanced and easy_days and rng.random() < 0.3:
            double = rng.choice(easy_days)  # a second, easy run that day
            days[double] = [*days[double], rs.Run(rs.RunKind.recovery, 25)]
    return rs.RunningWeek.from_days({str(day): runs for day, runs in days.items()})


def make_request(index: int, seed: int = 0) -> tuple[rs.Athlete, rs.RunningWeek]:
    """Runner number ``index``: the same for a seed whatever the partitioning."""
    rng = random.Random(f"{seed}:{index}")
    athlete = make_athlete(rng)
    return athlete, make_week(rng, athlete.level)


def warm_up() -> int:
    """Load the catalog on a worker before the clock starts."""
    return len(rs.default_catalog())


def plan_to_files(athletes: int, out: Path, *, seed: int = 0, partitions: int = 0) -> int:
    """Generate, plan and write ``athletes`` runners with the current Dask scheduler."""
    partitions = partitions or max(1, -(-athletes // PER_PARTITION))
    for old in out.glob("part-*.jsonl"):  # a previous run's files would mix in
        old.unlink()
    requests = db.range(athletes, npartitions=partitions).map(make_request, seed=seed)
    return len(write_json_lines(plan_bag(requests), out))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="plans", help="output directory")
    parser.add_argument("--athletes", type=int, default=100_000, help="how many runners")
    parser.add_argument("--seed", type=int, default=0, help="which runners (same seed, same)")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--partitions", type=int, default=0, help="default: 2,000 per part")
    parser.add_argument("--scheduler", choices=["sync", "threads"], help="no cluster: in-process")
    parser.add_argument("--address", help="a running cluster's scheduler, tcp://host:8786")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def run() -> tuple[int, float]:
        start = time.perf_counter()
        files = plan_to_files(args.athletes, out, seed=args.seed, partitions=args.partitions)
        return files, time.perf_counter() - start

    if args.scheduler:
        where = f"the {args.scheduler} scheduler"
        with dask.config.set(scheduler=args.scheduler):
            files, seconds = run()
    else:
        from dask.distributed import Client, LocalCluster  # noqa: PLC0415  # only when used

        if args.address:
            with Client(args.address) as client:
                where = f"the cluster at {args.address}"
                client.run(warm_up)
                files, seconds = run()
        else:
            where = f"a local cluster of {args.workers} worker process(es)"
            with (
                LocalCluster(
                    n_workers=args.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port, not a fixed 8787
                ) as cluster,
                Client(cluster) as client,
            ):
                client.run(warm_up)
                files, seconds = run()

    print(f"Planned {args.athletes:,} runners' weeks on {where} in {seconds:.1f} s")
    print(f"Throughput: {args.athletes / seconds:,.0f} plans/s; {files} files in {out}/")
    with (out / "part-000000.jsonl").open(encoding="utf-8") as lines:
        first = rs.from_json(rs.WeekPlan, next(lines))
    athlete, week = make_request(0, args.seed)
    print(f"\nRunner 0 ({athlete.level}, {len(athlete.available_days)} free days):")
    print(rs.render_week(first, week))


if __name__ == "__main__":
    main()
