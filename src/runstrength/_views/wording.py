"""The words every layer shares: amounts, loads, plurals, vocabulary, placements, runs, muscles.

Each piece of wording is written once, here, so that a view, a progression reason and a
rule message say the same thing the same way. The layers above the views (``_progression``,
``_rules``, ``_plan``) and the public modules import this module at their top.

``_model`` sits below the views and cannot import it, so the few words a dose's own
``str()`` needs (:data:`UNIT_SUFFIX`, :data:`PER_SIDE`, :func:`kg`, :func:`sets_and_amount`,
:func:`load_and_tempo`) live in ``runstrength._model.dose`` and are re-exported here.

Nothing here escapes text: a view escapes each field for its own format
(``runstrength._views.escape``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from runstrength._model.block import Block, week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.dose import (
    PER_SIDE,
    UNIT_SUFFIX,
    Dose,
    IntRange,
    Unit,
    could_lift,
    kg,
    load_and_tempo,
    sets_and_amount,
)
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Violation, WeekPlan
from runstrength._model.vocab import (
    Equipment,
    Injury,
    Level,
    Muscle,
    Phase,
    Placement,
    RunKind,
    Weekday,
    ordered,
)
from runstrength._model.week import Run

__all__ = [
    "NONE",
    "PER_SIDE",
    "SHORT_SIDE",
    "UNIT_SUFFIX",
    "amount_text",
    "block_phases",
    "block_rows",
    "day_sessions",
    "dose_parts",
    "equipment_words",
    "exercise_name",
    "exercise_words",
    "injury_name",
    "kg",
    "level_words",
    "listing",
    "load_and_tempo",
    "muscle_label",
    "muscle_name",
    "plural",
    "run_noun",
    "runs_words",
    "sets_and_amount",
    "variations",
    "violation_head",
    "where",
    "with_article",
    "words",
]

NONE: Final = "—"
"""What a view shows where there is nothing: no session, no muscles, no load."""

SHORT_SIDE: Final = " /side"
"""The short form of :data:`PER_SIDE`, for the narrow columns of a week's text view."""


# --------------------------------------------------------------------------- vocabulary


def words(item: object) -> str:
    """A vocabulary member as words: ``glute_medius`` -> ``glute medius``.

    >>> words(Muscle.glute_medius), words(Placement.after_run)
    ('glute medius', 'after run')
    """
    return str(item).replace("_", " ")


def injury_name(injury: Injury) -> str:
    """An injury flag as words, with a proper name capitalised: ``Achilles``, ``lower back``.

    >>> injury_name(Injury.achilles), injury_name(Injury.lower_back)
    ('Achilles', 'lower back')
    """
    return "Achilles" if injury is Injury.achilles else words(injury)


def listing(items: Iterable[object], *, empty: str = NONE) -> str:
    """Members as words, comma-separated, or ``empty`` when there are none.

    >>> listing([Muscle.hip_flexors, Muscle.core]), listing([])
    ('hip flexors, core', '—')
    """
    return ", ".join(words(item) for item in items) or empty


def plural(count: int, noun: str) -> str:
    """A count with its noun, plural unless the count is one.

    >>> plural(1, "week"), plural(3, "strength session")
    ('1 week', '3 strength sessions')
    """
    return f"{count} {noun}{'' if count == 1 else 's'}"


def with_article(word: object) -> str:
    """``word`` with its indefinite article, for messages: "an intervals", "a long".

    >>> with_article(RunKind.intervals), with_article(RunKind.long)
    ('an intervals', 'a long')
    """
    text = str(word)
    return f"an {text}" if text[:1] in "aeiou" else f"a {text}"


# --------------------------------------------------------------------------- amounts


def amount_text(value: int, unit: Unit, *, per_side: bool = False) -> str:
    """An amount of work in a sentence.

    >>> amount_text(12, "reps"), amount_text(1, "reps"), amount_text(45, "seconds")
    ('12 reps', '1 rep', '45 s')
    >>> amount_text(15, "steps", per_side=True)
    '15 steps per side'
    """
    text = f"{value} s" if unit == "seconds" else plural(value, "rep" if unit == "reps" else "step")
    return text + PER_SIDE if per_side else text


