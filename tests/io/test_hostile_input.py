"""Hostile input at the door: text, numbers and types that must be refused by name.

Every value checks its fields when built, and the reader checks documents as it reads
them, so anything a value holds can be written again: as JSON, as JSON Lines and as a
calendar. Input that cannot be held is refused with an ``InputError`` that names the
field or path, never an exception from deep inside (``UnicodeEncodeError``,
``OverflowError``, the int-to-text limit's ``ValueError``).
"""

from __future__ import annotations

import datetime
import functools
import json
import math
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import texts

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
    assert tuple(r.text for r in session(reasons=iter(["a", "b"])).reasons) == ("a", "b")
    assert texts(session(reasons="one").reasons) == ("one",)


class NoRepr:
    """A value that cannot show itself."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_messages_show_any_value_the_same_way_in_every_run() -> None:
    (problem,) = refused(session, reasons={"c", "a", "b"}).problems
    assert problem.message == "expected a list of text, got {'a', 'b', 'c'}"
    (problem,) = refused(rs.Run, "easy", NoRepr()).problems
    assert str(problem) == "Run.minutes: expected a whole number, got a NoRepr"
    (problem,) = refused(rs.Run, "easy", [10**5000, "x" * 1000]).problems
    assert problem.message.startswith("expected a whole number, got [a 5,001-digit number, 'xxx")
    assert len(problem.message) < 120


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
        assert texts(result.shortfalls) == (text,)
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
        assert tuple(r.text for r in result.shortfalls) == (text,)
        written_and_read(result)


# --------------------------------------------------------------------------- numbers

HUGE = [10**400, -(10**400), 10**5000, -(10**5000), 2**1024]

ANY_NUMBER = st.one_of(
    st.integers(),
    st.integers(min_value=10**15, max_value=10**5000),
    st.integers(min_value=-(10**5000), max_value=-(10**15)),
    st.floats(),  # NaN and both infinities included
    st.sampled_from([*HUGE, -0.0, 0.0, 5e-324, 1.7976931348623157e308, True, False]),
)

NUMBER_FIELDS: dict[str, Callable[[Any], object]] = {
    "Run.minutes": lambda x: rs.Run("easy", x),
    "IntRange.lo": rs.IntRange,
    "IntRange.hi": lambda x: rs.IntRange(0, x),
    "Tempo.eccentric": rs.Tempo,
    "Dose.sets": lambda x: rs.Dose(sets=x, reps=8, rest_seconds=60),
    "Dose.load_kg": lambda x: rs.Dose(sets=3, reps=8, rest_seconds=60, load_kg=x),
    "SetLog.reps": lambda x: rs.SetLog(reps=x),
    "SetLog.load_kg": lambda x: rs.SetLog(reps=8, load_kg=x),
    "SetLog.rir": lambda x: rs.SetLog(reps=8, rir=x),
    "Athlete.session_minutes": lambda x: rs.Athlete(level="beginner", session_minutes=x),
    "Athlete.sessions_per_week": lambda x: rs.Athlete(level="beginner", sessions_per_week=x),
    "RuleSettings.seconds_per_rep": lambda x: rs.RuleSettings(seconds_per_rep=x),
    "RuleSettings.min_rest_seconds": lambda x: rs.RuleSettings(min_rest_seconds=x),
    "BlockSettings.deload_every": lambda x: rs.BlockSettings(deload_every=x),
    "Violation.week": lambda x: rs.Violation(
        code="RS101", rule="r", severity="error", message="m", week=x
    ),
    "Routine.minutes": rs.Routine,
}
RANGES = {"Dose.sets", "Routine.minutes"}
"""Fields given as ranges: a number no range holds is the range's problem (``IntRange.lo``)."""


def test_negative_zero_load_is_zero() -> None:
    dose = rs.Dose(sets=3, reps=8, rest_seconds=60, load_kg=-0.0)
    assert dose.load_kg == 0.0
    assert math.copysign(1, dose.load_kg) == 1
    assert str(dose) == "3 × 8 @ 0 kg, rest 60 s"
    assert "-0" not in rs.to_json(dose)
    log = rs.SetLog(reps=8, load_kg=-0.0)
    assert log.load_kg is not None
    assert math.copysign(1, log.load_kg) == 1
    read = rs.from_json(rs.Dose, '{"sets": 3, "reps": 8, "rest_seconds": 60, "load_kg": -0.0}')
    assert read == dose
    assert read.load_kg is not None
    assert math.copysign(1, read.load_kg) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda: rs.estimate_1rm(-0.0, 5),
        lambda: rs.estimate_1rm(-0.0, 1),
        lambda: rs.estimate_1rm(-0.0, 5, formula="lombardi"),
        lambda: rs.load_for(-0.0, 5),
        lambda: rs.round_load(-0.0, rs.Equipment.dumbbell),
        lambda: rs.step_down(-0.0, rs.Equipment.barbell),
    ],
)
def test_negative_zero_load_is_zero_in_load_math(call: Callable[[], float]) -> None:
    result = call()
    assert result == 0.0
    assert math.copysign(1, result) == 1


