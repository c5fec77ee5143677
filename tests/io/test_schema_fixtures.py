"""Documents of every schema version keep loading.

``tests/fixtures/schema_v<N>/`` holds one document per public value type, as the
runstrength that wrote schema version N wrote it. Fixtures are never edited, only added:
a change that breaks one breaks documents users have stored.

Run this file as a script (``python tests/io/test_schema_fixtures.py``) to write the
current version's fixtures that are missing; it never overwrites one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import runstrength as rs
from runstrength._model.reasons import joined_reasons, say

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CURRENT = FIXTURES / f"schema_v{rs.SCHEMA_VERSION}"


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("schema_v*/*.json"))


def version_of(path: Path) -> int:
    match = re.fullmatch(r"schema_v([0-9]+)", path.parent.name)
    assert match, path
    return int(match.group(1))


def type_of(path: Path) -> type[Any]:
    assert path.stem in rs.VALUE_TYPES, f"{path.name} is not named for a value type"
    return getattr(rs, path.stem)  # type: ignore[no-any-return]


def test_every_value_type_has_a_fixture_of_the_current_version() -> None:
    assert sorted(path.stem for path in CURRENT.glob("*.json")) == sorted(rs.VALUE_TYPES)


def test_fixture_versions_are_known() -> None:
    versions = {version_of(path) for path in fixture_files()}
    assert versions == set(range(1, rs.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_loads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    cls = type_of(path)
    value = rs.from_json(cls, text)
    assert type(value) is cls
    document = json.loads(text)
    assert document["schema_version"] == version_of(path)
    if version_of(path) == rs.SCHEMA_VERSION:
        # The current version writes exactly what it reads.
        assert rs.to_json(value, indent=2) + "\n" == text
        assert rs.to_dict(value) == document
    assert rs.from_json(cls, rs.to_json(value)) == value


def _words(data: Any) -> Any:
    """A document with each reason as its text, and without its version."""
    if isinstance(data, dict):
        if data.keys() >= {"code", "params", "text"}:
            return data["text"]
        return {k: _words(v) for k, v in data.items() if k != "schema_version"}
    if isinstance(data, list):
        return [_words(v) for v in data]
    return data


def _codes(data: Any) -> list[str]:
    if isinstance(data, dict):
        here = [data["code"]] if data.keys() >= {"code", "params", "text"} else []
        return here + [c for v in data.values() for c in _codes(v)]
    if isinstance(data, list):
        return [c for v in data for c in _codes(v)]
    return []


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("schema_v1/*.json")), ids=lambda p: p.stem)
def test_version_1_reads_as_the_same_value_its_reasons_free_text_regression(path: Path) -> None:
    # Version 1 wrote each reason as plain text: it reads as a reason of the code "text",
    # and the value writes the same document but for the reasons' form and the version.
    document = json.loads(path.read_text(encoding="utf-8"))
    written = rs.to_dict(rs.from_dict(type_of(path), document))
    assert _words(written) == _words(document)
    assert set(_codes(written)) <= {"text"}
    assert written["schema_version"] == rs.SCHEMA_VERSION


# =========================================================================== writing


def examples() -> dict[str, object]:
    """A realistic value of every public type, as the library builds them."""
    catalog = rs.default_catalog()
    athlete = rs.Athlete(
        level="intermediate",
        equipment=["dumbbell", "kettlebell", "bench", "step", "mini_band", "wall"],
        available_days=["mon", "tue", "thu", "fri", "sat"],
        sessions_per_week=2,
        session_minutes=35,
        injuries=["achilles"],
        goals=["hills", "resilience"],
    )
    week = rs.RunningWeek(
        mon="easy",
        tue=[rs.Run("easy", 20), rs.Run("intervals", 45)],
        thu=rs.Run("tempo", 50),
        sat="easy",
        sun=rs.Run("long", 100),
    )
    race_week = rs.RunningWeek(tue="easy", thu="easy", sun=rs.Run("race", 200))
    plan = rs.build_week(athlete, week)
    block = rs.build_block(athlete, [week] * 5 + [race_week])
    session = plan.sessions[0]
    squat = rs.Prescription(
        "goblet_squat",
        rs.Dose(
            sets=3,
            reps=(8, 12),
            rest_seconds=(90, 120),
            rir=(1, 3),
            load_kg=16,
            tempo=rs.Tempo(eccentric=3, pause=1, concentric=1),
        ),
    )
    log = rs.ExerciseLog(
        exercise="goblet_squat",
        sets=[rs.SetLog(reps=12, load_kg=16, rir=2)] * 3,
    )
    ids = ["bodyweight_squat", "box_squat", "goblet_squat", "front_squat", "back_squat"]
    violations = rs.validate(rs.WeekPlan(sessions=[session, session]), athlete, week)
    assert session.warm_up is not None
    entry = rs.CalendarEntry(
        date="2027-01-07",
        title="Intervals",
        kind="intervals",
        minutes=50,
        kept=True,
        rule="intervals",
        note=joined_reasons(
            say("calendar.kind_from", where="title", kind="intervals"),
            say("calendar.minutes.times"),
        ),
    )
    yoga = rs.CalendarEntry(
        date="2027-01-08",
        title="Yoga",
        rule="not a run",
        note=say("calendar.not_a_run", where="title"),
    )
    gym = rs.CalendarEntry(
        date="2027-01-09",
        title="Gym: lower body",
        rule="strength",
        note=say("calendar.strength", where="title"),
        strength=True,
    )
    return {
        "Athlete": athlete,
        "CalendarEntry": entry,
        "CalendarReport": rs.CalendarReport(
            start="2027-01-04",
            entries=(entry, yoga, gym),
            notes=(
                say(
                    "calendar.ends.only_week",
                    weekday="sat",
                    weekday_name="Saturday",
                    date="2027-01-09",
                    monday="2027-01-04",
                ),
            ),
            ends="2027-01-09",
        ),
        "Block": block,
        "BlockSettings": rs.BlockSettings(deload_every=3, taper_days=7, ramp_weeks=2),
        "Catalog": rs.Catalog(e for e in catalog if e.id in ids),
        "DayDecision": plan.decisions[1],
        "Dose": squat.dose,
        "Exclusion": rs.Exclusion(
            exercise="romanian_deadlift",
            areas=["hamstring", "lower_back"],
            removed=["romanian_deadlift", "single_leg_romanian_deadlift"],
            reason="Sharp pain logged: stop this exercise and see a physiotherapist.",
        ),
        "Exercise": catalog["single_leg_romanian_deadlift"],
        "ExerciseLog": log,
        "IntRange": rs.IntRange(8, 12),
        "Prescription": squat,
        "Lift": rs.Lift(load_kg=22.5, reps=8, rir=2),
        "Progression": rs.progress(squat, log),
        "Report": rs.Report(violations),
        "Reason": joined_reasons(say("day.kept_free"), say("day.recovery")),
        "Routine": session.warm_up,
        "RuleSettings": rs.RuleSettings(
            exercises_per_session=(5, 6), severities={"RS105": "error", "RS203": "warning"}
        ),
        "Run": rs.Run("tempo", 40),
        "RunningWeek": week,
        "Session": session,
        "SetLog": rs.SetLog(reps=10, load_kg=12.5, rir=2),
        "Tempo": rs.Tempo(eccentric=3, pause=0, concentric=1),
        "Violation": violations[0],
        "WeekPlan": plan,
        # A season's week as version 1 stored it, as this version writes it.
        "WeekRecord": rs.from_json(
            rs.WeekRecord, (FIXTURES / "schema_v1" / "WeekRecord.json").read_text(encoding="utf-8")
        ),
    }


def write_missing() -> list[Path]:
    """Write the current version's fixtures that do not exist yet; return their paths."""
    CURRENT.mkdir(parents=True, exist_ok=True)
    written = []
    for name, value in examples().items():
        path = CURRENT / f"{name}.json"
        if not path.exists():
            path.write_text(rs.to_json(value, indent=2) + "\n", encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_missing():
        print(f"wrote {path}")
