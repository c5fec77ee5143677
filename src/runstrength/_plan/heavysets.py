"""Heavy sets as a coach programs them: one change at a time, and rest that follows the reps.

- :func:`first_week`: a main lift that moves on to its harder variation keeps last week's
  reps, reps in reserve and tempo in its first week; the new lift is the one change, and
  the heavier target comes the week after (003: change one thing at a time).
- :func:`own_tempo`: once that heavier target comes, the lift goes back to its own tempo
  (a slower one carried from the easier variation is dropped, which makes no set harder).
- :func:`rest_for_reps`: heavy sets (:data:`HEAVY_REST_REPS` reps or fewer at
  :data:`HEAVY_SET_RIR` or fewer in reserve) on a two-legged squat or hinge rest at
  least :data:`HEAVY_SET_REST` (ACSM 2009: 2–3 minutes for core lifts at heavier loads;
  3–5 minutes for heavy strength sets): the session's main lift whatever the session's
  length, its other lifts where the session has the minutes for it; an advanced
  lifter's heavy sets (about 80 % of the best single lift or more) rest
  :data:`ADVANCED_REST`, 3–5 minutes (ACSM 2009: advanced lifters train strength at 1–6
  RM with 3–5 minutes' rest), whatever the exercise's usual rest and the session's length
  (3 minutes in a short one). Where the session has the minutes, any other loaded lift
  of 8 reps or fewer at 2 or fewer in reserve, or whose reserve reaches 1 (``1–3``),
  rests at least :data:`NEAR_HEAVY_REST` (a second squat or hinge at 2 or fewer in
  reserve as long as the main lift). Accessory sets give way to the rest where time is
  short. :func:`rest_follows` also takes a heavy rest carried into lighter sets back to
  the exercise's ordinary rest; ``restdose`` reads the rest again on the lines as
  printed, after the week's last edits.
"""

from __future__ import annotations

import attrs

from runstrength._model.dose import Dose, IntRange, could_lift
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason, free_text, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Level, Pattern
from runstrength._plan.cuts import REASON_MAX
from runstrength._plan.shaping import is_two_legged_squat_or_hinge

__all__ = [
    "ADVANCED_REST",
    "ADVANCED_REST_MINUTES",
    "HEAVY_REST_MINUTES",
    "HEAVY_REST_REPS",
    "HEAVY_SET_REPS",
    "HEAVY_SET_REST",
    "NEAR_HEAVY_REST",
    "first_week",
    "harder_main",
    "heavy_rest_of",
    "ordinary_rest",
    "own_tempo",
    "rest_follows",
    "rest_for_reps",
]

HEAVY_SET_REPS = 6
"""A set of this many reps or fewer, at :data:`HEAVY_SET_RIR` or closer, is a heavy set."""

HEAVY_SET_RIR = 2
"""The most reps in reserve (the low end) of a heavy set of :data:`HEAVY_SET_REPS` reps: a
set of fewer reps may stop further from failure at the same load (5 reps with 3 in
reserve, as 6 with 2, is a load one could lift about 8 times, about 80 % of the best
single lift)."""

HEAVY_REST_REPS = 8
"""A squat or hinge set of this many reps or fewer, at :data:`HEAVY_SET_RIR` or fewer in
reserve, rests at least :data:`HEAVY_SET_REST`: 90–120 s barely lets a runner repeat a
heavy squat set (ACSM 2009: 3–5 minutes for heavy strength sets)."""

HEAVY_SET_REST = IntRange(150, 180)
"""The least rest between heavy sets of a squat or hinge, seconds (ACSM 2009: 2–3 minutes
for core lifts at heavier loads)."""

NEAR_HEAVY_REST = IntRange(120, 180)
"""The least rest between heavy sets of :data:`HEAVY_REST_REPS` reps or fewer on one leg, or
of a second squat or hinge whose reserve reaches past :data:`HEAVY_SET_RIR` (``1–3``),
seconds (ACSM 2009: 2–3 minutes at heavier loads)."""

