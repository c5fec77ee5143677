"""Nothing new in a deload or near a race: those weeks keep the exercises the runner knows."""

from __future__ import annotations

import itertools

import runstrength as rs
from runstrength._model.reason import parts_of, text_of
from runstrength._model.vocab import Injury
from runstrength._plan.familiar import FAMILIAR, familiar
from tests.season.athletes import ADVANCED_WITH_LIFTS
from tests.season.test_home_dumbbell_loads import season as dumbbell_season

CAT = rs.default_catalog()


def _week(**days: tuple[str, int]) -> rs.RunningWeek:
    return rs.RunningWeek(**{day: rs.Run(kind, minutes) for day, (kind, minutes) in days.items()})


HARD = _week(
    mon=("easy", 50), tue=("intervals", 70), thu=("tempo", 60), sat=("easy", 50), sun=("long", 110)
)
EASING = _week(tue=("intervals", 50), thu=("easy", 40), sun=("long", 80))
RACE = _week(tue=("easy", 40), thu=("easy", 30), sat=("race", 90))


def _rx(exercise: str) -> rs.Prescription:
    return rs.Prescription(exercise, CAT[exercise].dose_for(rs.Level.advanced))


def test_an_exercise_moved_on_from_comes_back_as_last_week_had_it() -> None:
    last = {"deficit_reverse_lunge": _rx("deficit_reverse_lunge")}
    items = [_rx("cossack_squat"), _rx("front_plank")]
    kept = familiar(items, {"cossack_squat": "deficit_reverse_lunge"}, last, frozenset(), CAT)
    assert [rx.exercise for rx in kept] == ["deficit_reverse_lunge", "front_plank"]
    assert kept[0] == last["deficit_reverse_lunge"]


def test_an_old_exercise_resting_after_sharp_pain_never_comes_back() -> None:
    last = {"romanian_deadlift": _rx("romanian_deadlift")}
    items = [_rx("hip_thrust")]
    rested = frozenset({Injury.hamstring})
    assert familiar(items, {"hip_thrust": "romanian_deadlift"}, last, rested, CAT) == items


def test_no_exercise_is_changed_for_another_in_the_weeks_before_a_half() -> None:
    # An advanced runner's light-day lunge held at its top used to become a Cossack squat
    # in the taper: a new movement nine days before the race.
    block = rs.build_block(ADVANCED_WITH_LIFTS, [HARD] * 6 + [EASING, RACE])
    for index, phase in enumerate(block.phases):
        if phase not in FAMILIAR or index == 0:
            continue
        before = {rx.exercise for s in block.weeks[index - 1].sessions for rx in s.exercises}
        for session in block.weeks[index].sessions:
            for rx in session.exercises:
                if rx.exercise in before or CAT[rx.exercise].plyometric:
                    continue  # known, or the power phase's own jumps
                plain = [p for p in parts_of(rx.reason) if p.code == "race_week.plain_variant"]
                if plain:
                    # race week's plain form of a deficit or eccentric move done before it
                    assert plain[0].params["instead"] in before, (index + 1, rx)
                    continue
                # the one short core hold a lighter week keeps when it has no core work
                assert text_of(rx.reason).startswith(
                    ("Core: one short hold", "Core: one short front-plank hold")
                ), (index + 1, phase, rx)


def _marathon_week(long_min: int, *, cut: bool = False) -> rs.RunningWeek:
    if cut:
        return _week(tue=("easy", 40), thu=("easy", 40), sat=("easy", 30), sun=("long", 60))
    return _week(
        tue=("intervals", 60), wed=("easy", 45), thu=("tempo", 50), sat=("easy", 40),
        sun=("long", long_min),
    )  # fmt: skip


_CUT_BACKS = [_marathon_week(100 + 8 * i, cut=(i + 1) % 4 == 0) for i in range(12)]
"""Twelve weeks of marathon running, every fourth a cut-back (a deload)."""

_NEW_WEEKS = (
    rs.Athlete(level="intermediate", equipment="gym", sessions_per_week=2, session_minutes=45),
    rs.Athlete(
        level="intermediate",
        equipment=["wall", "chair", "step", "dumbbell", "mini_band", "bench"],
        sessions_per_week=2,
        session_minutes=40,
    ),
)


def test_a_deload_week_brings_in_no_new_exercise_under_a_deload_reason() -> None:
    # A deload's light day held a lateral step-up never done before ("Deload week: 8–10
    # reps rather than 8–12"), and a standing calf raise became a single-leg one in the
    # deload itself ("Deload week: 2 sets to 1").
    for athlete in _NEW_WEEKS:
        block = rs.build_block(athlete, _CUT_BACKS)
        deloads = [i for i, phase in enumerate(block.phases) if phase is rs.Phase.deload]
        assert deloads
        for index in deloads:
            before = {rx.exercise for s in block.weeks[index - 1].sessions for rx in s.exercises}
            for session in block.weeks[index].sessions:
                for rx in session.exercises:
                    if text_of(rx.reason).startswith("Deload week"):
                        assert rx.exercise in before, (index + 1, rx)
                    assert rx.exercise in before or text_of(rx.reason).startswith(
                        ("Core: one short hold", "Core: one short front-plank hold")
                    ), (index + 1, rx)


def test_the_main_lift_moves_on_when_a_deload_keeps_last_weeks_moves() -> None:
    # A calf variation kept out of the deload came in a week later, and its changed load
    # left trim no accessory set to take: the main lift's planned extra set was cut back
    # ("Held at 3 sets") week after week, its reps never rising. The extra set is planned
    # only where sets of unchanged accessories make room, so the lift progresses instead.
    plans = dumbbell_season()
    main = [next(iter(plan.sessions[0].exercises)) for plan in plans]
    held = [text_of(rx.reason).startswith("Held at") for rx in main]
    assert not any(a and b for a, b in itertools.pairwise(held)), held
    loads = [rx.dose.load_kg for rx in main if rx.dose.load_kg is not None]
    assert loads[-1] >= loads[0] + 4, loads
