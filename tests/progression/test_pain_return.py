"""After sharp pain: the graded test, the referral, the return and the notes.

Regressions from a coach's review of the sharp-pain persona, each named after what the
coach found, and a property: whatever happens, an exercise back after a clearing test is
never more than before the pain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import text_of, texts
from runstrength._model.reason import texts as said_texts
from runstrength._progression.returns import comeback
from runstrength._progression.trial import trial_reps
from runstrength._progression.weeknotes import week_note
from tests.progression.simulate import load_of, on_target, sets_of, simulate
from tests.progression.test_personas import GYM, HINGE, WEEK, _sharp_hinge

if TYPE_CHECKING:
    from collections.abc import Sequence

CATALOG = rs.default_catalog()
REFERRAL = "physiotherapist or doctor before testing it again"


def _session(*prescriptions: rs.Prescription) -> rs.WeekPlan:
    session = rs.Session(
        day="tue", focus="strength", placement="standalone", exercises=prescriptions
    )
    return rs.WeekPlan(sessions=[session])


def _rx(
    exercise_id: str, *, load_kg: float | None = None, sets: rs.IntRange | None = None
) -> rs.Prescription:
    exercise = CATALOG[exercise_id]
    base = exercise.dose_for(exercise.level)
    dose = attrs.evolve(base, load_kg=load_kg, sets=base.sets if sets is None else sets)
    return rs.Prescription(exercise_id, dose)


def _logged(rx: rs.Prescription, pain: str = "none") -> rs.ExerciseLog:
    return rs.ExerciseLog(exercise=rx.exercise, sets=sets_of(rx, rx.dose.amount.hi), pain=pain)


def _hurt(plan: rs.WeekPlan, exercise_id: str) -> tuple[rs.WeekPlan, list[rs.ExerciseLog]]:
    items = [rx for s in plan.sessions for rx in s.exercises]
    logs = [_logged(rx, "sharp" if rx.exercise == exercise_id else "none") for rx in items]
    new, _ = rs.progress_week(plan, logs, athlete=GYM)
    return new, logs


def _week(
    plan: rs.WeekPlan, test_pain: str | None, history: Sequence[rs.ExerciseLog] = ()
) -> tuple[rs.WeekPlan, list[rs.ExerciseLog]]:
    """One week on target, with a test of the first exclusion when ``test_pain`` is given."""
    logs = [_logged(rx) for s in plan.sessions for rx in s.exercises]
    if test_pain is not None:
        test = plan.exclusions[0].test
        assert test is not None
        logs.append(_logged(test, test_pain))
    new, _ = rs.progress_week(plan, logs, athlete=GYM, history=history)
    return new, logs


def test_a_test_after_sharp_pain_is_graded_not_a_full_session() -> None:
    plan, _ = _hurt(rs.build_week(GYM, WEEK), HINGE)
    exclusion = plan.exclusions[0]
    test = exclusion.test
    assert test is not None
    old = CATALOG[test.exercise].dose_for(GYM.level)  # the hinge or its easier variation
    assert test.exercise in {HINGE, CATALOG[HINGE].easier}
    assert test.dose.sets == rs.IntRange(1, 2)
    assert test.dose.amount == rs.IntRange(old.amount.lo)
    assert test.dose.load_kg is None
    assert not test.choose_load
    assert test.dose.rir is not None
    assert test.dose.rir.lo >= 3
    for words in ("settled in daily life", "has cleared it", "1–2 easy sets", "at bodyweight"):
        assert words in text_of(exclusion.reason)
    assert "stopping at any pain" in text_of(exclusion.reason)


def test_a_test_uses_the_easier_variation_when_there_is_one() -> None:
    rx = _rx("single_leg_romanian_deadlift", load_kg=16.0)
    plan, _ = _hurt(_session(rx, _rx("glute_bridge"), _rx("pallof_press")), rx.exercise)
    test = plan.exclusions[0].test
    assert test is not None
    assert test.exercise == CATALOG["single_leg_romanian_deadlift"].easier
    assert test.dose.sets.hi <= 2
    assert test.dose.load_kg is None


def test_a_test_of_a_machine_uses_its_lightest_load() -> None:
    rx = _rx("hamstring_curl", load_kg=40.0)
    plan, _ = _hurt(_session(rx, _rx("glute_bridge"), _rx("pallof_press")), rx.exercise)
    test = plan.exclusions[0].test
    assert test is not None
    assert test.dose.load_kg == 5.0


def test_a_pain_free_test_of_the_easier_variation_clears_the_exclusion() -> None:
    rx = _rx("single_leg_romanian_deadlift", load_kg=16.0)
    plan, _ = _hurt(_session(rx, _rx("glute_bridge"), _rx("pallof_press")), rx.exercise)
    after, _ = _week(plan, "none")
    assert not after.exclusions


def test_mild_pain_in_a_test_keeps_the_exercise_out_with_a_decision() -> None:
    plan, logs = _hurt(rs.build_week(GYM, WEEK), HINGE)
    after, _ = _week(plan, "mild", logs)
    assert after.exclusions
    assert after.exclusions[0].exercise == HINGE
    assert HINGE not in {rx.exercise for s in after.sessions for rx in s.exercises}
    assert REFERRAL not in text_of(after.exclusions[0].reason)
    assert any(n.startswith("Mild pain in the test of") for n in said_texts(after.shortfalls))


def test_two_mild_pain_tests_in_a_row_refer_to_a_professional_once() -> None:
    plan, history = _hurt(rs.build_week(GYM, WEEK), HINGE)
    plans = [plan]
    for _ in range(4):
        plan, logs = _week(plan, "mild", history)
        history += logs
        plans.append(plan)
    assert REFERRAL not in text_of(plans[1].exclusions[0].reason)
    for later in plans[2:]:
        assert text_of(later.exclusions[0].reason).count(REFERRAL) == 1
    said = [n for p in plans for n in texts(p.shortfalls) if REFERRAL in n]
    assert len(said) == 1
    for later in plans[3:]:  # a test logged after the referral is acknowledged, once a plan
        reminders = [n for n in texts(later.shortfalls) if n.startswith("You tested again")]
        assert len(reminders) == 1
        assert len(reminders[0]) < 150


def test_sharp_pain_in_a_test_refers_to_a_professional_at_once() -> None:
    plan, logs = _hurt(rs.build_week(GYM, WEEK), HINGE)
    after, _ = _week(plan, "sharp", logs)
    assert REFERRAL in text_of(after.exclusions[0].reason)
    assert any(n.startswith("Sharp pain in the test of") for n in said_texts(after.shortfalls))


def test_the_return_after_pain_is_about_half_first_in_its_session_and_says_why() -> None:
    run = simulate(GYM, WEEK, _sharp_hinge)
    old = next(rx for rx in run.weeks[2].plan.sessions[0].exercises if rx.exercise == HINGE)
    session = run.plans()[9].sessions[0]
    assert session.placement is rs.Placement.after_run
    back = session.exercises[0]  # first in the session, fresh, before the main lift
    assert back.exercise == HINGE
    assert old.dose.load_kg is not None
    assert back.dose.load_kg is not None
    assert back.dose.load_kg == old.dose.load_kg / 2
    assert back.dose.sets.hi <= old.dose.sets.hi
    assert "Back after sharp pain at about half the old" in text_of(back.reason)
    notes = [n for n in texts(run.plans()[9].shortfalls) if "is back on" in n]
    assert len(notes) == 1
    assert "about half its old dose" in notes[0]


def test_the_return_after_pain_builds_back_instead_of_staying_stuck() -> None:
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=16)
    old = next(rx for rx in run.weeks[2].plan.sessions[0].exercises if rx.exercise == HINGE)
    doses = [rx.dose for p in run.plans()[9:] for s in p.sessions for rx in s.exercises]
    hinge = [
        rx.dose for p in run.plans()[9:] for s in p.sessions for rx in s.exercises
        if rx.exercise == HINGE
    ]  # fmt: skip
    assert doses
    assert len(hinge) == len(run.plans()[9:])
    loads = [d.load_kg or 0.0 for d in hinge]
    assert loads == sorted(loads)
    assert loads[0] < loads[-1]
    assert old.dose.load_kg is not None
    # Each pain-free session at the top climbs a rung (60 %, 80 %, then all of the old
    # load), so the old load is back within about three weeks, and stays by week 16.
    assert loads[-1] >= old.dose.load_kg


def test_an_unloaded_exercise_returns_at_half_its_sets() -> None:
    exercise = CATALOG["glute_bridge"]
    before = _rx("glute_bridge", sets=rs.IntRange(3))
    exclusion = rs.Exclusion(
        exercise="glute_bridge", areas=["hamstring"], reason="Sharp pain.", before=before
    )
    back, _ = comeback(exclusion, exercise, None)
    assert back.dose.sets == rs.IntRange(2)
    assert back.dose.amount == before.dose.amount
    one = attrs.evolve(before, dose=attrs.evolve(before.dose, sets=rs.IntRange(1)))
    back, _ = comeback(attrs.evolve(exclusion, before=one), exercise, None)
    assert back.dose.sets == rs.IntRange(1)
    assert back.dose.amount.hi < one.dose.amount.hi


def test_an_exclusion_without_a_test_or_before_still_returns_at_about_half() -> None:
    """A schema-1 exclusion (no test, no before) returns from the catalog's dose."""
    exercise = CATALOG[HINGE]
    exclusion = rs.Exclusion(exercise=HINGE, areas=["hamstring"], reason="Sharp pain.")
    back, _ = comeback(exclusion, exercise, GYM)
    full = exercise.dose_for(GYM.level)
    assert back.dose.sets.hi <= full.sets.hi
    assert back.dose.amount.hi <= full.amount.hi
    assert rs.from_json(rs.Exclusion, rs.to_json(exclusion)) == exclusion


