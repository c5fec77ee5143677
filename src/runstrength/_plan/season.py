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
from collections.abc import Iterable, Sequence

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import MAX_WEEKS, BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Injury, Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import Place, calendar, renumbered, without_jumps
from runstrength._plan.current import current_reasons, settled
from runstrength._plan.cuts import one_change, trim, volume
from runstrength._plan.enforce import enforce
from runstrength._plan.history import LOOKBACK, Season, slot, slots
from runstrength._plan.lighter import Sets, Whole
from runstrength._plan.phasing import volume_capped
from runstrength._plan.power import jump_day, landings_ok, power_jump
from runstrength._plan.raceweek import no_jumps
from runstrength._plan.shaper import Shaper
from runstrength._plan.shaping import jump_for
from runstrength._plan.stronger import topped
from runstrength._plan.timeoff import RETURN_RIR, RETURN_SHARES, returning
from runstrength._plan.week import PAIN_RULE, plan_week
from runstrength._rules.block import TRAINING
from runstrength._rules.session import REQUIRED, session_minutes_of
from runstrength._views.wording import injury_name

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
    prescription repeats; sharp pain keeps an exercise out until a pain-free log clears
    it). After a week off (or more), the first week back holds about 55 % of the last
    full week's sets at 3 reps in reserve, only if symptom-free, and the second about
    80 %; a lighter load too after two weeks off or more; the phase's week count pauses
    for the weeks off. The doses are then
    shaped to the phase: fewer reps for the main lifts and a set more for the session's
    main lift in the strength phase (a two-legged squat or hinge with a known lift goes
    heavy: 3–4 reps for advanced runners, 5–6 for intermediate ones, at 2 in reserve, a
    load at most 10 % above last week's; a load chosen by effort gets a falling rep target
    at 1–2 in reserve; a mastered exercise moves on to a harder variation in the phase's
    first week), heavy strength at two sets or more and a jump first in one session in
    the power phase (a real jump for advanced runners, pogo hops for intermediate ones),
    about 40 % fewer sets in a deload, 41–60 % fewer in the taper at the same loads and
    reps (each strength session's main lift keeps two sets, the sessions kept where they
    fit), light work around races. Every reason is about this week: one carried from an
    earlier week gives way to the exercise's base reason.
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
    place = renumbered(placed[index], placed[index].number - _untrained(placed, history))
    placed = (*placed[:index], place, *placed[index + 1 :])
    season = Season(athlete, history, catalog, placed)
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
    draft = _Draft(athlete, week, placed, season, catalog, settings)
    contents, olds, fresh_flags = draft.contents(fresh, rested)
    whole = Whole(catalog, settings, [focus for focus, _, _ in slots(fresh)], contents)
    if place.phase in (Phase.race, Phase.recovery):
        contents = [no_jumps(items, s, whole.session, catalog) for s, items in enumerate(contents)]
    contents = volume_capped(contents, olds, fresh_flags, place, season, last, block, whole)
    step = season.return_step()
    if step is not None and place.phase in TRAINING:
        base = season.reference_volume() or volume(contents)
        contents = returning(contents, olds, base, step, whole)
        draft.step = step
    before = (
        {}
        if last is None
        else {rx.exercise: rx for s in reversed(last.plan.sessions) for rx in s.exercises}
    )
    if step is None and place.phase in TRAINING:
        usual = _Usual(fresh, catalog, athlete, before)
        contents = [[usual(rx) for rx in items] for items in contents]
    learning = athlete.level is Level.beginner and place.number <= LEARNING_WEEKS
    if learning and place.phase is Phase.general:
        contents = [[_learning(rx) for rx in items] for items in contents]
    if last is not None:
        contents = [settled(items, before, fresh, catalog) for items in contents]
    if not any(
        catalog[rx.exercise].plyometric
        for items in contents
        for rx in items
        if rx.exercise in catalog
    ):
        draft.place = without_jumps(draft.place)
    plan = draft.assemble(fresh, contents, olds)
    notes: tuple[str, ...] = ()
    if carried is not None and last is not None:
        notes = carried.shortfalls[len(last.plan.shortfalls) :]
    plan = attrs.evolve(
        plan,
        shortfalls=(*plan.shortfalls, *(n for n in notes if n not in plan.shortfalls)),
        exclusions=exclusions,
    )
    return enforce(plan, athlete, week, catalog=catalog, settings=settings, next_week=after)


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


