"""A taper: 41–60 % fewer hard sets than the last training week, at the same loads.

:func:`taper` keeps the sessions (Bosquet et al. 2007) where the week can, and the
muscles every time it can: the work of a session that goes moves into one that stays.
:func:`first_taper_said`: a taper with no earlier week says its dose without a week
before to compare with.
"""

from __future__ import annotations

import attrs

from runstrength._model.clean import clean_cut
from runstrength._model.dose import IntRange
from runstrength._model.plan import Prescription
from runstrength._model.reason import parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus, Pattern
from runstrength._plan.cuts import Floor, cut_volume, volume, with_sets
from runstrength._plan.lighter import (
    Held,
    Sets,
    Whole,
    calves_floor,
    main_floor,
    restored,
    shorter,
)
from runstrength._rules.season import (
    SHORT_HOLD,
    TAPER_CUT,
    short_hold,
    taper_bounds,
    taper_fewest,
    taper_most,
)
from runstrength._rules.session import muscles_trained

__all__ = ["first_taper_said", "taper"]


def taper(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    base: int,
    whole: Whole,
    held: Held,
    previous: int | None = None,
) -> Sets:
    """41–60 % fewer hard sets than ``base`` (the last training week's), same loads and reps.

    A taper week after another (``previous`` its hard sets) holds at least a set fewer,
    where the taper's 41–60 % allows, so the legs freshen up week by week.

    Frequency and intensity stay (Bosquet et al. 2007): sets come off the accessories
    first (each strength session's main lift keeps :data:`TAPER_MAIN_SETS` sets at its
    load where the week allows), then the lowest-priority exercises while every session
    stays whole and the week trains every muscle; a short core hold, no hard set for RS407,
    is counted so and kept when that spares a main lift its sets. Only when every session
    whole is more than the taper holds does a session go, the light ones first, and the
    work only it held moves into a session that stays; but for an Achilles athlete whose
    calf block the week keeps at two sets or more (:mod:`~runstrength._plan.tendonweek`),
    the sessions stay at their fewest sets even above the taper's.
    """
    # A one-set hold comes down to the taper's two thirds first: a hold that short is a
    # short core hold (RS407 counts none), so the cut spares a main lift its sets for it.
    contents = [[_hold_kept(rx, whole) for rx in items] for items in contents]
    lo, hi = taper_bounds(base)
    floor = main_floor(contents, whole)
    cuts: dict[tuple[int, int], Sets] = {}  # by bounds: the fallbacks may ask for one again

    def cut(bounds: tuple[int, int]) -> Sets:
        found = cuts.get(bounds)
        if found is None:
            found = cuts[bounds] = _cut(contents, olds, base, whole, held, bounds)
        return found

    if previous is not None and lo <= previous - 1 < hi:
        lighter = cut((lo, previous - 1))
        if _keeps(lighter, contents, floor):
            return lighter
    out = cut((lo, hi))
    if not _keeps(out, contents, floor):
        # A short core hold is no hard set (RS407): counted so, and kept, a one-set
        # accessory goes rather than the main lift's second set.
        counted = _holds_aside(contents, olds, base, whole, held, (lo, hi))
        if counted is not None and _keeps(counted, contents, floor):
            out = counted
    if not _keeps(out, contents, floor):
        # A small week of whole sessions: a 40 % cut keeps every session, or failing that
        # one set of each of every session's fewest exercises (RS407 accepts both).
        fewest = whole.settings.exercises_per_session.lo
        sessions = sum(1 for items in contents if items)
        most_fewest = min(fewest * sessions, taper_fewest(base))
        for most, least in ((taper_most(base), False), (most_fewest, True)):
            kept = cut((lo, most))
            smallest = all(
                len(items) <= fewest and volume([items]) <= len(items) for items in kept if items
            )
            if most > hi and _keeps(kept, contents, None) and (smallest or not least):
                out = kept
                break
    if not _keeps(out, contents, floor):
        # At its fewest, each main lift keeps its heavy sets: the cut comes from the rest,
        # as far as a cut of about 41 % and no more sets than the taper week before.
        spare = _at_fewest(contents, olds, whole, floor, _main_kept_most(base))
        if spare is not None and (previous is None or volume(spare) <= previous):
            out = spare
    if not _keeps(out, contents, None):
        # Frequency before the main lift's second set: every session at one set of each
        # of its fewest exercises, rather than a session gone.
        spare = _at_fewest(contents, olds, whole, lambda _, __: 1, taper_fewest(base))
        if spare is not None:
            out = spare
    kept_sets = any(least > 1 for least, block in whole.calves.values() if block)
    if kept_sets and not _keeps(out, contents, None):
        # An Achilles athlete's calf block kept at two sets or more, and every session
        # whole at its fewest above the taper's sets: the sessions stay (frequency, as
        # Bosquet et al. 2007 keep it) with the fewest sets they hold, rather than one going.
        for most in range(taper_most(base) + 1, volume(contents)):
            kept = cut((lo, most))
            if _keeps(kept, contents, floor):
                out = kept
                break
    if previous is not None and volume(out) >= previous:
        # No set to spare: the light sessions' sets are shorter instead.
        out = [
            [shorter(rx, "Taper") for rx in items] if whole.foci[s] is not Focus.strength else items
            for s, items in enumerate(out)
        ]
    return [[_hold_kept(rx, whole) for rx in items] for items in out]


