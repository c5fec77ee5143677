"""RS401's findings: one message per step, placed on the step's day, exercise and week."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import runstrength as rs
from runstrength._rules.progression import Step, _one_variable


class _Steps:
    def __init__(self, *steps: Step) -> None:
        self._steps = steps

    def steps(self) -> Iterator[Step]:
        return iter(self._steps)


def _rx(sets: int, load_kg: float) -> rs.Prescription:
    return rs.Prescription(
        "goblet_squat", rs.Dose(sets=sets, reps=(8, 12), rest_seconds=90, load_kg=load_kg)
    )


OLD, BOTH, SETS = _rx(3, 16), _rx(4, 18), _rx(4, 16)
BEFORE = "3 × 8–12 @ 16 kg, rest 90 s"
AFTER_SETS = "4 × 8–12 @ 16 kg, rest 90 s"


@pytest.mark.parametrize(
    ("step", "day", "week", "message"),
    [
        (
            Step(OLD, BOTH, day=rs.Weekday.tue, week=3),
            rs.Weekday.tue,
            3,
            f"Sets and load change at once for goblet_squat ({BEFORE} → 4 × 8–12 @ 18 kg, "
            "rest 90 s); change one of them now and the other next time.",
        ),
        (
            Step(OLD, SETS, change=rs.Change.load, day=rs.Weekday.thu),
            rs.Weekday.thu,
            None,
            f"The step is named load but changes sets ({BEFORE} → {AFTER_SETS}); name the "
            "change that was made.",
        ),
        (
            Step(OLD, SETS, change=rs.Change.none, week=2),
            None,
            2,
            f"The step is named none but changes sets ({BEFORE} → {AFTER_SETS}); name the "
            "change that was made.",
        ),
    ],
)
def test_one_variable_findings_keep_their_words_and_place(
    step: Step, day: rs.Weekday | None, week: int | None, message: str
) -> None:
    (found,) = _one_variable(_Steps(step))
    assert (found.message, found.day, found.exercise, found.week) == (
        message,
        day,
        "goblet_squat",
        week,
    )


@pytest.mark.parametrize(
    "step",
    [
        Step(OLD, SETS, change=rs.Change.sets),
        Step(OLD, OLD, change=rs.Change.none),
        Step(OLD, OLD),
    ],
)
def test_one_variable_is_quiet_about_a_named_single_change_or_none(step: Step) -> None:
    assert list(_one_variable(_Steps(step))) == []
