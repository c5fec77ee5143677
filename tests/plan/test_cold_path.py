"""The cold planning path's shortcuts give what the slow ways give.

A day's scores memoised by its runs against scores worked out afresh, a light-only day
against the shared scores it starts from, the chooser's covered patterns against the
union over its chosen exercises, an exercise's run of weeks worked out from where its
logs are against the walk over every log, frozen maps compared without copies against
the dicts they hold, a reason said without parameters against one built in full, and an
exercise's pattern families memoised by its patterns against the families worked out.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.logs import ExerciseLog, SetLog
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, Goal, Level, Weekday
from runstrength._plan import days
from runstrength._plan.choose import Chooser, Profile, WeekState, candidates
from runstrength._plan.days import day_options
from runstrength._progression.ask import stint, stint_at
from runstrength._progression.unhold import FAMILIES, _family

CATALOG = rs.default_catalog()
ATHLETE = rs.Athlete(level=Level.intermediate, equipment="gym", sessions_per_week=2)


@settings(max_examples=100, deadline=None)
@given(rst.running_weeks(), st.none() | rst.running_weeks(), st.none() | rst.running_weeks())
def test_day_scores_memoised_are_the_scores_worked_out_afresh(
    week: rs.RunningWeek, after: rs.RunningWeek | None, before: rs.RunningWeek | None
) -> None:
    warm = day_options(ATHLETE, week, after, previous_week=before)
    days._scores.cache_clear()
    fresh = day_options(ATHLETE, week, after, previous_week=before)
    assert warm == fresh


def test_a_light_only_day_leaves_the_shared_day_scores_as_they_were() -> None:
    # A taper's light-only day drops the strength score of its own options only: the
    # memoised scores of the same day's runs stay whole for the next week that asks.
    week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sun="long")
    days._scores.cache_clear()
    plain = day_options(ATHLETE, week)
    taper = day_options(ATHLETE, week, light_only={Weekday.thu: "Taper: light work only."})
    again = day_options(ATHLETE, week)
    thursday = next(o for o in taper if o.day is Weekday.thu)
    assert Focus.strength not in thursday.scores
    assert thursday.refusals[Focus.strength].text == "Taper: light work only."
    assert again == plain
    assert Focus.strength in next(o for o in again if o.day is Weekday.thu).scores


def test_the_chooser_s_covered_patterns_are_those_of_its_chosen_exercises() -> None:
    profile = Profile(Level.advanced, rs.kit("gym"), frozenset(), frozenset({Goal.speed}))
    pool = candidates(CATALOG, profile, Focus.strength, True)
    chooser = Chooser(pool, WeekState(), None)
    assert chooser.covered == frozenset()
    for cand in pool[::7]:
        chooser.add(cand)
        assert chooser.covered == frozenset().union(*(c.ex.patterns for c in chooser.chosen))


_LOGS = {name: ExerciseLog(exercise=name, sets=[SetLog(reps=10)]) for name in "abc"}


@settings(max_examples=300)
@given(st.lists(st.sampled_from("abc"), max_size=40), st.sampled_from("abcd"), st.integers(1, 5))
def test_a_stint_from_where_the_logs_are_is_the_stint_of_every_log(
    names: list[str], exercise: str, week_size: int
) -> None:
    history = [_LOGS[name] for name in names]
    positions = [i for i, name in enumerate(names) if name == exercise]
    found = stint_at(positions, len(history), week_size)
    assert found == stint(history, exercise, week_size)


@given(
    st.dictionaries(st.sampled_from("abcd"), st.integers(0, 3)),
    st.dictionaries(st.sampled_from("abcd"), st.integers(0, 3)),
)
def test_frozen_maps_compare_as_the_dicts_they_hold(
    one: dict[str, int], other: dict[str, int]
) -> None:
    left, right = FrozenMap(one), FrozenMap(reversed(list(other.items())))
    assert (left == right) is (one == other)
    assert (left == other) is (one == other)
    assert (left != right) is (one != other)


def test_a_reason_said_without_parameters_is_the_one_built_with_an_empty_map() -> None:
    said = say("day.off")
    assert said == Reason(said.code, FrozenMap(), said.text)
    assert said.params == FrozenMap()
    assert hash(said) == hash(Reason(said.code, FrozenMap(), said.text))
    assert rs.to_json(said) == rs.to_json(Reason(said.code, FrozenMap(), said.text))


def test_an_exercise_s_pattern_families_are_the_families_it_shares_a_pattern_with() -> None:
    for exercise in CATALOG:
        expected = frozenset().union(*(f for f in FAMILIES if f & exercise.patterns))
        assert _family(exercise) == expected, exercise.id
