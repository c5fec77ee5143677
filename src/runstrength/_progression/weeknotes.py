"""A week's own notes: telling them from the planner's shortfalls, and running meanwhile.

:func:`week_note` tells the notes :func:`~runstrength.progress_week` writes for one week
from the planner's shortfalls, so that a plan does not carry last week's notes;
:func:`running_advice` is the note on how to run while an area rests after sharp pain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from runstrength._model.reason import FREE_TEXT, JOINED, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.reasons_progress_notes import NOTE_PREFIX
from runstrength._model.vocab import Injury

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["running_advice", "week_note"]

_NOTES: Final = (
    re.compile(r"^You tested again before seeing a physio"),
    re.compile(r"^A pain-free test of .+ after the advice to see "),
    re.compile(r"^(Resting the .+ after|After) sharp pain during "),
    re.compile(r"^(The .+ stays? rested|It stays out) after "),
    re.compile(r"^Mild pain in the test of "),
    re.compile(r"^(Mild pain in two tests|Sharp pain in the test) of "),
    re.compile(r"^.+ is back on \w+ after a pain-free test"),
    re.compile(r"^\w+'s session is out this week: "),
    re.compile(r"^Mild pain during "),
    re.compile(r"^Ease the fast running "),
    re.compile(r"^Back to .+ after the mild pain, from "),
)
"""How a week's own note began, read only from free text: a plan written before these
notes had codes, or by hand."""


def week_note(note: Reason | str) -> bool:
    """Whether a shortfall is a note :func:`~runstrength.progress_week` writes for one week.

    Such notes describe the week they are written for; the next week writes its own. A
    coded note is told by its code (the first part's, for a joined one); free text (a
    plan written before its notes had codes, or by hand) by its English.

    >>> week_note(say("progress.note.test.early"))
    True
    >>> week_note("Kickstand RDL is back on Tuesday after a pain-free test: ...")
    True
    >>> week_note("Only 2 of 3 sessions fit: Monday is a rest day.")
    False
    """
    if isinstance(note, Reason) and note.code != FREE_TEXT:
        code = note.parts[0].code if note.code == JOINED else note.code
        return code.startswith(NOTE_PREFIX) or code == "progress.referral"
    text = note if isinstance(note, str) else note.text
    return any(pattern.match(text) for pattern in _NOTES)


_RUNNING: Final = (
    (frozenset({Injury.hamstring, Injury.lower_back}), "progress.note.running.hamstring"),
    (frozenset({Injury.achilles, Injury.plantar_fascia}), "progress.note.running.calf"),
)
"""What running does while an area rests: the areas, and the code of the sentence (after
003's advice to ease the running that loads a painful area)."""


def running_advice(areas: Sequence[Injury]) -> Reason | None:
    """The sentences about running while ``areas`` rest after sharp pain; ``None`` if none.

    >>> running_advice([Injury.hamstring]).text[:45]
    'Ease the fast running (intervals, hills) if t'
    >>> running_advice([Injury.knee]) is None
    True
    """
    found = [say(code) for group, code in _RUNNING if group & set(areas)]
    return joined_reasons(*found) if found else None
