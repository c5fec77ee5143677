"""Room for a power week's jumps where no accessory has a set to spare.

A power week is for power: where the session's accessories are all down to one set and
the jumps still do not fit the athlete's minutes, a core hold gives way first, then a hip
drill (a leg raise, a band walk, a squat to hydrant), the last in the session first, as
long as the session still covers every pattern RS202 asks of it. The jump's reason says
which gave way. A coach's order when a session runs long: trunk and hip accessories go
before calf, hinge or main-lift work (project convention, after 003's note that lateral
band walks can be done as part of a warm-up).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.plan import Prescription, Session
from runstrength._model.reasons import joined_reasons, say
from runstrength._plan.coded import capped, leading
from runstrength._plan.families import Family, family
from runstrength._rules.session import missing_patterns

__all__ = ["GIVE_WAY", "give_way"]

GIVE_WAY = (Family.core, Family.hip_stability, Family.isolation)
"""The families that may give way to a power week's jumps, the first to go first."""


def give_way(
    out: list[Prescription],
    session: Session,
    catalog: Catalog,
    over: Callable[[list[Prescription]], bool],
) -> list[Prescription] | None:
    """``out`` (the jump first) without the accessories that make room for it, or ``None``.

    Accessories of :data:`GIVE_WAY` go one at a time (core holds first, the last in the
    session first) while ``over`` says the session outgrows its minutes, never one whose
    going leaves an RS202 pattern uncovered; ``None`` when the session still outgrows
    them with every one that may go gone.
    """
    items = list(out)
    while over(items):
        pick = _next_to_go(items, session, catalog)
        if pick is None:
            return None
        gone = items.pop(pick)
        name = catalog[gone.exercise].name
        note = say("power.room_drill", dropped=gone.exercise, dropped_name=name)
        jump = items[0]
        reason = jump.reason
        said = note
        if reason is not None and reason.text:
            said = leading(joined_reasons(reason, note), capped(f"{reason.text} {note.text}"))
        items[0] = attrs.evolve(jump, reason=said)
    return items


def _next_to_go(items: list[Prescription], session: Session, catalog: Catalog) -> int | None:
    """The index of the next accessory to give way, or ``None``."""
    exercises = [catalog[rx.exercise] for rx in items]
    uncovered = set(missing_patterns(session.focus, exercises))
    for fam in GIVE_WAY:
        for i in range(len(items) - 1, 0, -1):
            if family(exercises[i]) is not fam:
                continue
            rest = exercises[:i] + exercises[i + 1 :]
            if set(missing_patterns(session.focus, rest)) <= uncovered:
                return i
    return None
