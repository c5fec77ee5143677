"""The week planner: examples a coach would check, and properties over every valid input.

Source ids in comments refer to the articles in the project's source set (000-004).
"""

from __future__ import annotations

import doctest
import itertools
import re
from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import text_of
from runstrength._model.reason import texts as said_texts

CAT = rs.default_catalog()
BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced
STRENGTH, LIGHT = rs.Focus.strength, rs.Focus.light
D = rs.Weekday
BARBELL_ONLY = frozenset({rs.Equipment.barbell, rs.Equipment.squat_rack})


def week(**days: str | list[str]) -> rs.RunningWeek:
    return rs.RunningWeek.from_days(days)


# A typical five-run week: easy Monday, intervals Tuesday, easy Wednesday and Thursday, and
# the long run on Sunday.
WEEK = week(mon="easy", tue="intervals", wed="easy", thu="easy", sun="long")
# The docstring's week: the easy runs fall on Monday, Thursday and Saturday.
WEEK_SAT_EASY = week(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
# Two key runs and recovery runs between them.
HARD_WEEK = week(
    mon="recovery",
    tue="intervals",
    wed="recovery",
    thu="tempo",
    fri="recovery",
    sat="easy",
    sun="long",
)
RACE_SUNDAY = week(mon="easy", tue="intervals", thu="easy", sat="easy", sun="race")
RACE_WEDNESDAY = week(mon="easy", tue="easy", wed="race", thu="easy", fri="easy", sun="long")

INT_GYM = rs.Athlete(level=INT, equipment="gym")


def ids(plan: rs.WeekPlan) -> set[str]:
    return {p.exercise for s in plan.sessions for p in s.exercises}


def exercises(plan: rs.WeekPlan) -> list[rs.Exercise]:
    return [CAT[i] for i in sorted(ids(plan))]


def days_of(plan: rs.WeekPlan, focus: rs.Focus | None = None) -> list[rs.Weekday]:
    return [s.day for s in plan.sessions if focus is None or s.focus is focus]


def needs_barbell(exercise: rs.Exercise, equipment: Iterable[rs.Equipment]) -> bool:
    """Whether, with this kit, the exercise can only be done with a barbell (or rack)."""
    kit = frozenset(equipment)
    return any(group & kit and group & kit <= BARBELL_ONLY for group in exercise.equipment)


def sessions_adjacent(plan: rs.WeekPlan) -> bool:
    return any(a.gap(b) == 1 for a, b in itertools.combinations(days_of(plan), 2))


# --------------------------------------------------------------------------- coach's examples


@pytest.mark.parametrize("runs", [WEEK, WEEK_SAT_EASY, HARD_WEEK], ids=["wed", "sat", "hard"])
def test_intermediate_gym_week_has_one_strength_and_one_light_session(
    runs: rs.RunningWeek,
) -> None:
    plan = rs.build_week(INT_GYM, runs)
    assert sorted(str(s.focus) for s in plan.sessions) == ["light", "strength"]
    assert plan.shortfalls == ()
    # Saturday comes before Sunday's long run: never a strength session (RS101, 003).
    assert D.sat not in days_of(plan, STRENGTH)
    for s in plan.sessions:
        if runs.has_key_run(s.day):
            assert s.placement is rs.Placement.after_run  # strength after the run (RS102)
        if s.focus is STRENGTH:
            assert not runs.has_key_run(s.day.next)


def test_the_typical_week_puts_strength_after_the_intervals() -> None:
    plan = rs.build_week(INT_GYM, WEEK)
    assert [(s.day, s.focus, s.placement) for s in plan.sessions] == [
        (D.tue, STRENGTH, rs.Placement.after_run),
        (D.thu, LIGHT, rs.Placement.after_run),
    ]


def test_the_docstring_week_also_puts_strength_after_the_intervals() -> None:
    # Strength after Tuesday's intervals (the hard day stays hard), light after Thursday's
    # easy run: what 003 prefers.
    plan = rs.build_week(INT_GYM, WEEK_SAT_EASY)
    assert [(s.day, s.focus) for s in plan.sessions] == [(D.tue, STRENGTH), (D.thu, LIGHT)]


def test_build_week_docstring_example_holds() -> None:
    runner = doctest.DocTestRunner(verbose=False)
    for example in doctest.DocTestFinder().find(rs.build_week, "build_week", globs={}):
        runner.run(example, out=lambda _: None)
    assert runner.tries > 0
    assert runner.failures == 0


@pytest.mark.parametrize("kit", ["none", "home", "gym"])
def test_a_beginner_gets_one_session_without_jumps_or_barbells(kit: str) -> None:
    athlete = rs.Athlete(level=BEG, equipment=kit)
    plan = rs.build_week(athlete, WEEK)
    assert athlete.sessions_per_week == 1
    assert len(plan.sessions) == 1
    assert plan.shortfalls == ()
    for ex in exercises(plan):
        assert not ex.plyometric
        assert ex.level is BEG
        assert not needs_barbell(ex, athlete.equipment)
    # 003: not heavy squats, lunges, deadlifts and jumping all at once.
    assert rs.validate(plan, athlete, WEEK, rules=["RS303", "RS305"]) == ()


def test_a_beginner_with_only_a_barbell_gets_no_barbell_lifts() -> None:
    athlete = rs.Athlete(level=BEG, equipment={rs.Equipment.barbell, rs.Equipment.mini_band})
    plan = rs.build_week(athlete, WEEK)
    assert [e.id for e in exercises(plan) if needs_barbell(e, athlete.equipment)] == []


@pytest.mark.parametrize(
    ("runs", "race_day"), [(RACE_SUNDAY, D.sun), (RACE_WEDNESDAY, D.wed)], ids=["sun", "wed"]
)
@pytest.mark.parametrize("level", list(rs.Level))
def test_race_week_holds_at_most_one_light_session_away_from_the_race(
    runs: rs.RunningWeek, race_day: rs.Weekday, level: rs.Level
) -> None:
    athlete = rs.Athlete(level=level, equipment="gym", sessions_per_week=3)
    plan = rs.build_week(athlete, runs)
    assert len(plan.sessions) <= 1
    assert all(s.focus is LIGHT for s in plan.sessions)
    # Nothing the day before, on, or after the race (the week repeats: Monday follows Sunday).
    assert not {race_day.previous, race_day, race_day.next} & set(days_of(plan))
    assert any("race" in why.lower() for why in said_texts(plan.shortfalls))
    assert not any(e.plyometric for e in exercises(plan))  # fresh legs for the race
    assert rs.validate(plan, athlete, runs) == ()


def test_recovery_days_get_no_strength_session() -> None:
    for athlete in (INT_GYM, rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3)):
        plan = rs.build_week(athlete, HARD_WEEK)
        for day in days_of(plan, STRENGTH):
            assert rs.RunKind.recovery not in HARD_WEEK.kinds(day)
        assert len(days_of(plan, STRENGTH)) >= 1


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("runs", [WEEK, WEEK_SAT_EASY, HARD_WEEK], ids=["wed", "sat", "hard"])
def test_sessions_are_48_hours_apart_when_the_week_allows(count: int, runs: rs.RunningWeek) -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", sessions_per_week=count)
    plan = rs.build_week(athlete, runs)
    assert len(plan.sessions) == count
    assert not sessions_adjacent(plan)


