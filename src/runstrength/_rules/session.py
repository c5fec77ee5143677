"""Session content rules (RS200–RS207): what a session holds and how it is dosed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session
from runstrength._model.settings import RuleSettings, estimate_minutes
from runstrength._model.vocab import Focus, Muscle, Pattern, Severity, ordered
from runstrength._rules.rulebook import Context, Finding, Rule
from runstrength._views.wording import muscle_name

REQUIRED: dict[Focus, tuple[tuple[str, frozenset[Pattern]], ...]] = {
    Focus.strength: (
        ("a squat or lunge", frozenset({Pattern.squat, Pattern.lunge})),
        ("a hip hinge", frozenset({Pattern.hinge})),
        ("a single-leg move", frozenset({Pattern.single_leg})),
        ("calf work", frozenset({Pattern.calf})),
        ("a hip-stability drill", frozenset({Pattern.hip_stability})),
    ),
    Focus.light: (
        ("a single-leg move", frozenset({Pattern.single_leg})),
        ("a hip-stability drill", frozenset({Pattern.hip_stability})),
        ("calf work", frozenset({Pattern.calf})),
    ),
}
"""The movement patterns each kind of session must cover (003)."""


def missing_patterns(focus: Focus, exercises: list[Exercise]) -> list[str]:
    """The required pattern groups (by name) that ``exercises`` leave uncovered."""
    covered = frozenset().union(*(ex.patterns for ex in exercises))
    return [name for name, group in REQUIRED[focus] if covered.isdisjoint(group)]


def session_minutes(ctx: Context, session: Session) -> float:
    """Estimated minutes of a session (warm-up, sets of work and rest, changeovers, cool-down)."""
    return session_minutes_of(session, ctx.settings)


def session_minutes_of(session: Session, settings: RuleSettings) -> float:
    """Estimated minutes of a session under ``settings`` (the estimate RS203 uses).

    The session's own warm-up and cool-down count at their shortest; the settings' minutes
    stand in for one the session does not name.
    """
    return minutes_holding(session, session.exercises, settings)


def minutes_holding(
    session: Session, exercises: Iterable[Prescription], settings: RuleSettings
) -> float:
    """:func:`session_minutes_of` the session would have holding ``exercises`` instead.

    No session is built: a planner trying contents out asks this many times.
    """
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    cool_down = session.cool_down.minutes.lo if session.cool_down else settings.cool_down_minutes
    doses = (p.dose for p in exercises)
    return estimate_minutes(
        doses, warm_up_minutes=warm_up, cool_down_minutes=cool_down, settings=settings
    )


def _known_exercises(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        for item in session.exercises:
            if item.exercise not in ctx.catalog:
                hint = ctx.catalog.find(item.exercise)
                extra = f" (did you mean {hint.id!r}?)" if hint else ""
                yield Finding(
                    f"{item.exercise!r} is not in the catalog{extra}.",
                    day=session.day,
                    exercise=item.exercise,
                )


def _exercise_count(ctx: Context) -> Iterator[Finding]:
    allowed = ctx.settings.exercises_per_session
    for session in ctx.plan.sessions:
        count = len(session.exercises)
        if count not in allowed:
            yield Finding(
                f"{session.day.title}'s session has {count} exercises; keep it to {allowed}.",
                day=session.day,
            )


def _rested_patterns(ctx: Context) -> frozenset[Pattern]:
    """Patterns of the exercises the plan's exclusions took out: a session may lack them."""
    names = {e.exercise for e in ctx.plan.exclusions}
    names.update(name for e in ctx.plan.exclusions for name in e.removed)
    found = (ctx.catalog.get(name) for name in names)
    return frozenset().union(*(ex.patterns for ex in found if ex is not None))


def _patterns(ctx: Context) -> Iterator[Finding]:
    rested = _rested_patterns(ctx)
    for session in ctx.plan.sessions:
        absent = missing_patterns(session.focus, [ex for _, ex in ctx.session_items(session)])
        missing = [
            name
            for name, group in REQUIRED[session.focus]
            if name in absent and group.isdisjoint(rested)
        ]
        if missing:
            yield Finding(
                f"{session.day.title}'s {session.focus} session lacks {', '.join(missing)}.",
                day=session.day,
            )


def _duration(ctx: Context) -> Iterator[Finding]:
    limit = ctx.athlete.session_minutes
    for session in ctx.plan.sessions:
        minutes = session_minutes(ctx, session)
        if minutes > limit + 0.5:
            yield Finding(
                f"{session.day.title}'s session takes about {minutes:.0f} minutes; the athlete "
                f"has {limit}.",
                day=session.day,
            )