ADVANCED_REST = IntRange(180, 300)
"""The rest between an advanced lifter's heavy sets, seconds (ACSM 2009: 3–5 minutes for
strength at 1–6 RM)."""

HEAVY_REST_MINUTES = 40
"""The shortest session whose heavy sets other than the main lift's get
:data:`HEAVY_SET_REST` (convention); the main lift's get it in every session."""

ADVANCED_REST_MINUTES = 60
"""The shortest session whose advanced lifter's heavy sets rest the whole
:data:`ADVANCED_REST`; a shorter one rests its low end, 3 minutes (convention)."""


def first_week(
    main: Prescription, was: Prescription, head: Reason | str, exercise: Exercise
) -> Prescription:
    """A harder main lift's first week: last week's reps, reps in reserve and tempo.

    ``main`` is the new lift (``exercise``) shaped to the phase, ``was`` last week's
    prescription of the easier one and ``head`` the reason's first sentence (what moves
    on, with its full stop; a plain text gets one). Only for a load chosen by effort (the
    reps and reps in reserve set the load) on a dose counted in reps, and not for a calf
    raise (its harder variations are slower raises, the tempo their change): the new lift
    is this week's change, its heavier target next week's. A lift with a tempo of its own keeps it.

    >>> from runstrength import Dose, Prescription, Tempo
    >>> was = Prescription("goblet_squat", Dose(sets=3, reps=(8, 12), rir=(2, 3),
    ...     rest_seconds=90, tempo=Tempo(2, 1, 1)))
    >>> main = Prescription("back_squat", Dose(sets=3, reps=(5, 8), rir=(1, 2),
    ...     rest_seconds=90), choose_load=True)
    >>> from runstrength import default_catalog
    >>> squat = default_catalog()["back_squat"]
    >>> str(first_week(main, was, "On to the back squat", squat).dose)
    '3 × 8–12, tempo 2-1-1, rest 90 s, 2–3 RIR'
    """
    old, new = was.dose, main.dose
    if (
        not main.choose_load
        or old.unit != "reps"
        or new.unit != "reps"
        or new.load_kg is not None
        or Pattern.calf in exercise.patterns
    ):
        return main
    own = any(d.tempo is not None for d in exercise.doses.values())
    tempo = new.tempo if own else old.tempo
    if new.amount == old.amount and new.rir == old.rir and new.tempo == tempo:
        return main
    dose = attrs.evolve(new.with_amount(old.amount), rir=old.rir, tempo=tempo)
    effort = "" if old.rir is None else f" with {old.rir} in reserve"
    slow = "" if tempo is None else f", tempo {tempo}"
    how = ""
    most = ""
    if old.rir is not None:
        most = could_lift(old.amount, old.rir)
        how = f"; choose a load you could lift about {most} times"
    first = head if isinstance(head, Reason) else free_text(head + ".")
    note = say(
        "one_change.new_lift",
        amount=str(old.amount),
        rir="" if old.rir is None else str(old.rir),
        tempo="" if tempo is None else str(tempo),
        most=most,
        how_words=f"{effort}{slow}{how}",
    )
    reason = joined_reasons(first, note)
    return attrs.evolve(main, dose=dose, reason=first if len(reason.text) > REASON_MAX else reason)


def own_tempo(dose: Dose, menu: Dose) -> Dose:
    """``dose`` with the lift's own tempo (``menu``'s, the catalog's) where it has none.

    A tempo carried over from the easier variation goes when the heavier target comes.
    """
    if menu.tempo is None and dose.tempo is not None:
        return attrs.evolve(dose, tempo=None)
    return dose


def _heaviest(dose: Dose) -> bool:
    """Sets at a load one could lift at most 8 times even at the most reps in reserve."""
    return dose.rir is not None and dose.amount.hi + dose.rir.hi <= HEAVY_SET_REPS + HEAVY_SET_RIR


