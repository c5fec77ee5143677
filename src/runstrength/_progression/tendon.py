"""Heavy slow resistance for an Achilles: the calf block that loads the tendon week by week.

For an athlete with :attr:`~runstrength.Injury.achilles`, loaded calf raises in a strength
session (a seated calf machine, else a bent-knee or straight-knee raise with a weight)
follow a heavy-slow-resistance block (the shape of such programmes, a project convention;
003: slow reps, and more load once every target rep is done): the reps fall as the load
rises, 3 × 15, 3 × 12, 4 × 10, 4 × 8, then 4 × 6, at a 3-0-3 tempo
throughout (:data:`~runstrength._progression.limits.ACHILLES_TEMPO`), resting 120–180 s
between sets from 8 reps down (:func:`heavy_rest`).

- **Rungs** (:data:`RUNGS`): each step changes one thing (RS401), so 3 × 12 → 4 × 10 goes
  through 3 × 10 (the reps first, then the set). A rung lasts the sessions it names
  (about ten sessions before the last rung, at one strength session a week); its sets never pass
  the catalog's top for the level, and a beginner's block stops at 3 × 10.
- **Load chosen**: where no load is known (a forecast, or a log without one), each rung
  is done at a load the athlete chooses for its reps, and the rungs still move on by
  their sessions (:mod:`~runstrength._progression.tendon_chosen`); a lighter week's
  share of a rung (fewer sets) waits, neither counting nor ending the rung.
- **Load**: every session that does every rep of the rung with clean form, the target reps
  in reserve and no pain, the load rises one step of at most 10 %
  (:data:`~runstrength._progression.policy.ACSM_MAX_RISE`); when the kit's smallest step
  is bigger, the load holds and the reason says how to make a smaller one. When a rung is
  done, the next rung comes at the same load instead.
- **Time**: a rung's set more is the plan, so when it does not fit the athlete's minutes an
  accessory gives up a set for it first; when none can, the block moves on at the sets
  it has, to the next rung's fewer reps (:func:`shorter_rung`), rather than stall.
- **Straight-knee raise** beside the block: its load rises in steps of 10 % or less; when
  the kit's step is bigger, the sets rise first, 1 → 2 → 3 (:func:`sets_first`), then the
  reps, and the bigger step comes only once reps and sets are at their caps, with the reps
  dropping by the range's width so the session's work rises no more than 10 %
  (:func:`~runstrength._progression.routes.past_caps`).
- **Pain**: tendon loading may be felt; pain up to 3/10 during the sets that has settled
  by the next morning is acceptable (a project convention). Every calf step's reason
  says so (:func:`noted`). Mild pain logged steps back as any mild pain does.

Holds for the Achilles (a bent-knee calf hold) are held at mid-range, where no lowering
happens: their note (:data:`~runstrength._progression.calfnotes.HOLD_NOTE`) says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason, parts_of, text_of, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Level, Muscle, Pain
from runstrength._progression.calfnotes import HOLD_NOTE, PAIN_CHECK, checked, noted
from runstrength._progression.limits import (
    ACHILLES_TEMPO,
    achilles_calf,
    big_step,
    share,
)
from runstrength._progression.loadmath import step_up
from runstrength._progression.policy import (
    SET_CAP,
    Outcome,
    all_sets,
    base_load,
    growth,
    load_equipment,
)
from runstrength._progression.tendon_chosen import (
    REST_CODE,
    chosen_rung,
    chosen_step,
    straight_chosen,
)
from runstrength._views.wording import kg, words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise
    from runstrength._model.plan import Prescription
    from runstrength._model.vocab import Equipment
    from runstrength._progression.ask import Ask

__all__ = [
    "HEAVY_REPS",
    "HEAVY_REST",
    "HOLD_NOTE",
    "PAIN_CHECK",
    "RUNGS",
    "bottom_pause",
    "first_rung",
    "heavy_rest",
    "heavy_slow",
    "in_time",
    "noted",
    "on_block",
    "rungs_for",
    "sets_first",
    "shorter_rung",
]

RUNGS: Final = ((3, 15, 2), (3, 12, 3), (3, 10, 1), (4, 10, 2), (4, 8, 2), (4, 6, 0))
"""The block's rungs as (sets, reps, sessions on the rung; 0 for the last)."""

