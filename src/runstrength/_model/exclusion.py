"""An area rested after sharp pain or a red-flag symptom, and the exercises taken out for it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from runstrength._model.checks import check_slug, fail, members, shown
from runstrength._model.prescription import Prescription
from runstrength._model.reason import Reason, check_reason, to_reason
from runstrength._model.shown import HtmlShown
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
class Exclusion(HtmlShown):
    """Exercises kept out of the athlete's plans after sharp pain or a red-flag symptom.

    :func:`~runstrength.progress_week` adds one to the next week's plan when a log reports
    sharp pain or a red flag, carries it from week to week, and clears it when a later log
    of ``exercise`` (or of the exercise ``test`` names) is pain-free. While it holds, no
    exercise that loads one of ``areas`` comes back into the plan.

    A *test* is a graded try of the exercise, done only once the pain has settled in daily
    life or a physiotherapist or doctor has cleared it: ``test`` is its dose, at most two
    easy sets at the bottom of the range, at bodyweight or the lightest load (the easier
    variation, when there is one), in a pain-free range, stopping at any pain. A
    pain-free test clears the exclusion and the exercise returns at about half of
    ``before``; mild pain keeps it out, and two such tests in a row (or sharp pain in a
    test) add to ``reason`` the advice to see a physiotherapist or doctor before testing
    again.

    Args:
        exercise: The exercise during which the pain or symptom was logged.
        areas: The areas it loads, rested until the exclusion clears (as injuries).
        removed: The exercises taken out of the plan for it, in plan order.
        reason: What happened and what to do, including the advice to see a professional.
        test: The dose to test the area with, or ``None`` when there is no test (a red
            flag: only a doctor clears it; or an exercise the catalog does not know).
        before: The prescription being done when the pain came, with the load lifted
            when the athlete chose it: the return after a clearing test is planned from
            it (``None``: from the catalog's dose).

    >>> Exclusion(exercise="romanian_deadlift", areas=["hamstring"], removed=[],
    ...           reason="Sharp pain: see a physiotherapist.").areas
    (Injury.hamstring,)
    """

    exercise: str
    areas: tuple[Injury, ...] = attrs.field(converter=_areas)
    removed: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    reason: Reason = attrs.field(converter=to_reason)
    test: Prescription | None = None
    before: Prescription | None = None

    def __attrs_post_init__(self) -> None:
        check_slug("Exclusion", "exercise", self.exercise)
        for index, item in enumerate(self.removed):
            check_slug("Exclusion", f"removed[{index}]", item)
        if len(self.removed) > 50:
            raise fail("Exclusion", "removed", f"{len(self.removed)} exercises (at most 50)")
        check_reason("Exclusion", "reason", self.reason, max_len=2000)
        for name in ("test", "before"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Prescription):
                raise fail("Exclusion", name, f"expected a Prescription, got {shown(value)}")
