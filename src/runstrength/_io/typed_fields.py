"""The code of a value type's decoder on the typed read, made once from its fields.

:mod:`runstrength._io.typed_read` gives each field's decoder; this module writes the one
function that reads an object of those fields into a value (as cattrs generates its
structure functions). The function takes an object with no unknown key and every field
without a default given, reads each field, charges the object's items, and builds the
value.

Most value types are built by their public constructor, which converts each field and
checks the value. For the value types of :data:`SET_DIRECTLY`, the typed read's field
decoders already give each field as its converter would make it (a member of its
vocabulary, a range, a tuple of checked reasons, a number without ``-0.0``), so the
value's fields are set without ``__init__`` (as :mod:`runstrength._model.copies` does)
and the value's own ``__attrs_post_init__`` then makes every check it would make in
``__init__``: only the converters, each of which would return what it was given, are
left out. A field left out of the object holds its default as its converter makes it.
A test holds the values so built equal to the values their constructors build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from runstrength._io.documents import MAX_ITEMS
from runstrength._io.quick import Refused
from runstrength._model.block import Block
from runstrength._model.dose import Dose, Tempo
from runstrength._model.plan import DayDecision, Routine, Session, WeekPlan
from runstrength._model.prescription import Prescription
from runstrength._model.week import Run, RunningWeek

__all__ = ["SET_DIRECTLY", "fields_decoder", "running_week"]

SET_DIRECTLY: frozenset[type] = frozenset(
    (Block, WeekPlan, Session, Prescription, Dose, Tempo, Routine, DayDecision, Run)
)
"""The value types the typed read builds without ``__init__``, their checks made after.

Each is frozen and slotted, keeps no hash, has no validator, no ``__attrs_pre_init__``
and no default made by a factory, and each of its converters returns what the typed read
gives it unchanged or as an equal tuple (:func:`defaults` refuses a type that does not
fit the first four).
"""


def defaults(cls: type) -> dict[str, Any]:
    """Each field's default as ``__init__`` would set it: through the field's converter.

    Raises:
        TypeError: ``cls`` is not a type whose fields may be set without ``__init__``.
    """
    keeps_hash = "_attrs_cached_hash" in getattr(cls, "__slots__", ())
    if keeps_hash or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(cls)
    found: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.validator is not None or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(cls)
        if field.default is not attrs.NOTHING:
            convert = field.converter
            found[field.name] = field.default if convert is None else convert(field.default)
    return found


Decode = Callable[[Any, Any], Any]


def fields_decoder(cls: type, decoders: dict[str, Decode]) -> Decode:
    """The decoder of a ``cls`` object whose fields are read by ``decoders`` (by name).

    It takes an object of the type's fields and no other key, every field without a
    default given, and builds the value: by its public constructor, or for a type of
    :data:`SET_DIRECTLY`, set field by field and then checked by its own
    ``__attrs_post_init__``.
    """
    direct = cls in SET_DIRECTLY
    given = defaults(cls) if direct else {}
    names: dict[str, Any] = {
        "cls": cls,
        "Refused": Refused,
        "MAX_ITEMS": MAX_ITEMS,
        "names": frozenset(field.name for field in attrs.fields(cls)),
        "new_value": object.__new__,
        "set_field": object.__setattr__,
        "check": getattr(cls, "__attrs_post_init__", None),
    }
    lines = [
        "def decode(value, state):",
        "    if type(value) is not dict or not value.keys() <= names:",
        "        raise Refused",
        "    count = len(value)",
        "    if count > MAX_ITEMS:",
        "        raise Refused",
        "    state.left -= count",
        "    state.colons += count",
    ]
    required: list[str] = []
    optional: list[str] = []
    for index, field in enumerate(attrs.fields(cls)):
        names[f"d{index}"] = decoders[field.name]
        read = f"d{index}(value[{field.name!r}], state)"
        if direct:
            if field.default is attrs.NOTHING:
                lines.append(f"    set_field(new, {field.name!r}, {read})")
            else:
                names[f"v{index}"] = given[field.name]
                lines.append(
                    f"    set_field(new, {field.name!r}, "
                    f"{read} if {field.name!r} in value else v{index})"
                )
        elif field.default is attrs.NOTHING:
            required.append(f"{field.alias}={read}")
        else:
            optional += [
                f"    if {field.name!r} in value:",
                f"        given[{field.alias!r}] = {read}",
            ]
    if direct:
        lines.insert(8, "    new = new_value(cls)")
        if names["check"] is not None:
            lines.append("    check(new)")
        lines.append("    return new")
    elif optional:
        call = ", ".join([*required, "**given"])
        lines += ["    given = {}", *optional, f"    return cls({call})"]
    else:
        lines.append(f"    return cls({', '.join(required)})")
    exec("\n".join(lines), names)  # code made from the type's own fields
    decode: Decode = names["decode"]
    return decode


_WEEK_DAYS = tuple(field.name for field in attrs.fields(RunningWeek))


def running_week(days: Mapping[str, tuple[Run, ...]]) -> RunningWeek:
    """A running week of ``days`` (weekday names with at most two runs each), set directly.

    What ``RunningWeek(**days)`` builds: its converter makes each day's tuple of runs an
    equal tuple, and it has no other check; a day not given holds no runs, and the hash
    it keeps is worked out when first asked.
    """
    week: RunningWeek = object.__new__(RunningWeek)
    for name in _WEEK_DAYS:
        object.__setattr__(week, name, days.get(name, ()))
    object.__setattr__(week, "_attrs_cached_hash", None)
    return week
