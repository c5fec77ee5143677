"""The vocabulary: small closed sets of names that every other value is built from.

Every enum is a :class:`enum.StrEnum` whose value is the lower-case string used in JSON.
Members keep the order in which they are declared; :func:`ordered` sorts any collection of
members into that order so that output never depends on set iteration order (which changes
with the interpreter's hash seed).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar, final

__all__ = [
    "BARS_AND_MACHINES",
    "Change",
    "Equipment",
    "Focus",
    "Goal",
    "Injury",
    "Level",
    "Muscle",
    "Pain",
    "Pattern",
    "Phase",
    "Placement",
    "RunKind",
    "Severity",
    "Symptom",
    "Weekday",
    "kit",
    "ordered",
]

E = TypeVar("E", bound=enum.Enum)


class _Vocabulary(enum.StrEnum):
    """Base of every vocabulary enum: value is the JSON string, order is declaration order."""

    @property
    def rank(self) -> int:
        """Position of the member in declaration order (0 for the first)."""
        return self._rank_  # type: ignore[attr-defined, no-any-return]  # set below

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


def _rank_members(cls: type[_Vocabulary]) -> None:
    # On each member, not in a dict: a StrEnum member equals its string, so RunKind.tempo
    # and Change.tempo would share one dict entry.
    for index, member in enumerate(cls):
        member._rank_ = index  # type: ignore[attr-defined]


def _rank_of(member: enum.Enum) -> int:
    return member._rank_  # type: ignore[attr-defined, no-any-return]


def ordered(members: Iterable[E]) -> tuple[E, ...]:
    """Return the distinct members in declaration order.

    This is the only way the library iterates a set of enum members, so that every
    output and decision is the same under any ``PYTHONHASHSEED``.

    >>> ordered({Weekday.sun, Weekday.mon})
    (Weekday.mon, Weekday.sun)
    """
    return tuple(sorted(set(members), key=_rank_of))


@final
class Level(_Vocabulary):
    """Training experience, ordered ``beginner < intermediate < advanced``.

    >>> Level.beginner < Level.advanced
    True
    """

    beginner = "beginner"
    intermediate = "intermediate"
    advanced = "advanced"

    # Levels compare with levels only: a StrEnum would otherwise fall back to comparing
    # strings, and Level.advanced < "beginner" would be true.
    def _other(self, other: object) -> int:
        if not isinstance(other, Level):
            raise TypeError(f"cannot order a Level against {type(other).__name__}")
        return other.rank

    def __lt__(self, other: object) -> bool:
        return self.rank < self._other(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= self._other(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > self._other(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= self._other(other)


@final
class Muscle(_Vocabulary):
    """A muscle group that runner strength work trains."""

    quadriceps = "quadriceps"
    glutes = "glutes"
    glute_medius = "glute_medius"
    """The hip abductors that hold the pelvis level in single-leg stance."""
    hamstrings = "hamstrings"
    adductors = "adductors"
    hip_flexors = "hip_flexors"
    calves = "calves"
    """The gastrocnemius, worked hardest with a straight knee."""
    soleus = "soleus"
    """The deep calf muscle, worked hardest with a bent knee."""
    feet_ankles = "feet_ankles"
    core = "core"
    lower_back = "lower_back"


@final
class Equipment(_Vocabulary):
    """One item of equipment. See :func:`kit` for the named presets."""

    dumbbell = "dumbbell"
    kettlebell = "kettlebell"
    barbell = "barbell"
    squat_rack = "squat_rack"
    bench = "bench"
    box = "box"
    step = "step"
    wall = "wall"
    chair = "chair"
    mini_band = "mini_band"
    ankle_weights = "ankle_weights"
    exercise_ball = "exercise_ball"
    leg_press = "leg_press"
    leg_extension = "leg_extension"
    leg_curl = "leg_curl"
    seated_calf_machine = "seated_calf_machine"
    cable_machine = "cable_machine"
    glute_drive_machine = "glute_drive_machine"
    treadmill = "treadmill"
    rower = "rower"
    bike = "bike"


KITS: dict[str, frozenset[Equipment]] = {
    "none": frozenset(),
    "home": frozenset({Equipment.wall, Equipment.chair, Equipment.step}),
    "gym": frozenset(Equipment),
}
"""Named equipment presets: ``none`` (floor only), ``home`` (wall, chair, step), ``gym`` (all)."""

BARS_AND_MACHINES: frozenset[Equipment] = frozenset(
    {
        Equipment.barbell,
        Equipment.leg_press,
        Equipment.leg_extension,
        Equipment.leg_curl,
        Equipment.seated_calf_machine,
        Equipment.cable_machine,
        Equipment.glute_drive_machine,
    }
)
"""Items whose lifts are heavy work whatever a session calls itself (RS101, RS305)."""


def kit(name: str) -> frozenset[Equipment]:
    """Return the equipment of a named kit: ``"none"``, ``"home"`` or ``"gym"``.

    >>> ordered(kit("home"))
    (Equipment.step, Equipment.wall, Equipment.chair)

    Raises:
        InputError: ``name`` is not a kit (an ``InputError`` is a ``ValueError``).
    """
    try:
        return KITS[name]
    except (KeyError, TypeError):  # a TypeError: ``name`` cannot be a key (a list, ...)
        from runstrength._model.checks import shown  # noqa: PLC0415  # the checks build on vocab
        from runstrength._model.errors import InputError  # noqa: PLC0415  # _errors needs no vocab

        known = ", ".join(KITS)
        raise InputError(f"unknown equipment kit {shown(name)} (known kits: {known})") from None


@final
class Pattern(_Vocabulary):
    """A movement pattern. An exercise has one or more."""

    squat = "squat"
    lunge = "lunge"
    single_leg = "single_leg"
    hinge = "hinge"
    hip_extension = "hip_extension"
    calf = "calf"
    hip_stability = "hip_stability"
    core = "core"
    """Trunk control: anti-extension, anti-rotation and side support."""
    lateral = "lateral"
    plyometric = "plyometric"
    isometric = "isometric"
    isolation = "isolation"


@final
class RunKind(_Vocabulary):
    """The kind of a run; ``long``, ``tempo``, ``intervals``, ``hills``, ``race`` are key runs."""

    easy = "easy"
    recovery = "recovery"
    long = "long"
    tempo = "tempo"
    intervals = "intervals"
    hills = "hills"
    race = "race"

    @property
    def is_key(self) -> bool:
        """Whether this is a key (quality) run that strength work must not spoil.

        >>> RunKind.tempo.is_key, RunKind.easy.is_key
        (True, False)
        """
        return self in _KEY_RUNS


_KEY_RUNS = frozenset({RunKind.long, RunKind.tempo, RunKind.intervals, RunKind.hills, RunKind.race})


@final
class Weekday(_Vocabulary):
    """A day of the week, Monday first."""

    mon = "mon"
    tue = "tue"
    wed = "wed"
    thu = "thu"
    fri = "fri"
    sat = "sat"
    sun = "sun"

    @property
    def next(self) -> Weekday:
        """The following day (Sunday is followed by Monday).

        >>> Weekday.sun.next
        Weekday.mon
        """
        return _WEEKDAYS[(self.rank + 1) % 7]

    @property
    def previous(self) -> Weekday:
        """The day before (Monday is preceded by Sunday)."""
        return _WEEKDAYS[(self.rank - 1) % 7]

    @property
    def title(self) -> str:  # type: ignore[override]  # a day's name, not str.title()
        """The day's full English name.

        >>> Weekday.tue.title
        'Tuesday'
        """
        return _DAY_NAMES[self.rank]

    def gap(self, other: Weekday) -> int:
        """Days between two weekdays in a repeating week (0–3).

        >>> Weekday.sun.gap(Weekday.mon), Weekday.mon.gap(Weekday.thu)
        (1, 3)
        """
        forward = (other.rank - self.rank) % 7
        return min(forward, 7 - forward)


@final
class Focus(_Vocabulary):
    """What a strength session is for: the harder ``strength`` or the ``light`` session."""

    strength = "strength"
    light = "light"


@final
class Placement(_Vocabulary):
    """Where a session sits in its day: ``after_run`` or ``standalone``."""

    after_run = "after_run"
    standalone = "standalone"


@final
class Injury(_Vocabulary):
    """A current complaint that rules some exercises out."""

    achilles = "achilles"
    knee = "knee"
    hip = "hip"
    lower_back = "lower_back"
    ankle = "ankle"
    shin = "shin"
    hamstring = "hamstring"
    plantar_fascia = "plantar_fascia"


@final
class Goal(_Vocabulary):
    """What the athlete wants strength work to help with."""

    hills = "hills"
    speed = "speed"
    endurance = "endurance"
    resilience = "resilience"


@final
class Pain(_Vocabulary):
    """Pain reported for an exercise in a log."""

    none = "none"
    mild = "mild"
    sharp = "sharp"


@final
class Symptom(_Vocabulary):
    """A red-flag symptom: any of them stops training and calls for professional advice."""

    numbness = "numbness"
    dizziness = "dizziness"
    chest_pain = "chest_pain"
    unusual = "unusual"


@final
class Severity(_Vocabulary):
    """How serious a rule break is: an ``error`` must be fixed, a ``warning`` is advice."""

    error = "error"
    warning = "warning"


@final
class Phase(_Vocabulary):
    """What a week of a season is for.

    A season runs general → strength → power (or maintenance) into a race, with deloads in
    the running's cut-back weeks, a taper before the goal race and a recovery week after it.
    """

    build = "build"
    """A build week of a version-1 block document; new blocks name the phase instead."""
    general = "general"
    """Learn the movements: moderate reps, the lower end of the sets."""
    strength = "strength"
    """Heavier work: fewer reps, more sets for intermediate and advanced runners."""
    power = "power"
    """Near races, for intermediate and advanced runners: strength kept, low-level jumps added."""
    maintenance = "maintenance"
    """Keep what was built with less volume: the same effort, fewer sets."""
    deload = "deload"
    """A clearly lighter week, lined up with the running's cut-back weeks, so the work sinks in."""
    taper = "taper"
    """The run-in to a race: volume cut by about half, effort kept, no heavy session late."""
    race = "race"
    """The week of a race: light work only, nothing the day before."""
    recovery = "recovery"
    """The week after a goal race: light work only while the legs recover."""


@final
class Change(_Vocabulary):
    """The one thing a progression changes."""

    none = "none"
    reps = "reps"
    load = "load"
    sets = "sets"
    seconds = "seconds"
    tempo = "tempo"
    range = "range"
    variation = "variation"
    regress = "regress"
    deload = "deload"
    stop = "stop"
    record = "record"
    """The load the athlete lifted is written into the plan; the dose itself does not change."""


for _cls in (
    Level,
    Muscle,
    Equipment,
    Pattern,
    RunKind,
    Weekday,
    Focus,
    Placement,
    Injury,
    Goal,
    Pain,
    Symptom,
    Severity,
    Phase,
    Change,
):
    _rank_members(_cls)

_WEEKDAYS: tuple[Weekday, ...] = tuple(Weekday)
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
