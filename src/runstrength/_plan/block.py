"""``build_block``: progression week to week, deloads on a cycle, and a taper into races."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, Block, BlockSettings, week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings, estimate_minutes
from runstrength._model.vocab import Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.align import align
from runstrength._plan.enforce import enforce, trusted
from runstrength._plan.week import plan_week

__all__ = ["build_block"]


_STEP = {"reps": 2, "steps": 2, "seconds": 5}
"""How much the bottom of a range climbs each build week (003: reps first, one at a time)."""


def _with_sets(session: Session, sets: Sequence[int]) -> Session:
    items = tuple(
        attrs.evolve(p, dose=attrs.evolve(p.dose, sets=IntRange(n)))
        for p, n in zip(session.exercises, sets, strict=True)
    )
    return attrs.evolve(session, exercises=items)


@functools.lru_cache(maxsize=8192)
def _raised(item: Prescription, step: int) -> Prescription:
    """The amount's low end raised ``step`` times toward its top (sets fixed at the low end).

    Pure, hence cached: a block raises the same prescriptions week after week.
    """
    dose = item.dose
    amount = dose.amount
    lo = min(amount.hi, amount.lo + _STEP[dose.unit] * step)
    changed = attrs.evolve(dose.with_amount(IntRange(lo, amount.hi)), sets=IntRange(dose.sets.lo))
    return attrs.evolve(item, dose=changed)


@functools.lru_cache(maxsize=4096)
def _climbed(
    session: Session, step: int, minutes: int, settings: RuleSettings
) -> tuple[Session, int]:
    """One session raised ``step`` times, or fewer where time would overrun, and the step used."""
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    for used in range(step, 0, -1):
        items = tuple(_raised(p, used) for p in session.exercises)
        doses = (p.dose for p in items)
        if estimate_minutes(doses, warm_up_minutes=warm_up, settings=settings) <= minutes:
            return attrs.evolve(session, exercises=items), used
    return attrs.evolve(session, exercises=tuple(_raised(p, 0) for p in session.exercises)), 0


def _climb(plan: WeekPlan, step: int, minutes: int, settings: RuleSettings) -> tuple[WeekPlan, int]:
    """Reps (or seconds, steps) climb ``step`` times, held back where time would overrun."""
    sessions = []
    used = step
    for session in plan.sessions:
        raised, reached = _climbed(session, step, minutes, settings)
        used = min(used, reached)
        sessions.append(raised)
    return attrs.evolve(plan, sessions=tuple(sessions)), used


def _muscle_sets(sessions: Iterable[Session], catalog: Catalog) -> int:
    """Sets counted once for each primary muscle of their exercise (the per-muscle volume)."""
    return sum(
        p.dose.sets.lo * max(1, len(catalog[p.exercise].primary)) if p.exercise in catalog else 0
        for s in sessions
        for p in s.exercises
    )


def _deload(plan: WeekPlan, before: WeekPlan | None, catalog: Catalog) -> WeekPlan:
    """One set fewer everywhere (at least one), and lighter than the week before.

    Lighter both in sets and in sets per muscle: a week before with a light session may
    hold fewer sets than this week's plan even after the cut.
    """
    sessions = [
        _with_sets(s, [max(1, p.dose.sets.lo - 1) for p in s.exercises]) for s in plan.sessions
    ]
    limit = week_volume(before) if before is not None else None
    per_muscle = _muscle_sets(before.sessions, catalog) if before is not None else 0

    def heavy() -> bool:
        if limit is None:
            return False
        sets = sum(p.dose.sets.lo for s in sessions for p in s.exercises)
        return sets >= max(limit, 1) or (
            per_muscle > 0 and _muscle_sets(sessions, catalog) >= per_muscle
        )

    while sessions and heavy():
        sessions.pop()  # fewer sessions than the week before: drop the last
    note = "Deload week: one set fewer on every exercise."
    if len(sessions) < len(plan.sessions):
        note = "Deload week: fewer sessions and sets than the week before."
    return WeekPlan(
        sessions=[attrs.evolve(s, reasons=(*s.reasons, note)) for s in sessions],
        shortfalls=plan.shortfalls
        if len(sessions) == len(plan.sessions)
        else (*plan.shortfalls, note),
        decisions=plan.decisions,
    )


_RACE_WHY = "Race week: one light session early on, rest before the race."
_TAPER_WHY = "Taper: no strength session in the {days} days before the race."


def _build_why(after_deload: bool, used: int, reached: int) -> str:
    if after_deload:
        return "Build: back to last cycle's sets and reps after the deload."
    if used <= reached:
        return (
            "Build: doses hold (the top of the range or the time available is reached); "
            "load rises from logs through progress()."
        )
    if reached < 0:
        return "Build: first week, each dose at the low end of its range."
    return (
        "Build: the bottom of each rep (or seconds, steps) range climbs one step from last "
        "week; sets, load and exercises stay the same."
    )


def _taper_days(index: int, races: Sequence[int], taper_days: int) -> dict[Weekday, str]:
    """Days of week ``index`` within ``taper_days`` before a race, with the reason."""
    return {
        day: f"Taper: a race is {r - (index * 7 + day.rank)} days away; light work only."
        for day in Weekday
        for r in races
        if 0 < r - (index * 7 + day.rank) <= taper_days
    }


def _checked(athlete: Athlete, weeks: Sequence[RunningWeek]) -> tuple[RunningWeek, ...]:
    weeks = tuple(weeks)
    if not isinstance(athlete, Athlete):
        raise TypeError(f"build_block: athlete must be an Athlete, got {athlete!r}")
    bad = [
        f"weeks[{i}]: expected a RunningWeek"
        for i, w in enumerate(weeks)
        if not isinstance(w, RunningWeek)
    ]
    if bad or not 1 <= len(weeks) <= MAX_WEEKS:
        raise InputError(bad or [f"weeks: {len(weeks)} weeks (a block holds 1..{MAX_WEEKS})"])
    return weeks


@functools.lru_cache(maxsize=1024)
def _planned(
    athlete: Athlete,
    week: RunningWeek,
    catalog: Catalog,
    settings: RuleSettings,
    next_week: RunningWeek | None,
    taper: tuple[tuple[Weekday, str], ...],
    cap: tuple[int, str] | None,
    previous: RunningWeek | None,
) -> WeekPlan:
    """One week of a block in its context. Pure, hence cached: blocks repeat weeks."""
    return plan_week(
        athlete,
        week,
        catalog=catalog,
        settings=settings,
        next_week=next_week,
        light_only=dict(taper),
        cap=cap,
        previous_week=previous,
    )


def _kept_to_rules(
    plan: WeekPlan,
    before: WeekPlan | None,
    keep: tuple[str, ...],
    athlete: Athlete,
    week: RunningWeek,
    next_week: RunningWeek | None,
    catalog: Catalog,
    settings: RuleSettings,
) -> WeekPlan:
    """The week without what breaks an error rule of ``settings``, still one change a step.

    Raising and deloading change what a week holds after it was checked, and what goes
    changes which sessions the next step pairs; so leave out and align until both hold.
    """
    while True:
        checked = enforce(
            plan, athlete, week, catalog=catalog, settings=settings, next_week=next_week
        )
        if checked == plan:
            return plan
        plan = checked
        if before is not None:
            plan = align(
                plan, before, keep=keep, minutes=athlete.session_minutes, settings=settings
            )


def _race_days(weeks: Sequence[RunningWeek]) -> list[int]:
    return [i * 7 + d.rank for i, w in enumerate(weeks) for d in w.race_days]


def build_block(
    athlete: Athlete,
    weeks: Sequence[RunningWeek],
    *,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
    block: BlockSettings | None = None,
) -> Block:
    """Plan several weeks: build weeks that progress, deloads on a cycle, a taper into races.

    - Build weeks repeat the week's exercises with sets at the low end of their range, and
      the bottom of each rep (or seconds, steps) range climbs one step a week (2 reps, 2
      steps, 5 s) toward its top: one variable at a time (RS401), never past the athlete's
      time. Load rises from logs, through :func:`~runstrength.progress`.
    - Every ``deload_every``-th week (default 4th) is a deload: one set fewer everywhere and
      lighter than the week before (RS405).
    - No strength session in the ``taper_days`` (default 10) before a race: light work only;
      race week holds one light session and nothing the day before (RS103).
    - A beginner's first ``ramp_weeks`` (default 4) hold one session a week (RS406).

    Every week passes :func:`~runstrength.validate` with no error, and the block
    :func:`~runstrength.validate_block`, both with the same ``catalog`` and ``settings``
    (severities included): where a week is planned on its own with other sets than the
    week before, each exercise still changes one variable (RS401).

    Args:
        athlete: Who the block is for.
        weeks: The running weeks, 1 to 52, in order.
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds and severities (default: the documented ones).
        block: The deload cycle, taper and beginner's ramp (default: ``BlockSettings()``).

    Raises:
        TypeError: ``athlete`` is not an :class:`~runstrength.Athlete`.
        InputError: ``weeks`` holds something other than running weeks, or too many.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> easy = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> b = rs.build_block(a, [easy, easy, easy, easy, rs.RunningWeek(sun="race")])
    >>> [str(p) for p in b.phases]
    ['build', 'build', 'build', 'taper', 'race']
    """
    check_args(
        "build_block",
        athlete=(athlete, Athlete),
        weeks=(weeks, Iterable),
        catalog=(catalog, Catalog, None),
        settings=(settings, RuleSettings, None),
        block=(block, BlockSettings, None),
    )
    weeks = _checked(athlete, weeks)
    catalog = catalog or default_catalog()
    settings = settings or DEFAULT_SETTINGS
    block = block or BlockSettings()
    races = _race_days(weeks)
    plans: list[WeekPlan] = []
    phases: list[Phase] = []
    reasons: list[str] = []
    reached = -1  # the climb step the last build week reached (-1: none yet)

    def climb(plan: WeekPlan, step: int) -> tuple[WeekPlan, int]:
        return _climb(plan, step, athlete.session_minutes, settings)

    since_deload = 0
    for index, week in enumerate(weeks):
        next_week = weeks[index + 1] if index + 1 < len(weeks) else None
        light_only = _taper_days(index, races, block.taper_days)
        cap = None
        if athlete.level is Level.beginner and index < block.ramp_weeks:
            cap = (1, f"Weeks 1–{block.ramp_weeks} of a beginner's block hold one session a week.")
        previous = weeks[index - 1] if index else None
        taper = tuple(sorted(light_only.items()))
        plan = _planned(athlete, week, catalog, settings, next_week, taper, cap, previous)
        after_deload = bool(phases) and phases[-1] is Phase.deload
        if week.race_days or light_only:
            phase = Phase.race if week.race_days else Phase.taper
            why = _RACE_WHY if week.race_days else _TAPER_WHY.format(days=block.taper_days)
            plan, _ = climb(plan, 0)
            keep: tuple[str, ...] = ("amount", "sets")
            reached, since_deload = -1, 0
        elif block.deload_every and since_deload == block.deload_every - 1:
            phase = Phase.deload
            why = (
                f"Deload: every {block.deload_every}th week keeps last week's reps with one "
                "set fewer, so the work before it sinks in."
            )
            plan, _ = climb(plan, max(reached, 0))
            plan = _deload(plan, plans[-1] if plans else None, catalog)
            keep = ("sets",)
            since_deload = 0
        else:
            phase = Phase.build
            plan, used = climb(plan, max(reached if after_deload else reached + 1, 0))
            why = _build_why(after_deload, used, reached)
            reached = reached if after_deload else max(used, reached)
            keep = ("sets", "amount") if after_deload else ("amount", "sets")
            since_deload += 1
        if plans:
            # Planned alone, a week may trim other sets than the last: one change a step.
            plan = align(
                plan, plans[-1], keep=keep, minutes=athlete.session_minutes, settings=settings
            )
        if not trusted(catalog, settings):
            plan = _kept_to_rules(
                plan,
                plans[-1] if plans else None,
                keep,
                athlete,
                week,
                next_week,
                catalog,
                settings,
            )
        plans.append(plan)
        phases.append(phase)
        reasons.append(why)
    return Block(weeks=plans, phases=phases, running=weeks, reasons=reasons)
