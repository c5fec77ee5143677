"""``validate``: check any week plan, ours or anyone's, against the rules."""

from __future__ import annotations

from collections.abc import Iterable

from runstrength import _rules_fit, _rules_session, _rules_week
from runstrength._athlete import Athlete
from runstrength._catalog import Catalog, default_catalog
from runstrength._errors import InputError
from runstrength._plan import Violation, WeekPlan
from runstrength._rulebook import Context, Rule, registered
from runstrength._settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._week import RunningWeek

__all__ = ["rules", "validate"]

_ = (_rules_fit, _rules_session, _rules_week)  # imported for their registrations

_RULES = registered()
_BY_CODE = {r.code: r for r in _RULES}


def rules() -> tuple[Rule, ...]:
    """Every rule, by code, with its title, severity, source and reason.

    >>> [r.code for r in rules()][:3]
    ['RS101', 'RS102', 'RS103']
    """
    return _RULES


def _select(codes: Iterable[str] | None) -> tuple[Rule, ...]:
    if codes is None:
        return _RULES
    if isinstance(codes, str):
        codes = [codes]
    wanted = list(codes)
    unknown = [c for c in wanted if c not in _BY_CODE]
    if unknown:
        raise InputError([f"rules: unknown rule code {c!r}" for c in unknown])
    chosen = set(wanted)
    return tuple(r for r in _RULES if r.code in chosen)


def validate(
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    *,
    catalog: Catalog | None = None,
    rules: Iterable[str] | None = None,
    settings: RuleSettings | None = None,
    next_week: RunningWeek | None = None,
) -> tuple[Violation, ...]:
    """Every rule the plan breaks, errors first, then by rule code and day.

    Works on any plan, including hand-written ones and plans from other programs.

    Args:
        plan: The week of sessions to check.
        athlete: Who it is for.
        week: The running week it sits in.
        catalog: Where exercise ids are looked up (default: the packaged catalog).
        rules: Only these rule codes (default: all).
        settings: Changed thresholds or severities (default: the documented ones).
        next_week: The following running week, when known (for the day after Sunday);
            without it the week is taken to repeat.

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.beginner)
    >>> week = rs.RunningWeek(sun="long")
    >>> plan = rs.WeekPlan(sessions=[])
    >>> validate(plan, athlete, week)
    ()
    """
    for name, value, cls in (
        ("plan", plan, WeekPlan),
        ("athlete", athlete, Athlete),
        ("week", week, RunningWeek),
    ):
        if not isinstance(value, cls):
            raise TypeError(f"validate: {name} must be a {cls.__name__}, got {value!r}")
    settings = settings or DEFAULT_SETTINGS
    ctx = Context(plan, athlete, week, catalog or default_catalog(), settings, next_week)
    found: list[Violation] = []
    for rule in _select(rules):
        severity = settings.severities.get(rule.code, rule.severity)
        for message, day, exercise in rule.check(ctx):
            found.append(
                Violation(
                    code=rule.code,
                    rule=rule.title,
                    severity=severity,
                    message=message,
                    day=day,
                    exercise=exercise,
                )
            )
    found.sort(key=lambda v: (v.severity.rank, v.code, v.day.rank if v.day else -1))
    return tuple(found)
