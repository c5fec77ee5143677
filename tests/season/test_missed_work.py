"""Missed work is repeated, never progressed: a week off or a missed session.

A week's plan is progressed from the week before as if that week were done. When it was
not (a week off ill, a missed light session), the week after goes back to the last dose
that was logged: never a heavier load, more reps or sets, a slower tempo or a harder move
than the athlete last did.
"""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from tests.season.test_home_dumbbell_loads import ATHLETE, RUNNING

Dose = tuple[str, float | None, int, int]


def _done(rx: rs.Prescription) -> rs.ExerciseLog:
    dose = rx.dose
    load = dose.load_kg if dose.load_kg is not None else (12.0 if rx.choose_load else None)
    rir = dose.rir.lo if dose.rir else None
    done = rs.SetLog(**{dose.unit: dose.amount.hi}, load_kg=load, rir=rir)
    return rs.ExerciseLog(exercise=rx.exercise, sets=[done] * max(1, dose.sets.lo))


@functools.cache
def _season(
    off: tuple[int, ...], light_missed: tuple[int, ...], weeks: int
) -> tuple[tuple[rs.WeekRecord, ...], rs.WeekPlan]:
    """The records of ``weeks`` weeks on target but for the misses, and the week after."""
    history: list[rs.WeekRecord] = []
    for k in range(weeks):
        n = k + 1
        plan = rs.next_week(ATHLETE, RUNNING[k], history=history, upcoming=RUNNING[k + 1 :])
        logs = [
            _done(rx)
            for s in plan.sessions
            if n not in off and not (n in light_missed and s.focus is rs.Focus.light)
            for rx in s.exercises
        ]
        history.append(rs.WeekRecord(RUNNING[k], plan, logs))
    after = rs.next_week(ATHLETE, RUNNING[weeks], history=history, upcoming=RUNNING[weeks + 1 :])
    after_next = RUNNING[weeks + 1] if weeks + 1 < len(RUNNING) else None
    errors = [
        v
        for v in rs.validate(after, ATHLETE, RUNNING[weeks], next_week=after_next)
        if v.severity is rs.Severity.error
    ]
    assert not errors, errors
    return tuple(history), after


def _logged(history: tuple[rs.WeekRecord, ...]) -> dict[str, list[rs.Prescription]]:
    """Each exercise's prescriptions that were logged, oldest first, at the load lifted."""
    out: dict[str, list[rs.Prescription]] = {}
    for record in history:
        done = {log.exercise for log in record.logs}
        for s in record.plan.sessions:
            for rx in s.exercises:
                if rx.exercise in done:
                    out.setdefault(rx.exercise, []).append(rx)
    return out


def _missed(history: tuple[rs.WeekRecord, ...]) -> set[str]:
    """The exercises whose last prescription was not logged."""
    last: dict[str, bool] = {}
    for record in history:
        done = {log.exercise for log in record.logs}
        for s in record.plan.sessions:
            for rx in s.exercises:
                last[rx.exercise] = rx.exercise in done
    return {name for name, done in last.items() if not done}


def _never_above_the_last_done(history: tuple[rs.WeekRecord, ...], plan: rs.WeekPlan) -> int:
    """Assert no missed exercise comes back above what was done; how many were checked."""
    logged = _logged(history)
    missed = _missed(history)
    checked = 0
    for s in plan.sessions:
        for rx in s.exercises:
            if rx.exercise not in missed or rx.exercise not in logged:
                continue
            done = logged[rx.exercise]
            top = max(d.dose.amount.hi for d in done if d.dose.unit == rx.dose.unit)
            assert rx.dose.amount.hi <= top, (rx, done[-1])
            loads = [d.dose.load_kg for d in done if d.dose.load_kg is not None]
            if rx.dose.load_kg is not None and loads:
                assert rx.dose.load_kg <= loads[-1], (rx, done[-1])
            assert rx.dose.sets.hi <= max(d.dose.sets.hi for d in done), (rx, done[-1])
            checked += 1
    return checked


def test_a_week_off_never_advances_a_load_or_reps_regression() -> None:
    history, back = _season((7,), (), 7)
    assert _never_above_the_last_done(history, back) >= 5
    said = 0
    for s in back.sessions:
        for rx in s.exercises:
            done = [
                x.dose
                for session in history[5].plan.sessions
                for x in session.exercises
                if x.exercise == rx.exercise and x.dose.load_kg is not None
            ]
            planned = [
                x.dose
                for session in history[6].plan.sessions
                for x in session.exercises
                if x.exercise == rx.exercise and x.dose.unit == rx.dose.unit
            ]
            if not done or not planned or rx.dose.load_kg is None:
                continue
            was, missed = done[0], planned[0]
            heavier = (missed.load_kg or 0.0) > (was.load_kg or 0.0)
            more = missed.load_kg == was.load_kg and missed.amount.hi > was.amount.hi
            if not heavier and not more:
                continue  # the missed week did not advance it: nothing to hold back
            # the missed week's advance is not taken, and the reason says so
            assert rx.dose.load_kg <= (was.load_kg or 0.0), rx
            text = text_of(rx.reason)
            assert "last done" in text or "last lifted" in text, text
            said += 1
    assert said