def _hold_kept(rx: Prescription, whole: Whole) -> Prescription:
    """A one-set hold longer than a short one at about two thirds of its seconds.

    A taper cuts sets; a hold of one set has none to give, so its seconds come down
    instead (35–45 s to 25–30 s), in 5-s steps, never below a short hold's
    :data:`~runstrength._rules.season.SHORT_HOLD` s at the bottom nor under 10 s. Two
    thirds of the usual hold, the last training week's (:func:`_usual_hold`): a deload's
    shorter hold the week before is no one's usual.
    """
    exercise = whole.catalog.get(rx.exercise)
    dose = rx.dose
    if (
        exercise is None
        or Pattern.isometric not in exercise.patterns
        or dose.unit != "seconds"
        or dose.sets.hi != 1
        or dose.amount.hi <= SHORT_HOLD
    ):
        return rx
    usual = _usual_hold(rx, whole)
    lo = max(10, 5 * round(usual.lo * 2 / 15))
    hi = max(lo, 5 * round(usual.hi * 2 / 15))
    amount = clean_cut(IntRange(lo, hi), "seconds")
    if amount.hi >= dose.amount.hi:
        return rx
    said = say("taper.hold", amount=str(amount), was=str(usual))
    return attrs.evolve(rx, dose=dose.with_amount(amount), reason=said)


def _taper_hold(rx: Prescription) -> bool:
    """Whether ``rx`` is a hold the taper shortened, its reason saying so already."""
    return any(part.code == "taper.hold" for part in parts_of(rx.reason))


def _usual_hold(rx: Prescription, whole: Whole) -> IntRange:
    """The seconds of ``rx``'s hold in the last training week, else its own.

    A hold held longer in training than it is now (a deload's 30–35 s of a usual 30–45 s)
    names the training one; one the training weeks did not hold, or held no longer, its own.
    """
    dose = rx.dose
    was = whole.usual.get(rx.exercise)
    if was is None or was.dose.unit != dose.unit or was.dose.amount.hi <= dose.amount.hi:
        return dose.amount
    return was.dose.amount


def _holds_aside(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    base: int,
    whole: Whole,
    held: Held,
    bounds: tuple[int, int],
) -> Sets | None:
    """The cut to ``bounds`` in hard sets as RS407 counts them, the short core holds kept.

    ``None`` when the week has no short core hold, or the cut leaves one out.
    """
    holds = frozenset(
        (s, rx.exercise)
        for s, items in enumerate(contents)
        for rx in items
        if short_hold(rx, whole.catalog.get(rx.exercise))
    )
    if not holds:
        return None
    lo, hi = bounds
    target = max(lo, min(hi, round(base * 0.5))) + len(holds)
    why = "Taper: {before} sets to {after}, at the same load and reps."
    floor = main_floor(contents, whole)

    def kept(week: Sets) -> bool:
        left = {(s, rx.exercise) for s, items in enumerate(week) for rx in items}
        return holds <= left and whole.week(week)

    out = cut_volume(contents, target, olds, why, floor=floor)
    out = cut_volume(out, hi + len(holds), olds, why, drop=kept, floor=floor)
    return out if kept(out) and volume(out) <= hi + len(holds) else None


def _main_kept_most(base: int) -> int:
    """The most hard sets a taper at its fewest holds to keep each main lift's two sets.

    59 % of ``base`` to the nearest set: about a 41 % cut, the edge of Bosquet et al.
    2007's range; past it the main lift gives its second set before a session goes.

    >>> _main_kept_most(13), _main_kept_most(11)
    (8, 6)
    """
    return ((100 - TAPER_CUT[0]) * base + 50) // 100


