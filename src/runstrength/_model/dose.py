"""How much of an exercise to do: ranges, tempo and the dose itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, final

import attrs

from runstrength._model.checks import (
    check_bool,
    check_int,
    check_number,
    fail,
    shown,
    to_optional_number,
)

__all__ = [
    "PER_SIDE",
    "UNIT_SUFFIX",
    "Dose",
    "IntRange",
    "Tempo",
    "could_lift",
    "effort_reps",
    "kg",
    "load_and_tempo",
    "sets_and_amount",
    "to_optional_range",
    "to_range",
]

Unit = Literal["reps", "seconds", "steps"]

# The words a dose's own str() needs. They live here, below the views, and
# runstrength._views.wording re-exports them for every other layer.

UNIT_SUFFIX: Final[Mapping[Unit, str]] = {"reps": "", "seconds": " s", "steps": " steps"}
"""What follows an amount of each unit: ``12``, ``30 s``, ``15 steps``."""

PER_SIDE: Final = " per side"
"""What follows an amount done per leg, side or direction."""


@final
@attrs.frozen
class IntRange:
    """An inclusive range of whole numbers, ``0 <= lo <= hi``; JSON ``[lo, hi]``.

    Args:
        lo: The low end, 0–100000.
        hi: The high end, 0–100000 (defaults to ``lo`` for a single number).

    >>> IntRange(8, 12)
    IntRange(lo=8, hi=12)
    >>> 10 in IntRange(8, 12), str(IntRange(8, 12)), str(IntRange(3, 3))
    (True, '8–12', '3')
    """

    lo: int
    hi: int = attrs.field(default=attrs.Factory(lambda self: self.lo, takes_self=True))

    def __attrs_post_init__(self) -> None:
        check_int("IntRange", "lo", self.lo, 0, 100_000)
        check_int("IntRange", "hi", self.hi, 0, 100_000)
        if self.lo > self.hi:
            raise fail("IntRange", "lo", f"lo ({self.lo}) must not exceed hi ({self.hi})")

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.lo <= value <= self.hi

    def __str__(self) -> str:
        return str(self.lo) if self.lo == self.hi else f"{self.lo}–{self.hi}"

    @property
    def mid(self) -> int:
        """The middle of the range, rounded down.

        >>> IntRange(8, 12).mid
        10
        """
        return (self.lo + self.hi) // 2


def to_range(value: IntRange | int | tuple[int, int] | list[int]) -> IntRange:
    """Convert ``3``, ``(8, 12)`` or an :class:`IntRange` to an :class:`IntRange`."""
    if isinstance(value, IntRange):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return IntRange(value, value)
    if isinstance(value, tuple | list) and len(value) == 2:
        return IntRange(value[0], value[1])
    raise fail("IntRange", "value", f"expected a whole number or [lo, hi], got {shown(value)}")


def to_optional_range(
    value: IntRange | int | tuple[int, int] | list[int] | None,
) -> IntRange | None:
    """Like :func:`to_range` but lets ``None`` through."""
    return None if value is None else to_range(value)


@final
@attrs.frozen
class Tempo:
    """Seconds spent lowering, pausing and lifting in each rep (``3-1-1`` in coach notation).

    ``pause`` is the pause at the bottom (the end of the lowering); ``top`` the hold at the
    top of the lift (a calf raise's heel-up, a leg raise's leg-up), written as a fourth
    number only when there is one.

    Args:
        eccentric: Seconds lowering, 0–10.
        pause: Seconds paused at the bottom, 0–10.
        concentric: Seconds lifting, 0–10.
        top: Seconds held at the top, 0–10.

    >>> str(Tempo(3, 0, 1)), str(Tempo(2, 0, 1, top=2))
    ('3-0-1', '2-0-1-2')
    """

    eccentric: int
    pause: int = 0
    concentric: int = 1
    top: int = attrs.field(default=0, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for name in ("eccentric", "pause", "concentric", "top"):
            check_int("Tempo", name, getattr(self, name), 0, 10)

    def __str__(self) -> str:
        text = f"{self.eccentric}-{self.pause}-{self.concentric}"
        return f"{text}-{self.top}" if self.top else text

    @property
    def seconds_per_rep(self) -> int:
        """Seconds one rep takes at this tempo."""
        return self.eccentric + self.pause + self.concentric + self.top


# Upper bounds that keep a dose sane; anything beyond is a typo, not training.
_LIMITS: dict[str, tuple[int, int]] = {
    "sets": (1, 10),
    "reps": (1, 100),
    "seconds": (1, 600),
    "steps": (1, 200),
    "rest_seconds": (0, 600),
    "rir": (0, 10),
}


@final
@attrs.frozen(kw_only=True)
class Dose:
    """A prescription's numbers: sets, one of reps/seconds/steps, rest, effort, load, tempo.

    Exactly one of ``reps``, ``seconds`` (holds and timed hops) or ``steps`` (band walks)
    is set. Ranges accept a number or a ``(lo, hi)`` pair.

    Args:
        sets: Working sets, 1–10.
        reps: Repetitions per set, 1–100.
        seconds: Seconds of work per set, 1–600.
        steps: Steps per set (per direction when ``per_side``), 1–200.
        per_side: Whether the amount is per leg, side or direction.
        rest_seconds: Rest between sets, 0–600.
        rir: Reps in reserve at the end of each set (effort), for strength sets, 0–10.
        load_kg: External load in kg, 0–1000, when the athlete has one.
        tempo: Lowering, pause and lifting seconds, when the tempo matters.

    >>> d = Dose(sets=3, reps=(8, 10), rest_seconds=90, rir=(1, 3))
    >>> d.unit, str(d)
    ('reps', '3 × 8–10, rest 90 s, 1–3 RIR')
    """

    sets: IntRange = attrs.field(converter=to_range)
    reps: IntRange | None = attrs.field(default=None, converter=to_optional_range)
    seconds: IntRange | None = attrs.field(default=None, converter=to_optional_range)
    steps: IntRange | None = attrs.field(default=None, converter=to_optional_range)
    per_side: bool = False
    rest_seconds: IntRange = attrs.field(converter=to_range)
    rir: IntRange | None = attrs.field(default=None, converter=to_optional_range)
    load_kg: float | None = attrs.field(default=None, converter=to_optional_number)
    tempo: Tempo | None = None

    def __attrs_post_init__(self) -> None:
        given = [u for u in ("reps", "seconds", "steps") if getattr(self, u) is not None]
        if len(given) != 1:
            named = ", ".join(given) if given else "none"
            raise fail("Dose", "reps", f"exactly one of reps, seconds, steps is needed ({named})")
        for name, (lo, hi) in _LIMITS.items():
            value: IntRange | None = getattr(self, name)
            if value is not None and not (lo <= value.lo and value.hi <= hi):
                raise fail("Dose", name, f"{value} is outside {lo}..{hi}")
        check_bool("Dose", "per_side", self.per_side)
        if self.load_kg is not None:
            check_number("Dose", "load_kg", self.load_kg, 0, 1000)
        if self.tempo is not None and not isinstance(self.tempo, Tempo):
            raise fail("Dose", "tempo", f"expected a Tempo, got {shown(self.tempo)}")

    @property
    def unit(self) -> Unit:
        """Which of ``reps``, ``seconds`` or ``steps`` this dose counts."""
        if self.reps is not None:
            return "reps"
        return "seconds" if self.seconds is not None else "steps"

    @property
    def amount(self) -> IntRange:
        """The reps, seconds or steps range, whichever this dose counts."""
        value = self.reps or self.seconds or self.steps
        assert value is not None  # exactly one is set (checked at construction)
        return value

    def with_amount(self, amount: IntRange) -> Dose:
        """The same dose with a new reps, seconds or steps range (whichever it counts).

        >>> Dose(sets=3, reps=(8, 12), rest_seconds=90).with_amount(IntRange(10, 12)).reps
        IntRange(lo=10, hi=12)
        """
        unit = self.unit
        lo, hi = _LIMITS[unit]
        if type(amount) is IntRange and lo <= amount.lo and amount.hi <= hi:
            # What the checks would pass: copied, only the amount set over the copy.
            new = object.__new__(Dose)
            set_field = object.__setattr__
            for name in _FIELDS:
                set_field(new, name, amount if name == unit else getattr(self, name))
            return new
        if unit == "reps":
            return attrs.evolve(self, reps=amount)
        if unit == "seconds":
            return attrs.evolve(self, seconds=amount)
        return attrs.evolve(self, steps=amount)

    def __str__(self) -> str:
        """The dose in one line: ``3 × 8–10 @ 20 kg, rest 90 s, 1–3 RIR``."""
        text = sets_and_amount(self) + load_and_tempo(self) + f", rest {self.rest_seconds} s"
        if self.rir is not None:
            text += f", {self.rir} RIR"
        return text


def effort_reps(reps: IntRange, rir: IntRange) -> float:
    """How many times one could lift the load of ``reps`` stopped ``rir`` short: the set.

    One set, the one the watch counts: the bottom of the reps (this week's target) plus
    the middle of the reps in reserve (Helms et al. 2016), a half where the reserve's
    range is even.

    >>> effort_reps(IntRange(8, 12), IntRange(2, 3)), effort_reps(IntRange(5), IntRange(1, 3))
    (10.5, 7.0)
    """
    return reps.lo + (rir.lo + rir.hi) / 2


def could_lift(reps: IntRange, rir: IntRange) -> str:
    """:func:`effort_reps` as a coach writes it: ``10`` or, at a half, ``10–11``.

    >>> could_lift(IntRange(8, 12), IntRange(2, 3)), could_lift(IntRange(6, 8), IntRange(2))
    ('10–11', '8')
    """
    low = reps.lo + (rir.lo + rir.hi) // 2
    return str(low) if (rir.lo + rir.hi) % 2 == 0 else f"{low}–{low + 1}"


_FIELDS = tuple(field.name for field in attrs.fields(Dose))
"""A dose's fields, in order, for :meth:`Dose.with_amount`'s copy."""


def kg(value: float) -> str:
    """A load in kilograms, without trailing zeros.

    >>> kg(17.5), kg(18.0)
    ('17.5 kg', '18 kg')
    """
    return f"{value:g} kg"


def sets_and_amount(dose: Dose, *, side: str = PER_SIDE) -> str:
    """Sets × amount with its unit, and ``side`` when the amount is per side.

    >>> sets_and_amount(Dose(sets=2, seconds=30, per_side=True, rest_seconds=60))
    '2 × 30 s per side'
    """
    return f"{dose.sets} × {dose.amount}{UNIT_SUFFIX[dose.unit]}{side if dose.per_side else ''}"


def load_and_tempo(dose: Dose) -> str:
    """The load and tempo that follow the amount, when the dose gives them.

    >>> load_and_tempo(Dose(sets=3, reps=8, rest_seconds=90, load_kg=20, tempo=Tempo(3)))
    ' @ 20 kg, tempo 3-0-1'
    """
    text = "" if dose.load_kg is None else f" @ {kg(dose.load_kg)}"
    return text if dose.tempo is None else f"{text}, tempo {dose.tempo}"
