"""Hardening: limits on what is read, arbitrary Python values, determinism and pickling.

``from_dict`` and ``from_json`` refuse oversized input at once with an ``InputError`` that
names the limit and where it was passed, whatever the input: JSON text or Python values.
Nothing here is timed; a limit that stopped working would make these tests hang or run
out of memory instead of passing.
"""

from __future__ import annotations

import decimal
import fractions
import json
import os
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io import documents as _json
from runstrength._model.block import MAX_WEEKS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

VALUE_TYPES: list[type[Any]] = [getattr(rs, name) for name in rs.VALUE_TYPES]

SESSION: dict[str, Any] = {
    "day": "mon",
    "focus": "strength",
    "placement": "standalone",
    "exercises": [
        {"exercise": "goblet_squat", "dose": {"sets": 3, "reps": [8, 10], "rest_seconds": 90}}
    ],
}
TEN_MB = "a" * 10_000_000


def texts(error: rs.InputError) -> tuple[str, ...]:
    """Each problem of ``error`` as the line its message shows."""
    return tuple(map(str, error.problems))


def refused(cls: type[Any], data: object, *, text: bool = False) -> rs.InputError:
    """The ``InputError`` that reading ``data`` as a ``cls`` raises (as JSON text if asked)."""
    read = rs.from_json if text else rs.from_dict
    with pytest.raises(rs.InputError) as info:
        read(cls, data)  # type: ignore[arg-type]  # JSON text when ``text`` is set
    assert info.value.__context__ is None
    assert texts(info.value)
    assert all(p.startswith("$") for p in texts(info.value)), texts(info.value)
    return info.value


def nested_lists(depth: int) -> object:
    data: object = 1
    for _ in range(depth):
        data = [data]
    return data


def nested_objects(depth: int) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for _ in range(depth):
        data = {"next": data}
    return data


def advanced_year() -> rs.Block:
    """The largest document a runner has a use for: 52 weeks, three sessions a week."""
    athlete = rs.Athlete(
        level="advanced", equipment="gym", goals=list(rs.Goal), sessions_per_week=3
    )
    week = rs.RunningWeek(
        mon="easy",
        tue=["intervals", "easy"],
        wed="easy",
        thu="tempo",
        fri="recovery",
        sat="easy",
        sun="long",
    )
    race = rs.RunningWeek(tue="easy", thu="easy", sun="race")
    return rs.build_block(athlete, [week] * (MAX_WEEKS - 1) + [race])


# =========================================================================== limits


def test_a_year_of_training_is_far_below_every_limit() -> None:
    block = advanced_year()
    text = rs.to_json(block, indent=2)
    assert rs.from_json(rs.Block, text) == block
    # Each reason is an object of its code, parameters and text: a year holds about twice
    # the text and half again the values it held when reasons were plain text, and with a
    # season's sentences coded (their numbers as parameters) about a third of each limit.
    assert len(text) * 3 < _json.MAX_JSON_CHARS
    assert text.count(",") * 3 < _json.MAX_VALUES
    document = rs.to_dict(block)
    values = longest_list = longest_text = depth = 0
    stack: list[tuple[object, int]] = [(document, 1)]
    while stack:
        node, level = stack.pop()
        depth = max(depth, level)
        if isinstance(node, dict | list):
            items = list(node.values()) if isinstance(node, dict) else node
            values += len(items)
            longest_list = max(longest_list, len(items))
            stack.extend((item, level + 1) for item in items)
        elif isinstance(node, str):
            longest_text = max(longest_text, len(node))
    assert values * 2 < _json.MAX_VALUES
    assert longest_list * 100 < _json.MAX_ITEMS
    assert longest_text * 10 < _json.MAX_TEXT
    assert depth <= 12


def test_a_million_sessions() -> None:
    error = refused(rs.WeekPlan, {"sessions": [SESSION] * 1_000_000})
    assert texts(error) == ("$.sessions: a list of 1,000,000 items is too long (at most 10,000)",)


def test_a_million_sessions_as_json() -> None:
    text = '{"sessions": [' + ", ".join(["{}"] * 1_000_000) + "]}"
    error = refused(rs.WeekPlan, text, text=True)
    assert texts(error) == (
        "$: document has 999,999 commas, so more than the 100,000 values a document may hold",
    )


