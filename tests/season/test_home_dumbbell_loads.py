"""A season at home with dumbbells, driven by logs: loads that climb, and rehab that fits.

The athlete chooses the first loads (logged as 12 kg), then logs every set at the top of
its range at the low end of its reps in reserve. Optional events: mild pain on the
strength session's first exercise in week 3, weeks 7-8 off ill, sharp pain on the hinge
in week 10 and a pain-free test in week 11.
"""

from __future__ import annotations

import functools
import itertools

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reason import texts as said_texts
from runstrength._progression.standin import PAIN_FREE_ONLY
from tests.season.athletes import marathon_week

ATHLETE = rs.Athlete(
    level="intermediate",
    equipment=["wall", "chair", "step", "dumbbell", "mini_band", "bench"],
    sessions_per_week=2,
    session_minutes=40,
)
CATALOG = rs.default_catalog()


RUNNING = [marathon_week(90 + 5 * i, cut=i + 1 in (4, 9)) for i in range(12)]


def _logs(n: int, plan: rs.WeekPlan, events: frozenset[str]) -> list[rs.ExerciseLog]:
    """Week ``n``'s logs (1-based): on target, with the season's events."""
    if "ill" in events and n in (7, 8):
        return []
    logs = []
    for s_index, session in enumerate(plan.sessions):
        for e_index, rx in enumerate(session.exercises):
            dose = rx.dose
            load = dose.load_kg if dose.load_kg is not None else (12.0 if rx.choose_load else None)
            rir = dose.rir.lo if dose.rir else None
            done = rs.SetLog(**{dose.unit: dose.amount.hi}, load_kg=load, rir=rir)
            pain = rs.Pain.none
            if "mild" in events and n == 3 and s_index == 0 and e_index == 0:
                pain = rs.Pain.mild
            exercise = CATALOG.get(rx.exercise)
            hinge = exercise is not None and rs.Pattern.hinge in exercise.patterns
            if "sharp" in events and n == 10 and hinge:
                pain = rs.Pain.sharp
            sets = [done] * max(1, dose.sets.lo)
            logs.append(rs.ExerciseLog(exercise=rx.exercise, sets=sets, pain=pain))
    if "sharp" in events and n == 11:
        tests = [
            rs.ExerciseLog(exercise=e.exercise, sets=[rs.SetLog(reps=8)] * 2)
            for e in plan.exclusions
        ]
        logs += tests
    return logs


@functools.cache
def season(*events: str) -> tuple[rs.WeekPlan, ...]:
    """The twelve weeks' plans, each checked with no error."""
    history: list[rs.WeekRecord] = []
    for k, running in enumerate(RUNNING):
        plan = rs.next_week(ATHLETE, running, history=history, upcoming=RUNNING[k + 1 :])
        after = RUNNING[k + 1] if k + 1 < len(RUNNING) else None
        errors = [
            v
            for v in rs.validate(plan, ATHLETE, running, next_week=after)
            if v.severity is rs.Severity.error
        ]
        assert not errors, (k + 1, errors)
        history.append(rs.WeekRecord(running, plan, _logs(k + 1, plan, frozenset(events))))
    return tuple(r.plan for r in history)


def _find(plan: rs.WeekPlan, exercise: str) -> rs.Prescription | None:
    return next((rx for s in plan.sessions for rx in s.exercises if rx.exercise == exercise), None)


def _load(plan: rs.WeekPlan, exercise: str) -> float | None:
    rx = _find(plan, exercise)
    return None if rx is None else rx.dose.load_kg


def test_on_target_dumbbell_loads_climb_through_the_season_regression() -> None:
    plans = season()
    for name in ("bulgarian_split_squat", "romanian_deadlift"):
        loads = [_load(p, name) for p in plans]
        known = [x for x in loads if x is not None]
        assert known, name
        assert known == sorted(known), (name, loads)  # never lighter on on-target logs
        # Two dumbbell steps at least on the main lift, beside its extra sets of the strength
        # phase, and one on the hinge: a step over 10 % waits for reps past the top first.
        steps = 2 if name == "bulgarian_split_squat" else 1
        assert known[-1] >= known[0] + 2 * steps, (name, loads)


def test_fewer_reps_come_only_with_a_heavier_load_regression() -> None:
    for events in ((), ("mild", "ill", "sharp")):
        plans = season(*events)
        for n, (before, after) in enumerate(itertools.pairwise(plans), start=1):
            if after.phase is not rs.Phase.strength:
                continue
            if "ill" in events and n in (7, 8):
                continue  # a week off: back at the last dose done, not the missed week's
            for s in after.sessions:
                for rx in s.exercises:
                    old = _find(before, rx.exercise)
                    if old is None or old.dose.unit != "reps" or rx.dose.load_kg is None:
                        continue
                    if old.dose.tempo != rx.dose.tempo:
                        continue  # a slower tempo for fewer reps: the set takes as long
                    if rx.dose.amount.hi < old.dose.amount.hi:
                        assert (rx.dose.load_kg or 0) > (old.dose.load_kg or 0), (events, rx)