def test_an_exclusion_with_its_test_round_trips_through_json() -> None:
    plan, _ = _hurt(rs.build_week(GYM, WEEK), HINGE)
    exclusion = plan.exclusions[0]
    assert exclusion.test is not None
    assert exclusion.before is not None
    assert rs.from_json(rs.Exclusion, rs.to_json(exclusion)) == exclusion
    assert rs.from_json(rs.WeekPlan, rs.to_json(plan)) == plan


def test_a_carried_exclusion_is_not_repeated_in_the_notes() -> None:
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=16)
    for plan in run.plans():
        assert len(set(plan.shortfalls)) == len(plan.shortfalls)
        assert sum("is back on" in n for n in said_texts(plan.shortfalls)) <= 1
        assert sum("Test it once" in n for n in said_texts(plan.shortfalls)) <= 1
    said = [n for p in run.plans() for n in texts(p.shortfalls) if "is back on" in n]
    assert len(said) == 1
    started = [n for p in run.plans() for n in texts(p.shortfalls) if n.startswith("Resting the")]
    assert len(started) == 1


def test_last_weeks_notes_leave_and_the_planners_shortfalls_stay() -> None:
    plan = rs.build_week(GYM, WEEK)
    old = (
        "Only two sessions fit this week.",
        "Kickstand Romanian deadlift is back on Tuesday after a pain-free test: start at 2 × 8.",
        "Thursday's session is out this week: everything in it loads a rested area.",
    )
    plan = attrs.evolve(plan, shortfalls=old)
    logs = [on_target(1, rx) for s in plan.sessions for rx in s.exercises]
    new, _ = rs.progress_week(plan, logs, athlete=GYM)
    assert texts(new.shortfalls) == ("Only two sessions fit this week.",)
    assert week_note(old[1])
    assert week_note(old[2])
    assert not week_note(old[0])


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_an_exercise_back_after_pain_is_never_more_than_before(data: st.DataObject) -> None:
    athlete = data.draw(rst.athletes())
    week = data.draw(rst.running_weeks())
    plan = rs.build_week(athlete, week)
    items = [rx for s in plan.sessions for rx in s.exercises]
    if not items:
        return
    hurt = data.draw(st.sampled_from(items))
    before = hurt  # the prescription that hurt (an exercise may sit in two sessions)
    logs = [_logged(rx, "sharp" if rx is hurt else "none") for rx in items]
    history = list(logs)
    plan, _ = rs.progress_week(plan, logs, athlete=athlete)
    for _ in range(data.draw(st.integers(1, 4))):
        logs = [_logged(rx) for s in plan.sessions for rx in s.exercises]
        planned = {rx.exercise for s in plan.sessions for rx in s.exercises}
        for exclusion in plan.exclusions:
            if exclusion.test is not None and exclusion.test.exercise not in planned:
                pain = data.draw(st.sampled_from(["none", "none", "mild", "sharp"]))
                logs.append(_logged(exclusion.test, pain))
        new, _ = rs.progress_week(plan, logs, athlete=athlete, history=history)
        history += logs
        errors = [v for v in rs.validate(new, athlete, week) if v.severity == "error"]
        assert errors == [], errors
        old_ids = {rx.exercise for s in plan.sessions for rx in s.exercises}
        cleared = {e.exercise for e in plan.exclusions} - {e.exercise for e in new.exclusions}
        for session in new.sessions:
            for rx in session.exercises:
                if rx.exercise in cleared and rx.exercise not in old_ids:
                    old = before.dose
                    assert rx.exercise == before.exercise
                    assert rx.dose.sets.hi <= old.sets.hi
                    assert rx.dose.sets.lo <= old.sets.lo
                    assert rx.dose.unit == old.unit
                    assert rx.dose.amount.hi <= old.amount.hi
                    assert (rx.dose.load_kg or 0.0) <= (load_of(before) or 0.0)
        plan = new


