"""A week's hard sets held to its phase: cut for a break, capped in training.

:func:`within_strength` holds a power week to the last strength week's hard sets (its
jumps take the place of accessory sets). :func:`volume_capped` cuts a deload
(:mod:`~runstrength._plan.deload`), a taper (:mod:`~runstrength._plan.taper`) and race
week to their share, and caps a training week at ``max_rise_percent`` above last week
(more only back to the level before a break).
"""

from __future__ import annotations

from runstrength._model.block import BlockSettings, week_volume
from runstrength._model.plan import Prescription
from runstrength._model.reasons import CODES
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Phase
from runstrength._plan.calendar import Place
from runstrength._plan.core import CORE, recent_weeks, with_core
from runstrength._plan.cuts import (
    TRIM_MAIN_SETS,
    Floor,
    Pick,
    cut_volume,
    one_change,
    rise_allowed,
    volume,
)
from runstrength._plan.deload import deload
from runstrength._plan.history import Season
from runstrength._plan.lighter import Sets, Whole, restored
from runstrength._plan.shaping import is_two_legged_squat_or_hinge
from runstrength._plan.taper import first_taper_said, taper
from runstrength._plan.tendonweek import kept_said
from runstrength._plan.trimorder import HIP_DRILL, KEPT, MAIN, OTHER, trim_ranks
from runstrength._rules.block import EASED, TRAINING
from runstrength._rules.season import taper_bounds

__all__ = ["volume_capped", "within_strength"]


def volume_capped(
    contents: list[list[Prescription]],
    olds: list[dict[str, Prescription]],
    fresh_flags: list[bool],
    place: Place,
    season: Season,
    last: WeekRecord | None,
    block: BlockSettings,
    whole: Whole,
) -> Sets:
    """The week's hard sets held to its phase: cut for a break, capped in training."""
    total = volume(contents)
    reference = season.reference_volume()
    phase = place.phase
    before = week_volume(last.plan) if last is not None else None
    new = [s for s, flag in enumerate(fresh_flags) if flag and len(fresh_flags) > 1]

    def held(
        target: int,
        why: str,
        key: Pick | None = None,
        *,
        sessions: int | None = None,
        least: int = 0,
        keep: int = 1,
        must: int | None = None,
        floor: Floor | None = None,
        rank: Pick | None = None,
    ) -> Sets:
        out = cut_volume(contents, target, olds, why, key, floor=floor, rank=rank)
        # Exercises go only as far as the week must: ``must`` sets or fewer.
        limit = target if must is None else must
        if volume(out) > limit:
            out = cut_volume(contents, limit, olds, why, key, drop=whole.week, first=new)
        if volume(out) > target and new and len(new) < len(contents):
            # A new session waits until the week has room for it.
            without = [[] if s in new else items for s, items in enumerate(contents)]
            out = cut_volume(without, target, olds, why, key, drop=whole.week)
        if sessions is not None:
            # A taper's sessions go, the light ones and the last first, rather than its effort.
            order = sorted(range(len(out)), key=lambda s: (whole.foci[s] is Focus.strength, -s))
            for s in order:
                if volume(out) <= sessions or sum(1 for items in out if items) <= keep:
                    break
                out[s] = []
            if volume(out) > limit:
                # Still too much: exercises go while each session stays whole.
                out = cut_volume(out, limit, olds, why, key, drop=whole.sessions, floor=floor)
                if volume(out) > limit and floor is not None:
                    out = cut_volume(out, limit, olds, why, key, drop=whole.sessions)
        return restored(out, contents, least, why)

    if phase is Phase.deload:
        # After a week off, the deload is lighter than the contents, not the missed week.
        trained = last if last is not None and last.trained else None
        return kept_said(deload(contents, olds, new, trained, whole, held), whole.calves)
    injuries = season.athlete.injuries
    if phase is Phase.taper:
        base = total if reference is None else reference
        # A later taper week is a little lighter than the one before (where it may be).
        out = taper(contents, olds, base, whole, held, before if place.number > 1 else None)
        out = kept_said(out, whole.calves)  # an Achilles athlete's calf block says why it stays
        most = max(volume(out), taper_bounds(base)[1])
        return _one_core_change(
            with_core(
                out if last is not None else first_taper_said(out),
                whole,
                most,
                injuries,
                taper=True,
                before=last and last.plan,
                earlier=recent_weeks(season.history),
                level=season.athlete.level,
            ),
            olds,
        )
    if phase is Phase.race:
        # Race week never asks more than the taper week before it.
        most = total if before is None else before
        out = contents
        if volume(out) > most:
            why = "Race week: {before} sets to {after}, no more than the taper week."
            out = cut_volume(contents, most, olds, why)
            if volume(out) > most:
                out = cut_volume(out, most, olds, why, drop=whole.week)
        return _one_core_change(
            with_core(
                out,
                whole,
                max(volume(out), most),
                injuries,
                before=last and last.plan,
                earlier=recent_weeks(season.history),
                level=season.athlete.level,
            ),
            olds,
        )
    if phase in EASED or before is None:
        return contents
    allowed = rise_allowed(before, block.max_rise_percent)
    back = (
        season.places[len(season.history) - 1].phase not in TRAINING
        or (last is not None and not last.trained)
        or season.return_step() is not None
        or season.after_return()
    )
    if back and reference is not None:
        allowed = max(allowed, reference)
    if total <= allowed:
        return contents

    def key(s: int, _: int, rx: Prescription) -> tuple[int, ...]:
        old = olds[s].get(rx.exercise)
        rose = old is None or rx.dose.sets.lo > old.dose.sets.lo
        return (int(fresh_flags[s]), int(rose))

    rank = _capped_order(contents, season, whole)

    # Back after lighter weeks the cap is the last training week's sets, the reference a
    # taper next week halves: the line says that, not the taper, is why it gives a set.
    why = (
        CODES["season.held_back.before_lighter"].template
        if back
        and reference is not None
        and reference >= rise_allowed(before, block.max_rise_percent)
        else CODES["season.held_back"].template
    )
    return held(allowed, why, key, rank=rank)


