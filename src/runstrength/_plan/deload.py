"""A deload: each session about :data:`DELOAD_CUT` % lighter, the sessions kept.

:func:`deload` takes sets first (no exercise loses more than half), then one exercise a
session; a week of one-set sessions still above :data:`DELOAD_MOST` % of the week before's
hard sets loses accessories, then sets down to half (the main lift last); a week still not
lighter than the last, in all and for the muscles, loses more.
"""

from __future__ import annotations

from collections.abc import Callable

from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Pattern
from runstrength._plan.cuts import Floor, cut_said, cut_volume, volume, with_sets
from runstrength._plan.lighter import Held, Sets, Whole, kept_in_deload, main_floor, shorter
from runstrength._plan.shaping import is_main_lift
from runstrength._plan.tendonweek import calf_floor
from runstrength._rules.block import TRAINING

__all__ = ["DELOAD_CUT", "DELOAD_MOST", "deload"]

DELOAD_CUT = 40
"""A deload session holds up to about this share fewer hard sets than the week before's,
in percent."""

DELOAD_MOST = 75
"""A deload week holds at most this share of the week before's hard sets, in percent: a
week of one-set exercises loses accessories, then the main lift's second set, to get there
(a deload a coach calls one is about 30-40 % lighter)."""


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
    (8–16 reps to 8–12). A week still above :data:`DELOAD_MOST` % of last week's hard
    sets loses accessories and sets (:func:`_clearly_lighter`), and an accessory still at
    last week's sets gives one up (:func:`_every_move_lighter`). The sessions stay. Only a
    week that is still not lighter than last week, in all and for the muscles, loses more.
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
            # A load already a step under last week's is the session's cut: not shorter too.
            out[s] = [
                rx if _lighter_load(rx, olds[s]) else shorter(rx, "Deload week") for rx in items
            ]
    if before and last is not None and last.plan.phase in TRAINING:
        # Lighter than a training week (a deload after a deload is cut from it already).
        since = _as_last_week(contents, olds)
        out = _clearly_lighter(out, since, before * DELOAD_MOST // 100, whole, why)
        least = -(-before * (100 - DELOAD_CUT) // 100)
        out = _every_move_lighter(out, olds, whole, why, least)
    if before and not _lighter(out, last, whole.catalog):
        target = max(1, round(base * (100 - DELOAD_CUT) / 100))
        must = min(base, volume(out)) - 1
        out = held(target, why, sessions=must, keep=0, must=must, floor=floor)
    if last is not None:
        out = _lighter_muscles(out, olds, last.plan, whole, why)
    return out


def _as_last_week(contents: Sets, olds: list[dict[str, Prescription]]) -> Sets:
    """``contents`` with each prescription at no more sets than last week held of it.

    A deload halves at most what the athlete did last week, not what the phase would
    otherwise have held: after a power week took the main lift from 3 sets to 2, its
    deload may take it to 1 (half of last week's 2), so that the strength session is
    lighter too, not the light one alone.
    """
    out: Sets = []
    for s, items in enumerate(contents):
        kept = []
        for rx in items:
            old = olds[s].get(rx.exercise)
            fewer = old is not None and old.dose.sets.lo < rx.dose.sets.lo
            kept.append(with_sets(rx, old.dose.sets.lo) if fewer and old else rx)
        out.append(kept)
    return out


def _every_move_lighter(
    out: Sets, olds: list[dict[str, Prescription]], whole: Whole, why: str, least: int
) -> Sets:
    """``out`` with a set off each accessory left as it was last week (``olds``).

    A deload touches every move it can: an accessory of two sets or more at last week's
    very dose gives one up (never below half), as the others did, while the week keeps
    ``least`` hard sets (no more than :data:`DELOAD_CUT` % off); a main lift keeps its
    :data:`TAPER_MAIN_SETS`, and a one-set move stays as it is.
    """
    main = main_floor(out, whole)
    result = [list(items) for items in out]
    for s, items in enumerate(result):
        for i, rx in enumerate(items):
            old = olds[s].get(rx.exercise)
            sets = rx.dose.sets.lo
            if old is None or main(s, rx) > 1 or sets < 2 or rx.dose != old.dose:
                continue
            if volume(result) <= least:
                return result
            items[i] = with_sets(rx, sets - 1, cut_said(why, old.dose.sets, sets - 1))
    return result


def _lighter_load(rx: Prescription, old: dict[str, Prescription]) -> bool:
    """Whether ``rx`` is lifted lighter than last week's prescription of it (a step back)."""
    was = old.get(rx.exercise)
    load, before = rx.dose.load_kg, None if was is None else was.dose.load_kg
    return load is not None and before is not None and load < before - 1e-9


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


def _clearly_lighter(out: Sets, contents: Sets, most: int, whole: Whole, why: str) -> Sets:
    """``out`` down to ``most`` hard sets, where a week of one-set exercises is above it.

    Accessories go first, the lowest priority first (a core exercise while the week keeps
    another, then hip isolation, then the rest), while every session stays whole and the
    week trains every muscle it trained; then sets come off what holds two or more, down to
    half, a main lift not below two; then an accessory even if one muscle rests this week
    (never the week's last core exercise, its only calf work, its main lifts or single-leg
    work); only then a main lift's second set. A week that keeps an Achilles athlete's calf
    work (:func:`~runstrength._plan.tendonweek.protected_calves`) takes the sets first, the
    main lift's second one included, so the week keeps its exercises.
    """
    while volume(out) > most:
        fewer = None
        if whole.calves:  # an Achilles athlete's calf work kept: the main lift gives a set
            fewer = _set_off(out, contents, whole, why, mains=False) or _set_off(
                out, contents, whole, why
            )
        if fewer is None:
            fewer = _accessory_off(out, whole, whole.week)
        if fewer is None:
            fewer = _set_off(out, contents, whole, why, mains=False)
        if fewer is None:
            fewer = _accessory_off(out, whole, whole.sessions, deep=True)
        if fewer is None:
            fewer = _set_off(out, contents, whole, why)
        if fewer is None:
            return out
        out = fewer
    return out


def _rank(exercise_id: str, whole: Whole) -> int:
    """The order accessories go in a deload: core, hip isolation, the rest."""
    exercise = whole.catalog.get(exercise_id)
    if exercise is None:
        return 3
    if Pattern.core in exercise.patterns:
        return 0
    if Pattern.hip_stability in exercise.patterns:
        return 1
    if _one_leg(exercise):
        return 3
    return 2


def _spared(out: Sets, s: int, i: int, whole: Whole, *, deep: bool) -> bool:
    """Whether the i-th exercise of the s-th session stays whatever the deload needs.

    The main lifts stay, and the week's last core exercise and its only calf work; single-
    leg work stays too, but for a second single-leg exercise of a session when ``deep``.
    """
    exercise = whole.catalog.get(out[s][i].exercise)
    if exercise is None or is_main_lift(exercise, whole.foci[s]):
        return True
    if kept_in_deload(exercise, whole.foci[s]):
        return not deep or not any(
            j != i and _one_leg(whole.catalog.get(rx.exercise)) for j, rx in enumerate(out[s])
        )
    for pattern in (Pattern.core, Pattern.calf):
        if pattern in exercise.patterns:
            others = [
                rx
                for k, items in enumerate(out)
                for j, rx in enumerate(items)
                if (k, j) != (s, i)
                and pattern in getattr(whole.catalog.get(rx.exercise), "patterns", ())
            ]
            if not others:
                return True
    return False


def _one_leg(exercise: Exercise | None) -> bool:
    """Single-leg strength work (not a jump)."""
    return (
        exercise is not None
        and not exercise.plyometric
        and not exercise.patterns.isdisjoint({Pattern.lunge, Pattern.single_leg})
    )


def _accessory_off(
    out: Sets, whole: Whole, fits: Callable[[Sets], bool], *, deep: bool = False
) -> Sets | None:
    """The week with its lowest-priority accessory gone, if one may go and ``fits``."""
    spots = sorted(
        (
            (_rank(rx.exercise, whole), -s, -i)
            for s, items in enumerate(out)
            for i, rx in enumerate(items)
            if not _spared(out, s, i, whole, deep=deep)
        ),
    )
    for _, minus_s, minus_i in spots:
        s, i = -minus_s, -minus_i
        trial = [list(items) for items in out]
        del trial[s][i]
        if fits(trial):
            return trial
    return None


def _set_off(
    out: Sets, contents: Sets, whole: Whole, why: str, *, mains: bool = True
) -> Sets | None:
    """The week with a set off what holds more than half its sets of ``contents``.

    The main lifts go last, and below :data:`TAPER_MAIN_SETS` only with ``mains`` (a
    single heavy set is too little to hold strength, and a taper keeps two), and one the
    deload made shorter after the rest: it goes back to its reps, so that the set is its
    one change; the reason counts from the sets before the deload.
    """
    main = main_floor(out, whole)
    was = {(s, rx.exercise): rx for s, items in enumerate(contents) for rx in items}
    spots = sorted(
        (main(s, rx) > 1, shorter, -rx.dose.sets.lo, s, i)
        for s, items in enumerate(out)
        for i, rx in enumerate(items)
        if (s, rx.exercise) in was
        # Not below half its sets; one already shorter only at its own sets: it goes back
        # to its reps and loses a set instead (one change a week, RS401).
        and 2 * (rx.dose.sets.lo - 1) >= was[s, rx.exercise].dose.sets.lo > 1
        and (mains or rx.dose.sets.lo > main(s, rx))  # a main lift keeps two while it can
        and rx.dose.sets.lo > calf_floor(whole.calves, s, rx)  # Achilles calf work stays
        and (
            not (shorter := rx.dose.amount != was[s, rx.exercise].dose.amount)
            or rx.dose.sets == was[s, rx.exercise].dose.sets
        )
    )
    if not spots:
        return None
    *_, s, i = spots[0]
    before = was[s, out[s][i].exercise]
    rx = before if out[s][i].dose.amount != before.dose.amount else out[s][i]
    after = rx.dose.sets.lo - 1
    trial = [list(items) for items in out]
    trial[s][i] = with_sets(rx, after, cut_said(why, before.dose.sets, after))
    return trial
