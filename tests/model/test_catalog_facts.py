"""Facts the packaged catalog must keep: ids, lookups, article doses, safety and coverage.

Source ids in comments refer to the articles in the project's source set (000-004).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import runstrength as rs
from runstrength._progression.ask import LATER_STEPS

BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced

REQUIRED_IDS = [
    "bodyweight_squat",
    "box_squat",
    "goblet_squat",
    "front_squat",
    "back_squat",
    "sumo_squat",
    "squat_to_hydrant",
    "wall_sit",
    "wall_ball_squat",
    "split_squat",
    "bulgarian_split_squat",
    "pistol_squat",
    "forward_lunge",
    "reverse_lunge",
    "deficit_reverse_lunge",
    "walking_lunge",
    "lateral_lunge",
    "cossack_squat",
    "jumping_lunge",
    "step_up",
    "lateral_step_up",
    "romanian_deadlift",
    "single_leg_romanian_deadlift",
    "kickstand_romanian_deadlift",
    "good_morning",
    "glute_bridge",
    "single_leg_glute_bridge",
    "hip_thrust",
    "single_leg_hip_thrust",
    "cable_kickback",
    "glute_drive",
    "standing_calf_raise",
    "single_leg_calf_raise",
    "eccentric_calf_raise",
    "single_leg_eccentric_calf_raise",
    "bent_knee_calf_raise",
    "lateral_band_walk",
    "monster_walk",
    "side_lying_leg_raise",
    "leg_press",
    "leg_extension",
    "hamstring_curl",
    "pogo_hop",
    "squat_jump",
    "box_jump",
    "skater_jump",
    "front_plank",
    "side_plank",
    "knee_side_plank",
    "dead_bug",
    "bird_dog",
    "pallof_press",
    "short_lever_copenhagen_plank",
    "copenhagen_plank",
    "side_lying_adductor_raise",
    "machine_seated_calf_raise",
    "single_leg_bent_knee_calf_raise",
    "bent_knee_calf_hold",
]

PLYOMETRIC_IDS = ["pogo_hop", "squat_jump", "box_jump", "skater_jump", "jumping_lunge"]

KITS: dict[str, frozenset[rs.Equipment]] = {
    "none": rs.kit("none"),
    "home": rs.kit("home"),
    "gym": rs.kit("gym"),
    # A typical partial kit: the home kit plus a dumbbell and a mini band.
    "home+dumbbell+mini_band": rs.kit("home") | {rs.Equipment.dumbbell, rs.Equipment.mini_band},
}

REFERENCES = {"Haroy 2019"}
"""Published studies a catalog entry may cite (the project's reference list)."""


def _cat() -> rs.Catalog:
    return rs.default_catalog()


def _dose(exercise_id: str, level: rs.Level) -> rs.Dose:
    dose = _cat()[exercise_id].doses.get(level)
    assert dose is not None, f"{exercise_id} has no {level} dose"
    return dose


def _within(value: rs.IntRange | None, lo: int, hi: int) -> bool:
    return value is not None and lo <= value.lo <= value.hi <= hi


def _allows(value: rs.IntRange | None, n: int) -> bool:
    return value is not None and value.lo <= n <= value.hi


def _allowed(kit_name: str, level: rs.Level) -> list[rs.Exercise]:
    """Exercises an athlete with this kit and level may do, computed from the raw fields."""
    have = KITS[kit_name]
    return [
        ex
        for ex in _cat()
        if ex.level <= level and all(not group.isdisjoint(have) for group in ex.equipment)
    ]


# --- identity and lookup -------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", REQUIRED_IDS)
def test_required_id_present(exercise_id: str) -> None:
    cat = _cat()
    assert exercise_id in cat
    assert cat[exercise_id].id == exercise_id


def test_ids_unique_and_iteration_matches_len() -> None:
    ids = [ex.id for ex in _cat()]
    assert len(ids) == len(set(ids)) == len(_cat())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Seated Calf Raise", "bent_knee_calf_raise"),
        ("Single Leg Dead Lift", "single_leg_romanian_deadlift"),
        ("Side Lunge", "lateral_lunge"),
        ("Pistols", "pistol_squat"),
        ("Hip strengtheners", "side_lying_leg_raise"),
        ("Quadriceps extension", "leg_extension"),
        ("one-legged squat", "pistol_squat"),
        ("Hamstring curls", "hamstring_curl"),
        ("Wall squat", "wall_ball_squat"),
        ("Calf raises", "standing_calf_raise"),
        ("Wall calf raise", "standing_calf_raise"),
        ("Lunge", "forward_lunge"),
        ("Low step-up", "step_up"),
        ("Banded glute bridge", "glute_bridge"),
        ("Dumbbell front squat", "front_squat"),
        ("Plank", "front_plank"),
        ("Side plank from the knees", "knee_side_plank"),
        ("Copenhagen adductor plank", "copenhagen_plank"),
        ("Seated calf raise machine", "machine_seated_calf_raise"),
        ("Single-leg seated calf raise", "single_leg_bent_knee_calf_raise"),
    ],
)
@pytest.mark.parametrize("variant", ["as_is", "lower", "upper", "swapcase"])
def test_alias_lookup(name: str, expected: str, variant: str) -> None:
    spelled = name if variant == "as_is" else getattr(name, variant)()
    found = _cat().find(spelled)
    assert found is not None, spelled
    assert found.id == expected