def _one_core_change(contents: Sets, olds: list[dict[str, Prescription]]) -> Sets:
    """The short core hold a lighter week keeps, one change from last week's (RS401)."""
    order = ("sets", "amount", "load_kg", "tempo", "exercise")
    return [
        [
            one_change(olds[s].get(rx.exercise), rx, order, promise=False)
            if rx.exercise == CORE and s < len(olds)
            else rx
            for rx in items
        ]
        for s, items in enumerate(contents)
    ]


def within_strength(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    place: Place,
    season: Season,
    whole: Whole,
) -> Sets:
    """A power week held to the last strength week's hard sets: jumps replace accessories.

    Other weeks are returned as they are.

    The jumps come in and other sets go, most first, the session without the jumps
    first; the jumps, each strength session's main lift and a two-legged squat or hinge
    keep theirs, so the week trades volume for speed while the loads rise.
    """
    if place.phase is not Phase.power:
        return contents
    most = next(
        (
            week_volume(record.plan)
            for record in reversed(season.history)
            if record.plan.phase is Phase.strength and record.trained
        ),
        None,
    )
    if most is None or volume(contents) <= most:
        return contents

    def floor(s: int, rx: Prescription) -> int:
        exercise = whole.catalog.get(rx.exercise)
        kept = exercise is not None and (
            exercise.plyometric
            or is_two_legged_squat_or_hinge(exercise)
            or (whole.foci[s] is Focus.strength and rx.exercise == contents[s][0].exercise)
        )
        return rx.dose.sets.lo if kept else 1

    def jumpless(s: int, _: int, __: Prescription) -> tuple[int, ...]:
        # The session without the jumps gives first: the jump day stays whole and light.
        jumps = any(
            (exercise := whole.catalog.get(rx.exercise)) is not None and exercise.plyometric
            for rx in contents[s]
        )
        return (int(not jumps),)

    why = "Power phase: {before} sets to {after}: the jumps take the place of accessory sets."
    # The sets go in a coach's order (trimorder); with the lesser work down to one set, a
    # hip drill goes for the jumps before a calf or hinge set does, and then
    # any accessory, while the week stays whole and trains every muscle it did.
    ranks = [
        trim_ranks(items, whole.catalog, main=whole.foci[s] is Focus.strength)
        for s, items in enumerate(contents)
    ]

    def rank(s: int, _: int, rx: Prescription) -> tuple[int, ...]:
        # Band walks, core and a second single-leg move give before calf sets (trimorder).
        return (ranks[s].get(rx.exercise, KEPT),)

    def drills_first(s: int, rx: Prescription) -> int:
        # Calf and hinge lines keep their sets while the lesser work gives.
        mine = ranks[s].get(rx.exercise, KEPT)
        return max(floor(s, rx), rx.dose.sets.lo if mine <= KEPT else 1)

    def drills_only(s: int, rx: Prescription) -> int:
        # Only a hip drill may go, as a band walk goes into the warm-up.
        return 1 if ranks[s].get(rx.exercise, KEPT) >= HIP_DRILL else rx.dose.sets.lo + 1

    out = cut_volume(contents, most, olds, why, jumpless, floor=drills_first, rank=rank)
    if volume(out) > most:
        out = cut_volume(out, most, olds, why, jumpless, drop=whole.week, floor=drills_only)
    return cut_volume(out, most, olds, why, jumpless, drop=whole.week, floor=floor, rank=rank)


def _capped_order(contents: Sets, season: Season, whole: Whole) -> Pick:
    """The order a training week's sets give way to its cap (:mod:`.trimorder`).

    Band walks, then core holds, then a second single-leg move; then a set the main lift
    gains over the last training week (the rise waits a week), before the session's other
    work and before a calf or hinge line goes below two sets; the main lift's own sets
    last.
    """
    ranks: list[dict[str, int]] = []
    before: list[dict[str, Prescription]] = []
    seen: dict[Focus, int] = {}
    for s, items in enumerate(contents):
        focus = whole.foci[s]
        k = seen[focus] = seen.get(focus, -1) + 1
        strength = focus is Focus.strength
        injuries = season.athlete.injuries
        ranks.append(trim_ranks(items, whole.catalog, main=strength, injuries=injuries))
        before.append(season.reference(focus, k))

    def rank(s: int, _: int, rx: Prescription) -> tuple[int, ...]:
        mine = ranks[s].get(rx.exercise, KEPT)
        if mine == MAIN:
            was = before[s].get(rx.exercise)
            gained = was is not None and rx.dose.sets.lo > was.dose.sets.lo
            return (OTHER, 1) if gained else (MAIN, 0)
        if mine == KEPT:
            return (KEPT, 2 if rx.dose.sets.lo > TRIM_MAIN_SETS else 0)
        return (mine, 0)

    return rank
