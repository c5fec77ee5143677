"""Rest that follows the dose as printed: the week's last word on the rest between sets.

The planner sets each line's rest from its reps and reps in reserve as it drafts the week
(:func:`~runstrength._plan.heavysets.rest_for_reps`); later edits (a return after pain, a
taper's fewer reps, race week's easier sets, an exercise swapped for race week) change the
dose after that. :func:`rest_as_printed` reads the rest again on the lines as printed:

- in a training week, a heavy line rests as its reps and reserve ask, whichever edit
  made it heavy (ACSM 2009: 2–3 minutes at heavier loads), and a line that carries a
  heavy set's rest from a week it was heavy, but is no longer, goes back to the
  exercise's ordinary rest;
- in a taper or race week the rest never rises: a line keeps the rest it had last week,
  and one whose sets stop 3 or more reps short of failure the exercise's ordinary rest
  (fewer reps at the same load, or easier sets, are no heavier work to recover from),
  save a line that is still heavy (all of its reserve 2 or less, 8 reps or fewer).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus, Phase
from runstrength._plan.heavysets import HEAVY_SET_RIR, ordinary_rest, rest_follows, rest_for_reps
from runstrength._plan.nearrace import EASY_RIR

__all__ = ["EASY_SET_RIR", "NO_RISE", "RACE_WEEK_RIR", "back_to_effort", "rest_as_printed"]

_MAIN_PHASES = frozenset({Phase.general, Phase.strength})
"""The phases whose session's first lift is its main lift, resting long in any session."""

NO_RISE = frozenset({Phase.taper, Phase.race})
"""The phases whose rest never rises above the week before's."""

EASY_SET_RIR = 3
"""Sets that stop this many reps or more short of failure keep the exercise's ordinary rest
in a taper or race week."""


def rest_as_printed(
    plan: WeekPlan,
    phase: Phase,
    before: Mapping[str, Prescription],
    catalog: Catalog,
    athlete: Athlete,
) -> WeekPlan:
    """``plan`` with each line's rest read again from its dose as printed.

    ``before`` holds last week's lines by exercise, as done. See the module's rules.
    """
    sessions = []
    for session in plan.sessions:
        items = tuple(
            _rest(
                rx,
                phase,
                before.get(rx.exercise),
                catalog.get(rx.exercise),
                athlete,
                main=index == 0 and phase in _MAIN_PHASES,
            )
            for index, rx in enumerate(session.exercises)
        )
        sessions.append(
            session if items == session.exercises else attrs.evolve(session, exercises=items)
        )
    return attrs.evolve(plan, sessions=tuple(sessions))


def _rest(
    rx: Prescription,
    phase: Phase,
    was: Prescription | None,
    exercise: Exercise | None,
    athlete: Athlete,
    *,
    main: bool,
) -> Prescription:
    """``rx`` with the rest its dose as printed asks for (see :func:`rest_as_printed`)."""
    if exercise is None:
        return rx
    minutes, level = athlete.session_minutes, athlete.level
    if phase not in NO_RISE:
        return rest_follows(rx, exercise, minutes, level, main=main)
    dose = rx.dose
    easy = dose.rir is not None and dose.rir.lo >= EASY_SET_RIR
    cap = ordinary_rest(exercise, athlete.level) if easy or was is None else was.dose.rest_seconds
    if dose.rest_seconds.lo > cap.lo:
        rx = attrs.evolve(rx, dose=attrs.evolve(dose, rest_seconds=cap))
    if _still_heavy(rx.dose):
        return rest_for_reps(rx, exercise, minutes, level)
    return rx


def _still_heavy(dose: Dose) -> bool:
    """All of the reserve at 2 or less: sets near failure whatever the week."""
    return dose.rir is not None and dose.rir.hi <= HEAVY_SET_RIR


RACE_WEEK_RIR = EASY_RIR[Focus.light]
"""Race week's light sets' reps in reserve, 3–4: the effort a line carries out of it."""

_BACK = frozenset({"season.back_to_sets", "season.back_to_amount"})
"""The reasons of a dose coming back after the lighter weeks, which the effort joins."""


def back_to_effort(rx: Prescription, ref: Prescription) -> Prescription:
    """``rx`` back at ``ref``'s reps in reserve where race week's easier sets carried on.

    ``ref`` is the exercise's line in the last training week before the lighter weeks:
    once the days just after a race are over, a line kept at race week's 3–4 in reserve
    (:data:`RACE_WEEK_RIR`; a return after time off keeps its own 3) goes back to the
    effort it had before, saying so (a *project convention*: race week's easier sets
    are for race week).
    """
    was, now = ref.dose.rir, rx.dose.rir
    if was is None or now != RACE_WEEK_RIR or now.lo <= was.lo:
        return rx
    note = say("season.back_to_effort", rir=str(was))
    back = [part for part in parts_of(rx.reason) if part.code in _BACK]
    dose = attrs.evolve(rx.dose, rir=was)
    return attrs.evolve(rx, dose=dose, reason=joined_reasons(*back, note) if back else note)