def test_two_weeks_off_return_at_or_under_the_last_logged_dose_regression() -> None:
    history, back = _season((6, 7), (), 7)
    assert _never_above_the_last_done(history, back) >= 5
    reasons = [text_of(rx.reason) for s in back.sessions for rx in s.exercises if rx.dose.load_kg]
    assert any("last lifted" in r or "last done" in r or "lighter load" in r for r in reasons)


def test_a_missed_light_session_is_repeated_not_progressed_regression() -> None:
    history, after = _season((), (5,), 5)
    light = [s for s in after.sessions if s.focus is rs.Focus.light]
    assert light
    assert _never_above_the_last_done(history, after) >= 1


def test_the_week_after_a_return_says_it_repeats_the_last_dose_done_regression() -> None:
    _, back = _season((7,), (), 7)
    noted = [
        text_of(rx.reason)
        for s in back.sessions
        for rx in s.exercises
        if "Missed work is not progressed" in text_of(rx.reason)
    ]
    assert noted
    assert all("last done, not the " in r for r in noted)


def test_a_week_with_every_exercise_logged_is_not_held_regression() -> None:
    history, after = _season((), (), 6)
    assert not _missed(history)
    assert not any(
        "Missed work" in text_of(rx.reason) for s in after.sessions for rx in s.exercises
    )


@functools.cache
def _pattern(
    off: frozenset[int], light: frozenset[int], weeks: int
) -> tuple[tuple[rs.WeekRecord, ...], rs.WeekPlan]:
    return _season(tuple(sorted(off)), tuple(sorted(light)), weeks)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    weeks=st.integers(min_value=3, max_value=9),
    off=st.frozensets(st.integers(min_value=2, max_value=9), max_size=2),
    light=st.frozensets(st.integers(min_value=1, max_value=9), max_size=2),
)
def test_missed_work_never_comes_back_harder_than_it_was_done(
    weeks: int, off: frozenset[int], light: frozenset[int]
) -> None:
    history, after = _pattern(
        frozenset(n for n in off if n <= weeks), frozenset(n for n in light if n <= weeks), weeks
    )
    _never_above_the_last_done(history, after)
    logged = _logged(history)
    for s in after.sessions:
        for rx in s.exercises:
            if rx.exercise in _missed(history) and rx.exercise in logged and rx.dose.tempo:
                assert rx.dose.tempo in {d.dose.tempo for d in logged[rx.exercise]}, rx


def test_a_long_run_of_missed_weeks_plans_without_a_deep_recursion_regression() -> None:
    athlete = rs.Athlete(level="intermediate", equipment="gym")
    run = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    history: list[rs.WeekRecord] = []
    for _ in range(3):
        plan = rs.next_week(athlete, run, history=history, upcoming=[run])
        history.append(
            rs.WeekRecord(run, plan, [_done(rx) for s in plan.sessions for rx in s.exercises])
        )
    plan = rs.next_week(athlete, run, history=history, upcoming=[run])
    first = {rx.exercise for rx in plan.sessions[0].exercises}
    done = [_done(rx) for rx in plan.sessions[0].exercises]
    partly = rs.WeekRecord(run, plan, done)
    off = rs.WeekRecord(run, plan, [])
    long = [*history, *([partly, off] * 100)]
    after = rs.next_week(athlete, run, history=long)
    assert after.sessions
    for s in after.sessions:
        for rx in s.exercises:
            if rx.exercise in first:
                continue
            was = next((x for x in plan.sessions[1].exercises if x.exercise == rx.exercise), None)
            if was is not None and was.dose.unit == rx.dose.unit:
                assert rx.dose.amount.hi <= was.dose.amount.hi


def test_a_missed_light_session_then_a_week_off_never_steps_up_regression() -> None:
    # The light session missed in week 6 and week 7 off: the lateral step-up came back at
    # 10-14 reps, above the 8-12 last done.
    history, after = _pattern(frozenset({7}), frozenset({6}), 7)
    assert _never_above_the_last_done(history, after) >= 1
