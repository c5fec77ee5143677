"""Tests for runstrength._io.documents: round trips, schema versions, strictness and error paths.

The contract: ``from_dict``/``from_json`` on bad data raise ``InputError`` listing every
problem with its ``$`` path, and nothing else escapes, whatever the data.
"""

from __future__ import annotations

import json
import math
import time
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._io.documents import _converter
from runstrength._io.limits import budget

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

VALUE_TYPES: list[type[Any]] = [getattr(rs, name) for name in rs.VALUE_TYPES]
TYPE_IDS = list(rs.VALUE_TYPES)

LARGE = {rs.Block, rs.Catalog, rs.WeekPlan}
"""Types whose values take many draws each: they get fewer examples to keep the suite fast."""

FEWER = settings(max_examples=max(10, settings().max_examples // 5))
"""A fifth of the profile's examples (at least 10), for the costliest properties."""


def texts(error: rs.InputError) -> tuple[str, ...]:
    """Each problem of ``error`` as the line its message shows."""
    return tuple(map(str, error.problems))


def _params(types: Collection[type[Any]]) -> list[Any]:
    return [pytest.param(cls, id=cls.__name__) for cls in VALUE_TYPES if cls in types]


SMALL_PARAMS = _params({t for t in VALUE_TYPES if t not in LARGE})
LARGE_PARAMS = _params(LARGE)
ALL_PARAMS = SMALL_PARAMS + LARGE_PARAMS

DOSE = {"sets": 3, "reps": [8, 10], "rest_seconds": 90}
SESSION = {
    "day": "mon",
    "focus": "strength",
    "placement": "standalone",
    "exercises": [{"exercise": "goblet_squat", "dose": DOSE}],
}


_STRATEGIES: dict[type[Any], st.SearchStrategy[Any]] = {}
_SHAPES: dict[type[Any], st.SearchStrategy[dict[str, Any]]] = {}


def strategy_for(cls: type[Any]) -> st.SearchStrategy[Any]:
    """The project strategy for a value type; catalogs and blocks kept small for speed.

    Built once per type: building a strategy costs more than drawing from it.
    """
    if cls not in _STRATEGIES:
        if cls is rs.Catalog:
            _STRATEGIES[cls] = rst.catalogs(max_size=4)
        elif cls is rs.Block:
            _STRATEGIES[cls] = rst.blocks(max_weeks=3)
        else:
            _STRATEGIES[cls] = rst.from_type(cls)
    return _STRATEGIES[cls]


def problems_of(cls: type[Any], data: object) -> tuple[str, ...]:
    """The problems ``from_dict`` reports for ``data`` (which must be refused)."""
    with pytest.raises(rs.InputError) as info:
        rs.from_dict(cls, data)
    assert isinstance(info.value, ValueError)
    for problem in texts(info.value):
        assert problem.startswith("$"), problem
        assert problem in str(info.value) or len(texts(info.value)) > 50
    return texts(info.value)


def field_names(cls: type[Any]) -> list[str]:
    """The keys a document of ``cls`` may hold."""
    if cls is rs.RunningWeek:
        return [str(day) for day in rs.Weekday]
    return [a.alias or a.name for a in attrs.fields(cls) if a.init]


# =========================================================================== round trips


def check_round_trip(cls: type[Any], value: object) -> None:
    """Documents carry the schema version, are plain JSON data and read back equal."""
    document = rs.to_dict(value)
    assert next(iter(document)) == "schema_version"
    assert document["schema_version"] == rs.SCHEMA_VERSION
    assert_plain(document)
    assert rs.from_dict(cls, document) == value
    text = rs.to_json(value)
    assert json.loads(text) == document
    assert rs.from_json(cls, text) == value
    assert rs.from_json(cls, text.encode()) == value
    assert rs.to_json(rs.from_json(cls, text)) == text  # the text is stable too


def assert_plain(node: object) -> None:
    """Only dicts with str keys, lists, and exact bool/int/float/str/None (no enum members)."""
    if isinstance(node, dict):
        for key, item in node.items():
            assert type(key) is str
            assert_plain(item)
    elif isinstance(node, list):
        for item in node:
            assert_plain(item)
    else:
        assert node is None or type(node) in (bool, int, float, str), repr(node)
        assert not isinstance(node, float) or math.isfinite(node)


@pytest.mark.parametrize("cls", SMALL_PARAMS)
@given(data=st.data())
def test_round_trip(cls: type[Any], data: st.DataObject) -> None:
    check_round_trip(cls, data.draw(strategy_for(cls)))


@pytest.mark.parametrize("cls", LARGE_PARAMS)
@FEWER
@given(data=st.data())
def test_round_trip_large(cls: type[Any], data: st.DataObject) -> None:
    check_round_trip(cls, data.draw(strategy_for(cls)))


def test_every_value_type_round_trips() -> None:
    assert {p.values[0] for p in ALL_PARAMS} == set(VALUE_TYPES)


def test_int_range_document() -> None:
    assert rs.from_dict(rs.IntRange, [8, 12]) == rs.IntRange(8, 12)
    assert rs.from_dict(rs.IntRange, 5) == rs.IntRange(5)
    assert rs.from_json(rs.IntRange, "[8, 12]") == rs.IntRange(8, 12)
    assert problems_of(rs.IntRange, [12, 8]) == ("$: [12, 8] is not a range (0 <= lo <= hi)",)


def test_int_range_document_at_the_top_level() -> None:
    # Inside documents a range is [lo, hi]; on its own it is an object with a version.
    assert rs.to_dict(rs.IntRange(8, 12)) == {"schema_version": 2, "lo": 8, "hi": 12}
    assert rs.from_dict(rs.IntRange, {"schema_version": 1, "lo": 8, "hi": 12}) == rs.IntRange(8, 12)
    assert rs.to_dict(rs.Dose(sets=3, reps=(8, 12), rest_seconds=90))["reps"] == [8, 12]


def test_rule_settings_severities_round_trip() -> None:
    value = rs.RuleSettings(severities={"RS105": "error"})
    assert rs.to_dict(value) == {"schema_version": 2, "severities": {"RS105": "error"}}
    assert rs.from_json(rs.RuleSettings, rs.to_json(value)) == value


@given(rst.running_weeks())
def test_from_dict_without_schema_version(week: rs.RunningWeek) -> None:
    document = rs.to_dict(week)
    del document["schema_version"]
    assert rs.from_dict(rs.RunningWeek, document) == week


def test_to_json_indent() -> None:
    run = rs.Run(rs.RunKind.long, 90)
    assert rs.to_json(run) == '{"schema_version": 2, "kind": "long", "minutes": 90}'
    assert rs.to_json(run, indent=2).startswith('{\n  "schema_version": 2')


def test_to_dict_leaves_out_defaults() -> None:
    assert rs.to_dict(rs.Dose(sets=3, reps=(8, 10), rest_seconds=90)) == {
        "schema_version": 2,
        "sets": [3, 3],
        "reps": [8, 10],
        "rest_seconds": [90, 90],
    }
    assert rs.to_dict(rs.RunningWeek(sun="long")) == {
        "schema_version": 2,
        "sun": [{"kind": "long"}],
    }


def test_sets_are_written_in_declaration_order() -> None:
    athlete = rs.Athlete(
        level="beginner",
        equipment=["chair", "dumbbell", "wall"],
        available_days=["sun", "mon", "wed"],
        goals=["resilience", "hills"],
    )
    document = rs.to_dict(athlete)
    assert document["available_days"] == ["mon", "wed", "sun"]
    assert document["equipment"] == ["dumbbell", "wall", "chair"]
    assert document["goals"] == ["hills", "resilience"]


def test_default_catalog_round_trips() -> None:
    catalog = rs.default_catalog()
    assert len(catalog) > 0
    assert rs.from_json(rs.Catalog, rs.to_json(catalog)) == catalog


# =========================================================================== schema version


@pytest.mark.parametrize("cls", [rs.Run, rs.Athlete, rs.WeekPlan])
def test_newer_schema_version_is_refused(cls: type[Any]) -> None:
    problems = problems_of(cls, {"schema_version": rs.SCHEMA_VERSION + 1})
    assert problems == (
        f"$.schema_version: version {rs.SCHEMA_VERSION + 1} was written by a newer "
        f"runstrength (this one reads up to {rs.SCHEMA_VERSION})",
    )


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None, [1]])
def test_bad_schema_version(version: object) -> None:
    (problem,) = problems_of(rs.Run, {"schema_version": version, "kind": "easy"})
    assert problem.startswith("$.schema_version: expected a version number")


