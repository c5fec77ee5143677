"""Session content rules (RS200–RS206): what a session holds and how it is dosed."""

from __future__ import annotations

from collections.abc import Iterator

from runstrength._model.exercise import Exercise
from runstrength._model.plan import Session
from runstrength._model.settings import RuleSettings, estimate_minutes
from runstrength._model.vocab import Focus, Muscle, Pattern, Severity, ordered
from runstrength._rules.rulebook import Context, Finding, rule
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
    """Estimated minutes of a session (warm-up + sets × (work + rest))."""
    return session_minutes_of(session, ctx.settings)


def session_minutes_of(session: Session, settings: RuleSettings) -> float:
    """Estimated minutes of a session under ``settings`` (the estimate RS203 uses)."""
    warm_up = session.warm_up.minutes.lo if session.warm_up else settings.warm_up_minutes
    doses = (p.dose for p in session.exercises)
    return estimate_minutes(doses, warm_up_minutes=warm_up, settings=settings)


@rule(
    "RS200",
    "Every exercise is in the catalog",
    Severity.error,
    "convention",
    "A plan can only be checked, dosed and progressed for exercises the catalog describes.",
)
def _known_exercises(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        for item in session.exercises:
            if item.exercise not in ctx.catalog:
                hint = ctx.catalog.find(item.exercise)
                extra = f" (did you mean {hint.id!r}?)" if hint else ""
                yield (
                    f"{item.exercise!r} is not in the catalog{extra}.",
                    session.day,
                    item.exercise,
                )


@rule(
    "RS201",
    "4–7 exercises per session",
    Severity.error,
    "003",
    "Four to seven exercises cover what runners need without turning into a long gym day.",
)
def _exercise_count(ctx: Context) -> Iterator[Finding]:
    allowed = ctx.settings.exercises_per_session
    for session in ctx.plan.sessions:
        count = len(session.exercises)
        if count not in allowed:
            yield (
                f"{session.day.title}'s session has {count} exercises; keep it to {allowed}.",
                session.day,
                None,
            )


@rule(
    "RS202",
    "Each session covers its movement patterns",
    Severity.error,
    "003",
    "A strength session needs a squat or lunge, a hinge, a single-leg move, calf work and a "
    "hip-stability drill; a light one single-leg, hip-stability and calf work.",
)
def _patterns(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        exercises = [ex for _, ex in ctx.session_items(session)]
        missing = missing_patterns(session.focus, exercises)
        if missing:
            yield (
                f"{session.day.title}'s {session.focus} session lacks {', '.join(missing)}.",
                session.day,
                None,
            )


@rule(
    "RS203",
    "The session fits the athlete's time",
    Severity.warning,
    "002",
    "A session that overruns gets cut short or skipped; about 30 minutes is enough.",
)
def _duration(ctx: Context) -> Iterator[Finding]:
    limit = ctx.athlete.session_minutes
    for session in ctx.plan.sessions:
        minutes = session_minutes(ctx, session)
        if minutes > limit + 0.5:
            yield (
                f"{session.day.title}'s session takes about {minutes:.0f} minutes; the athlete "
                f"has {limit}.",
                session.day,
                None,
            )


@rule(
    "RS204",
    "Rest between sets is at least 30 s",
    Severity.error,
    "003",
    "Runner strength work is not a breathless circuit: rest lets each set be done well.",
)
def _rest(ctx: Context) -> Iterator[Finding]:
    least = ctx.settings.min_rest_seconds
    for session in ctx.plan.sessions:
        for item in session.exercises:
            if item.dose.rest_seconds.lo < least:
                yield (
                    f"{item.exercise} rests {item.dose.rest_seconds.lo} s between sets; "
                    f"rest at least {least} s.",
                    session.day,
                    item.exercise,
                )


@rule(
    "RS205",
    "Strength sets end with 1–3 reps in reserve",
    Severity.error,
    "003",
    "Sets that stop short of failure build strength without grinding out ugly reps or "
    "leaving the legs too tired to run.",
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
            yield (
                f"{item.exercise} asks for {rir} reps in reserve; strength sets end with {target}.",
                session.day,
                item.exercise,
            )


@rule(
    "RS206",
    "The week trains every muscle group runners need",
    Severity.warning,
    "003",
    "Quads, glutes, hamstrings, calves, soleus, hip stabilisers, adductors and core all carry "
    "the stride; skipping one (often the calves or soleus) builds an imbalance.",
)
def _muscles(ctx: Context) -> Iterator[Finding]:
    if not ctx.plan.sessions:
        return
    trained: set[Muscle] = set()
    for _, _, exercise in ctx.items():
        trained |= exercise.primary | exercise.secondary
    missing = ordered(ctx.settings.muscles - trained)
    if missing:
        names = ", ".join(muscle_name(m) for m in missing)
        yield (f"The week does not train {names}.", None, None)
