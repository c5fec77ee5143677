"""A reason's parameters as a document holds them: an object of scalars, read strictly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from runstrength._io.limits import measure
from runstrength._io.scalars import (
    describe,
    expect,
    structure_bool,
    structure_float,
    structure_int,
    structure_str,
)
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import Param

__all__ = ["structure_params"]


def structure_params(value: object, _: object) -> FrozenMap[str, Param]:
    """A reason's parameters: text, whole numbers, numbers or true/false, by name."""
    if not isinstance(value, Mapping):
        raise expect("an object of parameters", value)
    measure(value, "an object")
    hooks: dict[type, Callable[[Any, Any], Any]] = {
        str: structure_str,
        bool: structure_bool,
        int: structure_int,
        float: structure_float,
    }
    out: dict[str, Param] = {}
    for key, item in value.items():
        hook = hooks.get(type(item))
        if hook is None:
            raise expect(f"text, a number or true/false for {describe(key)}", item)
        out[structure_str(key, str)] = hook(item, type(item))
    return FrozenMap(sorted(out.items()))
