"""Teach griffe (the reference pages' source reader) two things about runstrength's code.

1. ``attrs`` classes: the ``__init__`` that ``@attrs.frozen`` writes is rebuilt from the
   annotated fields (``init=False`` fields left out, ``kw_only`` honoured), so signatures
   and the types in "Args" tables render as they do at run time.
2. Docstrings: ``>>>`` examples outside an "Examples:" section become ``pycon`` code
   blocks, reST roles (:func:`~runstrength.progress`) become inline code, and a
   paragraph ending in ``::`` ends in ``:``, so docstrings written for ``help()`` and
   doctest also read well as Markdown.
3. Vocabulary enums: every member is listed in one table of values and meanings (from
   each member's docstring) in its enum's docstring, instead of a heading per member.

mkdocs.yml loads it with ``extensions: [docs/griffe_runstrength.py]``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ATTRS_DECORATORS = frozenset(
    {"attrs.frozen", "attrs.define", "attrs.mutable", "attr.s", "attr.attrs", "attr.frozen"}
)
_FIELD_CALLS = frozenset({"attrs.field", "attr.ib", "attr.field"})
_ROLE = re.compile(r":(?:func|class|meth|attr|data|mod|obj|exc|const):`~?([^`]+)`")
_SECTION = re.compile(r"^(\s*)(Examples?|Args|Arguments|Returns|Raises|Yields|Note|Notes):\s*$")


def _call_args(expr: object) -> dict[str, str]:
    """Keyword arguments of a call expression, as source text."""
    if not isinstance(expr, griffe.ExprCall):
        return {}
    found: dict[str, str] = {}
    for argument in expr.arguments:
        if isinstance(argument, griffe.ExprKeyword):
            found[argument.name] = str(argument.value)
    return found


def _attrs_decorator(cls: griffe.Class) -> griffe.Decorator | None:
    for decorator in cls.decorators:
        value = decorator.value
        call = value.function if isinstance(value, griffe.ExprCall) else value
        path = getattr(call, "canonical_path", str(call))
        if path in _ATTRS_DECORATORS:
            return decorator
    return None


def _add_attrs_init(cls: griffe.Class) -> None:
    decorator = _attrs_decorator(cls)
    if decorator is None or "__init__" in cls.members:
        return
    kw_only = _call_args(decorator.value).get("kw_only") == "True"
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for member in cls.members.values():
        if member.is_alias or not isinstance(member, griffe.Attribute):
            continue
        if member.annotation is None or "property" in member.labels:
            continue
        value = member.value
        field = (
            _call_args(value)
            if isinstance(value, griffe.ExprCall)
            and getattr(value.function, "canonical_path", "") in _FIELD_CALLS
            else None
        )
        if field is not None and field.get("init") == "False":
            continue
        if field is None:
            default: str | griffe.Expr | None = value
        elif "default" in field:
            default = field["default"]
        elif "factory" in field:
            default = f"{field['factory']}()"
        else:
            default = None
        if str(default).startswith(("attrs.Factory(", "Factory(")):
            default = "..."  # computed from other fields; the docstring says how
        parameters.append(
            griffe.Parameter(
                member.name.lstrip("_"),
                annotation=member.annotation,
                kind=griffe.ParameterKind.keyword_only
                if kw_only
                else griffe.ParameterKind.positional_or_keyword,
                default=default,
                docstring=member.docstring,
            )
        )
    init = griffe.Function(
        "__init__",
        lineno=0,
        endlineno=0,
        parent=cls,
        parameters=griffe.Parameters(*parameters),
        returns="None",
    )
    cls.set_member("__init__", init)


def markdown_docstring(text: str) -> str:
    r"""Rewrite one docstring so that it renders well as Markdown (see the module docstring).

    >>> markdown_docstring("See :func:`~runstrength.progress`::")
    'See `progress`:'
    >>> markdown_docstring(">" * 3 + " 1 + 1\n2").splitlines()
    ['```pycon', '>>> 1 + 1', '2', '```']
    """
    text = _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)
    out: list[str] = []
    examples_indent: int | None = None  # inside an "Examples:" section at this indent
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        section = _SECTION.match(line)
        if section:
            examples_indent = indent if section.group(2).startswith("Example") else None
        elif stripped and examples_indent is not None and indent <= examples_indent:
            examples_indent = None
        if stripped.startswith(">>>") and examples_indent is None:
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index][indent:])
                index += 1
            pad = " " * indent
            out += [f"{pad}```pycon", *(f"{pad}{b}" for b in block), f"{pad}```"]
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(" ::"):
            line = line.rstrip()[:-1]
        out.append(line)
        index += 1
    return "\n".join(out)


def _is_vocabulary(cls: griffe.Class) -> bool:
    return any(str(base).rsplit(".", 1)[-1] == "_Vocabulary" for base in cls.bases)


def vocabulary_table(cls: griffe.Class) -> None:
    """List an enum's members in a table of values and meanings, in place of their entries.

    The table goes before the docstring's first example, or at its end.
    """
    rows = []
    for name, member in list(cls.members.items()):
        if member.is_alias or not isinstance(member, griffe.Attribute) or name.startswith("_"):
            continue
        value = str(member.value)
        if not (len(value) >= 2 and value[0] == value[-1] and value[0] in "'\""):
            continue  # a property or a method, not a member
        meaning = " ".join(member.docstring.value.split()) if member.docstring else ""
        rows.append(f"| `{value[1:-1]}` | {meaning} |")
        del cls.members[name]
    if not rows or cls.docstring is None:
        return
    table = ["| Value | Meaning |", "| --- | --- |", *rows]
    lines = cls.docstring.value.splitlines()
    at = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">>>")), len(lines))
    before = "\n".join(lines[:at]).rstrip()
    after = "\n".join(lines[at:])
    cls.docstring.value = "\n\n".join(part for part in (before, "\n".join(table), after) if part)


def _walk(obj: griffe.Object, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Class) and _is_vocabulary(obj):
        vocabulary_table(obj)
    if obj.docstring is not None:
        obj.docstring.value = markdown_docstring(obj.docstring.value)
    if isinstance(obj, griffe.Class):
        _add_attrs_init(obj)
    for member in list(obj.members.values()):
        if not member.is_alias:
            _walk(member, seen)  # type: ignore[arg-type]


class RunstrengthDocs(griffe.Extension):
    """Rebuild ``attrs`` initialisers and make docstrings Markdown-friendly."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Process a loaded package, every module and class in it."""
        _walk(pkg, set())