def test_huge_int_run_minutes_is_an_input_error() -> None:
    (problem,) = refused(rs.Run, "easy", 10**5000).problems
    assert str(problem) == "Run.minutes: a 5,001-digit number is outside 1..600"
    (problem,) = refused(rs.Run, 10**5000).problems
    assert problem.path == "Run.kind"
    assert problem.message.startswith("a 5,001-digit number is not a valid RunKind")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: rs.SetLog(reps=8, load_kg=10**400), "SetLog.load_kg: a 401-digit number"),
        (
            lambda: rs.Dose(sets=3, reps=8, rest_seconds=60, load_kg=-(10**5000)),
            "Dose.load_kg: a negative 5,001-digit number is outside 0..1000",
        ),
        (lambda: rs.IntRange(0, 10**5000), "IntRange.hi: a 5,001-digit number is outside"),
        (lambda: rs.estimate_1rm(10**400, 5), "estimate_1rm: load_kg must be a finite number"),
        (lambda: rs.estimate_1rm(10, 10**5000), "at reps + rir a 5,001-digit number overflows"),
        (lambda: rs.load_for(10**400, 5), "load_for: one_rm_kg must be a finite number"),
        (lambda: rs.step_up(10**400, rs.Equipment.barbell), "step_up: kg must be a finite"),
        (
            lambda: rs.Violation(
                code=cast("str", 10**5000), rule="r", severity="error", message="m"
            ),
            "Violation.code: a 5,001-digit number is not a rule code",
        ),
    ],
)
def test_huge_int_is_an_input_error(make: Callable[[], object], expected: str) -> None:
    error = refused(make)
    assert expected in str(error)


@pytest.mark.fuzz
@pytest.mark.parametrize("field", NUMBER_FIELDS)
@given(number=ANY_NUMBER)
def test_any_number_in_a_number_field_is_a_value_or_an_input_error(
    field: str, number: float
) -> None:
    result = built(NUMBER_FIELDS[field], number)
    if isinstance(result, rs.InputError):
        path = result.problems[0].path
        assert path == field or (field in RANGES and path.startswith("IntRange."))
        assert len(str(result)) < 300
    else:
        assert rs.from_json(type(result), rs.to_json(result)) == result


@pytest.mark.fuzz
@given(load=ANY_NUMBER, reps=st.one_of(st.integers(), st.sampled_from(HUGE)))
def test_any_number_in_load_math_is_a_result_or_an_input_error(load: float, reps: int) -> None:
    if type(load) is bool:  # not a number: a TypeError (test_wrong_type_names_the_parameter)
        return
    results = [
        built(functools.partial(rs.estimate_1rm, rir=0, formula=formula), load, reps)
        for formula in ("epley", "brzycki", "lombardi", "rts")
    ]
    results += [
        built(func, load, equipment)
        for equipment in (rs.Equipment.dumbbell, rs.Equipment.kettlebell, rs.Equipment.barbell)
        for func in (rs.round_load, rs.step_up, rs.step_down)
    ]
    for result in results:
        assert isinstance(result, rs.InputError) or (math.isfinite(result) and result >= 0)


# --------------------------------------------------------------------------- types

ATHLETE = rs.Athlete(level="beginner")
WEEK = rs.RunningWeek(tue="easy", sun="long")


@functools.cache
def samples() -> dict[str, Any]:
    """One good value of every kind a public function takes."""
    plan = rs.build_week(ATHLETE, WEEK)
    prescription = plan.sessions[0].exercises[0]
    log = rs.ExerciseLog(exercise=prescription.exercise, sets=[rs.SetLog(reps=10)])
    return {
        "plan": plan,
        "prescription": prescription,
        "log": log,
        "progression": rs.progress(prescription, log),
        "block": rs.build_block(ATHLETE, [WEEK, WEEK]),
    }


def calls() -> dict[str, tuple[Callable[..., object], dict[str, Any]]]:
    """Every public function that takes values, with good keyword arguments for it."""
    s = samples()
    return {
        "build_week": (rs.build_week, {"athlete": ATHLETE, "week": WEEK, "catalog": None}),
        "build_block": (rs.build_block, {"athlete": ATHLETE, "weeks": [WEEK], "block": None}),
        "validate": (rs.validate, {"plan": s["plan"], "athlete": ATHLETE, "week": WEEK}),
        "validate_block": (rs.validate_block, {"block": s["block"], "athlete": ATHLETE}),
        "validate_progression": (
            rs.validate_progression,
            {"prescription": s["prescription"], "log": s["log"], "progression": s["progression"]},
        ),
        "progress": (rs.progress, {"prescription": s["prescription"], "log": s["log"]}),
        "progress_week": (rs.progress_week, {"plan": s["plan"], "logs": [s["log"]]}),
        "render_week": (rs.render_week, {"plan": s["plan"], "week": WEEK, "style": "text"}),
        "render_block": (rs.render_block, {"block": s["block"], "catalog": None}),
        "week_volume": (rs.week_volume, {"plan": s["plan"]}),
        "estimate_1rm": (rs.estimate_1rm, {"load_kg": 100, "reps": 5, "formula": "epley"}),
        "load_for": (rs.load_for, {"one_rm_kg": 100, "reps": 5, "rir": 1}),
        "round_load": (rs.round_load, {"kg": 10, "equipment": rs.Equipment.dumbbell}),
        "to_json": (rs.to_json, {"obj": WEEK, "indent": 2}),
    }


