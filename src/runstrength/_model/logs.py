"""What the athlete did: set logs, exercise logs, and the progression decided from them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import (
    check_bool,
    check_int,
    check_number,
    check_slug,
    fail,
    member,
    members,
    shown,
    to_optional_number,
)
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason, check_reason, to_reason
from runstrength._model.shown import HtmlShown
from runstrength._model.vocab import Change, Pain, Symptom, ordered

__all__ = ["ExerciseLog", "Progression", "SetLog"]


def _to_symptoms(values: object) -> tuple[Symptom, ...]:
    return ordered(members(Symptom, values, "ExerciseLog.symptoms"))  # type: ignore[arg-type]


def _pain(value: Pain | str) -> Pain:
    return member(Pain, value, "ExerciseLog.pain")


def _change(value: Change | str) -> Change:
    return member(Change, value, "Progression.change")


@final
@attrs.frozen(kw_only=True)
class SetLog:
    """One set as done: reps, seconds or steps, the load used and the reps left in reserve.

    At least one of ``reps``, ``seconds`` and ``steps`` is set.

    Args:
        reps: Repetitions done, 0–200.
        seconds: Seconds of work done (a hold, timed hops), 0–3600.
        load_kg: The external load used, in kg (0–1000), when there was one.
        rir: Reps left in reserve at the end of the set, 0–10, when reported.
        steps: Steps done (band walks), 0–500.

    >>> SetLog(reps=10, load_kg=16, rir=2).reps
    10
    """

    reps: int | None = None
    seconds: int | None = None
    load_kg: float | None = attrs.field(default=None, converter=to_optional_number)
    rir: int | None = None
    steps: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.reps is None and self.seconds is None and self.steps is None:
            raise fail("SetLog", "reps", "a set needs reps, seconds or steps")
        for name, hi in (("reps", 200), ("seconds", 3600), ("steps", 500), ("rir", 10)):
            value = getattr(self, name)
            if value is not None:
                check_int("SetLog", name, value, 0, hi)
        if self.load_kg is not None:
            check_number("SetLog", "load_kg", self.load_kg, 0, 1000)


def _set_logs(items: Iterable[SetLog]) -> tuple[SetLog, ...]:
    return tuple(items)


@final
@attrs.frozen(kw_only=True)
class ExerciseLog(HtmlShown):
    """How one exercise went in a session.

    Args:
        exercise: The exercise id.
        sets: Each set as done.
        pain: Pain felt: ``none``, ``mild`` or ``sharp``.
        form_ok: Whether form stayed clean (for jumps: landings quiet and controlled).
        symptoms: Red-flag symptoms felt; any of them stops training.
    """

    exercise: str
    sets: tuple[SetLog, ...] = attrs.field(converter=_set_logs)
    pain: Pain = attrs.field(default=Pain.none, converter=_pain)
    form_ok: bool = True
    symptoms: tuple[Symptom, ...] = attrs.field(default=(), converter=_to_symptoms)

    def __attrs_post_init__(self) -> None:
        check_slug("ExerciseLog", "exercise", self.exercise)
        check_bool("ExerciseLog", "form_ok", self.form_ok)
        if len(self.sets) > 20:
            raise fail("ExerciseLog", "sets", f"{len(self.sets)} sets (at most 20)")
        for index, item in enumerate(self.sets):
            if not isinstance(item, SetLog):
                raise fail("ExerciseLog", f"sets[{index}]", f"expected a SetLog: {shown(item)}")


@final
@attrs.frozen
class Progression(HtmlShown):
    """What to do next time, the one thing that changed, and why.

    Args:
        next: The next prescription.
        change: The one variable that changed (``none`` when holding).
        reason: Why, in a coach's words.
    """

    next: Prescription
    change: Change = attrs.field(converter=_change)
    reason: Reason = attrs.field(converter=to_reason)

    def __attrs_post_init__(self) -> None:
        check_reason("Progression", "reason", self.reason, max_len=2000)
        if not isinstance(self.next, Prescription):
            raise fail("Progression", "next", f"expected a Prescription, got {shown(self.next)}")
