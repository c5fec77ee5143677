"""The table that reads a calendar event as a kind of run, and the length said in its text.

``RUN_KIND_RULES`` is tried in order, first on the event's title, then on its description;
the first row that matches names the kind. See :func:`classify` for the precedence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from runstrength._model.calendar_in import RunKindRule
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import RunKind

__all__ = [
    "KM_PER_MILE",
    "RUN_KIND_RULES",
    "check_rules",
    "classify",
    "distance_in",
    "kilometres_in",
    "minutes_in",
]

_PACE = r"(?!\s*-?\s*(?:pace|effort|tempo))"
"""Not followed by *pace* or *effort*: "marathon pace" or "5K effort" is no race."""

_REPEATS = r"\d+\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:m|km|k|mi|min|mins|minutes|s|sec|secs|'|\")?"

RUN_KIND_RULES: tuple[RunKindRule, ...] = (
    RunKindRule(
        "strength",
        r"strength|weights?|weight\s+training|gym|lifting|core|s\s?&\s?c|kettlebells?"
        r"|resistance\s+training",
        None,
        strength=True,
    ),
    RunKindRule(
        "not a run",
        r"yoga|pilates|mobility|stretch(?:ing)?"
        r"|swim(?:ming)?|bike|cycl(?:e|ing)|ride|spin|cross[-\s]?train(?:ing)?|elliptical"
        r"|rest\s+day|day\s+off|off\s+day|^\W*rest\W*$|^\W*notes?\W*$",
        None,
    ),
    RunKindRule(
        "long run",
        r"long(?!\s+(?:intervals?|reps?|repeats?|hills?|tempo|strides|efforts?))|lsd",
        RunKind.long,
    ),
    RunKindRule(
        "race",
        rf"race(?:\s+day)?{_PACE}|parkrun|park\s+run|half[-\s]?marathon{_PACE}"
        rf"|marathon{_PACE}|time\s+trial",
        RunKind.race,
    ),
    RunKindRule("hills", r"hills?(?:\s+(?:repeats?|reps|sprints?))?|hilly", RunKind.hills),
    RunKindRule(
        "intervals",
        r"(?<!cruise\s)intervals?|repeats|track|vo2\s?max|speed(?:\s+work)?|fartlek",
        RunKind.intervals,
    ),
    RunKindRule(
        "tempo",
        r"tempo|threshold|lt|cruise\s+intervals|(?:marathon|mp|race)\s+pace|progression",
        RunKind.tempo,
    ),
    RunKindRule("strides", r"strides", RunKind.easy),
    RunKindRule("repeats", _REPEATS, RunKind.intervals),
    RunKindRule("recovery", r"recovery|shake[-\s]?out|regeneration", RunKind.recovery),
    RunKindRule(
        "easy", r"easy|aerobic|base|steady|endurance|z(?:one)?\s?[12]|conversational", RunKind.easy
    ),
    RunKindRule("race distance", rf"(?:5|10|21(?:[.,]1)?|42(?:[.,]2)?)\s?k{_PACE}", RunKind.race),
    RunKindRule("run", r"run(?:ning)?|jog(?:ging)?|run\s*/\s*walk", RunKind.easy),
)
"""The table that reads an event as a kind of run, in order of precedence.

The first row whose words are in the title decides; when no row matches the title, or only
the last one (``run``: it only says the event is a run), the description is read the same
way. Strength, gym and core work (even "mobility with weights") is a strength session the
calendar already plans; yoga, swims, rides, rest days and notes are no run at all. So
"Long run with 3x10min tempo" is a long run, "Easy + strides" an easy run,
"Marathon pace long run" a long run, "Half marathon" a race and "5K pace 6x800m" intervals.
Strides, fartlek and threshold have no kind of their own: strides are an easy run, fartlek
intervals and threshold a tempo run.

