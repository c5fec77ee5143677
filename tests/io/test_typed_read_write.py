"""The typed read and write against the converter: the same values, bytes and errors.

``from_json`` reads a document first with a decoder made from each value type's fields,
which gives up on any problem; ``to_json`` writes the compact form with an encoder made
the same way. These tests hold both to the converter alone: any generated plan or block
is written as the same text and read as the same value, and a document changed in one
detail (a key given twice, a value of the wrong kind, a field missing, a key unknown) is
accepted by both or refused by both with the same problems at the same paths.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io import documents, typed_read, typed_write
from runstrength._io.converter import writing
from runstrength._io.documents import _converter, _document
from runstrength._io.quick import Refused
from runstrength._model.reason import free_text
from runstrength.strategies import blocks, week_plans

_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_VALUES = st.one_of(blocks(max_weeks=2), week_plans())


@contextlib.contextmanager
def _converter_only() -> Iterator[None]:
    """Read and write as before the typed read and write: the converter alone."""
    with (
        mock.patch.object(typed_read, "decoder", return_value=None),
        mock.patch.object(typed_write, "encoder", return_value=None),
    ):
        yield


def _outcome(cls: type[Any], text: str) -> tuple[str, object]:
    """What ``from_json`` gives: the value's text, or the problems it names."""
    try:
        value = rs.from_json(cls, text)
    except rs.InputError as exc:
        return "refused", [(p.path, p.message) for p in exc.problems]
    return "read", (value, rs.to_json(value))


def _converter_text(value: Any) -> str:
    with writing():
        data = _document(_converter(detailed=False).unstructure(value))
    return json.dumps(data, ensure_ascii=False)


@_SETTINGS
@given(_VALUES)
def test_typed_write_matches_the_converter_byte_for_byte(value: Any) -> None:
    """Every generated plan or block is written as the converter and ``json.dumps`` write it."""
    assert typed_write.encoder(type(value)) is not None
    text = rs.to_json(value)
    assert text == _converter_text(value)
    with _converter_only():
        assert rs.to_json(value) == text


@_SETTINGS
@given(_VALUES)
def test_typed_read_matches_the_converter(value: Any) -> None:
    """Every generated plan or block is read by the typed read as the converter reads it."""
    text = rs.to_json(value)
    data = json.loads(text)
    del data["schema_version"]
    read = typed_read.decoder(type(value))
    assert read is not None
    typed = read(data, None)  # not given up on: a valid document is read on the typed path
    if "\\u003" in text:  # a text's backslash before "u003": read with the hook instead
        with pytest.raises(Refused):
            typed_read.read_text(type(value), text)
    else:
        assert typed_read.read_text(type(value), text) == typed  # nor without the hook
    with _converter_only():
        careful = rs.from_json(type(value), text)
    assert typed == careful == value
    assert rs.to_json(typed) == text


