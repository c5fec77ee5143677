"""The quick read and write: the same documents accepted, the same values and bytes.

A valid document is read on a quick path that checks each value once and stops at the
first problem; any problem sends it to the careful path, which names every problem with
its path. These tests hold the quick path to the careful one: whatever the quick path
accepts, the careful path accepts too, as an equal value written back as the same text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.documents import MAX_VALUES, _converter
from runstrength._io.limits import budget
from runstrength._model.reasons import CODES
from runstrength._strategies.reasons import reasons

_NAMES = st.sampled_from(["exercise", "n", "need_kind", "Bad", "1st", "a" * 65, "a" * 64, ""])
_SCALARS = st.one_of(
    st.text(max_size=5),
    st.sampled_from(["\ud800", "x" * 2001, "x" * 2000, " ", ""]),
    st.integers(min_value=-(10**16), max_value=10**16),
    st.sampled_from([10**15, -(10**15), 10**15 - 1]),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
)
_CODES = st.sampled_from([*sorted(CODES)[:6], "joined", "text", "no.such_code", "Bad", 3])


def _spots(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a reason's object a mutation may hit."""
    out = [path]
    if isinstance(data, dict):
        for key, item in data.items():
            out.extend(_spots(item, (*path, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            out.extend(_spots(item, (*path, index)))
    return out


@st.composite
def _reason_objects(draw: st.DrawFn) -> object:
    """A valid reason's object with up to two details changed: a value, a key, a part."""
    data = _converter().unstructure(draw(reasons()))
    for _ in range(draw(st.integers(0, 2))):
        spot = draw(st.sampled_from(_spots(data)))
        if not spot:
            continue
        *above, last = spot
        parent = data
        for step in above:
            parent = parent[step]
        change = draw(st.integers(0, 4))
        if change == 0 and isinstance(parent, dict):
            del parent[last]
        elif change == 1 and isinstance(parent, dict):
            parent[draw(_NAMES)] = draw(_SCALARS)
        elif change == 2 and last == "code":
            parent[last] = draw(_CODES)
        else:
            parent[last] = draw(_SCALARS)
    return data


def _outcome(data: object, *, detailed: bool) -> tuple[rs.Reason | None, str | None]:
    """The value one path reads (or ``None`` when it refuses) and the text it writes."""
    with budget(MAX_VALUES, parsed=True):
        try:
            value = _converter(detailed=detailed).structure(data, rs.Reason)
        except Exception:  # any refusal: the careful path words it, not compared here
            return None, None
    return value, rs.to_json(value)


@settings(max_examples=400, deadline=None)
@given(_reason_objects())
def test_quick_reason_read_matches_careful_read(data: object) -> None:
    """Every reason object is accepted by both paths or by neither, as the same value."""
    data = json.loads(json.dumps(data))  # as a document holds it
    quick = _outcome(data, detailed=False)
    careful = _outcome(data, detailed=True)
    assert quick == careful


@settings(max_examples=100, deadline=None)
@given(reasons())
def test_quick_reason_write_matches_careful_write(reason: rs.Reason) -> None:
    """The quick writer writes a reason as the careful converter does, key for key."""
    with_quick = json.dumps(_converter(detailed=False).unstructure(reason), ensure_ascii=False)
    with_careful = json.dumps(_converter().unstructure(reason), ensure_ascii=False)
    assert with_quick == with_careful
    assert rs.from_json(rs.Reason, rs.to_json(reason)) == reason


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n": -0.0}, None),
        ({"n": 10**15}, "too large"),
        ({"n": float("inf")}, "finite"),
        ({"Bad": 1}, "snake_case"),
        ({"n": None}, "text, a number or true/false"),
        ({"n": "\ud800"}, "lone surrogate"),
    ],
)
def test_quick_reason_params_refused_as_before(params: dict[str, Any], message: str | None) -> None:
    """A parameter the quick read cannot take is refused with the careful read's path."""
    reason = {"code": "session.minutes", "params": params, "text": "About 20 minutes."}
    document = {"sessions": [{**_SESSION, "reasons": [reason]}]}
    if message is None:
        plan = rs.from_json(rs.WeekPlan, json.dumps(document))
        assert dict(plan.sessions[0].reasons[0].params) == {"n": 0.0}
        return
    with pytest.raises(rs.InputError) as caught:
        rs.from_json(rs.WeekPlan, json.dumps(document))
    (problem,) = caught.value.problems
    assert problem.path.startswith("$.sessions[0].reasons[0].params")
    assert message in problem.message


def test_quick_enum_read_refuses_a_name_that_is_no_member() -> None:
    """A vocabulary name read at C speed still refuses a name that is no member."""
    document = {"sessions": [{**_SESSION, "focus": "Strength"}]}
    with pytest.raises(rs.InputError) as caught:
        rs.from_json(rs.WeekPlan, json.dumps(document))
    (problem,) = caught.value.problems
    assert problem.path == "$.sessions[0].focus"


_SESSION: dict[str, Any] = {
    "day": "mon",
    "focus": "strength",
    "placement": "standalone",
    "exercises": [
        {"exercise": "goblet_squat", "dose": {"sets": 3, "reps": [8, 10], "rest_seconds": 90}}
    ],
}


def test_shared_values_keep_one_true_and_one_point_zero_apart() -> None:
    """Values shared while reading are told apart by type: ``1``, ``1.0`` and ``true``."""
    reasons = [
        {"code": "session.minutes", "params": {"minutes": value}, "text": "About 1 minute."}
        for value in (1, 1.0, True, 1, 1.0, True)
    ]
    decisions = [
        {"day": day, "focus": None, "reason": {**reasons[0], "params": {"minutes": value}}}
        for day, value in (("mon", 1), ("tue", True), ("wed", 1.0), ("thu", 1))
    ]
    document = {"sessions": [{**_SESSION, "reasons": reasons}], "decisions": decisions}
    text = json.dumps(document, ensure_ascii=False)
    plan = rs.from_json(rs.WeekPlan, text)
    again = json.loads(rs.to_json(plan))
    assert again["sessions"][0]["reasons"] == reasons
    assert [type(d["reason"]["params"]["minutes"]) for d in again["decisions"]] == [
        int,
        bool,
        float,
        int,
    ]


def test_duplicate_key_deep_in_a_block_is_refused_with_its_path() -> None:
    """A key given twice deep inside a block's document is refused, as before."""
    text = rs.to_json(rs.build_block(_ATHLETE, [_WEEK] * 2))
    twice = text.replace('"code": "exercise.need"', '"code": "exercise.need", "code": "text"', 1)
    assert twice != text
    with pytest.raises(rs.InputError) as caught:
        rs.from_json(rs.Block, twice)
    (problem,) = caught.value.problems
    assert problem.path == "$"
    assert "key(s) given twice: 'code'" in problem.message


def test_block_read_again_is_the_same_value_and_text() -> None:
    """A block's document read on the quick path writes back byte for byte."""
    block = rs.build_block(_ATHLETE, [_WEEK] * 3)
    text = rs.to_json(block)
    again = rs.from_json(rs.Block, text)
    assert again == block
    assert rs.to_json(again) == text
    assert rs.to_json(again, indent=2) == rs.to_json(block, indent=2)


_ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym", sessions_per_week=2)
_WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
