"""Twelve weeks of next_week driven by logs: what a coach expects from each kind of week."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import attrs

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reason import texts as said_texts
from runstrength._plan.shaping import forecast_logs

WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
RACE = rs.RunningWeek(tue="easy", thu="easy", sun="race")
ATHLETE = rs.Athlete(
    level="intermediate",
    equipment="gym",
    lifts={"romanian_deadlift": rs.Lift(load_kg=30, reps=10)},
)
RUNNING = [WEEK] * 15 + [RACE]

Logger = Callable[[int, rs.WeekPlan], tuple[rs.ExerciseLog, ...]]


def season(logger: Logger, weeks: int = 12) -> list[rs.WeekRecord]:
    """``weeks`` weeks of next_week, each logged by ``logger(week index, plan)``."""
    history: list[rs.WeekRecord] = []
    for index in range(weeks):
        plan = rs.next_week(ATHLETE, RUNNING[index], history=history, upcoming=RUNNING[index + 1 :])
        errors = [
            v
            for v in rs.validate(plan, ATHLETE, RUNNING[index], next_week=RUNNING[index + 1])
            if v.severity is rs.Severity.error
        ]
        assert not errors, (index, errors)
        history.append(rs.WeekRecord(RUNNING[index], plan, logger(index, plan)))
    return history


def on_target(_: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
    return forecast_logs(plan)


def _doses(plan: rs.WeekPlan) -> dict[str, rs.Dose]:
    return {rx.exercise: rx.dose for s in plan.sessions for rx in s.exercises}


def test_on_target_the_season_is_the_forecast() -> None:
    # The forecast plans ahead with no logs: the same exercises, sets and reps, at loads no
    # heavier than the logs earn (its rises wait for them).
    history = season(on_target)
    block = rs.build_block(ATHLETE, RUNNING)
    for record, planned in zip(history, block.weeks[:12], strict=True):
        logged, ahead = _doses(record.plan), _doses(planned)
        assert logged.keys() == ahead.keys()
        for name, dose in logged.items():
            other = ahead[name]
            assert attrs.evolve(dose, load_kg=None, rir=None) == attrs.evolve(
                other, load_kg=None, rir=None
            )
            assert (other.load_kg or 0.0) <= (dose.load_kg or 0.0)
    loads = [_doses(r.plan).get("romanian_deadlift") for r in history]
    known = [d.load_kg for d in loads if d is not None and d.load_kg is not None]
    assert known
    assert max(known) > known[0]


def test_missed_sessions_repeat_rather_than_progress() -> None:
    def misses_week_three(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        return () if index == 2 else forecast_logs(plan)

    history = season(misses_week_three, weeks=4)
    done, missed, after = history[1].plan, history[2].plan, history[3].plan
    assert after.phase is rs.Phase.deload  # the fourth training week: lighter, not heavier
    for name, dose in _doses(after).items():
        before = _doses(missed).get(name)
        if before is not None:
            assert (dose.load_kg or 0) <= (before.load_kg or 0)
            assert dose.amount.hi <= before.amount.hi
        last = _doses(done).get(name)
        if last is not None:
            # Never above the last dose done: the missed week's step up is not taken.
            assert (dose.load_kg or 0) <= (last.load_kg or 0)
            # The same reps, or a deload's shorter sets (10-14 to 10-12): never more.
            assert dose.amount.lo == last.amount.lo
            assert dose.amount.hi <= last.amount.hi


def test_a_week_off_comes_back_at_about_55_then_80_percent_of_the_sets() -> None:
    # A week off (a record with no logs) was repeated whole; after time off a coach
    # brings back about half the sets at 3 reps in reserve, then about 80 %, then all.
    def misses_week_five(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        return () if index == 4 else forecast_logs(plan)

    history = season(misses_week_five, weeks=7)
    assert history[5].plan.phase in (rs.Phase.general, rs.Phase.strength)
    trained = rs.week_volume(history[2].plan)
    first, second = rs.week_volume(history[5].plan), rs.week_volume(history[6].plan)
    assert 0.45 * trained <= first <= 0.65 * trained
    assert first < second <= 0.9 * trained
    missed = _doses(history[4].plan)
    for name, dose in _doses(history[5].plan).items():
        before = missed.get(name)
        if before is not None:
            assert dose.amount == before.amount
            assert (dose.load_kg or 0) <= (before.load_kg or 0)
            assert dose.rir is None or dose.rir.lo >= 3
    reasons = [r for s in history[5].plan.sessions for r in said_texts(s.reasons)]
    assert any("only if symptom-free" in r for r in reasons)
    # The week off does not count as a week of its phase.
    # The week's first reason names the phase's week, then the return.
    head = history[4].plan.sessions[0].reasons[0].text.split(":")[0]
    assert reasons[0].startswith(f"{head}, back after 1 week off: ")


def test_two_weeks_off_ill_step_the_volume_back() -> None:
    def ill(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        return () if index in (4, 5) else forecast_logs(plan)

    history = season(ill, weeks=7)
    trained, back = history[2].plan, history[6].plan
    assert history[3].plan.phase is rs.Phase.deload
    assert rs.week_volume(back) <= 0.65 * rs.week_volume(trained)
    assert any("weeks off" in r for s in back.sessions for r in said_texts(s.reasons))
    deadlift = _doses(back).get("romanian_deadlift")
    earlier = _doses(history[5].plan).get("romanian_deadlift")
    if deadlift is not None and earlier is not None and earlier.load_kg:
        assert (deadlift.load_kg or 0) < earlier.load_kg


def test_sharp_pain_keeps_the_exercise_out_until_a_pain_free_log_clears_it() -> None:
    target = "romanian_deadlift"

    def sore(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        logs = list(forecast_logs(plan))
        if index == 1:
            logs = [
                rs.ExerciseLog(exercise=log.exercise, sets=log.sets, pain=rs.Pain.sharp)
                if log.exercise == target
                else log
                for log in logs
            ]
        if index == 5:  # the test set: pain-free
            logs.append(
                rs.ExerciseLog(exercise=target, sets=[rs.SetLog(reps=8, load_kg=20.0, rir=3)])
            )
        return tuple(logs)

    history = season(sore, weeks=8)
    for record in history[2:6]:
        assert target not in _doses(record.plan)
        assert any(e.exercise == target for e in record.plan.exclusions)
    assert not any(e.exercise == target for e in history[6].plan.exclusions)


def test_a_heavy_dose_counts_its_share_from_the_loads_the_logs_raised_regression() -> None:
    # Four weeks of rising loads (30 to 34 kg for 10 reps at 2 in reserve), then the
    # strength phase's 5-6 reps at 36 kg were called "about 90 % of the 1RM your 30 kg x 10
    # suggests": 5-6 reps at 2 in reserve is about 80 %, and the logs showed a higher 1RM.
    history = season(on_target)
    said = re.compile(r"at ([\d.]+) kg \(about (\d+) % of the 1RM your ([\d.]+) kg × (\d+) ")
    checked = 0
    for before, record in itertools.pairwise(history):
        was = _prescriptions(before.plan)
        for name, rx in _prescriptions(record.plan).items():
            found = said.search(text_of(rx.reason))
            if found is None or name not in was:
                continue
            load, share, lift_kg, reps = found.groups()
            last = was[name].dose
            assert last.load_kg is not None
            assert last.rir is not None
            if rx.dose.load_kg is not None and rx.dose.load_kg > last.load_kg:
                assert (float(lift_kg), int(reps)) == (last.load_kg, last.amount.hi)
                one_rm = rs.estimate_1rm(last.load_kg, last.amount.hi, rir=last.rir.lo)
                assert int(share) == round(100 * float(load) / one_rm)
                assert int(share) < 90
                checked += 1
    assert checked


def _prescriptions(plan: rs.WeekPlan) -> dict[str, rs.Prescription]:
    return {rx.exercise: rx for s in plan.sessions for rx in s.exercises}