def rest_for_reps(
    rx: Prescription,
    exercise: Exercise | None,
    minutes: int = HEAVY_REST_MINUTES,
    level: Level = Level.intermediate,
    *,
    main: bool = False,
) -> Prescription:
    """``rx`` resting as its heavy sets ask, where they are heavy: rest follows the dose.

    At least :data:`HEAVY_SET_REST` on the session's ``main`` lift whatever the session's
    length, and on its other lifts in sessions of :data:`HEAVY_REST_MINUTES` or more
    (``minutes``, the athlete's): in a shorter one their longer rest would cost a set. An
    advanced lifter (``level``) rests :data:`ADVANCED_REST` on the heaviest sets, its low
    end (3 minutes) in a session shorter than :data:`ADVANCED_REST_MINUTES`. The
    session's other exercises give way to the rest (see
    :func:`~runstrength._plan.heavyroom.heavy_room` and the time fitting's trims).

    A heavy set: :data:`HEAVY_REST_REPS` reps or fewer, loaded (a load in kg or chosen by
    effort), on a two-legged squat or hinge, at :data:`HEAVY_SET_RIR` or fewer in reserve
    or at a load one could lift at most :data:`HEAVY_SET_REPS` + :data:`HEAVY_SET_RIR`
    times (the top of the reps plus the most in reserve: about 80 % of the best single lift
    or more, which alone gets an advanced lifter's longer rest). Short rest turns the later
    sets into grinding reps.

    In a session of :data:`HEAVY_REST_MINUTES` or more, any other loaded lift (one leg,
    or a second squat or hinge of up to :data:`HEAVY_REST_REPS` reps) at
    :data:`HEAVY_REST_REPS` reps or fewer rests at least :data:`NEAR_HEAVY_REST` when all
    of its reserve is :data:`HEAVY_SET_RIR` or less (``5–8, 1–2 RIR``; a second squat or
    hinge at least :data:`HEAVY_SET_REST`), or when its reserve reaches below it
    (``1–3``; ACSM 2009: 2–3 minutes at heavier loads).
    """
    dose = rx.dose
    wanted = heavy_rest_of(rx, exercise, minutes, level, main=main)
    rest = dose.rest_seconds
    if wanted is None or rest.lo >= wanted.lo:
        return rx
    longer = IntRange(wanted.lo, max(rest.hi, wanted.hi))
    return attrs.evolve(rx, dose=attrs.evolve(dose, rest_seconds=longer))


def heavy_rest_of(
    rx: Prescription,
    exercise: Exercise | None,
    minutes: int = HEAVY_REST_MINUTES,
    level: Level = Level.intermediate,
    *,
    main: bool = False,
) -> IntRange | None:
    """The least rest ``rx``'s heavy sets ask for (see :func:`rest_for_reps`), or ``None``.

    ``None`` where the sets are not heavy, or not loaded reps with a reserve.
    """
    dose = rx.dose
    if (
        exercise is None
        or exercise.plyometric
        or dose.unit != "reps"
        or dose.rir is None
        or (dose.load_kg is None and not rx.choose_load)
    ):
        return None
    return _heavy_rest(dose, exercise, minutes, level, main=main)


def ordinary_rest(exercise: Exercise, level: Level) -> IntRange:
    """The rest of ``exercise``'s own dose at ``level`` (or its lowest one).

    >>> from runstrength import default_catalog
    >>> str(ordinary_rest(default_catalog()["reverse_lunge"], Level.intermediate))
    '60–90'
    """
    doses = exercise.doses
    menu = doses.get(level) or doses[min(doses)]
    return menu.rest_seconds


_HEAVY_LOWS = frozenset({NEAR_HEAVY_REST.lo, HEAVY_SET_REST.lo, ADVANCED_REST.lo})
"""The shortest rests of heavy sets: a rest that starts at one was set for heavy sets."""