def test_unknown_name_is_not_found() -> None:
    assert _cat().find("Underwater basket weaving") is None
    assert _cat().get("no_such_exercise") is None


# --- doses from the articles -----------------------------------------------------------------


def test_beginner_standing_calf_raise_dose() -> None:
    dose = _dose("standing_calf_raise", BEG)
    assert _within(dose.sets, 2, 3)
    assert _within(dose.reps, 15, 20)
    assert dose.rest_seconds.lo >= 45


@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_wall_sit_is_a_30_to_60_second_hold(level: rs.Level) -> None:
    ex = _cat()["wall_sit"]
    dose = _dose("wall_sit", level)
    assert rs.Pattern.isometric in ex.patterns
    assert dose.reps is None
    assert dose.steps is None
    assert _within(dose.seconds, 30, 60)
    assert dose.rir is None


def test_goblet_squat_intermediate_dose() -> None:
    dose = _dose("goblet_squat", INT)
    assert _within(dose.sets, 2, 4)
    assert _within(dose.reps, 6, 12)
    assert _within(dose.rest_seconds, 60, 120)
    assert not dose.per_side


@pytest.mark.parametrize("level", [INT, ADV])
def test_bulgarian_split_squat_rest_and_reps(level: rs.Level) -> None:
    dose = _dose("bulgarian_split_squat", level)
    assert _within(dose.rest_seconds, 90, 150)
    assert _within(dose.reps, 6, 10)
    assert dose.per_side


@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_band_walk_counts_steps_per_direction(level: rs.Level) -> None:
    dose = _dose("lateral_band_walk", level)
    assert dose.steps is not None
    assert dose.reps is None
    assert dose.seconds is None
    assert dose.per_side
    assert dose.rir is None
    assert _within(dose.rest_seconds, 30, 60)


@pytest.mark.parametrize("level", [INT, ADV])
def test_monster_walk_counts_steps_per_direction(level: rs.Level) -> None:
    dose = _dose("monster_walk", level)
    assert dose.steps is not None
    assert dose.per_side


@pytest.mark.parametrize("level", [INT, ADV])
def test_pogo_hop_is_10_to_20_seconds(level: rs.Level) -> None:
    dose = _dose("pogo_hop", level)
    assert _within(dose.seconds, 10, 20)
    assert _within(dose.sets, 2, 4)


def test_squat_jump_is_3_to_6_reps() -> None:
    dose = _dose("squat_jump", ADV)
    assert _within(dose.reps, 3, 6)
    assert _within(dose.sets, 2, 4)


@pytest.mark.parametrize(
    ("exercise_id", "level"),
    [
        # 004: machines, a load that tires you in 12-15 reps, 2-3 sets.
        *[("leg_extension", lv) for lv in (BEG, INT, ADV)],
        *[("hamstring_curl", lv) for lv in (BEG, INT, ADV)],
        ("leg_press", BEG),
        ("leg_press", INT),
        *[("cable_kickback", lv) for lv in (BEG, INT, ADV)],
        *[("glute_drive", lv) for lv in (BEG, INT, ADV)],
    ],
)
def test_machine_doses_follow_004(exercise_id: str, level: rs.Level) -> None:
    dose = _dose(exercise_id, level)
    assert _within(dose.sets, 2, 3)
    assert _within(dose.reps, 12, 15)


