"""The rule engine itself: findings and steps as values, rules listed by family, codes as data.

Each family module ends with its ``RULES`` tuple; ``validate`` gathers them by name, and
``RULE_CODES`` repeats the codes for the values below the engine. These tests keep the
lists, the codes and the scopes from drifting apart, and show that a rule is generic over
the context its check reads.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Protocol, assert_type

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.codes import RULE_CODES
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._progression.policy import Shortfall, shortfall
from runstrength._rules import (
    block,
    fit,
    progression,
    rulebook,
    season,
    session,
    validate,
    week,
)
from runstrength._rules.block import BlockContext
from runstrength._rules.progression import ProgressionContext, Step
from runstrength._rules.rulebook import Context, Finding, Rule
from runstrength._rules.validate import AnyRule

CAT = rs.default_catalog()

FAMILIES: dict[str, tuple[tuple[AnyRule, ...], tuple[str, ...]]] = {
    "week": (week.RULES, tuple(f"RS10{n}" for n in range(1, 8))),
    "session": (session.RULES, tuple(f"RS20{n}" for n in range(8))),
    "fit": (fit.RULES, tuple(f"RS30{n}" for n in range(1, 6))),
    "progression": (progression.RULES, ("RS401", "RS402", "RS403", "RS404")),
    "block": (block.RULES, ("RS405", "RS406")),
    "season": (season.RULES, ("RS407", "RS408", "RS409", "RS410")),
}
"""Each family module's rules and the codes it lists, in order."""


# --------------------------------------------------------------------------- values


def test_finding_is_a_frozen_value_with_keyword_only_fields() -> None:
    bare = Finding("Too many sessions.")
    assert (bare.message, bare.day, bare.exercise, bare.week) == (
        "Too many sessions.",
        None,
        None,
        None,
    )
    full = Finding("x", day=rs.Weekday.tue, exercise="goblet_squat", week=2)
    assert full == Finding("x", week=2, exercise="goblet_squat", day=rs.Weekday.tue)
    assert hash(full) == hash(Finding("x", day=rs.Weekday.tue, exercise="goblet_squat", week=2))
    assert [f.name for f in attrs.fields(Finding) if f.kw_only] == ["day", "exercise", "week"]
    with pytest.raises(TypeError):
        Finding("x", rs.Weekday.tue)  # type: ignore[call-arg]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        full.week = 3  # type: ignore[misc]


