"""Lighter weeks' common ground: a week kept whole as its sets come down.

- :class:`Whole`: whether a week's sessions stay whole as exercises go (sizes, patterns,
  the muscles RS206 lists).
- :func:`main_floor`: each strength session's main lift keeps :data:`TAPER_MAIN_SETS`
  sets as the others come down.
- :func:`restored`: sets back where fewer sessions took the week too low.
- :func:`kept_in_deload`: what a lighter week keeps: the main lifts and single-leg work.
- :func:`shorter`: shorter sets (8–16 to 8–12) where a session has no set to spare.

The weeks themselves: :mod:`~runstrength._plan.deload`, :mod:`~runstrength._plan.taper`,
:mod:`~runstrength._plan.core` (the core set a taper or race week keeps) and
:mod:`~runstrength._plan.timeoff` (the weeks back after time off).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.clean import clean_cut
from runstrength._model.copies import renewed, with_reason
from runstrength._model.dose import IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reason import free_text
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Injury, Pattern
from runstrength._plan.cuts import Floor, cut_said, volume, with_sets
from runstrength._plan.shaping import is_main_lift
from runstrength._plan.tendonweek import calf_floor, protected_calves
from runstrength._rules.season import TAPER_MAIN_SETS
from runstrength._rules.session import missing_patterns, muscles_trained

__all__ = [
    "TAPER_MAIN_SETS",
    "Held",
    "Sets",
    "Whole",
    "calves_floor",
    "kept_in_deload",
    "main_floor",
    "restored",
    "shorter",
]

_ONE_LEG = frozenset({Pattern.lunge, Pattern.single_leg})
"""Single-leg work, which a deload keeps: strength one leg at a time, as in the stride."""

Sets = list[list[Prescription]]
"""Each session's prescriptions, in plan order, while a week is shaped."""


class Whole:
    """Whether a week's sessions stay whole as exercises go: sizes, patterns, muscles."""

    def __init__(
        self,
        catalog: Catalog,
        settings: RuleSettings,
        foci: list[Focus],
        start: Sets,
        usual: Mapping[str, Prescription] | None = None,
        injuries: Collection[Injury] = (),
    ) -> None:
        self.catalog = catalog
        self.usual: Mapping[str, Prescription] = usual or {}
        """Each exercise's dose of the last training week (a lighter week's "usual")."""
        self.settings = settings
        self.foci = foci
        # An Achilles athlete's calf work, kept as the week gets lighter (``injuries`` given)
        self.calves = protected_calves(start, foci, injuries, catalog)
        self._muscles: dict[str, frozenset[object]] = {}  # by exercise id, as RS206 counts
        self._whole: dict[tuple[int, tuple[str, ...]], bool] = {}  # by session and its ids
        self._held: dict[tuple[str, ...], frozenset[object]] = {}  # by a session's ids
        self.needed = self._trained(start)

    def trained(self, week_items: Sets) -> frozenset[object]:
        """The muscles ``week_items`` train, as RS206 counts them."""
        return self._trained(week_items)

    def _trained(self, week_items: Sets) -> frozenset[object]:
        out: set[object] = set()
        for items in week_items:
            # By session: a week tried without one exercise changes one session only.
            ids = tuple(rx.exercise for rx in items)
            found = self._held.get(ids)
            if found is None:
                found = self._held[ids] = frozenset().union(*map(self._of, ids))
            out |= found
        return frozenset(out)

    def _of(self, exercise_id: str) -> frozenset[object]:
        found = self._muscles.get(exercise_id)
        if found is None:
            exercise = self.catalog.get(exercise_id)
            found = frozenset() if exercise is None else frozenset(muscles_trained(exercise))
            self._muscles[exercise_id] = found
        return found

    def session(self, s: int, items: list[Prescription]) -> bool:
        """The s-th session still has enough exercises and every pattern its focus needs."""
        key = (s, tuple(rx.exercise for rx in items))
        found = self._whole.get(key)
        if found is None:
            known = [self.catalog[i] for i in key[1] if i in self.catalog]
            found = (
                len(items) in self.settings.exercises_per_session
                and not missing_patterns(self.foci[s], known)
                and all(name in key[1] for at, name in self.calves if at == s)
            )
            self._whole[key] = found
        return found

    def sessions(self, week_items: Sets) -> bool:
        """Every session that is left stays whole."""
        return all(self.session(s, items) for s, items in enumerate(week_items) if items)

    def week(self, week_items: Sets) -> bool:
        """Every session stays whole and the week trains every muscle it trained."""
        return self.needed <= self._trained(week_items) and self.sessions(week_items)


