"""Reason codes of a season's doses: what changed in an exercise this week, and why.

A lighter week's sets and shorter sets, the strength phase's extra set, fewer reps and
harder variations, loads that climb, sets cut to fit the minutes, one change at a time,
race week's short set and the power phase's jump (each code's English and parameters).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DOSE_CODES"]

_SETS = {
    "before": "The sets before, as shown (`3`).",
    "after": "The sets after, as shown (`2`).",
}
_AMOUNT = {
    "amount": "This week's reps, seconds or steps, as shown (`8–12`).",
    "unit": "What they count: `reps`, `seconds` or `steps`.",
}
_SHORTER = {
    "amount": "This week's reps, seconds or steps, as shown (`8–12`).",
    "was": "Those before, as shown (`8–16`).",
    "unit": "What they count: `reps`, `seconds` or `steps`.",
    "unit_words": "That unit as shown: `reps`, `s` or `steps`.",
}
_LESS = " rather than {was}, a lighter session at the same load."
_EFFORT = {
    "reps": "The reps of each set, as shown (`5–8`).",
    "rir": "The reps to keep in reserve, as shown (`1–2`).",
    "most": (
        "The times one could lift the load: this week's bottom reps and the middle "
        "of the reps in reserve, as shown (`10–11`)."
    ),
}
_BY_EFFORT = (
    ": {reps} reps with {rir} in reserve; choose a load you could lift about {most} times "
    "(reps in reserve guide the load: Helms et al. 2016)."
)
_FIT = {**_SETS, "minutes": "The athlete's session minutes."}
_WAITS = {
    "waits": "The changes that wait, as their variables separated by commas (`sets,load_kg`).",
    "waits_words": "Those changes in English (`the set change and the load change`).",
}
_MINUTES = " to fit your {minutes} minutes."
_NAMES = {
    "exercise": "The id of the exercise this week.",
    "exercise_name": "Its name in lower case, as the sentence shows it.",
    "other": "The id of the exercise it takes the place of.",
    "other_name": "That exercise's name in lower case.",
    "dose": "The new exercise's dose, as shown (`3 × 8–12`).",
}
_JUMP = {
    "exercise": "The id of the jump.",
    "exercise_name": "Its name in lower case, as the sentence shows it.",
}
_HOPS = ": low, quick hops for springy, stiff ankles (Blagrove et al. 2018)."
_JUMPS = (
    ": fast, springy jumps for force off the ground, each landing quiet (Blagrove et al. 2018)."
)
_CLIMB = {
    "load_kg": "The load before, in kilograms.",
    "up_kg": "The load this week, in kilograms.",
}
_LIGHT = {"amount": "This week's reps per side, as shown (`6–10`)."}
_SOURCE = "{load_kg:g} kg (about {share} % of the 1RM your {lift_kg:g} kg × {lift_reps} suggests)"
_HEAVY = {
    "amount": "The reps, as shown (`3–5`).",
    "load_kg": "The load, in kilograms.",
    "share": "Its share of the 1RM, in whole percent.",
    "lift_kg": "The load of the athlete's logged lift, in kilograms.",
    "lift_reps": "The reps of that lift.",
}
_PAIN = "Some discomfort is fine if it stays at 3/10 or less and is gone by the next morning."
_MODERATE = {**_HEAVY, "rir": "The reps to keep in reserve, as shown (`2–3`)."}
_LUNGE = ", heavier rather than longer, so the lunge stays strength work."

DOSE_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "calf_block.later": (
        "A heavy slow block for the Achilles: the reps fall from 15 to 12, 10, 8 and 6, each "
        "rung at a heavier load chosen for its reps, 10 % or less a step; pain at 3/10 or less "
        "during the sets, and settled by the next morning.",
        {},
    ),
    "season.back_after_lighter": ("Back after the lighter weeks, at its dose before them.", {}),
    "season.back_to_sets": (
        "Back to {sets} sets, as before the lighter weeks.",
        {"sets": "The sets it had before the lighter weeks."},
    ),
    "season.back_to_amount": ("Back to {amount}, as before the lighter weeks.", _AMOUNT),
    "season.core_hold": (
        "Core: one short hold keeps the trunk working through the lighter weeks.",
        {},
    ),
    "season.held_back": (
        "Held back: {before} sets planned, {after} this week, so the week's sets rise gradually.",
        _SETS,
    ),
    "season.held_back.taper": (
        "Held back: {before} sets planned, {after} this week, as the taper starts next week.",
        _SETS,
    ),
    "season.load_up": (
        "Load up from {was_kg:g} kg to {load_kg:g} kg: last week's sets were all made.",
        {
            "was_kg": "Last week's load, in kilograms.",
            "load_kg": "This week's load, in kilograms.",
        },
    ),
    "phase.strength.more": (
        "Strength phase: a set more on the main lift ({before} sets to {after}).",
        _SETS,
    ),
    "phase.strength.fewer_reps": (
        "Strength phase: fewer reps ({amount}): choose a heavier load.",
        {"amount": "This week's reps, as shown (`5–8`)."},
    ),
    "phase.strength.fewer_reps.in_reserve": (
        "Strength phase: fewer reps ({amount}): choose a heavier load that leaves {rir} in "
        "reserve at {top}.",
        {
            "amount": "This week's reps, as shown (`5–8`).",
            "rir": "The reps to keep in reserve, as shown (`1–2`).",
            "top": "The top of this week's reps.",
        },
    ),
    "phase.strength.harder": (
        "Strength phase: on to the harder {exercise_name} in place of the {other_name}, whose "
        "range is mastered; {dose}.",
        _NAMES,
    ),
    "phase.strength.harder.head": (
        "Strength phase: on to the harder {exercise_name} in place of the {other_name}, whose "
        "range is mastered.",
        {k: v for k, v in _NAMES.items() if k != "dose"},
    ),
    "one_change.new_lift": (
        "One change at a time: the new lift at last week's {amount} reps{how_words}. The "
        "heavier target comes next week.",
        {
            "amount": "Last week's reps, as shown (`8–12`).",
            "rir": "Last week's reps in reserve, as shown (`2–3`); empty when none.",
            "tempo": "The tempo this week, as shown (`3-0-3`); empty when none.",
            "most": (
                "The times one could lift the load: this week's bottom reps and the middle "
                "of the reps in reserve, as shown (`10–11`); empty when no reps in reserve."
            ),
            "how_words": "Those in English (` with 2–3 in reserve, tempo 3-0-3; choose a load "
            "you could lift about 10–11 times`), or empty.",
        },
    ),
    "phase.strength.heavier": (
        "Strength phase: heavier ({was_kg:g} kg to {load_kg:g} kg) for fewer reps ({amount}): "
        "the reps fall as the load rises.",
        {
            "was_kg": "Last week's load, in kilograms.",
            "load_kg": "This week's load, in kilograms.",
            "amount": "This week's reps, as shown (`5–8`).",
        },
    ),
    "phase.strength.topped": (
        "Strength phase: every set reached {top}, so the load rises from {load_kg:g} kg to "
        "{up_kg:g} kg and the reps fall to {amount}: heavier for fewer reps.",
        {
            **_CLIMB,
            "top": "The top of last week's reps, which every set reached.",
            "amount": "This week's reps, as shown (`5–8`).",
        },
    ),
    "phase.strength.topped_held": (
        "Strength phase: every set reached {top} at {load_kg:g} kg, so the load rises to "
        "{up_kg:g} kg: start at {lo} and build to {top} again.",
        {
            **_CLIMB,
            "top": "The top of the reps, which every set reached.",
            "lo": "The bottom of the reps, where this week starts.",
        },
    ),
    "phase.power.held": (
        "Power phase: held at {sets} sets while the heavy lifts ease.",
        {"sets": "Last week's sets, held."},
    ),
    "phase.maintenance.held": (
        "Maintenance phase: held at {sets} sets while the heavy lifts ease.",
        {"sets": "Last week's sets, held."},
    ),
    "settle.accessory": (
        "First week: {before} sets to {after}, to settle in before the heavier weeks.",
        _SETS,
    ),
    "settle.sets": (
        "First week: {before} sets to {after}, to settle technique before the heavier weeks.",
        _SETS,
    ),
    "season.band_walk": (
        "{need}, standing against a band.",
        {
            "exercise": "The band walk's id.",
            "need_kind": "Its movement family (`hip_abduction`, …).",
            "need": "The need it fills in English, as the sentence shows it.",
        },
    ),
    "season.after_pain": (
        "Back after the mild pain; the load climbs back as the sessions go well. " + _PAIN,
        {},
    ),
    "season.after_pain.lighter": (
        "Back after the mild pain at {load_kg:g} kg, lighter than the {was_kg:g} kg before it; "
        "the load climbs back as the sessions go well. " + _PAIN,
        {
            "load_kg": "This week's load, in kilograms.",
            "was_kg": "The load before the pain, in kilograms.",
        },
    ),
    "phase.power.jumps_room": (
        "Power phase: {before} sets to {after}: the jumps take the place of accessory sets.",
        _SETS,
    ),
    "return.first.sets": ("Back after time off: {before} sets to {after} this week.", _SETS),
    "return.second.sets": ("Second week back: {before} sets to {after}, more next week.", _SETS),
    "return.lighter_load": (
        "Back after {weeks} weeks off: a lighter load ({change_words}) while the body gets "
        "used to it again.",
        {
            "weeks": "The weeks off.",
            "was_kg": "The load before, in kilograms.",
            "load_kg": "The lighter load, in kilograms; 0 for none.",
            "step_under": "Whether it is a step under the load last lifted.",
            "change_words": "The change in English (`40 kg to 37.5 kg`, or `37.5 kg, a step "
            "under the 40 kg you last lifted`).",
        },
    ),
    "race_week.sets_light": ("Race week: {before} sets to {after}, light.", _SETS),
    "recovery.sets_light": ("Recovery week: {before} sets to {after}, light.", _SETS),
    "phase.strength.heavy_economy": (
        "Strength phase: heavy, {amount} reps at " + _SOURCE + ": loads of 90 % or more help "
        "running economy most (Eihara et al. 2022).",
        _HEAVY,
    ),
    "phase.strength.heavy": (
        "Strength phase: heavy, {amount} reps at " + _SOURCE + ": a high load, 80 % or more of "
        "the 1RM (Llanos-Lagos et al. 2024), for strength that carries into the stride.",
        _HEAVY,
    ),
    "phase.strength.moderate": (
        "Strength phase: moderately heavy, {amount} reps at " + _SOURCE + ", {rir} in reserve: "
        "strength that carries into the stride.",
        _MODERATE,
    ),
    "phase.strength.moderate_hinge": (
        "Strength phase: moderately heavy, {amount} reps at " + _SOURCE + ", {rir} in reserve: "
        "a hinge stays above triples, where grip and back position go first.",
        _MODERATE,
    ),
    "phase.power.sets": (
        "Power phase: {before} sets to {after}, heavy strength kept with less volume.",
        _SETS,
    ),
    "phase.maintenance.sets": (
        "Maintenance phase: {before} sets to {after}, heavy strength kept with less volume.",
        _SETS,
    ),
    "effort.general": (
        "General phase: moderate reps, 2–3 short of failure" + _BY_EFFORT,
        _EFFORT,
    ),
    "effort.strength": ("Strength phase: fewer reps at a heavier load" + _BY_EFFORT, _EFFORT),
    "effort.strength_again": (
        "Strength phase: fewer reps again at a heavier load" + _BY_EFFORT,
        _EFFORT,
    ),
    "effort.as_last_week": (
        "{phase_words}: this week {amount} reps with {rir} in reserve, as last week; choose a "
        "load you could lift about {most} times.",
        {
            "phase": "The week's phase (`general`, `strength`).",
            "phase_words": "That phase in English (`Strength phase`).",
            "amount": "Last week's reps, held this week, as shown (`8–12`).",
            "rir": "Last week's reps in reserve, as shown (`2–3`).",
            "most": (
                "The times one could lift the load: this week's bottom reps and the middle "
                "of the reps in reserve, as shown (`10–11`)."
            ),
        },
    ),
    "one_change.waits": ("One change at a time: {waits_words} waits.", _WAITS),
    "one_change.waits_a_week": ("One change at a time: {waits_words} waits a week.", _WAITS),
    "one_change.waits_a_week.next": (
        "One change at a time: {waits_words} waits a week (next week: {next_words}).",
        {
            **_WAITS,
            "next_words": "What those changes will be next week, as shown and separated by "
            "commas (`3 sets, 62.5 kg`).",
        },
    ),
    "fit.set_fewer": ("A set fewer ({before} to {after})" + _MINUTES, _FIT),
    "fit.sets_fewer": ("{before} sets to {after}" + _MINUTES, _FIT),
    "fit.rise_held": (
        "Held at last week's dose within your {minutes} minutes, so the session's first "
        "exercise keeps its sets.",
        {"minutes": "The athlete's session minutes."},
    ),
    "fit.more_held": (
        "Held at {sets} sets: a set more on the main lift does not fit your {minutes} minutes.",
        {"sets": "Last week's sets, held, as shown.", "minutes": "The athlete's session minutes."},
    ),
    "taper.shorter": ("Taper: {amount} {unit_words}" + _LESS, _SHORTER),
    "deload.shorter": ("Deload week: {amount} {unit_words}" + _LESS, _SHORTER),
    "taper.kept_one_set": ("Taper: kept at 1 set.", {}),
    "taper.lunge": (
        "Taper: {amount} reps, not {was}, so the legs stay fresh.",
        {"amount": "This week's reps, as shown (`6–8`).", "was": "Those before (`6–10`)."},
    ),
    "light_day.lunge": ("Light day: {amount} reps per side at this load" + _LUNGE, _LIGHT),
    "light_day.lunge.chosen": (
        "Light day: {amount} reps per side with a load you choose" + _LUNGE,
        _LIGHT,
    ),
    "race_week.sets_to_one": (
        "Race week: {before} sets to 1, light.",
        {"before": "The sets before."},
    ),
    "race_week.short_set": (
        "Race week: one short set ({amount} {unit_words}, not {was}), so the legs are fresh.",
        _SHORTER,
    ),
    "race_week.held_after": (
        "Held at {amount}, as in race week: light work only in the days just after the race.",
        _AMOUNT,
    ),
    "deload.race_hold": (
        "Deload week: kept at {amount}, the short set of the days after the race, so the "
        "deload stays light; the usual dose comes back after it.",
        _AMOUNT,
    ),
    "power.hops": ("Power phase: {exercise_name} first, fresh" + _HOPS, _JUMP),
    "power.hops.more": (
        "Power phase: {exercise_name} first, fresh, a little more than last week" + _HOPS,
        _JUMP,
    ),
    "power.jumps": ("Power phase: {exercise_name} first, fresh" + _JUMPS, _JUMP),
    "power.jumps.more": (
        "Power phase: {exercise_name} first, fresh, a little more than last week" + _JUMPS,
        _JUMP,
    ),
    "power.room": (
        "A set fewer ({before} to {after}) to make room for the jumps.",
        _SETS,
    ),
    "missed.not_progressed": (
        "Missed work is not progressed: back at the {done_words} last done, not the "
        "{planned_words} planned for the missed sessions.",
        {
            "changes": "What differs, as variables separated by commas (`load_kg,amount`), or "
            "`exercise` for the easier move.",
            "done_words": "What was last done, in English (`60 kg and 8–12 reps`).",
            "planned_words": "What the missed sessions planned, in English.",
        },
    ),
}
"""Reason codes of what changed in an exercise this week of a season."""
