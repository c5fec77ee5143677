"""The running week: which runs fall on which day."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import final

import attrs

from runstrength._model.checks import check_int, fail, member, shown, to_weekday
from runstrength._model.errors import InputError, Problem
from runstrength._model.shown import HtmlShown
from runstrength._model.vocab import RunKind, Weekday

__all__ = ["Run", "RunningWeek", "to_runs"]

MAX_RUNS_PER_DAY = 2

_DAYS: tuple[Weekday, ...] = tuple(Weekday)
"""The weekdays, Monday first, iterated without the enum's generator."""

_FIELDS: dict[Weekday, str] = {day: day.value for day in _DAYS}
"""Each weekday's field name, looked up without the enum's ``value`` descriptor."""


def _kind(value: RunKind | str) -> RunKind:
    return member(RunKind, value, "Run.kind")


@final
@attrs.frozen
class Run:
    """One run: its kind and, optionally, its length in minutes.

    Args:
        kind: What kind of run it is; ``long``, ``tempo``, ``intervals``, ``hills`` and
            ``race`` are key runs.
        minutes: How long it lasts, 1–600, when known.

    >>> Run(RunKind.long, 90).kind.is_key
    True
    """

    kind: RunKind = attrs.field(converter=_kind)
    minutes: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.minutes is not None:
            check_int("Run", "minutes", self.minutes, 1, 600)

    def __str__(self) -> str:
        return str(self.kind) if self.minutes is None else f"{self.kind} {self.minutes}′"


RunLike = Run | RunKind | str


def to_runs(value: Iterable[RunLike] | RunLike | None) -> tuple[Run, ...]:
    """Convert a run, a kind, a kind string or a list of them to a tuple of runs."""
    if value is None:
        return ()
    if isinstance(value, Run | str):
        value = [value]
    if not isinstance(value, Iterable):
        raise fail(
            "RunningWeek", "day", f"expected a run, a run kind or a list, got {shown(value)}"
        )
    runs = tuple(item if isinstance(item, Run) else Run(item) for item in value)
    if len(runs) > MAX_RUNS_PER_DAY:
        raise fail("RunningWeek", "day", f"{len(runs)} runs in one day (at most 2)")
    return runs


@final
@attrs.frozen(kw_only=True, cache_hash=True)  # a memo key of every planned week
class RunningWeek(HtmlShown):
    """The runs of each weekday (0–2 a day; a day without runs is a rest day).

    Each day accepts a :class:`Run`, a kind (``"long"``) or a list of them.

    >>> week = RunningWeek(tue="intervals", thu=[Run(RunKind.easy, 40)], sun="long")
    >>> [str(d) for d in week.key_days]
    ['tue', 'sun']
    """

    mon: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    tue: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    wed: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    thu: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    fri: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    sat: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)
    sun: tuple[Run, ...] = attrs.field(default=(), converter=to_runs)

    @classmethod
    def from_days(cls, days: Mapping[Weekday | str, Iterable[RunLike] | RunLike]) -> RunningWeek:
        """Build a week from a mapping of weekday to runs.

        >>> RunningWeek.from_days({Weekday.sat: "long"}).sat
        (Run(kind=RunKind.long, minutes=None),)
        """
        day = to_weekday
        try:
            return cls(**{str(day(k)): v for k, v in days.items()})
        except InputError:
            raise
        except (TypeError, ValueError) as exc:
            raise InputError(Problem("RunningWeek", str(exc))) from None

    def __getitem__(self, day: Weekday) -> tuple[Run, ...]:
        runs: tuple[Run, ...] = getattr(self, _FIELDS[day])
        return runs

    def items(self) -> Iterator[tuple[Weekday, tuple[Run, ...]]]:
        """Each weekday with its runs, Monday first."""
        for day in _DAYS:
            yield day, self[day]

    def kinds(self, day: Weekday) -> tuple[RunKind, ...]:
        """The kinds of the runs on ``day``."""
        return tuple([run.kind for run in getattr(self, _FIELDS[day])])

    def has_key_run(self, day: Weekday) -> bool:
        """Whether ``day`` holds a key run (long, tempo, intervals, hills or race)."""
        return any(run.kind.is_key for run in self[day])

    @property
    def key_days(self) -> tuple[Weekday, ...]:
        """Days with a key run, Monday first."""
        return tuple(day for day in _DAYS if self.has_key_run(day))

    @property
    def race_days(self) -> tuple[Weekday, ...]:
        """Days with a race, Monday first."""
        # Plain loops: the planner asks this of every week many times.
        found = []
        for day in _DAYS:
            for run in getattr(self, _FIELDS[day]):
                if run.kind is RunKind.race:
                    found.append(day)
                    break
        return tuple(found)

    @property
    def run_count(self) -> int:
        """How many runs the week holds."""
        # The fields read directly: the planner asks this of every week it plans.
        return (
            len(self.mon)
            + len(self.tue)
            + len(self.wed)
            + len(self.thu)
            + len(self.fri)
            + len(self.sat)
            + len(self.sun)
        )
