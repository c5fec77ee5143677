"""Progression rules RS401–RS404: what one step from a prescription to the next may change.

A *step* is an old prescription, the new one, and (for a :class:`~runstrength.Progression`)
the change it names. RS401 reads steps from one progression or from the weeks of a block;
RS402–RS404 need the log the step was decided from.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, final

import attrs

from runstrength._model.clean import COUNT_RANGES
from runstrength._model.reason import text_of
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import Change, Pain, Severity, Weekday
from runstrength._progression.fit import first_loadable
from runstrength._progression.limits import first_load
from runstrength._progression.loads import rise_limit
from runstrength._progression.policy import Outcome, base_load, load_equipment, outcome, shortfall
from runstrength._progression.rebuild import rebuild_limit
from runstrength._rules.rulebook import Finding, Rule
from runstrength._views.wording import kg, words

if TYPE_CHECKING:
    from runstrength._model.catalog import Catalog
    from runstrength._model.dose import Dose
    from runstrength._model.logs import ExerciseLog, Progression
    from runstrength._model.plan import Prescription
    from runstrength._model.settings import RuleSettings
    from runstrength._model.vocab import Equipment

__all__ = [
    "ONE_VARIABLE",
    "RULES",
    "HasSteps",
    "ProgressionContext",
    "Step",
    "changed_variables",
    "harder_variables",
]


@final
@attrs.frozen
class Step:
    """One step from a prescription to the next, as RS401 checks it.

    Args:
        old: The prescription before the step.
        new: The prescription after it.
        change: The change the step names, if it names one (a block's weeks do not).
        day: The day of the session it sits in, if known.
        week: The block week it leads to (1 for the first), if in a block.
    """

    old: Prescription
    new: Prescription
    change: Change | None = attrs.field(default=None, kw_only=True)
    day: Weekday | None = attrs.field(default=None, kw_only=True)
    week: int | None = attrs.field(default=None, kw_only=True)


_AMOUNTS = ("reps", "seconds", "steps")

_NAMES = {
    "exercise": "the exercise",
    "sets": "sets",
    "amount": "reps (or seconds, steps)",
    "load_kg": "load",
    "tempo": "tempo",
}

_ALLOWED: dict[str, frozenset[Change]] = {
    "exercise": frozenset({Change.variation, Change.regress}),
    "sets": frozenset({Change.sets, Change.regress, Change.deload}),
    "amount": frozenset({Change.reps, Change.seconds, Change.regress, Change.deload}),
    "load_kg": frozenset({Change.load, Change.regress, Change.deload, Change.record}),
    "tempo": frozenset({Change.tempo, Change.regress}),
}
"""Which named changes may alter each variable."""

_PROGRESSING = frozenset(
    {Change.reps, Change.load, Change.sets, Change.seconds, Change.tempo, Change.range}
    | {Change.variation}
)
"""Changes that make an exercise harder."""


def changed_variables(old: Prescription, new: Prescription) -> tuple[str, ...]:
    """The progression variables that differ between two prescriptions.

    A change of exercise counts as one variable, whatever dose comes with it (the new
    exercise brings its own). Otherwise the sets, the amount (reps, seconds or steps, and
    which of them is counted), the load and the tempo are compared; rest and reps in
    reserve describe how the sets are done and are not progression variables. A slower
    tempo that trades reps so that a set takes no longer counts as one change, of tempo,
    and a heavier load for a lower range (or a lighter one for a higher range: a reset) as
    one change, of load.

    >>> from runstrength import Dose, Prescription
    >>> a = Prescription("goblet_squat", Dose(sets=3, reps=(8, 12), rest_seconds=90))
    >>> b = Prescription("goblet_squat", Dose(sets=3, reps=(10, 12), rest_seconds=90))
    >>> changed_variables(a, b)
    ('amount',)
    """
    if old.exercise != new.exercise:
        return ("exercise",)
    a, b = old.dose, new.dose
    if a is b:
        return ()  # the same dose: nothing changed
    found = []
    if a.sets != b.sets:
        found.append("sets")
    if any(getattr(a, unit) != getattr(b, unit) for unit in _AMOUNTS):
        found.append("amount")
    if a.load_kg != b.load_kg:
        found.append("load_kg")
    if a.tempo != b.tempo:
        found.append("tempo")
    if found == ["amount", "tempo"] and _tempo_for_reps(a, b):
        return ("tempo",)
    if found == ["amount", "load_kg"] and (_load_for_reps(a, b) or _load_for_reps(b, a)):
        return ("load_kg",)  # heavier for fewer reps, or a reset: lighter for the usual range
    return tuple(found)


def harder_variables(old: Prescription, new: Prescription) -> tuple[str, ...]:
    """The variables of :func:`changed_variables` whose change makes the work harder.

    More sets, more reps (or seconds, steps, or another of them counted), a heavier load,
    a tempo added or slowed, a new exercise, and new reps for a load chosen by effort (fewer
    reps there ask for a heavier load) count; fewer sets, fewer reps, a lighter
    load or a tempo dropped make the work easier and are not "the one change" RS401
    allows (a power phase's set cut does not make its load rise wait).

    >>> from runstrength import Dose, Prescription
    >>> a = Prescription("back_squat", Dose(sets=4, reps=(3, 4), rest_seconds=180, load_kg=100))
    >>> b = Prescription("back_squat", Dose(sets=3, reps=(3, 4), rest_seconds=180, load_kg=105))
    >>> changed_variables(a, b), harder_variables(a, b)
    (('sets', 'load_kg'), ('load_kg',))
    """
    changed = changed_variables(old, new)
    if not changed or changed == ("exercise",):
        return changed  # nothing changed, or a new exercise: nothing to weigh
    a, b = old.dose, new.dose
    harder = {
        "sets": b.sets.hi > a.sets.hi or b.sets.lo > a.sets.lo,
        "amount": a.unit != b.unit
        or b.amount.hi > a.amount.hi
        or b.amount.lo > a.amount.lo
        # Fewer reps on a load chosen by effort ask for a heavier load.
        or ((old.choose_load or new.choose_load) and b.amount != a.amount),
        "load_kg": _load(new) > _load(old),
        "tempo": b.tempo is not None
        and (a.tempo is None or b.tempo.seconds_per_rep >= a.tempo.seconds_per_rep),
    }
    return tuple(v for v in changed if harder[v])


def _load_for_reps(a: Dose, b: Dose) -> bool:
    """Whether ``b`` is heavier than ``a`` for a lower range of the same unit.

    A heavier load with the range brought back down (after reps were built past the
    usual top before a big load step) is one change, of load: the sets get heavier,
    not longer.
    """
    return (
        a.unit == b.unit
        and (b.load_kg or 0.0) > (a.load_kg or 0.0)
        and b.amount.hi < a.amount.hi
        and b.amount.lo <= a.amount.lo
    )


def _tempo_for_reps(a: Dose, b: Dose) -> bool:
    """Whether ``b`` slows ``a``'s reps and trades reps for it, a set taking no longer.

    Reps swapped for a slower tempo are one change, of tempo: the work per set stays the
    same length and each rep gets harder. Where the reps land on a clean range
    (:data:`~runstrength._model.clean.COUNT_RANGES`), a set may take up to one rep at the
    new tempo longer (8–12 slowed down to 3-0-1 is 8–10, not 8–9).
    """
    if a.unit != "reps" or b.unit != "reps" or b.tempo is None or b.amount.hi >= a.amount.hi:
        return False
    before = a.tempo.seconds_per_rep if a.tempo else DEFAULT_SETTINGS.seconds_per_rep
    after = b.tempo.seconds_per_rep
    if after <= before:
        return False  # not slower: no trade
    room = after if b.amount in COUNT_RANGES else 0.0
    return b.amount.hi * after <= a.amount.hi * before + room + 1e-9


def _load(p: Prescription) -> float:
    return 0.0 if p.dose.load_kg is None else float(p.dose.load_kg)


def _raises(old: Prescription, new: Prescription, catalog: Catalog, *, lifted: float = 0.0) -> bool:
    """Whether a step's content makes the work harder, whatever it is named.

    A load is heavier only above both the prescribed load and ``lifted``, the load the
    log shows was used (a step below it is lighter, even where none was prescribed).
    """
    if old.exercise != new.exercise:
        exercise = catalog.get(new.exercise)
        return exercise is not None and exercise.easier == old.exercise
    a, b = old.dose, new.dose
    return (
        b.sets.hi > a.sets.hi
        or (a.unit == b.unit and (b.amount.hi > a.amount.hi or b.amount.lo > a.amount.lo))
        or _load(new) > max(_load(old), lifted)
        or (b.tempo is not None and a.tempo is None)
    )


def _harder(old: Prescription, new: Prescription, change: Change, catalog: Catalog) -> bool:
    """Whether a step makes the work harder: by its name or by what it changes."""
    return change in _PROGRESSING or _raises(old, new, catalog)


class HasSteps(Protocol):
    """A context that offers steps: one progression, or the weeks of a block."""

    def steps(self) -> Iterator[Step]:
        """Each step, in a defined order."""
        ...  # pragma: no cover - a protocol


class ProgressionContext:
    """What a progression check sees: the step, the log it came from, the catalog."""

    __slots__ = ("catalog", "log", "prescription", "progression", "settings")

    def __init__(
        self,
        prescription: Prescription,
        log: ExerciseLog,
        progression: Progression,
        catalog: Catalog,
        settings: RuleSettings,
    ) -> None:
        self.prescription = prescription
        self.log = log
        self.progression = progression
        self.catalog = catalog
        self.settings = settings

    def steps(self) -> Iterator[Step]:
        """The one step this progression takes."""
        yield Step(self.prescription, self.progression.next, change=self.progression.change)


def _one_variable(ctx: HasSteps) -> Iterator[Finding]:
    for step in ctx.steps():
        message = _one_variable_problem(step)
        if message is not None:
            yield Finding(message, day=step.day, exercise=step.new.exercise, week=step.week)


def _one_variable_problem(step: Step) -> str | None:
    """What is wrong with a step under RS401, if anything."""
    old, new, change = step.old, step.new, step.change
    changed = changed_variables(old, new)
    harder = harder_variables(old, new)
    if len(harder) > 1:
        what = " and ".join(_NAMES[c] for c in harder)
        return (
            f"{what.capitalize()} change at once for {new.exercise} ({old.dose} → "
            f"{new.dose}); change one of them now and the other next time."
        )
    if change is not None and changed and change not in _ALLOWED[changed[0]]:
        return (
            f"The step is named {change!s} but changes {_NAMES[changed[0]]} "
            f"({old.dose} → {new.dose}); name the change that was made."
        )
    if change in (Change.none, Change.stop) and changed:
        return f"A {change!s} step must keep the prescription, but {_NAMES[changed[0]]} changed."
    return None


def _double_progression(ctx: ProgressionContext) -> Iterator[Finding]:
    old, new, log = ctx.prescription, ctx.progression.next, ctx.log
    base = base_load(old.dose, log)
    if old.exercise != new.exercise or _load(new) <= max(_load(old), base):
        return  # no heavier than prescribed, nor than the load lifted
    exercise = new.exercise
    problem: str | None = None
    if not log.sets:
        problem = "no sets were logged"
    elif log.pain is not Pain.none or log.symptoms:
        problem = f"the log reports {log.pain} pain" if not log.symptoms else "a red flag"
    elif not log.form_ok:
        problem = "form was not clean"
    elif outcome(old.dose, log) == Outcome.SHORT:
        problem = "a set fell below the bottom of the range"
    elif (
        (missed := shortfall(_judged_by(old, new), log)) is not None
        and _load(new) > base + 1e-9
        and not _easier_than_planned(old, log)
    ):
        problem = missed.message
    if problem is not None:
        yield Finding(
            f"Load rises for {exercise} although {problem}: hold the load.", exercise=exercise
        )
        return
    known = ctx.catalog.get(exercise)
    equipment = None if known is None else load_equipment(known)
    if equipment is None:
        return
    rirs = [s.rir for s in log.sets if s.rir is not None]
    try:
        limit = rise_limit(base, equipment, rirs, len(log.sets), old.dose.rir)
    except ValueError:  # a load beyond what the equipment's steps describe
        return
    if base <= 0 and known is not None:  # a first load: the largest first of any item loading it
        limit = max(limit, *(first_load(known, item) for item in _loadable(known.load_with)))
    limit = max(
        limit, rebuild_limit(base, text_of(old.reason))
    )  # back toward its load after sharp pain
    if _load(new) > limit + 1e-9:
        yield Finding(
            f"Load rises for {exercise} from {kg(base)} to {kg(_load(new))}, more than the "
            f"{words(equipment)} step the log allows ({kg(limit)}).",
            exercise=exercise,
        )


def _judged_by(old: Prescription, new: Prescription) -> Dose:
    """The dose a log must have reached for a heavier load: the new, lower range if any.

    A heavier load for a lower range (heavier and shorter) needs every set to have reached
    the new range's top at the old load, not the old range's.
    """
    a, b = old.dose, new.dose
    if old.exercise == new.exercise and _load_for_reps(a, b):
        return a.with_amount(b.amount)
    return a


def _loadable(items: tuple[Equipment, ...]) -> list[Equipment]:
    return [item for item in items if first_loadable([item]) is not None]


def _easier_than_planned(old: Prescription, log: ExerciseLog) -> bool:
    """Every set logged more reps in reserve than the target's high end (J Hum Kinet 2024)."""
    target = old.dose.rir
    rirs = [s.rir for s in log.sets if s.rir is not None]
    return target is not None and len(rirs) == len(log.sets) > 0 and min(rirs) > target.hi


def _quiet_landings(ctx: ProgressionContext) -> Iterator[Finding]:
    old, new, log = ctx.prescription, ctx.progression.next, ctx.log
    exercise = ctx.catalog.get(old.exercise)
    if exercise is None or not exercise.plyometric:
        return
    if not _harder(old, new, ctx.progression.change, ctx.catalog):
        return
    if not log.sets:
        problem = "no landings were logged"
    elif not log.form_ok:
        problem = "landings were not quiet and controlled"
    elif log.pain is not Pain.none or log.symptoms:
        problem = "landings were not pain-free"
    else:
        return
    yield Finding(
        f"{old.exercise} progresses although {problem}: hold the jumps until every landing "
        "is quiet, controlled and pain-free.",
        exercise=old.exercise,
    )


def _pain(ctx: ProgressionContext) -> Iterator[Finding]:
    old, log, step = ctx.prescription, ctx.log, ctx.progression
    exercise = old.exercise
    if log.symptoms or log.pain is Pain.sharp:
        what = "a red-flag symptom" if log.symptoms else "sharp pain"
        if step.change is not Change.stop:
            yield Finding(
                f"{what.capitalize()} during {exercise} must stop the exercise (advise "
                f"seeing a health professional), not {step.change!s}.",
                exercise=exercise,
            )
        return
    if log.pain is Pain.mild and (
        step.change not in (Change.regress, Change.stop)
        or _raises(old, step.next, ctx.catalog, lifted=base_load(old.dose, log))
        or _more_work(old, step.next)
    ):
        yield Finding(
            f"Mild pain during {exercise} calls for a regression (an easier variation or "
            f"less load), not {step.change!s} to {step.next.exercise} at {step.next.dose}.",
            exercise=exercise,
        )


def _more_work(old: Prescription, new: Prescription) -> bool:
    """Whether ``new`` asks for more sets, or more of the same unit, than ``old``."""
    a, b = old.dose, new.dose
    return b.sets.hi > a.sets.hi or (a.unit == b.unit and b.amount.hi > a.amount.hi)


ONE_VARIABLE: Rule[HasSteps] = Rule(
    code="RS401",
    title="One progression variable changes at a time",
    severity=Severity.error,
    source="003",
    why=(
        "Changing one thing at a time lets the body adapt and tells you what worked; two changes "
        "at once can add up to too big a jump. Only changes that make the work harder count: "
        "fewer sets or a lighter load may come with the one change."
    ),
    check=_one_variable,
    scopes=("progression", "block"),
)
"""RS401, which checks the steps of a progression and of a block alike."""

RULES: tuple[Rule[ProgressionContext], ...] = (
    ONE_VARIABLE,
    Rule(
        code="RS402",
        title="Load rises only when every set reached the top of the range",
        severity=Severity.error,
        source="003, 004",
        why=(
            "Double progression: reps climb first, and the load goes up only once every set "
            "reaches the top of the range with clean form and reps in reserve (ACSM 2009), by "
            "one step, or two within 10 % when every set had two reps or more to spare; a log "
            "easier than planned may take the step sooner (J Hum Kinet 2024). A trial return "
            "after sharp pain rebuilds toward the load it hurt at by up to 10 % a step, or the "
            "kit's smallest step."
        ),
        check=_double_progression,
        scopes=("progression",),
    ),
    Rule(
        code="RS403",
        title="Plyometrics progress only with quiet, controlled, pain-free landings",
        severity=Severity.error,
        source="003",
        why=(
            "Landing is where jumps load tendons and joints; noisy or painful landings mean the "
            "athlete is not ready for more contacts or a harder jump."
        ),
        check=_quiet_landings,
        scopes=("progression",),
    ),
    Rule(
        code="RS404",
        title="Pain regresses; sharp pain or a red flag stops",
        severity=Severity.error,
        source="001, 003",
        why=(
            "Training through pain turns a niggle into an injury. Mild pain means an easier "
            "variation or less load; sharp pain or numbness, dizziness or chest pain means "
            "stopping and seeing a health professional."
        ),
        check=_pain,
        scopes=("progression",),
    ),
)
