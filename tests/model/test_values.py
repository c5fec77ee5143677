"""Tests for the value types: every construction check, the converters and value behaviour.

Each check is broken on purpose once; the error must be an ``InputError`` (also a
``ValueError``) whose message names the field and the offending value.
"""

from __future__ import annotations

import functools
import math
import pickle
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import texts as said_texts

if TYPE_CHECKING:
    from collections.abc import Callable

DOSE = rs.Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3))
HOLD = rs.Dose(sets=2, seconds=30, rest_seconds=60)
ALL_LEVELS = dict.fromkeys(rs.Level, DOSE)


def texts(error: rs.InputError) -> tuple[str, ...]:
    """Each problem of ``error`` as the line its message shows."""
    return tuple(map(str, error.problems))


def rejected(make: Callable[[], object], *parts: str) -> rs.InputError:
    """Call ``make``, expect an InputError whose message contains every part."""
    with pytest.raises(rs.InputError) as info:
        make()
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, rs.RunstrengthError)
    for part in parts:
        assert part in str(error), f"{part!r} not in {str(error)!r}"
    return error


def exercise(**changes: Any) -> rs.Exercise:
    """A valid exercise, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "id": "split_squat",
        "name": "Split squat",
        "patterns": [rs.Pattern.lunge, rs.Pattern.single_leg],
        "primary": [rs.Muscle.quadriceps, rs.Muscle.glutes],
        "level": rs.Level.beginner,
        "doses": ALL_LEVELS,
    }
    fields.update(changes)
    return rs.Exercise(**fields)


def prescription(exercise_id: str = "split_squat") -> rs.Prescription:
    return rs.Prescription(exercise_id, DOSE)


def session(**changes: Any) -> rs.Session:
    fields: dict[str, Any] = {
        "day": rs.Weekday.tue,
        "focus": rs.Focus.strength,
        "placement": rs.Placement.after_run,
        "exercises": (prescription(),),
    }
    fields.update(changes)
    return rs.Session(**fields)


def violation(**changes: Any) -> rs.Violation:
    fields: dict[str, Any] = {
        "code": "RS101",
        "rule": "No strength the day before a key run",
        "severity": rs.Severity.error,
        "message": "Tuesday's strength session is the day before Wednesday's intervals.",
    }
    fields.update(changes)
    return rs.Violation(**fields)


# =========================================================================== IntRange


def test_int_range_lo_above_hi() -> None:
    rejected(lambda: rs.IntRange(12, 8), "IntRange", "lo (12)", "hi (8)")


@pytest.mark.parametrize(
    ("lo", "hi", "field", "shown"),
    [
        (-1, 3, "lo", "-1"),
        (0, -1, "hi", "-1"),
        (100_001, 100_001, "lo", "100001"),
        (1.5, 2, "lo", "1.5"),
        (True, 2, "lo", "True"),
        ("3", 4, "lo", "'3'"),
        (1, None, "hi", "None"),
    ],
)
def test_int_range_bad_ends(lo: Any, hi: Any, field: str, shown: str) -> None:
    rejected(lambda: rs.IntRange(lo, hi), f"IntRange.{field}", shown)


def test_int_range_behaviour() -> None:
    r = rs.IntRange(8, 12)
    assert all(n in r for n in (8, 10, 12))
    assert not any(n in r for n in (7, 13, "10", 10.0))
    assert str(r) == "8–12"
    assert str(rs.IntRange(3)) == "3"
    assert rs.IntRange(3) == rs.IntRange(3, 3)
    assert r.mid == 10
    assert rs.IntRange(3, 4).mid == 3
    assert rs.IntRange(0).mid == 0


@given(rst.int_ranges())
def test_int_range_mid_is_inside(r: rs.IntRange) -> None:
    assert r.mid in r
    assert r.lo <= r.hi


# =========================================================================== Tempo


@pytest.mark.parametrize(
    ("args", "field", "shown"),
    [
        ((11,), "eccentric", "11"),
        ((3, 11), "pause", "11"),
        ((3, 1, -1), "concentric", "-1"),
        ((1.5,), "eccentric", "1.5"),
        ((True,), "eccentric", "True"),
    ],
)
def test_tempo_checks(args: tuple[Any, ...], field: str, shown: str) -> None:
    rejected(lambda: rs.Tempo(*args), f"Tempo.{field}", shown)


def test_tempo_behaviour() -> None:
    t = rs.Tempo(3, 1, 1)
    assert str(t) == "3-1-1"
    assert t.seconds_per_rep == 5
    assert rs.Tempo(2) == rs.Tempo(2, 0, 1)


# =========================================================================== Dose


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"seconds": 20}, ("Dose.reps", "exactly one of reps, seconds, steps", "reps, seconds")),
        ({"reps": None}, ("Dose.reps", "exactly one", "(none)")),
        ({"steps": 10, "seconds": 5}, ("Dose.reps", "reps, seconds, steps")),
        ({"sets": 0}, ("Dose.sets", "0", "1..10")),
        ({"sets": 11}, ("Dose.sets", "11", "1..10")),
        ({"reps": 0}, ("Dose.reps", "0", "1..100")),
        ({"reps": (5, 101)}, ("Dose.reps", "5–101", "1..100")),
        ({"rest_seconds": 601}, ("Dose.rest_seconds", "601", "0..600")),
        ({"rir": 11}, ("Dose.rir", "11", "0..10")),
        ({"load_kg": -1}, ("Dose.load_kg", "-1", "0..1000")),
        ({"load_kg": 1000.5}, ("Dose.load_kg", "1000.5")),
        ({"load_kg": math.inf}, ("Dose.load_kg", "inf")),
        ({"load_kg": math.nan}, ("Dose.load_kg", "nan")),
        ({"load_kg": True}, ("Dose.load_kg", "True")),
        ({"load_kg": "5"}, ("Dose.load_kg", "'5'")),
        ({"per_side": 1}, ("Dose.per_side", "1")),
        ({"tempo": (3, 1, 1)}, ("Dose.tempo", "(3, 1, 1)")),
        ({"sets": "3"}, ("IntRange", "'3'")),
        ({"sets": (1, 2, 3)}, ("IntRange", "(1, 2, 3)")),
        ({"sets": (4, 2)}, ("IntRange", "lo (4)", "hi (2)")),
    ],
)
def test_dose_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    fields: dict[str, Any] = {"sets": 3, "reps": 10, "rest_seconds": 60, **changes}
    rejected(lambda: rs.Dose(**fields), *parts)


@pytest.mark.parametrize(
    ("unit", "lo", "hi"),
    [("seconds", 1, 600), ("steps", 1, 200)],
)
def test_dose_unit_limits(unit: str, lo: int, hi: int) -> None:
    def dose(amount: int | tuple[int, int]) -> rs.Dose:
        fields: dict[str, Any] = {"sets": 1, "rest_seconds": 0, unit: amount}
        return rs.Dose(**fields)

    assert dose((lo, hi)).amount == rs.IntRange(lo, hi)
    rejected(lambda: dose(lo - 1), f"Dose.{unit}", str(lo - 1))
    rejected(lambda: dose(hi + 1), f"Dose.{unit}", str(hi + 1))


def test_dose_converters_accept_numbers_pairs_and_lists() -> None:
    dose = rs.Dose(sets=3, reps=(8, 12), rest_seconds=[60, 90], rir=rs.IntRange(1, 3))
    assert dose.sets == rs.IntRange(3, 3)
    assert dose.reps == rs.IntRange(8, 12)
    assert dose.rest_seconds == rs.IntRange(60, 90)
    assert dose.rir == rs.IntRange(1, 3)


def test_dose_unit_amount_and_text() -> None:
    assert DOSE.unit == "reps"
    assert DOSE.amount == rs.IntRange(8, 12)
    assert str(DOSE) == "3 × 8–12, rest 90 s, 1–3 RIR"
    assert HOLD.unit == "seconds"
    assert HOLD.amount == rs.IntRange(30)
    assert str(HOLD) == "2 × 30 s, rest 60 s"
    walk = rs.Dose(sets=2, steps=(10, 15), per_side=True, rest_seconds=45)
    assert walk.unit == "steps"
    assert walk.amount == rs.IntRange(10, 15)
    assert str(walk) == "2 × 10–15 steps per side, rest 45 s"
    loaded = rs.Dose(sets=4, reps=6, rest_seconds=120, load_kg=22.5, tempo=rs.Tempo(3, 0, 1))
    assert str(loaded) == "4 × 6 @ 22.5 kg, tempo 3-0-1, rest 120 s"


@given(rst.doses())
def test_dose_amount_is_the_one_unit_set(dose: rs.Dose) -> None:
    units = {"reps": dose.reps, "seconds": dose.seconds, "steps": dose.steps}
    assert [u for u, v in units.items() if v is not None] == [dose.unit]
    assert dose.amount == units[dose.unit]


@pytest.mark.parametrize("unit", ["reps", "seconds", "steps"])
@given(data=st.data())
def test_doses_strategy_unit_option(unit: Any, data: st.DataObject) -> None:
    assert data.draw(rst.doses(unit=unit)).unit == unit


# =========================================================================== Exercise


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"id": "Split-Squat"}, ("Exercise 'Split-Squat'.id", "'Split-Squat'", "snake_case")),
        ({"id": "1squat"}, (".id", "'1squat'")),
        ({"id": "a" * 65}, (".id", "64 at most")),
        ({"id": ""}, (".id", "''")),
        ({"id": 5}, ("Exercise.id", "5")),
        ({"name": "  "}, ("Exercise 'split_squat'.name", "'  '")),
        ({"name": "x" * 101}, (".name", "101 characters", "at most 100")),
        ({"aliases": ["ok", ""]}, (".aliases[1]", "''")),
        ({"cues": [" "]}, (".cues[0]", "' '")),
        ({"mistakes": ["x" * 501]}, (".mistakes[0]", "501")),
        ({"sources": [""]}, (".sources[0]", "''")),
        ({"patterns": []}, (".patterns", "at least one pattern")),
        ({"primary": []}, (".primary", "at least one primary muscle")),
        (
            {"secondary": [rs.Muscle.glutes, rs.Muscle.core]},
            (".secondary", "glutes", "already listed as primary"),
        ),
        ({"plyometric": True}, (".plyometric", "exactly when patterns has plyometric")),
        (
            {"patterns": [rs.Pattern.plyometric, rs.Pattern.single_leg]},
            (".plyometric", "exactly when patterns has plyometric"),
        ),
        ({"plyometric": 1}, (".plyometric", "1")),
        ({"equipment": [[rs.Equipment.dumbbell], []]}, (".equipment[1]", "cannot be empty")),
        ({"easier": "split_squat"}, (".easier", "its own variation")),
        ({"harder": "split_squat"}, (".harder", "its own variation")),
        ({"harder": "Bulgarian Split"}, (".harder", "'Bulgarian Split'", "snake_case")),
        (
            {"level": rs.Level.beginner, "doses": {rs.Level.beginner: DOSE}},
            (".doses", "every level it suits", "intermediate, advanced"),
        ),
        (
            {"level": rs.Level.intermediate, "doses": {rs.Level.intermediate: DOSE}},
            (".doses", "missing: advanced"),
        ),
        ({"doses": {**ALL_LEVELS, rs.Level.advanced: "3x10"}}, (".doses.advanced", "'3x10'")),
        ({"level": "expert"}, ("'expert'", "Level", "beginner, intermediate, advanced")),
        ({"patterns": ["squat", "jumping"]}, ("'jumping'", "Pattern")),
        ({"primary": ["quads"]}, ("'quads'", "Muscle")),
        ({"equipment": [["dumbell"]]}, ("'dumbell'", "Equipment")),
        ({"avoid_with": ["elbow"]}, ("'elbow'", "Injury")),
    ],
)
def test_exercise_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    rejected(lambda: exercise(**changes), *parts)


def test_exercise_converters() -> None:
    ex = exercise(
        patterns="squat",
        primary=["quadriceps", "glutes"],
        secondary="core",
        equipment=[["dumbbell", "kettlebell"], "bench"],
        load_with=["dumbbell"],
        level="intermediate",
        doses={"intermediate": DOSE, "advanced": HOLD},
        avoid_with="knee",
        aliases="Rear-foot split squat",
        cues="Stay tall",
    )
    assert ex.patterns == {rs.Pattern.squat}
    assert ex.primary == {rs.Muscle.quadriceps, rs.Muscle.glutes}
    assert ex.secondary == {rs.Muscle.core}
    assert ex.equipment == (
        frozenset({rs.Equipment.dumbbell, rs.Equipment.kettlebell}),
        frozenset({rs.Equipment.bench}),
    )
    assert ex.load_with == (rs.Equipment.dumbbell,)
    assert ex.level is rs.Level.intermediate
    assert list(ex.doses) == [rs.Level.intermediate, rs.Level.advanced]
    assert ex.avoid_with == {rs.Injury.knee}
    assert ex.aliases == ("Rear-foot split squat",)
    assert ex.cues == ("Stay tall",)
    assert ex.muscles == {rs.Muscle.quadriceps, rs.Muscle.glutes, rs.Muscle.core}


def test_exercise_doses_are_kept_in_level_order() -> None:
    ex = exercise(doses={"advanced": HOLD, "beginner": DOSE, "intermediate": DOSE})
    assert list(ex.doses) == list(rs.Level)
    assert isinstance(ex.doses, FrozenMap)


def test_exercise_suits_available_with_and_dose_for() -> None:
    ex = exercise(
        level="intermediate",
        doses={"intermediate": DOSE, "advanced": HOLD},
        equipment=[["dumbbell", "kettlebell"], ["bench"]],
    )
    assert not ex.suits(rs.Level.beginner)
    assert ex.suits(rs.Level.intermediate)
    assert ex.suits(rs.Level.advanced)
    assert ex.available_with({rs.Equipment.kettlebell, rs.Equipment.bench})
    assert not ex.available_with({rs.Equipment.kettlebell})
    assert not ex.available_with(set())
    assert exercise().available_with(set())
    assert ex.dose_for(rs.Level.advanced) == HOLD
    rejected(lambda: ex.dose_for(rs.Level.beginner), "split_squat", "beginner")


def test_exercise_rejects_a_dose_for_a_level_it_does_not_suit() -> None:
    rejected(lambda: exercise(level="intermediate", doses=ALL_LEVELS), ".doses", "beginner")


# =========================================================================== Catalog

SQUAT = exercise(id="box_squat", name="Box squat", aliases=["Squat to box"], patterns="squat")
GOBLET = exercise(
    id="goblet_squat",
    name="Goblet squat",
    aliases=["Dumbbell goblet squat"],
    patterns="squat",
    level="intermediate",
    doses={"intermediate": DOSE, "advanced": DOSE},
    equipment=[["dumbbell", "kettlebell"]],
    easier="box_squat",
)
WALL_SIT = exercise(
    id="wall_sit",
    name="Wall sit",
    patterns=["squat", "isometric"],
    doses=dict.fromkeys(rs.Level, HOLD),
    equipment=["wall"],
)
LINKED = rs.Catalog(
    [attrs.evolve(SQUAT, harder="goblet_squat"), GOBLET, WALL_SIT],
)


def test_catalog_duplicate_ids() -> None:
    error = rejected(
        lambda: rs.Catalog([SQUAT, attrs.evolve(SQUAT, name="Other")]),
        "$.exercises[1].id",
        "'box_squat'",
        "exercises[0]",
    )
    assert len(texts(error)) == 1


@pytest.mark.parametrize(
    ("other", "field", "name"),
    [
        (attrs.evolve(WALL_SIT, name="BOX SQUAT"), "name", "'BOX SQUAT'"),
        (attrs.evolve(WALL_SIT, aliases=["box-squat"]), "aliases", "'box-squat'"),
        (attrs.evolve(WALL_SIT, aliases=["  Squat  To_Box "]), "aliases", "'  Squat  To_Box '"),
        (attrs.evolve(WALL_SIT, name="Box_Squat"), "name", "'Box_Squat'"),
    ],
)
def test_catalog_name_collisions_ignore_case_spaces_dashes(
    other: rs.Exercise, field: str, name: str
) -> None:
    rejected(
        lambda: rs.Catalog([SQUAT, other]),
        f"$.exercises[1].{field}",
        name,
        "already names exercise 'box_squat'",
    )


def test_catalog_one_exercise_may_repeat_its_own_names() -> None:
    ex = attrs.evolve(SQUAT, aliases=["box squat", "BOX-SQUAT", "Squat to box"])
    assert len(rs.Catalog([ex])) == 1


def test_catalog_dangling_links() -> None:
    rejected(
        lambda: rs.Catalog([attrs.evolve(SQUAT, easier="chair_squat")]),
        "$.exercises[0].easier",
        "no exercise has id 'chair_squat'",
    )
    rejected(
        lambda: rs.Catalog([SQUAT, attrs.evolve(WALL_SIT, harder="long_wall_sit")]),
        "$.exercises[1].harder",
        "'long_wall_sit'",
    )


def test_catalog_harder_chain_cycle() -> None:
    a = attrs.evolve(SQUAT, harder="wall_sit")
    b = attrs.evolve(WALL_SIT, harder="box_squat")
    error = rejected(
        lambda: rs.Catalog([a, b]),
        "$.exercises[0].harder",
        "the chain loops",
        "box_squat -> wall_sit -> box_squat",
    )
    assert len(error.problems) == 1  # the loop once, at its first exercise


def test_catalog_easier_chain_cycle() -> None:
    a = attrs.evolve(SQUAT, easier="wall_sit")
    b = attrs.evolve(WALL_SIT, easier="box_squat")
    rejected(lambda: rs.Catalog([a, b]), "$.exercises[0].easier", "the chain loops")


def test_catalog_easier_exercise_needing_a_higher_level() -> None:
    rejected(
        lambda: rs.Catalog([attrs.evolve(SQUAT, easier="goblet_squat"), GOBLET]),
        "$.exercises[0].easier",
        "'goblet_squat' needs intermediate",
        "'box_squat' (beginner)",
    )


def test_catalog_harder_exercise_needing_a_lower_level() -> None:
    rejected(
        lambda: rs.Catalog([SQUAT, attrs.evolve(GOBLET, easier=None, harder="box_squat")]),
        "$.exercises[1].harder",
        "'box_squat' needs only beginner",
    )


def test_catalog_reports_all_problems_together() -> None:
    error = rejected(
        lambda: rs.Catalog(
            [
                attrs.evolve(SQUAT, easier="goblet_squat"),
                GOBLET,
                attrs.evolve(WALL_SIT, aliases=["goblet squat"], harder="wall_sit_long"),
            ]
        ),
        "4 problems",
        "the chain loops",
    )
    assert len(texts(error)) == 4  # one of them: the loop box <-> goblet squat
    assert texts(error)[0].startswith("$.exercises[0].easier: 'goblet_squat' needs")
    assert texts(error)[1].startswith("$.exercises[2].aliases: 'goblet squat' already")
    assert texts(error)[2].startswith("$.exercises[2].harder: no exercise has id")
    for problem in texts(error):
        assert problem in str(error)


def test_catalog_reports_problems_of_every_kind_together() -> None:
    error = rejected(
        lambda: rs.Catalog(
            [
                attrs.evolve(SQUAT, harder="wall_sit"),
                attrs.evolve(WALL_SIT, harder="box_squat"),
                attrs.evolve(GOBLET, easier="chair_squat"),
                attrs.evolve(GOBLET, name="Goblet again", aliases=(), easier=None),
            ]
        ),
    )
    text = str(error)
    assert "already used" in text
    assert "no exercise has id 'chair_squat'" in text
    assert "the chain loops" in text


def test_catalog_non_exercise_item() -> None:
    rejected(lambda: rs.Catalog([SQUAT, "wall_sit"]), "$.exercises[1]", "'wall_sit'")  # type: ignore[list-item]


def test_catalog_lookups() -> None:
    cat = LINKED
    assert len(cat) == 3
    assert [e.id for e in cat] == ["box_squat", "goblet_squat", "wall_sit"]
    assert cat.ids == ("box_squat", "goblet_squat", "wall_sit")
    assert cat["goblet_squat"] is GOBLET
    assert cat.get("goblet_squat") is GOBLET
    assert cat.get("nope") is None
    assert cat.get("nope", WALL_SIT) is WALL_SIT
    assert "wall_sit" in cat
    assert WALL_SIT in cat
    assert "Wall sit" not in cat
    assert attrs.evolve(WALL_SIT, name="Changed") not in cat
    assert 5 not in cat
    with pytest.raises(KeyError, match="did you mean 'goblet_squat'"):
        _ = cat["Goblet Squat"]
    with pytest.raises(KeyError, match="no exercise has id 'nope'"):
        _ = cat["nope"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goblet_squat", "goblet_squat"),
        ("Goblet squat", "goblet_squat"),
        ("GOBLET SQUAT", "goblet_squat"),
        ("goblet-squat", "goblet_squat"),
        ("  goblet   squat ", "goblet_squat"),
        ("dumbbell goblet squat", "goblet_squat"),
        ("Dumbbell_Goblet-Squat", "goblet_squat"),
        ("squat to box", "box_squat"),
        ("wall sit", "wall_sit"),
        ("wallsit", None),
        ("goblet", None),
        ("", None),
    ],
)
def test_catalog_find(query: str, expected: str | None) -> None:
    found = LINKED.find(query)
    assert (found.id if found else None) == expected


def test_catalog_filter() -> None:
    cat = LINKED
    assert cat.filter() == tuple(cat)
    assert [e.id for e in cat.filter(pattern=rs.Pattern.isometric)] == ["wall_sit"]
    assert [e.id for e in cat.filter(level=rs.Level.beginner)] == ["box_squat", "wall_sit"]
    assert [e.id for e in cat.filter(equipment=rs.kit("home"))] == ["box_squat", "wall_sit"]
    assert [e.id for e in cat.filter(equipment=rs.kit("none"))] == ["box_squat"]
    assert len(cat.filter(equipment=rs.kit("gym"))) == 3
    assert len(cat.filter(muscle=rs.Muscle.quadriceps)) == 3
    assert cat.filter(muscle=rs.Muscle.calves) == ()
    knee = attrs.evolve(WALL_SIT, avoid_with=[rs.Injury.knee])
    cat2 = cat.extend([knee])
    assert [e.id for e in cat2.filter(injuries=[rs.Injury.knee])] == ["box_squat", "goblet_squat"]
    both = cat.filter(pattern=rs.Pattern.squat, level=rs.Level.intermediate, equipment=set())
    assert [e.id for e in both] == ["box_squat"]


def test_catalog_extend_and_without() -> None:
    cat = LINKED
    new = exercise(id="step_up", name="Step-up", patterns="single_leg", equipment=["step"])
    bigger = cat.extend([new])
    assert bigger.ids == (*cat.ids, "step_up")
    assert len(cat) == 3  # unchanged
    replaced = cat.extend([attrs.evolve(WALL_SIT, name="Wall squat hold")])
    assert replaced.ids == cat.ids
    assert replaced["wall_sit"].name == "Wall squat hold"
    assert cat.without(["wall_sit"]).ids == ("box_squat", "goblet_squat")
    assert cat.without([]) == cat
    # links to a dropped exercise must be dropped first
    rejected(lambda: cat.without(["box_squat"]), "no exercise has id 'box_squat'")
    rejected(lambda: cat.extend([attrs.evolve(new, easier="nope")]), "'nope'")


def test_empty_catalog() -> None:
    empty = rs.Catalog(())
    assert len(empty) == 0
    assert list(empty) == []
    assert empty.find("anything") is None


@settings(max_examples=max(10, settings().max_examples // 5))
@given(rst.catalogs(max_size=5))
def test_catalog_finds_every_exercise_by_every_name(cat: rs.Catalog) -> None:
    for ex in cat:
        assert cat[ex.id] is ex
        for name in (ex.id, ex.name, *ex.aliases):
            assert cat.find(name) is ex
            assert cat.find(f"  {name} ") is ex
            assert cat.find(name.casefold()) is ex
            if name.upper().casefold() == name.casefold():  # not so for 'ı', 'ß' and others
                assert cat.find(name.upper()) is ex
        for link in (ex.easier, ex.harder):
            assert link is None or link in cat


# =========================================================================== Athlete


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"sessions_per_week": 0}, ("Athlete.sessions_per_week", "0", "1..3")),
        ({"sessions_per_week": 4}, ("Athlete.sessions_per_week", "4", "1..3")),
        ({"sessions_per_week": True}, ("Athlete.sessions_per_week", "True")),
        ({"session_minutes": 5}, ("Athlete.session_minutes", "5", "10..120")),
        ({"session_minutes": 121}, ("Athlete.session_minutes", "121")),
        ({"session_minutes": 30.0}, ("Athlete.session_minutes", "30.0")),
        ({"available_days": []}, ("Athlete.available_days", "at least one day")),
        ({"available_days": ["mon", "funday"]}, ("'funday'", "Weekday")),
        ({"equipment": "spaceship"}, ("'spaceship'",)),
        ({"equipment": ["dumbbell", "gym"]}, ("'gym'", "Equipment")),
        ({"level": "expert"}, ("'expert'", "beginner, intermediate, advanced")),
        ({"injuries": ["elbow"]}, ("'elbow'", "Injury")),
        ({"goals": ["strength"]}, ("'strength'", "Goal")),
    ],
)
def test_athlete_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    fields: dict[str, Any] = {"level": rs.Level.beginner, **changes}
    rejected(lambda: rs.Athlete(**fields), *parts)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: rs.Athlete(level="expert"), "Athlete.level"),
        (lambda: rs.Athlete(level="beginner", injuries=["elbow"]), "Athlete.injuries"),
        (
            lambda: rs.Session(day="x", focus="light", placement="standalone", exercises=()),
            "Session.day",
        ),
        (lambda: rs.Run("jog"), "Run.kind"),
    ],
    ids=["Athlete.level", "Athlete.injuries", "Session.day", "Run.kind"],
)
def test_vocabulary_errors_name_the_field(make: Callable[[], object], field: str) -> None:
    rejected(make, field)


def test_athlete_unknown_kit_names_the_kits() -> None:
    rejected(
        lambda: rs.Athlete(level="beginner", equipment="spaceship"),
        "Athlete.equipment",
        "'spaceship'",
        "kit",
        "home",
    )


@pytest.mark.parametrize(
    ("level", "sessions"), [("beginner", 1), ("intermediate", 2), ("advanced", 2)]
)
def test_athlete_default_sessions_by_level(level: str, sessions: int) -> None:
    assert rs.Athlete(level=level).sessions_per_week == sessions


def test_athlete_defaults() -> None:
    a = rs.Athlete(level=rs.Level.beginner)
    assert a.equipment == rs.kit("home")
    assert a.available_days == frozenset(rs.Weekday)
    assert a.session_minutes == 30
    assert a.injuries == frozenset()
    assert a.goals == frozenset()


def test_athlete_chosen_sessions_win_over_the_default() -> None:
    assert rs.Athlete(level="beginner", sessions_per_week=3).sessions_per_week == 3
    assert rs.Athlete(level="advanced", sessions_per_week=1).sessions_per_week == 1


def test_athlete_converters() -> None:
    a = rs.Athlete(
        level="intermediate",
        equipment="gym",
        available_days=["mon", rs.Weekday.thu],
        injuries="knee",
        goals=["hills", "speed"],
    )
    assert a.level is rs.Level.intermediate
    assert a.equipment == frozenset(rs.Equipment)
    assert a.available_days == {rs.Weekday.mon, rs.Weekday.thu}
    assert a.injuries == {rs.Injury.knee}
    assert a.goals == {rs.Goal.hills, rs.Goal.speed}
    assert rs.Athlete(level="beginner", equipment="none").equipment == frozenset()
    assert rs.Athlete(level="beginner", equipment="dumbbell").equipment == {rs.Equipment.dumbbell}
    assert rs.Athlete(level="beginner", available_days="sat").available_days == {rs.Weekday.sat}


@given(rst.athletes(level=rs.Level.advanced, equipment="gym"))
def test_athletes_strategy_options(a: rs.Athlete) -> None:
    assert a.level is rs.Level.advanced
    assert a.equipment == rs.kit("gym")


# =========================================================================== Run, RunningWeek


@pytest.mark.parametrize(
    ("minutes", "shown"), [(0, "0"), (601, "601"), (True, "True"), (45.5, "45.5"), ("40", "'40'")]
)
def test_run_minutes(minutes: Any, shown: str) -> None:
    rejected(lambda: rs.Run(rs.RunKind.easy, minutes), "Run.minutes", shown)


def test_run_kind() -> None:
    rejected(lambda: rs.Run("jog"), "'jog'", "RunKind", "easy, recovery")
    assert rs.Run("long", 90) == rs.Run(rs.RunKind.long, 90)
    assert str(rs.Run("long", 90)) == "long 90′"
    assert str(rs.Run("easy")) == "easy"


def test_running_week_three_runs_in_a_day() -> None:
    rejected(lambda: rs.RunningWeek(mon=["easy", "easy", "recovery"]), "3 runs", "at most 2")
    rejected(
        lambda: rs.RunningWeek.from_days({"mon": ["easy", "easy", "easy"]}),
        "3 runs",
        "at most 2",
    )


def test_running_week_bad_kind_and_day() -> None:
    rejected(lambda: rs.RunningWeek(tue=["easy", "jog"]), "'jog'", "RunKind")
    rejected(lambda: rs.RunningWeek.from_days({"funday": "easy"}), "'funday'", "Weekday")


def test_running_week_day_that_is_not_runs() -> None:
    rejected(lambda: rs.RunningWeek(mon=5), "5")  # type: ignore[arg-type]


def test_running_week_accepts_bare_kinds_runs_and_lists() -> None:
    week = rs.RunningWeek(
        mon="easy",
        tue=rs.RunKind.intervals,
        wed=rs.Run("recovery", 30),
        thu=["easy", rs.Run("tempo", 40)],
        sun=("long",),
    )
    assert week.mon == (rs.Run("easy"),)
    assert week.tue == (rs.Run("intervals"),)
    assert week.wed == (rs.Run("recovery", 30),)
    assert week.thu == (rs.Run("easy"), rs.Run("tempo", 40))
    assert week.fri == week.sat == ()
    assert week.sun == (rs.Run("long"),)
    assert week.key_days == (rs.Weekday.tue, rs.Weekday.thu, rs.Weekday.sun)
    assert week.race_days == ()
    assert week.run_count == 6
    assert week[rs.Weekday.thu] == week.thu
    assert week.kinds(rs.Weekday.thu) == (rs.RunKind.easy, rs.RunKind.tempo)
    assert week.has_key_run(rs.Weekday.sun)
    assert not week.has_key_run(rs.Weekday.mon)
    assert [d for d, _ in week.items()] == list(rs.Weekday)
    assert rs.RunningWeek.from_days({rs.Weekday.sun: "long", "thu": ["easy"]}) == rs.RunningWeek(
        sun="long", thu="easy"
    )
    assert rs.RunningWeek() == rs.RunningWeek(mon=[], sun=None)


@pytest.mark.parametrize("race", [True, False, None])
@given(data=st.data())
def test_running_weeks_strategy_race_option(race: bool | None, data: st.DataObject) -> None:
    week = data.draw(rst.running_weeks(race=race))
    if race is True:
        assert week.race_days
    if race is False:
        assert not week.race_days


@given(rst.running_weeks(max_runs_per_day=1))
def test_running_weeks_strategy_max_runs_option(week: rs.RunningWeek) -> None:
    assert all(len(runs) <= 1 for _, runs in week.items())


# =========================================================================== plans


def test_prescription_checks() -> None:
    rejected(
        lambda: rs.Prescription("Goblet Squat", DOSE), "Prescription.exercise", "'Goblet Squat'"
    )
    rejected(lambda: rs.Prescription("", DOSE), "Prescription.exercise", "''")
    rejected(
        lambda: rs.Prescription("goblet_squat", "3x10"),  # type: ignore[arg-type]
        "Prescription.dose",
        "'3x10'",
    )


def test_routine_checks() -> None:
    rejected(lambda: rs.Routine(61), "Routine.minutes", "61", "longer than an hour")
    rejected(lambda: rs.Routine((10, 90)), "Routine.minutes", "10–90")
    rejected(lambda: rs.Routine(5, steps=["Jog", " "]), "Routine.steps[1]", "' '")
    assert rs.Routine((5, 10), steps="Easy jog").steps == ("Easy jog",)


def test_session_checks() -> None:
    rejected(
        lambda: session(exercises=[prescription(), "goblet_squat"]),
        "Session.exercises[1]",
        "'goblet_squat'",
    )
    rejected(lambda: session(exercises=[prescription()] * 51), "Session.exercises", "51 exercises")
    rejected(lambda: session(reasons=["ok", ""]), "Session.reasons[1]", "''")
    rejected(lambda: session(day="funday"), "'funday'", "Weekday")
    rejected(lambda: session(focus="heavy"), "'heavy'", "Focus")
    rejected(lambda: session(placement="before_run"), "'before_run'", "Placement")


def test_session_converters() -> None:
    s = session(day="sat", focus="light", placement="standalone", exercises=[prescription()])
    assert (s.day, s.focus, s.placement) == (
        rs.Weekday.sat,
        rs.Focus.light,
        rs.Placement.standalone,
    )
    assert s.exercises == (prescription(),)
    assert s.exercise_ids == ("split_squat",)
    assert said_texts(session(reasons="After the easy run.").reasons) == ("After the easy run.",)


@pytest.mark.parametrize(
    "make",
    [
        lambda: session(warm_up=5),
        lambda: session(cool_down="stretch"),
        lambda: rs.WeekPlan(sessions=(), decisions=["mon"]),  # type: ignore[list-item]
        lambda: rs.Progression("goblet_squat", rs.Change.none, "Hold."),  # type: ignore[arg-type]
    ],
    ids=["warm_up", "cool_down", "decisions", "progression_next"],
)
def test_nested_values_are_type_checked(make: Callable[[], object]) -> None:
    rejected(make)


def test_week_plan_checks() -> None:
    rejected(
        lambda: rs.WeekPlan(sessions=[session(), "tue"]),  # type: ignore[list-item]
        "WeekPlan.sessions[1]",
        "'tue'",
    )
    rejected(lambda: rs.WeekPlan(sessions=(), shortfalls=[""]), "WeekPlan.shortfalls[0]", "''")
    plan = rs.WeekPlan(sessions=[session(), session(day="fri")], shortfalls="Only two fit.")
    assert plan.session_count == 2
    assert plan.on(rs.Weekday.fri) == (session(day="fri"),)
    assert plan.on(rs.Weekday.mon) == ()
    assert said_texts(plan.shortfalls) == ("Only two fit.",)


def test_day_decision_checks() -> None:
    rejected(lambda: rs.DayDecision("mon", None, " "), "DayDecision.reason", "' '")
    rejected(lambda: rs.DayDecision("funday", None, "ok"), "'funday'", "Weekday")
    assert rs.DayDecision("mon", rs.Focus.light, "ok").day is rs.Weekday.mon


def test_day_decision_focus_is_checked() -> None:
    assert rs.DayDecision("mon", "light", "ok").focus is rs.Focus.light
    rejected(lambda: rs.DayDecision("mon", "bogus", "ok"), "DayDecision.focus", "'bogus'")


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"code": "X101"}, ("Violation.code", "'X101'", "RS101")),
        ({"code": "RS1011"}, ("Violation.code", "'RS1011'")),
        ({"code": "rs101"}, ("Violation.code", "'rs101'")),
        ({"code": 101}, ("Violation.code", "101")),
        ({"rule": ""}, ("Violation.rule", "''")),
        ({"message": "x" * 2001}, ("Violation.message", "2001")),
        ({"severity": "fatal"}, ("'fatal'", "Severity", "error, warning")),
    ],
)
def test_violation_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    rejected(lambda: violation(**changes), *parts)


def test_violation_text() -> None:
    v = violation(day=rs.Weekday.tue, exercise="box_jump", severity="warning")
    assert v.severity is rs.Severity.warning
    assert str(v).startswith("RS101 warning [tue box_jump]: ")
    assert str(violation()).startswith("RS101 error: ")


def test_violation_day_and_exercise_are_checked() -> None:
    assert violation(day="mon").day is rs.Weekday.mon
    rejected(lambda: violation(day="funday"), "'funday'")
    rejected(lambda: violation(exercise="Box Jump"), "Violation.exercise", "'Box Jump'")


def test_violation_code_is_ascii() -> None:
    rejected(lambda: violation(code="RS١٠١"), "Violation.code")


# =========================================================================== logs


@pytest.mark.parametrize(
    ("fields", "parts"),
    [
        ({}, ("SetLog.reps", "reps, seconds or steps")),
        ({"load_kg": 20, "rir": 2}, ("SetLog.reps", "reps, seconds or steps")),
        ({"reps": -1}, ("SetLog.reps", "-1", "0..200")),
        ({"reps": 201}, ("SetLog.reps", "201")),
        ({"reps": 8.0}, ("SetLog.reps", "8.0")),
        ({"seconds": 3601}, ("SetLog.seconds", "3601")),
        ({"steps": 501}, ("SetLog.steps", "501")),
        ({"reps": 8, "rir": 11}, ("SetLog.rir", "11", "0..10")),
        ({"reps": 8, "load_kg": -0.5}, ("SetLog.load_kg", "-0.5")),
        ({"reps": 8, "load_kg": math.nan}, ("SetLog.load_kg", "nan")),
        ({"reps": 8, "load_kg": False}, ("SetLog.load_kg", "False")),
    ],
)
def test_set_log_checks(fields: dict[str, Any], parts: tuple[str, ...]) -> None:
    rejected(lambda: rs.SetLog(**fields), *parts)


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"pain": "bad"}, ("'bad'", "Pain", "none, mild, sharp")),
        ({"exercise": "Goblet Squat"}, ("ExerciseLog.exercise", "'Goblet Squat'")),
        ({"form_ok": None}, ("ExerciseLog.form_ok", "None")),
        ({"sets": [rs.SetLog(reps=8)] * 21}, ("ExerciseLog.sets", "21 sets")),
        ({"sets": [rs.SetLog(reps=8), 8]}, ("ExerciseLog.sets[1]", "8")),
        ({"symptoms": ["headache"]}, ("'headache'", "Symptom")),
    ],
)
def test_exercise_log_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    fields: dict[str, Any] = {"exercise": "goblet_squat", "sets": [rs.SetLog(reps=8)], **changes}
    rejected(lambda: rs.ExerciseLog(**fields), *parts)


def test_exercise_log_converters() -> None:
    log = rs.ExerciseLog(
        exercise="goblet_squat",
        sets=[rs.SetLog(reps=10, load_kg=16, rir=2)],
        pain="mild",
        symptoms=["unusual", "numbness", "numbness"],
    )
    assert log.pain is rs.Pain.mild
    assert log.symptoms == (rs.Symptom.numbness, rs.Symptom.unusual)
    assert log.form_ok is True
    assert rs.ExerciseLog(exercise="a", sets=(), symptoms="dizziness").symptoms == (
        rs.Symptom.dizziness,
    )


@given(rst.prescriptions(), st.data())
def test_exercise_logs_strategy_follows_the_prescription(
    p: rs.Prescription, data: st.DataObject
) -> None:
    log = data.draw(rst.exercise_logs(prescription=p))
    assert log.exercise == p.exercise
    for s in log.sets:
        counted = {u for u in ("reps", "seconds", "steps") if getattr(s, u) is not None}
        assert counted == {p.dose.unit}


def test_progression_checks() -> None:
    p = prescription()
    rejected(lambda: rs.Progression(p, rs.Change.none, "  "), "Progression.reason", "'  '")
    rejected(lambda: rs.Progression(p, "grow", "More."), "'grow'", "Change")
    rejected(lambda: rs.Progression(p, "load", "x" * 2001), "Progression.reason", "2001")
    assert rs.Progression(p, "load", "All sets clean.").change is rs.Change.load


# =========================================================================== RuleSettings


@pytest.mark.parametrize(
    ("changes", "parts"),
    [
        ({"exercises_per_session": (0, 7)}, ("RuleSettings.exercises_per_session", "0–7")),
        ({"exercises_per_session": (4, 21)}, ("RuleSettings.exercises_per_session", "4–21")),
        ({"min_rest_seconds": 601}, ("RuleSettings.min_rest_seconds", "601")),
        ({"max_sessions": 0}, ("RuleSettings.max_sessions", "0")),
        ({"max_sessions": 8}, ("RuleSettings.max_sessions", "8")),
        ({"beginner_heavy_kinds": 5}, ("RuleSettings.beginner_heavy_kinds", "5")),
        ({"warm_up_minutes": 61}, ("RuleSettings.warm_up_minutes", "61")),
        ({"seconds_per_rep": 0.4}, ("RuleSettings.seconds_per_rep", "0.4")),
        ({"seconds_per_rep": True}, ("RuleSettings.seconds_per_rep", "True")),
        ({"seconds_per_step": 21}, ("RuleSettings.seconds_per_step", "21")),
        ({"muscles": ["biceps"]}, ("'biceps'", "Muscle")),
        ({"severities": {"RS105": "fatal"}}, ("'fatal'", "Severity")),
        ({"severities": {"RS999": "error"}}, ("RuleSettings.severities", "'RS999'")),
    ],
)
def test_rule_settings_checks(changes: dict[str, Any], parts: tuple[str, ...]) -> None:
    rejected(lambda: rs.RuleSettings(**changes), *parts)


def test_rule_settings_defaults_and_converters() -> None:
    s = rs.RuleSettings(severities={"RS105": "error"}, muscles="core")
    assert s.severities == {"RS105": rs.Severity.error}
    assert s.muscles == {rs.Muscle.core}
    assert rs.RuleSettings().exercises_per_session == rs.IntRange(4, 7)


@pytest.mark.parametrize(
    "changes",
    [
        {"severities": ["RS105"]},
        {"reps_in_reserve": (50, 90)},
    ],
    ids=["severities_list", "reps_in_reserve"],
)
def test_rule_settings_more_checks(changes: dict[str, Any]) -> None:
    rejected(lambda: rs.RuleSettings(**changes))


# =========================================================================== FrozenMap


def test_frozen_map() -> None:
    m = FrozenMap({"a": 1, "b": 2})
    assert (m["a"], len(m), list(m)) == (1, 2, ["a", "b"])
    assert m == {"a": 1, "b": 2}
    assert m == FrozenMap([("b", 2), ("a", 1)])
    assert hash(m) == hash(FrozenMap({"b": 2, "a": 1}))
    assert {m: "ok"}[FrozenMap({"a": 1, "b": 2})] == "ok"
    assert m != FrozenMap({"a": 1})
    assert (m == 5) is False
    with pytest.raises(AttributeError, match="immutable"):
        m.x = 1
    with pytest.raises(TypeError):
        m["c"] = 3  # type: ignore[index]
    with pytest.raises(TypeError):
        del m["a"]  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(m)) == m
    assert repr(FrozenMap({"a": 1})) == "FrozenMap({'a': 1})"


def test_frozen_map_does_not_share_its_source() -> None:
    source = {"a": 1}
    m = FrozenMap(source)
    source["b"] = 2
    assert dict(m) == {"a": 1}


# =========================================================================== every value


@functools.cache
def value_strategy(name: str) -> st.SearchStrategy[Any]:
    """The strategy for a value type, with catalogs and blocks kept small for speed."""
    if name == "Catalog":
        return rst.catalogs(max_size=4)
    if name == "Block":
        return rst.blocks(max_weeks=3)
    return rst.from_type(getattr(rs, name))


LARGE = ("Block", "Catalog", "WeekPlan")
"""Types whose values take many draws each: they get fewer examples to keep the suite fast."""


def check_frozen_hashable_and_pickle(name: str, value: Any) -> None:
    assert type(value) is getattr(rs, name)
    assert hash(value) == hash(attrs.evolve(value))
    assert value == attrs.evolve(value)
    copy = pickle.loads(pickle.dumps(value))
    assert copy == value
    assert hash(copy) == hash(value)
    first = attrs.fields(type(value))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, first, getattr(value, first))


@pytest.mark.parametrize("name", [n for n in rs.VALUE_TYPES if n not in LARGE])
@given(data=st.data())
def test_values_are_frozen_hashable_and_pickle(name: str, data: st.DataObject) -> None:
    check_frozen_hashable_and_pickle(name, data.draw(value_strategy(name)))


@pytest.mark.parametrize("name", [n for n in rs.VALUE_TYPES if n in LARGE])
@settings(max_examples=max(10, settings().max_examples // 5))
@given(data=st.data())
def test_large_values_are_frozen_hashable_and_pickle(name: str, data: st.DataObject) -> None:
    check_frozen_hashable_and_pickle(name, data.draw(value_strategy(name)))


def test_evolve_revalidates() -> None:
    assert attrs.evolve(DOSE, sets=4).sets == rs.IntRange(4)
    rejected(lambda: attrs.evolve(DOSE, sets=0), "Dose.sets")
    rejected(lambda: attrs.evolve(DOSE, seconds=30), "Dose.reps", "exactly one")
    assert attrs.evolve(DOSE, reps=None, seconds=30).unit == "seconds"
    athlete = rs.Athlete(level="beginner")
    assert attrs.evolve(athlete, equipment="gym").equipment == rs.kit("gym")
    rejected(lambda: attrs.evolve(athlete, sessions_per_week=4), "Athlete.sessions_per_week")
    rejected(lambda: attrs.evolve(SQUAT, id="Box Squat"), ".id", "'Box Squat'")
    rejected(lambda: attrs.evolve(LINKED, exercises=[SQUAT, SQUAT]), "already used")
    rejected(lambda: attrs.evolve(rs.Run("easy"), minutes=0), "Run.minutes")


def test_catalog_evolve_rebuilds_its_lookups() -> None:
    smaller = attrs.evolve(LINKED, exercises=[SQUAT, WALL_SIT])
    assert smaller.find("goblet squat") is None
    assert smaller.find("wall sit") is WALL_SIT
    assert "goblet_squat" not in smaller


@pytest.mark.parametrize("name", rs.VALUE_TYPES)
def test_every_value_type_has_a_strategy(name: str) -> None:
    assert rst.from_type(getattr(rs, name)) is not None


# =========================================================================== strategies


@pytest.mark.parametrize(
    "make",
    [
        lambda: rst.running_weeks(max_runs_per_day=3),
        lambda: rst.running_weeks(race=True, max_runs_per_day=0),
        lambda: rst.int_ranges(min_value=5, max_value=1),
        lambda: rst.int_ranges(max_value=100_001),
        lambda: rst.doses(unit="kg"),  # type: ignore[arg-type]
        lambda: rst.set_logs(unit="kg"),  # type: ignore[arg-type]
        lambda: rst.catalogs(min_size=3, max_size=1),
        lambda: rst.blocks(max_weeks=0),
        lambda: rst.prescriptions(catalog=rs.Catalog(())),
        lambda: rst.from_type(int),
    ],
)
def test_strategies_refuse_bad_options(make: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        make()


@settings(max_examples=max(10, settings().max_examples // 5))
@given(rst.catalogs(min_size=2, max_size=3), st.data())
def test_strategies_take_a_catalog(cat: rs.Catalog, data: st.DataObject) -> None:
    assert 2 <= len(cat) <= 3
    assert data.draw(rst.prescriptions(catalog=cat)).exercise in cat
    plan = data.draw(rst.week_plans(catalog=cat))
    assert all(p.exercise in cat for s in plan.sessions for p in s.exercises)


@given(rst.exercises(ids=st.just("hop"), level=rs.Level.advanced, harder=st.just("hop_far")))
def test_exercises_strategy_options(ex: rs.Exercise) -> None:
    assert (ex.id, ex.level, ex.harder, ex.easier) == ("hop", rs.Level.advanced, "hop_far", None)
    assert list(ex.doses) == [rs.Level.advanced]