def dose_parts(dose: Dose) -> tuple[str, str, str]:
    """A dose as the three columns of a week's text and Markdown views: amount, rest, effort.

    >>> dose_parts(Dose(sets=2, reps=(8, 12), per_side=True, rest_seconds=60))
    ('2 × 8–12 /side', 'rest 60 s', 'quality reps')
    """
    amount = sets_and_amount(dose, side=SHORT_SIDE) + load_and_tempo(dose)
    effort = f"{dose.rir} RIR" if dose.rir is not None else "quality reps"
    return amount, f"rest {dose.rest_seconds} s", effort


def load_advice(dose: Dose) -> str:
    """How to choose a load by effort, for a prescription that leaves the load to the athlete.

    The note describes the set the watch counts: the bottom of the range (this week's
    reps) with the middle of the reps in reserve (:func:`could_lift`).

    >>> load_advice(Dose(sets=3, reps=(8, 10), rest_seconds=90, rir=(1, 3)))
    'choose a load you could lift about 10 times; stop each set with 1–3 reps in reserve'
    >>> load_advice(Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(2, 3)))
    'choose a load you could lift about 10–11 times; stop each set with 2–3 reps in reserve'
    """
    rir = dose.rir if dose.rir is not None else IntRange(2)
    most = could_lift(dose.amount, rir)
    return (
        f"choose a load you could lift about {most} times; stop each set with {rir} reps in reserve"
    )


# --------------------------------------------------------------------------- places and runs

_WHERE: Final[Mapping[Placement, str]] = {
    Placement.after_run: "after the run",
    Placement.standalone: "on its own",
}


def where(placement: Placement) -> str:
    """Where a session sits, in a sentence; :func:`words` gives the short form.

    >>> where(Placement.after_run), where(Placement.standalone), words(Placement.standalone)
    ('after the run', 'on its own', 'standalone')
    """
    return _WHERE[placement]


_RUN_NOUNS: Final[Mapping[RunKind, str]] = {
    RunKind.easy: "easy run",
    RunKind.recovery: "recovery run",
    RunKind.long: "long run",
    RunKind.tempo: "tempo run",
    RunKind.intervals: "intervals",
    RunKind.hills: "hill session",
    RunKind.race: "race",
}


def run_noun(kind: RunKind) -> str:
    """How a coach names a kind of run in a sentence ("after your intervals").

    >>> run_noun(RunKind.hills), run_noun(RunKind.long)
    ('hill session', 'long run')
    """
    return _RUN_NOUNS[kind]


def runs_words(runs: Iterable[Run]) -> str:
    """A day's runs, comma-separated, or ``rest``.

    >>> runs_words([Run(RunKind.easy, 30), Run(RunKind.hills)]), runs_words([])
    ('easy 30′, hills', 'rest')
    """
    return ", ".join(str(run) for run in runs) or "rest"


# --------------------------------------------------------------------------- muscles

_MUSCLE_NAMES: Final[Mapping[Muscle, str]] = {
    Muscle.quadriceps: "quads",
    Muscle.glutes: "glutes",
    Muscle.glute_medius: "hip stabilisers (glute medius)",
    Muscle.hamstrings: "hamstrings",
    Muscle.adductors: "adductors",
    Muscle.hip_flexors: "hip flexors",
    Muscle.calves: "calves",
    Muscle.soleus: "soleus",
    Muscle.feet_ankles: "feet and ankles",
    Muscle.core: "core",
    Muscle.lower_back: "lower back",
}

_MUSCLE_LABELS: Final[Mapping[Muscle, str]] = {Muscle.feet_ankles: "feet & ankles"}


def muscle_name(muscle: Muscle) -> str:
    """A muscle group as a coach names it in a sentence.

    >>> muscle_name(Muscle.quadriceps), muscle_name(Muscle.glute_medius)
    ('quads', 'hip stabilisers (glute medius)')
    """
    return _MUSCLE_NAMES[muscle]


