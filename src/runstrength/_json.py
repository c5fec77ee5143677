"""JSON in and out: ``to_dict``, ``from_dict``, ``to_json``, ``from_json``.

All conversion goes through one private, strict cattrs converter built on first use (so
``import runstrength`` does not pay for cattrs). Strict means: no silent coercion (``"5"``
is not a number, ``true`` is not 1, a string is not a list), unknown keys are errors, and
every problem in a document is reported at once with its JSON path.
"""

from __future__ import annotations

import enum
import functools
import json
import math
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from runstrength._errors import InputError

T = TypeVar("T")

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 1
"""The version of the documents :func:`to_dict` writes (key ``schema_version``)."""

SCHEMA_KEY = "schema_version"

MAX_JSON_CHARS = 20_000_000
"""Longest JSON text :func:`from_json` reads; a plan of a year is far below this."""

# Each entry upgrades a document of version N (the key) to version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _public_types() -> dict[type, None]:
    import runstrength as rs  # noqa: PLC0415  # the public surface, resolved at first use

    return dict.fromkeys(getattr(rs, name) for name in rs.VALUE_TYPES)


def _is_value_type(cls: object) -> bool:
    return isinstance(cls, type) and hasattr(cls, "__attrs_attrs__")


# --------------------------------------------------------------------------- errors


def _leaf_message(exc: BaseException) -> list[str]:
    """Messages of one leaf exception, each as ``(suffix, message)`` joined later."""
    if isinstance(exc, InputError):
        return list(exc.problems)
    if isinstance(exc, KeyError):
        return ["required field missing"]
    if isinstance(exc, RecursionError):
        return ["nested too deeply"]
    return [str(exc) or type(exc).__name__]


def _locate(problem: str, path: str) -> str:
    """Attach ``path`` to a problem from a constructor or a nested document."""
    if problem.startswith("$"):
        return path + problem[1:]
    head, sep, rest = problem.partition(": ")
    owner, dot, field = head.rpartition(".")
    if sep and dot and " " not in field and owner and owner[0].isupper():
        return f"{path}.{field}: {rest}"
    return f"{path}: {problem}"