def test_a_million_exercises() -> None:
    exercises = SESSION["exercises"] * 1_000_000
    error = refused(rs.WeekPlan, {"sessions": [{**SESSION, "exercises": exercises}]})
    assert texts(error) == (
        "$.sessions[0].exercises: a list of 1,000,000 items is too long (at most 10,000)",
    )
    error = refused(rs.Catalog, {"exercises": [{}] * 1_000_000})
    assert texts(error) == ("$.exercises: a list of 1,000,000 items is too long (at most 10,000)",)


@pytest.mark.parametrize("weeks", [MAX_WEEKS + 1, 1_000_000])
def test_a_block_over_the_most_weeks(weeks: int) -> None:
    plan = {"sessions": [SESSION]}
    document = {"weeks": [plan] * weeks, "phases": ["build"] * weeks, "running": [{}] * weeks}
    problems = texts(refused(rs.Block, document))
    expected = f"{weeks:,} entries (a block has at most {MAX_WEEKS} weeks)"
    assert problems == tuple(f"$.{name}: {expected}" for name in ("weeks", "phases", "running"))


def test_a_block_of_the_most_weeks_is_read() -> None:
    week = rs.RunningWeek(tue="easy", sat="long")
    block = rs.build_block(rs.Athlete(level="beginner"), [week] * MAX_WEEKS)
    assert rs.from_json(rs.Block, rs.to_json(block)) == block


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        '{"sessions": ' + "[" * 10_000 + "]" * 10_000 + "}",
        '{"a": ' * 10_000 + "1" + "}" * 10_000,
        '{"sessions": [' + '{"day": ' * 10_000 + '"mon"' + "}" * 10_000 + "]}",
    ],
    ids=["lists", "in_a_field", "objects", "in_an_item"],
)
def test_json_nested_ten_thousand_deep(text: str) -> None:
    error = refused(rs.WeekPlan, text, text=True)
    assert texts(error) == ("$: nested too deeply (a runstrength document nests about 10 levels)",)
    refused(rs.WeekPlan, text.encode(), text=True)


def test_python_data_nested_ten_thousand_deep() -> None:
    deep = nested_lists(10_000)
    assert texts(refused(rs.WeekPlan, {"sessions": deep})) == (
        "$.sessions[0]: expected an object (Session), got a list",
    )
    assert texts(refused(rs.RunningWeek, {"mon": deep})) == (
        "$.mon[0]: expected an object (Run), got a list",
    )
    assert texts(refused(rs.Block, deep)) == ("$: expected an object (Block), got a list",)
    problems = texts(refused(rs.Progression, nested_objects(10_000)))
    assert "$.next: unknown field(s) 'next'" in problems
    problems = texts(refused(rs.Exercise, {"doses": {"beginner": nested_objects(10_000)}}))
    assert "$.doses.beginner: unknown field(s) 'next'" in problems


def test_python_data_that_contains_itself() -> None:
    loop: list[Any] = []
    loop.append(loop)
    assert texts(refused(rs.WeekPlan, {"sessions": loop})) == (
        "$.sessions[0]: expected an object (Session), got a list",
    )
    plan: dict[str, Any] = {"sessions": []}
    plan["shortfalls"] = [plan]
    # A reason may be an object: this one is read as one, and lacks its keys.
    assert texts(refused(rs.WeekPlan, plan)) == (
        "$.shortfalls[0].code: required field missing",
        "$.shortfalls[0].params: required field missing",
        "$.shortfalls[0].text: required field missing",
        "$.shortfalls[0]: unknown field(s) 'sessions', 'shortfalls'",
    )


def test_a_ten_megabyte_document() -> None:
    error = refused(rs.Athlete, json.dumps({"level": TEN_MB}), text=True)
    assert texts(error) == ("$: document is 10,000,013 characters (at most 5,000,000)",)
    error = refused(rs.Athlete, json.dumps({"level": TEN_MB}).encode(), text=True)
    assert texts(error) == ("$: document is 10,000,013 characters (at most 5,000,000)",)


TOO_LONG = "text of 10,000,000 characters is too long (at most 10,000)"
SHORT = "a" * 37 + "..."
"""How a long key or text is shown in a message."""


