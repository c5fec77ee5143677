"""The JSON Schemas: shipped as generated, valid, and true of every document written.

Every document the library writes validates against its type's schema, and a document
broken against the schema (a wrong enum member, a wrong type, an extra key, a missing
required key) is refused by ``from_json`` too.
"""

from __future__ import annotations

import copy
import doctest
import functools
import gzip
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._io import schema
from runstrength._io.schema import main, meanings, schema_text, shipped_dir
from runstrength._model.registry import VALUE_CLASSES
from runstrength._model.vocab import _Vocabulary
from tests.public.test_docs import PAGES, page_blocks

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "schema_v1"
SNAPSHOT = ROOT / "tests" / "snapshot" / "outputs.json.gz"
NAMES = [cls.__name__ for cls in VALUE_CLASSES]


@functools.cache
def validator(cls: type) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(rs.json_schema(cls))


def assert_valid(cls: type, document: object, where: str = "") -> None:
    errors = sorted(validator(cls).iter_errors(document), key=lambda e: list(e.path))
    shown = "\n".join(f"  {e.json_path}: {e.message[:300]}" for e in errors[:5])
    assert not errors, f"{where} {cls.__name__} document breaks its schema:\n{shown}"


# --------------------------------------------------------------------------- the files


def test_shipped_schemas_are_what_the_generator_writes() -> None:
    shipped = sorted(path.name for path in shipped_dir().glob("*.schema.json"))
    assert shipped == sorted(f"{name}.schema.json" for name in NAMES)
    stale = [
        cls.__name__
        for cls in VALUE_CLASSES
        if (shipped_dir() / f"{cls.__name__}.schema.json").read_text(encoding="utf-8")
        != schema_text(cls)
    ]
    assert not stale, f"regenerate with `python -m runstrength._io.schema`: {stale}"


def test_the_generator_writes_every_file(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    for cls in VALUE_CLASSES:
        path = tmp_path / f"{cls.__name__}.schema.json"
        assert path.read_text(encoding="utf-8") == schema_text(cls)


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=NAMES)
def test_every_schema_is_a_valid_draft_2020_12_schema(cls: type) -> None:
    schema = rs.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == cls.__name__
    assert schema["additionalProperties"] is False


def test_json_schema_returns_a_fresh_copy() -> None:
    first = rs.json_schema(rs.Athlete)
    first["properties"].clear()
    assert rs.json_schema(rs.Athlete)["properties"]


@pytest.mark.parametrize("bad", [dict, rs.Level, "Athlete", None, rs.to_json])
def test_json_schema_refuses_what_is_not_a_value_type(bad: object) -> None:
    with pytest.raises(TypeError, match="json_schema: cls must be a runstrength value type"):
        rs.json_schema(bad)  # type: ignore[arg-type]


def test_import_stays_light() -> None:
    code = "import runstrength, sys; print(sorted(m for m in sys.modules if 'schema' in m))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- what it says


def _properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for where, node in [("$", schema), *schema.get("$defs", {}).items()]:
        for name, prop in node.get("properties", {}).items():
            found.append((f"{where}.{name}", prop))
    return found


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=NAMES)
def test_every_property_says_what_a_missing_key_means(cls: type) -> None:
    schema = rs.json_schema(cls)
    for where, prop in _properties(schema):
        text = prop.get("description", "")
        required = (
            any(where.endswith(f".{name}") for name in schema.get("required", []))
            or "Required" in text
        )
        assert required or "missing key means" in text or "Computed" in text, where
        assert text.split(". ")[0] not in ("Required.", "Left out"), where


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=NAMES)
def test_every_enum_lists_all_its_members(cls: type) -> None:
    for name, node in rs.json_schema(cls).get("$defs", {}).items():
        vocab = getattr(rs, name)
        if isinstance(vocab, type) and issubclass(vocab, _Vocabulary):
            assert node["enum"] == [member.value for member in vocab]
            for value in node["enum"]:
                assert f"- `{value}`: " in node["description"]


def test_missing_equipment_and_empty_equipment_mean_different_kits() -> None:
    prop = rs.json_schema(rs.Athlete)["properties"]["equipment"]
    assert "home kit" in prop["description"]
    assert "`[]` means no equipment" in prop["description"]
    assert rs.from_json(rs.Athlete, '{"level": "beginner"}').equipment == rs.kit("home")
    assert rs.from_json(rs.Athlete, '{"level": "beginner", "equipment": []}').equipment == (
        frozenset()
    )
    assert prop["default"] == [e.value for e in rs.Equipment if e in rs.kit("home")]


def test_a_day_decision_writes_null_for_no_focus_as_its_schema_says() -> None:
    prop = rs.json_schema(rs.DayDecision)["properties"]["focus"]
    assert {"type": "null"} in prop["anyOf"]
    decision = rs.DayDecision(rs.Weekday.mon, None, "Rest.")
    assert rs.to_dict(decision)["focus"] is None
    assert_valid(rs.DayDecision, rs.to_dict(decision))


# --------------------------------------------------------------------------- documents


