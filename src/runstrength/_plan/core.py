"""The one short core set a taper or race week keeps when it has none (RS206)."""

from __future__ import annotations

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, Injury, Muscle
from runstrength._plan.cuts import volume
from runstrength._plan.lighter import Sets, Whole, kept_in_deload

__all__ = ["CORE", "CORE_HOLD", "with_core"]

CORE = "front_plank"
"""The short core exercise a taper or race week keeps when it has none: 1 × 20–30 s."""

CORE_HOLD = IntRange(20, 30)
"""Seconds of the taper's and race week's one core set: a short hold, no fatigue (within
RS407's :data:`~runstrength._rules.season.SHORT_HOLD`, so a taper does not count it)."""


def with_core(
    out: Sets, whole: Whole, most: int, injuries: frozenset[Injury], *, taper: bool = False
) -> Sets:
    """A taper's or race week's sessions with one short core set if the week has none.

    A :data:`CORE` set of :data:`CORE_HOLD` seconds goes into the session with the fewest
    exercises that has room (a light one first), so the week still trains the core
    (RS206). Where it would take the week over ``most`` hard sets, it takes the place of
    an exercise the week can spare (every session whole, every muscle still trained);
    where none can be spared, or the plank does not suit the athlete's injuries, the week
    stays as it was. In a ``taper`` the short hold is no hard set (RS407 does not count
    it), so it joins a week already at ``most``.
    """
    catalog = whole.catalog
    plank = catalog.get(CORE)
    if plank is None or plank.avoid_with & injuries or not any(out):
        return out
    if Muscle.core in whole.trained(out):
        return out
    dose = plank.dose_for(plank.level)
    dose = attrs.evolve(dose.with_amount(CORE_HOLD), sets=IntRange(1))
    rx = Prescription(
        CORE,
        dose,
        reason=say("season.core_hold"),
    )
    cap = whole.settings.exercises_per_session.hi
    order = sorted(
        (s for s, items in enumerate(out) if items),
        key=lambda s: (whole.foci[s] is Focus.strength, len(out[s]), s),
    )
    for s in order:
        if len(out[s]) >= cap and volume(out) < most:
            continue
        trial = [[*items, rx] if k == s else list(items) for k, items in enumerate(out)]
        if volume(trial) - taper <= most and len(trial[s]) <= cap:
            return trial
        for i in reversed(range(len(out[s]))):
            if kept_in_deload(catalog.get(out[s][i].exercise), whole.foci[s]):
                continue
            swapped = [list(items) for items in trial]
            swapped[s] = [x for k, x in enumerate(trial[s]) if k != i]
            kept = whole.trained(out) | {Muscle.core}
            if whole.sessions(swapped) and kept <= whole.trained(swapped):
                return swapped
    return out
