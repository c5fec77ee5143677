"""What a coach expects of a season: forecast blocks and a season planned week by week."""

from __future__ import annotations

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of, texts
from runstrength._plan.shaping import is_main_lift
from tests.season.athletes import ADVANCED_WITH_LIFTS

RUN = rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 110))
LATE = rs.RunningWeek(tue="intervals", thu="easy", sun=rs.Run("long", 80))
RACE = rs.RunningWeek(tue="easy", thu="easy", sat="race")
ADVANCED = ADVANCED_WITH_LIFTS


def _block_c() -> rs.Block:
    return rs.build_block(ADVANCED, [RUN] * 6 + [LATE, RACE])


def _main_lift(plan: rs.WeekPlan) -> rs.Prescription | None:
    catalog = default_catalog()
    for session in plan.sessions:
        for rx in session.exercises:
            if is_main_lift(catalog.get(rx.exercise), session.focus):
                return rx
    return None


def test_the_taper_keeps_two_sets_of_the_main_lift_at_its_load() -> None:
    # The taper cut the back squat to one set (and once removed it): Bosquet et al. 2007
    # keep the intensity and cut the volume, so the cut comes from the accessories.
    block = _block_c()
    tapers = [i for i, p in enumerate(block.phases) if p is rs.Phase.taper]
    assert tapers
    for index in tapers:
        before = _main_lift(block.weeks[index - 1])
        main = _main_lift(block.weeks[index])
        assert before is not None
        assert main is not None
        assert main.exercise == before.exercise
        assert main.dose.sets.lo >= 2
        assert main.dose.load_kg == before.dose.load_kg
        extra = [
            rx
            for session in block.weeks[index].sessions
            for rx in session.exercises
            if rx.exercise != main.exercise
        ]
        assert all(rx.dose.sets.lo <= main.dose.sets.lo for rx in extra)
    assert not [v for v in rs.validate_block(block, ADVANCED) if v.code == "RS407"]


MARATHON = [
    rs.RunningWeek(
        tue="intervals", wed="easy", thu="tempo", sat="easy", sun=rs.Run("long", 100 + 8 * i)
    )
    for i in range(13)
] + [
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 90)),
    rs.RunningWeek(tue="tempo", thu="easy", sun=rs.Run("long", 80)),
    rs.RunningWeek(tue="easy", thu="easy", sun="race"),
]
BEGINNER_RUN = [
    rs.RunningWeek(tue="easy", thu="easy", sat=rs.Run("long", 50 + 3 * i)) for i in range(11)
] + [rs.RunningWeek(tue="easy", sat="race")]
WORDS = {
    "Deload week:": rs.Phase.deload,
    "Taper:": rs.Phase.taper,
    "Power phase:": rs.Phase.power,
    "Strength phase:": rs.Phase.strength,
    "Maintenance phase:": rs.Phase.maintenance,
}


def _review_blocks() -> list[tuple[rs.Athlete, rs.Block]]:
    gym = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45, goals=["endurance"])
    beginner = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
    return [
        (gym, rs.build_block(gym, MARATHON)),
        (beginner, rs.build_block(beginner, BEGINNER_RUN)),
        (ADVANCED, _block_c()),
    ]


def test_every_reason_is_about_this_week() -> None:
    # Reasons carried over from last week: "Deload week: 2 to 1 sets" beside two sets,
    # "Power phase" in a taper, "92.5 kg" beside 97.5 kg.
    for _, block in _review_blocks():
        for index in range(1, len(block.weeks)):
            plan, phase = block.weeks[index], block.phases[index]
            before = {
                rx.exercise: rx
                for session in block.weeks[index - 1].sessions
                for rx in session.exercises
            }
            for session in plan.sessions:
                for rx in session.exercises:
                    for words, owner in WORDS.items():
                        assert not text_of(rx.reason).startswith(words) or owner is phase, (
                            index,
                            rx,
                        )
                    old = before.get(rx.exercise)
                    if old is not None and old.dose == rx.dose:
                        assert " to " not in text_of(rx.reason).split(".")[
                            0
                        ] or "sets" not in text_of(rx.reason)
                    load = rx.dose.load_kg
                    if "from your" in text_of(rx.reason) and load is not None:
                        assert f"{load:g} kg (" in text_of(rx.reason), (index, rx)


def test_a_week_sentence_promises_no_jumps_it_lacks() -> None:
    catalog = default_catalog()
    for _, block in _review_blocks():
        for plan, why in zip(block.weeks, texts(block.reasons), strict=True):
            jumps = any(
                catalog[rx.exercise].plyometric for s in plan.sessions for rx in s.exercises
            )
            assert jumps or "jumps" not in why


def test_an_advanced_lifter_is_not_told_to_learn_the_movements() -> None:
    block = _block_c()
    assert not [why for why in texts(block.reasons) if "learn the movements" in why]