def test_schema_version_is_accepted_and_optional() -> None:
    assert rs.from_dict(rs.Run, {"kind": "easy"}) == rs.Run(rs.RunKind.easy)
    assert rs.from_dict(rs.Run, {"schema_version": 1, "kind": "easy"}) == rs.Run("easy")
    assert rs.from_json(rs.Run, '{"kind": "easy", "schema_version": 1}') == rs.Run("easy")


def test_schema_version_only_at_the_top() -> None:
    problems = problems_of(
        rs.Prescription, {"exercise": "goblet_squat", "dose": {"schema_version": 1, **DOSE}}
    )
    assert problems == ("$.dose: unknown field(s) 'schema_version'",)


# =========================================================================== error paths


def test_week_plan_bad_sets_has_its_full_path() -> None:
    bad = {**SESSION, "exercises": [{"exercise": "goblet_squat", "dose": {**DOSE, "sets": [5, 3]}}]}
    problems = problems_of(rs.WeekPlan, {"sessions": [SESSION, bad]})
    assert len(problems) == 1
    assert problems[0].startswith("$.sessions[1].exercises[0].dose.sets: ")
    assert "5" in problems[0]
    assert "3" in problems[0]


def test_every_problem_is_listed_with_its_path() -> None:
    bad_session = {
        "day": "funday",
        "focus": 3,
        "placement": "standalone",
        "exercises": [{"exercise": "goblet_squat", "dose": {**DOSE, "sets": "3", "junk": 1}}],
    }
    document = {"sessions": [SESSION, bad_session], "shortfalls": "none", "extra": True}
    with pytest.raises(rs.InputError) as info:
        rs.from_dict(rs.WeekPlan, document)
    assert texts(info.value) == (
        "$.sessions[1].day: 'funday' is not a valid Weekday "
        "(expected one of: mon, tue, wed, thu, fri, sat, sun)",
        "$.sessions[1].focus: expected text, got 3",
        '$.sessions[1].exercises[0].dose.sets: expected [lo, hi] or a whole number, got "3"',
        "$.sessions[1].exercises[0].dose: unknown field(s) 'junk'",
        '$.shortfalls: expected a list of values, got "none"',
        "$: unknown field(s) 'extra'",
    )
    message = str(info.value)
    assert message.startswith("6 problems:\n  - $.sessions[1].day")
    assert all(f"  - {p}" in message for p in texts(info.value))


