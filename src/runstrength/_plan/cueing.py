"""A week's body-weight moves cued by form, each session's prescriptions worked out once.

:func:`~runstrength._plan.bodyweight.form_cued_week` rebuilds every session and the plan
whether a cue changed them or not. :func:`cued_week` gives the same plan: a session's
cued prescriptions are memoised by the prescriptions (the tuple itself), the athlete,
the catalog and the week's phase (a warm week reuses its composed sessions, so it reuses
their cues too), and a session or plan no cue changed is the same value, copied only
where one did.
"""

from __future__ import annotations

import functools

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.copies import renewed
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.vocab import Phase
from runstrength._plan.bodyweight import form_cued

__all__ = ["cued_week"]


class _Same:
    """A tuple of prescriptions as a memo key by its identity: no value hashed or compared.

    A warm week's sessions hold the very tuples its composed content holds, so the same
    tuple finds its cues; an equal tuple built anew is worked out again, to the same cues.
    The key holds its tuple, so no other object takes its identity while it is memoised.
    """

    __slots__ = ("value",)

    def __init__(self, value: tuple[Prescription, ...]) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


@functools.lru_cache(maxsize=1024)  # keyed on a session's prescriptions and whom they are for
def _cued(
    same: _Same, athlete: Athlete, catalog: Catalog, phase: Phase | None
) -> tuple[Prescription, ...]:
    """The prescriptions ``same`` holds cued by form: the same tuple where no cue changed."""
    exercises = same.value
    cued = []
    changed = False
    for rx in exercises:
        new = form_cued(rx, catalog.get(rx.exercise), athlete, phase)
        changed = changed or new is not rx
        cued.append(new)
    return tuple(cued) if changed else exercises


def cued_week(plan: WeekPlan, athlete: Athlete, catalog: Catalog) -> WeekPlan:
    """``plan`` as :func:`~runstrength._plan.bodyweight.form_cued_week` gives it.

    A session is copied with its cued prescriptions (the same number of checked
    prescriptions, so its checks would pass), and the plan only when a session changed.
    """
    sessions = []
    changed = False
    for session in plan.sessions:
        exercises = _cued(_Same(session.exercises), athlete, catalog, plan.phase)
        if exercises is session.exercises:
            sessions.append(session)
        else:
            sessions.append(renewed(session, exercises=exercises))
            changed = True
    return renewed(plan, sessions=tuple(sessions)) if changed else plan
