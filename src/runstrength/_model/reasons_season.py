"""Reason codes of a season's weeks: each week's sentence, its light days and its caps.

The sentence every session of a season's week gives first (the phase, which week of it,
and what the week does), the days kept to light work around a race, and the days a
lighter week keeps free (each code's English and what its parameters mean).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SEASON_CODES"]

Table = dict[str, tuple[str, Mapping[str, str]]]

_WEEK = {
    "number": "Which week of its phase this is (1 for the first).",
    "of": "How many weeks of that phase this part of the season holds.",
}
_BOSQUET = ", so you arrive fresh and strong (Bosquet et al. 2007)."
_CUT = {
    **_WEEK,
    "before": "The hard sets of the week the cut is counted from.",
    "after": "The hard sets of this week.",
    "fewer": "How many percent fewer, rounded.",
}
_DELOAD_SETS = (
    "fewer sets (up to about 40 % fewer in each session; shorter sets where a session holds "
    "one of each)"
)
_SINKS = " at the same loads, so the work sinks in."
_RUNNING = "Deload week: the running eases off this week, so strength does too: "
_EVERY = "Deload week: every {every}th training week is lighter: "
_EVERY_PARAMS = {"every": "Every how many training weeks a deload falls."}
_DELOAD_CUT = {
    "before": "The hard sets of last week.",
    "after": "The hard sets of this week.",
    "fewer": "How many percent fewer, rounded.",
}
_NUMBERS = "{before} hard sets to {after} ({fewer} % fewer"
_SHORTER = "; shorter sets where a session holds one of each"

_STRENGTH_HEAD = "Strength phase, week {number} of {of}: "
_HEAVIER = "heavier work: fewer reps on the main lifts"
_HARDER = (
    "harder work: the main lift moves on once it is mastered (a slower tempo or its harder "
    "variation)"
)
_MORE = "a set more on the main lift"
_LOADS = {
    "kg": "and loads that rise when the logs say so",
    "chosen": "and a heavier load you choose by the reps left in reserve",
}


def _strength() -> Table:
    """A strength week's sentences once built: a set more and rising loads where held."""
    out: Table = {}
    for loads in ("kg", "chosen", "none"):
        words = _LOADS.get(loads, "")
        tail = f", {words}" if words else ""
        out[f"phase.strength.beginner.{loads}"] = (_STRENGTH_HEAD + _HARDER + tail + ".", _WEEK)
        for more in (False, True):
            if more and words:
                aim = f"{_HEAVIER}, {_MORE}, {words}"
            elif more:
                aim = f"{_HEAVIER} and {_MORE}"
            else:
                aim = f"{_HEAVIER} {words}" if words else _HEAVIER
            code = f"phase.strength.{'more' if more else 'same'}.{loads}"
            out[code] = (_STRENGTH_HEAD + aim + ".", _WEEK)
    return out


def _taper() -> Table:
    """A taper week's sentences: before the week is built, and with its real cut."""
    head = "Taper, week {number} of {of}: "
    same = " at the same loads and reps"
    out: Table = {
        "taper.week": (
            head + "about half the sets of the last training week" + same + _BOSQUET,
            _WEEK,
        )
    }
    whats = {
        "half": "about half the hard sets of the last training week",
        "fewer": "fewer hard sets than the last training week",
    }
    extras = {
        "": "",
        ".as_last_week": "; as many as last week",
        ".as_last_week_shorter": "; as many as last week, with the light day's sets shorter",
    }
    for what, words in whats.items():
        for extra, more in extras.items():
            numbers = "{before} hard sets to {after}, {fewer} % fewer"
            template = f"{head}{words} ({numbers}{more}){same}{_BOSQUET}"
            out[f"taper.week.{what}{extra}"] = (template, _CUT)
    # With no training week before it: cut from the taper week before, or from the week
    # as a usual week would hold it.
    first = head + "with no training week before it, "
    cut = "({before} hard sets to {after}, {fewer} % fewer)"
    for source, of, than, loads in (
        ("last", "of last week", "last week", same),
        ("usual", "a usual week would hold", "a usual week would hold", " at its loads and reps"),
    ):
        held = {**_WEEK, "after": "The hard sets of this week."}
        out[f"taper.week.untrained.{source}.held"] = (
            first + "{after} hard sets" + loads + _BOSQUET,
            held,
        )
        out[f"taper.week.untrained.{source}.half"] = (
            f"{first}about half the hard sets {of} {cut}{loads}{_BOSQUET}",
            _CUT,
        )
        out[f"taper.week.untrained.{source}.fewer"] = (
            f"{first}fewer hard sets than {than} {cut}{loads}{_BOSQUET}",
            _CUT,
        )
    out["taper.week.untrained.last.same"] = (
        first + "{after} hard sets, as many as last week" + same + _BOSQUET,
        {**_WEEK, "after": "The hard sets of this week."},
    )
    return out


