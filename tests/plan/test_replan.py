"""``replan``: a week whose runs moved keeps its done sessions and places the rest again."""

from __future__ import annotations

import doctest

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import texts as said_texts

D = rs.Weekday
GYM = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sun="long")
MOVED = rs.RunningWeek(mon="easy", tue="easy", wed="intervals", thu="easy", sun="long")
ERROR = rs.Severity.error


def days(plan: rs.WeekPlan) -> list[tuple[D, rs.Focus]]:
    return [(s.day, s.focus) for s in plan.sessions]


def errors(plan: rs.WeekPlan, athlete: rs.Athlete, week: rs.RunningWeek) -> set[tuple[object, ...]]:
    return {
        (v.code, v.day, v.exercise, v.message)
        for v in rs.validate(plan, athlete, week)
        if v.severity is ERROR
    }


def test_a_key_run_that_moved_moves_the_strength_session() -> None:
    plan = rs.build_week(GYM, WEEK)
    assert days(plan) == [(D.tue, rs.Focus.strength), (D.thu, rs.Focus.light)]
    new = rs.replan(plan, GYM, MOVED, after="mon")
    assert days(new) == [(D.wed, rs.Focus.strength), (D.fri, rs.Focus.light)]
    strength = new.sessions[0]
    assert strength.reasons[0].text.startswith("Moved from Tuesday. The day before Wednesday's")
    assert strength.reasons[1].text.startswith("Wednesday: After the intervals")
    assert strength.exercises == plan.sessions[0].exercises  # the content is kept
    assert strength.placement is rs.Placement.after_run
    assert errors(new, GYM, MOVED) == set()
    decided = {d.day: d for d in new.decisions}
    assert decided[D.mon].focus is None
    assert decided[D.wed].reason == strength.reasons[0]


def test_a_session_whose_day_still_suits_stays_untouched() -> None:
    plan = rs.build_week(GYM, WEEK)
    same = rs.replan(plan, GYM, WEEK)
    assert same.sessions == plan.sessions
    assert same.shortfalls == plan.shortfalls


def test_done_sessions_are_kept_byte_identical() -> None:
    plan = rs.build_week(GYM, WEEK)
    new = rs.replan(plan, GYM, MOVED, done=["tue"])
    assert rs.to_json(new.sessions[0]) == rs.to_json(plan.sessions[0])
    assert new.on(D.tue) == plan.on(D.tue)
    # Done is done: what the done session now breaks is not the replan's doing.
    assert all(v.day is D.tue for v in rs.validate(new, GYM, MOVED) if v.severity is ERROR)


def test_nothing_is_placed_on_or_before_today() -> None:
    plan = rs.build_week(GYM, WEEK)
    new = rs.replan(plan, GYM, MOVED, after=D.thu)
    assert all(s.day.rank > D.thu.rank for s in new.sessions)
    assert all(s.reasons[0].text.endswith("which has passed.") for s in new.sessions)
    assert errors(new, GYM, MOVED) == set()
    later = rs.replan(plan, GYM, MOVED, done=[D.tue])
    assert all(s.day is D.tue or s.day.rank > D.tue.rank for s in later.sessions)


def test_a_session_that_no_longer_fits_is_dropped_with_a_shortfall() -> None:
    athlete = attrs.evolve(GYM, available_days=frozenset({D.tue, D.thu, D.sat}))
    plan = rs.build_week(athlete, rs.RunningWeek(tue="easy", thu="easy", sun="long"))
    assert days(plan) == [(D.tue, rs.Focus.strength), (D.thu, rs.Focus.light)]
    race = rs.RunningWeek(tue="easy", thu="easy", fri="race")
    new = rs.replan(plan, athlete, race, done=["tue"])
    assert days(new) == [(D.tue, rs.Focus.strength)]
    (why,) = said_texts(new.shortfalls)
    assert why.startswith("The light session planned for Thursday is dropped")
    assert "Thursday: The day before the race" in why
    assert "Saturday: The day after the race" in why
    assert "Wednesday" not in why  # not one of the athlete's days: not worth a word
    gone = rs.replan(plan, athlete, race, after="sat")
    assert gone.sessions == ()
    assert all(
        "none of the athlete's days is left after Saturday" in s
        for s in said_texts(gone.shortfalls)
    )