def test_constructor_checks_are_reported_with_their_path() -> None:
    document = {
        "sessions": [
            {
                **SESSION,
                "exercises": [
                    {"exercise": "Goblet Squat", "dose": DOSE},
                    {"exercise": "wall_sit", "dose": {**DOSE, "seconds": 30}},
                ],
            }
        ]
    }
    assert problems_of(rs.WeekPlan, document) == (
        "$.sessions[0].exercises[0].exercise: 'Goblet Squat' is not a snake_case id "
        "(a-z, 0-9, _; 64 at most)",
        "$.sessions[0].exercises[1].dose.reps: exactly one of reps, seconds, steps is needed "
        "(reps, seconds)",
    )


def test_exercise_problems_in_doses_have_level_paths() -> None:
    document = {
        "id": "split_squat",
        "name": "Split squat",
        "patterns": ["lunge"],
        "primary": ["quadriceps"],
        "level": "beginner",
        "doses": {"beginner": {**DOSE, "sets": 0}, "expert": DOSE},
    }
    problems = problems_of(rs.Exercise, document)
    assert "$.doses.beginner.sets: 0 is outside 1..10" in problems
    assert any(p.startswith("$.doses.expert: 'expert' is not a valid Level") for p in problems)


def test_catalog_problems_have_exercise_paths() -> None:
    exercise = {
        "id": "box_squat",
        "name": "Box squat",
        "patterns": ["squat"],
        "primary": ["quadriceps"],
        "level": "beginner",
        "doses": dict.fromkeys(("beginner", "intermediate", "advanced"), DOSE),
    }
    document = {"exercises": [exercise, {**exercise, "name": "Other", "easier": "nope"}]}
    assert problems_of(rs.Catalog, document) == (
        "$.exercises[1].id: 'box_squat' is already used by exercises[0]",
        "$.exercises[1].easier: no exercise has id 'nope'",
    )
    bad_item = {**exercise, "id": "wall_sit", "name": "Wall sit", "level": "pro"}
    problems = problems_of(rs.Catalog, {"exercises": [exercise, bad_item]})
    assert problems[0].startswith("$.exercises[1].level: 'pro' is not a valid Level")


