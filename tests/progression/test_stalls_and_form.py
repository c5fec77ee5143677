"""What a coach expects after form breaks, a stall that outlasts its reset, and a ceiling.

Work that stood in for a movement whose form broke gives the movement back once it is
clean; a line that only writes the logged load is a record, not a load step; a stall's
small load step never passes the exercise's ceiling.
"""

from __future__ import annotations

import re

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from runstrength._progression.form import for_form
from runstrength._progression.pattern import PATTERN_WEEKS
from runstrength._progression.quota import TRIM_MARK, set_back
from runstrength._progression.setbacks import restimulate
from tests.progression.simulate import simulate
from tests.progression.test_coach_outcomes import _run, _slots, _steps
from tests.progression.test_personas import CALF, GYM, HINGE, MAIN, WEEK, _stalls

CATALOG = rs.default_catalog()


def _tuesday_ids(run: object) -> list[set[str]]:
    plans: list[rs.WeekPlan] = run.plans()  # type: ignore[attr-defined]
    return [
        {rx.exercise for s in plan.sessions if s.focus is rs.Focus.strength for rx in s.exercises}
        for plan in plans
    ]


def test_a_hinge_steps_back_up_to_a_loaded_romanian_deadlift_after_two_clean_sessions() -> None:
    run = _run("form")
    back = [
        (rx, step)
        for rx, step in _steps(run)
        if rx.exercise == "bodyweight_good_morning" and step.next.exercise == HINGE
    ]
    assert back, "the bodyweight good morning gives the hinge back"
    for rx, step in back:
        assert step.change is rs.Change.variation
        # two clean sessions, or four after the block that follows a second failed return
        assert "2 clean sessions" in text_of(
            step.reason
        ) or f"{PATTERN_WEEKS} clean sessions" in text_of(step.reason)
        assert "one step at a time" in text_of(step.reason)
        assert (step.next.dose.load_kg or 0) > 0  # a loaded hinge, at a light load
        assert step.next.dose.sets.hi <= rx.dose.sets.hi
    weeks = _tuesday_ids(run)
    gone = 0
    for ids in weeks:
        gone = 0 if HINGE in ids else gone + 1
        # two weeks at a time, or the lower-skill block after the second failed return
        assert gone <= PATTERN_WEEKS, "no loaded hinge for longer than the block"


SEATED = frozenset({"bent_knee_calf_raise", "machine_seated_calf_raise"})
"""The seated calf raises a breaking standing raise moves to: the machine where there is one."""


def test_a_calf_raise_breaking_at_bodyweight_stands_in_two_leg_eccentric_then_back() -> None:
    run = _run("form")
    eccentric = [
        step
        for rx, step in _steps(run)
        if rx.exercise == CALF and step.next.exercise == "eccentric_calf_raise"
    ]
    assert eccentric
    assert not [
        step for rx, step in _steps(run) if rx.exercise == CALF and step.next.exercise in SEATED
    ]
    back = [
        step
        for rx, step in _steps(run)
        if rx.exercise == "eccentric_calf_raise" and step.next.exercise == CALF
    ]
    assert back
    assert all(
        "on two legs" in text_of(s.reason) and "2 clean sessions" in text_of(s.reason) for s in back
    )
    gone = 0
    for ids in _tuesday_ids(run)[1:]:
        gone = 0 if CALF in ids else gone + 1
        assert gone <= PATTERN_WEEKS, "straight-knee calf work is never gone for long"


def test_a_breaking_standing_calf_raise_moves_to_the_two_leg_eccentric_raise_first() -> None:
    exercise = CATALOG[CALF]
    dose = rs.Dose(sets=2, reps=(10, 18), rest_seconds=(45, 90), rir=(1, 3))
    rx = rs.Prescription(CALF, dose)
    broke = rs.ExerciseLog(exercise=CALF, sets=[rs.SetLog(reps=18, rir=2)] * 2, form_ok=False)
    ask = Ask(rx, broke, exercise, CATALOG, Fit(GYM), (broke, broke, broke))
    step = for_form(ask, 3, "form broke")
    assert step.next.exercise == "eccentric_calf_raise"
    assert not step.next.dose.load_kg
    assert "comes back after 2 clean sessions" in text_of(step.reason)
    assert text_of(step.next.reason).startswith("In place of Standing calf raise")


def test_the_stall_load_step_never_passes_the_load_ceiling() -> None:
    name = "side_lying_leg_raise"
    dose = rs.Dose(sets=4, reps=(12, 15), per_side=True, rest_seconds=30, rir=(1, 3), load_kg=5)
    rx = rs.Prescription(name, dose)
    log = rs.ExerciseLog(exercise=name, sets=[rs.SetLog(reps=13, rir=2, load_kg=5)] * 4)
    ask = Ask(rx, log, CATALOG[name], CATALOG, Fit(GYM), (log, log, log))
    step = restimulate(ask, "4 sessions in a row short of 15 reps per side")
    assert (step.next.dose.load_kg or 0) <= 5.0  # ankle weights stop at 5 kg
    assert step.change is not rs.Change.load


def test_a_line_that_only_records_the_logged_load_is_tagged_record() -> None:
    for name in ("on_target", "stalls", "form", "achilles"):
        for rx, step in _steps(_run(name)):
            if "records your" in text_of(step.reason) or "is written into the plan" in text_of(
                step.reason
            ):
                assert step.change is rs.Change.record, step.reason
            if step.change is rs.Change.record:
                assert step.next.exercise == rx.exercise
                assert step.next.dose.sets == rx.dose.sets
                assert step.next.dose.reps == rx.dose.reps


