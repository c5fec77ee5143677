"""Race week's doses: no slow lowering, as the plain variants have none.

- :func:`race_week_doses`: a slow lowering (3 s or more) goes from every race-week line,
  as the plain variant's does, but for calf work done for an Achilles, whose slow
  lowering is the point of it (the line says so), and a body-weight move's
  slow reps, which stand in for the load it lacks (its cue says so).

A lighter race week keeps intensity and drops volume (Bosquet et al. 2007): the sets and
reps come down, the load does not go up, and nothing new makes the legs sore.
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Injury, Phase
from runstrength._plan.coded import REASON_MAX
from runstrength._progression.limits import tendon_work

__all__ = ["SLOW_LOWERING", "race_week_doses"]

SLOW_LOWERING = 3
"""Seconds of lowering from which a tempo is a slow lowering, which race week drops."""

_SLOW_CUES = frozenset({"exercise.slow_easy", "exercise.slow_top"})
"""The cues of a body-weight move made to count by slow reps: its slow reps are its load."""


def race_week_doses(
    plan: WeekPlan, phase: Phase, catalog: Catalog, injuries: Collection[Injury]
) -> WeekPlan:
    """Race week's ``plan`` with no slow lowering but an Achilles calf's.

    Any other phase's ``plan`` is returned as it is.
    """
    if phase is not Phase.race:
        return plan
    sessions = []
    for session in plan.sessions:
        items = tuple(_one_rule(rx, catalog, injuries) for rx in session.exercises)
        sessions.append(
            session if items == session.exercises else attrs.evolve(session, exercises=items)
        )
    return attrs.evolve(plan, sessions=tuple(sessions))


def _one_rule(rx: Prescription, catalog: Catalog, injuries: Collection[Injury]) -> Prescription:
    """``rx`` without its slow lowering, saying so, unless it is an Achilles calf's."""
    tempo = rx.dose.tempo
    exercise = catalog.get(rx.exercise)
    if tempo is None or tempo.eccentric < SLOW_LOWERING or exercise is None:
        return rx
    if tendon_work(injuries, exercise):
        return _achilles_said(rx, str(tempo))
    if any(part.code in _SLOW_CUES for part in parts_of(rx.reason)):
        return rx
    dose = attrs.evolve(rx.dose, tempo=None)
    note = say("race_week.no_slow_lowering", tempo=str(tempo))
    reason = rx.reason
    if reason is None:
        return attrs.evolve(rx, dose=dose, reason=note)
    if len(reason.text) + len(note.text) < REASON_MAX:
        return attrs.evolve(rx, dose=dose, reason=joined_reasons(reason, note))
    return attrs.evolve(rx, dose=dose)


def _achilles_said(rx: Prescription, tempo: str) -> Prescription:
    """``rx``, an Achilles calf line keeping its slow lowering, saying why in race week.

    The race-week sentence takes the place of the everyday one on the tempo.
    """
    parts = parts_of(rx.reason)
    if any(part.code == "race_week.achilles_tempo_kept" for part in parts):
        return rx
    note = say("race_week.achilles_tempo_kept", tempo=tempo)
    kept = [part for part in parts if part.code != "exercise.achilles.tempo"]
    reason = joined_reasons(*kept, note)
    return attrs.evolve(rx, reason=reason if len(reason.text) <= REASON_MAX else note)
