"""One calf move a session, straight-knee and bent-knee taking turns across the week.

003's balanced session holds one calf move; a week of two sessions or more alternates the
calf families between them, so the soleus is never skipped and the straight-knee raise is
never gone unless its form is being rebuilt (and the stand-in's line says so). An Achilles
athlete's calf block keeps its straight-knee raise beside it.
"""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._plan.cuts import one_change
from runstrength._progression.calfneed import calf_kind
from tests.progression.simulate import on_target, simulate
from tests.progression.test_personas import GYM, WEEK, _form_breaks, _sharp_hinge, _stalls
from tests.season.test_home_dumbbell_loads import season

CAT = rs.default_catalog()
REBUILT = "while its form is rebuilt"
"""What a stand-in's line says while the exercise it stands in for is rebuilt."""


def _calves(session: rs.Session) -> list[rs.Prescription]:
    return [rx for rx in session.exercises if rs.Pattern.calf in CAT[rx.exercise].patterns]


def _one_a_session_both_a_week(plan: rs.WeekPlan, where: object) -> None:
    """At most one calf move a session; both families in a week of two sessions or more."""
    kinds: set[str | None] = set()
    rebuilt = False
    for session in plan.sessions:
        calves = _calves(session)
        assert len(calves) <= 1, (where, session.day, [rx.exercise for rx in calves])
        kinds.update(calf_kind(CAT[rx.exercise]) for rx in calves)
        rebuilt = rebuilt or any(REBUILT in text_of(rx.reason) for rx in calves)
    if len(plan.sessions) >= 2 and not rebuilt:
        assert kinds == {"straight_knee_calf", "bent_knee_calf"}, (where, kinds)


def test_personas_hold_one_calf_move_a_session_regression() -> None:
    # Review 5: personas 1-3 every Tuesday held a standing or single-leg raise beside a
    # machine seated raise, two sets each, while the hinge had two sets.
    for logger in (on_target, _stalls, _form_breaks, _sharp_hinge):
        run = simulate(GYM, WEEK, logger, weeks=12)
        for number, plan in enumerate(run.plans(), start=1):
            _one_a_session_both_a_week(plan, (logger.__name__, number))


def test_loop_d_tuesday_holds_one_calf_move_regression() -> None:
    # Review 5: Loop D weeks 1-3 Tuesday held "standing_calf_raise 2 x 15-20" and
    # "bent_knee_calf_raise 2 x 15-20", then the Friday hold.
    for events in ((), ("mild", "ill", "sharp")):
        for number, plan in enumerate(season(*events), start=1):
            _one_a_session_both_a_week(plan, (events, number))


def test_a_breaking_calf_raise_keeps_straight_knee_work_in_its_pattern_block_regression() -> None:
    # Review 5: persona 3 weeks 5-6 held three soleus moves and no straight-knee work. The
    # lower-skill stand-in after a second failed return keeps the straight knee, and a
    # week without straight-knee work says its form is being rebuilt.
    run = simulate(GYM, WEEK, _form_breaks, weeks=12)
    block = [
        rx
        for plan in run.plans()
        for session in plan.sessions
        for rx in _calves(session)
        if text_of(rx.reason).startswith("In place of Standing calf raise for 4 weeks")
    ]
    assert block
    assert all(calf_kind(CAT[rx.exercise]) == "straight_knee_calf" for rx in block)
    assert all("straight-knee" in text_of(rx.reason).lower() for rx in block)
    for plan in run.plans():
        kinds = {calf_kind(CAT[rx.exercise]) for s in plan.sessions for rx in _calves(s)}
        if "straight_knee_calf" not in kinds:
            said = [text_of(rx.reason) for s in plan.sessions for rx in _calves(s)]
            assert any(REBUILT in text for text in said), said


def test_the_main_lift_stays_in_the_week_back_after_time_off_regression() -> None:
    # With the second calf move gone, a lateral lunge covered the main lift's pattern and
    # the weeks back after illness left the Bulgarian split squat out altogether.
    plans = season("mild", "ill", "sharp")
    for number in (8, 9):
        ids = plans[number - 1].sessions[0].exercise_ids
        assert "bulgarian_split_squat" in ids, (number, ids)


def test_a_rebuild_after_sharp_pain_takes_its_set_back_in_the_first_week_regression() -> None:
    # Persona 5 week 10: the hinge's set after sharp pain did not fit while the calf held
    # three sets; a rebuild goes first, so the next set that makes room gives way. At 39
    # minutes, where the hinge still comes back at one set (at 40 it now has room for two).
    run = simulate(attrs.evolve(GYM, session_minutes=39), WEEK, _sharp_hinge, weeks=11)
    steps = [s for s in run.weeks[9].steps if s.next.exercise == "romanian_deadlift"]
    # the set is back in the first week: in its plan where the session has room, else
    # as its step
    planned = [
        rx.dose.sets.lo
        for s in run.weeks[9].plan.sessions
        for rx in s.exercises
        if rx.exercise == "romanian_deadlift"
    ]
    assert planned == [2] or [s.change for s in steps] == [rs.Change.sets], (planned, steps)


@settings(max_examples=8, deadline=None)
@given(
    level=st.sampled_from(["intermediate", "advanced"]),
    equipment=st.sampled_from(["gym", "home"]),
    minutes=st.sampled_from([30, 40, 45, 60]),
    sessions=st.sampled_from([2, 3]),
)
def test_every_progressed_session_holds_at_most_one_calf_move_regression(
    level: str, equipment: str, minutes: int, sessions: int
) -> None:
    athlete = rs.Athlete(
        level=level, equipment=equipment, session_minutes=minutes, sessions_per_week=sessions
    )
    run = simulate(athlete, WEEK, on_target, weeks=4)
    for number, plan in enumerate(run.plans(), start=1):
        _one_a_session_both_a_week(plan, (number, len(plan.sessions)))


def test_fewer_reps_wait_with_the_load_they_are_for_regression() -> None:
    # Loop D week 5, once the Tuesday held one calf move: the RDL went from 10-12 to 6-10
    # reps at the same 12 kg, its load rise put off a week behind the set coming back.
    old = rs.Prescription(
        "romanian_deadlift",
        rs.Dose(sets=1, reps=(10, 12), rest_seconds=(90, 150), rir=(2, 3), load_kg=12),
    )
    new = rs.Prescription(
        "romanian_deadlift",
        rs.Dose(sets=2, reps=(6, 10), rest_seconds=(90, 150), rir=(2, 3), load_kg=14),
    )
    kept = one_change(old, new, ("sets", "amount", "load_kg", "tempo"))
    assert kept.dose.sets == rs.IntRange(2)
    assert (kept.dose.amount, kept.dose.load_kg) == (old.dose.amount, 12)
    assert "(next week: 14 kg, 6–10)" in text_of(kept.reason)
