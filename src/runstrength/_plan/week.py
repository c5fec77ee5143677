"""``build_week``: place and fill a week of strength sessions around the runs."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.copies import decision, prescribed
from runstrength._model.plan import DayDecision, Prescription, Routine, Session, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.reasons import CODES, joined_reasons, say
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import (
    Equipment,
    Focus,
    Injury,
    Pattern,
    Placement,
    Weekday,
    ordered,
)
from runstrength._model.week import RunningWeek
from runstrength._plan.choose import Profile, WeekState
from runstrength._plan.compose import Request, compose
from runstrength._plan.coverage import holding_reason
from runstrength._plan.cueing import cued_week
from runstrength._plan.days import DayOption, Slot, choose_days, day_options, focus_targets
from runstrength._plan.dosing import Pick
from runstrength._plan.enforce import enforce, is_error, trusted
from runstrength._plan.reasons import order_reason, pain_reason
from runstrength._plan.shortfalls import joined, no_strength, too_few
from runstrength._rules.session import REQUIRED
from runstrength._views.wording import injury_name

__all__ = ["PRACTICE_SETS", "build_week", "plan_week", "practised", "warm_up"]


COOL_DOWN = Routine(
    (5, 10),
    (
        "Five minutes of easy walking or cycling.",
        "Static stretches for hamstrings, quads, calves and hip flexors, about 30 s each.",
    ),
)
"""The cool-down after every session (000: easy movement, then stretches)."""

SHORT_SESSION = 20
"""A session of this many minutes or fewer gets a short warm-up and cool-down, so the time
goes to the work itself."""

SHORT_COOL_DOWN = Routine(
    (2, 3),
    (
        "Two minutes of easy walking.",
        "Stretch the calves and hip flexors, about 30 s each.",
    ),
)
"""The cool-down of a short session: the calves and hip flexors runners need most."""


_DAYS = tuple(Weekday)
_FOCI = tuple(Focus)
"""The weekdays and foci in their declared order, as tuples (no enum iteration)."""
_NEIGHBOURS = {day: frozenset({day.previous, day.next}) for day in _DAYS}
"""Each day's neighbours in a repeating week (the days one apart): one set test a day."""

PAIN_RULE = CODES["session.pain_rule"].template
"""What every session of an injured athlete says about pain (001, 003: stop and seek help
for sharp pain); the log's pain then steers progression."""


def cool_down(minutes: int) -> Routine:
    """The cool-down for a session of ``minutes``: short for a short session."""
    return SHORT_COOL_DOWN if minutes <= SHORT_SESSION else COOL_DOWN


PRACTICE_SETS = "One or two lighter practice sets before the first heavy exercise."
"""The warm-up's last step in a strength session that holds a loaded exercise (003)."""


def practised(routine: Routine, focus: Focus, exercises: Iterable[Prescription]) -> Routine:
    """``routine`` with :data:`PRACTICE_SETS` exactly where the session has a load to practise.

    A strength session whose ``exercises`` are all at body weight (no load in kg, none to
    choose) has no heavy exercise to practise for: its warm-up ends with the drills.
    """
    loaded = focus is Focus.strength and any(
        rx.choose_load or rx.dose.load_kg is not None for rx in exercises
    )
    if loaded is (PRACTICE_SETS in routine.steps):
        return routine
    return _practice_step(routine, loaded)


@functools.lru_cache(maxsize=64)  # keyed on the routine: a few routines serve every week
def _practice_step(routine: Routine, loaded: bool) -> Routine:
    """``routine`` with :data:`PRACTICE_SETS` last (``loaded``) or without it."""
    steps = tuple(step for step in routine.steps if step != PRACTICE_SETS)
    return Routine(routine.minutes, (*steps, PRACTICE_SETS) if loaded else steps)


