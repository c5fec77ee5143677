"""A running coach's eye on a planned week, written apart from the planner's own code.

Each ``*_winces`` function reads one plan and returns what a coach would wince at, one
sentence each (empty when the plan is fine). The words name the day, the exercises and
the numbers, so a failing test says what to fix without a debugger.

Movement families are defined here from an exercise's catalog patterns and primary
muscles only: a session holds one exercise of each family, whatever the planner calls
them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes

CATALOG = rs.default_catalog()
E = rs.Equipment
M = rs.Muscle

WEIGHTS_AND_MACHINES = frozenset(
    {
        E.dumbbell,
        E.kettlebell,
        E.barbell,
        E.leg_press,
        E.leg_extension,
        E.leg_curl,
        E.seated_calf_machine,
        E.cable_machine,
        E.glute_drive_machine,
    }
)
"""Items that turn an exercise into loaded work when it cannot be done without them."""

MACHINES = WEIGHTS_AND_MACHINES - {E.dumbbell, E.kettlebell, E.barbell}

JUMP_INJURIES = frozenset(
    {rs.Injury.achilles, rs.Injury.ankle, rs.Injury.knee, rs.Injury.shin, rs.Injury.plantar_fascia}
)
"""Complaints that rule out every jump in the catalog (so a speed goal adds none)."""


class Family(enum.StrEnum):
    """What an exercise is for in a session; a session holds one of each."""

    power = "power"
    straight_knee_calf = "straight-knee calf"
    bent_knee_calf = "bent-knee calf"
    adductor = "adductor"
    core = "core"
    hinge = "hinge"
    bridge = "bridge"
    hip_stability = "hip stability"
    single_leg_knee = "single-leg knee"
    bilateral_squat = "bilateral squat"
    isolation = "isolation"
    other = "other"


def _patterns(exercise: rs.Exercise) -> frozenset[str]:
    # By name, so a pattern the catalog gains later is read without this module changing.
    return frozenset(str(p) for p in exercise.patterns)


def family(exercise: rs.Exercise) -> Family:
    """The one family an exercise counts in, most telling trait first.

    A jump is power work; a calf raise is bent-knee work when the soleus is its main
    muscle; adductor work is work whose main muscles include the adductors, unless it is
    a two-legged squat (a sumo squat is still a squat); core work trains the trunk first.
    Then hinges, bridges (hip extension), hip-stability drills, single-leg knee work
    (step-ups, lunges, split squats, pistols), two-legged squats and leg presses, and
    machine isolation moves.
    """
    patterns = _patterns(exercise)
    primary = exercise.primary
    if exercise.plyometric:
        return Family.power
    if "calf" in patterns:
        return Family.bent_knee_calf if M.soleus in primary else Family.straight_knee_calf
    two_legged_squat = "squat" in patterns and patterns.isdisjoint({"single_leg", "lunge"})
    if M.adductors in primary and not two_legged_squat:
        return Family.adductor
    if M.core in primary or "core" in patterns:
        return Family.core
    if "hinge" in patterns:
        return Family.hinge
    if "hip_extension" in patterns:
        return Family.bridge
    if "hip_stability" in patterns:
        return Family.hip_stability
    if not patterns.isdisjoint({"single_leg", "lunge"}):
        return Family.single_leg_knee
    if "squat" in patterns:
        return Family.bilateral_squat
    if "isolation" in patterns:
        return Family.isolation
    return Family.other


def needs_load(exercise: rs.Exercise) -> bool:
    """Whether the exercise cannot be done without a weight or a machine."""
    return any(group <= WEIGHTS_AND_MACHINES for group in exercise.equipment)


def choose_load(item: rs.Prescription) -> bool:
    """Whether the prescription tells the athlete to choose the load (on it or its dose)."""
    flags: list[object] = [
        getattr(item, "choose_load", None),
        getattr(item.dose, "choose_load", None),
    ]
    return any(flag and not callable(flag) for flag in flags)


def is_loaded(item: rs.Prescription, exercise: rs.Exercise) -> bool:
    """Loaded work: it needs a weight or machine, names a load, or asks for one."""
    return needs_load(exercise) or bool(item.dose.load_kg) or choose_load(item)


def is_eccentric(item: rs.Prescription, exercise: rs.Exercise) -> bool:
    """Eccentric-emphasis work: an eccentric exercise, or a lowering of 3 s or more."""
    slow = item.dose.tempo is not None and item.dose.tempo.eccentric >= 3
    return "eccentric" in exercise.id or slow


def reason_of(item: rs.Prescription) -> str:
    """The prescription's reason, or an empty string when it has none."""
    reason: object = getattr(item, "reason", None)
    return reason.text.strip() if isinstance(reason, rs.Reason) else ""


def catalog_dose(exercise: rs.Exercise, level: rs.Level) -> rs.Dose:
    """The catalog's dose for the athlete's level (or the exercise's own, below it)."""
    return exercise.dose_for(level if exercise.suits(level) else exercise.level)


LEVEL_SETS = {rs.Level.beginner: 2, rs.Level.intermediate: 3, rs.Level.advanced: 4}
"""The most sets a coach gives one exercise at each level, however long the session."""

