"""A demanding running coach reads the planner's weeks: what would make them wince?

Every test below runs one coach invariant over every runner of ``cases.CASES`` (a fixed
table, no randomness). A failure names the runner (``int-gym-2x30-classic``: level, kit,
sessions × minutes, running week, injuries, goals, days) and says, in the coach's words,
what is wrong with which session.
"""

from __future__ import annotations

import itertools
import re

import pytest

import runstrength as rs
from runstrength._model.reason import texts
from runstrength._model.reason import texts as said_texts
from tests.coach import judge
from tests.coach.cases import CASES, KITS, WEEKS, Case
from tests.coach.judge import Family

EVERY_CASE = pytest.mark.parametrize("case", CASES, ids=str)
RUNS_TALK = re.compile(r"\b(?:key runs?|races?)\b", re.IGNORECASE)


def verdict(case: Case, winces: list[str]) -> None:
    """Fail with every wince of the case, one a line, under the case's name."""
    if winces:
        pytest.fail(f"{case}:\n  " + "\n  ".join(winces), pytrace=False)


def race_week(case: Case) -> bool:
    """Whether the case's week holds a race."""
    return bool(case.week.race_days)


# --------------------------------------------------------------------------- the table


def test_the_table_covers_what_a_coach_meets() -> None:
    athletes = [case.athlete for case in CASES]
    weeks = [case.week for case in CASES]
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
    assert {a.level for a in athletes} == set(rs.Level)
    assert {a.equipment for a in athletes} == set(KITS.values())
    listed = {rs.Injury(i) for i in ("achilles", "knee", "hip", "lower_back", "ankle", "shin")}
    assert listed <= {i for a in athletes for i in a.injuries}
    assert {g for a in athletes for g in a.goals} == set(rs.Goal)
    assert {a.sessions_per_week for a in athletes} == {1, 2, 3}
    assert {a.session_minutes for a in athletes} == {15, 20, 30, 45, 60, 90}
    assert any(w.race_days for w in weeks)
    assert any(w.run_count == 0 for w in weeks)
    running_days = {sum(1 for _, runs in w.items() if runs) for w in weeks}
    assert {2, 3} <= running_days
    assert any(
        w.has_key_run(day) and w.has_key_run(day.next) for w in WEEKS.values() for day in rs.Weekday
    )


# --------------------------------------------------------------------------- each session


@EVERY_CASE
def test_one_exercise_per_movement_family(case: Case) -> None:
    verdict(case, judge.family_winces(case.plan))


@EVERY_CASE
def test_no_exercise_twice_in_a_session(case: Case) -> None:
    verdict(case, judge.duplicate_winces(case.plan))


@EVERY_CASE
def test_one_number_of_sets_per_prescription(case: Case) -> None:
    verdict(case, judge.sets_winces(case.plan))


@EVERY_CASE
def test_loaded_exercises_say_how_much_load(case: Case) -> None:
    verdict(case, judge.load_winces(case.plan))


@EVERY_CASE
def test_session_fills_the_athletes_minutes(case: Case) -> None:
    verdict(case, judge.time_winces(case.plan, case.athlete, case.week))


@EVERY_CASE
def test_every_prescription_gives_a_reason(case: Case) -> None:
    verdict(case, judge.reason_winces(case.plan))


@EVERY_CASE
def test_no_jumps_for_beginners_and_nothing_the_injuries_rule_out(case: Case) -> None:
    verdict(case, judge.fit_winces(case.plan, case.athlete))


@EVERY_CASE
def test_validate_finds_no_errors(case: Case) -> None:
    errors = rs.validate(case.plan, case.athlete, case.week)
    verdict(case, [str(v) for v in errors if v.severity is rs.Severity.error])


# --------------------------------------------------------------------------- the week


@EVERY_CASE
def test_bent_knee_calf_work_every_week(case: Case) -> None:
    verdict(case, judge.weekly_work_winces(case.plan, case.athlete)["soleus"])


@EVERY_CASE
def test_adductor_work_every_week_of_twenty_minute_sessions(case: Case) -> None:
    verdict(case, judge.weekly_work_winces(case.plan, case.athlete)["adductors"])


@EVERY_CASE
def test_core_work_every_week_of_twenty_minute_sessions(case: Case) -> None:
    verdict(case, judge.weekly_work_winces(case.plan, case.athlete)["core"])


@EVERY_CASE
def test_no_strength_session_the_day_before_a_key_run(case: Case) -> None:
    verdict(case, judge.day_before_winces(case.plan, case.week)["focus"])


