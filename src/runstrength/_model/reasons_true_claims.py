"""Reason codes of sentences that claim only what the week or session holds.

A strength week whose main lifts keep the reps of the general phase says so, rather than
promise fewer reps the numbers beside it do not show; a beginner's strength week whose
main lift stays as it was says it stays, and what moves it on. A session's coverage line
names the exercise that covers each movement group, so an athlete sees which one counts
as which, and says which group the session leaves out. A short hold race week put in
place of a loaded move says it is back at a training dose the week after.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TRUE_CLAIM_CODES"]

_WEEK = {
    "number": "Which week of its phase this is (1 for the first).",
    "of": "How many weeks of that phase this part of the season holds.",
}
_HEAD = "Strength phase, week {number} of {of}: "
_KEPT = "the main lifts keep the reps of the general phase this week"
_MORE = ", with a set more on the main lift"
_LOADS = {
    "kg": "; their loads rise when the logs say so",
    "chosen": "; choose their load heavier by the reps left in reserve",
    "none": "",
}
_HELD = (
    "the main lift stays as it was this week; it moves on (a slower tempo or its harder "
    "variation) once its reps feel easy"
)
_BEGINNER_LOADS = {
    "kg": ", and a load rises when the logs say so",
    "chosen": ", and a load you choose rises by the reps left in reserve",
    "none": "",
}
_COVERS = {
    "covered": "The required movement groups the session covers, separated by spaces, each "
    "its patterns joined by `/` (`squat/lunge hinge calf`); empty when none.",
    "covered_words": "Each covered group in English with the exercise that covers it "
    "(`a hip hinge (Romanian deadlift)`), groups one exercise covers together joined by "
    "`and`; `light work` when none.",
    "missing": "The required groups the session leaves out, as `covered` gives them.",
    "missing_words": "Those groups in English (`a hip-stability drill`).",
}


def _strength_weeks() -> dict[str, tuple[str, Mapping[str, str]]]:
    """A strength week's sentences with the main lifts at the general phase's reps."""
    out: dict[str, tuple[str, Mapping[str, str]]] = {}
    for loads, words in _LOADS.items():
        for more in (False, True):
            code = f"phase.strength.kept_reps.{'more' if more else 'same'}.{loads}"
            out[code] = (_HEAD + _KEPT + (_MORE if more else "") + words + ".", _WEEK)
        out[f"phase.strength.beginner.held.{loads}"] = (
            _HEAD + _HELD + _BEGINNER_LOADS[loads] + ".",
            _WEEK,
        )
    return out


TRUE_CLAIM_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    **_strength_weeks(),
    "season.stand_in_trained": (
        "Core: a steady trunk to carry the stride; back to a training hold of {amount} s "
        "after race week's short {was} s one.",
        {
            "amount": "This week's hold, in seconds, as shown (`30–45`).",
            "was": "Race week's short hold, in seconds, as shown (`10`).",
        },
    ),
    "session.holds.strength": ("Strength session: {covered_words}.", _COVERS),
    "session.holds.light": ("Light session: {covered_words}.", _COVERS),
    "session.holds.strength.short": (
        "Strength session: {covered_words}; not in it this time: {missing_words}.",
        _COVERS,
    ),
    "session.holds.light.short": (
        "Light session: {covered_words}; not in it this time: {missing_words}.",
        _COVERS,
    ),
}
"""Reason codes of week and session sentences true to what they hold."""
