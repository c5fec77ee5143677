"""JSON Schema (draft 2020-12) of every document :func:`~runstrength.to_json` writes.

The schemas are generated from the value types themselves: each attrs field becomes a
property named as the converter writes it, typed from its annotation, with the field's
description from the class docstring, its default, and what a missing key means. Enums
list every member with its meaning, and the limits a document is read within
(:data:`~runstrength._io.documents.MAX_TEXT`, ``MAX_ITEMS``, ``MAX_DIGITS``) bound its
texts, lists and whole numbers.

The package ships them as ``runstrength/data/schemas/<Type>.schema.json``. After a change
to a value type, write them again with::

    python -m runstrength._io.schema
"""

from __future__ import annotations

import ast
import copy
import functools
import inspect
import itertools
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from runstrength._io.documents import (
    MAX_DIGITS,
    MAX_ITEMS,
    MAX_TEXT,
    SCHEMA_KEY,
    SCHEMA_VERSION,
    _converter,
    _public_types,
    check_type,
)
from runstrength._model.block import MAX_WEEKS
from runstrength._model.dose import IntRange
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import Reason
from runstrength._model.reasons import CODES
from runstrength._model.vocab import KITS, _Vocabulary
from runstrength._model.week import Run, RunningWeek

__all__ = ["DRAFT", "json_schema", "main", "schema_text", "shipped_dir"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every schema."""

_LARGEST = 10**MAX_DIGITS - 1

_MISSING: dict[tuple[str, str], str] = {
    ("Athlete", "equipment"): (
        "A missing key means the home kit (wall, chair, step); `[]` means no equipment at all "
        "(the floor only). On input a kit name (`"
        + "`, `".join(KITS)
        + "`) may stand for its items."
    ),
    ("Athlete", "available_days"): "A missing key means every day; `[]` is refused.",
    ("Athlete", "sessions_per_week"): (
        "Always written. A missing key means the level's default: 1 for a beginner, 2 for "
        "the others."
    ),
    ("DayDecision", "focus"): (
        "Required, and always written: `null` on a day that got no session."
    ),
}
"""What a missing key means where the type and the default alone do not say it."""

_MORE: dict[tuple[str, str], dict[str, Any]] = {
    ("Athlete", "available_days"): {"minItems": 1},
    ("Exercise", "patterns"): {"minItems": 1},
    ("Exercise", "primary"): {"minItems": 1},
    ("Exercise", "doses"): {"minProperties": 1},
    **{("Block", name): {"maxItems": MAX_WEEKS} for name in ("weeks", "phases", "running")},
}
"""Limits of a field that its type does not carry."""

_FREE_TEXT: dict[str, Any] = {
    "type": "string",
    "maxLength": MAX_TEXT,
    "description": "Free text, as schema version 1 wrote every reason: read as a reason of "
    "the code `text`.",
}
"""A reason written as plain text, which is read as free text."""

_FACTORY: type[object] = type(attrs.Factory(list))

_ROLE = re.compile(r":[a-z]+:`~?(?:runstrength\.)?([^`]+)`")


# --------------------------------------------------------------------------- text


def _clean(text: str) -> str:
    """Docstring markup as Markdown: ``x`` and :func:`x` become `x`, and ``None`` `null`."""
    return _ROLE.sub(r"`\1`", text).replace("``", "`").replace("`None`", "`null`")


def _summary(obj: object) -> str:
    """The first paragraph of a docstring, on one line."""
    doc = inspect.cleandoc(getattr(obj, "__doc__", None) or "")
    return _clean(" ".join(doc.split("\n\n")[0].split()))


def _args(cls: type) -> dict[str, str]:
    """The ``Args:`` section of a class docstring: each field's description, on one line."""
    lines = inspect.cleandoc(cls.__doc__ or "").splitlines()
    found: dict[str, list[str]] = {}
    inside, current = False, None
    for line in lines:
        if line.strip() == "Args:":
            inside = True
            continue
        if not inside:
            continue
        if not line.strip() or not line.startswith(" "):
            break
        match = re.match(r"^    (\w+)(?: \([^)]*\))?: (.*)$", line)
        if match:
            current = match.group(1)
            found[current] = [match.group(2)]
        elif current is not None:
            found[current].append(line.strip())
    return {name: _clean(" ".join(words)) for name, words in found.items()}


@functools.cache
def _member_docs(module_name: str) -> dict[str, dict[str, str]]:
    """Each enum member's docstring in a module's source, by class and member name.

    Member docstrings live only in the source; where it is not installed (a build that
    keeps compiled files only), the meanings are left out rather than failing.
    """
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (OSError, TypeError):
        return {}
    out: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs = out.setdefault(node.name, {})
        body = node.body
        for first, second in itertools.pairwise(body):
            if (
                isinstance(first, ast.Assign)
                and len(first.targets) == 1
                and isinstance(first.targets[0], ast.Name)
                and isinstance(second, ast.Expr)
                and isinstance(second.value, ast.Constant)
                and isinstance(second.value.value, str)
            ):
                docs[first.targets[0].id] = " ".join(inspect.cleandoc(second.value.value).split())
    return out


def meanings(cls: type[_Vocabulary]) -> dict[str, str]:
    """Each member's meaning (its docstring), by value, in declaration order."""
    docs = _member_docs(cls.__module__).get(cls.__name__, {})
    return {member.value: _clean(docs.get(member.name, "")) for member in cls}


# --------------------------------------------------------------------------- generator

_BOUNDS = re.compile(r", (\d+)–(\d+)\b")
"""A field's bounds as its description gives them: ``Working sets, 1–10.``"""


def _bounds(schema: dict[str, Any], text: str) -> dict[str, Any]:
    """A number's or a range's bounds, where its description states them once (``, 1–3``)."""
    found = _BOUNDS.findall(text)
    if len(found) != 1:
        return {}
    bounds = {"minimum": int(found[0][0]), "maximum": int(found[0][1])}
    if schema.get("type") in ("integer", "number"):
        return bounds
    if schema.get("$ref") == "#/$defs/IntRange":  # both ends of the range
        return {"items": bounds}
    return {}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _integer(minimum: int = -_LARGEST) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum, "maximum": _LARGEST}


