"""The week planner's shortcuts give what the slow ways give.

A week's form cues worked out once a session's prescriptions against every session
rebuilt by ``form_cued_week``, the days chosen from the memoised search against the
search made afresh, each slot keeping its own day's reason, the athlete's candidates
against the kit each exercise needs, exercise reasons from their memos against
reasons said afresh, a candidate's dose kept with the catalog's facts against the
dose worked out afresh, an exercise's need kept with the catalog's facts against the
need said afresh, values copied by a function written for their fields against
``attrs.evolve``, and a reason said without parameters shared by its code.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import Equipment, Focus, Level, Phase, RunKind, Weekday
from runstrength._plan import choose, cueing, days, daysearch, dosing, reasons
from runstrength._plan import week as week_module
from runstrength._plan.bodyweight import form_cued_week
from runstrength._plan.choose import Profile, candidates
from runstrength._plan.cueing import cued_week
from runstrength._plan.days import choose_days, day_options, focus_targets
from runstrength._plan.dosing import PICK_FIELDS, Pick, Role, copied
from runstrength._plan.families import Family, family
from runstrength._plan.kept import candidate_dose
from runstrength._plan.week import plan_week

CATALOG = rs.default_catalog()


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), rst.running_weeks(), st.none() | st.sampled_from(list(Phase)))
def test_a_week_cued_once_a_session_is_the_week_form_cued_week_gives(
    athlete: rs.Athlete, week: rs.RunningWeek, phase: Phase | None
) -> None:
    plan = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)
    plan = attrs.evolve(plan, phase=phase)
    slow = form_cued_week(plan, athlete, CATALOG)
    cueing._cued.cache_clear()
    assert cued_week(plan, athlete, CATALOG) == slow
    assert cued_week(plan, athlete, CATALOG) == slow  # from the memo


@settings(max_examples=60, deadline=None)
@given(rst.week_plans(), rst.athletes())
def test_any_plan_cued_once_a_session_is_the_plan_form_cued_week_gives(
    plan: rs.WeekPlan, athlete: rs.Athlete
) -> None:
    assert cued_week(plan, athlete, CATALOG) == form_cued_week(plan, athlete, CATALOG)


def test_a_plan_no_cue_changes_is_the_same_plan() -> None:
    athlete = rs.Athlete(level=Level.intermediate, equipment="gym")
    plan = rs.WeekPlan(sessions=())
    assert cued_week(plan, athlete, CATALOG) is plan


@settings(max_examples=100, deadline=None)
@given(rst.athletes(), rst.running_weeks(), st.booleans(), st.integers(1, 3))
def test_days_chosen_from_the_memo_are_the_days_the_search_chooses_afresh(
    athlete: rs.Athlete, week: rs.RunningWeek, apart: bool, count: int
) -> None:
    options = day_options(athlete, week)
    targets = focus_targets(athlete, count, bool(week.race_days), no_runs=week.run_count == 0)
    for allowed in (list(Focus), [Focus.light]):
        memoised = choose_days(options, targets, allowed, apart=apart)
        daysearch.best_days.cache_clear()
        assert choose_days(options, targets, allowed, apart=apart) == memoised


def test_days_chosen_from_the_memo_keep_their_own_week_s_reasons() -> None:
    # A tempo day and an intervals day score alike: the memo, keyed on the scores,
    # answers both weeks, and each slot still says its own week's runs.
    athlete = rs.Athlete(level=Level.intermediate, equipment="gym", sessions_per_week=1)
    slots = []
    for hard in (RunKind.tempo, RunKind.intervals):
        week = rs.RunningWeek.from_days({"tue": [rs.Run(hard, 50)], "sun": "long"})
        slots.append(choose_days(day_options(athlete, week), (Focus.strength,), list(Focus)))
    (tempo,), (intervals,) = slots
    assert tempo.day is intervals.day is Weekday.tue
    assert tempo.reason != intervals.reason
    assert "tempo" in tempo.reason.text
    assert "interval" in intervals.reason.text


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), st.sampled_from(list(Focus)), st.booleans())
def test_candidates_are_the_catalog_s_exercises_in_the_athlete_s_reach(
    athlete: rs.Athlete, focus: Focus, jumps: bool
) -> None:
    # The kit each exercise needs is tested from its row: the same exercises as testing
    # every group the exercise names against the athlete's reach.
    profile = Profile(
        athlete.level, athlete.equipment, athlete.injuries, athlete.goals, athlete.lifts
    )
    found = {c.ex.id for c in candidates(CATALOG, profile, focus, jumps)}
    beginner = athlete.level is Level.beginner
    reach = athlete.equipment - {Equipment.barbell} if beginner else athlete.equipment
    rows = choose._rows(CATALOG, athlete.level, focus is Focus.strength)
    expected = {
        row.ex.id
        for row in rows
        if row.ex.available_with(reach)
        and row.ex.avoid_with.isdisjoint(athlete.injuries)
        and (jumps or not row.ex.plyometric)
    }
    assert found == expected


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_exercise_reasons_from_the_memo_are_the_reasons_said_afresh(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    memoised = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)
    reasons._need_said.cache_clear()
    reasons._goal_said.cache_clear()
    week_module._contents.cache_clear()
    assert plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS) == memoised


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), st.sampled_from(list(Focus)), rst.rule_settings())
def test_a_candidate_s_kept_dose_is_the_dose_worked_out_afresh(
    athlete: rs.Athlete, focus: Focus, rules: rs.RuleSettings
) -> None:
    profile = Profile(
        athlete.level, athlete.equipment, athlete.injuries, athlete.goals, athlete.lifts
    )
    for given_settings in (DEFAULT_SETTINGS, rules):
        for cand in candidates(CATALOG, profile, focus, True):
            kept = candidate_dose(cand, athlete.level, focus, given_settings)
            assert kept == candidate_dose(cand, athlete.level, focus, given_settings)
            dosing.dose_for.cache_clear()
            assert kept == dosing.dose_for(cand.ex, athlete.level, focus, given_settings)


@settings(max_examples=100, deadline=None)
@given(rst.doses(), st.integers(1, 10), st.sampled_from(list(Role)), st.integers(1, 4))
def test_a_copied_value_is_the_value_attrs_evolve_gives(
    dose: rs.Dose, sets: int, role: Role, cap: int
) -> None:
    # Each copy is made by a function written once for its type's fields.
    pick = Pick(next(iter(CATALOG)), dose, Family.core, Role.main)
    assert copied(pick, PICK_FIELDS, role=role, cap=cap) == attrs.evolve(pick, role=role, cap=cap)
    assert pick.with_sets(sets) == attrs.evolve(
        pick, dose=attrs.evolve(dose, sets=rs.IntRange(sets))
    )
    assert copied(dose, tuple(f.name for f in attrs.fields(rs.Dose))) == dose


def test_a_copier_is_written_for_field_names_only() -> None:
    with pytest.raises(ValueError, match="not field names"):
        copied(
            Pick(
                next(iter(CATALOG)),
                rs.Dose(sets=1, reps=5, rest_seconds=60),
                Family.core,
                Role.main,
            ),
            ("a b",),
        )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(list(CATALOG)), st.sampled_from(list(Role)), st.sampled_from(list(Level)))
def test_an_exercise_s_need_kept_with_the_catalog_is_the_need_said_afresh(
    ex: rs.Exercise, role: Role, level: Level
) -> None:
    profile = Profile(level, frozenset(), frozenset(), frozenset())
    dose = rs.Dose(sets=1, reps=5, rest_seconds=60)
    pick = Pick(ex, dose, family(ex), role)
    afresh = reasons._need_said.__wrapped__(ex, family(ex), role, level)
    assert reasons._kept_need(pick, profile, CATALOG) == afresh
    assert reasons._kept_need(pick, profile, CATALOG) == afresh  # kept
    # An exercise that is not the catalog's own is never read from its facts.
    renamed = attrs.evolve(ex, name=ex.name + " (own)")
    own = Pick(renamed, dose, family(ex), role)
    assert reasons._kept_need(own, profile, CATALOG) == reasons._need(own, profile)


@settings(max_examples=100, deadline=None)
@given(rst.running_weeks())
def test_a_week_s_run_count_and_kinds_read_from_its_fields_are_its_runs(
    week: rs.RunningWeek,
) -> None:
    assert week.run_count == sum(len(week[day]) for day in Weekday)
    for day in Weekday:
        assert week.kinds(day) == tuple(run.kind for run in week[day])
        assert (day in week.key_days) == any(kind in days._KEY_KINDS for kind in week.kinds(day))


def test_a_reason_said_without_parameters_is_one_value_for_its_code() -> None:
    first = say("day.off")
    assert say("day.off") is first
    assert first == Reason("day.off", {}, "Not one of the athlete's training days.")
    with pytest.raises(KeyError):
        say("session.day")  # a code with parameters is never said without them


@settings(max_examples=100, deadline=None)
@given(st.lists(rst.doses(), min_size=1, max_size=6))
def test_short_rests_copied_are_the_short_rests_attrs_evolve_gives(doses: list[rs.Dose]) -> None:
    picks = [Pick(next(iter(CATALOG)), dose, Family.core, Role.required) for dose in doses]
    cost = [0.0] * len(picks)
    changed = dosing._short_rests(picks, cost, DEFAULT_SETTINGS)
    for pick, dose in zip(picks, doses, strict=True):
        short = attrs.evolve(dose, rest_seconds=rs.IntRange(dose.rest_seconds.lo))
        assert pick.dose == short
    assert changed == any(d.rest_seconds.lo < d.rest_seconds.hi for d in doses)
