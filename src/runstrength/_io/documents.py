"""JSON in and out: ``to_dict``, ``from_dict``, ``to_json``, ``from_json``.

All conversion goes through one private, strict cattrs converter built on first use (so
``import runstrength`` does not pay for cattrs). Strict means: no silent coercion (``"5"``
is not a number, ``true`` is not 1, a string is not a list), unknown keys are errors, and
every problem in a document is reported at once with its JSON path.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from runstrength._model.checks import check_args, escaped, shown
from runstrength._model.errors import MAX_PROBLEMS, InputError, Problem
from runstrength._model.plan import Violation

T = TypeVar("T")

__all__ = ["MAX_PROBLEMS", "SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 2
"""The version of the documents :func:`to_dict` writes (key ``schema_version``).

Version 2 writes each reason as an object (its code, parameters and text); version 1
wrote plain text, which still reads, as free text (the code ``text``)."""

SCHEMA_KEY = "schema_version"

# Limits on what from_dict and from_json read. Legitimate documents sit far below them: a
# 52-week block for an advanced runner with three sessions a week is about 0.55 MB of JSON
# (1.1 MB indented: each reason is an object of its code, parameters and text), holds
# about 29,000 values, its longest list has 52 items, its longest text 267 characters,
# and it nests 11 levels deep. Anything past a limit is refused at once, before the rest
# of the document is read, so hostile input cannot exhaust memory, time or the stack.

MAX_JSON_CHARS = 5_000_000
"""Longest JSON text :func:`from_json` reads (characters, or bytes when given bytes)."""

MAX_ITEMS = 10_000
"""Most items in one list, or keys in one object, of a document."""

MAX_VALUES = 100_000
"""Most list items and object entries in one whole document, counted as it is read."""

MAX_TEXT = 10_000
"""Longest text in a document (no field takes more than 2,000 characters)."""

MAX_DIGITS = 15
"""Most digits of a whole number in a document."""

MAX_INDENT = 32
"""Widest indent :func:`to_json` writes with (each level repeats it, so it is bounded)."""

# Each entry upgrades a document of version N (the key) to version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    # Version 1 wrote reasons as plain text, which every version reads as free text.
    1: lambda data: data,
}


@functools.cache
def _public_types() -> dict[type, None]:
    from runstrength._model.registry import VALUE_CLASSES  # noqa: PLC0415  # with cattrs, on first read

    return dict.fromkeys(VALUE_CLASSES)


def _is_value_type(cls: object) -> bool:
    return isinstance(cls, type) and hasattr(cls, "__attrs_attrs__")


# --------------------------------------------------------------------------- errors


def _leaf_problems(exc: BaseException) -> list[Problem]:
    """The problems of one leaf exception, before they are placed at its path."""
    if isinstance(exc, InputError):
        return list(exc.problems)
    if isinstance(exc, KeyError):
        return [Problem("", "required field missing")]
    if isinstance(exc, RecursionError):
        return [Problem("", "nested too deeply")]
    return [Problem("", str(exc) or type(exc).__name__)]


# The value type a constructor's problem starts its path with: ``Dose.`` in ``Dose.sets``,
# or ``Exercise 'box_jump'.`` in ``Exercise 'box_jump'.level``.
_OWNER = re.compile(r"""[A-Z]\w*(?: (?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))?\.""")


def _locate(problem: Problem, path: str) -> Problem:
    """Place a problem from a constructor or a nested document at ``path``."""
    if problem.path.startswith("$"):  # a document's own path: continue it
        return Problem(path + problem.path[1:], problem.message)
    owner = _OWNER.match(problem.path)
    if owner is not None:  # a field of the value read at ``path``
        return Problem(f"{path}.{problem.path[owner.end() :]}", problem.message)
    return Problem(path, str(problem))


def _walk(exc: BaseException, path: str, out: list[Problem]) -> None:
    from cattrs.errors import (  # noqa: PLC0415  # cattrs loads with the first read
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, IterableValidationError):
        for sub in exc.exceptions:  # each carries the index or key it was read at
            notes = [n for n in getattr(sub, "__notes__", ()) if hasattr(n, "index")]
            _walk(sub, path + (_step(notes[-1].index) if notes else ""), out)
    elif isinstance(exc, ClassValidationError):
        with_notes_c, without_c = exc.group_exceptions()
        for sub, cnote in with_notes_c:
            _walk(sub, f"{path}.{cnote.name}", out)
        for sub in without_c:
            _walk(sub, path, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        out.append(Problem(path, f"unknown field(s) {_names(exc.extra_fields)}"))
    else:
        out.extend(_locate(problem, path) for problem in _leaf_problems(exc))


def _step(key: object) -> str:
    """One step of a path: ``[3]`` for a list index, ``.level`` for a key."""
    if type(key) is int:
        return f"[{key}]"
    if isinstance(key, str):
        return "." + escaped(key if len(key) <= 40 else key[:37] + "...")
    return f"[{_shown(key)}]"


def _names(keys: set[Any]) -> str:
    """Unknown keys for a message: the first few, in order, each shortened."""
    shown = sorted(repr(k) if isinstance(k, str) and len(k) <= 40 else _shown(k) for k in keys)
    more = f" and {len(shown) - _SHOWN_KEYS:,} more" if len(shown) > _SHOWN_KEYS else ""
    return ", ".join(shown[:_SHOWN_KEYS]) + more


def _shown(value: object) -> str:
    from runstrength._io.scalars import describe  # noqa: PLC0415  # loaded with the reader

    return describe(value)


_SHOWN_KEYS = 10

_DEEP = "nested too deeply (a runstrength document nests about 10 levels)"


# --------------------------------------------------------------------------- converter


@functools.cache
def _converter(*, detailed: bool = True) -> Any:
    from runstrength._io import converter  # noqa: PLC0415  # loads cattrs lazily

    types = [cls for cls in _public_types() if _is_value_type(cls)]
    return converter.build(types, detailed=detailed)


# --------------------------------------------------------------------------- public


def check_value(func: str, obj: object, name: str = "obj") -> None:
    """Refuse to write what is not a runstrength value, naming the function and parameter."""
    if type(obj) not in _public_types() or not _is_value_type(type(obj)):
        given = type(obj).__name__
        if _violations_only(obj):
            raise TypeError(
                f"{func}: {name} must be a runstrength value, not a {given} of violations: "
                f"wrap it in a report, rs.{func}(rs.Report(violations))"
            )
        raise TypeError(f"{func}: {name} must be a runstrength value, not {given}")


def _violations_only(obj: object) -> bool:
    """Whether ``obj`` is a list or tuple of violations (what ``validate`` returns)."""
    return isinstance(obj, tuple | list) and all(isinstance(v, Violation) for v in obj)


def check_type(func: str, cls: object) -> None:
    """Refuse to read into what is not a runstrength value type, naming the function."""
    if not isinstance(cls, type) or cls not in _public_types() or not _is_value_type(cls):
        given = cls.__name__ if isinstance(cls, type) else shown(cls)
        raise TypeError(f"{func}: cls must be a runstrength value type, not {given}")


def to_dict(obj: Any) -> dict[str, Any]:
    """Convert a value to plain JSON-ready data with a ``schema_version``.

    Enums become their strings, ranges ``[lo, hi]``, sets sorted lists; ``None`` and
    empty defaults are left out.

    >>> from runstrength import IntRange, Dose
    >>> to_dict(Dose(sets=3, reps=(8, 10), rest_seconds=90))
    {'schema_version': 2, 'sets': [3, 3], 'reps': [8, 10], 'rest_seconds': [90, 90]}

    Raises:
        TypeError: ``obj`` is not a runstrength value.
    """
    check_value("to_dict", obj)
    return _document(_converter().unstructure(obj))


def from_dict(cls: type[T], data: object) -> T:
    """Build a value of type ``cls`` from plain data, checking all of it.

    A ``schema_version`` key is optional; older versions are upgraded first.

    Raises:
        InputError: Listing every problem with its path, e.g.
            ``$.sessions[1].exercises[0].dose.sets: lo (5) must not exceed hi (3)``.
        TypeError: ``cls`` is not a runstrength value type.
    """
    check_type("from_dict", cls)
    return _read(cls, data, parsed=False)


def _read(cls: type[T], data: object, *, parsed: bool) -> T:
    """:func:`from_dict`; ``parsed`` data came from ``json.loads`` (plain values only)."""
    quick = _converter(detailed=False)
    from runstrength._io.limits import TooLarge, budget  # noqa: PLC0415  # loaded above

    problems: list[Problem] = []
    try:
        if isinstance(data, Mapping) and SCHEMA_KEY in data:
            data = _migrate(dict(data))
        if parsed:  # parsed JSON: first the typed read, which gives up on any problem
            from runstrength._io.typed_read import decoder  # noqa: PLC0415  # loaded above

            typed = decoder(cls)
            if typed is not None:
                try:
                    return typing.cast("T", typed(data, None))
                except Exception:  # read again below, problems named
                    pass
        try:  # well-formed data: read it on the quick path
            with budget(MAX_VALUES, parsed=parsed):
                return typing.cast("T", quick.structure(data, cls))
        except InputError as exc:
            # Only a value's check of itself as a whole (a catalog's links) reports document
            # paths: every part was read, so reading again would find the same problems.
            if all(p.path.startswith("$") for p in exc.problems):
                raise
        except Exception:  # read again below, collecting every problem
            pass
        with budget(MAX_VALUES):
            return typing.cast("T", _converter().structure(data, cls))
    except InputError as exc:  # an unreadable version's or a catalog's: with paths already
        problems.extend(p if p.path.startswith("$") else Problem("$", str(p)) for p in exc.problems)
    except TooLarge as exc:
        problems.append(Problem("$", str(exc)))
    except RecursionError:
        problems.append(Problem("$", _DEEP))
    except Exception as exc:  # every failure becomes an InputError with paths
        _walk(exc, "$", problems)
    # Raised outside the handlers, so the error carries no internal exception as its
    # context: it pickles on its own (e.g. from a worker process), whatever pickles it.
    raise InputError(problems)


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.pop(SCHEMA_KEY)
    if type(version) is not int or not 1 <= version < 10**MAX_DIGITS:
        raise InputError(
            Problem(f"$.{SCHEMA_KEY}", f"expected a version number, got {_shown(version)}")
        )
    if version > SCHEMA_VERSION:
        raise InputError(
            Problem(
                f"$.{SCHEMA_KEY}",
                f"version {version} was written by a newer runstrength "
                f"(this one reads up to {SCHEMA_VERSION})",
            )
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a value to JSON text (see :func:`to_dict`).

    >>> from runstrength import Run, RunKind
    >>> to_json(Run(RunKind.long, 90))
    '{"schema_version": 2, "kind": "long", "minutes": 90}'

    Raises:
        TypeError: ``obj`` is not a runstrength value, or ``indent`` not an int or None.
        InputError: ``indent`` is outside 0..32 (:data:`MAX_INDENT`).
    """
    check_value("to_json", obj)
    check_args("to_json", indent=(indent, int, None))
    if indent is not None and not 0 <= indent <= MAX_INDENT:
        message = f"indent must be in 0..{MAX_INDENT} (got {shown(indent)})"
        raise InputError(Problem("to_json", message))
    from runstrength._io.converter import writing  # noqa: PLC0415  # loaded with the converter

    quick = _converter(detailed=False)
    if indent is None:  # the compact form: first the typed write
        from runstrength._io.typed_write import Unsupported, encoder  # noqa: PLC0415  # as above

        typed = encoder(type(obj))
        if typed is not None:
            try:
                inner = typed(obj)
            except (Unsupported, RecursionError):  # written by the converter below
                pass
            else:
                fields = f", {inner}" if inner else ""
                return f'{{"{SCHEMA_KEY}": {SCHEMA_VERSION}{fields}}}'
    with writing():
        return json.dumps(_document(quick.unstructure(obj)), indent=indent, ensure_ascii=False)


