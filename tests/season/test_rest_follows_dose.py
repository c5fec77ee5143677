"""Rest that follows the dose as printed: heavy lines rest long, eased ones never rise.

A taper's fewer reps at the same load, race week's easier sets and a race-week swap are
no heavier work, so their rest never rises; a heavy line rests as its reps and reserve
ask whichever edit made it heavy (ACSM 2009: 2–3 minutes at heavier loads).
"""

from __future__ import annotations

import functools
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import given, settings

import runstrength as rs
from runstrength._model.reason import parts_of, text_of
from runstrength._plan.heavysets import ordinary_rest, rest_follows
from runstrength._plan.raceload import halved
from runstrength._plan.shaping import is_two_legged_squat_or_hinge
from tests.season.athletes import ADVANCED_WITH_LIFTS, BLOCK_A, block_a_running
from tests.season.test_small_winces import _block_c

CATALOG = rs.default_catalog()

SHARP = rs.RunningWeek(
    mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110)
)
LATE = rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80))
RACE = rs.RunningWeek(tue="easy", thu="easy", sat="race")
FULL = rs.RunningWeek(tue="intervals", wed="easy", thu="tempo", sat="easy", sun=rs.Run("long", 120))
CUT = rs.RunningWeek(tue="easy", thu="easy", sat="easy", sun=rs.Run("long", 70))

ATHLETES = {
    "advanced-lifts": ADVANCED_WITH_LIFTS,
    "gym-intermediate": rs.Athlete(
        level="intermediate", equipment="gym", session_minutes=45, goals=["endurance"]
    ),
    "home-dumbbells": rs.Athlete(
        level="intermediate",
        equipment=["wall", "chair", "step", "dumbbell", "mini_band", "bench"],
        session_minutes=40,
    ),
    "gym-advanced": rs.Athlete(level="advanced", equipment="gym", session_minutes=60),
}

SEASONS = {
    "half": (SHARP,) * 5 + (LATE, LATE, RACE),
    "marathon": (*(CUT if n in (4, 8) else FULL for n in range(1, 12)), RACE),
}

_SPEED_HALF = rs.Athlete(
    level="advanced",
    equipment="gym",
    session_minutes=60,
    goals=["speed"],
    lifts={
        "back_squat": rs.Lift(load_kg=100, reps=5, rir=2),
        "romanian_deadlift": rs.Lift(load_kg=80, reps=8, rir=2),
    },
)


@functools.cache
def _block(athlete: str, season: str) -> rs.Block:
    return rs.build_block(ATHLETES[athlete], list(SEASONS[season]))


def _loaded(rx: rs.Prescription) -> bool:
    dose = rx.dose
    return (
        dose.unit == "reps"
        and dose.rir is not None
        and (dose.load_kg is not None or rx.choose_load)
        and not CATALOG[rx.exercise].plyometric
    )


def _earlier_rest(block: rs.Block, index: int, exercise: str) -> rs.IntRange | None:
    """The exercise's rest in the last training week before ``index`` that held it."""
    for plan in reversed(block.weeks[:index]):
        if plan.phase in (rs.Phase.taper, rs.Phase.race):
            continue
        for s in plan.sessions:
            for rx in s.exercises:
                if rx.exercise == exercise:
                    return rx.dose.rest_seconds
    return None


def test_a_taper_or_race_week_never_raises_the_rest_regression() -> None:
    # Block C wks 6-7 "deficit_reverse_lunge 1 × 6-8, rest 120-180 s" (60-90 s at 6-10
    # before), wk 8 "reverse_lunge 1 × 7 ... 3-4 RIR, rest 120-180 s".
    weeks = [SHARP] * 5 + [LATE, LATE, RACE]
    block = rs.build_block(_SPEED_HALF, weeks)
    for index, plan in enumerate(block.weeks):
        if plan.phase not in (rs.Phase.taper, rs.Phase.race):
            continue
        for s in plan.sessions:
            for rx in s.exercises:
                if not _loaded(rx) or rx.dose.rir is None or rx.dose.rir.hi <= 2:
                    continue
                exercise = CATALOG[rx.exercise]
                ordinary = ordinary_rest(exercise, _SPEED_HALF.level)
                earlier = _earlier_rest(block, index, rx.exercise)
                cap = ordinary if earlier is None or rx.dose.rir.lo >= 3 else earlier
                assert rx.dose.rest_seconds.lo <= max(cap.lo, ordinary.lo), (
                    index + 1,
                    rx.exercise,
                    str(rx.dose),
                )


def test_heavy_single_leg_sets_rest_two_to_three_minutes_regression() -> None:
    # Loop D wk 11 "BSS 2 × 5-8 @ 10 kg, 1-3 RIR, rest 90-150 s" where the same dose in
    # wk 7 rested 120-180 s: rest follows the dose as printed, whichever edit made it.
    bss = rs.Prescription(
        "bulgarian_split_squat",
        rs.Dose(sets=2, reps=(5, 8), rir=(1, 3), rest_seconds=(90, 150), load_kg=10),
    )
    exercise = CATALOG["bulgarian_split_squat"]
    assert str(rest_follows(bss, exercise, 40).dose.rest_seconds) == "120–180"
    heavy = rs.Prescription(
        "bulgarian_split_squat",
        rs.Dose(sets=2, reps=(5, 8), rir=(1, 2), rest_seconds=(90, 150), load_kg=10),
    )
    assert str(rest_follows(heavy, exercise, 45).dose.rest_seconds) == "120–180"