@pytest.mark.parametrize(
    ("cls", "document", "problem"),
    [
        (rs.Athlete, {"level": TEN_MB}, f"$.level: {TOO_LONG}"),
        (rs.Athlete, {"level": "beginner", "equipment": TEN_MB}, f"$.equipment: {TOO_LONG}"),
        (rs.Athlete, {"level": "beginner", "goals": [TEN_MB]}, f"$.goals[0]: {TOO_LONG}"),
        (rs.DayDecision, {"day": "mon", "reason": TEN_MB}, f"$.reason: {TOO_LONG}"),
        (rs.Prescription, {"exercise": TEN_MB, "dose": 1}, f"$.exercise: {TOO_LONG}"),
        (rs.RuleSettings, {"severities": {TEN_MB: "x"}}, f"$.severities.{SHORT}: {TOO_LONG}"),
        (rs.RunningWeek, {TEN_MB: "easy"}, f"$.{SHORT}: {TOO_LONG}"),
        (rs.WeekPlan, {"sessions": [], "shortfalls": [TEN_MB]}, f"$.shortfalls[0]: {TOO_LONG}"),
        (rs.Run, {"kind": "easy", TEN_MB: 1}, f'$: unknown field(s) "{SHORT}"'),
    ],
    ids=["enum", "kit", "set", "text", "id", "key", "day", "list", "unknown_key"],
)
def test_a_ten_megabyte_string(cls: type[Any], document: dict[str, Any], problem: str) -> None:
    error = refused(cls, document)
    assert problem in texts(error)
    assert len(str(error)) < 1_000


def test_long_but_allowed_text_is_shortened_in_messages() -> None:
    (problem,) = texts(refused(rs.Athlete, {"level": "x" * 5_000}))
    assert problem.startswith(f"$.level: '{'x' * 37}...' is not a valid Level (expected one of")


def test_an_object_with_too_many_keys() -> None:
    document = {f"field_{i}": i for i in range(_json.MAX_ITEMS + 1)}
    for cls in (rs.Athlete, rs.RunningWeek, rs.RuleSettings):
        data = {"severities": document} if cls is rs.RuleSettings else document
        (problem,) = texts(refused(cls, data))
        assert problem.endswith(": an object of 10,001 items is too long (at most 10,000)")


def test_unknown_keys_are_listed_up_to_ten() -> None:
    document = {"level": "beginner", **{f"field_{i:02}": i for i in range(25)}}
    (problem,) = texts(refused(rs.Athlete, document))
    shown = ", ".join(f"'field_{i:02}'" for i in range(10))
    assert problem == f"$: unknown field(s) {shown} and 15 more"


def test_a_document_of_too_many_values() -> None:
    plan = {"sessions": [SESSION] * 2_000}
    document = {"weeks": [plan] * MAX_WEEKS, "phases": [], "running": []}
    assert texts(refused(rs.Block, document)) == ("$: the document holds more than 100,000 values",)


def test_reading_stops_after_a_thousand_problems() -> None:
    problems = texts(refused(rs.WeekPlan, {"sessions": [5] * 10_000}))
    assert len(problems) == _json.MAX_PROBLEMS + 1
    assert problems[0] == "$.sessions[0]: expected an object (Session), got 5"
    assert problems[-1] == "$.sessions[1000]: not read from here on: 1,000 problems found already"
    bad_week = {"sessions": [{**SESSION, "exercises": [1] * 50}] * 100}
    document = {"weeks": [bad_week] * MAX_WEEKS, "phases": [], "running": []}
    problems = texts(refused(rs.Block, document))
    assert len(problems) <= _json.MAX_PROBLEMS + MAX_WEEKS
    assert any("not read from here on" in p for p in problems)


@pytest.mark.parametrize(
    ("cls", "document", "problem"),
    [
        (
            rs.Run,
            {"kind": "easy", "minutes": 10**5000},
            "$.minutes: a whole number of about 5,001 digits is too large (at most 15 digits)",
        ),
        (
            rs.Dose,
            {"sets": 1, "reps": 5, "rest_seconds": 60, "load_kg": -(10**20)},
            "$.load_kg: a whole number of about 21 digits is too large (at most 15 digits)",
        ),
        (
            rs.Run,
            {"schema_version": 10**5000, "kind": "easy"},
            "$.schema_version: expected a version number, got a whole number of about 5,001 digits",
        ),
        (
            rs.Run,
            {"schema_version": 10**15, "kind": "easy"},
            "$.schema_version: expected a version number, got a whole number of about 16 digits",
        ),
    ],
    ids=["field", "float_field", "schema_version", "schema_version_just_over"],
)
def test_huge_whole_numbers(cls: type[Any], document: dict[str, Any], problem: str) -> None:
    assert texts(refused(cls, document)) == (problem,)


