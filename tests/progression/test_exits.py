"""Exits from loops a coach would stop: form that keeps breaking on its return, a
stall's swap, the rebuild after sharp pain and an Achilles runner's straight-knee calf."""

from __future__ import annotations

import itertools

import attrs

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from runstrength._progression.pattern import PATTERN_WEEKS
from runstrength._progression.rebuild import REBUILD_MOST, rebuild
from runstrength._progression.restore import BESIDE, BESIDE_WEEKS, beside_done, restore
from runstrength._progression.returns import TRIAL, on_trial
from runstrength._progression.standin import STAND_IN
from runstrength._progression.swaps import stall_swap
from runstrength._progression.tendon import HEAVY_REST, heavy_slow, in_time
from tests.progression.simulate import Run, on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    CALF,
    GYM,
    HINGE,
    MAIN,
    WEEK,
    _sharp_hinge,
    _stalls,
    check_every_week,
)

CATALOG = rs.default_catalog()


def _form_breaks(number: int, rx: rs.Prescription) -> rs.ExerciseLog:
    """The hinge and the standing calf raise break form every time they are done."""
    log = on_target(number, rx)
    if rx.exercise in {HINGE, CALF}:
        return attrs.evolve(log, form_ok=False)
    return log


def _slot(plan: rs.WeekPlan, ids: set[str]) -> str | None:
    strength = next(s for s in plan.sessions if s.focus is rs.Focus.strength)
    return next((rx.exercise for rx in strength.exercises if rx.exercise in ids), None)


def test_form_breaking_on_its_second_return_stays_on_a_lower_skill_exercise_for_four_weeks() -> (
    None
):
    run = simulate(GYM, WEEK, _form_breaks, weeks=14)
    check_every_week(run)
    for lift in (HINGE, CALF):
        pattern = rs.Pattern.hinge if lift == HINGE else rs.Pattern.calf
        blocks = [
            (w.number, s)
            for w in run.weeks
            for s in w.steps
            if "the load is not the problem, the pattern is" in text_of(s.reason)
            and CATALOG[lift].name in text_of(s.reason)
        ]
        assert blocks, f"{lift} loops back and forth without an exit"
        number, step = blocks[0]
        assert "coach or physiotherapist watch a set" in text_of(step.reason)
        # the stand-in keeps the slot for four weeks: no re-test of the lift meanwhile
        plans = run.plans()[number : number + PATTERN_WEEKS]
        assert len(plans) == PATTERN_WEEKS
        for plan in plans:
            ids = {rx.exercise for s in plan.sessions for rx in s.exercises}
            assert lift not in ids
            assert step.next.exercise in ids
        # it never doubles an exercise the week already holds elsewhere
        before = run.weeks[number - 1].plan
        held = {rx.exercise for s in before.sessions for rx in s.exercises}
        assert step.next.exercise not in held - {CATALOG[lift].easier}
        assert pattern in CATALOG[step.next.exercise].patterns
    # at most two returns whose form broke before the block: no 1 kg ratchet each cycle
    hinge_loads = [
        rx.dose.load_kg
        for plan in run.plans()
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == HINGE and rx.dose.load_kg is not None
    ]
    assert len(set(hinge_loads)) <= 5


def _stall_swap(run: Run) -> tuple[int, rs.Prescription, rs.Progression]:
    for week in run.weeks:
        rxs = [rx for s in week.plan.sessions for rx in s.exercises]
        for rx, step in zip(rxs, week.steps, strict=True):
            if (
                rx.exercise == MAIN
                and step.next.exercise != MAIN
                and "Swap it" in text_of(step.reason)
            ):
                return week.number, rx, step
    raise AssertionError("the second stall swaps the lift")


def test_a_stall_swap_is_steadier_keeps_the_main_lift_rest_and_no_exercise_of_the_week() -> None:
    run = simulate(GYM, WEEK, _stalls, weeks=13)
    check_every_week(run)
    number, rx, step = _stall_swap(run)
    new = step.next
    assert new.exercise != "forward_lunge"
    assert new.exercise in {"goblet_squat", "reverse_lunge"}
    assert new.dose.rest_seconds.lo >= rx.dose.rest_seconds.lo
    assert new.dose.rest_seconds == rx.dose.rest_seconds
    week = run.weeks[number - 1].plan
    held = {r.exercise for s in week.sessions for r in s.exercises}
    assert new.exercise not in held


