"""Rules as data: a code, a title, a severity, a source and a pure check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, final

import attrs

from runstrength._vocab import Severity, Weekday

if TYPE_CHECKING:
    from runstrength._athlete import Athlete
    from runstrength._catalog import Catalog
    from runstrength._exercise import Exercise
    from runstrength._plan import Prescription, Session, WeekPlan
    from runstrength._settings import RuleSettings
    from runstrength._week import RunningWeek

__all__ = ["Context", "Finding", "Rule", "registered", "rule"]

Finding = tuple[str, Weekday | None, str | None]
"""What a check reports: the message, and the day and exercise it concerns (if any)."""

Check = Callable[["Context"], Iterable[Finding]]


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
        check: The pure check; it yields findings for a :class:`Context`.
    """

    code: str
    title: str
    severity: Severity
    source: str
    why: str
    check: Check = attrs.field(repr=False, eq=False)

    def __str__(self) -> str:
        return f"{self.code} ({self.severity}) {self.title} [{self.source}]"


_REGISTRY: dict[str, Rule] = {}


def rule(
    code: str, title: str, severity: Severity, source: str, why: str
) -> Callable[[Check], Check]:
    """Register a check under a rule code (used by the rule modules)."""

    def register(check: Check) -> Check:
        if code in _REGISTRY:  # pragma: no cover - guards against a copy-paste slip
            raise RuntimeError(f"rule {code} registered twice")
        _REGISTRY[code] = Rule(code, title, severity, source, why, check)
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
