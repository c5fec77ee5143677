"""The one short core set a taper or race week keeps when it has none (RS206).

The core move of the week before where there was one (nothing new near a race), else a
short front plank.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reasons import say
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Injury, Level, Muscle, Pattern
from runstrength._plan.choose import suits_light
from runstrength._plan.cuts import volume
from runstrength._plan.lighter import Sets, Whole, kept_in_deload
from runstrength._plan.nearrace import RECENT_WEEKS

__all__ = ["CORE", "CORE_HOLD", "known_core", "recent_weeks", "with_core"]

CORE = "front_plank"
"""The short core exercise a taper or race week keeps when it has none: 1 × 20–30 s."""

CORE_HOLD = IntRange(20, 30)
"""Seconds of the taper's and race week's one core set: a short hold, no fatigue (within
RS407's :data:`~runstrength._rules.season.SHORT_HOLD`, so a taper does not count it)."""


def recent_weeks(history: Sequence[WeekRecord]) -> tuple[WeekPlan, ...]:
    """The plans of the recent weeks trained (:data:`RECENT_WEEKS`), oldest first."""
    return tuple(r.plan for r in history[-RECENT_WEEKS:] if r.trained)


def known_core(
    plan: WeekPlan | None, catalog: Catalog, earlier: Sequence[WeekPlan] = ()
) -> Prescription | None:
    """One set of the last core exercise of ``plan`` (the week before), if it held one.

    A core exercise is one of the core pattern, with no jump: the core move a taper or
    race week keeps rather than bringing in a new one. Where the week before held none,
    the ``earlier`` weeks (oldest first) are read, the latest first: the core move of the
    block's recent weeks, never one the athlete has not done.
    """
    weeks = [plan] if plan is not None else []
    for week in [*weeks, *reversed(earlier)]:
        found = _core_of(week, catalog)
        if found is not None:
            return found
    return None


def _core_of(plan: WeekPlan, catalog: Catalog) -> Prescription | None:
    for session in reversed(plan.sessions):
        for rx in reversed(session.exercises):
            exercise = catalog.get(rx.exercise)
            if exercise is None or exercise.plyometric:
                continue
            if Pattern.core in exercise.patterns:
                dose = attrs.evolve(rx.dose, sets=IntRange(1))
                if dose.unit == "seconds":
                    dose = dose.with_amount(CORE_HOLD)  # a short hold, no hard set
                why = say("season.core_known", exercise=exercise.id, name=exercise.name)
                return Prescription(rx.exercise, dose, reason=why)
    return None


def with_core(
    out: Sets,
    whole: Whole,
    most: int,
    injuries: frozenset[Injury],
    *,
    taper: bool = False,
    before: WeekPlan | None = None,
    earlier: Sequence[WeekPlan] = (),
    level: Level = Level.intermediate,
) -> Sets:
    """A taper's or race week's sessions with one short core set if the week has none.

    A :data:`CORE` set of :data:`CORE_HOLD` seconds goes into the session with the fewest
    exercises that has room (a light one first), so the week still trains the core
    (RS206). Where it would take the week over ``most`` hard sets, it takes the place of
    an exercise the week can spare (every session whole, every muscle still trained);
    where none can be spared, or the plank does not suit the athlete's injuries, the week
    stays as it was. In a ``taper`` the short hold is no hard set (RS407 does not count
    it), so it joins a week already at ``most``.

    Nothing new near a race: the core move of the week ``before`` or of the ``earlier``
    weeks (:func:`known_core`) takes the plank's place where the athlete's injuries allow
    it, in a strength session or a light one it suits (for a runner of ``level``). A
    light session it does not suit (a loaded move: race week's light session holds none)
    takes the plank, on purpose: a short hold leaves no soreness, and its reason says
    what it stands in for, and that it is new only where no recent week held it.
    """
    catalog = whole.catalog
    if not any(out) or Muscle.core in whole.trained(out):
        return out
    plank = catalog.get(CORE)
    known = known_core(before, catalog, earlier)
    move = catalog.get(known.exercise) if known is not None else None
    if move is not None and (move.avoid_with & injuries or move.id == CORE):
        known = move = None  # the plank itself: its short hold, as any lighter week's
    if plank is not None and plank.avoid_with & injuries:
        plank = None
    if known is None and plank is None:
        return out
    hold = plain = None
    if plank is not None:
        dose = plank.dose_for(plank.level)
        dose = attrs.evolve(dose.with_amount(CORE_HOLD), sets=IntRange(1))
        plain = hold = Prescription(CORE, dose, reason=say("season.core_hold"))
        if move is not None:
            weeks = [*earlier, *([before] if before is not None else [])]
            done = any(rx.exercise == CORE for w in weeks for s in w.sessions for rx in s.exercises)
            code = "season.core_hold_unloaded" + ("" if done else ".new")
            hold = attrs.evolve(plain, reason=say(code, exercise=move.id, name=move.name))

    def core_set(s: int) -> Prescription | None:
        if known is None or move is None:
            return hold
        if whole.foci[s] is Focus.strength or suits_light(catalog, move, level):
            return known
        return hold

    found = _placed(out, whole, most, core_set, taper=taper)
    if found is None and known is not None and plain is not None:
        # No room for the known move's set: the short hold, which a taper does not count.
        found = _placed(out, whole, most, lambda _: plain, taper=taper)
    return out if found is None else found


def _placed(
    out: Sets,
    whole: Whole,
    most: int,
    core_set: Callable[[int], Prescription | None],
    *,
    taper: bool,
) -> Sets | None:
    """``out`` with a core set (``core_set`` of the session) in the first session it fits."""
    catalog = whole.catalog
    cap = whole.settings.exercises_per_session.hi
    order = sorted(
        (s for s, items in enumerate(out) if items),
        key=lambda s: (whole.foci[s] is Focus.strength, len(out[s]), s),
    )
    for s in order:
        rx = core_set(s)
        if rx is None or (len(out[s]) >= cap and volume(out) < most):
            continue
        trial = [[*items, rx] if k == s else list(items) for k, items in enumerate(out)]
        free = taper and rx.exercise == CORE  # a short hold is no hard set in a taper
        if volume(trial) - free <= most and len(trial[s]) <= cap:
            return trial
        for i in reversed(range(len(out[s]))):
            if kept_in_deload(catalog.get(out[s][i].exercise), whole.foci[s]):
                continue
            swapped = [list(items) for items in trial]
            swapped[s] = [x for k, x in enumerate(trial[s]) if k != i]
            kept = whole.trained(out) | {Muscle.core}
            if whole.sessions(swapped) and kept <= whole.trained(swapped):
                return swapped
    return None