SESSION_SETS = {rs.Level.beginner: 12, rs.Level.intermediate: 16, rs.Level.advanced: 20}
"""The most sets a coach puts in one strength session at each level."""

LIGHT_SETS = 2
"""The most sets an exercise gets in a light session (the low end of its range)."""


def at_catalog_cap(item: rs.Prescription, exercise: rs.Exercise, level: rs.Level) -> bool:
    """Whether the prescription asks for the most sets the catalog or the level gives."""
    most = min(catalog_dose(exercise, level).sets.hi, LEVEL_SETS[level])
    return item.dose.sets.lo >= most


def session_capped(session: rs.Session, level: rs.Level) -> bool:
    """Whether more minutes could buy the session nothing a coach would add.

    Every exercise at its catalog or level cap, the session at the level's most sets, or
    a light session (which stays at the low end of every range, whatever the time).
    """
    if session.focus is rs.Focus.light:
        return all(item.dose.sets.lo <= LIGHT_SETS for item in session.exercises)
    total = sum(item.dose.sets.lo for item in session.exercises)
    every = all(at_catalog_cap(i, ex, level) for i, ex in items(session))
    return every or total >= SESSION_SETS[level]


def minutes_of(session: rs.Session) -> float:
    """A session's estimated minutes, counted the way the session rules count them."""
    settings = DEFAULT_SETTINGS
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    cool_down = session.cool_down.minutes.lo if session.cool_down else settings.cool_down_minutes
    doses = (item.dose for item in session.exercises)
    return estimate_minutes(
        doses, warm_up_minutes=warm_up, cool_down_minutes=cool_down, settings=settings
    )


def items(session: rs.Session) -> Iterator[tuple[rs.Prescription, rs.Exercise]]:
    """Each prescription of a session with its catalog exercise."""
    for item in session.exercises:
        yield item, CATALOG[item.exercise]


def week_exercises(plan: rs.WeekPlan) -> list[rs.Exercise]:
    """Every exercise of the week, session by session."""
    return [exercise for session in plan.sessions for _, exercise in items(session)]


def where(session: rs.Session) -> str:
    """The session as a coach names it: "Tuesday's strength session"."""
    return f"{session.day.title}'s {session.focus} session"


def key_runs(week: rs.RunningWeek, day: rs.Weekday) -> list[str]:
    """The key runs of a day, by kind."""
    return [str(run.kind) for run in week[day] if run.kind.is_key]


def names(exercises: Iterable[rs.Exercise]) -> str:
    """Ids, comma-separated, for messages."""
    return ", ".join(exercise.id for exercise in exercises)


# --------------------------------------------------------------------------- sessions


def family_winces(plan: rs.WeekPlan) -> list[str]:
    """Two exercises of one movement family in one session."""
    out: list[str] = []
    for session in plan.sessions:
        by_family: dict[Family, list[rs.Exercise]] = {}
        for _, exercise in items(session):
            by_family.setdefault(family(exercise), []).append(exercise)
        out.extend(
            f"{where(session)} holds {len(group)} {fam} exercises ({names(group)}); "
            f"one is enough, the time goes to a missing pattern."
            for fam, group in by_family.items()
            if len(group) > 1
        )
    return out


def duplicate_winces(plan: rs.WeekPlan) -> list[str]:
    """One exercise twice in a session."""
    out: list[str] = []
    for session in plan.sessions:
        ids = session.exercise_ids
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            out.append(f"{where(session)} lists {', '.join(twice)} more than once.")
    return out


def sets_winces(plan: rs.WeekPlan) -> list[str]:
    """A range of sets where the athlete needs one number."""
    return [
        f"{where(session)} prescribes {item.dose.sets} sets of {item.exercise}: say how many."
        for session in plan.sessions
        for item in session.exercises
        if item.dose.sets.lo != item.dose.sets.hi
    ]


def load_winces(plan: rs.WeekPlan) -> list[str]:
    """A weight or machine exercise that says nothing about the load."""
    return [
        f"{where(session)} has {item.exercise} with no load and no word to choose one."
        for session in plan.sessions
        for item, exercise in items(session)
        if needs_load(exercise) and item.dose.load_kg is None and not choose_load(item)
    ]


def time_winces(plan: rs.WeekPlan, athlete: rs.Athlete, week: rs.RunningWeek) -> list[str]:
    """A session outside ±10 % of the athlete's minutes.

    Short is fine when more time would buy nothing (every exercise at its catalog or
    level cap, the session at the level's most sets, or a light session: a beginner with
    90 minutes does not need them all), and in race week, when less is the point. Long is fine at
    the floor: four exercises of one set each, the main lift's two sets kept.
    """
    out: list[str] = []
    wanted = athlete.session_minutes
    for session in plan.sessions:
        took = minutes_of(session)
        capped = session_capped(session, athlete.level)
        short_is_fine = capped or bool(week.race_days)
        # Long is fine only at the floor the rules and the level allow: the fewest
        # exercises RS201 allows, each at one set but the main lift at two.
        sets = sorted(item.dose.sets.hi for item in session.exercises)
        at_floor = len(sets) <= DEFAULT_SETTINGS.exercises_per_session.lo and sets[-2] <= 1
        long_is_fine = at_floor and sets[-1] <= 2
        if (took > wanted * 1.1 and not long_is_fine) or (
            took < wanted * 0.9 and not short_is_fine
        ):
            out.append(
                f"{where(session)} takes about {took:.1f} minutes; the athlete has {wanted} "
                f"(±10 %)."
            )
    return out


