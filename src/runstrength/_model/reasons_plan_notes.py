"""Reason codes of a week's plan notes: time trims, moved and dropped sessions, shortfalls.

What ``build_week`` and ``replan`` say about a week beyond its days: what time took out of a
session, why a session has no jumps, why a session could not be built, which sessions a
season's week leaves out, and where ``replan`` moved a session or why it dropped one
(each code's English, parameters).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PLAN_NOTE_CODES"]

_EXERCISES = {
    "exercises": "The ids of the exercises, in the order the English names them, joined by "
    "commas (`front_plank,copenhagen_plank`).",
    "exercise_names": "Their names, as the catalog gives them, joined by `, ` "
    "(`Front plank, Copenhagen plank`).",
}
_FOCUS = {"focus": "The session's focus (`strength` or `light`), as the English shows it."}
_DAY = {
    "day": "The weekday code of the session's day (`mon` … `sun`).",
    "day_name": "That day's name in English (`Monday`).",
}
_MOVED = {
    "day": "The weekday code of the day the session moved from.",
    "day_name": "That day's name in English (`Monday`).",
}
_LIGHTER = " to keep it lighter than the week's strength session."
_DROPPED = "The {focus} session planned for {day_name} is dropped: "
_NO_SESSION = "No {focus} session: "

PLAN_NOTE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "trim.left_out": ("Left out {exercise_names} to fit the time.", _EXERCISES),
    "trim.left_out.lighter": ("Left out {exercise_names}" + _LIGHTER, _EXERCISES),
    "trim.fewer_sets": ("Fewer sets of {exercise_names} to fit the time.", _EXERCISES),
    "trim.fewer_sets.lighter": ("Fewer sets of {exercise_names}" + _LIGHTER, _EXERCISES),
    "trim.short_rests": ("Rests at the short end of their range to fit the time.", {}),
    "trim.short_rests.lighter": ("Rests at the short end of their range" + _LIGHTER, {}),
    "session.spare_minutes": (
        "This session needs about {minutes:.0f} minutes; you do not need all {session_minutes}.",
        {
            "minutes": "The session's estimated minutes, warm-up and cool-down included.",
            "session_minutes": "The athlete's minutes for a session.",
        },
    ),
    "session.no_jumps.today": (
        "No jumps today for the speed goal: power work stays away from key runs and race week.",
        {},
    ),
    "session.no_jumps.reach": (
        "No jumps for the speed goal: nothing within the athlete's reach is a jump.",
        {},
    ),
    "exercise.second_of_family": (
        "A second {family_words} exercise on purpose: nothing else in reach covers its pattern.",
        {
            "family": "The code of the movement family the session holds twice (`bent_knee_calf`).",
            "family_words": "That family in English (`bent-knee calf`).",
        },
    ),
    "shortfall.race_week": ("Race week: one light session keeps the legs fresh for the race.", {}),
    "shortfall.no_session.uncovered": (
        _NO_SESSION + "nothing the athlete can do covers {group_words} for a {focus} session.",
        {
            **_FOCUS,
            "group": "The required movement group nothing covers, its patterns joined by `/` "
            "(`squat/lunge`).",
            "group_words": "That group in English (`a squat or lunge`).",
        },
    ),
    "shortfall.no_session.reach": (
        _NO_SESSION + "no {exercises}-exercise {focus} session fits the athlete's reach.",
        {
            **_FOCUS,
            "exercises": "The exercises a session holds, as shown (`4–7`).",
            "least": "The fewest exercises a session holds.",
            "most": "The most exercises a session holds.",
        },
    ),
    "shortfall.no_session.time": (
        _NO_SESSION + "no {focus} session fits in {minutes} minutes (RS203 is an error).",
        {**_FOCUS, "minutes": "The athlete's minutes for a session."},
    ),
    "day.no_strength_left": ("No day left this week takes a strength session.", {}),
    "session.placed": ("{day_name}: placed.", _DAY),
    "session.moved": ("Moved from {day_name}.", _MOVED),
    "session.moved.passed": ("Moved from {day_name}, which has passed.", _MOVED),
    "session.moved.better_day": (
        "Moved from {day_name}: the new day suits the week's runs as they are now.",
        _MOVED,
    ),
    "session.moved.day_taken": (
        "Moved from {day_name}: that day now holds another session.",
        _MOVED,
    ),
    "session.moved.spacing": (
        "Moved from {day_name} to keep a day between it and the next session.",
        _MOVED,
    ),
    "session.moved.light": (
        "Moved from {day_name}: no day left this week takes a strength session, so a light "
        "session stands in for it.",
        _MOVED,
    ),
    "shortfall.dropped.taken": (
        _DROPPED + "{free_names} could take it, but the week's other sessions hold them now.",
        {
            **_FOCUS,
            **_DAY,
            "free": "The weekday codes of the days that could take it, separated by spaces.",
            "free_names": "Those days in English, joined by `or` (`Tuesday or Thursday`).",
        },
    ),
    "shortfall.dropped.no_days": (
        _DROPPED + "none of the athlete's days this week can take it.",
        {**_FOCUS, **_DAY},
    ),
    "shortfall.dropped.none_left": (
        _DROPPED + "none of the athlete's days is left after {after_name}.",
        {
            **_FOCUS,
            **_DAY,
            "after": "The weekday code of the last day that has passed.",
            "after_name": "That day's name in English (`Wednesday`).",
        },
    ),
    "shortfall.dropped.refused": (
        _DROPPED + "no day left this week takes it ({why_words}).",
        {
            **_FOCUS,
            **_DAY,
            "days": "The weekday codes of the days that refused it, separated by spaces.",
            "why": "Why each of those days refused it, in the same order, separated by "
            "spaces: a reason code (`day.off`), a rule's code (`RS105`), or `none` when no "
            "session fits that day.",
            "why_words": "Those days and why in English, `; ` between days (`Tuesday: Not "
            "one of the athlete's training days; Thursday: …`).",
        },
    ),
}
