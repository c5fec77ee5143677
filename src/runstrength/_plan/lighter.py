"""Lighter weeks: a deload's and a taper's sets, the week kept whole as exercises go.

- :class:`Whole`: whether a week's sessions stay whole as exercises go (sizes, patterns,
  the muscles RS206 lists).
- :func:`deload`: each session about :data:`DELOAD_CUT` % lighter, the light one too:
  sets first (no exercise loses more than half), then one exercise; the sessions stay.
- :func:`taper`: 41–60 % fewer hard sets than the last training week, keeping the
  sessions (Bosquet et al. 2007) where the week can, and the muscles every time it can.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Injury, Muscle, Pattern
from runstrength._plan.cuts import Floor, cut_volume, volume, with_sets
from runstrength._plan.shaping import is_main_lift
from runstrength._rules.season import taper_bounds
from runstrength._rules.session import missing_patterns, muscles_trained

__all__ = [
    "CORE",
    "DELOAD_CUT",
    "RETURN_RIR",
    "RETURN_SHARES",
    "TAPER_MAIN_SETS",
    "Held",
    "Sets",
    "Whole",
    "deload",
    "main_floor",
    "restored",
    "returning",
    "taper",
    "with_core",
]

DELOAD_CUT = 40
"""A deload session holds up to about this share fewer hard sets than the week before's,
in percent."""

TAPER_MAIN_SETS = 2
"""A taper keeps at least this many sets of each strength session's main lift.

Bosquet et al. 2007: a taper keeps the intensity and cuts the volume, so the heaviest
lift stays at its load and the cut comes from the accessories first.
"""

CORE = "front_plank"
"""The short core exercise a taper or race week keeps when it has none: 1 × 20–30 s."""

CORE_HOLD = IntRange(20, 30)
"""Seconds of the taper's and race week's one core set: a short hold, no fatigue."""

_ONE_LEG = frozenset({Pattern.lunge, Pattern.single_leg})
"""Single-leg work, which a deload keeps: strength one leg at a time, as in the stride."""

RETURN_SHARES = (55, 80)
"""The share of the sets, in percent, of the first and second weeks back after time off.

After a week or more off (illness), the first week back holds about 55 % of the last
training week's sets at 3–4 reps in reserve, the second about 80 %; the full week comes
in the third (project convention, after the return-to-training steps of 003).
"""

RETURN_RIR = IntRange(3, 4)
"""Reps in reserve in the first week back after time off, within the top of each dose's
own range (RS205 keeps strength sets at 1–3 by default: they end 3 in reserve)."""

Sets = list[list[Prescription]]
"""Each session's prescriptions, in plan order, while a week is shaped."""


class Whole:
    """Whether a week's sessions stay whole as exercises go: sizes, patterns, muscles."""

    def __init__(
        self, catalog: Catalog, settings: RuleSettings, foci: list[Focus], start: Sets
    ) -> None:
        self.catalog = catalog
        self.settings = settings
        self.foci = foci
        self.needed = self._trained(start)

    def trained(self, week_items: Sets) -> frozenset[object]:
        """The muscles ``week_items`` train, as RS206 counts them."""
        return self._trained(week_items)

    def _trained(self, week_items: Sets) -> frozenset[object]:
        return frozenset(
            m
            for items in week_items
            for rx in items
            if rx.exercise in self.catalog
            for m in muscles_trained(self.catalog[rx.exercise])
        )

    def session(self, s: int, items: list[Prescription]) -> bool:
        """The s-th session still has enough exercises and every pattern its focus needs."""
        known = [self.catalog[rx.exercise] for rx in items if rx.exercise in self.catalog]
        return len(items) in self.settings.exercises_per_session and not missing_patterns(
            self.foci[s], known
        )

    def sessions(self, week_items: Sets) -> bool:
        """Every session that is left stays whole."""
        return all(self.session(s, items) for s, items in enumerate(week_items) if items)

    def week(self, week_items: Sets) -> bool:
        """Every session stays whole and the week trains every muscle it trained."""
        return self.needed <= self._trained(week_items) and self.sessions(week_items)


