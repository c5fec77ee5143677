"""Load math: 1RM estimates, the RTS chart and the load steps equipment can make.

Reps in reserve (RIR) count as extra reps: 8 reps with 2 in reserve estimate the same
1RM as 10 reps to failure (Zourdos et al. 2016, RIR-based RPE scale). Sources: Epley 1985,
Brzycki 1993, Lombardi 1989 and Mike Tuchscherer's Reactive Training Systems (RTS) chart.
"""

from __future__ import annotations

import math
import sys
from bisect import bisect_right
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple

from runstrength._model.checks import check_args, shown
from runstrength._model.errors import InputError, Problem
from runstrength._model.vocab import Equipment

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "RTS_CHART",
    "carries_load",
    "estimate_1rm",
    "load_for",
    "round_load",
    "step_down",
    "step_up",
]

RTS_CHART: Final[Mapping[int, float]] = MappingProxyType(
    {1: 100.0, 2: 95.5, 3: 92.2, 4: 89.2, 5: 86.3, 6: 83.7, 7: 81.1, 8: 78.6,
     9: 76.2, 10: 73.9, 11: 70.7, 12: 68.0, 13: 65.3, 14: 62.6, 15: 59.9}
)  # fmt: skip
"""Percent of 1RM by total reps (reps + RIR) at RIR 0 (RPE 10), after Tuchscherer's RTS chart.

RIR ``k`` reads the same row shifted by ``k`` reps. Totals 13-15 are the published
chart's 12-rep RPE 9, 8 and 7 cells.

Examples:
    >>> RTS_CHART[5], RTS_CHART[1 + 1], RTS_CHART[12 + 3]
    (86.3, 95.5, 59.9)
"""

_FORMULAS: Final = ("epley", "brzycki", "lombardi", "rts")


MAX_LOAD_KG: Final = 1000.0
"""The heaviest load a dose may hold, kg: no step goes past it."""


class _Grid(NamedTuple):
    """Makeable loads in grams: ``sizes`` ascending, then ``step`` apart (0: no more)."""

    sizes: tuple[int, ...]
    step: int


_MACHINE: Final = _Grid((5000,), 5000)
_KETTLEBELL_KG: Final = (4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 48)
_GRIDS: Final[Mapping[Equipment, _Grid]] = MappingProxyType(
    {
        Equipment.dumbbell: _Grid(tuple(range(1000, 10001, 1000)), 2000),
        Equipment.kettlebell: _Grid(tuple(kg * 1000 for kg in _KETTLEBELL_KG), 0),
        Equipment.barbell: _Grid((2500,), 2500),
        Equipment.ankle_weights: _Grid((500,), 500),
        Equipment.leg_press: _MACHINE,
        Equipment.leg_extension: _MACHINE,
        Equipment.leg_curl: _MACHINE,
        Equipment.seated_calf_machine: _MACHINE,
        Equipment.cable_machine: _MACHINE,
        Equipment.glute_drive_machine: _MACHINE,
    }
)


_LARGEST: Final = sys.float_info.max
"""The largest load: a whole number beyond it cannot be a float, so it is refused."""


def _check_load(func: str, name: str, value: float) -> list[Problem]:
    """A load's problem, if any: it must be finite and >= 0 (its type is checked already).

    Compared as given, never converted first: a whole number too large for a float is
    out of range, not an ``OverflowError``; NaN compares false and is out of range too.
    """
    if 0 <= value <= _LARGEST:
        return []
    return [Problem(func, f"{name} must be a finite number >= 0 (got {shown(value)})")]


def _check_set(func: str, reps: int, rir: int, cap: int | None, why: str) -> list[Problem]:
    """The problems of a set's reps and reps in reserve (their types are checked already)."""
    problems = [
        Problem(func, f"{name} must be >= {low} (got {shown(value)})")
        for name, value, low in (("reps", reps, 1), ("rir", rir, 0))
        if value < low
    ]
    if not problems and cap is not None and reps + rir > cap:
        problems.append(
            Problem(func, f"reps + rir must be <= {cap}{why} (got {shown(reps + rir)})")
        )
    return problems


_RTS_WHY: Final = ", the RTS chart covers 1-15 total reps (reps + rir)"


