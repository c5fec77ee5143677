"""The exercise catalog: an immutable, validated collection of exercises."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import final, overload

import attrs

from runstrength._model.checks import shown
from runstrength._model.errors import MAX_PROBLEMS, InputError, Problem
from runstrength._model.exercise import Exercise
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.shown import Shown
from runstrength._model.vocab import Equipment, Injury, Level, Muscle, Pattern

__all__ = ["Catalog"]


def _key(name: str) -> str:
    """Fold a name for lookup: case, surrounding space and inner runs of space/-/_ ignored."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


_SHOWN_IDS = 5
"""Ids a problem shows of a longer loop of links, before ``…``."""


def _check(exercises: tuple[Exercise, ...]) -> Iterator[Problem]:
    """Every consistency problem of a set of exercises, each with its path, in catalog order.

    Linear in the number of exercises, names and links: one pass builds the id index,
    one checks names and links, and one walk per direction finds the loops.
    """
    by_id: dict[str, int] = {}
    whole = True
    for index, item in enumerate(exercises):
        ex: object = item  # a caller's tuple may hold anything; say so instead of crashing
        if not isinstance(ex, Exercise):
            whole = False
            yield Problem(f"$.exercises[{index}]", f"expected an Exercise, got {shown(ex)}")
            continue
        first = by_id.setdefault(ex.id, index)
        if first != index:
            yield Problem(
                f"$.exercises[{index}].id", f"{ex.id!r} is already used by exercises[{first}]"
            )
    if not whole:
        return  # some entries are not exercises: nothing more can be checked
    names: dict[str, str] = {}
    for index, ex in enumerate(exercises):
        for field, name in [("id", ex.id), ("name", ex.name)] + [
            ("aliases", a) for a in ex.aliases
        ]:
            owner = names.setdefault(_key(name), ex.id)
            if owner != ex.id:
                yield Problem(
                    f"$.exercises[{index}].{field}", f"{name!r} already names exercise {owner!r}"
                )
        yield from _link_problems(exercises, by_id, index)
    for link in ("easier", "harder"):  # loops, along the links that resolve
        yield from _loops(exercises, by_id, link)


def _link_problems(
    exercises: tuple[Exercise, ...], by_id: Mapping[str, int], index: int
) -> Iterator[Problem]:
    """The problems of one exercise's ``easier`` and ``harder`` links."""
    ex = exercises[index]
    for link in ("easier", "harder"):
        target: str | None = getattr(ex, link)
        if target is None:
            continue
        path = f"$.exercises[{index}].{link}"
        if target not in by_id:
            yield Problem(path, f"no exercise has id {target!r}")
            continue
        other = exercises[by_id[target]]
        if link == "easier" and other.level > ex.level:
            yield Problem(path, f"{target!r} needs {other.level}, more than {ex.id!r} ({ex.level})")
        if link == "harder" and other.level < ex.level:
            yield Problem(
                path, f"{target!r} needs only {other.level}, less than {ex.id!r} ({ex.level})"
            )


def _loops(
    exercises: tuple[Exercise, ...], by_id: Mapping[str, int], link: str
) -> Iterator[Problem]:
    """One problem per loop of ``link``s, at its first exercise, in catalog order.

    Each exercise has at most one ``link``, so the links form chains that may end in a
    loop. Every exercise is walked once: a walk stops at an exercise walked before, and
    it found a loop when that exercise is on the walk itself.
    """
    new, walking, done = 0, 1, 2
    state = [new] * len(exercises)
    loops: list[list[int]] = []
    for start in range(len(exercises)):
        walk: list[int] = []
        node: int | None = start
        while node is not None and state[node] == new:
            state[node] = walking
            walk.append(node)
            target: str | None = getattr(exercises[node], link)
            node = None if target is None else by_id.get(target)
        if node is not None and state[node] == walking:
            loop = walk[walk.index(node) :]
            first = loop.index(min(loop))
            loops.append(loop[first:] + loop[:first])
        for node in walk:
            state[node] = done
    for loop in sorted(loops):
        ids = [exercises[i].id for i in loop]
        if len(ids) <= _SHOWN_IDS + 1:
            chain = " -> ".join([*ids, ids[0]])
        else:
            chain = " -> ".join([*ids[:_SHOWN_IDS], "…", ids[0]]) + f", {len(ids):,} exercises"
        yield Problem(f"$.exercises[{loop[0]}].{link}", f"the chain loops ({chain})")


def _problems(exercises: tuple[Exercise, ...]) -> list[Problem]:
    """The problems of a catalog, at most :data:`MAX_PROBLEMS` (the last one counts the rest)."""
    found = _check(exercises)
    problems = list(itertools.islice(found, MAX_PROBLEMS))
    more = sum(1 for _ in found)
    if more:
        listed = MAX_PROBLEMS - 1
        problems[listed:] = [
            Problem("$.exercises", f"{more + 1:,} more problems (the first {listed:,} are listed)")
        ]
    return problems


def _exercises(items: Iterable[Exercise]) -> tuple[Exercise, ...]:
    return tuple(items)


