"""A report: the rule breaks a check found, as one value to show, count and save."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import final

import attrs

from runstrength._model.checks import shown
from runstrength._model.errors import InputError, Problem
from runstrength._model.plan import Violation
from runstrength._model.shown import Shown
from runstrength._model.vocab import Severity

__all__ = ["Report"]


def _violations(items: Iterable[Violation]) -> tuple[Violation, ...]:
    value: object = items  # typed as callers should pass it, checked as anything
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        given = type(value).__name__
        message = f"expected violations (what rs.validate returns), got {given}"
        raise InputError(Problem("Report.violations", message))
    found = tuple(items)
    wrong = [
        Problem(f"Report.violations[{n}]", f"expected a Violation, got {shown(item)}")
        for n, item in enumerate(found)
        if not isinstance(item, Violation)
    ]
    if wrong:
        raise InputError(wrong)
    return found


@final
@attrs.frozen
class Report(Shown):
    """The rule breaks a check found, with the verdict: an ``ok`` plan breaks no error rule.

    :func:`~runstrength.validate` returns a plain tuple of violations; wrap it to show it
    as a table in a notebook, count it, or save it as JSON:
    ``rs.Report(rs.validate(plan, athlete, week))``. The same goes for
    :func:`~runstrength.validate_block` and :func:`~runstrength.validate_progression`.

    A report iterates over its violations in the order the check gave them, and its
    ``len()`` is their number, so ``not report`` means it found nothing at all.

    Args:
        violations: The rule breaks, in order (any iterable of
            :class:`~runstrength.Violation`; kept as a tuple).

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.beginner)
    >>> week = rs.RunningWeek(tue="easy", sun="long")
    >>> report = rs.Report(rs.validate(rs.build_week(athlete, week), athlete, week))
    >>> report.ok, len(report.errors)
    (True, 0)
    >>> print(rs.Report([]))
    No rule broken.
    """

    violations: tuple[Violation, ...] = attrs.field(default=(), converter=_violations)

    @property
    def errors(self) -> tuple[Violation, ...]:
        """The violations of ``error`` severity: the plan must change."""
        return tuple(v for v in self.violations if v.severity is Severity.error)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        """The violations of ``warning`` severity: advice."""
        return tuple(v for v in self.violations if v.severity is Severity.warning)

    @property
    def ok(self) -> bool:
        """Whether no error rule is broken (warnings may remain)."""
        return not any(v.severity is Severity.error for v in self.violations)

    def __iter__(self) -> Iterator[Violation]:
        return iter(self.violations)

    def __len__(self) -> int:
        return len(self.violations)
