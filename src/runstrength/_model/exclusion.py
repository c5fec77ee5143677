"""An area rested after sharp pain or a red-flag symptom, and the exercises taken out for it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import check_slug, check_text, fail, members
from runstrength._model.vocab import Injury, ordered

__all__ = ["Exclusion"]


def _areas(values: Iterable[Injury | str] | str) -> tuple[Injury, ...]:
    return ordered(members(Injury, values, "Exclusion.areas"))


def _ids(values: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, Iterable) or isinstance(values, set | frozenset | dict):
        raise fail("Exclusion", "removed", f"expected a list of exercise ids, got {values!r}")
    return tuple(values)


@final
@attrs.frozen(kw_only=True)
class Exclusion:
    """Exercises kept out of the athlete's plans after sharp pain or a red-flag symptom.

    :func:`~runstrength.progress_week` adds one to the next week's plan when a log reports
    sharp pain or a red flag, carries it from week to week, and clears it when a later log
    of ``exercise`` is pain-free. While it holds, no exercise that loads one of ``areas``
    comes back into the plan.

    Args:
        exercise: The exercise during which the pain or symptom was logged.
        areas: The areas it loads, rested until the exclusion clears (as injuries).
        removed: The exercises taken out of the plan for it, in plan order.
        reason: What happened and what to do, including the advice to see a professional.

    >>> Exclusion(exercise="romanian_deadlift", areas=["hamstring"], removed=[],
    ...           reason="Sharp pain: see a physiotherapist.").areas
    (Injury.hamstring,)
    """

    exercise: str
    areas: tuple[Injury, ...] = attrs.field(converter=_areas)
    removed: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    reason: str

    def __attrs_post_init__(self) -> None:
        check_slug("Exclusion", "exercise", self.exercise)
        for index, item in enumerate(self.removed):
            check_slug("Exclusion", f"removed[{index}]", item)
        if len(self.removed) > 50:
            raise fail("Exclusion", "removed", f"{len(self.removed)} exercises (at most 50)")
        check_text("Exclusion", "reason", self.reason, max_len=2000)
