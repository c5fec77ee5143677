"""Problems as values: ``InputError.problems`` holds ``Problem(path, message)`` values.

Each problem keeps the line the error's message shows (``str(problem)``), so the message is
unchanged, and callers read the path and the message from the fields instead of splitting
text. The error pickles, copies and is rebuilt from its ``args``.
"""

from __future__ import annotations

import copy
import pickle
import sys
import traceback

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.lines import from_json_lines


def test_problem_values_keep_the_message() -> None:
    with pytest.raises(rs.InputError) as caught:
        rs.from_dict(rs.Athlete, {"level": "expert", "session_minutes": "x"})
    error = caught.value
    assert all(isinstance(p, rs.Problem) for p in error.problems)
    assert [p.path for p in error.problems] == ["$.level", "$.session_minutes"]
    assert error.problems[1].message == 'expected a whole number, got "x"'
    assert str(error) == (
        "2 problems:\n"
        "  - $.level: 'expert' is not a valid Level (expected one of: beginner, "
        "intermediate, advanced)\n"
        '  - $.session_minutes: expected a whole number, got "x"'
    )


def test_problem_is_a_frozen_public_value() -> None:
    problem = rs.Problem("$.level", "required field missing")
    assert "Problem" in rs.__all__
    assert str(problem) == "$.level: required field missing"
    assert str(rs.Problem("", "invalid input")) == "invalid input"
    assert problem == rs.Problem("$.level", "required field missing")
    assert hash(problem) == hash(rs.Problem("$.level", "required field missing"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        problem.path = "$"  # type: ignore[misc]
    with pytest.raises(TypeError):
        rs.Problem("$", 5)  # type: ignore[arg-type]


def test_constructor_problems_have_the_field_as_path() -> None:
    with pytest.raises(rs.InputError) as caught:
        rs.IntRange(5, 3)
    (problem,) = caught.value.problems
    assert (problem.path, problem.message) == ("IntRange.lo", "lo (5) must not exceed hi (3)")
    with pytest.raises(rs.InputError) as caught:
        rs.Athlete(level="expert")
    assert caught.value.problems[0].path == "Athlete.level"


def test_document_problems_place_constructor_problems_at_their_path() -> None:
    session = {
        "day": "mon",
        "focus": "strength",
        "placement": "standalone",
        "exercises": [
            {"exercise": "squat", "dose": {"sets": [5, 3], "reps": 8, "rest_seconds": 60}}
        ],
    }
    with pytest.raises(rs.InputError) as caught:
        rs.from_dict(rs.WeekPlan, {"sessions": [session]})
    (problem,) = caught.value.problems
    assert problem.path == "$.sessions[0].exercises[0].dose.sets"
    assert problem.message == "[5, 3] is not a range (0 <= lo <= hi)"


def test_exercise_problems_keep_their_field_whatever_the_id() -> None:
    document = rs.to_dict(rs.default_catalog()["goblet_squat"])
    document["id"] = "a.b: c"
    with pytest.raises(rs.InputError) as caught:
        rs.from_dict(rs.Exercise, document)
    (problem,) = caught.value.problems
    assert problem.path == "$.id"
    assert problem.message.startswith("'a.b: c' is not a snake_case id")


def test_json_lines_problems_start_with_the_line() -> None:
    with pytest.raises(rs.InputError) as caught:
        list(from_json_lines(rs.Run, ['{"kind": "easy"}', '{"kind": "jog"}']))
    (problem,) = caught.value.problems
    assert problem.path == "line 2: $.kind"
    assert str(problem).startswith("line 2: $.kind: 'jog' is not a valid RunKind")


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("$.level: bad", "$.level"),
        ("$: not valid JSON (Expecting value: line 1 column 1 (char 0))", "$"),
        ("Dose.sets: 0 is outside 1..10", "Dose.sets"),
        ("logs['a b: c']: the plan has no 'a b: c' to progress", "logs['a b: c']"),
        ("estimate_1rm: reps must be >= 1 (got 0)", "estimate_1rm"),
        ("unknown equipment kit 'x' (known kits: none, home, gym)", ""),
        ("line 3: $.kind: bad", ""),
        ("invalid input", ""),
    ],
)
def test_problem_text_is_read_once_with_its_path(text: str, path: str) -> None:
    problem = rs.Problem.parse(text)
    assert (problem.path, str(problem)) == (path, text)
    assert rs.InputError(text).problems == (problem,)


@given(st.text())
def test_problem_text_round_trips(text: str) -> None:
    assert str(rs.Problem.parse(text)) == text


def test_input_error_accepts_problems_and_text() -> None:
    error = rs.InputError([rs.Problem("$.a", "one"), "$.b: two"])
    assert error.problems == (rs.Problem("$.a", "one"), rs.Problem("$.b", "two"))
    assert str(error) == "2 problems:\n  - $.a: one\n  - $.b: two"
    assert str(rs.InputError(rs.Problem("$", "bad"))) == "1 problem: $: bad"
    assert rs.InputError([]).problems == (rs.Problem("", "invalid input"),)


def many_problems() -> rs.InputError:
    return rs.InputError(rs.Problem(f"$.sessions[{i}]", "expected a Session") for i in range(60))


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_input_error_pickles_with_its_problems(protocol: int) -> None:
    error = many_problems()
    copied = pickle.loads(pickle.dumps(error, protocol=protocol))
    assert type(copied) is rs.InputError
    assert (copied.problems, str(copied)) == (error.problems, str(error))
    assert str(copy.copy(error)) == str(error)


def test_input_error_is_rebuilt_from_its_args() -> None:
    error = many_problems()
    rebuilt = type(error)(*error.args)
    assert (rebuilt.problems, str(rebuilt)) == (error.problems, str(error))


def test_input_error_survives_a_traceback_round_trip() -> None:
    pickling_support = pytest.importorskip("tblib.pickling_support")  # comes with dask
    try:
        raise many_problems()
    except rs.InputError:
        info = sys.exc_info()
    error = info[1]
    assert error is not None
    pickling_support.install(error)
    copied = pickle.loads(pickle.dumps(error))
    assert str(copied) == str(error)
    assert copied.problems == error.problems  # type: ignore[attr-defined]
    shown = "".join(traceback.format_exception(copied))
    assert "test_input_error_survives_a_traceback_round_trip" in shown
