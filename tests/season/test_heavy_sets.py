"""Heavy main lifts as a coach programs them, for every level and kit.

Loads climb (a set cut never makes a load rise wait), a known lift's first heavy dose is
honest to that lift, a harder main-lift variation is the week's one change (last week's
reps in its first week), heavy sets get real rest, and a power week trades accessory sets
for its jumps rather than adding them on top.
"""

from __future__ import annotations

import functools
import itertools

import pytest

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._plan.cuts import one_change
from runstrength._plan.shaping import is_two_legged_squat_or_hinge
from runstrength._rules.progression import Step, _one_variable_problem, harder_variables
from tests.season.athletes import ADVANCED_WITH_LIFTS

CATALOG = rs.default_catalog()

LIFTS = {
    "back_squat": rs.Lift(load_kg=100, reps=5, rir=2),
    "romanian_deadlift": rs.Lift(load_kg=80, reps=8, rir=2),
}

ATHLETES = {
    "gym-intermediate": rs.Athlete(
        level="intermediate", equipment="gym", session_minutes=45, goals=["endurance"]
    ),
    "gym-intermediate-lifts": rs.Athlete(
        level="intermediate", equipment="gym", session_minutes=60, lifts=LIFTS
    ),
    "gym-advanced": rs.Athlete(level="advanced", equipment="gym", session_minutes=60),
    "gym-advanced-lifts": ADVANCED_WITH_LIFTS,
    "home-dumbbells": rs.Athlete(
        level="intermediate",
        equipment=["wall", "chair", "step", "dumbbell", "mini_band", "bench"],
        session_minutes=40,
    ),
}

FULL = rs.RunningWeek(tue="intervals", wed="easy", thu="tempo", sat="easy", sun=rs.Run("long", 120))
CUT = rs.RunningWeek(tue="easy", thu="easy", sat="easy", sun=rs.Run("long", 70))
SHARP = rs.RunningWeek(
    mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110)
)
LATE = rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80))
RACE = rs.RunningWeek(tue="easy", thu="easy", sat="race")

SEASONS = {
    "marathon": [CUT if n in (4, 8, 12) else FULL for n in range(1, 16)] + [RACE],
    "half": [SHARP] * 6 + [LATE, RACE],
}

CASES = [(a, s) for a in ATHLETES for s in SEASONS]


@functools.cache
def _block(athlete: str, season: str) -> rs.Block:
    return rs.build_block(ATHLETES[athlete], SEASONS[season])


def _pairs(block: rs.Block) -> list[tuple[rs.Prescription, rs.Prescription, int]]:
    """Each exercise's prescription last week and this, with this week's number."""
    out = []
    for index, (before, plan) in enumerate(itertools.pairwise(block.weeks), start=2):
        last = {(s.focus, rx.exercise): rx for s in before.sessions for rx in s.exercises}
        for s in plan.sessions:
            for rx in s.exercises:
                was = last.get((s.focus, rx.exercise))
                if was is not None:
                    out.append((was, rx, index))
    return out


def test_a_set_cut_is_not_the_one_change_regression() -> None:
    # Week 4 of a power phase: 4 sets to 3, and "the load change waits" at 100 kg.
    old = rs.Prescription(
        "back_squat", rs.Dose(sets=4, reps=(3, 4), rest_seconds=(180, 300), load_kg=100)
    )
    new = rs.Prescription(
        "back_squat", rs.Dose(sets=3, reps=(3, 4), rest_seconds=(180, 300), load_kg=102.5)
    )
    assert harder_variables(old, new) == ("load_kg",)
    assert one_change(old, new, ("sets", "amount")) == new
    assert _one_variable_problem(Step(old, new)) is None
    # More sets and a heavier load at once are still two changes.
    more = rs.Prescription(
        "back_squat", rs.Dose(sets=5, reps=(3, 4), rest_seconds=(180, 300), load_kg=102.5)
    )
    assert _one_variable_problem(Step(old, more)) is not None
    assert one_change(old, more, ("sets", "amount")).dose.load_kg == 100


