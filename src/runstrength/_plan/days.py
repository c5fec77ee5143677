"""Choosing the days: which days may hold which session, and the best set of them.

The scheduling rules are 003's: no heavy leg work the day before a long run, race, hill
workout or speed session; harder strength work after an easy run or on a day that is
already moderately hard; easy days kept easy. Race week keeps its one light session
early (three or more days before the race, best four or five), and a week without runs
spreads full strength sessions 48 hours apart, with no key run to protect.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.exercise import Exercise
from runstrength._model.reason import Param, Reason, to_reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, Level, RunKind, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.daysearch import best_days
from runstrength._rules.fit import is_loaded
from runstrength._views.wording import run_noun

__all__ = [
    "DayOption",
    "Slot",
    "choose_days",
    "day_options",
    "focus_targets",
    "spares_key_run",
    "today_words",
]

_HARD_KINDS = frozenset({RunKind.tempo, RunKind.intervals, RunKind.hills})
_RACE_WEEK_DAYS = {5: 10.0, 4: 9.5, 6: 9.0, 3: 8.0}
"""Race week's light session by days before the race: four or five best, then earlier."""

_KEY_KINDS = frozenset(kind for kind in RunKind if kind.is_key)
"""The key run kinds, as a set: whether a day holds one is one set test."""

_HARD_RUNS = (RunKind.intervals, RunKind.tempo, RunKind.hills)

_DAYS = tuple(Weekday)
"""The weekdays, Monday first, as a tuple: read by place, with no enum iteration."""

_FOCI = tuple(Focus)
"""The foci, in their declared order (a refusal of every focus keeps that order)."""
"""Fast runs that a strength session on the same day must follow, hours later (003)."""


@attrs.frozen
class DayOption:
    """What one day allows: a score and reason per focus, or why it allows nothing."""

    day: Weekday
    scores: dict[Focus, tuple[float, Reason]]
    refusals: dict[Focus, Reason]
    after_run: bool
    after_key_run: bool
    before_key_run: bool
    hard_run: RunKind | None = None


@attrs.frozen
class Slot:
    """A chosen day and focus, with the reason the day suits it."""

    day: Weekday
    focus: Focus
    reason: Reason
    after_run: bool
    after_key_run: bool
    before_key_run: bool
    hard_run: RunKind | None = None
    """The day's fast run (intervals, tempo or hills), which strength work follows."""


def today_words(kinds: Collection[RunKind]) -> str:
    """The day's runs as the start of a reason: "After the easy run", "A day off running".

    >>> today_words([RunKind.easy, RunKind.intervals]), today_words([])
    ('After the easy run and the intervals', 'A day off running')
    """
    distinct = list(dict.fromkeys(kinds))
    if not distinct:
        return "A day off running"
    return "After the " + " and the ".join(run_noun(kind) for kind in distinct)


def key_run_words(day: Weekday, kind: RunKind) -> str:
    """A key run named by its day: "Tuesday's intervals", "Sunday's long run"."""
    return f"{day.title}'s {run_noun(kind)}"


@functools.lru_cache(maxsize=4096)  # keyed on an exercise and a level: no athlete changes it
def spares_key_run(exercise: Exercise, level: Level) -> bool:
    """Whether the exercise leaves the legs fresh for a key run the next day (003).

    Nothing loaded (a load in the catalog dose, or equipment that carries one), no jumps
    and no eccentric-heavy work (an eccentric exercise, or a lowering of 3 s or more).
    """
    dose = exercise.dose_for(level if exercise.suits(level) else exercise.level)
    slow = dose.tempo is not None and dose.tempo.eccentric >= 3
    return not (
        bool(dose.load_kg)
        or is_loaded(None, exercise)
        or exercise.plyometric
        or slow
        or "eccentric" in exercise.id
    )


