"""The one private cattrs converter behind the JSON functions, built on first use.

Strict: no silent coercion (``"5"`` is not a number, ``true`` is not 1, a string is not a
list), unknown keys are errors, and every problem is raised with its location so that
:mod:`runstrength._io.documents` can report them all with JSON paths.

The hooks for scalars are in :mod:`runstrength._io.scalars`, and the limits every list and
object is read within in :mod:`runstrength._io.limits`. The converter only descends where
the value types lead, so data nested deeper than a type's own shape is refused as the
wrong kind of value, without recursing into it.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import marshal
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import cattrs
from cattrs.errors import IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from runstrength._io.documents import MAX_DIGITS
from runstrength._io.limits import measure, memo, noted, stopped
from runstrength._io.params import structure_params
from runstrength._io.quick import read_reason, write_reason
from runstrength._io.scalars import (
    describe,
    expect,
    structure_bool,
    structure_enum,
    structure_float,
    structure_int,
    structure_str,
)
from runstrength._model.athlete import Athlete, to_equipment
from runstrength._model.block import MAX_WEEKS, Block
from runstrength._model.dose import Dose, IntRange, Tempo
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.plan import DayDecision, Prescription, Routine
from runstrength._model.reason import Reason, to_reason
from runstrength._model.reasons import CODES
from runstrength._model.vocab import Equipment, RunKind, Weekday, _Vocabulary, ordered
from runstrength._model.week import Run, RunningWeek

__all__ = ["build", "writing"]

Hook = Callable[[Any, Any], Any]

_LARGEST = 10**MAX_DIGITS

_WRITTEN: contextvars.ContextVar[dict[int, Any]] = contextvars.ContextVar("runstrength_written")

_SHARED = (Prescription, Routine, Reason, DayDecision)
"""Values a document repeats often (a block holds the same doses, reasons and day decisions
week after week): the quick read builds each distinct one once per document and shares it,
as values are immutable."""


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """Write each value object once inside the block, sharing its data where it repeats.

    For text output only (``to_json``): the data returned shares dictionaries.
    """
    token = _WRITTEN.set({})
    try:
        yield
    finally:
        _WRITTEN.reset(token)


def _written_once(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def hook(value: Any) -> Any:
        memo = _WRITTEN.get(None)
        if memo is None:
            return inner(value)
        found = memo.get(id(value))
        if found is None:  # the value outlives the write, so its id is not reused
            found = memo[id(value)] = inner(value)
        return found

    return hook


@functools.lru_cache(maxsize=1024)
def _range(lo: int, hi: int) -> IntRange:
    """A range, shared: ranges are immutable and documents repeat a few of them often."""
    return IntRange(lo, hi)


def _is_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_frozenset(t: Any) -> bool:
    return typing.get_origin(t) is frozenset


def _is_frozen_map(t: Any) -> bool:
    return typing.get_origin(t) is FrozenMap or t is FrozenMap


def _dose_tempo(tempo: Tempo | None) -> dict[str, int] | None:
    """A dose's tempo: every number, and the hold at the top only when there is one."""
    if tempo is None:
        return None
    out = {"eccentric": tempo.eccentric, "pause": tempo.pause, "concentric": tempo.concentric}
    return {**out, "top": tempo.top} if tempo.top else out


def _equipment(value: object, _: object) -> frozenset[Equipment]:
    """Equipment: a kit name or a list of item names (every bad item reported)."""
    if isinstance(value, str):
        return to_equipment(structure_str(value, str))
    if not isinstance(value, list | tuple):
        raise expect("a kit name or a list of items", value)
    measure(value, "a list")
    items, errors = [], []
    for index, item in enumerate(value):
        if stop := stopped(index, Equipment):
            errors.append(stop)
            break
        try:
            items.append(structure_enum(item, Equipment))
        except (TypeError, ValueError) as exc:
            errors.append(noted(exc, index, Equipment))
    if errors:
        raise IterableValidationError("invalid equipment", errors, list)
    return frozenset(items)  # type: ignore[arg-type]