def test_no_reason_promises_a_load_rise_at_the_same_load_regression() -> None:
    for events in ((), ("mild", "ill", "sharp")):
        for plan in season(*events):
            for s in plan.sessions:
                assert not any("so the load can rise" in text_of(rx.reason) for rx in s.exercises)


def test_a_lighter_load_after_time_off_climbs_back_within_three_weeks_regression() -> None:
    plans = season("mild", "ill", "sharp")
    name = "bulgarian_split_squat"
    before = _load(plans[5], name)  # week 6, the last week lifted before the illness
    back = _load(plans[8], name)  # week 9, the first week trained after it
    assert before is not None
    assert back is not None
    assert back < before
    later = [_load(p, name) or 0.0 for p in plans[9:12]]
    assert max(later) >= before, later
    assert later == sorted(later)


def test_an_exercise_back_after_mild_pain_says_it_is_lighter_than_before_regression() -> None:
    plans = season("mild")
    assert _find(plans[3], "bulgarian_split_squat") is None  # the easier one in week 4
    rx = _find(plans[4], "bulgarian_split_squat")
    assert rx is not None
    assert text_of(rx.reason).startswith(
        "Back after the mild pain at 10 kg, lighter than the 12 kg"
    )
    assert "3/10" in text_of(rx.reason)
    assert "Strength phase: fewer reps" not in text_of(rx.reason)


def test_a_week_back_after_mild_pain_moves_no_other_knee_exercise_on_regression() -> None:
    plans = season("mild")
    week5 = {rx.exercise for s in plans[4].sessions for rx in s.exercises}
    week6 = {rx.exercise for s in plans[5].sessions for rx in s.exercises}
    assert "split_squat" in week5
    assert "walking_lunge" not in week5
    assert "walking_lunge" in week6  # the harder variation comes the week after


def test_a_bodyweight_bridge_for_a_rested_hinge_is_slow_reps_with_a_hold_regression() -> None:
    plans = season("mild", "ill", "sharp")
    bridge = _find(plans[10], "glute_bridge")
    assert bridge is not None
    dose = bridge.dose
    assert dose.load_kg is None
    assert not bridge.choose_load
    assert dose.reps == rs.IntRange(12, 15)
    assert dose.rir is None  # a bodyweight bridge is not taken near failure
    assert dose.tempo is not None
    assert str(dose.tempo) == "3-0-1"  # slow reps; a tempo is three numbers, no top hold
    assert dose.sets.lo == 2
    assert PAIN_FREE_ONLY in text_of(bridge.reason)
    assert "Only if pain-free" not in text_of(bridge.reason)


def test_a_loaded_trial_after_sharp_pain_is_moderate_slow_reps_regression() -> None:
    plans = season("mild", "ill", "sharp")
    trial = _find(plans[11], "romanian_deadlift")
    assert trial is not None
    dose = trial.dose
    assert dose.reps is not None
    assert dose.reps.lo >= 8
    assert dose.tempo is not None
    assert dose.tempo.eccentric >= 3
    assert "well short of fatigue" in text_of(trial.reason)


def test_the_rest_note_names_both_areas_with_and_regression() -> None:
    plans = season("mild", "ill", "sharp")
    assert any(
        n.startswith("Resting the lower back and hamstring")
        for n in said_texts(plans[10].shortfalls)
    )


def test_a_week_back_after_illness_says_so_in_its_first_reason_regression() -> None:
    plans = season("ill")
    first = plans[7].sessions[0].reasons[0].text  # week 8: back after a week off
    assert ", back after 1 week off: " in first
    assert "only if symptom-free" in first
    assert first.startswith("Strength phase, week 3 of 7")


def test_the_step_back_after_weeks_off_is_under_the_load_last_lifted_regression() -> None:
    plans = season("ill")
    name = "romanian_deadlift"
    lifted = _load(plans[5], name)  # week 6, the last week trained
    planned = _load(plans[6], name)  # week 7, planned from week 6's logs, never lifted
    back = _load(plans[8], name)  # week 9, the first week back
    assert lifted is not None
    assert planned is not None
    assert back is not None
    assert planned >= lifted  # the reps rise before a dumbbell step over 10 %
    assert back < lifted
    rx = _find(plans[8], name)
    assert rx is not None
    assert f"a step under the {lifted:g} kg you last lifted" in text_of(rx.reason)


def test_the_test_advice_names_a_common_exercise_in_lower_case_regression() -> None:
    plans = season("mild", "ill", "sharp")
    notes = " ".join(r.text for r in plans[10].shortfalls)
    assert "easy sets of bodyweight good morning" in notes
    assert "Bodyweight good morning" not in notes
