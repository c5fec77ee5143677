"""The package's layers: no import cycle, no layer importing one above it, reasons for deferrals.

Layers, lowest first: ``_model`` (values), ``_io`` (documents and packaged data), ``_views``
(words, text, Markdown, HTML, calendars), ``_progression`` (load math and the next step),
``_rules`` (the rule engine), ``_plan`` (days, sessions, weeks, blocks), then the public
modules. A module imports at its top only from its own layer or the layers below it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import runstrength

SRC = Path(runstrength.__file__).parent
LAYERS = ("_model", "_io", "_views", "_progression", "_rules", "_plan")
TOP = len(LAYERS)


def _module_name(path: Path) -> str:
    parts = ["runstrength", *path.relative_to(SRC).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(SRC.rglob("*.py"))}


def layer(module: str) -> int:
    """The layer of a module of the package: its index in ``LAYERS``, public modules on top."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    return TOP


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    for alias in node.names:
        full = f"{base}.{alias.name}"
        yield full if full in MODULES else base


def imports(path: Path) -> tuple[list[str], list[tuple[int, str]]]:
    """The package modules a file imports at its top, and those it defers (with line numbers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: list[str] = []
    deferred: list[tuple[int, str]] = []

    def visit(nodes: list[ast.stmt], in_function: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                continue  # seen by type checkers only
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _targets(node):
                    if target.startswith("runstrength") and target in MODULES:
                        (
                            deferred.append((node.lineno, target))
                            if in_function
                            else top.append(target)
                        )
                continue
            inner = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    stmts = [c for c in children if isinstance(c, ast.stmt)]
                    handlers = [
                        h for c in children if isinstance(c, ast.ExceptHandler) for h in c.body
                    ]
                    visit(stmts + handlers, in_function or inner)

    visit(tree.body, in_function=False)
    return top, deferred


GRAPH = {name: imports(path) for name, path in MODULES.items()}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_layer_above_it(module: str) -> None:
    top, _ = GRAPH[module]
    breaches = [t for t in top if layer(t) > layer(module)]
    assert not breaches, f"{module} (layer {layer(module)}) imports {breaches} from above"


def test_no_import_cycle_at_module_level() -> None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in GRAPH[module][0]:
            owner = target
            if state.get(owner) == 1:
                cycle = [*stack[stack.index(owner) :], owner]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if owner not in state:
                walk(owner)
        stack.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            walk(module)


def _reason(line: str) -> str:
    """The words of a line's comment once any ``noqa`` code is taken out."""
    comment = line.partition("#")[2]
    return re.sub(r"noqa:\s*[A-Z]+[0-9]+(,\s*[A-Z]+[0-9]+)*", "", comment).strip(" #")


def test_every_deferred_import_says_why() -> None:
    missing = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for lineno, target in GRAPH[module][1]:
            if not _reason(lines[lineno - 1]):
                missing.append(f"{path.relative_to(SRC)}:{lineno} defers {target} without a reason")
    assert not missing, "\n".join(missing)


def test_every_import_kept_inside_a_function_says_why() -> None:
    # Deferred imports of optional extras and slow modules too, not only the package's own.
    missing = [
        f"{path.relative_to(SRC)}:{number}"
        for path in MODULES.values()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "noqa: PLC0415" in line and not _reason(line)
    ]
    assert not missing, "deferred imports without a reason: " + ", ".join(missing)


def test_only_the_display_mixin_defers_an_import_into_a_higher_layer() -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, (_, deferred) in GRAPH.items()
        for _, target in deferred
        if layer(target) > layer(module) and layer(module) < TOP
    )
    assert upward == ["runstrength._model.shown -> runstrength._views.show"]


@pytest.mark.slow
def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {sorted(m for m in MODULES if not m.endswith('__main__'))!r}:\n"
        "    for loaded in [m for m in sys.modules if m.startswith('runstrength')]:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