def _at_fewest(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    whole: Whole,
    floor: Floor,
    most: int,
) -> Sets | None:
    """The week at its fewest, every session kept, with ``most`` hard sets or fewer.

    Every session whole at its fewest exercises, each at the sets ``floor`` keeps (one,
    or a main lift's :data:`~runstrength._rules.season.TAPER_MAIN_SETS`), which RS407
    accepts up to :func:`~runstrength._rules.season.taper_fewest`; a one-set core hold the
    taper shortens to a short one is no hard set. ``None`` when the week cannot.
    """
    holds = frozenset(
        (s, rx.exercise)
        for s, items in enumerate(contents)
        for rx in items
        if short_hold(_hold_kept(rx, whole), whole.catalog.get(rx.exercise))
    )
    most += len(holds)
    why = "Taper: {before} sets to {after}, at the same load and reps."

    def kept(week: Sets) -> bool:
        left = {(s, rx.exercise) for s, items in enumerate(week) for rx in items}
        return holds <= left and whole.week(week)

    out = cut_volume(contents, most, olds, why, floor=floor)
    out = cut_volume(out, most, olds, why, drop=kept, floor=floor)
    fewest = whole.settings.exercises_per_session.lo
    at_fewest = all(
        len(items) <= fewest and all(rx.dose.sets.lo <= floor(s, rx) for rx in items)
        for s, items in enumerate(out)
        if items
    )
    if not (kept(out) and at_fewest and volume(out) <= most and _keeps(out, contents, floor)):
        return None
    return out


def _keeps(out: Sets, contents: Sets, floor: Floor | None) -> bool:
    """Whether ``out`` keeps every session and, with ``floor``, each main lift's sets."""
    if floor is None:
        return all(bool(after) == bool(items) for after, items in zip(out, contents, strict=True))
    return all(
        bool(after) == bool(items) for after, items in zip(out, contents, strict=True)
    ) and all(
        rx.dose.sets.lo >= min(floor(s, rx), was.dose.sets.lo)
        for s, items in enumerate(out)
        for rx in items
        for was in contents[s]
        if was.exercise == rx.exercise
    )


def _cut(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    base: int,
    whole: Whole,
    held: Held,
    bounds: tuple[int, int],
) -> Sets:
    """The taper's cut to ``bounds``: accessories first, then exercises, then sessions."""
    lo, hi = bounds
    target = max(lo, min(hi, round(base * 0.5)))
    why = "Taper: {before} sets to {after}, at the same load and reps."
    floor = main_floor(contents, whole)
    out = cut_volume(contents, target, olds, why, floor=floor)
    if volume(out) > hi:
        out = cut_volume(out, hi, olds, why, drop=whole.week, floor=floor)
    if volume(out) > hi:
        # The main lift stays, at fewer sets, before a session goes (an Achilles athlete's
        # calf work keeps its own).
        out = cut_volume(out, hi, olds, why, floor=calves_floor(whole))
        out = cut_volume(out, hi, olds, why, drop=whole.week, floor=floor)
    if volume(out) > hi:
        out = held(target, why, sessions=target, least=lo, floor=floor)
        out = _carried(out, contents, olds, whole, hi, why)
    return restored(out, contents, lo, why)


def _carried(
    out: Sets, start: Sets, olds: list[dict[str, Prescription]], whole: Whole, most: int, why: str
) -> Sets:
    """The exercises of sessions that went, for muscles no session left trains, moved in.

    Each moves at one set into the first session left (strength first) with room for it,
    where lower-priority exercises can go to keep the week at ``most`` sets or fewer (the
    taper's cut comes first).
    """
    catalog, cap = whole.catalog, whole.settings.exercises_per_session.hi
    kept = sorted(
        (s for s, items in enumerate(out) if items),
        key=lambda s: (whole.foci[s] is not Focus.strength, s),
    )
    result = [list(items) for items in out]
    for s, items in enumerate(start):
        if out[s]:
            continue
        for rx in items:
            exercise = catalog.get(rx.exercise)
            if exercise is None or exercise.plyometric:
                continue
            if not (muscles_trained(exercise) & whole.needed) - whole.trained(result):
                continue
            room = [k for k in kept if len(result[k]) < cap]
            if any(x.exercise == rx.exercise for k in room for x in result[k]) or not room:
                continue
            said = rx.reason if _taper_hold(rx) else None  # its own taper sentence says it
            moved = with_sets(rx, 1, said or joined_reasons(say("taper.kept_one_set"), rx.reason))
            trial = [
                [*items, moved] if k == room[0] else list(items) for k, items in enumerate(result)
            ]
            have = whole.trained(trial)

            def keeps(week: Sets, have: frozenset[object] = have) -> bool:
                return whole.sessions(week) and have <= whole.trained(week)

            if volume(trial) > most:
                trial = cut_volume(trial, most, olds, why, drop=keeps)
            if volume(trial) <= most:
                result = trial
    return result


def first_taper_said(out: Sets) -> Sets:
    """A first week's taper (no earlier week) with each cut said as the dose it is.

    The cut's "2 sets to 1" compares with a week the athlete never did; the dose is a
    taper's short one all the same, and the reason says so.
    """
    return [[_first_said(rx) for rx in items] for items in out]


def _first_said(rx: Prescription) -> Prescription:
    parts = parts_of(rx.reason)
    if not any(part.code == "cut.taper" for part in parts):
        return rx
    said = [say("taper.first_dose") if part.code == "cut.taper" else part for part in parts]
    return attrs.evolve(rx, reason=joined_reasons(*said))