Replace it with ``rules=``; to add words, put your rows first:
``rules=(RunKindRule("lsd", r"sunday\\s+long", RunKind.long), *RUN_KIND_RULES)``.
"""

_VAGUE = RUN_KIND_RULES[-1].name

_HMS = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
_HOURS = re.compile(
    r"(?<![\w.,])(\d{1,2}(?:[.,]\d+)?)\s*(?:hours?|hrs?|h)\s*"
    r"(?:(\d{1,2})\s*(?:minutes|mins|min|m|')?)?(?![\w/])",
    re.IGNORECASE,
)
_MINUTES = re.compile(
    r"(?<![\w.,×])(?<![x×]\s)(\d{1,3})\s*(?:min|mins|minutes|')(?![\w/])(?!\s*/|\s*(?:per|a)\s)",
    re.IGNORECASE,
)
_DISTANCE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d+)?)\s*(km|k|mi|miles?)\b(?!\s*/)", re.IGNORECASE
)
KM_PER_MILE = 1.609344
"""Kilometres in a mile."""


def check_rules(rules: object) -> tuple[RunKindRule, ...]:
    """The rules as a tuple, or an :class:`InputError` naming every row of the wrong shape."""
    if isinstance(rules, str | bytes) or not isinstance(rules, Sequence):
        raise InputError(
            Problem("rules", f"expected a sequence of RunKindRule, got {type(rules).__name__}")
        )
    problems = [
        Problem(f"rules[{index}]", f"expected a RunKindRule, got {type(rule).__name__}")
        for index, rule in enumerate(rules)
        if not isinstance(rule, RunKindRule)
    ]
    if problems:
        raise InputError(problems)
    if not rules:
        raise InputError(Problem("rules", "no rules: no event could be read as a run"))
    return tuple(rules)


_NO_RUN = re.compile(r"\b(?:no|not|without)\s+(?:a\s+)?(?:run|runs|running|jog|jogging)\b", re.I)
"""A title that says there is no run ("Day off, no running"): its run word names no run."""


def _first(rules: tuple[RunKindRule, ...], text: str, *, runs: bool = False) -> RunKindRule | None:
    for rule in rules:
        if (not runs or rule.kind is not None) and rule.regex.search(text) is not None:
            return rule
    return None


def classify(
    title: str, description: str, rules: tuple[RunKindRule, ...] = RUN_KIND_RULES
) -> tuple[RunKindRule | None, str]:
    """The rule that names an event's kind, and where it matched (``title``/``description``).

    The title decides first; the description is read when no rule matches the title, or
    when the rule that does is the table's last row and only says the event is a run. A
    title that says "run" beside other work ("Easy run + core", "Swim, then long run") is
    that run: the runner runs that day, so the first row of a run that matches the title
    wins over a strength or not-a-run row.

    >>> rule, where = classify("Easy + strides", "")
    >>> rule.kind, rule.name, where
    (RunKind.easy, 'strides', 'title')
    >>> classify("Run", "6 x 800m at 5K pace")[0].kind
    RunKind.intervals
    >>> classify("Easy run + core", "")[0].kind, classify("Core and hips", "")[0].name
    (RunKind.easy, 'strength')
    """
    found = _first(rules, title)
    if (
        found is not None
        and found.kind is None
        and rules[-1].regex.search(title) is not None
        and _NO_RUN.search(title) is None
    ):
        found = _first(rules, title, runs=True)
    vague = found is not None and found is rules[-1] and found.kind is not None
    if found is not None and not vague:
        return found, "title"
    more = _first(rules, description)
    if more is not None and (found is None or (more is not found and more.kind is not None)):
        return more, "description"
    return found, "title" if found is not None else ""


def _hms_minutes(text: str) -> list[int]:
    return [round(int(h) * 60 + int(m) + int(s) / 60) for h, m, s in _HMS.findall(text)]


def minutes_in(text: str) -> int | None:
    """The longest length said in ``text`` in minutes (``45 min``, ``1h30``, ``1:15:00``, ``90'``).

    The longest, as a workout's total is the longest length its text gives; ``3x10min`` is
    a repeat, not a length, and ``5:00/km`` or ``5 min/km`` a pace. ``1:15`` alone is not
    read (hours and minutes, or minutes and seconds?).

    >>> minutes_in("Easy 45 min + 6x20s strides"), minutes_in("Long run 1h30")
    (45, 90)
    >>> minutes_in("Planned: 1:15:00"), minutes_in("90' steady"), minutes_in("10 km")
    (75, 90, None)
    """
    found = _hms_minutes(text)
    for hours, mins in _HOURS.findall(text):
        found.append(round(float(hours.replace(",", ".")) * 60) + int(mins or 0))
    found += [int(mins) for mins in _MINUTES.findall(text)]
    found = [value for value in found if value > 0]
    return max(found) if found else None


def distance_in(text: str) -> str | None:
    """The first distance said in ``text`` (``10 km``), if any.

    >>> distance_in("Steady 10 km"), distance_in("45 min")
    ('10 km', None)
    """
    found = _DISTANCE.search(text)
    return None if found is None else found.group(0)


def kilometres_in(text: str) -> float | None:
    """The first distance said in ``text`` in kilometres (miles converted), if any.

    >>> kilometres_in("Steady 10 km"), kilometres_in("Run - Easy: 6 mi"), kilometres_in("45 min")
    (10.0, 9.656064, None)
    """
    found = _DISTANCE.search(text)
    if found is None:
        return None
    number = float(found.group(1).replace(",", "."))
    return number * KM_PER_MILE if found.group(2).lower().startswith("mi") else number
