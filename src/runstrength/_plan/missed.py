"""Missed work never advances: a prescription with no log goes back to the last one done.

A week's plan was progressed from the week before it as if that week were done. When a
prescription of it was not logged (a missed session, a week off), the next week repeats
it; but its load, reps, sets, tempo or variation may be a step up on what was last done,
a step the athlete never took. :func:`held_plan` puts each such prescription back at the
last dose of the exercise that was logged (the load actually lifted), so the week after
repeats what was done, not what was planned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, kg
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.season import WeekRecord
from runstrength._plan.cuts import REASON_MAX

__all__ = ["Done", "harder_of", "held_plan", "logged", "return_reason"]


@attrs.frozen
class Done:
    """The last dose of an exercise that was logged, and the one planned after it.

    Args:
        missed: The prescription that was planned and not done.
        done: The last logged prescription of the exercise (at the load lifted).
    """

    missed: Prescription
    done: Prescription


def logged(record: WeekRecord) -> list[tuple[Prescription, ExerciseLog | None]]:
    """Each prescription of ``record``'s plan with its log, matched in plan order."""
    queues: dict[str, list[ExerciseLog]] = {}
    for log in record.logs:
        queues.setdefault(log.exercise, []).append(log)
    out: list[tuple[Prescription, ExerciseLog | None]] = []
    for session in record.plan.sessions:
        for rx in session.exercises:
            queue = queues.get(rx.exercise)
            out.append((rx, queue.pop(0) if queue else None))
    return out


def _lifted(log: ExerciseLog) -> float | None:
    loads = [s.load_kg for s in log.sets if s.load_kg is not None]
    return max(loads) if loads else None


def _as_done(rx: Prescription, log: ExerciseLog) -> Prescription:
    """``rx`` at the load its log says was lifted."""
    load = _lifted(log)
    if load is None or load == rx.dose.load_kg:
        return rx
    dose = attrs.evolve(rx.dose, load_kg=load)
    return attrs.evolve(rx, dose=dose, choose_load=False)


def harder_of(catalog: Catalog, new: str, old: str) -> bool:
    """Whether ``new`` is a harder variation of ``old`` (up its chain of harder moves)."""
    seen: set[str] = set()
    name: str | None = old
    while name is not None and name not in seen:
        seen.add(name)
        exercise = catalog.get(name)
        name = None if exercise is None else exercise.harder
        if name == new:
            return True
    return False


def _last_done(
    exercise: str,
    earlier: Sequence[WeekRecord],
    swaps: Callable[[int], dict[str, str]],
    full: Callable[[int], bool],
    catalog: Catalog,
) -> tuple[Prescription, int] | None:
    """The last logged prescription of ``exercise`` in ``earlier`` (newest last).

    The last one of a full training week, where the weeks looked at hold one: a lighter
    week's dose (a deload's) is no ceiling for the usual one. A harder variation the
    progression moved on to, and never done, goes back to the move it came from.
    """
    name = exercise
    found: tuple[Prescription, int] | None = None
    for index in range(len(earlier) - 1, -1, -1):
        pairs = logged(earlier[index])
        if found is None and all(rx.exercise != name for rx, _ in pairs):
            old = swaps(index).get(name)
            if old is not None and harder_of(catalog, name, old):
                name = old
        for rx, log in pairs:
            if rx.exercise == name and log is not None:
                if full(index):
                    return _as_done(rx, log), index
                found = found or (_as_done(rx, log), index)
    return found


def _above(rx: Prescription, done: Prescription, sets: bool) -> bool:
    """Whether ``rx`` asks more than ``done``: a harder move, load, amount, tempo or sets."""
    dose, was = rx.dose, done.dose
    if rx.exercise != done.exercise or dose.unit != was.unit or dose.per_side != was.per_side:
        return True
    if dose.amount.hi > was.amount.hi or (sets and dose.sets.hi > was.sets.hi):
        return True
    if dose.load_kg is not None and (was.load_kg is None or dose.load_kg > was.load_kg):
        return not done.choose_load
    return dose.tempo is not None and dose.tempo != was.tempo