def day_options(
    athlete: Athlete,
    week: RunningWeek,
    next_week: RunningWeek | None = None,
    light_only: Mapping[Weekday, Reason | str] | None = None,
    previous_week: RunningWeek | None = None,
    closed: Mapping[Weekday, Reason] | None = None,
) -> list[DayOption]:
    """Score every weekday for a strength and a light session, with reasons (RS101–RS107).

    ``light_only`` maps days that may not hold a strength session (a taper) to the reason;
    ``closed`` maps days that may hold no session at all to the reason (a day that could
    hold one otherwise).
    """
    race_days = week.race_days
    no_runs = week.run_count == 0
    every = [week.kinds(day) for day in _DAYS]  # each day's kinds, read once, Monday first
    available = athlete.available_days
    options = []
    for rank, day in enumerate(_DAYS):
        kinds = every[rank]
        after = next_week.kinds(Weekday.mon) if rank == 6 and next_week else every[(rank + 1) % 7]
        # A race days ago matters; the week is not taken to repeat backwards into Sunday.
        if rank == 0:
            before = previous_week.kinds(Weekday.sun) if previous_week else ()
        else:
            before = every[rank - 1]
        scores: dict[Focus, tuple[float, Reason]] = {}
        refusals: dict[Focus, Reason] = {}
        # The first key run of the next day, if any (the key kinds as one set).
        next_key = None
        if not _KEY_KINDS.isdisjoint(after):
            for kind in after:
                if kind in _KEY_KINDS:
                    next_key = kind
                    break
        if day not in available:
            refusals = dict.fromkeys(_FOCI, say("day.off"))
        elif RunKind.race in kinds:
            refusals = dict.fromkeys(_FOCI, say("day.race"))
        elif RunKind.race in after:
            refusals = dict.fromkeys(_FOCI, say("day.before_race"))
        elif RunKind.race in before:
            refusals = dict.fromkeys(_FOCI, say("day.after_race"))
        elif race_days:
            scores, refusals = _race_week(day, kinds, after, race_days)
        elif no_runs and next_key is None:
            scores = _no_runs()
        else:
            # The next day matters only for its key run's words: days without one share.
            found = _scores(kinds, next_key, _DAYS[(rank + 1) % 7] if next_key else None)
            scores, refusals = dict(found[0]), dict(found[1])
        if light_only and day in light_only and Focus.strength in scores:
            del scores[Focus.strength]
            refusals[Focus.strength] = to_reason(light_only[day])
        if closed and day in closed and scores:
            scores, refusals = {}, dict.fromkeys(_FOCI, closed[day])
        hard_run = None
        for kind in kinds:
            if kind in _HARD_RUNS:
                hard_run = kind
                break
        options.append(
            DayOption(
                day,
                scores,
                refusals,
                after_run=bool(kinds),
                after_key_run=not _KEY_KINDS.isdisjoint(kinds),
                before_key_run=next_key is not None,
                hard_run=hard_run,
            )
        )
    return options


def _no_runs() -> dict[Focus, tuple[float, Reason]]:
    """A day of a week without runs: every day suits; spacing alone chooses."""
    return {
        Focus.strength: (6.0, say("day.fits.no_runs_strength")),
        Focus.light: (5.0, say("day.fits.no_runs_light")),
    }


@functools.lru_cache(maxsize=256)  # keyed on a day's runs (no athlete): days share it
def _today(kinds: tuple[RunKind, ...]) -> dict[str, Param]:
    """The parameters that name the day's runs: their kinds, and in English.

    Shared between calls, so never changed in place (callers pass it on as ``**today``).
    """
    distinct = list(dict.fromkeys(kinds))  # each kind once, in the day's order
    return {"runs": " ".join([kind.value for kind in distinct]), "today": today_words(distinct)}


def _race_week(
    day: Weekday,
    kinds: tuple[RunKind, ...],
    after: tuple[RunKind, ...],
    race_days: tuple[Weekday, ...],
) -> tuple[dict[Focus, tuple[float, Reason]], dict[Focus, Reason]]:
    """Race week: light work only, as early before the race as the week allows."""
    today = _today(kinds)
    ahead = [r for r in race_days if r.rank > day.rank]
    if ahead:
        days = ahead[0].rank - day.rank
        race = {"days": days, "race_day": ahead[0].value, "race_day_name": ahead[0].title}
        if days >= 3:
            score = _RACE_WEEK_DAYS.get(days, 9.0)
            reason = say("day.fits.race_week_early", **today, **race)
        else:
            score = 3.0
            reason = say("day.fits.race_week_late", **today, **race)
    else:
        last = race_days[-1]
        days = day.rank - last.rank
        score = 2.5 if days >= 3 else 2.0
        race = {"days": days, "race_day": last.value, "race_day_name": last.title}
        reason = say("day.fits.after_race", **today, **race)
    if not _KEY_KINDS.isdisjoint(after):
        score -= 1.0
    return {Focus.light: (score, reason)}, {Focus.strength: say("day.race_week_light_only")}


