"""A session's coverage line names what the session holds, each group by its exercise."""

from __future__ import annotations

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._plan.coverage import holding_reason
from runstrength._rules.session import REQUIRED
from runstrength._views.wording import exercise_words
from tests.season.athletes import BLOCK_A, block_a_running

CATALOG = default_catalog()


def _coverage(session: rs.Session) -> rs.Reason:
    """The session's coverage line."""
    return next(r for r in session.reasons if r.code.startswith("session.holds."))


def test_the_coverage_line_names_the_exercise_behind_each_group_regression() -> None:
    # Block A's taper and race-week light sessions (pogo hop, walking lunge, Copenhagen
    # plank, front plank) said "a single-leg move, a hip-stability drill, calf work",
    # and the taper's strength session "a single-leg move" with no step-up: the catalog
    # counts the pogo hop as calf work and the single-leg calf raise as a single-leg move,
    # but the line never said which exercise was which.
    block = rs.build_block(BLOCK_A, block_a_running())
    for plan in block.weeks:
        for session in plan.sessions:
            said = _coverage(session)
            held = {exercise_words(CATALOG[rx.exercise].name): rx for rx in session.exercises}
            for part in str(said.params["covered_words"]).split("), "):
                groups, _, name = part.removesuffix(")").partition(" (")
                assert name in held, (said.text, name)
                patterns = CATALOG[held[name].exercise].patterns
                for group in groups.split(" and "):
                    assert not patterns.isdisjoint(dict(REQUIRED[session.focus])[group])
    taper_light = block.weeks[13].sessions[-1]
    assert _coverage(taper_light).text == (
        "Light session: a single-leg move (walking lunge), a hip-stability drill (Copenhagen "
        "plank), calf work (pogo hop)."
    )


def test_a_session_missing_a_group_says_so_regression() -> None:
    # A light session without a hip-stability drill listed only what it held, with no word
    # of the drill the focus calls for.
    said = holding_reason(
        rs.Focus.light, [CATALOG["walking_lunge"], CATALOG["bent_knee_calf_raise"]]
    )
    assert said.code == "session.holds.light.short"
    assert said.text == (
        "Light session: a single-leg move (walking lunge), calf work (bent-knee calf raise); "
        "not in it this time: a hip-stability drill."
    )
    assert said.params["missing"] == "hip_stability"
    assert said.params["covered"] == "single_leg calf"


def test_one_exercise_covering_two_groups_is_named_once() -> None:
    said = holding_reason(
        rs.Focus.strength,
        [
            CATALOG["back_squat"],
            CATALOG["romanian_deadlift"],
            CATALOG["monster_walk"],
            CATALOG["single_leg_eccentric_calf_raise"],
        ],
    )
    assert said.code == "session.holds.strength"
    assert "a single-leg move and calf work (single-leg eccentric calf raise)" in said.text