def test_running_week_problems_have_day_paths() -> None:
    document = {
        "mon": {"kind": "jog"},
        "tue": ["easy", "easy", "easy"],
        "sun": {"kind": "long", "minutes": "90"},
        "wed": 5,
        "funday": [],
    }
    assert problems_of(rs.RunningWeek, document) == (
        "$.mon[0].kind: 'jog' is not a valid RunKind "
        "(expected one of: easy, recovery, long, tempo, intervals, hills, race)",
        "$.tue: 3 runs in one day (at most 2)",
        '$.sun[0].minutes: expected a whole number, got "90"',
        "$.wed: expected a list of runs, got 5",
        "$.funday: 'funday' is not a valid Weekday "
        "(expected one of: mon, tue, wed, thu, fri, sat, sun)",
    )


def test_missing_required_fields() -> None:
    assert problems_of(rs.Athlete, {}) == ("$.level: required field missing",)
    problems = problems_of(rs.Session, {"day": "mon"})
    assert set(problems) == {
        "$.focus: required field missing",
        "$.placement: required field missing",
        "$.exercises: required field missing",
    }


# =========================================================================== strictness


@pytest.mark.parametrize(
    ("cls", "document", "expected"),
    [
        (
            rs.Dose,
            {**DOSE, "rest_seconds": "90"},
            '$.rest_seconds: expected [lo, hi] or a whole number, got "90"',
        ),
        (rs.Dose, {**DOSE, "load_kg": "5"}, '$.load_kg: expected a number, got "5"'),
        (rs.Dose, {**DOSE, "load_kg": True}, "$.load_kg: expected a number, got true"),
        (rs.Dose, {**DOSE, "per_side": 1}, "$.per_side: expected true or false, got 1"),
        (rs.Dose, {**DOSE, "per_side": "true"}, '$.per_side: expected true or false, got "true"'),
        (rs.Dose, {**DOSE, "reps": [8, True]}, "$.reps: expected a whole number, got true"),
        (rs.Dose, {**DOSE, "reps": 8.0}, "$.reps: expected [lo, hi] or a whole number, got 8.0"),
        (
            rs.Dose,
            {**DOSE, "sets": [1, 2, 3]},
            "$.sets: expected [lo, hi] or a whole number, got a list",
        ),
        (rs.Dose, {**DOSE, "tempo": [3, 1, 1]}, "$.tempo: expected an object (Tempo), got a list"),
        (
            rs.Athlete,
            {"level": "beginner", "sessions_per_week": True},
            "$.sessions_per_week: expected a whole number, got true",
        ),
        (
            rs.Athlete,
            {"level": "beginner", "session_minutes": 30.0},
            "$.session_minutes: expected a whole number, got 30.0",
        ),
        (
            rs.Athlete,
            {"level": "beginner", "available_days": "mon"},
            '$.available_days: expected a list of names, got "mon"',
        ),
        (rs.Athlete, {"level": 1}, "$.level: expected text, got 1"),
        (
            rs.Session,
            {**SESSION, "exercises": "goblet_squat"},
            '$.exercises: expected a list of values, got "goblet_squat"',
        ),
        (
            rs.Session,
            {**SESSION, "reasons": "After the run."},
            '$.reasons: expected a list of values, got "After the run."',
        ),
        (rs.Run, {"kind": "easy", "minutes": "40"}, '$.minutes: expected a whole number, got "40"'),
        (rs.Athlete, [], "$: expected an object (Athlete), got a list"),
        (rs.WeekPlan, "plan", '$: expected an object (WeekPlan), got "plan"'),
    ],
)
def test_no_silent_coercion(cls: type[Any], document: object, expected: str) -> None:
    assert problems_of(cls, document) == (expected,)


