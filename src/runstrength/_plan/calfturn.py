"""The calf raise of a week's only session: straight-knee and bent-knee take turns.

A week with one strength session holds one calf raise (a beginner's session has no room
for two). The sources' beginner calf work is straight-knee (000's calf raises 3 × 20,
003's wall calf raise, 002's eccentric drop), and 003 names skipping the bent-knee work
for the soleus as a common mistake: so the session's calf raise takes turns week to week,
each kind where it left off (its dose progressed from its last session), or at its first
rung the first time. Both kinds are worked over any two weeks in a row.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Injury, Pattern
from runstrength._plan.dosing import dose_for
from runstrength._plan.families import NEED, Family, family
from runstrength._progression.fit import needs_load

__all__ = ["CALVES", "calf_turn", "moved_on", "other_calf"]

CALVES = (Family.straight_knee_calf, Family.bent_knee_calf)
"""The two kinds of calf raise that take turns."""


def other_calf(kind: Family) -> Family:
    """The calf family that takes its turn after ``kind``.

    >>> other_calf(Family.bent_knee_calf).name
    'straight_knee_calf'
    """
    return CALVES[1] if kind is CALVES[0] else CALVES[0]


def calf_turn(
    items: list[Prescription],
    earlier: Sequence[Sequence[Prescription]],
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
) -> list[Prescription]:
    """``items`` of a week's only strength session with its calf raise's turn taken.

    ``items`` come from last week's session, so their one calf raise is last week's kind:
    the other kind takes its place, at the same sets and rests, from the newest of the session's
    ``earlier`` weeks that held it (newest first, each progressed from its logs), else at
    its first rung. A session holding both kinds, or none, or an Achilles athlete's (whose
    calf block keeps its weeks), is left as it is.
    """
    if Injury.achilles in athlete.injuries:
        return items
    found = [
        (at, rx, kind)
        for at, rx in enumerate(items)
        if (ex := catalog.get(rx.exercise)) is not None and (kind := family(ex)) in CALVES
    ]
    if len(found) != 1:
        return items
    at, was, kind = found[0]
    turn = _kept(other_calf(kind), earlier, athlete, catalog)
    if turn is None:
        turn = _first(other_calf(kind), was, athlete, catalog, settings)
    if turn is None:
        return items
    # the slot keeps its rests, so the session keeps its length
    dose = attrs.evolve(turn.dose, rest_seconds=was.dose.rest_seconds)
    return [*items[:at], attrs.evolve(turn, dose=dose), *items[at + 1 :]]


def _fits(ex: Exercise, athlete: Athlete) -> bool:
    return (
        ex.suits(athlete.level)
        and ex.available_with(athlete.equipment)
        and not ex.avoid_with & athlete.injuries
    )


def _said(ex: Exercise, code: str) -> Prescription:
    kind = family(ex)
    need = NEED[kind]
    return Prescription(
        ex.id,
        ex.dose_for(ex.level),
        reason=say(code, exercise=ex.id, need_kind=kind.name, need=need[0].upper() + need[1:]),
    )


def _kept(
    kind: Family, earlier: Sequence[Sequence[Prescription]], athlete: Athlete, catalog: Catalog
) -> Prescription | None:
    """The newest earlier line of ``kind`` the athlete may still do, where it left off."""
    for lines in earlier:
        for rx in lines:
            ex = catalog.get(rx.exercise)
            if ex is not None and family(ex) is kind and _fits(ex, athlete):
                return attrs.evolve(rx, reason=_said(ex, "calf_turn.back").reason)
    return None


def _first(
    kind: Family, was: Prescription, athlete: Athlete, catalog: Catalog, settings: RuleSettings
) -> Prescription | None:
    """``kind``'s first rung at ``was``'s sets: the first of its ladder the athlete may do.

    A moving raise at body weight (no hold, no machine), the bottom of its catalog ladder.
    """
    options = [
        ex
        for ex in catalog
        if family(ex) is kind
        and _fits(ex, athlete)
        and Pattern.isometric not in ex.patterns
        and not needs_load(ex)
    ]
    ids = {ex.id for ex in options}
    first = next((ex for ex in options if ex.easier not in ids), None)
    if first is None:
        return None
    menu = dose_for(first, athlete.level, Focus.strength, settings)
    sets = max(1, min(was.dose.sets.lo, first.dose_for(athlete.level).sets.hi))
    dose = attrs.evolve(menu, sets=IntRange(sets), load_kg=None)
    return attrs.evolve(_said(first, "calf_turn.first"), dose=dose)


def moved_on(
    items: list[Prescription], swaps: dict[str, str], catalog: Catalog
) -> list[Prescription]:
    """``items`` whose calf raise moved on to its harder form last week saying so.

    ``swaps`` maps each exercise the week's progression moved on to, to the one it left:
    a calf raise's new form names the change, and that its reps or load wait a week.
    """
    out = []
    for rx in items:
        was = swaps.get(rx.exercise)
        ex, old = catalog.get(rx.exercise), catalog.get(was) if was else None
        if ex is None or old is None or family(ex) not in CALVES or family(old) not in CALVES:
            out.append(rx)
            continue
        kind = family(ex)
        need = NEED[kind]
        why = say(
            "calf.moved_on",
            exercise=ex.id,
            need_kind=kind.name,
            need=need[0].upper() + need[1:],
            exercise_name=ex.name.lower(),
            instead=old.id,
            instead_name=old.name.lower(),
        )
        out.append(attrs.evolve(rx, reason=why))
    return out
