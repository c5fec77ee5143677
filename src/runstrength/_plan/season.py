"""``next_week``: the season loop, one week from the running and what was done.

The phase comes from the :mod:`~runstrength._plan.calendar` over the whole running
sequence; the days from :func:`~runstrength._plan.week.plan_week` for this week's running;
the content from :func:`~runstrength.progress_week` on the last week that held each
session, paired by focus (the k-th strength session with the k-th strength session), so a
moved run moves the session, not the progression. Then the doses are shaped to the phase
(:mod:`~runstrength._plan.shaping`), held to one change an exercise, to the volume cap
and to the athlete's minutes, and the plan is kept to the error rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, BlockSettings, week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.errors import InputError
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Injury, Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import BREAKS, TRAINING, Place, calendar
from runstrength._plan.enforce import enforce
from runstrength._plan.shaping import (
    Pick,
    cut_volume,
    is_main_lift,
    jump_for,
    one_change,
    rise_allowed,
    strength_amount,
    strength_sets,
    trim,
    volume,
    with_sets,
)
from runstrength._plan.week import PAIN_RULE, plan_week
from runstrength._progression.fit import areas_of
from runstrength._progression.loadmath import step_down
from runstrength._progression.policy import load_equipment
from runstrength._progression.week import progress_week
from runstrength._rules.session import (
    REQUIRED,
    missing_patterns,
    muscles_trained,
    session_minutes_of,
)
from runstrength._views.wording import injury_name

__all__ = ["next_week", "places", "plan_next", "season_phases"]

LOOKBACK = 8
"""How many past weeks a week looks back for a session's content or its sets."""

LOG_WEEKS = 4
"""How many weeks of earlier logs the progression reads for its setbacks."""

Sets = list[list[Prescription]]


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
    running has none. See :func:`season_phases`.

    The days come from this week's running, the content from the last week that held each
    session, progressed from its logs by :func:`~runstrength.progress_week` (a missed
    prescription repeats; sharp pain keeps an exercise out until a pain-free log clears
    it); after two weeks off or more, one set fewer at a lighter load. The doses are then
    shaped to the phase: fewer reps and a set more for the main lifts in the strength
    phase, a set fewer and low-level jumps in the power phase, about 40 % fewer sets in a
    deload, 41–60 % fewer in the taper at the same loads and reps, light work around races.
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
    >>> missed = rs.WeekRecord(run, first, logs=())  # nothing logged: it repeats
    >>> again = rs.next_week(a, run, history=[missed], upcoming=[run] * 6)
    >>> str(again.phase), again.sessions[0].exercises == first.sessions[0].exercises
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
      training weeks hold any, else on every ``deload_every``-th training week in a row;
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
    return calendar(athlete.level, jumps, weeks, block)


@functools.lru_cache(maxsize=1024)
def _placed(
    athlete: Athlete,
    week: RunningWeek,
    catalog: Catalog,
    settings: RuleSettings,
    after: RunningWeek | None,
    light: tuple[tuple[Weekday, str], ...],
    cap: tuple[int, str] | None,
    before: RunningWeek | None,
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
    )


def _slots(plan: WeekPlan) -> list[tuple[Focus, int, Session]]:
    """Each session with its focus and its rank among sessions of that focus."""
    seen: dict[Focus, int] = {}
    out = []
    for session in plan.sessions:
        k = seen.get(session.focus, 0)
        seen[session.focus] = k + 1
        out.append((session.focus, k, session))
    return out


def _slot(plan: WeekPlan, focus: Focus, k: int) -> Session | None:
    found = [s for s in plan.sessions if s.focus is focus]
    return found[k] if k < len(found) else None


def _older_logs(history: Sequence[WeekRecord], index: int) -> tuple[ExerciseLog, ...]:
    """The logs of the (up to) :data:`LOG_WEEKS` weeks before ``history[index]``."""
    start = max(0, index - LOG_WEEKS)
    return tuple(log for record in history[start:index] for log in record.logs)


