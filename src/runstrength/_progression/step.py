"""Progression of one exercise: from what the athlete did to what they do next.

The decision table (rules RS401-RS404; caps and steps in ``policy``):

1. Red-flag symptom or sharp pain: ``stop``, and see a health professional [001, 003].
2. Mild pain: ``regress`` to an easier variation the athlete may do, else one load step
   down, else less work, never more sets or reps than before (``setbacks``).
3. No sets logged: hold. Form not clean: one load step off (sets and reps kept), else a
   hold; the second session in a row moves to the easier variation, else holds and asks
   a coach or physiotherapist to look (reps are never cut for form). Jump landings not
   quiet and controlled, or a set below the bottom of the range: hold once; the second
   session in a row steps back (a lighter load, an easier variation or less work).
4. An Achilles athlete's loaded calf raises: the heavy slow block (``tendon``).
5. Loaded work: the load lifted is the basis; double progression with effort (``loads``).
6. Unloaded work: a set that was cut (fewer sets than an earlier log) comes back first
   (a set given up for time once it has been off for four sessions);
   then amount (reps, seconds or steps), then sets, then a slow tempo, then the harder
   variation the athlete may do, then a load their kit allows; hold while any set
   misses the top of its range; after three such holds in a row, a set more when the
   reps in reserve are on target, else a step back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.clean import clean_rise, count_rise
from runstrength._model.errors import InputError
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription
from runstrength._model.reason import Param, text_of
from runstrength._model.reasons import say
from runstrength._model.vocab import Change, Pain, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.fit import Fit, areas_of, needs_load
from runstrength._progression.form import for_form
from runstrength._progression.limits import first_load, light_hold_cap
from runstrength._progression.loads import next_load, recorded
from runstrength._progression.marks import unmarked
from runstrength._progression.policy import (
    FAIL_LIMIT,
    HOLD_LIMIT,
    SET_CAP,
    Outcome,
    all_sets,
    growth,
    load_equipment,
    shifted,
    shortfall,
    stop_reason,
)
from runstrength._progression.quota import TRIM_MARK, TRIM_WEEKS, since_cut
from runstrength._progression.routes import finish, light_keep, slow_tempo
from runstrength._progression.setbacks import (
    for_mild_pain,
    in_reserve,
    restimulate,
    setback,
)
from runstrength._progression.tendon import heavy_slow
from runstrength._views.wording import UNIT_SUFFIX, amount_text, words

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["decide", "progress"]

_FAILED = frozenset({Outcome.SHORT, Outcome.FORM})
_STALLED = frozenset({Outcome.STALL})
_FORM = frozenset({Outcome.FORM})


def progress(
    prescription: Prescription,
    log: ExerciseLog,
    *,
    athlete: Athlete | None = None,
    catalog: Catalog | None = None,
    history: Sequence[ExerciseLog] = (),
) -> Progression:
    """Decide the next prescription of one exercise from how it went, changing one thing.

    The decision follows the table in this module's docstring. A hold (``Change.none``)
    and a ``stop`` return ``prescription`` unchanged; every other change alters exactly
    one of the exercise, the sets, the amount (reps, seconds or steps; steps use
    ``Change.reps``), the load or the tempo (RS401). A change of exercise brings that
    exercise's catalog dose for the athlete's level, with no more sets than before.

    A harder variation is taken only when the athlete may do it: their level, kit and
    injuries allow it (RS301-RS304). Without ``athlete`` the current exercise stands in
    for them: no higher level, no other kit, no new injury to avoid, no new jumping.
    At the end of a usable chain the kit's load comes next, else a hold that says so.

    Args:
        prescription: What was prescribed.
        log: What was done; ``log.exercise`` must be ``prescription.exercise``.
        athlete: Who did it (level, equipment, injuries), when known.
        catalog: Where exercises are looked up (default: :func:`default_catalog`).
        history: Earlier logs of this exercise, oldest first; logs of other exercises are
            ignored. Two failed sessions in a row, or four stalls, step back.

    Returns:
        The next prescription, the one change, and the reason in a coach's words.

    Raises:
        InputError: The log is for another exercise, or the exercise is not in the
            catalog (a stop is still returned for a red flag or sharp pain).

    Examples:
        >>> from runstrength import Dose, ExerciseLog, Prescription, SetLog
        >>> dose = Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3), load_kg=20)
        >>> done = ExerciseLog(exercise="goblet_squat", sets=[SetLog(reps=12, rir=2)] * 3)
        >>> step = progress(Prescription("goblet_squat", dose), done)
        >>> step.change, step.next.dose.load_kg
        (Change.load, 22.0)
        >>> print(step.reason)  # doctest: +ELLIPSIS
        All 3 sets reached 12 reps ... from 20 kg to 22 kg (+10 %). Start back ... at 8 reps ...
    """
    check_args(
        "progress",
        prescription=(prescription, Prescription),
        log=(log, ExerciseLog),
        athlete=(athlete, Athlete, None),
        catalog=(catalog, Catalog, None),
        history=(history, list, tuple),
    )
    check_args("progress", **{f"history[{i}]": (h, ExerciseLog) for i, h in enumerate(history)})
    if log.exercise != prescription.exercise:
        raise InputError(
            f"log.exercise: {log.exercise!r} does not match prescription.exercise "
            f"{prescription.exercise!r}; progress each log against its own prescription"
        )
    cat = default_catalog() if catalog is None else catalog
    exercise = cat.get(prescription.exercise)
    if log.symptoms or log.pain is Pain.sharp:
        areas = () if exercise is None else ordered(areas_of(exercise))
        return Progression(prescription, Change.stop, stop_reason(log, areas))
    if exercise is None:
        raise InputError(
            f"prescription.exercise: {prescription.exercise!r} is not in the catalog; "
            "pass catalog= with the exercise in it"
        )
    mine = tuple(h for h in history if h.exercise == prescription.exercise)
    return decide(Ask(prescription, log, exercise, cat, Fit(athlete), mine))


def decide(ask: Ask) -> Progression:
    """The next step for a log without sharp pain or a red flag (see the module docstring).

    The step is made honest last (:func:`~runstrength._progression.routes.finish`): its tag
    matches what changed (a load that only records the load lifted is ``Change.record``),
    and an Achilles athlete's calf work keeps its slow tempo.
    """
    return recorded(ask, finish(ask, _decide(ask)))


def _decide(ask: Ask) -> Progression:
    log, dose, exercise = ask.log, ask.dose, ask.exercise
    if log.pain is Pain.mild:
        return for_mild_pain(ask)
    result = ask.result()
    if result == Outcome.EMPTY:
        return hold(ask.prescription, say("progress.empty", dose=str(dose)))
    if result in _FAILED:
        return _failed(ask, result)
    tendon = heavy_slow(ask)  # an Achilles athlete's calf block keeps its own rungs
    if tendon is not None:
        return tendon
    equipment = load_equipment(exercise)
    lifted = [s.load_kg for s in log.sets if s.load_kg and not ask.light]  # light stays unloaded
    if equipment is not None and (dose.load_kg is not None or lifted):
        return next_load(ask, result, equipment)
    if result == Outcome.STALL:
        if ask.streak(_STALLED) >= HOLD_LIMIT:
            top = amount_text(dose.amount.hi, dose.unit, per_side=dose.per_side)
            why = f"{HOLD_LIMIT + 1} sessions in a row short of {top}"
            return restimulate(ask, why) if in_reserve(ask) else setback(ask, why)
        miss = shortfall(dose, log)
        top = amount_text(dose.amount.hi, dose.unit, per_side=dose.per_side)
        if miss is None:
            return hold(ask.prescription, say("progress.not_yet.plain", dose=str(dose), top=top))
        not_yet = say("progress.not_yet", dose=str(dose), top=top, shortfall=miss.message)
        return hold(ask.prescription, not_yet)
    if ask.prescription.choose_load or needs_load(exercise):
        return hold(ask.prescription, say("progress.no_load", dose=str(dose)))
    return _advance(ask)


def _failed(ask: Ask, result: str) -> Progression:
    dose, exercise = ask.dose, ask.exercise
    if result == Outcome.FORM:
        what = "landings were not quiet and controlled" if exercise.plyometric else "form broke"
    else:
        what = _below(ask)
    if result == Outcome.FORM and not exercise.plyometric:
        return for_form(ask, ask.streak(_FORM, any_load=True), what)
    if ask.streak(_FAILED) >= FAIL_LIMIT - 1:
        return setback(ask, f"Two sessions in a row where {what}")
    if result == Outcome.FORM:
        return hold(ask.prescription, say("progress.landings", dose=str(dose)))
    return hold(ask.prescription, say("progress.below", dose=str(dose), below=what))


def _below(ask: Ask) -> str:
    """How a short log fell below the bottom of the dose, as a clause."""
    dose, log = ask.dose, ask.log
    if len(log.sets) < dose.sets.lo:
        return f"only {len(log.sets)} of {dose.sets.lo} sets were done"
    bottom = amount_text(dose.amount.lo, dose.unit, per_side=dose.per_side)
    for index, logged in enumerate(log.sets, 1):
        done: int | None = getattr(logged, dose.unit)
        if done is None:
            return f"set {index} has no {dose.unit} logged"
        if done < dose.amount.lo:
            return f"set {index} stopped at {done}, below the bottom of the range ({bottom})"
    return f"sets fell below {bottom}"  # pragma: no cover - a short log has such a set


def _advance(ask: Ask) -> Progression:
    """Unloaded work at the top of its range: amount, sets, tempo, variation, then load."""
    dose, exercise, log = ask.dose, ask.exercise, ask.log
    unit, side = dose.unit, dose.per_side
    done_text = (
        f"{all_sets(len(log.sets))} reached {amount_text(dose.amount.hi, unit, per_side=side)}"
    )
    done_text += " with quiet, controlled landings" if exercise.plyometric else " with clean form"
    done: dict[str, Param] = {
        "done": done_text,
        "sets_done": len(log.sets),
        "top": dose.amount.hi,
        "unit": unit,
    }
    before = max((len(h.sets) for h in ask.history), default=0)
    cut = since_cut(ask)  # a set given up for time stays off for 4 sessions
    back = not text_of(ask.prescription.reason).endswith(TRIM_MARK) or (cut or 0) >= TRIM_WEEKS
    if not ask.light and dose.sets.hi < min(before, SET_CAP) and back:
        sets = shifted(dose.sets, 1)
        rx = ask.prescription
        return Progression(
            attrs.evolve(
                rx,
                dose=attrs.evolve(dose, sets=sets),
                reason=unmarked(rx.reason, TRIM_MARK, after=True),
            ),
            Change.sets,
            say("progress.set_back", **done, old_sets=str(dose.sets), sets=str(sets)),
        )
    step, cap = growth(exercise, dose)
    if ask.light and unit == "seconds":
        cap = min(cap, light_hold_cap(exercise, ask.level()))
    if dose.amount.hi < cap:
        by = min(step, cap - dose.amount.hi)
        new_amount = shifted(dose.amount, by)
        code = (
            "progress.range_rises" if dose.amount.hi > dose.amount.lo else "progress.amount_rises"
        )
        if unit == "seconds":  # holds rise 5 s at both ends: 10–20 s goes to 15–25 s
            new_amount = clean_rise(dose.amount, by, cap)
            by = new_amount.hi - dose.amount.hi
        elif dose.amount.hi > dose.amount.lo and not exercise.plyometric:
            # onto the next clean range: 10–15 goes to 12–15, not 12–17
            new_amount = count_rise(dose.amount, by, cap)
            by = new_amount.hi - dose.amount.hi
            code = "progress.range_rises.clean"
        return Progression(
            attrs.evolve(ask.prescription, dose=dose.with_amount(new_amount)),
            Change.seconds if unit == "seconds" else Change.reps,
            say(
                code,
                **done,
                by=by,
                old_range=str(dose.amount),
                new_range=str(new_amount),
                suffix=UNIT_SUFFIX[unit],
            ),
        )
    if ask.light:
        return hold(
            ask.prescription,
            say(
                "progress.light_cap",
                **done,
                cap=amount_text(cap, unit),
                cap_amount=cap,
                keep=light_keep(ask, str(dose)),
            ),
        )
    if dose.sets.hi < SET_CAP:
        sets = shifted(dose.sets, 1)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets)),
            Change.sets,
            say(
                "progress.add_set",
                **done,
                cap=amount_text(cap, unit),
                cap_amount=cap,
                old_sets=str(dose.sets),
                sets=str(sets),
            ),
        )
    if unit == "reps" and not exercise.plyometric and dose.tempo is None:
        tempo = slow_tempo(ask)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, tempo=tempo)),
            Change.tempo,
            say(
                "progress.slow_tempo",
                **done,
                amount=str(dose.amount),
                old_sets=str(dose.sets),
                eccentric=tempo.eccentric,
                tempo=str(tempo),
            ),
        )
    harder, why_not = ask.harder()
    if harder is not None:
        new = switch(ask, harder, easier=False)
        named = {"exercise": harder.id, "exercise_name": harder.name, "dose": str(new.dose)}
        if new.choose_load:
            rir = str(new.dose.rir or 2)
            onto = say("progress.harder.choose_load", **done, **named, rir=rir)
        else:
            onto = say("progress.harder", **done, **named)
        return Progression(new, Change.variation, onto)
    item = ask.fit.load_item(exercise)
    if item is not None:
        load = first_load(exercise, item)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, load_kg=load)),
            Change.load,
            say(
                "progress.first_load", **done, load_kg=load, item=str(item), item_words=words(item)
            ),
        )
    why = why_not or "no harder variation is listed"
    return hold(ask.prescription, say("progress.top_of_exercise", **done, dose=str(dose), why=why))