@pytest.mark.parametrize(
    ("exercise_id", "level", "sets", "amount", "per_side"),
    [
        # 003 beginner session.
        ("bodyweight_squat", BEG, 2, 10, False),
        ("assisted_reverse_lunge", BEG, 2, 8, True),
        ("glute_bridge", BEG, 2, 12, False),
        ("step_up", BEG, 2, 8, True),
        ("standing_calf_raise", BEG, 2, 15, False),
        # 000 beginner workout.
        ("bodyweight_squat", BEG, 3, 15, False),
        ("walking_lunge", BEG, 3, 10, True),
        ("single_leg_glute_bridge", BEG, 3, 12, True),
        ("step_up", BEG, 3, 10, True),
        ("standing_calf_raise", BEG, 3, 20, False),
        ("wall_sit", BEG, 3, 30, False),
        ("wall_sit", BEG, 3, 60, False),
        # 000 advanced gym workout.
        ("back_squat", ADV, 4, 6, False),
        ("back_squat", ADV, 4, 8, False),
        ("romanian_deadlift", ADV, 3, 8, False),
        ("walking_lunge", ADV, 3, 12, True),
        ("leg_press", ADV, 3, 10, False),
        ("leg_press", ADV, 3, 12, False),
        ("cable_kickback", ADV, 3, 15, True),
        ("bent_knee_calf_raise", ADV, 3, 20, False),
        ("machine_seated_calf_raise", ADV, 3, 15, False),
        ("machine_seated_calf_raise", ADV, 3, 20, False),
        ("lateral_band_walk", ADV, 3, 20, True),
        # 003 sample workout table (intermediate).
        ("goblet_squat", INT, 3, 8, False),
        ("reverse_lunge", INT, 3, 8, True),
        ("romanian_deadlift", INT, 3, 10, False),
        ("step_up", INT, 2, 10, True),
        ("standing_calf_raise", INT, 3, 20, False),
        ("lateral_band_walk", INT, 2, 10, True),
    ],
)
def test_article_workouts_fit_catalog_doses(
    exercise_id: str, level: rs.Level, sets: int, amount: int, per_side: bool
) -> None:
    dose = _dose(exercise_id, level)
    assert _allows(dose.sets, sets), dose
    assert _allows(dose.reps or dose.seconds or dose.steps, amount), dose
    assert dose.per_side is per_side


@pytest.mark.parametrize(
    ("exercise_id", "level", "eccentric"),
    [("goblet_squat", ADV, 3), ("bulgarian_split_squat", ADV, 3), ("eccentric_calf_raise", BEG, 3)],
)
def test_slow_lowering_variants_carry_a_tempo(
    exercise_id: str, level: rs.Level, eccentric: int
) -> None:
    tempo = _dose(exercise_id, level).tempo
    assert tempo is not None
    assert tempo.eccentric >= eccentric


def test_every_strength_rep_dose_has_1_to_3_rir() -> None:
    offenders = [
        f"{ex.id}/{level}"
        for ex in _cat()
        if not ex.plyometric
        for level, dose in ex.doses.items()
        if dose.reps is not None and not _within(dose.rir, 1, 3)
    ]
    assert offenders == []


def test_no_rir_on_holds_steps_or_jumps() -> None:
    offenders = [
        f"{ex.id}/{level}"
        for ex in _cat()
        for level, dose in ex.doses.items()
        if dose.rir is not None and (ex.plyometric or dose.reps is None)
    ]
    assert offenders == []


def test_every_rest_is_at_least_30_seconds() -> None:
    offenders = [
        f"{ex.id}/{level}: {dose.rest_seconds}"
        for ex in _cat()
        for level, dose in ex.doses.items()
        if dose.rest_seconds.lo < 30 or dose.rest_seconds.lo > dose.rest_seconds.hi
    ]
    assert offenders == []