_BEGINNER_LAST: Final = 3
"""How many rungs a beginner's block holds: it stops at 3 × 10 (project convention)."""


def rungs_for(exercise: Exercise, level: Level) -> tuple[tuple[int, int, int], ...]:
    """The block's rungs for ``exercise`` at ``level``: sets within the catalog's top.

    >>> from runstrength import default_catalog
    >>> [r[:2] for r in rungs_for(default_catalog()["bent_knee_calf_raise"], Level.beginner)]
    [(3, 15), (3, 12), (3, 10)]
    """
    found = exercise.doses.get(level) or exercise.dose_for(exercise.level)
    most = found.sets.hi
    rungs = RUNGS[:_BEGINNER_LAST] if level is Level.beginner else RUNGS
    out: list[tuple[int, int, int]] = []
    for sets, reps, length in rungs:
        rung = (min(sets, most), reps, length)
        if out and out[-1][:2] == rung[:2]:
            continue
        out.append(rung)
    last = out[-1]
    out[-1] = (last[0], last[1], 0)
    return tuple(out)


def first_rung(dose: Dose, exercise: Exercise, level: Level) -> Dose:
    """``dose`` set to the block's first rung (3 × 15 at the Achilles tempo).

    >>> from runstrength import Dose, default_catalog
    >>> d = Dose(sets=2, reps=(12, 20), rest_seconds=(45, 90), rir=(1, 3))
    >>> str(first_rung(d, default_catalog()["machine_seated_calf_raise"], Level.intermediate))
    '3 × 15, tempo 3-0-3, rest 45–90 s, 1–3 RIR'
    """
    sets, reps, _ = rungs_for(exercise, level)[0]
    return attrs.evolve(dose.with_amount(IntRange(reps)), sets=IntRange(sets), tempo=ACHILLES_TEMPO)


def _rung(ask: Ask, rungs: tuple[tuple[int, int, int], ...]) -> int | None:
    dose = ask.dose
    if dose.amount.lo != dose.amount.hi or dose.sets.lo != dose.sets.hi:
        return None
    return next(
        (i for i, (s, r, _) in enumerate(rungs) if (s, r) == (dose.sets.hi, dose.amount.hi)),
        None,
    )


def _place(ask: Ask, rungs: tuple[tuple[int, int, int], ...]) -> int | None:
    """The rung ``ask``'s dose is on: its own, else the last with its reps and more sets.

    A rung's reps at fewer sets is that rung done at the sets the session had room for
    (:func:`shorter_rung`), or a lighter week's share of it (:func:`_lighter`).
    """
    at = _rung(ask, rungs)
    dose = ask.dose
    if at is not None or dose.amount.lo != dose.amount.hi or dose.tempo != ACHILLES_TEMPO:
        return at
    found = [i for i, (s, r, _) in enumerate(rungs) if r == dose.amount.hi and s >= dose.sets.hi]
    return found[-1] if found else None


def _lighter(ask: Ask) -> bool:
    """Whether the log is a lighter week's share of its rung: fewer sets than the one before.

    A deload or a taper keeps the rung's reps and load at fewer sets; the rung goes on
    where it left off the week after.
    """
    if not ask.history:
        return False
    done = [s.reps for s in ask.history[-1].sets if s.reps is not None]
    return bool(done) and max(done) == ask.dose.amount.hi and ask.dose.sets.hi < len(done)


def on_block(ask: Ask | None) -> bool:
    """Whether an exercise is an Achilles athlete's heavy slow calf block, on one of its rungs.

    A rung's reps at fewer sets than it names (the block moved on at the sets it had, for
    time: :func:`shorter_rung`) is on the block too.
    """
    if ask is None or ask.light or not achilles_calf(ask.fit.athlete, ask.exercise):
        return False
    rungs = rungs_for(ask.exercise, ask.level())
    if _rung(ask, rungs) is not None:
        return True
    dose = ask.dose
    if dose.amount.lo != dose.amount.hi or dose.tempo != ACHILLES_TEMPO:
        return False
    return any(r == dose.amount.hi and s >= dose.sets.hi for s, r, _ in rungs)


