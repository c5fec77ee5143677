"""The public surface is checked, not trusted: ``dir``, ``__all__`` and docstrings agree.

What ``import runstrength`` offers is ``__all__``: ``dir(runstrength)`` lists exactly that
(and the module's own dunders), every listed name resolves and is documented, and
nothing private shows. The same holds for ``runstrength.strategies``, a thin module over
the private ``runstrength._strategies``.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import tomllib
import types
from pathlib import Path

import pytest

import runstrength
import runstrength as rs
from runstrength import strategies as rst

SRC = Path(runstrength.__file__).parent


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _public(names: list[str]) -> set[str]:
    return {name for name in names if not name.startswith("_")}


def test_dir_shows_nothing_private() -> None:
    private = [name for name in dir(rs) if name.startswith("_") and not _is_dunder(name)]
    assert private == []


def test_dir_shows_all_and_the_version() -> None:
    listed = dir(rs)
    assert listed == sorted(listed)
    assert _public(listed) == set(rs.__all__)
    assert "__version__" in listed
    assert "__all__" in listed


def test_all_has_no_duplicates_and_every_name_resolves() -> None:
    assert len(rs.__all__) == len(set(rs.__all__))
    for name in rs.__all__:
        assert getattr(rs, name) is not None, name


def test_every_value_type_is_public() -> None:
    assert set(rs.VALUE_TYPES) <= set(rs.__all__)
    for name in rs.VALUE_TYPES:
        assert isinstance(getattr(rs, name), type)


def test_no_stray_public_global_beyond_all() -> None:
    # Helpers imported for the package's own use are private (or the two names every
    # module with postponed annotations and type-only imports has).
    stray = {
        name
        for name, value in vars(rs).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    } - set(rs.__all__)
    assert stray <= {"annotations", "TYPE_CHECKING"}


def _attribute_docs(path: Path) -> dict[str, str]:
    """Each module-level name of a file with the docstring that follows its assignment."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    docs: dict[str, str] = {}
    for node, after in itertools.pairwise(body):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        doc = (
            after.value.value
            if isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
            else ""
        )
        for target in targets:
            if isinstance(target, ast.Name) and doc:
                docs[target.id] = doc
    return docs


def _defining_file(name: str) -> Path:
    """The file that assigns a public constant: the package or the module it comes from."""
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("runstrength")
        ) and any((alias.asname or alias.name) == name for alias in node.names):
            parts = node.module.split(".")[1:]
            return SRC.joinpath(*parts).with_suffix(".py")
    return SRC / "__init__.py"


@pytest.mark.parametrize("name", sorted(rs.__all__))
def test_every_public_name_has_a_docstring(name: str) -> None:
    value = getattr(rs, name)
    if inspect.isclass(value) or inspect.isroutine(value):
        assert (value.__doc__ or "").strip(), f"{name} has no docstring"
        return
    docs = _attribute_docs(_defining_file(name))
    assert docs.get(name, "").strip(), f"{name} has no docstring after its assignment"


def test_the_strategies_module_re_exports_documented_strategies() -> None:
    listed = _public(dir(rst))
    functions = {n for n in listed if inspect.isfunction(getattr(rst, n))}
    assert functions == set(rst.__all__)
    for name in rst.__all__:
        strategy = getattr(rst, name)
        assert strategy.__module__.startswith("runstrength._strategies."), name
        assert (strategy.__doc__ or "").strip(), f"strategies.{name} has no docstring"
    assert (rst.__doc__ or "").strip()


def test_the_strategies_modules_stay_small() -> None:
    for path in [SRC / "strategies.py", *sorted((SRC / "_strategies").glob("*.py"))]:
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines < 400, f"{path.name} has {lines} lines"


def test_the_version_is_the_one_the_package_metadata_gives() -> None:
    project = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert rs.__version__ == tomllib.loads(project.read_text())["project"]["version"]
