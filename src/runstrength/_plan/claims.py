"""What a strength week's sentence may claim of its main lifts, read from the numbers.

- :func:`general_reps`: the most reps the main lifts did in the last general-phase week.
- :func:`reps_cut`: whether a week's main lifts do fewer reps than that.
- :func:`main_held`: whether a week's main lifts stand as they did last week.

"Fewer reps on the main lifts" is the strength phase's aim, but a week that keeps a main
lift at the general phase's reps (the change waits a week, or a body-weight move has no
heavier load to take) does not do it; nor does a beginner's main lift "move on" in a week
it stays as it was. The week's sentence says what the week does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from runstrength._model.catalog import Catalog
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.vocab import Focus, Pattern, Phase
from runstrength._plan.shaping import is_main_lift

__all__ = ["general_reps", "main_held", "reps_cut"]


def _main_lifts(plan: WeekPlan, catalog: Catalog) -> list[Prescription]:
    """The main lifts of ``plan``'s strength sessions that count reps, in plan order.

    A week with no loadable main lift (body weight at home) has each strength session's
    first exercise as its main lift, as the session's reasons call it.
    """
    loaded = [
        rx
        for session in plan.sessions
        for rx in session.exercises
        if is_main_lift(exercise := catalog.get(rx.exercise), session.focus)
        and exercise is not None
        and Pattern.calf not in exercise.patterns  # a single-leg calf raise is calf work
    ]
    return [rx for rx in loaded or _first(plan) if rx.dose.unit == "reps"]


def general_reps(
    plans: Sequence[WeekPlan], phases: Sequence[Phase], catalog: Catalog
) -> dict[str, int] | None:
    """The top of each main lift's reps in the last general-phase week of ``plans``.

    ``phases`` gives each plan's phase. ``None`` when no general week held a main lift:
    then no week can be said to cut from it.
    """
    for plan, phase in zip(reversed(plans), reversed(phases), strict=False):
        if phase is not Phase.general:
            continue
        mains = _main_lifts(plan, catalog)
        if mains:
            return {rx.exercise: rx.dose.amount.hi for rx in mains}
    return None


def reps_cut(plan: WeekPlan, catalog: Catalog, general: Mapping[str, int]) -> bool:
    """Whether a main lift of ``plan`` does fewer reps than in the general phase.

    Each main lift against its own ``general`` reps; one new since (a back squat where a
    goblet squat was) against the most any main lift did there. A week with no main lift
    counting reps cuts none.
    """
    most = max(general.values(), default=0)
    return any(
        rx.dose.amount.hi < general.get(rx.exercise, most) for rx in _main_lifts(plan, catalog)
    )


def _first(plan: WeekPlan) -> list[Prescription]:
    """Each strength session's first exercise: a beginner's main lift."""
    return [s.exercises[0] for s in plan.sessions if s.focus is Focus.strength and s.exercises]


def _as_done(items: Iterable[Prescription]) -> list[tuple[object, ...]]:
    """What a main lift's progress changes: the exercise, its reps, tempo and load."""
    return [(rx.exercise, rx.dose.amount, rx.dose.tempo, rx.dose.load_kg) for rx in items]


def main_held(plan: WeekPlan, before: WeekPlan | None) -> bool:
    """Whether ``plan``'s main lifts stand as they did in ``before``: same move, reps, tempo.

    Sets do not count: a week back after a deload takes its sets back, which moves no lift
    on. No week ``before`` (or no main lift) holds nothing.
    """
    if before is None:
        return False
    now = _as_done(_first(plan))
    return bool(now) and now == _as_done(_first(before))
