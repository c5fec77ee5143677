"""The coach's eye itself: each wince fires on a plan built to deserve it, and only then.

Without these, a coach invariant that passes could be one that never looks.
"""

from __future__ import annotations

import attrs
import pytest

import runstrength as rs
from tests.coach import judge
from tests.coach.judge import Family

CAT = judge.CATALOG
WEEK = rs.RunningWeek(mon="easy", wed="easy", fri="easy", sun="long")
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", session_minutes=30)


def rx(
    exercise: str,
    *,
    sets: int | tuple[int, int] = 2,
    load_kg: float | None = None,
    tempo: rs.Tempo | None = None,
) -> rs.Prescription:
    """The catalog's intermediate dose of ``exercise``, with these sets, load and tempo."""
    base = CAT[exercise].dose_for(rs.Level.intermediate)
    dose = attrs.evolve(base, sets=sets, load_kg=load_kg, tempo=tempo or base.tempo)
    return rs.Prescription(exercise, dose)


def week_of(*items: rs.Prescription, day: str = "wed", focus: str = "strength") -> rs.WeekPlan:
    """One session of ``items`` after the day's run (or standalone on a rest day)."""
    placement = "after_run" if WEEK[rs.Weekday(day)] else "standalone"
    reasons = (f"{rs.Weekday(day).title}: After an easy run, with no key run the next day.",)
    session = rs.Session(
        day=day, focus=focus, placement=placement, exercises=items, reasons=reasons
    )
    return rs.WeekPlan(sessions=(session,))


# Six exercises of six families, one number of sets each, loads named: about 50 minutes
# with the changeovers, the warm-up and the cool-down.
GOOD = week_of(
    rx("goblet_squat", sets=3, load_kg=16.0),
    rx("romanian_deadlift", sets=3, load_kg=30.0),
    rx("step_up", sets=2),
    rx("bent_knee_calf_raise", sets=3),
    rx("lateral_band_walk", sets=2),
    rx("lateral_lunge", sets=2),
)


@pytest.mark.parametrize(
    "winces",
    [
        judge.family_winces(GOOD),
        judge.duplicate_winces(GOOD),
        judge.sets_winces(GOOD),
        judge.load_winces(GOOD),
        judge.time_winces(GOOD, attrs.evolve(ATHLETE, session_minutes=50), WEEK),
        judge.fit_winces(GOOD, ATHLETE),
        judge.weekly_work_winces(GOOD, rs.Athlete(level="intermediate", session_minutes=15))[
            "soleus"
        ],
        judge.weekly_work_winces(GOOD, ATHLETE)["adductors"],
        judge.day_before_winces(GOOD, WEEK)["focus"],
        judge.day_before_winces(GOOD, WEEK)["content"],
        judge.reason_fit_winces(GOOD, WEEK),
    ],
)
def test_a_sound_session_draws_no_wince(winces: list[str]) -> None:
    assert winces == []


def test_two_squats_and_one_exercise_twice() -> None:
    plan = week_of(rx("goblet_squat"), rx("wall_sit"), rx("wall_sit"))
    (families,) = judge.family_winces(plan)
    assert "Wednesday's strength session holds 3 bilateral squat exercises" in families
    assert judge.duplicate_winces(plan) == [
        "Wednesday's strength session lists wall_sit more than once."
    ]


def test_a_range_of_sets_and_a_weight_without_a_load() -> None:
    plan = week_of(rx("goblet_squat", sets=(2, 4)))
    assert judge.sets_winces(plan) == [
        "Wednesday's strength session prescribes 2–4 sets of goblet_squat: say how many."
    ]
    assert judge.load_winces(plan) == [
        "Wednesday's strength session has goblet_squat with no load and no word to choose one."
    ]
    assert judge.reason_winces(plan) == [
        "Wednesday's strength session gives no reason for goblet_squat."
    ]


def test_time_off_by_more_than_a_tenth_unless_capped_or_racing() -> None:
    plan = week_of(rx("step_up", sets=2), rx("glute_bridge", sets=2))
    (short,) = judge.time_winces(plan, ATHLETE, WEEK)
    assert "the athlete has 30 (±10 %)" in short
    capped = week_of(rx("step_up", sets=4), rx("glute_bridge", sets=4))
    assert judge.time_winces(capped, ATHLETE, WEEK) == []
    race_week = attrs.evolve(WEEK, sun="race")
    assert judge.time_winces(plan, ATHLETE, race_week) == []
    (long,) = judge.time_winces(GOOD, attrs.evolve(ATHLETE, session_minutes=20), WEEK)
    assert "the athlete has 20" in long


