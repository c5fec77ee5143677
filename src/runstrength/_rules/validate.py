"""``validate``: check any week plan, ours or anyone's, against the rules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeAlias, TypeVar

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
from runstrength._rules import season as _rules_season
from runstrength._rules import session as _rules_session
from runstrength._rules import week as _rules_week
from runstrength._rules.block import BlockContext
from runstrength._rules.progression import ProgressionContext
from runstrength._rules.rulebook import Context, Rule, Scope

__all__ = ["AnyRule", "rules", "validate", "validate_block", "validate_progression"]

AnyRule: TypeAlias = "Rule[Context] | Rule[ProgressionContext] | Rule[BlockContext]"
"""A rule of any scope: its check reads a week's, one step's or a whole block's context."""

C = TypeVar("C")

_WEEK_RULES: tuple[Rule[Context], ...] = (
    *_rules_week.RULES,
    *_rules_session.RULES,
    *_rules_fit.RULES,
)
_PROGRESSION_RULES: tuple[Rule[ProgressionContext], ...] = _rules_progress.RULES
_BLOCK_RULES: tuple[Rule[BlockContext], ...] = (
    _rules_progress.ONE_VARIABLE,
    *_rules_block.RULES,
    *_rules_season.RULES,
)
"""The rules of each scope, as the contexts their checks read (RS401 is in two scopes)."""

_RULES: tuple[AnyRule, ...] = tuple(
    sorted(
        (
            *_rules_week.RULES,
            *_rules_session.RULES,
            *_rules_fit.RULES,
            *_rules_progress.RULES,
            *_rules_block.RULES,
            *_rules_season.RULES,
        ),
        key=lambda r: r.code,
    )
)
_BY_CODE: dict[str, AnyRule] = {r.code: r for r in _RULES}


def rules() -> tuple[AnyRule, ...]:
    """Every rule, by code, with its title, severity, source and reason.

    Each rule names its ``scopes``: ``week`` rules are checked by :func:`validate`,
    ``progression`` rules by :func:`validate_progression` and ``block`` rules by
    :func:`validate_block` (which also checks every week).

    >>> [r.code for r in rules()][:3]
    ['RS101', 'RS102', 'RS103']
    >>> [r.code for r in rules() if "block" in r.scopes]
    ['RS401', 'RS405', 'RS406', 'RS407', 'RS408', 'RS409', 'RS410']
    """
    return _RULES


def _select(codes: Iterable[str] | None, *scopes: Scope) -> frozenset[str] | None:
    """The named rule codes (each must be of one of these scopes), or ``None`` for all."""
    if codes is None:
        return None
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
    return frozenset(wanted)


def _pick(pool: tuple[Rule[C], ...], chosen: frozenset[str] | None) -> tuple[Rule[C], ...]:
    """The rules of ``pool`` that were chosen (all of them when ``chosen`` is ``None``)."""
    return pool if chosen is None else tuple(r for r in pool if r.code in chosen)


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
    return _order(_violations(ctx, _pick(_WEEK_RULES, _select(rules, "week")), settings))


def _violations(
    ctx: C, chosen: Iterable[Rule[C]], settings: RuleSettings, week: int | None = None
) -> list[Violation]:
    """What the chosen rules find in a context, as violations.

    A finding that names no week concerns ``week`` (the block week a week plan is checked
    for); progression and block checks name their week themselves when they have one.
    """
    found: list[Violation] = []
    for rule in chosen:
        severity = settings.severities.get(rule.code, rule.severity)
        found.extend(
            Violation(
                code=rule.code,
                rule=rule.title,
                severity=severity,
                message=finding.message,
                day=finding.day,
                exercise=finding.exercise,
                week=week if finding.week is None else finding.week,
            )
            for finding in rule.check(ctx)
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
    ctx = ProgressionContext(prescription, log, progression, catalog or default_catalog(), settings)
    chosen = _pick(_PROGRESSION_RULES, _select(rules, "progression"))
    return _order(_violations(ctx, chosen, settings))


def validate_block(
    block: Block,
    athlete: Athlete,
    *,
    catalog: Catalog | None = None,
    rules: Iterable[str] | None = None,
    settings: RuleSettings | None = None,
    block_settings: BlockSettings | None = None,
) -> tuple[Violation, ...]:
    """Every rule a block breaks: each week's rules, then the block's (RS401, RS405–RS410).

    Each violation names its ``week`` (1 for the first). Every week is checked with
    :func:`validate` against its running week and the one after it. The block rules judge
    the season as a whole, by its phases, each week's hard sets
    (:func:`~runstrength.week_volume`) and the running's races and cut-back weeks:

    - RS405: with no cut-back weeks in the running, a deload at least every
      ``deload_every``-th week; a deload lighter than the week before; no ``strength``
      session in the ``taper_days`` before the goal race (the last race) nor in the three
      days before a tune-up race.
    - RS406: a beginner's first ``ramp_weeks`` weeks hold one session.
    - RS407: each taper week before the goal race cuts the hard sets of the last training
      week before it by 41–60 % and keeps each exercise's load and reps.
    - RS408: hard sets rise at most ``max_rise_percent`` a week (at least one set), except
      back to a training week's level of the last four weeks, or to the level before a
      deload, taper, race, recovery week or week off.
    - RS409: when the running has cut-back weeks, deloads fall on them and each cut-back
      week (not a taper, race or recovery week) is a deload.
    - RS410: no ``strength`` session in the seven days after the goal race, nor in the two
      days after a tune-up race.

    Args:
        block: The weeks to check.
        athlete: Who they are for.
        catalog: Where exercise ids are looked up (default: the packaged catalog).
        rules: Only these rule codes (default: every week and block rule).
        settings: Changed thresholds or severities (default: the documented ones).
        block_settings: The deload cycle, taper, beginner ramp, volume growth and cut-back
            threshold the block should follow (default: :class:`~runstrength.BlockSettings`'s).

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
    weekly = _pick(_WEEK_RULES, chosen)
    running = block.running
    for index, plan in enumerate(block.weeks):
        after = running[index + 1] if index + 1 < len(running) else None
        ctx = Context(plan, athlete, running[index], catalog, settings, after)
        found += _violations(ctx, weekly, settings, index + 1)
    cycle = block_settings or BlockSettings()
    whole = BlockContext(block, athlete, catalog, settings, cycle)
    found += _violations(whole, _pick(_BLOCK_RULES, chosen), settings)
    return _order(found)