def test_every_level_from_entry_level_up_has_a_dose() -> None:
    offenders = [
        f"{ex.id}/{level}"
        for ex in _cat()
        for level in rs.Level
        if level >= ex.level and level not in ex.doses
    ]
    assert offenders == []


def test_each_dose_counts_exactly_one_unit() -> None:
    offenders = [
        f"{ex.id}/{level}"
        for ex in _cat()
        for level, dose in ex.doses.items()
        if sum(x is not None for x in (dose.reps, dose.seconds, dose.steps)) != 1
    ]
    assert offenders == []


# --- levels and plyometrics ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exercise_id", "level"),
    [
        ("bodyweight_squat", BEG),
        ("box_squat", BEG),
        ("glute_bridge", BEG),
        ("standing_calf_raise", BEG),
        ("wall_sit", BEG),
        ("step_up", BEG),
        ("assisted_reverse_lunge", BEG),
        ("goblet_squat", INT),  # 003 sends beginners to bodyweight or box squats
        # 003: beginners start with a regular split squat "before elevating the back foot":
        # the rear-foot-elevated one is a beginner's later step, never a first exercise.
        ("bulgarian_split_squat", BEG),
        ("walking_lunge", BEG),  # 000's beginner workout has walking lunges
        ("single_leg_calf_raise", INT),
        ("back_squat", INT),  # 000's gym session: barbell back squats for runners
        ("front_squat", ADV),
        ("good_morning", ADV),
        ("pogo_hop", INT),  # 003: intermediates start with low pogo hops
        ("squat_jump", ADV),
        ("box_jump", ADV),
        ("jumping_lunge", ADV),
    ],
)
def test_entry_level(exercise_id: str, level: rs.Level) -> None:
    assert _cat()[exercise_id].level == level


@pytest.mark.parametrize("exercise_id", PLYOMETRIC_IDS)
def test_plyometrics_are_flagged_and_not_for_beginners(exercise_id: str) -> None:
    ex = _cat()[exercise_id]
    assert ex.plyometric
    assert rs.Pattern.plyometric in ex.patterns
    assert ex.level > BEG
    assert BEG not in ex.doses


def test_no_plyometric_suits_a_beginner() -> None:
    offenders = [ex.id for ex in _cat() if ex.plyometric and ex.level == BEG]
    assert offenders == []
    flagged = sorted(ex.id for ex in _cat() if ex.plyometric)
    assert flagged == sorted(PLYOMETRIC_IDS)


# --- safety ----------------------------------------------------------------------------------


def test_single_leg_eccentric_calf_raise_avoids_achilles() -> None:
    # 001: stop the single-leg eccentric drop if the Achilles hurts.
    assert rs.Injury.achilles in _cat()["single_leg_eccentric_calf_raise"].avoid_with
    # ... and fall back to the two-leg version, which stays available.
    assert rs.Injury.achilles not in _cat()["eccentric_calf_raise"].avoid_with


@pytest.mark.parametrize("exercise_id", PLYOMETRIC_IDS)
def test_plyometrics_avoid_landing_injuries(exercise_id: str) -> None:
    landing = {rs.Injury.achilles, rs.Injury.knee, rs.Injury.ankle, rs.Injury.shin}
    assert landing <= _cat()[exercise_id].avoid_with


@pytest.mark.parametrize(
    ("exercise_id", "injury"),
    [
        ("back_squat", rs.Injury.lower_back),
        ("good_morning", rs.Injury.lower_back),
        ("pistol_squat", rs.Injury.knee),
        ("short_lever_copenhagen_plank", rs.Injury.hip),
        ("copenhagen_plank", rs.Injury.hip),
        ("copenhagen_plank", rs.Injury.knee),  # the long lever loads the inner knee
    ],
)
def test_judgement_call_avoidances(exercise_id: str, injury: rs.Injury) -> None:
    assert injury in _cat()[exercise_id].avoid_with


# --- equipment -------------------------------------------------------------------------------


def test_goblet_squat_needs_one_dumbbell_or_kettlebell() -> None:
    ex = _cat()["goblet_squat"]
    assert ex.equipment == (frozenset({rs.Equipment.dumbbell, rs.Equipment.kettlebell}),)
    assert set(ex.load_with) == {rs.Equipment.dumbbell, rs.Equipment.kettlebell}


