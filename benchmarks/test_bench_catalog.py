"""Speed of the catalog check: long chains and loops of ``easier``/``harder`` links.

Run with ``pytest benchmarks --benchmark-enable`` (see test_bench_week.py). The check is
linear in the catalog: one pass builds the links, one walk per direction finds loops.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import runstrength as rs

if TYPE_CHECKING:
    from pytest_benchmark.fixture import BenchmarkFixture

BIG = 7_500
BIG_DOCUMENT = 7_000  # near the most a document holds (100,000 values, 14 an exercise)


def _document(count: int, *, loop: bool) -> dict[str, Any]:
    exercises = []
    for index in range(count):
        item: dict[str, Any] = {
            "id": f"move_{index}",
            "name": f"Move {index}",
            "patterns": ["squat"],
            "primary": ["quadriceps"],
            "level": "advanced",
            "doses": {"advanced": {"sets": 3, "reps": 8, "rest_seconds": 60}},
        }
        if index + 1 < count or loop:
            item["harder"] = f"move_{(index + 1) % count}"
        exercises.append(item)
    return {"exercises": exercises}


def _exercises(count: int, *, loop: bool) -> tuple[rs.Exercise, ...]:
    base = rs.from_dict(rs.Exercise, _document(1, loop=False)["exercises"][0])
    return tuple(
        attrs.evolve(
            base,
            id=f"move_{i}",
            name=f"Move {i}",
            harder=f"move_{(i + 1) % count}" if i + 1 < count or loop else None,
        )
        for i in range(count)
    )


def _refused(build: Any, *args: Any) -> int:
    try:
        build(*args)
    except rs.InputError as error:
        return len(error.problems)
    return 0


def test_catalog_chain_of_7500(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 100
    exercises = _exercises(BIG, loop=False)
    catalog = benchmark(rs.Catalog, exercises)
    assert len(catalog) == BIG


def test_catalog_loop_of_7500(benchmark: BenchmarkFixture) -> None:
    benchmark.extra_info["target_ms"] = 100
    exercises = _exercises(BIG, loop=True)
    assert benchmark(_refused, rs.Catalog, exercises) == 1


@pytest.mark.parametrize("loop", [False, True], ids=["chain", "loop"])
def test_catalog_document_of_7000(benchmark: BenchmarkFixture, loop: bool) -> None:
    benchmark.extra_info["target_ms"] = 1000
    text = json.dumps(_document(BIG_DOCUMENT, loop=loop))
    assert benchmark(_refused, rs.from_json, rs.Catalog, text) == (1 if loop else 0)