@functools.lru_cache(maxsize=4096)  # keyed on a day's runs and the next key run (no athlete)
def _scores(
    kinds: tuple[RunKind, ...], next_key: RunKind | None, next_day: Weekday | None
) -> tuple[dict[Focus, tuple[float, Reason]], dict[Focus, Reason]]:
    """An ordinary day's scores and refusals, given the next day's first key run.

    ``next_day`` is the day after, given only with ``next_key`` (it names the key run):
    days with the same runs and no key run the next day share their scores.
    Shared between calls, so never changed in place (:func:`day_options` copies them).
    """
    scores: dict[Focus, tuple[float, Reason]] = {}
    refusals: dict[Focus, Reason] = {}
    today = _today(kinds)
    tomorrow = key_run_words(next_day, next_key) if next_key and next_day else ""
    if next_key and next_day:
        refusals[Focus.strength] = say(
            "day.before_key_run",
            key_run_day=next_day.value,
            key_run=next_key.value,
            key_run_words=tomorrow,
        )
    elif RunKind.recovery in kinds:
        refusals[Focus.strength] = say("day.recovery")
    elif RunKind.long in kinds:
        scores[Focus.strength] = (3.0, say("day.fits.no_key_run_next", **today))
    elif not _HARD_KINDS.isdisjoint(kinds):
        scores[Focus.strength] = (9.0, say("day.fits.hard_day", **today))
    elif RunKind.easy in kinds:
        scores[Focus.strength] = (10.0, say("day.fits.no_key_run_next", **today))
    else:
        scores[Focus.strength] = (6.0, say("day.fits.no_key_run_next", **today))

    if RunKind.recovery in kinds:
        scores[Focus.light] = (2.0, say("day.fits.recovery", **today))
    elif next_key and next_day:
        key = {"key_run_day": next_day.value, "key_run": next_key.value}
        light = say("day.fits.before_key_run", **today, **key, key_run_words=tomorrow)
        scores[Focus.light] = (4.0, light)
    elif RunKind.long in kinds:
        scores[Focus.light] = (4.0, say("day.fits.after_long_run", **today))
    elif not _KEY_KINDS.isdisjoint(kinds):
        scores[Focus.light] = (6.0, say("day.fits.light", **today))
    elif kinds:
        scores[Focus.light] = (8.0, say("day.fits.light", **today))
    else:
        scores[Focus.light] = (7.0, say("day.fits.light", **today))
    return scores, refusals


def focus_targets(
    athlete: Athlete, count: int, race_week: bool, *, no_runs: bool = False
) -> tuple[Focus, ...]:
    """The foci wanted for ``count`` sessions: one strength, then light, then strength.

    Two sessions are one ``strength`` and one ``light`` (003); a third is a second strength
    session for intermediate and advanced athletes, light for a beginner. Race week is
    light only. A week without runs has no key run to protect: its first two sessions
    are both ``strength``.
    """
    if race_week:
        return (Focus.light,) * count
    third = Focus.light if athlete.level is Level.beginner else Focus.strength
    second = Focus.strength if no_runs else Focus.light
    return (Focus.strength, second, third)[:count]


def choose_days(
    options: list[DayOption],
    targets: tuple[Focus, ...],
    allowed: Collection[Focus],
    *,
    apart: bool = False,
) -> list[Slot]:
    """The best days for as many of ``targets`` as fit (fewer only when fewer fit).

    Scores add each day's suitability, reward spacing and penalise back-to-back days; a
    strength session that cannot be placed becomes light rather than vanish. Ties go to
    the earlier days, so the result is the same on every run. With ``apart`` (RS105 made
    an error), no two sessions fall on neighbouring days, even if fewer then fit.
    """
    allow = frozenset(allowed)  # each day's foci tested as one set
    usable = [o for o in options if not allow.isdisjoint(o.scores)]
    # Each day's choices as (score, is_strength, focus), worked out once, in its order.
    strength = Focus.strength
    choices = tuple(
        [
            (
                o.day,
                tuple([(v[0], f is strength, f) for f, v in o.scores.items() if f in allow]),
            )
            for o in usable
        ]
    )
    found = best_days(choices, tuple(targets), apart)
    if found is None:
        return []
    chosen, foci = found
    return [
        Slot(
            o.day,
            f,
            o.scores[f][1],
            o.after_run,
            o.after_key_run,
            o.before_key_run,
            o.hard_run,
        )
        for o, f in zip((usable[i] for i in chosen), foci, strict=True)
    ]