def test_unknown_keys_are_rejected() -> None:
    assert problems_of(rs.Athlete, {"level": "beginner", "zzz": 1, "aaa": 2}) == (
        "$: unknown field(s) 'aaa', 'zzz'",
    )
    assert problems_of(rs.Run, {"kind": "easy", "mins": 40}) == ("$: unknown field(s) 'mins'",)


@pytest.mark.parametrize(
    ("cls", "document", "field", "allowed"),
    [
        (rs.Athlete, {"level": "expert"}, "level", "beginner, intermediate, advanced"),
        (rs.Session, {**SESSION, "focus": "heavy"}, "focus", "strength, light"),
        (rs.Session, {**SESSION, "placement": "before"}, "placement", "after_run, standalone"),
        (rs.Run, {"kind": "jog"}, "kind", "easy, recovery, long, tempo, intervals, hills, race"),
        (rs.ExerciseLog, {"exercise": "a", "sets": [], "pain": "bad"}, "pain", "none, mild, sharp"),
    ],
)
def test_unknown_enum_strings_list_the_allowed_values(
    cls: type[Any], document: dict[str, Any], field: str, allowed: str
) -> None:
    (problem,) = problems_of(cls, document)
    assert problem.startswith(f"$.{field}: ")
    assert f"(expected one of: {allowed})" in problem


def test_unknown_set_members_list_the_allowed_values() -> None:
    (problem,) = problems_of(rs.Athlete, {"level": "beginner", "injuries": ["knee", "elbow"]})
    assert problem.startswith("$.injuries[1]: 'elbow' is not a valid Injury (expected one of: ")


@pytest.mark.parametrize("kit", ["none", "home", "gym"])
def test_kits_are_accepted_for_athlete_equipment(kit: str) -> None:
    athlete = rs.from_dict(rs.Athlete, {"level": "intermediate", "equipment": kit})
    assert athlete.equipment == rs.kit(kit)


def test_athlete_equipment_as_a_list_of_items() -> None:
    athlete = rs.from_json(rs.Athlete, '{"level": "beginner", "equipment": ["dumbbell", "box"]}')
    assert athlete.equipment == {rs.Equipment.dumbbell, rs.Equipment.box}
    (problem,) = problems_of(rs.Athlete, {"level": "beginner", "equipment": ["gym"]})
    assert problem.startswith("$.equipment[0]: 'gym' is not a valid Equipment")
    (problem,) = problems_of(rs.Athlete, {"level": "beginner", "equipment": 5})
    assert problem == "$.equipment: expected a kit name or a list of items, got 5"


def test_every_bad_equipment_item_is_reported() -> None:
    problems = problems_of(rs.Athlete, {"level": "beginner", "equipment": [5, "box", "laser"]})
    assert problems[0] == "$.equipment[0]: expected text, got 5"
    assert problems[1].startswith("$.equipment[2]: 'laser' is not a valid Equipment")
    assert len(problems) == 2


def test_a_bare_kind_and_a_single_run_are_accepted_for_a_day() -> None:
    text = '{"mon": "easy", "wed": ["easy", "tempo"], "sun": {"kind": "long", "minutes": 90}}'
    week = rs.from_json(rs.RunningWeek, text)
    assert week == rs.RunningWeek(mon="easy", wed=["easy", "tempo"], sun=rs.Run("long", 90))
    assert rs.from_dict(rs.Run, "hills") == rs.Run(rs.RunKind.hills)


