"""Reason codes of days: why a day holds no session (each code's English and parameters)."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DAY_CODES"]

_DAY = "The day's weekday code (`mon` … `sun`)."
_DAY_NAME = "The day's name in English (`Monday`)."

DAY_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "day.off": ("Not one of the athlete's training days.", {}),
    "day.race": ("Race day: the race is the only work.", {}),
    "day.before_race": ("The day before the race: rest, no strength work.", {}),
    "day.after_race": ("The day after the race: recover first.", {}),
    "day.race_week_light_only": ("Race week: light work only.", {}),
    "day.recovery": ("A recovery day: keep it easy.", {}),
    "day.before_key_run": (
        "The day before {key_run_words}: no strength session, light work at most.",
        {
            "key_run_day": "The weekday code of the key run the next day.",
            "key_run": "The kind of that key run (`long`, `tempo`, `intervals`, `hills`).",
            "key_run_words": "That run by its day, in English (`Tuesday's intervals`).",
        },
    ),
    "day.passed": ("Passed: the rest of the week was planned again.", {}),
    "day.kept_free": ("Kept free.", {}),
    "day.kept_free.spacing": ("Kept free: strength days need 48 hours between them.", {}),
    "day.kept_free.race_week": ("Kept free: race week holds one light session.", {}),
    "day.kept_free.race_week_on": (
        "Kept free: race week holds one light session, on {session_day_name}.",
        {"session_day": _DAY.replace("The day's", "The session's"), "session_day_name": _DAY_NAME},
    ),
    "day.kept_free.one_session": (
        "Kept free: {session_day_name} suits the week's one session better.",
        {"session_day": _DAY.replace("The day's", "The session's"), "session_day_name": _DAY_NAME},
    ),
    "day.kept_free.other_days": ("Kept free: other days suit the sessions better.", {}),
}