def _document(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):  # an IntRange is [lo, hi] inside documents
        data = {"lo": data[0], "hi": data[1]}
    return {SCHEMA_KEY: SCHEMA_VERSION, **data}


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a key given twice (JSON would keep the last silently)."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        twice = sorted({k for k, _ in pairs if k in seen or seen.add(k)})  # type: ignore[func-returns-value]
        raise ValueError(f"key(s) given twice: {', '.join(map(repr, twice))}")
    return data


def from_json(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text into a value of type ``cls`` (see :func:`from_dict`).

    Raises:
        InputError: The text is not JSON, is too large, or does not describe a ``cls``.
        TypeError: ``cls`` is not a runstrength value type.
    """
    check_type("from_json", cls)
    if not isinstance(text, str | bytes | bytearray):
        raise InputError(Problem("$", f"expected JSON text, got {type(text).__name__}"))
    if len(text) > MAX_JSON_CHARS:
        raise InputError(
            Problem("$", f"document is {len(text):,} characters (at most {MAX_JSON_CHARS:,})")
        )
    # Every value after the first in a list or object follows a comma: counting them (at C
    # speed) refuses a document of too many values before parsing it. Commas inside
    # strings count too, which only a document far beyond any real one could notice.
    commas = text.count(",") if isinstance(text, str) else text.count(b",")
    if commas >= MAX_VALUES:
        raise InputError(
            Problem(
                "$",
                f"document has {commas:,} commas, so more than the {MAX_VALUES:,} values "
                "a document may hold",
            )
        )
    if isinstance(text, str):  # first the typed read, which gives up on any problem
        from runstrength._io.typed_read import read_text  # noqa: PLC0415  # with the converter

        _converter(detailed=False)
        try:
            return typing.cast("T", read_text(cls, text))
        except Exception:  # read again below, every problem named with its path
            pass
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        problem = Problem("$", _DEEP)
    except (ValueError, TypeError) as exc:
        problem = Problem("$", f"not valid JSON ({exc})")
    else:
        return _read(cls, data, parsed=True)
    raise InputError(problem)  # outside the handlers, as in from_dict
