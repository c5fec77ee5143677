"""``next_week``: the season loop, one week from the running and what was done.

The phase comes from the :mod:`~runstrength._plan.calendar` over the whole running
sequence; the days from :func:`~runstrength._plan.week.plan_week` for this week's running;
the content from :func:`~runstrength.progress_week` on the last week that held each
session, paired by focus (the k-th strength session with the k-th strength session), so a
moved run moves the session, not the progression. Then the doses are shaped to the phase
(:mod:`~runstrength._plan.shaping`), held to one change an exercise, to the volume cap
and to the athlete's minutes, and the plan is kept to the error rules.

This module holds the public calls (:func:`next_week`, :func:`season_phases`), each week's
place in the season and :func:`plan_next`, which runs the week through: the draft of
each session (:mod:`~runstrength._plan.draft`), the volume held to the phase
(:mod:`~runstrength._plan.phasing`), the weeks back after time off
(:mod:`~runstrength._plan.timeoff`) and a beginner's learning weeks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.season import WeekRecord
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.ahead import settled_as
from runstrength._plan.bodyweight import by_body
from runstrength._plan.calendar import (
    SHORT_SESSION_MINUTES,
    Place,
    calendar,
    renumbered,
    without_jumps,
)
from runstrength._plan.claims import general_reps
from runstrength._plan.cuts import volume
from runstrength._plan.draft import Draft
from runstrength._plan.enforce import enforce
from runstrength._plan.history import Progressed, Season, slots
from runstrength._plan.lighter import Whole
from runstrength._plan.missed import return_reason
from runstrength._plan.nearrace import (
    first_week_easy,
    fresh_near_race,
    race_week_easy,
    race_week_plain,
)
from runstrength._plan.phasing import volume_capped, within_strength
from runstrength._plan.power import power_jump
from runstrength._plan.raceload import load_kept
from runstrength._plan.raceweek import no_jumps, race_hold_said
from runstrength._plan.raceweekdose import race_week_doses
from runstrength._plan.restdose import rest_as_printed
from runstrength._plan.said import said
from runstrength._plan.saidsets import sets_said_back
from runstrength._plan.shaping import jump_for
from runstrength._plan.timeoff import Usual, returning
from runstrength._plan.week import plan_week
from runstrength._plan.weekfacts import WeekFacts
from runstrength._rules.block import TRAINING

__all__ = ["next_week", "places", "plan_next", "season_phases"]


def next_week(
    athlete: Athlete,
    week: RunningWeek,
    *,
    history: Sequence[WeekRecord] = (),
    upcoming: Sequence[RunningWeek] = (),
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
    block: BlockSettings | None = None,
) -> WeekPlan:
    """Plan the coming week of a season from the running and what was done so far.

    The week's phase comes from the whole running sequence (``history``'s weeks, ``week``
    and ``upcoming``): general, strength, then power or maintenance into a goal race (the
    last race); a two-week taper, the race week and a recovery week after it; a tune-up
    race's week is a race week with a short taper and the season goes on; deloads fall in
    the running's cut-back weeks, or every ``deload_every``-th training week when the
    running has none (none before the goal race of a season of 8 weeks or fewer). See
    :func:`season_phases`.

    The days come from this week's running, the content from the last week that held each
    session, progressed from its logs by :func:`~runstrength.progress_week` (a missed
    prescription repeats at the last dose of it that was logged, never above it: no load,
    reps, sets, tempo or harder variation the athlete did not do; sharp pain keeps an
    exercise out until a pain-free log clears it). After a week off (or more), the first
    week back holds about 55 % of the last full week's sets at 3 reps in reserve, only if
    symptom-free, and the second about 80 %; a lighter load too after two weeks off or more;
    the phase's week count pauses for the weeks off. The doses are then shaped to the phase:
    fewer reps for the main lifts and a set more for the session's main lift in the strength
    phase (a two-legged squat or hinge with a known lift goes heavy: a squat 3–4 reps for
    advanced runners, 5–6 for intermediate ones, a hinge 5–6, at 2 in reserve or the 2–3 its
    rounded load leaves, a load at most 10 % above last week's; a lifter's first week
    settles in at 3 sets or fewer, 2–3 in reserve; a load chosen by effort gets a falling
    rep target at 1–2 in reserve; a mastered exercise moves on to a harder variation in the
    phase's first week), heavy strength at two sets or more and a jump first in one session
    in the power phase (a real jump for advanced runners, pogo hops for intermediate ones),
    about 40 % fewer sets in a deload, 41–60 % fewer in the taper at the same loads and reps
    (its sentence gives the numbers; each strength session's main lift keeps two sets, the
    sessions kept where they fit), light work around races. Every reason is about this week:
    one carried from an earlier week gives way to the exercise's base reason.
    Each exercise changes one thing a week, hard sets rise at most ``max_rise_percent`` a
    week (except back to where they were before a break), and no session outgrows the
    athlete's minutes. Every session's first reason says the phase and why.

    Args:
        athlete: Who the plan is for.
        week: The coming running week.
        history: The past weeks, oldest first: each week's running, plan and logs (a
            prescription with no log was missed; a week with no logs was a week off).
        upcoming: The running weeks after ``week``, as far as they are known (races,
            cut-backs).
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds and severities (default: the documented ones).
        block: The deload cycle, taper, ramp and volume cap (default: ``BlockSettings()``).

    Returns:
        The week's plan, with its ``phase``; it passes :func:`~runstrength.validate` with
        no error (``next_week`` being ``upcoming[0]`` when given).

    Raises:
        TypeError: An argument is of the wrong type.
        InputError: ``history`` or ``upcoming`` holds something else than records and
            running weeks, or the season is longer than the limit; every problem listed.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> run = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> first = rs.next_week(a, run, upcoming=[run] * 7)
    >>> str(first.phase), first.sessions[0].reasons[0].split(",")[0]
    ('general', 'General phase')
    >>> missed = rs.WeekRecord(run, first, logs=())  # nothing logged: a week off
    >>> again = rs.next_week(a, run, history=[missed], upcoming=[run] * 6)
    >>> str(again.phase), rs.week_volume(again) < rs.week_volume(first)
    ('general', True)
    """
    check_args(
        "next_week",
        athlete=(athlete, Athlete),
        week=(week, RunningWeek),
        history=(history, Iterable),
        upcoming=(upcoming, Iterable),
        catalog=(catalog, Catalog, None),
        settings=(settings, RuleSettings, None),
        block=(block, BlockSettings, None),
    )
    records = tuple(history)
    ahead = tuple(upcoming)
    bad = [
        f"history[{i}]: expected a WeekRecord, got {type(r).__name__}"
        for i, r in enumerate(records)
        if not isinstance(r, WeekRecord)
    ]
    bad += [
        f"upcoming[{i}]: expected a RunningWeek, got {type(w).__name__}"
        for i, w in enumerate(ahead)
        if not isinstance(w, RunningWeek)
    ]
    if len(records) + 1 + len(ahead) > 4 * MAX_WEEKS:
        bad.append(f"history and upcoming: a season holds at most {4 * MAX_WEEKS} weeks")
    if bad:
        raise InputError(bad)
    return plan_next(
        athlete,
        week,
        records,
        ahead,
        catalog or default_catalog(),
        settings or DEFAULT_SETTINGS,
        block or BlockSettings(),
    )


def season_phases(
    athlete: Athlete,
    weeks: Sequence[RunningWeek],
    *,
    history_weeks: int = 0,
    catalog: Catalog | None = None,
    block: BlockSettings | None = None,
) -> tuple[Phase, ...]:
    """The phase of each week of a season, from the running alone.

    ``weeks`` is the whole running sequence, past weeks first; the phases returned are
    those of ``weeks[history_weeks:]`` (the week being planned and the ones after it), as
    :func:`next_week` and :func:`~runstrength.build_block` give them:

    - the goal race (the last race) is ``race``, the ``taper_weeks`` before it ``taper``,
      the week after it ``recovery``; an earlier (tune-up) race's week is ``race`` and the
      season goes on where it was;
    - deloads fall on the running's cut-back weeks
      (:func:`runstrength._model.running.cut_backs` with ``cutback_percent``) when the
      training weeks hold any, else on every ``deload_every``-th training week in a row
      (none before the goal race of a season of 8 weeks or fewer: the taper unloads);
    - training weeks run ``general`` (about a third, 2–4 weeks; beginners mostly), then
      ``strength``, then for intermediate and advanced runners the last 2–3 weeks before
      the taper ``power`` (``maintenance`` when the athlete may not jump: a beginner, an
      injury a jump loads, or no jump in the catalog). Weeks after the recovery week start
      again at ``general``; a season with no race runs general, then strength.

    Args:
        athlete: Who the season is for.
        weeks: The running weeks, oldest first.
        history_weeks: How many of ``weeks`` are already past.
        catalog: Where the jumps come from (default: the packaged catalog).
        block: The deload cycle, taper and cut-back threshold (default: ``BlockSettings()``).

    Raises:
        TypeError: An argument is of the wrong type.
        InputError: ``weeks`` holds something else than running weeks, or
            ``history_weeks`` is not in ``0..len(weeks) - 1``.

    >>> import runstrength as rs
    >>> run = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> a = rs.Athlete(level="advanced", equipment="gym")
    >>> phases = season_phases(a, [run] * 9 + [rs.RunningWeek(sun="race")])
    >>> [str(p) for p in phases][:5]
    ['general', 'general', 'strength', 'deload', 'strength']
    >>> [str(p) for p in phases][5:]
    ['power', 'power', 'taper', 'taper', 'race']
    """
    check_args(
        "season_phases",
        athlete=(athlete, Athlete),
        weeks=(weeks, Iterable),
        history_weeks=(history_weeks, int),
        catalog=(catalog, Catalog, None),
        block=(block, BlockSettings, None),
    )
    running = tuple(weeks)
    bad = [
        f"weeks[{i}]: expected a RunningWeek, got {type(w).__name__}"
        for i, w in enumerate(running)
        if not isinstance(w, RunningWeek)
    ]
    if not 0 <= history_weeks < max(1, len(running)) or not running:
        bad.append(f"history_weeks: {history_weeks} (0..{len(running) - 1})")
    if bad:
        raise InputError(bad)
    found = places(athlete, running, catalog or default_catalog(), block or BlockSettings())
    return tuple(p.phase for p in found[history_weeks:])


def places(
    athlete: Athlete, weeks: tuple[RunningWeek, ...], catalog: Catalog, block: BlockSettings
) -> tuple[Place, ...]:
    """Each week's place in the season for this athlete (see the calendar module)."""
    jumps = jump_for(athlete, catalog) is not None
    one_short = athlete.sessions_per_week == 1 and athlete.session_minutes <= SHORT_SESSION_MINUTES
    return calendar(athlete.level, jumps, weeks, block, one_short=one_short)