@functools.lru_cache(maxsize=256)  # keyed on its arguments: a few routines serve every week
def warm_up(
    focus: Focus, after_run: bool, equipment: frozenset[Equipment], minutes: int = 30
) -> Routine:
    """The warm-up: easy movement (skipped after a run), drills, then practice sets (003).

    A short session (``minutes`` up to :data:`SHORT_SESSION`) keeps the drills and cuts the
    easy movement to a few minutes.
    """
    drills = "bodyweight squats, hip hinges, glute bridges, calf raises"
    if Equipment.mini_band in equipment:
        drills += ", lateral band walks"
    steps = [f"Drills, one easy set of each: {drills}."]
    short = minutes <= SHORT_SESSION
    if after_run:
        steps.insert(0, "The run did the easy movement: go straight to the drills.")
    elif short:
        steps.insert(0, "Three minutes of easy movement: brisk walk, jog on the spot or bike.")
    else:
        steps.insert(
            0, "Five to eight minutes of easy movement: brisk walk, jog, bike or mobility."
        )
    if focus is Focus.strength:
        steps.append(PRACTICE_SETS)
    if short:
        return Routine((2, 3) if after_run else (3, 5), tuple(steps))
    return Routine((3, 5) if after_run else (5, 8), tuple(steps))


def build_week(
    athlete: Athlete,
    week: RunningWeek,
    *,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
    next_week: RunningWeek | None = None,
    previous_week: RunningWeek | None = None,
) -> WeekPlan:
    """Place and fill the week's strength sessions around the runs, with reasons.

    Days: only available ones; no ``strength`` session the day before a key run; nothing on
    race day or the days either side of it; race week holds one light session; after an
    easy run or a hard run is preferred, recovery days stay easy, and sessions are spaced
    48 h apart where the week allows. Content: 4–7 exercises covering the patterns each
    focus needs, only what the athlete's equipment, level and injuries allow, varied
    between sessions, favouring the athlete's goals, and trimmed to ``session_minutes``.

    When fewer sessions fit than asked for, the plan holds what fits and ``shortfalls``
    says why. The plan never breaks an ``error`` rule of :func:`~runstrength.validate`
    called with the same ``catalog`` and ``settings``, including warnings the settings
    make errors (RS105 spaces every session, RS203 drops what cannot fit the time,
    RS206 reaches for every muscle): what could not be kept is left out, and the
    shortfalls, reasons and decisions say what and why.

    Args:
        athlete: Who the plan is for.
        week: The running week to fit around.
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds and severities (default: the documented ones).
        next_week: The following running week, when known (for the day after Sunday).
        previous_week: The week before, when known (a Sunday race there rests Monday).

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
    >>> plan = rs.build_week(athlete, week)
    >>> [(str(s.day), str(s.focus)) for s in plan.sessions]
    [('tue', 'strength'), ('thu', 'light')]
    """
    check_args(
        "build_week",
        athlete=(athlete, Athlete),
        week=(week, RunningWeek),
        catalog=(catalog, Catalog, None),
        settings=(settings, RuleSettings, None),
        next_week=(next_week, RunningWeek, None),
        previous_week=(previous_week, RunningWeek, None),
    )
    catalog = catalog or default_catalog()
    plan = plan_week(
        athlete,
        week,
        catalog=catalog,
        settings=settings or DEFAULT_SETTINGS,
        next_week=next_week,
        previous_week=previous_week,
    )
    # A body-weight move nothing in reach can load asks for no reps in reserve.
    return cued_week(plan, athlete, catalog)


