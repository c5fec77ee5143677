"""Matching a week's logs to its prescriptions, and the week a red flag stops.

:func:`match_logs` pairs logs with prescriptions in plan order and sets aside the tests
of excluded exercises; :func:`stop_all` is the week after a red-flag symptom.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from runstrength._model.errors import InputError
from runstrength._model.exclusion import Exclusion
from runstrength._model.logs import Progression
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, ordered
from runstrength._progression.fit import areas_of
from runstrength._progression.policy import stop_reason, symptom_names
from runstrength._progression.weeknotes import week_note

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.catalog import Catalog
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.plan import Prescription, WeekPlan

__all__ = ["match_logs", "stop_all"]


def match_logs(
    prescriptions: list[Prescription],
    logs: Mapping[str, ExerciseLog] | Sequence[ExerciseLog],
    tested: set[str],
) -> tuple[list[ExerciseLog | None], list[ExerciseLog]]:
    """One log or ``None`` per prescription, and the tests of excluded exercises."""
    problems: list[str] = []
    planned = {rx.exercise for rx in prescriptions}
    if isinstance(logs, Mapping):
        tests = []
        for key, log in logs.items():
            if key != log.exercise:
                problems.append(f"logs[{key!r}]: the log is for {log.exercise!r}, not {key!r}")
            elif key in tested:
                tests.append(log)
            elif key not in planned:
                problems.append(f"logs[{key!r}]: the plan has no {key!r} to progress")
        if problems:
            raise InputError(problems)
        return [logs.get(rx.exercise) for rx in prescriptions], tests
    queues: dict[str, list[ExerciseLog]] = {}
    for log in logs:
        queues.setdefault(log.exercise, []).append(log)
    tests = [log for name in sorted(tested) for log in queues.pop(name, [])]
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
    return matched, tests


def stop_all(
    plan: WeekPlan,
    prescriptions: list[Prescription],
    flagged: ExerciseLog,
    carried: list[Exclusion],
    catalog: Catalog,
) -> tuple[WeekPlan, tuple[Progression, ...]]:
    """A red flag: every prescription stops and no session is planned until it is cleared."""
    names = symptom_names(flagged.symptoms)
    reason = say(
        "progress.stop.all",
        symptoms=",".join(flagged.symptoms),
        symptom_words=names,
        exercise=flagged.exercise,
    )
    steps = tuple(Progression(rx, Change.stop, reason) for rx in prescriptions)
    exercise = catalog.get(flagged.exercise)
    areas = () if exercise is None else ordered(areas_of(exercise))
    removed = tuple(dict.fromkeys(rx.exercise for rx in prescriptions))
    exclusion = Exclusion(
        exercise=flagged.exercise, areas=areas, removed=removed, reason=stop_reason(flagged)
    )
    changes: dict[str, Any] = {
        "sessions": (),
        "exclusions": (*carried, exclusion),
        "shortfalls": tuple(
            dict.fromkeys(
                (
                    *(s for s in plan.shortfalls if not week_note(s)),
                    joined_reasons(say("progress.note.no_sessions"), reason),
                )
            )
        ),
    }
    new_plan: WeekPlan = attrs.evolve(plan, **changes)
    return new_plan, steps
