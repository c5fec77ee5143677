"""Marks on a prescription's reason: a stand-in's opening, a trim's closing words.

A stand-in's reason opens with a mark naming what it stands in for, and a trimmed set's
reason closes with one; the mark is a reason of its own code, joined to the rest, so that
both keep their codes and the mark comes off again without reading the English.
"""

from __future__ import annotations

from typing import Final

from runstrength._model.reason import JOINED, Reason, to_reason
from runstrength._model.reasons import joined_reasons

__all__ = ["MAX_REASON", "marked", "unmarked"]

MAX_REASON: Final = 500
"""Longest reason a prescription holds."""


def marked(mark: Reason, reason: Reason | None, *, after: bool = False) -> Reason:
    """``reason`` opened (or, ``after``, closed) by ``mark``, cut to a prescription's length.

    A reason too long for a prescription is cut to :data:`MAX_REASON` characters, as
    free text.
    """
    if reason is None:
        return mark
    joined = joined_reasons(reason, mark) if after else joined_reasons(mark, reason)
    if len(joined.text) <= MAX_REASON:
        return joined
    return to_reason(joined.text[:MAX_REASON])


def unmarked(reason: Reason | None, words: str, *, after: bool = False) -> Reason | None:
    """``reason`` without the mark whose text is ``words`` (with its space) at its start or end.

    A mark joined to a reason comes off as a part; free text loses the words.
    """
    if reason is None:
        return None
    parts = reason.parts if reason.code == JOINED else ()
    edge = parts[-1] if after and parts else parts[0] if parts else None
    if edge is not None and edge.text == words.strip():
        rest = parts[:-1] if after else parts[1:]
        return joined_reasons(*rest)
    text = reason.text.removesuffix(words) if after else reason.text.removeprefix(words)
    return reason if text == reason.text else to_reason(text)
