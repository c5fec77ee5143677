"""What each past week of a season tells the weeks after it, worked out once a week.

A week's draft reads the last :data:`~runstrength._plan.history.LOOKBACK` weeks: the
reasons each exercise was given (:func:`~runstrength._plan.current.reasons_seen`), which
exercises last reached the top of their range (:func:`~runstrength._plan.stronger.topped`),
whether the latest jump landed well (:func:`~runstrength._plan.power.landings_ok`), the
loads last and most lifted (:func:`~runstrength._plan.climb.last_lifted`,
:func:`~runstrength._plan.climb.peak_lifted`) and whether any log had mild pain
(:func:`~runstrength._plan.climb.after_mild_pain`). Each is a fold over those weeks, so
each week's share of it (:class:`WeekFacts`) is worked out once, when a later week first
reads it, and the folds here combine the shares: a block's sixteen weeks no longer walk
every log of the eight weeks before each of them. Each fold gives what its namesake gives
(``tests/season/test_block_speed.py`` checks them against each other).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from runstrength._model.catalog import Catalog
from runstrength._model.reason import text_of
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Pain

__all__ = [
    "WeekFacts",
    "any_mild",
    "jumps_of",
    "landed_in",
    "lifted_in",
    "peak_in",
    "seen_in",
    "topped_in",
    "weeks_held",
]


class WeekFacts:
    """One past week's share of what later weeks read of it.

    Attributes:
        reasons: The reasons the week's plan gave each exercise, by exercise id.
        landed: How the week's first logged jump landed (quietly, pain-free), or ``None``
            when it logged none.
        verdicts: For each exercise whose first log of the week has a prescription, whether
            that log reached the top of its range, clean and pain-free; in log order.
        lifted: The lightest set of each exercise's last loaded log of the week.
        peak: The heaviest set each exercise was lifted at in the week.
        mild: Whether any log of the week had mild pain.
    """

    __slots__ = ("landed", "lifted", "mild", "peak", "reasons", "verdicts")

    def __init__(self, record: WeekRecord, jumps: frozenset[str]) -> None:
        reasons: dict[str, set[str]] = {}
        for session in record.plan.sessions:
            for rx in session.exercises:
                reasons.setdefault(rx.exercise, set()).add(text_of(rx.reason))
        self.reasons = reasons
        self.landed: bool | None = None
        self.verdicts: dict[str, bool] = {}
        self.lifted: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self.mild = False
        logs = record.logs
        if not logs:
            return
        doses = {rx.exercise: rx.dose for s in record.plan.sessions for rx in s.exercises}
        for log in logs:
            name = log.exercise
            if self.landed is None and name in jumps and log.sets:
                self.landed = log.form_ok and log.pain is Pain.none and not log.symptoms
            if log.pain is Pain.mild:
                self.mild = True
            if name not in self.verdicts and name in doses:
                dose = doses[name]
                done = [getattr(s, dose.unit) for s in log.sets]
                self.verdicts[name] = (
                    len(done) >= dose.sets.lo
                    and all(d is not None and d >= dose.amount.hi for d in done)
                    and log.pain is Pain.none
                    and log.form_ok
                    and not log.symptoms
                )
            loads = [s.load_kg for s in log.sets if s.load_kg]
            if loads:
                self.lifted[name] = min(loads)
            for load in loads:
                self.peak[name] = max(self.peak.get(name, 0.0), load)


@functools.lru_cache(maxsize=32)  # keyed on the catalog alone
def jumps_of(catalog: Catalog) -> frozenset[str]:
    """The ids of the catalog's jumps, whose landings :func:`landed_in` reads."""
    return frozenset(ex.id for ex in catalog if ex.plyometric)


def seen_in(weeks: Sequence[WeekFacts]) -> dict[str, set[str]]:
    """The reasons ``weeks`` gave each exercise, by exercise id (as ``reasons_seen``)."""
    seen: dict[str, set[str]] = {}
    for week in weeks:
        for name, texts in week.reasons.items():
            seen.setdefault(name, set()).update(texts)
    return seen


def weeks_held(weeks: Sequence[WeekFacts]) -> dict[str, int]:
    """How many of the latest ``weeks`` in a row held each exercise of the last of them.

    An exercise that came in last week counts 1: a harder variation waits for it to be
    done at least two weeks (003: one change at a time, progress only once form is clean).
    """
    if not weeks:
        return {}
    held = dict.fromkeys(weeks[-1].reasons, 1)
    for name in held:
        for week in reversed(weeks[:-1]):
            if name not in week.reasons:
                break
            held[name] += 1
    return held


def topped_in(weeks: Sequence[WeekFacts]) -> frozenset[str]:
    """Exercises whose latest log in ``weeks`` reached the top of the range (as ``topped``)."""
    seen: set[str] = set()
    out: set[str] = set()
    for week in reversed(weeks):
        for name, top in week.verdicts.items():
            if name in seen:
                continue
            seen.add(name)
            if top:
                out.add(name)
    return frozenset(out)


def landed_in(weeks: Sequence[WeekFacts]) -> bool:
    """Whether the latest logged jump in ``weeks`` landed well (as ``landings_ok``)."""
    for week in reversed(weeks):
        if week.landed is not None:
            return week.landed
    return True


def lifted_in(weeks: Sequence[WeekFacts]) -> dict[str, float]:
    """The load each exercise was last lifted at in ``weeks`` (as ``last_lifted``)."""
    found: dict[str, float] = {}
    for week in weeks:
        found.update(week.lifted)
    return found


def peak_in(weeks: Sequence[WeekFacts]) -> dict[str, float]:
    """The heaviest load each exercise was lifted at in ``weeks`` (as ``peak_lifted``)."""
    found: dict[str, float] = {}
    for week in weeks:
        for name, load in week.peak.items():
            found[name] = max(found.get(name, 0.0), load)
    return found


def any_mild(weeks: Sequence[WeekFacts]) -> bool:
    """Whether any log of ``weeks`` had mild pain."""
    return any(week.mild for week in weeks)