class _Draft:
    """One week being drafted: the content of each session, then the plan."""

    def __init__(
        self,
        athlete: Athlete,
        week: RunningWeek,
        placed: tuple[Place, ...],
        season: Season,
        catalog: Catalog,
        settings: RuleSettings,
    ) -> None:
        index = len(season.history)
        self.athlete = athlete
        self.week = week
        self.place = placed[index]
        self.season = season
        self.catalog = catalog
        self.settings = settings
        self.last = season.history[-1] if season.history else None
        before = placed[index - 1].phase if index else None
        self.back = before is not None and (
            before not in TRAINING
            or (self.last is not None and not self.last.trained)
            or season.return_step() is not None
        )
        self.off = season.weeks_off()
        self.step: int | None = None
        self.earlier = [r.plan for r in season.history[-LOOKBACK:]]
        entering = next(
            (p.phase for p in reversed(placed[:index]) if p.phase in TRAINING), None
        ) not in (Phase.power, Phase.maintenance)
        self.shaper = Shaper(
            athlete,
            catalog,
            self.place,
            self.off,
            entering=entering,
            back=self.back,
            topped=topped(season.history, LOOKBACK),
            settings=settings,
            landings=landings_ok(season.history, LOOKBACK, catalog),
        )

    def _order(self, rx: Prescription, order: tuple[str, ...]) -> tuple[str, ...]:
        """The order changes wait in: a power week's jump gains its sets before its amount."""
        exercise = self.catalog.get(rx.exercise)
        if self.place.phase is Phase.power and exercise is not None and exercise.plyometric:
            return ("sets", *(v for v in order if v != "sets"))
        return order

    def contents(
        self, fresh: WeekPlan, rested: frozenset[Injury]
    ) -> tuple[Sets, list[dict[str, Prescription]], list[bool]]:
        """Each session's prescriptions, progressed and shaped.

        Also last week's prescriptions of each session, and whether it comes fresh from
        the planner (no earlier week held it).
        """
        place, last, shaper, settings = self.place, self.last, self.shaper, self.settings
        order = ("sets", "exercise", "amount", "load_kg", "tempo")
        if place.phase in TRAINING and not self.back:
            order = ("amount", "sets", "exercise", "load_kg", "tempo")
        jump = power_jump(self.athlete, self.catalog)
        if place.phase is Phase.power and jump is not None:
            days = [s.day for s in fresh.sessions]
            shaper.jump_day = jump_day(days, self.week, place, jump)
        contents: Sets = []
        olds: list[dict[str, Prescription]] = []
        flags: list[bool] = []
        # A lighter week keeps last week's loads and reps wherever the exercise was.
        anywhere = (
            {}
            if last is None
            else {rx.exercise: rx for s in reversed(last.plan.sessions) for rx in s.exercises}
        )
        # A harder variation never brings in an exercise the week holds already.
        shaper.taken = sorted(
            {rx.exercise for s in fresh.sessions for rx in s.exercises} | set(anywhere)
        )
        for focus, k, session in slots(fresh):
            source = self.season.source(focus, k, rested) if self.season.history else None
            old_session = slot(last.plan, focus, k) if last is not None else None
            old = {} if old_session is None else {rx.exercise: rx for rx in old_session.exercises}
            olds.append(old)
            flags.append(source is None)
            items = list(session.exercises) if source is None else list(source[0])
            items = current_reasons(items, fresh, self.earlier, anywhere, place.phase, self.catalog)
            if self.back and place.phase in TRAINING:
                reference = self.season.reference(focus, k)
                items = shaper.restore(items, reference, old, rested)
            items = shaper.shape(session, items, {**anywhere, **old}, settings)
            if self.off >= 2:
                items = shaper.step_back(items)
            items = shaper.jumps(session, items, self.week, settings)
            # One change an exercise (RS401); a power week's jump takes its sets first.
            contents.append(
                [one_change(old.get(rx.exercise), rx, self._order(rx, order)) for rx in items]
            )
        return contents, olds, flags

    def assemble(
        self, fresh: WeekPlan, contents: Sets, olds: list[dict[str, Prescription]]
    ) -> WeekPlan:
        """The week's plan: each session kept to time, with its reasons."""
        place = self.place
        sessions = []
        waits: list[str] = []
        freed: dict[Weekday, str] = {}
        for (focus, _, session), items, old in zip(slots(fresh), contents, olds, strict=True):
            if not items:
                if place.phase in (Phase.taper, Phase.deload):
                    waits.append(
                        f"{str(place.phase).capitalize()}: no {focus} session on "
                        f"{session.day.title} this week."
                    )
                else:
                    waits.append(
                        f"The {focus} session on {session.day.title} starts next week, so "
                        "the week's sets rise gradually."
                    )
                freed[session.day] = f"Kept free: {waits[-1]}"
                continue
            kept = trim(session, items, self.athlete.session_minutes, self.settings, old)
            sessions.append(self._session(session, kept, focus))
        return WeekPlan(
            sessions=sessions,
            shortfalls=(*fresh.shortfalls, *waits),
            decisions=[
                attrs.evolve(d, focus=None, reason=freed[d.day]) if d.day in freed else d
                for d in fresh.decisions
            ],
            phase=place.phase,
        )

    def _session(self, session: Session, items: list[Prescription], focus: Focus) -> Session:
        return _session(
            session,
            items,
            focus,
            self.place,
            self.athlete,
            self.catalog,
            self.settings,
            _return_note(self.off, self.step),
        )


