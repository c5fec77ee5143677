"""The fit rules (RS301–RS305): one check per exercise, the same finding shape for each."""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import given, settings

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import BARS_AND_MACHINES
from runstrength._rules import fit
from runstrength._rules.rulebook import Context
from tests.rules.test_rules import CASES, Case

E = rs.Equipment

PER_EXERCISE: dict[str, Callable[[rs.Exercise, rs.Athlete], bool]] = {
    "RS301": lambda ex, athlete: not ex.available_with(athlete.equipment),
    "RS302": lambda ex, athlete: not ex.suits(athlete.level),
    "RS303": lambda ex, athlete: athlete.level is rs.Level.beginner and ex.plyometric,
    "RS304": lambda ex, athlete: bool(ex.avoid_with & athlete.injuries),
}
"""When each per-exercise fit rule fires, said independently of the rules' code."""


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, (rs.Weekday.wed, "back_squat", "Back squat needs barbell and squat_rack.")),
        (
            1,
            (
                rs.Weekday.wed,
                "romanian_deadlift",
                "Romanian deadlift needs dumbbell or kettlebell or barbell.",
            ),
        ),
        (
            2,
            (
                rs.Weekday.tue,
                "front_squat",
                "Front squat is for advanced athletes and up, not intermediate.",
            ),
        ),
        (3, (rs.Weekday.wed, "pogo_hop", "Pogo hop is a jump: beginners skip jumping.")),
        (4, (rs.Weekday.thu, "pogo_hop", "Pogo hop is to be avoided with achilles pain.")),
    ],
)
def test_per_exercise_fit_findings_keep_their_day_exercise_and_words(
    index: int, expected: tuple[rs.Weekday, str, str]
) -> None:
    cases = [c for c in CASES if c.code in PER_EXERCISE]
    (found,) = cases[index].violations()
    assert (found.day, found.exercise, found.message) == expected


@settings(max_examples=60, deadline=None)
@given(rst.week_plans(), rst.athletes(), rst.running_weeks())
def test_per_exercise_fit_rules_flag_exactly_the_exercises_with_the_problem(
    plan: rs.WeekPlan, athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    catalog = rs.default_catalog()
    found = rs.validate(plan, athlete, week, rules=sorted(PER_EXERCISE))
    for code, fires in PER_EXERCISE.items():
        expected = Counter(
            (session.day, item.exercise)
            for session in plan.sessions
            for item in session.exercises
            if item.exercise in catalog and fires(catalog[item.exercise], athlete)
        )
        assert Counter((v.day, v.exercise) for v in found if v.code == code) == expected


def test_loaded_items_are_the_bars_and_machines_and_the_free_weights() -> None:
    loaded, heavy = fit.LOAD_ITEMS, BARS_AND_MACHINES
    assert isinstance(loaded, frozenset)
    assert loaded - heavy == {E.dumbbell, E.kettlebell}
    assert loaded == {
        E.dumbbell,
        E.kettlebell,
        E.barbell,
        E.leg_press,
        E.leg_extension,
        E.leg_curl,
        E.seated_calf_machine,
        E.cable_machine,
        E.glute_drive_machine,
    }


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.code in PER_EXERCISE], ids=lambda c: f"{c.code}-{c.why}"
)
def test_fit_rules_pickle_with_checks_that_find_the_same(case: Case) -> None:
    catalog = case.catalog or rs.default_catalog()
    ctx = Context(case.plan, case.athlete, case.week, catalog, DEFAULT_SETTINGS, None)
    for rule in fit.RULES:
        copy = pickle.loads(pickle.dumps(rule))
        assert copy == rule
        assert list(copy.check(ctx)) == list(rule.check(ctx))