HILLS_IDS = {"step_up", "lateral_step_up", "split_squat", "bulgarian_split_squat"}


@pytest.mark.parametrize("kit", ["none", "home", "gym"])
@pytest.mark.parametrize("level", list(rs.Level))
def test_hills_goal_brings_step_ups_or_split_squats(kit: str, level: rs.Level) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, goals={rs.Goal.hills})
    plan = rs.build_week(athlete, WEEK)
    assert ids(plan) & HILLS_IDS
    if rs.Equipment.step in athlete.equipment:
        # Only the step-up, a climb's single-leg drive, is said to serve the hills goal.
        assert any("hills" in text_of(p.reason) for s in plan.sessions for p in s.exercises)


@pytest.mark.parametrize("kit", ["home", "gym"])
@pytest.mark.parametrize("level", list(rs.Level))
def test_hills_goal_puts_the_step_up_in_the_strength_session(kit: str, level: rs.Level) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, goals={rs.Goal.hills})
    plan = rs.build_week(athlete, WEEK)
    strength = [s for s in plan.sessions if s.focus is rs.Focus.strength]
    assert all("step_up" in s.exercise_ids for s in strength), [s.exercise_ids for s in strength]
    for session in plan.sessions:
        for item in session.exercises:
            if "hills" in text_of(item.reason):
                assert "step_up" in item.exercise, item.exercise