Held = Callable[..., Sets]
"""The old way to hold a week to a number of sets: sessions go, light ones first."""


def deload(
    contents: Sets,
    olds: list[dict[str, Prescription]],
    new: list[int],
    last: WeekRecord | None,
    whole: Whole,
    held: Held,
) -> Sets:
    """Each session about :data:`DELOAD_CUT` % lighter, at last week's loads and reps.

    Every session eases off, the light one too: sets come off what has two or more (the
    most first; each strength session's main lift keeps :data:`TAPER_MAIN_SETS` sets and
    no exercise loses more than half its sets, 3 to 2, never 3 to 1); a session that
    cannot be lighter so loses one exercise, never its main lift nor its single-leg work,
    while every session stays whole and the week trains every muscle it trained. The
    sessions stay. Only a week that is still not lighter than last week, in all and for
    the muscles, loses more.
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
        cut = cut_volume([items], goal, [olds[s]], why, floor=_at(floor, s))[0]
        out[s] = cut
        if volume([cut]) > goal:
            out = _one_fewer(out, s, whole)
        if out[s] == items:
            # One set of each, no exercise to spare (RS201): shorter sets instead.
            out[s] = [_shorter(rx) for rx in items]
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


def _kept_in_deload(exercise: Exercise | None, focus: Focus) -> bool:
    """An exercise a deload keeps: a main lift, or single-leg work."""
    return exercise is not None and (
        is_main_lift(exercise, focus) or not exercise.patterns.isdisjoint(_ONE_LEG)
    )


def _shorter(rx: Prescription) -> Prescription:
    """``rx`` with the top of its reps, seconds or steps taken halfway down (8–16 to 8–12)."""
    amount = rx.dose.amount
    top = amount.lo + (amount.hi - amount.lo) // 2
    if top >= amount.hi or top < amount.lo + 2:
        return rx
    shorter = IntRange(amount.lo, top)
    unit = {"reps": "reps", "seconds": "s", "steps": "steps"}[rx.dose.unit]
    return attrs.evolve(
        rx,
        dose=rx.dose.with_amount(shorter),
        reason=(
            f"Deload week: {shorter} {unit} rather than {amount}, a lighter session at the "
            "same load."
        ),
    )


def _one_fewer(out: Sets, s: int, whole: Whole) -> Sets:
    """The s-th session with its last exercise that may go gone, if one may."""
    items = out[s]
    for i in reversed(range(len(items))):
        if _kept_in_deload(whole.catalog.get(items[i].exercise), whole.foci[s]):
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


def taper(
    contents: Sets, olds: list[dict[str, Prescription]], base: int, whole: Whole, held: Held
) -> Sets:
    """41–60 % fewer hard sets than ``base`` (the last training week's), same loads and reps.

    Frequency and intensity stay (Bosquet et al. 2007): sets come off the accessories
    first (each strength session's main lift keeps :data:`TAPER_MAIN_SETS` sets at its
    load where the week allows), then the lowest-priority exercises while every session
    stays whole and the week trains every muscle. Only when every session whole is more
    than the taper holds does a session go, the light ones first, and the work only it
    held moves into a session that stays.
    """
    lo, hi = taper_bounds(base)
    target = max(lo, min(hi, round(base * 0.5)))
    why = "Taper: {before} sets to {after}, at the same load and reps."
    floor = main_floor(contents, whole)
    out = cut_volume(contents, target, olds, why, floor=floor)
    if volume(out) > hi:
        out = cut_volume(out, hi, olds, why, drop=whole.week, floor=floor)
    if volume(out) > hi:
        # The main lift stays, at fewer sets, before a session goes.
        out = cut_volume(out, hi, olds, why)
        out = cut_volume(out, hi, olds, why, drop=whole.week, floor=floor)
    if volume(out) > hi:
        out = held(target, why, sessions=target, least=lo, floor=floor)
        out = _carried(out, contents, olds, whole, hi, why)
    return restored(out, contents, lo, why)


def main_floor(contents: Sets, whole: Whole) -> Floor:
    """The fewest sets each prescription keeps in a taper.

    The first main lift of each strength session keeps :data:`TAPER_MAIN_SETS` sets
    (fewer only if it had fewer); every other prescription may go down to one.
    """
    kept: set[tuple[int, str]] = set()
    for s, items in enumerate(contents):
        main = next(
            (rx for rx in items if is_main_lift(whole.catalog.get(rx.exercise), whole.foci[s])),
            None,
        )
        if main is not None:
            kept.add((s, main.exercise))

    def floor(s: int, rx: Prescription) -> int:
        return TAPER_MAIN_SETS if (s, rx.exercise) in kept else 1

    return floor


def restored(out: Sets, start: Sets, least: int, why: str) -> Sets:
    """Sets back, up to ``start``'s, where fewer sessions took the week below ``least``."""
    out = [list(items) for items in out]
    for s in range(len(out)):
        for i in range(len(out[s])):
            name = out[s][i].exercise
            was = next((x for x in start[s] if x.exercise == name), out[s][i])
            while volume(out) < least and out[s][i].dose.sets.lo < was.dose.sets.lo:
                more = out[s][i].dose.sets.lo + 1
                out[s][i] = with_sets(out[s][i], more, why.format(before=was.dose.sets, after=more))
    return out


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
    return out


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
            moved = with_sets(rx, 1, f"Taper: kept at 1 set. {rx.reason}".strip())
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


def returning(
    contents: Sets, olds: list[dict[str, Prescription]], base: int, step: int, whole: Whole
) -> Sets:
    """A week back after time off: :data:`RETURN_SHARES` [``step``] % of ``base`` sets.

    ``base`` is the last training week's hard sets. Sets come off first (each strength
    session's main lift keeps two where it can), then the lowest-priority exercises while
    every session stays whole; the first week back (``step`` 0) is done at
    :data:`RETURN_RIR` reps in reserve.
    """
    target = max(1, round(base * RETURN_SHARES[step] / 100))
    why = (
        "Back after time off: {before} sets to {after} this week."
        if step == 0
        else "Second week back: {before} sets to {after}, more next week."
    )
    out = cut_volume(contents, target, olds, why, floor=main_floor(contents, whole))
    if volume(out) > target:
        out = cut_volume(out, target, olds, why)
    if volume(out) > target:
        out = cut_volume(out, target, olds, why, drop=whole.week)
    if step == 0:
        out = [[_easy(rx) for rx in items] for items in out]
    return out


def _easy(rx: Prescription) -> Prescription:
    """``rx`` at :data:`RETURN_RIR` reps in reserve, within the top of its own range."""
    rir = rx.dose.rir
    if rir is None:
        return rx
    # An effort target narrower than the usual 1-3 (2 in reserve) still eases to 3.
    top = max(rir.hi, RETURN_RIR.lo)
    easy = IntRange(min(RETURN_RIR.lo, top), min(RETURN_RIR.hi, top))
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=easy))


def with_core(out: Sets, whole: Whole, most: int, injuries: frozenset[Injury]) -> Sets:
    """A taper's or race week's sessions with one short core set if the week has none.

    A :data:`CORE` set of :data:`CORE_HOLD` seconds goes into the session with the fewest
    exercises that has room (a light one first), so the week still trains the core
    (RS206). Where it would take the week over ``most`` hard sets, it takes the place of
    an exercise the week can spare (every session whole, every muscle still trained);
    where none can be spared, or the plank does not suit the athlete's injuries, the week
    stays as it was.
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
        reason="Core: one short hold keeps the trunk working through the lighter weeks.",
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
        if volume(trial) <= most and len(trial[s]) <= cap:
            return trial
        for i in reversed(range(len(out[s]))):
            if _kept_in_deload(catalog.get(out[s][i].exercise), whole.foci[s]):
                continue
            swapped = [list(items) for items in trial]
            swapped[s] = [x for k, x in enumerate(trial[s]) if k != i]
            kept = whole.trained(out) | {Muscle.core}
            if whole.sessions(swapped) and kept <= whole.trained(swapped):
                return swapped
    return out
