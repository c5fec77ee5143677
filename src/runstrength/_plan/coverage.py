"""What a session holds of its kind's movement groups, each named by the exercise covering it.

- :func:`holding_reason`: the session's coverage line from its exercises.

003's balanced session holds a squat or lunge, a hip hinge, a single-leg move, calf work
and a hip-stability drill (a light one the last three). The catalog's patterns say which
exercise covers which group; one exercise may cover two (a single-leg calf raise is a
single-leg move and calf work). The line names the exercise for each group, so an athlete
can see which one counts as which, and names any group the session leaves out, rather
than list the groups whatever the session holds.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from runstrength._model.exercise import Exercise
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.vocab import Focus, Pattern
from runstrength._rules.session import REQUIRED
from runstrength._views.wording import exercise_words

__all__ = ["holding_reason"]

Shown = tuple[str, str, frozenset[Pattern]]
"""An exercise as the line needs it: its id, its name and its patterns."""


def holding_reason(focus: Focus, exercises: Sequence[Exercise]) -> Reason:
    """What a session of ``focus`` holding ``exercises`` (in order) covers, by exercise.

    >>> from runstrength._io.packaged import default_catalog
    >>> c = default_catalog()
    >>> moves = [c["back_squat"], c["single_leg_eccentric_calf_raise"], c["monster_walk"]]
    >>> print(holding_reason(Focus.strength, moves))
    Strength session: a squat or lunge (back squat), a single-leg move and calf work (single-leg eccentric calf raise), a hip-stability drill (monster walk); not in it this time: a hip hinge.
    """  # noqa: E501 - a doctest's output is one line
    return _holding(focus, tuple((e.id, e.name, e.patterns) for e in exercises))


def _chosen(focus: Focus, shown: tuple[Shown, ...]) -> dict[str, Shown | None]:
    """Each required group of ``focus`` by name, with the exercise that covers it.

    The first exercise in session order that covers the group and no group before it, or
    failing that the first that covers it; ``None`` for a group none covers.
    """
    out: dict[str, Shown | None] = {}
    used: set[str] = set()
    for name, group in REQUIRED[focus]:
        covering = [e for e in shown if not e[2].isdisjoint(group)]
        fresh = [e for e in covering if e[0] not in used]
        pick = (fresh or covering)[:1]
        used.update(e[0] for e in pick)
        out[name] = pick[0] if pick else None
    return out


@functools.lru_cache(maxsize=512)  # keyed on a focus and the session's moves: weeks repeat
def _holding(focus: Focus, shown: tuple[Shown, ...]) -> Reason:
    groups = {name: "/".join(sorted(p.value for p in group)) for name, group in REQUIRED[focus]}
    chosen = _chosen(focus, shown)
    entries: dict[str, tuple[str, list[str]]] = {}  # by exercise id: its name, its groups
    for name, pick in chosen.items():
        if pick is not None:
            entries.setdefault(pick[0], (pick[1], []))[1].append(name)
    covered_words = ", ".join(
        f"{' and '.join(names)} ({exercise_words(label)})" for label, names in entries.values()
    )
    covered = [name for name, pick in chosen.items() if pick is not None]
    missing = [name for name, pick in chosen.items() if pick is None]
    code = f"session.holds.{focus.value}" + (".short" if missing else "")
    return say(
        code,
        covered=" ".join(groups[name] for name in covered),
        covered_words=covered_words or "light work",
        missing=" ".join(groups[name] for name in missing),
        missing_words=", ".join(missing),
    )