@functools.lru_cache(maxsize=1024)
def _placed(
    athlete: Athlete,
    week: RunningWeek,
    catalog: Catalog,
    settings: RuleSettings,
    after: RunningWeek | None,
    light: tuple[tuple[Weekday, Reason], ...],
    cap: tuple[int, Reason] | None,
    before: RunningWeek | None,
    closed: tuple[tuple[Weekday, Reason], ...] = (),
) -> WeekPlan:
    """The planner's week (days and fresh content). Pure, hence cached."""
    return plan_week(
        athlete,
        week,
        catalog=catalog,
        settings=settings,
        next_week=after,
        light_only=dict(light),
        cap=cap,
        previous_week=before,
        closed=dict(closed),
        day_reasons_only=True,  # the draft writes each session's other reasons
    )


def _no_jumps(draft: Draft, athlete: Athlete, catalog: Catalog) -> str:
    """Why a power week holds no jump (:func:`~runstrength._plan.calendar.without_jumps`)."""
    if power_jump(athlete, catalog) is None:
        return "none"
    if not draft.shaper.landings:
        return "loud"
    return "tired" if draft.shaper.jump_day is None else "room"


def _came_in(season: Season, index: int, before: dict[str, Prescription]) -> frozenset[str]:
    """The exercises of last week (``before``) that the week before it did not hold."""
    if not before:
        return frozenset()
    earlier = season.held(index - 2) if index >= 2 else None
    done = () if earlier is None else (rx.exercise for s in earlier.sessions for rx in s.exercises)
    return frozenset(before) - frozenset(done)


