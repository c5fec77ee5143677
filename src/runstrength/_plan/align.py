"""One change a week: each exercise of a block week differs from the week before in one way.

A block week is planned on its own and then raised, deloaded or tapered. Planned on its
own, an exercise can come out with other sets than the week before: a session after a
run has a shorter warm-up, so time trimming leaves it more sets than a session on a day
off. Raised as well, that exercise would change its sets and its reps at once (RS401).
:func:`align` holds every variable but one at last week's value, the way RS401 pairs
the weeks: the k-th session of a focus with the k-th of the same focus, and exercises by
id within them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from runstrength._model.dose import Dose
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.settings import RuleSettings, estimate_minutes
from runstrength._model.vocab import Focus
from runstrength._rules.progression import changed_variables

__all__ = ["align", "paired_sessions"]


def paired_sessions(before: WeekPlan, after: WeekPlan) -> Iterator[tuple[int, int]]:
    """Indices of the sessions compared week to week: the k-th of a focus in each week."""
    for focus in Focus:
        old = [i for i, s in enumerate(before.sessions) if s.focus is focus]
        new = [i for i, s in enumerate(after.sessions) if s.focus is focus]
        yield from zip(old, new, strict=False)


def _keeping(old: Dose, new: Dose, variable: str) -> Dose:
    """``new`` with every progression variable but ``variable`` set back to ``old``'s."""
    dose = new
    if variable != "sets":
        dose = attrs.evolve(dose, sets=old.sets)
    if variable != "amount":
        dose = attrs.evolve(dose, reps=old.reps, seconds=old.seconds, steps=old.steps)
    if variable != "load_kg":
        dose = attrs.evolve(dose, load_kg=old.load_kg)
    if variable != "tempo":
        dose = attrs.evolve(dose, tempo=old.tempo)
    return dose


def _minutes(session: Session, items: Sequence[Prescription], settings: RuleSettings) -> float:
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    return estimate_minutes((p.dose for p in items), warm_up_minutes=warm_up, settings=settings)


def _aligned(
    old: Session, new: Session, keep: Sequence[str], limit: int, settings: RuleSettings
) -> Session:
    olds = {p.exercise: p for p in reversed(old.exercises)}
    items = list(new.exercises)
    for index, item in enumerate(items):
        before = olds.get(item.exercise)
        if before is None:
            continue
        a, b = before.dose, item.dose
        if a.sets == b.sets and a.load_kg == b.load_kg and a.tempo == b.tempo:
            continue  # the amount alone may differ: one change at most (the usual case)
        changed = changed_variables(before, item)
        if len(changed) <= 1:
            continue
        kept = [v for v in keep if v in changed] or list(changed)
        options = [attrs.evolve(item, dose=_keeping(before.dose, item.dose, v)) for v in kept]
        timed = []
        for option in options:
            trial = [*items[:index], option, *items[index + 1 :]]
            timed.append((_minutes(new, trial, settings), option))
        fitting = [option for spent, option in timed if spent <= limit]
        items[index] = fitting[0] if fitting else min(timed, key=lambda t: t[0])[1]
    if items == list(new.exercises):
        return new
    return attrs.evolve(new, exercises=tuple(items))


def align(
    plan: WeekPlan,
    before: WeekPlan,
    *,
    keep: Sequence[str],
    minutes: int,
    settings: RuleSettings,
) -> WeekPlan:
    """``plan`` with each exercise changing at most one variable from ``before`` (RS401).

    Where an exercise would change two or more of sets, reps (or seconds, steps), load and
    tempo, it keeps one change and takes last week's value for the rest: the first variable
    of ``keep`` whose choice fits the athlete's ``minutes``, or else the quickest of them.

    Args:
        plan: The week as raised, deloaded or tapered.
        before: The week before it, as it was finally planned.
        keep: The variables the week means to change, most wanted first (e.g. ``amount``
            for a build week, ``sets`` for a deload).
        minutes: The athlete's minutes per session.
        settings: Rule thresholds (for the time estimate).
    """
    sessions = list(plan.sessions)
    for old, new in paired_sessions(before, plan):
        sessions[new] = _aligned(before.sessions[old], sessions[new], keep, minutes, settings)
    if sessions == list(plan.sessions):
        return plan
    return attrs.evolve(plan, sessions=tuple(sessions))