def _sessions_on(ask: Ask, sets: int, reps: int) -> int:
    """Sessions done on this rung, this one included: logs in a row of its sets and reps.

    A lighter week's share of the rung (its reps at fewer sets: a deload or a taper) is
    passed over: it neither counts nor ends the run, so a deload does not send the block
    back to the start of its rung.
    """
    count = 1
    for earlier in reversed(ask.history):
        done = [s.reps for s in earlier.sets if s.reps is not None]
        top = max(done, default=0)
        if earlier.pain is Pain.none and top == reps and 0 < len(done) < sets:
            continue
        if earlier.pain is not Pain.none or len(done) != sets or top != reps:
            break
        count += 1
    return count


def heavy_slow(ask: Ask) -> Progression | None:
    """The next step of an Achilles athlete's heavy slow calf block, if this is one.

    Only loaded calf raising for an Achilles athlete in a strength session, on a rung of
    the block, with every set done as prescribed, no pain, clean form and the target
    reps in reserve; any other log takes the usual steps (``None``).
    """
    exercise, dose, log = ask.exercise, ask.dose, ask.log
    equipment = load_equipment(exercise)
    if ask.light or equipment is None or not achilles_calf(ask.fit.athlete, exercise):
        return None
    if log.pain is not Pain.none or ask.result() != Outcome.TOP:
        return None
    rirs = [s.rir for s in log.sets if s.rir is not None]
    if dose.rir is not None and rirs and min(rirs) < dose.rir.lo:
        return None
    rungs = rungs_for(exercise, ask.level())
    at = _place(ask, rungs)
    lifted = base_load(dose, log)
    if at is not None and _lighter(ask):  # a lighter week's share of a rung: the rung waits
        done = f"{all_sets(len(log.sets))} of {dose.amount.hi}, slow and pain-free"
        return Progression(
            ask.prescription, Change.none, checked(say("block.lighter", done=done, dose=str(dose)))
        )
    if lifted <= 0:  # no load known: the athlete chooses one for the reps (no made-up kg)
        if at is None:  # a straight-knee raise at a chosen load builds its sets; else as usual
            chosen = ask.prescription.choose_load and Muscle.soleus not in exercise.primary
            return straight_chosen(ask) if chosen and dose.unit == "reps" else None
        return chosen_step(ask, rungs, at, _sessions_on(ask, dose.sets.hi, dose.amount.hi))
    if at is None:  # a straight-knee raise beside the block: its load alone moves
        if dose.tempo is None or dose.unit != "reps":
            return None
        sets, reps, length = dose.sets.hi, dose.amount.hi, 0
        done = f"Every set reached {reps} at {kg(lifted)}, slow and pain-free"
    else:
        sets, reps, length = dose.sets.hi, dose.amount.hi, rungs[at][2]
        done = f"All {sets} sets of {reps} at {kg(lifted)}, slow and pain-free"
    block: dict[str, Param] = {"done": done, "lifted_kg": lifted, "tempo": str(ACHILLES_TEMPO)}
    written = dose.load_kg == (lifted or None)
    if at is not None and length and _sessions_on(ask, sets, reps) >= length and written:
        return _next_rung(ask, rungs[at + 1], block, length)
    up = _next_load(lifted, equipment)
    if _small(lifted, up) and not (length and _sessions_on(ask, sets, reps) >= length):
        return Progression(
            _at_load(ask, up),
            Change.load,
            checked(
                say(
                    "progress.block.load",
                    **block,
                    load_kg=up,
                    percent=100 * share(lifted, up),
                    sets=str(dose.sets),
                    amount=str(dose.amount),
                )
            ),
        )
    if not written:
        return Progression(
            _at_load(ask, lifted or None),
            Change.load,
            checked(say("progress.block.written", **block)),
        )
    if at is None:
        return None  # a straight-knee raise: reps, then sets, before the bigger step
    rise = f"+{100 * share(lifted, up):.0f} %" if up > lifted else "no step"
    return Progression(
        ask.prescription,
        Change.none,
        checked(
            say(
                "progress.block.no_step",
                **block,
                item=str(equipment),
                item_words=words(equipment),
                up_kg=up,
                rise=rise,
            )
        ),
    )


