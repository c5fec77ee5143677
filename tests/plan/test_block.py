"""build_block: phases, progression one variable at a time, deloads, tapers and ramps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import text_of
from runstrength._model.reason import texts as said_texts
from runstrength._rules.progression import changed_variables
from runstrength.plot import weekly_hard_sets

GYM = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
RACE = rs.RunningWeek(tue="easy", thu="easy", sun="race")


def _errors(block: rs.Block, athlete: rs.Athlete) -> list[rs.Violation]:
    found = []
    for index, (plan, week) in enumerate(zip(block.weeks, block.running, strict=True)):
        nxt = block.running[index + 1] if index + 1 < len(block.running) else None
        found += [
            v
            for v in rs.validate(plan, athlete, week, next_week=nxt)
            if v.severity is rs.Severity.error
        ]
    return found


def _changed(a: rs.Prescription, b: rs.Prescription) -> set[str]:
    """The progression variables that differ, as RS401 counts them.

    A slower tempo traded for reps (a set taking no longer) is one change, of tempo, and a
    heavier load for a lower range one change, of load.
    """
    return set(changed_variables(a, b))


def test_a_twelve_week_race_block_has_its_phases() -> None:
    block = rs.build_block(GYM, [WEEK] * 11 + [RACE])
    phases = [str(p) for p in block.phases]
    assert phases == ["general"] * 3 + ["deload"] + ["strength"] * 3 + ["deload"] + [
        "power",
        "taper",
        "taper",
        "race",
    ]
    assert len(block.reasons) == 12
    assert "Deload" in block.reasons[3].text
    assert "Race week" in block.reasons[-1].text
    assert not _errors(block, GYM)


def test_deloads_are_lighter_than_the_week_before() -> None:
    block = rs.build_block(GYM, [WEEK] * 8)
    for index, phase in enumerate(block.phases):
        if phase is rs.Phase.deload:
            assert rs.week_volume(block.weeks[index]) < rs.week_volume(block.weeks[index - 1])


def test_build_weeks_change_one_variable_at_a_time() -> None:
    block = rs.build_block(GYM, [WEEK] * 8)
    for before, after in zip(block.weeks, block.weeks[1:], strict=False):
        for s1, s2 in zip(before.sessions, after.sessions, strict=True):
            olds = dict(zip(s1.exercise_ids, s1.exercises, strict=True))
            for p2 in s2.exercises:
                if p2.exercise in olds:
                    assert len(_changed(olds[p2.exercise], p2)) <= 1
    assert not [v for v in rs.validate_block(block, GYM) if v.code == "RS401"]


def test_build_block_changes_one_variable_when_weeks_trim_other_sets() -> None:
    # Found by hypothesis: on Monday (a day off, the longer warm-up) time trimming left one
    # set of each exercise; on Wednesday (after a run) the calf raise kept two. Raised as
    # well, it went from 1 × 12–20 to 2 × 14–20: sets and reps at once (RS401).
    athlete = rs.Athlete(
        level="intermediate",
        equipment=[],
        available_days=["mon", "tue", "wed"],
        sessions_per_week=1,
        session_minutes=30,  # tight under the estimate with changeovers and a cool-down
    )
    weeks = [rs.RunningWeek(), rs.RunningWeek(wed="easy")]
    block = rs.build_block(athlete, weeks)
    assert rs.validate_block(block, athlete) == ()
    first, second = (plan.sessions[0] for plan in block.weeks)
    # Week 2 starts the strength phase: a mastered exercise may move on to a harder one.
    kept = {rx.exercise: rx for rx in second.exercises}
    assert len(kept.keys() & set(first.exercise_ids)) >= len(first.exercises) - 2
    for before in first.exercises:
        after = kept.get(before.exercise)
        if after is not None:
            assert len(_changed(before, after)) <= 1


def test_a_deload_keeps_last_weeks_reps_when_time_held_the_climb_back() -> None:
    # Before the deload took a set off, time held its climb back a step: the reps fell as
    # the sets did. The deload now keeps last week's reps and loads and cuts sets only;
    # the week after it changes one thing an exercise. A session of one set each takes
    # shorter sets instead, at the same load.
    athlete = rs.Athlete(
        level="intermediate", equipment="none", sessions_per_week=2, session_minutes=25
    )
    block = rs.build_block(athlete, [rs.RunningWeek(tue="easy")] * 5)
    assert block.phases[3] is rs.Phase.deload
    # A deload that must leave out the light session to be lighter may miss core work
    # (an RS206 warning); nothing breaks an error rule or changes two things at once.
    found = rs.validate_block(block, athlete)
    assert not [v for v in found if v.severity is rs.Severity.error or v.code == "RS401"]
    for week, allowed in ((3, 1), (4, 1)):
        for before, after in zip(
            block.weeks[week - 1].sessions, block.weeks[week].sessions, strict=False
        ):
            olds = dict(zip(before.exercise_ids, before.exercises, strict=True))
            for item in after.exercises:
                if item.exercise in olds:
                    changed = _changed(olds[item.exercise], item)
                    assert len(changed) <= allowed, (week + 1, item.exercise, changed)
                    if week == 3:
                        # Fewer sets, or shorter ones in a session of one set each.
                        shorter = changed == {"amount"} and text_of(item.reason).startswith(
                            "Deload week"
                        )
                        assert changed <= {"sets"} or shorter, (week + 1, item.exercise, changed)


def test_the_strength_phase_lowers_the_reps_of_the_main_lifts() -> None:
    block = rs.build_block(GYM, [WEEK] * 8)
    strength = block.phases.index(rs.Phase.strength)
    first = {p.exercise: p.dose.amount.hi for p in block.weeks[0].sessions[0].exercises}
    late = {p.exercise: p.dose.amount.hi for p in block.weeks[strength + 2].sessions[0].exercises}
    assert any(late[name] < top for name, top in first.items() if name in late)


def test_the_race_eve_and_the_taper_hold_no_strength() -> None:
    block = rs.build_block(GYM, [WEEK, WEEK, RACE])
    race_week = block.weeks[-1]
    assert [s.focus for s in race_week.sessions] == [rs.Focus.light]
    assert not race_week.on(rs.Weekday.sat)
    assert not race_week.on(rs.Weekday.sun)
    # Taper: nothing strength-focused in the ten days before Sunday's race.
    week_two = block.weeks[1]
    late = [s for s in week_two.sessions if s.day.rank >= rs.Weekday.fri.rank]
    assert all(s.focus is rs.Focus.light for s in late)


def test_a_race_on_monday_empties_the_sunday_before() -> None:
    monday_race = rs.RunningWeek(mon="race", wed="easy")
    block = rs.build_block(GYM, [WEEK, monday_race])
    assert not block.weeks[0].on(rs.Weekday.sun)


def test_a_beginner_starts_with_one_session_and_adds_the_second_later() -> None:
    beginner = rs.Athlete(level=rs.Level.beginner, sessions_per_week=2)
    block = rs.build_block(beginner, [WEEK] * 10)
    assert [len(w.sessions) for w in block.weeks[:4]] == [1, 1, 1, 1]
    assert any(len(w.sessions) == 2 for w in block.weeks[4:])
    assert any("beginner" in s for s in said_texts(block.weeks[0].shortfalls))


def test_block_settings_change_the_cycle() -> None:
    block = rs.build_block(GYM, [WEEK] * 6, block=rs.BlockSettings(deload_every=3))
    assert [str(p) for p in block.phases] == [
        "general",
        "general",
        "deload",
        "strength",
        "strength",
        "deload",
    ]
    never = rs.build_block(GYM, [WEEK] * 6, block=rs.BlockSettings(deload_every=0))
    assert rs.Phase.deload not in never.phases


def test_bad_input_is_refused() -> None:
    with pytest.raises(rs.InputError, match=r"1\.\.52"):
        rs.build_block(GYM, [])
    with pytest.raises(rs.InputError, match=r"weeks\[1\]"):
        rs.build_block(GYM, [WEEK, "long"])  # type: ignore[list-item]
    with pytest.raises(rs.InputError, match="deload_every"):
        rs.BlockSettings(deload_every=-1)
    with pytest.raises(rs.InputError, match="phases"):
        rs.Block(weeks=[rs.WeekPlan(sessions=())], phases=[], running=[WEEK])


def test_blocks_round_trip_and_render() -> None:
    block = rs.build_block(GYM, [WEEK] * 8 + [RACE])  # with a deload, a taper and a race
    assert rs.from_json(rs.Block, rs.to_json(block)) == block
    text = rs.render_block(block)
    assert text.splitlines()[0].split() == ["Week", "Phase", "Sets", "Sessions"]
    assert "deload" in text
    assert "race" in text
    markdown = rs.render_block(block, style="markdown")
    assert markdown.startswith("| Week | Phase |")
    assert markdown.count("\n") == 2 + 9


@given(athlete=rst.athletes(), weeks=st.lists(rst.running_weeks(), min_size=1, max_size=24))
def test_any_block_is_error_free_and_keeps_its_promises(
    athlete: rs.Athlete, weeks: list[rs.RunningWeek]
) -> None:
    block = rs.build_block(athlete, weeks)
    assert len(block.weeks) == len(weeks)
    assert not _errors(block, athlete)
    for index, phase in enumerate(block.phases):
        if phase is rs.Phase.deload and index > 0:
            before = rs.week_volume(block.weeks[index - 1])
            assert rs.week_volume(block.weeks[index]) < before or before == 0
    for index, week in enumerate(weeks):
        for day in week.race_days:
            eve_week, eve = (
                (index, day.previous) if day is not rs.Weekday.mon else (index - 1, day.previous)
            )
            if eve_week >= 0:
                assert not block.weeks[eve_week].on(eve)
    assert rs.build_block(athlete, weeks) == block


def test_a_deload_after_a_week_with_a_light_session_is_lighter_per_muscle_too() -> None:
    # Week 3 holds a short light session; week 4 plans two strength sessions. The deload
    # must still come out lighter than week 3, counted in sets and in sets per muscle.
    athlete = rs.Athlete(
        level="intermediate",
        equipment="none",
        available_days=["mon", "tue"],
        sessions_per_week=2,
        session_minutes=43,
    )
    empty = rs.RunningWeek()
    block = rs.build_block(athlete, [empty, empty, rs.RunningWeek(sun="easy"), empty])
    hard = [sum(week) for week in zip(*(n for _, n in weekly_hard_sets(block)), strict=True)]
    assert block.phases[3] is rs.Phase.deload
    assert hard[3] < hard[2]
    assert rs.week_volume(block.weeks[3]) < rs.week_volume(block.weeks[2])
