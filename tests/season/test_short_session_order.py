"""A session short of time: the phase's planned main-lift set stays, a set the logs added goes."""

from __future__ import annotations

import math

import attrs

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._plan.cuts import trim
from runstrength._rules.session import minutes_holding

SESSION = rs.Session(day="tue", focus="strength", placement="after_run", exercises=[])
SQUAT = rs.Dose(sets=3, reps=(5, 8), rest_seconds=(150, 180), rir=(1, 2))
WALK = rs.Dose(sets=2, steps=(15, 20), per_side=True, rest_seconds=(30, 60))
CALF = rs.Dose(sets=2, reps=(10, 15), per_side=True, rest_seconds=(45, 90), rir=(1, 3))


def _trimmed(squat: rs.Prescription) -> dict[str, rs.Prescription]:
    old = {
        "back_squat": rs.Prescription("back_squat", SQUAT),
        "monster_walk": rs.Prescription("monster_walk", WALK),
        "single_leg_calf_raise": rs.Prescription("single_leg_calf_raise", CALF),
    }
    items = [squat, old["monster_walk"], old["single_leg_calf_raise"]]
    minutes = math.ceil(minutes_holding(SESSION, items, DEFAULT_SETTINGS)) - 1  # one set goes
    kept = trim(SESSION, items, minutes, DEFAULT_SETTINGS, old)
    return {rx.exercise: rx for rx in kept}


def test_the_phases_planned_main_lift_set_stays_as_an_accessory_gives_regression() -> None:
    # Block A week 7: "back_squat 4 × 5–8 — a set more (3 to 4)" beside accessories at 1
    # set "to fit your 45 minutes": the strength phase's planned set is kept, as it says.
    more = say("phase.strength.more", before="3", after="4")
    kept = _trimmed(
        rs.Prescription("back_squat", attrs.evolve(SQUAT, sets=rs.IntRange(4)), reason=more)
    )
    assert kept["back_squat"].dose.sets.lo == 4
    assert "a set more on the main lift" in text_of(kept["back_squat"].reason)
    assert min(kept["monster_walk"].dose.sets.lo, kept["single_leg_calf_raise"].dose.sets.lo) == 1


def test_a_main_lift_set_the_logs_added_goes_first_regression() -> None:
    # A set more from the logs (not the phase's plan) is the one a short session gives up.
    kept = _trimmed(rs.Prescription("back_squat", attrs.evolve(SQUAT, sets=rs.IntRange(4))))
    assert kept["back_squat"].dose.sets.lo == 3
    assert kept["monster_walk"].dose.sets.lo == 2
    assert kept["single_leg_calf_raise"].dose.sets.lo == 2