class _Season:
    """What one call works from: the records, the calendar and the progressed weeks."""

    def __init__(
        self,
        athlete: Athlete,
        history: tuple[WeekRecord, ...],
        catalog: Catalog,
        placed: tuple[Place, ...],
    ) -> None:
        self.athlete = athlete
        self.history = history
        self.catalog = catalog
        self.places = placed
        self._progressed: dict[int, WeekPlan] = {}

    def progressed(self, index: int) -> WeekPlan:
        """``history[index]``'s plan progressed from its logs."""
        found = self._progressed.get(index)
        if found is None:
            record = self.history[index]
            found, _ = progress_week(
                record.plan,
                record.logs,
                athlete=self.athlete,
                catalog=self.catalog,
                history=_older_logs(self.history, index),
            )
            self._progressed[index] = found
        return found

    def source(
        self, focus: Focus, k: int, rested: frozenset[Injury]
    ) -> tuple[list[Prescription], int] | None:
        """The content of the last week that held the k-th ``focus`` session, progressed."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if _slot(self.history[index].plan, focus, k) is None:
                continue
            session = _slot(self.progressed(index), focus, k)
            if session is None:
                return None
            items = [
                rx
                for rx in session.exercises
                if index == last or not self._rests(rx.exercise, rested)
            ]
            if len(items) < 4 and index != last:
                return None
            return items, index
        return None

    def _rests(self, exercise_id: str, rested: frozenset[Injury]) -> bool:
        exercise = self.catalog.get(exercise_id)
        return exercise is None or bool(areas_of(exercise) & rested)

    def reference(self, focus: Focus, k: int) -> dict[str, Prescription]:
        """The k-th ``focus`` session of the last trained training-phase week, by exercise."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            record = self.history[index]
            if self.places[index].phase not in TRAINING or not record.trained:
                continue
            session = _slot(record.plan, focus, k)
            return {} if session is None else {rx.exercise: rx for rx in session.exercises}
        return {}

    def reference_volume(self) -> int | None:
        """Hard sets of the last trained training-phase week, if any is in reach."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if self.places[index].phase in TRAINING and self.history[index].trained:
                return week_volume(self.history[index].plan)
        return None

    def weeks_off(self) -> int:
        """Weeks in a row at the end of the history with sessions planned and none logged."""
        count = 0
        for record in reversed(self.history):
            if record.trained or not record.plan.sessions:
                break
            count += 1
        return count


def plan_next(
    athlete: Athlete,
    week: RunningWeek,
    history: tuple[WeekRecord, ...],
    upcoming: tuple[RunningWeek, ...],
    catalog: Catalog,
    settings: RuleSettings,
    block: BlockSettings,
) -> WeekPlan:
    """:func:`next_week` on checked arguments."""
    weeks = (*(r.week for r in history), week, *upcoming)
    placed = places(athlete, weeks, catalog, block)
    index = len(history)
    place = placed[index]
    season = _Season(athlete, history, catalog, placed)
    last = history[-1] if history else None
    carried = season.progressed(index - 1) if last is not None else None
    exclusions = carried.exclusions if carried is not None else ()
    rested = frozenset(area for e in exclusions for area in e.areas)
    planner = athlete
    if rested - athlete.injuries:
        planner = attrs.evolve(athlete, injuries=athlete.injuries | rested)
    after = upcoming[0] if upcoming else None
    fresh = _placed(
        planner,
        week,
        catalog,
        settings,
        after,
        place.light_days,
        place.cap,
        last.week if last else None,
    )
    previous_phase = placed[index - 1].phase if index else None
    back = previous_phase is not None and (
        previous_phase not in TRAINING or (last is not None and not last.trained)
    )
    order = ("sets", "exercise", "amount", "load_kg", "tempo")
    if place.phase in TRAINING and not back:
        order = ("amount", "sets", "exercise", "load_kg", "tempo")
    off = season.weeks_off()
    entering = next(
        (p.phase for p in reversed(placed[:index]) if p.phase in TRAINING), None
    ) not in (Phase.power, Phase.maintenance)
    shaper = _Shaper(athlete, catalog, place, off, entering=entering)
    contents: list[list[Prescription]] = []
    olds: list[dict[str, Prescription]] = []
    fresh_flags: list[bool] = []
    for focus, k, session in _slots(fresh):
        source = season.source(focus, k, rested) if history else None
        old_session = _slot(last.plan, focus, k) if last is not None else None
        old = {} if old_session is None else {rx.exercise: rx for rx in old_session.exercises}
        olds.append(old)
        items = list(session.exercises) if source is None else list(source[0])
        fresh_flags.append(source is None)
        if back and place.phase in TRAINING:
            items = shaper.restore(items, season.reference(focus, k), old, rested)
        items = shaper.shape(session, items, old, settings)
        if off >= 2:
            items = shaper.step_back(items)
        items = [one_change(old.get(rx.exercise), rx, order) for rx in items]
        contents.append(shaper.jumps(session, items, week, settings))
    foci = [focus for focus, _, _ in _slots(fresh)]

    def whole_session(s: int, items: list[Prescription]) -> bool:
        known = [catalog[rx.exercise] for rx in items if rx.exercise in catalog]
        return len(items) in settings.exercises_per_session and not missing_patterns(foci[s], known)

    def whole(week_items: list[list[Prescription]]) -> bool:
        trained = frozenset(
            m
            for items in week_items
            for rx in items
            if rx.exercise in catalog
            for m in muscles_trained(catalog[rx.exercise])
        )
        return needed <= trained and all(
            whole_session(s, items) for s, items in enumerate(week_items) if items
        )

    needed = frozenset(
        m
        for items in contents
        for rx in items
        if rx.exercise in catalog
        for m in muscles_trained(catalog[rx.exercise])
    )

    if place.phase in (Phase.race, Phase.recovery):
        contents = [_no_jumps(items, s, whole_session, catalog) for s, items in enumerate(contents)]

    def sessions_whole(week_items: list[list[Prescription]]) -> bool:
        return all(whole_session(s, items) for s, items in enumerate(week_items) if items)

    contents = _volume_capped(
        contents, olds, fresh_flags, place, season, last, block, whole, foci, sessions_whole
    )
    sessions = []
    waits: list[str] = []
    freed: dict[Weekday, str] = {}
    for (focus, _, session), items, old in zip(_slots(fresh), contents, olds, strict=True):
        if not items:
            if place.phase in (Phase.taper, Phase.deload):
                waits.append(
                    f"{str(place.phase).capitalize()}: no {focus} session on "
                    f"{session.day.title} this week."
                )
            else:
                waits.append(
                    f"The {focus} session on {session.day.title} starts next week, so the "
                    "week's sets rise gradually."
                )
            freed[session.day] = f"Kept free: {waits[-1]}"
            continue
        items = trim(session, items, athlete.session_minutes, settings, old)
        sessions.append(_session(session, items, focus, place, athlete, catalog, settings, off))
    shortfalls = (*fresh.shortfalls, *waits)
    if carried is not None:
        shortfalls = (*shortfalls, *(n for n in carried.shortfalls if n not in shortfalls))
    plan = WeekPlan(
        sessions=sessions,
        shortfalls=shortfalls,
        decisions=[
            attrs.evolve(d, focus=None, reason=freed[d.day]) if d.day in freed else d
            for d in fresh.decisions
        ],
        exclusions=exclusions,
        phase=place.phase,
    )
    return enforce(plan, athlete, week, catalog=catalog, settings=settings, next_week=after)


def _volume_capped(
    contents: list[list[Prescription]],
    olds: list[dict[str, Prescription]],
    fresh_flags: list[bool],
    place: Place,
    season: _Season,
    last: WeekRecord | None,
    block: BlockSettings,
    whole: Callable[[list[list[Prescription]]], bool],
    foci: list[Focus],
    sessions_whole: Callable[[list[list[Prescription]]], bool],
) -> list[list[Prescription]]:
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
    ) -> Sets:
        out = cut_volume(contents, target, olds, why, key)
        if volume(out) > target:
            out = cut_volume(contents, target, olds, why, key, drop=whole, first=new)
        if volume(out) > target and new and len(new) < len(contents):
            # A new session waits until the week has room for it.
            without = [[] if s in new else items for s, items in enumerate(contents)]
            out = cut_volume(without, target, olds, why, key, drop=whole)
        if sessions is not None:
            # A taper's sessions go, the light ones and the last first, rather than its effort.
            order = sorted(range(len(out)), key=lambda s: (foci[s] is Focus.strength, -s))
            for s in order:
                if volume(out) <= sessions or sum(1 for items in out if items) <= keep:
                    break
                out[s] = []
            if volume(out) > target:
                # Still too much: exercises go while each session stays whole.
                out = cut_volume(out, target, olds, why, key, drop=sessions_whole)
        for s, items in enumerate(out):
            # Sets back where a dropped session took the week below ``least``.
            for i, rx in enumerate(items):
                was = next((x for x in contents[s] if x.exercise == rx.exercise), rx)
                while volume(out) < least and out[s][i].dose.sets.lo < was.dose.sets.lo:
                    out[s][i] = with_sets(
                        out[s][i],
                        out[s][i].dose.sets.lo + 1,
                        why.format(before=was.dose.sets, after=out[s][i].dose.sets.lo + 1),
                    )
        return out

    if phase is Phase.deload:
        base = before if before else total
        target = min(round(base * 0.6), max(0, base - 1)) if before else round(total * 0.6)
        why = "Deload week: {before} to {after} sets at the same load and reps."
        return held(max(target, 1), why, sessions=base - 1 if before else None, keep=0)
    if phase is Phase.taper:
        base = reference if reference is not None else total
        target = max(-(-base * 40 // 100), min(base * 59 // 100, round(base * 0.5)))
        why = "Taper: {before} to {after} sets at the same load and reps."
        return held(target, why, sessions=target, least=-(-base * 40 // 100))
    if phase in BREAKS or before is None:
        return contents
    allowed = rise_allowed(before, block.max_rise_percent)
    back = season.places[len(season.history) - 1].phase not in TRAINING or (
        last is not None and not last.trained
    )
    if back and reference is not None:
        allowed = max(allowed, reference)
    if total <= allowed:
        return contents

    def key(s: int, _: int, rx: Prescription) -> tuple[int, ...]:
        old = olds[s].get(rx.exercise)
        rose = old is None or rx.dose.sets.lo > old.dose.sets.lo
        return (int(fresh_flags[s]), int(rose))

    return held(
        allowed, "Held to {after} sets (not {before}) so the week's volume rises gradually.", key
    )


class _Shaper:
    """Doses shaped to one week's phase."""

    def __init__(
        self, athlete: Athlete, catalog: Catalog, place: Place, off: int, *, entering: bool
    ) -> None:
        self.entering = entering
        self.athlete = athlete
        self.catalog = catalog
        self.place = place
        self.off = off

    def restore(
        self,
        items: list[Prescription],
        reference: dict[str, Prescription],
        old: dict[str, Prescription],
        rested: frozenset[Injury],
    ) -> list[Prescription]:
        """Sets back to the last training week's after a break, and what the break left out."""
        out = []
        ids = {rx.exercise for rx in items}
        for name, rx in reference.items():
            exercise = self.catalog.get(name)
            if (
                name in ids
                or name in old
                or exercise is None
                or areas_of(exercise) & rested
                or exercise.harder in ids
                or exercise.easier in ids
                or len(items) >= 7
            ):
                continue
            items = [*items, attrs.evolve(rx, reason=f"Back after the lighter weeks: {rx.dose}.")]
            ids.add(name)
        for rx in items:
            ref = reference.get(rx.exercise)
            if ref is not None and ref.dose.sets.lo > rx.dose.sets.lo:
                rx = with_sets(
                    rx,
                    ref.dose.sets.lo,
                    f"Back to {ref.dose.sets.lo} sets, as before the lighter weeks.",
                )
            out.append(rx)
        return out

    def shape(
        self,
        session: Session,
        items: list[Prescription],
        old: dict[str, Prescription],
        settings: RuleSettings,
    ) -> list[Prescription]:
        """Each prescription shaped to the phase; a set more only where it fits the time."""
        phase, level = self.place.phase, self.athlete.level
        out: list[Prescription] = []
        for index, rx in enumerate(items):
            exercise = self.catalog.get(rx.exercise)
            before = old.get(rx.exercise)
            if phase in BREAKS or phase is Phase.deload:
                if before is not None:
                    # Last week's loads and reps, whatever the logs would allow (a step
                    # back the logs asked for, a lighter load, stands).
                    kept = before.dose
                    if (rx.dose.load_kg or 0.0) < (kept.load_kg or 0.0):
                        kept = attrs.evolve(kept, load_kg=rx.dose.load_kg)
                    rx = attrs.evolve(rx, dose=attrs.evolve(kept, sets=rx.dose.sets))
                if phase in (Phase.race, Phase.recovery) and rx.dose.sets.lo > 1:
                    after = max(1, rx.dose.sets.lo // 2)
                    rx = with_sets(
                        rx, after, f"{self._title()}: {rx.dose.sets.lo} to {after} sets, light."
                    )
                out.append(rx)
                continue
            if exercise is None or not is_main_lift(exercise, session.focus):
                out.append(rx)
                continue
            menu = exercise.dose_for(max(level, exercise.level))
            if phase is Phase.strength:
                amount = strength_amount(rx.dose, menu, level)
                if amount is not None:
                    rx = attrs.evolve(
                        rx,
                        dose=rx.dose.with_amount(amount),
                        reason=f"Strength phase: fewer reps ({amount}) so the load can rise.",
                    )
                elif level is not Level.beginner and rx.dose.sets.lo < strength_sets(menu):
                    more = with_sets(
                        rx,
                        rx.dose.sets.lo + 1,
                        f"Strength phase: {rx.dose.sets.lo + 1} sets of the main lifts.",
                    )
                    trial = attrs.evolve(session, exercises=(*out, more, *items[index + 1 :]))
                    if session_minutes_of(trial, settings) <= self.athlete.session_minutes:
                        rx = more
            elif phase in (Phase.power, Phase.maintenance) and self.entering:
                sets = max(1, rx.dose.sets.lo - 1)
                if rx.dose.sets.lo > sets:
                    rx = with_sets(
                        rx,
                        sets,
                        f"{str(phase).capitalize()} phase: strength kept at {sets} sets, so the "
                        "legs freshen up for the race.",
                    )
            out.append(rx)
        return out

    def _title(self) -> str:
        return "Race week" if self.place.phase is Phase.race else "Recovery week"

    def step_back(self, items: list[Prescription]) -> list[Prescription]:
        """One set fewer and a lighter load after two weeks off or more."""
        out = []
        for rx in items:
            dose = attrs.evolve(rx.dose, sets=type(rx.dose.sets)(max(1, rx.dose.sets.lo - 1)))
            exercise = self.catalog.get(rx.exercise)
            equipment = None if exercise is None else load_equipment(exercise)
            if dose.load_kg and equipment is not None:
                dose = attrs.evolve(dose, load_kg=step_down(dose.load_kg, equipment) or None)
            why = (
                f"Back after {self.off} weeks off: one set fewer and a lighter load "
                f"({rx.dose} to {dose}) while the body gets used to it again."
            )
            out.append(attrs.evolve(rx, dose=dose, reason=why))
        return out

    def jumps(
        self, session: Session, items: list[Prescription], week: RunningWeek, settings: RuleSettings
    ) -> list[Prescription]:
        """Power phase: a low-level jump in the session whose day allows one."""
        if self.place.phase is not Phase.power:
            return items
        jump = jump_for(self.athlete, self.catalog)
        if jump is None or any(rx.exercise == jump.id for rx in items):
            return items
        if len(items) >= settings.exercises_per_session.hi or not _jump_day(
            session.day, week, self.place
        ):
            return items
        dose = jump.dose_for(max(self.athlete.level, jump.level))
        dose = attrs.evolve(dose, sets=type(dose.sets)(dose.sets.lo))
        rx = Prescription(
            jump.id,
            dose,
            reason=(
                f"Power phase: {jump.name.lower()} first, fresh, for springy, stiff ankles "
                "before the race; quiet landings."
            ),
        )
        trial = attrs.evolve(session, exercises=(rx, *items))
        if session_minutes_of(trial, settings) > self.athlete.session_minutes:
            return items
        return [rx, *items]


def _no_jumps(
    items: list[Prescription],
    s: int,
    whole: Callable[[int, list[Prescription]], bool],
    catalog: Catalog,
) -> list[Prescription]:
    """Race and recovery weeks: no jumps, where the session stays whole without them."""
    out = list(items)
    for rx in items:
        exercise = catalog.get(rx.exercise)
        if exercise is not None and exercise.plyometric:
            kept = [x for x in out if x is not rx]
            if whole(s, kept):
                out = kept
    return out


def _jump_day(day: Weekday, week: RunningWeek, place: Place) -> bool:
    """No jumps on tired legs, the day before a key run, or on a light-only day (003)."""
    if any(d is day for d, _ in place.light_days):
        return False
    keys = week.key_days
    return day not in keys and (day is Weekday.sun or day.next not in keys)


def _session(
    session: Session,
    items: list[Prescription],
    focus: Focus,
    place: Place,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    off: int,
) -> Session:
    known = [catalog[rx.exercise] for rx in items if rx.exercise in catalog]
    covered = [
        name
        for name, group in REQUIRED[focus]
        if any(not e.patterns.isdisjoint(group) for e in known)
    ]
    kind = "Strength session" if focus is Focus.strength else "Light session"
    reasons = [place.why, session.reasons[0], f"{kind}: {', '.join(covered) or 'light work'}."]
    if off >= 2:
        reasons.append(
            f"Back after {off} weeks off: every exercise one set fewer and lighter this week."
        )
    if athlete.injuries:
        sore = ", ".join(injury_name(i) for i in sorted(athlete.injuries))
        reasons.append(PAIN_RULE.format(area=sore))
    draft = attrs.evolve(session, exercises=tuple(items))
    reasons.append(
        f"About {session_minutes_of(draft, settings):.0f} minutes with the warm-up and cool-down."
    )
    return attrs.evolve(draft, reasons=tuple(reasons))
