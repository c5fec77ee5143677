"""A deload: each session about :data:`DELOAD_CUT` % lighter, the sessions kept.

:func:`deload` takes sets first (no exercise loses more than half), then one exercise a
session; a week still not lighter than the last, in all and for the muscles, loses more.
"""

from __future__ import annotations

from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus
from runstrength._plan.cuts import Floor, cut_volume, volume
from runstrength._plan.lighter import Held, Sets, Whole, kept_in_deload, main_floor, shorter

__all__ = ["DELOAD_CUT", "deload"]

DELOAD_CUT = 40
"""A deload session holds up to about this share fewer hard sets than the week before's,
in percent."""


def deload(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    new: list[int],
    last: WeekRecord | None,
    whole: Whole,
    held: Held,
) -> Sets:
    """Each session about :data:`DELOAD_CUT` % lighter, at last week's loads and reps.

    Every session eases off, the light one too: sets come off what has two or more, each
    exercise by about the same share (the one keeping the largest share of its sets first,
    so the main lift goes 4 to 3 as the others go 2 to 1; each strength session's main
    lift keeps :data:`TAPER_MAIN_SETS` sets and no exercise loses more than half its sets,
    3 to 2, never 3 to 1); a session that cannot be lighter so loses one exercise, never
    its main lift nor its single-leg work, while every session stays whole and the week
    trains every muscle it trained; a session left with one set of each has shorter sets
    (8–16 reps to 8–12). The sessions stay. Only a week that is still not lighter than
    last week, in all and for the muscles, loses more.
    """
    before = week_volume(last.plan) if last is not None else None
    base = before if before else volume(contents)
    why = "Deload week: {before} sets to {after}, at the same load and reps."
    floor = _half_floor(contents, whole)
    out = [list(items) for items in contents]
    for s, items in enumerate(contents):
        if not items:
            continue
        goal = max(1, volume([items]) * (100 - DELOAD_CUT) // 100)
        cut = cut_volume([items], goal, [olds[s]], why, floor=_at(floor, s), share=True)[0]
        out[s] = cut
        if volume([cut]) > goal:
            out = _one_fewer(out, s, whole)
        if volume([out[s]]) > goal and all(rx.dose.sets.lo == 1 for rx in out[s]):
            # One set of each, no further exercise to spare (RS201): shorter sets too.
            out[s] = [shorter(rx, "Deload week") for rx in items]
    if before and not _lighter(out, last, whole.catalog):
        target = max(1, round(base * (100 - DELOAD_CUT) / 100))
        must = min(base, volume(out)) - 1
        out = held(target, why, sessions=must, keep=0, must=must, floor=floor)
    if last is not None:
        out = _lighter_muscles(out, olds, last.plan, whole, why)
    return out


def _at(floor: Floor, s: int) -> Floor:
    """``floor`` for the s-th session of the week, as one session's own cut reads it."""

    def one(_: int, rx: Prescription) -> int:
        return floor(s, rx)

    return one


def _half_floor(contents: Sets, whole: Whole) -> Floor:
    """The fewest sets each prescription keeps in a deload: half its sets, rounded up.

    The first main lift of each strength session keeps :data:`TAPER_MAIN_SETS` (fewer only
    if it had fewer).
    """
    main = main_floor(contents, whole)
    half = {
        (s, rx.exercise): (rx.dose.sets.lo + 1) // 2
        for s, items in enumerate(contents)
        for rx in items
    }

    def floor(s: int, rx: Prescription) -> int:
        return max(main(s, rx), half.get((s, rx.exercise), 1))

    return floor


def _one_fewer(out: Sets, s: int, whole: Whole) -> Sets:
    """The s-th session with its last exercise that may go gone, if one may."""
    items = out[s]
    for i in reversed(range(len(items))):
        if kept_in_deload(whole.catalog.get(items[i].exercise), whole.foci[s]):
            continue
        trial = [list(x) for x in out]
        trial[s] = items[:i] + items[i + 1 :]
        if whole.week(trial):
            return trial
    return out


def _lighter(out: Sets, last: WeekRecord | None, catalog: Catalog) -> bool:
    """Whether ``out`` holds fewer sets than last week, in all and for the muscles."""
    if last is None:
        return True
    before = [list(s.exercises) for s in last.plan.sessions]
    return volume(out) < volume(before) and _muscle_sets(out, catalog) < _muscle_sets(
        before, catalog
    )


def _muscle_sets(week_items: Sets, catalog: Catalog) -> int:
    """Sets counted once per primary muscle, as the weekly hard-set figures count them."""
    return sum(
        rx.dose.sets.hi * len(catalog[rx.exercise].primary)
        for items in week_items
        for rx in items
        if rx.exercise in catalog
    )


def _lighter_muscles(
    out: Sets,
    olds: list[dict[str, Prescription]],
    before: WeekPlan,
    whole: Whole,
    why: str,
) -> Sets:
    """A deload lighter for the muscles too: sets per muscle below the week before's.

    A week whose sessions differ from last week's (a light session now a strength one)
    can hold fewer sets yet as many for the muscles; an exercise more goes then.
    """
    catalog = whole.catalog
    was = _muscle_sets([list(s.exercises) for s in before.sessions], catalog)
    while was and _muscle_sets(out, catalog) >= was and volume(out) > 1:
        fewer = cut_volume(out, volume(out) - 1, olds, why, drop=whole.sessions)
        if volume(fewer) >= volume(out):
            break
        out = fewer
    if was and _muscle_sets(out, catalog) >= was and sum(1 for items in out if items) > 1:
        # Every session at its fewest and still as much for the muscles: a light one goes.
        light = [s for s, items in enumerate(out) if items and whole.foci[s] is not Focus.strength]
        if light:
            out = [[] if s == light[-1] else items for s, items in enumerate(out)]
    return out
