"""The catalog's link check: linear in the catalog, one bounded problem per loop.

A catalog's ``easier`` and ``harder`` links are checked when it is built, by
``Catalog(...)``, ``Catalog.extend`` and ``from_json``. Long chains and long loops must
neither take quadratic time nor produce a problem per exercise that repeats the chain.
Nothing here is timed: the check was cubic, so a regression would make these tests take
minutes instead of failing (``benchmarks/test_bench_catalog.py`` measures it).
"""

from __future__ import annotations

import functools
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.errors import MAX_PROBLEMS

BIG = 7_500
"""Exercises in the big catalogs built directly."""

BIG_DOCUMENT = 7_000
"""Exercises in the big catalog documents: near the most the reader accepts, as each
linked exercise is 14 values and a document holds at most 100,000."""


def document(count: int, *, loop: bool = False, link: str = "harder") -> dict[str, Any]:
    """A catalog document of ``count`` advanced exercises linked in one chain (or loop)."""
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
            item[link] = f"move_{(index + 1) % count}"
        exercises.append(item)
    return {"exercises": exercises}


@functools.cache
def template() -> rs.Exercise:
    return rs.from_dict(rs.Exercise, document(1)["exercises"][0])


def exercise(index: int, *, easier: str | None = None, harder: str | None = None) -> rs.Exercise:
    return attrs.evolve(
        template(), id=f"move_{index}", name=f"Move {index}", easier=easier, harder=harder
    )


@functools.cache
def chain(count: int) -> tuple[rs.Exercise, ...]:
    """``count`` exercises, each one's ``harder`` the next."""
    return tuple(
        exercise(i, harder=f"move_{i + 1}" if i + 1 < count else None) for i in range(count)
    )


def test_catalog_chain_of_7500_loads_quickly() -> None:
    catalog = rs.Catalog(chain(BIG))
    assert len(catalog) == BIG
    assert catalog["move_0"].harder == "move_1"
    easier = [exercise(i, easier=f"move_{i + 1}" if i + 1 < BIG else None) for i in range(BIG)]
    assert len(rs.Catalog(easier)) == BIG


def test_catalog_chain_document_loads_quickly() -> None:
    catalog = rs.from_json(rs.Catalog, json.dumps(document(BIG_DOCUMENT)))
    assert len(catalog) == BIG_DOCUMENT
    catalog = rs.from_dict(rs.Catalog, document(BIG_DOCUMENT, link="easier"))
    assert catalog[f"move_{BIG_DOCUMENT - 2}"].easier == f"move_{BIG_DOCUMENT - 1}"


def test_catalog_loop_problem_is_bounded() -> None:
    closed = (*chain(BIG)[:-1], exercise(BIG - 1, harder="move_0"))
    with pytest.raises(rs.InputError) as caught:
        rs.Catalog(closed)
    (problem,) = caught.value.problems
    assert problem.path == "$.exercises[0].harder"
    assert problem.message == (
        "the chain loops (move_0 -> move_1 -> move_2 -> move_3 -> move_4 -> … -> move_0, "
        "7,500 exercises)"
    )


def test_catalog_loop_document_is_refused_with_one_problem() -> None:
    for link in ("easier", "harder"):
        data = document(BIG_DOCUMENT, loop=True, link=link)
        with pytest.raises(rs.InputError) as caught:
            rs.from_json(rs.Catalog, json.dumps(data))
        (problem,) = caught.value.problems
        assert problem.path == f"$.exercises[0].{link}"
        assert problem.message.endswith(f"-> move_0, {BIG_DOCUMENT:,} exercises)")
        assert len(str(caught.value)) < 200


def test_catalog_extend_closing_a_loop_is_refused_with_one_problem() -> None:
    catalog = rs.Catalog(chain(BIG))
    with pytest.raises(rs.InputError) as caught:
        catalog.extend([exercise(BIG - 1, harder="move_0")])
    (problem,) = caught.value.problems
    assert problem.message.endswith("7,500 exercises)")
    longer = catalog.extend([exercise(BIG - 1, harder=f"move_{BIG}"), exercise(BIG)])
    assert len(longer) == BIG + 1


