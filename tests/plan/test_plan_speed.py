"""The planner's quick ways give what the slow ways give.

Candidates scored from the catalog's tables of facts against each exercise scored in
full; a pick's sets and a session's doses changed without ``attrs.evolve`` against
``attrs.evolve``; the chooser's search by family against the search over every candidate.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.athlete import Lift
from runstrength._model.dose import IntRange
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.vocab import Equipment, Focus, Goal, Injury, Level, Pattern
from runstrength._plan import choose
from runstrength._plan.choose import Candidate, Chooser, Profile, WeekState, candidates
from runstrength._plan.dosing import Pick, Role, dose_for, widest_top
from runstrength._plan.families import Family, family
from runstrength._progression.ask import LATER_STEPS

CATALOG = rs.default_catalog()


def _scored_in_full(profile: Profile, focus: Focus, jumps: bool) -> list[tuple[str, float]]:
    """Every exercise of the catalog scored from scratch: the way candidates were worked out."""
    equipment = profile.equipment
    if profile.level is Level.beginner:
        equipment = equipment - {Equipment.barbell}
    strength = focus is Focus.strength
    heavy_kit = profile.level is Level.advanced and (
        {Equipment.barbell, Equipment.squat_rack} <= profile.equipment
        or Equipment.leg_press in profile.equipment
    )
    out = []
    for ex in CATALOG:
        if not (
            ex.suits(profile.level)
            and ex.available_with(equipment)
            and ex.avoid_with.isdisjoint(profile.injuries)
            and not (ex.plyometric and profile.level is Level.beginner)
        ):
            continue
        built_from = LATER_STEPS.get(ex.id, ex.level)
        if profile.level < built_from or (ex.plyometric and not jumps):
            continue
        if not strength and not choose.suits_light(CATALOG, ex, profile.level):
            continue
        gap = profile.level.rank - built_from.rank
        score = (2.0, 1.5, 0.0)[gap] if strength else (1.0, 2.0, 1.5)[gap]
        score += 1.5 if ex.id in choose.STAPLES else 0.0
        loaded = choose.needs_load(ex)
        loadable = loaded or not profile.equipment.isdisjoint(ex.load_with)
        if strength and profile.level is not Level.beginner and loadable:
            score += 2.5 if loaded else 2.0
        score += 4.0 if strength and heavy_kit and ex.id in choose.HEAVY_MAIN else 0.0
        score += 1.0 if ex.plyometric and ex.id in choose.LOW_POWER else 0.0
        fam = family(ex)
        if Pattern.single_leg in ex.patterns and fam is Family.single_leg_knee:
            score += 0.5 if Pattern.lunge in ex.patterns or ex.id == "step_up" else 0.0
        score += 3.0 * sum(1 for goal in profile.goals if choose.serves(ex, goal))
        score += 3.0 if strength and ex.id in profile.lifts else 0.0
        out.append((ex.id, score))
    return out


profiles = st.builds(
    Profile,
    st.sampled_from(list(Level)),
    st.frozensets(st.sampled_from(list(Equipment))),
    st.frozensets(st.sampled_from(list(Injury)), max_size=2),
    st.frozensets(st.sampled_from(list(Goal)), max_size=2),
    st.sampled_from(
        [FrozenMap(), FrozenMap({"goblet_squat": Lift(load_kg=20, reps=8)})]  # one known lift
    ),
)


@settings(max_examples=300, deadline=None)
@given(profiles, st.sampled_from(list(Focus)), st.booleans())
def test_candidates_from_the_catalog_tables_score_as_each_exercise_in_full(
    profile: Profile, focus: Focus, jumps: bool
) -> None:
    found = candidates(CATALOG, profile, focus, jumps)
    assert [(c.ex.id, c.base) for c in found] == _scored_in_full(profile, focus, jumps)
    for cand in found:
        assert cand.family is family(cand.ex)
        assert cand.ex is CATALOG[cand.ex.id]


def test_candidates_shared_between_athletes_are_equal_values() -> None:
    one = Profile(Level.intermediate, rs.kit("gym"), frozenset(), frozenset())
    other = Profile(Level.intermediate, rs.kit("gym"), frozenset(), frozenset({Goal.hills}))
    candidates.cache_clear()
    first = candidates(CATALOG, one, Focus.strength, True)
    candidates.cache_clear()
    assert candidates(CATALOG, one, Focus.strength, True) == first
    assert candidates(CATALOG, other, Focus.strength, True) != first  # hills: step-ups score


@pytest.mark.parametrize("sets", range(1, 11))
def test_a_pick_with_sets_is_the_evolved_pick(sets: int) -> None:
    ex = CATALOG["goblet_squat"]
    pick = Pick(ex, ex.dose_for(Level.intermediate), Family.bilateral_squat, Role.main, cap=4)
    slow = attrs.evolve(pick, dose=attrs.evolve(pick.dose, sets=IntRange(sets)))
    quick = pick.with_sets(sets)
    assert quick == slow
    assert hash(quick) == hash(slow)
    assert repr(quick) == repr(slow)


@pytest.mark.parametrize("sets", [0, 11])
def test_a_pick_with_sets_out_of_bounds_is_refused_as_before(sets: int) -> None:
    ex = CATALOG["goblet_squat"]
    pick = Pick(ex, ex.dose_for(Level.intermediate), Family.bilateral_squat, Role.main)
    with pytest.raises(rs.InputError, match=r"Dose\.sets"):
        pick.with_sets(sets)


@pytest.mark.parametrize("focus", list(Focus))
@pytest.mark.parametrize("level", list(Level))
def test_session_doses_are_the_evolved_catalog_doses(level: Level, focus: Focus) -> None:
    tight = rs.RuleSettings(min_rest_seconds=120, reps_in_reserve=(2, 3))
    for rule_settings in (rs.RuleSettings(), tight):
        for ex in CATALOG:
            if not ex.suits(level):
                continue
            dose = dose_for(ex, level, focus, rule_settings)
            base = ex.dose_for(level)
            if base.reps is not None and base.reps.hi > widest_top(base.reps.lo):
                base = attrs.evolve(base, reps=IntRange(base.reps.lo, widest_top(base.reps.lo)))
            assert dose.sets == IntRange(base.sets.lo)
            slow = attrs.evolve(
                base, sets=IntRange(base.sets.lo), rir=dose.rir, rest_seconds=dose.rest_seconds
            )
            assert dose == slow
            assert repr(dose) == repr(slow)


def test_the_chooser_s_search_by_family_is_the_search_over_every_candidate() -> None:
    profile = Profile(Level.advanced, rs.kit("gym"), frozenset(), frozenset({Goal.speed}))
    pool = candidates(CATALOG, profile, Focus.strength, True)
    chooser = Chooser(pool, WeekState(used={"goblet_squat"}), None, quick=1.5)
    families = tuple(Family)
    for fam in families:
        best = chooser.best((fam,))
        fitting = [c for c in pool if c.family is fam and chooser.allowed(c)]
        expected: Candidate | None = None
        top = 0.0
        for cand in fitting:  # first of the best: catalog order
            score = cand.base - (4.0 if cand.ex.id in chooser.state.used else 0.0)
            score -= 1.5 * cand.seconds / 60
            if expected is None or score > top:
                expected, top = cand, score
        assert best == expected, fam
        if best is not None:
            chooser.add(best)


def test_an_exercise_s_cached_hash_is_its_hash() -> None:
    ex = CATALOG["goblet_squat"]
    copy = attrs.evolve(ex)
    assert copy == ex
    assert hash(copy) == hash(ex)
    assert hash(attrs.evolve(ex, name="Goblet squat, slow")) != hash(ex)
