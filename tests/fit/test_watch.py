"""What the watch shows: per-side steps, targets, open routines, no rest before the cool-down."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._views.fit import to_fit
from runstrength._views.fitsteps import NAME_BYTES
from tests.fit.decoded import check_workout, decode
from tests.fit.test_to_fit import CATALOG, GOBLET, PLANK, _session, _steps

SPLIT = rs.Prescription(
    "split_squat", rs.Dose(sets=2, reps=(8, 12), per_side=True, rest_seconds=90, rir=(1, 3))
)
COPENHAGEN = rs.Prescription(
    "short_lever_copenhagen_plank",
    rs.Dose(sets=2, seconds=(10, 20), per_side=True, rest_seconds=(30, 60)),
)


def _names(data: bytes) -> list[object]:
    return [m.values.get("wkt_step_name") for m in decode(data) if m.name == "workout_step"]


def test_a_per_side_reps_step_says_each_side_in_its_name() -> None:
    session = _session(SPLIT, PLANK)
    data = to_fit(session)
    check_workout(data, session, CATALOG)
    assert _names(data)[:3] == ["Split squat, each side", "Rest", None]
    assert _steps(data)[0]["duration_value"] == 8  # 8 per side, not 8 in all


def test_a_long_per_side_name_cuts_the_exercise_name_not_the_side_rule() -> None:
    own = attrs.evolve(
        CATALOG["split_squat"], id="long_one", name="Ä" * 40, easier=None, harder=None
    )
    session = _session(rs.Prescription("long_one", SPLIT.dose), PLANK)
    name = _names(to_fit(session, catalog=rs.Catalog([own, CATALOG["front_plank"]])))[0]
    assert isinstance(name, str)
    assert name.endswith("…, each side")
    assert len(name.encode("utf-8")) <= NAME_BYTES


def test_a_per_side_hold_is_a_timed_step_for_each_side_inside_the_repeat() -> None:
    session = _session(COPENHAGEN, PLANK)
    data = to_fit(session)
    check_workout(data, session, CATALOG)
    steps = _steps(data)
    assert _names(data)[:4] == [
        "Short-lever Copenhagen plank, left",
        "Short-lever Copenhagen plank, right",
        "Rest",
        None,
    ]
    assert [s["duration_type"] for s in steps[:4]] == [0, 0, 0, 6]  # no rest between sides
    assert [s["duration_value"] for s in steps[:2]] == [10_000, 10_000]
    assert steps[0]["exercise_name"] == steps[1]["exercise_name"]
    assert steps[0]["exercise_category"] == steps[1]["exercise_category"]
    assert (steps[3]["duration_value"], steps[3]["target_value"]) == (0, 2)  # back to "left"


def test_the_target_is_the_low_end_of_the_range_the_notes_keep_the_whole_dose() -> None:
    session = _session(SPLIT, COPENHAGEN)
    messages = decode(to_fit(session))
    assert messages[2].raw["duration_value"] == 8
    assert "2 × 8–12 per side" in str(messages[2].values["notes"])
    assert messages[5].raw["duration_value"] == 10_000
    assert "2 × 10–20 s per side" in str(messages[5].values["notes"])


@given(
    low=st.integers(1, 30),
    spread=st.integers(0, 10),
    easy=st.integers(0, 5),
    rir_spread=st.integers(0, 3),
)
def test_the_target_never_asks_for_more_than_the_load_advice_leaves_in_reserve(
    low: int, spread: int, easy: int, rir_spread: int
) -> None:
    dose = rs.Dose(sets=2, reps=(low, low + spread), rest_seconds=90, rir=(easy, easy + rir_spread))
    item = rs.Prescription("goblet_squat", dose, choose_load=True)
    step = decode(to_fit(_session(item, PLANK)))[2]
    found = re.search(r"lift about (\d+)(?:–(\d+))? times", str(step.values["notes"]))
    assert found is not None
    reserve = int(found.group(1)) - int(str(step.raw["duration_value"]))
    assert dose.rir is not None
    assert reserve >= dose.rir.lo  # the target set never goes past the hard end of the RIR


def test_the_warm_up_and_cool_down_are_open_steps_with_their_minutes_and_drills() -> None:
    warm = rs.Routine(minutes=(3, 5), steps=("Leg swings.", "Two lighter practice sets."))
    cool = rs.Routine(minutes=(5, 10), steps=("Easy walking.",))
    session = _session(GOBLET, warm_up=warm, cool_down=cool)
    messages = [m for m in decode(to_fit(session)) if m.name == "workout_step"]
    first, final = messages[0], messages[-1]
    assert (first.values["duration_type"], final.values["duration_type"]) == ("open", "open")
    assert first.values["notes"] == "3–5 min. Leg swings. Two lighter practice sets."
    assert final.values["notes"] == "5–10 min. Easy walking."


@pytest.mark.parametrize(
    ("sets", "layout"),
    [
        (1, ["Goblet squat", "Cool-down"]),
        (2, ["Goblet squat", "Rest", "Goblet squat", "Cool-down"]),
        (3, ["Goblet squat", "Rest", None, "Goblet squat", "Cool-down"]),
    ],
)
def test_no_rest_before_the_cool_down(sets: int, layout: list[object]) -> None:
    item = rs.Prescription("goblet_squat", attrs.evolve(GOBLET.dose, sets=sets))
    session = _session(item, cool_down=rs.Routine(minutes=5))
    data = to_fit(session)
    check_workout(data, session, CATALOG)
    assert _names(data) == layout
    if sets == 3:
        assert (_steps(data)[2]["duration_value"], _steps(data)[2]["target_value"]) == (0, 2)


def test_no_rest_before_the_cool_down_keeps_the_rests_between_exercises() -> None:
    session = _session(GOBLET, COPENHAGEN, cool_down=rs.Routine(minutes=5))
    data = to_fit(session)
    check_workout(data, session, CATALOG)
    assert _names(data) == [
        "Goblet squat",
        "Rest",
        None,
        "Short-lever Copenhagen plank, left",
        "Short-lever Copenhagen plank, right",
        "Rest",
        "Short-lever Copenhagen plank, left",
        "Short-lever Copenhagen plank, right",
        "Cool-down",
    ]


def test_a_body_weight_step_targets_the_top_its_cue_asks_for_regression() -> None:
    # Runna 03-03: "Split squat ... duration_reps 6" beside "2 x 6-10 ... Stop at the top
    # of the range": the watch ended the set at 6 while the note asked for 10.
    athlete = rs.Athlete(level="beginner", equipment="none", sessions_per_week=1)
    plan = rs.build_week(athlete, rs.RunningWeek(tue="easy", thu="easy", sat="long"))
    cued = 0
    for session in plan.sessions:
        messages = [m for m in decode(to_fit(session)) if m.name == "workout_step"]
        for item in session.exercises:
            ex = CATALOG[item.exercise]
            steps = [m for m in messages if m.raw.get("exercise_category") is not None]
            mine = [m for m in steps if str(m.values["wkt_step_name"]).startswith(ex.name[:10])]
            if "top of the range" in str(item.reason) and item.dose.unit == "reps":
                cued += 1
                assert mine[0].raw["duration_value"] == item.dose.amount.hi
                assert "top of the range" in str(mine[0].values["notes"])
    assert cued
