"""Deloads, tapers and race weeks as a coach would sign them, and reasons true to the dose."""

from __future__ import annotations

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of
from runstrength._plan.shaping import is_main_lift

MARATHON = [
    rs.RunningWeek(
        tue="intervals", wed="easy", thu="tempo", sat="easy", sun=rs.Run("long", 100 + 8 * i)
    )
    if (i + 1) % 4
    else rs.RunningWeek(tue="easy", thu="easy", sat="easy", sun=rs.Run("long", 60 + 5 * i))
    for i in range(13)
] + [
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 90)),
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 80)),
    rs.RunningWeek(tue="easy", thu="easy", sun="race"),
]
BEGINNER_RUN = [
    rs.RunningWeek(tue="easy", thu="easy", sat=rs.Run("long", 50 + 3 * i)) for i in range(11)
] + [rs.RunningWeek(tue="easy", sat="race")]
RUN = rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110))
HALF = [RUN] * 6 + [
    rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80)),
    rs.RunningWeek(tue="easy", thu="easy", sat="race"),
]
GYM = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45, goals=["endurance"])
BEGINNER = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
SPEED = rs.Athlete(
    level="advanced",
    equipment="gym",
    session_minutes=60,
    goals=["speed"],
    lifts={"back_squat": rs.Lift(load_kg=100, reps=5, rir=2)},
)


def _blocks() -> list[tuple[rs.Athlete, rs.Block]]:
    return [
        (GYM, rs.build_block(GYM, MARATHON)),
        (BEGINNER, rs.build_block(BEGINNER, BEGINNER_RUN)),
        (SPEED, rs.build_block(SPEED, HALF)),
        (rs.Athlete(level="intermediate", equipment="none"), rs.build_block(GYM, HALF)),
    ]


def _items(plan: rs.WeekPlan) -> list[tuple[rs.Session, rs.Prescription]]:
    return [(s, rx) for s in plan.sessions for rx in s.exercises]


def test_a_beginner_without_running_cut_backs_has_no_deload() -> None:
    block = rs.build_block(BEGINNER, BEGINNER_RUN)
    assert rs.Phase.deload not in block.phases
    assert not [v for v in rs.validate_block(block, BEGINNER) if v.code in ("RS405", "RS409")]
    assert rs.season_phases(BEGINNER, BEGINNER_RUN).count(rs.Phase.deload) == 0


def test_a_beginner_deloads_with_a_running_cut_back() -> None:
    running = list(BEGINNER_RUN)
    running[5] = rs.RunningWeek(tue="easy", sat=rs.Run("long", 30))
    block = rs.build_block(BEGINNER, running)
    assert [i for i, p in enumerate(block.phases) if p is rs.Phase.deload] == [5]
    assert not [v for v in rs.validate_block(block, BEGINNER) if v.code in ("RS405", "RS409")]


def test_no_deload_cuts_an_exercise_by_more_than_half_or_drops_single_leg_work() -> None:
    catalog = default_catalog()
    one_leg = {rs.Pattern.lunge, rs.Pattern.single_leg}
    seen = 0
    for _, block in _blocks():
        for index, phase in enumerate(block.phases):
            if phase is not rs.Phase.deload:
                continue
            seen += 1
            before = {rx.exercise: rx for _, rx in _items(block.weeks[index - 1])}
            now = {rx.exercise: rx for _, rx in _items(block.weeks[index])}
            for name, rx in now.items():
                old = before.get(name)
                if old is not None:
                    assert 2 * rx.dose.sets.lo >= old.dose.sets.lo, (index, name)
            for name in before:
                if one_leg & catalog[name].patterns and not catalog[name].plyometric:
                    assert name in now, (index, name)
    assert seen


def test_the_light_day_is_lighter_in_a_deload() -> None:
    seen = 0
    for _, block in _blocks():
        for index, phase in enumerate(block.phases):
            if phase is not rs.Phase.deload:
                continue
            lights = [
                [s for s in block.weeks[i].sessions if s.focus is rs.Focus.light]
                for i in (index - 1, index)
            ]
            if not all(lights):
                continue
            seen += 1
            (was, *_), (now, *_) = lights

            def size(session: rs.Session) -> tuple[int, int]:
                sets = sum(rx.dose.sets.lo for rx in session.exercises)
                return sets, sum(rx.dose.sets.lo * rx.dose.amount.hi for rx in session.exercises)

            assert size(now)[0] < size(was)[0] or size(now)[1] < size(was)[1], index
    assert seen