@pytest.mark.parametrize("kit", ["none", "home", "gym"])
@pytest.mark.parametrize("level", [INT, ADV])
def test_speed_goal_brings_a_plyometric(kit: str, level: rs.Level) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, goals={rs.Goal.speed})
    plan = rs.build_week(athlete, WEEK)
    assert any(e.plyometric for e in exercises(plan))
    plain = rs.build_week(attrs.evolve(athlete, goals=set()), WEEK)
    assert not any(e.plyometric for e in exercises(plain) if e.level > INT)


def test_speed_goal_brings_no_jumps_to_a_beginner() -> None:
    athlete = rs.Athlete(level=BEG, equipment="gym", goals={rs.Goal.speed}, sessions_per_week=2)
    assert not any(e.plyometric for e in exercises(rs.build_week(athlete, WEEK)))


@pytest.mark.parametrize("kit", ["none", "home", "gym"])
@pytest.mark.parametrize("level", list(rs.Level))
def test_resilience_goal_brings_calf_soleus_and_hip_stability_work(
    kit: str, level: rs.Level
) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, goals={rs.Goal.resilience})
    plan = rs.build_week(athlete, WEEK)
    found = exercises(plan)
    assert any(rs.Pattern.calf in e.patterns for e in found)
    assert any(rs.Pattern.hip_stability in e.patterns for e in found)
    assert any(rs.Muscle.soleus in e.muscles for e in found)
    # At least as much calf and hip work as without the goal.

    def tissue_work(p: rs.WeekPlan) -> int:
        return sum(
            1
            for s in p.sessions
            for item in s.exercises
            if CAT[item.exercise].patterns & {rs.Pattern.calf, rs.Pattern.hip_stability}
        )

    plain = rs.build_week(attrs.evolve(athlete, goals=set()), WEEK)
    assert tissue_work(plan) >= tissue_work(plain)
    assert any("resilience" in text_of(p.reason) for s in plan.sessions for p in s.exercises)


def test_core_only_exercises_can_be_planned() -> None:
    # An exercise whose only pattern is ``core`` once had no movement family to count in.
    hollow = rs.Exercise(
        id="hollow_hold",
        name="Hollow hold",
        patterns=[rs.Pattern.core],
        primary=[rs.Muscle.core],
        level=BEG,
        doses={lv: rs.Dose(sets=2, seconds=20, rest_seconds=45) for lv in rs.Level},
    )
    catalog = CAT.extend([hollow])
    for level in rs.Level:
        plan = rs.build_week(rs.Athlete(level=level, equipment="none"), WEEK, catalog=catalog)
        assert plan.sessions


@pytest.mark.parametrize("injury", list(rs.Injury))
def test_injuries_remove_their_exercises(injury: rs.Injury) -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", goals={rs.Goal.speed}, injuries={injury})
    plan = rs.build_week(athlete, WEEK)
    assert len(plan.sessions) == 2
    for ex in exercises(plan):
        assert injury not in ex.avoid_with
    assert rs.validate(plan, athlete, WEEK) == ()


