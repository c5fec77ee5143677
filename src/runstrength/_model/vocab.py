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
    """New to strength training, or back after a long break: bodyweight and light loads, one
    session a week by default, no jumps."""
    intermediate = "intermediate"
    """Has lifted regularly for some months and knows the main lifts: loaded work, two sessions a
    week by default."""
    advanced = "advanced"
    """Years of lifting with sound technique: the heaviest work and the most sets, two sessions a
    week by default."""

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
    """The front of the thigh: straightens the knee and absorbs each landing."""
    glutes = "glutes"
    """The gluteus maximus: extends the hip for push-off and on hills."""
    glute_medius = "glute_medius"
    """The hip abductors that hold the pelvis level in single-leg stance."""
    hamstrings = "hamstrings"
    """The back of the thigh: bends the knee and extends the hip, and slows the swinging leg before
    each footstrike."""
    adductors = "adductors"
    """The inner thigh: steadies the knee and pelvis in single-leg stance."""
    hip_flexors = "hip_flexors"
    """The front of the hip: lifts the knee through the swing."""
    calves = "calves"
    """The gastrocnemius, worked hardest with a straight knee."""
    soleus = "soleus"
    """The deep calf muscle, worked hardest with a bent knee."""
    feet_ankles = "feet_ankles"
    """The small muscles of the foot and around the ankle that hold the arch and steady each
    landing."""
    core = "core"
    """The trunk: abdominals, obliques and deep spinal muscles that keep the pelvis and spine
    steady."""
    lower_back = "lower_back"
    """The spinal erectors that hold the back straight in a hinge and keep posture late in a run."""


@final
class Equipment(_Vocabulary):
    """One item of equipment. See :func:`kit` for the named presets."""

    dumbbell = "dumbbell"
    """A pair of hand weights (or one), adjustable or fixed."""
    kettlebell = "kettlebell"
    """A cast-iron ball with a handle, held in the hands or at the chest."""
    barbell = "barbell"
    """A bar with weight plates, for squats, deadlifts, good mornings and hip thrusts."""
    squat_rack = "squat_rack"
    """A rack that holds a barbell at shoulder height, and an upright to hold in split squats."""
    bench = "bench"
    """A flat, stable weight bench, for box squats, step-ups, split squats and hip thrusts."""
    box = "box"
    """A sturdy box or platform, for box squats, step-ups, deficit lunges and hip thrusts."""
    step = "step"
    """A stair or low step, for step-ups, deficit lunges, calf raises off an edge and box jumps."""
    wall = "wall"
    """A clear wall, for wall sits and balance support."""
    chair = "chair"
    """A sturdy chair: a seat to squat to, a rest for the back foot, or support to hold."""
    mini_band = "mini_band"
    """A short loop resistance band around the legs, for band walks."""
    ankle_weights = "ankle_weights"
    """Weights strapped around the ankles, to load side-lying leg raises."""
    exercise_ball = "exercise_ball"
    """A large inflatable ball (Swiss ball), for the ball wall squat."""
    leg_press = "leg_press"
    """A leg press machine."""
    leg_extension = "leg_extension"
    """A leg extension machine."""
    leg_curl = "leg_curl"
    """A leg curl machine, lying or seated."""
    seated_calf_machine = "seated_calf_machine"
    """A seated calf raise machine, loading the knees from above."""
    cable_machine = "cable_machine"
    """A cable station, for Pallof presses and cable kickbacks."""
    glute_drive_machine = "glute_drive_machine"
    """A hip thrust machine (glute drive)."""
    treadmill = "treadmill"
    """A treadmill: no packaged exercise needs it; a catalog of your own may."""
    rower = "rower"
    """A rowing machine: no packaged exercise needs it; a catalog of your own may."""
    bike = "bike"
    """A stationary bike: no packaged exercise needs it; a catalog of your own may."""


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
    """Both feet down, bending hips and knees together: squats, wall sits, leg presses."""
    lunge = "lunge"
    """A split stance, one leg forward: lunges, split squats, step-ups."""
    single_leg = "single_leg"
    """Work on one leg at a time: single-leg squats, deadlifts and balance work."""
    hinge = "hinge"
    """Bending at the hips with a flat back: deadlifts, good mornings, swings."""
    hip_extension = "hip_extension"
    """Driving the hips forward against load: bridges and hip thrusts."""
    calf = "calf"
    """Rising onto the toes: calf raises, bent- or straight-kneed."""
    hip_stability = "hip_stability"
    """Holding the pelvis level and the knee in line: side-lying leg raises, band walks, clams."""
    core = "core"
    """Trunk control: anti-extension, anti-rotation and side support."""
    lateral = "lateral"
    """Moving or pushing sideways: lateral lunges, band walks, side steps."""
    plyometric = "plyometric"
    """Jumps and hops: quick landings and take-offs that train stiffness and power."""
    isometric = "isometric"
    """Holding a position without moving: wall sits, planks, calf holds."""
    isolation = "isolation"
    """One joint at a time, usually on a machine: leg extensions, leg curls."""