def test_bulgarian_split_squat_needs_something_to_rest_the_back_foot_on() -> None:
    (group,) = _cat()["bulgarian_split_squat"].equipment
    assert {rs.Equipment.bench, rs.Equipment.chair} <= group


@pytest.mark.parametrize(
    "exercise_id", ["step_up", "lateral_step_up", "eccentric_calf_raise", "deficit_reverse_lunge"]
)
def test_step_work_needs_a_step(exercise_id: str) -> None:
    groups = _cat()[exercise_id].equipment
    assert any(rs.Equipment.step in group for group in groups)


@pytest.mark.parametrize(
    "exercise_id",
    ["bodyweight_squat", "standing_calf_raise", "bent_knee_calf_raise", "side_lying_leg_raise"],
)
def test_floor_exercises_need_no_equipment(exercise_id: str) -> None:
    assert _cat()[exercise_id].equipment == ()


def test_hip_strengtheners_load_with_ankle_weights() -> None:
    assert _cat()["side_lying_leg_raise"].load_with == (rs.Equipment.ankle_weights,)


def test_load_with_lists_only_load_carrying_items() -> None:
    no_load = {
        rs.Equipment.squat_rack,
        rs.Equipment.bench,
        rs.Equipment.box,
        rs.Equipment.step,
        rs.Equipment.wall,
        rs.Equipment.chair,
        rs.Equipment.mini_band,
        rs.Equipment.exercise_ball,
        rs.Equipment.treadmill,
        rs.Equipment.rower,
        rs.Equipment.bike,
    }
    offenders = [ex.id for ex in _cat() if no_load & set(ex.load_with)]
    assert offenders == []


# --- variation chains (003, 001) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("exercise_id", "link", "target"),
    [
        ("goblet_squat", "easier", "box_squat"),
        ("goblet_squat", "harder", "front_squat"),
        ("reverse_lunge", "easier", "assisted_reverse_lunge"),
        ("reverse_lunge", "harder", "deficit_reverse_lunge"),
        ("walking_lunge", "easier", "split_squat"),
        ("bulgarian_split_squat", "easier", "split_squat"),
        ("single_leg_romanian_deadlift", "easier", "kickstand_romanian_deadlift"),
        ("standing_calf_raise", "harder", "single_leg_calf_raise"),
        ("lateral_lunge", "harder", "cossack_squat"),
        ("eccentric_calf_raise", "harder", "single_leg_eccentric_calf_raise"),
        ("jumping_lunge", "easier", "walking_lunge"),
        ("side_plank", "easier", "knee_side_plank"),
        ("knee_side_plank", "harder", "side_plank"),
        ("short_lever_copenhagen_plank", "harder", "copenhagen_plank"),
        ("copenhagen_plank", "easier", "short_lever_copenhagen_plank"),
        ("short_lever_copenhagen_plank", "easier", "side_lying_adductor_raise"),
        ("bent_knee_calf_raise", "harder", "single_leg_bent_knee_calf_raise"),
        ("single_leg_bent_knee_calf_raise", "easier", "bent_knee_calf_raise"),
        ("machine_seated_calf_raise", "easier", "bent_knee_calf_raise"),
    ],
)
def test_variation_link(exercise_id: str, link: str, target: str) -> None:
    assert getattr(_cat()[exercise_id], link) == target


def test_glute_bridge_progresses_to_a_hip_thrust() -> None:
    assert _cat()["glute_bridge"].harder in {"hip_thrust", "single_leg_hip_thrust"}


def test_links_resolve_respect_levels_and_never_loop() -> None:
    cat = _cat()
    problems: list[str] = []
    for ex in cat:
        for link in ("easier", "harder"):
            seen = [ex.id]
            target: str | None = getattr(ex, link)
            while target is not None:
                other = cat.get(target)
                if other is None or target in seen:
                    problems.append(f"{ex.id}.{link}: {' -> '.join([*seen, target])}")
                    break
                seen.append(target)
                target = getattr(other, link)
        if ex.easier is not None and cat[ex.easier].level > ex.level:
            problems.append(f"{ex.id}: easier {ex.easier} needs a higher level")
        if ex.harder is not None and cat[ex.harder].level < ex.level:
            problems.append(f"{ex.id}: harder {ex.harder} needs a lower level")
    assert problems == []