def muscle_label(muscle: Muscle) -> str:
    """A muscle group as a short chart label.

    >>> muscle_label(Muscle.feet_ankles), muscle_label(Muscle.lower_back)
    ('feet & ankles', 'lower back')
    """
    return _MUSCLE_LABELS.get(muscle, words(muscle))


# --------------------------------------------------------------------------- exercises


def exercise_name(catalog: Catalog, exercise_id: str) -> str:
    """The catalog name of an exercise, or its id when the catalog does not hold it."""
    found = catalog.get(exercise_id)
    return found.name if found is not None else exercise_id


_PROPER: Final = frozenset({"Bulgarian", "Copenhagen", "Cossack", "Nordic", "Pallof", "Romanian"})
"""The first words of exercise names that are proper names: they keep their capital."""


def exercise_words(name: str) -> str:
    """An exercise's catalog name inside a sentence: lower case but for a proper name.

    >>> exercise_words("Single-leg calf raise"), exercise_words("Romanian deadlift")
    ('single-leg calf raise', 'Romanian deadlift')
    """
    first, _, rest = name.partition(" ")
    if first in _PROPER:
        return name
    return " ".join(filter(None, (first[:1].lower() + first[1:], rest)))


def level_words(exercise: Exercise) -> str:
    """Who an exercise suits: ``beginner and up`` or ``advanced``."""
    level = exercise.level
    return str(level) if level is Level.advanced else f"{level} and up"


def equipment_words(groups: tuple[frozenset[Equipment], ...]) -> str:
    """What an exercise needs: ``dumbbell or kettlebell + bench``, or ``bodyweight``."""
    if not groups:
        return "bodyweight"
    return " + ".join(" or ".join(words(e) for e in ordered(group)) for group in groups)


def variations(exercise: Exercise) -> list[tuple[str, str]]:
    """The easier and harder variations an exercise links to, as (label, id) pairs."""
    return [
        (label, target)
        for label, target in (("Easier", exercise.easier), ("Harder", exercise.harder))
        if target is not None
    ]


# --------------------------------------------------------------------------- weeks and blocks


def day_sessions(plan: WeekPlan, day: Weekday) -> str:
    """A day's sessions in a week grid: ``strength (after run)``, or :data:`NONE`."""
    return ", ".join(f"{s.focus} ({words(s.placement)})" for s in plan.on(day)) or NONE


def block_phases(block: Block) -> str:
    """A block's length and phases: ``16 weeks: 12 build, 3 deload, 1 race``."""
    phases = ", ".join(
        f"{n} {phase}" for phase in Phase if (n := sum(p is phase for p in block.phases))
    )
    return f"{plural(len(block.weeks), 'week')}: {phases}"


def block_rows(block: Block) -> list[tuple[str, str, str, str, str]]:
    """Each week of a block as text: number, phase, sets, sessions and why (may be empty)."""

    def sessions(plan: WeekPlan) -> str:
        shown = (f"{s.day.title[:3]} {s.focus} ({len(s.exercises)} ex)" for s in plan.sessions)
        return "; ".join(shown) or NONE

    reasons = [r.text for r in block.reasons] or [""] * len(block.weeks)
    return [
        (str(number), str(phase), str(week_volume(plan)), sessions(plan), reason)
        for number, (plan, phase, reason) in enumerate(
            zip(block.weeks, block.phases, reasons, strict=True), 1
        )
    ]


def violation_head(violation: Violation) -> str:
    """What comes before a rule break's message: code, severity and where (week, day, exercise).

    >>> violation_head(Violation(code="RS405", rule="r", severity="error", message="m", week=2))
    'RS405 error [week 2]'
    """
    week = None if violation.week is None else f"week {violation.week}"
    where = " ".join(str(x) for x in (week, violation.day, violation.exercise) if x is not None)
    return f"{violation.code} {violation.severity}" + (f" [{where}]" if where else "")