def held_plan(
    record: WeekRecord,
    earlier: Sequence[WeekRecord],
    full: Callable[[int], bool],
    swaps: Callable[[int], dict[str, str]],
    catalog: Catalog,
) -> tuple[WeekPlan, dict[str, Done]]:
    """``record``'s plan with each prescription not logged back at the last dose done.

    ``earlier`` are the weeks before ``record`` (oldest first, as far as the season looks
    back); ``full(i)`` tells whether ``earlier[i]`` was a full training week, whose sets
    are a ceiling too (after a lighter week, sets coming back are no step up);
    ``swaps(i)`` maps the exercises ``earlier[i]``'s progression moved on to, new to
    old (only a move up the ``catalog``'s chain of harder variations goes back). A
    prescription never done before, or no harder than the last one done, stays.
    Also returns, by exercise, what was held back.
    """
    pairs = logged(record)
    if all(log is not None for _, log in pairs):
        return record.plan, {}
    held: dict[str, Done] = {}
    replaced: dict[int, Prescription] = {}
    for i, (rx, log) in enumerate(pairs):
        if log is not None:
            continue
        found = _last_done(rx.exercise, earlier, swaps, full, catalog)
        if found is None:
            continue
        done, index = found
        sets = full(index)
        if not _above(rx, done, sets):
            continue
        dose = done.dose if sets else attrs.evolve(done.dose, sets=rx.dose.sets)
        back = attrs.evolve(done, dose=dose)
        replaced[i] = back
        held[back.exercise] = Done(rx, back)
    if not replaced:
        return record.plan, {}
    count = 0
    sessions = []
    for session in record.plan.sessions:
        items = []
        for rx in session.exercises:
            items.append(replaced.get(count, rx))
            count += 1
        sessions.append(attrs.evolve(session, exercises=tuple(items)))
    return attrs.evolve(record.plan, sessions=tuple(sessions)), held


def _span(dose: Dose) -> str:
    amount = dose.amount
    span = f"{amount.lo}" if amount.lo == amount.hi else f"{amount.lo}–{amount.hi}"
    return f"{span} {'s' if dose.unit == 'seconds' else dose.unit}"


def _what(missed: Prescription, done: Prescription, sets: bool) -> tuple[str, str, str] | None:
    """What differs (as variables), was last done and the missed sessions planned."""
    if missed.exercise != done.exercise:
        return "exercise", "the easier move", "the harder one"
    now, was = missed.dose, done.dose
    if now.unit != was.unit:
        return None
    pairs: list[tuple[str, str, str]] = []
    if now.load_kg is not None and was.load_kg is not None and now.load_kg > was.load_kg:
        pairs.append(("load_kg", kg(was.load_kg), kg(now.load_kg)))
    if now.amount.hi > was.amount.hi:
        pairs.append(("amount", _span(was), _span(now)))
    if now.tempo is not None and now.tempo != was.tempo:
        before = f"tempo {was.tempo}" if was.tempo else "no set tempo"
        pairs.append(("tempo", before, f"tempo {now.tempo}"))
    if sets and now.sets.hi > was.sets.hi:
        pairs.append(("sets", f"{was.sets.hi} sets", f"{now.sets.hi}"))
    if not pairs:
        return None
    return (
        ",".join(v for v, _, _ in pairs),
        " and ".join(a for _, a, _ in pairs),
        " and ".join(b for _, _, b in pairs),
    )


def return_reason(rx: Prescription, held: dict[str, Done]) -> Prescription:
    """``rx`` saying it is back at the last dose done, where the missed one was harder."""
    found = held.get(rx.exercise)
    if found is None or "last lifted" in text_of(rx.reason) or "last done" in text_of(rx.reason):
        return rx
    if _above(rx, found.done, sets=False):
        return rx
    what = _what(found.missed, found.done, rx.dose.sets == found.done.dose.sets)
    if what is None:
        return rx
    note = say("missed.not_progressed", changes=what[0], done_words=what[1], planned_words=what[2])
    if rx.reason is None or not rx.reason.text:
        return attrs.evolve(rx, reason=note)
    both = joined_reasons(rx.reason, note)
    return attrs.evolve(rx, reason=note if len(both.text) > REASON_MAX else both)