Held = Callable[..., Sets]
"""The old way to hold a week to a number of sets: sessions go, light ones first."""


def kept_in_deload(exercise: Exercise | None, focus: Focus) -> bool:
    """An exercise a deload keeps: a main lift, or single-leg work."""
    return exercise is not None and (
        is_main_lift(exercise, focus) or not exercise.patterns.isdisjoint(_ONE_LEG)
    )


def main_floor(contents: Sets, whole: Whole) -> Floor:
    """The fewest sets each prescription keeps in a taper.

    The first main lift of each strength session keeps :data:`TAPER_MAIN_SETS` sets
    (fewer only if it had fewer); every other prescription may go down to one. For an
    Achilles athlete, the calf work the week protects
    (:func:`~runstrength._plan.tendonweek.protected_calves`) keeps its sets in the main
    lift's place, and the main lift's sets may come down with the accessories' (the
    tendon's steady load comes first while the injury is being managed).
    """
    kept: set[tuple[int, str]] = set()
    for s, items in enumerate(contents):
        main = next(
            (rx for rx in items if is_main_lift(whole.catalog.get(rx.exercise), whole.foci[s])),
            None,
        )
        if main is not None:
            kept.add((s, main.exercise))

    def floor(s: int, rx: Prescription) -> int:
        if whole.calves:  # the Achilles calf block is the lift the lighter week keeps
            return calf_floor(whole.calves, s, rx)
        return TAPER_MAIN_SETS if (s, rx.exercise) in kept else 1

    return floor


def calves_floor(whole: Whole) -> Floor:
    """The fewest sets each prescription keeps where a main lift may go lower.

    Only the calf work an Achilles athlete keeps has a floor above one set
    (:func:`~runstrength._plan.tendonweek.calf_floor`).
    """

    def floor(s: int, rx: Prescription) -> int:
        return calf_floor(whole.calves, s, rx)

    return floor


def restored(out: Sets, start: Sets, least: int, why: str) -> Sets:
    """Sets back, up to ``start``'s, where fewer sessions took the week below ``least``."""
    out = [list(items) for items in out]
    for s in range(len(out)):
        for i in range(len(out[s])):
            name = out[s][i].exercise
            was = next((x for x in start[s] if x.exercise == name), out[s][i])
            while volume(out) < least and out[s][i].dose.sets.lo < was.dose.sets.lo:
                more = out[s][i].dose.sets.lo + 1
                if more >= was.dose.sets.lo:  # all its sets back: its own reason again
                    out[s][i] = attrs.evolve(with_sets(out[s][i], more), reason=was.reason)
                else:
                    out[s][i] = with_sets(out[s][i], more, cut_said(why, was.dose.sets, more))
    return out


def shorter(rx: Prescription, title: str) -> Prescription:
    """``rx`` with the top of its reps, seconds or steps taken halfway down (8–16 to 8–12).

    The cut settles on a clean amount at or below it (12–20 to 12–15, 30–45 s to 30–35 s:
    :func:`~runstrength._model.clean.clean_cut`). ``title`` names the week in the reason
    ("Deload week", "Taper").
    """
    amount = rx.dose.amount
    top = amount.lo + (amount.hi - amount.lo) // 2
    if top >= amount.hi or top < amount.lo + 2:
        return rx
    cut = clean_cut(IntRange(amount.lo, top), rx.dose.unit)
    unit = {"reps": "reps", "seconds": "s", "steps": "steps"}[rx.dose.unit]
    code = _SHORTER.get(title)
    if code is None:
        said = free_text(
            f"{title}: {cut} {unit} rather than {amount}, a lighter session at the same load."
        )
    else:
        said = say(code, amount=str(cut), was=str(amount), unit=rx.dose.unit, unit_words=unit)
    return with_reason(renewed(rx, dose=rx.dose.with_amount(cut)), said)


_SHORTER = {
    "Deload week": "deload.shorter",
    "Taper": "taper.shorter",
    "Race week": "race_week.shorter",
}
"""The code of each lighter week's shorter sets, by the week's name in the reason."""
