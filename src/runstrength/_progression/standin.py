"""Stand-ins: the pattern groups a session covers, and an exercise for a stopped one's slot.

A stand-in spares every rested area, suits the athlete (or, without one, the exercise it
replaces), shares a movement pattern with it where one can, and takes no longer: its sets
and amount come down until it fits the time of the exercise it replaces. A hinge that
rests the hamstring or lower back, with no hinge left that spares them, gives way to hip
extension (a glute bridge, a hip thrust, a glute drive), which works the glutes with
little hamstring load, so the posterior chain is not left bare for weeks. Every
stand-in is done only if pain-free (:data:`PAIN_FREE_ONLY`).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange, Tempo
from runstrength._model.plan import Prescription
from runstrength._model.reason import text_of, to_reason
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._model.vocab import Focus, Pattern
from runstrength._progression.ask import no_more
from runstrength._progression.fit import needs_load
from runstrength._progression.policy import level_of
from runstrength._progression.timing import minutes

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from runstrength._model.athlete import Athlete
    from runstrength._model.catalog import Catalog
    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Session
    from runstrength._progression.fit import Fit

__all__ = ["NEAR", "NEEDS", "PAIN_FREE_ONLY", "dose_seconds", "groups", "substitute", "within_time"]

NEEDS: Final[Mapping[Focus, tuple[frozenset[Pattern], ...]]] = MappingProxyType(
    {
        Focus.strength: (
            frozenset({Pattern.squat, Pattern.lunge}),
            frozenset({Pattern.hinge}),
            frozenset({Pattern.single_leg}),
            frozenset({Pattern.calf}),
            frozenset({Pattern.hip_stability}),
        ),
        Focus.light: (
            frozenset({Pattern.single_leg}),
            frozenset({Pattern.hip_stability}),
            frozenset({Pattern.calf}),
        ),
    }
)
"""The pattern groups each kind of session covers (the table RS202 checks, 003)."""

_GENERIC = frozenset({Pattern.isometric, Pattern.isolation})

NEAR: Final[Mapping[Pattern, Pattern]] = MappingProxyType({Pattern.hinge: Pattern.hip_extension})
"""The pattern that may stand in for a rested one when none of its own spares the areas:
a hinge's hip extension, without the hamstring's long lever (003's bridges and thrusts)."""

PAIN_FREE_ONLY: Final = "Keep any pain at 2/10 or less, and stop if it goes higher."
"""What every stand-in after sharp pain adds: it is done only without pain (project
convention, after 003's advice to train pain-free)."""


def groups(catalog: Catalog, focus: Focus, ids: Sequence[str]) -> set[frozenset[Pattern]]:
    """The groups of :data:`NEEDS` that the exercises ``ids`` cover."""
    found = (catalog.get(name) for name in ids)
    covered = frozenset().union(*(ex.patterns for ex in found if ex is not None))
    return {group for group in NEEDS[focus] if not group.isdisjoint(covered)}


def dose_seconds(dose: Dose) -> float:
    """Seconds a dose takes, sets and rests included (the estimate RS203 uses)."""
    return estimate_minutes([dose], warm_up_minutes=0, settings=DEFAULT_SETTINGS) * 60


def within_time(
    session: Session, trial: list[Prescription], rx: Prescription, allowed: float
) -> Prescription | None:
    """``rx`` (the last of ``trial``), cut to one set when the session outgrows its minutes.

    ``None`` when even one set would take the session past ``allowed`` minutes.
    """
    if minutes(session, trial) <= allowed + 1e-9:
        return rx
    one = attrs.evolve(rx, dose=attrs.evolve(rx.dose, sets=IntRange(1)))
    return one if minutes(session, [*trial[:-1], one]) <= allowed + 1e-9 else None


def substitute(
    catalog: Catalog,
    athlete: Athlete | None,
    rx: Prescription,
    taken: set[str],
    fit: Fit,
    *,
    light: bool,
    any_move: bool = False,
) -> Prescription | None:
    """A pain-free exercise for ``rx``'s slot that spares the rested areas, if any.

    It shares a movement pattern with ``rx``'s exercise, or with ``any_move`` any
    pattern at all (to keep a session at its least number of exercises).
    """
    removed = catalog.get(rx.exercise)
    if removed is None:
        return None
    patterns = removed.patterns - _GENERIC or removed.patterns
    near = frozenset(NEAR[p] for p in patterns if p in NEAR)
    if any_move:
        patterns = frozenset(Pattern) - {Pattern.plyometric}
    best: tuple[int, int, int, int] | None = None
    found: Exercise | None = None
    for order, candidate in enumerate(catalog.exercises):
        if candidate.id in taken or (light and (candidate.plyometric or needs_load(candidate))):
            continue
        shared = len(candidate.patterns & patterns)
        close = len(candidate.patterns & near)
        if not (shared or close) or fit.problem(candidate, removed) is not None:
            continue
        gap = abs(candidate.level.rank - removed.level.rank)
        key = (-shared, -close, gap, order)
        if best is None or key < best:
            best, found = key, candidate
    if found is None:
        return None
    level = athlete.level if athlete else level_of(removed, rx.dose)
    level = max(level, found.level)
    near_only = not found.patterns & patterns
    if near_only and found.doses[level].unit == "reps":
        dose = _bridge(found.doses[level], rx.dose)
    else:
        dose = no_more(found.doses[level], rx.dose)
    for smaller in (IntRange(1), None):  # no longer than the exercise it stands in for
        if near_only or dose_seconds(dose) <= dose_seconds(rx.dose):
            break
        if smaller is not None:
            dose = attrs.evolve(dose, sets=smaller)
        else:
            dose = dose.with_amount(IntRange(dose.amount.lo))
    need = text_of(rx.reason).split(". ", 1)[0].rstrip(".")  # the slot's need, its first sentence
    if near_only:  # a near pattern: say what it spares
        need = "hip extension for the glutes, with little load on the hamstring and lower back"
    why = say("progress.stand_in", exercise=removed.id, exercise_name=removed.name, need=need)
    if len(why.text) > 500:
        why = to_reason(why.text[:500])
    return Prescription(found.id, dose, reason=why, choose_load=needs_load(found))


BRIDGE_REPS: Final = IntRange(12, 15)
"""The reps of hip extension standing in for a rested hinge: at bodyweight, a set is 12–15
slow reps, not the hinge's heavy few (project convention, after 003's bridges)."""

BRIDGE_TEMPO: Final = Tempo(3, 0, 1)
"""The tempo of that hip extension: slow reps, 3 s down (a tempo is three numbers)."""


def _bridge(catalog_dose: Dose, replaced: Dose) -> Dose:
    """Hip extension at bodyweight in a rested hinge's place: its own dose, not the hinge's.

    No more sets than the hinge, :data:`BRIDGE_REPS` reps with a :data:`BRIDGE_TEMPO`
    tempo, and no reps-in-reserve target (bodyweight bridges are not taken near failure:
    the pain rule sets the limit). It may take a minute longer than the hinge: the
    session is kept to its minutes afterwards.
    """
    sets = IntRange(
        min(catalog_dose.sets.lo, replaced.sets.lo), min(catalog_dose.sets.hi, replaced.sets.hi)
    )
    dose = attrs.evolve(catalog_dose, sets=sets, rir=None, load_kg=None, tempo=BRIDGE_TEMPO)
    return dose.with_amount(BRIDGE_REPS)


STAND_IN = "In place of {name} while it rests: "
"""How a stand-in's reason begins: the exercise it stands in for, then that slot's reason."""