SLOWEST_LOWERING: Final = 5
"""The slowest lowering, in seconds, a calf raise for an Achilles is slowed to in place of a
pause at the bottom (project convention)."""

FEWEST_REPS: Final = 10
"""The fewest reps at the top of a straight-knee raise's range once it is slowed down."""


def bottom_pause(step: Progression, ask: Ask | None) -> Progression:
    """An Achilles athlete's calf step that adds a pause at the bottom, made tendon-friendly.

    A loaded pause at the bottom of a calf raise holds the tendon at end-range
    dorsiflexion, the position an Achilles (insertional above all) should not be loaded
    in. The step slows the lowering by a second instead, for fewer reps so each set takes
    no longer (up to :data:`SLOWEST_LOWERING` s, never below :data:`FEWEST_REPS` reps at
    the top); past that, it holds and says so.
    """
    if ask is None or step.change is not Change.tempo:
        return step
    if not achilles_calf(ask.fit.athlete, ask.exercise):
        return step
    dose = ask.dose
    old, new = dose.tempo, step.next.dose.tempo
    if new is None or new.pause <= (0 if old is None else old.pause):
        return step
    if old is not None and old.eccentric < SLOWEST_LOWERING:
        slower = attrs.evolve(old, eccentric=old.eccentric + 1)
        top = dose.amount.hi * old.seconds_per_rep // slower.seconds_per_rep
        if FEWEST_REPS <= top < dose.amount.hi:
            amount = IntRange(min(top, max(FEWEST_REPS - 2, dose.amount.lo - 2)), top)
            slowed = attrs.evolve(dose.with_amount(amount), tempo=slower)
            return Progression(
                attrs.evolve(ask.prescription, dose=slowed),
                Change.tempo,
                checked(
                    say(
                        "progress.block.slower",
                        seconds=slower.eccentric,
                        tempo=str(slower),
                        amount=str(amount),
                        old_amount=str(dose.amount),
                    )
                ),
            )
    return Progression(
        ask.prescription,
        Change.none,
        checked(say("progress.block.stretch_hold", dose=str(dose))),
    )


HEAVY_REPS: Final = 8
"""The most reps of a heavy slow set: from here the block's sets rest :data:`HEAVY_REST`."""

HEAVY_REST: Final = IntRange(120, 180)
"""Rest between heavy slow sets of 8 reps or fewer at tempo 3-0-3, in seconds (project
convention, after the review's "rest 120–180 s on the heavy-slow sets")."""


def heavy_rest(dose: Dose) -> Dose:
    """``dose`` with :data:`HEAVY_REST` when its sets are heavy and slow, else unchanged.

    >>> from runstrength import Dose, Tempo
    >>> str(heavy_rest(Dose(sets=4, reps=8, rest_seconds=(45, 90), tempo=Tempo(3, 0, 3))))
    '4 × 8, tempo 3-0-3, rest 120–180 s'
    """
    if dose.unit != "reps" or dose.amount.hi > HEAVY_REPS or dose.tempo != ACHILLES_TEMPO:
        return dose
    if dose.rest_seconds.lo >= HEAVY_REST.lo:
        return dose
    return attrs.evolve(dose, rest_seconds=HEAVY_REST)


def _next_rung(
    ask: Ask, rung: tuple[int, int, int], block: Mapping[str, Param], length: int
) -> Progression:
    """The block's next rung: a set more at the same load, or fewer reps at a heavier one.

    Fewer reps come with the kit's next load where that step is 10 % or less, else at a
    load the athlete chooses for them (:func:`~runstrength._progression.tendon_chosen.chosen_rung`):
    never fewer reps at the same load, which would be easier work.
    """
    dose = ask.dose
    new_sets, new_reps, _ = rung
    if new_reps != dose.amount.hi:
        lifted = float(block["lifted_kg"])
        equipment = load_equipment(ask.exercise)
        up = lifted if equipment is None else _next_load(lifted, equipment)
        loaded = (lifted, up) if _small(lifted, up) else None
        return chosen_rung(ask, rung, str(block["done"]), length, loaded)
    rung_said: dict[str, Param] = {
        **block,
        "sessions": length,
        "sessions_words": "1 session" if length == 1 else f"{length} sessions",
        "sets": new_sets,
        "reps": new_reps,
    }
    new = attrs.evolve(dose, sets=IntRange(new_sets))
    what = say("progress.block.rung_set", **rung_said)
    return Progression(
        attrs.evolve(ask.prescription, dose=new, choose_load=False), Change.sets, checked(what)
    )


