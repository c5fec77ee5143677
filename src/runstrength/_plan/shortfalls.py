"""What a week's plan could not hold, and what the runner could change: the shortfalls.

Each shortfall names the days and runs that stood in the way, in sentences that read
right for one day or several, so the runner knows what to move.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, RunKind, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.days import DayOption, day_options, key_run_words
from runstrength._views.wording import plural

__all__ = ["joined", "no_strength", "too_few"]


def joined(items: Sequence[str], word: str = "and") -> str:
    """Items as a sentence lists them: "Monday", "Monday and Friday", "A, B or C".

    >>> joined(["Monday"]), joined(["Monday", "Friday"]), joined(["A", "B", "C"], "or")
    ('Monday', 'Monday and Friday', 'A, B or C')
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _days(days: Sequence[Weekday]) -> str:
    return joined([day.title for day in days])


def _clause(days: Sequence[Weekday], one: str, several: str) -> str:
    return f"{_days(days)} {one if len(days) == 1 else several}"


def no_strength(
    athlete: Athlete,
    week: RunningWeek,
    options: Sequence[DayOption],
    *,
    next_week: RunningWeek | None = None,
    light_only: Mapping[Weekday, Reason | str] | None = None,
    previous_week: RunningWeek | None = None,
    closed: Mapping[Weekday, Reason] | None = None,
) -> Reason:
    """Why no strength session fits the athlete's days, and what would let one in.

    Names each training day that refuses a strength session and why (the key run the next
    day, a recovery run, the taper, a race), then the days that would take one if they
    were training days, or that moving a key run would. When the athlete's days could
    take one, but not alongside the other sessions, it says that instead. A ``closed``
    day (see :func:`~runstrength._plan.days.day_options`) counts as no training day.
    """
    light_only = light_only or {}
    closed = closed or {}
    blocked = [o for o in options if o.day in athlete.available_days and o.day not in closed]
    fits = [o.day for o in blocked if Focus.strength in o.scores]
    if fits:
        return say(
            "shortfall.no_strength.spacing",
            days=" ".join(d.value for d in fits),
            days_words=_days(fits),
        )
    before_key: list[Weekday] = []
    runs: list[str] = []
    kinds: list[str] = []
    recovery: list[Weekday] = []
    taper: list[Weekday] = []
    race: list[Weekday] = []
    for option in blocked:
        day = option.day
        after = (next_week if day is Weekday.sun and next_week else week).kinds(day.next)
        keys = [k for k in after if k.is_key and k is not RunKind.race]
        if not option.scores:
            race.append(day)
        elif day in light_only:
            taper.append(day)
        elif keys and not week.race_days:
            before_key.append(day)
            runs.append(key_run_words(day.next, keys[0]))
            kinds.append(keys[0].value)
        elif RunKind.recovery in week.kinds(day):
            recovery.append(day)
        else:
            race.append(day)  # race week: light work only
    clauses = []
    if before_key:
        clauses.append(
            _clause(before_key, "falls", "each fall")
            + f" the day before a key run ({', '.join(runs)})"
        )
    if recovery:
        clauses.append(_clause(recovery, "is a recovery day", "are recovery days"))
    if taper:
        clauses.append(_clause(taper, "is in the taper", "are in the taper") + " before a race")
    if race:
        clauses.append(_clause(race, "is too close to a race", "are too close to a race"))
    said: dict[str, Param] = {
        "before_key_run": " ".join(d.value for d in before_key),
        "key_runs": " ".join(kinds),
        "recovery": " ".join(d.value for d in recovery),
        "taper": " ".join(d.value for d in taper),
        "race": " ".join(d.value for d in race),
        "why_words": "; ".join(clauses),
    }
    changes = []
    every_day = attrs.evolve(athlete, available_days=frozenset(Weekday))
    free = [
        o.day
        for o in day_options(every_day, week, next_week, light_only, previous_week, closed)
        if Focus.strength in o.scores and o.day not in athlete.available_days
    ]
    if free:
        changes.append(f"making {joined([d.title for d in free], 'or')} a training day")
    if before_key:
        changes.append("moving a key run")
    if recovery:
        changes.append("turning a recovery run into an easy one")
    if not changes:
        return say("shortfall.no_strength", **said)
    change = changes[0] if len(changes) == 1 else f"{', '.join(changes[:-1])}, or {changes[-1]},"
    return say(
        "shortfall.no_strength.change",
        **said,
        free=" ".join(d.value for d in free),
        move_key_run=bool(before_key),
        easy_run=bool(recovery),
        change_words=f"{change[0].upper()}{change[1:]}",
    )


def too_few(
    athlete: Athlete,
    wanted: int,
    placed: int,
    options: Sequence[DayOption],
    closed: Mapping[Weekday, Reason] | None = None,
) -> Reason:
    """Why fewer sessions were placed than asked for: too few days, or the rules.

    A ``closed`` day counts as no training day.
    """
    closed = closed or {}
    usable = [o.day for o in options if o.scores]
    asked: dict[str, Param] = {
        "wanted": wanted,
        "placed": placed,
        "wanted_words": plural(wanted, "session"),
        "placed_words": str(placed or "none"),
    }
    if len(usable) >= wanted:
        return say("shortfall.too_few.rules", **asked)
    others = [o.day for o in options if not o.scores]
    off = any(d not in athlete.available_days or d in closed for d in others)
    near = any(d in athlete.available_days and d not in closed for d in others)
    why = joined(
        [w for w, on in (("not training days", off), ("too close to a race", near)) if on], "or"
    )
    if not usable:
        return say("shortfall.too_few.no_day", **asked, off=off, near=near, why=why)
    days = " ".join(d.value for d in usable)
    return say(
        "shortfall.too_few.only",
        **asked,
        off=off,
        near=near,
        why=why,
        days=days,
        days_words=_days(usable),
    )