def _return_note(off: int, step: int | None) -> str | None:
    """The sentence for a week back after time off, if this is one."""
    if step == 0:
        weeks = f"{off} week{'s' if off > 1 else ''}"
        return (
            f"Back after {weeks} off: about {RETURN_SHARES[0]} % of the sets at 3–4 reps in "
            "reserve, and only if symptom-free; ease the running too. If not symptom-free, "
            "rest another week."
        )
    if step == 1:
        return (
            f"Second week back after time off: about {RETURN_SHARES[1]} % of the sets; the "
            "full week comes next week if this one goes well."
        )
    return None


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


class _Usual:
    """Reps in reserve back to the usual once the weeks back after time off are done.

    The first week back ends every set :data:`~runstrength._plan.timeoff.RETURN_RIR`
    short of failure, and the weeks after carry it; an exercise that held it last week
    goes back to the range the planner gives it this week (else its catalog dose's). One
    coming back this week after pain keeps its easier effort.
    """

    def __init__(
        self,
        fresh: WeekPlan,
        catalog: Catalog,
        athlete: Athlete,
        before: dict[str, Prescription],
    ) -> None:
        self.planned = {x.exercise: x for s in fresh.sessions for x in s.exercises}
        self.catalog = catalog
        self.athlete = athlete
        self.before = before

    def __call__(self, rx: Prescription) -> Prescription:
        """``rx`` at its usual reps in reserve, if it held the return's last week."""
        rir = rx.dose.rir
        easy = IntRange(RETURN_RIR.lo)
        old = self.before.get(rx.exercise)
        if rir != easy or old is None or old.dose.rir != easy:
            return rx
        planned = self.planned.get(rx.exercise)
        usual = planned.dose.rir if planned is not None else None
        exercise = self.catalog.get(rx.exercise)
        if usual is None and exercise is not None:
            usual = exercise.dose_for(max(self.athlete.level, exercise.level)).rir
        if usual is None or usual == rir:
            return rx
        return attrs.evolve(rx, dose=attrs.evolve(rx.dose, rir=usual))


HIGH_REPS = 12
"""A rep range whose top is this or lower is not "higher reps" (fatigue resistance)."""

_HIGHER_REPS = " For the endurance goal: higher reps for fatigue resistance."


def _true_to_dose(rx: Prescription) -> Prescription:
    """``rx`` with no purpose its dose contradicts: no "higher reps" beside 6–9 reps."""
    dose = rx.dose
    if _HIGHER_REPS in rx.reason and dose.unit == "reps" and dose.amount.hi <= HIGH_REPS:
        return attrs.evolve(rx, reason=rx.reason.replace(_HIGHER_REPS, ""))
    return rx


def _session(
    session: Session,
    items: list[Prescription],
    focus: Focus,
    place: Place,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    back_note: str | None,
) -> Session:
    items = [_true_to_dose(rx) for rx in items]
    known = [catalog[rx.exercise] for rx in items if rx.exercise in catalog]
    covered = [
        name
        for name, group in REQUIRED[focus]
        if any(not e.patterns.isdisjoint(group) for e in known)
    ]
    kind = "Strength session" if focus is Focus.strength else "Light session"
    reasons = [place.why, session.reasons[0], f"{kind}: {', '.join(covered) or 'light work'}."]
    if back_note:
        reasons.append(back_note)
    if athlete.injuries:
        sore = ", ".join(injury_name(i) for i in sorted(athlete.injuries))
        reasons.append(PAIN_RULE.format(area=sore))
    draft = attrs.evolve(session, exercises=tuple(items))
    reasons.append(
        f"About {session_minutes_of(draft, settings):.0f} minutes with the warm-up and cool-down."
    )
    return attrs.evolve(draft, reasons=tuple(reasons))