_DAYS = {"days": "How many days."}
_RETURN = (
    "about {share} % of the sets at 3–4 reps in reserve, and only if symptom-free; ease the "
    "running too. If not symptom-free, rest another week."
)
_RETURN_PARAMS = {
    "weeks": "The weeks off.",
    "share": "The share of the usual sets, in percent.",
}
_BACK = {
    **_RETURN_PARAMS,
    "phase": "The week's phase (`general`, `strength`, …).",
    **_WEEK,
    "head_words": "The phase and week in English (`Strength phase, week 2 of 5`).",
}
_FOCUS_DAY = {
    "focus": "The session's focus (`strength`, `light`).",
    "day": "The weekday code of its day.",
    "day_name": "That day's name in English (`Monday`).",
}

SEASON_CODES: Table = {
    "phase.general": (
        "General phase, week {number} of {of}: learn the movements with moderate reps and the "
        "lower end of the sets.",
        _WEEK,
    ),
    "phase.general.advanced": (
        "General phase, week {number} of {of}: moderate reps to settle technique and loads "
        "before the heavier weeks.",
        _WEEK,
    ),
    "phase.strength": (
        _STRENGTH_HEAD + "heavier work: fewer reps on the main lifts, a set more where time "
        "allows, and loads that rise when the logs say so.",
        _WEEK,
    ),
    "phase.strength.beginner": (
        _STRENGTH_HEAD + _HARDER + ", and a load, where there is one, rises when the logs say so.",
        _WEEK,
    ),
    **_strength(),
    "phase.power": (
        "Power phase, week {number} of {of}: heavy strength kept at two sets or more of the "
        "main lifts, and low-level jumps for springy legs before the race.",
        _WEEK,
    ),
    "phase.power.no_jumps": (
        "Power phase, week {number} of {of}: heavy strength kept at two sets or more of the "
        "main lifts, so the legs arrive fresh at the race.",
        _WEEK,
    ),
    "phase.maintenance": (
        "Maintenance phase, week {number} of {of}: heavy strength kept at two sets or more of "
        "the main lifts, so the legs arrive fresh at the race.",
        _WEEK,
    ),
    "phase.recovery": (
        "Recovery phase, week {number} of {of}: light work only and small doses while the legs "
        "recover from the race.",
        _WEEK,
    ),
    "deload.running": (_RUNNING + _DELOAD_SETS + _SINKS, {}),
    "deload.running.sets": (_RUNNING + _NUMBERS + ")" + _SINKS, _DELOAD_CUT),
    "deload.running.sets_shorter": (_RUNNING + _NUMBERS + _SHORTER + ")" + _SINKS, _DELOAD_CUT),
    "deload.every": (_EVERY + _DELOAD_SETS + _SINKS, _EVERY_PARAMS),
    "deload.every.sets": (_EVERY + _NUMBERS + ")" + _SINKS, {**_EVERY_PARAMS, **_DELOAD_CUT}),
    "deload.every.sets_shorter": (
        _EVERY + _NUMBERS + _SHORTER + ")" + _SINKS,
        {**_EVERY_PARAMS, **_DELOAD_CUT},
    ),
    **_taper(),
    "race_week.goal": ("Race week: one light session early on, rest before the race.", {}),
    "taper.race_days_away": ("Taper: a race is {days} days away; light work only.", _DAYS),
    "taper.race_day_away": ("Taper: a race is 1 day away; light work only.", _DAYS),
    "recovery.race_days_ago": ("After the race {days} days ago: light work only.", _DAYS),
    "recovery.race_day_ago": ("After the race 1 day ago: light work only.", _DAYS),
    "season.ramp": (
        "Weeks 1–{weeks} of a beginner's season hold one session a week.",
        {"weeks": "The beginner's first weeks of one session."},
    ),
    "recovery.one_session": (
        "Recovery week: one light session while the legs recover from the race.",
        {},
    ),
    "taper.no_session": ("Taper: no {focus} session on {day_name} this week.", _FOCUS_DAY),
    "deload.no_session": ("Deload: no {focus} session on {day_name} this week.", _FOCUS_DAY),
    "season.starts_next_week": (
        "The {focus} session on {day_name} starts next week, so the week's sets rise gradually.",
        _FOCUS_DAY,
    ),
    "season.kept_free": ("Kept free:", {}),
    "return.first": ("Back after {weeks} weeks off: " + _RETURN, _RETURN_PARAMS),
    "return.first.one_week": ("Back after 1 week off: " + _RETURN, _RETURN_PARAMS),
    "phase.back.first": ("{head_words}, back after {weeks} weeks off: " + _RETURN, _BACK),
    "phase.back.first.one_week": ("{head_words}, back after 1 week off: " + _RETURN, _BACK),
    "phase.back.second": (
        "{head_words}, second week back after time off: about {share} % of the sets; the "
        "full week comes next week if this one goes well.",
        {k: v for k, v in _BACK.items() if k != "weeks"},
    ),
    "return.second": (
        "Second week back after time off: about {share} % of the sets; the full week comes "
        "next week if this one goes well.",
        {"share": "The share of the usual sets, in percent."},
    ),
}
"""Reason codes of a season's weeks: the week's sentence, its light days, its freed days."""