def test_a_step_is_a_frozen_value() -> None:
    before = rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(8, 12), rest_seconds=90))
    after = rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(10, 14), rest_seconds=90))
    step = Step(before, after, day=rs.Weekday.thu, week=3)
    assert (step.old, step.new, step.change, step.day, step.week) == (
        before,
        after,
        None,
        rs.Weekday.thu,
        3,
    )
    assert [f.name for f in attrs.fields(Step) if f.kw_only] == ["change", "day", "week"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        step.week = 4  # type: ignore[misc]


def test_a_shortfall_is_a_value_that_keeps_its_message() -> None:
    dose = rs.Dose(sets=(2, 3), reps=(8, 12), rest_seconds=90, rir=(1, 3), load_kg=16)

    def log(*sets: rs.SetLog) -> rs.ExerciseLog:
        return rs.ExerciseLog(exercise="goblet_squat", sets=sets)

    top = rs.SetLog(reps=12, rir=2, load_kg=16)
    cases = [
        (log(top), "only 1 of 2 sets were done"),
        (log(top, rs.SetLog(seconds=30)), "set 2 has no reps logged"),
        (log(top, rs.SetLog(reps=10)), "set 2 stopped at 10 of 12 reps"),
        (
            log(top, rs.SetLog(reps=12, rir=0)),
            "set 2 reached 12 reps with only 0 in reserve (target 1–3 RIR), so it was ground out",
        ),
        (
            log(rs.SetLog(reps=12, load_kg=14), top),
            "set 1 used 14 kg, less than the prescribed 16 kg",
        ),
    ]
    for logged, message in cases:
        assert shortfall(dose, logged) == Shortfall(message)
    assert shortfall(dose, log(top, top)) is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Shortfall("x").message = "y"  # type: ignore[misc]


# --------------------------------------------------------------------------- rules as lists


@pytest.mark.parametrize("family", list(FAMILIES))
def test_each_family_lists_its_rules_sorted_by_code(family: str) -> None:
    listed, codes = FAMILIES[family]
    assert all(isinstance(r, Rule) for r in listed)
    assert tuple(r.code for r in listed) == codes


def test_the_families_are_disjoint() -> None:
    listed = Counter(r.code for family, _ in FAMILIES.values() for r in family)
    assert [code for code, times in listed.items() if times > 1] == []


def test_rules_is_exactly_the_union_of_the_families() -> None:
    families = [r for family, _ in FAMILIES.values() for r in family]
    listed = rs.rules()
    assert len(listed) == len(families)
    assert all(any(r is f for f in families) for r in listed)
    assert [r.code for r in listed] == sorted(r.code for r in families)


def test_rule_codes_are_exactly_the_codes_of_rules() -> None:
    assert tuple(r.code for r in rs.rules()) == RULE_CODES
    assert list(RULE_CODES) == sorted(set(RULE_CODES))


@pytest.mark.parametrize(
    ("scope", "pool"),
    [
        ("week", validate._WEEK_RULES),
        ("progression", validate._PROGRESSION_RULES),
        ("block", validate._BLOCK_RULES),
    ],
)
def test_each_scope_runs_exactly_the_rules_that_name_it(
    scope: rulebook.Scope, pool: tuple[AnyRule, ...]
) -> None:
    assert [r.code for r in pool] == [r.code for r in rs.rules() if scope in r.scopes]
    assert all(any(r is listed for listed in rs.rules()) for r in pool)


def test_rs401_is_one_rule_in_two_scopes() -> None:
    (one,) = (r for r in rs.rules() if r.code == "RS401")
    assert one is progression.ONE_VARIABLE
    assert one.scopes == ("progression", "block")


def test_no_rule_is_added_by_importing_a_module() -> None:
    assert not hasattr(rulebook, "rule")
    assert not hasattr(rulebook, "registered")
    assert not any(name.startswith("_REGISTRY") for name in vars(rulebook))


def test_rule_keeps_its_public_fields_name_and_text() -> None:
    assert rs.Rule is Rule
    names = [f.name for f in attrs.fields(Rule)]
    assert names == ["code", "title", "severity", "source", "why", "check", "scopes"]
    (spacing,) = (r for r in rs.rules() if r.code == "RS105")
    expected = "RS105 (warning) Strength days are not back to back (48 h apart) [convention; ACSM]"
    assert str(spacing) == expected
    assert "check" not in repr(spacing)


# --------------------------------------------------------------------------- codes as data


def test_severity_overrides_are_checked_without_importing_the_rule_engine() -> None:
    script = (
        "import sys\n"
        "from runstrength._model.settings import RuleSettings\n"
        "assert RuleSettings(severities={'RS105': 'error'}).severities\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('runstrength._rules.'))\n"
        "assert 'runstrength._rules.validate' not in loaded, loaded\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr


def test_unknown_severity_codes_keep_their_message() -> None:
    with pytest.raises(rs.InputError) as raised:
        rs.RuleSettings(severities={"RS999": "error", "RS105": "warning", "AB1": "error"})
    assert [str(p) for p in raised.value.problems] == [
        "RuleSettings.severities: no rule has code 'AB1', 'RS999'"
    ]


@given(st.sampled_from(RULE_CODES), st.sampled_from(list(rs.Severity)))
def test_every_rule_code_takes_a_severity_override(code: str, severity: rs.Severity) -> None:
    assert rs.RuleSettings(severities={code: severity}).severities == {code: severity}


# --------------------------------------------------------------------------- generic rules


@attrs.frozen
class Tally:
    """A context of our own: how many sessions someone asked for."""

    sessions: int


def _too_many(ctx: Tally) -> Iterator[Finding]:
    if ctx.sessions > 3:
        yield Finding(f"{ctx.sessions} sessions is more than 3.", week=1)


class HasSessions(Protocol):
    """Any context that knows how many sessions it holds."""

    @property
    def sessions(self) -> int:
        """How many sessions."""
        ...  # pragma: no cover - a protocol


def _none_at_all(ctx: HasSessions) -> Iterator[Finding]:
    if not ctx.sessions:
        yield Finding("No sessions at all.")


CUSTOM = Rule(
    code="RS901",
    title="At most three sessions",
    severity=rs.Severity.warning,
    source="convention",
    why="A test of the engine.",
    check=_too_many,
)
ANY_COUNT = Rule(
    code="RS902",
    title="At least one session",
    severity=rs.Severity.error,
    source="convention",
    why="A rule over a protocol fits every context that has what it reads.",
    check=_none_at_all,
)


def test_a_rule_over_a_custom_context_type_checks_and_runs() -> None:
    assert_type(CUSTOM, Rule[Tally])
    assert_type(ANY_COUNT, Rule[HasSessions])
    tally_rules: tuple[Rule[Tally], ...] = (CUSTOM, ANY_COUNT)  # a Rule[HasSessions] fits
    found = [(r.code, f) for r in tally_rules for ctx in (Tally(0), Tally(5)) for f in r.check(ctx)]
    assert found == [
        ("RS901", Finding("5 sessions is more than 3.", week=1)),
        ("RS902", Finding("No sessions at all.")),
    ]
    (violation,) = validate._violations(Tally(4), [CUSTOM], DEFAULT_SETTINGS, week=7)
    assert (violation.code, violation.rule, violation.severity) == (
        "RS901",
        "At most three sessions",
        rs.Severity.warning,
    )
    assert (violation.message, violation.week) == ("4 sessions is more than 3.", 1)
    (plain,) = validate._violations(Tally(0), [ANY_COUNT], DEFAULT_SETTINGS, week=7)
    assert (plain.day, plain.exercise, plain.week) == (None, None, 7)


def test_the_engines_contexts_are_what_the_families_check() -> None:
    assert_type(week.RULES, tuple[Rule[Context], ...])
    assert_type(progression.RULES, tuple[Rule[ProgressionContext], ...])
    assert_type(progression.ONE_VARIABLE, Rule[progression.HasSteps])
    assert_type(block.RULES, tuple[Rule[BlockContext], ...])
    assert_type(season.RULES, tuple[Rule[BlockContext], ...])


# --------------------------------------------------------------------------- findings in use


@given(rst.week_plans(), rst.athletes(), rst.running_weeks())
def test_validate_reports_every_finding_of_every_week_rule_once(
    plan: rs.WeekPlan, athlete: rs.Athlete, runs: rs.RunningWeek
) -> None:
    ctx = Context(plan, athlete, runs, CAT, DEFAULT_SETTINGS, None)
    findings = [(r.code, f) for r in validate._WEEK_RULES for f in r.check(ctx)]
    assert all(isinstance(f, Finding) and f.week is None and f.message for _, f in findings)
    expected = Counter((code, f.message, f.day, f.exercise, None) for code, f in findings)
    found = rs.validate(plan, athlete, runs)
    assert Counter((v.code, v.message, v.day, v.exercise, v.week) for v in found) == expected


@given(rst.blocks(max_weeks=4), rst.athletes())
def test_block_findings_name_a_week_of_the_block(block_: rs.Block, athlete: rs.Athlete) -> None:
    ctx = BlockContext(block_, athlete, CAT, DEFAULT_SETTINGS, rs.BlockSettings())
    weeks = range(1, len(block_.weeks) + 1)
    for rule in validate._BLOCK_RULES:
        for finding in rule.check(ctx):
            assert finding.week in weeks
    for step in ctx.steps():
        assert step.change is None
        assert step.week in weeks
        assert step.week is not None
        assert step.week > 1
