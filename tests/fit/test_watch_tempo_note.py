"""A watch step's note says why an Achilles calf keeps its slow tempo."""

from __future__ import annotations

import runstrength as rs
from runstrength._model.reasons import say
from runstrength._views.fitsteps import NOTES_BYTES, session_steps

CATALOG = rs.default_catalog()
ACHILLES = rs.Athlete(
    level="intermediate",
    equipment=["wall", "dumbbell", "mini_band", "step"],
    sessions_per_week=2,
    session_minutes=30,
    injuries=["achilles"],
)
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="tempo", sat="easy", sun="long")
CLAUSE = say("fit.achilles_tempo").text


def test_the_achilles_tempo_is_explained_in_the_watch_note_regression() -> None:
    # Final Surge 03-10: "1 × 15, tempo 3-0-3, rest 45–90 s, 3–4 RIR …" and no word of why.
    plan = rs.build_week(ACHILLES, WEEK)
    found = 0
    for session in plan.sessions:
        for step in session_steps(session, CATALOG):
            if "tempo 3-0-3" in step.notes:
                found += 1
                assert CLAUSE in step.notes
                assert len(step.notes.encode("utf-8")) <= NOTES_BYTES
    assert found


def test_a_slow_tempo_not_kept_for_the_achilles_says_nothing_of_it_regression() -> None:
    plan = rs.build_week(rs.Athlete(level="intermediate", equipment="gym"), WEEK)
    for session in plan.sessions:
        for step in session_steps(session, CATALOG):
            assert CLAUSE not in step.notes


def test_a_long_note_gives_up_the_repeated_reserve_before_the_cue_regression() -> None:
    # Final Surge 03-10: the Achilles clause pushed the set-up cue out ("Keep the knees bent
    # the whole time: se…") while the load advice repeated the reps in reserve the dose
    # shows. A note too long for the watch keeps the load to choose and drops the repeat.
    plan = rs.build_week(ACHILLES, WEEK)
    found = 0
    for session in plan.sessions:
        steps = session_steps(session, CATALOG)
        for rx in session.exercises:
            exercise = CATALOG[rx.exercise]
            step = next(s for s in steps if s.name.startswith(exercise.name))
            if rx.choose_load and CLAUSE in step.notes:
                found += 1
                assert "Choose a load" in step.notes
                assert "reps in reserve" not in step.notes
                assert exercise.cues[0][:40] in step.notes
    assert found
