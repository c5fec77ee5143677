"""The day search: which of a week's usable days take which focus, from their scores alone.

:func:`~runstrength._plan.days.choose_days` gives each usable day's (score, is strength,
focus) choices; :func:`best_days` finds the combination of days, and the focus of each,
that scores most: each day's score, half a point for each day apart past two, a penalty
for back-to-back days and for a strength session wanted and not placed; ties go to the
earlier days. Memoised on the scores (no athlete, no reason), so every week whose days
score alike shares one search.
"""

from __future__ import annotations

import functools
import itertools

from runstrength._model.vocab import Focus, Weekday

__all__ = ["best_days"]

_ADJACENT_PENALTY = 12.0  # back-to-back sessions (RS105) only when nothing else fits
_NO_STRENGTH_PENALTY = 15.0  # a strength session back to back beats none at all

_SPACING = {
    (day, other): (
        -_ADJACENT_PENALTY if day.gap(other) == 1 else 0.5 * (day.gap(other) - 2),
        day.gap(other) == 1,
    )
    for day in Weekday
    for other in Weekday
}
"""Two days' spacing score in a week of sessions, and whether they are neighbours: back to
back loses :data:`_ADJACENT_PENALTY`, each day apart past two gains half a point."""


@functools.lru_cache(maxsize=4096)  # keyed on the days' scores alone (no athlete, no reason)
def best_days(
    choices: tuple[tuple[Weekday, tuple[tuple[float, bool, Focus], ...]], ...],
    targets: tuple[Focus, ...],
    apart: bool,
) -> tuple[tuple[int, ...], tuple[Focus, ...]] | None:
    """The search of :func:`~runstrength._plan.days.choose_days`: which days, which foci.

    ``choices`` holds each usable day with its (score, is strength, focus) choices; the
    answer is the chosen days' places in it and their foci, or ``None`` when none fit.
    """
    wanted_strength = sum(1 for f in targets if f is Focus.strength)
    # Worked out once: each pair of days' spacing score and whether they are neighbours,
    # and each day's rank in the tie-break order.
    spacing_of: dict[tuple[int, int], float] = {}
    neighbours: set[tuple[int, int]] = set()
    for i, j in itertools.combinations(range(len(choices)), 2):
        spacing, close = _SPACING[choices[i][0], choices[j][0]]
        spacing_of[i, j] = spacing
        if close:
            neighbours.add((i, j))
    ranks = [-day.rank for day, _ in choices]
    picks = [found for _, found in choices]
    # The most each day could add (an assignment adds a day's value, and a penalty that is
    # never negative): a combination whose best cannot beat the best found is passed over.
    tops = [max(value for value, _, _ in found) for found in picks]
    for size in range(min(len(targets), len(choices)), 0, -1):
        best: tuple[float, tuple[int, ...]] | None = None
        best_pick: tuple[tuple[int, ...], tuple[Focus, ...]] | None = None
        short = min(wanted_strength, size)
        # Each combination with the most it could score and its tie-break order, most
        # promising first: once none left can beat the best found, the search stops (the
        # answer is the largest (score, order), so the order of the search does not matter).
        bounded: list[tuple[float, tuple[int, ...], float, tuple[int, ...]]] = []
        if size == 2:  # the usual week: one pair of days, its spacing read once
            for pair, spacing in spacing_of.items():
                if apart and pair in neighbours:
                    continue
                i, j = pair
                # Added as the totals below are: rounding never makes it smaller than any
                # assignment's score (the penalty is never negative).
                bounded.append((spacing + (tops[i] + tops[j]), (ranks[i], ranks[j]), spacing, pair))
        for combo in itertools.combinations(range(len(choices)), size) if size != 2 else ():
            spacing = 0.0
            close = False
            for pair in itertools.combinations(combo, 2):
                spacing += spacing_of[pair]
                close = close or pair in neighbours
            if apart and close:
                continue
            most = 0.0  # as above, added in the order of the totals below
            for i in combo:
                most += tops[i]
            bounded.append((spacing + most, tuple([ranks[i] for i in combo]), spacing, combo))
        bounded.sort(reverse=True)
        for bound, order, spacing, combo in bounded:
            if best is not None and (bound, order) <= best:
                break
            # Every assignment of a focus to each day, in itertools.product's order, with
            # its running total (the day scores are halves: every sum is exact) and its
            # count of strength sessions, built a day at a time.
            sums: list[tuple[float, int, tuple[Focus, ...]]] = [(0.0, 0, ())]
            for i in combo:
                sums = [
                    (total + value, strength + is_strength, (*foci, f))
                    for total, strength, foci in sums
                    for value, is_strength, f in picks[i]
                ]
            for total, strength, foci in sums:
                if strength > wanted_strength:
                    continue
                score = spacing + total
                score -= _NO_STRENGTH_PENALTY * (short - strength)
                if best is None or (score, order) > best:
                    best = (score, order)
                    best_pick = (combo, foci)
        if best_pick is not None:
            return best_pick
    return None