def _walk(exc: BaseException, path: str, out: list[str]) -> None:
    from cattrs.errors import (  # noqa: PLC0415
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            index = note.index
            step = f"[{index}]" if isinstance(index, int) else f".{index}"
            _walk(sub, path + step, out)
        for sub in without:
            _walk(sub, path, out)
    elif isinstance(exc, ClassValidationError):
        with_notes_c, without_c = exc.group_exceptions()
        for sub, cnote in with_notes_c:
            _walk(sub, f"{path}.{cnote.name}", out)
        for sub in without_c:
            _walk(sub, path, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        keys = ", ".join(sorted(repr(k) for k in exc.extra_fields))
        out.append(f"{path}: unknown field(s) {keys}")
    else:
        out.extend(_locate(problem, path) for problem in _leaf_message(exc))


# --------------------------------------------------------------------------- converter


def _type_name(value: object) -> str:
    """Describe a value for a message: scalars as JSON, containers by kind."""
    if value is None or isinstance(value, bool | int | float | str):
        text = json.dumps(value, ensure_ascii=False, default=str)
        return text if len(text) <= 40 else text[:37] + "..."
    names = {dict: "an object", list: "a list", tuple: "a list"}
    return names.get(type(value), type(value).__name__)


def _expect(kind: str, value: object) -> TypeError:
    return TypeError(f"expected {kind}, got {_type_name(value)}")


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _expect("a whole number", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if type(value) not in (int, float):
        raise _expect("a number", value)
    number = float(value)  # type: ignore[arg-type]  # int or float checked above
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _expect("text", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _expect("true or false", value)
    return value


@functools.cache
def _converter() -> Any:
    import cattrs  # noqa: PLC0415
    from cattrs.errors import ClassValidationError, IterableValidationError  # noqa: PLC0415
    from cattrs.errors import IterableValidationNote  # noqa: PLC0415
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override  # noqa: PLC0415

    import runstrength as rs  # noqa: PLC0415
    from runstrength._athlete import to_equipment  # noqa: PLC0415
    from runstrength._frozenmap import FrozenMap  # noqa: PLC0415
    from runstrength._vocab import _Vocabulary, ordered  # noqa: PLC0415

    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)

    # Enums: by their string value, with the allowed values in the message.
    def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
        if type(value) is not str:
            raise _expect("text", value)
        try:
            return cls(value)
        except ValueError:
            from runstrength._checks import invalid_member  # noqa: PLC0415

            raise ValueError(invalid_member(cls, value)) from None

    # Registered on the vocabulary base: more specific than ``str`` in every enum's MRO.
    conv.register_structure_hook(_Vocabulary, structure_enum)
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )

    # Lists: only JSON arrays, every bad item reported with its index.
    def items(value: object, item_type: Any, kind: str) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise _expect(f"a list of {kind}", value)
        out, errors = [], []
        for index, item in enumerate(value):
            try:
                out.append(conv.structure(item, item_type))
            except Exception as exc:  # noqa: BLE001  # every item's problem is collected
                exc.__notes__ = [*getattr(exc, "__notes__", []), IterableValidationNote(
                    f"Structuring item @ index {index}", index, item_type
                )]
                errors.append(exc)
        if errors:
            raise IterableValidationError("invalid items", errors, list)
        return out

    def is_tuple(t: Any) -> bool:
        args = typing.get_args(t)
        return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis

    def is_frozenset(t: Any) -> bool:
        return typing.get_origin(t) is frozenset

    conv.register_structure_hook_func(
        is_tuple, lambda v, t: tuple(items(v, typing.get_args(t)[0], "values"))
    )
    conv.register_structure_hook_func(
        is_frozenset, lambda v, t: frozenset(items(v, typing.get_args(t)[0], "names"))
    )
    conv.register_unstructure_hook_func(
        is_frozenset, lambda s: [conv.unstructure(x) for x in ordered(s)]
    )
    conv.register_unstructure_hook_func(is_tuple, lambda t: [conv.unstructure(x) for x in t])

    # IntRange: [lo, hi] or a single whole number.
    def structure_range(value: object, _: object) -> rs.IntRange:
        if type(value) is int:
            return rs.IntRange(value, value)
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise _expect("[lo, hi] or a whole number", value)
        lo, hi = (_structure_int(v, int) for v in value)
        if not 0 <= lo <= hi:
            raise ValueError(f"[{lo}, {hi}] is not a range (0 <= lo <= hi)")
        return rs.IntRange(lo, hi)

    conv.register_structure_hook(rs.IntRange, structure_range)
    conv.register_unstructure_hook(rs.IntRange, lambda r: [r.lo, r.hi])

    # Mapping of level -> dose.
    def structure_doses(value: object, _: object) -> FrozenMap[rs.Level, rs.Dose]:
        if not isinstance(value, Mapping):
            raise _expect("an object of level: dose", value)
        out, errors = {}, []
        for key, item in value.items():
            try:
                out[structure_enum(key, rs.Level)] = conv.structure(item, rs.Dose)
            except Exception as exc:  # noqa: BLE001  # every dose's problem is collected
                exc.__notes__ = [IterableValidationNote(f"level {key}", key, rs.Dose)]
                errors.append(exc)
        if errors:
            raise IterableValidationError("invalid doses", errors, dict)
        return FrozenMap(out)

    conv.register_structure_hook_func(
        lambda t: typing.get_origin(t) is FrozenMap, structure_doses
    )
    conv.register_unstructure_hook_func(
        lambda t: typing.get_origin(t) is FrozenMap or t is FrozenMap,
        lambda m: {conv.unstructure(k): conv.unstructure(v) for k, v in m.items()},
    )

    # Runs and running weeks: a bare kind string is a run; a day holds one run or a list.
    run_struct = make_dict_structure_fn(rs.Run, conv, _cattrs_forbid_extra_keys=True)

    def structure_run(value: object, cls: Any) -> rs.Run:
        if isinstance(value, str):
            return rs.Run(structure_enum(value, rs.RunKind))  # type: ignore[arg-type]
        return guarded(rs.Run, run_struct)(value, cls)

    def structure_week(value: object, _: object) -> rs.RunningWeek:
        if not isinstance(value, Mapping):
            raise _expect("an object of weekday: runs", value)
        days, errors = {}, []
        for key, item in value.items():
            try:
                day = structure_enum(key, rs.Weekday)
                runs = [item] if isinstance(item, str | Mapping) else item
                days[str(day)] = tuple(items(runs, rs.Run, "runs"))
                if len(days[str(day)]) > 2:
                    raise ValueError(f"{len(runs)} runs in one day (at most 2)")
            except Exception as exc:  # noqa: BLE001  # every day's problem is collected
                exc.__notes__ = [IterableValidationNote(f"day {key}", key, rs.Run)]
                errors.append(exc)
        if errors:
            raise IterableValidationError("invalid days", errors, dict)
        return rs.RunningWeek(**days)  # type: ignore[arg-type]

    def unstructure_week(week: rs.RunningWeek) -> dict[str, Any]:
        return {str(day): [conv.unstructure(r) for r in runs] for day, runs in week.items() if runs}

    conv.register_structure_hook(rs.RunningWeek, structure_week)
    conv.register_unstructure_hook(rs.RunningWeek, unstructure_week)
    conv.register_structure_hook(rs.Run, structure_run)

    # attrs classes: generated code, wrapped so constructor checks report their path.
    def guarded(cls: type, inner: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
        def hook(value: object, typ: Any) -> Any:
            if not isinstance(value, Mapping):
                raise _expect(f"an object ({cls.__name__})", value)
            try:
                return inner(value, typ)
            except (InputError, ValueError, TypeError) as exc:
                if isinstance(exc, ClassValidationError | IterableValidationError):
                    raise
                raise ClassValidationError(f"While structuring {cls.__name__}", [exc], cls) from None

        return hook

    overrides: dict[type, dict[str, Any]] = {
        rs.Athlete: {
            "equipment": override(struct_hook=lambda v, _: _structure_equipment(v, to_equipment)),
            "sessions_per_week": override(omit_if_default=False),
        },
    }
    special = {rs.Run, rs.RunningWeek, rs.IntRange}
    for cls in _public_types():
        if not _is_value_type(cls) or cls in special:
            continue
        extra = overrides.get(cls, {})
        struct = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True, **extra)
        conv.register_structure_hook(cls, guarded(cls, struct))
        conv.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **extra)
        )
    conv.register_unstructure_hook(
        rs.Run, make_dict_unstructure_fn(rs.Run, conv, _cattrs_omit_if_default=True)
    )
    return conv


