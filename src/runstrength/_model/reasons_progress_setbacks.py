"""Reason codes of progression steps: broken form, mild pain and other steps back.

Form that breaks and the way back, mild pain, a step back after failed or stalled
sessions, and a changed stimulus for a stall with reps in reserve.
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import (
    _ACCEPTABLE,
    _BACK,
    _DOSE,
    _LIFTED,
    _SETS,
    _TO,
    _UNIT,
    _WHY,
)

__all__ = ["SETBACK_CODES"]

SETBACK_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
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
}
