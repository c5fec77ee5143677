"""A week's sentence true to the week: what it does, in numbers, once it is built.

The calendar writes each week's sentence from the running alone; :func:`said` puts in what
the built week really does: a deload's hard sets before and after, and a strength week's
extra set and rising loads only where the week holds them.
"""

from __future__ import annotations

import attrs

from runstrength._model.block import week_volume
from runstrength._model.plan import WeekPlan
from runstrength._model.reason import text_of
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Phase
from runstrength._plan.calendar import BEGINNER_STRENGTH, STRENGTH, Place, deload_said

__all__ = ["said"]

_MORE = "a set more on the main lift"
"""What a main lift's reason says when it takes the strength phase's extra set."""


def said(
    plan: WeekPlan,
    place: Place,
    last: WeekRecord | None,
    base: int | None = None,
    usual: int | None = None,
) -> WeekPlan:
    """``plan`` with its week-level sentence saying what the built week does.

    A deload after a trained week says its hard sets before and after, and shorter sets
    only where some exercise does them. A taper week says its hard sets against ``base``
    (the last training week's), "about half" only for a cut of 41–60 %, and a second
    taper week that holds the sets of the first says so. A taper with no training week
    before it (no ``base``) says so, and gives its hard sets against ``usual`` (the week's
    hard sets before the taper's cut) or the taper week before. A strength week promises
    a set more only in the week the main lift takes it, and loads
    that rise only where the week holds a load (a load chosen by feel is chosen heavier by
    the reps in reserve; bodyweight work has none).
    """
    why = _true(place, plan, last)
    if place.phase is Phase.taper and base:
        why = taper_said(place.why, base, week_volume(plan), last, plan)
    elif place.phase is Phase.taper and usual:
        why = taper_said(place.why, usual, week_volume(plan), last, plan, untrained=True)
    if why == place.why:
        return plan
    sessions = tuple(
        attrs.evolve(s, reasons=(why, *s.reasons[1:]))
        if s.reasons and s.reasons[0].text == place.why
        else s
        for s in plan.sessions
    )
    return attrs.evolve(plan, sessions=sessions)


TAPER_HALF = "about half the sets of the last training week"
"""What the calendar's taper sentence says before the week is built."""


def taper_said(
    why: str,
    base: int,
    after: int,
    last: WeekRecord | None,
    plan: WeekPlan,
    *,
    untrained: bool = False,
) -> str:
    """The taper sentence with the week's real cut: ``base`` hard sets to ``after``.

    "About half" only for a cut of 41–60 % (Bosquet et al. 2007); else the numbers alone.
    A taper week after another with as many hard sets says so, and that its light day's
    sets are shorter, where they are. ``untrained``: no training week came before, so
    ``base`` is the week as the planner built it before the taper's cut.
    """
    if TAPER_HALF not in why:
        return why
    if untrained:
        return _untrained_taper(why, base, after, None if last is None else last.plan)
    if after >= base:
        return why
    fewer = round(100 * (base - after) / base)
    what = (
        "about half the hard sets of the last training week"
        if 41 <= fewer <= 60
        else "fewer hard sets than the last training week"
    )
    numbers = f"{base} hard sets to {after}, {fewer} % fewer"
    before = None if last is None or last.plan.phase is not Phase.taper else last.plan
    if before is not None and week_volume(before) == after:
        shorter = any(
            text_of(rx.reason).startswith("Taper: ") and "rather than" in text_of(rx.reason)
            for s in plan.sessions
            for rx in s.exercises
        )
        numbers += "; as many as last week"
        if shorter:
            numbers += ", with the light day's sets shorter"
    said = f"{what} ({numbers})"
    return why.replace(TAPER_HALF, said)


_SAME = " at the same loads and reps"
"""What the calendar's taper sentence says of the loads, after :data:`TAPER_HALF`."""


def _untrained_taper(why: str, usual: int, after: int, last: WeekPlan | None) -> str:
    """The taper sentence of a taper with no training week before it.

    The first such week is the week as the planner builds it (``usual`` hard sets) cut as
    a taper to ``after``; a later one is cut from the taper week before (``last``). The
    sentence says so, not a cut from a training week that never was.
    """
    head = "with no training week before it, "
    if last is not None and last.phase is Phase.taper and last.sessions:
        before, than, of, loads = week_volume(last), "last week", "of last week", _SAME
    else:
        before, than, of = usual, "a usual week would hold", "a usual week would hold"
        loads = " at its loads and reps"
    if after >= before:
        same = ", as many as last week" if after == before and than == "last week" else ""
        said = f"{head}{after} hard sets{same}{loads}"
    else:
        fewer = round(100 * (before - after) / before)
        what = (
            f"about half the hard sets {of}"
            if 41 <= fewer <= 60
            else f"fewer hard sets than {than}"
        )
        said = f"{head}{what} ({before} hard sets to {after}, {fewer} % fewer){loads}"
    return why.replace(TAPER_HALF + _SAME, said)


def _true(place: Place, plan: WeekPlan, last: WeekRecord | None) -> str:
    """The week's sentence for what ``plan`` does."""
    items = [rx for s in plan.sessions for rx in s.exercises]
    if place.phase is Phase.deload and last is not None and last.trained:
        shorter = any(
            text_of(rx.reason).startswith("Deload week: ") and "rather than" in text_of(rx.reason)
            for rx in items
        )
        return deload_said(place, week_volume(last.plan), week_volume(plan), shorter=shorter).why
    if place.phase is not Phase.strength:
        return place.why
    loads = (
        "and loads that rise when the logs say so"
        if any(rx.dose.load_kg for rx in items)
        else "and a heavier load you choose by the reps left in reserve"
        if any(rx.choose_load for rx in items)
        else ""
    )
    if BEGINNER_STRENGTH in place.why:
        aim = BEGINNER_STRENGTH.split(", and a load", 1)[0]
        return place.why.replace(BEGINNER_STRENGTH, f"{aim}, {loads}" if loads else aim)
    main = [s.exercises[0] for s in plan.sessions if s.focus is Focus.strength and s.exercises]
    more = any(text_of(rx.reason).startswith(f"Strength phase: {_MORE}") for rx in main)
    aim = "heavier work: fewer reps on the main lifts"
    if more and loads:
        aim = f"{aim}, {_MORE}, {loads}"
    elif more:
        aim = f"{aim} and {_MORE}"
    elif loads:
        aim = f"{aim} {loads}"
    return place.why.replace(STRENGTH, aim)
