"""Keeping a plan to the caller's error rules, whatever severities the settings give them.

The planner avoids breaking the rules as it chooses (days, exercises, doses, time), and
it is tested to break no ``error`` rule with the packaged catalog and the documented
settings. Settings can make a warning an error (say RS203, a session that overruns
the athlete's time) and a catalog can hold anything valid, so a plan made with either
is checked here with the caller's settings and catalog: what breaks an error rule is
left out, an exercise where the session stays whole without it, else its session, and
the plan says what was left out and why.
"""

from __future__ import annotations

import functools

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.plan import DayDecision, Session, Violation, WeekPlan
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Severity, Weekday
from runstrength._model.week import RunningWeek
from runstrength._rules.session import missing_patterns
from runstrength._rules.validate import rules, validate

__all__ = ["enforce", "is_error", "trusted"]


@functools.cache
def _defaults() -> dict[str, Severity]:
    return {rule.code: rule.severity for rule in rules()}


def is_error(settings: RuleSettings, code: str) -> bool:
    """Whether ``settings`` make the rule ``code`` an error (its own or an overridden one)."""
    return settings.severities.get(code, _defaults()[code]) is Severity.error


@functools.lru_cache(maxsize=16)  # keyed on the settings: the week rules they make errors
def _error_codes(settings: RuleSettings) -> tuple[str, ...]:
    """The week rules that are errors under ``settings``: the only ones a plan is kept to."""
    return tuple(r.code for r in rules() if "week" in r.scopes and is_error(settings, r.code))


def trusted(catalog: Catalog, settings: RuleSettings) -> bool:
    """Whether plans need no check: the packaged catalog with the documented settings."""
    return catalog is default_catalog() and (
        settings is DEFAULT_SETTINGS or settings == DEFAULT_SETTINGS  # the same value: no compare
    )


def _without(session: Session, exercise: str, catalog: Catalog, settings: RuleSettings) -> bool:
    """Whether the session stays whole without ``exercise``: enough exercises, all patterns."""
    rest = [p for p in session.exercises if p.exercise != exercise]
    known = [catalog[p.exercise] for p in rest if p.exercise in catalog]
    return len(rest) in settings.exercises_per_session and not missing_patterns(
        session.focus, known
    )


def _why(violation: Violation) -> dict[str, Param]:
    """What a reason for a rule's break says: the rule's code and its message."""
    return {"rule": violation.code, "message": violation.message.rstrip(".")}


def enforce(
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    *,
    catalog: Catalog,
    settings: RuleSettings,
    next_week: RunningWeek | None = None,
) -> WeekPlan:
    """``plan`` without what breaks an error rule under ``settings``, saying what went.

    Each round checks the plan: an exercise that breaks a rule goes where its session
    stays whole without it; otherwise the session of a day that breaks a rule goes, and
    a rule of the whole week (RS206, RS305) takes the last session. Every round leaves
    out something, so it ends, at the latest with no session (which breaks no rule).

    Args:
        plan: The week as planned.
        athlete: Who it is for.
        week: The running week.
        catalog: Where exercises come from.
        settings: The caller's thresholds and severities.
        next_week: The following running week, if known.
    """

    def errors_in(draft: WeekPlan) -> list[Violation]:
        found = validate(
            draft,
            athlete,
            week,
            catalog=catalog,
            rules=_error_codes(settings),  # a warning would be dropped: it is not checked
            settings=settings,
            next_week=next_week,
        )
        return [v for v in found if v.severity is Severity.error]

    sessions = list(plan.sessions)
    shortfalls: list[Reason | str] = list(plan.shortfalls)
    kept_free: dict[Weekday, Reason] = {}
    current = plan
    while errors := errors_in(current):
        by_day = {s.day: s for s in sessions}
        gone: dict[Weekday, dict[str, Param]] = {}
        trimmed: dict[Weekday, tuple[str, dict[str, Param]]] = {}
        for v in errors:
            day = v.day if v.day in by_day else None
            if day is None or day in gone or day in trimmed:
                continue
            if v.exercise is not None and _without(by_day[day], v.exercise, catalog, settings):
                trimmed[day] = (v.exercise, _why(v))
            else:
                gone[day] = _why(v)
        if not gone and not trimmed:
            if not sessions:
                break  # pragma: no cover - an empty plan breaks no rule
            gone[sessions[-1].day] = _why(errors[0])
        for day, (exercise, why) in trimmed.items():
            session = by_day[day]
            kept = tuple(p for p in session.exercises if p.exercise != exercise)
            name = catalog[exercise].name if exercise in catalog else exercise
            note = say("rule.left_out", exercise=exercise, exercise_name=name, **why)
            by_day[day] = attrs.evolve(session, exercises=kept, reasons=(*session.reasons, note))
        for day, why in gone.items():
            shortfalls.append(say("rule.no_session", day=day.value, day_name=day.title, **why))
            kept_free[day] = say("rule.kept_free", **why)
            del by_day[day]
        sessions = [by_day[s.day] for s in sessions if s.day in by_day]
        current = WeekPlan(
            sessions=sessions, shortfalls=shortfalls, decisions=plan.decisions, phase=plan.phase
        )
    if current is plan:
        return plan
    decisions = [
        DayDecision(d.day, None, kept_free[d.day]) if d.day in kept_free else d
        for d in plan.decisions
    ]
    # The week keeps its phase, whatever sessions go.
    return WeekPlan(sessions=sessions, shortfalls=shortfalls, decisions=decisions, phase=plan.phase)
