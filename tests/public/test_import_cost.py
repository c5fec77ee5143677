"""``import runstrength`` loads no value type, rule or JSON module until a name is used."""

from __future__ import annotations

import json
import subprocess
import sys

import runstrength as rs


def _loaded_after(code: str) -> list[str]:
    script = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "print(json.dumps(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in "
        "('runstrength', 'attrs', 'attr', 'cattrs'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_import_loads_no_value_module_and_no_attrs() -> None:
    assert _loaded_after("import runstrength") == [
        "runstrength",
        "runstrength._model",
        "runstrength._model.version",
    ]


def test_a_value_type_loads_on_first_use_without_the_planner_or_json() -> None:
    loaded = _loaded_after("import runstrength as rs\nrs.Athlete(level='beginner')")
    assert "runstrength._model.athlete" in loaded
    assert not [m for m in loaded if m.startswith(("runstrength._plan", "runstrength._io"))]
    assert "cattrs" not in loaded


def test_every_public_name_loads_lazily_and_is_the_module_s_own() -> None:
    for name in rs.__all__:
        value = getattr(rs, name)
        assert getattr(rs, name) is value, name


def test_value_types_name_the_registry_s_classes() -> None:
    from runstrength._model.registry import VALUE_CLASSES  # noqa: PLC0415  # checked here only

    assert tuple(cls.__name__ for cls in VALUE_CLASSES) == rs.VALUE_TYPES
    assert all(
        getattr(rs, name) is cls for name, cls in zip(rs.VALUE_TYPES, VALUE_CLASSES, strict=True)
    )


def test_from_import_of_a_lazy_name_works_in_a_fresh_process() -> None:
    code = (
        "from runstrength import Athlete, RunningWeek, build_week, to_json, VALUE_TYPES\n"
        "plan = build_week(Athlete(level='beginner', equipment='gym'), RunningWeek(sun='long'))\n"
        "assert to_json(plan) and 'WeekPlan' in VALUE_TYPES\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_packaged_catalog_is_what_the_document_reader_builds() -> None:
    import tomllib  # noqa: PLC0415  # this test only
    from importlib import resources  # noqa: PLC0415  # this test only

    text = resources.files("runstrength").joinpath("data/catalog.toml").read_text("utf-8")
    read = rs.from_dict(rs.Catalog, tomllib.loads(text))
    packaged = rs.default_catalog()
    assert packaged == read
    assert rs.to_json(packaged) == rs.to_json(read)
    assert [repr(ex.doses) for ex in packaged] == [repr(ex.doses) for ex in read]


def test_the_packaged_catalog_loads_without_the_json_converter() -> None:
    loaded = _loaded_after("import runstrength as rs\nassert len(rs.default_catalog()) > 40")
    assert "cattrs" not in loaded
    assert "runstrength._io.documents" not in loaded