@final
class RunKind(_Vocabulary):
    """The kind of a run; ``long``, ``tempo``, ``intervals``, ``hills``, ``race`` are key runs."""

    easy = "easy"
    """A relaxed run at conversational effort."""
    recovery = "recovery"
    """A very easy, short run to recover: no strength-focus session that day."""
    long = "long"
    """The week's long run: a key run."""
    tempo = "tempo"
    """A sustained, comfortably hard run near threshold: a key run."""
    intervals = "intervals"
    """Repeated fast efforts with recoveries: a key run."""
    hills = "hills"
    """Hill repeats or a hilly, hard run: a key run."""
    race = "race"
    """A race: a key run; nothing on the days either side, a light week around it."""

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
    """Monday."""
    tue = "tue"
    """Tuesday."""
    wed = "wed"
    """Wednesday."""
    thu = "thu"
    """Thursday."""
    fri = "fri"
    """Friday."""
    sat = "sat"
    """Saturday."""
    sun = "sun"
    """Sunday."""

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
    """The harder session: the heavier lifts, placed away from key runs."""
    light = "light"
    """A shorter, easier session: mobility, stability and light work, fit for race weeks and the
    day before a key run."""


@final
class Placement(_Vocabulary):
    """Where a session sits in its day: ``after_run`` or ``standalone``."""

    after_run = "after_run"
    """Done after that day's run, once the run is over (the run is the warm-up for the legs)."""
    standalone = "standalone"
    """On its own, on a day without a run or apart from it."""


@final
class Injury(_Vocabulary):
    """A current complaint that rules some exercises out."""

    achilles = "achilles"
    """Achilles tendon pain: exercises that strain it are left out, and loaded calf raises follow a
    heavy, slow tendon-loading block."""
    knee = "knee"
    """Knee pain, such as runner's knee: exercises that strain it are left out."""
    hip = "hip"
    """Hip or groin pain: exercises that strain it are left out."""
    lower_back = "lower_back"
    """Lower-back pain: exercises that strain it are left out."""
    ankle = "ankle"
    """Ankle pain or a recent sprain: exercises that strain it are left out."""
    shin = "shin"
    """Shin pain, such as shin splints: exercises that strain it are left out."""
    hamstring = "hamstring"
    """Hamstring pain or a recent strain: exercises that strain it are left out."""
    plantar_fascia = "plantar_fascia"
    """Pain under the heel or along the arch (plantar fasciitis): exercises that strain it are left
    out."""


@final
class Goal(_Vocabulary):
    """What the athlete wants strength work to help with."""

    hills = "hills"
    """Climb better: step-ups and single-leg drive, as on a climb."""
    speed = "speed"
    """A quicker push-off: power work (low-level jumps) for athletes who may jump."""
    endurance = "endurance"
    """Resist fatigue late in long runs: higher reps and long holds (walking lunges, wall sits,
    step-ups, single-leg calf raises)."""
    resilience = "resilience"
    """Calf and hip capacity for the miles: more calf and hip-stability work."""


@final
class Pain(_Vocabulary):
    """Pain reported for an exercise in a log."""

    none = "none"
    """No pain during or after the exercise."""
    mild = "mild"
    """Mild pain: the exercise steps back (an easier variation, a lighter load or less work), and
    exercises that load the same area are spared."""
    sharp = "sharp"
    """Sharp pain: the exercise stops, its area rests until a pain-free log clears it, and a health
    professional should look at it."""


@final
class Symptom(_Vocabulary):
    """A red-flag symptom: any of them stops training and calls for professional advice."""

    numbness = "numbness"
    """Numbness or tingling."""
    dizziness = "dizziness"
    """Dizziness, light-headedness or fainting."""
    chest_pain = "chest_pain"
    """Chest pain, pressure or an unusual shortness of breath."""
    unusual = "unusual"
    """Any other unusual symptom, such as a racing or irregular heartbeat."""


@final
class Severity(_Vocabulary):
    """How serious a rule break is: an ``error`` must be fixed, a ``warning`` is advice."""

    error = "error"
    """The plan breaks a safety or sense rule and must change."""
    warning = "warning"
    """Advice: the plan works but could be better."""


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
    """Nothing changes: the same prescription again (a hold)."""
    reps = "reps"
    """More reps per set."""
    load = "load"
    """The load in kg changes: up a step, or down one."""
    sets = "sets"
    """A set more, or a set fewer."""
    seconds = "seconds"
    """Longer holds or timed efforts."""
    tempo = "tempo"
    """A slower lowering, to make the same reps harder."""
    range = "range"
    """The range of motion grows: deeper, or off a step."""
    variation = "variation"
    """A harder or easier variation of the exercise replaces it."""
    regress = "regress"
    """A step back after mild pain or broken form: an easier variation, a lighter load or less
    work."""
    deload = "deload"
    """Less work for a lighter week, so the training sinks in."""
    stop = "stop"
    """Stop the exercise: sharp pain or a red-flag symptom; see a health professional."""
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
