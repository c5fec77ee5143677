"""Rules as data: a code, a title, a severity, a source and a pure check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar, final

import attrs

from runstrength._model.vocab import Severity, Weekday

if TYPE_CHECKING:
    from runstrength._model.athlete import Athlete
    from runstrength._model.catalog import Catalog
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription, Session, WeekPlan
    from runstrength._model.settings import RuleSettings
    from runstrength._model.week import RunningWeek

__all__ = ["Context", "Finding", "Rule", "Scope", "registered", "rule"]

Finding = tuple[str, Weekday | None, str | None]
"""What a check reports: the message, and the day and exercise it concerns (if any)."""

Scope = Literal["week", "progression", "block"]
"""What a rule checks: a week plan, one progression step, or a multi-week block."""

Check = Callable[[Any], Iterable[Any]]
"""A rule's check: findings for its scope's context (week checks take a :class:`Context`)."""

C = TypeVar("C", bound=Check)


@final
@attrs.frozen
class Rule:
    """One rule a plan is checked against.

    Args:
        code: Stable code, e.g. ``RS101``; codes never change meaning.
        title: What the rule asks, in a line.
        severity: ``error`` or ``warning`` by default (see ``RuleSettings.severities``).
        source: Where it comes from: a source article id, a guideline or ``convention``.
        why: Why a coach holds to it.
        check: The pure check; it yields findings for its scope's context.
        scopes: What the rule checks: ``week`` plans (:func:`~runstrength.validate`),
            ``progression`` steps (:func:`~runstrength.validate_progression`) or
            ``block`` plans (:func:`~runstrength.validate_block`).
    """

    code: str
    title: str
    severity: Severity
    source: str
    why: str
    check: Check = attrs.field(repr=False, eq=False)
    scopes: tuple[Scope, ...] = ("week",)

    def __str__(self) -> str:
        return f"{self.code} ({self.severity}) {self.title} [{self.source}]"


_REGISTRY: dict[str, Rule] = {}


def rule(
    code: str,
    title: str,
    severity: Severity,
    source: str,
    why: str,
    *,
    scopes: tuple[Scope, ...] = ("week",),
) -> Callable[[C], C]:
    """Register a check under a rule code (used by the rule modules)."""

    def register(check: C) -> C:
        if code in _REGISTRY:  # pragma: no cover - guards against a copy-paste slip
            raise RuntimeError(f"rule {code} registered twice")
        _REGISTRY[code] = Rule(code, title, severity, source, why, check, scopes)
        return check

    return register


def registered() -> tuple[Rule, ...]:
    """Every registered rule, by code."""
    return tuple(_REGISTRY[code] for code in sorted(_REGISTRY))


class Context:
    """What a check sees: the plan, the athlete, the week and their resolved exercises."""

    __slots__ = ("athlete", "catalog", "next_week", "plan", "settings", "week")

    def __init__(
        self,
        plan: WeekPlan,
        athlete: Athlete,
        week: RunningWeek,
        catalog: Catalog,
        settings: RuleSettings,
        next_week: RunningWeek | None,
    ) -> None:
        self.plan = plan
        self.athlete = athlete
        self.week = week
        self.catalog = catalog
        self.settings = settings
        self.next_week = next_week

    def runs_after(self, day: Weekday) -> RunningWeek:
        """The week that holds the day after ``day`` (the next week after Sunday)."""
        if day is Weekday.sun and self.next_week is not None:
            return self.next_week
        return self.week

    def items(self) -> Iterator[tuple[Session, Prescription, Exercise]]:
        """Every prescription of every session whose exercise is in the catalog."""
        for session in self.plan.sessions:
            for item, exercise in self.session_items(session):
                yield session, item, exercise

    def session_items(self, session: Session) -> Iterator[tuple[Prescription, Exercise]]:
        """The prescriptions of one session whose exercise is in the catalog."""
        for item in session.exercises:
            exercise = self.catalog.get(item.exercise)
            if exercise is not None:
                yield item, exercise