# --- kit x level coverage: a planner can always build a balanced session ---------------------


@pytest.mark.parametrize("kit_name", list(KITS))
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_every_kit_and_level_can_fill_each_pattern_slot(kit_name: str, level: rs.Level) -> None:
    allowed = _allowed(kit_name, level)
    patterns: set[rs.Pattern] = set()
    for ex in allowed:
        patterns |= ex.patterns
    assert patterns & {rs.Pattern.squat, rs.Pattern.lunge}
    missing = {
        rs.Pattern.hinge,
        rs.Pattern.single_leg,
        rs.Pattern.calf,
        rs.Pattern.hip_stability,
    } - patterns
    assert missing == set()
    # The squat-or-lunge slot must be fillable without jumping.
    assert any(
        ex.patterns & {rs.Pattern.squat, rs.Pattern.lunge} and not ex.plyometric for ex in allowed
    )


@pytest.mark.parametrize("kit_name", list(KITS))
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_every_kit_and_level_trains_soleus_and_adductors(kit_name: str, level: rs.Level) -> None:
    allowed = _allowed(kit_name, level)
    primary: set[rs.Muscle] = set()
    for ex in allowed:
        primary |= ex.primary
    assert {rs.Muscle.soleus, rs.Muscle.adductors} <= primary
    # Straight-knee calf work as well as the bent-knee (soleus) kind.
    assert any(rs.Pattern.calf in ex.patterns and rs.Muscle.calves in ex.primary for ex in allowed)


def test_home_athlete_has_bent_knee_calf_work_at_every_level() -> None:
    for level in rs.Level:
        ids = {ex.id for ex in _allowed("home", level)}
        assert "bent_knee_calf_raise" in ids


SLOTS: dict[str, Callable[[rs.Exercise], bool]] = {
    "core": lambda ex: rs.Muscle.core in ex.primary,
    "adductors": lambda ex: rs.Muscle.adductors in ex.primary,
    "bent-knee soleus": lambda ex: (
        rs.Muscle.soleus in ex.primary and rs.Pattern.calf in ex.patterns
    ),
    "squat or lunge": lambda ex: (
        bool(ex.patterns & {rs.Pattern.squat, rs.Pattern.lunge}) and not ex.plyometric
    ),
    "hinge": lambda ex: rs.Pattern.hinge in ex.patterns,
    "single-leg": lambda ex: rs.Pattern.single_leg in ex.patterns and not ex.plyometric,
    "calf": lambda ex: rs.Pattern.calf in ex.patterns,
    "hip stability": lambda ex: rs.Pattern.hip_stability in ex.patterns,
}
"""What a coach-grade runner session draws on (003's five slots plus direct core, adductor
and soleus work), each as a test of one exercise."""


@pytest.mark.parametrize("kit_name", list(KITS))
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_every_kit_and_level_offers_core_adductor_and_soleus_work(
    kit_name: str, level: rs.Level
) -> None:
    allowed = _allowed(kit_name, level)
    missing = [slot for slot, fits in SLOTS.items() if not any(fits(ex) for ex in allowed)]
    assert missing == []


# --- core ------------------------------------------------------------------------------------

CORE_IDS = ["front_plank", "side_plank", "knee_side_plank", "dead_bug", "bird_dog", "pallof_press"]
PLANK_IDS = ["front_plank", "side_plank", "knee_side_plank"]


@pytest.mark.parametrize("exercise_id", CORE_IDS)
def test_direct_core_work_trains_the_core(exercise_id: str) -> None:
    ex = _cat()[exercise_id]
    assert rs.Pattern.core in ex.patterns
    assert ex.primary == {rs.Muscle.core}
    assert not ex.plyometric


@pytest.mark.parametrize("exercise_id", CORE_IDS)
def test_core_drills_stay_open_to_a_sore_back(exercise_id: str) -> None:
    # Anti-extension, anti-rotation and side-support drills keep the spine still: they are
    # what a coach keeps, not what a sore back rules out.
    assert _cat()[exercise_id].avoid_with == frozenset()