def test_a_sore_achilles_takes_the_jumps_out_of_a_speed_week() -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", goals={rs.Goal.speed})
    assert any(e.plyometric for e in exercises(rs.build_week(athlete, WEEK)))
    sore = attrs.evolve(athlete, injuries={rs.Injury.achilles})
    plan = rs.build_week(sore, WEEK)
    assert not any(e.plyometric for e in exercises(plan))
    assert "single_leg_eccentric_calf_raise" not in ids(plan)


@pytest.mark.parametrize("runs", [WEEK, HARD_WEEK, RACE_SUNDAY], ids=["week", "hard", "race"])
def test_every_session_and_every_day_has_its_reasons(runs: rs.RunningWeek) -> None:
    plan = rs.build_week(rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3), runs)
    for s in plan.sessions:
        assert s.reasons
        assert all(why.strip() for why in said_texts(s.reasons))
        assert s.reasons[0].text.startswith(s.day.title)
    assert [d.day for d in plan.decisions] == list(D)
    placed = {s.day: s.focus for s in plan.sessions}
    for decision in plan.decisions:
        assert text_of(decision.reason).strip()
        assert decision.focus == placed.get(decision.day)


def test_every_session_has_a_warm_up_and_a_cool_down() -> None:
    plan = rs.build_week(rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3), WEEK)
    for s in plan.sessions:
        assert s.warm_up is not None
        assert s.cool_down is not None
        assert s.warm_up.steps
        assert s.cool_down.steps
        assert s.warm_up.minutes.lo >= 3
    # 003: lighter practice sets before the heavier ones, in strength sessions.
    strength = next(s for s in plan.sessions if s.focus is STRENGTH)
    assert strength.warm_up is not None
    assert any("practice" in step for step in strength.warm_up.steps)


EXAMPLES = [
    pytest.param(INT_GYM, WEEK, id="intermediate-gym"),
    pytest.param(INT_GYM, WEEK_SAT_EASY, id="intermediate-gym-sat"),
    pytest.param(INT_GYM, HARD_WEEK, id="intermediate-gym-hard"),
    pytest.param(INT_GYM, RACE_SUNDAY, id="intermediate-race-sun"),
    pytest.param(INT_GYM, RACE_WEDNESDAY, id="intermediate-race-wed"),
    pytest.param(rs.Athlete(level=BEG, equipment="none"), WEEK, id="beginner-none"),
    pytest.param(rs.Athlete(level=BEG, equipment="home"), WEEK, id="beginner-home"),
    pytest.param(rs.Athlete(level=BEG, equipment="gym"), WEEK, id="beginner-gym"),
    pytest.param(rs.Athlete(level=INT, equipment="home"), WEEK, id="intermediate-home"),
    pytest.param(
        rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3), WEEK, id="advanced-3"
    ),
    pytest.param(
        rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3), HARD_WEEK, id="advanced-hard"
    ),
    pytest.param(rs.Athlete(level=INT, equipment="gym", goals={rs.Goal.hills}), WEEK, id="hills"),
    pytest.param(rs.Athlete(level=INT, equipment="gym", goals={rs.Goal.speed}), WEEK, id="speed"),
    pytest.param(
        rs.Athlete(level=INT, equipment="home", goals={rs.Goal.resilience}), WEEK, id="resilience"
    ),
    pytest.param(
        rs.Athlete(level=INT, equipment="gym", injuries={rs.Injury.knee, rs.Injury.achilles}),
        WEEK,
        id="injured",
    ),
]


@pytest.mark.parametrize(("athlete", "runs"), EXAMPLES)
def test_warnings_are_rare_the_examples_break_nothing_at_all(
    athlete: rs.Athlete, runs: rs.RunningWeek
) -> None:
    assert rs.validate(rs.build_week(athlete, runs), athlete, runs) == ()


