"""Rules as data: a code, a title, a severity, a source and a pure check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, final

import attrs

from runstrength._model.vocab import Severity, Weekday

if TYPE_CHECKING:
    from runstrength._model.athlete import Athlete
    from runstrength._model.catalog import Catalog
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription, Session, WeekPlan
    from runstrength._model.settings import RuleSettings
    from runstrength._model.week import RunningWeek

__all__ = ["Context", "Finding", "Rule", "Scope"]

Scope = Literal["week", "progression", "block"]
"""What a rule checks: a week plan, one progression step, or a multi-week block."""

C_contra = TypeVar("C_contra", contravariant=True)
"""The context a rule's check reads (a rule that reads less fits more contexts)."""


@final
@attrs.frozen
class Finding:
    """What a check reports: a message, and the day, exercise and week it concerns.

    Args:
        message: What is wrong, in a sentence.
        day: The day it concerns, if one.
        exercise: The exercise id it concerns, if one.
        week: The block week it concerns (1 for the first), if the check names one;
            week checks leave it out and the week they were run for is used.
    """

    message: str
    day: Weekday | None = attrs.field(default=None, kw_only=True)
    exercise: str | None = attrs.field(default=None, kw_only=True)
    week: int | None = attrs.field(default=None, kw_only=True)


@final
@attrs.frozen
class Rule(Generic[C_contra]):
    """One rule a plan is checked against.

    A ``Rule[C]`` checks a context of type ``C``: week rules read a week's context,
    progression rules one step from a log, block rules a whole block.

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
    check: Callable[[C_contra], Iterator[Finding]] = attrs.field(repr=False, eq=False)
    scopes: tuple[Scope, ...] = ("week",)

    def __str__(self) -> str:
        return f"{self.code} ({self.severity}) {self.title} [{self.source}]"


class Context:
    """What a check sees: the plan, the athlete, the week and their resolved exercises."""

    __slots__ = ("_resolved", "athlete", "catalog", "next_week", "plan", "settings", "week")

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
        # Each session's resolved prescriptions, worked out once for every rule: by the
        # session's id, the session kept beside them so that the id stays its own.
        self._resolved: dict[int, tuple[Session, tuple[tuple[Prescription, Exercise], ...]]] = {}

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
        found = self._resolved.get(id(session))
        if found is None or found[0] is not session:
            get = self.catalog.get
            pairs = tuple(
                (item, exercise)
                for item in session.exercises
                if (exercise := get(item.exercise)) is not None
            )
            found = self._resolved[id(session)] = (session, pairs)
        return iter(found[1])
