"""Regressions from a coach's review of twelve-week persona simulations.

Each test is named after a plan a running coach would wince at.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import Change, Dose, ExerciseLog, IntRange, Level, Prescription, SetLog, progress
from runstrength._model.reason import text_of
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import (
    CALF,
    GYM,
    HINGE,
    HOME,
    MAIN,
    WEEK,
    _by_session,
    _form_breaks,
    _stalls,
)

CATALOG = rs.default_catalog()


def _sets(n: int, count: int, **fields: object) -> list[SetLog]:
    return [SetLog(reps=n, **fields) for _ in range(count)]  # type: ignore[arg-type]


# --- form breaking ---------------------------------------------------------------------


def test_form_breaking_never_prescribes_a_one_rep_set() -> None:
    run = simulate(GYM, WEEK, _form_breaks)
    for plan in run.plans():
        for session in plan.sessions:
            for rx in session.exercises:
                if rx.exercise in {HINGE, CALF}:
                    assert rx.dose.amount.lo >= 5, rx.dose
                    assert rx.dose.sets.lo >= 1


def test_form_breaking_makes_the_exercise_easier_not_shorter() -> None:
    run = simulate(GYM, WEEK, _form_breaks)
    first = run.weeks[0]
    pairs = zip(first.steps, _plan_rx(first.plan), strict=True)
    step = next(s for s, rx in pairs if rx.exercise == HINGE)
    assert step.change is Change.regress
    assert step.next.dose.load_kg is not None
    assert step.next.dose.load_kg < 10
    old = next(rx for rx in _plan_rx(first.plan) if rx.exercise == HINGE)
    assert step.next.dose.amount == old.dose.amount
    assert step.next.dose.sets == old.dose.sets


def test_form_breaking_every_session_moves_to_an_easier_hinge_regression() -> None:
    run = simulate(GYM, WEEK, _form_breaks)
    second = run.weeks[1]
    step = next(
        s for s, rx in zip(second.steps, _plan_rx(second.plan), strict=True) if rx.exercise == HINGE
    )
    assert step.change is Change.regress
    # The hinge's listed easier variation; a kickstand RDL (none listed) goes two-legged.
    easier = CATALOG[HINGE].easier
    assert step.next.exercise == (easier or "romanian_deadlift")
    reasons = [s.reason.text for w in run.weeks for s in w.steps]
    assert not any("as the coach or physiotherapist advised" in r for r in reasons)


def test_form_breaking_twice_moves_to_the_easier_variation() -> None:
    old = Prescription("bulgarian_split_squat", Dose(sets=3, reps=(6, 10), rest_seconds=90))
    broke = ExerciseLog(exercise=old.exercise, sets=_sets(10, 3), form_ok=False)
    step = progress(old, broke, history=[broke])
    assert step.change is Change.regress
    assert step.next.exercise == CATALOG["bulgarian_split_squat"].easier


def test_a_step_back_never_goes_below_the_catalogs_smallest_amount() -> None:
    old = Prescription("step_up", Dose(sets=1, reps=8, per_side=True, rest_seconds=60))
    short = ExerciseLog(exercise="step_up", sets=_sets(3, 1))
    step = progress(old, short, history=[short])
    assert step.next.dose.amount.lo >= 8
    assert "a third" not in text_of(step.reason)


@given(lo=st.integers(1, 12), sets=st.integers(1, 4))
def test_no_step_back_cuts_reps_below_five(lo: int, sets: int) -> None:
    old = Prescription("bodyweight_squat", Dose(sets=sets, reps=(lo, lo + 4), rest_seconds=60))
    short = ExerciseLog(exercise=old.exercise, sets=_sets(0, sets))
    step = progress(old, short, history=[short])
    assert step.next.dose.amount.lo >= min(5, lo)


# --- stalls ----------------------------------------------------------------------------


def test_a_stall_with_reps_in_reserve_never_cuts_the_load() -> None:
    run = simulate(GYM, WEEK, _stalls)
    loads = [
        rx.dose.load_kg
        for plan in run.plans()
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == MAIN and rx.dose.load_kg is not None
    ]
    # Never down while the reps in reserve are on target, but for the one reset after
    # heavier and shorter stalled too: back to the load before it, never below the first.
    drops = [(a, b) for a, b in itertools.pairwise(loads) if b < a]
    assert len(drops) <= 1
    assert min(loads) >= loads[0]
    changes = [
        step.change
        for week in run.weeks
        for step, rx in zip(week.steps, _plan_rx(week.plan), strict=True)
        if rx.exercise == MAIN
    ]
    assert Change.regress not in changes
    reasons = [
        step.reason.text
        for week in run.weeks[4:]
        for step, rx in zip(week.steps, _plan_rx(week.plan), strict=True)
        if rx.exercise == MAIN
    ]
    assert not any(r.startswith("Ready to progress") for r in reasons), reasons


def test_a_stalled_main_lift_goes_heavier_and_shorter_regression() -> None:
    run = simulate(GYM, WEEK, _stalls)
    steps = [
        (rx, step)
        for week in run.weeks
        for step, rx in zip(week.steps, _plan_rx(week.plan), strict=True)
        if rx.exercise == MAIN
    ]
    rx, step = steps[3]  # the fourth session in a row within the range
    assert step.change is Change.load
    assert "heavier and shorter" in text_of(step.reason)
    assert (step.next.dose.load_kg or 0.0) > (rx.dose.load_kg or 0.0)
    assert step.next.dose.amount.hi == rx.dose.amount.lo
    assert "sleep" in text_of(step.reason)
    # Later stalls change the dose too: a set more, then the effort the dose asks for.
    last = [s for _, s in steps if "last set" in text_of(s.reason)]
    assert all(s.next.dose.rir is not None and s.next.dose.rir.hi <= 2 for s in last)


def test_heavier_and_shorter_fires_once_then_resets_regression() -> None:
    run = simulate(GYM, WEEK, _stalls)
    steps = [
        (rx, step)
        for week in run.weeks
        for step, rx in zip(week.steps, _plan_rx(week.plan), strict=True)
        if rx.exercise == MAIN
    ]
    shorter = [s for _, s in steps if "heavier and shorter, one step up" in text_of(s.reason)]
    assert len(shorter) == 1
    resets = [(rx, s) for rx, s in steps if "Reset instead" in text_of(s.reason)]
    assert resets, [s.reason.text for _, s in steps]
    rx, step = resets[0]
    usual = CATALOG[MAIN].dose_for(Level.intermediate).amount
    assert step.next.dose.amount == usual  # back to the usual range
    assert (step.next.dose.load_kg or 0) < (rx.dose.load_kg or 0)  # one load step back
    assert step.next.dose.rir == IntRange(1, 2)  # the dose carries "last set to 1 in reserve"
    assert "slept" in text_of(step.reason)
    assert "run more" in text_of(step.reason)
    # Never down to 3-4 reps on a split squat.
    for plan in run.plans():
        for rx in (r for ses in plan.sessions for r in ses.exercises if r.exercise == MAIN):
            assert rx.dose.amount.lo >= 5


def test_a_stall_within_the_target_is_on_target_not_stopped_short() -> None:
    old = Prescription(
        "goblet_squat", Dose(sets=3, reps=(6, 10), rest_seconds=90, rir=(1, 3), load_kg=10)
    )
    log = ExerciseLog(exercise=old.exercise, sets=_sets(8, 3, load_kg=10, rir=2))
    step = progress(old, log)
    assert text_of(step.reason).startswith("On target")
    assert "stopped" not in text_of(step.reason)


def test_a_stall_below_the_target_reserve_still_steps_back() -> None:
    old = Prescription("goblet_squat", Dose(sets=4, reps=(6, 10), rest_seconds=90, load_kg=10))
    log = ExerciseLog(exercise=old.exercise, sets=_sets(8, 4, load_kg=10))
    step = progress(old, log, history=[log] * 3)
    assert step.change is Change.regress
    assert step.next.dose.load_kg is not None
    assert step.next.dose.load_kg < 10


# --- slots -----------------------------------------------------------------------------

_NAMED = re.compile(r"this session already progresses (.+) this week")


def _plan_rx(plan: rs.WeekPlan) -> list[rs.Prescription]:
    return [rx for s in plan.sessions for rx in s.exercises]


def test_only_real_changes_use_a_sessions_progression_slots() -> None:
    for athlete in (GYM, HOME):
        run = simulate(athlete, WEEK, on_target)
        for week in run.weeks:
            for session, steps in _by_session(week):
                changed = {
                    CATALOG[s.next.exercise].name for s in steps if s.change is not Change.none
                }
                for step in steps:
                    found = _NAMED.search(text_of(step.reason))
                    if found is None:
                        continue
                    named = re.split(r", | and ", found.group(1))
                    names = [re.sub(r" \([^)]*\)$", "", n) for n in named]  # the rule that won
                    assert set(names) <= changed, (session.day, names, changed)


def test_a_load_change_is_never_held_for_time() -> None:
    for athlete in (GYM, HOME):
        run = simulate(athlete, WEEK, on_target)
        for week in run.weeks:
            for step in week.steps:
                if "would take longer" in text_of(step.reason):
                    rx = step.next
                    assert rx.dose.load_kg is None or rx.choose_load is False


# --- reason text -----------------------------------------------------------------------


def test_a_reason_never_says_all_one_sets() -> None:
    old = Prescription("bodyweight_squat", Dose(sets=1, reps=8, rest_seconds=60))
    step = progress(old, ExerciseLog(exercise=old.exercise, sets=_sets(8, 1)))
    assert text_of(step.reason).startswith("The one set reached 8 reps")
    assert "the reps rise by 2, from 8 to 10" in text_of(step.reason)
    two = Prescription("bodyweight_squat", Dose(sets=2, reps=8, rest_seconds=60))
    both = progress(two, ExerciseLog(exercise=old.exercise, sets=_sets(8, 2)))
    assert text_of(both.reason).startswith("Both sets")


def _at_the_top(rx: rs.Prescription) -> rs.ExerciseLog:
    """Every set at the top of the range with the target reserve: ready to progress."""
    dose = rx.dose
    reserve = dose.rir.lo if dose.rir else None
    sets = [
        rs.SetLog(**{dose.unit: dose.amount.hi}, rir=reserve, load_kg=dose.load_kg)
        for _ in range(dose.sets.hi)
    ]
    return rs.ExerciseLog(exercise=rx.exercise, sets=sets)


@pytest.mark.parametrize("minutes", [20, 25, 30])
@pytest.mark.parametrize("kit", ["home", "gym"])
def test_mild_pain_is_never_put_off_for_time(minutes: int, kit: str) -> None:
    # Found by hypothesis: while the rest of a session progressed, the mild-pain step back
    # to an easier move (which took longer) was held for time, and the painful exercise
    # kept its dose with "Ready to progress" as its reason.
    athlete = rs.Athlete(level="beginner", equipment=kit, session_minutes=minutes)
    plan = rs.build_week(athlete, rs.RunningWeek(tue="easy", sun="long"))
    items = [rx for session in plan.sessions for rx in session.exercises]
    for sore in range(len(items)):
        logs = [
            rs.ExerciseLog(exercise=rx.exercise, sets=(), pain="mild")
            if i == sore
            else _at_the_top(rx)
            for i, rx in enumerate(items)
        ]
        _, steps = rs.progress_week(plan, logs, athlete=athlete)
        step = steps[sore]
        assert step.change in (rs.Change.regress, rs.Change.stop), step.reason
        assert not text_of(step.reason).startswith("Ready to progress")
