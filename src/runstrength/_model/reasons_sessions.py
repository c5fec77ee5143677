"""Reason codes of sessions: why a day suits one, and what it holds (English, parameters)."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SESSION_CODES"]

_TODAY = {
    "runs": "The day's runs, their kinds separated by spaces, in order (`easy intervals`); "
    "empty on a day off running.",
    "today": "Those runs in English: `After the easy run and the intervals`, or "
    "`A day off running`.",
}
_KEY_RUN = {
    "key_run_day": "The weekday code of the key run the next day.",
    "key_run": "The kind of that key run (`long`, `tempo`, `intervals`, `hills`).",
    "key_run_words": "That run by its day, in English (`Tuesday's intervals`).",
}
_RACE = {
    "days": "Days between this day and the race.",
    "race_day": "The weekday code of the race.",
    "race_day_name": "The race day's name in English (`Sunday`).",
}

_COVERS = {
    "covered": "The required movement groups the session covers, separated by spaces, each "
    "its patterns joined by `/` (`squat/lunge hinge calf`); empty when none.",
    "covered_words": "Those groups in English (`a squat or lunge, a hip hinge, calf work`), "
    "or `light work` when none.",
}

SESSION_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "session.day": (
        "{day_name}:",
        {"day": "The session's weekday code.", "day_name": "Its name in English (`Monday`)."},
    ),
    "day.fits.no_key_run_next": ("{today}, with no key run the next day.", _TODAY),
    "day.fits.hard_day": ("{today}: the hard day stays hard and the next day easy.", _TODAY),
    "day.fits.recovery": ("{today}, kept short and easy.", _TODAY),
    "day.fits.before_key_run": (
        "{today}: light work only, with {key_run_words} the next day.",
        {**_TODAY, **_KEY_RUN},
    ),
    "day.fits.after_long_run": ("{today}: light control work only.", _TODAY),
    "day.fits.light": ("{today}.", _TODAY),
    "day.fits.no_runs_strength": (
        "A week without runs: nothing to protect, so full strength work.",
        {},
    ),
    "day.fits.no_runs_light": ("A week without runs: a lighter session to round off the week.", {}),
    "day.fits.race_week_early": (
        "{today}, {days} days before {race_day_name}'s race: early in race week, so the legs "
        "are fresh on race day.",
        {**_TODAY, **_RACE},
    ),
    "day.fits.race_week_late": (
        "{today}, {days} days before {race_day_name}'s race: no earlier day is free, so keep "
        "it short and easy.",
        {**_TODAY, **_RACE},
    ),
    "day.fits.after_race": (
        "{today}, {days} days after {race_day_name}'s race: easy work once recovered.",
        {**_TODAY, **_RACE},
    ),
    "session.order": (
        "Do it after your {run_words}, ideally 6 hours or more later; never before {them}.",
        {
            "run": "The kind of the day's fast run (`intervals`, `tempo`, `hills`).",
            "run_words": "That run in English (`intervals`, `tempo run`, `hill session`).",
            "them": "`them` or `it`, as the English noun needs.",
        },
    ),
    "session.covers.strength": ("Strength session: {covered_words}.", _COVERS),
    "session.covers.light": ("Light session: {covered_words}.", _COVERS),
    "session.pain_rule": (
        "With a sore {area}: work in a pain-free range; mild discomfort that settles by the "
        "next morning is acceptable, but pain that sharpens during a set, or lasts into the "
        "next day, means stop that exercise and log it. Sharp, spot-on-the-bone or night pain, "
        "or pain that persists, needs a physiotherapist or doctor before you train again.",
        {
            "injuries": "The athlete's injury codes, separated by spaces, in the order "
            "`area` names them (`achilles knee`).",
            "area": "Those injuries in English (`Achilles and knee`).",
        },
    ),
    "session.minutes": (
        "About {minutes:.0f} minutes with the warm-up and cool-down.",
        {"minutes": "The session's estimated minutes, warm-up and cool-down included."},
    ),
}
