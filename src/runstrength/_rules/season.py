"""Season rules RS407–RS410: the taper, volume growth, deloads with the running, recovery.

Each reads a whole block (:class:`~runstrength._rules.block.BlockContext`): its weeks'
hard sets (:func:`~runstrength.week_volume`), their phases, and the running's races and
cut-back weeks (``runstrength._model.running``), so they judge any block by the same
measures, whatever made it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.running import goal_race, running_minutes
from runstrength._model.vocab import Focus, Pattern, Phase, Severity
from runstrength._rules.block import EASED, TRAINING, BlockContext
from runstrength._rules.rulebook import Finding, Rule

__all__ = [
    "GOAL_RECOVERY_DAYS",
    "RECENT_WEEKS",
    "RULES",
    "SHORT_HOLD",
    "TAPER_CUT",
    "TAPER_MAIN_SETS",
    "TUNE_UP_RECOVERY_DAYS",
    "short_hold",
    "taper_bounds",
    "taper_fewest",
    "taper_most",
    "taper_sets",
]

TAPER_CUT: Final = (41, 60)
"""A taper week cuts this share of hard sets, in percent (Bosquet et al. 2007)."""

TAPER_MAIN_SETS: Final = 2
"""A taper keeps this many sets of each strength session's main lift (Bosquet et al. 2007:
the volume falls, the intensity stays)."""

SHORT_HOLD: Final = 30
"""Seconds: one set of a core hold this short is no hard set (a taper's short core hold)."""

GOAL_RECOVERY_DAYS: Final = 7
"""No strength session this many days after the goal race (convention)."""

TUNE_UP_RECOVERY_DAYS: Final = 2
"""No strength session this many days after a tune-up race (convention)."""

RECENT_WEEKS: Final = 4
"""RS408 lets a week return to the hard sets of a training week this recent (convention)."""


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _weeks(numbers: Sequence[int]) -> str:
    shown = [str(n) for n in numbers]
    words = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
    return f"week{'s' if len(shown) > 1 else ''} {words}"


def taper_bounds(before: int) -> tuple[int, int]:
    """The hard sets a taper week may hold after ``before`` in the last training week.

    A cut of 41–60 % keeps 40–59 % of the sets, whole sets inside those shares (18 sets
    before: 8–10, as 11 would be a cut of 39 %). A small week with no whole number of sets
    inside takes each end to its nearest whole set, so it still has a taper that fits
    (3 sets before: 1–2).

    >>> taper_bounds(20), taper_bounds(18), taper_bounds(10), taper_bounds(3), taper_bounds(1)
    ((8, 11), (8, 10), (4, 5), (1, 2), (0, 1))
    """
    keep_lo, keep_hi = 100 - TAPER_CUT[1], 100 - TAPER_CUT[0]
    lo, hi = -(-keep_lo * before // 100), keep_hi * before // 100
    if lo <= hi:
        return lo, hi
    return (keep_lo * before + 49) // 100, (keep_hi * before + 50) // 100


def short_hold(item: Prescription, exercise: Exercise | None) -> bool:
    """Whether ``item`` is one short core hold: one set of :data:`SHORT_HOLD` s or less.

    It keeps the trunk working without fatigue, so a taper does not count it as a hard set.
    """
    dose = item.dose
    return (
        exercise is not None
        and {Pattern.core, Pattern.isometric} <= exercise.patterns
        and dose.unit == "seconds"
        and dose.sets.hi == 1
        and dose.amount.hi <= SHORT_HOLD
    )


def taper_sets(plan: WeekPlan, catalog: Catalog) -> int:
    """A taper week's hard sets: every set but its short core holds' (:func:`short_hold`)."""
    holds = sum(
        1 for s in plan.sessions for p in s.exercises if short_hold(p, catalog.get(p.exercise))
    )
    return week_volume(plan) - holds


def taper_most(before: int) -> int:
    """The most hard sets RS407 lets a taper week hold after ``before``: a cut of 40 % or more.

    The planner aims inside 41–60 % (:func:`taper_bounds`); a week that cannot without
    losing a session (a small week of whole sessions) may keep 60 %, never more.

    >>> taper_most(18), taper_most(15), taper_most(3)
    (10, 9, 2)
    """
    return max(taper_bounds(before)[1], (100 - TAPER_CUT[0] + 1) * before // 100)


def taper_fewest(before: int) -> int:
    """The most hard sets a taper week at its fewest may hold after ``before`` (RS407).

    A week whose sessions hold one set of each of their fewest exercises (the main lift
    its :data:`TAPER_MAIN_SETS`) cannot be cut further without losing a session, and a
    taper keeps the frequency (Bosquet et al. 2007): such a week may keep two thirds of
    the sets, a cut of a third or more (11 sets to 7: two sessions of four exercises, one
    of them a short core hold).

    >>> taper_fewest(13), taper_fewest(18), taper_fewest(11)
    (8, 12, 7)
    """
    return 2 * before // 3


def _last_training(phases: Sequence[Phase], index: int) -> int | None:
    """The last training-phase week before week ``index``, if one."""
    for back in range(index - 1, -1, -1):
        if phases[back] in TRAINING:
            return back
    return None


# --------------------------------------------------------------------------- RS407


def _taper(ctx: BlockContext) -> Iterator[Finding]:
    block = ctx.block
    goal = goal_race(block.running)
    if goal is None:
        return
    for index in range(goal):
        if block.phases[index] is not Phase.taper:
            continue
        base = _last_training(block.phases, index)
        if base is None or not week_volume(block.weeks[base]):
            continue
        fewest = ctx.settings.exercises_per_session.lo
        yield from _taper_volume(
            block.weeks[index], index + 1, block.weeks[base], base + 1, ctx.catalog, fewest
        )
        yield from _taper_effort(block.weeks[index], index + 1, block.weeks[base], base + 1)


def _at_fewest(plan: WeekPlan, fewest: int) -> bool:
    """Whether every session of ``plan`` holds one set of each of its fewest exercises.

    A strength session's first exercise, its main lift, may keep
    :data:`TAPER_MAIN_SETS`: the taper keeps the heavy sets that hold strength. Such a
    week is as light as its sessions can be: a bigger cut would lose a session or the
    main lift's load work, and a taper keeps the frequency and the intensity (Bosquet et
    al. 2007).
    """
    return bool(plan.sessions) and all(
        len(s.exercises) <= fewest
        and all(
            rx.dose.sets.hi <= (TAPER_MAIN_SETS if i == 0 and s.focus is Focus.strength else 1)
            for i, rx in enumerate(s.exercises)
        )
        for s in plan.sessions
    )


def _taper_volume(
    plan: WeekPlan,
    number: int,
    base: WeekPlan,
    base_number: int,
    catalog: Catalog,
    fewest: int,
) -> Iterator[Finding]:
    before, sets = week_volume(base), taper_sets(plan, catalog)
    lo, hi = taper_bounds(before)
    keep = f"{lo}–{hi} sets" if lo < hi else f"{lo} set{'s' if lo != 1 else ''}"
    cut = round(100 * (before - sets) / before)
    where = f"{before} of week {base_number}, the last training week before the taper"
    fewest_ok = _at_fewest(plan, fewest) and sets <= taper_fewest(before)
    if sets > taper_most(before) and not fewest_ok:
        yield Finding(
            f"Taper week {number} plans {sets} hard sets, only {cut} % fewer than the {where}; "
            f"cut them by {TAPER_CUT[0]}–{TAPER_CUT[1]} % ({keep}) so the legs arrive "
            "fresh.",
            week=number,
        )
    elif sets < lo:
        yield Finding(
            f"Taper week {number} plans {sets} hard sets, {cut} % fewer than the {where}; "
            f"keep {keep}: cutting more than {TAPER_CUT[1]} % loses the edge the "
            "training built.",
            week=number,
        )


def _amount(dose: Dose) -> tuple[str, int, int]:
    return dose.unit, dose.amount.lo, dose.amount.hi


def _kg(value: float) -> str:
    return f"{value:g} kg"


def _taper_effort(
    plan: WeekPlan, number: int, base: WeekPlan, base_number: int
) -> Iterator[Finding]:
    """Each exercise of both weeks keeps its load, and its reps at the same load."""
    for session in plan.sessions:
        for item in session.exercises:
            old = _partner(base, session, item)
            if old is None:
                continue
            new_dose, old_dose = item.dose, old.dose
            new_kg = new_dose.load_kg if new_dose.load_kg is not None else 0.0
            old_kg = old_dose.load_kg if old_dose.load_kg is not None else 0.0
            if item.choose_load != old.choose_load:
                continue  # a load chosen by effort against one in kg: no comparison
            if new_kg < old_kg:
                yield Finding(
                    f"Taper week {number} lowers {item.exercise}'s load from {_kg(old_kg)} in "
                    f"week {base_number} to {_kg(new_kg)}; a taper cuts sets, not the weight "
                    "on the bar.",
                    day=session.day,
                    exercise=item.exercise,
                    week=number,
                )
            elif new_kg == old_kg and _higher(new_dose, old_dose):
                yield Finding(
                    f"Taper week {number} asks more of {item.exercise} at the same load "
                    f"({new_dose.amount} {new_dose.unit} against {old_dose.amount} in week "
                    f"{base_number}); a taper cuts sets, so keep the reps and the load.",
                    day=session.day,
                    exercise=item.exercise,
                    week=number,
                )


def _higher(new: Dose, old: Dose) -> bool:
    """Whether ``new`` asks a higher target of the same unit than ``old``."""
    unit, lo, hi = _amount(new)
    old_unit, old_lo, old_hi = _amount(old)
    return unit == old_unit and (lo > old_lo or hi > old_hi)


def _partner(base: WeekPlan, where: Session, item: Prescription) -> Prescription | None:
    """The same exercise in the base week: in a session of the same focus and day first."""
    found = [
        ((session.focus != where.focus, session.day != where.day), p)
        for session in base.sessions
        for p in session.exercises
        if p.exercise == item.exercise
    ]
    found.sort(key=lambda pair: pair[0])
    return found[0][1] if found else None


# --------------------------------------------------------------------------- RS408


def _eased(phase: Phase, sets: int) -> bool:
    """Whether a week was a dip: not a training week, or a week off."""
    return phase not in TRAINING or not sets


def _growth(ctx: BlockContext) -> Iterator[Finding]:
    block, rise = ctx.block, ctx.cycle.max_rise_percent
    volumes = [week_volume(plan) for plan in block.weeks]
    for index in range(1, len(volumes)):
        before, sets = volumes[index - 1], volumes[index]
        allowed = before + max(1, -(-before * rise // 100))
        if sets <= allowed:
            continue
        recent = [
            volumes[back]
            for back in range(max(0, index - RECENT_WEEKS), index)
            if block.phases[back] in TRAINING
        ]
        if recent and sets <= max(recent):
            continue  # a level the last weeks already held
        if _eased(block.phases[index - 1], before):
            back = index - 1
            while back >= 0 and _eased(block.phases[back], volumes[back]):
                back -= 1
            if back >= 0 and sets <= volumes[back]:
                continue  # back to the level before the dip
        yield Finding(
            f"Week {index + 1} plans {sets} hard sets, up from {before} in week {index}: more "
            f"than {rise} % more (at most {allowed}); add sets gradually so muscles and "
            "tendons keep up.",
            week=index + 1,
        )


# --------------------------------------------------------------------------- RS409


def _with_running(ctx: BlockContext) -> Iterator[Finding]:
    block = ctx.block
    cuts = ctx.cut_backs()
    if not ctx.follows_running():
        return
    numbers = [
        i + 1
        for i, (cut, phase) in enumerate(zip(cuts, block.phases, strict=True))
        if cut and phase not in EASED
    ]
    for index, (phase, cut) in enumerate(zip(block.phases, cuts, strict=True)):
        minutes = running_minutes(block.running[index])
        if phase is Phase.deload and not cut:
            yield Finding(
                f"Deload week {index + 1} falls in a full running week ({minutes} minutes); "
                f"line deloads up with the running's cut-back {_weeks(numbers)}.",
                week=index + 1,
            )
        elif cut and phase is not Phase.deload and phase not in EASED:
            yield Finding(
                f"Week {index + 1}'s running eases off ({minutes} minutes), but its strength "
                f"work is a {phase} week; make it a deload so both ease off together.",
                week=index + 1,
            )


# --------------------------------------------------------------------------- RS410


def _recovery(ctx: BlockContext) -> Iterator[Finding]:
    races = ctx.races()
    for day, session in ctx.strength_sessions():
        for race in races:
            gap = day - race.day
            window = GOAL_RECOVERY_DAYS if race.goal else TUNE_UP_RECOVERY_DAYS
            if not 0 < gap <= window:
                continue
            if race.goal:
                kind, advice = "goal", "the week after it is for recovery: light work only"
            else:
                kind, advice = "tune-up", f"give the legs {_days(window)} before strength work"
            yield Finding(
                f"A strength session on {session.day.title} of week {day // 7 + 1}, "
                f"{_days(gap)} after the {kind} race in week {race.week}; {advice}.",
                day=session.day,
                week=day // 7 + 1,
            )
            break


RULES: tuple[Rule[BlockContext], ...] = (
    Rule(
        code="RS407",
        title="A taper cuts hard sets by 41–60 % and keeps the effort",
        severity=Severity.warning,
        source="Bosquet et al. 2007",
        why=(
            "The best tapers last about two weeks and cut training volume by 41–60 % while "
            "keeping intensity and frequency: fatigue falls, fitness stays. A taper that cuts "
            "too little arrives tired; one that cuts too much, or lightens the load, loses "
            "the edge the training built. One short core hold (a set of 30 s or less) keeps "
            "the trunk working without fatigue and is not counted."
        ),
        check=_taper,
        scopes=("block",),
    ),
    Rule(
        code="RS408",
        title="Hard sets rise gradually week to week",
        severity=Severity.warning,
        source="convention; ACSM 2009",
        why=(
            "Muscles adapt faster than tendons: a week with many more sets than the last "
            "(a beginner adding a second session that doubles the work) invites a niggle. "
            "Returning to a level held in the last few weeks, or before a deload, taper, "
            "race or week off, is fine."
        ),
        check=_growth,
        scopes=("block",),
    ),
    Rule(
        code="RS409",
        title="Deloads fall in the running's cut-back weeks",
        severity=Severity.warning,
        source="convention",
        why=(
            "Strength eases off when the running does, so the big running weeks are not also "
            "heavy lifting weeks and the lighter weeks let both sink in."
        ),
        check=_with_running,
        scopes=("block",),
    ),
    Rule(
        code="RS410",
        title="No strength session in the days after a race",
        severity=Severity.error,
        source="convention",
        why=(
            "A race leaves muscle damage that takes days to clear: a week of light work only "
            "after the goal race, and two easy days after a tune-up, before heavy lifting."
        ),
        check=_recovery,
        scopes=("block",),
    ),
)