@pytest.mark.parametrize(("athlete", "season"), CASES)
def test_a_heavy_load_never_waits_for_a_set_reduction_regression(athlete: str, season: str) -> None:
    for was, rx, week in _pairs(_block(athlete, season)):
        if rx.dose.sets.hi < was.dose.sets.hi and rx.dose.load_kg is not None:
            assert "load change waits" not in text_of(rx.reason), (week, rx)


@pytest.mark.parametrize("athlete", ["gym-intermediate-lifts", "gym-advanced-lifts"])
@pytest.mark.parametrize("season", list(SEASONS))
def test_a_known_lifts_first_heavy_dose_is_honest_to_it_regression(
    athlete: str, season: str
) -> None:
    # 100 kg x 5 at 2 in reserve, then "3-4 @ 100 kg, 2-3 RIR": easier than the test set.
    block = _block(athlete, season)
    for name, lift in ATHLETES[athlete].lifts.items():
        first = next(
            rx
            for plan, phase in zip(block.weeks, block.phases, strict=True)
            if phase is rs.Phase.strength
            for s in plan.sessions
            for rx in s.exercises
            if rx.exercise == name and "of the 1RM your" in text_of(rx.reason)
        )
        dose = first.dose
        assert dose.load_kg is not None
        assert dose.rir is not None
        one_rm = rs.estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        # Rounded down to what the item makes: at most one 2.5 kg step under the chart.
        low = rs.load_for(one_rm, dose.amount.hi, rir=dose.rir.lo) - 2.5
        high = rs.load_for(one_rm, dose.amount.lo, rir=dose.rir.lo)
        assert low <= dose.load_kg <= high, (name, dose, low, high)
        if dose.amount.hi + dose.rir.lo < lift.reps + lift.rir:
            assert dose.load_kg > lift.load_kg, (name, dose)


def test_the_advanced_squat_climbs_from_its_known_lift_regression() -> None:
    block = _block("gym-advanced-lifts", "half")
    loads: list[float] = [
        rx.dose.load_kg
        for plan, phase in zip(block.weeks, block.phases, strict=True)
        if phase in (rs.Phase.strength, rs.Phase.power)
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == "back_squat" and rx.dose.load_kg is not None
    ]
    # From last week's 95 kg x 8 (2 in reserve), which points to a higher 1RM than the
    # reported 100 kg x 5: up at most 10 % in the week the reps fall to 3-4 (it took
    # 105 kg once, 10.5 % above the week before, counted from the reported lift).
    assert loads[0] == 102.5
    assert loads == sorted(loads)
    # Planned ahead with no logs, the load stays there; the logs raise it.
    assert loads[-1] == 102.5


def test_a_high_load_cites_what_fits_it_regression() -> None:
    block = _block("gym-advanced-lifts", "half")
    lifts = ADVANCED_WITH_LIFTS.lifts
    for plan in block.weeks:
        for s in plan.sessions:
            for rx in s.exercises:
                load = rx.dose.load_kg
                lift = lifts.get(rx.exercise, lifts["back_squat"])
                one_rm = rs.estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
                if "Eihara" in text_of(rx.reason):
                    assert load is not None
                    assert load / one_rm >= 0.895, rx
                if "Llanos-Lagos" in text_of(rx.reason):
                    assert load is not None
                    assert load / one_rm >= 0.795, rx
    first = next(
        rx for s in block.weeks[1].sessions for rx in s.exercises if rx.exercise == "back_squat"
    )
    assert "Llanos-Lagos et al. 2024" in text_of(first.reason)
    assert "Eihara" not in text_of(first.reason)


def _easier(new: str, old: str) -> bool:
    exercise = CATALOG.get(new)
    return exercise is not None and (exercise.easier == old or CATALOG[old].harder == new)