def test_limits_do_not_outlive_a_read() -> None:
    # Each read has its own budget: many reads in a row are each judged afresh.
    document = rs.to_dict(rs.build_week(rs.Athlete(level="intermediate"), rs.RunningWeek()))
    for _ in range(200):
        rs.from_dict(rs.WeekPlan, document)
    refused(rs.WeekPlan, {"sessions": [5] * 2_000})
    assert rs.from_dict(rs.WeekPlan, document) == rs.from_json(rs.WeekPlan, json.dumps(document))


@pytest.mark.parametrize(
    ("cls", "document", "first"),
    [
        (
            rs.Athlete,
            {"level": "beginner", "equipment": ["laser"] * 2_000},
            "$.equipment[0]: 'laser' is not a valid Equipment",
        ),
        (
            rs.RuleSettings,
            {"severities": {f"RS{i}": "fatal" for i in range(2_000)}},
            "$.severities.RS0: 'fatal' is not a valid Severity",
        ),
        (
            rs.RunningWeek,
            {f"day{i}": "easy" for i in range(2_000)},
            "$.day0: 'day0' is not a valid Weekday",
        ),
    ],
    ids=["equipment", "mapping", "week"],
)
def test_reading_stops_after_a_thousand_problems_in_any_collection(
    cls: type[Any], document: dict[str, Any], first: str
) -> None:
    problems = texts(refused(cls, document))
    assert len(problems) == _json.MAX_PROBLEMS + 1
    assert problems[0].startswith(first)
    assert problems[-1].endswith(": not read from here on: 1,000 problems found already")


def test_the_converter_alone_has_no_budget() -> None:
    # Limits on a whole document belong to a read (from_dict); the converter itself,
    # used directly, collects every problem.
    from cattrs.errors import IterableValidationError  # noqa: PLC0415

    converter = _json._converter()
    week = rs.RunningWeek(mon="easy", sun="long")
    document = {k: v for k, v in rs.to_dict(week).items() if k != "schema_version"}
    assert converter.structure(document, rs.RunningWeek) == week
    with pytest.raises(IterableValidationError) as info:
        converter.structure([5] * 2_000, tuple[rs.Session, ...])
    assert len(info.value.exceptions) == 2_000


def test_members_are_accepted_in_python_data() -> None:
    document = {
        "level": rs.Level.beginner,
        "goals": [rs.Goal.hills],
        "equipment": [rs.Equipment.box],
    }
    assert rs.from_dict(rs.Athlete, document) == rs.Athlete(
        level="beginner", goals=["hills"], equipment=["box"]
    )


def test_a_key_given_twice_in_json() -> None:
    text = '{"level": "beginner", "goals": [], "level": "advanced", "goals": ["hills"]}'
    error = refused(rs.Athlete, text, text=True)
    assert texts(error) == ("$: not valid JSON (key(s) given twice: 'goals', 'level')",)


class EndlessMapping(Mapping[str, object]):
    """A mapping whose every look-up recurses without end, like a broken lazy proxy."""

    def __init__(self, *, sized: bool = True, answers_in: bool = True) -> None:
        self.sized = sized
        self.answers_in = answers_in

    def __contains__(self, key: object) -> bool:
        return key == "level" if self.answers_in else key in self

    def __getitem__(self, key: str) -> object:
        return self[key]

    def __iter__(self) -> Iterator[str]:
        return iter(["level"])

    def __len__(self) -> int:
        return 1 if self.sized else len(self)


def test_endless_recursion_in_python_data() -> None:
    problems = texts(refused(rs.Athlete, EndlessMapping()))
    assert problems == ("$.level: nested too deeply",)
    for mapping in (EndlessMapping(sized=False), EndlessMapping(answers_in=False)):
        problems = texts(refused(rs.Athlete, mapping))
        assert problems == ("$: nested too deeply (a runstrength document nests about 10 levels)",)


