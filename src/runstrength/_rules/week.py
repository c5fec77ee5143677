"""Week placement rules (RS101–RS107): where sessions may go around the runs."""

from __future__ import annotations

from collections.abc import Iterator

from runstrength._model.plan import Session
from runstrength._model.vocab import Focus, Placement, RunKind, Severity, Weekday
from runstrength._rules.fit import is_heavy_lift
from runstrength._rules.rulebook import Context, Finding, rule
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


@rule(
    "RS101",
    "No strength session the day before a key run",
    Severity.error,
    "003",
    "Heavy legs the day before a long run, tempo, intervals, hills or a race spoil the run "
    "that matters most in the week.",
)
def _no_strength_before_key_run(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        if not _is_hard(ctx, session):
            continue
        nxt = session.day.next
        keys = [run.kind for run in ctx.runs_after(session.day)[nxt] if run.kind.is_key]
        if keys:
            yield (
                f"{session.day.title}'s {_label(session)} comes the day before "
                f"{nxt.title}'s {keys[0]} run; move it or make it light.",
                session.day,
                None,
            )


@rule(
    "RS102",
    "On a key-run day, strength comes after the run",
    Severity.error,
    "003",
    "Strength work before a quality run leaves the legs tired for it; after the run it "
    "adds to a day that is already hard and leaves the next day easy.",
)
def _after_key_run(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        keys = _key_kinds(ctx, session.day)
        if keys and session.placement is not Placement.after_run:
            yield (
                f"{session.day.title} has {with_article(keys[0])} run: do the session after "
                f"it, not before "
                f"or apart from it.",
                session.day,
                None,
            )


@rule(
    "RS103",
    "Nothing the day before a race; race week holds light work only",
    Severity.error,
    "003; convention",
    "Fresh legs on race day matter more than one more session; in race week strength work "
    "only keeps the movement patterns ticking over.",
)
def _race_week(ctx: Context) -> Iterator[Finding]:
    race_days = ctx.week.race_days
    for session in ctx.plan.sessions:
        nxt = session.day.next
        if RunKind.race in ctx.runs_after(session.day).kinds(nxt):
            yield (
                f"{session.day.title} is the day before a race: no strength work at all.",
                session.day,
                None,
            )
        elif session.day in race_days:
            yield (f"{session.day.title} is race day: no strength work.", session.day, None)
        elif race_days and _is_hard(ctx, session):
            yield (
                f"This is race week: {session.day.title}'s session must be light, with no "
                f"heavy or loaded lifts.",
                session.day,
                None,
            )


@rule(
    "RS104",
    "Sessions only on available days, at most one a day",
    Severity.error,
    "convention",
    "A plan the athlete cannot follow is no plan; two sessions in a day double the fatigue.",
)
def _available_days(ctx: Context) -> Iterator[Finding]:
    seen: set[Weekday] = set()
    for session in ctx.plan.sessions:
        if session.day not in ctx.athlete.available_days:
            yield (f"{session.day.title} is not one of the athlete's days.", session.day, None)
        if session.day in seen:
            yield (f"{session.day.title} has more than one session.", session.day, None)
        seen.add(session.day)


@rule(
    "RS105",
    "Strength days are not back to back (48 h apart)",
    Severity.warning,
    "convention; ACSM",
    "Legs need about 48 hours to recover between strength sessions.",
)
def _spacing(ctx: Context) -> Iterator[Finding]:
    days = sorted({s.day for s in ctx.plan.sessions}, key=lambda d: d.rank)
    for first in days:
        second = first.next
        if second in days and second is not first:
            yield (
                f"{first.title} and {second.title} are back to back; leave a day between "
                f"strength sessions.",
                second,
                None,
            )


@rule(
    "RS106",
    "Sessions per week within 1–3 and the athlete's choice",
    Severity.error,
    "000; 002; 003",
    "One session a week beats none, two to three work best, more cuts into running.",
)
def _session_count(ctx: Context) -> Iterator[Finding]:
    count = len(ctx.plan.sessions)
    limit = min(ctx.athlete.sessions_per_week, ctx.settings.max_sessions)
    if count > limit:
        yield (
            f"{count} sessions planned; the athlete asked for {ctx.athlete.sessions_per_week} "
            f"and the most a week is {ctx.settings.max_sessions}.",
            None,
            None,
        )


@rule(
    "RS107",
    "The harder session follows an easy run or a moderately hard day; recovery days stay easy",
    Severity.warning,
    "003",
    "Keeping hard days hard and easy days easy lets the body absorb both kinds of training.",
)
def _recovery_days(ctx: Context) -> Iterator[Finding]:
    for session in ctx.plan.sessions:
        if session.focus is Focus.strength and RunKind.recovery in ctx.week.kinds(session.day):
            yield (
                f"{session.day.title} is a recovery day: keep it easy and put the strength "
                f"session after an easy run or on a harder day.",
                session.day,
                None,
            )
