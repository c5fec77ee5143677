"""``validate``: check any week plan, ours or anyone's, against the rules."""

from __future__ import annotations

from collections.abc import Iterable

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.block import Block, BlockSettings
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.errors import InputError
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription, Violation, WeekPlan
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.week import RunningWeek
from runstrength._rules import block as _rules_block
from runstrength._rules import fit as _rules_fit
from runstrength._rules import progression as _rules_progress
from runstrength._rules import session as _rules_session
from runstrength._rules import week as _rules_week
from runstrength._rules.rulebook import Context, Rule, Scope, registered

__all__ = ["rules", "validate", "validate_block", "validate_progression"]

_ = (_rules_fit, _rules_session, _rules_week)  # imported for their registrations

_RULES = registered()
_BY_CODE = {r.code: r for r in _RULES}


def rules() -> tuple[Rule, ...]:
    """Every rule, by code, with its title, severity, source and reason.

    Each rule names its ``scopes``: ``week`` rules are checked by :func:`validate`,
    ``progression`` rules by :func:`validate_progression` and ``block`` rules by
    :func:`validate_block` (which also checks every week).

    >>> [r.code for r in rules()][:3]
    ['RS101', 'RS102', 'RS103']
    >>> [r.code for r in rules() if "block" in r.scopes]
    ['RS401', 'RS405', 'RS406']
    """
    return _RULES


def _select(codes: Iterable[str] | None, *scopes: Scope) -> tuple[Rule, ...]:
    """The rules of these scopes, or the named ones (each must be of one of them)."""
    if codes is None:
        return tuple(r for r in _RULES if set(scopes) & set(r.scopes))
    if isinstance(codes, str):
        codes = [codes]
    wanted = list(codes)
    problems = []
    for code in wanted:
        known = _BY_CODE.get(code) if isinstance(code, str) else None
        if known is None:
            problems.append(f"rules: unknown rule code {code!r}")
        elif not set(scopes) & set(known.scopes):
            problems.append(
                f"rules: {code} is a {'/'.join(known.scopes)} rule, not a "
                f"{' or '.join(scopes)} rule"
            )
    if problems:
        raise InputError(problems)
    chosen = set(wanted)
    return tuple(r for r in _RULES if r.code in chosen)


def _order(found: Iterable[Violation]) -> tuple[Violation, ...]:
    """Errors first, then by week, rule code and day."""
    return tuple(
        sorted(
            found,
            key=lambda v: (
                v.severity.rank,
                v.week or 0,
                v.code,
                v.day.rank if v.day else -1,
                v.exercise or "",
                v.message,
            ),
        )
    )


def validate(
    plan: WeekPlan,
    athlete: Athlete,
    week: RunningWeek,
    *,
    catalog: Catalog | None = None,
    rules: Iterable[str] | None = None,
    settings: RuleSettings | None = None,
    next_week: RunningWeek | None = None,
) -> tuple[Violation, ...]:
    """Every rule the plan breaks, errors first, then by rule code and day.

    Works on any plan, including hand-written ones and plans from other programs.

    Args:
        plan: The week of sessions to check.
        athlete: Who it is for.
        week: The running week it sits in.
        catalog: Where exercise ids are looked up (default: the packaged catalog).
        rules: Only these rule codes (default: all).
        settings: Changed thresholds or severities (default: the documented ones).
        next_week: The following running week, when known (for the day after Sunday);
            without it the week is taken to repeat.

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.beginner)
    >>> week = rs.RunningWeek(sun="long")
    >>> plan = rs.WeekPlan(sessions=[])
    >>> validate(plan, athlete, week)
    ()
    """
    check_args(
        "validate",
        plan=(plan, WeekPlan),
        athlete=(athlete, Athlete),
        week=(week, RunningWeek),
        catalog=(catalog, Catalog, None),
        rules=(rules, Iterable, None),
        settings=(settings, RuleSettings, None),
        next_week=(next_week, RunningWeek, None),
    )
    settings = settings or DEFAULT_SETTINGS
    ctx = Context(plan, athlete, week, catalog or default_catalog(), settings, next_week)
    return _order(_violations(ctx, _select(rules, "week"), settings))