def test_a_stand_in_for_form_never_takes_another_exercise_of_the_session_back() -> None:
    run = _run("form")
    for pairs in _slots(run).values():
        stand_in = None
        for rx, step in pairs:
            if rx.exercise == CALF and step.next.exercise != CALF:
                stand_in = step.next.exercise
            if step.next.exercise == CALF and rx.exercise != CALF:
                assert rx.exercise == stand_in  # the stand-in, never an exercise beside it


def test_a_stall_after_the_reset_swaps_the_lift_for_four_weeks_then_brings_it_back() -> None:
    run = simulate(GYM, WEEK, _stalls, weeks=17)
    main = [(rx, step) for rx, step in _steps(run) if rx.exercise == MAIN]
    resets = [s for _, s in main if "Reset instead" in text_of(s.reason)]
    assert len(resets) == 1, "the reset to the usual range is taken once"
    swaps = [s for rx, s in main if s.next.exercise != MAIN]
    assert swaps, "a second stall swaps the lift"
    swap = swaps[0]
    assert swap.change is rs.Change.variation
    assert "for 4 weeks" in text_of(swap.reason)
    assert swap.next.dose.sets == rx_sets(main)
    back = [
        s for rx, s in _steps(run) if rx.exercise == swap.next.exercise and s.next.exercise == MAIN
    ]
    assert back, "the lift comes back after its swap"
    assert "4 weeks of" in text_of(back[0].reason)
    assert (back[0].next.dose.load_kg or 0) > 0  # at the load it stalled at
    assert back[0].next.dose.reps == rs.IntRange(6, 10)  # its usual range


def rx_sets(main: list[tuple[rs.Prescription, rs.Progression]]) -> rs.IntRange:
    """The sets the stalled lift had when it was swapped."""
    return next(rx.dose.sets for rx, s in main if s.next.exercise != MAIN)


def test_a_last_set_at_the_top_of_its_reserve_band_three_sessions_running_asks_for_one() -> None:
    run = _run("stalls")
    reasons = [s.reason.text for rx, s in _steps(run) if rx.exercise == MAIN]
    cued = [r for r in reasons if "sessions running: take the last set to 1 in reserve" in r]
    assert cued, "the plan notices the last set stays at 2 in reserve"
    # 2 in reserve against 1-3 is on target: no cue while the target is 1-3.
    for rx, step in _steps(run):
        if rx.exercise == MAIN and rx.dose.rir == rs.IntRange(1, 3):
            assert "sessions running" not in text_of(step.reason)


def test_an_achilles_calf_raise_never_takes_a_loaded_pause_at_the_bottom() -> None:
    run = _run("achilles")
    slowed = []
    for rx, step in _steps(run):
        if rs.Pattern.calf not in CATALOG[rx.exercise].patterns:
            continue
        tempo = step.next.dose.tempo
        assert tempo is None or tempo.pause == 0, step.reason
        if step.change is rs.Change.tempo and rx.dose.tempo is not None:
            slowed.append(step)
    # A slower lowering (a tempo stays three numbers): never a pause at the bottom.
    assert all(
        "lower over" in text_of(s.reason) or "s lowering)" in text_of(s.reason) for s in slowed
    )


def test_no_exercise_waits_more_than_three_sessions_for_a_slot_and_the_winner_names_its_rule() -> (
    None
):
    for name in ("on_target", "stalls", "form", "sharp", "achilles"):
        for slot, pairs in _slots(_run(name)).items():
            if not slot[0].startswith("tue"):
                continue
            streak = 0
            for rx, step in pairs:
                held = "already progresses" in step.reason.text
                streak = streak + 1 if held else 0
                assert streak <= 3, (name, rx.exercise, step.reason)
                if held:
                    assert re.search(
                        r"\((the main lift|the calf|the Achilles calf block|a rebuild after pain|"
                        r"waited \d+ sessions?|next in line)\)",
                        step.reason.text,
                    ), step.reason


def test_a_set_given_up_for_time_stays_off_four_sessions_then_comes_back() -> None:
    for name in ("on_target", "stalls", "form", "sharp", "achilles"):
        for pairs in _slots(_run(name)).values():
            for at, (rx, step) in enumerate(pairs):
                if not (step.change is rs.Change.sets and "for time only" in text_of(step.reason)):
                    continue
                sets = step.next.dose.sets.hi
                for later_rx, _ in pairs[at + 1 : at + 4]:
                    if later_rx.exercise == rx.exercise:
                        assert later_rx.dose.sets.hi <= sets, (name, rx.exercise)
    name = "side_lying_leg_raise"
    dose = rs.Dose(sets=1, reps=(12, 15), per_side=True, rest_seconds=30, rir=(1, 3), load_kg=2)
    rx = rs.Prescription(name, dose, reason=f"Hip control.{TRIM_MARK}")
    one = rs.ExerciseLog(exercise=name, sets=[rs.SetLog(reps=15, rir=2, load_kg=2)])
    two = rs.ExerciseLog(exercise=name, sets=[rs.SetLog(reps=15, rir=2, load_kg=2)] * 2)
    early = Ask(rx, one, CATALOG[name], CATALOG, Fit(GYM), (two, one, one))
    assert set_back(early) is None  # 3 sessions since the cut: not yet
    due = Ask(rx, one, CATALOG[name], CATALOG, Fit(GYM), (two, one, one, one))
    back = set_back(due)
    assert back is not None
    assert back.change is rs.Change.sets
    assert back.next.dose.sets == rs.IntRange(2)
    assert text_of(back.next.reason) == "Hip control."
