"""Reason codes of progression steps: a stop, and work at the top of its range.

A stop for sharp pain or a red flag (and the tests and advice after it), and the steps of
unloaded and loaded work that reached, or fell short of, its range.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import (
    _AREAS,
    _BIG,
    _CAP,
    _DONE,
    _DOSE,
    _EASIER,
    _EFFORT,
    _EXERCISE,
    _ITEM,
    _LIFTED,
    _MORE,
    _REST,
    _RISES,
    _SETS,
)

__all__ = ["STEP_CODES"]

STEP_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "progress.stop.medical": (
        "{symptom_words} logged: stop this exercise and the session now, and get medical help "
        "from a doctor or other health professional before training again (emergency services "
        "if chest pain does not settle).",
        {
            "symptoms": "The symptom codes logged, comma-joined (`dizziness,chest_pain`).",
            "symptom_words": "Those symptoms in English, capitalised (`Dizziness, chest pain`).",
        },
    ),
    "progress.stop.all": (
        "{symptom_words} logged during {exercise}: stop all strength training, this exercise "
        "included, and get medical help from a doctor before training again.",
        {
            "symptoms": "The symptom codes logged, comma-joined (`numbness`).",
            "symptom_words": "Those symptoms in English, capitalised (`Numbness`).",
            "exercise": "The id of the exercise they were logged during, as the text shows it.",
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
}