def plan_next(
    athlete: Athlete,
    week: RunningWeek,
    history: tuple[WeekRecord, ...],
    upcoming: tuple[RunningWeek, ...],
    catalog: Catalog,
    settings: RuleSettings,
    block: BlockSettings,
    *,
    season_places: tuple[Place, ...] | None = None,
    progressed: Progressed | None = None,
    facts: dict[int, WeekFacts] | None = None,
    ahead: bool = False,
) -> WeekPlan:
    """:func:`next_week` on checked arguments.

    A caller that plans the same season week after week (:func:`build_block`) may pass
    what stays the same between its calls: ``season_places``, the :func:`places` of the
    whole running sequence, and ``progressed``, the history's weeks progressed so far by
    index (filled in here), and ``facts``, what each of them tells the weeks after it, by
    index (filled in here too); ``ahead`` when it plans with no logs (see
    :mod:`~runstrength._plan.ahead`).
    """
    weeks = (*(r.week for r in history), week, *upcoming)
    placed = places(athlete, weeks, catalog, block) if season_places is None else season_places
    index = len(history)
    place = renumbered(placed[index], placed[index].number - _untrained(placed, history))
    placed = (*placed[:index], place, *placed[index + 1 :])
    season = Season(athlete, history, catalog, placed, progressed, facts)
    last = history[-1] if history else None
    carried = season.progressed(index - 1) if last is not None else None
    exclusions = carried.exclusions if carried is not None else ()
    rested = frozenset(area for e in exclusions for area in e.areas)
    planner = athlete
    if rested - athlete.injuries:
        planner = attrs.evolve(athlete, injuries=athlete.injuries | rested)
    after = upcoming[0] if upcoming else None
    fresh = fresh_near_race(
        place.phase,
        history,
        catalog,
        lambda pick: _placed(
            planner,
            week,
            pick,
            settings,
            after,
            place.light_days,
            place.cap,
            last and last.week,
            place.closed,
        ),
        settings.exercises_per_session.lo,
    )
    draft = Draft(athlete, week, placed, season, catalog, settings)
    contents, olds, fresh_flags = draft.contents(fresh, rested)
    whole = Whole(
        catalog,
        settings,
        [focus for focus, _, _ in slots(fresh)],
        contents,
        usual=season.usual(),
        # The injuries: an Achilles calf block a lighter week keeps.
        injuries=athlete.injuries if place.phase in (Phase.deload, Phase.taper) else (),
    )
    if place.phase in (Phase.race, Phase.recovery):
        contents = [no_jumps(items, s, whole.session, catalog) for s, items in enumerate(contents)]
    contents = within_strength(contents, olds, place, season, whole)
    built = volume(contents)
    contents = volume_capped(contents, olds, fresh_flags, place, season, last, block, whole)
    step = season.return_step()
    if step is not None and place.phase in TRAINING:
        base = season.reference_volume() or volume(contents)
        contents = returning(contents, olds, base, step, whole)
        draft.step = step
    done = None if last is None else season.held(index - 1)
    before = (
        {}
        if done is None
        else {rx.exercise: rx for s in reversed(done.sessions) for rx in s.exercises}
    )
    if step is None and place.phase in TRAINING:
        usual = Usual(fresh, catalog, athlete, before)
        contents = [[usual(rx) for rx in items] for items in contents]
    learning = athlete.level is Level.beginner and place.number <= LEARNING_WEEKS
    if learning and place.phase is Phase.general:
        contents = [[_learning(rx) for rx in items] for items in contents]
    if last is not None:
        contents = [settled_as(items, before, fresh, catalog, athlete, ahead) for items in contents]
        held = season.holds(index - 1)
        contents = [[return_reason(rx, held) for rx in items] for items in contents]
        if place.phase is Phase.deload:
            contents = [[race_hold_said(rx, before) for rx in items] for items in contents]
    if not any(
        catalog[rx.exercise].plyometric
        for items in contents
        for rx in items
        if rx.exercise in catalog
    ):
        draft.place = without_jumps(draft.place, _no_jumps(draft, athlete, catalog))
    notes: tuple[Reason, ...] = (
        () if carried is None or last is None else carried.shortfalls[len(last.plan.shortfalls) :]
    )
    contents = by_body(
        contents, fresh, place.phase, athlete, catalog, settings, before,
        _came_in(season, index, before),
    )  # fmt: skip
    plan = draft.assemble(fresh, contents, olds, notes=notes, exclusions=exclusions)
    plan = sets_said_back(  # after lighter weeks, each line's sets said
        said(
            plan,
            draft.place,
            last,
            season.reference_volume(),
            built,
            catalog,
            general_reps([r.plan for r in history], [p.phase for p in placed[:index]], catalog),
        ),
        fresh,
        before,
        season.reference,
        catalog,
        back=draft.back and place.phase in TRAINING,
        taper=place.phase is Phase.taper,
    )
    plan = race_week_doses(  # then the rest is read last, from the lines as printed
        load_kept(
            first_week_easy(plan, place.phase)
            if last is None
            else race_week_easy(
                race_week_plain(plan, place.phase, catalog, athlete.equipment), place.phase
            ),
            place.phase,
            (season.held(i) for i in range(index)),
            settings,
            whole.usual,
        ),
        place.phase,
        catalog,
        athlete.injuries,
    )
    return enforce(
        rest_as_printed(plan, place.phase, before, catalog, athlete),
        athlete,
        week,
        catalog=catalog,
        settings=settings,
        next_week=after,
    )


def _untrained(placed: tuple[Place, ...], history: tuple[WeekRecord, ...]) -> int:
    """Earlier weeks of this week's phase (and part of the season) with nothing logged.

    A week off does not count as a week of its phase: the phase's counter pauses.
    """
    place = placed[len(history)]
    return sum(
        1
        for before, record in zip(placed, history, strict=False)
        if before.phase is place.phase
        and before.of == place.of
        and before.number < place.number
        and record.plan.sessions
        and not record.trained
    )


LEARNING_WEEKS = 3
"""A beginner's first weeks of learning the movements, done at :data:`LEARNING_RIR`."""

LEARNING_RIR = IntRange(2, 3)
"""Reps in reserve while a beginner learns the movements: well short of failure, within
RS205's 1–3 for strength sets."""


def _learning(rx: Prescription) -> Prescription:
    """``rx`` at :data:`LEARNING_RIR` where its own range reaches that far."""
    rir = rx.dose.rir
    if rir is None or rir.hi < LEARNING_RIR.lo or rir.lo >= LEARNING_RIR.lo:
        return rx
    easy = IntRange(LEARNING_RIR.lo, rir.hi)
    return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=easy))
