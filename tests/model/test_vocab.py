"""Tests for runstrength._model.vocab: ordering, kits, key runs and weekdays."""

from __future__ import annotations

import enum
import itertools
import operator
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.vocab import _Vocabulary, ordered

if TYPE_CHECKING:
    from collections.abc import Callable


def _vocabularies() -> list[type[_Vocabulary]]:
    found: list[type[_Vocabulary]] = []
    pending = list(_Vocabulary.__subclasses__())
    while pending:
        cls = pending.pop(0)
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__name__)


VOCABULARIES = _vocabularies()
"""Every vocabulary enum, found from the base class so new ones are covered too."""

# Ranks are kept per member, not in a dict keyed by member: a StrEnum member equals its
# string, so RunKind.tempo and Change.tempo (or Muscle.lower_back and Injury.lower_back)
# would share one entry. These vocabularies share such names and guard against that.
SHARED_NAMES = {"Muscle", "RunKind", "Phase", "Change", "Injury", "Goal", "Pain"}


def test_shared_names_are_still_shared() -> None:
    names = {c.__name__: {m.value for m in c} for c in VOCABULARIES}
    for name in SHARED_NAMES:
        others = set().union(*(v for k, v in names.items() if k != name))
        assert names[name] & others, name


def test_public_vocabularies_are_found() -> None:
    public = {
        rs.Change,
        rs.Equipment,
        rs.Focus,
        rs.Goal,
        rs.Injury,
        rs.Level,
        rs.Muscle,
        rs.Pain,
        rs.Pattern,
        rs.Placement,
        rs.RunKind,
        rs.Severity,
        rs.Symptom,
        rs.Weekday,
    }
    assert public <= set(VOCABULARIES)


KEY_RUNS = {
    rs.RunKind.easy: False,
    rs.RunKind.recovery: False,
    rs.RunKind.long: True,
    rs.RunKind.tempo: True,
    rs.RunKind.intervals: True,
    rs.RunKind.hills: True,
    rs.RunKind.race: True,
}


# --- values -------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", VOCABULARIES)
def test_json_value_is_the_lower_case_name(cls: type[_Vocabulary]) -> None:
    for member in cls:
        assert member.value == member.name == member.value.lower()
        assert str(member) == member.value
        assert cls(member.value) is member


@pytest.mark.parametrize("cls", VOCABULARIES, ids=lambda c: c.__name__)
def test_rank_is_declaration_order(cls: type[_Vocabulary]) -> None:
    assert [m.rank for m in cls] == list(range(len(cls)))


def test_repr_names_the_class_and_member() -> None:
    assert repr(rs.Level.beginner) == "Level.beginner"
    assert repr(rs.Weekday.sun) == "Weekday.sun"


def test_design_vocabulary_is_present() -> None:
    assert [str(m) for m in rs.Level] == ["beginner", "intermediate", "advanced"]
    assert [str(m) for m in rs.Weekday] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert {str(m) for m in rs.Focus} == {"strength", "light"}
    assert {str(m) for m in rs.Placement} == {"after_run", "standalone"}
    assert {str(m) for m in rs.Pain} == {"none", "mild", "sharp"}
    assert {str(m) for m in rs.Severity} == {"error", "warning"}
    assert {str(m) for m in rs.Goal} == {"hills", "speed", "endurance", "resilience"}
    assert {"achilles", "knee", "hip", "lower_back", "ankle", "shin"} <= {str(m) for m in rs.Injury}
    assert {str(m) for m in rs.Change} == {
        "none",
        "reps",
        "load",
        "sets",
        "seconds",
        "tempo",
        "range",
        "variation",
        "regress",
        "deload",
        "stop",
        "record",
    }
    assert [str(m) for m in rs.RunKind] == [
        "easy",
        "recovery",
        "long",
        "tempo",
        "intervals",
        "hills",
        "race",
    ]
    assert {str(m) for m in rs.Pattern} == {
        "squat",
        "lunge",
        "single_leg",
        "hinge",
        "hip_extension",
        "calf",
        "hip_stability",
        "core",
        "lateral",
        "plyometric",
        "isometric",
        "isolation",
    }
    assert {str(m) for m in rs.Muscle} == {
        "quadriceps",
        "glutes",
        "glute_medius",
        "hamstrings",
        "adductors",
        "hip_flexors",
        "calves",
        "soleus",
        "feet_ankles",
        "core",
        "lower_back",
    }


# --- Level ordering -----------------------------------------------------------------------


def test_level_order() -> None:
    b, i, a = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced
    assert b < i < a
    assert a > i > b
    assert b <= i <= a
    assert a >= i >= b
    assert not b > i
    assert not a < i
    assert sorted([a, b, i]) == [b, i, a]
    assert max(rs.Level) is a
    assert min(rs.Level) is b


