"""Week placement rules (RS101–RS107): where sessions may go around the runs."""

from __future__ import annotations

from collections.abc import Iterator

from runstrength._model.plan import Session
from runstrength._model.vocab import Focus, Placement, RunKind, Severity, Weekday
from runstrength._rules.fit import is_heavy_lift
from runstrength._rules.rulebook import Context, Finding, Rule
from runstrength._views.wording import with_article


def _key_kinds(ctx: Context, day: Weekday) -> list[RunKind]:
    return [run.kind for run in ctx.week[day] if run.kind.is_key]


def _label(session: Session) -> str:
    if session.focus is Focus.strength:
        return "strength session"
    return "session (labelled light, but with heavy or loaded lifts)"


def _is_hard(ctx: Context, session: Session) -> bool:
    """A strength session, or one labelled light that holds barbell or machine lifts."""
    if session.focus is Focus.strength:
        return True
    return any(is_heavy_lift(ex) or item.dose.load_kg for item, ex in ctx.session_items(session))


def _no_strength_before_key_run(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        if not _is_hard(ctx, session):
            continue
        nxt = session.day.next
        keys = [run.kind for run in ctx.runs_after(session.day)[nxt] if run.kind.is_key]
        if keys:
            yield Finding(
                f"{session.day.title}'s {_label(session)} comes the day before "
                f"{nxt.title}'s {keys[0]} run; move it or make it light.",
                day=session.day,
            )


def _after_key_run(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        keys = _key_kinds(ctx, session.day)
        if keys and session.placement is not Placement.after_run:
            yield Finding(
                f"{session.day.title} has {with_article(keys[0])} run: do the session after "
                f"it, not before "
                f"or apart from it.",
                day=session.day,
            )


def _race_week(ctx: Context) -> Iterator[Finding]:
    race_days = ctx.week.race_days
    for session in ctx.plan.sessions:
        nxt = session.day.next
        if RunKind.race in ctx.runs_after(session.day).kinds(nxt):
            yield Finding(
                f"{session.day.title} is the day before a race: no strength work at all.",
                day=session.day,
            )
        elif session.day in race_days:
            yield Finding(f"{session.day.title} is race day: no strength work.", day=session.day)
        elif race_days and _is_hard(ctx, session):
            yield Finding(
                f"This is race week: {session.day.title}'s session must be light, with no "
                f"heavy or loaded lifts.",
                day=session.day,
            )


def _available_days(ctx: Context) -> Iterator[Finding]:
    seen: set[Weekday] = set()
    for session in ctx.plan.sessions:
        if session.day not in ctx.athlete.available_days:
            yield Finding(f"{session.day.title} is not one of the athlete's days.", day=session.day)
        if session.day in seen:
            yield Finding(f"{session.day.title} has more than one session.", day=session.day)
        seen.add(session.day)


def _spacing(ctx: Context) -> Iterator[Finding]:
    days = sorted({s.day for s in ctx.plan.sessions}, key=lambda d: d.rank)
    for first in days:
        second = first.next
        if second in days and second is not first:
            yield Finding(
                f"{first.title} and {second.title} are back to back; leave a day between "
                f"strength sessions.",
                day=second,
            )


def _session_count(ctx: Context) -> Iterator[Finding]:
    count = len(ctx.plan.sessions)
    limit = min(ctx.athlete.sessions_per_week, ctx.settings.max_sessions)
    if count > limit:
        yield Finding(
            f"{count} sessions planned; the athlete asked for {ctx.athlete.sessions_per_week} "
            f"and the most a week is {ctx.settings.max_sessions}."
        )


def _recovery_days(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        if session.focus is Focus.strength and RunKind.recovery in ctx.week.kinds(session.day):
            yield Finding(
                f"{session.day.title} is a recovery day: keep it easy and put the strength "
                f"session after an easy run or on a harder day.",
                day=session.day,
            )


RULES: tuple[Rule[Context], ...] = (
    Rule(
        code="RS101",
        title="No strength session the day before a key run",
        severity=Severity.error,
        source="003",
        why=(
            "Heavy legs the day before a long run, tempo, intervals, hills or a race spoil the run "
            "that matters most in the week."
        ),
        check=_no_strength_before_key_run,
    ),
    Rule(
        code="RS102",
        title="On a key-run day, strength comes after the run",
        severity=Severity.error,
        source="003",
        why=(
            "Strength work before a quality run leaves the legs tired for it; after the run it "
            "adds to a day that is already hard and leaves the next day easy."
        ),
        check=_after_key_run,
    ),
    Rule(
        code="RS103",
        title="Nothing the day before a race; race week holds light work only",
        severity=Severity.error,
        source="003; convention",
        why=(
            "Fresh legs on race day matter more than one more session; in race week strength work "
            "only keeps the movement patterns ticking over."
        ),
        check=_race_week,
    ),
    Rule(
        code="RS104",
        title="Sessions only on available days, at most one a day",
        severity=Severity.error,
        source="convention",
        why=(
            "A plan the athlete cannot follow is no plan; two sessions in a day double the fatigue."
        ),
        check=_available_days,
    ),
    Rule(
        code="RS105",
        title="Strength days are not back to back (48 h apart)",
        severity=Severity.warning,
        source="convention; ACSM",
        why="Legs need about 48 hours to recover between strength sessions.",
        check=_spacing,
    ),
    Rule(
        code="RS106",
        title="Sessions per week within 1–3 and the athlete's choice",
        severity=Severity.error,
        source="000; 002; 003",
        why="One session a week beats none, two to three work best, more cuts into running.",
        check=_session_count,
    ),
    Rule(
        code="RS107",
        title=(
            "The harder session follows an easy run or a moderately hard day; recovery days stay "
            "easy"
        ),
        severity=Severity.warning,
        source="003",
        why=(
            "Keeping hard days hard and easy days easy lets the body absorb both kinds of training."
        ),
        check=_recovery_days,
    ),
)