@pytest.mark.parametrize("exercise_id", PLANK_IDS)
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_planks_are_holds_in_seconds(exercise_id: str, level: rs.Level) -> None:
    ex = _cat()[exercise_id]
    dose = _dose(exercise_id, level)
    assert rs.Pattern.isometric in ex.patterns
    assert dose.reps is None
    assert _within(dose.seconds, 10, 60)
    assert dose.rir is None
    assert dose.per_side is (exercise_id != "front_plank")


@pytest.mark.parametrize("exercise_id", ["dead_bug", "bird_dog", "pallof_press"])
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_dead_bug_bird_dog_and_pallof_press_count_reps_per_side(
    exercise_id: str, level: rs.Level
) -> None:
    dose = _dose(exercise_id, level)
    assert _within(dose.reps, 6, 12)
    assert dose.per_side
    assert _within(dose.rir, 1, 3)


@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_dead_bug_is_slow(level: rs.Level) -> None:
    tempo = _dose("dead_bug", level).tempo
    assert tempo is not None
    assert tempo.eccentric >= 3


def test_pallof_press_needs_a_cable_machine() -> None:
    ex = _cat()["pallof_press"]
    assert ex.equipment == (frozenset({rs.Equipment.cable_machine}),)
    assert ex.load_with == (rs.Equipment.cable_machine,)


@pytest.mark.parametrize(
    "exercise_id", ["front_plank", "side_plank", "knee_side_plank", "dead_bug", "bird_dog"]
)
def test_floor_core_work_suits_beginners_without_equipment(exercise_id: str) -> None:
    ex = _cat()[exercise_id]
    assert ex.level == BEG
    assert ex.equipment == ()


# --- adductors (Haroy 2019) -------------------------------------------------------------------

COPENHAGEN = {"short_lever_copenhagen_plank": BEG, "copenhagen_plank": INT}


@pytest.mark.parametrize(("exercise_id", "entry"), COPENHAGEN.items())
def test_copenhagen_planks_are_adductor_holds_per_side(exercise_id: str, entry: rs.Level) -> None:
    ex = _cat()[exercise_id]
    assert ex.level == entry
    assert ex.primary == {rs.Muscle.adductors}
    assert rs.Pattern.isometric in ex.patterns
    assert "Haroy 2019" in ex.sources
    (group,) = ex.equipment
    assert {rs.Equipment.bench, rs.Equipment.chair} <= group
    for level, dose in ex.doses.items():
        assert dose.seconds is not None, level
        assert dose.per_side, level
        assert dose.rir is None, level


def test_copenhagen_short_lever_leads_to_the_long_lever() -> None:
    short, long = _cat()["short_lever_copenhagen_plank"], _cat()["copenhagen_plank"]
    assert short.harder == long.id
    assert long.easier == short.id
    # The harder lever starts with holds no longer than the easier one at the same level.
    for level in (INT, ADV):
        long_hold, short_hold = _dose(long.id, level).seconds, _dose(short.id, level).seconds
        assert long_hold is not None
        assert short_hold is not None
        assert long_hold.hi <= short_hold.hi


def test_groin_injury_has_no_flag_so_copenhagen_avoids_a_sore_hip() -> None:
    assert "groin" not in {str(i) for i in rs.Injury}
    for exercise_id in COPENHAGEN:
        assert rs.Injury.hip in _cat()[exercise_id].avoid_with


def test_adductor_work_needs_no_equipment_at_any_level() -> None:
    for level in rs.Level:
        direct = [
            ex.id
            for ex in _allowed("none", level)
            if rs.Muscle.adductors in ex.primary and not ex.plyometric
        ]
        assert "side_lying_adductor_raise" in direct
        assert {"sumo_squat", "lateral_lunge"} <= set(direct)


# --- soleus ----------------------------------------------------------------------------------


def test_bent_knee_calf_raise_loads_with_a_dumbbell_and_leaves_the_machine_to_its_own_entry() -> (
    None
):
    ex = _cat()["bent_knee_calf_raise"]
    assert ex.level == BEG
    assert ex.load_with[0] == rs.Equipment.dumbbell
    assert rs.Equipment.seated_calf_machine not in ex.load_with
    assert _cat().find("Seated calf raise") == ex  # 003's name for the chair version


