"""Routes forward when the usual next step is closed: no load step, or no time to add.

- :func:`more_reps`: the range raised, within the exercise's cap.
- :func:`tempo_or_set`: a slow tempo, else a set more.
- :func:`without_load`: progress loaded work whose load may not rise (a load ceiling, or a
  step too big for an Achilles): a harder variation, more reps, a tempo or a set, else a
  hold that says why.
- :func:`past_caps`: the smallest load step there is, once reps and tempo are at their
  caps (or the reps may not rise within the athlete's minutes): never while the reps
  can still go over the top first.

The routes that add no time for a session at its minutes are in :mod:`.neutral`.

Each route changes one thing (RS401); a slow tempo swapped for fewer reps counts as one
change, of tempo, since the work per set takes no longer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._model.clean import count_past
from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change, Pattern, ordered
from runstrength._progression.ask import Ask, hold, switch
from runstrength._progression.levers import big_step_harder, lever, usual_again
from runstrength._progression.limits import (
    ACHILLES_TEMPO,
    achilles_calf,
    big_step,
    share,
    step_within,
    tendon_tempo,
)
from runstrength._progression.policy import (
    SET_CAP,
    SLOW_TEMPO,
    base_load,
    growth,
    load_equipment,
    shifted,
)
from runstrength._progression.tendon import noted, sets_first
from runstrength._views.wording import UNIT_SUFFIX, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runstrength._model.dose import Tempo
    from runstrength._model.plan import Prescription

__all__ = [
    "finish",
    "light_keep",
    "more_reps",
    "past_caps",
    "prose",
    "slow_tempo",
    "tempo_or_set",
    "without_load",
]

_PROGRESSING = frozenset(
    {Change.reps, Change.seconds, Change.sets, Change.load, Change.tempo, Change.variation}
)
"""Tags that name a change making the work harder: each must change the prescription."""


_HEAVY = frozenset({Pattern.squat, Pattern.lunge, Pattern.hinge})
"""Patterns whose loaded work counts as heavy lifting (RS305)."""


def slow_tempo(ask: Ask) -> Tempo:
    """The tempo a step adds: the Achilles tempo for an Achilles athlete's calf work."""
    return ACHILLES_TEMPO if achilles_calf(ask.fit.athlete, ask.exercise) else SLOW_TEMPO


def more_reps(ask: Ask, by: int) -> Prescription | None:
    """The prescription with its range raised by ``by``, if that stays within the cap.

    A range of reps lands on the next clean range whose top is ``by`` higher or more
    (:func:`~runstrength._model.clean.count_past`: 12–15 goes to 15–20, never 14–17); a
    jump's range, or a single number, moves by ``by``.
    """
    dose = ask.dose
    _, cap = growth(ask.exercise, dose)
    if dose.unit != "reps" or dose.amount.hi + by > cap:
        return None
    amount = shifted(dose.amount, by)
    if not ask.exercise.plyometric:
        landed = count_past(dose.amount, by, cap)
        if landed is None:
            return None
        amount = landed
    return attrs.evolve(ask.prescription, dose=dose.with_amount(amount))


def _can_slow(ask: Ask) -> bool:
    dose = ask.dose
    return dose.unit == "reps" and not ask.exercise.plyometric and dose.tempo is None


def tempo_or_set(ask: Ask, lead: str) -> Progression | None:
    """A slow tempo, else a set more (up to the cap), after ``lead``; ``None`` when neither."""
    dose = ask.dose
    if _can_slow(ask):
        tempo = slow_tempo(ask)
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, tempo=tempo)),
            Change.tempo,
            say("progress.route.tempo", lead=lead, tempo=str(tempo), seconds=tempo.eccentric),
        )
    if dose.sets.hi < SET_CAP:
        sets = shifted(dose.sets, 1)
        before = max((len(h.sets) for h in ask.history[-1:]), default=0)
        code = "progress.route.set_back" if before > dose.sets.hi else "progress.route.set"
        return Progression(
            attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets)),
            Change.sets,
            say(code, lead=lead, old_sets=str(dose.sets), sets=str(sets)),
        )
    return None


def without_load(ask: Ask, why: str, *, ceiling_reached: bool) -> Progression:
    """Loaded work whose load may not rise: another route, else a hold that says why.

    At a load ceiling: the harder variation the athlete may do, then a slow tempo. For an
    Achilles athlete's calf work (a step over 10 %): more reps, then a slow tempo or a set.
    """
    dose = ask.dose
    if ceiling_reached:
        harder, _ = ask.harder()
        if harder is not None:
            new = switch(ask, harder, easier=False)
            onto = say(
                "progress.route.harder",
                lead=why,
                exercise=harder.id,
                exercise_name=harder.name,
                dose=str(new.dose),
            )
            return Progression(new, Change.variation, joined_reasons(onto, lever(harder)))
    else:
        built = sets_first(ask, why)  # an Achilles straight-knee raise: its sets come first
        if built is not None:
            return built
        step, _ = growth(ask.exercise, dose)
        more = more_reps(ask, step)
        if more is not None:
            return Progression(
                more,
                Change.reps,
                say(
                    "progress.route.reps",
                    lead=why,
                    old_range=str(dose.amount),
                    new_range=str(more.dose.amount),
                    suffix=UNIT_SUFFIX[dose.unit],
                ),
            )
    other = tempo_or_set(ask, why)
    if other is not None:
        return other
    load = dose.load_kg or 0.0
    if ceiling_reached:
        kept = say("progress.route.useful_load", lead=why, dose=str(dose), load_kg=load)
        return hold(ask.prescription, kept)
    return past_caps(ask, f"{why}, and reps, tempo and sets are at their caps") or hold(
        ask.prescription, say("progress.route.at_caps", lead=why, dose=str(dose), load_kg=load)
    )


