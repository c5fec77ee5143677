"""A reworked reason keeps its codes: the parts it still says, joined to what it adds.

A season's week reworks the planner's reasons (a note added, a load note taken off, a
sentence cut to fit). These keep each part's code and parameters where the English is
the parts joined by a space, and fall back to free text only where a cut falls inside a
part.
"""

from __future__ import annotations

from runstrength._model.reason import FREE_TEXT, Reason, free_text, parts_of
from runstrength._model.reasons import CODES, joined_reasons, say

__all__ = ["REASON_MAX", "capped", "leading", "replaced", "rewritten"]

REASON_MAX = 500
"""The longest reason a prescription may carry, in characters (as its check allows)."""


def leading(reason: Reason, text: str) -> Reason:
    """The first parts of ``reason`` whose English is ``text``, else ``text`` as free text.

    >>> from runstrength._model.reasons import say
    >>> both = joined_reasons(say("day.off"), say("season.kept_free"))
    >>> leading(both, "Not one of the athlete's training days.").code
    'day.off'
    """
    if text == reason.text:
        return reason
    parts = parts_of(reason)
    size = -1
    for index, part in enumerate(parts):
        size += len(part.text) + 1
        if size == len(text):
            head = joined_reasons(parts[0], *parts[1 : index + 1])
            return head if head.text == text else free_text(text)
        if size > len(text):
            break
    return free_text(text)


def rewritten(reason: Reason | None, text: str) -> Reason | None:
    """``reason`` where its English is ``text`` still, else ``text`` as free text.

    For a sentence reworked inside (a number replaced) that no code says.
    """
    if reason is not None and reason.text == text:
        return reason
    return free_text(text) if text else None


def replaced(reason: Reason | None, old: str, new: str) -> Reason | None:
    """``reason`` with ``old`` replaced by ``new`` in its English, its codes kept.

    Each part saying ``old`` is said again with ``old`` replaced in its text parameters
    (a dose held to a shorter range); a part that does not come out as the replaced
    English, or no code at all, falls back to :func:`rewritten`.

    >>> held = replaced(say("taper.lunge", amount="8–14", was="8–16"), "8–14", "8–12")
    >>> held.code, held.text == say("taper.lunge", amount="8–12", was="8–16").text
    ('taper.lunge', True)
    """
    if reason is None:
        return None
    text = reason.text.replace(old, new)
    if text == reason.text:
        return reason
    parts = []
    for part in parts_of(reason):
        if old not in part.text:
            parts.append(part)
            continue
        if part.code not in CODES or part.code == FREE_TEXT:
            return rewritten(reason, text)
        params = {k: v.replace(old, new) if type(v) is str else v for k, v in part.params.items()}
        again = say(part.code, **params)
        if again.text != part.text.replace(old, new):
            return rewritten(reason, text)
        parts.append(again)
    both = joined_reasons(parts[0], *parts[1:])
    return both if both.text == text else rewritten(reason, text)


def capped(text: str) -> str:
    """``text`` within the :data:`REASON_MAX` characters a reason holds.

    Whole sentences are kept from the start; a single sentence too long is cut at a word.

    >>> capped("One. Two.") == "One. Two."
    True
    """
    text = text.strip()
    if len(text) <= REASON_MAX:
        return text
    head = text[:REASON_MAX]
    end = head.rfind(". ")
    if end > 0:
        return head[: end + 1]
    return head[: head.rfind(" ")].rstrip() if " " in head else head