def test_a_heavy_rest_carried_into_lighter_sets_goes_back_regression() -> None:
    # A week after a heavy week, "2 × 7-10 @ 10 kg, 1-3 RIR" kept the heavy week's rest.
    carried = rs.Prescription(
        "bulgarian_split_squat",
        rs.Dose(sets=2, reps=(7, 10), rir=(1, 3), rest_seconds=(120, 180), load_kg=10),
    )
    exercise = CATALOG["bulgarian_split_squat"]
    assert str(rest_follows(carried, exercise, 40).dose.rest_seconds) == "90–150"


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(sorted(ATHLETES)), st.sampled_from(sorted(SEASONS)))
def test_printed_heavy_lines_rest_long_and_eased_ones_never_rise_regression(
    athlete: str, season: str
) -> None:
    block = _block(athlete, season)
    minutes = ATHLETES[athlete].session_minutes
    level = ATHLETES[athlete].level
    for index, plan in enumerate(block.weeks):
        for s in plan.sessions:
            for rx in s.exercises:
                if not _loaded(rx):
                    continue
                dose = rx.dose
                assert dose.rir is not None
                exercise = CATALOG[rx.exercise]
                rest = dose.rest_seconds
                if dose.amount.hi <= 8 and dose.rir.hi <= 2 and minutes >= 40:
                    least = 150 if is_two_legged_squat_or_hinge(exercise) else 120
                    assert rest.lo >= least, (index + 1, rx.exercise, str(dose))
                if plan.phase in (rs.Phase.taper, rs.Phase.race) and dose.rir.lo >= 3:
                    ordinary = ordinary_rest(exercise, level)
                    assert rest.lo <= ordinary.lo, (index + 1, rx.exercise, str(dose))


def _race_holds(block: rs.Block) -> list[tuple[int, rs.Prescription, bool]]:
    """Each race week's hold, with whether the exercise was done in an earlier week."""
    out: list[tuple[int, rs.Prescription, bool]] = []
    for index, plan in enumerate(block.weeks):
        if plan.phase is not rs.Phase.race:
            continue
        done = {rx.exercise for p in block.weeks[:index] for s in p.sessions for rx in s.exercises}
        out.extend(
            (index + 1, rx, rx.exercise in done)
            for s in plan.sessions
            for rx in s.exercises
            if rx.dose.unit == "seconds"
        )
    return out


def test_a_new_race_week_hold_quotes_no_usual_time_regression() -> None:
    # Block A wk 10, Block C wk 8: "front_plank 1 × 10 s ... about half the usual 20-30 s"
    # where the front plank is new that week.
    gym = BLOCK_A
    blocks = [
        rs.build_block(gym, block_a_running()),
        rs.build_block(_SPEED_HALF, _block_c()),
    ]
    new_holds = 0
    for block in blocks:
        for week, rx, done in _race_holds(block):
            if not done:
                new_holds += 1
                assert "usual" not in text_of(rx.reason), (week, rx.exercise, text_of(rx.reason))
    assert new_holds


def test_a_new_race_week_hold_is_one_short_hold() -> None:
    plank = rs.Prescription("side_plank", rs.Dose(sets=1, seconds=(20, 30), rest_seconds=(30, 60)))
    assert text_of(halved(plank, new=True).reason) == (
        "Race week: one short 10-s hold, so the legs are fresh."
    )
    assert "usual 20–30 s" in text_of(halved(plank).reason)


def test_an_achilles_calf_says_why_it_keeps_its_tempo_in_race_week_regression() -> None:
    # Final Surge 03-10: "bent_knee_calf_raise 1 × 15, tempo 3-0-3" in race week, with
    # nothing on the line saying the slow lowering is the Achilles' exception.
    athlete = rs.Athlete(
        level="intermediate",
        equipment=["dumbbell", "step", "mini_band", "wall"],
        injuries=["achilles"],
    )
    data = (Path(__file__).parents[1] / "fixtures" / "calendars" / "finalsurge.ics").read_bytes()
    weeks, report = rs.read_running_calendar(data)
    block = rs.build_block(athlete, weeks, calendar=report)
    slow = [
        rx
        for plan in block.weeks
        if plan.phase is rs.Phase.race
        for s in plan.sessions
        for rx in s.exercises
        if rx.dose.tempo is not None and rx.dose.tempo.eccentric >= 3
    ]
    assert slow
    for rx in slow:
        codes = [part.code for part in parts_of(rx.reason)]
        assert "race_week.achilles_tempo_kept" in codes, (rx.exercise, text_of(rx.reason))
        assert "exercise.achilles.tempo" not in codes


def test_the_light_day_leaves_race_week_effort_after_the_tune_up_regression() -> None:
    # Block A wks 11-15: every light line at 3-4 RIR, three weeks after the tune-up race.
    gym = BLOCK_A
    block = rs.build_block(gym, block_a_running())
    race = block.phases.index(rs.Phase.race)
    training = [
        index
        for index in range(race + 2, len(block.weeks))
        if block.phases[index] in (rs.Phase.power, rs.Phase.strength, rs.Phase.general)
    ]
    assert training
    first = block.weeks[training[0]]
    light = [rx for s in first.sessions if s.focus is rs.Focus.light for rx in s.exercises]
    assert [rx for rx in light if rx.dose.rir is not None]
    before = {rx.exercise for s in block.weeks[training[0] - 1].sessions for rx in s.exercises}
    for rx in light:
        if rx.dose.rir is not None:
            assert rx.dose.rir.lo <= 2, (training[0] + 1, rx.exercise, str(rx.dose))
            # A line changed from last week says its effort came back; one the deload left
            # out comes back whole, at its dose before the lighter weeks, and says so.
            said = "in reserve" if rx.exercise in before else "at its dose before them"
            assert said in text_of(rx.reason), rx.reason