def test_jumps_for_a_beginner_and_what_an_injury_rules_out() -> None:
    beginner = rs.Athlete(level="beginner", injuries=["achilles"])
    winces = judge.fit_winces(week_of(rx("pogo_hop")), beginner)
    assert winces == [
        "Wednesday's strength session has a beginner jumping (pogo_hop).",
        "Wednesday's strength session has pogo_hop, to avoid with achilles.",
    ]


def test_a_week_without_soleus_adductor_or_core_work() -> None:
    plan = week_of(rx("goblet_squat"), rx("standing_calf_raise"))
    winces = judge.weekly_work_winces(plan, ATHLETE)
    assert [kind for kind, found in winces.items() if found] == ["soleus", "adductors", "core"]
    short = judge.weekly_work_winces(plan, attrs.evolve(ATHLETE, session_minutes=15))
    assert [kind for kind, found in short.items() if found] == ["soleus"]


def test_the_day_before_a_key_run() -> None:
    # Saturday, before Sunday's long run: a strength session, a weight, a jump, a slow
    # lowering and an eccentric exercise all spoil it; a bodyweight bridge does not.
    plan = week_of(
        rx("goblet_squat"),
        rx("pogo_hop"),
        rx("split_squat", tempo=rs.Tempo(3, 0, 1)),
        rx("eccentric_calf_raise"),
        rx("glute_bridge"),
        day="sat",
    )
    winces = judge.day_before_winces(plan, WEEK)
    assert winces["focus"] == [
        "Saturday's strength session comes the day before Sunday's long run."
    ]
    (content,) = winces["content"]
    assert "(goblet_squat, pogo_hop, split_squat, eccentric_calf_raise)" in content
    light = week_of(rx("glute_bridge"), day="sat", focus="light")
    assert judge.day_before_winces(light, WEEK) == {"focus": [], "content": []}


def test_reasons_that_say_what_the_week_does_not_hold() -> None:
    plan = week_of(rx("glute_bridge"), day="thu")  # Thursday has no run
    winces = judge.reason_fit_winces(plan, WEEK)
    assert winces == [
        "Thursday's strength session says 'Thursday: After an easy run, with no key run the "
        "next day.', but Thursday has no easy run."
    ]
    (session,) = plan.sessions
    placed = attrs.evolve(
        session,
        placement="after_run",
        reasons=("Light work only: the next day holds a tempo run.", "A day off running."),
    )
    assert judge.reason_fit_winces(rs.WeekPlan(sessions=(placed,)), WEEK) == [
        "Thursday's strength session is placed after a run, but no run is planned that day.",
        "Thursday's strength session says 'Light work only: the next day holds a tempo run.', "
        "but Friday has no tempo run.",
    ]


def test_every_catalog_exercise_has_a_family() -> None:
    assert [ex.id for ex in CAT if judge.family(ex) is Family.other] == []


@pytest.mark.parametrize(
    ("exercise", "expected"),
    [
        ("goblet_squat", Family.bilateral_squat),
        ("sumo_squat", Family.bilateral_squat),
        ("leg_press", Family.bilateral_squat),
        ("wall_sit", Family.bilateral_squat),
        ("step_up", Family.single_leg_knee),
        ("split_squat", Family.single_leg_knee),
        ("bulgarian_split_squat", Family.single_leg_knee),
        ("lateral_lunge", Family.adductor),
        ("romanian_deadlift", Family.hinge),
        ("single_leg_romanian_deadlift", Family.hinge),
        ("glute_bridge", Family.bridge),
        ("single_leg_glute_bridge", Family.bridge),
        ("standing_calf_raise", Family.straight_knee_calf),
        ("eccentric_calf_raise", Family.straight_knee_calf),
        ("bent_knee_calf_raise", Family.bent_knee_calf),
        ("lateral_band_walk", Family.hip_stability),
        ("squat_to_hydrant", Family.hip_stability),
        ("pogo_hop", Family.power),
        ("skater_jump", Family.power),
        ("leg_extension", Family.isolation),
    ],
)
def test_families_read_as_a_coach_reads_them(exercise: str, expected: Family) -> None:
    assert judge.family(CAT[exercise]) is expected