def reason_winces(plan: rs.WeekPlan) -> list[str]:
    """A prescription with no reason the athlete can read."""
    return [
        f"{where(session)} gives no reason for {item.exercise}."
        for session in plan.sessions
        for item in session.exercises
        if not reason_of(item)
    ]


def fit_winces(plan: rs.WeekPlan, athlete: rs.Athlete) -> list[str]:
    """Jumps for a beginner, or an exercise the athlete's injuries rule out."""
    out: list[str] = []
    for session in plan.sessions:
        for _, exercise in items(session):
            if exercise.plyometric and athlete.level is rs.Level.beginner:
                out.append(f"{where(session)} has a beginner jumping ({exercise.id}).")
            clash = sorted(str(i) for i in exercise.avoid_with & athlete.injuries)
            if clash:
                out.append(f"{where(session)} has {exercise.id}, to avoid with {', '.join(clash)}.")
    return out


# --------------------------------------------------------------------------- the week


def weekly_work_winces(plan: rs.WeekPlan, athlete: rs.Athlete) -> dict[str, list[str]]:
    """The week's missing direct work: bent-knee calf, adductors, core (by kind)."""
    out: dict[str, list[str]] = {"soleus": [], "adductors": [], "core": []}
    if not plan.sessions:
        return out
    week = week_exercises(plan)
    if not any(family(ex) is Family.bent_knee_calf for ex in week):
        out["soleus"].append("The week has no bent-knee calf raise: the soleus goes untrained.")
    if athlete.session_minutes < 20:
        return out
    if not any(M.adductors in ex.primary for ex in week):
        out["adductors"].append("The week has no exercise aimed at the adductors.")
    if not any(M.core in ex.primary for ex in week):
        out["core"].append("The week has no exercise aimed at the core.")
    return out


def day_before_winces(plan: rs.WeekPlan, week: rs.RunningWeek) -> dict[str, list[str]]:
    """Work that spoils the next day's key run: strength focus, or loaded/jumps/eccentric."""
    out: dict[str, list[str]] = {"focus": [], "content": []}
    for session in plan.sessions:
        keys = key_runs(week, session.day.next)
        if not keys:
            continue
        run = f"{session.day.next.title}'s {keys[0]} run"
        if session.focus is rs.Focus.strength:
            out["focus"].append(f"{where(session)} comes the day before {run}.")
        spoilers = [
            ex
            for item, ex in items(session)
            if is_loaded(item, ex) or ex.plyometric or is_eccentric(item, ex)
        ]
        if spoilers:
            out["content"].append(
                f"{where(session)} has loaded, jumping or eccentric work ({names(spoilers)}) "
                f"the day before {run}."
            )
    return out


_AFTER = re.compile(r"\bafter (?:an? |the )?([a-z]+)(?: and ([a-z]+))? (?:run|session)\b", re.I)
_BEFORE = re.compile(r"\b(?:day before|next day holds) (?:an? |the )?([a-z]+) run\b", re.I)
_KINDS = frozenset(str(kind) for kind in rs.RunKind)


def _untrue(text: str, day: rs.Weekday, week: rs.RunningWeek) -> list[str]:
    """What a reason claims about the runs around ``day`` that the week does not hold."""
    today = {str(k) for k in week.kinds(day)}
    tomorrow = {str(k) for k in week.kinds(day.next)}
    wrong = [
        f"{day.title} has no {kind} run"
        for match in _AFTER.finditer(text)
        for kind in match.groups()
        if kind and kind.lower() in _KINDS and kind.lower() not in today
    ]
    wrong += [
        f"{day.next.title} has no {kind} run"
        for match in _BEFORE.finditer(text)
        for kind in match.groups()
        if kind.lower() in _KINDS and kind.lower() not in tomorrow
    ]
    if "day off running" in text.lower() and today:
        wrong.append(f"{day.title} is not a day off running")
    return wrong


def reason_fit_winces(plan: rs.WeekPlan, week: rs.RunningWeek) -> list[str]:
    """Reasons that say something about the runs that is not so, or placements that are."""
    out: list[str] = []
    for session in plan.sessions:
        if session.placement is rs.Placement.after_run and not week[session.day]:
            out.append(f"{where(session)} is placed after a run, but no run is planned that day.")
        out.extend(
            f"{where(session)} says {text!r}, but {claim}."
            for text in (r.text for r in session.reasons)
            for claim in _untrue(text, session.day, week)
        )
    out.extend(
        f"The decision for {decision.day.title} says {decision.reason!r}, but {claim}."
        for decision in plan.decisions
        for claim in _untrue(text_of(decision.reason), decision.day, week)
    )
    return out