def _array(items: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"type": "array", "items": items, "maxItems": MAX_ITEMS, **more}


class _Generator:
    """Builds one document's schema, collecting the definitions it refers to."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.conv = _converter()

    def node(self, tp: Any) -> dict[str, Any]:
        """The schema of a value of type ``tp`` inside a document."""
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            kinds = [a for a in args if a is not type(None)]
            return {"anyOf": [*(self.node(a) for a in kinds), {"type": "null"}]}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return _integer()
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string", "maxLength": MAX_TEXT}
        if origin is tuple:
            return _array(self.node(args[0]))
        if origin is frozenset:
            return _array(self.node(args[0]), uniqueItems=True)
        if origin is FrozenMap:
            key_type, value_type = args
            keys = self.node(key_type) if key_type is not str else {"maxLength": MAX_TEXT}
            return {
                "type": "object",
                "propertyNames": keys,
                "additionalProperties": self.node(value_type),
                "maxProperties": MAX_ITEMS,
            }
        if isinstance(tp, type) and issubclass(tp, _Vocabulary):
            return self.define(tp.__name__, lambda: self.enum(tp))
        if tp is IntRange:
            return self.define("IntRange", self.int_range)
        if tp is RunningWeek:
            return self.define("RunningWeek", self.running_week)
        if tp is Reason:
            return {"anyOf": [self.define("Reason", self.reason), _FREE_TEXT]}
        if isinstance(tp, type) and attrs.has(tp):
            return self.define(tp.__name__, lambda: self.value(tp))
        raise TypeError(f"no schema for {tp!r}")  # a new kind of field: teach it here

    def define(self, name: str, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # placed first, so a value that holds itself ends
            self.defs[name] = build()
        return _ref(name)

    def enum(self, cls: type[_Vocabulary]) -> dict[str, Any]:
        lines = [f"- `{value}`: {meaning}" for value, meaning in meanings(cls).items()]
        return {
            "title": cls.__name__,
            "description": _summary(cls) + "\n\n" + "\n".join(lines),
            "type": "string",
            "enum": [member.value for member in cls],
        }

    def int_range(self) -> dict[str, Any]:
        bound = {"type": "integer", **_bounds(_integer(), _args(IntRange)["lo"])}
        return {
            "title": "IntRange",
            "description": (
                "A range of whole numbers, written `[lo, hi]` with `0 <= lo <= hi` "
                "(`[n, n]` for one number). On input a single whole number `n` means `[n, n]`."
            ),
            "type": "array",
            "items": bound,
            "minItems": 2,
            "maxItems": 2,
        }

    def running_week(self) -> dict[str, Any]:
        runs = self.node(tuple[Run, ...])
        days = {
            field.name: {
                **runs,
                "maxItems": 2,
                "description": f"The runs of {field.name}, at most two. "
                "Left out on a rest day, which a missing key means.",
            }
            for field in attrs.fields(RunningWeek)
        }
        return {
            "title": "RunningWeek",
            "description": _summary(RunningWeek)
            + ' On input a day may also be one run, or a bare run kind such as `"easy"`.',
            "type": "object",
            "properties": days,
            "additionalProperties": False,
        }

    def reason(self) -> dict[str, Any]:
        """A reason: its code one of the registered codes, its parameters scalars."""
        out = self.value(Reason)
        props = out["properties"]
        props["code"] = {**props["code"], "enum": list(CODES)}
        props["params"] = {
            **props["params"],
            "additionalProperties": {
                "anyOf": [{"type": t} for t in ("string", "integer", "number", "boolean")]
            },
        }
        props["parts"] = {**props["parts"], "items": _ref("Reason")}
        return out

    def value(self, cls: type) -> dict[str, Any]:
        """An attrs value as an object: one property per field, as the converter writes it."""
        hints = typing.get_type_hints(cls)
        described = _args(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = dict(self.node(hints[field.name]))
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif schema.get("anyOf") and len(schema["anyOf"]) == 2:
                schema = schema["anyOf"][0]  # None is the default: left out, never null
            text = described.get(field.name, "")
            schema = {
                **schema,
                **_bounds(schema, text),
                **_MORE.get((cls.__name__, field.name), {}),
            }
            missing = _MISSING.get((cls.__name__, field.name)) or self.missing(field)
            description = " ".join(part for part in (text, missing) if part)
            schema["description"] = description
            default = field.default
            if default not in (attrs.NOTHING, None) and not isinstance(default, _FACTORY):
                schema["default"] = self.conv.unstructure(default)
            properties[field.name] = schema
        out: dict[str, Any] = {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
        }
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    def missing(self, field: attrs.Attribute[Any]) -> str:
        """What a missing key means for a field, from its default."""
        default = field.default
        if default is attrs.NOTHING:
            return "Required."
        if isinstance(default, _FACTORY):
            return "Computed from the other fields when missing."
        if default is None:
            return "Left out when there is none, which a missing key means."
        if default in ((), frozenset(), FrozenMap()):
            return "Left out when empty, which a missing key means."
        shown = json.dumps(self.conv.unstructure(default), ensure_ascii=False)
        return f"Left out when it is {shown}, which a missing key means."


def _document(cls: type) -> dict[str, Any]:
    gen = _Generator()
    if cls is IntRange:  # a range alone is the object {"lo": ..., "hi": ...}
        bound = {"type": "integer", **_bounds(_integer(), _args(IntRange)["lo"])}
        body: dict[str, Any] = {
            "title": "IntRange",
            "description": "A range of whole numbers as a document of its own, `lo <= hi`.",
            "type": "object",
            "properties": {
                "lo": {**bound, "description": "The lowest number. Required."},
                "hi": {**bound, "description": "The highest number. Required."},
            },
            "required": ["lo", "hi"],
            "additionalProperties": False,
        }
    elif cls is Reason:  # always an object; its parts refer to its definition
        gen.node(cls)
        body = copy.deepcopy(gen.defs[cls.__name__])
    else:
        gen.node(cls)
        body = gen.defs.pop(cls.__name__)
    version = {
        "type": "integer",
        "minimum": 1,
        "maximum": SCHEMA_VERSION,
        "description": f"The version of the document's form: {SCHEMA_VERSION}, always "
        "written. On input a missing key means the current version; an older version is "
        "upgraded as it is read.",
    }
    out = {
        "$schema": DRAFT,
        "title": body.pop("title"),
        "description": body.pop("description"),
        "type": body.pop("type"),
        "properties": {SCHEMA_KEY: version, **body.pop("properties")},
        **body,
    }
    if gen.defs:
        out["$defs"] = {name: gen.defs[name] for name in sorted(gen.defs)}
    return out


@functools.cache
def _schemas() -> dict[type, str]:
    """Every document's schema as JSON text, built on the first call."""
    return {cls: schema_text(cls) for cls in _public_types()}


