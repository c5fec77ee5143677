"""Variations that move at a coach's pace: never a step down, never a ladder in a week."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.vocab import Pattern
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from runstrength._progression.unhold import rotations
from tests.season.athletes import (
    ADVANCED_WITH_LIFTS,
    BLOCK_A,
    BLOCK_C_WEEKS,
    block_a_running,
    marathon_week,
)

CAT = rs.default_catalog()

_LEGS = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge, Pattern.hip_extension})


def _beginner_block() -> rs.Block:
    """Block B of the review: a beginner at home, 30 minutes, 12 weeks to a 10 km."""
    weeks = [
        rs.RunningWeek(
            tue=rs.Run("easy", 30), thu=rs.Run("easy", 30), sat=rs.Run("long", 50 + 3 * i)
        )
        for i in range(11)
    ]
    weeks.append(rs.RunningWeek(tue=rs.Run("easy", 25), sat=rs.Run("race", 60)))
    athlete = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
    return rs.build_block(athlete, weeks)


def _hinges(block: rs.Block) -> list[list[str]]:
    return [
        [
            rx.exercise
            for s in plan.sessions
            for rx in s.exercises
            if Pattern.hinge in CAT[rx.exercise].patterns
        ]
        for plan in block.weeks
    ]


def test_no_hinge_regresses_without_a_reason_regression() -> None:
    # Held at the top of its range, the kickstand RDL moves on to the single-leg RDL (003:
    # the kickstand is its easier version), never to a two-legged good morning.
    hinges = _hinges(_beginner_block())
    seen = [name for week in hinges for name in week]
    assert "bodyweight_good_morning" not in seen
    assert hinges[0] == ["kickstand_romanian_deadlift"]
    assert ["single_leg_romanian_deadlift"] in hinges
    first = hinges.index(["single_leg_romanian_deadlift"])
    assert all(week == ["single_leg_romanian_deadlift"] for week in hinges[first:])


def _one_leg(exercise: rs.Exercise, dose: rs.Dose) -> bool:
    if Pattern.single_leg in exercise.patterns:
        return True
    return dose.per_side and bool(exercise.patterns & _LEGS)


_ONE_LEG = sorted(
    e.id
    for e in CAT
    if not e.plyometric and _one_leg(e, e.dose_for(e.level)) and e.patterns & _LEGS
)


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(_ONE_LEG),
    level=st.sampled_from(list(rs.Level)),
    equipment=st.sampled_from(["home", "gym"]),
    light=st.booleans(),
)
def test_one_leg_work_never_changes_form_to_two_legged_work_regression(
    name: str, level: str, equipment: str, light: bool
) -> None:
    exercise = CAT[name]
    athlete = rs.Athlete(level=level, equipment=equipment)
    dose = exercise.dose_for(max(athlete.level, exercise.level))
    top = dose.amount.hi
    done = rs.SetLog(reps=top) if dose.unit == "reps" else rs.SetLog(seconds=top)
    log = rs.ExerciseLog(exercise=name, sets=[done] * dose.sets.lo)
    ask = Ask(rs.Prescription(name, dose), log, exercise, CAT, fit=Fit(athlete), light=light)
    for other, _ in rotations(ask):
        assert _one_leg(other, other.dose_for(max(athlete.level, other.level))), other.id


def _harder_links(name: str) -> frozenset[str]:
    """The catalog's harder variations of ``name`` (its link, and those naming it easier)."""
    exercise = CAT[name]
    found = {e.id for e in CAT if e.easier == name}
    if exercise.harder:
        found.add(exercise.harder)
    return frozenset(found)