class _Builder:
    """Registers each family of hooks on one converter."""

    def __init__(self, *, detailed: bool) -> None:
        self.conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
        self.detailed = detailed

    def items(self, value: object, item_type: Any, kind: str) -> list[Any]:
        """Structure a JSON array, collecting every bad item with its index."""
        if not isinstance(value, list | tuple):
            raise expect(f"a list of {kind}", value)
        measure(value, "a list")
        if not self.detailed:  # the first problem ends the quick read
            if item_type is str:
                return [structure_str(item, str) for item in value]
            structure = self.conv.get_structure_hook(item_type)
            return [structure(item, item_type) for item in value]
        out, errors = [], []
        for index, item in enumerate(value):
            if stop := stopped(index, item_type):
                errors.append(stop)
                break
            try:
                out.append(self.conv.structure(item, item_type))
            except Exception as exc:  # every item's problem is collected
                errors.append(noted(exc, index, item_type))
        if errors:
            raise IterableValidationError("invalid items", errors, list)
        return out

    def guarded(self, cls: type, inner: Hook) -> Hook:
        """Wrap a generated hook: refuse anything but an object, and too large an object.

        The generated hook itself reports a constructor's own check as a problem of the
        object (a ``ClassValidationError`` without a field note), so it keeps its path.
        """

        def hook(value: object, typ: Any) -> Any:
            if type(value) is not dict and not isinstance(value, Mapping):
                raise expect(f"an object ({cls.__name__})", value)
            measure(value, "an object")
            return inner(value, typ)

        return hook

    def scalars(self) -> None:
        conv = self.conv
        for cls, hook in (
            (int, structure_int),
            (float, structure_float),
            (str, structure_str),
            (bool, structure_bool),
        ):
            conv.register_structure_hook(cls, hook)
        # On the vocabulary base: more specific than ``str`` in every enum's MRO (a StrEnum
        # would otherwise pass through as itself, which is not plain JSON data).
        conv.register_structure_hook(_Vocabulary, structure_enum)
        conv.register_unstructure_hook(_Vocabulary, lambda e: e._value_)  # not the property
        # A float field given a whole number (``load_kg=16``) is written as ``16.0``, the
        # way it reads back, so that a document's text survives a round trip unchanged.
        conv.register_unstructure_hook_func(
            lambda t: t is float or t == float | None,
            lambda v: None if v is None else float(v),
        )

    def collections(self) -> None:
        conv = self.conv
        conv.register_structure_hook_func(
            _is_tuple, lambda v, t: tuple(self.items(v, typing.get_args(t)[0], "values"))
        )
        conv.register_structure_hook_func(
            _is_frozenset, lambda v, t: frozenset(self.items(v, typing.get_args(t)[0], "names"))
        )

        # By annotation (``frozenset[Pattern]``) and by runtime class (a group inside the
        # equipment tuple): sets become lists in declaration order, tuples become lists.
        def as_list(items: typing.Iterable[Any]) -> list[Any]:
            return [conv.unstructure(x) for x in items]

        def as_sorted(items: frozenset[Any]) -> list[Any]:
            return as_list(ordered(items))

        conv.register_unstructure_hook(frozenset, as_sorted)
        conv.register_unstructure_hook_func(_is_frozenset, as_sorted)
        conv.register_unstructure_hook(tuple, as_list)
        conv.register_unstructure_hook_func(_is_tuple, as_list)
        conv.register_structure_hook_func(_is_frozen_map, self.mapping)
        conv.register_unstructure_hook_func(
            _is_frozen_map,
            lambda m: {conv.unstructure(k): conv.unstructure(v) for k, v in m.items()},
        )

    def mapping(self, value: object, typ: Any) -> FrozenMap[Any, Any]:
        """A read-only mapping, keys and values structured by its type arguments."""
        key_type, value_type = typing.get_args(typ) or (str, Any)
        if not isinstance(value, Mapping):
            raise expect("an object", value)
        measure(value, "an object")
        out, errors = {}, []
        for key, item in value.items():
            if stop := stopped(key, value_type):
                errors.append(stop)
                break
            entry = []
            for part, part_type in ((key, key_type), (item, value_type)):
                try:
                    entry.append(self.conv.structure(part, part_type))
                except Exception as exc:  # every key's and value's problem is collected
                    errors.append(noted(exc, key, part_type))
            if len(entry) == 2:
                out[entry[0]] = entry[1]
        if errors:
            raise IterableValidationError("invalid entries", errors, dict)
        return FrozenMap(out)

    def shared(self, inner: Hook) -> Hook:
        """Build each distinct value once per document (see ``_SHARED``)."""

        def hook(value: object, typ: Any) -> Any:
            shared = memo()
            if shared is None or type(value) is not dict:
                return inner(value, typ)
            # Parsed JSON holds plain values only, which marshal writes with their types
            # (``1``, ``1.0`` and ``true`` apart): equal bytes, equal value. A third of
            # the cost of ``repr()``, which escapes every character of every text.
            key = (typ, marshal.dumps(value, 2))
            found = shared.get(key)
            if found is None:
                found = shared[key] = inner(value, typ)
            else:
                measure(value, "an object")
            return found

        return hook

    def per_week(self, value: object, typ: Any) -> Any:
        """A block's list of one entry per week, refused before reading past the limit."""
        if isinstance(value, list | tuple) and len(value) > MAX_WEEKS:
            raise ValueError(f"{len(value):,} entries (a block has at most {MAX_WEEKS} weeks)")
        return self.conv.structure(value, typ)

    def ranges(self) -> None:
        def structure(value: object, _: object) -> IntRange:
            if type(value) is list and len(value) == 2:
                lo, hi = value
                if type(lo) is int and type(hi) is int and 0 <= lo <= hi < _LARGEST:
                    return _range(lo, hi)
            if type(value) is int:
                value = [value, value]
            elif isinstance(value, Mapping) and set(value) == {"lo", "hi"}:
                value = [value["lo"], value["hi"]]  # the form a top-level document takes
            if not isinstance(value, list | tuple) or len(value) != 2:
                raise expect("[lo, hi] or a whole number", value)
            lo, hi = (structure_int(v, int) for v in value)
            if not 0 <= lo <= hi:
                raise ValueError(f"[{lo}, {hi}] is not a range (0 <= lo <= hi)")
            return IntRange(lo, hi)

        self.conv.register_structure_hook(IntRange, structure)
        self.conv.register_unstructure_hook(IntRange, lambda r: [r.lo, r.hi])

    def weeks(self) -> None:
        conv = self.conv
        run_struct = self.guarded(Run, make_dict_structure_fn(Run, conv))

        def structure_run(value: object, cls: Any) -> Run:
            if isinstance(value, str):
                return Run(structure_enum(value, RunKind))  # type: ignore[arg-type]
            return typing.cast("Run", run_struct(value, cls))

        def structure_week(value: object, _: object) -> RunningWeek:
            if not isinstance(value, Mapping):
                raise expect("an object of weekday: runs", value)
            measure(value, "an object")
            days, errors = {}, []
            for key, item in value.items():
                if stop := stopped(key, Run):
                    errors.append(stop)
                    break
                try:
                    day = str(structure_enum(key, Weekday).value)
                    runs = [item] if isinstance(item, str | Mapping) else item
                    days[day] = tuple(self.items(runs, Run, "runs"))
                    if len(days[day]) > 2:
                        raise ValueError(f"{len(days[day])} runs in one day (at most 2)")
                except Exception as exc:  # every day's problem is collected
                    errors.append(noted(exc, key, Run))
            if errors:
                raise IterableValidationError("invalid days", errors, dict)
            return RunningWeek(**days)

        def unstructure_week(week: RunningWeek) -> dict[str, Any]:
            return {str(d): [conv.unstructure(r) for r in runs] for d, runs in week.items() if runs}

        conv.register_structure_hook(Run, structure_run)
        conv.register_structure_hook(RunningWeek, structure_week)
        conv.register_unstructure_hook(RunningWeek, unstructure_week)
        conv.register_unstructure_hook(
            Run, make_dict_unstructure_fn(Run, conv, _cattrs_omit_if_default=True)
        )

    def reasons(self) -> None:
        """A reason: an object, or (as a version-1 document wrote it) plain text."""
        inner = self.conv.get_structure_hook(Reason)

        def structure(value: object, typ: Any) -> Reason:
            if isinstance(value, str):
                return to_reason(structure_str(value, str))
            reason = typing.cast("Reason", inner(value, typ))
            if reason.code not in CODES:  # a newer version's code comes with a newer version
                raise ValueError(f"{describe(reason.code)} is not a reason code")
            return reason

        if self.detailed:
            self.conv.register_structure_hook(Reason, structure)
            return

        def free_text(value: str) -> Reason:
            return to_reason(structure_str(value, str))

        self.conv.register_structure_hook(
            Reason, self.shared(lambda value, _: read_reason(value, free_text))
        )
        self.conv.register_unstructure_hook(Reason, _written_once(write_reason))

    def optional_reason(self, value: object, _: object) -> Reason | None:
        """A prescription's reason: ``null`` or ``""`` (a version-1 document's) is none."""
        if value is None or value == "":
            return None
        return self.conv.structure(value, Reason)

    def values(self, types: typing.Iterable[type]) -> None:
        per_week = override(struct_hook=self.per_week)
        overrides: dict[type, dict[str, Any]] = {
            Athlete: {
                "equipment": override(struct_hook=_equipment),
                "sessions_per_week": override(omit_if_default=False),
            },
            Block: dict.fromkeys(("weeks", "phases", "running", "reasons"), per_week),
            Dose: {"tempo": override(unstruct_hook=_dose_tempo)},
            Prescription: {"reason": override(struct_hook=self.optional_reason)},
            Reason: {"params": override(struct_hook=structure_params)},
        }
        for cls in types:
            if cls in (Run, RunningWeek, IntRange):
                continue
            extra = overrides.get(cls, {})
            struct: Hook = self.guarded(cls, make_dict_structure_fn(cls, self.conv, **extra))
            if not self.detailed and cls in _SHARED:
                struct = self.shared(struct)
            self.conv.register_structure_hook(cls, struct)
            plain: Callable[[Any], Any] = make_dict_unstructure_fn(
                cls, self.conv, _cattrs_omit_if_default=True, **extra
            )
            if not self.detailed and cls in _SHARED:
                plain = _written_once(plain)
            self.conv.register_unstructure_hook(cls, plain)


def build(types: typing.Iterable[type], *, detailed: bool = True) -> cattrs.Converter:
    """A converter for the given attrs value types (and everything inside them).

    Both kinds accept and refuse exactly the same data, through the same hooks: a
    ``detailed`` one collects every problem with its path, the other stops at the first
    and is faster, so well-formed documents are read by it first.
    """
    builder = _Builder(detailed=detailed)
    builder.scalars()
    builder.collections()
    builder.ranges()
    builder.weeks()
    builder.values((Reason,))  # first: the hooks of the values that hold reasons use it
    builder.reasons()
    others = [t for t in types if t is not Reason]
    # Twice: a hook is made from the hooks of its fields' types as they are then, so the
    # second pass gives a value inside another (an exclusion's prescriptions) the hooks
    # of its own type, whatever the order of the types.
    builder.values(others)
    builder.values(others)
    return builder.conv
