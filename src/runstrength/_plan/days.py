"""Choosing the days: which days may hold which session, and the best set of them."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.vocab import Focus, Level, RunKind, Weekday
from runstrength._model.week import RunningWeek
from runstrength._views.wording import with_article

__all__ = ["DayOption", "Slot", "choose_days", "day_options", "focus_targets"]

_HARD_KINDS = frozenset({RunKind.tempo, RunKind.intervals, RunKind.hills})
_ADJACENT_PENALTY = 12.0  # back-to-back sessions (RS105) only when nothing else fits


@attrs.frozen
class DayOption:
    """What one day allows: a score and reason per focus, or why it allows nothing."""

    day: Weekday
    scores: dict[Focus, tuple[float, str]]
    refusals: dict[Focus, str]
    after_run: bool
    after_key_run: bool
    before_key_run: bool


@attrs.frozen
class Slot:
    """A chosen day and focus, with the reason the day suits it."""

    day: Weekday
    focus: Focus
    reason: str
    after_run: bool
    after_key_run: bool
    before_key_run: bool


def _runs_text(kinds: Collection[RunKind]) -> str:
    return " and ".join(str(k) for k in kinds)


def day_options(
    athlete: Athlete,
    week: RunningWeek,
    next_week: RunningWeek | None = None,
    light_only: Mapping[Weekday, str] | None = None,
    previous_week: RunningWeek | None = None,
) -> list[DayOption]:
    """Score every weekday for a strength and a light session, with reasons (RS101–RS107).

    ``light_only`` maps days that may not hold a strength session (a taper) to the reason.
    """
    race_days = week.race_days
    options = []
    for day in Weekday:
        kinds = week.kinds(day)
        after = (next_week if day is Weekday.sun and next_week else week).kinds(day.next)
        # A race days ago matters; the week is not taken to repeat backwards into Sunday.
        if day is Weekday.mon:
            before = previous_week.kinds(Weekday.sun) if previous_week else ()
        else:
            before = week.kinds(day.previous)
        scores: dict[Focus, tuple[float, str]] = {}
        refusals: dict[Focus, str] = {}
        if day not in athlete.available_days:
            refusals = dict.fromkeys(Focus, "Not one of the athlete's training days.")
        elif RunKind.race in kinds:
            refusals = dict.fromkeys(Focus, "Race day: the race is the only work.")
        elif RunKind.race in after:
            refusals = dict.fromkeys(Focus, "The day before the race: rest, no strength work.")
        elif RunKind.race in before:
            refusals = dict.fromkeys(Focus, "The day after the race: recover first.")
        else:
            scores, refusals = _scores(kinds, after, bool(race_days))
            if light_only and day in light_only and Focus.strength in scores:
                del scores[Focus.strength]
                refusals[Focus.strength] = light_only[day]
        options.append(
            DayOption(
                day,
                scores,
                refusals,
                after_run=bool(kinds),
                after_key_run=any(k.is_key for k in kinds),
                before_key_run=any(k.is_key for k in after),
            )
        )
    return options


def _scores(
    kinds: tuple[RunKind, ...], after: tuple[RunKind, ...], race_week: bool
) -> tuple[dict[Focus, tuple[float, str]], dict[Focus, str]]:
    scores: dict[Focus, tuple[float, str]] = {}
    refusals: dict[Focus, str] = {}
    next_key = [k for k in after if k.is_key]
    if race_week:
        refusals[Focus.strength] = "Race week: light work only."
    elif next_key:
        refusals[Focus.strength] = (
            f"The day before {with_article(next_key[0])} run: no strength session, "
            "light work at most."
        )
    elif RunKind.recovery in kinds:
        refusals[Focus.strength] = "A recovery day: keep it easy."
    elif RunKind.long in kinds:
        scores[Focus.strength] = (3.0, "After the long run, with the next day free of key runs.")
    elif hard := [k for k in kinds if k in _HARD_KINDS]:
        scores[Focus.strength] = (
            9.0,
            f"After the {hard[0]} session: the hard day stays hard and the next day easy.",
        )
    elif RunKind.easy in kinds:
        scores[Focus.strength] = (10.0, "After an easy run, with no key run the next day.")
    else:
        scores[Focus.strength] = (6.0, "A day off running, with no key run the next day.")

    if RunKind.recovery in kinds:
        scores[Focus.light] = (2.0, f"After the {_runs_text(kinds)} run, kept short and easy.")
    elif next_key:
        scores[Focus.light] = (
            4.0,
            f"Light work only: the next day holds {with_article(next_key[0])} run.",
        )
    elif RunKind.long in kinds:
        scores[Focus.light] = (4.0, "After the long run: light control work only.")
    elif any(k.is_key for k in kinds):
        scores[Focus.light] = (6.0, f"After the {_runs_text(kinds)} run.")
    elif kinds:
        scores[Focus.light] = (8.0, f"After the {_runs_text(kinds)} run.")
    else:
        scores[Focus.light] = (7.0, "A day off running.")
    return scores, refusals


def focus_targets(athlete: Athlete, count: int, race_week: bool) -> tuple[Focus, ...]:
    """The foci wanted for ``count`` sessions: one strength, then light, then strength.

    Two sessions are one ``strength`` and one ``light`` (003); a third is a second strength
    session for intermediate and advanced athletes, light for a beginner. Race week is
    light only.
    """
    if race_week:
        return (Focus.light,) * count
    third = Focus.light if athlete.level is Level.beginner else Focus.strength
    return (Focus.strength, Focus.light, third)[:count]


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
    usable = [o for o in options if any(f in allowed for f in o.scores)]
    wanted_strength = sum(1 for f in targets if f is Focus.strength)
    # Each day's choices as (score, is_strength, focus), worked out once.
    choices = {
        o.day: [(o.scores[f][0], f is Focus.strength, f) for f in o.scores if f in allowed]
        for o in usable
    }
    for size in range(min(len(targets), len(usable)), 0, -1):
        best: tuple[float, tuple[int, ...]] | None = None
        best_pick: tuple[tuple[DayOption, ...], tuple[Focus, ...]] | None = None
        for combo in itertools.combinations(usable, size):
            spacing = 0.0
            gaps = [a.day.gap(b.day) for a, b in itertools.combinations(combo, 2)]
            if apart and 1 in gaps:
                continue
            for gap in gaps:
                spacing += -_ADJACENT_PENALTY if gap == 1 else 0.5 * (gap - 2)
            order = tuple(-o.day.rank for o in combo)
            for assignment in itertools.product(*(choices[o.day] for o in combo)):
                strength = sum(1 for _, is_strength, _ in assignment if is_strength)
                if strength > wanted_strength:
                    continue
                score = spacing + sum(value for value, _, _ in assignment)
                score -= 5.0 * (min(wanted_strength, size) - strength)
                if best is None or (score, order) > best:
                    best = (score, order)
                    best_pick = (combo, tuple(f for _, _, f in assignment))
        if best_pick is not None:
            combo, foci = best_pick
            return [
                Slot(o.day, f, o.scores[f][1], o.after_run, o.after_key_run, o.before_key_run)
                for o, f in zip(combo, foci, strict=True)
            ]
    return []
