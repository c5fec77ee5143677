"""Clean dose numbers: the ranges a coach writes, and the clean amount a cut settles on.

No coach writes "1 × 14–17", "2 × 8–9" or "25–32 s". Reps and steps are a single number
or one of :data:`COUNT_RANGES` (6–8, 8–10, 8–12, 10–12, 12–15, 15–20 and the like);
seconds are multiples of 5 (20 s, 20–30 s), or a single number under 5. A range that is
shortened (a deload, a taper, race week, a return after time off) settles on the clean
amount at or below the cut (:func:`clean_cut`), so a lighter week never reads "12–16" or
"25–32 s"; a range that rises lands on the next clean range (:func:`count_rise`: 10–15
goes to 12–15, then 15–20); reps past the top land on the next clean range whose top is
that much higher (:func:`count_past`: 12–15 and two reps more is 15–20, never 14–17); any
other move of a range (a step down, a range back after a load step) lands on the nearest
clean range its bounds allow (:func:`clean_near`). A *project convention*.
"""

from __future__ import annotations

from typing import Final

from runstrength._model.dose import IntRange, Unit

__all__ = [
    "COUNT_RANGES",
    "HOLD_STEP",
    "clean_cut",
    "clean_near",
    "clean_rise",
    "clean_under",
    "count_past",
    "count_rise",
    "is_clean",
]

COUNT_RANGES: Final = frozenset(
    IntRange(lo, hi)
    for lo, hi in (
        (3, 4),
        (3, 5),
        (4, 6),
        (5, 6),
        (4, 8),
        (5, 8),
        (6, 8),
        (6, 10),
        (8, 10),
        (8, 12),
        (10, 12),
        (10, 15),
        (12, 15),
        (15, 20),
        (20, 25),
        (20, 30),
    )
)
"""The clean ranges of reps and steps a cut may settle on."""

HOLD_STEP: Final = 5
"""Seconds move in steps of this many: a hold is 20 s or 20–30 s, never 22 s or 25–32 s."""


def _clean_seconds(value: int) -> bool:
    return value < HOLD_STEP or value % HOLD_STEP == 0


def is_clean(amount: IntRange, unit: Unit) -> bool:
    """Whether ``amount`` is clean: seconds in 5-s steps, reps a single number or a clean range.

    >>> is_clean(IntRange(8, 10), "reps"), is_clean(IntRange(12, 16), "reps")
    (True, False)
    >>> is_clean(IntRange(20, 30), "seconds"), is_clean(IntRange(25, 32), "seconds")
    (True, False)
    """
    if unit == "seconds":
        return _clean_seconds(amount.lo) and _clean_seconds(amount.hi)
    return amount.lo == amount.hi or amount in COUNT_RANGES


def clean_cut(amount: IntRange, unit: Unit) -> IntRange:
    """The clean amount a cut to ``amount`` settles on: ``amount`` itself, or a little less.

    Seconds round down to 5-s steps (30–37 s to 30–35 s, 20–22 s to 20 s). Reps and steps
    keep their bottom: the highest clean range that starts there and ends no higher (12–16
    to 12–15), else the bottom alone (15–17 to 15).

    >>> str(clean_cut(IntRange(12, 16), "reps")), str(clean_cut(IntRange(15, 17), "steps"))
    ('12–15', '15')
    >>> str(clean_cut(IntRange(30, 37), "seconds")), str(clean_cut(IntRange(20, 22), "seconds"))
    ('30–35', '20')
    >>> str(clean_cut(IntRange(1, 2), "reps"))
    '1'
    """
    if is_clean(amount, unit):
        return amount
    if unit == "seconds":
        lo, hi = (v if v < HOLD_STEP else v - v % HOLD_STEP for v in (amount.lo, amount.hi))
        return IntRange(lo, hi)
    under = [r for r in COUNT_RANGES if r.lo == amount.lo and r.hi <= amount.hi]
    if under:
        return max(under, key=lambda r: r.hi)
    return IntRange(amount.lo)


