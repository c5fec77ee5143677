"""A week's sentence true to the week: what it does, in numbers, once it is built.

The calendar writes each week's sentence from the running alone; :func:`said` puts in what
the built week really does: a deload's hard sets before and after, and a strength week's
extra set and rising loads only where the week holds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.copies import renewed, with_exercises
from runstrength._model.plan import WeekPlan
from runstrength._model.reason import Param, Reason, parts_of, text_of
from runstrength._model.reasons import say
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Phase
from runstrength._plan.calendar import Place, deload_said
from runstrength._plan.claims import main_held, reps_cut
from runstrength._rules.season import TAPER_CUT, taper_sets

__all__ = ["said"]

_MORE = "a set more on the main lift"
"""What a main lift's reason says when it takes the strength phase's extra set."""


def said(
    plan: WeekPlan,
    place: Place,
    last: WeekRecord | None,
    base: int | None = None,
    usual: int | None = None,
    catalog: Catalog | None = None,
    general: Mapping[str, int] | None = None,
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

    With the ``catalog``, a taper week counts its hard sets as RS407 does: a short core
    hold is none, and the sentence names it beside them. With it and ``general`` (the
    main lifts' top reps in the last general week, by exercise, :func:`~runstrength._plan.claims.
    general_reps`), a strength week promises fewer reps only where a main lift does them.
    """
    why = _true(place, plan, last, catalog, general)

    def count(week: WeekPlan) -> int:
        return week_volume(week) if catalog is None else taper_sets(week, catalog)

    if place.phase is Phase.taper and base:
        why = taper_said(place.why, base, count(plan), last, plan, count=count)
    elif place.phase is Phase.taper and usual:
        why = taper_said(place.why, usual, count(plan), last, plan, untrained=True, count=count)
    if why == place.why:
        return plan
    sessions = tuple(
        with_exercises(s, s.exercises, (why, *s.reasons[1:]))
        if s.reasons and s.reasons[0].text == place.why.text
        else s
        for s in plan.sessions
    )
    return renewed(plan, sessions=sessions)  # the plan's own sessions, each checked


def _shorter(plan: WeekPlan, head: str) -> bool:
    """Whether an exercise of ``plan`` does shorter sets for the lighter week ``head`` names."""
    return any(
        text_of(rx.reason).startswith(head) and "rather than" in text_of(rx.reason)
        for s in plan.sessions
        for rx in s.exercises
    )


def taper_said(
    why: Reason,
    base: int,
    after: int,
    last: WeekRecord | None,
    plan: WeekPlan,
    *,
    untrained: bool = False,
    count: Callable[[WeekPlan], int] = week_volume,
) -> Reason:
    """The taper sentence with the week's real cut: ``base`` hard sets to ``after``.

    "About half" only for a cut of 41–60 % (Bosquet et al. 2007); else the numbers alone.
    A taper week after another with as many hard sets says so, and that its light day's
    sets are shorter, where they are. ``untrained``: no training week came before, so
    ``base`` is the week as the planner built it before the taper's cut. ``count`` gives
    a week's hard sets (``after`` is the count of ``plan``); a short core hold it leaves
    out is named beside them.
    """
    if why.code != "taper.week":
        return why
    holds = week_volume(plan) - count(plan)
    if untrained:
        return _untrained_taper(why, base, after, None if last is None else last.plan, count, holds)
    if after >= base:
        return why
    fewer = round(100 * (base - after) / base)
    code = f"taper.week.{_cut_word(fewer)}"
    before = None if last is None or last.plan.phase is not Phase.taper else last.plan
    if before is not None and count(before) == after:
        code += ".as_last_week_shorter" if _shorter(plan, "Taper: ") else ".as_last_week"
    return _with_holds(code, holds, **why.params, before=base, after=after, fewer=fewer)


def _with_holds(code: str, holds: int, **params: Param) -> Reason:
    """The taper sentence ``code``, naming the short core holds kept beside the hard sets."""
    if holds == 1:
        return say(f"{code}.hold", **params)
    if holds > 1:
        return say(f"{code}.holds", **params, holds=holds)
    return say(code, **params)


