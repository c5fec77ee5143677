"""Heavy sets as a coach programs them: one change at a time, and rest that follows the reps.

- :func:`first_week`: a main lift that moves on to its harder variation keeps last week's
  reps, reps in reserve and tempo in its first week; the new lift is the one change, and
  the heavier target comes the week after (003: change one thing at a time).
- :func:`own_tempo`: once that heavier target comes, the lift goes back to its own tempo
  (a slower one carried from the easier variation is dropped, which makes no set harder).
- :func:`rest_for_reps`: sets of :data:`HEAVY_SET_REPS` reps or fewer, close to failure,
  on a two-legged squat or hinge rest at least :data:`HEAVY_SET_REST` (ACSM 2009: 2–3
  minutes for core lifts at heavier loads, 3–5 for strength), where the session has the
  minutes for it; accessory sets give way to the rest where time is short.
"""

from __future__ import annotations

import attrs

from runstrength._model.dose import Dose, IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason, free_text, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Pattern
from runstrength._plan.cuts import REASON_MAX
from runstrength._plan.shaping import is_two_legged_squat_or_hinge

__all__ = [
    "HEAVY_REST_MINUTES",
    "HEAVY_SET_REPS",
    "HEAVY_SET_REST",
    "first_week",
    "harder_main",
    "own_tempo",
    "rest_for_reps",
]

HEAVY_SET_REPS = 6
"""A set of this many reps or fewer, at :data:`HEAVY_SET_RIR` or closer, is a heavy set."""

HEAVY_SET_RIR = 2
"""The most reps in reserve (the low end) of a heavy set."""

HEAVY_SET_REST = IntRange(150, 180)
"""The least rest between heavy sets of a squat or hinge, seconds (ACSM 2009: 2–3 minutes
for core lifts at heavier loads)."""


HEAVY_REST_MINUTES = 40
"""The shortest session whose heavy sets get :data:`HEAVY_SET_REST` (convention)."""


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
    most = 0
    if old.rir is not None:
        most = old.amount.hi + old.rir.lo
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


def rest_for_reps(
    rx: Prescription, exercise: Exercise | None, minutes: int = HEAVY_REST_MINUTES
) -> Prescription:
    """``rx`` resting at least :data:`HEAVY_SET_REST` where its sets are heavy.

    Only in sessions of :data:`HEAVY_REST_MINUTES` or more (``minutes``, the athlete's):
    in a shorter one the longer rest would cost the main lift a set, as every other
    exercise is down to one already.

    A heavy set: :data:`HEAVY_SET_REPS` reps or fewer at :data:`HEAVY_SET_RIR` or fewer in
    reserve, loaded (a load in kg or chosen by effort), on a two-legged squat or hinge.
    Short rest turns the later sets into grinding reps.
    """
    dose = rx.dose
    if (
        minutes < HEAVY_REST_MINUTES
        or exercise is None
        or exercise.plyometric
        or not is_two_legged_squat_or_hinge(exercise)
        or dose.unit != "reps"
        or dose.amount.hi > HEAVY_SET_REPS
        or dose.rir is None
        or dose.rir.lo > HEAVY_SET_RIR
        or (dose.load_kg is None and not rx.choose_load)
    ):
        return rx
    rest = dose.rest_seconds
    if rest.lo >= HEAVY_SET_REST.lo:
        return rx
    longer = IntRange(HEAVY_SET_REST.lo, max(rest.hi, HEAVY_SET_REST.hi))
    return attrs.evolve(rx, dose=attrs.evolve(dose, rest_seconds=longer))


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
