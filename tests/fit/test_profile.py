"""Every catalog exercise names a real FIT profile exercise, and the reference page says so."""

from __future__ import annotations

import enum
import re
from pathlib import Path

import pytest
from fit_tool.profile import profile_type

import runstrength as rs
from runstrength._views.fit import profile_ids
from runstrength._views.fitsteps import FALLBACK, fit_exercise

CATALOG = rs.default_catalog()
PAGE = Path(__file__).resolve().parents[2] / "docs" / "reference" / "fit.md"


def _enum(category: str) -> type[enum.Enum]:
    camel = "".join(word.capitalize() for word in category.split("_"))
    names: type[enum.Enum] = getattr(profile_type, f"{camel}ExerciseName")
    return names


@pytest.mark.parametrize("exercise", list(CATALOG), ids=[e.id for e in CATALOG])
def test_every_catalog_exercise_names_a_profile_exercise(exercise: rs.Exercise) -> None:
    assert exercise.fit_category is not None
    assert exercise.fit_name is not None
    category = profile_type.ExerciseCategory[exercise.fit_category.upper()]
    assert category.name.lower() == exercise.fit_category
    assert profile_type.ExerciseCategory(category.value) is category  # by value, too
    names = _enum(exercise.fit_category)
    member = names[exercise.fit_name.upper()]
    assert names(member.value).name.lower() == exercise.fit_name  # by value and by name
    assert profile_ids(exercise.fit_category, exercise.fit_name) == (category.value, member.value)


WEIGHTS = frozenset({"dumbbell", "barbell", "kettlebell"})
"""Equipment a weighted FIT code names."""

WEIGHTED = ("DUMBBELL", "BARBELL", "WEIGHTED", "KETTLEBELL")
"""Words in a FIT exercise name that say it is done with a weight."""


def _needs_a_weight(exercise: rs.Exercise) -> bool:
    """Whether every way to do the exercise needs a dumbbell, barbell or kettlebell."""
    return any(set(options) <= WEIGHTS for options in exercise.equipment)


@pytest.mark.parametrize("exercise", list(CATALOG), ids=[e.id for e in CATALOG])
def test_no_weighted_code_for_an_exercise_done_without_weights(exercise: rs.Exercise) -> None:
    _, name = fit_exercise(exercise)
    if not _needs_a_weight(exercise):
        assert not any(word in name.upper() for word in WEIGHTED), (exercise.id, name)


@pytest.mark.parametrize(
    ("exercise", "code"),
    [
        ("split_squat", ("lunge", "lunge")),  # a split squat is a static lunge
        ("single_leg_romanian_deadlift", ("deadlift", "romanian_deadlift")),
        ("kickstand_romanian_deadlift", ("deadlift", "romanian_deadlift")),
        ("short_lever_copenhagen_plank", ("plank", "side_plank")),  # knee on the bench
        ("copenhagen_plank", ("plank", "side_plank_with_feet_on_bench")),  # foot on it
        ("squat_to_hydrant", ("hip_stability", "fire_hydrant_kicks")),
        ("bent_knee_calf_raise", ("calf_raise", "seated_calf_raise")),  # both legs
        ("single_leg_bent_knee_calf_raise", ("calf_raise", "single_leg_bent_knee_calf_raise")),
        ("lateral_band_walk", ("banded_exercises", "lateral_band_walks")),  # above the knees
        ("monster_walk", ("hip_stability", "lateral_walks_with_band_at_ankles")),
    ],
)
def test_an_exercise_has_the_code_closest_to_how_it_is_done(
    exercise: str, code: tuple[str, str]
) -> None:
    assert fit_exercise(CATALOG[exercise]) == code


@pytest.mark.parametrize("pattern", list(rs.Pattern))
def test_every_pattern_falls_back_to_a_profile_exercise(pattern: rs.Pattern) -> None:
    category, name = FALLBACK[pattern]
    assert profile_ids(category, name) is not None


def test_an_exercise_without_fit_fields_takes_its_first_pattern_in_table_order() -> None:
    base = CATALOG["glute_bridge"]
    own = rs.Exercise(
        id="own",
        name="Own",
        patterns=["core", "calf", "squat"],
        primary=["calves"],
        level="beginner",
        doses=base.doses,
    )
    assert fit_exercise(own) == FALLBACK[rs.Pattern.calf]
    assert list(FALLBACK) == [
        rs.Pattern.plyometric,
        rs.Pattern.calf,
        rs.Pattern.hip_extension,
        rs.Pattern.hinge,
        rs.Pattern.lunge,
        rs.Pattern.squat,
        rs.Pattern.lateral,
        rs.Pattern.single_leg,
        rs.Pattern.hip_stability,
        rs.Pattern.core,
        rs.Pattern.isometric,
        rs.Pattern.isolation,
    ]


def test_unknown_categories_and_names_have_no_profile_numbers() -> None:
    assert profile_ids("no_such", "squat") is None
    assert profile_ids("squat", "moon_squat") is None
    assert profile_ids("squat", "squat") == (28, 61)


def _rows(header: str) -> list[tuple[str, ...]]:
    """The rows of the page's table whose header line starts with ``header``."""
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(tuple(cell.strip().strip("`") for cell in line.strip("|").split("|")))
    return rows


def test_the_reference_page_lists_every_catalog_exercise_as_the_catalog_maps_it() -> None:
    rows = _rows("| Exercise | Id |")
    wanted = [(e.name, e.id, e.fit_category, e.fit_name) for e in CATALOG]
    assert [row[:4] for row in rows] == wanted  # then why that entry, where it needs saying


def test_the_reference_page_gives_the_fallback_table() -> None:
    rows = _rows("| Pattern |")
    assert rows == [(str(p), c, n) for p, (c, n) in FALLBACK.items()]


# --------------------------------------------------------------------------- the fields


def test_fit_fields_come_in_pairs() -> None:
    base = CATALOG["glute_bridge"]
    fields = {
        "id": "own",
        "name": "Own",
        "patterns": ["hip_extension"],
        "primary": ["glutes"],
        "level": "beginner",
        "doses": base.doses,
    }
    with pytest.raises(rs.InputError, match=re.escape("fit_name: needed with fit_category")):
        rs.Exercise(**fields, fit_category="hip_raise")  # type: ignore[arg-type]
    with pytest.raises(rs.InputError, match=re.escape("fit_category: needed with fit_name")):
        rs.Exercise(**fields, fit_name="hip_raise")  # type: ignore[arg-type]
    with pytest.raises(rs.InputError, match="fit_category"):
        rs.Exercise(**fields, fit_category="Hip Raise", fit_name="hip_raise")  # type: ignore[arg-type]


def test_json_keeps_fit_fields_and_leaves_them_out_when_absent() -> None:
    bridge = CATALOG["glute_bridge"]
    document = rs.to_dict(bridge)
    assert (document["fit_category"], document["fit_name"]) == ("hip_raise", "hip_raise")
    assert rs.from_dict(rs.Exercise, document) == bridge
    plain = rs.Exercise(
        id="own",
        name="Own",
        patterns=["hip_extension"],
        primary=["glutes"],
        level="beginner",
        doses=bridge.doses,
    )
    assert "fit_category" not in rs.to_dict(plain)
    assert "fit_name" not in rs.to_dict(plain)


def test_a_json_document_with_one_fit_field_says_which_is_missing() -> None:
    document = rs.to_dict(CATALOG["glute_bridge"])
    del document["fit_name"]
    with pytest.raises(rs.InputError) as caught:
        rs.from_dict(rs.Exercise, document)
    assert any(p.path.endswith("fit_name") for p in caught.value.problems)