@pytest.mark.parametrize(("x", "y"), list(itertools.product(rs.Level, repeat=2)))
def test_level_comparisons_agree_with_rank(x: rs.Level, y: rs.Level) -> None:
    assert (x < y) == (x.rank < y.rank)
    assert (x <= y) == (x.rank <= y.rank)
    assert (x > y) == (x.rank > y.rank)
    assert (x >= y) == (x.rank >= y.rank)


def test_level_is_not_ordered_against_numbers() -> None:
    with pytest.raises(TypeError):
        _ = rs.Level.beginner >= 1


@pytest.mark.parametrize("op", [operator.lt, operator.le, operator.gt, operator.ge])
def test_level_is_not_ordered_against_strings(op: Callable[[object, object], bool]) -> None:
    # A StrEnum would fall back to alphabetical order: Level.advanced < "beginner".
    with pytest.raises(TypeError, match="cannot order a Level"):
        op(rs.Level.advanced, "beginner")


# --- ordered() ----------------------------------------------------------------------------


@pytest.mark.parametrize("cls", VOCABULARIES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_ordered_is_declaration_order_whatever_the_input_order(
    cls: type[_Vocabulary], data: st.DataObject
) -> None:
    assert ordered(reversed(list(cls))) == tuple(cls)
    members = data.draw(st.lists(st.sampled_from(list(cls))))
    shuffled = data.draw(st.permutations(members))
    result = ordered(shuffled)
    assert result == tuple(m for m in cls if m in members)
    assert result == ordered(set(members)) == ordered(frozenset(shuffled))


def test_ordered_does_not_depend_on_set_order() -> None:
    # Members that share a name with a member of another vocabulary keep their own rank.
    assert ordered({rs.RunKind.hills, rs.RunKind.easy}) == (rs.RunKind.easy, rs.RunKind.hills)
    assert ordered({rs.RunKind.race, rs.RunKind.tempo}) == (rs.RunKind.tempo, rs.RunKind.race)
    assert ordered({rs.Muscle.lower_back, rs.Muscle.hamstrings})[0] is rs.Muscle.hamstrings


def test_ordered_drops_duplicates_and_accepts_generators() -> None:
    days = (d for d in [rs.Weekday.sun, rs.Weekday.mon, rs.Weekday.sun])
    assert ordered(days) == (rs.Weekday.mon, rs.Weekday.sun)
    assert ordered([]) == ()


@pytest.mark.parametrize("cls", VOCABULARIES)
def test_vocabularies_are_str_enums(cls: type[_Vocabulary]) -> None:
    assert issubclass(cls, enum.StrEnum)


# --- kits ---------------------------------------------------------------------------------


def test_kit_names() -> None:
    assert rs.kit("none") == frozenset()
    assert rs.kit("home") == {rs.Equipment.wall, rs.Equipment.chair, rs.Equipment.step}
    assert rs.kit("gym") == frozenset(rs.Equipment)
    assert isinstance(rs.kit("home"), frozenset)


@pytest.mark.parametrize("name", ["spaceship", "Gym", "", "dumbbell", " home"])
def test_unknown_kit_is_refused_with_the_known_kits(name: str) -> None:
    with pytest.raises(ValueError, match="unknown equipment kit") as info:
        rs.kit(name)
    message = str(info.value)
    assert repr(name) in message
    for known in ("none", "home", "gym"):
        assert known in message


def test_unknown_kit_is_an_input_error() -> None:
    with pytest.raises(rs.InputError):
        rs.kit("spaceship")


# --- run kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "key"), KEY_RUNS.items())
def test_run_kind_is_key(kind: rs.RunKind, key: bool) -> None:
    assert kind.is_key is key


def test_every_run_kind_is_classified() -> None:
    assert set(KEY_RUNS) == set(rs.RunKind)


# --- weekdays -----------------------------------------------------------------------------


def test_weekday_next_and_previous_wrap() -> None:
    assert rs.Weekday.sun.next is rs.Weekday.mon
    assert rs.Weekday.mon.previous is rs.Weekday.sun
    assert rs.Weekday.mon.next is rs.Weekday.tue
    assert rs.Weekday.sat.previous is rs.Weekday.fri


@pytest.mark.parametrize("day", list(rs.Weekday))
def test_weekday_next_and_previous_are_inverse(day: rs.Weekday) -> None:
    assert day.next.previous is day
    assert day.previous.next is day
    assert day.next.rank == (day.rank + 1) % 7
    assert day.previous.rank == (day.rank - 1) % 7


def test_seven_steps_come_back_to_the_same_day() -> None:
    for start in rs.Weekday:
        day = start
        seen = []
        for _ in range(7):
            seen.append(day)
            day = day.next
        assert day is start
        assert set(seen) == set(rs.Weekday)
