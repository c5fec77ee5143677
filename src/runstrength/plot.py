"""Charts of a block: hard sets per muscle week by week, and an exercise's doses over time.

The data functions (:func:`weekly_hard_sets`, :func:`exercise_series`) are pure and need
nothing beyond ``runstrength``. The drawing functions (:func:`plot_weekly_sets`,
:func:`plot_exercise_series`) need the ``plot`` extra (``pip install "runstrength[plot]"``);
matplotlib is imported when one of them is called, never when this module is imported.
They build a :class:`matplotlib.figure.Figure` directly (no ``pyplot``), so they change no
global state and need no display: save the figure with ``fig.savefig("block.png")``, or
end a notebook cell with it to see it (the figure draws itself as a PNG for notebooks,
with no ``%matplotlib`` magic needed).

>>> import runstrength as rs
>>> from runstrength.plot import exercise_series, weekly_hard_sets
>>> a = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
>>> w = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
>>> block = rs.build_block(a, [w] * 4)
>>> sets = dict(weekly_hard_sets(block))
>>> sets[rs.Muscle.glutes][3] < sets[rs.Muscle.glutes][2]   # week 4 is a deload
True
>>> len(exercise_series(block, block.weeks[0].sessions[0].exercise_ids[0]))
4
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, get_args

from runstrength._io.packaged import default_catalog
from runstrength._model.block import Block
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange
from runstrength._model.errors import InputError, MissingExtraError
from runstrength._model.vocab import Muscle, Phase
from runstrength._views.escape import chart_label
from runstrength._views.wording import exercise_name, muscle_label

if TYPE_CHECKING:  # matplotlib is optional: imported inside the drawing functions only
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "End",
    "Measure",
    "exercise_series",
    "plot_exercise_series",
    "plot_weekly_sets",
    "weekly_hard_sets",
]

Measure = Literal["reps", "seconds", "steps", "sets", "load"]
"""What :func:`exercise_series` reads from a dose."""

End = Literal["top", "bottom"]
"""Which end of a range :func:`exercise_series` reads."""

_INSTALL = 'plotting needs matplotlib: pip install "runstrength[plot]"'

_MARKERS = ("o", "s", "^", "D", "v", "P", "X")

_Y_LABELS: dict[str, str] = {
    "reps": "reps per set",
    "seconds": "seconds per set",
    "steps": "steps per set",
    "sets": "sets in the week",
    "load": "load (kg)",
}


# --------------------------------------------------------------------------- data


def _checked_block(block: object, owner: str) -> Block:
    if not isinstance(block, Block):
        raise InputError(f"{owner}: block must be a Block, got {type(block).__name__}")
    return block


def _end(value: IntRange, end: End) -> int:
    return value.hi if end == "top" else value.lo


def weekly_hard_sets(
    block: Block, *, catalog: Catalog | None = None
) -> tuple[tuple[Muscle, tuple[int, ...]], ...]:
    """Hard sets each muscle gets in each week of a block.

    How sets count:

    - Every prescribed set is a working (hard) set; warm-ups and cool-downs are routines
      outside the prescriptions and do not count.
    - A set counts once for each of its exercise's ``primary`` muscles and not for its
      ``secondary`` ones, the usual way of counting weekly volume per muscle: a Bulgarian
      split squat set is one set for the quadriceps and one for the glutes.
    - A set done per side counts once (it is one set for each leg).
    - Where a dose gives a range of sets, the top of the range counts (the most the plan
      asks for). Plans from :func:`~runstrength.build_block` give a single number.

    Args:
        block: The block to count.
        catalog: Where exercises' muscles come from (default: the packaged catalog).

    Returns:
        One ``(muscle, sets per week)`` pair for every muscle, in :class:`~runstrength.Muscle`
        order, with one number per week of the block; ``dict()`` turns it into a mapping.

    Raises:
        InputError: ``block`` is not a block, or it uses exercises the catalog lacks (each
            listed with the first place it appears).

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.beginner, equipment="home")
    >>> block = rs.build_block(a, [rs.RunningWeek(tue="easy", sun="long")] * 2)
    >>> [str(m) for m, weeks in weekly_hard_sets(block) if sum(weeks)][:3]
    ['quadriceps', 'glutes', 'glute_medius']
    """
    block = _checked_block(block, "weekly_hard_sets")
    catalog = default_catalog() if catalog is None else catalog
    unknown: dict[str, str] = {}
    counts = {muscle: [0] * len(block.weeks) for muscle in Muscle}
    for w, plan in enumerate(block.weeks):
        for s, session in enumerate(plan.sessions):
            for e, item in enumerate(session.exercises):
                exercise = catalog.get(item.exercise)
                if exercise is None:
                    where = f"weeks[{w}].sessions[{s}].exercises[{e}]"
                    unknown.setdefault(item.exercise, where)
                    continue
                for muscle in exercise.primary:  # adding up: set order cannot matter
                    counts[muscle][w] += item.dose.sets.hi
    if unknown:
        raise InputError(
            f"{where}: no exercise {name!r} in the catalog" for name, where in unknown.items()
        )
    return tuple((muscle, tuple(counts[muscle])) for muscle in Muscle)


def _resolve(block: Block, exercise: object, catalog: Catalog | None) -> str:
    """The id of ``exercise`` (an id in the block or catalog, or a catalog name or alias)."""
    if not isinstance(exercise, str):
        raise InputError(f"exercise: expected an exercise id, got {exercise!r}")
    planned = {p.exercise for plan in block.weeks for s in plan.sessions for p in s.exercises}
    if exercise in planned:
        return exercise
    catalog = default_catalog() if catalog is None else catalog
    if exercise in catalog:
        return exercise
    found = catalog.find(exercise)
    if found is not None:
        return found.id
    raise InputError(f"exercise: no exercise {exercise!r} in the block or the catalog")


def _week_value(doses: Sequence[Dose], measure: Measure, end: End) -> float | None:
    if not doses:
        return None
    if measure == "sets":
        return float(sum(_end(d.sets, end) for d in doses))
    if measure == "load":
        loads = [d.load_kg for d in doses if d.load_kg is not None]
        return float(max(loads)) if loads else None
    amounts = [_end(d.amount, end) for d in doses if d.unit == measure]
    return float(max(amounts)) if amounts else None


def exercise_series(
    block: Block,
    exercise: str,
    *,
    measure: Measure = "reps",
    end: End = "top",
    catalog: Catalog | None = None,
) -> tuple[float | None, ...]:
    """One exercise's planned dose in each week of a block, to follow its progression.

    A week holding the exercise more than once (say in both sessions) gives the sum of its
    sets for ``measure="sets"`` (sets add up over a week) and the largest value for the
    other measures (the hardest target of the week). A week without it gives ``None``, and
    so does a week whose doses count another unit (``measure="reps"`` for a timed hold) or
    carry no load (``measure="load"``).

    Args:
        block: The block to read.
        exercise: The exercise's id, or a name or alias the catalog knows.
        measure: ``"reps"``, ``"seconds"`` or ``"steps"`` per set, ``"sets"`` in the week,
            or ``"load"`` in kilograms.
        end: Which end of a range to read: ``"top"`` (default) or ``"bottom"``. In a
            :func:`~runstrength.build_block` block the bottom of the rep range is what
            climbs from week to week. Load is a single number and ignores it.
        catalog: Where names and aliases are looked up (default: the packaged catalog).

    Returns:
        One value per week of the block, in order.

    Raises:
        InputError: ``block`` is not a block, ``measure`` or ``end`` is not one of those
            listed, or ``exercise`` is in neither the block nor the catalog.

    >>> import runstrength as rs
    >>> a = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    >>> w = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
    >>> block = rs.build_block(a, [w] * 3)
    >>> first = block.weeks[0].sessions[0].exercise_ids[0]
    >>> low = exercise_series(block, first, end="bottom")
    >>> low[0] < low[1] < low[2]
    True
    """
    block = _checked_block(block, "exercise_series")
    if measure not in get_args(Measure):
        choices = ", ".join(get_args(Measure))
        raise InputError(f"measure: {measure!r} is not one of {choices}")
    if end not in get_args(End):
        raise InputError(f"end: {end!r} is not one of top, bottom")
    exercise_id = _resolve(block, exercise, catalog)
    return tuple(
        _week_value(
            [p.dose for s in plan.sessions for p in s.exercises if p.exercise == exercise_id],
            measure,
            end,
        )
        for plan in block.weeks
    )


# --------------------------------------------------------------------------- drawing


def _matplotlib() -> type[Figure]:
    """The figure class drawn on, or a MissingExtraError that says how to install matplotlib."""
    try:
        import matplotlib.figure  # noqa: F401, PLC0415  # optional, loaded on use
    except ImportError as err:
        raise MissingExtraError(_INSTALL) from err
    from runstrength._figure import ChartFigure  # noqa: PLC0415  # needs matplotlib, just found

    return ChartFigure


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """A new figure and axes of ``size`` inches, or ``ax`` and the figure it belongs to."""
    figure_class = _matplotlib()
    if ax is None:
        figure = figure_class(figsize=size, layout="constrained")
        return figure, figure.add_subplot()
    from matplotlib.figure import Figure  # noqa: PLC0415  # optional extra, loaded above

    parent = ax.figure
    while not isinstance(parent, Figure):  # an axes on a subfigure: find the whole figure
        parent = parent.figure
    return parent, ax


def _week_labels(block: Block) -> list[str]:
    return [f"{i}\n{phase}" for i, phase in enumerate(block.phases, start=1)]


def _mark_phases(ax: Axes, block: Block, first: int) -> None:
    """Week ticks labelled with their phase; weeks other than build weeks in bold."""
    ticks = list(range(first, first + len(block.weeks)))
    ax.set_xticks(ticks, _week_labels(block))
    for label, phase in zip(ax.get_xticklabels(), block.phases, strict=True):
        if phase is not Phase.build:
            label.set_fontweight("bold")


def plot_weekly_sets(
    block: Block, *, catalog: Catalog | None = None, ax: Axes | None = None
) -> Figure:
    """A heatmap of hard sets per muscle (rows) and week (columns), each cell numbered.

    The numbers are :func:`weekly_hard_sets`. Each week's label gives its number with its
    phase underneath (``4`` over ``deload``), in bold for deload, taper and race weeks. A
    row of zeros is a muscle the block does not train directly.

    Args:
        block: The block to draw.
        catalog: Where exercises' muscles come from (default: the packaged catalog).
        ax: Axes to draw on (default: a new figure sized to the block).

    Returns:
        The figure drawn on.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install "runstrength[plot]"``);
            also an ``ImportError``.
        InputError: As :func:`weekly_hard_sets`.
    """
    data = weekly_hard_sets(block, catalog=catalog)
    weeks = len(block.weeks)
    figure, ax = _new_axes(ax, (max(6.0, 2.8 + 0.55 * weeks), 5.2))
    rows = [list(counts) for _, counts in data]
    top = max(1, *(n for row in rows for n in row))
    image = ax.imshow(rows, cmap="Blues", vmin=0, vmax=top, aspect="auto")
    size = 8 if weeks <= 20 else 6
    for y, row in enumerate(rows):
        for x, n in enumerate(row):
            colour = "white" if n > 0.6 * top else ("black" if n else "0.6")
            ax.text(x, y, str(n), ha="center", va="center", color=colour, fontsize=size)
    ax.set_yticks(range(len(data)), [muscle_label(m) for m, _ in data])
    _mark_phases(ax, block, 0)
    ax.tick_params(axis="x", labelsize=size)
    ax.tick_params(length=0)
    ax.set_xlabel("week and phase")
    ax.set_title("Hard sets per muscle, week by week")
    figure.colorbar(image, ax=ax, label="hard sets (primary muscles)", shrink=0.9)
    return figure


def plot_exercise_series(
    block: Block,
    exercises: Sequence[str] | str,
    *,
    measure: Measure = "reps",
    catalog: Catalog | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Lines of chosen exercises' doses across the weeks of a block.

    Each line is :func:`exercise_series` (the top of each range), labelled with the
    exercise's catalog name; for ``reps``, ``seconds``, ``steps`` and ``sets`` a shaded
    band reaches down to the bottom of the range, so a rep range closing in on its top as
    the weeks build shows as a narrowing band. Weeks without the exercise are gaps; deload,
    taper and race weeks are shaded grey.

    Args:
        block: The block to draw.
        exercises: Exercise ids (or catalog names or aliases), or one of them.
        measure: What to draw, as in :func:`exercise_series`.
        catalog: Where names come from (default: the packaged catalog).
        ax: Axes to draw on (default: a new figure).

    Returns:
        The figure drawn on.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install "runstrength[plot]"``);
            also an ``ImportError``.
        InputError: No exercise is given, or as :func:`exercise_series`.
    """
    _matplotlib()  # before any work: say what to install first
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415  # optional extra, loaded on use

    chosen = [exercises] if isinstance(exercises, str) else list(exercises)
    if not chosen:
        raise InputError("exercises: name at least one exercise to draw")
    catalog = default_catalog() if catalog is None else catalog
    _checked_block(block, "plot_exercise_series")
    ids = list(dict.fromkeys(_resolve(block, e, catalog) for e in chosen))  # once each
    series = [
        (
            exercise_series(block, i, measure=measure, catalog=catalog),
            exercise_series(block, i, measure=measure, end="bottom", catalog=catalog),
        )
        for i in ids
    ]
    figure, ax = _new_axes(ax, (max(7.0, 3.0 + 0.5 * len(block.weeks)), 4.5))
    weeks = list(range(1, len(block.weeks) + 1))
    for week, phase in zip(weeks, block.phases, strict=True):
        if phase is not Phase.build:
            ax.axvspan(week - 0.5, week + 0.5, color="0.92", zorder=0)
    for n, (exercise_id, (top, bottom)) in enumerate(zip(ids, series, strict=True)):
        name = chart_label(exercise_name(catalog, exercise_id))
        if all(v is None for v in top):
            name = f"{name} (no {measure} planned)"
        (line,) = ax.plot(
            weeks,
            [_nan(v) for v in top],
            label=name,
            # Each line smaller than the one before, with its own marker, so lines that
            # coincide (the same dose in the same weeks) all stay visible.
            marker=_MARKERS[n % len(_MARKERS)],
            markersize=max(3.0, 9.0 - 1.5 * n),
            linewidth=max(1.0, 3.0 - 0.5 * n),
        )
        if measure != "load" and top != bottom:
            ax.fill_between(
                weeks,
                [_nan(v) for v in bottom],
                [_nan(v) for v in top],
                color=line.get_color(),
                alpha=0.15,
                linewidth=0,
            )
    _mark_phases(ax, block, 1)
    ax.tick_params(axis="x", labelsize=8 if len(weeks) <= 20 else 6)  # phase names fit
    ax.set_xlim(0.5, len(weeks) + 0.5)
    ax.set_ylim(bottom=0)
    if measure != "load":  # reps, seconds, steps and sets are whole numbers
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("week and phase")
    ax.set_ylabel(_Y_LABELS[measure])
    ax.set_title(f"{_Y_LABELS[measure].capitalize()} across the block")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    return figure


def _nan(value: float | None) -> float:
    return math.nan if value is None else value