def clean_rise(amount: IntRange, by: int, cap: int) -> IntRange:
    """Seconds ``amount`` raised by about ``by`` onto 5-s steps, the top never past ``cap``.

    Each end moves up ``by`` and goes to the nearest 5 s (25–32 s up 10 is 35–40 s, not
    35–42 s); the top always rises, and the bottom never falls.

    >>> str(clean_rise(IntRange(25, 32), 10, 90)), str(clean_rise(IntRange(20, 30), 10, 90))
    ('35–40', '30–40')
    >>> str(clean_rise(IntRange(41, 43), 2, 45)), str(clean_rise(IntRange(31, 44), 1, 45))
    ('45', '35–45')
    """
    lo, hi = (HOLD_STEP * round((v + by) / HOLD_STEP) for v in (amount.lo, amount.hi))
    hi = min(hi, cap)
    if hi <= amount.hi:
        hi = min(cap, amount.hi + by)
    least = -(-amount.lo // HOLD_STEP) * HOLD_STEP  # the bottom, up to a 5-s step
    return IntRange(min(max(lo, least), hi), hi)


def count_rise(amount: IntRange, by: int, cap: int) -> IntRange:
    """Reps or steps ``amount`` raised by about ``by`` onto the next clean range, up to ``cap``.

    A single number rises by ``by`` (up to ``cap``). A range goes to the clean range
    (:data:`COUNT_RANGES`) with neither end lower, one end higher and a top no higher than
    ``cap`` that is nearest to ``amount`` raised by ``by`` (the lower top on a tie, so a
    rise adds as little time as it can): 6–10 up 2 is 8–12, 10–15 is 12–15, not 12–17,
    12–15 is 15–20 and 15–16 is 15–20. Where no clean range fits, the top alone.

    >>> str(count_rise(IntRange(6, 10), 2, 12)), str(count_rise(IntRange(10, 15), 2, 20))
    ('8–12', '12–15')
    >>> str(count_rise(IntRange(12, 15), 2, 20)), str(count_rise(IntRange(8, 12), 1, 15))
    ('15–20', '10–12')
    >>> str(count_rise(IntRange(8), 2, 12)), str(count_rise(IntRange(15, 16), 2, 20))
    ('10', '15–20')
    >>> str(count_rise(IntRange(13, 14), 2, 15))
    '15'
    """
    lo, hi = amount.lo + by, amount.hi + by
    if amount.lo == amount.hi:
        return IntRange(min(lo, cap))
    fits = [
        r for r in COUNT_RANGES if r != amount and r.lo >= amount.lo and amount.hi <= r.hi <= cap
    ]
    if not fits:
        return IntRange(min(hi, cap))
    return min(fits, key=lambda r: (abs(r.lo - lo) + abs(r.hi - hi), r.hi))


def clean_under(top: int, least: int, shortest: int) -> IntRange | None:
    """The highest clean range of reps ending at ``top`` or lower, if any.

    Where a slower tempo leaves time for ``top`` reps: the clean range (:data:`COUNT_RANGES`)
    a coach writes, starting at ``least`` or higher and ending at ``shortest`` or higher,
    the highest top first: 15–20 slowed down to 15 reps' time is 12–15, never 15–16.

    >>> str(clean_under(15, 12, 8)), str(clean_under(11, 6, 8)), str(clean_under(9, 6, 8))
    ('12–15', '8–10', '6–8')
    >>> clean_under(11, 10, 8) is None, clean_under(9, 8, 8) is None
    (True, True)
    """
    fits = [r for r in COUNT_RANGES if least <= r.lo < r.hi and shortest <= r.hi <= top]
    return max(fits, key=lambda r: (r.hi, r.lo)) if fits else None


def clean_near(target: IntRange, lo: tuple[int, int], hi: tuple[int, int]) -> IntRange | None:
    """The clean range of reps nearest ``target``, with bottom and top within ``lo`` and ``hi``.

    Nearest by the sum of the moves of both ends; on a tie the lower top, then the lower
    bottom (a step down lands on 12–15 from 15–20, not on 13–18). ``None`` where no clean
    range (:data:`COUNT_RANGES`) has both ends within their bounds (each a pair of the
    least and the most, both included).

    >>> str(clean_near(IntRange(13, 18), (5, 15), (5, 19)))
    '12–15'
    >>> str(clean_near(IntRange(9, 13), (1, 99), (1, 99)))
    '8–12'
    >>> clean_near(IntRange(9, 13), (9, 99), (1, 11)) is None
    True
    """
    fits = [r for r in COUNT_RANGES if lo[0] <= r.lo <= lo[1] and hi[0] <= r.hi <= hi[1]]
    if not fits:
        return None
    return min(fits, key=lambda r: (abs(r.lo - target.lo) + abs(r.hi - target.hi), r.hi, r.lo))


def count_past(amount: IntRange, by: int, cap: int) -> IntRange | None:
    """Reps ``amount`` raised ``by`` past its top onto the next clean range, up to ``cap``.

    The top rises ``by`` at least and the bottom never falls: the clean range nearest
    ``amount`` raised by ``by`` (12–15 and two reps more is 15–20, 10–12 is 12–15, 10–11
    is 12–15). A single number rises by ``by``. ``None`` where nothing fits under ``cap``.

    >>> str(count_past(IntRange(12, 15), 2, 20)), str(count_past(IntRange(10, 12), 2, 20))
    ('15–20', '12–15')
    >>> str(count_past(IntRange(8, 12), 2, 15)), str(count_past(IntRange(8), 2, 15))
    ('10–15', '10')
    >>> count_past(IntRange(12, 15), 2, 16) is None
    True
    """
    if amount.lo == amount.hi:
        return IntRange(amount.lo + by) if amount.hi + by <= cap else None
    target = IntRange(amount.lo + by, amount.hi + by)
    return clean_near(target, (amount.lo, cap), (amount.hi + by, cap))
