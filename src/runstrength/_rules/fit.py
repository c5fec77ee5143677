"""Athlete fit rules (RS301–RS305): what this athlete may do."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.vocab import BARS_AND_MACHINES, Equipment, Level, Pattern, Severity, ordered
from runstrength._rules.rulebook import Context, Finding, Rule
from runstrength._views.wording import listing

if TYPE_CHECKING:
    from runstrength._model.athlete import Athlete

LOAD_ITEMS = BARS_AND_MACHINES | {Equipment.dumbbell, Equipment.kettlebell}
"""Items that make an exercise a loaded (heavy) one when it needs them: bars, machines
and free weights."""


def is_heavy_lift(exercise: Exercise) -> bool:
    """Whether doing the exercise at all needs a barbell or a machine."""
    return any(group <= BARS_AND_MACHINES for group in exercise.equipment)


HEAVY_KINDS: tuple[tuple[str, Pattern], ...] = (
    ("heavy squats", Pattern.squat),
    ("heavy lunges", Pattern.lunge),
    ("deadlifts", Pattern.hinge),
)


def is_loaded(item: Prescription | None, exercise: Exercise) -> bool:
    """Whether the work is loaded: it names a load, or needs a weight or machine to do."""
    if item is not None and item.dose.load_kg:
        return True
    return any(group <= LOAD_ITEMS for group in exercise.equipment)


def heavy_kinds(pairs: list[tuple[Prescription | None, Exercise]]) -> list[str]:
    """Which of heavy squats, heavy lunges, deadlifts and jumping the work holds."""
    kinds = [
        name
        for name, pattern in HEAVY_KINDS
        if any(pattern in ex.patterns and is_loaded(item, ex) for item, ex in pairs)
    ]
    if any(ex.plyometric for _, ex in pairs):
        kinds.append("jumping")
    return kinds


def _per_exercise(
    problem: Callable[[Exercise, Athlete], str | None],
) -> Callable[[Context], Iterator[Finding]]:
    """A check with a finding on each prescription whose exercise has a problem, on its day.

    ``problem`` says what is wrong with an exercise for the athlete, or ``None``. The check
    is a partial of module-level functions, so a rule that holds it can be pickled.
    """
    return functools.partial(_findings, problem)


def _findings(
    problem: Callable[[Exercise, Athlete], str | None], ctx: Context
) -> Iterator[Finding]:
    for session, item, exercise in ctx.items():
        message = problem(exercise, ctx.athlete)
        if message is not None:
            yield Finding(message, day=session.day, exercise=item.exercise)


def _missing_equipment(exercise: Exercise, athlete: Athlete) -> str | None:
    if exercise.available_with(athlete.equipment):
        return None
    needs = " and ".join(
        " or ".join(str(e) for e in ordered(group))
        for group in exercise.equipment
        if group.isdisjoint(athlete.equipment)
    )
    return f"{exercise.name} needs {needs}."


def _above_level(exercise: Exercise, athlete: Athlete) -> str | None:
    if exercise.suits(athlete.level):
        return None
    return f"{exercise.name} is for {exercise.level} athletes and up, not {athlete.level}."


def _jump_for_beginner(exercise: Exercise, athlete: Athlete) -> str | None:
    if athlete.level is not Level.beginner or not exercise.plyometric:
        return None
    return f"{exercise.name} is a jump: beginners skip jumping."


def _injury_clash(exercise: Exercise, athlete: Athlete) -> str | None:
    clash = exercise.avoid_with & athlete.injuries
    if not clash:
        return None
    return f"{exercise.name} is to be avoided with {listing(ordered(clash))} pain."


def _beginner_load(ctx: Context) -> Iterator[Finding]:
    if ctx.athlete.level is not Level.beginner:
        return
    pairs: list[tuple[Prescription | None, Exercise]] = [(i, e) for _, i, e in ctx.items()]
    kinds = heavy_kinds(pairs)
    if len(kinds) > ctx.settings.beginner_heavy_kinds:
        yield Finding(f"A beginner's week holds {', '.join(kinds)}; add one of these at a time.")


RULES: tuple[Rule[Context], ...] = (
    Rule(
        code="RS301",
        title="Every exercise's equipment is available",
        severity=Severity.error,
        source="convention",
        why="An exercise that needs a barbell is no use to a runner training at home.",
        check=_per_exercise(_missing_equipment),
    ),
    Rule(
        code="RS302",
        title="Every exercise suits the athlete's level",
        severity=Severity.error,
        source="003",
        why="Skills like pistols or barbell squats come after the basics are solid.",
        check=_per_exercise(_above_level),
    ),
    Rule(
        code="RS303",
        title="No plyometrics for beginners",
        severity=Severity.error,
        source="003",
        why="Jumping comes after a runner has the strength and landing control to absorb it.",
        check=_per_exercise(_jump_for_beginner),
    ),
    Rule(
        code="RS304",
        title="Nothing the athlete's injuries rule out",
        severity=Severity.error,
        source="001",
        why=(
            "Some moves load an irritated tissue directly (single-leg eccentric drops and a sore "
            "Achilles, for one)."
        ),
        check=_per_exercise(_injury_clash),
    ),
    Rule(
        code="RS305",
        title="A beginner's week does not add heavy squats, lunges, deadlifts and jumping at once",
        severity=Severity.error,
        source="003",
        why=(
            "Muscles, tendons and joints new to strength work need time to adjust to each new load."
        ),
        check=_beginner_load,
    ),
)