STORED = sorted(FIXTURES.parent.glob("schema_v*/*.json"))


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_stored_fixtures_validate(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert_valid(getattr(rs, path.stem), document, "fixture")


def _snapshot_type(key: str) -> type | None:
    if key.startswith("progress"):
        return rs.Progression
    kinds = {".athlete": rs.Athlete, ".week": rs.RunningWeek}
    if key.endswith(".json"):
        return rs.Block if key.startswith("block") else rs.WeekPlan
    return next((cls for end, cls in kinds.items() if key.endswith(end)), None)


def test_every_snapshot_document_validates() -> None:
    kept: dict[str, str] = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    checked = 0
    for key, text in sorted(kept.items()):
        cls = _snapshot_type(key)
        if cls is not None:
            assert_valid(cls, json.loads(text), key)
            checked += 1
    assert checked > 500


def _doc_examples() -> list[tuple[str, str, str]]:
    return [
        (f"{page.name}:{block.line}", block.mark_arg, block.code)
        for page in PAGES
        for block in page_blocks(page)
        if block.mark == "json" and block.mark_arg
    ]


@pytest.mark.parametrize(("where", "name", "text"), _doc_examples())
def test_every_docs_example_validates(where: str, name: str, text: str) -> None:
    assert_valid(getattr(rs, name), json.loads(text), where)


ATHLETES = [
    rs.Athlete(level=rs.Level.beginner),
    rs.Athlete(level="intermediate", equipment="gym", injuries=["knee"], goals=["hills"]),
    rs.Athlete(level="advanced", equipment="none", sessions_per_week=3, session_minutes=60),
    rs.Athlete(
        level="advanced",
        equipment="gym",
        available_days=["mon", "thu"],
        lifts={"back_squat": rs.Lift(load_kg=80, reps=5, rir=2)},
    ),
]
WEEK = rs.RunningWeek(tue=["easy"], thu=["tempo"], sat=["easy"], sun=[rs.Run("long", 90)])
RACE = rs.RunningWeek(tue=["easy"], sat=["race"])


@pytest.mark.parametrize("athlete", ATHLETES, ids=lambda a: a.level.value)
def test_planned_documents_validate(athlete: rs.Athlete) -> None:
    plan = rs.build_week(athlete, WEEK)
    assert_valid(rs.WeekPlan, rs.to_dict(plan))
    assert_valid(rs.WeekPlan, json.loads(rs.to_json(plan)))
    block = rs.build_block(athlete, [WEEK] * 5 + [RACE])
    assert_valid(rs.Block, rs.to_dict(block))
    planned = rs.next_week(athlete, WEEK, upcoming=[WEEK] * 4 + [RACE])
    assert_valid(rs.WeekPlan, rs.to_dict(planned))
    record = rs.WeekRecord(WEEK, planned)
    later = rs.next_week(athlete, WEEK, history=[record], upcoming=[WEEK] * 3 + [RACE])
    assert_valid(rs.WeekPlan, rs.to_dict(later))
    for violation in rs.validate(plan, athlete, WEEK):
        assert_valid(rs.Violation, rs.to_dict(violation))
    assert_valid(rs.WeekRecord, rs.to_dict(record))


def test_the_packaged_catalog_validates() -> None:
    assert_valid(rs.Catalog, rs.to_dict(rs.default_catalog()))


# --------------------------------------------------------------------------- properties


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=NAMES)
def test_generated_values_validate(cls: type, data: st.DataObject) -> None:
    value = data.draw(rst.from_type(cls))
    assert_valid(cls, rs.to_dict(value))


