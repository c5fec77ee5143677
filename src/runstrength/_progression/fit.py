"""Who the next step must suit: the athlete's level, kit and injuries, and the rested areas.

:class:`Fit` answers whether an exercise may come into an athlete's plan as the next step
of another one. With an athlete it checks the rules RS301-RS304 check on a plan; without
one it infers what it can from the exercise the athlete is doing now (they can do that
one): no higher level, no kit beyond what the current exercise needs, no injury it does
not already avoid, no jumping unless it already jumps.

An exercise *loads* an area (named as an :class:`~runstrength.Injury`) when its catalog
entry avoids it with that injury, or when a primary muscle sits there (project
convention): quadriceps the knee, hamstrings the hamstring, calves and soleus the
Achilles, feet and ankles the ankle, adductors, glute medius and hip flexors the hip,
lower back the lower back.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final, final

import attrs

from runstrength._model.vocab import Equipment, Injury, Level, Muscle, ordered
from runstrength._progression.loadmath import carries_load
from runstrength._views.wording import listing

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from runstrength._model.athlete import Athlete
    from runstrength._model.exercise import Exercise

__all__ = ["AREA_OF_MUSCLE", "Fit", "areas_of", "first_loadable", "needs_load", "rested_by"]

AREA_OF_MUSCLE: Final[Mapping[Muscle, Injury]] = MappingProxyType(
    {
        Muscle.quadriceps: Injury.knee,
        Muscle.hamstrings: Injury.hamstring,
        Muscle.calves: Injury.achilles,
        Muscle.soleus: Injury.achilles,
        Muscle.feet_ankles: Injury.ankle,
        Muscle.adductors: Injury.hip,
        Muscle.glute_medius: Injury.hip,
        Muscle.hip_flexors: Injury.hip,
        Muscle.lower_back: Injury.lower_back,
    }
)
"""The area a primary muscle loads (project convention)."""


def areas_of(exercise: Exercise) -> frozenset[Injury]:
    """The areas an exercise loads: what it is avoided with, and where its prime movers sit.

    >>> from runstrength import default_catalog
    >>> ordered(areas_of(default_catalog()["romanian_deadlift"]))
    (Injury.lower_back, Injury.hamstring)
    """
    found = {AREA_OF_MUSCLE[m] for m in exercise.primary if m in AREA_OF_MUSCLE}
    return frozenset(found) | exercise.avoid_with


def _covers(current: Exercise, candidate: Exercise) -> bool:
    """Whether whatever satisfies ``current``'s kit satisfies ``candidate``'s too."""
    return all(any(mine <= group for mine in current.equipment) for group in candidate.equipment)


@final
@attrs.frozen
class Fit:
    """What the next step may bring in: the athlete (if known) and the areas rested.

    Args:
        athlete: The athlete, or ``None`` to infer from the current exercise.
        rested: Areas kept free of load after sharp pain (see :class:`~runstrength.Exclusion`).
    """

    athlete: Athlete | None = None
    rested: frozenset[Injury] = frozenset()

    def problem(self, candidate: Exercise, current: Exercise) -> str | None:
        """Why ``candidate`` may not replace ``current`` for this athlete, or ``None``.

        >>> from runstrength import Athlete, default_catalog
        >>> cat = default_catalog()
        >>> print(Fit(Athlete(level="beginner")).problem(cat["cossack_squat"],
        ...                                               cat["lateral_lunge"]))
        Cossack squat is for advanced athletes and up, and you train at beginner level
        """
        name = candidate.name
        rested = ordered(areas_of(candidate) & self.rested) if self.rested else ()
        if rested:
            return f"{name} loads the {listing(rested)}, rested after pain"
        athlete = self.athlete
        if athlete is None:
            if candidate.level > current.level:
                return (
                    f"{name} is for {candidate.level} athletes and up (pass athlete= to allow it)"
                )
            if not _covers(current, candidate):
                return f"{name} may need kit you have not shown (pass athlete= to allow it)"
            if not candidate.avoid_with <= current.avoid_with:
                clash = listing(ordered(candidate.avoid_with - current.avoid_with))
                return f"{name} is to be avoided with {clash} pain (pass athlete= to allow it)"
            if candidate.plyometric and not current.plyometric:
                return f"{name} is a jump (pass athlete= to allow it)"
            return None
        if not candidate.suits(athlete.level):
            return (
                f"{name} is for {candidate.level} athletes and up, and you train at "
                f"{athlete.level} level"
            )
        if not candidate.available_with(athlete.equipment):
            return f"{name} needs kit you do not have"
        injured = ordered(candidate.avoid_with & athlete.injuries)
        if injured:
            return f"{name} is to be avoided with {listing(injured)} pain"
        if candidate.plyometric and athlete.level is Level.beginner:
            return f"{name} is a jump, and beginners skip jumping"
        return None

    def load_item(self, exercise: Exercise) -> Equipment | None:
        """The first of ``exercise.load_with`` the athlete has that can carry load, if known.

        >>> from runstrength import Athlete, default_catalog
        >>> Fit(Athlete(level="beginner", equipment="gym")).load_item(
        ...     default_catalog()["glute_bridge"])
        Equipment.dumbbell
        """
        if self.athlete is None:
            return None
        return first_loadable(e for e in exercise.load_with if e in self.athlete.equipment)


def first_loadable(items: Iterable[Equipment]) -> Equipment | None:
    """The first item that can carry load (a bench or wall cannot), if any."""
    # A lookup, not a rounding that raises for every item that cannot carry load.
    return next((item for item in items if carries_load(item)), None)


def needs_load(exercise: Exercise) -> bool:
    """Whether the exercise cannot be done without a weight or machine (goblet squat)."""
    return bool(exercise.equipment) and any(
        all(first_loadable([item]) is not None for item in group) for group in exercise.equipment
    )


def rested_by(exercises: Iterable[Exercise], areas: frozenset[Injury]) -> list[str]:
    """The ids of ``exercises`` that load any of ``areas``, in the order given."""
    return [ex.id for ex in exercises if areas_of(ex) & areas]
