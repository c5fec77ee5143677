"""Small dumbbell steps on moves where the body is most of the load, and kept promises.

A step of one or two kilograms in the hand on a split squat, lunge or calf raise is a few
per cent of the load moved: the reps hold, or fall by two at most. A reason's
``(next week: …)`` is what next week shows at that load.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.dose import Dose, IntRange
from runstrength._model.plan import Prescription
from runstrength._model.reason import parts_of
from runstrength._plan.climb import fewer_reps
from runstrength._progression.bodyload import body_weight_dominant
from tests.season.test_forecast import LIFTS, _race_block
from tests.season.test_home_dumbbell_loads import CATALOG, season

EVENTS = ((), ("mild",), ("mild", "ill", "sharp"))
PROMISE = "one_change.waits_a_week.next"
HAND_MOVES = sorted(e.id for e in CATALOG if body_weight_dominant(e))


def _find(plan: rs.WeekPlan, exercise: str) -> rs.Prescription | None:
    return next((rx for s in plan.sessions for rx in s.exercises if rx.exercise == exercise), None)


def _promise(rx: rs.Prescription) -> tuple[float, IntRange] | None:
    """The load and reps ``rx``'s reason promises for next week, if it does."""
    for part in parts_of(rx.reason):
        if part.code != PROMISE:
            continue
        words = str(part.params["next_words"]).split(", ")
        load = next((float(w[:-3]) for w in words if w.endswith(" kg")), None)
        reps = next((w for w in words if "–" in w), None)
        if load is not None and reps is not None:
            lo, hi = reps.split("–")
            return load, IntRange(int(lo), int(hi))
    return None


def test_the_catalog_knows_which_moves_carry_the_body() -> None:
    for name in ("bulgarian_split_squat", "single_leg_calf_raise", "lateral_lunge", "step_up"):
        assert body_weight_dominant(CATALOG[name]), name
    for name in ("goblet_squat", "romanian_deadlift", "back_squat", "wall_sit", "pallof_press"):
        assert not body_weight_dominant(CATALOG[name]), name


def test_a_dumbbell_step_on_a_body_weight_move_drops_the_reps_two_at_most_regression() -> None:
    for events in EVENTS:
        plans = season(*events)
        for before, after in itertools.pairwise(plans):
            for s in after.sessions:
                for rx in s.exercises:
                    old = _find(before, rx.exercise)
                    if old is None or old.dose.load_kg is None or rx.dose.load_kg is None:
                        continue
                    if not body_weight_dominant(CATALOG[rx.exercise]):
                        continue
                    if rx.dose.load_kg <= old.dose.load_kg or rx.dose.unit != old.dose.unit:
                        continue
                    # the top falls 2 at most; the bottom keeps a span of 4 (10–12 to 6–10)
                    assert rx.dose.amount.hi >= old.dose.amount.hi - 2, (events, old, rx)
                    lowest = min(old.dose.amount.lo - 2, rx.dose.amount.hi - 4)
                    assert rx.dose.amount.lo >= lowest, (events, old, rx)


def test_a_next_week_promise_is_what_next_week_holds_regression() -> None:
    kept = 0
    for events in EVENTS:
        plans = season(*events)
        for before, after in itertools.pairwise(plans):
            for s in before.sessions:
                for rx in s.exercises:
                    promised = _promise(rx)
                    now = _find(after, rx.exercise)
                    if promised is None or now is None or now.dose.load_kg != promised[0]:
                        continue  # a lighter week, a week off or a step back says why
                    assert now.dose.amount == promised[1], (events, rx, now)
                    kept += 1
    assert kept


@given(
    name=st.sampled_from(HAND_MOVES),
    lo=st.integers(min_value=8, max_value=15),
    width=st.integers(min_value=2, max_value=5),
    phase_lo=st.integers(min_value=3, max_value=5),
    load=st.sampled_from([4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 20.0]),
)
def test_a_small_step_in_the_hand_keeps_the_reps_within_two_regression(
    name: str, lo: int, width: int, phase_lo: int, load: float
) -> None:
    old = IntRange(lo, lo + width)
    phase = IntRange(phase_lo, phase_lo + 3)  # the phase's fewer reps: under ``old``
    before = Prescription(
        exercise=name,
        dose=Dose(
            sets=2, reps=old, load_kg=load, rir=IntRange(1, 3), rest_seconds=IntRange(90, 150)
        ),
    )
    now = Prescription(
        exercise=name,
        dose=Dose(
            sets=2, reps=old, load_kg=load + 2, rir=IntRange(1, 3), rest_seconds=IntRange(90, 150)
        ),
    )
    out = fewer_reps(now, before, phase, CATALOG[name])
    top = out.dose.amount.hi
    assert top >= min(old.hi, max(phase.hi, old.hi - 2))
    assert out.dose.amount.lo >= min(old.lo, max(phase.lo, min(old.lo - 2, top - 4)))
    assert top <= old.hi


def test_a_small_step_reason_names_the_load_the_plan_shows_regression() -> None:
    athlete = rs.Athlete(level="advanced", equipment="gym", lifts=LIFTS)
    forecast = _race_block(athlete, 16).weeks
    plans = (*forecast, *(p for events in EVENTS for p in season(*events)))
    steps = ("phase.strength.small_step", "phase.strength.small_step.fewer")
    for plan in plans:
        for s in plan.sessions:
            for rx in s.exercises:
                for part in parts_of(rx.reason):
                    if part.code in steps:
                        assert part.params["load_kg"] == rx.dose.load_kg, rx
                        assert part.params["amount"] == str(rx.dose.amount), rx