def _violations(
    ctx: object, chosen: Iterable[Rule], settings: RuleSettings, week: int | None = None
) -> list[Violation]:
    """What the chosen rules find in a context, as violations.

    Week checks find (message, day, exercise), which concern ``week``; progression and
    block checks find (message, day, exercise, week) and name their week themselves.
    """
    found = []
    for rule in chosen:
        severity = settings.severities.get(rule.code, rule.severity)
        for message, day, exercise, *at in rule.check(ctx):
            found.append(
                Violation(
                    code=rule.code,
                    rule=rule.title,
                    severity=severity,
                    message=message,
                    day=day,
                    exercise=exercise,
                    week=at[0] if at else week,
                )
            )
    return found


def validate_progression(
    prescription: Prescription,
    log: ExerciseLog,
    progression: Progression,
    *,
    catalog: Catalog | None = None,
    rules: Iterable[str] | None = None,
    settings: RuleSettings | None = None,
) -> tuple[Violation, ...]:
    """Every progression rule (RS401–RS404) one step from a log breaks.

    Use it to check progressions decided by another program or by hand; what
    :func:`~runstrength.progress` returns always passes.

    Args:
        prescription: What was prescribed.
        log: What was done.
        progression: The step decided from them: the next prescription and its change.
        catalog: Where exercises are looked up (default: the packaged catalog).
        rules: Only these rule codes (default: every progression rule).
        settings: Changed severities (default: the documented ones).

    >>> import runstrength as rs
    >>> dose = rs.Dose(sets=3, reps=(8, 12), rest_seconds=90, load_kg=16)
    >>> before = rs.Prescription("goblet_squat", dose)
    >>> missed = rs.ExerciseLog(exercise="goblet_squat", sets=[rs.SetLog(reps=9)] * 3)
    >>> heavier = rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(8, 12),
    ...     rest_seconds=90, load_kg=18))
    >>> [v.code for v in validate_progression(
    ...     before, missed, rs.Progression(heavier, rs.Change.load, "more"))]
    ['RS402']
    """
    check_args(
        "validate_progression",
        prescription=(prescription, Prescription),
        log=(log, ExerciseLog),
        progression=(progression, Progression),
        catalog=(catalog, Catalog, None),
        rules=(rules, Iterable, None),
        settings=(settings, RuleSettings, None),
    )
    settings = settings or DEFAULT_SETTINGS
    ctx = _rules_progress.ProgressionContext(
        prescription, log, progression, catalog or default_catalog(), settings
    )
    return _order(_violations(ctx, _select(rules, "progression"), settings))


def validate_block(
    block: Block,
    athlete: Athlete,
    *,
    catalog: Catalog | None = None,
    rules: Iterable[str] | None = None,
    settings: RuleSettings | None = None,
    block_settings: BlockSettings | None = None,
) -> tuple[Violation, ...]:
    """Every rule a block breaks: each week's rules, then the block's (RS401, RS405, RS406).

    Each violation names its ``week`` (1 for the first). Every week is checked with
    :func:`validate` against its running week and the one after it.

    Args:
        block: The weeks to check.
        athlete: Who they are for.
        catalog: Where exercise ids are looked up (default: the packaged catalog).
        rules: Only these rule codes (default: every week and block rule).
        settings: Changed thresholds or severities (default: the documented ones).
        block_settings: The deload cycle, taper and beginner ramp the block should follow
            (default: :class:`~runstrength.BlockSettings`'s).

    >>> import runstrength as rs
    >>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> week = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> validate_block(rs.build_block(athlete, [week] * 6), athlete)
    ()
    """
    check_args(
        "validate_block",
        block=(block, Block),
        athlete=(athlete, Athlete),
        catalog=(catalog, Catalog, None),
        rules=(rules, Iterable, None),
        settings=(settings, RuleSettings, None),
        block_settings=(block_settings, BlockSettings, None),
    )
    settings = settings or DEFAULT_SETTINGS
    catalog = catalog or default_catalog()
    found: list[Violation] = []
    chosen = _select(rules, "week", "block")
    weekly = [r for r in chosen if "week" in r.scopes]
    running = block.running
    for index, plan in enumerate(block.weeks):
        after = running[index + 1] if index + 1 < len(running) else None
        ctx = Context(plan, athlete, running[index], catalog, settings, after)
        found += _violations(ctx, weekly, settings, index + 1)
    cycle = block_settings or BlockSettings()
    whole = _rules_block.BlockContext(block, athlete, catalog, settings, cycle)
    found += _violations(whole, [r for r in chosen if "block" in r.scopes], settings)
    return _order(found)