def test_a_pain_free_test_after_the_referral_asks_for_clearance_regression() -> None:
    """After the advice to see a professional, one pain-free test does not bring it back."""
    plan, history = _hurt(rs.build_week(GYM, WEEK), HINGE)
    plan, logs = _week(plan, "sharp", history)  # the referral
    history += logs
    assert REFERRAL in text_of(plan.exclusions[0].reason)
    first, logs = _week(plan, "none", history)
    history += logs
    assert first.exclusions, "the first pain-free test after the referral keeps it out"
    assert HINGE not in {rx.exercise for s in first.sessions for rx in s.exercises}
    asked = [n for n in texts(first.shortfalls) if n.startswith("A pain-free test of")]
    assert len(asked) == 1
    assert "Back only if a physiotherapist or doctor has cleared it" in asked[0]
    assert "book that appointment" in asked[0]
    second, _ = _week(first, "none", history)
    assert not second.exclusions, "a second pain-free test a week later brings it back"
    back = [n for n in texts(second.shortfalls) if "is back on" in n]
    assert len(back) == 1
    assert "Back only if a physiotherapist or doctor has cleared it; if not, keep it out" in back[0]
    hinge = next(rx for s in second.sessions for rx in s.exercises if rx.exercise == HINGE)
    assert "Back after sharp pain at about half the old" in text_of(hinge.reason)