def test_a_strength_session_becomes_light_only_where_nothing_else_fits() -> None:
    athlete = attrs.evolve(GYM, available_days=frozenset({D.tue, D.thu, D.sat}))
    plan = rs.build_week(athlete, rs.RunningWeek(tue="easy", thu="easy", sun="long"))
    tempo = rs.RunningWeek(tue="easy", thu="easy", fri="tempo", sun="long")
    new = rs.replan(plan, athlete, tempo, after="tue")
    assert days(new) == [(D.thu, rs.Focus.light), (D.sat, rs.Focus.light)]
    stand_in = new.sessions[1]
    assert stand_in.reasons[0].text == (
        "Moved from Tuesday: no day left this week takes a strength session, so a light "
        "session stands in for it."
    )
    assert errors(new, athlete, tempo) == set()
    assert new.shortfalls == ()


def test_exclusions_phase_and_shortfalls_are_kept() -> None:
    plan = rs.build_week(GYM, WEEK)
    rested = rs.Exclusion(
        exercise="box_jump", areas=["knee"], removed=["box_jump"], reason="Sharp knee pain."
    )
    marked = attrs.evolve(
        plan, exclusions=(rested,), phase=rs.Phase.strength, shortfalls=("Only two days.",)
    )
    new = rs.replan(marked, GYM, MOVED, after="mon")
    assert new.exclusions == (rested,)
    assert new.phase is rs.Phase.strength
    assert new.shortfalls[0].text == "Only two days."


def test_bad_arguments_are_refused_like_everywhere_else() -> None:
    plan = rs.build_week(GYM, WEEK)
    with pytest.raises(TypeError, match="replan: plan must be a WeekPlan"):
        rs.replan(GYM, GYM, WEEK)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="replan: after must be"):
        rs.replan(plan, GYM, WEEK, after=3)  # type: ignore[arg-type]
    with pytest.raises(rs.InputError) as caught:
        rs.replan(plan, GYM, WEEK, done=["funday", "wed"], after="someday")
    paths = [p.path for p in caught.value.problems]
    assert paths == ["replan.done", "replan.after"]
    with pytest.raises(rs.InputError, match="Wednesday holds no session in the plan"):
        rs.replan(plan, GYM, WEEK, done=["wed"])


def test_replan_is_exported_and_deterministic() -> None:
    assert "replan" in rs.__all__
    plan = rs.build_week(GYM, WEEK)
    assert rs.replan(plan, GYM, MOVED, done=["tue"]) == rs.replan(plan, GYM, MOVED, done=["tue"])


@settings(max_examples=60, deadline=None)
@given(
    athlete=rst.athletes(),
    week=rst.running_weeks(),
    new_week=rst.running_weeks(),
    data=st.data(),
)
def test_replan_keeps_done_sessions_and_places_or_explains_the_rest(
    athlete: rs.Athlete, week: rs.RunningWeek, new_week: rs.RunningWeek, data: st.DataObject
) -> None:
    plan = rs.build_week(athlete, week)
    planned = [s.day for s in plan.sessions]
    done = data.draw(st.lists(st.sampled_from(planned), unique=True) if planned else st.just([]))
    after = data.draw(st.none() | st.sampled_from(D))
    new = rs.replan(plan, athlete, new_week, done=done, after=after)
    kept = [s for s in plan.sessions if s.day in done]
    # Done sessions unchanged, on their days.
    assert [s for s in new.sessions if s.day in done] == kept
    # No error beyond what the done sessions break on their own.
    alone = rs.WeekPlan(sessions=kept)
    assert errors(new, athlete, new_week) <= errors(alone, athlete, new_week)
    # Nothing new on or before today.
    cutoff = after.rank if after is not None else max((d.rank for d in done), default=-1)
    moved = [s for s in new.sessions if s.day not in done]
    assert all(s.day.rank > cutoff for s in moved)
    # Every remaining session placed (its content kept, or stood in for by a light one,
    # which says so) or explained in a shortfall.
    remaining = [s for s in plan.sessions if s.day not in done]
    dropped = [s for s in said_texts(new.shortfalls) if s not in said_texts(plan.shortfalls)]
    assert len(moved) + len(dropped) == len(remaining)
    for session in moved:
        same = [
            r for r in remaining if r.exercises == session.exercises and r.focus == session.focus
        ]
        assert same or session.reasons[0].text.endswith("a light session stands in for it.")
    assert new.exclusions == plan.exclusions
    assert new.phase == plan.phase


def test_replan_docstring_example_holds_regression() -> None:
    runner = doctest.DocTestRunner(verbose=False)
    for example in doctest.DocTestFinder().find(rs.replan, "replan", globs={}):
        runner.run(example, out=lambda _: None)
    assert runner.tries > 0
    assert runner.failures == 0