def test_next_week_lets_sunday_take_a_session_before_an_easy_monday() -> None:
    runs = week(mon="intervals", wed="easy", fri="easy", sun="easy")
    alone = rs.build_week(INT_GYM, runs)
    assert D.sun not in days_of(alone, STRENGTH)  # this Monday's intervals follow Sunday
    easy_next = week(mon="easy")
    plan = rs.build_week(INT_GYM, runs, next_week=easy_next)
    assert rs.validate(plan, INT_GYM, runs, next_week=easy_next) == ()
    hard_next = week(mon="race")
    raced = rs.build_week(INT_GYM, runs, next_week=hard_next)
    assert D.sun not in days_of(raced)
    assert rs.validate(raced, INT_GYM, runs, next_week=hard_next) == ()


# --------------------------------------------------------------------------- coach-level checks


def test_goal_reasons_name_only_exercises_in_the_session() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", goals={rs.Goal.speed}, session_minutes=15)
    plan = rs.build_week(athlete, WEEK)
    for s in plan.sessions:
        names = {CAT[i].name for i in s.exercise_ids}
        for why in said_texts(s.reasons):
            if " serves the " in why:
                assert why.split(" serves the ")[0] in names, (s.day, why)


def test_no_jumps_right_after_a_long_run() -> None:
    athlete = rs.Athlete(
        level=INT, equipment="gym", goals={rs.Goal.speed}, available_days={D.wed, D.sun}
    )
    runs = week(mon="easy", wed="long", sun="long")
    plan = rs.build_week(athlete, runs)
    assert len(plan.sessions) == 2
    for s in plan.sessions:
        if rs.RunKind.long in runs.kinds(s.day):
            assert not [i for i in s.exercise_ids if CAT[i].plyometric], s.day


@pytest.mark.parametrize(
    "runs", [WEEK, HARD_WEEK, RACE_SUNDAY, week(tue="hills", fri="easy", sat="intervals")]
)
def test_reasons_read_as_english(runs: rs.RunningWeek) -> None:
    texts: list[str] = []
    for level in rs.Level:
        plan = rs.build_week(rs.Athlete(level=level, equipment="gym", sessions_per_week=3), runs)
        texts += [text_of(d.reason) for d in plan.decisions]
        texts += [why.text for s in plan.sessions for why in s.reasons]
        texts += [s.text for s in plan.shortfalls]
    assert texts
    assert not [t for t in texts if re.search(r"\b[Aa] [aeiou]", t)]


# --------------------------------------------------------------------------- properties

PROPERTY = settings(deadline=None)  # the first call reads the catalog; inherits the profile


@st.composite
def race_weeks_without_a_chance(draw: st.DrawFn) -> tuple[rs.Athlete, rs.RunningWeek]:
    """Impossible weeks: the athlete can only train the day before, of or after a race."""
    race = draw(st.sampled_from(D))
    # The day after a Sunday race is next week's Monday: this week's Monday is six days
    # before the race, not after it, so it stays a training day.
    around = [race.previous, race] + ([race.next] if race is not D.sun else [])
    days = draw(st.frozensets(st.sampled_from(around), min_size=1))
    athlete = attrs.evolve(draw(rst.athletes()), available_days=days)
    runs = draw(rst.running_weeks(race=False, max_runs_per_day=1))
    runs = attrs.evolve(runs, **{race.value: (rs.Run(rs.RunKind.race),)})
    return athlete, runs


def weeks_for() -> st.SearchStrategy[tuple[rs.Athlete, rs.RunningWeek]]:
    """Any athlete (every level, kit, injury mix, goal, 1-7 days, 1-3 sessions of 10-120
    minutes) with any week (0-2 runs a day, with or without a race), plus impossible weeks."""
    return st.one_of(
        st.tuples(rst.athletes(), rst.running_weeks()),
        st.tuples(rst.athletes(), rst.running_weeks(race=True)),
        st.tuples(rst.athletes(level=BEG), rst.running_weeks()),
        race_weeks_without_a_chance(),
    )


