"""Room for a heavy main lift: its sets and its rest before a second exercise of a movement.

A heavy main lift rests 150 s to 5 minutes between sets (ACSM 2009; see
:func:`~runstrength._plan.heavysets.rest_for_reps`). Where the session's minutes cannot
hold its sets and that rest even with every other exercise down to one set, the session's
last exercise whose movement another exercise of the session trains already (a second
calf raise) goes, rather than a set of the heavy lift: the session keeps at least the
fewest exercises the rules allow.
"""

from __future__ import annotations

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription, Session
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Pattern
from runstrength._plan.coded import REASON_MAX
from runstrength._plan.heavysets import HEAVY_SET_REST
from runstrength._rules.session import minutes_holding

__all__ = ["heavy_room"]


def _heavy(rx: Prescription) -> bool:
    """Whether ``rx`` rests as a heavy lift does (150 s or more between sets)."""
    return rx.dose.unit == "reps" and rx.dose.rest_seconds.lo >= HEAVY_SET_REST.lo


def _at_one_set(items: list[Prescription]) -> list[Prescription]:
    """``items`` with every exercise but the first at one set: the least a trim leaves."""
    return [
        items[0],
        *(attrs.evolve(rx, dose=attrs.evolve(rx.dose, sets=IntRange(1))) for rx in items[1:]),
    ]


def _patterns(rx: Prescription, catalog: Catalog) -> frozenset[Pattern]:
    exercise = catalog.get(rx.exercise)
    return frozenset() if exercise is None else exercise.patterns


def heavy_room(
    session: Session,
    items: list[Prescription],
    minutes: int,
    settings: RuleSettings,
    catalog: Catalog,
) -> list[Prescription]:
    """``items`` with room made for a heavy first lift's sets and rest, where it needs it.

    Only where the first exercise is heavy (see :func:`_heavy`) and the session would not
    fit ``minutes`` even with every other exercise at one set: the last exercise whose
    patterns the session's other exercises cover goes, one at a time, while the session
    holds more than ``settings.exercises_per_session.lo``. The heavy lift's reason says
    which exercise made room for it.
    """
    if not items or not _heavy(items[0]):
        return items
    out = list(items)
    gone: list[str] = []
    least = settings.exercises_per_session.lo
    while (
        len(out) > least and minutes_holding(session, _at_one_set(out), settings) > minutes + 1e-9
    ):
        for index in range(len(out) - 1, 0, -1):
            others = frozenset().union(
                *(_patterns(rx, catalog) for i, rx in enumerate(out) if i != index)
            )
            own = _patterns(out[index], catalog)
            if own and own <= others:
                gone.append(out.pop(index).exercise)
                break
        else:
            break
    if not gone:
        return items
    names = [catalog[name].name if name in catalog else name for name in reversed(gone)]
    note = say(
        "fit.heavy_room",
        exercises=",".join(reversed(gone)),
        exercise_names=", ".join(names),
        minutes=minutes,
    )
    main = out[0]
    if main.reason is None or len(main.reason.text) + len(note.text) >= REASON_MAX:
        reason = note if main.reason is None else main.reason
    else:
        reason = joined_reasons(main.reason, note)
    return [attrs.evolve(main, reason=reason), *out[1:]]
