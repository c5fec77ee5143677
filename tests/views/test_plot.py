"""Block charts: the numbers behind them, and figures that draw exactly those numbers."""

from __future__ import annotations

import functools
import math
import subprocess
import sys
import textwrap

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import runstrength as rs
from runstrength import strategies as rst
from runstrength._rules.block import TRAINING
from runstrength.plot import (
    exercise_series,
    plot_exercise_series,
    plot_weekly_sets,
    weekly_hard_sets,
)


@functools.cache
def race_block() -> rs.Block:
    """Twelve weeks into a Sunday race (the block in examples/plot_a_block.py)."""
    athlete = rs.Athlete(
        level=rs.Level.intermediate,
        equipment=["dumbbell", "step", "wall", "chair", "mini_band"],
        goals=[rs.Goal.hills],
    )
    normal = rs.RunningWeek(tue="intervals", wed="easy", thu="easy", sat="easy", sun="long")
    race = rs.RunningWeek(tue="easy", thu="easy", sun="race")
    return rs.build_block(athlete, [normal] * 11 + [race])


def totals(block: rs.Block) -> list[int]:
    return [sum(week) for week in zip(*(n for _, n in weekly_hard_sets(block)), strict=True)]


def image_rows(figure: Figure) -> list[list[int]]:
    array = figure.axes[0].images[0].get_array()
    assert array is not None
    return [[int(n) for n in row] for row in array.tolist()]


def ydata(line: Line2D) -> list[float]:
    return [float(v) for v in np.asarray(line.get_ydata(), dtype=float)]


def xdata(line: Line2D) -> list[float]:
    return [float(v) for v in np.asarray(line.get_xdata(), dtype=float)]