def shorter_rung(ask: Ask, blocked: Progression) -> Progression | None:
    """The block's next rung at the sets it has, when its set more does not fit the session.

    ``blocked`` is the block's step to a rung with a set more; the block moves on to the
    reps of the rung after it (3 × 10 to 3 × 8) at the same load: fewer reps, no more time.
    """
    rungs = rungs_for(ask.exercise, ask.level())
    at = _rung(ask, rungs)
    if at is None or blocked.change is not Change.sets or at + 2 >= len(rungs):
        return None
    dose = ask.dose
    reps = rungs[at + 2][1]
    if reps >= dose.amount.hi:
        return None
    lifted = base_load(dose, ask.log)
    if lifted <= 0:  # a load the athlete chooses: a heavier one, chosen for the fewer reps
        done = f"{all_sets(len(ask.log.sets))} of {dose.amount.hi}, slow and pain-free"
        rung = (dose.sets.hi, reps, 0)
        return chosen_rung(ask, rung, done, rungs[at][2], None, longer_rest=False)
    heavier = _rung_load_step(ask, lifted)
    if heavier is not None:
        return heavier
    new = dose.with_amount(IntRange(reps))  # its rest as it is: this step adds no time
    return Progression(
        attrs.evolve(ask.prescription, dose=new, choose_load=False),
        Change.reps,
        checked(
            say(
                "progress.block.shorter",
                sets=str(dose.sets),
                amount=str(dose.amount),
                reps=reps,
                lifted_kg=lifted,
                tempo=str(ACHILLES_TEMPO),
            )
        ),
    )


def _rung_load_step(ask: Ask, lifted: float) -> Progression | None:
    """A rung's load step, when its set more does not fit and the load has not risen on it.

    Heavy slow resistance climbs by load at each rung (about a 15-, 12-, 10- then 8-rep
    maximum): fewer reps at the same load would be easier work. So the rung's first answer to
    a set that does not fit is a load step of 10 % or less, which takes no time; the reps
    fall at the next session on it, at the heavier load. ``None`` when the load already
    rose on this rung, or the kit's smallest step is over 10 %.
    """
    dose = ask.dose
    equipment = load_equipment(ask.exercise)
    if equipment is None or lifted <= 0:
        return None
    same = [
        earlier
        for earlier in ask.recent
        if [s.reps for s in earlier.sets] == [s.reps for s in ask.log.sets]
    ]
    if any(base_load(dose, earlier) < lifted - 1e-9 for earlier in same):
        return None  # the load rose on this rung already: the reps fall now
    up = _next_load(lifted, equipment)
    if not _small(lifted, up):
        return None
    return Progression(
        _at_load(ask, up),
        Change.load,
        checked(
            say(
                "progress.block.climb",
                sets=str(dose.sets),
                amount=str(dose.amount),
                lifted_kg=lifted,
                load_kg=up,
                percent=100 * share(lifted, up),
                tempo=str(ACHILLES_TEMPO),
            )
        ),
    )


def _next_load(lifted: float, equipment: Equipment) -> float:
    """The kit's next load up from ``lifted`` (``lifted`` itself when there is none)."""
    try:
        return step_up(lifted, equipment)
    except InputError:
        return lifted


def _small(lifted: float, up: float) -> bool:
    """Whether ``lifted`` to ``up`` is a rise a tendon takes in one step (10 % or less)."""
    return up > lifted and not big_step(lifted, up)


