"""Reason codes true of the exercise prescribed: a pain cut's range, a calf stand-in's work.

Mild pain logged in one exercise caps the others that load the same areas. The log names
no place, so these sentences say "the pain in" the exercise rather than a body part, and
each ends with the cue for a shorter, pain-free range the cut exercise itself can take: a
squat to a box, a split stance's back knee to a cushion, a hinge to the knees. A calf
stand-in of the other knee family says the work it does, not the work of the raise it
stands in for (``progress.form.stand_in.<kind>``).
"""

from __future__ import annotations

from collections.abc import Mapping

from runstrength._model.reasons_progress_params import _DOSE, _SORE

__all__ = ["SORE_CUES", "TRUECUES_CODES"]

_CUT = (
    "There was pain in {other_name} lately, and {exercise_name} loads the same areas: no "
    "more work than {other_name} ({cap}) until two pain-free sessions of it have passed, so "
    "{dose}, "
)
_PARAMS = {**_SORE, **_DOSE, "cap": "The dose of the sore exercise it may not exceed."}

SORE_CUES: Mapping[str, str] = {
    "split_stance": "with a shorter range: the back knee down to a cushion, not the floor.",
    "side": "with a shorter range: sit into the side only as deep as stays pain-free.",
    "squat": "with a shorter range: squat to a chair or box at a height that stays pain-free.",
    "wall": "sitting higher on the wall, at a knee bend that stays pain-free.",
    "machine": "with a shorter range: lower the weight only as far as stays pain-free.",
    "step": "on a lower step, at a height that stays pain-free.",
    "hinge": "with a shorter range: lower to the knees, not the shins, pain-free.",
    "plain": "with a shorter, pain-free range.",
}
"""Each shorter-range cue's key (the code's last part) and its English ending."""

_STAND_IN = {
    "exercise": "The stand-in's id.",
    "other_code": "The code of the need it stands in for (`exercise.need`).",
    "other_need": "That need in English (`Calf work: straight-knee raises ...`).",
    "other_need_kind": "That need's kind (`straight_knee_calf`).",
}

TRUECUES_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    **{f"progress.sore.cut.{key}": (_CUT + cue, _PARAMS) for key, cue in SORE_CUES.items()},
    "progress.form.stand_in.bent_knee_calf": (
        "Bent-knee calf work for the soleus meanwhile, seated or braced so balance is out of it.",
        _STAND_IN,
    ),
    "progress.form.stand_in.straight_knee_calf": (
        "Straight-knee calf work for the calves and Achilles meanwhile.",
        _STAND_IN,
    ),
}
"""Each code's English template and what each parameter means."""
