"""A season that gets stronger: effort targets, the main lift's sets, harder variations,
power weeks with real jumps, and heavy lifts that rise in safe steps."""

from __future__ import annotations

import functools

import pytest

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of
from runstrength._plan.shaping import is_main_lift
from tests.season.athletes import ADVANCED_WITH_LIFTS, BLOCK_A, marathon_week

CATALOG = default_catalog()


def _weeks_a() -> list[rs.RunningWeek]:
    """16 weeks to a marathon: cut-backs in weeks 4, 8 and 12, a tune-up half in week 10."""
    weeks = []
    for i in range(16):
        n = i + 1
        if n in (4, 8, 12):
            weeks.append(marathon_week(100 + 5 * i, cut=True))
        elif n == 10:
            weeks.append(rs.RunningWeek(tue=rs.Run("intervals", 50), thu="easy", sun="race"))
        elif n == 15:
            weeks.append(rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 90)))
        elif n == 16:
            weeks.append(rs.RunningWeek(tue="easy", thu="easy", sun=rs.Run("race", 200)))
        else:
            weeks.append(marathon_week(100 + 8 * i))
    return weeks


A = BLOCK_A
B = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
C = ADVANCED_WITH_LIFTS
C_RUN = rs.RunningWeek(
    mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110)
)


@functools.cache
def _block(name: str) -> rs.Block:
    if name == "A":
        return rs.build_block(A, _weeks_a())
    if name == "B":
        easy = [
            rs.RunningWeek(tue="easy", thu="easy", sat=rs.Run("long", 50 + 3 * i))
            for i in range(11)
        ]
        return rs.build_block(B, [*easy, rs.RunningWeek(tue="easy", sat="race")])
    late = rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80))
    return rs.build_block(C, [C_RUN] * 6 + [late, rs.RunningWeek(tue="easy", sat="race")])


ATHLETES = {"A": A, "B": B, "C": C}


def _main(plan: rs.WeekPlan) -> rs.Prescription | None:
    for session in plan.sessions:
        for rx in session.exercises:
            if is_main_lift(CATALOG.get(rx.exercise), session.focus):
                return rx
    return None


def _first_main(block: rs.Block, phase: rs.Phase) -> list[rs.Prescription]:
    out = []
    for plan, found in zip(block.weeks, block.phases, strict=True):
        rx = _main(plan)
        if found is phase and rx is not None and rx.exercise in {"goblet_squat", "back_squat"}:
            out.append(rx)
    return out


def test_a_lifter_loading_by_feel_gets_more_sets_and_fewer_reps_through_the_phases() -> None:
    block = _block("A")
    general = _first_main(block, rs.Phase.general)
    strength = _first_main(block, rs.Phase.strength)
    assert general
    assert strength
    # General: moderate reps, 2-3 short of failure; the load is chosen by effort.
    assert {rx.dose.reps for rx in general} == {rs.IntRange(8, 12)}
    assert {rx.dose.rir for rx in general} == {rs.IntRange(2, 3)}
    assert all(rx.choose_load for rx in general + strength)
    # Strength: the rep target falls (a heavier load for the same effort) and the main
    # lift, not an accessory, gains the set.
    assert max(rx.dose.sets.lo for rx in strength) == 4
    assert max(rx.dose.sets.lo for rx in general) == 3
    assert min(rx.dose.amount.hi for rx in strength) < 12
    assert rs.IntRange(1, 2) in {rx.dose.rir for rx in strength}
    tops = [rx.dose.amount.hi for rx in general + strength]
    assert tops == sorted(tops, reverse=True)
    step_ups = [
        rx
        for plan, phase in zip(block.weeks, block.phases, strict=True)
        if phase is rs.Phase.strength
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise in {"step_up", "lateral_step_up"}
    ]
    assert step_ups
    assert max(rx.dose.sets.lo for rx in step_ups) <= 3


