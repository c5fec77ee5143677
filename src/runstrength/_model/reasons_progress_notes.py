"""Reason codes of the notes :func:`~runstrength.progress_week` writes for one week.

The plan's shortfalls after a week of logs: a red flag that stops every session, mild
pain and the way back from it, a session left out because everything in it loads a
rested area, and, after sharp pain, the note when an area starts to rest, how to run
meanwhile, what a test of it says, a reminder while it rests and the note when an
exercise comes back. Every code here starts with ``progress.note.``, which is how the
next week tells these notes (each describes its own week) from the planner's.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import _ACCEPTABLE, _DOSE, _EXERCISE

__all__ = ["NOTE_PREFIX", "PROGRESS_NOTE_CODES"]

NOTE_PREFIX = "progress.note."
"""What every code of a week's own note starts with."""

_DAY = {
    "day": "The weekday code of the session's day (`mon` … `sun`).",
    "day_name": "That day's name in English (`Monday`).",
}
_RESTED = {
    "areas": "The injury codes of the rested areas, comma-joined (empty when none is named).",
    "rested": "What stays out in English, capitalised as the sentence begins "
    "(`The hamstring stays rested`, or `It stays out` when no area is named).",
}
_TEST = {
    "test": "The test in English (`2 easy sets of split squat, 8 reps at bodyweight`).",
    "test_exercise": "The id of the exercise tested.",
    "sets": "The test's sets (`1–2`).",
    "amount": "The test's amount of its unit.",
    "unit": "That unit (`reps`, `seconds` or `steps`).",
}
_START = {
    **_EXERCISE,
    "removed": "The ids of the exercises out of the plan, comma-joined.",
    "out": "Those exercises in English with their verb, as the sentence lists them "
    "(`Split squat is`, `Split squat, Step-up are`), or their count when the list would "
    "be too long (`7 exercises are`).",
}
_TRIAL_NOTE = "A trial: stop at any sharp pain; up only if pain-free then and the next morning."
_BACK_ON = {
    **_EXERCISE,
    **_DAY,
    **_DOSE,
    "other": "The id of the exercise whose pain rested it (empty when it is this one).",
    "of": "` of ` and that exercise's name in English, or empty when it is this one.",
    "first": "Whether it goes first in the session (else early in it, after the jumps).",
    "where": "That in English (`first in the session`, `early in the session`).",
    "referred": "Whether a physiotherapist or doctor must have cleared it first.",
    "rule": "The condition of the return in English (`Return only if a professional "
    "cleared it or daily life has been pain-free for two weeks.`).",
}
_LEAD = (
    "{exercise_name} is back on {day_name} after a pain-free test{of}, {where} at about half "
    "its old dose"
)

PROGRESS_NOTE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.note.no_sessions": ("No sessions:", {}),
    "progress.note.mild_pain.stop": (
        "Mild pain during {exercise_name}: it stops until a physiotherapist or doctor has seen "
        "it. " + _ACCEPTABLE,
        _EXERCISE,
    ),
    "progress.note.mild_pain.easier": (
        "Mild pain during {exercise_name}: an easier variation takes its place while it "
        "settles. " + _ACCEPTABLE,
        _EXERCISE,
    ),
    "progress.note.mild_pain.back": (
        "Mild pain during {exercise_name}: it steps back while it settles. " + _ACCEPTABLE,
        _EXERCISE,
    ),
    "progress.note.mild_pain.third": (
        "{streak} sessions in a row with pain: see a physiotherapist before going on with "
        "this movement.",
        {"streak": "The sessions in a row with pain, this one included (3 or more)."},
    ),
    "progress.note.mild_pain.over": (
        "Back to {exercise_name} after the mild pain, from {easier_name}: {dose}. " + _ACCEPTABLE,
        {
            **_EXERCISE,
            **_DOSE,
            "easier": "The id of the easier variation done meanwhile.",
            "easier_name": "Its name in English.",
        },
    ),
    "progress.note.session_out": (
        "{day_name}'s session is out this week: everything in it loads a rested area.",
        _DAY,
    ),
    "progress.note.back_on": (
        _LEAD + ", {what}: {dose}. {rule} " + _TRIAL_NOTE,
        {
            **_BACK_ON,
            "what": "What the return does in English (`about half the load (10 kg, from 20 kg), "
            "same sets`).",
        },
    ),
    "progress.note.back_on.short": (_LEAD + ": {dose}. {rule} " + _TRIAL_NOTE, _BACK_ON),
    "progress.note.start.rested": (
        "Resting the {area_words} after sharp pain during {exercise_name}: {out} out of the plan.",
        {
            **_START,
            "areas": "The injury codes of the areas to rest, comma-joined.",
            "area_words": "Those areas in English, as the sentence lists them "
            "(`lower back and hamstring`).",
        },
    ),
    "progress.note.start": (
        "After sharp pain during {exercise_name}: {out} out of the plan.",
        _START,
    ),
    "progress.note.start.no_test": ("No test until a doctor has cleared it.", {}),
    "progress.note.start.test": (
        "Test it once the pain has settled in daily life or a professional has cleared it: "
        "{test}, pain-free, stopping at any pain.",
        _TEST,
    ),
    "progress.note.running.hamstring": (
        "Ease the fast running (intervals, hills) if the back of the thigh or the low back, "
        "which that exercise loads, hurts when you run fast, until daily life is pain-free; "
        "see a physiotherapist if it does.",
        {},
    ),
    "progress.note.running.calf": (
        "Ease the fast running and hills if the calf or Achilles, which that exercise loads, "
        "hurts when you run, until daily life is pain-free; see a physiotherapist if it does.",
        {},
    ),
    "progress.note.test.awaiting": (
        "A pain-free test of {exercise_name} after the advice to see a physiotherapist or "
        "doctor: good news, but that check comes first. Back only if a physiotherapist or "
        "doctor has cleared it; if not, keep it out and book that appointment. Without that "
        "check it stays out, and one more pain-free test a week or more from now brings it "
        "back only with the same condition on its plan line.",
        _EXERCISE,
    ),
    "progress.note.test.early": (
        "You tested again before seeing a physio: book that appointment; no more tests until then.",
        {},
    ),
    "progress.note.test.mild": (
        "Mild pain in the test of {exercise_name}: {stays_out}. Test again only once daily "
        "life is pain-free; a second test with pain means seeing a physiotherapist or doctor "
        "first.",
        {
            **_EXERCISE,
            "areas": "The injury codes of the rested areas, comma-joined (may be empty).",
            "stays_out": "What stays out in English (`it stays out and the knee stays "
            "rested`, or `it stays out` when no area is named).",
        },
    ),
    "progress.note.reminder.no_test": (
        "{rested} after {exercise_name}: no test until a doctor clears it.",
        {**_EXERCISE, **_RESTED},
    ),
    "progress.note.reminder.referred": (
        "{rested} after the pain in {exercise_name}: test it again once a physiotherapist or "
        "doctor has cleared it.",
        {**_EXERCISE, **_RESTED},
    ),
    "progress.note.reminder": (
        "{rested} after the pain in {exercise_name}: test it ({sets} easy sets) once the pain "
        "has settled.",
        {**_EXERCISE, **_RESTED, "sets": "The test's sets (`1–2`)."},
    ),
}
"""The codes of a week's own notes: their English templates and what each parameter means."""