def rest_follows(
    rx: Prescription,
    exercise: Exercise | None,
    minutes: int = HEAVY_REST_MINUTES,
    level: Level = Level.intermediate,
    *,
    main: bool = False,
) -> Prescription:
    """``rx`` resting as its dose asks: :func:`rest_for_reps` where its sets are heavy.

    Where they are not, even as a main lift's, a loaded line that carries a heavy set's
    rest (from a week its sets were heavy: more reps now, or more in reserve) goes back
    to the exercise's ordinary rest (:func:`ordinary_rest`): the rest follows the dose
    both ways.
    """
    # Judged as a main lift would be: a lift heavy enough to rest long as one keeps it.
    if exercise is None or heavy_rest_of(rx, exercise, minutes, level, main=True) is not None:
        return rest_for_reps(rx, exercise, minutes, level, main=main)
    dose = rx.dose
    rest = dose.rest_seconds
    ordinary = ordinary_rest(exercise, level)
    if (
        dose.unit != "reps"
        or dose.rir is None
        or (dose.load_kg is None and not rx.choose_load)
        or exercise.plyometric
        or rest.lo not in _HEAVY_LOWS
        or rest.lo <= ordinary.lo
    ):
        return rx
    return attrs.evolve(rx, dose=attrs.evolve(dose, rest_seconds=ordinary))


def _heavy_rest(
    dose: Dose, exercise: Exercise, minutes: int, level: Level, *, main: bool
) -> IntRange | None:
    """The least rest ``dose``'s sets ask for, or ``None`` where its usual rest will do."""
    assert dose.rir is not None  # rest_for_reps lets through only a dose with a reserve
    top = dose.amount.hi
    if is_two_legged_squat_or_hinge(exercise) and top <= (
        HEAVY_REST_REPS if main else HEAVY_SET_REPS
    ):
        if level is Level.advanced and _heaviest(dose):
            roomy = minutes >= ADVANCED_REST_MINUTES
            return ADVANCED_REST if roomy else IntRange(ADVANCED_REST.lo)
        heavy = dose.rir.lo <= HEAVY_SET_RIR or _heaviest(dose)
        if heavy and (main or minutes >= HEAVY_REST_MINUTES):
            return HEAVY_SET_REST
    if top > HEAVY_REST_REPS or minutes < HEAVY_REST_MINUTES:
        return None
    if dose.rir.hi <= HEAVY_SET_RIR:
        return HEAVY_SET_REST if is_two_legged_squat_or_hinge(exercise) else NEAR_HEAVY_REST
    return NEAR_HEAVY_REST if dose.rir.lo < HEAVY_SET_RIR else None


def harder_main(
    main: Prescription,
    swapped: Prescription,
    was: Prescription,
    exercise: Exercise,
    *,
    ongoing: bool,
) -> Prescription:
    """A main lift moved on to its harder variation this week, with its reason.

    ``main`` is the new lift shaped to the phase, ``swapped`` the swap before shaping
    (its reason says what moves on), ``was`` last week's prescription of the easier lift.
    Where the phase goes on next week (``ongoing``), :func:`first_week` keeps last week's
    reps; else the reason says what moves on first, then how to dose it this week.
    """
    head = _head(swapped.reason)
    opening = first_week(main, was, head, exercise) if ongoing else main
    if opening is not main or main.reason == swapped.reason:
        return opening
    both = joined_reasons(head, main.reason)
    return attrs.evolve(main, reason=both if len(both.text) <= REASON_MAX else head)


def _head(reason: Reason | None) -> Reason:
    """What moves on: the first sentence of a harder variation's reason, to its ``;``."""
    text = text_of(reason).split(";")[0] + "."
    if reason is not None and reason.code == "phase.strength.harder":
        params = {k: v for k, v in reason.params.items() if k != "dose"}
        head = say("phase.strength.harder.head", **params)
        if head.text == text:
            return head
    return free_text(text)
