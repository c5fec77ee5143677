"""Calf work a coach would sign: the turns of a week's only session, and the calf ladders."""

from __future__ import annotations

import functools

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import parts_of, text_of
from runstrength._plan.families import Family, family
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from tests.season.athletes import BLOCK_A, block_a_running

CAT = default_catalog()
CALVES = (Family.straight_knee_calf, Family.bent_knee_calf)
CLEAN = {(10, 12), (12, 15), (15, 20)}
TRAINING = frozenset({rs.Phase.general, rs.Phase.strength, rs.Phase.power, rs.Phase.maintenance})

BEGINNER = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
RUNS = [
    rs.RunningWeek(tue="easy", thu="easy", sat=rs.Run("long", 50 + 3 * i)) for i in range(11)
] + [rs.RunningWeek(tue="easy", sat="race")]


@functools.cache
def _block(athlete: rs.Athlete = BEGINNER) -> rs.Block:
    return rs.build_block(athlete, RUNS)


def _calves(plan: rs.WeekPlan) -> list[tuple[Family, rs.Prescription]]:
    return [
        (family(CAT[rx.exercise]), rx)
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise in CAT and family(CAT[rx.exercise]) in CALVES
    ]


def _both_over_two_weeks(block: rs.Block) -> list[int]:
    """The training weeks (1-based) that, with the week before, miss a kind of calf raise."""
    out = []
    weeks = list(zip(block.weeks, block.phases, strict=True))
    for n in range(1, len(weeks)):
        (before, was), (plan, phase) = weeks[n - 1], weeks[n]
        if phase not in TRAINING or was not in TRAINING or not plan.sessions:
            continue
        kinds = {kind for kind, _ in _calves(before) + _calves(plan)}
        if kinds != set(CALVES):
            out.append(n + 1)
    return out


def test_one_session_weeks_hold_straight_knee_calf_work_regression() -> None:
    # Block B (one 30-minute session at home) was bent-knee only for twelve weeks; the
    # sources' beginner calf work is straight-knee (000, 003, 002).
    assert _both_over_two_weeks(_block()) == []
    turns = [
        rx
        for plan in _block().weeks
        for _, rx in _calves(plan)
        if any(p.code.startswith("calf_turn.") for p in parts_of(rx.reason))
    ]
    assert turns, "no line says the calf raises take turns"


@settings(max_examples=6, deadline=None)
@given(
    level=st.sampled_from(["beginner", "intermediate"]),
    equipment=st.sampled_from(["home", "gym"]),
    minutes=st.sampled_from([30, 45]),
)
def test_one_session_calf_takes_turns_regression(level: str, equipment: str, minutes: int) -> None:
    athlete = rs.Athlete(level=level, equipment=equipment, session_minutes=minutes)
    block = _block(athlete)
    assert _both_over_two_weeks(block) == []


def test_a_calf_raise_back_for_its_turn_keeps_the_slot_rests_regression() -> None:
    # The straight-knee raise's own 45-90 s rests took the 30-minute session past its
    # minutes, and the main lift gave up a set for it.
    block = _block()
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        if phase not in TRAINING:
            continue
        main = plan.sessions[0].exercises[0]
        assert main.dose.sets.lo >= 2 or "taper" in str(main.reason).lower(), (main, phase)


def test_block_b_bent_knee_calf_moves_on_to_the_single_leg_raise_regression() -> None:
    # Block B held the bent-knee raise at 12-15 @ 4-0-1, then gave a two-leg 20-30 s hold,
    # easier than 15 slow reps: the next step is the single-leg bent-knee raise.
    block = _block()
    ids = [
        rx.exercise
        for plan, phase in zip(block.weeks, block.phases, strict=True)
        if phase in TRAINING
        for _, rx in _calves(plan)
    ]
    assert "single_leg_bent_knee_calf_raise" in ids
    assert "bent_knee_calf_hold" not in ids


def _ask(dose: rs.Dose, *, light: bool, level: str) -> Ask:
    raise_ = CAT["bent_knee_calf_raise"]
    athlete = rs.Athlete(level=level, equipment="home", session_minutes=30)
    rx = rs.Prescription(raise_.id, dose)
    log = rs.ExerciseLog(exercise=raise_.id, sets=[rs.SetLog(reps=dose.amount.hi)])
    return Ask(rx, log, raise_, CAT, fit=Fit(athlete), light=light)