def estimate_1rm(load_kg: float, reps: int, *, rir: int = 0, formula: str = "epley") -> float:
    """Estimate the one-repetition maximum (1RM) from a set.

    The reps counted are ``r = reps + rir``; one rep at RIR 0 returns the load itself
    for every formula. The result is not rounded (see :func:`round_load`).

    Args:
        load_kg: Load lifted, kg (finite, >= 0).
        reps: Reps done (>= 1).
        rir: Reps in reserve at the end of the set (>= 0).
        formula: ``"epley"`` ``w * (1 + r / 30)`` (Epley 1985), ``"brzycki"``
            ``w * 36 / (37 - r)`` (Brzycki 1993, r <= 36), ``"lombardi"`` ``w * r ** 0.10``
            (Lombardi 1989) or ``"rts"`` ``w * 100 / RTS_CHART[r]`` (r <= 15).

    Returns:
        The estimated 1RM, kg.

    Raises:
        InputError: An argument is out of range or the formula is unknown.
        TypeError: ``load_kg`` is not a number, ``reps`` or ``rir`` not an int (a
            ``bool`` is neither), or ``formula`` not a string.

    Examples:
        >>> round(estimate_1rm(100, 10), 2), round(estimate_1rm(100, 8, rir=2), 2)
        (133.33, 133.33)
        >>> round(estimate_1rm(100, 10, formula="lombardi"), 2)
        125.89
        >>> round(estimate_1rm(86.3, 5, formula="rts"), 6), estimate_1rm(140, 1)
        (100.0, 140.0)
    """
    func = "estimate_1rm"
    check_args(
        func, load_kg=(load_kg, float), reps=(reps, int), rir=(rir, int), formula=(formula, str)
    )
    problems = _check_load(func, "load_kg", load_kg)
    if formula not in _FORMULAS:
        choices = ", ".join(_FORMULAS)
        problems.append(Problem(func, f"formula must be one of {choices} (got {shown(formula)})"))
    elif formula == "rts":
        problems += _check_set(func, reps, rir, len(RTS_CHART), _RTS_WHY)
    elif formula == "brzycki":
        problems += _check_set(func, reps, rir, 36, " for formula 'brzycki'")
    else:
        problems += _check_set(func, reps, rir, None, "")
    if problems:
        raise InputError(problems)
    total = reps + rir
    weight = float(load_kg) or 0.0  # -0.0 is no load: 0.0
    if total == 1:
        return weight
    try:
        if formula == "epley":
            result = weight * (1.0 + total / 30)
        elif formula == "brzycki":
            result = weight * (36.0 / (37 - total))
        elif formula == "lombardi":
            result = weight * total**0.10
        else:
            result = weight / (RTS_CHART[total] / 100.0)
    except OverflowError:
        result = math.inf
    if not math.isfinite(result):
        message = f"load_kg {shown(load_kg)} at reps + rir {shown(total)} overflows"
        raise InputError(Problem(func, message))
    return result


def load_for(one_rm_kg: float, reps: int, *, rir: int = 0) -> float:
    """Return the load that gives ``reps`` with ``rir`` in reserve, from :data:`RTS_CHART`.

    This inverts ``estimate_1rm(..., formula="rts")``. The result is not rounded.

    Args:
        one_rm_kg: The 1RM, kg (finite, >= 0).
        reps: Target reps (>= 1).
        rir: Target reps in reserve (>= 0); ``reps + rir`` must be within 1-15.

    Returns:
        The load, kg.

    Raises:
        InputError: An argument is out of range.
        TypeError: ``one_rm_kg`` is not a number, or ``reps`` or ``rir`` not an int.

    Examples:
        >>> round(load_for(100, 5), 6), round(load_for(100, 1, rir=1), 6)
        (86.3, 95.5)
    """
    func = "load_for"
    check_args(func, one_rm_kg=(one_rm_kg, float), reps=(reps, int), rir=(rir, int))
    problems = _check_load(func, "one_rm_kg", one_rm_kg)
    problems += _check_set(func, reps, rir, len(RTS_CHART), _RTS_WHY)
    if problems:
        raise InputError(problems)
    return (float(one_rm_kg) or 0.0) * (RTS_CHART[reps + rir] / 100.0)  # -0.0 is 0.0


def _grams_and_grid(func: str, kg: float, equipment: Equipment) -> tuple[int, _Grid]:
    if type(kg) in (float, int) and 0 <= kg <= _LARGEST and type(equipment) is Equipment:
        # The common case, checked at once: a plain number in range and a known item.
        grid = _GRIDS.get(equipment)
        if grid is not None:
            return round(Fraction(kg) * 1000), grid
    check_args(func, kg=(kg, float), equipment=(equipment, Equipment, str))
    problems = _check_load(func, "kg", kg)
    grid = _GRIDS.get(equipment)
    if grid is None:
        loadable = ", ".join(_GRIDS)
        if equipment in tuple(Equipment):
            message = f"equipment {str(equipment)!r} cannot carry load (loadable: {loadable})"
        else:
            message = f"equipment must be one of {loadable} (got {shown(equipment)})"
        problems.append(Problem(func, message))
    if problems or grid is None:
        raise InputError(problems)
    return round(Fraction(kg) * 1000), grid


