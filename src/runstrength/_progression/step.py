"""Progression: from what the athlete did to what they do next, one change at a time.

:func:`progress` decides for one exercise, :func:`progress_week` for a whole plan. The
decision table (rules RS401-RS404; caps and steps in ``_progress_rules``):

1. Red-flag symptom or sharp pain: ``stop``, and see a health professional [001, 003].
2. Mild pain: ``regress`` to the easier variation, else one load step down, else less work.
3. No sets logged, or form not clean (for jumps: landings not quiet and controlled): hold.
4. Loaded work: double progression [003, 004]. When every set reached the top of the
   rep range with the target reps in reserve, the load rises one step (checked against
   the RTS chart when sets log load, reps and RIR); otherwise hold and add reps.
5. Unloaded work: amount (reps, seconds or steps), then sets, then a slow tempo, then the
   harder variation; hold while any set misses the top of its range.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.vocab import Change, Pain
from runstrength._progression.loadmath import step_down, step_up
from runstrength._progression.policy import (
    SET_CAP,
    SLOW_TEMPO,
    base_load,
    growth,
    level_of,
    load_equipment,
    rts_target,
    shifted,
    shortfall,
    stop_reason,
    symptom_names,
)
from runstrength._views.wording import UNIT_SUFFIX, amount_text, kg, plural, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.exercise import Exercise
    from runstrength._model.vocab import Equipment

__all__ = ["progress", "progress_week"]

_MAX_LOAD_KG = 1000.0  # Dose.load_kg's upper bound


def progress(
    prescription: Prescription, log: ExerciseLog, *, catalog: Catalog | None = None
) -> Progression:
    """Decide the next prescription of one exercise from how it went, changing one thing.

    The decision follows the table in this module's docstring. A hold (``Change.none``)
    and a ``stop`` return ``prescription`` unchanged; every other change alters exactly
    one of the exercise, the sets, the amount (reps, seconds or steps; steps use
    ``Change.reps``), the load or the tempo (RS401). A change of exercise (``variation``
    or a ``regress`` to the easier one) brings that exercise's catalog dose with it.

    The caller checks that a harder variation suits the athlete's level and equipment
    (``validate`` does); this function does not know the athlete. Load steps use the
    first item of ``exercise.load_with`` that can carry load; a prescription without a
    load progresses as bodyweight work (the starting load is the coach's choice).
    A log for another exercise is rejected before anything else, since it says nothing
    about this prescription.

    Args:
        prescription: What was prescribed.
        log: What was done; ``log.exercise`` must be ``prescription.exercise``.
        catalog: Where exercises are looked up (default: :func:`default_catalog`).

    Returns:
        The next prescription, the one change, and the reason in a coach's words.

    Raises:
        InputError: The log is for another exercise, or the exercise is not in the
            catalog (a stop is still returned for a red flag or sharp pain).

    Examples:
        >>> from runstrength import Dose, ExerciseLog, Prescription, SetLog
        >>> dose = Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3), load_kg=16)
        >>> done = ExerciseLog(exercise="goblet_squat", sets=[SetLog(reps=12, rir=2)] * 3)
        >>> step = progress(Prescription("goblet_squat", dose), done)
        >>> step.change, step.next.dose.load_kg
        (Change.load, 18.0)
        >>> print(step.reason)  # doctest: +ELLIPSIS
        All 3 sets reached 12 reps ... load rises from 16 kg to 18 kg. Start ... at 8 reps ...
    """
    check_args(
        "progress",
        prescription=(prescription, Prescription),
        log=(log, ExerciseLog),
        catalog=(catalog, Catalog, None),
    )
    if log.exercise != prescription.exercise:
        raise InputError(
            f"log.exercise: {log.exercise!r} does not match prescription.exercise "
            f"{prescription.exercise!r}; progress each log against its own prescription"
        )
    if log.symptoms or log.pain is Pain.sharp:
        return Progression(prescription, Change.stop, stop_reason(log))
    cat = default_catalog() if catalog is None else catalog
    exercise = cat.get(prescription.exercise)
    if exercise is None:
        raise InputError(
            f"prescription.exercise: {prescription.exercise!r} is not in the catalog; "
            "pass catalog= with the exercise in it"
        )
    dose = prescription.dose
    if log.pain is Pain.mild:
        return _regress(prescription, exercise, cat)
    if not log.sets:
        return _hold(prescription, f"No sets were logged: hold {dose} until a session is logged.")
    if not log.form_ok:
        if exercise.plyometric:
            return _hold(
                prescription,
                f"Landings were not quiet and controlled: hold {dose}. Jumps progress only "
                "when every landing is quiet, controlled and pain-free; land softly and stop "
                "each set when landings get loud.",
            )
        return _hold(
            prescription,
            f"Form broke down: hold {dose} and rebuild the movement before adding anything "
            "(no more reps, load or a harder variation until every rep is clean).",
        )
    equipment = load_equipment(exercise)
    if dose.load_kg is not None and equipment is not None:
        return _double_progression(prescription, equipment, log)
    miss = shortfall(dose, log)
    if miss is not None:
        top = amount_text(dose.amount.hi, dose.unit, per_side=dose.per_side)
        return _hold(
            prescription,
            f"Not yet: {miss.message}. Hold {dose} and keep building until every set "
            f"reaches {top}.",
        )
    return _advance(prescription, exercise, log, cat)


def progress_week(
    plan: WeekPlan,
    logs: Mapping[str, ExerciseLog] | Sequence[ExerciseLog],
    *,
    catalog: Catalog | None = None,
) -> tuple[WeekPlan, tuple[Progression, ...]]:
    """Progress every prescription of a week that has a log; keep the others as they are.

    Logs are matched to prescriptions in plan order (sessions in order, exercises in
    order). A mapping from exercise id to log applies that log to every prescription of
    the exercise; a sequence is consumed in order, so two logs of one exercise match its
    first and second prescriptions. A red-flag symptom in any log stops everything: every
    prescription gets ``Change.stop`` (DESIGN: red-flag symptoms stop everything).

    Args:
        plan: The week that was done.
        logs: What was done, by exercise id or as a sequence.
        catalog: Where exercises are looked up (default: :func:`default_catalog`).

    Returns:
        The next week's plan (same sessions, days and reasons, new prescriptions) and one
        :class:`Progression` per prescription of ``plan`` in plan order, so that
        ``progressions[i].next`` is the i-th prescription of the new plan. A prescription
        without a log gets ``Change.none``.

    Raises:
        InputError: A mapping key differs from its log's exercise, or a log (or more logs
            than prescriptions) names an exercise the plan does not hold; every problem
            is listed. Also as :func:`progress`.

    Examples:
        >>> from runstrength import Dose, ExerciseLog, Prescription, Session, SetLog, WeekPlan
        >>> rx = Prescription("wall_sit", Dose(sets=3, seconds=(30, 45), rest_seconds=60))
        >>> week = WeekPlan(sessions=[Session(day="tue", focus="light", placement="standalone",
        ...                                   exercises=[rx])])
        >>> done = ExerciseLog(exercise="wall_sit", sets=[SetLog(seconds=45)] * 3)
        >>> new_week, steps = progress_week(week, [done])
        >>> steps[0].change, new_week.sessions[0].exercises[0].dose.seconds
        (Change.seconds, IntRange(lo=40, hi=55))
    """
    check_args(
        "progress_week",
        plan=(plan, WeekPlan),
        logs=(logs, Mapping, list, tuple),
        catalog=(catalog, Catalog, None),
    )
    given = logs.items() if isinstance(logs, Mapping) else enumerate(logs)
    check_args("progress_week", **{f"logs[{key!r}]": (log, ExerciseLog) for key, log in given})
    prescriptions = [rx for session in plan.sessions for rx in session.exercises]
    matched = _match_logs(prescriptions, logs)
    flagged = next((log for log in matched if log is not None and log.symptoms), None)
    steps: list[Progression] = []
    for rx, log in zip(prescriptions, matched, strict=True):
        if log is not None and (log.symptoms or flagged is None):
            steps.append(progress(rx, log, catalog=catalog))
        elif flagged is not None:
            names = symptom_names(flagged.symptoms)
            reason = (
                f"{names} logged during {flagged.exercise}: stop all strength training, this "
                "exercise included, and get medical help from a doctor before training again."
            )
            steps.append(Progression(rx, Change.stop, reason))
        else:
            steps.append(_hold(rx, f"No log for this exercise: keep {rx.dose} as it is."))
    nexts = iter(step.next for step in steps)
    sessions = []
    for session in plan.sessions:
        # attrs types a ``converter=tuple`` field as ``Iterable[_T_co]``, which mypy cannot
        # bind in ``evolve``; passing the changes as ``dict[str, Any]`` keeps both checked.
        changes: dict[str, Any] = {"exercises": tuple(next(nexts) for _ in session.exercises)}
        sessions.append(attrs.evolve(session, **changes))
    plan_changes: dict[str, Any] = {"sessions": tuple(sessions)}
    new_plan: WeekPlan = attrs.evolve(plan, **plan_changes)
    return new_plan, tuple(steps)


def _match_logs(
    prescriptions: list[Prescription], logs: Mapping[str, ExerciseLog] | Sequence[ExerciseLog]
) -> list[ExerciseLog | None]:
    """One log or ``None`` per prescription; raise with every problem found."""
    problems: list[str] = []
    planned = {rx.exercise for rx in prescriptions}
    if isinstance(logs, Mapping):
        for key, log in logs.items():
            if key != log.exercise:
                problems.append(f"logs[{key!r}]: the log is for {log.exercise!r}, not {key!r}")
            elif key not in planned:
                problems.append(f"logs[{key!r}]: the plan has no {key!r} to progress")
        if problems:
            raise InputError(problems)
        return [logs.get(rx.exercise) for rx in prescriptions]
    queues: dict[str, list[ExerciseLog]] = {}
    for log in logs:
        queues.setdefault(log.exercise, []).append(log)
    matched = [
        queues[rx.exercise].pop(0) if queues.get(rx.exercise) else None for rx in prescriptions
    ]
    for exercise, left in queues.items():
        if left and exercise not in planned:
            problems.append(f"logs: the plan has no {exercise!r} to progress")
        elif left:
            problems.append(f"logs: {len(left)} more {exercise!r} logs than the plan has")
    if problems:
        raise InputError(problems)
    return matched


def _hold(prescription: Prescription, reason: str) -> Progression:
    return Progression(prescription, Change.none, reason)


def _regress(prescription: Prescription, exercise: Exercise, catalog: Catalog) -> Progression:
    """Mild pain: easier variation, else one load step down, else less work (RS404)."""
    dose = prescription.dose
    easier = None if exercise.easier is None else catalog.get(exercise.easier)
    if easier is not None:
        level = level_of(exercise, dose)
        new = easier.doses[level] if level in easier.doses else easier.dose_for(easier.level)
        return Progression(
            Prescription(easier.id, new),
            Change.regress,
            f"Mild pain during {exercise.name}: regress to the easier {easier.name} at {new} "
            "until it is pain-free, then build back up.",
        )
    equipment = load_equipment(exercise)
    if dose.load_kg and equipment is not None:
        lower = step_down(dose.load_kg, equipment)
        new_load = lower if lower > 0 else None
        to = "bodyweight" if new_load is None else kg(new_load)
        return Progression(
            Prescription(prescription.exercise, attrs.evolve(dose, load_kg=new_load)),
            Change.regress,
            f"Mild pain: the load drops one step from {kg(dose.load_kg)} to {to}, sets and "
            "reps unchanged, until the exercise is pain-free.",
        )
    amount, unit, side = dose.amount, dose.unit, dose.per_side
    if amount.hi > amount.lo:
        new = dose.with_amount(IntRange(amount.lo))
        what = f"the {unit} drop to the bottom of the range ({amount_text(amount.lo, unit)})"
    elif dose.sets.hi > 1:
        sets = IntRange(max(1, dose.sets.lo - 1), dose.sets.hi - 1)
        new = attrs.evolve(dose, sets=sets)
        what = f"one set fewer ({dose.sets} to {sets} sets)"
    elif amount.lo > 1:
        less = max(1, amount.lo * 2 // 3)
        new = dose.with_amount(IntRange(less))
        what = f"the {unit} drop by a third (to {amount_text(less, unit, per_side=side)})"
    else:
        return Progression(
            prescription,
            Change.stop,
            "Mild pain even at the smallest dose: stop this exercise and seek advice from a "
            "health professional (physiotherapist or doctor) before doing it again.",
        )
    return Progression(
        Prescription(prescription.exercise, new),
        Change.regress,
        f"Mild pain and no easier variation: {what}, until the exercise is pain-free.",
    )


def _double_progression(
    prescription: Prescription, equipment: Equipment, log: ExerciseLog
) -> Progression:
    """Loaded work: the load rises one step only when every set reached the top (RS402)."""
    dose = prescription.dose
    old = float(dose.load_kg or 0.0)
    unit, side = dose.unit, dose.per_side
    top = amount_text(dose.amount.hi, unit, per_side=side)
    miss = shortfall(dose, log)
    if miss is not None:
        more = {"reps": "a rep", "seconds": "5 s", "steps": "2 steps"}[unit]
        return _hold(
            prescription,
            f"Not yet: {miss.message}. Hold {kg(old)} and add {more} per set next time; the load "
            f"rises once every set reaches {top} with clean form.",
        )
    base = base_load(dose, log)
    done = f"All {len(log.sets)} sets reached {top} with clean form"
    rirs = [s.rir for s in log.sets if s.rir is not None]
    if rirs:
        fewest = min(rirs)
        done += f" and at least {plural(fewest, 'rep')} in reserve"
    gear = words(equipment)
    try:
        up = step_up(base, equipment)
    except InputError:
        up = _MAX_LOAD_KG + 1
    if up > _MAX_LOAD_KG:
        return _hold(
            prescription,
            f"{done}, but no {gear} load above {kg(base)} can be made: hold it and "
            "move on to a harder variation when ready.",
        )
    new, chart = up, ""
    target = rts_target(dose, log, equipment)
    if target is not None:
        raw, rounded = target
        assert dose.reps is not None  # rts_target only answers for reps
        rir = 2 if dose.rir is None else dose.rir.lo
        new = min(max(rounded, base), up)
        chart = f"the RTS chart puts {dose.reps.lo} reps at {rir} RIR at {kg(round(raw, 1))}"
        if new <= old:
            return _hold(
                prescription,
                f"{done}, but {chart}, under the next {gear} step ({kg(up)}): hold "
                f"{kg(old)} until the sets end with more reps in reserve.",
            )
        chart = f" ({chart}; the rise is never more than one step)" if raw > up else f" ({chart})"
    bottom = amount_text(dose.amount.lo, unit, per_side=side)
    return Progression(
        Prescription(prescription.exercise, attrs.evolve(dose, load_kg=new)),
        Change.load,
        f"{done}: load rises from {kg(old)} to {kg(new)}{chart}. Start back at the bottom of "
        f"the range at {bottom} and build to {top} again.",
    )


def _advance(
    prescription: Prescription, exercise: Exercise, log: ExerciseLog, catalog: Catalog
) -> Progression:
    """Unloaded work at the top of its range: amount, then sets, then tempo, then variation."""
    dose = prescription.dose
    unit, side = dose.unit, dose.per_side
    done = f"All {len(log.sets)} sets reached {amount_text(dose.amount.hi, unit, per_side=side)}"
    done += " with quiet, controlled landings" if exercise.plyometric else " with clean form"
    step, cap = growth(exercise, dose)
    if dose.amount.hi < cap:
        by = min(step, cap - dose.amount.hi)
        new_amount = shifted(dose.amount, by)
        suffix = UNIT_SUFFIX[unit]
        return Progression(
            Prescription(prescription.exercise, dose.with_amount(new_amount)),
            Change.seconds if unit == "seconds" else Change.reps,
            f"{done}: the range rises by {by}, from {dose.amount} to {new_amount}{suffix}.",
        )
    if dose.sets.hi < SET_CAP:
        sets = shifted(dose.sets, 1)
        return Progression(
            Prescription(prescription.exercise, attrs.evolve(dose, sets=sets)),
            Change.sets,
            f"{done}, the cap of {amount_text(cap, unit)}: add a set ({dose.sets} to {sets} sets).",
        )
    if unit == "reps" and not exercise.plyometric and dose.tempo is None:
        return Progression(
            Prescription(prescription.exercise, attrs.evolve(dose, tempo=SLOW_TEMPO)),
            Change.tempo,
            f"{done}; reps and sets are at their caps ({dose.amount}, {dose.sets} sets): "
            f"slow the lowering to 3 seconds (tempo {SLOW_TEMPO}).",
        )
    harder = None if exercise.harder is None else catalog.get(exercise.harder)
    if harder is None:
        return _hold(
            prescription,
            f"{done}: this is the top of its progression and no harder variation is listed; "
            f"keep {dose} to maintain it.",
        )
    new = harder.dose_for(harder.level)
    start = ""
    if harder.load_with and new.load_kg is None:
        start = f"; start with a light load, or none, that leaves {new.rir or 2} reps in reserve"
    return Progression(
        Prescription(harder.id, new),
        Change.variation,
        f"{done} and nothing left to add here: move on to the harder {harder.name} at {new} "
        f"(its {harder.level} dose){start}.",
    )