@pytest.mark.parametrize("name", ["A", "B", "C"])
def test_a_harder_variation_comes_in_within_level_and_kit(name: str) -> None:
    block = _block(name)
    athlete = ATHLETES[name]
    first = {rx.exercise for s in block.weeks[0].sessions for rx in s.exercises}
    later = {
        rx.exercise
        for plan, phase in zip(block.weeks, block.phases, strict=True)
        if phase is rs.Phase.strength
        for s in plan.sessions
        for rx in s.exercises
    }
    harder = {
        name
        for name in later - first
        if any(CATALOG[name].easier == was or CATALOG[was].harder == name for was in first)
    }
    assert harder, sorted(later - first)
    for exercise in harder:
        ex = CATALOG[exercise]
        assert ex.suits(athlete.level)
        assert ex.available_with(athlete.equipment)
        assert not ex.plyometric


def test_an_advanced_power_week_holds_a_real_jump_first_in_its_session() -> None:
    block = _block("C")
    power = [i for i, p in enumerate(block.phases) if p is rs.Phase.power]
    assert power
    for index in power:
        found = [
            (s, rx)
            for s in block.weeks[index].sessions
            for rx in s.exercises
            if rx.exercise in {"squat_jump", "box_jump", "skater_jump"}
        ]
        assert found, index
        session, jump = found[0]
        assert session.exercises[0] == jump  # first, fresh, after the warm-up
        assert 2 <= jump.dose.sets.lo <= 4
        assert jump.dose.reps == rs.IntRange(4, 6)
    # The heavy lifts stay: 2-3 sets of 3-4 reps of the back squat in the power weeks.
    for index in power:
        squat = next(
            rx
            for s in block.weeks[index].sessions
            for rx in s.exercises
            if rx.exercise == "back_squat"
        )
        assert 2 <= squat.dose.sets.lo <= 3
        assert squat.dose.reps == rs.IntRange(3, 4)


def test_an_advanced_eight_week_season_has_more_than_one_heavy_week() -> None:
    block = _block("C")
    heavy = [
        i
        for i, plan in enumerate(block.weeks)
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == "back_squat"
        and rx.dose.amount.hi <= 5
        and block.phases[i] in (rs.Phase.strength, rs.Phase.power)
    ]
    assert block.phases.count(rs.Phase.strength) >= 2
    assert len(heavy) >= 4


def test_an_intermediate_power_phase_after_a_tune_up_race_holds_pogo_hops() -> None:
    block = _block("A")
    assert block.phases[10] is rs.Phase.power
    # Week 11's only strength day follows the tempo run and its Tuesday is light-only after
    # the half: no day for fresh jumps. Week 13 has one (Friday, no running).
    pogo = [rx for s in block.weeks[10].sessions for rx in s.exercises if rx.exercise == "pogo_hop"]
    assert not pogo
    power = [i for i, p in enumerate(block.phases) if p is rs.Phase.power]
    doses = [
        rx.dose
        for i in power
        for s in block.weeks[i].sessions
        for rx in s.exercises
        if rx.exercise == "pogo_hop"
    ]
    # Pogo hops start at 2 × 10-15 s and never fall from one power week to the next (a
    # deload between two power weeks takes a set, which comes back first: one change a week).
    assert doses[0].seconds == rs.IntRange(10, 15)
    work = [d.sets.lo * d.amount.hi for d in doses]
    assert work == sorted(work)


@pytest.mark.parametrize("name", ["A", "B", "C"])
def test_no_load_rises_more_than_ten_percent_from_one_week_to_the_next(name: str) -> None:
    # Counted from last week's load or the athlete's own known lift, whichever is heavier:
    # a lift of 100 kg × 5 allows a first heavy week above a lighter settling week.
    block = _block(name)
    lifts = {k: v.load_kg for k, v in ATHLETES[name].lifts.items()}
    last: dict[str, float] = {}
    for plan in block.weeks:
        for s in plan.sessions:
            for rx in s.exercises:
                load = rx.dose.load_kg
                if not load:
                    continue
                before = last.get(rx.exercise)
                if before:
                    base = max(before, lifts.get(rx.exercise, 0.0))
                    assert load <= base * 1.10 + 1e-9, (rx.exercise, before, load)
                last[rx.exercise] = load


def test_barbell_loads_move_in_whole_plate_steps_and_heavy_hinges_rest_long() -> None:
    block = _block("C")
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        for s in plan.sessions:
            for rx in s.exercises:
                if rx.exercise in {"back_squat", "romanian_deadlift"} and rx.dose.load_kg:
                    assert (rx.dose.load_kg / 2.5).is_integer(), rx.dose.load_kg
                if rx.exercise == "romanian_deadlift" and phase is rs.Phase.strength:
                    assert rx.dose.rest_seconds.lo >= 150
                    assert rx.dose.rir is not None
                    assert rx.dose.rir.lo == 2


