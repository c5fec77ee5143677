"""``replan``: a week whose runs moved: keep what was done, place the rest around the new runs.

The sessions already done stay as they are, on their days. Each remaining session keeps
its content (focus, exercises, doses) and gets a day the planner's day rules allow for
the new running week (RS101–RS107, the athlete's days), after today and never on a done
day; it stays on its own day when that still suits. A strength session that no day left
takes as it is becomes a light session on a day that takes one, and says so; a session
that no day takes at all is dropped, and a shortfall says why.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args, members
from runstrength._model.checks import member as as_member
from runstrength._model.errors import InputError
from runstrength._model.plan import DayDecision, Session, WeekPlan
from runstrength._model.reason import Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Placement, Severity, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.days import DayOption, day_options
from runstrength._plan.enforce import is_error
from runstrength._plan.week import plan_week, practised, warm_up
from runstrength._rules.validate import validate

__all__ = ["replan"]

_STAY_BONUS = 3.0  # a session keeps its day when that day still suits it
_ADJACENT_PENALTY = 12.0  # back to back with another session (RS105) only when nothing else fits
_LIGHT_PENALTY = 40.0  # a strength session turned light is better than none, worse than kept
_DROP_PENALTY = 100.0  # every session placed, where the week allows

ErrorKey = tuple[str, Weekday | None, str | None, str]


@attrs.frozen
class _Choice:
    """One way to place one remaining session: its new form, day and score."""

    session: Session
    score: float
    light: bool = False


def _errors(
    sessions: Iterable[Session],
    athlete: Athlete,
    week: RunningWeek,
    catalog: Catalog,
    settings: RuleSettings,
) -> frozenset[ErrorKey]:
    plan = WeekPlan(sessions=sorted(sessions, key=lambda s: s.day.rank))
    return frozenset(
        (v.code, v.day, v.exercise, v.message)
        for v in validate(plan, athlete, week, catalog=catalog, settings=settings)
        if v.severity is Severity.error
    )


def _moved(
    session: Session, day: Weekday, option: DayOption, why: Reason, athlete: Athlete
) -> Session:
    """``session`` on ``day``: placement, warm-up and first reason for the day, content kept."""
    placement = Placement.after_run if option.after_run else Placement.standalone
    warm = session.warm_up
    if placement is not session.placement or warm is None:
        warm = warm_up(session.focus, option.after_run, athlete.equipment, athlete.session_minutes)
        warm = practised(warm, session.focus, session.exercises)
    first = joined_reasons(
        say("session.day", day=day.value, day_name=day.title), option.scores[session.focus][1]
    )
    rest = session.reasons
    if rest and rest[0].text.startswith(f"{session.day.title}:"):
        rest = rest[1:]  # the old day's reason
    if day is session.day:
        if placement is session.placement and (
            not session.reasons or first.text == session.reasons[0].text
        ):
            return session
        reasons: tuple[Reason | str, ...] = (first, *rest)
    else:
        reasons = (why, first, *rest)
    return attrs.evolve(session, day=day, placement=placement, warm_up=warm, reasons=reasons)


def _why_moved(session: Session, cutoff: int, options: dict[Weekday, DayOption]) -> Reason:
    old = session.day
    if old.rank <= cutoff:
        return _from(old, "session.moved.passed")
    refusal = options[old].refusals.get(session.focus)
    if refusal:
        return joined_reasons(_from(old, "session.moved"), refusal)
    return _from(old, "session.moved.better_day")


def _from(old: Weekday, code: str) -> Reason:
    """The reason ``code`` of a session moved from ``old``."""
    return say(code, day=old.value, day_name=old.title)


_BETTER_DAY = "the new day suits the week's runs as they are now."
"""How the reason ``session.moved.better_day`` ends (in a plan read back, free text)."""


def _spacing_reason(session: Session, old: Weekday, days: Sequence[Weekday]) -> Session:
    """Say what moved a session off a day that would still have taken it."""
    if not session.reasons or not session.reasons[0].text.endswith(_BETTER_DAY):
        return session
    if old in days:
        why = _from(old, "session.moved.day_taken")
    elif any(old.gap(day) == 1 for day in days if day is not session.day):
        why = _from(old, "session.moved.spacing")
    else:
        return session
    return attrs.evolve(session, reasons=(why, *session.reasons[1:]))


def _light_for(
    session: Session,
    day: Weekday,
    athlete: Athlete,
    week: RunningWeek,
    plan: WeekPlan,
    catalog: Catalog,
    settings: RuleSettings,
) -> Session | None:
    """A light session on ``day`` standing in for a strength session, if one can be built."""
    rested = frozenset(area for e in plan.exclusions for area in e.areas)
    solo = attrs.evolve(
        athlete,
        available_days=frozenset({day}),
        sessions_per_week=1,
        injuries=athlete.injuries | rested,
    )
    built = plan_week(
        solo,
        week,
        catalog=catalog,
        settings=settings,
        light_only={day: say("day.no_strength_left")},
    )
    if len(built.sessions) != 1 or built.sessions[0].focus is not Focus.light:
        return None
    light = built.sessions[0]
    excluded = {e.exercise for e in plan.exclusions} | {
        i for e in plan.exclusions for i in e.removed
    }
    if excluded & set(light.exercise_ids):
        return None
    why = _from(session.day, "session.moved.light")
    return attrs.evolve(light, reasons=(why, *light.reasons))


def _choices(
    session: Session,
    days: Sequence[Weekday],
    context: tuple[Athlete, RunningWeek, WeekPlan, Catalog, RuleSettings],
    kept: Sequence[Session],
    base: frozenset[ErrorKey],
    options: dict[Weekday, DayOption],
    cutoff: int,
) -> tuple[list[_Choice], dict[Weekday, tuple[str, str]]]:
    """Where ``session`` can go alone beside the done sessions, and why not elsewhere."""
    athlete, week, plan, catalog, settings = context
    found: list[_Choice] = []
    why_not: dict[Weekday, tuple[str, str]] = {}
    why = _why_moved(session, cutoff, options)
    for day in days:
        option = options[day]
        if day not in athlete.available_days:
            continue
        if session.focus not in option.scores:
            refusal = option.refusals.get(session.focus)
            why_not[day] = _NO_FIT if refusal is None else (refusal.code, refusal.text)
            continue
        placed = _moved(session, day, option, why, athlete)
        new = _errors([*kept, placed], athlete, week, catalog, settings) - base
        if new:
            first = sorted(new)[0]
            why_not[day] = (first[0], first[3])
            continue
        bonus = _STAY_BONUS if day is session.day else 0.0
        found.append(_Choice(placed, option.scores[session.focus][0] + bonus))
    if found or session.focus is not Focus.strength:
        return found, why_not
    for day in days:
        if Focus.light not in options[day].scores:
            continue
        light = _light_for(session, day, athlete, week, plan, catalog, settings)
        if light is None:
            continue
        if not _errors([*kept, light], athlete, week, catalog, settings) - base:
            score = options[day].scores[Focus.light][0] - _LIGHT_PENALTY
            found.append(_Choice(light, score, light=True))
    return found, why_not


def _score(picks: Sequence[_Choice | None], kept: Sequence[Session]) -> float:
    placed = [c for c in picks if c is not None]
    score = sum(c.score for c in placed) - _DROP_PENALTY * (len(picks) - len(placed))
    days = [c.session.day for c in placed] + [s.day for s in kept]
    for a, b in itertools.combinations(days, 2):
        gap = a.gap(b)
        score += -_ADJACENT_PENALTY if gap == 1 else 0.5 * (gap - 2)
    return score


_NO_FIT = ("none", "no session fits")
"""Why a day refused a session when it says nothing: its code and English."""


def _dropped(
    session: Session,
    choices: Sequence[_Choice],
    why_not: dict[Weekday, tuple[str, str]],
    cutoff: int,
) -> Reason:
    which = {"focus": session.focus.value, "day": session.day.value, "day_name": session.day.title}
    if choices:
        free = [c.session.day for c in choices]
        return say(
            "shortfall.dropped.taken",
            **which,
            free=" ".join(d.value for d in free),
            free_names=" or ".join(d.title for d in free),
        )
    if not why_not and cutoff < 0:
        return say("shortfall.dropped.no_days", **which)
    if not why_not:
        last = list(Weekday)[cutoff]
        return say("shortfall.dropped.none_left", **which, after=last.value, after_name=last.title)
    return say(
        "shortfall.dropped.refused",
        **which,
        days=" ".join(day.value for day in why_not),
        why=" ".join(code for code, _ in why_not.values()),
        why_words="; ".join(f"{day.title}: {why.rstrip('.')}" for day, (_, why) in why_not.items()),
    )


def _decisions(
    plan: WeekPlan,
    sessions: Sequence[Session],
    done: frozenset[Weekday],
    cutoff: int,
    options: dict[Weekday, DayOption],
) -> list[DayDecision]:
    placed = {s.day: s for s in sessions}
    before = {d.day: d for d in plan.decisions}
    out = []
    for day in Weekday:
        if day in done and day in before:
            out.append(before[day])
        elif day in placed:
            session = placed[day]
            reason = (
                session.reasons[0]
                if session.reasons
                else say("session.placed", day=day.value, day_name=day.title)
            )
            out.append(DayDecision(day, session.focus, reason))
        elif day.rank <= cutoff:
            out.append(DayDecision(day, None, say("day.passed")))
        elif not options[day].scores:
            out.append(DayDecision(day, None, next(iter(options[day].refusals.values()))))
        else:
            out.append(DayDecision(day, None, say("day.kept_free.other_days")))
    return out


def replan(
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    *,
    done: Iterable[Weekday | str] = (),
    after: Weekday | str | None = None,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
) -> WeekPlan:
    """Plan the rest of a week again after its runs moved, keeping the sessions already done.

    The sessions of the ``done`` days stay exactly as they are. Each other session keeps
    its focus, exercises and doses and goes on a day after ``after`` that the day rules
    allow around the new running week (RS101–RS107 and the athlete's days), never on a
    done day: on its own day when that still suits, else on the best free day, with a
    first reason saying where it moved from and why. A strength session that no day left
    takes becomes a light session built for a day that takes one, and says so; a session
    no day takes is dropped, with a shortfall naming each day left and what stands in the
    way. The plan's exclusions, phase and shortfalls are kept.

    The result breaks no ``error`` rule of :func:`~runstrength.validate` for ``week``
    (with the same ``catalog`` and ``settings``) beyond what the done sessions break
    themselves: done is done, and nothing new is reported for them.

    Args:
        plan: The week's plan as it was.
        athlete: Who it is for.
        week: The running week as it is now.
        done: The weekdays whose sessions were done.
        after: Today: the remaining sessions go on later days (default: the day after the
            last done day, or the whole week when nothing is done).
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds and severities (default: the documented ones).

    Raises:
        TypeError: An argument of the wrong type.
        InputError: A ``done`` or ``after`` value that is not a weekday, or a done day
            without a session in the plan.

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sun="long")
    >>> plan = rs.build_week(athlete, week)
    >>> [(str(s.day), str(s.focus)) for s in plan.sessions]
    [('tue', 'strength'), ('thu', 'light')]
    >>> moved = rs.RunningWeek(mon="easy", tue="easy", wed="intervals", thu="easy", sun="long")
    >>> new = rs.replan(plan, athlete, moved, after="mon")
    >>> [(str(s.day), str(s.focus)) for s in new.sessions]
    [('wed', 'strength'), ('fri', 'light')]
    >>> moved_from, why = new.sessions[0].reasons[0].text.split(". ", 1)
    >>> print(moved_from)
    Moved from Tuesday
    >>> print(why)
    The day before Wednesday's intervals: no strength session, light work at most.
    >>> print(new.sessions[1].reasons[0])
    Moved from Thursday to keep a day between it and the next session.
    """
    check_args(
        "replan",
        plan=(plan, WeekPlan),
        athlete=(athlete, Athlete),
        week=(week, RunningWeek),
        done=(done, Iterable),
        after=(after, Weekday, str, None),
        catalog=(catalog, Catalog, None),
        settings=(settings, RuleSettings, None),
    )
    problems: list[str] = []
    try:
        done_days = members(Weekday, done, "replan.done")
    except InputError as error:
        problems += [str(p) for p in error.problems]
        done_days = frozenset()
    today: Weekday | None = None
    if after is not None:
        try:
            today = as_member(Weekday, after, "replan.after")
        except InputError as error:
            problems += [str(p) for p in error.problems]
    planned = {s.day for s in plan.sessions}
    for day in sorted(done_days - planned, key=lambda d: d.rank):
        problems.append(f"replan.done: {day.title} holds no session in the plan")
    if problems:
        raise InputError(problems)
    catalog = catalog or default_catalog()
    settings = settings or DEFAULT_SETTINGS
    return _replan(plan, athlete, week, done_days, today, catalog, settings)


def _replan(
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    done: frozenset[Weekday],
    today: Weekday | None,
    catalog: Catalog,
    settings: RuleSettings,
) -> WeekPlan:
    kept = [s for s in plan.sessions if s.day in done]
    todo = [s for s in plan.sessions if s.day not in done]
    last_done = max((d.rank for d in done), default=-1)
    cutoff = today.rank if today is not None else last_done
    options = {o.day: o for o in day_options(athlete, week)}
    days = [d for d in Weekday if d.rank > cutoff and d not in done]
    base = _errors(kept, athlete, week, catalog, settings)
    context = (athlete, week, plan, catalog, settings)
    found = [_choices(s, days, context, kept, base, options, cutoff) for s in todo]
    apart = is_error(settings, "RS105")
    ranked: list[tuple[float, tuple[int, ...], tuple[_Choice | None, ...]]] = []
    for picks in itertools.product(*([*choices, None] for choices, _ in found)):
        placed = [c.session.day for c in picks if c is not None]
        if len(set(placed)) < len(placed):
            continue
        every = placed + [s.day for s in kept]
        if apart and any(a.gap(b) == 1 for a, b in itertools.combinations(every, 2)):
            continue
        order = tuple(-(c.session.day.rank if c else 7) for c in picks)
        ranked.append((_score(picks, kept), order, picks))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    best: tuple[_Choice | None, ...] = tuple(None for _ in todo)
    for _, _, picks in ranked:
        sessions = [*kept, *(c.session for c in picks if c is not None)]
        if not _errors(sessions, athlete, week, catalog, settings) - base:
            best = picks
            break
    shortfalls: list[Reason | str] = list(plan.shortfalls)
    placed_sessions = list(kept)
    others = [c.session.day for c in best if c is not None] + [s.day for s in kept]
    for session, choice, (choices, why_not) in zip(todo, best, found, strict=True):
        if choice is None:
            shortfalls.append(_dropped(session, choices, why_not, cutoff))
        else:
            placed_sessions.append(_spacing_reason(choice.session, session.day, others))
    placed_sessions.sort(key=lambda s: s.day.rank)
    return WeekPlan(
        sessions=placed_sessions,
        shortfalls=shortfalls,
        decisions=_decisions(plan, placed_sessions, done, cutoff, options),
        exclusions=plan.exclusions,
        phase=plan.phase,
    )
