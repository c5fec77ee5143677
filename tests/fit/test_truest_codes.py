"""Each exercise's FIT code is the profile's truest name for the move as the catalog cues it."""

from __future__ import annotations

import pytest

import runstrength as rs
from runstrength._views.fit import profile_ids
from runstrength._views.fitsteps import fit_exercise

CATALOG = rs.default_catalog()


@pytest.mark.parametrize(
    ("exercise", "pair", "ids"),
    [
        # Two-legged, knees bent (seated or with a fixed bend): the profile's seated raise;
        # its bent-knee raise (9) is single-leg, and its standing raises keep the knee straight.
        ("bent_knee_calf_raise", ("calf_raise", "seated_calf_raise"), (1, 6)),
        (
            "single_leg_bent_knee_calf_raise",
            ("calf_raise", "single_leg_bent_knee_calf_raise"),
            (1, 9),
        ),
        # Both feet down, the back toes only steadying: a Romanian deadlift; the profile's
        # single-leg RDLs name a dumbbell (14) or a circuit (13), and none a staggered stance.
        ("kickstand_romanian_deadlift", ("deadlift", "romanian_deadlift"), (8, 23)),
    ],
)
def test_the_bent_knee_calf_raise_and_kickstand_rdl_take_the_truest_fit_codes_regression(
    exercise: str, pair: tuple[str, str], ids: tuple[int, int]
) -> None:
    # The calendar's FIT steps showed calf_raise/6 and deadlift/23: checked against the
    # FIT profile's exercise names, each is the closest the profile lists.
    assert fit_exercise(CATALOG[exercise]) == pair
    assert profile_ids(*pair) == ids
