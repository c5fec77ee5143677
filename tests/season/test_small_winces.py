"""Small winces: a deload touches every move it can, words that do not clash, citations."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of
from runstrength._model.vocab import Pattern
from runstrength._plan.deload import DELOAD_CUT
from runstrength._plan.shaping import is_main_lift
from runstrength._progression.unhold import RULE
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import GYM, WEEK
from tests.season.athletes import ADVANCED_WITH_LIFTS, BLOCK_A, block_a_running

DOCS = Path(__file__).parents[2] / "docs"


def _unchanged_accessories(block: rs.Block) -> list[tuple[int, str]]:
    """Accessories of two sets or more a deload after training left at last week's dose.

    A deload already 40 % lighter than the week before may keep one: it cuts no deeper.
    """
    catalog = default_catalog()
    training = {rs.Phase.general, rs.Phase.strength, rs.Phase.power, rs.Phase.maintenance}
    found = []
    for index in range(1, len(block.weeks)):
        if block.phases[index] is not rs.Phase.deload or block.phases[index - 1] not in training:
            continue
        before = rs.week_volume(block.weeks[index - 1])
        if rs.week_volume(block.weeks[index]) <= -(-before * (100 - DELOAD_CUT) // 100):
            continue  # at the deload's deepest cut already
        last = {rx.exercise: rx.dose for s in block.weeks[index - 1].sessions for rx in s.exercises}
        for session in block.weeks[index].sessions:
            for rx in session.exercises:
                main = is_main_lift(catalog.get(rx.exercise), session.focus)
                if not main and rx.dose.sets.lo >= 2 and last.get(rx.exercise) == rx.dose:
                    found.append((index + 1, rx.exercise))
    return found


def test_a_deload_leaves_no_monster_walk_at_last_weeks_two_sets_regression() -> None:
    # Block A, week 12: "monster_walk 2 × 16-20", as in week 11, in a deload.
    athlete = BLOCK_A
    block = rs.build_block(athlete, block_a_running())
    assert block.phases[11] is rs.Phase.deload
    walks = [
        rx for s in block.weeks[11].sessions for rx in s.exercises if rx.exercise == "monster_walk"
    ]
    assert walks
    assert all(rx.dose.sets.lo == 1 for rx in walks)
    # A walk cut from week 11's sets says the deload cut it (it may be at one set already:
    # the first set a long session gives to fit the minutes is the band walk's).
    week_11 = {rx.exercise: rx.dose.sets.lo for s in block.weeks[10].sessions for rx in s.exercises}
    if week_11.get("monster_walk", 1) > 1:
        assert all(text_of(rx.reason).startswith("Deload week") for rx in walks)
    assert _unchanged_accessories(block) == []
    assert not [v for v in rs.validate_block(block, athlete) if v.severity is rs.Severity.error]


@settings(max_examples=12, deadline=None)
@given(
    level=st.sampled_from([rs.Level.intermediate, rs.Level.advanced]),
    kit=st.sampled_from(["home", "gym"]),
    minutes=st.sampled_from([30, 45, 60]),
    sessions=st.sampled_from([2, 3]),
)
def test_no_deload_keeps_an_accessory_at_last_weeks_sets_regression(
    level: rs.Level, kit: str, minutes: int, sessions: int
) -> None:
    athlete = rs.Athlete(
        level=level, equipment=kit, session_minutes=minutes, sessions_per_week=sessions
    )
    assert _unchanged_accessories(rs.build_block(athlete, block_a_running())) == []


def test_a_change_after_a_kept_dose_does_not_call_the_dose_a_hold_regression() -> None:
    # "after 3 sessions in a row a hold gives way to a change" read as an isometric hold.
    assert "a hold" not in RULE
    run = simulate(GYM, WEEK, on_target, weeks=12)
    said = [text_of(step.reason) for week in run.weeks for step in week.steps]
    assert any("a dose kept 3 sessions in a row gives way to a change" in t for t in said)
    assert not any("a hold gives way" in t for t in said)


def test_the_calf_block_cites_no_study_outside_the_sources_regression() -> None:
    # The calf block cited "Beyer 2015", a study the project's sources do not hold: its
    # lines now describe the block's shape (reps falling as the load rises) without it.
    rules = (DOCS / "explanation" / "rules.md").read_text(encoding="utf-8")
    sources = rules.split("## Sources", 1)[1].split("\n## ", 1)[0]
    assert "Beyer" not in sources
    athlete = rs.Athlete(
        level="intermediate", equipment=["dumbbell", "step", "wall"], injuries=["achilles"]
    )
    plan = rs.build_week(athlete, rs.RunningWeek(tue="intervals", thu="easy", sun="long"))
    said = [text_of(rx.reason) for s in plan.sessions for rx in s.exercises]
    assert any("heavy slow block for the Achilles" in text for text in said)
    assert not any("Beyer" in text or "Silbernagel" in text for text in said)


def _calf_changes(block: rs.Block) -> list[int]:
    """How many calf exercises move to another variation each week (by name, week on week)."""
    catalog = default_catalog()
    out = []
    for before, plan in zip(block.weeks, block.weeks[1:], strict=False):
        was = {rx.exercise for s in before.sessions for rx in s.exercises}
        new = {
            rx.exercise
            for s in plan.sessions
            for rx in s.exercises
            if rx.exercise not in was
            and rx.exercise in catalog
            and Pattern.calf in catalog[rx.exercise].patterns
            and "on to the harder" in text_of(rx.reason)
        }
        out.append(len(new))
    return out


@settings(max_examples=10, deadline=None)
@given(
    level=st.sampled_from([rs.Level.intermediate, rs.Level.advanced]),
    kit=st.sampled_from(["home", "gym"]),
    minutes=st.sampled_from([45, 60]),
)
def test_both_calf_moves_never_change_in_the_same_week_regression(
    level: rs.Level, kit: str, minutes: int
) -> None:
    # Block C, week 3: the eccentric raise came in on Tuesday as Friday's bent-knee raise
    # went single-leg: one change per exercise a week, and one for the calves.
    athlete = rs.Athlete(level=level, equipment=kit, session_minutes=minutes, goals=["speed"])
    assert all(n <= 1 for n in _calf_changes(rs.build_block(athlete, block_a_running())))
    assert all(n <= 1 for n in _calf_changes(rs.build_block(ADVANCED_WITH_LIFTS, _block_c())))


def _block_c() -> list[rs.RunningWeek]:
    week = rs.RunningWeek(
        mon=rs.Run("easy", 50),
        tue=rs.Run("intervals", 70),
        thu=rs.Run("tempo", 60),
        sat=rs.Run("easy", 50),
        sun=rs.Run("long", 110),
    )
    return [week] * 6 + [
        rs.RunningWeek(tue=rs.Run("intervals", 50), thu=rs.Run("easy", 40), sun=rs.Run("long", 80)),
        rs.RunningWeek(tue=rs.Run("easy", 40), thu=rs.Run("easy", 30), sat=rs.Run("race", 90)),
    ]