@final
@attrs.frozen(cache_hash=True)
class Catalog(Shown):
    """An immutable collection of exercises, checked as a whole when built.

    Ids must be unique, names and aliases must not name two exercises, ``easier`` and
    ``harder`` links must resolve without loops, and an easier variation must not need a
    higher level. Problems are reported together in one :class:`~runstrength.InputError`.

    ``repr()`` is a one-line summary (``Catalog(61 exercises)``), as the field-by-field form
    of a whole catalog runs to tens of thousands of characters; ``str()`` lists one exercise
    a line, and notebooks show a table.

    Args:
        exercises: The exercises, in the order listings show them.

    >>> cat = default_catalog()
    >>> cat["goblet_squat"].name
    'Goblet squat'
    >>> cat.find("pistols").id
    'pistol_squat'
    """

    exercises: tuple[Exercise, ...] = attrs.field(converter=_exercises)
    _by_id: FrozenMap[str, Exercise] = attrs.field(init=False, repr=False, eq=False)
    _by_name: FrozenMap[str, Exercise] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems = _problems(self.exercises)
        if problems:
            raise InputError(problems)
        object.__setattr__(self, "_by_id", FrozenMap((ex.id, ex) for ex in self.exercises))
        names: dict[str, Exercise] = {}
        for ex in self.exercises:
            for name in (ex.id, ex.name, *ex.aliases):
                names[_key(name)] = ex
        object.__setattr__(self, "_by_name", FrozenMap(names))

    def __getitem__(self, exercise_id: str) -> Exercise:
        try:
            return self._by_id[exercise_id]
        except KeyError:
            hint = self.find(exercise_id) if isinstance(exercise_id, str) else None
            extra = f" (did you mean {hint.id!r}?)" if hint is not None else ""
            raise KeyError(f"no exercise has id {shown(exercise_id)}{extra}") from None

    @overload
    def get(self, exercise_id: str) -> Exercise | None: ...
    @overload
    def get(self, exercise_id: str, default: Exercise) -> Exercise: ...
    def get(self, exercise_id: str, default: Exercise | None = None) -> Exercise | None:
        """The exercise with this id, or ``default``."""
        return self._by_id.get(exercise_id, default)

    def find(self, name: str) -> Exercise | None:
        """The exercise with this id, name or alias, ignoring case, spaces, ``-`` and ``_``.

        >>> default_catalog().find("Seated Calf Raise").id
        'bent_knee_calf_raise'
        """
        return self._by_name.get(_key(name))

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Exercise):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __len__(self) -> int:
        return len(self.exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id, in catalog order."""
        return tuple(self._by_id)

    def filter(
        self,
        *,
        pattern: Pattern | None = None,
        muscle: Muscle | None = None,
        equipment: Collection[Equipment] | None = None,
        level: Level | None = None,
        injuries: Collection[Injury] = (),
    ) -> tuple[Exercise, ...]:
        """The exercises that match every given condition, in catalog order.

        Args:
            pattern: Has this movement pattern.
            muscle: Trains this muscle (primary or secondary).
            equipment: Can be done with only these items.
            level: Suits an athlete at this level.
            injuries: Is not to be avoided with any of these injuries.

        >>> [e.id for e in default_catalog().filter(pattern=Pattern.calf, level=Level.beginner)][:2]
        ['standing_calf_raise', 'eccentric_calf_raise']
        """
        found = []
        for ex in self.exercises:
            if pattern is not None and pattern not in ex.patterns:
                continue
            if muscle is not None and muscle not in ex.primary and muscle not in ex.secondary:
                continue
            if equipment is not None and not ex.available_with(equipment):
                continue
            if level is not None and not ex.suits(level):
                continue
            if injuries and not ex.avoid_with.isdisjoint(injuries):
                continue
            found.append(ex)
        return tuple(found)

    def extend(self, exercises: Iterable[Exercise]) -> Catalog:
        """A new catalog with ``exercises`` added; an exercise with an existing id replaces it.

        >>> import attrs
        >>> cat = default_catalog()
        >>> mine = attrs.evolve(cat["wall_sit"], id="long_wall_sit", name="Long wall sit",
        ...                     aliases=(), easier=None, harder=None)
        >>> len(cat.extend([mine])) == len(cat) + 1
        True
        """
        items: tuple[object, ...] = tuple(exercises)
        new = {ex.id: ex for ex in items if isinstance(ex, Exercise)}
        others = [ex for ex in items if not isinstance(ex, Exercise)]  # refused by Catalog
        kept = [new.pop(ex.id, ex) for ex in self.exercises]
        return Catalog((*kept, *new.values(), *others))  # type: ignore[arg-type]  # see above

    def without(self, exercise_ids: Iterable[str]) -> Catalog:
        """A new catalog without these ids (links to them must be dropped first)."""
        drop = set(exercise_ids)
        return Catalog(tuple(ex for ex in self.exercises if ex.id not in drop))

    def __repr__(self) -> str:
        """A one-line summary, ``Catalog(61 exercises)``."""
        return self._summary()
