"""Runs given as a distance alone: minutes from the distance at the runner's pace."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import Run, RunKind
from runstrength._io.run_lengths import PACES, run_minutes
from runstrength._model.reason import text_of, texts

pytest.importorskip("recurring_ical_events")

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def test_distance_only_runs_get_minutes_from_pace() -> None:
    text = (CALENDARS / "finalsurge.ics").read_bytes()
    weeks, report = rs.read_running_calendar(text, pace=6.0)
    assert weeks[0].mon == (Run(RunKind.easy, 58),)  # 6 mi = 9.66 km at 6:00/km
    assert weeks[1].sun == (Run(RunKind.race, 60),)  # 10K at 6:00/km
    (monday,) = [entry for entry in report.entries if entry.date == "2026-03-02"]
    assert text_of(monday.note).endswith("minutes from its distance (6 mi) at 6:00/km")
    assert not any("pace=" in note for note in texts(report.notes))


def test_distance_only_runs_without_pace_say_how_to_give_one() -> None:
    weeks, report = rs.read_running_calendar((CALENDARS / "finalsurge.ics").read_bytes())
    assert weeks[0].mon == (Run(RunKind.easy),)
    assert report.notes[-1].text == (
        "2 runs give a distance but no minutes: pass pace= (minutes per km, e.g. pace=6.0)"
        " to read minutes from the distance"
    )


def test_kilometres_at_pace_and_a_length_given_wins() -> None:
    weeks, _ = rs.read_running_calendar((CALENDARS / "runna.ics").read_bytes(), pace=5.5)
    assert weeks[1].tue == (Run(RunKind.easy, 33),)  # 6km easy + strides at 5:30/km
    assert weeks[0].tue == (Run(RunKind.easy, 35),)  # its text says 35 min


@pytest.mark.parametrize("pace", [0, 2.4, 15.5, "6", True, float("nan"), float("inf")])
def test_a_bad_pace_is_an_input_error(pace: object) -> None:
    text = (CALENDARS / "runna.ics").read_bytes()
    with pytest.raises(rs.InputError) as caught:
        rs.read_running_calendar(text, pace=pace)  # type: ignore[arg-type]  # bad on purpose
    assert [problem.path for problem in caught.value.problems] == ["pace"]


@given(
    km=st.integers(1, 60),
    miles=st.booleans(),
    pace=st.floats(PACES[0], PACES[1], allow_nan=False),
)
def test_minutes_are_the_distance_in_km_times_the_pace(km: int, miles: bool, pace: float) -> None:
    minutes, how = run_minutes(None, f"Easy {km} {'mi' if miles else 'km'}", "", pace)
    expected = round(km * (1.609344 if miles else 1.0) * pace)
    assert minutes == (expected if 1 <= expected <= 600 else None)
    assert "distance" in how.text