def _places(document: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside a document, the document itself first."""
    found = [path]
    if isinstance(document, dict):
        for key, item in document.items():
            found.extend(_places(item, (*path, key)))
    elif isinstance(document, list):
        for index, item in enumerate(document):
            found.extend(_places(item, (*path, index)))
    return found


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _wrong_type(value: object) -> object:
    """A value of another JSON type, which no shorthand on input accepts either."""
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return 7
    return True  # for a list or an object


def _candidates(document: dict[str, Any], kind: str) -> list[tuple[Any, ...]]:
    """Where a mutation of ``kind`` can go in ``document``."""
    places = _places(document)
    if kind == "extra key":
        return [p for p in places if isinstance(_at(document, p), dict)]
    if kind == "missing key":
        return [p for p in places if p and isinstance(_at(document, p[:-1]), dict)]
    if kind == "wrong member":
        return [p for p in places if p and isinstance(_at(document, p), str)]
    return [p for p in places if p]


def _mutate(document: dict[str, Any], kind: str, path: tuple[Any, ...]) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    if kind == "extra key":
        _at(broken, path)["no_such_field"] = 1
    elif kind == "missing key":
        del _at(broken, path[:-1])[path[-1]]
    else:
        new = "no_such_member" if kind == "wrong member" else _wrong_type(_at(broken, path))
        _at(broken, path[:-1])[path[-1]] = new
    return broken


def _broken(
    data: st.DataObject, cls: type, document: dict[str, Any], kind: str
) -> dict[str, Any] | None:
    """A mutation of ``kind`` that breaks the schema, from a drawn place on; or None."""
    places = _candidates(document, kind)
    if not places:
        return None
    start = data.draw(st.integers(0, len(places) - 1))
    for path in places[start:] + places[:start]:
        broken = _mutate(document, kind, path)
        if not validator(cls).is_valid(broken):
            return broken
    return None  # every such mutation still fits the schema (a free text, an optional key)


KINDS = ["wrong member", "wrong type", "extra key", "missing key"]


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=NAMES)
def test_documents_broken_against_the_schema_are_refused(
    cls: type, kind: str, data: st.DataObject
) -> None:
    document = rs.to_dict(data.draw(rst.from_type(cls)))
    broken = _broken(data, cls, document, kind)
    if broken is None:
        return
    with pytest.raises(rs.InputError):
        rs.from_json(cls, json.dumps(broken))


def test_meanings_follow_declaration_order() -> None:
    assert list(meanings(rs.Weekday)) == [day.value for day in rs.Weekday]


@pytest.mark.parametrize(
    ("cls", "document"),
    [
        (rs.Athlete, {"level": "beginner", "sessions_per_week": 4}),
        (rs.Athlete, {"level": "beginner", "session_minutes": 9}),
        (rs.Dose, {"sets": [1, 11], "reps": [8, 8], "rest_seconds": [60, 60]}),
        (rs.Dose, {"sets": [3, 3], "reps": [8, 8], "rest_seconds": [60, 601]}),
        (rs.Tempo, {"eccentric": 11}),
        (rs.Run, {"kind": "easy", "minutes": 601}),
        (rs.SetLog, {"reps": 201}),
        (rs.IntRange, {"lo": 0, "hi": 100_001}),
    ],
)
def test_a_number_past_the_bound_its_schema_states_is_refused_by_both(
    cls: type, document: dict[str, Any]
) -> None:
    assert not validator(cls).is_valid(document)
    with pytest.raises(rs.InputError):
        rs.from_dict(cls, document)


def test_the_generator_writes_into_the_package_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "shipped_dir", lambda: tmp_path)
    assert main([]) == 0
    assert len(list(tmp_path.glob("*.schema.json"))) == len(VALUE_CLASSES)


def test_the_generator_runs_as_a_module(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "runstrength._io.schema", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert f"wrote {len(VALUE_CLASSES)} schemas" in done.stdout
    assert (tmp_path / "Athlete.schema.json").read_text(encoding="utf-8") == schema_text(rs.Athlete)


def test_bounds_are_taken_only_for_numbers_and_ranges() -> None:
    assert schema._bounds({"type": "integer"}, "Sessions, 1–3.") == {"minimum": 1, "maximum": 3}
    assert schema._bounds({"$ref": "#/$defs/IntRange"}, "Sets, 1–10.") == {
        "items": {"minimum": 1, "maximum": 10}
    }
    assert schema._bounds({"type": "string"}, "A name, 1–3.") == {}
    assert schema._bounds({"type": "integer"}, "Reps (003 says 8–12).") == {}
    assert schema._bounds({"type": "integer"}, "Between, 1–3, or, 4–5.") == {}


def test_a_field_of_a_kind_the_generator_does_not_know_is_refused() -> None:
    with pytest.raises(TypeError, match="no schema for"):
        schema._Generator().node(complex)


def test_a_field_computed_from_the_others_says_so() -> None:
    computed = attrs.fields(rs.IntRange).hi
    assert schema._Generator().missing(computed) == "Computed from the other fields when missing."


def test_docstring_examples_run() -> None:
    from runstrength._strategies import valid, values  # noqa: PLC0415  # their examples only

    for module in (schema, valid, values):
        result = doctest.testmod(module, raise_on_error=False)
        assert result.attempted > 0
        assert result.failed == 0


@pytest.mark.parametrize(("key", "empty"), [("patterns", []), ("primary", []), ("doses", {})])
def test_an_exercise_with_none_of_what_it_needs_is_refused_by_both(key: str, empty: object) -> None:
    document = {**rs.to_dict(rs.default_catalog()["wall_sit"]), key: empty}
    assert not validator(rs.Exercise).is_valid(document)
    with pytest.raises(rs.InputError):
        rs.from_dict(rs.Exercise, document)


def test_the_cli_json_outputs_validate() -> None:
    kept: dict[str, str] = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    plan = json.loads(kept["cli02"].split("\n", 2)[2])
    assert_valid(rs.WeekPlan, plan, "plan --format json")
    listing = json.loads(kept["cli07"].split("\n", 2)[2])
    assert listing
    for entry in listing:
        assert_valid(rs.Exercise, entry, "exercises --json")


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(rst.valid_week_plans())
def test_plans_the_planner_makes_validate(plan: rs.WeekPlan) -> None:
    assert_valid(rs.WeekPlan, rs.to_dict(plan))
    assert_valid(rs.WeekPlan, json.loads(rs.to_json(plan)))


def test_a_vocabulary_without_its_source_still_has_a_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_source(obj: object) -> str:
        raise OSError("could not get source code")

    schema._member_docs.cache_clear()
    monkeypatch.setattr(inspect, "getsource", no_source)
    try:
        assert set(meanings(rs.Goal).values()) == {""}
    finally:
        schema._member_docs.cache_clear()