def plan_week(
    athlete: Athlete,
    week: RunningWeek,
    *,
    catalog: Catalog,
    settings: RuleSettings,
    next_week: RunningWeek | None = None,
    light_only: Mapping[Weekday, Reason | str] | None = None,
    cap: tuple[int, Reason | str] | None = None,
    previous_week: RunningWeek | None = None,
    closed: Mapping[Weekday, Reason] | None = None,
    day_reasons_only: bool = False,
) -> WeekPlan:
    """:func:`build_week` with the knobs a block needs.

    Args:
        athlete: Who the plan is for.
        week: The running week.
        catalog: Where exercises come from.
        settings: Rule thresholds.
        next_week: The following running week, if known.
        light_only: Days that may hold light work only, with the reason (a taper).
        cap: At most this many sessions, with the reason (a beginner's first weeks).
        previous_week: The week before, if known.
        closed: Training days that may hold no session at all, with the reason (a running
            calendar's strength sessions, a day with a third run).
        day_reasons_only: Each session's reasons hold only the first, why its day (and
            those of a focus dropped): for a caller that writes the others itself, as a
            season's week does.
    """
    profile = Profile(
        athlete.level, athlete.equipment, athlete.injuries, athlete.goals, athlete.lifts
    )
    race_week = bool(week.race_days)
    wanted = min(athlete.sessions_per_week, settings.max_sessions)
    count = min(wanted, 1) if race_week else wanted
    shortfalls: list[Reason | str] = []
    if count < wanted:
        shortfalls.append(say("shortfall.race_week"))
    if cap is not None and cap[0] < count:
        count = cap[0]
        shortfalls.append(cap[1])

    options = day_options(athlete, week, next_week, light_only, previous_week, closed)
    targets = focus_targets(athlete, count, race_week, no_runs=week.run_count == 0)
    allowed = list(_FOCI)
    apart = is_error(settings, "RS105")
    slots = choose_days(options, targets, allowed, apart=apart)
    sessions, failures = _fill(
        slots, catalog, profile, athlete, settings, race_week, day_reasons_only
    )
    dropped: list[Reason] = []
    while failures and slots:
        # A focus nothing in reach can fill is dropped and the days chosen again.
        for focus, why in failures:
            if focus in allowed:
                allowed.remove(focus)
                dropped.append(why)
        slots = choose_days(options, targets, allowed, apart=apart)
        sessions, failures = _fill(
            slots, catalog, profile, athlete, settings, race_week, day_reasons_only
        )
    if len(sessions) < wanted:
        shortfalls.extend(dropped)
    elif dropped:
        # Every session fits, but one is lighter than planned: say so where it is shown.
        sessions = [attrs.evolve(s, reasons=(*s.reasons, *dropped)) for s in sessions]
    if Focus.strength in targets and not any(s.focus is Focus.strength for s in sessions):
        # 003 puts the harder session where it spoils no key run; say what stood in the way.
        gone = [w for w in dropped if w.params["focus"] == Focus.strength.value]
        if not gone:
            gone = [
                no_strength(
                    athlete,
                    week,
                    options,
                    next_week=next_week,
                    light_only=light_only,
                    previous_week=previous_week,
                    closed=closed,
                )
            ]
        shortfalls.extend(why for why in gone if why not in shortfalls)
    plan = WeekPlan(
        sessions=sessions,
        shortfalls=shortfalls,
        decisions=_decisions(options, sessions, count, race_week),
    )
    if not trusted(catalog, settings):
        plan = enforce(plan, athlete, week, catalog=catalog, settings=settings, next_week=next_week)
    placed = len(plan.sessions)
    if placed < count:
        plan = attrs.evolve(
            plan,
            shortfalls=(*plan.shortfalls, too_few(athlete, wanted, placed, options, closed)),
        )
    return plan


@attrs.frozen
class Composed:
    """A composed session, with what every week built on it shows of it.

    Args:
        notes: What time changed in it, and why it has no jumps.
        exercises: Its prescriptions, in order.
        covered: The required patterns its exercises cover, by name.
        minutes: Its estimated minutes with the warm-up and cool-down.
        holds: What it covers, each group by the exercise covering it.
    """

    notes: tuple[Reason, ...]
    exercises: tuple[Prescription, ...]
    covered: tuple[str, ...]
    minutes: float
    holds: Reason


Content = Composed | Reason
"""A composed session or why none could be composed (a shortfall)."""


def _composed(focus: Focus, picks: list[Pick], notes: list[Reason], total: float) -> Composed:
    patterns: set[Pattern] = set()  # a group is covered when any pick covers one of its patterns
    for p in picks:
        patterns.update(p.exercise.patterns)
    return Composed(
        tuple(notes),
        tuple([prescribed(p.exercise, p.dose, p.reason, p.choose_load) for p in picks]),
        tuple([name for name, group in REQUIRED[focus] if not patterns.isdisjoint(group)]),
        total,
        holding_reason(focus, [p.exercise for p in picks]),
    )


@functools.lru_cache(maxsize=1024)
def _contents(
    catalog: Catalog,
    profile: Profile,
    settings: RuleSettings,
    race_week: bool,
    minutes: int,
    plan: tuple[tuple[Focus, bool, bool, bool], ...],
) -> tuple[Content, ...]:
    """Each session's content, in composing order.

    A session is asked for as (focus, after a run, jumps allowed, the day before a key run).

    Content depends on who the athlete is and what sessions the week holds, not on which
    days they fall: so a block's weeks, and repeated calls, share it. Pure, hence cached.
    """
    state = WeekState()
    out: list[Content] = []
    light_in_week = any(focus is Focus.light for focus, _, _, _ in plan)
    for focus, after_run, jumps, before_key_run in plan:
        routine = warm_up(focus, after_run, profile.equipment, minutes)
        request = Request(
            focus,
            jumps,
            minutes,
            routine.minutes.lo,
            cool_down(minutes).minutes.lo,
            race_week=race_week,
            light_in_week=light_in_week,
            before_key_run=before_key_run,
            shared_week=len(plan) > 1,
        )
        result = compose(catalog, profile, state, request, settings=settings)
        if isinstance(result, Reason):
            out.append(result)
            continue
        picks, notes, total = result  # its minutes with this warm-up and cool-down
        out.append(_composed(focus, picks, notes, total))
    return tuple(out)


