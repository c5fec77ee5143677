"""What makes a new athlete's block quicker never changes what it plans.

Each shortcut is checked against the slow way it stands for: values copied with changed
fields against ``attrs.evolve``, a week's share of what later weeks read of it against the
folds over whole weeks, the planner's week with only its day reasons against the full
one, race week's restricted catalog against every exercise rebuilt.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._io.packaged import default_catalog
from runstrength._model.copies import renewed, with_exercises, with_reason
from runstrength._model.dose import IntRange
from runstrength._model.reason import Reason, free_text
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import Pain
from runstrength._plan.climb import after_mild_pain, last_lifted, peak_lifted
from runstrength._plan.current import reasons_seen
from runstrength._plan.cuts import with_sets
from runstrength._plan.history import LOOKBACK
from runstrength._plan.nearrace import known_catalog
from runstrength._plan.power import landings_ok
from runstrength._plan.stronger import topped
from runstrength._plan.week import plan_week
from runstrength._plan.weekfacts import (
    WeekFacts,
    any_mild,
    jumps_of,
    landed_in,
    lifted_in,
    peak_in,
    seen_in,
    topped_in,
)

CATALOG = default_catalog()


@settings(max_examples=60, deadline=None)
@given(st.lists(rst.week_records(), max_size=LOOKBACK + 2))
def test_a_weeks_share_folds_to_what_the_whole_weeks_give(
    history: list[rs.WeekRecord],
) -> None:
    window = [WeekFacts(record, jumps_of(CATALOG)) for record in history[-LOOKBACK:]]
    assert seen_in(window) == reasons_seen(r.plan for r in history[-LOOKBACK:])
    assert topped_in(window) == topped(history, LOOKBACK)
    assert landed_in(window) == landings_ok(history, LOOKBACK, CATALOG)
    lifted = last_lifted(history[-LOOKBACK:])
    assert list(lifted_in(window).items()) == list(lifted.items())
    peak = peak_lifted(history[-LOOKBACK:])
    assert list(peak_in(window).items()) == list(peak.items())
    mild = any(log.pain is Pain.mild for r in history[-LOOKBACK:] for log in r.logs)
    assert any_mild(window) == mild
    if not mild:
        assert after_mild_pain(history[-LOOKBACK:]) == {}


@settings(max_examples=60, deadline=None)
@given(rst.prescriptions(), rst.reasons())
def test_a_prescription_with_a_reason_copied_equals_one_rebuilt(
    rx: rs.Prescription, reason: Reason
) -> None:
    try:
        rebuilt = attrs.evolve(rx, reason=reason)
    except ValueError:
        try:
            with_reason(rx, reason)
        except ValueError:
            return
        raise AssertionError(f"{reason.text!r} passed") from None
    assert with_reason(rx, reason) == rebuilt
    assert with_reason(rx, None) == attrs.evolve(rx, reason=None)


def test_a_reason_too_long_for_a_prescription_is_refused_as_before() -> None:
    rx = rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(8, 10), rest_seconds=90))
    long = free_text("x" * 501)
    with pytest.raises(ValueError, match="at most 500") as rebuilt:
        attrs.evolve(rx, reason=long)
    with pytest.raises(ValueError, match="at most 500") as copied:
        with_reason(rx, long)
    assert str(copied.value) == str(rebuilt.value)


@settings(max_examples=60, deadline=None)
@given(rst.sessions(), st.lists(rst.reasons(), min_size=1, max_size=4))
def test_a_session_copied_with_its_exercises_equals_one_rebuilt(
    session: rs.Session, reasons: list[Reason]
) -> None:
    items = session.exercises[::-1]
    try:
        rebuilt = attrs.evolve(session, exercises=items, reasons=tuple(reasons))
    except ValueError:
        try:
            with_exercises(session, items, tuple(reasons))
        except ValueError:
            return
        raise AssertionError("a reason the checks refuse passed") from None
    assert with_exercises(session, items, tuple(reasons)) == rebuilt


@settings(max_examples=100, deadline=None)
@given(rst.doses(), st.integers(0, 700), st.integers(0, 700))
def test_a_dose_with_a_new_amount_equals_one_rebuilt(dose: rs.Dose, lo: int, span: int) -> None:
    amount = IntRange(lo, lo + span)
    field = dose.unit
    try:
        if field == "reps":
            rebuilt = attrs.evolve(dose, reps=amount)
        elif field == "seconds":
            rebuilt = attrs.evolve(dose, seconds=amount)
        else:
            rebuilt = attrs.evolve(dose, steps=amount)
    except ValueError:
        try:
            dose.with_amount(amount)
        except ValueError:
            return
        raise AssertionError(f"{amount} passed as a {field} range") from None
    assert dose.with_amount(amount) == rebuilt


@settings(max_examples=100, deadline=None)
@given(rst.prescriptions(), st.integers(0, 12), st.none() | rst.reasons())
def test_a_prescription_with_new_sets_equals_one_rebuilt(
    rx: rs.Prescription, sets: int, reason: Reason | None
) -> None:
    try:
        dose = attrs.evolve(rx.dose, sets=IntRange(sets))
        rebuilt = attrs.evolve(rx, dose=dose, reason=rx.reason if reason is None else reason)
    except ValueError:
        try:
            with_sets(rx, sets, reason)
        except ValueError:
            return
        raise AssertionError(f"{sets} sets passed") from None
    assert with_sets(rx, sets, reason) == rebuilt


def test_an_exercise_copied_works_out_its_hash_again() -> None:
    exercise = next(ex for ex in CATALOG if ex.harder is not None)
    hash(exercise)  # kept by the original
    cut = renewed(exercise, harder=None)
    assert cut == attrs.evolve(exercise, harder=None)
    assert hash(cut) == hash(attrs.evolve(exercise, harder=None))


@settings(max_examples=20, deadline=None)
@given(st.sets(st.sampled_from(sorted(ex.id for ex in CATALOG)), max_size=12), st.booleans())
def test_race_weeks_known_catalog_equals_every_exercise_rebuilt(
    known: set[str], with_basic: bool
) -> None:
    restricted = known_catalog(CATALOG, frozenset(known), with_basic=with_basic)
    keep = {ex.id for ex in restricted}
    rebuilt = [
        attrs.evolve(
            ex,
            easier=ex.easier if ex.easier in keep else None,
            harder=ex.harder if ex.harder in keep else None,
        )
        for ex in CATALOG
        if ex.id in keep
    ]
    assert list(restricted) == rebuilt
    assert [hash(ex) for ex in restricted] == [hash(ex) for ex in rebuilt]


@settings(max_examples=40, deadline=None)
@given(rst.athletes(), rst.running_weeks(), st.none() | rst.running_weeks())
def test_the_planners_week_with_day_reasons_only_is_the_full_one_cut_short(
    athlete: rs.Athlete, week: rs.RunningWeek, after: rs.RunningWeek | None
) -> None:
    def planned(day_only: bool) -> rs.WeekPlan:
        return plan_week(
            athlete,
            week,
            catalog=CATALOG,
            settings=DEFAULT_SETTINGS,
            next_week=after,
            day_reasons_only=day_only,
        )

    full, short = planned(False), planned(True)
    assert short.decisions == full.decisions
    assert short.shortfalls == full.shortfalls
    assert len(short.sessions) == len(full.sessions)
    for cut, whole in zip(short.sessions, full.sessions, strict=True):
        assert attrs.evolve(cut, reasons=whole.reasons) == whole
        assert cut.reasons[0] == whole.reasons[0]  # why the day: all the draft keeps
        dropped = cut.reasons[1:]  # a focus nothing could fill, said after the others
        assert whole.reasons[len(whole.reasons) - len(dropped) :] == dropped


def test_a_copy_of_a_reason_said_is_the_reason() -> None:
    said = say("day.off")
    rx = rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=(8, 10), rest_seconds=90))
    assert with_reason(rx, said).reason is said