@pytest.mark.parametrize("name", ["A", "B", "C"])
def test_no_main_lift_has_a_rep_range_wider_than_four(name: str) -> None:
    block = _block(name)
    athlete = ATHLETES[name]
    for plan in block.weeks:
        for s in plan.sessions:
            for rx in s.exercises:
                exercise = CATALOG.get(rx.exercise)
                calf = exercise is not None and rs.Pattern.calf in exercise.patterns
                if is_main_lift(exercise, s.focus) and rx.dose.unit == "reps" and not calf:
                    width = rx.dose.amount.hi - rx.dose.amount.lo
                    assert width <= 4 or athlete.level is rs.Level.beginner, (rx.exercise, rx.dose)
    assert not [v for v in rs.validate_block(block, athlete) if v.severity is rs.Severity.error]


def test_jumps_stay_out_while_landings_are_loud() -> None:
    athlete = rs.Athlete(level="advanced", equipment="gym", sessions_per_week=2)
    run = C_RUN
    weeks = [run] * 7 + [rs.RunningWeek(tue="easy", sat="race")]
    block = rs.build_block(athlete, weeks)
    power = [i for i, p in enumerate(block.phases) if p is rs.Phase.power]
    assert power
    index = power[0]
    jumps = {"squat_jump", "box_jump", "skater_jump"}
    if {rx.exercise for s in block.weeks[index].sessions for rx in s.exercises} & jumps:
        index = power[1]  # the first power week's jumps are logged with loud landings
    history = []
    for k in range(index):
        plan = block.weeks[k]
        logs = [
            rs.ExerciseLog(
                exercise=rx.exercise,
                sets=[rs.SetLog(**{rx.dose.unit: rx.dose.amount.hi})] * rx.dose.sets.lo,
                form_ok=not CATALOG[rx.exercise].plyometric,
            )
            for s in plan.sessions
            for rx in s.exercises
        ]
        history.append(rs.WeekRecord(weeks[k], plan, logs))
    plan = rs.next_week(athlete, weeks[index], history=history, upcoming=weeks[index + 1 :])
    names = {rx.exercise for s in plan.sessions for rx in s.exercises}
    assert not names & {"squat_jump", "box_jump", "skater_jump"}


def test_a_loadable_main_lift_with_no_load_is_loaded_by_effort_not_by_more_reps() -> None:
    # A Bulgarian split squat at body weight crept up to 3 × 11-15 in a strength phase
    # while the athlete had dumbbells: the reps went up instead of the load.
    athlete = rs.Athlete(
        level="intermediate",
        equipment=["dumbbell", "bench", "step", "mini_band", "wall", "chair"],
        sessions_per_week=2,
        session_minutes=40,
    )
    block = rs.build_block(athlete, [marathon_week(90 + 5 * i) for i in range(12)])
    seen = 0
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        if phase is not rs.Phase.strength:
            continue
        for s in plan.sessions:
            for rx in s.exercises:
                exercise = CATALOG[rx.exercise]
                if not is_main_lift(exercise, s.focus) or rs.Pattern.calf in exercise.patterns:
                    continue
                seen += 1
                assert rx.choose_load or rx.dose.load_kg, rx
                assert rx.dose.amount.hi <= 12, rx  # never drifting into endurance reps
    assert seen
    last = max(i for i, p in enumerate(block.phases) if p is rs.Phase.strength)
    main = next(rx for rx in block.weeks[last].sessions[0].exercises)
    assert main.dose.amount.hi <= 9, main


@pytest.mark.parametrize("name", ["A", "B", "C"])
def test_a_harder_variation_is_never_an_exercise_the_week_holds_already(name: str) -> None:
    for plan in _block(name).weeks:
        names = [rx.exercise for s in plan.sessions for rx in s.exercises]
        for s in plan.sessions:
            for rx in s.exercises:
                if "on to the harder" in text_of(rx.reason):
                    assert names.count(rx.exercise) == 1, rx.exercise