@EVERY_CASE
def test_nothing_loaded_jumping_or_eccentric_the_day_before_a_key_run(case: Case) -> None:
    verdict(case, judge.day_before_winces(case.plan, case.week)["content"])


@EVERY_CASE
def test_beginner_strength_sessions_hold_a_step_up_or_lunge(case: Case) -> None:
    if case.athlete.level is not rs.Level.beginner:
        return
    verdict(
        case,
        [
            f"{judge.where(s)} has no step-up, lunge or split squat: a beginner needs one."
            for s in case.plan.sessions
            if s.focus is rs.Focus.strength
            and not any(judge.family(ex) is Family.single_leg_knee for _, ex in judge.items(s))
        ],
    )


def heavy_bilateral(exercise: rs.Exercise) -> bool:
    """A two-legged squat or hinge that takes a barbell or a machine's stack."""
    two_legged = judge.family(exercise) in (Family.bilateral_squat, Family.hinge) and (
        "single_leg" not in {str(p) for p in exercise.patterns}
    )
    heavy = rs.Equipment.barbell in exercise.load_with or any(
        group <= judge.MACHINES for group in exercise.equipment
    )
    return two_legged and heavy


@EVERY_CASE
def test_advanced_gym_athletes_get_a_heavy_bilateral_lift(case: Case) -> None:
    athlete = case.athlete
    strength = [s for s in case.plan.sessions if s.focus is rs.Focus.strength]
    if athlete.level is not rs.Level.advanced or rs.Equipment.barbell not in athlete.equipment:
        return
    if not strength:
        return
    lifts = [ex for s in strength for _, ex in judge.items(s) if heavy_bilateral(ex)]
    verdict(
        case,
        [] if lifts else ["No strength session holds a heavy two-legged squat or hinge."],
    )


@EVERY_CASE
def test_speed_adds_power_work_where_allowed(case: Case) -> None:
    athlete, week = case.athlete, case.week
    if rs.Goal.speed not in athlete.goals or athlete.level is rs.Level.beginner:
        return
    if race_week(case) or athlete.injuries & judge.JUMP_INJURIES:
        return
    fresh = [
        s
        for s in case.plan.sessions
        if not week.has_key_run(s.day) and not week.has_key_run(s.day.next)
    ]
    if not fresh:
        return  # every session sits next to a key run: no jumps on those legs
    jumps = [ex for ex in judge.week_exercises(case.plan) if ex.plyometric]
    verdict(
        case,
        [] if jumps else [f"Speed is the goal and {judge.where(fresh[0])} is fresh: no power."],
    )


@EVERY_CASE
def test_a_week_without_a_strength_session_says_why(case: Case) -> None:
    plan = case.plan
    if race_week(case) or any(s.focus is rs.Focus.strength for s in plan.sessions):
        return
    said = [text for text in texts(plan.shortfalls) if "strength" in text.lower()]
    verdict(
        case,
        [] if said else [f"No strength session and no word on what to move: {plan.shortfalls}"],
    )


@EVERY_CASE
def test_race_week_session_comes_early(case: Case) -> None:
    # At least three days before the race when the week has room before it (a Saturday
    # or Sunday race: Wednesday or Thursday at the latest); two before a Wednesday race.
    winces: list[str] = []
    for session, race in itertools.product(case.plan.sessions, case.week.race_days):
        before = race.rank - session.day.rank
        if 0 < before < min(3, race.rank):
            winces.append(
                f"{judge.where(session)} is {before} day(s) before {race.title}'s race; "
                f"race week's session goes early, at least {min(3, race.rank)} days before."
            )
    verdict(case, winces)


@EVERY_CASE
def test_weeks_without_runs_get_their_own_plan(case: Case) -> None:
    plan, athlete = case.plan, case.athlete
    if case.week.run_count:
        return
    winces: list[str] = []
    wanted = athlete.sessions_per_week
    if plan.session_count != wanted:
        winces.append(f"{plan.session_count} sessions for an athlete who asked for {wanted}.")
    texts = [*said_texts(plan.shortfalls), *(d.reason.text for d in plan.decisions)]
    texts += [text for s in plan.sessions for text in said_texts(s.reasons)]
    winces += [
        f"{text!r} talks of key runs or races in a week without runs."
        for text in texts
        if RUNS_TALK.search(text)
    ]
    verdict(case, winces)


@EVERY_CASE
def test_reasons_fit_the_week(case: Case) -> None:
    verdict(case, judge.reason_fit_winces(case.plan, case.week))
