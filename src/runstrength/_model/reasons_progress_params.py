"""The parameters and phrases the progression reason tables share (what each one means)."""

from __future__ import annotations

_DOSE = {"dose": "The dose as the plan writes it (`3 × 8–12, rest 90 s`)."}
_DONE = {
    "done": "What the sets reached, as the sentence shows it "
    "(`All 3 sets reached 12 reps with clean form`).",
    "sets_done": "How many sets were logged.",
    "top": "The top of the range they reached.",
    "unit": "The unit of the amount (`reps`, `seconds` or `steps`).",
}
_CAP = {
    "cap": "The cap of the amount, as the sentence shows it (`15 reps`).",
    "cap_amount": "The cap as a number of the unit.",
}
_SETS = {"old_sets": "The sets before, as a range (`2–3`).", "sets": "The sets after."}
_AREAS = {
    "areas": "The injury codes of the areas to rest, comma-joined (`knee,hamstrings`).",
    "area_words": "Those areas in English, as the sentence lists them (`knee and hamstrings`).",
}
_REST = (
    " Rest the {area_words}: the exercises that load {them} stay out of the plan until a "
    "pain-free session of this one clears them."
)
_EXERCISE = {"exercise": "The exercise's id.", "exercise_name": "Its name in English."}

_LIFTED = {"lifted_kg": "The load lifted, in kilograms."}
_EFFORT = {
    "rir": "The fewest reps in reserve a set ended with.",
    "target": "The target reps in reserve (`1–3`).",
}
_ITEM = {
    "item": "The equipment code the load is on (`dumbbell`, …).",
    "item_words": "That equipment in English.",
}
_RANGE_WORDS = {
    "bottom": "The bottom of the range, as the sentence shows it (`8 reps`).",
    "top": "The top of the range, as the sentence shows it (`12 reps`).",
}
_EASIER = {
    **_LIFTED,
    **_RANGE_WORDS,
    "target_hi": "The high end of the reps-in-reserve target.",
    "load_kg": "The next load in kilograms.",
    "percent": "The rise in per cent.",
}
_MORE = {
    "more": "What to add per set in English (`a rep`, `5 s`, `2 steps`).",
    "unit": "The unit of the amount (`reps`, `seconds` or `steps`).",
    "top": "The top of the range, as the sentence shows it (`12 reps`).",
}
_RISES = {
    **_DONE,
    **_LIFTED,
    "steps": "`one step` or `two steps`.",
    "step_count": "How many load steps: 1 or 2.",
    "load_kg": "The next load in kilograms.",
    "percent": "The rise in per cent.",
    "bottom": "The bottom of the range, as the sentence shows it (`8 reps`).",
    "top_words": "The top of the range, as the sentence shows it (`12 reps`).",
}
_BIG = {
    **_DONE,
    **_LIFTED,
    **_ITEM,
    "up_kg": "The smallest step up, in kilograms.",
    "percent": "That step in per cent.",
}

_WHY = {"why": "What happened, in English (`Two sessions in a row where form broke`)."}
_TO = {**_EXERCISE, **_DOSE}

_UNIT = {"unit": "The unit of the amount (`reps`, `seconds` or `steps`)."}
_ACCEPTABLE = "Some discomfort is fine if it stays at 3/10 or less and is gone by the next morning."
_BACK = {
    **_TO,
    "sessions": "The pain-free sessions of the easier exercise.",
    "other": "The id of the exercise that comes back.",
    "other_name": "That exercise's name in English.",
}

_NO_TIME = {
    **_DOSE,
    "lead": "`Ready to progress`, or `Stalled` for a set more after a stall.",
    "stalled": "Whether the change was a set more after a stall.",
    "what": "The change in English (`a set more`, `more reps`, …).",
    "change": "That change's code (`sets`, `reps`, `seconds`, `tempo`, `variation`, …).",
    "minutes": "The athlete's session minutes.",
    "held": "` (week 3 at this dose)` from the second week held, else empty.",
    "weeks": "The weeks at this dose.",
}

_SORE = {
    **_EXERCISE,
    "area": "The injury code of the sore area.",
    "area_words": "That area in English.",
    "other": "The id of the exercise it was sore during.",
    "other_name": "That exercise's name in English.",
}

_LEAD = {
    "lead": "How the sentence opens, in English: `Ready to progress, and the session is at "
    "its minutes`, or, for a change after a run of holds, that run and its rule (`Held 4 "
    "sessions in a row at the top of the range, and a dose kept 3 sessions in a row gives "
    "way to a change`).",
}
_SWAP = {
    "tempo": "The new tempo (`3-0-1`).",
    "amount": "The new rep range.",
    "old_amount": "The rep range before.",
}

_PAST = {
    **_LEAD,
    **_ITEM,
    **_LIFTED,
    "load_kg": "The next load in kilograms.",
    "percent": "The rise in per cent.",
    "slow": "` and the tempo is slow` when the dose has a tempo, else empty.",
    "start": "The reps to start at.",
}

_BLOCK = {
    **_LIFTED,
    "done": "What the sets reached, in English (`All 3 sets of 15 at 20 kg, slow and pain-free`).",
    "tempo": "The block's tempo (`3-0-3`).",
}
_STRETCH = (
    "Ready to progress, and the session is at its minutes, but a pause at the bottom would "
    "hold the Achilles at full stretch under load"
)
_RUNG = {
    **_BLOCK,
    "sessions": "The sessions on the rung.",
    "sessions_words": "Those sessions in English (`1 session`, `2 sessions`).",
    "sets": "The sets of the next rung.",
    "reps": "The reps of the next rung.",
}

_TRIAL_RULE = (
    "stop at any sharp pain; it goes up only if pain-free in the session and the next morning"
)
_REBUILD = {
    **_LIFTED,
    "load_kg": "The next load in kilograms.",
    "percent": "The rise in whole per cent.",
    "old_kg": "The load it hurt at, in kilograms.",
}

_PAIN_FREE = "Keep any pain at 2/10 or less, and stop if it goes higher."
_STAND_IN = {
    "exercise": "The id of the exercise it stands in for, resting.",
    "exercise_name": "Its name in English.",
    "need": "What the slot needs, in English: the first sentence of its reason.",
}