def test_a_stall_swap_is_a_goblet_squat_where_the_session_keeps_a_single_leg_move() -> None:
    lift = CATALOG[MAIN]
    dose = rs.Dose(sets=3, reps=(6, 10), per_side=True, rest_seconds=(90, 150), rir=(1, 3))
    dose = attrs.evolve(dose, load_kg=10.0)
    rx = rs.Prescription(MAIN, dose)
    log = rs.ExerciseLog(exercise=MAIN, sets=[rs.SetLog(reps=8, rir=2, load_kg=10)] * 3)
    heavier = rs.ExerciseLog(exercise=MAIN, sets=[rs.SetLog(reps=8, rir=2, load_kg=12)] * 3)
    others = frozenset({"single_leg_romanian_deadlift", "standing_calf_raise", "clamshell"})
    ask = Ask(rx, log, lift, CATALOG, Fit(GYM), (heavier, log, log), avoid=others, week=others)
    step = stall_swap(ask, "Stalled")
    assert step is not None
    assert step.next.exercise == "goblet_squat"
    assert step.next.dose.rest_seconds == dose.rest_seconds
    # the week holds a goblet squat elsewhere: the next choice instead, never a forward lunge
    busy = attrs.evolve(ask, week=others | {"goblet_squat"})
    other = stall_swap(busy, "Stalled")
    assert other is not None
    assert other.next.exercise == "reverse_lunge"


def test_a_hinge_back_after_sharp_pain_rebuilds_to_its_old_load_a_small_step_a_week() -> None:
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=16)
    check_every_week(run)
    loads = [
        rx.dose.load_kg
        for plan in run.plans()
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == HINGE
        and rx.dose.load_kg is not None
        and (
            on_trial(text_of(rx.reason))
            or text_of(rx.reason).startswith("Rebuilt after sharp pain")
        )
    ]
    old = 10.0  # the load it hurt at
    start = loads.index(min(loads))
    rebuilt = loads[start:]
    assert rebuilt[0] <= old / 2 + 1e-9
    reached = next(i for i, x in enumerate(rebuilt) if x >= old - 1e-9)
    # a step each pain-free week: 5 → 6 → 7 → 8 → 9 → 10 kg, no week lost on the way
    assert reached <= 6, rebuilt
    steps = [(a, b) for a, b in itertools.pairwise(rebuilt[: reached + 1]) if b > a]
    assert steps
    assert all(b <= a * REBUILD_MOST + 1e-9 or b == a + 1 for a, b in steps), steps
    assert rebuilt[: reached + 1] == sorted(rebuilt[: reached + 1])
    reasons = [
        text_of(s.reason)
        for w in run.weeks
        for s in w.steps
        if "load rebuilds from" in text_of(s.reason)
    ]
    assert reasons
    assert all("next morning were pain-free" in r for r in reasons)


def test_a_rebuild_step_waits_for_a_pain_free_session() -> None:
    exercise = CATALOG[HINGE]
    dose = rs.Dose(sets=2, reps=(8, 12), rest_seconds=(90, 150), rir=(1, 3), load_kg=6)
    rx = rs.Prescription(HINGE, dose, reason=TRIAL.format(half="load") + ".")
    hurt = rs.ExerciseLog(exercise=HINGE, sets=[rs.SetLog(reps=12, load_kg=10)] * 2, pain="sharp")
    top = rs.ExerciseLog(exercise=HINGE, sets=[rs.SetLog(reps=12, rir=2, load_kg=6)] * 2)
    step = rebuild(Ask(rx, top, exercise, CATALOG, Fit(GYM), (hurt,)))
    assert step is not None
    assert step.next.dose.load_kg == 7.0
    assert rs.validate_progression(rx, top, step) == ()
    sore = attrs.evolve(top, pain=rs.Pain.mild)
    assert rebuild(Ask(rx, sore, exercise, CATALOG, Fit(GYM), (hurt,))) is None
    short = rs.ExerciseLog(exercise=HINGE, sets=[rs.SetLog(reps=10, rir=2, load_kg=6)] * 2)
    assert rebuild(Ask(rx, short, exercise, CATALOG, Fit(GYM), (hurt,))) is None


