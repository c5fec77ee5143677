"""One exercise: what it trains, what it needs, who it suits and how much of it to do."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any, final

import attrs

from runstrength._model.checks import (
    check_bool,
    check_slug,
    check_text,
    check_texts,
    fail,
    member,
    members,
    shown,
    to_str_tuple,
)
from runstrength._model.dose import Dose
from runstrength._model.errors import InputError
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.shown import Shown
from runstrength._model.vocab import Equipment, Injury, Level, Muscle, Pattern, ordered

__all__ = ["Exercise"]


def _to_groups(
    groups: Iterable[Iterable[Equipment | str] | str] | str,
) -> tuple[frozenset[Equipment], ...]:
    if isinstance(groups, str):  # one item: one group of one
        groups = [groups]
    return tuple(members(Equipment, group, "Exercise.equipment") for group in groups)


def _to_equipment_tuple(items: Iterable[Equipment | str]) -> tuple[Equipment, ...]:
    if isinstance(items, str):
        items = [items]
    return tuple(member(Equipment, item, "Exercise.load_with") for item in items)


def _level(value: Level | str) -> Level:
    return member(Level, value, "Exercise.level")


def _patterns(values: Iterable[Pattern | str] | str) -> frozenset[Pattern]:
    return members(Pattern, values, "Exercise.patterns")


def _primary(values: Iterable[Muscle | str] | str) -> frozenset[Muscle]:
    return members(Muscle, values, "Exercise.primary")


def _secondary(values: Iterable[Muscle | str] | str) -> frozenset[Muscle]:
    return members(Muscle, values, "Exercise.secondary")


def _avoid(values: Iterable[Injury | str] | str) -> frozenset[Injury]:
    return members(Injury, values, "Exercise.avoid_with")


def _to_doses(doses: Mapping[Level, Dose] | Mapping[str, Dose]) -> FrozenMap[Level, Dose]:
    items = sorted(
        ((member(Level, level, "Exercise.doses"), dose) for level, dose in doses.items()),
        key=lambda i: i[0],
    )
    return FrozenMap(items)


@final
@attrs.frozen(kw_only=True, cache_hash=True)  # a memo key of the planner's doses
class Exercise(Shown):
    """A strength exercise, with a dose for every level it suits.

    Args:
        id: A snake_case slug, unique in its catalog.
        name: The display name.
        aliases: Other names people use for it (found case-insensitively).
        patterns: Movement patterns (at least one).
        primary: Muscles it trains most.
        secondary: Muscles it also trains (none in ``primary``).
        equipment: What it needs: every group, any one item of each group. Empty means
            bodyweight on the floor.
        load_with: Items that can add load to it, most suitable first (empty: unloaded).
        level: The lowest level it suits.
        plyometric: Whether it involves jumping or hopping (then ``patterns`` says so too).
        easier: Id of the easier variation, if any.
        harder: Id of the harder variation, if any.
        doses: A dose for every level from ``level`` up.
        avoid_with: Injuries it should not be done with.
        cues: Short coaching cues.
        mistakes: Common mistakes to watch for.
        sources: Where its facts come from (source ids or ``"convention"``).
        fit_category: Its ``exercise_category`` in the FIT profile, in snake_case
            (``squat``, ``hip_raise``), for workout files on a watch; given with
            ``fit_name``, or neither (then one follows from its patterns).
        fit_name: Its ``exercise_name`` within ``fit_category``'s list in the FIT profile,
            in snake_case (``goblet_squat``); given with ``fit_category``, or neither.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    patterns: frozenset[Pattern] = attrs.field(converter=_patterns)
    primary: frozenset[Muscle] = attrs.field(converter=_primary)
    secondary: frozenset[Muscle] = attrs.field(default=frozenset(), converter=_secondary)
    equipment: tuple[frozenset[Equipment], ...] = attrs.field(default=(), converter=_to_groups)
    load_with: tuple[Equipment, ...] = attrs.field(default=(), converter=_to_equipment_tuple)
    level: Level = attrs.field(converter=_level)
    plyometric: bool = False
    easier: str | None = None
    harder: str | None = None
    doses: FrozenMap[Level, Dose] = attrs.field(converter=_to_doses)
    avoid_with: frozenset[Injury] = attrs.field(default=frozenset(), converter=_avoid)
    cues: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    mistakes: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    sources: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    fit_category: str | None = None
    fit_name: str | None = None

    def __attrs_post_init__(self) -> None:
        named = isinstance(self.id, str) and len(self.id) <= 64  # a message names it in full
        owner = f"Exercise {self.id!r}" if named else "Exercise"
        check_slug(owner, "id", self.id)
        check_text(owner, "name", self.name, max_len=100)
        check_texts(owner, "aliases", self.aliases, max_len=100)
        check_texts(owner, "cues", self.cues)
        check_texts(owner, "mistakes", self.mistakes)
        check_texts(owner, "sources", self.sources, max_len=100)
        check_bool(owner, "plyometric", self.plyometric)
        if not self.patterns:
            raise fail(owner, "patterns", "at least one pattern is needed")
        if not self.primary:
            raise fail(owner, "primary", "at least one primary muscle is needed")
        if both := self.primary & self.secondary:
            names = ", ".join(ordered(both))
            raise fail(owner, "secondary", f"{names} already listed as primary")
        if self.plyometric != (Pattern.plyometric in self.patterns):
            raise fail(owner, "plyometric", "must be true exactly when patterns has plyometric")
        self._check_fit(owner)
        for index, group in enumerate(self.equipment):
            if not group:
                raise fail(owner, f"equipment[{index}]", "an equipment group cannot be empty")
        for link in ("easier", "harder"):
            target = getattr(self, link)
            if target is not None:
                check_slug(owner, link, target)
                if target == self.id:
                    raise fail(owner, link, "an exercise cannot be its own variation")
        below = [str(lvl) for lvl in self.doses if lvl < self.level]
        if below:
            names = ", ".join(below)
            raise fail(owner, "doses", f"has doses for {names}, below its level ({self.level})")
        missing = [lvl for lvl in Level if lvl >= self.level and lvl not in self.doses]
        if missing:
            names = ", ".join(missing)
            raise fail(owner, "doses", f"needs a dose for every level it suits (missing: {names})")
        for level, dose in self.doses.items():
            if not isinstance(dose, Dose):
                raise fail(owner, f"doses.{level}", f"expected a Dose, got {shown(dose)}")

    def _check_fit(self, owner: str) -> None:
        for field in ("fit_category", "fit_name"):
            value = getattr(self, field)
            if value is not None:
                check_slug(owner, field, value)
        if (self.fit_category is None) != (self.fit_name is None):
            given, missing = (
                ("fit_category", "fit_name")
                if self.fit_name is None
                else ("fit_name", "fit_category")
            )
            raise fail(owner, missing, f"needed with {given} (give both or neither)")

    @property
    def muscles(self) -> frozenset[Muscle]:
        """Every muscle it trains, primary and secondary."""
        return self.primary | self.secondary

    def suits(self, level: Level) -> bool:
        """Whether an athlete at ``level`` may do it.

        >>> from runstrength import default_catalog
        >>> default_catalog()["box_jump"].suits(Level.beginner)
        False
        """
        return self.level <= level

    def available_with(self, equipment: Collection[Equipment]) -> bool:
        """Whether ``equipment`` satisfies every group this exercise needs."""
        return all(not group.isdisjoint(equipment) for group in self.equipment)

    def dose_for(self, level: Level) -> Dose:
        """The catalog dose for ``level``.

        Raises:
            InputError: The exercise does not suit ``level``.
        """
        try:
            return self.doses[level]
        except KeyError:
            raise InputError(
                f"{self.id} suits {self.level} and up, not {level}; pick an easier variation"
            ) from None

    def summary(self) -> dict[str, Any]:
        """A short, JSON-friendly description (used by listings)."""
        return {
            "id": self.id,
            "name": self.name,
            "level": str(self.level),
            "patterns": [str(p) for p in ordered(self.patterns)],
            "primary": [str(m) for m in ordered(self.primary)],
            "equipment": [[str(e) for e in ordered(g)] for g in self.equipment],
        }
