"""Deterministic athletes and running weeks whose outputs are kept byte for byte.

The snapshot test plans every case here and compares ``to_json``, the text and Markdown
views, the calendar export and the CLI's output with ``tests/snapshot/outputs.json.gz``.
A change that alters plans on purpose regenerates that file with
``RUNSTRENGTH_UPDATE_SNAPSHOT=1 python -m pytest tests/snapshot`` and says why in its commit.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from typing import Any

import runstrength as rs

KINDS = [kind.value for kind in rs.RunKind]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KITS = ["none", "home", "gym"]


def _week(rng: random.Random, race: bool) -> rs.RunningWeek:
    runs: dict[str, rs.Run] = {}
    for day in DAYS:
        if rng.random() < 0.65:
            kinds = [kind for kind in KINDS if race or kind != "race"]
            runs[day] = rs.Run(rng.choice(kinds), rng.choice([20, 30, 40, 50, 60, 90, 120]))
    return rs.RunningWeek(**runs)


def _athlete(rng: random.Random) -> rs.Athlete:
    equipment: object
    if rng.random() < 0.5:
        equipment = rng.choice(KITS)
    else:
        items = sorted(item.value for item in rs.Equipment)
        equipment = sorted(rng.sample(items, rng.randint(0, len(items))))
    days = sorted(rng.sample(DAYS, rng.randint(1, 7)))
    return rs.Athlete(
        level=rng.choice(["beginner", "intermediate", "advanced"]),
        equipment=equipment,
        available_days=days,
        sessions_per_week=rng.randint(1, 3),
        session_minutes=rng.choice([15, 20, 30, 45, 60, 90]),
        injuries=sorted(rng.sample([i.value for i in rs.Injury], rng.randint(0, 2))),
        goals=sorted(rng.sample([g.value for g in rs.Goal], rng.randint(0, 2))),
    )


def week_cases(count: int = 240) -> Iterator[tuple[rs.Athlete, rs.RunningWeek]]:
    """Yield ``count`` athletes with a running week each, the same on every run."""
    rng = random.Random(20261128)
    for _ in range(count):
        yield _athlete(rng), _week(rng, race=rng.random() < 0.15)


def block_cases(count: int = 30) -> Iterator[tuple[rs.Athlete, list[rs.RunningWeek]]]:
    """Yield ``count`` athletes with 2–16 running weeks each, the last often a race."""
    rng = random.Random(4242)
    for _ in range(count):
        athlete = _athlete(rng)
        weeks = [_week(rng, race=False) for _ in range(rng.randint(2, 16))]
        if rng.random() < 0.6:
            weeks[-1] = rs.RunningWeek(tue="easy", sat="race")
        yield athlete, weeks


START = datetime.date(2026, 3, 2)


def outputs() -> dict[str, str]:
    """Every kept output, keyed by case and kind, in a fixed order."""
    out: dict[str, str] = {}
    for i, (athlete, week) in enumerate(week_cases()):
        plan = rs.build_week(athlete, week)
        key = f"week{i:03d}"
        out[f"{key}.athlete"] = rs.to_json(athlete)
        out[f"{key}.week"] = rs.to_json(week)
        out[f"{key}.json"] = rs.to_json(plan)
        out[f"{key}.text"] = rs.render_week(plan, week)
        out[f"{key}.markdown"] = rs.render_week(plan, week, style="markdown")
        out[f"{key}.str"] = str(plan)
        out[f"{key}.html"] = plan._repr_html_()
        out[f"{key}.violations"] = "\n".join(repr(v) for v in rs.validate(plan, athlete, week))
        if i % 8 == 0:
            out[f"{key}.ics"] = rs.to_ics(plan, start=START, week=week)
    for i, (athlete, weeks) in enumerate(block_cases()):
        block = rs.build_block(athlete, weeks)
        key = f"block{i:03d}"
        out[f"{key}.json"] = rs.to_json(block)
        out[f"{key}.text"] = rs.render_block(block)
        out[f"{key}.markdown"] = rs.render_block(block, style="markdown")
        out[f"{key}.str"] = str(block)
        out[f"{key}.violations"] = "\n".join(repr(v) for v in rs.validate_block(block, athlete))
        if i % 5 == 0:
            out[f"{key}.ics"] = rs.to_ics(block, start=START)
    return out


def progress_outputs() -> dict[str, str]:
    """``progress`` over logs of every kind for the first prescriptions of a few plans."""
    out: dict[str, str] = {}
    outcomes: list[dict[str, Any]] = [
        {},
        {"pain": "mild"},
        {"pain": "sharp"},
        {"form_ok": False},
        {"rir": 0},
        {"rir": 4},
    ]
    for i, (athlete, week) in enumerate(week_cases(40)):
        plan = rs.build_week(athlete, week)
        for j, session in enumerate(plan.sessions):
            for k, prescription in enumerate(session.exercises):
                outcome = outcomes[(i + j + k) % len(outcomes)]
                dose = prescription.dose
                amount = dose.amount.hi
                done = amount if (i + k) % 3 else max(dose.amount.lo - 1, 0)
                sets = [
                    rs.SetLog(
                        **{dose.unit: done},
                        rir=outcome.get("rir", 2),
                    )
                    for _ in range(dose.sets.lo)
                ]
                log = rs.ExerciseLog(
                    exercise=prescription.exercise,
                    sets=sets,
                    form_ok=outcome.get("form_ok", True),
                    pain=outcome.get("pain", "none"),
                )
                step = rs.progress(prescription, log)
                out[f"progress{i:03d}.{j}.{k}"] = rs.to_json(step)
    return out


CLI_ARGS: list[list[str]] = [
    ["plan"],
    ["plan", "--format", "markdown"],
    ["plan", "--format", "json"],
    ["plan", "--format", "ics", "--start", "2026-03-02"],
    ["exercises"],
    ["exercises", "--level", "beginner"],
    ["exercises", "--equipment", "gym"],
    ["exercises", "--equipment", "dumbbell", "--json"],
]
"""Command lines whose standard output is kept."""
