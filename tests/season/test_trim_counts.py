"""A set cut to fit the minutes counts from the sets the athlete did last week."""

from __future__ import annotations

import re

import pytest

import runstrength as rs
from runstrength._model.reason import text_of
from tests.season.test_stronger import _block

_FEWER = re.compile(r"(?:A set fewer \((\d+) to (\d+)\)|(\d+) sets to (\d+)) to fit your")


def _sets(plan: rs.WeekPlan) -> dict[tuple[str, str], int]:
    return {(str(s.day), rx.exercise): rx.dose.sets.lo for s in plan.sessions for rx in s.exercises}


@pytest.mark.parametrize("name", ["A", "B", "C"])
def test_a_cut_below_last_weeks_sets_counts_from_them_regression(name: str) -> None:
    # Block A week 7: "monster_walk 1 × 15–20 … 3 sets to 1 to fit your 45 minutes", on a
    # line done at 2 sets the week before: the 3 was a rise that never happened.
    block = _block(name)
    for n in range(1, len(block.weeks)):
        was = _sets(block.weeks[n - 1])
        for session in block.weeks[n].sessions:
            for rx in session.exercises:
                found = _FEWER.search(text_of(rx.reason))
                last = was.get((str(session.day), rx.exercise))
                if found is None or last is None or rx.dose.sets.lo >= last:
                    continue
                before = int(found.group(1) or found.group(3))
                assert before == last, (n + 1, rx.exercise, text_of(rx.reason))