def test_an_advanced_strength_phase_lifts_heavy_from_the_known_lift() -> None:
    # The back squat stayed 4 × 6–8 at 75–79 % of the 1RM the athlete's own lift gives.
    block = _block_c()
    lift = ADVANCED.lifts["back_squat"]
    one_rm = rs.estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
    strength = [i for i, p in enumerate(block.phases) if p is rs.Phase.strength]
    assert strength
    for index in strength:
        squat = next(
            rx
            for s in block.weeks[index].sessions
            for rx in s.exercises
            if rx.exercise == "back_squat"
        )
        # 3-4 reps with 2 or more in reserve: the top of the range never grinds to failure.
        assert squat.dose.reps == rs.IntRange(3, 4)
        assert squat.dose.rir is not None
        assert squat.dose.rir.lo == 2
        assert squat.dose.load_kg is not None
        # About 80-90 %: the first heavy week starts at most 10 % above the week before.
        assert 0.80 <= squat.dose.load_kg / one_rm <= 0.92
        assert squat.dose.rest_seconds == rs.IntRange(180, 300)
    assert not [v for v in rs.validate_block(block, ADVANCED) if v.severity is rs.Severity.error]


def test_an_intermediate_with_a_known_squat_lifts_five_to_six_reps() -> None:
    athlete = rs.Athlete(
        level="intermediate",
        equipment="gym",
        session_minutes=60,
        lifts={
            "back_squat": rs.Lift(load_kg=80, reps=8, rir=2),
            "goblet_squat": rs.Lift(load_kg=24, reps=10, rir=2),
            "front_squat": rs.Lift(load_kg=60, reps=8, rir=2),
        },
    )
    block = rs.build_block(athlete, [RUN] * 11 + [RACE])
    doses = [
        rx.dose
        for plan, phase in zip(block.weeks, block.phases, strict=True)
        if phase is rs.Phase.strength
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise in athlete.lifts
    ]
    assert doses
    # The first strength week after a deload brings the sets back; the heavy dose follows.
    assert all(d.reps == rs.IntRange(5, 6) for d in doses[1:])
    assert not [v for v in rs.validate_block(block, athlete) if v.severity is rs.Severity.error]


def test_an_eight_week_block_has_no_calendar_deload_and_its_power_week_jumps() -> None:
    # Block C: "every 4th training week is lighter" while the running had no cut-back, and
    # a power phase whose only jump was the light day's single pogo set.
    block = _block_c()
    assert rs.Phase.deload not in block.phases
    catalog = default_catalog()
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        if phase is rs.Phase.power:
            jumps = [
                rx for s in plan.sessions for rx in s.exercises if catalog[rx.exercise].plyometric
            ]
            assert sum(rx.dose.sets.lo for rx in jumps) >= 2


def test_race_week_never_asks_more_than_the_taper_week_before_it() -> None:
    # Block B: a beginner's race week held 5 sets after a 4-set taper.
    for _, block in _review_blocks():
        for index, phase in enumerate(block.phases):
            if phase is rs.Phase.race and index and block.phases[index - 1] is rs.Phase.taper:
                before = rs.week_volume(block.weeks[index - 1])
                assert rs.week_volume(block.weeks[index]) <= before


def _season_logged_at(kg: float, weeks: int) -> list[rs.WeekPlan]:
    """``weeks`` weeks of next_week, every set done as planned, chosen loads at ``kg``."""
    athlete = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45)
    normal = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
    season = [normal] * 11 + [rs.RunningWeek(tue="easy", thu="easy", sun="race")]
    history: list[rs.WeekRecord] = []
    plans = []
    for number in range(weeks):
        plan = rs.next_week(athlete, season[number], history=history, upcoming=season[number + 1 :])
        plans.append(plan)
        logs = []
        for rx in (rx for s in plan.sessions for rx in s.exercises):
            load = rx.dose.load_kg or (kg if rx.choose_load else None)
            rir = None if rx.dose.rir is None else rx.dose.rir.lo
            one = rs.SetLog(**{rx.dose.unit: rx.dose.amount.hi}, load_kg=load, rir=rir)
            logs.append(rs.ExerciseLog(exercise=rx.exercise, sets=[one] * rx.dose.sets.lo))
        history.append(rs.WeekRecord(season[number], plan, logs))
    return plans


def test_a_logged_load_on_a_main_lift_is_recorded_and_never_lost_regression() -> None:
    # A season's Romanian deadlift, logged at 40 kg from week 1, stayed "choose a load"
    # for weeks, then lost both the load and the "choose" flag when a load change waited
    # a week, and was planned at bodyweight from then on.
    plans = _season_logged_at(40.0, 7)
    loaded = [
        rx
        for plan in plans[1:]
        for s in plan.sessions
        for rx in s.exercises
        if rx.exercise == "romanian_deadlift"
    ]
    assert loaded
    assert all(rx.dose.load_kg is not None and rx.dose.load_kg >= 40.0 for rx in loaded)
    for plan in plans:
        for rx in (rx for s in plan.sessions for rx in s.exercises):
            exercise = rs.default_catalog()[rx.exercise]
            if rs.Pattern.hinge in exercise.patterns and exercise.id == "romanian_deadlift":
                assert rx.dose.load_kg is not None or rx.choose_load