@pytest.mark.parametrize(("athlete", "season"), CASES)
def test_a_harder_main_lift_keeps_last_weeks_reps_in_its_first_week_regression(
    athlete: str, season: str
) -> None:
    # Goblet squat 8-12 at 2-3 RIR, tempo 2-1-1, then back squat 5-8 at 1-2 RIR, no tempo.
    # Where the phase goes on next week, so the heavier target can come then.
    block = _block(athlete, season)
    phases = block.phases
    for index, (before, plan) in enumerate(itertools.pairwise(block.weeks), start=1):
        if index + 1 >= len(phases) or phases[index + 1] is not phases[index]:
            continue
        for s in plan.sessions:
            if s.focus is not rs.Focus.strength or not s.exercises:
                continue
            last = next((x for x in before.sessions if x.focus is s.focus), None)
            if last is None or not last.exercises:
                continue
            new, old = s.exercises[0], last.exercises[0]
            if not _easier(new.exercise, old.exercise) or new.dose.load_kg is not None:
                continue
            if CATALOG[new.exercise].patterns & {rs.Pattern.calf}:
                continue
            assert new.dose.amount == old.dose.amount, (new, old)
            assert new.dose.rir == old.dose.rir, (new, old)


def test_the_first_barbell_week_changes_only_the_lift_regression() -> None:
    block = _block("gym-intermediate", "marathon")
    squats = [
        (index, rx)
        for index, plan in enumerate(block.weeks)
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == "back_squat"
    ]
    assert squats
    index, first = squats[0]
    goblet = next(
        rx
        for s in block.weeks[index - 1].sessions
        for rx in s.exercises
        if rx.exercise == "goblet_squat"
    )
    assert (first.dose.amount, first.dose.rir, first.dose.tempo) == (
        goblet.dose.amount,
        goblet.dose.rir,
        goblet.dose.tempo,
    )
    assert "heavier target comes next week" in text_of(first.reason)
    later = squats[1][1]
    assert later.dose.amount.hi < first.dose.amount.hi  # then the heavier target


@pytest.mark.parametrize(("athlete", "season"), CASES)
def test_heavy_sets_rest_at_least_150_seconds_regression(athlete: str, season: str) -> None:
    # "back_squat: 4 x 4-6, rest 90-120 s, 1-2 RIR": the later sets turn into grinding.
    block = _block(athlete, season)
    found = 0
    for plan in block.weeks:
        for s in plan.sessions:
            for rx in s.exercises:
                exercise = CATALOG[rx.exercise]
                dose = rx.dose
                if (
                    dose.unit == "reps"
                    and dose.amount.hi <= 6
                    and dose.rir is not None
                    and dose.rir.lo <= 2
                    and (dose.load_kg is not None or rx.choose_load)
                    and is_two_legged_squat_or_hinge(exercise)
                    and not exercise.plyometric
                ):
                    found += 1
                    assert dose.rest_seconds.lo >= 150, (rx.exercise, str(dose))
    if athlete.startswith("gym") and season == "marathon":
        assert found


@pytest.mark.parametrize(("athlete", "season"), CASES)
def test_heavy_rest_keeps_the_session_within_its_minutes(athlete: str, season: str) -> None:
    block = _block(athlete, season)
    found = rs.validate_block(block, ATHLETES[athlete])
    assert not [v for v in found if v.code == "RS203" or v.severity is rs.Severity.error]


@pytest.mark.parametrize(("athlete", "season"), CASES)
def test_a_power_week_has_no_more_hard_sets_than_the_last_strength_week_regression(
    athlete: str, season: str
) -> None:
    # Sets 19, 19, 20 and then 20, 21 in the power phase: jumps added, nothing taken away.
    block = _block(athlete, season)
    strength = None
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        if phase is rs.Phase.strength:
            strength = rs.week_volume(plan)
        elif phase is rs.Phase.power and strength is not None:
            assert rs.week_volume(plan) <= strength, (strength, rs.week_volume(plan))


def test_a_week_whose_only_session_goes_keeps_its_phase_regression() -> None:
    # Race week's only session went (an error rule) and the week lost its phase: None.
    athlete = rs.Athlete(
        level="beginner",
        equipment=[],
        available_days=["mon"],
        sessions_per_week=1,
        session_minutes=10,
        injuries=["achilles"],
    )
    weeks = [rs.RunningWeek()] * 5 + [rs.RunningWeek(sun="race")]
    block = rs.build_block(athlete, weeks)
    assert [plan.phase for plan in block.weeks] == list(block.phases)
