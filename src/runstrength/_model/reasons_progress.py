"""Reason codes of progression steps: why the next prescription is what it is.

Each code is one sentence (or one clause joined to others by a space) of a step's reason
in :func:`~runstrength.progress` and what builds on it. Where a sentence is made of a
clause the step decided elsewhere (what the sets reached, why a hold), that clause is a
parameter in English beside the machine values it came from.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PROGRESS_CODES"]

_DOSE = {"dose": "The dose as the plan writes it (`3 × 8–12, rest 90 s`)."}
_DONE = {
    "done": "What the sets reached, as the sentence shows it "
    "(`All 3 sets reached 12 reps with clean form`).",
    "sets_done": "How many sets were logged.",
    "top": "The top of the range they reached.",
    "unit": "The unit of the amount (`reps`, `seconds` or `steps`).",
}
_CAP = {"cap": "The cap of the amount, as the sentence shows it (`15 reps`).", "cap_amount": ""}
_CAP["cap_amount"] = "The cap as a number of the unit."
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
    "sessions in a row at the top of the range, and after 3 sessions in a row a hold gives "
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

PROGRESS_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.stop.medical": (
        "{symptom_words} logged: stop this exercise and the session now, and get medical help "
        "from a doctor or other health professional before training again (emergency services "
        "if chest pain does not settle).",
        {
            "symptoms": "The symptom codes logged, comma-joined (`dizziness,chest_pain`).",
            "symptom_words": "Those symptoms in English, capitalised (`Dizziness, chest pain`).",
        },
    ),
    "progress.stop.symptoms": (
        "Unusual symptoms logged: stop this exercise and seek advice from a health "
        "professional (physiotherapist or doctor) before doing it again.",
        {},
    ),
    "progress.stop.sharp": (
        "Sharp pain logged: stop this exercise and seek advice from a health professional "
        "(physiotherapist or doctor) before doing it again; do not train through sharp pain.",
        {},
    ),
    "progress.stop.rest": (
        _REST.strip(),
        {**_AREAS, "them": "`it` for one area, `them` for more."},
    ),
    "progress.empty": ("No sets were logged: hold {dose} until a session is logged.", _DOSE),
    "progress.not_yet": (
        "Not yet: {shortfall}. Hold {dose} and keep building until every set reaches {top}.",
        {
            **_DOSE,
            "shortfall": "Which set fell short and how, in English.",
            "top": "The top of the range, as the sentence shows it (`12 reps`).",
        },
    ),
    "progress.not_yet.plain": (
        "Not yet: Hold {dose} and keep building until every set reaches {top}.",
        {**_DOSE, "top": "The top of the range, as the sentence shows it (`12 reps`)."},
    ),
    "progress.no_load": (
        "Every set reached the top, but no load was logged: log the load you used next time "
        "so the next step can be sized. Keep {dose}.",
        _DOSE,
    ),
    "progress.landings": (
        "Landings were not quiet and controlled: hold {dose}. Jumps progress only when every "
        "landing is quiet, controlled and pain-free; land softly and stop each set when "
        "landings get loud. If the next session is the same, the jumps get easier.",
        _DOSE,
    ),
    "progress.below": (
        "Below the range: {below}. Hold {dose}; if the next session falls short too, the "
        "exercise gets easier.",
        {**_DOSE, "below": "How the log fell below the range, in English."},
    ),
    "progress.set_back": (
        "{done}: first the set that was cut comes back ({old_sets} to {sets} sets), then the "
        "reps grow again.",
        {**_DONE, **_SETS},
    ),
    "progress.range_rises": (
        "{done}: the range rises by {by}, from {old_range} to {new_range}{suffix}.",
        {
            **_DONE,
            "by": "How much the range rises.",
            "old_range": "The range before (`8–12`).",
            "new_range": "The range after.",
            "suffix": "The unit's suffix after a range (` s` for seconds, else empty).",
        },
    ),
    "progress.amount_rises": (
        "{done}: the {unit} rise by {by}, from {old_range} to {new_range}{suffix}.",
        {
            **_DONE,
            "by": "How much the amount rises.",
            "old_range": "The amount before.",
            "new_range": "The amount after.",
            "suffix": "The unit's suffix after an amount (` s` for seconds, else empty).",
        },
    ),
    "progress.light_cap": (
        "{done}, the cap of {cap} for a light session: {keep}.",
        {**_DONE, **_CAP, "keep": "Why a light session keeps the dose, in English."},
    ),
    "progress.add_set": (
        "{done}, the cap of {cap}: add a set ({old_sets} to {sets} sets).",
        {**_DONE, **_CAP, **_SETS},
    ),
    "progress.slow_tempo": (
        "{done}; reps and sets are at their caps ({amount}, {old_sets} sets): slow the "
        "lowering to {eccentric} seconds (tempo {tempo}).",
        {
            **_DONE,
            "amount": "The amount range (`12–15`).",
            "old_sets": "The sets (`3`).",
            "eccentric": "The lowering seconds.",
            "tempo": "The tempo (`3-0-1`).",
        },
    ),
    "progress.harder": (
        "{done} and nothing left to add here: move on to the harder {exercise_name} at {dose}.",
        {**_DONE, **_EXERCISE, **_DOSE},
    ),
    "progress.harder.choose_load": (
        "{done} and nothing left to add here: move on to the harder {exercise_name} at "
        "{dose}; choose a load that leaves {rir} reps in reserve.",
        {**_DONE, **_EXERCISE, **_DOSE, "rir": "The reps to keep in reserve (`1–3`)."},
    ),
    "progress.first_load": (
        "{done}, with reps, sets and tempo at their caps: add a first load, {load_kg:g} kg "
        "({item_words}), and build from there while every set reaches the top.",
        {
            **_DONE,
            "load_kg": "The first load in kilograms.",
            "item": "The equipment code it is on (`dumbbell`, …).",
            "item_words": "That equipment in English.",
        },
    ),
    "progress.top_of_exercise": (
        "{done}: this is the top of what this exercise offers here ({why}), and there is no "
        "load to add; keep {dose} to maintain it.",
        {**_DONE, **_DOSE, "why": "Why no harder variation is taken, in English."},
    ),
    "progress.test_advice": (
        "Test it once a physiotherapist or doctor has cleared it (if you cannot be seen, only "
        "once the pain has fully settled in daily life): {test}, in a pain-free range, "
        "stopping at any pain. Pain-free, it comes back at about half its old dose; any pain "
        "keeps it out.",
        {
            "test": "The test in English (`2 easy sets of split squat, 8 reps at bodyweight`).",
            "exercise": "The id of the exercise tested.",
            "sets": "The test's sets (`1–2`).",
            "amount": "The test's amount of its unit.",
            "unit": "That unit (`reps`, `seconds` or `steps`).",
        },
    ),
    "progress.stands_in": (
        "{exercise_name} takes its place.",
        {**_EXERCISE},
    ),
    "progress.referral": (
        "{what} of {exercise_name}{in_a_row}: see a physiotherapist or doctor before testing "
        "it again, and keep {keep} until they clear it.",
        {
            **_EXERCISE,
            "pain": "The pain of the test (`sharp`, or `mild` for a second mild one in a row).",
            "what": "That in English (`Sharp pain in the test`, `Mild pain in two tests`).",
            "in_a_row": "` in a row` after mild pain, else empty.",
            "areas": "The injury codes of the areas kept rested, comma-joined (may be empty).",
            "keep": "What is kept out, in English (`the knee rested`, or `it out`).",
        },
    ),
    "progress.awaiting": ("One pain-free test since that advice.", {}),
    "progress.test": (
        "A test after sharp pain during {exercise_name}, once the pain has settled in daily "
        "life or a physiotherapist or doctor has cleared it: easy sets in a pain-free range, "
        "stopping at any pain.",
        {"exercise": "The id of the exercise that hurt.", "exercise_name": "Its name in English."},
    ),
    "progress.pain_check": (
        "Keep the pain at 3/10 or less during the sets, and check the next morning: the "
        "Achilles should feel no stiffer than usual; if it is, hold this load next time.",
        {},
    ),
    "progress.achilles": (
        "For your Achilles: slow lowering, small load steps of 10 % or less.",
        {},
    ),
    "progress.load.harder_drop": (
        "Harder than planned: a set ended with {rir} reps in reserve against a target of "
        "{target}. The load drops one step from {lifted_kg:g} kg to {load_kg:g} kg (an effort "
        "two points over target takes a step off).",
        {**_EFFORT, **_LIFTED, "load_kg": "The next load in kilograms."},
    ),
    "progress.load.harder_hold": (
        "A little harder than planned: a set ended with {rir} in reserve against {target}. "
        "Hold {lifted_kg:g} kg and aim to finish every set with {target_lo} or more in reserve.",
        {**_EFFORT, **_LIFTED, "target_lo": "The low end of the target."},
    ),
    "progress.load.harder_cap": (
        "You lifted {lifted_kg:g} kg, a little harder than planned ({rir} in reserve): next "
        "time no more than {lifted_kg:g} kg, aiming for {target_lo} or more in reserve.",
        {**_LIFTED, "rir": _EFFORT["rir"], "target_lo": "The low end of the target."},
    ),
    "progress.load.light": (
        "Every set reached {top}: {keep}.",
        {
            **_LIFTED,
            "top": "The top of the range, as the sentence shows it (`12 reps`).",
            "keep": "Why a light session keeps the load, in English.",
        },
    ),
    "progress.load.easier": (
        "Easier than planned: every set ended with more than {target_hi} reps in reserve, so "
        "the load rises now, one step from {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} "
        "%). Start at {bottom} and build to {top} again.",
        _EASIER,
    ),
    "progress.load.easier_big": (
        "Easier than planned: every set ended with more than {target_hi} reps in reserve, so "
        "the load rises now, one step from {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} "
        "%, the smallest step with the {item_words}: the reps in reserve show reps over the "
        "target were there (ACSM 2009)). Start at {bottom} and build to {top} again.",
        {**_EASIER, **_ITEM},
    ),
    "progress.within.reached": (
        "On target: every set reached at least {reached} within {range}, with {target_lo} or "
        "more in reserve.",
        {
            "reached": "The least any set reached, as the sentence shows it (`10 reps`).",
            "range": "The range of the dose (`8–12`).",
            "target_lo": "The low end of the reps-in-reserve target.",
        },
    ),
    "progress.within.short": (
        "{lead}: {shortfall}.",
        {
            "lead": "`On target` or `Not yet`, as the reps in reserve are.",
            "on_target": "Whether every set's reps in reserve were on target.",
            "shortfall": "Which set fell short and how, in English.",
        },
    ),
    "progress.within.lead": (
        "{lead}:",
        {
            "lead": "`On target` or `Not yet`, as the reps in reserve are.",
            "on_target": "Whether every set's reps in reserve were on target.",
        },
    ),
    "progress.within.lifted": (
        "You lifted {lifted_kg:g} kg, so next time start from {lifted_kg:g} kg and add {more} "
        "per set; the load rises once every set reaches {top}.",
        {**_LIFTED, **_MORE},
    ),
    "progress.within.hold": (
        "Hold {load_kg:g} kg and add {more} per set next time; the load rises once every set "
        "reaches {top} with clean form.",
        {"load_kg": "The load held, in kilograms.", **_MORE},
    ),
    "progress.last_set": (
        "Your last set has ended at {rir} in reserve {sessions} sessions running: take the "
        "last set to {target} in reserve.",
        {
            "rir": "The reps in reserve the last set ended at (the target's top).",
            "sessions": "How many sessions running.",
            "target": "The reps in reserve to take it to.",
        },
    ),
    "progress.load.set_back": (
        "{done}, back after sharp pain: the set comes back first ({old_sets} to {sets} "
        "{set_word}) at {lifted_kg:g} kg, then the load builds back step by step; stop at any "
        "pain.",
        {**_DONE, **_SETS, **_LIFTED, "set_word": "`set` or `sets`, as the sets after are."},
    ),
    "progress.load.heaviest": (
        "{done}, at {lifted_kg:g} kg: the heaviest {item_words} there is. Keep it and slow the "
        "lowering or add a pause to make it harder.",
        {**_DONE, **_LIFTED, **_ITEM},
    ),
    "progress.load.rises": (
        "{done}: the load rises {steps}, from {lifted_kg:g} kg to {load_kg:g} kg "
        "(+{percent:.0f} %). Start back at the bottom of the range at {bottom} and build to "
        "{top_words} again.",
        _RISES,
    ),
    "progress.load.rises_chart": (
        "{done}: the load rises {steps}, from {lifted_kg:g} kg to {load_kg:g} kg "
        "(+{percent:.0f} %); every set ended with {rir} or more in reserve, so the RTS chart "
        "sizes a bigger step, within 10 %. Start back at the bottom of the range at {bottom} "
        "and build to {top_words} again.",
        {**_RISES, "rir": "The least reps in reserve any set ended with."},
    ),
    "progress.load.big_record": (
        "{done}, at {lifted_kg:g} kg; the smallest step with the {item_words}, from "
        "{lifted_kg:g} kg to {up_kg:g} kg, is +{percent:.0f} %, more than the 2-10 % ACSM "
        "2009 advises, so the plan records your {lifted_kg:g} kg, and the reps rise before the "
        "load does.",
        _BIG,
    ),
    "progress.load.big_reps": (
        "{done}, but the smallest step with the {item_words}, from {lifted_kg:g} kg to "
        "{up_kg:g} kg, is +{percent:.0f} %, more than the 2-10 % ACSM 2009 advises: first do "
        "{over} reps more than the top, the range rising from {old_range} to {new_range} at "
        "{lifted_kg:g} kg; the load rises once every set reaches {new_top}.",
        {
            **_BIG,
            "over": "How many reps over the top.",
            "old_range": "The range before (`8–12`).",
            "new_range": "The range after.",
            "new_top": "The new top, as the sentence shows it (`14 reps`).",
        },
    ),
    "progress.load.big_over": (
        "{done}: the load rises +{percent:.0f} %, from {lifted_kg:g} kg to {up_kg:g} kg, the "
        "smallest step with the {item_words}, taken now that every set went {over} {rep_word} "
        "past the top of its usual range ({reference}): ACSM 2009 raises the load once 1-2 "
        "reps over the target are done. The range returns to its usual {usual}{suffix}: start "
        "at {start} and build up again.",
        {
            **_BIG,
            "over": "How many reps every set went past the top of the usual range.",
            "rep_word": "`rep` or `reps`, as that number is.",
            "reference": "The usual range (`8–12`).",
            "usual": "The range it returns to.",
            "suffix": "The unit's suffix after a range (` s` for seconds, else empty).",
            "start": "Where to start, as the sentence shows it (`8 reps`).",
        },
    ),
    "progress.load.big_caps": (
        "{done}: the load rises +{percent:.0f} %, from {lifted_kg:g} kg to {up_kg:g} kg, the "
        "smallest step with the {item_words}, with reps, tempo and sets at their caps, nothing "
        "else is left to add first. Start back at {start} and build up again.",
        {**_BIG, "start": "Where to start, as the sentence shows it (`8 reps`)."},
    ),
    "progress.form.cue": (
        "End each set at the first rep that breaks, and note which set it broke on; a coach "
        "or physiotherapist watching one session helps.",
        {},
    ),
    "progress.form.rebuild_lighter": (
        "Rebuild clean reps at the lighter load before adding anything.",
        {},
    ),
    "progress.form.hold": (
        "{what}: hold {dose} and rebuild the movement before adding anything (no more reps, "
        "load or a harder variation until every rep is clean). If the next session is the "
        "same, the exercise gets easier.",
        {**_DOSE, "what": "What broke, in English (`Form broke`)."},
    ),
    "progress.form.once": (
        "{why}, no easier variation and no load to take off: keep {dose} this once, and have "
        "a coach or physiotherapist watch the movement before adding anything; if it breaks "
        "again, the work gets smaller.",
        {**_WHY, **_DOSE},
    ),
    "progress.form.smallest": (
        "{why}, and the dose is already the smallest: keep {dose} and have a coach or "
        "physiotherapist watch the movement before adding anything.",
        {**_WHY, **_DOSE},
    ),
    "progress.form.wall": (
        "{why}: move to the {steadier}: both feet, fingertips on a wall, at bodyweight "
        "({dose}), as technique work until every rep is clean.",
        {**_WHY, **_DOSE, "steadier": "The steadier wall form's name in English."},
    ),
    "progress.form.bodyweight": (
        "{why}: the load comes off and {exercise_name} is done at bodyweight ({dose}), as "
        "technique work until every rep is clean.",
        {**_WHY, **_TO},
    ),
    "progress.form.what_broke": (
        "What broke: {faults}? Log it with the session.",
        {
            "faults": "The exercise's usual faults from its catalog entry, as the sentence "
            "lists them (`a, b or c`)."
        },
    ),
    "progress.form.what_broke.plain": ("What broke? Log it with the session.", {}),
    "progress.form.seated": (
        "{why}, already at bodyweight: move to the {exercise_name} {load} ({dose}), seated, "
        "so balance is out of it and the calf does the work; the standing raise comes back "
        "on two legs after {sessions} clean sessions.",
        {
            **_WHY,
            **_TO,
            "load": "`at bodyweight`, or `at a light 10 kg`.",
            "load_kg": "The first load in kilograms (0 at bodyweight).",
            "sessions": "The clean sessions before the standing raise comes back.",
        },
    ),
    "progress.form.stand_in": (
        "In place of {exercise_name} while its form is rebuilt:",
        {"exercise": "The id of the exercise stood in for.", "exercise_name": "Its name."},
    ),
    "progress.form.pattern_hold": (
        "Clean at the top of its range, but {exercise_name} stands in for {other_name} for "
        "{weeks} weeks: keep {dose}, and let every rep stay slow and clean; {other_name} comes "
        "back after {weeks} clean sessions.",
        {
            **_TO,
            "other": "The id of the exercise it stands in for.",
            "other_name": "That exercise's name in English.",
            "weeks": "The weeks (sessions) it stands in for.",
        },
    ),
    "progress.form.back": (
        "{sessions} clean sessions of {exercise_name} since form broke in {other_name}: it "
        "steps back up to {other_name}{where} {how} ({dose}), one step at a time: the load or "
        "reps grow only while every rep stays clean. End each set at the first rep that "
        "breaks; if form breaks again, the easier work comes back.",
        {
            **_TO,
            "sessions": "The clean sessions of the stand-in.",
            "other": "The id of the exercise that comes back.",
            "other_name": "That exercise's name in English.",
            "where": "`, two-leg, to mid-shin` for a hinge, else empty.",
            "how": "At what load, in English (`at a light 20 kg, one step under the 22.5 kg "
            "where form broke`).",
            "load_kg": "The load it comes back at, in kilograms (0 at bodyweight).",
        },
    ),
    "progress.form.watch": ("Have someone watch the first sets.", {}),
    "progress.form.two_leg_hinge": (
        "{why}: move to the steadier two-leg {exercise_name} at {dose}, to mid-shin, no more "
        "sets or reps than before, and build back up from there.",
        {**_WHY, **_TO},
    ),
    "progress.form.bridge": (
        "{why}: the hinge waits until someone has watched it; {exercise_name} at {dose} "
        "trains the hips meanwhile without the hinge.",
        {**_WHY, **_TO},
    ),
    "progress.pain.where": (
        "Stay pain-free; stop if it sharpens. Where does it hurt: {places}, or somewhere "
        "else? Log it with the pain, so the next step can spare that area.",
        {
            "areas": "The injury codes of the areas the exercise loads, comma-joined.",
            "places": "Where it may hurt, in English (`the knee, the hip`).",
        },
    ),
    "progress.pain.where.plain": (
        "Stay pain-free; stop if it sharpens. Where does it hurt? Log it with the pain, so "
        "the next step can spare that area.",
        {},
    ),
    "progress.pain.mild_stop": (
        "Mild pain even at the smallest dose: stop this exercise and seek advice from a "
        "health professional (physiotherapist or doctor) before doing it again.",
        {},
    ),
    "progress.pain.back": (
        "{sessions} pain-free sessions of {exercise_name} since the mild pain in {other_name}: "
        "back to {other_name} at {dose}. " + _ACCEPTABLE + " Stop if the pain comes back.",
        _BACK,
    ),
    "progress.pain.back_lighter": (
        "{sessions} pain-free sessions of {exercise_name} since the mild pain in {other_name}: "
        "back to {other_name} at {dose}, one load step lighter than the {before_kg:g} kg "
        "before the pain. " + _ACCEPTABLE + " Stop if the pain comes back.",
        {**_BACK, "before_kg": "The load before the pain, in kilograms."},
    ),
    "progress.easier": (
        "{why}: regress to the easier {exercise_name} at {dose}, no more sets or reps than "
        "before, and build back up from there.",
        {**_WHY, **_TO},
    ),
    "progress.lighter": (
        "{why}: the load drops one step from {lifted_kg:g} kg to {load_kg:g} kg, sets and "
        "reps unchanged.",
        {**_WHY, **_LIFTED, "load_kg": "The next load in kilograms."},
    ),
    "progress.lighter.bodyweight": (
        "{why}: the load drops one step from {lifted_kg:g} kg to bodyweight, sets and reps "
        "unchanged.",
        {**_WHY, **_LIFTED},
    ),
    "progress.less.bottom": (
        "{why}: the {unit} drop to the bottom of the range ({bottom}).",
        {**_WHY, **_UNIT, "bottom": "The bottom, as the sentence shows it (`8 reps`)."},
    ),
    "progress.less.range": (
        "{why}: the range drops by {by}, from {old_range} to {new_range}.",
        {
            **_WHY,
            "by": "How much the range drops.",
            "old_range": "The range before (`10–15`).",
            "new_range": "The range after.",
        },
    ),
    "progress.less.set": (
        "{why}: one set fewer ({old_sets} to {sets_words}).",
        {
            **_WHY,
            "old_sets": "The sets before (`2–3`).",
            "sets": "The sets after.",
            "sets_words": "The sets after, as the sentence shows them (`1 set`).",
        },
    ),
    "progress.less.amount": (
        "{why}: the {unit} drop to {amount_words}.",
        {
            **_WHY,
            **_UNIT,
            "amount": "The amount after.",
            "amount_words": "The amount after, as the sentence shows it (`5 reps per side`).",
        },
    ),
    "progress.setback.smallest": (
        "{why}, and the dose is already the smallest: keep {dose} and ask a coach or "
        "physiotherapist to look at the movement before adding anything.",
        {**_WHY, **_DOSE},
    ),
    "progress.restimulate.set": (
        "{why}, with reps in reserve on target: change the stimulus rather than cut anything, "
        "with a set more ({old_sets} to {sets} sets) at the same load.",
        {**_WHY, **_SETS},
    ),
    "progress.restimulate.load": (
        "{why}, with reps in reserve on target: change the stimulus with the smallest load "
        "step, from {lifted_kg:g} kg to {load_kg:g} kg (+{percent:.0f} %).",
        {
            **_WHY,
            **_LIFTED,
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
        },
    ),
    "progress.restimulate.effort": (
        "{why}, with reps in reserve on target: keep {dose}, and take the last set of each "
        "session to {rir} in reserve (the dose now reads {target} RIR) to find the reps that "
        "are there.",
        {
            **_WHY,
            **_DOSE,
            "rir": "The reps in reserve to take the last set to.",
            "target": "The new reps-in-reserve target (`1–2`).",
        },
    ),
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
    "progress.sore.cut": (
        "The {area_words} was sore during {other_name} lately, and {exercise_name} loads it "
        "too: no more work than {other_name} ({cap}) until two pain-free sessions of it have "
        "passed, so {dose}, {shorter}.",
        {
            **_SORE,
            **_DOSE,
            "cap": "The dose of the sore exercise it may not exceed.",
            "shorter": "The cue for a shorter range, in English.",
        },
    ),
    "progress.sore.hold": (
        "Ready to progress, but the {area_words} was sore during {other_name} lately: keep "
        "{dose} until two pain-free sessions of {other_name} have passed.",
        {**_SORE, **_DOSE},
    ),
    "progress.sore.hold_also": (
        "Ready to progress, but the {area_words} was sore during {other_name} lately, and "
        "{exercise_name} loads it too: keep {dose} until two pain-free sessions of "
        "{other_name} have passed.",
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