def _structure_equipment(value: object, convert: Callable[[Any], Any]) -> Any:
    """Equipment: a kit name or a list of item names."""
    if isinstance(value, str):
        return convert(value)
    if not isinstance(value, list | tuple):
        raise _expect("a kit name or a list of items", value)
    for item in value:
        if type(item) is not str:
            raise _expect("item names", item)
    return convert(value)


# --------------------------------------------------------------------------- public


def _check_type(cls: object, verb: str) -> None:
    if cls not in _public_types() or not _is_value_type(cls):
        raise TypeError(f"{verb}: {cls!r} is not a runstrength value type")


def to_dict(obj: Any) -> dict[str, Any]:
    """Convert a value to plain JSON-ready data with a ``schema_version``.

    Enums become their strings, ranges ``[lo, hi]``, sets sorted lists; ``None`` and
    empty defaults are left out.

    >>> from runstrength import IntRange, Dose
    >>> to_dict(Dose(sets=3, reps=(8, 10), rest_seconds=90))
    {'schema_version': 1, 'sets': [3, 3], 'reps': [8, 10], 'rest_seconds': [90, 90]}
    """
    _check_type(type(obj), "to_dict")
    data = _converter().unstructure(obj)
    return {SCHEMA_KEY: SCHEMA_VERSION, **data}


def from_dict(cls: type[T], data: object) -> T:
    """Build a value of type ``cls`` from plain data, checking all of it.

    A ``schema_version`` key is optional; older versions are upgraded first.

    Raises:
        InputError: Listing every problem with its path, e.g.
            ``$.sessions[1].exercises[0].dose.sets: lo (5) must not exceed hi (3)``.
    """
    _check_type(cls, "from_dict")
    if isinstance(data, Mapping) and SCHEMA_KEY in data:
        data = _migrate(dict(data))
    try:
        return typing.cast(T, _converter().structure(data, cls))
    except RecursionError:
        raise InputError("$: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001  # every failure becomes an InputError with paths
        problems: list[str] = []
        _walk(exc, "$", problems)
        raise InputError(problems) from None


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.pop(SCHEMA_KEY)
    if type(version) is not int or version < 1:
        raise InputError(f"$.{SCHEMA_KEY}: expected a version number, got {version!r}")
    if version > SCHEMA_VERSION:
        raise InputError(
            f"$.{SCHEMA_KEY}: version {version} was written by a newer runstrength "
            f"(this one reads up to {SCHEMA_VERSION})"
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a value to JSON text (see :func:`to_dict`).

    >>> from runstrength import Run, RunKind
    >>> to_json(Run(RunKind.long, 90))
    '{"schema_version": 1, "kind": "long", "minutes": 90}'
    """
    return json.dumps(to_dict(obj), indent=indent, ensure_ascii=False)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text into a value of type ``cls`` (see :func:`from_dict`).

    Raises:
        InputError: The text is not JSON, is too large, or does not describe a ``cls``.
    """
    if not isinstance(text, str | bytes | bytearray):
        raise InputError(f"$: expected JSON text, got {type(text).__name__}")
    if len(text) > MAX_JSON_CHARS:
        raise InputError(f"$: document is {len(text):,} characters (at most {MAX_JSON_CHARS:,})")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError("$: nested too deeply") from None
    except (ValueError, TypeError) as exc:
        raise InputError(f"$: not valid JSON ({exc})") from None
    return from_dict(cls, data)