def test_documents_of_older_versions_are_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend version 2 renamed Run.kind to Run.type: version 1 documents still load.
    def rename(document: dict[str, Any]) -> dict[str, Any]:
        document["type"] = document.pop("kind")
        return document

    def rename_back(document: dict[str, Any]) -> dict[str, Any]:
        document["kind"] = document.pop("type")
        return document

    monkeypatch.setattr(_json, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(_json.MIGRATIONS, 1, rename)
    monkeypatch.setitem(_json.MIGRATIONS, 2, rename_back)
    assert rs.from_dict(rs.Run, {"schema_version": 1, "kind": "easy"}) == rs.Run("easy")
    assert rs.from_dict(rs.Run, {"schema_version": 2, "type": "long"}) == rs.Run("long")
    assert rs.from_dict(rs.Run, {"schema_version": 3, "kind": "race"}) == rs.Run("race")


# =========================================================================== arbitrary Python


ENUM_MEMBERS = [
    member for cls in (rs.Level, rs.Weekday, rs.RunKind, rs.Equipment) for member in cls
]
WORDS = ["easy", "mon", "beginner", "gym", "lo", "hi", "kind", "level", "sessions", "exercise"]
WORDS += ["sets", "reps", "rest_seconds", "dose", "day", "focus", "placement", "exercises"]

PY_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**14, max_value=10**5000),
    st.floats(),
    st.complex_numbers(),
    st.text(max_size=10),
    st.binary(max_size=5),
    st.decimals(),
    st.fractions(),
    st.sampled_from(ENUM_MEMBERS),
    st.sampled_from(WORDS),
    st.sampled_from([object(), rs.Run("easy"), rs.IntRange(1, 2), rs.Level, type, len]),
    st.just(decimal.Decimal("NaN")),
    st.just(fractions.Fraction(1, 3)),
)
PY_KEYS = st.one_of(
    st.text(max_size=6),
    st.sampled_from(WORDS),
    st.integers(),
    st.none(),
    st.sampled_from(ENUM_MEMBERS),
    st.tuples(st.integers()),
)
PY_VALUES = st.recursive(
    PY_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.frozensets(st.integers(), max_size=3),
        st.sets(st.sampled_from(WORDS), max_size=3),
        st.dictionaries(PY_KEYS, inner, max_size=4),
        st.lists(inner, max_size=3).map(iter),
    ),
    max_leaves=15,
)


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=rs.VALUE_TYPES)
@settings(max_examples=max(10, settings().max_examples // 2))
@given(data=PY_VALUES)
def test_arbitrary_python_values(cls: type[Any], data: object) -> None:
    check_accepted_or_refused(cls, lambda: rs.from_dict(cls, data))


def check_accepted_or_refused(cls: type[Any], read: Callable[[], object]) -> None:
    """``read`` builds a ``cls`` or raises an ``InputError`` with paths, nothing else."""
    try:
        result = read()
    except rs.InputError as error:
        result = error
    if isinstance(result, rs.InputError):
        assert texts(result)
        assert all(p.startswith("$") for p in texts(result)), texts(result)
        # No internal exception rides along: the error pickles alone, under any pickler.
        assert (result.__cause__, result.__context__) == (None, None)
        assert pickle.loads(pickle.dumps(result)).problems == result.problems
    else:
        assert type(result) is cls


class HostileRepr:
    """A value whose ``repr`` fails: no message may need it."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    __str__ = __repr__


@pytest.mark.parametrize(
    ("cls", "document"),
    [
        (rs.Athlete, {"level": HostileRepr()}),
        (rs.Athlete, {"level": "beginner", "equipment": [HostileRepr()]}),
        (rs.Athlete, {"level": "beginner", HostileRepr(): 1}),
        (rs.RuleSettings, {"severities": {HostileRepr(): "error"}}),
        (rs.RunningWeek, {HostileRepr(): "easy"}),
        (rs.WeekPlan, {"sessions": [HostileRepr()]}),
        (rs.Run, {"schema_version": HostileRepr(), "kind": "easy"}),
        (rs.Run, HostileRepr()),
    ],
)
def test_values_whose_repr_fails(cls: type[Any], document: object) -> None:
    refused(cls, document)


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=rs.VALUE_TYPES)
@settings(max_examples=max(10, settings().max_examples // 5))
@given(text=st.one_of(st.text(), st.binary()))
def test_arbitrary_json_text(cls: type[Any], text: str | bytes) -> None:
    check_accepted_or_refused(cls, lambda: rs.from_json(cls, text))


# =========================================================================== determinism

DETERMINISM_SCRIPT = textwrap.dedent(
    """
    import runstrength as rs

    athletes = [
        rs.Athlete(level="beginner"),
        rs.Athlete(
            level="intermediate",
            equipment=["dumbbell", "bench", "step", "mini_band", "wall", "box"],
            available_days=["sun", "tue", "thu", "sat", "mon"],
            injuries=["knee", "achilles", "shin"],
            goals=["speed", "hills", "resilience"],
        ),
        rs.Athlete(
            level="advanced",
            equipment="gym",
            sessions_per_week=3,
            session_minutes=45,
            goals=list(rs.Goal),
            injuries=["lower_back", "hip"],
        ),
        rs.Athlete(level="advanced", equipment="none", available_days=["wed", "fri", "mon"]),
    ]
    weeks = [
        rs.RunningWeek(),
        rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun="long"),
        rs.RunningWeek(tue=["easy", "hills"], wed="recovery", fri="easy", sun="race"),
        rs.RunningWeek(mon="long", wed="tempo", fri="intervals"),
    ]
    for athlete in athletes:
        print(rs.to_json(athlete))
        for week in weeks:
            plan = rs.build_week(athlete, week)
            print(rs.to_json(plan))
            print(rs.render_week(plan, week))
            print([rs.to_json(v) for v in rs.validate(plan, athlete, week)])
        block = rs.build_block(athlete, [weeks[1]] * 7 + [weeks[2]])
        print(rs.to_json(block))
        print(rs.render_block(block))
    print(rs.to_json(rs.default_catalog()))
    print([rule.code for rule in rs.rules()])
    print(rs.to_json(rs.RuleSettings()))
    """
)


def run_with_hash_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", DETERMINISM_SCRIPT],
        capture_output=True,
        check=True,
        env=env,
        text=True,
    )
    return result.stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = {seed: run_with_hash_seed(seed) for seed in ("0", "1", "12345", "random")}
    first = outputs["0"]
    assert first.count("\n") > 50
    assert '"sessions": [{' in first
    for seed, output in outputs.items():
        assert output == first, f"output differs under PYTHONHASHSEED={seed}"


@pytest.mark.parametrize(
    "value",
    [
        rs.Dose(sets=3, reps=(8, 12), rest_seconds=90, load_kg=16),
        rs.SetLog(reps=10, load_kg=20),
        rs.RuleSettings(seconds_per_rep=4, seconds_per_step=2),
    ],
    ids=["Dose", "SetLog", "RuleSettings"],
)
def test_whole_numbers_in_number_fields_write_stable_text(value: object) -> None:
    text = rs.to_json(value)
    assert rs.to_json(rs.from_json(type(value), text)) == text
    assert ".0" in text


# =========================================================================== pickling


def real_values() -> list[object]:
    """Values as the library's functions make them, with every kind of field filled."""
    athlete = rs.Athlete(
        level="intermediate",
        equipment="gym",
        injuries=["knee"],
        goals=["hills", "speed"],
        available_days=["mon", "wed", "fri", "sat"],
    )
    week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
    plan = rs.build_week(athlete, week)
    block = rs.build_block(athlete, [week] * 5 + [rs.RunningWeek(sun="race")])
    prescription = plan.sessions[0].exercises[0]
    log = rs.ExerciseLog(
        exercise=prescription.exercise,
        sets=[rs.SetLog(reps=prescription.dose.reps.hi if prescription.dose.reps else None)],
        pain="mild",
    )
    bad = rs.WeekPlan(sessions=[plan.sessions[0]] * 2)
    return [
        athlete,
        week,
        plan,
        block,
        rs.default_catalog(),
        rs.progress(prescription, log),
        rs.validate(bad, athlete, week),
        rs.rules(),
        rs.RuleSettings(severities={"RS105": "error"}),
        rs.BlockSettings(deload_every=3),
        rs.InputError(["$.a: one", "$.b: two"]),
        *(member for cls in (rs.Level, rs.Change, rs.Equipment, rs.Severity) for member in cls),
    ]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_real_values_pickle(protocol: int) -> None:
    for value in real_values():
        copy = pickle.loads(pickle.dumps(value, protocol=protocol))
        if isinstance(value, rs.InputError):
            assert isinstance(copy, rs.InputError)
            assert (copy.problems, str(copy)) == (value.problems, str(value))
        else:
            assert copy == value
            assert type(copy) is type(value)
            assert hash(copy) == hash(value)