def test_a_reason_that_says_cleared_returns_at_the_first_test_regression() -> None:
    plan, history = _hurt(rs.build_week(GYM, WEEK), HINGE)
    plan, logs = _week(plan, "sharp", history)
    history += logs
    exclusion = plan.exclusions[0]
    noted = attrs.evolve(
        exclusion, reason=f"{exclusion.reason} Cleared by a physiotherapist or doctor."
    )
    after, _ = _week(attrs.evolve(plan, exclusions=(noted,)), "none", history)
    assert not after.exclusions


def test_pain_after_a_pain_free_test_restarts_the_wait_regression() -> None:
    plan, history = _hurt(rs.build_week(GYM, WEEK), HINGE)
    for pain in ("sharp", "none", "mild"):
        plan, logs = _week(plan, pain, history)
        history += logs
    assert plan.exclusions
    again, _ = _week(plan, "none", history)
    assert again.exclusions, "pain since the first pain-free test: two clean tests again"


def test_a_machine_lift_never_returns_into_a_light_session_and_its_stand_in_leaves_regression() -> (
    None
):
    # Found by the thorough profile: after sharp pain on a seated calf machine raise, the
    # clearing test brought the machine lift back into Wednesday's light session too, the
    # day before a long run (RS101), and the lateral lunge standing in for it stayed.
    athlete = rs.Athlete(
        level="beginner",
        equipment="gym",
        available_days=["mon", "tue", "wed"],
        sessions_per_week=2,
        session_minutes=10,
        injuries=["achilles"],
    )
    week = rs.RunningWeek(thu="long")
    plan = rs.build_week(athlete, week)
    items = [rx for s in plan.sessions for rx in s.exercises]
    hurt = next(rx for rx in items if rx.exercise == "machine_seated_calf_raise")
    logs = [_logged(rx, "sharp" if rx is hurt else "none") for rx in items]
    history = list(logs)
    plan, _ = rs.progress_week(plan, logs, athlete=athlete)
    stand_ins = [
        rx for s in plan.sessions for rx in s.exercises if text_of(rx.reason).startswith("In place")
    ]
    assert stand_ins
    assert all("while it rests" in text_of(rx.reason) for rx in stand_ins)
    logs = [_logged(rx) for s in plan.sessions for rx in s.exercises]
    logs += [_logged(e.test) for e in plan.exclusions if e.test is not None]
    new, _ = rs.progress_week(plan, logs, athlete=athlete, history=history)
    assert not [v for v in rs.validate(new, athlete, week) if v.severity is rs.Severity.error]
    for session in new.sessions:
        if session.focus is rs.Focus.light:
            assert "machine_seated_calf_raise" not in session.exercise_ids
    assert not [
        rx for s in new.sessions for rx in s.exercises if text_of(rx.reason).startswith("In place")
    ]


def test_a_heavy_lift_back_after_pain_keeps_within_its_old_reps_regression() -> None:
    # A 5–8 lift came back at half the load as 8–10 reps: more reps than before the pain.
    squat = rs.default_catalog().get("cossack_squat")
    assert squat is not None
    heavy = rs.Dose(sets=1, reps=(5, 8), rest_seconds=60, rir=(1, 3), load_kg=4, per_side=True)
    back, said = trial_reps(heavy, squat)
    assert (back.amount.lo, back.amount.hi) == (8, 8)
    assert "8 reps" in said
    usual = attrs.evolve(heavy, reps=rs.IntRange(6, 10))
    assert trial_reps(usual, squat)[0].amount == rs.IntRange(8, 10)