def test_catalog_extend_refuses_what_is_not_an_exercise() -> None:
    catalog = rs.Catalog(chain(3))
    with pytest.raises(rs.InputError) as caught:
        catalog.extend([exercise(3), 42])  # type: ignore[list-item]
    assert [str(p) for p in caught.value.problems] == [
        "$.exercises[4]: expected an Exercise, got 42"
    ]


def test_catalog_problems_are_at_most_the_limit() -> None:
    dangling = [exercise(i, easier=f"gone_{i}") for i in range(BIG)]
    with pytest.raises(rs.InputError) as caught:
        rs.Catalog(dangling)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS
    assert str(problems[0]) == "$.exercises[0].easier: no exercise has id 'gone_0'"
    assert str(problems[-1]) == "$.exercises: 6,501 more problems (the first 999 are listed)"


def test_catalog_loop_is_reported_once_with_the_chains_into_it() -> None:
    # 0 -> 1 -> 2 -> 1 (a loop of two, entered from 0); 3 -> 4 -> 3; 5 leads into 4.
    links = {0: 1, 1: 2, 2: 1, 3: 4, 4: 3, 5: 4}
    items = [exercise(i, easier=f"move_{links[i]}") for i in range(6)]
    with pytest.raises(rs.InputError) as caught:
        rs.Catalog(items)
    assert [str(p) for p in caught.value.problems] == [
        "$.exercises[1].easier: the chain loops (move_1 -> move_2 -> move_1)",
        "$.exercises[3].easier: the chain loops (move_3 -> move_4 -> move_3)",
    ]


def loops_by_walking(links: dict[int, int]) -> list[list[int]]:
    """Every loop of ``links``, found the slow way: from each start, walk until a repeat."""
    loops = set()
    for start in links:
        seen = [start]
        node = links.get(start)
        while node is not None and node not in seen:
            seen.append(node)
            node = links.get(node)
        if node is not None:
            loop = seen[seen.index(node) :]
            first = loop.index(min(loop))
            loops.add(tuple(loop[first:] + loop[:first]))
    return [list(loop) for loop in sorted(loops)]


@given(st.data())
def test_catalog_reports_each_loop_once_at_its_first_exercise(data: st.DataObject) -> None:
    count = data.draw(st.integers(2, 12))
    targets = st.one_of(st.none(), st.integers(0, count - 1))
    drawn = data.draw(st.lists(targets, min_size=count, max_size=count))
    links = {i: t for i, t in enumerate(drawn) if t is not None and t != i}
    items = [exercise(i, harder=f"move_{links[i]}" if i in links else None) for i in range(count)]
    expected = [
        f"$.exercises[{loop[0]}].harder: the chain loops ("
        + " -> ".join(f"move_{i}" for i in [*loop, loop[0]])
        + ")"
        for loop in loops_by_walking(links)
        if len(loop) <= 6
    ]
    try:
        rs.Catalog(items)
    except rs.InputError as error:
        found = [str(p) for p in error.problems]
        assert [p for p in found if "loops (" in p and "…" not in p] == expected
        assert len(found) == len(loops_by_walking(links))
    else:
        assert expected == []
        assert loops_by_walking(links) == []


@pytest.mark.parametrize("loop", [False, True])
def test_catalog_document_of_7500_exercises_is_refused_by_the_values_limit(loop: bool) -> None:
    # A 7,500-exercise document holds more than the 100,000 values a document may: it is
    # refused by that limit, before any link is followed, with the limit in the message.
    text = json.dumps(document(BIG, loop=loop))
    with pytest.raises(rs.InputError) as caught:
        rs.from_json(rs.Catalog, text)
    assert "100,000" in str(caught.value)
