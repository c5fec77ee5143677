"""Session sizes a coach would sign: a light session stays light, volume follows the level."""

from __future__ import annotations

import itertools

import pytest

import runstrength as rs
from runstrength._model.reason import text_of, texts
from runstrength._model.reason import texts as said_texts
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._rules.session import session_minutes_of

LEVELS = tuple(rs.Level)
KITS = ("none", "home", "gym")
MINUTES = (30, 45, 60, 90)
WEEKS = (
    rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long"),
    rs.RunningWeek(tue="easy", thu="tempo", sat="easy", sun="long"),
)
GRID = [
    rs.Athlete(level=level, equipment=kit, session_minutes=minutes, sessions_per_week=count)
    for level, kit, minutes, count in itertools.product(LEVELS, KITS, MINUTES, (2, 3))
]
SETS_CAP = {rs.Level.beginner: 2, rs.Level.intermediate: 3, rs.Level.advanced: 4}
HARD_SETS = {rs.Level.beginner: 12, rs.Level.intermediate: 16, rs.Level.advanced: 20}


def _sets(session: rs.Session) -> int:
    return sum(p.dose.sets.lo for p in session.exercises)


@pytest.mark.parametrize("athlete", GRID, ids=str)
@pytest.mark.parametrize("week", WEEKS)
def test_light_session_is_not_a_second_strength_session(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, week)
    strength = [_sets(s) for s in plan.sessions if s.focus is rs.Focus.strength]
    for session in plan.sessions:
        if session.focus is not rs.Focus.light:
            continue
        assert all(p.dose.sets.lo <= 2 for p in session.exercises), session.exercises
        if strength:
            assert _sets(session) < min(strength), (_sets(session), strength)
        took = session_minutes_of(session, DEFAULT_SETTINGS)
        assert took <= min(25, athlete.session_minutes) + 0.05, took
        assert "copenhagen_plank" not in session.exercise_ids


@pytest.mark.parametrize("athlete", GRID, ids=str)
def test_volume_follows_the_level_not_the_clock(athlete: rs.Athlete) -> None:
    plan = rs.build_week(athlete, WEEKS[0])
    for session in plan.sessions:
        if session.focus is not rs.Focus.strength:
            continue
        sets = [p.dose.sets.lo for p in session.exercises]
        assert max(sets) <= SETS_CAP[athlete.level], session.exercises
        assert sum(sets) <= HARD_SETS[athlete.level], sets
        main = next(
            (p for p in session.exercises if text_of(p.reason).startswith("Main lift")), None
        )
        if main is not None:
            assert all(s <= main.dose.sets.lo for s in sets), (main.exercise, sets)


def test_ninety_minutes_buy_a_beginner_no_more_sets_and_the_session_says_so() -> None:
    athlete = rs.Athlete(level="beginner", equipment="home", session_minutes=90)
    plan = rs.build_week(athlete, WEEKS[1])
    strength = next(s for s in plan.sessions if s.focus is rs.Focus.strength)
    assert all(p.dose.sets.lo <= 2 for p in strength.exercises)
    assert any("you do not need all 90" in r for r in said_texts(strength.reasons)), texts(
        strength.reasons
    )


@pytest.mark.parametrize("athlete", GRID, ids=str)
def test_a_session_claiming_a_hip_stability_drill_holds_glute_medius_work(
    athlete: rs.Athlete,
) -> None:
    catalog = rs.default_catalog()
    plan = rs.build_week(athlete, WEEKS[0])
    for session in plan.sessions:
        if any("a hip-stability drill" in r for r in said_texts(session.reasons)):
            patterns = [catalog[p.exercise].patterns for p in session.exercises]
            assert any(
                rs.Pattern.hip_stability in ps and rs.Muscle.adductors not in catalog[e].primary
                for ps, e in zip(patterns, session.exercise_ids, strict=True)
            ), session.exercise_ids


def test_a_known_back_squat_is_the_main_lift_with_its_load() -> None:
    athlete = rs.Athlete(
        level="advanced",
        equipment="gym",
        session_minutes=60,
        lifts={"back_squat": rs.Lift(load_kg=100, reps=5, rir=2)},
    )
    plan = rs.build_week(athlete, WEEKS[0])
    strength = next(s for s in plan.sessions if s.focus is rs.Focus.strength)
    first = strength.exercises[0]
    assert first.exercise == "back_squat"
    assert first.dose.load_kg is not None
    assert not first.choose_load


@pytest.mark.parametrize("goals", [["hills"], ["endurance"], ["resilience"], ["speed"]])
@pytest.mark.parametrize("level", LEVELS)
def test_reasons_say_how_without_internals_or_circles(goals: list[str], level: rs.Level) -> None:
    catalog = rs.default_catalog()
    athlete = rs.Athlete(level=level, equipment="home", goals=goals, sessions_per_week=2)
    plan = rs.build_week(athlete, WEEKS[1])
    for session in plan.sessions:
        for item in session.exercises:
            assert "articles" not in text_of(item.reason), text_of(item.reason)
            assert "Serves the" not in text_of(item.reason), text_of(item.reason)
            name = catalog[item.exercise].name
            assert name not in text_of(item.reason).split(" instead of ")[0], text_of(item.reason)
            if "goal" in text_of(item.reason):
                assert f"For the {goals[0]} goal: " in text_of(item.reason), text_of(item.reason)