def _fill(
    slots: list[Slot],
    catalog: Catalog,
    profile: Profile,
    athlete: Athlete,
    settings: RuleSettings,
    race_week: bool,
    day_only: bool = False,
) -> tuple[list[Session], list[tuple[Focus, Reason]]]:
    # Strength sessions choose first; the light ones then vary around them.
    order = sorted(slots, key=lambda s: (s.focus is not Focus.strength, s.day.rank))
    contents = _contents(
        catalog,
        profile,
        settings,
        race_week,
        athlete.session_minutes,
        # 003: no jumps on tired legs (after a key run), the day before one, or in race week;
        # nothing loaded or eccentric-heavy the day before a key run either.
        tuple(
            (
                slot.focus,
                slot.after_run,
                not (slot.after_key_run or slot.before_key_run or race_week),
                slot.before_key_run,
            )
            for slot in order
        ),
    )
    built: dict[Weekday, Session] = {}
    failures: list[tuple[Focus, Reason]] = []
    for slot, content in zip(order, contents, strict=True):
        if isinstance(content, Reason):
            failures.append((slot.focus, content))
            continue
        routine = warm_up(slot.focus, slot.after_run, athlete.equipment, athlete.session_minutes)
        built[slot.day] = _session(
            slot, content, routine, athlete.session_minutes, athlete.injuries, day_only=day_only
        )
    return [built[d] for d in _DAYS if d in built], failures


def _session(
    slot: Slot,
    content: Composed,
    routine: Routine,
    athlete_minutes: int,
    injuries: frozenset[Injury] = frozenset(),
    *,
    day_only: bool = False,
) -> Session:
    """The session of ``slot`` holding ``content``; with ``day_only``, only why its day."""
    ending = cool_down(athlete_minutes)
    day = say("session.day", day=slot.day.value, day_name=slot.day.title)
    reasons: list[Reason | str] = [joined_reasons(day, slot.reason)]
    if not day_only:  # else the caller writes the rest: a season's week (see plan_week)
        sore = ordered(injuries)
        order = order_reason(slot.focus, slot.hard_run)
        reasons += [
            *([order] if order else []),
            content.holds,
            *content.notes,
            *([pain_reason(sore, joined([injury_name(i) for i in sore]))] if injuries else []),
            say("session.minutes", minutes=float(content.minutes)),
        ]
    return Session(
        day=slot.day,
        focus=slot.focus,
        placement=Placement.after_run if slot.after_run else Placement.standalone,
        exercises=content.exercises,
        reasons=tuple(reasons),
        warm_up=practised(routine, slot.focus, content.exercises),
        cool_down=ending,
    )


def _decisions(
    options: list[DayOption], sessions: list[Session], count: int, race_week: bool
) -> list[DayDecision]:
    placed = {s.day: s for s in sessions}
    decisions = []
    for option in options:
        day = option.day
        if day in placed:
            session = placed[day]
            decisions.append(decision(day, session.focus, session.reasons[0]))
            continue
        if not option.scores:
            reason = next(iter(option.refusals.values()))
        elif race_week and sessions:
            reason = say(
                "day.kept_free.race_week_on",
                session_day=sessions[0].day.value,
                session_day_name=sessions[0].day.title,
            )
        elif race_week:
            reason = say("day.kept_free.race_week")
        elif count > 1 and not _NEIGHBOURS[day].isdisjoint(placed):
            reason = say("day.kept_free.spacing")
        elif Focus.strength in option.refusals:
            reason = joined_reasons(say("day.kept_free"), option.refusals[Focus.strength])
        elif count == 1 and sessions:
            reason = say(
                "day.kept_free.one_session",
                session_day=sessions[0].day.value,
                session_day_name=sessions[0].day.title,
            )
        else:
            reason = say("day.kept_free.other_days")
        decisions.append(decision(day, None, reason))
    return decisions