def past_caps(ask: Ask, lead: str, *, reps_blocked: bool = False) -> Progression | None:
    """The smallest load step there is, once reps and tempo are at their caps, if allowed.

    For loaded work whose next step is over 10 % (no smaller one exists) and whose reps
    can rise no more (or, with ``reps_blocked``, may not rise within the athlete's minutes
    after :data:`~runstrength._progression.policy.HOLD_LIMIT` sessions at the top): the
    step comes now instead of a hold, back at the bottom of the range (the reason names
    the slow tempo only when the dose has one). For an
    Achilles athlete's calf work, the range drops by its width with the step, so the
    heavier load makes shorter sets, not harder ones. A cable or machine's step over 10 %
    goes to the harder form first (:func:`~.levers.big_step_harder`), and a range raised
    past the top comes back to its usual one with the heavier load. ``None`` at a load
    ceiling, for a light session, or while another route is open.
    """
    dose = ask.dose
    equipment = load_equipment(ask.exercise)
    lifted = base_load(dose, ask.log)
    if ask.light or equipment is None or lifted <= 0 or dose.unit != "reps":
        return None
    if not reps_blocked and more_reps(ask, growth(ask.exercise, dose)[0]) is not None:
        return None
    up = step_within(ask.exercise, lifted, equipment)
    if up is None:
        return None
    if big_step(lifted, up):  # a cable or machine's big step: its harder form first
        harder = big_step_harder(ask, equipment, lead)
        if harder is not None:
            return harder
    new = attrs.evolve(dose, load_kg=up)
    said: dict[str, Param] = {
        "lead": lead,
        "item": str(equipment),
        "item_words": words(equipment),
        "lifted_kg": lifted,
        "load_kg": up,
        "percent": 100 * share(lifted, up),
        "slow": " and the tempo is slow" if dose.tempo is not None else "",
        "start": dose.amount.lo,
    }
    if achilles_calf(ask.fit.athlete, ask.exercise):
        width = dose.amount.hi - dose.amount.lo
        lower = IntRange(max(5, dose.amount.lo - width), max(5, dose.amount.hi - width))
        new = new.with_amount(lower)
        why = say("progress.route.past_caps_achilles", **said, new_range=str(lower))
        return Progression(
            attrs.evolve(ask.prescription, dose=new, choose_load=False), Change.load, why
        )
    rx = attrs.evolve(ask.prescription, dose=new, choose_load=False)
    back = usual_again(ask, equipment, rx) if big_step(lifted, up) else rx
    if back is not rx:  # a range raised past the top comes back down with the load
        usual = back.dose.amount
        why = say("progress.route.past_caps_usual", **{**said, "start": usual.lo}, usual=str(usual))
        return Progression(back, Change.load, why)
    return Progression(rx, Change.load, say("progress.route.past_caps", **said))


def light_keep(ask: Ask, keep: str) -> str:
    """Why a light session keeps ``keep``: the strength session carries it, when it does.

    The claim is made only when the week's strength sessions train one of the exercise's
    prime movers; otherwise the reason says the work is kept as maintenance.
    """
    shared = ordered(ask.exercise.primary & ask.carried)
    if shared:
        return (
            f"this is a light session, so keep {keep}; the strength session carries the "
            f"progression for the {prose(shared)}"
        )
    mine = ordered(ask.exercise.primary)
    them = "it" if len(mine) == 1 else "them"
    return (
        f"this is a light session, so keep {keep} as maintenance for the {prose(mine)}; no "
        f"strength session this week trains {them}, so it holds here rather than make the "
        "light day hard"
    )


def prose(items: Sequence[object]) -> str:
    """Items as words in a sentence: ``a``, ``a and b``, ``a, b and c``.

    >>> from runstrength import Muscle
    >>> prose([Muscle.quadriceps, Muscle.glutes])
    'quadriceps and glutes'
    """
    names = [words(item) for item in items]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def finish(ask: Ask, step: Progression) -> Progression:
    """A decided step made honest: its tag matches its change; Achilles calf work stays slow.

    A step named as making the work harder that changes nothing is a hold. For an
    Achilles athlete, a step into calf work brings :data:`ACHILLES_TEMPO` with the new
    exercise, a step that keeps the exercise never drops a slow tempo it had, and the reason
    ends with the pain rule and :data:`~runstrength._progression.limits.ACHILLES_NOTE`.
    """
    if step.change is Change.stop:
        return step
    old, nxt, change = ask.prescription, step.next, step.change
    reason: Reason = step.reason
    target = ask.catalog.get(nxt.exercise)
    if target is not None and achilles_calf(ask.fit.athlete, target):
        if nxt.exercise != old.exercise:
            nxt = attrs.evolve(nxt, dose=tendon_tempo(nxt.dose))
        elif _slow(old.dose.tempo) and not _slow(nxt.dose.tempo):
            nxt = attrs.evolve(nxt, dose=attrs.evolve(nxt.dose, tempo=old.dose.tempo))
        reason = noted(reason, nxt.dose)  # the pain rule, every week
    if change in _PROGRESSING and nxt.exercise == old.exercise and nxt.dose == old.dose:
        change = Change.none
    if (nxt, change, reason) == (step.next, step.change, step.reason):
        return step
    return Progression(nxt, change, reason)


def _slow(tempo: Tempo | None) -> bool:
    return tempo is not None and tempo.eccentric >= ACHILLES_TEMPO.eccentric