def carries_load(equipment: Equipment) -> bool:
    """Whether ``equipment`` can carry load: whether :func:`round_load` accepts it.

    >>> carries_load(Equipment.dumbbell), carries_load(Equipment.bench)
    (True, False)
    """
    return equipment in _GRIDS


def _floor(grid: _Grid, grams: int) -> int:
    sizes, step = grid
    if grams < sizes[0]:
        return 0
    if grams >= sizes[-1]:
        return sizes[-1] + (grams - sizes[-1]) // step * step if step else sizes[-1]
    return sizes[bisect_right(sizes, grams) - 1]


def round_load(kg: float, equipment: Equipment) -> float:
    """Round ``kg`` down to a load the equipment can make.

    Loads are exact whole grams: ``kg`` is first read to the nearest gram (so float noise
    such as ``59.99999999999999`` counts as 60 kg), then rounded down to:

    * dumbbell: 1 kg steps up to 10 kg, then 2 kg steps (9, 10, 12, 14, ...);
    * barbell: 2.5 kg steps (the total load on the bar);
    * leg_press, leg_extension, leg_curl, seated_calf_machine, cable_machine,
      glute_drive_machine: 5 kg steps;
    * kettlebell (project convention): the common bell sizes 4, 6, 8, 10, 12, 14, 16,
      20, 24, 28, 32, 36, 40 and 48 kg; anything heavier rounds to 48 kg;
    * ankle_weights (project convention): 0.5 kg steps.

    Project convention: below the smallest makeable load the result is ``0.0``, meaning
    "cannot be made with this equipment, use bodyweight"; rounding never goes up.

    Args:
        kg: Wanted load, kg (finite, >= 0).
        equipment: A load-carrying item (one of the families above).

    Returns:
        The largest makeable load <= ``kg``, or ``0.0``.

    Raises:
        InputError: ``kg`` is out of range, or the equipment (bench, wall, step, ...)
            cannot carry load.
        TypeError: ``kg`` is not a number, or ``equipment`` not an equipment name.

    Examples:
        >>> round_load(11.9, Equipment.dumbbell), round_load(12.5, Equipment.barbell)
        (10.0, 12.5)
        >>> round_load(50, Equipment.kettlebell), round_load(3.9, Equipment.kettlebell)
        (48.0, 0.0)
    """
    grams, grid = _grams_and_grid("round_load", kg, equipment)
    return _floor(grid, grams) / 1000


def step_up(kg: float, equipment: Equipment) -> float:
    """Return the smallest makeable load strictly above ``kg``: one step up.

    Args:
        kg: Current load, kg (finite, >= 0, read to the gram; need not be makeable).
        equipment: A load-carrying item, as in :func:`round_load`.

    Returns:
        The next load, kg.

    Raises:
        InputError: As :func:`round_load`, or nothing heavier exists (kettlebells stop
            at 48 kg; no load passes the 1,000 kg a dose may hold).

    Examples:
        >>> step_up(10, Equipment.dumbbell), step_up(10.5, Equipment.dumbbell)
        (12.0, 12.0)
        >>> step_up(0, Equipment.ankle_weights), step_up(16, Equipment.kettlebell)
        (0.5, 20.0)
    """
    grams, grid = _grams_and_grid("step_up", kg, equipment)
    sizes, step = grid
    if grams < sizes[-1]:
        return sizes[bisect_right(sizes, grams)] / 1000
    if not step:
        top = sizes[-1] // 1000
        message = f"no {equipment} load above {top} kg (got kg={shown(kg)})"
        raise InputError(Problem("step_up", message))
    up = (_floor(grid, grams) + step) / 1000
    if up > MAX_LOAD_KG:
        message = f"no load above {MAX_LOAD_KG:g} kg, the most a dose holds (got kg={shown(kg)})"
        raise InputError(Problem("step_up", message))
    return up


def step_down(kg: float, equipment: Equipment) -> float:
    """Return the largest makeable load strictly below ``kg``, or ``0.0`` if there is none.

    Args:
        kg: Current load, kg (finite, >= 0, read to the gram; need not be makeable).
        equipment: A load-carrying item, as in :func:`round_load`.

    Returns:
        The previous load, kg, floored at ``0.0`` (bodyweight).

    Raises:
        InputError: As :func:`round_load`.

    Examples:
        >>> step_down(12, Equipment.dumbbell), step_down(2.5, Equipment.barbell)
        (10.0, 0.0)
        >>> step_down(0, Equipment.leg_press), step_down(50, Equipment.kettlebell)
        (0.0, 48.0)
    """
    grams, grid = _grams_and_grid("step_down", kg, equipment)
    return _floor(grid, grams - 1) / 1000
