"""An advanced runner's heavy main lift: rest that follows the dose, and a load found first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._plan.ahead import most_ahead
from runstrength._plan.shaping import forecast_logs, is_two_legged_squat_or_hinge
from runstrength._views.fitsteps import session_steps
from tests.season.athletes import ADVANCED_WITH_LIFTS

CATALOG = rs.default_catalog()
TRAINING = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
ADVANCED = rs.Athlete(level="advanced", equipment="gym", sessions_per_week=2)


def _main(plan: rs.WeekPlan) -> rs.Prescription:
    return next(s for s in plan.sessions if s.focus is rs.Focus.strength).exercises[0]


def _heavy(rx: rs.Prescription) -> bool:
    """A loaded two-legged squat or hinge set of 6 reps or fewer at about 80 % or more."""
    dose = rx.dose
    return (
        is_two_legged_squat_or_hinge(CATALOG[rx.exercise])
        and dose.unit == "reps"
        and dose.rir is not None
        and dose.amount.hi <= 6
        and dose.amount.hi + dose.rir.hi <= 8
        and (dose.load_kg is not None or rx.choose_load)
    )


def test_the_heavy_lift_rests_three_to_five_minutes_regression() -> None:
    # intervals.icu, advanced, 30 minutes: "Romanian deadlift 3 x 4-6, rest 90-150 s", and
    # the watch's Rest step was 150 s (ACSM 2009: 3-5 minutes at 1-6 RM).
    block = rs.build_block(ADVANCED, [TRAINING] * 3)
    for plan in block.weeks:
        main = _main(plan)
        assert _heavy(main), main
        assert main.dose.rest_seconds.lo >= 180, main
        assert main.dose.sets.lo == 3, main
    strength = next(s for s in block.weeks[1].sessions if s.focus is rs.Focus.strength)
    steps = session_steps(strength, CATALOG)
    rests = [step for step in steps if step.intensity == "rest"]
    # The watch's Rest step after the heavy lift is the dose's rest, not the usual one.
    assert rests[0].value == strength.exercises[0].dose.rest_seconds.hi


def test_the_heavy_lift_keeps_its_sets_where_a_second_calf_raise_gives_way_regression() -> None:
    # The longer rest in 30 minutes: never a heavy set for a second calf exercise (a week
    # of two sessions holds one calf exercise a session, so none is planned to give way).
    block = rs.build_block(ADVANCED, [TRAINING])
    strength = next(s for s in block.weeks[0].sessions if s.focus is rs.Focus.strength)
    main = strength.exercises[0]
    assert main.dose.sets.lo == 3
    calves = [rx for rx in strength.exercises if rs.Pattern.calf in CATALOG[rx.exercise].patterns]
    assert len(calves) == 1
    assert not [v for v in rs.validate_block(block, ADVANCED) if v.severity.value == "error"]


@settings(max_examples=12, deadline=None)
@given(
    minutes=st.sampled_from([30, 40, 45, 60, 75]),
    lifts=st.booleans(),
    weeks=st.integers(min_value=1, max_value=5),
)
def test_every_heavy_set_of_an_advanced_lifter_rests_at_least_three_minutes(
    minutes: int, lifts: bool, weeks: int
) -> None:
    known = {"back_squat": rs.Lift(load_kg=100, reps=5, rir=2)} if lifts else {}
    athlete = rs.Athlete(
        level="advanced", equipment="gym", sessions_per_week=2, session_minutes=minutes, lifts=known
    )
    block = rs.build_block(athlete, [TRAINING] * weeks)
    for plan in block.weeks:
        for session in plan.sessions:
            for rx in session.exercises:
                if _heavy(rx) and plan.phase in (rs.Phase.general, rs.Phase.strength):
                    assert rx.dose.rest_seconds.lo >= 180, (minutes, rx)
    assert not [v for v in rs.validate_block(block, athlete) if v.code == "RS203"]


def test_unknown_loads_find_the_heavy_load_before_the_heavy_effort_regression() -> None:
    # intervals.icu: no known lift, yet week 1 went straight to 4-6 reps at 1-2 in reserve,
    # while the runner with known lifts settled in at about 75 %.
    block = rs.build_block(ADVANCED, [TRAINING] * 3)
    first, second = _main(block.weeks[0]), _main(block.weeks[1])
    assert first.choose_load
    assert str(first.dose.amount) == "5"
    assert str(first.dose.rir) == "3"
    assert "to find the heavy main lift's load" in text_of(first.reason)
    assert first.exercise == second.exercise  # it gets heavier by load, not by a new lift
    assert str(second.dose.amount) == "4–6"
    assert str(second.dose.rir) == "1–2"


def test_the_week_note_does_not_contradict_the_heavy_lift_regression() -> None:
    # "moderate reps to settle technique and loads before the heavier weeks" above a heavy
    # prescription, in a block of one week where no heavier week comes.
    one = rs.build_block(ADVANCED, [TRAINING])
    assert "heavier weeks" not in one.reasons[0].text
    assert "to find its load" in one.reasons[0].text
    block = rs.build_block(ADVANCED, [TRAINING] * 4)
    for plan, why in zip(block.weeks, block.reasons, strict=True):
        main = _main(plan)
        if plan.phase is rs.Phase.general and main.dose.amount.hi <= 6:
            assert "settle" not in why.text, why.text


def test_a_general_block_of_settling_weeks_promises_no_heavier_weeks_regression() -> None:
    athlete = rs.Athlete(
        level="advanced",
        equipment="gym",
        lifts={"back_squat": rs.Lift(load_kg=100, reps=5, rir=2)},
    )
    block = rs.build_block(athlete, [TRAINING])
    assert "heavier weeks" not in block.reasons[0].text


BLOCK_C = ADVANCED_WITH_LIFTS
BLOCK_C_WEEKS = [
    rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun="long")
] * 6 + [rs.RunningWeek(tue="easy", thu="easy", sat="race")]


def _loads(plan: rs.WeekPlan) -> dict[str, float]:
    return {
        rx.exercise: rx.dose.load_kg for s in plan.sessions for rx in s.exercises if rx.dose.load_kg
    }


def _load_of(plan: rs.WeekPlan, name: str) -> rs.Prescription | None:
    return next(
        (
            rx
            for s in plan.sessions
            for rx in s.exercises
            if rx.exercise == name and rx.dose.load_kg
        ),
        None,
    )


def test_a_block_planned_ahead_claims_no_logs_it_does_not_have_regression() -> None:
    # Block C, made with no logs: "Load up from 82.5 kg to 85 kg: last week's sets were all
    # made", and the RDL climbed to 90 kg for 5-6 reps at 2-3 in reserve (about 84 % of
    # the 1RM its 80 kg x 8 @ 2 suggests, where an 8RM is about 78-80 %).
    block = rs.build_block(BLOCK_C, BLOCK_C_WEEKS)
    texts = [text_of(rx.reason) for p in block.weeks for s in p.sessions for rx in s.exercises]
    assert not [t for t in texts if "were all made" in t]
    assert any("every set last week was made" in t for t in texts)
    for plan in block.weeks:
        loads = _loads(plan)
        # What the set the watch counts allows: 5 RDL reps at 2-3 in reserve, 3 squats at 2.
        assert loads.get("romanian_deadlift", 0.0) <= 85
        squat = _load_of(plan, "back_squat")
        if squat is not None and squat.dose.amount.hi <= 4:
            assert loads["back_squat"] <= 105


@settings(max_examples=15, deadline=None)
@given(
    level=st.sampled_from(["intermediate", "advanced"]),
    squat=st.integers(min_value=40, max_value=160),
    reps=st.integers(min_value=3, max_value=10),
    rir=st.integers(min_value=0, max_value=3),
    weeks=st.integers(min_value=2, max_value=7),
)
def test_a_load_planned_ahead_stays_within_what_its_reps_and_reserve_allow(
    level: str, squat: int, reps: int, rir: int, weeks: int
) -> None:
    lift = rs.Lift(load_kg=squat, reps=reps, rir=rir)
    athlete = rs.Athlete(
        level=level, equipment="gym", session_minutes=60, lifts={"back_squat": lift}
    )
    block = rs.build_block(athlete, [TRAINING] * weeks)
    first = 0.0
    for plan in block.weeks:
        rx = _load_of(plan, "back_squat")
        if rx is None or rx.dose.rir is None or rx.dose.load_kg is None:
            continue
        first = first or rx.dose.load_kg
        most = most_ahead(rx, athlete, CATALOG)
        assert most is not None
        # Within what the reps and reserve allow, or held at a load already planned.
        assert rx.dose.load_kg <= max(most, first), (rx, most)
        if "Load up" in text_of(rx.reason):
            assert "if every set last week was made" in text_of(rx.reason)


def test_next_week_from_logs_still_says_what_the_logs_showed() -> None:
    # The same weeks planned one at a time from logs that met every set: the rise is a fact.
    history: list[rs.WeekRecord] = []
    texts = []
    for index, week in enumerate(BLOCK_C_WEEKS[:5]):
        plan = rs.next_week(BLOCK_C, week, history=history, upcoming=BLOCK_C_WEEKS[index + 1 :])
        texts += [text_of(rx.reason) for s in plan.sessions for rx in s.exercises]
        history.append(rs.WeekRecord(week, plan, forecast_logs(plan)))
    assert any("last week's sets were all made" in t for t in texts)
    assert not [t for t in texts if "Planned ahead" in t]