def test_the_hip_extension_stand_in_stays_beside_a_returning_hinge_then_steps_aside() -> None:
    plan = rs.build_week(GYM, WEEK)
    session = next(s for s in plan.sessions if s.focus is rs.Focus.strength)
    bridge = rs.Prescription(
        "glute_bridge",
        rs.Dose(sets=2, reps=(10, 14), rest_seconds=(60, 120), rir=(1, 3)),
        reason=STAND_IN.format(name=CATALOG[HINGE].name) + "Hinge.",
    )
    kept = [bridge if rx.exercise == HINGE else rx for rx in session.exercises][:4]
    before = next(rx for rx in session.exercises if rx.exercise == HINGE)
    before = attrs.evolve(before, dose=attrs.evolve(before.dose, load_kg=10.0), choose_load=False)
    exclusion = rs.Exclusion(
        exercise=HINGE, areas=["hamstring"], reason="Sharp pain.", before=before
    )
    notes = restore(session, kept, {HINGE: exclusion}, catalog=CATALOG, fit=Fit(GYM), limit=90)
    ids = [rx.exercise for rx in kept]
    assert HINGE in ids
    assert "glute_bridge" in ids
    beside = next(rx for rx in kept if rx.exercise == "glute_bridge")
    assert text_of(beside.reason).startswith(BESIDE.format(name=CATALOG[HINGE].name))
    assert any("kept beside it" in n.text for n in notes)
    # it steps aside after the return's first pain-free sessions, not for pain
    hurt = rs.ExerciseLog(exercise=HINGE, sets=[rs.SetLog(reps=12, load_kg=10)] * 2, pain="sharp")
    clean = rs.ExerciseLog(exercise=HINGE, sets=[rs.SetLog(reps=12, rir=2, load_kg=5)] * 2)
    log = rs.ExerciseLog(exercise="glute_bridge", sets=[rs.SetLog(reps=14, rir=2)] * 2)
    ask = Ask(beside, log, CATALOG["glute_bridge"], CATALOG, Fit(GYM))
    assert beside_done(ask, [hurt, clean]) is None
    done = beside_done(ask, [hurt, *[clean] * BESIDE_WEEKS])
    assert done is not None
    assert done.change is rs.Change.stop
    assert rs.validate_progression(beside, log, done) == ()


def test_an_achilles_straight_knee_raise_builds_sets_before_reps_when_its_load_step_is_big() -> (
    None
):
    run = simulate(ACHILLES, WEEK, on_target)
    check_every_week(run)
    doses = [
        rx.dose
        for plan in run.plans()
        for s in plan.sessions
        if s.focus is rs.Focus.strength
        for rx in s.exercises
        if rx.exercise == "standing_calf_raise"
    ]
    assert doses
    assert max(d.sets.hi for d in doses) >= 2  # no longer one set for twelve weeks
    first_set = next(i for i, d in enumerate(doses) if d.sets.hi >= 2)
    first_reps = next(
        (i for i, d in enumerate(doses) if d.amount.hi > doses[0].amount.hi), len(doses)
    )
    assert first_set <= first_reps  # a set more comes before the reps pass the range
    reasons = [
        s.reason.text
        for w in run.weeks
        for s in w.steps
        if s.next.exercise == "standing_calf_raise"
    ]
    assert any("build sets first" in r for r in reasons)


def test_a_straight_knee_raise_adds_a_set_not_reps_at_a_big_load_step_for_an_achilles() -> None:
    name = "standing_calf_raise"
    dose = rs.Dose(
        sets=1, reps=(10, 15), rest_seconds=(45, 90), rir=(1, 3), tempo=rs.Tempo(3, 0, 3)
    )
    rx = rs.Prescription(name, attrs.evolve(dose, load_kg=10.0))
    log = rs.ExerciseLog(exercise=name, sets=[rs.SetLog(reps=15, rir=2, load_kg=10)])
    ask = Ask(rx, log, CATALOG[name], CATALOG, Fit(ACHILLES), (log,))
    step = rs.progress(rx, log, athlete=ACHILLES, history=[log])
    assert step.change is rs.Change.sets
    assert step.next.dose.sets == rs.IntRange(2)
    assert step.next.dose.amount == dose.amount
    fallback = in_time(ask, step)
    assert fallback is not None
    assert fallback.change is rs.Change.reps
    assert fallback.next.dose.sets == dose.sets


def test_heavy_slow_sets_of_eight_or_fewer_rest_two_to_three_minutes() -> None:
    name = "machine_seated_calf_raise"
    dose = rs.Dose(sets=4, reps=10, rest_seconds=(45, 90), rir=(1, 3), tempo=rs.Tempo(3, 0, 3))
    rx = rs.Prescription(name, attrs.evolve(dose, load_kg=70.0))
    log = rs.ExerciseLog(exercise=name, sets=[rs.SetLog(reps=10, rir=2, load_kg=70)] * 4)
    ask = Ask(rx, log, CATALOG[name], CATALOG, Fit(ACHILLES), (log, log))
    step = heavy_slow(ask)
    assert step is not None
    assert step.next.dose.amount == rs.IntRange(8)
    assert step.next.dose.rest_seconds == HEAVY_REST
    assert "120–180 s" in text_of(step.reason)
    assert rs.validate_progression(rx, log, step) == ()
    # no minutes for the longer rest: the rung still comes, at the rest it had
    kept = in_time(ask, step)
    assert kept is not None
    assert kept.next.dose.amount == rs.IntRange(8)
    assert kept.next.dose.rest_seconds == dose.rest_seconds