def _ladders(block: rs.Block) -> list[tuple[int, str, str]]:
    """(week, from, to): a training week's harder variation of an exercise new last week."""
    weeks = [
        frozenset(rx.exercise for s in plan.sessions for rx in s.exercises) for plan in block.weeks
    ]
    out = []
    training = (rs.Phase.general, rs.Phase.strength, rs.Phase.power)
    for i in range(1, len(weeks)):
        if block.phases[i] not in training:
            continue  # a lighter week's own moves are another rule's
        before = weeks[i - 2] if i >= 2 else frozenset()
        earlier = frozenset().union(*weeks[:i])
        for new in sorted(weeks[i] - weeks[i - 1] - earlier):
            out += [
                (i + 1, old, new)
                for old in sorted(weeks[i - 1] - before)
                if new in _harder_links(old)
            ]
    return out


def test_block_c_calf_stays_two_weeks_before_the_single_leg_raise_regression() -> None:
    block = rs.build_block(ADVANCED_WITH_LIFTS, BLOCK_C_WEEKS)
    assert _ladders(block) == []
    calves = [
        [rx.exercise for s in plan.sessions for rx in s.exercises if "calf" in rx.exercise]
        for plan in block.weeks[:3]
    ]
    assert "standing_calf_raise" in calves[0]
    assert "standing_calf_raise" in calves[1]
    assert "single_leg_eccentric_calf_raise" not in {name for week in calves for name in week}


@settings(max_examples=12, deadline=None)
@given(
    level=st.sampled_from(list(rs.Level)),
    equipment=st.sampled_from(["home", "gym"]),
    sessions=st.integers(1, 3),
    minutes=st.sampled_from([30, 45, 60]),
    weeks=st.integers(6, 12),
)
def test_no_exercise_moves_to_a_harder_variation_the_week_after_it_came_in_regression(
    level: str, equipment: str, sessions: int, minutes: int, weeks: int
) -> None:
    athlete = rs.Athlete(
        level=level, equipment=equipment, sessions_per_week=sessions, session_minutes=minutes
    )
    running = [marathon_week(90 + 5 * i, cut=i % 4 == 3) for i in range(weeks - 1)]
    running.append(rs.RunningWeek(tue=rs.Run("easy", 40), sat=rs.Run("race", 90)))
    assert _ladders(rs.build_block(athlete, running)) == []


def _block_a() -> rs.Block:
    """Block A of the review: an intermediate in a gym, 16 weeks to a marathon."""
    return rs.build_block(BLOCK_A, block_a_running())


def test_a_power_week_without_jumps_says_why_and_promises_no_freshness_regression() -> None:
    # Block A week 11: a power week with no jump said "so the legs arrive fresh at the
    # race", five weeks before the marathon. Its sessions fall on the intervals and tempo
    # days: it says jumps need fresh legs.
    block = _block_a()
    week = block.weeks[10]
    assert block.phases[10] is rs.Phase.power
    assert not any(CAT[rx.exercise].plyometric for s in week.sessions for rx in s.exercises)
    why = block.reasons[10]
    assert why.code == "phase.power.no_jumps.tired"
    assert "arrive fresh" not in why.text
    assert "fresh legs" in why.text


@settings(max_examples=12, deadline=None)
@given(
    level=st.sampled_from(list(rs.Level)),
    equipment=st.sampled_from(["none", "home", "gym"]),
    sessions=st.integers(1, 3),
    weeks=st.integers(8, 16),
)
def test_every_power_week_sentence_is_true_to_its_jumps_regression(
    level: str, equipment: str, sessions: int, weeks: int
) -> None:
    athlete = rs.Athlete(level=level, equipment=equipment, sessions_per_week=sessions)
    running = [marathon_week(100 + 5 * i, cut=i % 4 == 3) for i in range(weeks - 1)]
    running.append(rs.RunningWeek(tue=rs.Run("easy", 40), sun=rs.Run("race", 200)))
    block = rs.build_block(athlete, running)
    for plan, phase, why in zip(block.weeks, block.phases, block.reasons, strict=True):
        if phase is not rs.Phase.power or not plan.sessions:
            continue
        jumps = any(CAT[rx.exercise].plyometric for s in plan.sessions for rx in s.exercises)
        assert "arrive fresh" not in why.text
        assert why.code.startswith("phase.power.no_jumps.") is not jumps, (why.code, jumps)
