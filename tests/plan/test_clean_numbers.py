"""Clean dose numbers: a shortened range settles on a range a coach would write."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.clean import clean_cut, is_clean
from runstrength._model.dose import Unit
from runstrength._model.reason import parts_of, text_of
from runstrength._plan.lighter import shorter
from runstrength._plan.raceweek import short
from runstrength._progression.returns import _unknown_load
from tests.progression.simulate import Run, on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    GYM,
    HOME,
    WEEK,
    _achilles,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
)

CUT_CODES = frozenset(
    {
        "deload.shorter",
        "taper.shorter",
        "race_week.short_set",
        "race_week.hold_halved",
        "race_week.hold_short_end",
    }
)
"""The reasons of a range shortened for a lighter week."""

units = st.sampled_from(("reps", "seconds", "steps"))


@st.composite
def _ranges(draw: st.DrawFn) -> rs.IntRange:
    lo = draw(st.integers(1, 60))
    return rs.IntRange(lo, draw(st.integers(lo, lo + 20)))


def _rx(exercise: str, unit: Unit, amount: rs.IntRange, sets: int = 1) -> rs.Prescription:
    dose = rs.Dose(sets=sets, rest_seconds=60, **{unit: amount})  # type: ignore[arg-type]
    return rs.Prescription(exercise, dose)


@given(amount=_ranges(), unit=units)
def test_a_clean_cut_is_clean_and_never_more(amount: rs.IntRange, unit: Unit) -> None:
    cut = clean_cut(amount, unit)
    assert is_clean(cut, unit)
    assert cut.hi <= amount.hi
    assert cut.lo <= amount.lo
    if unit != "seconds":
        assert cut.lo == amount.lo  # a shorter set keeps its bottom
    if is_clean(amount, unit):
        assert cut == amount


@given(amount=_ranges(), unit=units, title=st.sampled_from(("Deload week", "Taper")))
def test_a_shorter_set_is_a_clean_range(amount: rs.IntRange, unit: Unit, title: str) -> None:
    exercise = "front_plank" if unit == "seconds" else "bodyweight_squat"
    rx = _rx(exercise, unit, amount)
    cut = shorter(rx, title).dose.amount
    assert cut.hi <= amount.hi
    if cut != amount:
        assert is_clean(cut, unit)


def test_deload_shorter_sets_are_no_odd_numbers_regression() -> None:
    # Not "12-16", "25-32 s", "30-37 s" or "20-22 s": the clean range at or under the cut.
    for unit, was, now in (
        ("reps", rs.IntRange(12, 20), rs.IntRange(12, 15)),
        ("reps", rs.IntRange(8, 12), rs.IntRange(8, 10)),
        ("steps", rs.IntRange(15, 20), rs.IntRange(15)),
        ("seconds", rs.IntRange(25, 40), rs.IntRange(25, 30)),
        ("seconds", rs.IntRange(30, 45), rs.IntRange(30, 35)),
        ("seconds", rs.IntRange(20, 25), rs.IntRange(20)),
    ):
        exercise = "front_plank" if unit == "seconds" else "bodyweight_squat"
        cut = shorter(_rx(exercise, unit, was), "Deload week")  # type: ignore[arg-type]
        assert cut.dose.amount == now, (was, cut.dose.amount)
        assert f"{now} " in parts_of(cut.reason)[0].text


def test_race_week_short_set_is_a_clean_range_regression() -> None:
    catalog = rs.default_catalog()
    rx = _rx("reverse_lunge", "reps", rs.IntRange(3, 9))
    assert short(rx, catalog["reverse_lunge"]).dose.amount == rs.IntRange(3, 5)
    rx = _rx("reverse_lunge", "reps", rs.IntRange(7, 11))
    assert short(rx, catalog["reverse_lunge"]).dose.amount == rs.IntRange(6, 8)


def test_a_return_with_no_known_load_takes_a_clean_lower_half_regression() -> None:
    catalog = rs.default_catalog()
    dose = rs.Dose(sets=1, steps=(12, 17), per_side=True, rest_seconds=60)
    new, _ = _unknown_load(dose, catalog["lateral_band_walk"], choose=False)
    assert new.amount == rs.IntRange(12)  # not "12-14"


@given(athlete=rst.athletes(), weeks=st.lists(rst.running_weeks(), min_size=4, max_size=12))
def test_no_block_shortens_a_range_off_the_clean_ranges(
    athlete: rs.Athlete, weeks: list[rs.RunningWeek]
) -> None:
    block = rs.build_block(athlete, weeks)
    for week in block.weeks:
        for session in week.sessions:
            for rx in session.exercises:
                if CUT_CODES & {part.code for part in parts_of(rx.reason)}:
                    assert is_clean(rx.dose.amount, rx.dose.unit), (rx.exercise, str(rx.dose))


def _tempos(run: Run) -> list[rs.Tempo]:
    doses = [rx.dose for plan in run.plans() for s in plan.sessions for rx in s.exercises]
    doses += [s.next.dose for w in run.weeks for s in w.steps]
    return [dose.tempo for dose in doses if dose.tempo is not None]


def test_no_tempo_has_four_numbers_regression() -> None:
    # "tempo 3-0-1-1": a calf raise at its minutes slowed by a hold at the top; now the
    # lowering slows a second instead, and a tempo is three numbers (3-0-1, 4-0-1).
    runs = [
        simulate(HOME, WEEK, _mild_pain_weeks_3_and_4, weeks=16),
        simulate(GYM, WEEK, on_target, weeks=16),
        simulate(ACHILLES, WEEK, _achilles, weeks=16),
        simulate(GYM, WEEK, _sharp_hinge, weeks=16),
    ]
    tempos = [tempo for run in runs for tempo in _tempos(run)]
    assert tempos
    assert all(tempo.top == 0 and str(tempo).count("-") == 2 for tempo in tempos), {
        str(t) for t in tempos
    }


@given(athlete=rst.athletes(), weeks=st.lists(rst.running_weeks(), min_size=1, max_size=12))
def test_no_block_writes_a_tempo_with_four_numbers(
    athlete: rs.Athlete, weeks: list[rs.RunningWeek]
) -> None:
    block = rs.build_block(athlete, weeks)
    for week in block.weeks:
        for session in week.sessions:
            for rx in session.exercises:
                assert rx.dose.tempo is None or rx.dose.tempo.top == 0, (rx.exercise, str(rx.dose))


HOLDS = sorted(
    e.id for e in rs.default_catalog() if any(d.unit == "seconds" for d in e.doses.values())
)


def test_a_hold_at_25_to_32_s_rises_to_30_to_35_s_regression() -> None:
    # A hold rises 5 s a step (it rose 10 s, to 35–40 s, before holds rose 5 s at a time).
    rx = _rx("short_lever_copenhagen_plank", "seconds", rs.IntRange(25, 32), sets=2)
    log = rs.ExerciseLog(exercise=rx.exercise, sets=[rs.SetLog(seconds=32)] * 2)
    step = rs.progress(rx, log)
    assert step.change is rs.Change.seconds
    assert step.next.dose.seconds == rs.IntRange(30, 35)  # not 30-37 s
    assert "from 25–32 to 30–35 s" in text_of(step.reason)


@given(
    exercise=st.sampled_from(HOLDS),
    lo=st.integers(5, 85),
    width=st.integers(0, 20),
    sets=st.integers(1, 3),
)
def test_every_hold_rise_lands_on_5_s_steps(exercise: str, lo: int, width: int, sets: int) -> None:
    amount = rs.IntRange(lo, min(lo + width, 89))
    rx = _rx(exercise, "seconds", amount, sets=sets)
    log = rs.ExerciseLog(exercise=exercise, sets=[rs.SetLog(seconds=amount.hi)] * sets)
    step = rs.progress(rx, log)
    if step.change is rs.Change.seconds:
        new = step.next.dose.amount
        assert new.hi > amount.hi
        assert new.lo % 5 == 0, (amount, new)
        assert new.hi % 5 == 0, (amount, new)