@settings(max_examples=20, deadline=None)
@given(
    top=st.integers(min_value=12, max_value=20),
    slow=st.booleans(),
    level=st.sampled_from(["beginner", "intermediate"]),
)
def test_the_single_leg_bent_knee_raise_opens_only_from_a_mastered_raise_regression(
    top: int, slow: bool, level: str
) -> None:
    tempo = rs.Tempo(3, 0, 1) if slow else None
    dose = rs.Dose(sets=1, reps=(top - 3, top), rest_seconds=45, tempo=tempo)
    step = "single_leg_bent_knee_calf_raise"
    ask = _ask(dose, light=False, level=level)
    # slowed, or at the body-weight raise's 20-rep cap: mastered
    assert ask.mastered() is (slow or top >= 20)
    assert (step in ask.harder_ids()) is ask.mastered()
    # a light day's raise takes turns with its hold instead (it stays light)
    assert step not in _ask(dose, light=True, level=level).harder_ids()


GYM = rs.Athlete(level="intermediate", equipment="gym", session_minutes=60)


def _logged(rx: rs.Prescription, reps: int) -> rs.ExerciseLog:
    load = rx.dose.load_kg
    return rs.ExerciseLog(
        exercise=rx.exercise,
        sets=[rs.SetLog(reps=reps, load_kg=load, rir=2)] * rx.dose.sets.lo,
    )


@settings(max_examples=20, deadline=None)
@given(
    load=st.sampled_from([8.0, 10.0, 12.0, 14.0]),
    slow=st.booleans(),
    clean=st.sampled_from([(10, 12), (12, 15)]),
)
def test_a_calf_raise_climbs_clean_ranges_not_reps_past_the_top_regression(
    load: float, slow: bool, clean: tuple[int, int]
) -> None:
    # Persona 2's standing calf raise went 12-15, 14-17, 16-19 at 12 kg, then the load
    # rose every week at 16-19: past the sources' 12-20, a load step and a rep rise each
    # week. A calf raise's ranges are clean (10-12, 12-15, 15-20); a week has one change.
    tempo = rs.Tempo(3, 0, 1) if slow else None
    dose = rs.Dose(sets=2, reps=clean, load_kg=load, rest_seconds=60, rir=(1, 3), tempo=tempo)
    rx = rs.Prescription("standing_calf_raise", dose)
    step = rs.progress(rx, _logged(rx, clean[1]), athlete=GYM)
    new = step.next.dose
    assert (new.amount.lo, new.amount.hi) in CLEAN, str(new)
    if step.next.exercise == rx.exercise:
        rose = new.amount.hi > dose.amount.hi
        heavier = (new.load_kg or 0) > load
        assert not (rose and heavier), str(step.reason)
    else:
        # after the tempo step, the harder raise first, at its own range and no heavier
        assert slow
        assert (new.load_kg or 0) <= load
        assert new.amount.lo >= 10


def test_a_calf_raise_load_step_comes_back_to_a_clean_range_regression() -> None:
    dose = rs.Dose(sets=2, reps=(15, 20), load_kg=12, rest_seconds=60, rir=(1, 3))
    dose = attrs.evolve(dose, tempo=rs.Tempo(3, 0, 1))
    rx = rs.Prescription("standing_calf_raise", dose)
    step = rs.progress(rx, _logged(rx, 20), athlete=GYM)
    new = step.next.dose
    assert (new.amount.lo, new.amount.hi) in CLEAN, str(step.reason)


@functools.cache
def _block_a() -> rs.Block:
    return rs.build_block(BLOCK_A, block_a_running())


def test_a_calf_raise_changes_form_at_its_own_range_and_no_heavier_regression() -> None:
    # Block A week 5: single-leg to single-leg eccentric, 10-15 to 6-9 and heavier, all in
    # one week. The new form comes first at a clean range of its own (never under 10), at
    # the same load or lighter; its reps or load rise a later week.
    moved = 0
    for block in (_block_a(), _block()):
        last: dict[Family, rs.Prescription] = {}
        for plan in block.weeks:
            for kind, rx in _calves(plan):
                was = last.get(kind)
                last[kind] = rx
                if was is None or was.exercise == rx.exercise or rx.dose.unit != "reps":
                    continue
                new, old = CAT[rx.exercise], CAT[was.exercise]
                up = new.easier == old.id or old.harder == new.id
                if not up:
                    continue  # a turn or a stand-in, not a step up its ladder
                moved += 1
                assert (rx.dose.amount.lo, rx.dose.amount.hi) in CLEAN, str(rx.dose)
                assert (rx.dose.load_kg or 0) <= (was.dose.load_kg or 0), str(rx.dose)
                if block is _block_a():
                    assert "in place of" in text_of(rx.reason), text_of(rx.reason)
    assert moved