def test_to_dict_on_other_types_is_a_type_error() -> None:
    for bad in ({"level": "beginner"}, 5, "easy", rs.Level.beginner, None, [rs.Run("easy")]):
        with pytest.raises(TypeError, match="to_dict: obj must be a runstrength value, not "):
            rs.to_dict(bad)
    with pytest.raises(TypeError, match="to_json: obj must be a runstrength value, not object"):
        rs.to_json(object())


def test_from_dict_on_other_types_is_a_type_error() -> None:
    odd: list[object] = [dict, int, rs.Level, "Athlete", [], rs.Run("easy")]
    for bad in odd:
        with pytest.raises(TypeError, match="from_dict: cls must be a runstrength value type"):
            rs.from_dict(bad, {})  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="from_json: cls must be a runstrength value type"):
            rs.from_json(bad, "{}")  # type: ignore[arg-type]


# =========================================================================== bad JSON text


@pytest.mark.parametrize(
    "text", ["", "{", "nope", "{'level': 'beginner'}", '{"level": "beginner",}', b"\xff\xfe"]
)
def test_invalid_json_text(text: str | bytes) -> None:
    with pytest.raises(rs.InputError, match=r"\$: not valid JSON"):
        rs.from_json(rs.Athlete, text)


def test_json_text_of_the_wrong_kind() -> None:
    with pytest.raises(rs.InputError, match=r"\$: expected JSON text, got int"):
        rs.from_json(rs.Athlete, 5)  # type: ignore[arg-type]
    with pytest.raises(rs.InputError, match=r"\$: expected an object \(Athlete\), got a list"):
        rs.from_json(rs.Athlete, "[1, 2]")


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused(text: str) -> None:
    with pytest.raises(rs.InputError, match=r"\$\.load_kg: .*finite"):
        rs.from_json(rs.Dose, f'{{"sets": 1, "reps": 5, "rest_seconds": 60, "load_kg": {text}}}')