def _at_load(ask: Ask, load: float | None) -> Prescription:
    """The prescription at ``load``, written into the plan (no longer chosen)."""
    dose = attrs.evolve(ask.dose, load_kg=load)
    return attrs.evolve(ask.prescription, dose=dose, choose_load=False)


STRAIGHT_KNEE_SETS: Final = 3
"""The sets a straight-knee raise beside the block builds to before its reps rise past the
range, when its load step is over 10 % (the block's first rung, 3 sets)."""


def sets_first(ask: Ask, why: str) -> Progression | None:
    """A straight-knee raise whose load step is over 10 %: a set more, before the reps.

    An Achilles athlete's straight-knee raise beside the heavy slow block (the knee
    straight loads the gastrocnemius and the tendon as running does) builds 1 → 2 → 3
    sets at its load first; its reps rise past the range after that, and the bigger load
    step comes last, with the reps dropping so the session's work rises no more than 10 %
    (:func:`~runstrength._progression.routes.past_caps`). ``None`` for other work, or
    at :data:`STRAIGHT_KNEE_SETS` sets, or for a bent-knee raise (the soleus its prime
    mover), whose reps rise first as before.
    """
    dose = ask.dose
    if ask.light or on_block(ask) or not achilles_calf(ask.fit.athlete, ask.exercise):
        return None
    if Muscle.soleus in ask.exercise.primary:
        return None  # a bent-knee raise: the usual reps first
    most = min(STRAIGHT_KNEE_SETS, SET_CAP)
    if dose.unit != "reps" or dose.sets.hi >= most:
        return None
    sets = IntRange(min(dose.sets.lo + 1, most), dose.sets.hi + 1)
    lifted = base_load(dose, ask.log)
    return Progression(
        attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets), choose_load=False),
        Change.sets,
        say(
            "progress.block.sets_first",
            lead=why,
            old_sets=str(dose.sets),
            sets=str(sets),
            lifted_kg=lifted,
            most=most,
        ),
    )


def in_time(ask: Ask | None, blocked: Progression) -> Progression | None:
    """A smaller step for Achilles calf work whose step does not fit the session's time.

    ``blocked`` is the step that does not fit; the caller checks that the smaller one does.
    The block's rung with its rest as it was (the longer rest of heavy slow sets asks for
    minutes the session does not have); a straight-knee raise's reps up by one in place of
    :func:`sets_first`'s set. ``None`` for any other step, or at the reps' cap.
    """
    if ask is None:
        return None
    rest = ask.dose.rest_seconds
    if blocked.next.dose.rest_seconds != rest and "heavy slow sets" in text_of(blocked.reason):
        dose = attrs.evolve(blocked.next.dose, rest_seconds=rest)
        note = say("progress.block.rest_note", rest=str(HEAVY_REST))
        return Progression(
            attrs.evolve(blocked.next, dose=dose),
            blocked.change,
            joined_reasons(_unrested(blocked), note),
        )
    if blocked.change is not Change.sets or "build sets first" not in text_of(blocked.reason):
        return None
    dose = ask.dose
    _, cap = growth(ask.exercise, dose)
    if dose.amount.hi + 1 > cap:
        return None
    amount = IntRange(dose.amount.lo + 1, dose.amount.hi + 1)
    return Progression(
        attrs.evolve(ask.prescription, dose=dose.with_amount(amount)),
        Change.reps,
        checked(
            say(
                "progress.block.reps_in_time",
                old_range=str(dose.amount),
                new_range=str(amount),
                lifted_kg=base_load(dose, ask.log),
            )
        ),
    )


def _unrested(blocked: Progression) -> Reason:
    """A rung's reason without the longer rest it named (the session keeps its rest)."""
    reason = blocked.reason
    parts = parts_of(reason)
    if any(part.code == REST_CODE for part in parts):
        return joined_reasons(*(part for part in parts if part.code != REST_CODE))
    first = parts[0]
    if first.code == "progress.block.rung_reps_rest":
        params = {k: v for k, v in first.params.items() if k != "rest"}
        return joined_reasons(say("progress.block.rung_reps", **params), *parts[1:])
    rested = f", resting {blocked.next.dose.rest_seconds} s between these heavy slow sets"
    return to_reason(reason.text.replace(rested, ""))