def test_no_higher_reps_reason_beside_a_low_rep_range() -> None:
    for _, block in _blocks():
        for plan in block.weeks:
            for _, rx in _items(plan):
                if "higher reps" in text_of(rx.reason) and rx.dose.unit == "reps":
                    assert rx.dose.amount.hi > 11, rx


def test_no_main_lift_reason_on_a_lift_that_is_not_the_main_one() -> None:
    catalog = default_catalog()
    for _, block in _blocks():
        for plan in block.weeks:
            for session, rx in _items(plan):
                if "main lift" in text_of(rx.reason).lower():
                    assert is_main_lift(catalog.get(rx.exercise), session.focus), rx
                    assert rx.exercise != "step_up", rx


def test_taper_and_race_weeks_keep_the_core_where_the_week_has_room() -> None:
    # Race weeks lost the core ("The week does not train core"): one short hold keeps it.
    for athlete, block in _blocks():
        for index, phase in enumerate(block.phases):
            if phase not in (rs.Phase.taper, rs.Phase.race) or athlete is BEGINNER:
                continue
            after = block.running[index + 1] if index + 1 < len(block.running) else None
            found = rs.validate(block.weeks[index], athlete, block.running[index], next_week=after)
            assert not [v for v in found if v.code == "RS206" and "core" in v.message], index
        assert not [v for v in rs.validate_block(block, athlete) if v.code == "RS407"]


def test_race_week_holds_no_lunge_above_eight_reps() -> None:
    catalog = default_catalog()
    one_leg = {rs.Pattern.lunge, rs.Pattern.single_leg}
    for _, block in _blocks():
        for plan, phase in zip(block.weeks, block.phases, strict=True):
            if phase is not rs.Phase.race:
                continue
            for _, rx in _items(plan):
                exercise = catalog[rx.exercise]
                if one_leg & exercise.patterns and rx.dose.unit == "reps":
                    assert rx.dose.sets.lo == 1, rx
                    assert rx.dose.amount.hi <= 8, rx
                if exercise.plyometric and rx.dose.unit == "seconds":
                    assert rx.dose.amount.hi <= 10, rx


def test_reasons_say_set_not_sets_and_what_waits_for_next_week() -> None:
    for _, block in _blocks():
        for plan in block.weeks:
            for _, rx in _items(plan):
                assert " 1 sets" not in text_of(rx.reason), rx
                if "change of reps waits a week" in text_of(rx.reason):
                    assert "(next week: " in text_of(rx.reason), rx
                assert "freshen up for the race" not in text_of(rx.reason), rx
                assert "no load to add" not in text_of(rx.reason), rx


def test_a_beginner_learns_the_movements_well_short_of_failure() -> None:
    block = rs.build_block(BEGINNER, BEGINNER_RUN)
    for plan in block.weeks[:3]:
        for _, rx in _items(plan):
            if rx.dose.rir is not None:
                assert rx.dose.rir.lo >= 2, rx
    assert not [v for v in rs.validate_block(block, BEGINNER) if v.severity is rs.Severity.error]


def test_effort_is_back_to_usual_after_the_two_weeks_back() -> None:
    athlete = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45)
    run = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
    season = [run] * 11 + [rs.RunningWeek(tue="easy", thu="easy", sun="race")]
    history: list[rs.WeekRecord] = []
    plans = []
    for number in range(10):
        plan = rs.next_week(athlete, season[number], history=history, upcoming=season[number + 1 :])
        plans.append(plan)
        logs = []
        if number != 4:  # week 5 off ill
            for _, rx in _items(plan):
                rir = None if rx.dose.rir is None else rx.dose.rir.lo
                one = rs.SetLog(
                    **{rx.dose.unit: rx.dose.amount.hi}, load_kg=rx.dose.load_kg, rir=rir
                )
                logs.append(rs.ExerciseLog(exercise=rx.exercise, sets=[one] * rx.dose.sets.lo))
        history.append(rs.WeekRecord(season[number], plan, logs))
    easy = rs.IntRange(3)
    assert any(rx.dose.rir == easy for _, rx in _items(plans[5]))
    for plan in plans[8:]:
        assert not [rx for _, rx in _items(plan) if rx.dose.rir == easy]
