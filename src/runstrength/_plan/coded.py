"""A reworked reason keeps its codes: the parts it still says, joined to what it adds.

A season's week reworks the planner's reasons (a note added, a load note taken off, a
sentence cut to fit). These keep each part's code and parameters where the English is
the parts joined by a space, and fall back to free text only where a cut falls inside a
part.
"""

from __future__ import annotations

from runstrength._model.reason import FREE_TEXT, Reason, free_text
from runstrength._model.reasons import joined_reasons, say

__all__ = ["REASON_MAX", "capped", "leading", "parts_of", "renumbered", "rewritten"]

REASON_MAX = 500
"""The longest reason a prescription may carry, in characters (as its check allows)."""


def parts_of(reason: Reason | None) -> tuple[Reason, ...]:
    """The parts ``reason`` is made of: itself unless it is joined; none for no reason."""
    if reason is None:
        return ()
    return reason.parts or (reason,)


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


def renumbered(reason: Reason | None, old: str, new: str) -> Reason | None:
    """``reason`` with ``old`` written ``new`` (a dose's numbers), its codes kept.

    Each part that shows ``old`` is said again with ``new`` in its parameters; a part
    whose English that does not give falls back to free text, as :func:`rewritten` does.

    >>> said = say("light_day.lunge", amount="8–14")
    >>> renumbered(said, "8–14", "8–12").params["amount"]
    '8–12'
    """
    if reason is None or old not in reason.text:
        return reason
    text = reason.text.replace(old, new)
    parts = [_renumbered(part, old, new) for part in parts_of(reason)]
    again = joined_reasons(parts[0], *parts[1:])
    return again if again.text == text else rewritten(reason, text)


def _renumbered(part: Reason, old: str, new: str) -> Reason:
    text = part.text.replace(old, new)
    if text == part.text or part.code == FREE_TEXT:
        return free_text(text) if text != part.text else part
    params = {k: v.replace(old, new) if isinstance(v, str) else v for k, v in part.params.items()}
    again = say(part.code, **params)
    return again if again.text == text else free_text(text)


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
