"""Every member of every public enum says what it means, in the code and on the docs site."""

from __future__ import annotations

import enum
import importlib.util
import sys
from pathlib import Path

import pytest

import runstrength as rs
from runstrength._io.schema import meanings

ROOT = Path(__file__).resolve().parents[2]
ENUMS = [
    value
    for name in rs.__all__
    if isinstance(value := getattr(rs, name), type) and issubclass(value, enum.Enum)
]


def test_there_are_fifteen_public_enums() -> None:
    assert len(ENUMS) == 15


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_every_vocabulary_member_has_a_meaning(cls: type[enum.Enum]) -> None:
    found = meanings(cls)  # type: ignore[arg-type]
    assert list(found) == [member.value for member in cls]
    missing = [value for value, meaning in found.items() if len(meaning) < 6]
    assert not missing, f"{cls.__name__} members without a meaning: {missing}"
    assert all(meaning.endswith(".") for meaning in found.values())


def _docs_extension() -> object:
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location(
        "griffe_runstrength", ROOT / "docs" / "griffe_runstrength.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("griffe_runstrength", module)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_page_lists_every_member_in_a_table() -> None:
    griffe = pytest.importorskip("griffe")
    docs = _docs_extension()
    package = griffe.load(
        "runstrength",
        search_paths=[str(ROOT / "src")],
        extensions=griffe.Extensions(docs.RunstrengthDocs()),  # type: ignore[attr-defined]
    )
    for cls in ENUMS:
        shown = package[cls.__name__]
        text = shown.docstring.value
        for value, meaning in meanings(cls).items():  # type: ignore[arg-type]
            assert f"| `{value}` | {meaning} |" in text, (cls.__name__, value)
        assert not any(name in shown.members for name in cls.__members__)
