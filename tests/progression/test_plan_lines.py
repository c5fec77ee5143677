"""What a plan line says matches what it prescribes, week after week."""

from __future__ import annotations

import itertools
import re

import attrs

import runstrength as rs
from runstrength._model.clean import is_clean
from runstrength._model.reason import text_of
from runstrength._progression.returns import REFERRED_GATE
from tests.progression.simulate import Run, on_target, simulate
from tests.progression.test_personas import (
    ACHILLES,
    GYM,
    HOME,
    WEEK,
    _achilles,
    _mild_pain_weeks_3_and_4,
    _sharp_hinge,
)

CAT = rs.default_catalog()


def _lines(run: Run) -> list[tuple[int, rs.Session, rs.Prescription]]:
    return [
        (week.number, session, rx)
        for week in run.weeks
        for session in week.plan.sessions
        for rx in session.exercises
    ]


def test_a_trial_after_sharp_pain_says_its_load_as_it_rebuilds_regression() -> None:
    # The rebuild's plan lines kept the first week's "about half the load (5 kg, from
    # 10 kg)" at 6, 8 and 10 kg, and a 3-s lowering the dose did not hold.
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=16)
    trial = [
        (n, rx)
        for n, _, rx in _lines(run)
        if text_of(rx.reason).startswith("Back after sharp pain")
    ]
    assert len(trial) >= 3
    for _, rx in trial:
        kg = f"{rx.dose.load_kg:g} kg"
        said = re.findall(r"(\d+(?:\.\d+)?) kg", text_of(rx.reason).split(": stop", 1)[0])
        assert not said or said[0] + " kg" == kg or f"({kg}" in text_of(rx.reason), text_of(
            rx.reason
        )
        if "3-s lowering" in text_of(rx.reason):
            assert rx.dose.tempo is not None, rx.reason
        assert REFERRED_GATE in text_of(rx.reason)  # the referral's condition stays on the line
    assert any("rebuilding" in text_of(rx.reason) for _, rx in trial)
    done = [
        rx for _, _, rx in _lines(run) if text_of(rx.reason).startswith("Rebuilt after sharp pain")
    ]
    assert done  # back at the load it hurt at: the trial is over and says so
    assert all((rx.dose.load_kg or 0) >= 10 for rx in done)


def test_sets_are_one_number_on_every_plan_line_regression() -> None:
    # A harder variation took the catalog's "2–3" sets.
    for logger in (on_target, _sharp_hinge):
        for _, _, rx in _lines(simulate(GYM, WEEK, logger, weeks=16)):
            assert rx.dose.sets.lo == rx.dose.sets.hi, rx


def test_a_light_session_names_no_main_lift_in_its_quota_regression() -> None:
    run = simulate(GYM, WEEK, on_target)
    for week in run.weeks:
        for session, _, step in week.decisions():
            if session.focus is rs.Focus.light:
                assert "(the main lift)" not in text_of(step.reason), text_of(step.reason)


def test_band_work_never_becomes_a_step_up_on_the_light_day_regression() -> None:
    # "the same work in another form" moved a monster walk to a lateral step-up: a knee
    # exercise for glute-medius work.
    run = simulate(GYM, WEEK, _sharp_hinge, weeks=16)
    moves = [
        (CAT[rx.exercise], CAT[step.next.exercise])
        for week in run.weeks
        for _, rx, step in week.decisions()
        if "another form" in text_of(step.reason)
    ]
    assert moves
    knee = {rs.Pattern.squat, rs.Pattern.lunge}
    for old, new in moves:
        assert not (new.patterns & knee) or bool(old.patterns & knee), (old.id, new.id)


def test_a_pinned_rep_count_at_its_minutes_slows_down_regression() -> None:
    # A beginner's split squat rebuilt to "2 × 12" after mild pain froze there for time:
    # a slower tempo for fewer reps was closed because the range was one number.
    # At 35 minutes, where the split squat still rebuilds to one rep count at its minutes.
    run = simulate(attrs.evolve(HOME, session_minutes=35), WEEK, _mild_pain_weeks_3_and_4)
    slowed = [
        step
        for week in run.weeks
        for _, rx, step in week.decisions()
        if rx.exercise == "split_squat"
        and rx.dose.amount.lo == rx.dose.amount.hi
        and step.change is rs.Change.tempo
    ]
    assert slowed
    for step in slowed:
        # one count stays one count ("2 × 9"), never the two-rep range 8–9
        assert is_clean(step.next.dose.amount, step.next.dose.unit)
        assert step.next.dose.amount.lo >= 8


def test_the_achilles_block_never_drops_reps_twice_at_one_load_regression() -> None:
    # Heavy slow resistance climbs by load at each rung: 3 × 12 → 3 × 10 → 3 × 8 all at
    # 65 kg made the work easier, and the block then waited every other week.
    run = simulate(ACHILLES, WEEK, _achilles)
    seated = [
        rx.dose
        for week in run.weeks
        for session in week.plan.sessions
        for rx in session.exercises
        if rx.exercise == "machine_seated_calf_raise"
    ]
    drops = [
        (a.load_kg, b.load_kg) for a, b in itertools.pairwise(seated) if b.amount.hi < a.amount.hi
    ]
    assert len(drops) >= 2
    loads_at_drop = [before for before, _ in drops]
    assert len(set(loads_at_drop)) == len(loads_at_drop)  # a heavier load before each drop
    last = seated[-4:]
    assert [d.load_kg for d in last] == sorted(d.load_kg or 0 for d in last)
    assert len({d.load_kg for d in last}) == len(last)  # on the block: it rises every week
