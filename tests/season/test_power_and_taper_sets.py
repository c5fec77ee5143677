"""A power week keeps its accessories at the last training week's sets; a taper keeps the
main lift's two sets while a one-set accessory can go instead."""

from __future__ import annotations

import runstrength as rs
from runstrength._plan.shaping import is_main_lift
from tests.season.athletes import BLOCK_A, block_a_running

CATALOG = rs.default_catalog()
TRAINING = frozenset({rs.Phase.general, rs.Phase.strength, rs.Phase.power, rs.Phase.maintenance})


def _sets(plan: rs.WeekPlan) -> dict[str, int]:
    return {rx.exercise: rx.dose.sets.lo for s in plan.sessions for rx in s.exercises}


def test_a_power_week_after_a_race_week_adds_no_accessory_set_regression() -> None:
    # Block A, week 11 (power, after a race week without the band walk): monster_walk
    # 3 × 15-20 after 2 sets in week 9, the last training week. The race week in between
    # held no band walk, so the power week's hold on sets had nothing to compare with.
    block = rs.build_block(BLOCK_A, block_a_running())
    for index, phase in enumerate(block.phases):
        if phase is not rs.Phase.power:
            continue
        last = max(i for i in range(index) if block.phases[i] in TRAINING)
        before = _sets(block.weeks[last])
        for s in block.weeks[index].sessions:
            for rx in s.exercises:
                exercise = CATALOG[rx.exercise]
                if exercise.plyometric or is_main_lift(exercise, s.focus):
                    continue
                assert rx.dose.sets.lo <= before.get(rx.exercise, rx.dose.sets.lo), (
                    index + 1,
                    rx.exercise,
                )


def _main_lifts(plan: rs.WeekPlan) -> list[tuple[rs.Weekday, rs.Prescription]]:
    found = []
    for s in plan.sessions:
        main = next((rx for rx in s.exercises if is_main_lift(CATALOG[rx.exercise], s.focus)), None)
        if main is not None:
            found.append((s.day, main))
    return found


def test_block_a_taper_keeps_the_back_squat_at_two_sets_regression() -> None:
    # Block A, weeks 14-15 (taper): back_squat 1 × 5-8 while the week kept a Pallof press
    # and a band walk; the short core hold, no hard set (RS407), had gone first and left
    # the cut one set short. Counted as RS407 counts and kept, a one-set accessory goes.
    block = rs.build_block(BLOCK_A, block_a_running())
    tapers = [i for i, p in enumerate(block.phases) if p is rs.Phase.taper]
    assert tapers
    for index in tapers:
        mains = dict(_main_lifts(block.weeks[index]))
        assert [rx.dose.sets.lo for rx in mains.values()] == [2]


def test_a_deload_keeps_the_main_lift_at_two_sets_while_an_accessory_can_go_regression() -> None:
    # Block A, week 12 (deload after the power week): "back_squat 1 × 5-8 -- Deload week:
    # 2 sets to 1" while the taper two weeks later keeps it at 2. A single heavy set is too
    # little to hold strength; the deload's cut comes from an accessory first.
    block = rs.build_block(BLOCK_A, block_a_running())
    deloads = [i for i, phase in enumerate(block.phases) if phase is rs.Phase.deload]
    assert deloads
    for index in deloads:
        before = _sets(block.weeks[index - 1])
        for s in block.weeks[index].sessions:
            if s.focus is not rs.Focus.strength:
                continue
            main = s.exercises[0]
            assert is_main_lift(CATALOG[main.exercise], s.focus)
            assert main.dose.sets.lo >= min(2, before.get(main.exercise, 2)), (index + 1, main)
        assert rs.week_volume(block.weeks[index]) * 4 <= rs.week_volume(block.weeks[index - 1]) * 3
