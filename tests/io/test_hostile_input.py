"""Hostile input at the door: text, numbers and types that must be refused by name.

Every value checks its fields when built, and the reader checks documents as it reads
them, so anything a value holds can be written again: as JSON, as JSON Lines and as a
calendar. Input that cannot be held is refused with an ``InputError`` that names the
field or path, never an exception from deep inside (``UnicodeEncodeError``,
``OverflowError``, the int-to-text limit's ``ValueError``).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs

T = TypeVar("T")

MONDAY = datetime.date(2026, 11, 23)
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
LINE_BREAKS = ["\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]

ANY_CHARACTER = st.one_of(
    st.characters(exclude_categories=()),  # every code point, surrogates included
    st.sampled_from([*SURROGATES, *LINE_BREAKS, "\x00", "\ufeff", "\U0010ffff"]),
)
ANY_TEXT = st.text(ANY_CHARACTER, max_size=12)


def refused(make: Any, *args: Any, **kwargs: Any) -> rs.InputError:
    """The ``InputError`` that ``make(*args, **kwargs)`` raises."""
    with pytest.raises(rs.InputError) as caught:
        make(*args, **kwargs)
    return caught.value


def built(make: Callable[..., T], *args: Any) -> T | rs.InputError:
    """What ``make(*args)`` returns, or the ``InputError`` it raises (nothing else)."""
    try:
        return make(*args)
    except rs.InputError as error:
        return error


def session(**changes: Any) -> rs.Session:
    fields: dict[str, Any] = {
        "day": "tue",
        "focus": "strength",
        "placement": "standalone",
        "exercises": [
            rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(8, 10), rest_seconds=90))
        ],
    }
    return rs.Session(**{**fields, **changes})


def plan_with(text: str) -> rs.WeekPlan:
    """A week plan holding ``text`` in every kind of text field it has."""
    return rs.WeekPlan(
        sessions=[session(reasons=[text], warm_up=rs.Routine(5, [text]))],
        shortfalls=[text],
        decisions=[rs.DayDecision("tue", "strength", text)],
    )


# --------------------------------------------------------------------------- text


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


@pytest.mark.parametrize("surrogate", SURROGATES)
def test_lone_surrogate_is_refused_in_names(surrogate: str) -> None:
    exercise = rs.default_catalog()["goblet_squat"]
    for field, value, path, position in [
        ("name", f"Goblet {surrogate}squat", "name", 7),
        ("aliases", ["goblet", f"cup{surrogate}"], "aliases[1]", 3),
        ("cues", [surrogate], "cues[0]", 0),
    ]:
        error = refused(attrs.evolve, exercise, **{field: value})
        (problem,) = error.problems
        assert problem.path == f"Exercise 'goblet_squat'.{path}"
        assert problem.message == (
            f"U+{ord(surrogate):04X} at position {position} is a lone surrogate, "
            "not a Unicode character"
        )


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda t: session(reasons=["fine", t]), "Session.reasons[1]"),
        (lambda t: rs.DayDecision("mon", None, t), "DayDecision.reason"),
        (lambda t: rs.Routine(5, [t]), "Routine.steps[0]"),
        (lambda t: rs.WeekPlan(sessions=(), shortfalls=[t]), "WeekPlan.shortfalls[0]"),
        (
            lambda t: rs.Violation(code="RS101", rule=t, severity="error", message="m"),
            "Violation.rule",
        ),
        (
            lambda t: rs.Violation(code="RS101", rule="r", severity="error", message=t),
            "Violation.message",
        ),
    ],
)
def test_lone_surrogate_is_refused_in_reasons(make: Any, path: str) -> None:
    error = refused(make, "knee\udc80 pain")
    (problem,) = error.problems
    assert problem.path == path
    assert problem.message == "U+DC80 at position 4 is a lone surrogate, not a Unicode character"
    assert str(error).encode("utf-8")  # the message itself can be written


def test_lone_surrogate_is_refused_in_documents_with_its_path() -> None:
    document = '{"sessions": [], "shortfalls": ["ok", "bad \\ud800 text"]}'
    error = refused(rs.from_json, rs.WeekPlan, document)
    assert [str(p) for p in error.problems] == [
        "$.shortfalls[1]: U+D800 at position 4 is a lone surrogate, not a Unicode character"
    ]
    error = refused(rs.from_json, rs.Run, '{"kind": "easy", "minutes": "\\udfff"}')
    assert str(error) == '1 problem: $.minutes: expected a whole number, got "\\udfff"'
    assert str(error).encode("utf-8")


def test_lone_surrogate_in_a_key_is_escaped_in_the_path() -> None:
    error = refused(rs.from_dict, rs.RunningWeek, {"mon\ud800": "easy"})
    assert [str(p) for p in error.problems] == [
        "$.mon\\ud800: U+D800 at position 3 is a lone surrogate, not a Unicode character"
    ]
    error = refused(rs.from_dict, rs.WeekPlan, {"sessions": [], "x\udc00": 1})
    assert str(error) == "1 problem: $: unknown field(s) 'x\\udc00'"


def test_text_lists_must_be_lists() -> None:
    for value in (5, {"a", "b"}, {"a": "b"}, b"text"):
        (problem,) = refused(session, reasons=value).problems
        assert problem.path == "Session.reasons"
        assert problem.message.startswith("expected a list of text, got ")
    assert session(reasons=iter(["a", "b"])).reasons == ("a", "b")
    assert session(reasons="one").reasons == ("one",)


def written_and_read(plan: rs.WeekPlan) -> None:
    """``plan`` survives JSON, JSON Lines and a calendar unchanged."""
    assert rs.from_json(rs.WeekPlan, rs.to_json(plan)) == plan
    (line,) = rs.to_json_lines([plan])
    assert line.endswith("\n")
    assert len(line.splitlines()) == 1
    assert list(rs.from_json_lines(rs.WeekPlan, [line])) == [plan]
    assert rs.to_ics(plan, start=MONDAY).encode("utf-8")


@pytest.mark.fuzz
@given(ANY_TEXT)
def test_any_text_is_refused_or_written_and_read_unchanged(text: str) -> None:
    result = built(plan_with, text)
    if isinstance(result, rs.InputError):
        assert str(result).encode("utf-8")
        assert not text.strip() or has_surrogate(text)
    else:
        assert result.shortfalls == (text,)
        written_and_read(result)


@pytest.mark.fuzz
@given(ANY_TEXT)
def test_any_text_in_a_document_is_refused_or_read_unchanged(text: str) -> None:
    document = json.dumps({"sessions": [], "shortfalls": [text]})  # escapes every character
    result = built(rs.from_json, rs.WeekPlan, document)
    if isinstance(result, rs.InputError):
        assert all(p.path == "$.shortfalls[0]" for p in result.problems)
        assert str(result).encode("utf-8")
    else:
        assert result.shortfalls == (text,)
        written_and_read(result)
