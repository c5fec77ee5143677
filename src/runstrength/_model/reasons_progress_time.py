"""Reason codes of progression steps: a session's minutes and its change quota.

Trims and holds for time, steps that add no time, a change after a run of holds, the
routes around a closed load step, and a week's holds near a sore or rested area.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import (
    _DOSE,
    _EXERCISE,
    _ITEM,
    _LEAD,
    _LIFTED,
    _NO_TIME,
    _PAST,
    _SETS,
    _SORE,
    _SWAP,
    _TO,
)

__all__ = ["TIME_CODES"]

TIME_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.records": (
        "The plan records your {lifted_kg:g} kg, the load you lifted.",
        _LIFTED,
    ),
    "progress.trim_mark": ("A set is off for time.", {}),
    "progress.trim.back": (
        "On target, and the set given up {sessions} sessions ago comes back ({old_sets} to "
        "{sets_words}), now that it has been off for {weeks} sessions.",
        {
            **_SETS,
            "sessions": "Sessions since the set was given up.",
            "sets_words": "The sets after, as the sentence shows them (`3 sets`).",
            "weeks": "The sessions a set given up for time stays off.",
        },
    ),
    "progress.trim": (
        "On target, and a set fewer ({old_sets} to {sets_words}) for time only: it makes room "
        "within your {minutes} minutes for {what}, as {why}. The set comes back once the "
        "session has room for it again, {weeks} sessions from now at the soonest.",
        {
            **_SETS,
            "sets_words": "The sets after, as the sentence shows them (`1 set`).",
            "minutes": "The athlete's session minutes.",
            "what": "What the room is made for, in English (an exercise's name).",
            "why": "Why that goes first, in English.",
            "weeks": "The sessions a set given up for time stays off.",
        },
    ),
    "progress.no_time": (
        "{lead}, but {what} would take the session past your {minutes} minutes: keep {dose}{held}.",
        _NO_TIME,
    ),
    "progress.no_time.estimate": (
        "{lead}, but {what} would take the session past your {minutes} minutes (about "
        "{with_minutes} with it, warm-up and cool-down included): keep {dose}{held}.",
        {**_NO_TIME, "with_minutes": "The session's estimated minutes with the change."},
    ),
    "progress.next.harder": (
        "Next comes the harder {exercise_name}, once it fits the session.",
        _EXERCISE,
    ),
    "progress.next.closed": (
        "The harder {exercise_name} is not open yet ({why}); aim for clean, controlled reps.",
        {**_EXERCISE, "why": "Why it is not open, in English."},
    ),
    "progress.next.heaviest": (
        "{lifted_kg:g} kg is the heaviest the kit makes; it progresses when time allows.",
        _LIFTED,
    ),
    "progress.next.useful": (
        "{lifted_kg:g} kg is its useful load; it progresses when time allows.",
        _LIFTED,
    ),
    "progress.next.load_step": (
        "The next load step, {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} %), the "
        "smallest with the {item_words}, comes after {sessions} sessions at the top of the "
        "range.",
        {
            **_LIFTED,
            **_ITEM,
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
            "sessions": "The sessions at the top of the range before a load step.",
        },
    ),
    "progress.next.nothing": (
        "Nothing else is open here that takes no longer (no harder variation, load or slower "
        "tempo), so it holds as maintenance until the session has room.",
        {},
    ),
    "progress.no_log": ("No log for this exercise: keep {dose} as it is.", _DOSE),
    "progress.pain.third": (
        "{sessions} sessions in a row with pain: see a physiotherapist before going on.",
        {"sessions": "The sessions in a row with mild pain."},
    ),
    "progress.sore.hold": (
        "Ready to progress, but there was pain in {other_name} lately: keep {dose} until two "
        "pain-free sessions of {other_name} have passed.",
        {**_SORE, **_DOSE},
    ),
    "progress.sore.hold_also": (
        "Ready to progress, but there was pain in {other_name} lately, and {exercise_name} "
        "loads the same areas: keep {dose} until two pain-free sessions of {other_name} have "
        "passed.",
        {**_SORE, **_DOSE},
    ),
    "progress.resting": (
        "Resting the {area_words} after sharp pain during {other_name}: {exercise_name} loads "
        "it too, so it is out of the plan until a pain-free session of {other_name} clears "
        "it. See a physiotherapist or doctor if the pain lasts.",
        {
            **_EXERCISE,
            "areas": "The injury codes of the areas rested, comma-joined.",
            "area_words": "Those areas in English (`knee and hamstring`).",
            "other": "The id of the exercise that hurt.",
            "other_name": "Its name in English.",
        },
    ),
    "progress.quota": (
        "Ready to progress, but this session already progresses {names} this week (at most "
        "{cap} {change_word} a session, so each can be felt): keep {dose}; a rebuild after "
        "pain and an Achilles calf block go first, then the main lift, then anything that has "
        "waited {waited} sessions or more, then one calf exercise, then whatever has waited "
        "longest.",
        {
            **_DOSE,
            "exercises": "The ids of the exercises that progress, comma-joined.",
            "names": "Those exercises in English, each with the rule that admitted it "
            "(`Split squat (the main lift) and Monster walk (next in line)`).",
            "cap": "The most changes a session makes.",
            "change_word": "`change` or `changes`, as that number is.",
            "waited": "The sessions held after which work goes first.",
        },
    ),
    "progress.neutral.first_load": (
        "{lead}: add a first load, {load_kg:g} kg ({item_words}), which takes no longer.",
        {**_LEAD, **_ITEM, "load_kg": "The first load in kilograms."},
    ),
    "progress.neutral.one_rep": (
        "{lead}: the range rises by 1, from {old_range} to {new_range}, as much as the time "
        "allows.",
        {**_LEAD, "old_range": "The range before (`8–12`).", "new_range": "The range after."},
    ),
    "progress.neutral.harder": (
        "{lead}: move on to the harder {exercise_name} at {dose}{trimmed}, which takes no "
        "longer{start}.",
        {
            **_LEAD,
            **_TO,
            "trimmed": "` (its reps set so it takes no longer than now)` when they were, "
            "else empty.",
            "start": "`; start at bodyweight, …` when one leg now lifts what two did, else empty.",
        },
    ),
    "progress.neutral.load": (
        "{lead}: the load rises from {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} %), "
        "which takes no longer.",
        {
            **_LEAD,
            **_LIFTED,
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
        },
    ),
    "progress.neutral.tempo_slow": (
        "{lead}: slow the reps down (tempo {tempo}, {seconds} s lowering) and do {amount} "
        "reps instead of {old_amount}, so each set takes no longer.",
        {**_LEAD, **_SWAP, "seconds": "The lowering seconds."},
    ),
    "progress.neutral.tempo_top": (
        "{lead}: hold {seconds} s at the top of each rep (tempo {tempo}) and do {amount} reps "
        "instead of {old_amount}, so each set takes no longer.",
        {**_LEAD, **_SWAP, "seconds": "The seconds held at the top."},
    ),
    "progress.neutral.tempo_pause": (
        "{lead}: pause {seconds} s at the bottom of each rep (tempo {tempo}) and do {amount} "
        "reps instead of {old_amount}, so each set takes no longer.",
        {**_LEAD, **_SWAP, "seconds": "The seconds paused at the bottom."},
    ),
    "progress.unhold.change": (
        "{lead}: change to {exercise_name} at {dose}, the same work in another form at the "
        "same sets, for a fresh stimulus while the session has no room for more.",
        {**_LEAD, **_TO},
    ),
    "progress.unhold.change_light": (
        "{lead}: change to {exercise_name} at {dose}, the same work in another form, at the "
        "same light dose, for a fresh stimulus.",
        {**_LEAD, **_TO},
    ),
    "progress.unhold.harder_light": (
        "{lead}: change to {exercise_name} at {dose}, the harder variation at the same light "
        "dose, so the light day stays light.",
        {**_LEAD, **_TO},
    ),
    "progress.unhold.none": (
        "Held {sessions} sessions in a row, but no step that adds no time is open here; it "
        "builds again when the session has room.",
        {"sessions": "The sessions in a row held, this one included."},
    ),
    "progress.unhold.none_light": (
        "Held {sessions} sessions in a row, but no harder variation is open here to change "
        "to at the light dose.",
        {"sessions": "The sessions in a row held, this one included."},
    ),
    "progress.level_note": (
        "Moving up to intermediate level (yours to set, after some clean weeks) opens the "
        "harder {exercise_name}; until then, clean, controlled reps.",
        _EXERCISE,
    ),
    "progress.route.tempo": (
        "{lead}: slow the reps down instead (tempo {tempo}, {seconds} s lowering).",
        {**_LEAD, "tempo": "The new tempo (`3-0-1`).", "seconds": "The lowering seconds."},
    ),
    "progress.route.set": (
        "{lead}: add a set instead ({old_sets} to {sets} sets).",
        {**_LEAD, **_SETS},
    ),
    "progress.route.set_back": (
        "{lead}: add a set instead ({old_sets} to {sets} sets) (the set given up for time "
        "comes back).",
        {**_LEAD, **_SETS},
    ),
    "progress.route.harder": (
        "{lead}: move on to the harder {exercise_name} at {dose}.",
        {**_LEAD, **_TO},
    ),
    "progress.route.reps": (
        "{lead}: build reps instead, the range rising from {old_range} to {new_range}{suffix}.",
        {
            **_LEAD,
            "old_range": "The range before (`8–12`).",
            "new_range": "The range after.",
            "suffix": "The unit's suffix after a range (` s` for seconds, else empty).",
        },
    ),
    "progress.route.useful_load": (
        "{lead}: this exercise has reached its useful load; keep {dose} at {load_kg:g} kg to "
        "maintain it while the bigger lifts progress.",
        {**_LEAD, **_DOSE, "load_kg": "The load kept, in kilograms."},
    ),
    "progress.route.at_caps": (
        "{lead}: keep {dose} at {load_kg:g} kg, reps, tempo and sets at their caps, until a "
        "step of 10 % or less is possible.",
        {**_LEAD, **_DOSE, "load_kg": "The load kept, in kilograms."},
    ),
    "progress.route.past_caps": (
        "{lead}: the load takes the smallest step with the {item_words}, from {lifted_kg:g} kg "
        "to {load_kg:g} kg (+{percent:.0f} %), taken now that the reps are at the top{slow}; "
        "start at {start} reps and build up again.",
        _PAST,
    ),
    "progress.route.past_caps_achilles": (
        "{lead}: the load takes the smallest step with the {item_words}, from {lifted_kg:g} kg "
        "to {load_kg:g} kg (+{percent:.0f} %), taken now that the reps are at the top{slow}; "
        "the reps drop to {new_range}, so each set is shorter rather than harder.",
        {**_PAST, "new_range": "The range after."},
    ),
    "progress.timing.set": (
        "Ready to progress, but the session would take longer than your {minutes} minutes with "
        "a set more: keep {dose}, and take the last set of each session to {rir} in reserve to "
        "find the reps that are there.",
        {**_DOSE, "minutes": "The athlete's session minutes.", "rir": "The reps in reserve."},
    ),
    "progress.timing.hold": (
        "Ready to progress, but the session would take longer than your {minutes} minutes: "
        "keep {dose} and progress it by load or a harder variation when one is open.",
        {**_DOSE, "minutes": "The athlete's session minutes."},
    ),
    "progress.timing.out": (
        "The easier move would take longer than your {minutes} minutes, and this one has no "
        "work left to take off: leave it out this week and try it again, pain-free, next week.",
        {"minutes": "The athlete's session minutes."},
    ),
    "progress.timing.rebuild": (
        "A step back to an easier move would take longer than your {minutes} minutes, and "
        "this one has no work left to take off: keep {dose} and rebuild it cleanly.",
        {**_DOSE, "minutes": "The athlete's session minutes."},
    ),
    "progress.timing.set_fewer": (
        "A step back to an easier move would take longer than your {minutes} minutes, so this "
        "one steps back in place: one set fewer ({old_sets} to {sets_words}).",
        {
            **_SETS,
            "minutes": "The athlete's session minutes.",
            "sets_words": "The sets after, as the sentence shows them (`1 set`).",
        },
    ),
    "progress.timing.bottom": (
        "A step back to an easier move would take longer than your {minutes} minutes, so this "
        "one steps back in place: the bottom of the range ({amount}).",
        {"minutes": "The athlete's session minutes.", "amount": "The amount it drops to."},
    ),
}
