"""Properties of ``progress`` with an athlete and of ``progress_week`` over any week.

For any athlete, any plan ``build_week`` makes for them and any sequence of logs: level,
kit and injuries are never breached; volume never rises after pain or a failed session;
each exercise changes one variable; loads never rise after a failed session; the week
stays valid (no ``validate`` errors) and within the athlete's time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import text_of
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._progression.limits import achilles_calf, big_step
from tests.progression.test_progress import check_one_variable, logs_for, prescriptions

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn

CAT = rs.default_catalog()


def fits(exercise_id: str, athlete: rs.Athlete) -> bool:
    exercise = CAT[exercise_id]
    return (
        exercise.suits(athlete.level)
        and exercise.available_with(athlete.equipment)
        and not exercise.avoid_with & athlete.injuries
        and not (exercise.plyometric and athlete.level is rs.Level.beginner)
    )


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_progress_with_an_athlete_never_breaks_a_rule_or_the_athlete(data: st.DataObject) -> None:
    athlete = data.draw(rst.athletes())
    prescription = data.draw(prescriptions())
    history = data.draw(st.lists(logs_for(prescription), max_size=4))
    log = data.draw(logs_for(prescription))
    step = rs.progress(prescription, log, athlete=athlete, history=history)
    assert rs.validate_progression(prescription, log, step) == ()
    check_one_variable(prescription, step)
    if step.next.exercise != prescription.exercise:
        assert fits(step.next.exercise, athlete)


def _failed(rx: rs.Prescription, log: rs.ExerciseLog) -> bool:
    dose = rx.dose
    amounts = [getattr(s, dose.unit) for s in log.sets]
    short = any(a is None or a < dose.amount.lo for a in amounts) or len(log.sets) < dose.sets.lo
    return bool(log.sets) and (short or not log.form_ok)


def _minutes(session: rs.Session) -> float:
    warm = session.warm_up.minutes.lo if session.warm_up else DEFAULT_SETTINGS.warm_up_minutes
    return estimate_minutes(
        [rx.dose for rx in session.exercises], warm_up_minutes=warm, settings=DEFAULT_SETTINGS
    )


@st.composite
def weeks_of_logs(draw: DrawFn) -> tuple[rs.Athlete, rs.RunningWeek, list[int]]:
    athlete = draw(rst.athletes())
    week = draw(rst.running_weeks())
    seeds = draw(st.lists(st.integers(0, 2**16), min_size=1, max_size=3))
    return athlete, week, seeds


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks_of_logs(), st.data())
def test_progress_week_keeps_any_week_valid_safe_and_in_time(
    case: tuple[rs.Athlete, rs.RunningWeek, list[int]], data: st.DataObject
) -> None:
    athlete, week, seeds = case
    plan = rs.build_week(athlete, week)
    history: list[rs.ExerciseLog] = []
    for _ in seeds:
        items = [rx for s in plan.sessions for rx in s.exercises]
        logs = [data.draw(logs_for(rx)) for rx in items]
        new, steps = rs.progress_week(plan, logs, athlete=athlete, history=history)
        assert len(steps) == len(items)
        errors = [v for v in rs.validate(new, athlete, week) if v.severity == "error"]
        assert errors == [], errors
        before = {s.day: _minutes(s) for s in plan.sessions}
        # A stand-in for a stopped exercise may run a little longer when no shorter
        # exercise spares the area; every other session keeps within its time.
        stopped: set[rs.Weekday] = set()
        position = 0
        for session in plan.sessions:
            count = len(session.exercises)
            if any(st_.change is rs.Change.stop for st_ in steps[position : position + count]):
                stopped.add(session.day)
            position += count
        for session in new.sessions:
            assert len(set(session.exercise_ids)) == len(session.exercise_ids)
            limit = max(float(athlete.session_minutes), before.get(session.day, 0.0))
            assert session.day in stopped or _minutes(session) <= limit + 1e-9
            for rx in session.exercises:
                assert fits(rx.exercise, athlete)
        for rx, log, step in zip(items, logs, steps, strict=True):
            check_one_variable(rx, step)
            nxt = step.next
            _load_step_is_small_or_explained(rx, step, athlete)
            if log.pain is not rs.Pain.none or log.symptoms or _failed(rx, log):
                assert (nxt.dose.load_kg or 0.0) <= (rx.dose.load_kg or 0.0)
                assert nxt.dose.sets.hi <= rx.dose.sets.hi
                if nxt.dose.unit == rx.dose.unit and nxt.exercise == rx.exercise:
                    assert nxt.dose.amount.hi <= rx.dose.amount.hi
        history += logs
        plan = new


def _load_step_is_small_or_explained(
    rx: rs.Prescription, step: rs.Progression, athlete: rs.Athlete
) -> None:
    """A load step is at most 10 %, or the smallest the kit makes and the reason says why.

    An Achilles athlete's calf work never steps by more than 10 %.
    """
    old, new = rx.dose.load_kg or 0.0, step.next.dose.load_kg or 0.0
    if step.change is not rs.Change.load or new <= old or not big_step(old, new):
        return
    assert "smallest step" in text_of(step.reason), text_of(step.reason)
    exercise = rs.default_catalog()[rx.exercise]
    assert not achilles_calf(athlete, exercise), step.reason