def check_plan(athlete: rs.Athlete, runs: rs.RunningWeek, plan: rs.WeekPlan) -> None:
    """Everything the contract promises about a plan from build_week."""
    errors = [v for v in rs.validate(plan, athlete, runs) if v.severity is rs.Severity.error]
    assert errors == []
    assert len(plan.sessions) <= athlete.sessions_per_week
    # A shortfall says why the week holds fewer sessions, or no strength session (003).
    no_strength = not runs.race_days and not any(s.focus is STRENGTH for s in plan.sessions)
    assert bool(plan.shortfalls) == (len(plan.sessions) < athlete.sessions_per_week or no_strength)
    assert [d.day for d in plan.decisions] == list(D)
    assert [s.day.rank for s in plan.sessions] == sorted({s.day.rank for s in plan.sessions})
    for s in plan.sessions:
        assert s.day in athlete.available_days
        assert len(set(s.exercise_ids)) == len(s.exercise_ids)
        assert s.reasons
        assert s.warm_up is not None
        assert s.cool_down is not None
        for exercise_id in s.exercise_ids:
            ex = CAT[exercise_id]
            assert ex.available_with(athlete.equipment)
            assert ex.suits(athlete.level)
            assert not ex.avoid_with & athlete.injuries
            assert not (ex.plyometric and athlete.level is BEG)
        if runs.race_days:
            assert s.focus is LIGHT
        if s.focus is STRENGTH:
            assert rs.RunKind.recovery not in runs.kinds(s.day)
        if runs.has_key_run(s.day):  # 003: no jumps on legs tired from a key run
            assert not any(CAT[i].plyometric for i in s.exercise_ids)


@PROPERTY
@given(weeks_for())
def test_build_week_keeps_every_promise(case: tuple[rs.Athlete, rs.RunningWeek]) -> None:
    athlete, runs = case
    plan = rs.build_week(athlete, runs)
    check_plan(athlete, runs, plan)
    assert rs.build_week(athlete, runs) == plan  # deterministic
    assert rs.from_json(rs.WeekPlan, rs.to_json(plan)) == plan


@PROPERTY
@given(race_weeks_without_a_chance())
def test_impossible_weeks_place_nothing_and_say_why(
    case: tuple[rs.Athlete, rs.RunningWeek],
) -> None:
    athlete, runs = case
    plan = rs.build_week(athlete, runs)
    assert plan.sessions == ()
    assert plan.shortfalls
    assert all(d.focus is None for d in plan.decisions)


@PROPERTY
@given(rst.athletes(), rst.running_weeks(race=False))
def test_a_race_next_monday_keeps_sunday_free(athlete: rs.Athlete, runs: rs.RunningWeek) -> None:
    nxt = week(mon="race")
    plan = rs.build_week(athlete, runs, next_week=nxt)
    assert D.sun not in days_of(plan)
    errors = [
        v
        for v in rs.validate(plan, athlete, runs, next_week=nxt)
        if v.severity is rs.Severity.error
    ]
    assert errors == []


def strength_allowed(athlete: rs.Athlete, runs: rs.RunningWeek, day: rs.Weekday) -> bool:
    """Whether the rules let a strength session go on ``day`` (RS101, RS104, RS107)."""
    return (
        day in athlete.available_days
        and rs.RunKind.recovery not in runs.kinds(day)
        and not runs.has_key_run(day.next)
    )


@PROPERTY
@given(rst.athletes(), rst.running_weeks(race=False))
def test_sessions_are_spread_whenever_the_week_allows(
    athlete: rs.Athlete, runs: rs.RunningWeek
) -> None:
    # "Allows": the same number of sessions, with as many strength sessions on days that
    # may take one, fits on days that are not back to back. (When spacing would cost a
    # strength session, the planner keeps the session and takes the RS105 warning.)
    plan = rs.build_week(athlete, runs)
    strength = len(days_of(plan, STRENGTH))
    days = sorted(athlete.available_days, key=lambda d: d.rank)
    spread = any(
        all(a.gap(b) >= 2 for a, b in itertools.combinations(combo, 2))
        and sum(strength_allowed(athlete, runs, d) for d in combo) >= strength
        for combo in itertools.combinations(days, len(plan.sessions))
    )
    if spread:
        assert not sessions_adjacent(plan)
