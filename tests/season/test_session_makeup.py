"""Which exercises a session holds: one calf move, a beginner's squat and bridge, race week.

A coach's review found two one-set calf raises beside a one-set hinge, a beginner's twelve
weeks with no two-legged squat and no glute bridge, a Copenhagen plank at two sets while
the hinge had one, a deficit lunge five days before a half, and a plank called "the one
new move" in a race week after four weeks of it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._io.packaged import default_catalog
from runstrength._model.reason import parts_of, text_of
from runstrength._plan.families import Family, family
from runstrength._plan.nearrace import race_week_plain
from tests.season.test_stronger import _block

CATALOG = default_catalog()
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
RACE = rs.RunningWeek(tue=rs.Run("easy", 40), thu=rs.Run("easy", 30), sat="race")
CALVES = (Family.straight_knee_calf, Family.bent_knee_calf)
LIFTS = (Family.bilateral_squat, Family.single_leg_knee, Family.hinge)
HARDER_WORDS = ("eccentric", "deficit", "nordic")


def _families(session: rs.Session) -> list[Family]:
    return [family(CATALOG[rx.exercise]) for rx in session.exercises]


def _codes(reason: rs.Reason | None) -> set[str]:
    return set() if reason is None else {p.code for p in parts_of(reason)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(["none", "home", "gym"]),
    minutes=st.sampled_from([20, 30, 45, 60]),
    sessions=st.integers(1, 3),
)
def test_a_beginner_session_holds_one_calf_move_and_a_two_legged_squat_property(
    kit: str, minutes: int, sessions: int
) -> None:
    athlete = rs.Athlete(
        level="beginner", equipment=kit, session_minutes=minutes, sessions_per_week=sessions
    )
    for session in rs.build_week(athlete, WEEK).sessions:
        families = _families(session)
        assert sum(f in CALVES for f in families) <= 1, session.exercise_ids
        if session.focus is rs.Focus.strength and minutes >= 30:
            assert Family.bilateral_squat in families, session.exercise_ids
            if len(families) < 7:  # a session of seven keeps its patterns and needs first
                assert Family.bridge in families, session.exercise_ids


def test_a_beginner_gets_a_squat_and_a_bridge_before_a_second_calf_move_regression() -> None:
    # Block B: a bent-knee and a standing calf raise at one set each every week, and the
    # Copenhagen plank at two sets beside a one-set hinge.
    block = _block("B")
    training = (rs.Phase.general, rs.Phase.strength)
    for plan, phase in zip(block.weeks, block.phases, strict=True):
        if phase not in training:
            continue
        for session in plan.sessions:
            if session.focus is not rs.Focus.strength:
                continue
            ids = session.exercise_ids
            assert sum(f in CALVES for f in _families(session)) == 1, ids
            assert "bodyweight_squat" in ids
            assert "glute_bridge" in ids


def test_a_hold_never_holds_more_sets_than_the_sessions_hinge_regression() -> None:
    athlete = rs.Athlete(level="beginner", equipment="home", session_minutes=30)
    plan = rs.build_week(athlete, rs.RunningWeek(tue="easy", thu="easy", sat="long"))
    session = next(s for s in plan.sessions if s.focus is rs.Focus.strength)
    hinge = min(
        rx.dose.sets.lo for rx in session.exercises if family(CATALOG[rx.exercise]) is Family.hinge
    )
    for rx in session.exercises:
        if rx.dose.unit == "seconds":
            assert rx.dose.sets.hi <= hinge, (rx.exercise, str(rx.dose))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(list(rs.Level)),
    kit=st.sampled_from(["none", "home", "gym"]),
    minutes=st.sampled_from([30, 45, 60]),
)
def test_two_strength_sessions_alternate_the_calf_families_property(
    level: rs.Level, kit: str, minutes: int
) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, session_minutes=minutes, sessions_per_week=3)
    plan = rs.build_week(athlete, WEEK)
    strength = [s for s in plan.sessions if s.focus is rs.Focus.strength]
    held = [{f for f in _families(s) if f in CALVES} for s in strength]
    held = [h for h in held if h]
    if len(held) >= 2 and all(len(h) == 1 for h in held[:2]):
        assert held[0] != held[1], [s.exercise_ids for s in strength]


def test_race_week_does_the_plain_lunge_not_the_deficit_one_regression() -> None:
    # Block C week 8 kept the deficit reverse lunge five days before a half.
    block = _block("C")
    race = block.weeks[block.phases.index(rs.Phase.race)]
    ids = [rx.exercise for s in race.sessions for rx in s.exercises]
    assert "deficit_reverse_lunge" not in ids
    lunge = next(rx for s in race.sessions for rx in s.exercises if rx.exercise == "reverse_lunge")
    assert "race_week.plain_variant" in _codes(lunge.reason)
    assert lunge.dose.tempo is None or lunge.dose.tempo.eccentric < 3


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(list(rs.Level)),
    kit=st.sampled_from(["none", "home", "gym"]),
    before=st.integers(1, 6),
)
def test_no_race_week_holds_an_eccentric_or_deficit_variant_with_a_plain_one_property(
    level: rs.Level, kit: str, before: int
) -> None:
    athlete = rs.Athlete(level=level, equipment=kit, sessions_per_week=2)
    block = rs.build_block(athlete, [*[WEEK] * before, RACE])
    for index, phase in enumerate(block.phases):
        if phase is not rs.Phase.race:
            continue
        for session in block.weeks[index].sessions:
            for rx in session.exercises:
                exercise = CATALOG[rx.exercise]
                easier = CATALOG.get(exercise.easier) if exercise.easier else None
                if any(word in rx.exercise for word in HARDER_WORDS) and easier is not None:
                    plain = not any(word in easier.id for word in HARDER_WORDS)
                    assert not plain or easier.id in session.exercise_ids, rx


def test_the_plain_variant_keeps_the_dose_without_the_slow_lowering() -> None:
    dose = rs.Dose(sets=1, reps=(6, 8), per_side=True, rest_seconds=60, tempo=rs.Tempo(3, 0, 1))
    lunge = rs.Prescription("deficit_reverse_lunge", dose, reason="Lunge.")
    session = rs.Session(day="mon", focus="light", placement="standalone", exercises=[lunge])
    plan = rs.WeekPlan(sessions=[session], phase="race")
    kit = frozenset({rs.Equipment.step})
    (swapped,) = race_week_plain(plan, rs.Phase.race, CATALOG, kit).sessions[0].exercises
    assert swapped.exercise == "reverse_lunge"
    assert (swapped.dose.sets, swapped.dose.amount, swapped.dose.tempo) == (
        dose.sets,
        dose.amount,
        None,
    )
    assert race_week_plain(plan, rs.Phase.taper, CATALOG, kit) == plan


def test_a_plank_done_in_the_block_is_never_called_the_one_new_move_regression() -> None:
    # Block A week 16 called the front plank "the one new move" after weeks 10 to 13 of it.
    block = _block("A")
    for index, plan in enumerate(block.weeks):
        done = {
            rx.exercise for week in block.weeks[:index] for s in week.sessions for rx in s.exercises
        }
        for session in plan.sessions:
            for rx in session.exercises:
                if "one new move" in text_of(rx.reason):
                    assert rx.exercise not in done, (index + 1, rx.exercise)


def test_a_loaded_core_move_is_never_called_no_move_for_a_light_session_regression() -> None:
    # "as Pallof press is no move for a light session": the plank stands in for the loaded
    # cable move race week's light session leaves out, and says so.
    for name in ("A", "C"):
        for plan in _block(name).weeks:
            for session in plan.sessions:
                for rx in session.exercises:
                    assert "no move for a light session" not in text_of(rx.reason), rx


def test_pogo_hops_stay_within_003s_ten_to_twenty_seconds_regression() -> None:
    # Block C's light-day pogo hops rose to 1 × 20–30 s in weeks 3 to 7.
    for name in ("A", "C"):
        for plan in _block(name).weeks:
            for session in plan.sessions:
                for rx in session.exercises:
                    if rx.exercise == "pogo_hop":
                        assert rx.dose.amount.hi <= 20, (name, str(rx.dose))