def _rest(ctx: Context) -> Iterator[Finding]:
    least = ctx.settings.min_rest_seconds
    for session in ctx.plan.sessions:
        for item in session.exercises:
            if item.dose.rest_seconds.lo < least:
                yield Finding(
                    f"{item.exercise} rests {item.dose.rest_seconds.lo} s between sets; "
                    f"rest at least {least} s.",
                    day=session.day,
                    exercise=item.exercise,
                )


def _reps_in_reserve(ctx: Context) -> Iterator[Finding]:
    target = ctx.settings.reps_in_reserve
    for session, item, exercise in ctx.items():
        rir = item.dose.rir
        if rir is None or exercise.plyometric:
            continue
        too_hard = rir.lo < target.lo
        too_easy = session.focus is Focus.strength and rir.hi > target.hi
        if too_hard or too_easy:
            yield Finding(
                f"{item.exercise} asks for {rir} reps in reserve; strength sets end with {target}.",
                day=session.day,
                exercise=item.exercise,
            )


PRIMARY_ONLY = frozenset({Muscle.adductors, Muscle.core})
"""Muscles RS206 counts only where an exercise aims at them (a primary muscle): a squat or
lunge works the adductors and the trunk on the side, which is not the direct work 003 asks
for."""


def muscles_trained(exercise: Exercise) -> frozenset[Muscle]:
    """The muscles an exercise counts for in RS206.

    Its primary ones, and its secondary ones except the adductors and the core (see
    :data:`PRIMARY_ONLY`).
    """
    return exercise.primary | (exercise.secondary - PRIMARY_ONLY)


def _muscles(ctx: Context) -> Iterator[Finding]:
    if not ctx.plan.sessions:
        return
    trained: set[Muscle] = set()
    for _, _, exercise in ctx.items():
        trained |= muscles_trained(exercise)
    missing = ordered(ctx.settings.muscles - trained)
    if missing:
        names = ", ".join(muscle_name(m) for m in missing)
        yield Finding(f"The week does not train {names}.")


def _once(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        seen: set[str] = set()
        for item in session.exercises:
            if item.exercise in seen:
                yield Finding(
                    f"{session.day.title}'s session lists {item.exercise} more than once; "
                    f"do it once, with the sets it needs.",
                    day=session.day,
                    exercise=item.exercise,
                )
            seen.add(item.exercise)


RULES: tuple[Rule[Context], ...] = (
    Rule(
        code="RS200",
        title="Every exercise is in the catalog",
        severity=Severity.error,
        source="convention",
        why="A plan can only be checked, dosed and progressed for exercises the catalog describes.",
        check=_known_exercises,
    ),
    Rule(
        code="RS201",
        title="4–7 exercises per session",
        severity=Severity.error,
        source="003",
        why="Four to seven exercises cover what runners need without turning into a long gym day.",
        check=_exercise_count,
    ),
    Rule(
        code="RS202",
        title="Each session covers its movement patterns",
        severity=Severity.error,
        source="003",
        why=(
            "A strength session needs a squat or lunge, a hinge, a single-leg move, calf work and "
            "a hip-stability drill; a light one single-leg, hip-stability and calf work. A "
            "pattern the plan's exclusions rest after sharp pain is excused until they clear."
        ),
        check=_patterns,
    ),
    Rule(
        code="RS203",
        title="The session fits the athlete's time",
        severity=Severity.warning,
        source="002",
        why="A session that overruns gets cut short or skipped; about 30 minutes is enough.",
        check=_duration,
    ),
    Rule(
        code="RS204",
        title="Rest between sets is at least 30 s",
        severity=Severity.error,
        source="003",
        why="Runner strength work is not a breathless circuit: rest lets each set be done well.",
        check=_rest,
    ),
    Rule(
        code="RS205",
        title="Strength sets end with 1–3 reps in reserve",
        severity=Severity.error,
        source="003",
        why=(
            "Sets that stop short of failure build strength without grinding out ugly reps or "
            "leaving the legs too tired to run."
        ),
        check=_reps_in_reserve,
    ),
    Rule(
        code="RS206",
        title="The week trains every muscle group runners need",
        severity=Severity.warning,
        source="003",
        why=(
            "Quads, glutes, hamstrings, calves, soleus, hip stabilisers, adductors and core all "
            "carry the stride; skipping one (often the calves or soleus) builds an imbalance. "
            "The adductors and the core count only where an exercise aims at them."
        ),
        check=_muscles,
    ),
    Rule(
        code="RS207",
        title="An exercise appears once in a session",
        severity=Severity.error,
        source="convention",
        why=(
            "The same exercise twice is a copy slip, not a plan: its sets belong together, and "
            "the time is better spent on a pattern the session lacks."
        ),
        check=_once,
    ),
)
