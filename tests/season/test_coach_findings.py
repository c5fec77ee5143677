"""Two plan texts a coach found contradicting the plan, and the weeks around them.

An Achilles athlete's calf block said "3 × 15 now" beside a dose of one set, and a taper
with no training week before it said it held half the sets of "the last training week".
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import text_of
from runstrength._plan.calves import BLOCK_LATER, BLOCK_REASON, block_reason, block_said
from runstrength._rules.season import taper_sets

TAPER = rs.RunningWeek(tue=rs.Run("intervals", 50), fri=rs.Run("tempo", 45))
RACE = rs.RunningWeek(tue="easy", sat="race")
RUN = rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun=rs.Run("long", 90))
KIT = ["dumbbell", "step", "mini_band", "wall"]

_NOW = re.compile(r"(\d+) × (\d+) now")

HOLD = r"(?: and (?:a|\d+) short core holds?)?"
"""A short core hold named beside a taper's hard sets (RS407 counts it as none)."""


def _achilles(minutes: int = 30, level: str = "intermediate", sessions: int = 2) -> rs.Athlete:
    return rs.Athlete(
        level=level,
        equipment=KIT,
        injuries=["achilles"],
        session_minutes=minutes,
        sessions_per_week=sessions,
    )


def _said_doses(block: rs.Block) -> list[tuple[rs.Prescription, tuple[int, int]]]:
    """Every prescription whose reason states a dose "now", with the dose it states."""
    out = []
    for plan in block.weeks:
        for session in plan.sessions:
            for rx in session.exercises:
                found = _NOW.search(text_of(rx.reason))
                if found:
                    out.append((rx, (int(found.group(1)), int(found.group(2)))))
    return out


def test_a_time_trimmed_calf_block_says_the_sets_it_holds_regression() -> None:
    # A 30-minute session trimmed the block to 1 × 15; its reason said "3 × 15 now".
    block = rs.build_block(_achilles(), [TAPER, RACE])
    calf = next(
        rx
        for s in block.weeks[0].sessions
        for rx in s.exercises
        if "heavy slow block for the Achilles" in text_of(rx.reason)
    )
    assert calf.dose.sets == rs.IntRange(1)
    reason = text_of(calf.reason)
    assert "3 × 15 now" not in reason
    assert "1 × 15 now, the sets this session has room for" in reason


def test_a_calf_block_reason_never_states_a_dose_other_than_its_own_regression() -> None:
    # Later weeks kept the first session's "3 × 15 now" beside 1 × 12, 3 × 12 and others.
    weeks = [RUN] * 9 + [TAPER, RACE]
    for minutes in (25, 30, 35, 45):
        for level in ("beginner", "intermediate", "advanced"):
            block = rs.build_block(_achilles(minutes, level), weeks)
            for rx, (sets, reps) in _said_doses(block):
                assert (sets, reps) == (rx.dose.sets.lo, rx.dose.amount.hi), (minutes, level, rx)


@settings(max_examples=15, deadline=None)
@given(
    minutes=st.sampled_from([20, 25, 30, 35, 40, 45, 60]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    sessions=st.integers(min_value=1, max_value=3),
    training=st.integers(min_value=0, max_value=6),
)
def test_no_calf_block_reason_promises_more_sets_than_its_dose(
    minutes: int, level: str, sessions: int, training: int
) -> None:
    block = rs.build_block(_achilles(minutes, level, sessions), [RUN] * training + [TAPER, RACE])
    for rx, (sets, _) in _said_doses(block):
        assert sets <= rx.dose.sets.lo, rx


def test_block_reason_is_the_block_sentence_when_the_sets_are_whole() -> None:
    dose = rs.Dose(sets=3, reps=15, rest_seconds=60)
    assert block_reason(dose, 3) == BLOCK_REASON
    assert "2 × 15 now" in block_reason(rs.Dose(sets=2, reps=15, rest_seconds=60), 3)


def test_block_said_drops_the_dose_beside_another_one() -> None:
    first = rs.Dose(sets=3, reps=15, rest_seconds=60)
    later = rs.Dose(sets=3, reps=12, rest_seconds=60)
    text = f"Soleus: bent-knee calf work. {BLOCK_REASON} Load up."
    assert block_said(text, first, first) == text
    assert block_said(text, first, later) == f"Soleus: bent-knee calf work. {BLOCK_LATER} Load up."
    assert block_said("Calf work.", first, later) == "Calf work."


def test_a_taper_with_no_training_week_before_it_says_so_regression() -> None:
    # It said "about half the sets of the last training week": there was none.
    block = rs.build_block(_achilles(), [TAPER, RACE])
    assert block.phases[0] is rs.Phase.taper
    reason = block.reasons[0].text
    assert "last training week" not in reason
    assert reason.startswith("Taper, week 1 of 1: with no training week before it, ")
    found = re.search(r"\((\d+) hard sets to (\d+)" + HOLD + r", (\d+) % fewer\)", reason)
    assert found, reason
    usual, after, fewer = (int(x) for x in found.groups())
    assert after == taper_sets(block.weeks[0], default_catalog()) < usual
    assert ("about half" in reason) == (41 <= fewer <= 60)


def test_a_second_untrained_taper_week_compares_with_the_first_regression() -> None:
    athlete = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45)
    block = rs.build_block(athlete, [TAPER, TAPER, RACE])
    assert block.phases[:2] == (rs.Phase.taper, rs.Phase.taper)
    for reason in block.reasons[:2]:
        assert "last training week" not in reason.text
        assert "with no training week before it" in reason.text
    second = block.reasons[1].text
    found = re.search(r"\((\d+) hard sets to (\d+)" + HOLD + r", \d+ % fewer\)", second)
    assert found, second
    # Hard sets as RS407 counts them: a short core hold is none.
    assert int(found.group(1)) == taper_sets(block.weeks[0], default_catalog())
    assert int(found.group(2)) == taper_sets(block.weeks[1], default_catalog())
    assert "last week" in second


def test_a_taper_after_training_still_names_the_last_training_week() -> None:
    block = rs.build_block(_achilles(45), [RUN, RUN, TAPER, RACE])
    taper = block.phases.index(rs.Phase.taper)
    assert "of the last training week" in block.reasons[taper].text
    assert "no training week" not in block.reasons[taper].text


@settings(max_examples=30, deadline=None)
@given(
    level=st.sampled_from(list(rs.Level)),
    minutes=st.sampled_from([20, 30, 45]),
    injuries=st.sampled_from([(), ("achilles",)]),
)
def test_a_taper_never_says_it_cut_sets_it_kept_regression(
    level: rs.Level, minutes: int, injuries: tuple[str, ...]
) -> None:
    # A taper that cut an exercise's sets and then gave them all back said "2 sets to 2".
    athlete = rs.Athlete(level=level, equipment=KIT, session_minutes=minutes, injuries=injuries)
    block = rs.build_block(athlete, [TAPER, RACE])
    for week in block.weeks:
        for session in week.sessions:
            for rx in session.exercises:
                said = text_of(rx.reason) if rx.reason is not None else ""
                assert re.search(r"\b(\d+) sets to \1\b", said) is None, (rx.exercise, said)
