"""``build_block``: the season engine folded over the weeks, a forecast of the season.

Each week is :func:`~runstrength.next_week` with the block's earlier weeks as history,
every prescription logged as met (:func:`~runstrength._plan.shaping.forecast_logs`), and
the weeks after it as what is coming.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, Block, BlockSettings
from runstrength._model.calendar_in import CalendarReport
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.errors import InputError
from runstrength._model.plan import WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.reasons import joined_reasons
from runstrength._model.season import WeekRecord
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.week import RunningWeek
from runstrength._plan.aroundcal import around_calendar
from runstrength._plan.calendar import Place
from runstrength._plan.history import Progressed
from runstrength._plan.season import places, plan_next
from runstrength._plan.shaping import forecast_logs
from runstrength._plan.weekfacts import WeekFacts

__all__ = ["build_block"]


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


def build_block(
    athlete: Athlete,
    weeks: Sequence[RunningWeek],
    *,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
    block: BlockSettings | None = None,
    calendar: CalendarReport | None = None,
) -> Block:
    """Forecast a season: :func:`~runstrength.next_week` folded over the running weeks.

    Week ``k`` is ``next_week(athlete, weeks[k], history=..., upcoming=weeks[k + 1:])``
    where the history is the forecast's first ``k`` weeks, each logged as planned: every
    set at the top of its range, at the target reps in reserve, at the prescribed load,
    with clean form and no pain. So the block is what the season looks like if every
    session goes to plan; an app then calls ``next_week`` each week with what was done.

    - **Phases**: ``general`` (learn the movements), ``strength`` (fewer reps, a set more
      and rising loads for intermediate and advanced runners; a main lift at body weight
      moves on to its harder variation), then ``power`` (heavy strength at two sets or
      more, low-level jumps) or ``maintenance`` for the last 2–3 weeks before the taper of a
      goal race (the last race). Beginners stay mostly general, then a moderate strength
      phase. A base season with no race runs general, then strength.
    - **Deloads** fall on the running's cut-back weeks, or every ``deload_every``-th
      training week when the running has none: about 40 % fewer sets at the same loads,
      the sessions kept.
    - **Taper**: the ``taper_weeks`` before the goal race hold 41–60 % fewer hard sets
      than the last training week, at the same loads and reps, in the same sessions
      where the cut leaves room for them, every muscle group trained, and no strength
      session in the ``taper_days`` before the race (Bosquet et al. 2007). Race week holds one light
      session; the week after the goal race is a light ``recovery`` week.
    - **Tune-up races** (earlier races) make their week a race week with light work in
      the 3 days before and none strength-focused in the 2 after; the season goes on.
    - Hard sets rise at most ``max_rise_percent`` a week, except back to the level before
      a break; a beginner's first ``ramp_weeks`` hold one session (RS406).
    - **A running calendar** (``calendar``, the report
      :func:`~runstrength.read_running_calendar` gives beside ``weeks``): week ``k`` is
      planned around week ``k`` of the calendar (:meth:`~runstrength.CalendarReport.holds`).
      Its own strength sessions count toward ``sessions_per_week`` (race week's one
      session included: a race week whose calendar holds one adds none), no session goes
      on their day, the day before or the day after (48 hours apart), and none on a day
      with a third run. Each such day's decision says why, with a ``calendar.*`` code; the
      phases, taper, race week and progression stay the block's.

    Every week passes :func:`~runstrength.validate` with no error with the same
    ``catalog`` and ``settings``, and each exercise changes one thing a week (RS401).
    ``Block.phases`` are the weeks' phases and ``Block.reasons`` their week-level
    sentences.

    Args:
        athlete: Who the block is for.
        weeks: The running weeks, 1 to 52, in order.
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds and severities (default: the documented ones).
        block: The deload cycle, taper, beginner's ramp and volume cap (default:
            ``BlockSettings()``).
        calendar: The report of the running calendar ``weeks`` were read from, its first
            week being ``weeks[0]``, to plan around its strength sessions and its days with
            a third run (default: none).

    Raises:
        TypeError: ``athlete`` is not an :class:`~runstrength.Athlete`.
        InputError: ``weeks`` holds something other than running weeks, or too many.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> run = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> b = rs.build_block(a, [run] * 7 + [rs.RunningWeek(sun="race")])
    >>> [str(p) for p in b.phases]
    ['general', 'general', 'strength', 'power', 'power', 'taper', 'taper', 'race']
    """
    check_args(
        "build_block",
        athlete=(athlete, Athlete),
        weeks=(weeks, Iterable),
        catalog=(catalog, Catalog, None),
        settings=(settings, RuleSettings, None),
        block=(block, BlockSettings, None),
        calendar=(calendar, CalendarReport, None),
    )
    weeks = _checked(athlete, weeks)
    catalog = catalog or default_catalog()
    settings = settings or DEFAULT_SETTINGS
    block = block or BlockSettings()
    placed = places(athlete, weeks, catalog, block)
    if calendar is not None:
        placed = around_calendar(placed, weeks, calendar, athlete, settings)
    history: list[WeekRecord] = []
    progressed: Progressed = {}  # each week progressed once, for every later week
    facts: dict[int, WeekFacts] = {}  # and what it tells them, worked out once
    for index, week in enumerate(weeks):
        plan = plan_next(
            athlete,
            week,
            tuple(history),
            weeks[index + 1 :],
            catalog,
            settings,
            block,
            season_places=placed,
            progressed=progressed,
            facts=facts,
            ahead=True,  # no logs yet: loads stay within the prescription, rises conditional
        )
        history.append(WeekRecord(week, plan, forecast_logs(plan)))
    return Block(
        weeks=[r.plan for r in history],
        phases=[p.phase for p in placed],
        running=weeks,
        # A week's sentence as its sessions give it (a power week with no jump says so);
        # a week the calendar's strength work fills says so after it.
        reasons=[
            r.plan.sessions[0].reasons[0] if r.plan.sessions else _empty(r.plan, p)
            for r, p in zip(history, placed, strict=True)
        ],
    )


def _empty(plan: WeekPlan, place: Place) -> Reason:
    """The sentence of a week with no session: its phase's, and the calendar's when full."""
    held = next((r for r in plan.shortfalls if r.code == "calendar.held"), None)
    return joined_reasons(place.why, held)