def test_huge_integer_is_refused() -> None:
    with pytest.raises(rs.InputError):
        rs.from_json(rs.Run, '{"kind": "easy", "minutes": ' + "9" * 5000 + "}")
    with pytest.raises(rs.InputError, match=r"\$\.minutes: "):
        rs.from_json(rs.Run, '{"kind": "easy", "minutes": ' + "9" * 1000 + "}")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"sessions": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"a":' * 100_000 + "1" + "}" * 100_000,
    ],
    ids=["open", "closed", "in_field", "objects"],
)
def test_deeply_nested_json_is_refused_quickly(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(rs.InputError, match="nested too deeply"):
        rs.from_json(rs.WeekPlan, text)
    assert time.perf_counter() - start < 2


def test_deeply_nested_data_is_refused() -> None:
    data: object = 1
    for _ in range(100_000):
        data = [data]
    for cls in (rs.WeekPlan, rs.RunningWeek, rs.Catalog):
        with pytest.raises(rs.InputError):
            rs.from_dict(cls, {"sessions": data, "mon": data, "exercises": data})


@pytest.mark.parametrize("as_bytes", [False, True])
def test_huge_text_is_refused_quickly(as_bytes: bool) -> None:
    text = '"' + "a" * 25_000_000 + '"'
    start = time.perf_counter()
    with pytest.raises(rs.InputError, match="characters") as info:
        rs.from_json(rs.WeekPlan, text.encode() if as_bytes else text)
    assert time.perf_counter() - start < 1
    assert "25,000,002" in str(info.value)


# =========================================================================== fuzzing

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-3, max_value=700),
    st.floats(),
    st.text(max_size=12),
)
WORDS = st.sampled_from(
    [
        "easy",
        "long",
        "race",
        "mon",
        "sun",
        "beginner",
        "advanced",
        "gym",
        "home",
        "none",
        "squat",
        "quadriceps",
        "dumbbell",
        "error",
        "RS101",
        "light",
        "strength",
        "after_run",
        "mild",
        "goblet_squat",
        "build",
        "schema_version",
    ]
)
JSON_LIKE = st.recursive(
    SCALARS | WORDS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def shaped(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects keyed by the type's own field names, with random (often nearly right) values."""
    if cls not in _SHAPES:
        _SHAPES[cls] = _shaped(cls)
    return _SHAPES[cls]


def _shaped(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    keys = st.sampled_from(field_names(cls))
    values = st.recursive(
        SCALARS | WORDS,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(keys | WORDS, inner, max_size=3)
        ),
        max_leaves=12,
    )
    return st.dictionaries(keys, values)


def _paths(node: object, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, item in node.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += _paths(item, (*prefix, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], new: object) -> Any:
    if not path:
        return new
    copy = dict(node) if isinstance(node, dict) else list(node)
    copy[path[0]] = _replace(copy[path[0]], path[1:], new)
    return copy


def outcome(call: Callable[[], object]) -> object:
    """The value ``call`` builds, or the InputError it raises (anything else propagates)."""
    try:
        return call()
    except rs.InputError as error:
        return error


def check_accepted_or_refused(cls: type[Any], result: object) -> None:
    if isinstance(result, rs.InputError):
        assert texts(result)
        assert all(p.startswith("$") for p in texts(result)), texts(result)
    else:
        assert type(result) is cls


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=TYPE_IDS)
@FEWER
@given(data=JSON_LIKE | st.none(), text=st.text(max_size=40))
def test_fuzz_arbitrary_data_and_text(cls: type[Any], data: object, text: str) -> None:
    check_accepted_or_refused(cls, outcome(lambda: rs.from_dict(cls, data)))
    check_accepted_or_refused(cls, outcome(lambda: rs.from_json(cls, text)))
    check_accepted_or_refused(cls, outcome(lambda: rs.from_json(cls, json.dumps(data))))


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=TYPE_IDS)
@FEWER
@given(data=st.data())
def test_fuzz_objects_with_the_real_field_names(cls: type[Any], data: st.DataObject) -> None:
    document = data.draw(shaped(cls))
    check_accepted_or_refused(cls, outcome(lambda: rs.from_dict(cls, document)))


@pytest.mark.parametrize("cls", ALL_PARAMS)
@FEWER
@given(data=st.data())
def test_fuzz_mutated_documents(cls: type[Any], data: st.DataObject) -> None:
    document: Any = rs.to_dict(data.draw(strategy_for(cls)))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(_paths(document)))
        document = _replace(document, path, data.draw(JSON_LIKE))
    check_accepted_or_refused(cls, outcome(lambda: rs.from_dict(cls, document)))


def _read_with(converter: Any, cls: type[Any], document: object) -> object:
    try:
        with budget(parsed=True):
            return converter.structure(document, cls)
    except Exception:  # only whether it was refused matters here
        return "refused"


@pytest.mark.parametrize("cls", ALL_PARAMS)
@FEWER
@given(data=st.data())
def test_the_quick_and_the_detailed_read_agree(cls: type[Any], data: st.DataObject) -> None:
    """Valid documents take a quick path; it must accept exactly what the detailed one does."""
    document: Any = rs.to_dict(data.draw(strategy_for(cls)))
    for _ in range(data.draw(st.integers(min_value=0, max_value=2))):
        path = data.draw(st.sampled_from(_paths(document)))
        document = _replace(document, path, data.draw(JSON_LIKE))
    document = json.loads(json.dumps(document))  # plain parsed data, as from_json reads it
    if isinstance(document, dict):
        document.pop("schema_version", None)
    quick = _read_with(_converter(detailed=False), cls, document)
    detailed = _read_with(_converter(), cls, document)
    assert quick == detailed


@pytest.mark.parametrize("data", [-1, 100_001, [3, 2], {"lo": -1, "hi": 2}])
def test_a_bad_range_at_the_top_level_has_a_path(data: object) -> None:
    with pytest.raises(rs.InputError) as info:
        rs.from_dict(rs.IntRange, data)
    assert all(p.startswith("$") for p in texts(info.value)), texts(info.value)