def _spots(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a document a change may hit (the document itself too)."""
    out = [path]
    if isinstance(data, dict):
        for key, item in data.items():
            out.extend(_spots(item, (*path, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            out.extend(_spots(item, (*path, index)))
    return out


_WRONG = st.sampled_from(
    [None, True, 0, -1, 1.5, 10**16, "", "x", "\ud800", "mon", [], [1, 2], {}, {"code": "x"}]
)


def _dumped(data: object, twice: tuple[Any, ...] | None, path: tuple[Any, ...] = ()) -> str:
    """JSON text of ``data``, the first key of the object at ``twice`` given twice."""
    if isinstance(data, dict):
        items = [f"{json.dumps(k)}: {_dumped(v, twice, (*path, k))}" for k, v in data.items()]
        if path == twice and items:
            items.append(items[0])
        return "{" + ", ".join(items) + "}"
    if isinstance(data, list):
        return "[" + ", ".join(_dumped(v, twice, (*path, i)) for i, v in enumerate(data)) + "]"
    return json.dumps(data, ensure_ascii=False)


@st.composite
def _changed(draw: st.DrawFn) -> tuple[type[Any], str]:
    """A valid plan's or block's document with one detail changed."""
    value = draw(_VALUES)
    data = json.loads(rs.to_json(value))
    spot = draw(st.sampled_from(_spots(data)))
    change = draw(st.sampled_from(["twice", "wrong", "missing", "unknown"]))
    parent: Any = data
    for step in spot[:-1]:
        parent = parent[step]
    target = parent[spot[-1]] if spot else data
    if change == "twice":
        return type(value), _dumped(data, spot)
    if change == "unknown" and isinstance(target, dict):
        target[draw(st.sampled_from(["extra", "reason", "code", "Mon", "sets"]))] = 1
    elif change == "missing" and spot and isinstance(parent, dict):
        del parent[spot[-1]]
    elif spot:
        parent[spot[-1]] = draw(_WRONG)
    return type(value), json.dumps(data, ensure_ascii=False)


@_SETTINGS
@given(_changed())
def test_typed_read_refuses_as_the_converter_does(case: tuple[type[Any], str]) -> None:
    """A document changed in one detail: accepted by both, or refused with the same paths."""
    cls, text = case
    outcome = _outcome(cls, text)
    with _converter_only():
        assert _outcome(cls, text) == outcome


def test_typed_read_refuses_a_key_given_twice_in_a_shared_reason() -> None:
    """A key given twice inside a reason a block repeats is refused, as before."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 3)
    text = rs.to_json(block)
    twice = text.replace('"params": {}', '"params": {}, "params": {}')
    assert twice != text
    outcome = _outcome(rs.Block, twice)
    assert outcome[0] == "refused"
    with _converter_only():
        assert _outcome(rs.Block, twice) == outcome


@pytest.mark.parametrize("limit", [50, 400, 1500, 3000, 100_000])
def test_typed_read_within_the_limit_of_values_reads_as_the_converter(limit: int) -> None:
    """Under any limit of values, a block is read, or refused, as the converter does it.

    The typed read charges a shared value its whole size wherever it stands, so near the
    limit it gives up and leaves the document to the converter.
    """
    text = rs.to_json(rs.build_block(_ATHLETE, [_WEEK] * 3))
    with (
        mock.patch.object(typed_read, "MAX_VALUES", limit),
        mock.patch.object(documents, "MAX_VALUES", limit),
    ):
        outcome = _outcome(rs.Block, text)
        with _converter_only():
            assert _outcome(rs.Block, text) == outcome


def test_typed_write_leaves_the_indented_form_to_the_converter() -> None:
    """An indented document is written by the converter, as before, and reads back."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 2)
    indented = rs.to_json(block, indent=2)
    with _converter_only():
        assert rs.to_json(block, indent=2) == indented
    assert rs.from_json(rs.Block, indented) == block


def test_typed_read_without_the_hook_reads_a_block_with_colons_in_its_texts() -> None:
    """A block's document, colons in many of its texts, is read without the hook."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 3)
    text = rs.to_json(block)
    assert text.count(":") > text.count('": ')  # texts hold colons too
    assert typed_read.read_text(rs.Block, text) == block


def test_typed_read_takes_a_text_that_spells_u003_regression() -> None:
    """A text holding the letters ``u003``, with no backslash before them, is no escape.

    The read once gave up on any document holding ``u003`` anywhere, so a shortfall that
    said it left the typed path needlessly.
    """
    plan = rs.WeekPlan(sessions=(), shortfalls=(free_text("u003"),), decisions=(), phase=None)
    text = rs.to_json(plan)
    assert typed_read.read_text(rs.WeekPlan, text) == plan
    escaped = rs.WeekPlan(sessions=(), shortfalls=(free_text("\\u003a"),), decisions=(), phase=None)
    text = rs.to_json(escaped)
    with pytest.raises(Refused):  # a backslash in the text is written as an escape
        typed_read.read_text(rs.WeekPlan, text)
    assert rs.from_json(rs.WeekPlan, text) == escaped


def test_typed_read_leaves_a_colon_written_as_an_escape_to_the_hook() -> None:
    r"""A colon written ``\u003a`` is not a colon of the text: read with the hook instead."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 2)
    text = rs.to_json(block)
    inside = re.search(r'[^"]: ', text)  # a colon inside a text
    assert inside is not None
    text = text[: inside.start() + 1] + "\\u003a" + text[inside.start() + 2 :]
    with pytest.raises(Refused):
        typed_read.read_text(rs.Block, text)
    assert rs.from_json(rs.Block, text) == block
    twice = text.replace('"params": {}', '"params": {}, "params": {}', 1)
    with pytest.raises(rs.InputError, match="given twice"):
        rs.from_json(rs.Block, twice)


def test_typed_read_without_the_hook_refuses_a_key_given_twice_with_one_value() -> None:
    """A key given twice with the same value parses as one: the colons still tell."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 2)
    text = rs.to_json(block)
    for once, twice in [
        ('"exercise": "', '"exercise": "x", "exercise": "'),
        ('"code": "joined"', '"code": "joined", "code": "joined"'),
        ('"focus": "light"', '"focus": "light", "focus": "light"'),
        ('"kind": "easy"', '"kind": "easy", "kind": "easy"'),
    ]:
        changed = text.replace(once, twice, 1)
        assert changed != text
        with pytest.raises(Refused):
            typed_read.read_text(rs.Block, changed)
        with pytest.raises(rs.InputError, match="given twice"):
            rs.from_json(rs.Block, changed)


_ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
_WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
