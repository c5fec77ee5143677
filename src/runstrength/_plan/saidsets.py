"""Sets back after lighter weeks said on every line, not only on the lines restored.

The week after a deload or race week brings lines back to their sets before it (the
shaper says "Back to 2 sets, as before the lighter weeks"). A line whose sets came back
another way (last week's logs) says so too, and a line left at the lighter week's sets
because that was its dose before the lighter weeks (one set, as the weeks before) says
that, so no line of the week changes, or stays short, in silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.copies import with_reason
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import Reason, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus
from runstrength._plan.coded import REASON_MAX
from runstrength._plan.history import slots
from runstrength._progression.quota import plural_sets

__all__ = ["sets_said_back"]

_NAMES_SETS = re.compile(r"\bsets?\b")
"""A reason that already speaks of the line's sets."""

Reference = Callable[[Focus, int], Mapping[str, Prescription]]
"""The last training week's prescriptions of a session (its focus, its rank), by exercise."""


def sets_said_back(
    plan: WeekPlan,
    fresh: WeekPlan,
    before: Mapping[str, Prescription],
    reference: Reference,
    catalog: Catalog,
    *,
    back: bool = True,
    taper: bool = False,
) -> WeekPlan:
    """``plan``, a week back after lighter weeks, with each line's sets said where unsaid.

    ``fresh`` is the planner's own week (each exercise's planned sets), ``before`` last
    week's prescriptions by exercise, ``reference`` the last training week's sessions
    (a harder variation counts the sets planned for the exercise it replaced).
    A line whose sets rose since last week says they are back after the lighter week; a
    line still at last week's sets, below the planner's, and at its sets before the
    lighter weeks says it is kept at those. Not ``back`` (no lighter week just before),
    ``plan`` is returned as it is; a ``taper`` week's main lift says it keeps its heavy
    sets (:func:`_taper_main`).
    """
    if taper:
        return _taper_main(plan)
    if not back:
        return plan
    planned = {rx.exercise: rx.dose.sets.lo for s in fresh.sessions for rx in s.exercises}
    # A harder variation: the sets planned for the exercise it replaced.
    harder = {e.harder: n for n, e in ((n, catalog.get(n)) for n in planned) if e and e.harder}
    for session in plan.sessions:
        for rx in session.exercises:
            if rx.exercise in harder and rx.exercise not in planned:
                planned[rx.exercise] = planned[harder[rx.exercise]]
    sessions: list[Session] = []
    changed = False
    for focus, k, session in slots(plan):
        ref = reference(focus, k)
        kept = planned if focus is Focus.strength else {}  # a light day's single sets
        items = [
            _said(rx, before.get(rx.exercise), ref.get(rx.exercise), kept)
            for rx in session.exercises
        ]
        if any(a is not b for a, b in zip(items, session.exercises, strict=True)):
            changed = True
            sessions.append(attrs.evolve(session, exercises=tuple(items)))
        else:
            sessions.append(session)
    return attrs.evolve(plan, sessions=sessions) if changed else plan


def _said(
    rx: Prescription,
    old: Prescription | None,
    ref: Prescription | None,
    planned: Mapping[str, int],
) -> Prescription:
    text = text_of(rx.reason)
    if old is None or _NAMES_SETS.search(text):
        return rx
    sets = rx.dose.sets.lo
    note: Reason | None = None
    if sets > old.dose.sets.lo:
        note = say("season.sets_back", sets=sets, sets_words=plural_sets(rx.dose.sets))
    elif (
        ref is not None
        and sets == old.dose.sets.lo == ref.dose.sets.lo
        and sets < planned.get(rx.exercise, 0)
    ):
        note = say("season.sets_kept", sets=sets, sets_words=plural_sets(rx.dose.sets))
    if note is None or len(text) + 1 + len(note.text) >= REASON_MAX:
        return rx
    return with_reason(rx, joined_reasons(rx.reason, note) if rx.reason else note)


HEAVY_TOP = 8
"""A main lift's rep range whose top is this or lower counts as heavy sets."""


def _taper_main(plan: WeekPlan) -> WeekPlan:
    """A taper's heavy main lift, kept at its sets, says so rather than what it trains.

    Each strength session's first exercise at two sets or more of 8 reps or fewer at 2 or
    fewer in reserve, with no taper sentence or load of its own, says the taper keeps
    its heavy sets, so strength holds (Bosquet et al. 2007: the volume goes, not the load).
    """
    sessions = []
    for session in plan.sessions:
        first = session.exercises[0] if session.exercises else None
        if session.focus is not Focus.strength or first is None or not _heavy_kept(first):
            sessions.append(session)
            continue
        said = with_reason(first, say("taper.main_kept", sets=str(first.dose.sets)))
        sessions.append(attrs.evolve(session, exercises=(said, *session.exercises[1:])))
    return attrs.evolve(plan, sessions=sessions)


def _heavy_kept(rx: Prescription) -> bool:
    dose, text = rx.dose, text_of(rx.reason)
    return (
        dose.sets.lo >= 2
        and dose.unit == "reps"
        and dose.amount.hi <= HEAVY_TOP
        and dose.rir is not None
        and dose.rir.hi <= 2
        and not text.startswith("Taper")
        and "kg" not in text
    )
