"""``Report``: a check's violations as one value, with its verdict, text, HTML and JSON."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given

import runstrength as rs
from runstrength import strategies as rst

ERROR = rs.Violation(code="RS104", rule="One a day", severity="error", message="Two.", day="tue")
WARNING = rs.Violation(code="RS206", rule="Every group", severity="warning", message="No core.")


def test_report_splits_errors_from_warnings_and_keeps_the_order() -> None:
    report = rs.Report([WARNING, ERROR, WARNING])
    assert report.violations == (WARNING, ERROR, WARNING)
    assert list(report) == [WARNING, ERROR, WARNING]
    assert len(report) == 3
    assert report.errors == (ERROR,)
    assert report.warnings == (WARNING, WARNING)
    assert not report.ok


def test_report_with_warnings_only_is_ok_and_an_empty_one_is_falsy() -> None:
    assert rs.Report([WARNING]).ok
    empty = rs.Report()
    assert empty.ok
    assert not empty
    assert empty == rs.Report(())


def test_report_wraps_what_validate_returns_without_changing_validate() -> None:
    athlete = rs.Athlete(level="intermediate")
    week = rs.RunningWeek(tue="intervals", sun="long")
    plan = rs.WeekPlan(sessions=[])
    found = rs.validate(plan, athlete, week)
    assert isinstance(found, tuple)
    report = rs.Report(found)
    assert report.violations == found
    assert report.ok == (not any(v.severity is rs.Severity.error for v in found))


def test_report_text_counts_then_lists_each_violation() -> None:
    assert str(rs.Report([ERROR, WARNING])) == (
        "1 error, 1 warning\nRS104 error [tue]: Two.\nRS206 warning: No core."
    )
    assert str(rs.Report()) == "No rule broken."


def test_report_refuses_what_is_not_violations_with_every_path() -> None:
    with pytest.raises(rs.InputError) as caught:
        rs.Report([ERROR, "RS101", 5])  # type: ignore[list-item]
    assert [p.path for p in caught.value.problems] == [
        "Report.violations[1]",
        "Report.violations[2]",
    ]
    for bad in (5, "RS101", None):
        with pytest.raises(rs.InputError, match=r"Report\.violations: expected violations"):
            rs.Report(bad)  # type: ignore[arg-type]


def test_report_is_frozen_hashable_and_pickles() -> None:
    report = rs.Report([ERROR])
    with pytest.raises(AttributeError):
        report.violations = ()  # type: ignore[misc]
    assert hash(report) == hash(rs.Report([ERROR]))
    assert pickle.loads(pickle.dumps(report)) == report


def test_report_json_round_trip() -> None:
    report = rs.Report([ERROR, WARNING])
    text = rs.to_json(report)
    assert text.startswith('{"schema_version": 2, "violations": [{"code": "RS104"')
    assert rs.from_json(rs.Report, text) == report
    assert rs.from_dict(rs.Report, rs.to_dict(rs.Report())) == rs.Report()


@given(rst.reports())
def test_any_report_round_trips_through_json(report: rs.Report) -> None:
    assert rs.from_json(rs.Report, rs.to_json(report)) == report


def test_report_json_with_a_bad_violation_names_its_path() -> None:
    with pytest.raises(rs.InputError, match=r"\$\.violations\[0\]\.severity"):
        rs.from_json(rs.Report, '{"violations": [{"code": "RS101", "rule": "r", "message": "m"}]}')


def test_to_json_of_a_bare_tuple_of_violations_says_to_use_a_report() -> None:
    for func in (rs.to_json, rs.to_dict):
        for bare in ((ERROR, WARNING), [ERROR], ()):
            with pytest.raises(TypeError, match=r"wrap it in a report, rs\.to_\w+\(rs\.Report"):
                func(bare)
    with pytest.raises(TypeError, match=r"must be a runstrength value, not tuple$"):
        rs.to_json((1, 2))
