"""Values the typed read sets without ``__init__`` against the values their constructors build.

The typed read builds the value types of ``SET_DIRECTLY`` (and running weeks) field by
field, then runs each one's own checks: only the converters are left out, as each would
return what the typed read gives it. These tests hold every value so built equal, field
for field and type for type, to the value its public constructor builds from the same
fields, and a value its checks refuse still refused.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io import typed_read
from runstrength._io.typed_fields import SET_DIRECTLY, defaults
from runstrength.strategies import blocks, week_plans

_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _values(value: Any) -> list[Any]:
    """Every attrs value inside ``value``, itself included, depth first."""
    found: list[Any] = []
    if attrs.has(type(value)):
        found.append(value)
        for field in attrs.fields(type(value)):
            found += _values(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            found += _values(item)
    return found


def _same_as_built(value: Any) -> None:
    """``value`` is what its constructor builds from its fields, each of the same type."""
    built = attrs.evolve(value)  # through __init__: every converter and check
    assert built == value
    assert hash(built) == hash(value)
    for field in attrs.fields(type(value)):
        mine, theirs = getattr(value, field.name), getattr(built, field.name)
        assert type(mine) is type(theirs), field.name
        assert mine == theirs, field.name


def _read(cls: type[Any], text: str) -> Any:
    data = json.loads(text)
    del data["schema_version"]
    read = typed_read.decoder(cls)
    assert read is not None
    return read(data, None)


@_SETTINGS
@given(st.one_of(blocks(max_weeks=2), week_plans()))
def test_values_set_directly_are_the_values_their_constructors_build(value: Any) -> None:
    """Every value the typed read sets field by field equals the constructor's, type for type."""
    again = _read(type(value), rs.to_json(value))
    assert again == value
    seen = {type(item) for item in _values(again)}
    for item in _values(again):
        if type(item) in SET_DIRECTLY or type(item) is rs.RunningWeek:
            _same_as_built(item)
    assert type(value) in seen


def _varied_weeks() -> list[rs.RunningWeek]:
    """Sixteen different weeks of two key runs and three easy ones, as the benchmark's."""
    rng = random.Random(16)
    weeks = []
    for _ in range(15):
        chosen = rng.sample(list(rs.Weekday), 5)
        kinds = ["intervals", "long", "easy", "easy", "easy"]
        weeks.append(rs.RunningWeek.from_days(dict(zip(chosen, kinds, strict=True))))
    return [*weeks, rs.RunningWeek(tue="easy", thu="easy", sun="race")]


def test_a_block_of_sixteen_weeks_is_set_as_built() -> None:
    """A block like the benchmark's: read on the typed path, every value as built."""
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
    block = rs.build_block(athlete, _varied_weeks())
    again = _read(rs.Block, rs.to_json(block))
    assert again == block
    kinds = set()
    for item in _values(again):
        if type(item) in SET_DIRECTLY or type(item) is rs.RunningWeek:
            kinds.add(type(item))
            _same_as_built(item)
    assert kinds >= {rs.Block, rs.WeekPlan, rs.Session, rs.Prescription, rs.Dose, rs.RunningWeek}


@pytest.mark.parametrize("cls", sorted(SET_DIRECTLY, key=str))
def test_a_field_left_out_holds_the_default_init_sets(cls: type[Any]) -> None:
    """Each default as the field's converter makes it, as ``__init__`` would set it."""
    for name, value in defaults(cls).items():
        field = attrs.fields_dict(cls)[name]
        convert: Callable[[object], object] | None = field.converter  # type: ignore[assignment]
        converted = field.default if convert is None else convert(field.default)
        assert type(value) is type(converted)
        assert value == converted


def test_a_value_its_own_checks_refuse_is_refused() -> None:
    """The checks still run: a dose of both reps and seconds is refused, by both reads."""
    dose = {"sets": [3, 3], "reps": [8, 10], "seconds": [30, 30], "rest_seconds": [90, 90]}
    read = typed_read.decoder(rs.Dose)
    assert read is not None
    with pytest.raises(rs.InputError):
        read(dose, None)
    with pytest.raises(rs.InputError, match=r"exactly one of reps, seconds, steps"):
        rs.from_json(rs.Dose, json.dumps(dose))


def test_a_type_that_keeps_its_hash_is_not_set_directly() -> None:
    """A running week keeps its hash: the generic way refuses it (it has its own builder)."""
    with pytest.raises(TypeError):
        defaults(rs.RunningWeek)
    assert not {rs.RunningWeek, rs.Reason} & SET_DIRECTLY