@pytest.mark.parametrize(
    ("func", "parameter", "value", "message"),
    [
        ("build_week", "athlete", "x", "build_week: athlete must be an Athlete, not str"),
        ("build_week", "catalog", "gym", "build_week: catalog must be a Catalog or None, not str"),
        ("build_block", "block", 4, "build_block: block must be a BlockSettings or None, not int"),
        ("validate", "athlete", "x", "validate: athlete must be an Athlete, not str"),
        ("validate", "rules", 5, "validate: rules must be an Iterable or None, not int"),
        ("validate_block", "athlete", None, "validate_block: athlete must be an Athlete, not None"),
        (
            "validate_progression",
            "log",
            {},
            "validate_progression: log must be an ExerciseLog, not dict",
        ),
        ("progress", "log", "x", "progress: log must be an ExerciseLog, not str"),
        (
            "progress_week",
            "logs",
            5,
            "progress_week: logs must be a Mapping, a list or a tuple, not int",
        ),
        ("progress_week", "logs", [5], "progress_week: logs[0] must be an ExerciseLog, not int"),
        ("render_week", "plan", "x", "render_week: plan must be a WeekPlan, not str"),
        ("render_week", "style", 1, "render_week: style must be a str, not int"),
        ("render_block", "catalog", 1, "render_block: catalog must be a Catalog or None, not int"),
        ("week_volume", "plan", "x", "week_volume: plan must be a WeekPlan, not str"),
        ("estimate_1rm", "load_kg", "a", "estimate_1rm: load_kg must be a number, not str"),
        ("estimate_1rm", "reps", True, "estimate_1rm: reps must be an int, not bool"),
        ("load_for", "rir", 1.0, "load_for: rir must be an int, not float"),
        ("round_load", "kg", None, "round_load: kg must be a number, not None"),
        ("to_json", "obj", object(), "to_json: obj must be a runstrength value, not object"),
        ("to_json", "indent", "  ", "to_json: indent must be an int or None, not str"),
    ],
)
def test_wrong_type_names_the_parameter(
    func: str, parameter: str, value: object, message: str
) -> None:
    call, arguments = calls()[func]
    with pytest.raises(TypeError) as caught:
        call(**{**arguments, parameter: value})
    assert str(caught.value) == message


def test_wrong_types_to_documents_name_the_function() -> None:
    with pytest.raises(TypeError, match="from_json: cls must be a runstrength value type, not int"):
        rs.from_json(int, "{}")
    with pytest.raises(TypeError, match="from_json_lines: lines must be an iterable of lines"):
        rs.from_json_lines(rs.Run, 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"to_json_lines: objs\[1\] must be a runstrength value"):
        list(rs.to_json_lines([WEEK, "week"]))
    with pytest.raises(rs.InputError, match=r"to_json: indent must be in 0\.\.32"):
        rs.to_json(WEEK, indent=10**9)


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(ANY_CHARACTER, max_size=5),
    st.binary(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.sampled_from([object(), rs.Level.beginner, WEEK, ATHLETE, rs.Run("easy"), len, int]),
)


@pytest.mark.fuzz
@pytest.mark.parametrize("func", list(calls()))
@given(data=st.data())
def test_any_argument_gives_a_result_or_a_clear_error(func: str, data: st.DataObject) -> None:
    call, arguments = calls()[func]
    parameter = data.draw(st.sampled_from(sorted(arguments)), label="parameter")
    value = data.draw(ODD_VALUES, label="value")
    error = raised(call, **{**arguments, parameter: value})
    if isinstance(error, rs.InputError):
        assert str(error).encode("utf-8")
    elif isinstance(error, TypeError):
        assert str(error).startswith(f"{func}: {parameter}")
    elif error is not None:  # the one value a style may not take
        assert isinstance(error, ValueError)
        assert str(error).startswith(f"{func}: style must be 'text' or 'markdown'")


def raised(call: Callable[..., object], **arguments: Any) -> Exception | None:
    """The exception ``call(**arguments)`` raises, if any."""
    try:
        call(**arguments)
    except Exception as error:  # every kind is checked by the caller
        return error
    return None