def test_machine_seated_calf_raise_is_the_000_gym_calf_raise() -> None:
    ex = _cat()["machine_seated_calf_raise"]
    assert ex.primary == {rs.Muscle.soleus}
    assert rs.Pattern.calf in ex.patterns
    assert ex.equipment == (frozenset({rs.Equipment.seated_calf_machine}),)
    assert ex.load_with == (rs.Equipment.seated_calf_machine,)
    dose = _dose(ex.id, ADV)
    assert dose.sets == rs.IntRange(3, 3)
    assert dose.reps == rs.IntRange(15, 20)


def test_single_leg_bent_knee_calf_raise_is_the_advanced_soleus_step() -> None:
    ex = _cat()["single_leg_bent_knee_calf_raise"]
    assert ex.primary == {rs.Muscle.soleus}
    assert {rs.Pattern.calf, rs.Pattern.single_leg} <= ex.patterns
    # 003: advanced athletes add single-leg reps; a session is built on them from advanced,
    # and a beginner or intermediate reaches them from a mastered two-leg raise.
    assert LATER_STEPS[ex.id] == ADV
    assert ex.equipment == ()
    assert _dose(ex.id, ADV).per_side


@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_bent_knee_calf_hold_is_a_soleus_hold(level: rs.Level) -> None:
    ex = _cat()["bent_knee_calf_hold"]
    assert ex.primary == {rs.Muscle.soleus}
    assert {rs.Pattern.calf, rs.Pattern.isometric} <= ex.patterns
    dose = _dose(ex.id, level)
    assert _within(dose.seconds, 20, 45)
    assert dose.rir is None


@pytest.mark.parametrize("kit_name", list(KITS))
@pytest.mark.parametrize("level", [BEG, INT, ADV])
def test_bent_knee_calf_work_for_every_kit_and_level(kit_name: str, level: rs.Level) -> None:
    assert any(
        rs.Muscle.soleus in ex.primary and rs.Pattern.calf in ex.patterns
        for ex in _allowed(kit_name, level)
    )


# --- lunges, split squats and step-ups work one leg at a time -----------------------------

SINGLE_LEG_IDS = [
    "split_squat",
    "bulgarian_split_squat",
    "assisted_reverse_lunge",
    "reverse_lunge",
    "deficit_reverse_lunge",
    "forward_lunge",
    "walking_lunge",
    "lateral_lunge",
    "step_up",
    "lateral_step_up",
]


@pytest.mark.parametrize("exercise_id", SINGLE_LEG_IDS)
def test_lunges_split_squats_and_step_ups_are_single_leg(exercise_id: str) -> None:
    assert rs.Pattern.single_leg in _cat()[exercise_id].patterns


def test_every_lunge_is_single_leg() -> None:
    offenders = [
        ex.id
        for ex in _cat()
        if rs.Pattern.lunge in ex.patterns and rs.Pattern.single_leg not in ex.patterns
    ]
    assert offenders == []


def test_walking_lunge_suits_beginners_as_in_000() -> None:
    ex = _cat()["walking_lunge"]
    assert ex.level == BEG
    dose = _dose(ex.id, BEG)
    assert _allows(dose.sets, 3)
    assert _allows(dose.reps, 10)
    assert dose.per_side
    # Its easier step is a beginner move too; its harder step may stay advanced.
    assert _cat()[ex.easier or ""].level == BEG


def test_forward_lunge_has_no_harder_step_below_its_level() -> None:
    # Its harder step used to be the walking lunge, which is now a beginner move.
    ex = _cat()["forward_lunge"]
    assert ex.harder is None or _cat()[ex.harder].level >= ex.level


# --- text ----------------------------------------------------------------------------------


def test_cues_mistakes_and_sources_are_present() -> None:
    known = {"000", "001", "002", "003", "004", "convention"} | REFERENCES
    offenders = [
        ex.id
        for ex in _cat()
        if not 2 <= len(ex.cues) <= 4
        or not 2 <= len(ex.mistakes) <= 4
        or not ex.sources
        or not set(ex.sources) <= known
    ]
    assert offenders == []