def schema_text(cls: type) -> str:
    """The schema of ``cls`` as the text of its shipped file (two-space indent, a last newline)."""
    return json.dumps(_document(cls), indent=2, ensure_ascii=False) + "\n"


def json_schema(cls: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the document ``to_json`` writes for ``cls``.

    Every property is named as it is written, says what it means, its default and what a
    missing key means; every enum lists all its members with their meanings. The same
    schemas ship with the package as ``runstrength/data/schemas/<Type>.schema.json``.
    The result is a new dictionary on each call: changing it changes no other.

    >>> import runstrength as rs
    >>> schema = rs.json_schema(rs.Run)
    >>> schema["properties"]["kind"]["$ref"]
    '#/$defs/RunKind'
    >>> schema["required"]
    ['kind']

    Raises:
        TypeError: ``cls`` is not a runstrength value type (see ``rs.VALUE_TYPES``).
    """
    check_type("json_schema", cls)
    return copy.deepcopy(_parsed()[cls])


@functools.cache
def _parsed() -> dict[type, dict[str, Any]]:
    return {cls: json.loads(text) for cls, text in _schemas().items()}


def shipped_dir() -> Path:
    """The folder of the package's schema files."""
    return Path(__file__).resolve().parent.parent / "data" / "schemas"


def main(argv: list[str] | None = None) -> int:
    """Write every schema into the package (or into the folder given), one file a type."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else shipped_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for cls, text in _schemas().items():
        (folder / f"{cls.__name__}.schema.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(_schemas())} schemas to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
