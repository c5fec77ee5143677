"""At a ceiling, a held exercise changes to a harder form of its pattern, never an easier one."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._progression.ask import Ask, hold
from runstrength._progression.fit import Fit
from runstrength._progression.unhold import rotations, unhold

CAT = rs.default_catalog()
GYM = rs.Athlete(level="intermediate", equipment="gym", session_minutes=40)


def _held(exercise: str, dose: rs.Dose, sets: list[rs.SetLog], *, light: bool = False) -> Ask:
    """``exercise`` at ``dose``, done the same clean way three sessions before this one."""
    rx = rs.Prescription(exercise, dose)
    log = rs.ExerciseLog(exercise=exercise, sets=sets)
    return Ask(rx, log, CAT[exercise], CAT, fit=Fit(GYM), history=(log, log, log), light=light)


PALLOF_AT_20 = rs.Dose(sets=1, reps=(10, 12), per_side=True, rest_seconds=(30, 60), load_kg=20)
"""A Pallof press at the cable's 20 kg, its useful load."""


def _pallof() -> Ask:
    return _held("pallof_press", PALLOF_AT_20, [rs.SetLog(reps=12, load_kg=20)])


def test_a_pallof_press_at_its_ceiling_becomes_a_bird_dog_regression() -> None:
    # Persona 5: a Pallof press held at the cable's 20 kg changed to "Bird dog at 1 × 8–12
    # … for a fresh stimulus": a beginner's body-weight drill, a step down. Its next form
    # is the harder split-stance press, at the same sets, with its lever named.
    ask = _pallof()
    step = unhold(ask, hold(ask.prescription, "held"), lambda _: True)
    assert step.change is rs.Change.variation
    assert step.next.exercise == "split_stance_pallof_press"
    assert step.next.dose.sets == PALLOF_AT_20.sets
    said = text_of(step.reason)
    assert "harder" in said
    assert "a narrower stance or a step farther from the stack" in said
    assert "the same work in another form" not in said


def test_a_pallof_press_at_its_ceiling_with_no_harder_form_open_holds_and_says_so_regression() -> (
    None
):
    # With its harder form closed (already in the session), the press holds and says why,
    # rather than step down to a bird dog or a plank.
    closed = frozenset({"split_stance_pallof_press"})
    ask = attrs.evolve(_pallof(), avoid=closed)
    step = unhold(ask, hold(ask.prescription, "held"), lambda _: True)
    assert step.next.exercise == "pallof_press"  # a slower tempo, the same press
    slow = attrs.evolve(PALLOF_AT_20, reps=(8, 9), tempo=rs.Tempo(3, 0, 1))
    ask = attrs.evolve(_held("pallof_press", slow, [rs.SetLog(reps=9, load_kg=20)]), avoid=closed)
    step = unhold(ask, hold(ask.prescription, "held"), lambda _: True)
    assert step.change is rs.Change.none
    assert step.next == ask.prescription
    assert "no harder variation is open here" in text_of(step.reason)
    assert "step down to an easier form" in text_of(step.reason)


def test_a_forward_lunge_to_a_single_leg_box_squat_says_the_same_work_regression() -> None:
    # Personas 1, 2, 3 and 5: the light day's forward lunge held at its cap of 12 became a
    # single-leg box squat "the same work in another form, at the same light dose". It is
    # a harder variation done for fewer reps, and box height is its lever.
    dose = rs.Dose(sets=2, reps=(8, 12), per_side=True, rest_seconds=(60, 90), rir=(2, 3))
    ask = _held("forward_lunge", dose, [rs.SetLog(reps=12), rs.SetLog(reps=12)], light=True)
    step = unhold(ask, hold(ask.prescription, "held"), lambda _: True)
    assert step.next.exercise == "single_leg_box_squat"
    said = text_of(step.reason)
    assert "a harder variation, fewer reps" in said
    assert "Box height is the lever" in said
    assert "the same work in another form" not in said


@settings(max_examples=60, deadline=None)
@given(
    exercise=st.sampled_from([e for e in CAT if not e.plyometric]),
    level=st.sampled_from(list(rs.Level)),
    light=st.booleans(),
)
def test_a_change_of_form_never_steps_down_regression(
    exercise: rs.Exercise, level: rs.Level, light: bool
) -> None:
    # The rule behind the bird dog: a change of form for a held exercise goes to the same
    # level or above, never to its easier chain; at a load ceiling, only a harder form.
    if not exercise.suits(level):
        return
    athlete = attrs.evolve(GYM, level=level)
    dose = exercise.dose_for(level)
    rx = rs.Prescription(exercise.id, dose)
    log = rs.ExerciseLog(exercise=exercise.id, sets=[])
    ask = Ask(rx, log, exercise, CAT, fit=Fit(athlete), light=light)
    easier: set[str] = set()
    below = exercise.easier
    while below is not None and below not in easier:
        easier.add(below)
        below = CAT[below].easier if below in CAT else None
    for other, _ in rotations(ask):
        assert other.level >= exercise.level, (exercise.id, other.id)
        assert other.id not in easier, (exercise.id, other.id)
    harder = set(ask.harder_ids())
    assert {other.id for other, _ in rotations(ask, only_harder=True)} <= harder
