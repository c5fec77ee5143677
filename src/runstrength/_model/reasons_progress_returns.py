"""Reason codes of progression steps: the heavy slow block, trials, stalls and stand-ins.

An Achilles athlete's heavy slow calf block, a trial return after sharp pain and its
rebuild, a stalled lift's swap, and the stand-ins for a resting exercise.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import (
    _BLOCK,
    _DOSE,
    _EXERCISE,
    _ITEM,
    _LEAD,
    _LIFTED,
    _PAIN_FREE,
    _REBUILD,
    _RUNG,
    _SETS,
    _STAND_IN,
    _STRETCH,
    _SWAP,
    _TO,
    _TRIAL_RULE,
)

__all__ = ["RETURN_CODES"]

RETURN_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.block.load": (
        "{done}: the load rises from {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} %, "
        "within the 10 % a tendon takes in one step), same {sets} × {amount} at tempo {tempo}.",
        {
            **_BLOCK,
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
            "sets": "The sets of the dose (`3`).",
            "amount": "The reps of the dose (`15`).",
        },
    ),
    "progress.block.written": (
        "{done}: {lifted_kg:g} kg, the load you used, is written into the plan, and the load "
        "rises from there at tempo {tempo}.",
        _BLOCK,
    ),
    "progress.block.no_step": (
        "{done}: the smallest step with the {item_words}, {lifted_kg:g} kg to {up_kg:g} kg "
        "({rise}), is more than the 10 % an Achilles should take in one step, so keep "
        "{lifted_kg:g} kg until a step of 10 % or less can be made (a small add-on plate, or "
        "a heavier load once it is within 10 %).",
        {
            **_BLOCK,
            **_ITEM,
            "up_kg": "The kit's next load, in kilograms.",
            "rise": "That step in per cent (`+12 %`), or `no step`.",
        },
    ),
    "progress.block.slower": (
        _STRETCH + ": lower over {seconds} s instead (tempo {tempo}) and do {amount} reps "
        "instead of {old_amount}, so each set takes no longer.",
        {**_SWAP, "seconds": "The lowering seconds."},
    ),
    "progress.block.stretch_hold": (
        _STRETCH + ": keep {dose}, and let the load or a set move it on when there is room.",
        _DOSE,
    ),
    "progress.block.rung_set": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to a set "
        "more, {sets} × {reps}, at {lifted_kg:g} kg and tempo {tempo}; the load rises again "
        "once every rep is done.",
        _RUNG,
    ),
    "progress.block.rung_reps": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to fewer "
        "reps and a heavier load to come, {sets} × {reps}, at {lifted_kg:g} kg and tempo "
        "{tempo}; the load rises again once every rep is done.",
        _RUNG,
    ),
    "progress.block.rung_reps_rest": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to fewer "
        "reps and a heavier load to come, {sets} × {reps}, resting {rest} s between these "
        "heavy slow sets, at {lifted_kg:g} kg and tempo {tempo}; the load rises again once "
        "every rep is done.",
        {**_RUNG, "rest": "The rest between these sets, in seconds (`120–180`)."},
    ),
    "progress.block.rest_note": (
        "Rest {rest} s between these heavy slow sets when the session has the minutes; the "
        "plan keeps the shorter rest to fit yours.",
        {"rest": "The rest of heavy slow sets, in seconds (`120–180`)."},
    ),
    "progress.block.shorter": (
        "All {sets} sets of {amount} at {lifted_kg:g} kg, slow and pain-free: a set more would "
        "take the session past its minutes and no accessory can give one up, so the heavy "
        "slow block moves on at {sets} sets, to {sets} × {reps} at {lifted_kg:g} kg and tempo "
        "{tempo}; the load rises again once every rep is done.",
        {
            **_LIFTED,
            "sets": "The sets (`3`).",
            "amount": "The reps now (`10`).",
            "reps": "The reps after.",
            "tempo": "The block's tempo (`3-0-3`).",
        },
    ),
    "progress.block.climb": (
        "All {sets} sets of {amount} at {lifted_kg:g} kg, slow and pain-free: a set more would "
        "take the session past its minutes, so the heavy slow block climbs by load, "
        "{lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} %), at {sets} × {amount} and tempo "
        "{tempo}; fewer reps come next, at the heavier load.",
        {
            **_LIFTED,
            "sets": "The sets (`3`).",
            "amount": "The reps (`10`).",
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
            "tempo": "The block's tempo (`3-0-3`).",
        },
    ),
    "progress.block.sets_first": (
        "{lead}: build sets first, {old_sets} to {sets} sets at {lifted_kg:g} kg, up to "
        "{most}; the reps rise past the range after that, and the bigger load step comes last, "
        "with fewer reps so the work of the session rises no more than 10 %.",
        {**_LEAD, **_SETS, **_LIFTED, "most": "The sets it builds to."},
    ),
    "progress.block.reps_in_time": (
        "Ready to progress, but a set more would take the session past its minutes: the range "
        "rises by 1 instead, from {old_range} to {new_range}, at {lifted_kg:g} kg; the set "
        "comes when the session has room.",
        {**_LIFTED, "old_range": "The range before (`8–12`).", "new_range": "The range after."},
    ),
    "progress.trial.short": (
        "Back after sharp pain at about half the old {share}, a trial: " + _TRIAL_RULE + ".",
        {"share": "`load` for a lift at about half its load, else `dose`."},
    ),
    "progress.trial": (
        "Back after sharp pain at about half the old {share}, a trial: "
        + _TRIAL_RULE
        + " ({what}).",
        {
            "share": "`load` for a lift at about half its load, else `dose`.",
            "what": "What the return does, in English (`about half the load (10 kg, from "
            "20 kg), same sets`).",
        },
    ),
    "progress.trial.gate": (
        "Only if a physiotherapist or doctor has cleared it: if not, leave it out this week "
        "and book that appointment.",
        {},
    ),
    "progress.rebuild.trial": (
        "Back after sharp pain, rebuilding (now {load_kg:g} kg, on the way to the {old_kg:g} kg "
        "it hurt at): " + _TRIAL_RULE + ".",
        {"load_kg": "The load now, in kilograms.", "old_kg": "The load it hurt at."},
    ),
    "progress.rebuild.over": (
        "Rebuilt after sharp pain to the {old_kg:g} kg it hurt at, pain-free: from here the "
        "usual steps. Stop at any sharp pain.",
        {"old_kg": "The load it hurt at, in kilograms."},
    ),
    "progress.rebuild.step": (
        "Every set reached the top with clean form, pain-free, back after sharp pain: the load "
        "rebuilds from {lifted_kg:g} kg to {load_kg:g} kg (+{percent} %), on the way to the "
        "{old_kg:g} kg it hurt at. Take it only if this session and the next morning were "
        "pain-free; if not, stay at {lifted_kg:g} kg, and stop at any sharp pain.",
        _REBUILD,
    ),
    "progress.rebuild.reached": (
        "Every set reached the top with clean form, pain-free, back after sharp pain: the load "
        "rebuilds from {lifted_kg:g} kg to {load_kg:g} kg (+{percent} %). Take it only if this "
        "session and the next morning were pain-free; if not, stay at {lifted_kg:g} kg, and "
        "stop at any sharp pain. That is the load it hurt at: from here the usual steps.",
        _REBUILD,
    ),
    "progress.stall.heavier": (
        "{lead}. Change the stimulus: heavier and shorter, one step up to {load_kg:g} kg for "
        "{short}{suffix} a set (every set reached {reached}); build back to {range} at "
        "{load_kg:g} kg from there. A stall can also come from short sleep or a heavy running "
        "week: check both.",
        {
            **_LEAD,
            "load_kg": "The next load in kilograms.",
            "short": "The shorter range (`6–7`).",
            "suffix": "The unit's suffix after a range (` s` for seconds, else empty).",
            "reached": "The least any set reached, as the sentence shows it (`7 reps`).",
            "range": "The usual range to build back to.",
        },
    ),
    "progress.stall.effort": (
        "{lead}, and the load has already changed once. Keep it and take the last set to "
        "{rir} in reserve (the dose now reads {target} RIR) to find the reps that are there.",
        {
            **_LEAD,
            "rir": "The reps in reserve to take the last set to.",
            "target": "The new reps-in-reserve target (`1–2`).",
        },
    ),
    "progress.stall.reset": (
        "{lead}, and heavier and shorter has been tried once already. Reset instead: one load "
        "step back to {load_kg:g} kg and the usual {usual} reps, taking the last set to 1 in "
        "reserve (the dose reads {target} RIR). Before the next session, ask yourself: have "
        "you slept less, or run more, these weeks? Either can hold a lift back; log it with "
        "the session.",
        {
            **_LEAD,
            "load_kg": "The load one step back, in kilograms.",
            "usual": "The usual range (`8–12`).",
            "target": "The reps-in-reserve target (`1–2`).",
        },
    ),
    "progress.pattern.stand_in": (
        "In place of {exercise_name} for {weeks} weeks while its form is rebuilt:",
        {
            "exercise": "The id of the exercise stood in for.",
            "exercise_name": "Its name in English.",
            "weeks": "The weeks it stands in for.",
        },
    ),
    "progress.pattern.again": (
        "Form broke again on its return: {other_name} has broken form at {broke_at}: the load "
        "is not the problem, the pattern is. It stops being re-tested for {weeks} weeks: "
        "{exercise_name} at {dose}{load} takes its place, {how}{drill}. Have a coach or "
        "physiotherapist watch a set before it comes back.",
        {
            **_TO,
            "other": "The id of the exercise whose form broke.",
            "other_name": "Its name in English.",
            "broke_at": "The loads it broke at, in English (`20 kg, 22.5 kg and bodyweight`).",
            "weeks": "The weeks it is not re-tested.",
            "load": "` (choose a load that leaves 2 in reserve)` when the load is to choose, "
            "else empty.",
            "how": "What the stand-in takes out of the movement, in English.",
            "drill": "The warm-up drill of the old pattern, in English, or empty.",
        },
    ),
    "progress.swap": (
        "{lead}, and the reset to the usual range stalled too: more of the same will not move "
        "it. Swap it for {weeks} weeks: {exercise_name}{load} ({dose}), a new stimulus for "
        "the same muscles; {other_name} comes back after that at {lifted_kg:g} kg and its "
        "usual range.",
        {
            **_LEAD,
            **_TO,
            **_LIFTED,
            "other": "The id of the stalled lift.",
            "other_name": "Its name in English.",
            "weeks": "The weeks of the swap.",
            "load": "` at 20 kg` at the same load, else `, choosing a load that leaves 2 in "
            "reserve`.",
        },
    ),
    "progress.swap.mark": (
        "In place of {exercise_name} for {weeks} weeks after a stall:",
        {
            "exercise": "The id of the stalled lift.",
            "exercise_name": "Its name in English.",
            "weeks": "The weeks of the swap.",
        },
    ),
    "progress.swap.back": (
        "{weeks} weeks of {other_name} since {exercise_name} stalled: back to {exercise_name}"
        "{at} and its usual range ({dose}). A few weeks away often moves a stalled lift on; "
        "build the reps from here.",
        {
            **_TO,
            "other": "The id of the exercise swapped in.",
            "other_name": "Its name in English.",
            "weeks": "The weeks of the swap.",
            "at": "` at 20 kg, the load it stalled at,` when the load is known, else empty.",
        },
    ),
    "progress.stand_in": (
        "In place of {exercise_name} while it rests: {need}. " + _PAIN_FREE,
        _STAND_IN,
    ),
    "progress.stand_in.beside": (
        "Beside {exercise_name} for its first weeks back after sharp pain: {need}. " + _PAIN_FREE,
        _STAND_IN,
    ),
    "progress.beside_done": (
        "{other_name} has had {sessions} pain-free sessions since it came back: "
        "{exercise_name}, kept beside it for its first weeks back, steps aside now. Not for "
        "pain: nothing hurt.",
        {
            **_EXERCISE,
            "other": "The id of the exercise back after sharp pain.",
            "other_name": "Its name in English.",
            "sessions": "Its pain-free sessions since it came back.",
        },
    ),
}
