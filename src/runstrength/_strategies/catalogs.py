"""Strategies for exercises and whole catalogs whose variation links resolve."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.vocab import Level, Muscle, Pattern
from runstrength._strategies.base import (
    GROUPS,
    IDS,
    INJURIES,
    LOAD_WITH,
    PATTERNS,
    PRIMARY,
    TEXT,
    TEXTS,
    name_key,
)
from runstrength._strategies.values import DOSES, levels

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = ["catalogs", "exercises"]

FIT_PAIRS: SearchStrategy[tuple[str, str] | None] = st.one_of(
    st.none(),
    st.sampled_from([("squat", "goblet_squat"), ("calf_raise", "standing_calf_raise")]),
    st.tuples(IDS, IDS),
)
"""An exercise's FIT category and name: none, a pair the FIT profile holds, or any slugs."""


def _draw_exercise(
    draw: DrawFn, exercise_id: str, level: Level, easier: str | None, harder: str | None
) -> Exercise:
    patterns = draw(PATTERNS)
    primary = draw(PRIMARY)
    others = [m for m in Muscle if m not in primary]
    secondary = draw(st.frozensets(st.sampled_from(others))) if others else frozenset()
    fit = draw(FIT_PAIRS)
    return Exercise(
        id=exercise_id,
        name=draw(TEXT),
        aliases=draw(TEXTS),
        patterns=patterns,
        primary=primary,
        secondary=secondary,
        equipment=draw(GROUPS),
        load_with=draw(LOAD_WITH),
        level=level,
        plyometric=Pattern.plyometric in patterns,
        easier=easier,
        harder=harder,
        doses={lvl: draw(DOSES[None]) for lvl in Level if lvl >= level},
        avoid_with=draw(INJURIES),
        cues=draw(TEXTS),
        mistakes=draw(TEXTS),
        sources=draw(TEXTS),
        fit_category=None if fit is None else fit[0],
        fit_name=None if fit is None else fit[1],
    )


@st.composite
def _exercises(
    draw: DrawFn,
    ids: SearchStrategy[str],
    level: SearchStrategy[Level],
    easier: SearchStrategy[str | None],
    harder: SearchStrategy[str | None],
) -> Exercise:
    exercise_id = draw(ids)
    return _draw_exercise(
        draw,
        exercise_id,
        draw(level),
        draw(easier.filter(lambda other: other != exercise_id)),
        draw(harder.filter(lambda other: other != exercise_id)),
    )


def exercises(
    *,
    ids: SearchStrategy[str] | None = None,
    level: Level | None = None,
    easier: SearchStrategy[str | None] | None = None,
    harder: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[Exercise]:
    """Valid exercises, with no easier/harder links unless asked for.

    An exercise on its own cannot know which ids its links may point to, so by default
    ``easier`` and ``harder`` are ``None``; :func:`catalogs` builds linked exercises.
    Each exercise has a dose for every level it suits, and none for lower levels.

    Args:
        ids: Where to draw the id from (default: :func:`exercise_ids`).
        level: Fix the lowest level it suits (default: any).
        easier: Where to draw the ``easier`` link from (default: always ``None``).
            A drawn id equal to the exercise's own is rejected.
        harder: Where to draw the ``harder`` link from, likewise.

    Returns:
        A strategy for :class:`~runstrength.Exercise` values.
    """
    return _exercises(
        IDS if ids is None else ids,
        levels() if level is None else st.just(level),
        st.none() if easier is None else easier,
        st.none() if harder is None else harder,
    )


@st.composite
def _catalogs(draw: DrawFn, min_size: int, max_size: int | None) -> Catalog:
    ids = draw(st.lists(IDS, min_size=min_size, max_size=max_size, unique_by=name_key))
    count = len(ids)
    ranks = draw(st.lists(levels(), min_size=count, max_size=count))
    # A harder link goes up, an easier link down, an order of the exercises sorted by
    # level. Ties at one level are broken by a drawn order, a separate one per link, so
    # every loop-free layout of links (with levels that fit) can come out.
    links: dict[str, list[str | None]] = {}
    for link in ("harder", "easier"):
        ties = draw(st.permutations(range(count)))
        order = sorted(range(count), key=lambda i: (ranks[i], ties[i]))
        targets: list[str | None] = [None] * count
        for position, index in enumerate(order):
            pool = order[position + 1 :] if link == "harder" else order[:position]
            if pool:
                targets[index] = draw(st.none() | st.sampled_from([ids[i] for i in pool]))
        links[link] = targets
    # Ids are reserved first; a name or alias that would name a second exercise is dropped
    # (a dropped name falls back to the id, which already names its own exercise).
    taken = {name_key(i): i for i in ids}
    built: list[Exercise] = []
    for index, exercise_id in enumerate(ids):
        ex = _draw_exercise(
            draw, exercise_id, ranks[index], links["easier"][index], links["harder"][index]
        )
        name = ex.name if taken.setdefault(name_key(ex.name), exercise_id) == exercise_id else ""
        aliases = tuple(
            a for a in ex.aliases if taken.setdefault(name_key(a), exercise_id) == exercise_id
        )
        built.append(attrs.evolve(ex, name=name or exercise_id, aliases=aliases))
    return Catalog(built)


def catalogs(*, min_size: int = 0, max_size: int | None = None) -> SearchStrategy[Catalog]:
    """Small valid catalogs whose ``easier``/``harder`` links resolve without loops.

    Ids are unique (also as names), names and aliases never name two exercises, and an
    easier variation never needs a higher level than the exercise pointing at it (nor a
    harder one a lower level). Any exercise may link to any other that fits.

    Args:
        min_size: Fewest exercises.
        max_size: Most exercises (default: no limit; most catalogs drawn hold a handful).

    Returns:
        A strategy for :class:`~runstrength.Catalog` values.

    Raises:
        InvalidArgument: The sizes are negative or the wrong way round.
    """
    if min_size < 0 or (max_size is not None and max_size < min_size):
        raise InvalidArgument(f"need 0 <= min_size <= max_size, got {min_size}, {max_size}")
    return _catalogs(min_size, max_size)