def nan_for_none(values: tuple[float | None, ...]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def same(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(
        (math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a, b, strict=True)
    )


def one_week_block(*items: rs.Prescription) -> rs.Block:
    session = rs.Session(day="tue", focus="strength", placement="standalone", exercises=items)
    return rs.Block(
        weeks=[rs.WeekPlan(sessions=[session])],
        phases=[rs.Phase.build],
        running=[rs.RunningWeek()],
    )


# --------------------------------------------------------------------------- counting


def test_each_set_counts_once_for_each_primary_muscle_at_the_top_of_its_range() -> None:
    exercise = rs.Exercise(
        id="test_lunge",
        name="Test lunge",
        patterns=["lunge"],
        primary=["quadriceps", "glutes"],
        secondary=["adductors"],
        level="beginner",
        doses={lvl: rs.Dose(sets=2, reps=8, rest_seconds=60) for lvl in rs.Level},
    )
    catalog = rs.Catalog([exercise])
    block = one_week_block(
        rs.Prescription("test_lunge", rs.Dose(sets=(2, 3), reps=8, per_side=True, rest_seconds=60))
    )
    counts = dict(weekly_hard_sets(block, catalog=catalog))
    assert counts[rs.Muscle.quadriceps] == (3,)
    assert counts[rs.Muscle.glutes] == (3,)
    assert counts[rs.Muscle.adductors] == (0,)  # secondary muscles do not count
    assert [m for m, _ in weekly_hard_sets(block, catalog=catalog)] == list(rs.Muscle)


def test_unknown_exercises_are_named_with_where_they_are() -> None:
    block = one_week_block(
        rs.Prescription("goblet_squat", rs.Dose(sets=3, reps=8, rest_seconds=90)),
        rs.Prescription("moon_squat", rs.Dose(sets=3, reps=8, rest_seconds=90)),
    )
    with pytest.raises(rs.InputError, match=r"weeks\[0\]\.sessions\[0\]\.exercises\[1\].*moon"):
        weekly_hard_sets(block)


def test_not_a_block_is_an_input_error() -> None:
    with pytest.raises(rs.InputError, match="must be a Block"):
        weekly_hard_sets(race_block().weeks[0])  # type: ignore[arg-type]
    with pytest.raises(rs.InputError, match="must be a Block"):
        exercise_series("block", "step_up")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- what a coach expects


def test_deload_weeks_have_fewer_hard_sets_than_the_week_before() -> None:
    block = race_block()
    rows = dict(weekly_hard_sets(block))
    deloads = [i for i, p in enumerate(block.phases) if p is rs.Phase.deload]
    assert deloads == [3, 7]
    for i in deloads:
        assert totals(block)[i] < totals(block)[i - 1]
        assert all(weeks[i] <= weeks[i - 1] for weeks in rows.values())


def test_race_week_is_lighter_than_any_build_week_and_the_taper_resets_reps() -> None:
    block = race_block()
    sums = totals(block)
    assert block.phases[-1] is rs.Phase.race
    assert all(sums[-1] < sums[i] for i, p in enumerate(block.phases) if p is rs.Phase.build)
    taper = block.phases.index(rs.Phase.taper)
    for exercise in block.weeks[taper - 1].sessions[0].exercise_ids:
        bottom = exercise_series(block, exercise, end="bottom")
        before, now = bottom[taper - 1], bottom[taper]
        if before is not None and now is not None:
            assert now <= before


def test_the_strength_phase_lowers_the_rep_range_of_a_main_lift() -> None:
    block = race_block()
    top = exercise_series(block, "romanian_deadlift")
    bottom = exercise_series(block, "romanian_deadlift", end="bottom")
    general = [i for i, p in enumerate(block.phases) if p is rs.Phase.general]
    strength = [i for i, p in enumerate(block.phases) if p is rs.Phase.strength]
    assert {top[i] for i in general} == {10.0}
    assert {bottom[i] for i in general} == {8.0}  # moderate reps: 8–10 at 2–3 in reserve
    assert max(top[i] or 0.0 for i in strength) < 10.0  # heavier: fewer reps
    assert top[-1] is None  # race week holds a light session without it


# --------------------------------------------------------------------------- exercise_series


def test_sets_add_up_over_the_week_and_other_measures_take_the_largest() -> None:
    block = race_block()
    # The light session varies from the strength one, so add a second step-up set by hand.
    (first, *rest) = block.weeks[0].sessions
    step_up = next(
        p for s in block.weeks[0].sessions for p in s.exercises if p.exercise == "step_up"
    )
    doubled = attrs.evolve(first, exercises=(*first.exercises, step_up))
    week = attrs.evolve(block.weeks[0], sessions=(doubled, *rest))
    block = attrs.evolve(block, weeks=(week, *block.weeks[1:]))
    per_session = [
        d for s in week.sessions for p in s.exercises if p.exercise == "step_up" for d in [p.dose]
    ]
    assert len(per_session) == 2  # in both sessions of the week
    assert exercise_series(block, "step_up", measure="sets")[0] == sum(
        d.sets.hi for d in per_session
    )
    assert exercise_series(block, "step_up")[0] == max(d.amount.hi for d in per_session)


def test_a_measure_the_dose_does_not_carry_gives_none() -> None:
    block = race_block()
    assert set(exercise_series(block, "step_up", measure="seconds")) == {None}
    assert set(exercise_series(block, "step_up", measure="load")) == {None}
    walk = exercise_series(block, "lateral_band_walk", measure="steps")
    assert walk[0] == 15.0


def test_names_and_aliases_find_the_exercise() -> None:
    block = race_block()
    assert exercise_series(block, "Split squat") == exercise_series(block, "split_squat")


def test_an_exercise_from_the_catalog_the_block_lacks_is_all_none() -> None:
    assert set(exercise_series(race_block(), "wall_sit")) == {None}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"exercise": "moon_squat"}, "no exercise 'moon_squat'"),
        ({"exercise": 3}, "expected an exercise id"),
        ({"exercise": "step_up", "measure": "weight"}, "measure: 'weight' is not one of"),
        ({"exercise": "step_up", "end": "middle"}, "end: 'middle'"),
    ],
)
def test_bad_arguments_are_input_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(rs.InputError, match=message):
        exercise_series(race_block(), **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- drawing


def test_the_heatmap_draws_weekly_hard_sets_with_phase_labels() -> None:
    block = race_block()
    figure = plot_weekly_sets(block)
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    assert image_rows(figure) == [list(n) for _, n in weekly_hard_sets(block)]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[3] == "4\ndeload"
    assert labels[-1] == "12\nrace"
    assert [t.get_text() for t in ax.get_yticklabels()][2] == "glute medius"
    assert len(figure.axes) == 2  # the heatmap and its colour bar
    cells = [t.get_text() for t in ax.texts]
    assert cells[: len(block.weeks)] == [str(n) for n in weekly_hard_sets(block)[0][1]]


def test_the_lines_draw_exercise_series_labelled_by_name() -> None:
    block = race_block()
    chosen = ["romanian_deadlift", "step_up", "bent_knee_calf_raise"]
    figure = plot_exercise_series(block, chosen)
    ax = figure.axes[0]
    assert [line.get_label() for line in ax.lines] == [
        "Romanian deadlift",
        "Step-up",
        "Bent-knee calf raise",
    ]
    for line, exercise in zip(ax.lines, chosen, strict=True):
        assert same(ydata(line), nan_for_none(exercise_series(block, exercise)))
        assert xdata(line) == list(range(1, 13))
    assert math.isnan(ydata(ax.lines[0])[-1])  # a gap in race week


def test_one_exercise_may_be_given_alone_and_a_missing_one_is_said_to_be() -> None:
    figure = plot_exercise_series(race_block(), "wall_sit", measure="sets")
    assert [line.get_label() for line in figure.axes[0].lines] == ["Wall sit (no sets planned)"]
    with pytest.raises(rs.InputError, match="at least one"):
        plot_exercise_series(race_block(), [])


def test_drawing_on_given_axes_returns_their_whole_figure() -> None:
    figure = Figure()
    grid = figure.add_gridspec(1, 2)
    left, right = figure.add_subfigure(grid[0]), figure.add_subfigure(grid[1])
    ax = right.add_subplot()
    assert plot_weekly_sets(race_block(), ax=ax) is figure
    assert plot_exercise_series(race_block(), "step_up", ax=left.add_subplot()) is figure


def test_without_matplotlib_the_drawing_functions_say_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(rs.MissingExtraError, match=r'pip install "runstrength\[plot\]"'):
        plot_weekly_sets(race_block())
    with pytest.raises(rs.MissingExtraError, match=r'pip install "runstrength\[plot\]"'):
        plot_exercise_series(race_block(), "step_up")


def test_charts_show_as_pictures_in_a_notebook_without_pyplot() -> None:
    # A fresh notebook has no formatter for figures until pyplot is imported: the figure
    # itself must give IPython a PNG.
    for figure in (plot_weekly_sets(race_block()), plot_exercise_series(race_block(), "step_up")):
        assert isinstance(figure, Figure)
        png = figure._repr_png_()  # type: ignore[attr-defined]
        assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_a_figure_given_through_ax_is_the_callers_own() -> None:
    figure = Figure()
    assert plot_weekly_sets(race_block(), ax=figure.add_subplot()) is figure


def test_importing_the_module_does_not_import_matplotlib() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["matplotlib"] = None  # as if it were not installed
        import runstrength.plot
        assert "matplotlib" not in [m.split(".")[0] for m in sys.modules if sys.modules[m]]
        print(runstrength.plot.weekly_hard_sets.__name__)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "weekly_hard_sets"


# --------------------------------------------------------------------------- properties


# Arbitrary blocks are costly to draw; a few examples a run, more under HYPOTHESIS_PROFILE=ci.
FEW = settings(max_examples=max(10, settings().max_examples // 5))


@FEW
@given(block=rst.blocks(max_weeks=5))
def test_hard_sets_are_every_set_times_its_primary_muscles(block: rs.Block) -> None:
    catalog = rs.default_catalog()
    data = weekly_hard_sets(block)
    assert [m for m, _ in data] == list(rs.Muscle)
    assert all(len(weeks) == len(block.weeks) for _, weeks in data)
    for w, plan in enumerate(block.weeks):
        expected = sum(
            p.dose.sets.hi * len(catalog[p.exercise].primary)
            for s in plan.sessions
            for p in s.exercises
        )
        assert sum(weeks[w] for _, weeks in data) == expected


@FEW
@given(block=rst.blocks(max_weeks=5), data=st.data())
def test_a_series_is_none_exactly_in_weeks_without_the_exercise(
    block: rs.Block, data: st.DataObject
) -> None:
    exercise = data.draw(st.sampled_from(rs.default_catalog().ids))
    series = exercise_series(block, exercise, measure="sets")
    for plan, value in zip(block.weeks, series, strict=True):
        held = [p for s in plan.sessions for p in s.exercises if p.exercise == exercise]
        assert (value is None) == (not held)
        assert value is None or value == sum(p.dose.sets.hi for p in held)


@settings(max_examples=5)
@given(block=rst.blocks(max_weeks=4))
def test_figures_draw_exactly_the_data(block: rs.Block) -> None:
    heat = plot_weekly_sets(block)
    assert image_rows(heat) == [list(n) for _, n in weekly_hard_sets(block)]
    planned = [p.exercise for plan in block.weeks for s in plan.sessions for p in s.exercises]
    if planned:
        lines = plot_exercise_series(block, planned[:3], measure="sets").axes[0].lines
        for line, exercise in zip(lines, dict.fromkeys(planned[:3]), strict=True):
            expected = nan_for_none(exercise_series(block, exercise, measure="sets"))
            assert same(ydata(line), expected)


@settings(max_examples=15)
@given(
    athlete=rst.athletes(),
    weeks=st.lists(rst.running_weeks(race=False), min_size=4, max_size=9),
)
def test_built_deload_weeks_are_lighter_than_the_week_before(
    athlete: rs.Athlete, weeks: list[rs.RunningWeek]
) -> None:
    # After a training week: a deload after another lighter week (running cut-backs in a
    # row) is cut from a lighter week already, and may hold as many sets.
    # Lighter in the deload's own measure, working sets (``week_volume``). The chart's
    # muscle rows count a set once for each group it trains, so a deload that swaps a
    # light session's holds for a squat and a hinge may fill as many cells with fewer sets.
    block = rs.build_block(athlete, weeks)
    sums = [rs.week_volume(plan) for plan in block.weeks]
    for i, phase in enumerate(block.phases):
        before = block.phases[i - 1] if i else None
        if phase is rs.Phase.deload and before in TRAINING and sums[i - 1]:
            assert sums[i] < sums[i - 1]


def test_a_deload_after_a_light_only_week_holds_fewer_sets_regression() -> None:
    # The week before could hold only a light session (each training day falls before a
    # long run); the deload's full session still holds fewer working sets than it.
    athlete = rs.Athlete(
        level=rs.Level.beginner,
        equipment="gym",
        available_days=frozenset({rs.Weekday.mon, rs.Weekday.fri}),
        sessions_per_week=2,
        session_minutes=24,
        goals=frozenset({rs.Goal.hills}),
    )
    empty = rs.RunningWeek()
    weeks = [empty, empty, empty, rs.RunningWeek(mon="easy", tue="long", sat="long")]
    block = rs.build_block(athlete, [*weeks, rs.RunningWeek(sun="easy")])
    assert block.phases[3:] == (rs.Phase.general, rs.Phase.deload)
    assert [s.focus for s in block.weeks[3].sessions] == [rs.Focus.light]
    assert rs.week_volume(block.weeks[4]) < rs.week_volume(block.weeks[3])