def _cut_word(fewer: int) -> str:
    """Which taper sentence a cut of ``fewer`` percent takes.

    ``half`` for 41–60 % (Bosquet et al. 2007); ``kept`` for less, which says it falls
    short of that range rather than cite a source for it; ``fewer`` for more.

    >>> _cut_word(45), _cut_word(29), _cut_word(65)
    ('half', 'kept', 'fewer')
    """
    if fewer < TAPER_CUT[0]:
        return "kept"
    return "half" if fewer <= TAPER_CUT[1] else "fewer"


def _untrained_taper(
    why: Reason,
    usual: int,
    after: int,
    last: WeekPlan | None,
    count: Callable[[WeekPlan], int] = week_volume,
    holds: int = 0,
) -> Reason:
    """The taper sentence of a taper with no training week before it.

    The first such week is the week as the planner builds it (``usual`` hard sets) cut as
    a taper to ``after``; a later one is cut from the taper week before (``last``). The
    sentence says so, not a cut from a training week that never was.
    """
    if last is not None and last.phase is Phase.taper and last.sessions:
        before, source = count(last), "last"
    else:
        before, source = usual, "usual"
    code = f"taper.week.untrained.{source}"
    if after >= before:
        same = after == before and source == "last"
        return say(f"{code}.{'same' if same else 'held'}", **why.params, after=after)
    fewer = round(100 * (before - after) / before)
    word = _cut_word(fewer)
    if source == "last" and word == "kept":
        word = "fewer"  # cut from the taper week before: no 41–60 % to reach
    code += f".{word}"
    return _with_holds(code, holds, **why.params, before=before, after=after, fewer=fewer)


def _true(
    place: Place,
    plan: WeekPlan,
    last: WeekRecord | None,
    catalog: Catalog | None = None,
    general: Mapping[str, int] | None = None,
) -> Reason:
    """The week's sentence for what ``plan`` does (see :func:`said`)."""
    items = [rx for s in plan.sessions for rx in s.exercises]
    if place.phase is Phase.deload and last is not None and last.trained:
        shorter = _shorter(plan, "Deload week: ")
        return deload_said(place, week_volume(last.plan), week_volume(plan), shorter=shorter).why
    if place.why.code in _ADVANCED_GENERAL:
        return _heavy_said(place, plan)
    if place.phase is not Phase.strength:
        return place.why
    loads = (
        "kg"
        if any(rx.dose.load_kg for rx in items)
        else "chosen"
        if any(rx.choose_load for rx in items)
        else "none"
    )
    if place.why.code == "phase.strength.beginner":
        # A main lift that stands as it did last week has not moved on: the week says so.
        held = ".held" if main_held(plan, None if last is None else last.plan) else ""
        return say(f"phase.strength.beginner{held}.{loads}", **place.why.params)
    if place.why.code != "phase.strength":
        return place.why
    main = [s.exercises[0] for s in plan.sessions if s.focus is Focus.strength and s.exercises]
    more = any(text_of(rx.reason).startswith(f"Strength phase: {_MORE}") for rx in main)
    step = "more" if more else "same"
    if catalog is not None and general is not None and not reps_cut(plan, catalog, general):
        return say(f"phase.strength.kept_reps.{step}.{loads}", **place.why.params)
    return say(f"phase.strength.{step}.{loads}", **place.why.params)


_ADVANCED_GENERAL = frozenset({"phase.general.advanced", "phase.general.advanced.alone"})
"""The week sentences of an advanced runner's general phase."""


def _heavy_said(place: Place, plan: WeekPlan) -> Reason:
    """An advanced runner's general week, said as its main lift is: finding its load or heavy.

    A week whose main lift finds its load says at what reps and reserve; one whose main lift
    is heavy already says so; neither promises settling in below a heavy prescription.
    """
    main = [s.exercises[0] for s in plan.sessions if s.focus is Focus.strength and s.exercises]
    codes = {part.code: rx for rx in main for part in parts_of(rx.reason)}
    found = codes.get("exercise.find_load")
    if found is not None and found.dose.rir is not None:
        return say(
            "phase.general.advanced.find",
            **place.why.params,
            reps=str(found.dose.amount),
            rir=str(found.dose.rir),
        )
    if "exercise.heavy_main_lift" in codes:
        return say("phase.general.advanced.heavy", **place.why.params)
    return place.why
