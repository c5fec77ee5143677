"""Reason codes of weeks: what a week could not hold (each code's English, parameters)."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["WEEK_CODES"]

_ASKED = {
    "wanted": "Sessions the athlete asked for.",
    "placed": "Sessions placed.",
    "wanted_words": "The sessions asked for, in English (`3 sessions`).",
    "placed_words": "The sessions placed, in English (`1`, or `none`).",
}
_WHY = {
    "off": "True when some of those days are not training days.",
    "near": "True when some of those days are too close to a race.",
    "why": "Both in English: `not training days`, `too close to a race`, or both joined by `or`.",
}

_RULE = {
    "rule": "The code of the rule the week broke (`RS101` … ), an error in the settings.",
    "message": "The rule break's message in English, without its final full stop.",
}
_ERROR = "({rule} is an error in these settings)."

_NO_STRENGTH = {
    "before_key_run": "The training days that fall the day before a key run, as day codes "
    "separated by spaces.",
    "key_runs": "The kinds of those key runs, in the same order, separated by spaces.",
    "recovery": "The training days that are recovery days, as day codes.",
    "taper": "The training days in the taper before a race, as day codes.",
    "race": "The training days too close to a race, as day codes.",
    "why_words": "Those days and why, in English (`Monday falls the day before a key run "
    "(Tuesday's intervals)`).",
}

_CUT = {
    "before": "The sets before the cut, as shown (`3`).",
    "after": "The sets after it, as shown (`2`).",
}

WEEK_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "rule.left_out": (
        "Left out {exercise_name}: {message} " + _ERROR,
        {
            **_RULE,
            "exercise": "The id of the exercise left out.",
            "exercise_name": "Its name, as the catalog gives it.",
        },
    ),
    "rule.no_session": (
        "No session on {day_name}: {message} " + _ERROR,
        {
            **_RULE,
            "day": "The weekday code of the session that went.",
            "day_name": "That day's name in English (`Monday`).",
        },
    ),
    "rule.kept_free": ("Kept free: {message} " + _ERROR, _RULE),
    "cut.taper": ("Taper: {before} sets to {after}, at the same load and reps.", _CUT),
    "cut.deload": ("Deload week: {before} sets to {after}, at the same load and reps.", _CUT),
    "cut.race_week": ("Race week: {before} sets to {after}, no more than the taper week.", _CUT),
    "shortfall.no_strength.spacing": (
        "No strength session this week: {days_words} could take one, but not 48 hours from "
        "the other sessions.",
        {
            "days": "The day codes that could take one, separated by spaces.",
            "days_words": "Those days in English (`Monday and Friday`).",
        },
    ),
    "shortfall.no_strength": ("No strength session fits: {why_words}.", _NO_STRENGTH),
    "shortfall.no_strength.change": (
        "No strength session fits: {why_words}. {change_words} would allow one.",
        {
            **_NO_STRENGTH,
            "free": "The day codes, not training days, that would take one, separated by "
            "spaces; empty when none.",
            "move_key_run": "Whether moving a key run would allow one.",
            "easy_run": "Whether turning a recovery run into an easy one would allow one.",
            "change_words": "Those changes in English (`Making Monday a training day, or "
            "moving a key run,`).",
        },
    ),
    "shortfall.too_few.rules": (
        "Asked for {wanted_words}, placed {placed_words}: the rest would break a rule this week.",
        _ASKED,
    ),
    "shortfall.too_few.no_day": (
        "Asked for {wanted_words}, placed {placed_words}: no day this week can take one "
        "(each is {why}).",
        {**_ASKED, **_WHY},
    ),
    "shortfall.too_few.only": (
        "Asked for {wanted_words}, placed {placed_words}: only {days_words} can take one this "
        "week (the others are {why}).",
        {
            **_ASKED,
            **_WHY,
            "days": "The weekday codes of the days that can take one, separated by spaces.",
            "days_words": "Those days in English (`Monday and Friday`).",
        },
    ),
}
