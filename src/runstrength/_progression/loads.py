"""Loaded work: the next load from the load lifted, the reps done and the effort reported.

The load lifted (the lightest set's logged load, else the prescribed one) is the basis of
the next prescription (RS402):

1. **Harder than planned** (a set ended with fewer reps in reserve than the target's low
   end): two or more short, the load drops one step; one short, it holds [J Hum Kinet
   91:87, 2024: an effort one point over target takes 2.5 kg off, two points 5 kg].
2. **At the top**: back after sharp pain with fewer sets than the log that hurt, a set
   comes back first, at the same load (:func:`~.returns.below_pain`). Otherwise every set
   reached the top of the range with clean form and at least the target reps in reserve,
   so the load rises one equipment step, whatever the RTS chart
   says [ACSM 2009: 2-10 % once 1-2 reps over target]. When every set ended two reps or
   more easier than the target's high end, the rise may be up to two steps, within 10 %
   of the load and the RTS chart's load for the bottom of the range.
3. **Easier than planned** (every set in the range with more reps in reserve than the
   target's high end): the load rises one step now rather than after more reps.
4. **Stalled** :data:`~runstrength._progression.policy.HOLD_LIMIT` times before: with the
   reps in reserve on target, the stimulus changes (a set more, else the smallest load
   step within 10 %, else a hold that asks for the last set at the low end of the
   target); otherwise one step down, to build back with clean reps.
5. Otherwise hold the load (or take on the load actually lifted) and add reps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.clean import clean_near
from runstrength._model.dose import IntRange
from runstrength._model.errors import InputError
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Change
from runstrength._progression.ask import Ask, hold
from runstrength._progression.bodyload import small_step_range
from runstrength._progression.calfladder import calf_back, calf_more, calf_raise
from runstrength._progression.levers import big_step_harder
from runstrength._progression.limits import (
    OVER_TARGET,
    achilles_calf,
    big_step,
    ceiling,
    reference_range,
    share,
)
from runstrength._progression.loadmath import round_load, step_down, step_up
from runstrength._progression.policy import (
    ACSM_MAX_RISE,
    HOLD_LIMIT,
    SET_CAP,
    Outcome,
    all_sets,
    base_load,
    rts_target,
    shifted,
    shortfall,
)
from runstrength._progression.returns import below_pain
from runstrength._progression.routes import light_keep, more_reps, tempo_or_set, without_load
from runstrength._progression.setbacks import in_reserve, restimulate, setback
from runstrength._views.wording import UNIT_SUFFIX, amount_text, kg, words

if TYPE_CHECKING:
    from runstrength._model.vocab import Equipment

__all__ = ["next_load", "recorded", "rise_limit"]

_STALLED = frozenset({Outcome.STALL})


def recorded(ask: Ask, step: Progression) -> Progression:
    """``step`` tagged ``Change.record`` when it only writes the load lifted into the plan.

    A load step whose new load is the load the log shows (the lightest set's), with
    nothing else changed, makes nothing harder: the plan records what was done.
    """
    if step.change is not Change.load or step.next.exercise != ask.prescription.exercise:
        return step
    new, old = step.next.dose, ask.dose
    if new.load_kg is None or attrs.evolve(new, load_kg=old.load_kg) != old:
        return step
    logged = [s.load_kg or 0.0 for s in ask.log.sets]  # a set with no load lifted none
    if not any(logged) or abs(new.load_kg - min(logged)) > 1e-9:
        return step
    return attrs.evolve(step, change=Change.record)


def _loaded(ask: Ask, new_load: float | None, change: Change, reason: Reason) -> Progression:
    dose = attrs.evolve(ask.dose, load_kg=new_load or None)  # 0 kg is bodyweight
    nxt = attrs.evolve(ask.prescription, dose=dose, choose_load=False)
    return Progression(nxt, change, reason)


def rise_limit(
    base: float, equipment: Equipment, rirs: list[int], sets: int, target: IntRange | None
) -> float:
    """The most the load may rise to from ``base``: one step, or two for a log with room.

    Two steps (within 10 % of ``base``) only when every one of ``sets`` sets logged reps
    in reserve at least two above the target's high end; never less than one step.
    """
    up = step_up(base, equipment)
    if target is None or len(rirs) < sets or not rirs or min(rirs) < target.hi + 2:
        return up
    try:
        second = step_up(up, equipment)
    except InputError:
        return up
    return max(up, min(second, round_load(base * (1 + ACSM_MAX_RISE), equipment)))


def next_load(ask: Ask, result: str, equipment: Equipment) -> Progression:
    """The next step of loaded work (see the module docstring)."""
    dose, log = ask.dose, ask.log
    lifted = base_load(dose, log)
    old = dose.load_kg
    target = dose.rir
    rirs = [s.rir for s in log.sets if s.rir is not None]
    unit, side = dose.unit, dose.per_side
    top = amount_text(dose.amount.hi, unit, per_side=side)
    bottom = amount_text(dose.amount.lo, unit, per_side=side)
    if target is not None and rirs and min(rirs) < target.lo:
        if target.lo - min(rirs) >= 2 and step_down(lifted, equipment) > 0:
            lower = step_down(lifted, equipment)
            return _loaded(
                ask,
                lower,
                Change.load,
                say(
                    "progress.load.harder_drop",
                    rir=min(rirs),
                    target=str(target),
                    lifted_kg=lifted,
                    load_kg=lower,
                ),
            )
        if old is not None and lifted >= old:
            return hold(
                ask.prescription,
                say(
                    "progress.load.harder_hold",
                    rir=min(rirs),
                    target=str(target),
                    lifted_kg=lifted,
                    target_lo=target.lo,
                ),
            )
        return _loaded(
            ask,
            lifted,
            Change.load,
            say("progress.load.harder_cap", lifted_kg=lifted, rir=min(rirs), target_lo=target.lo),
        )
    if ask.light and result == Outcome.TOP:
        return hold(
            ask.prescription,
            say(
                "progress.load.light",
                top=top,
                lifted_kg=lifted,
                keep=light_keep(ask, kg(lifted)),
            ),
        )
    if result == Outcome.TOP:
        return _set_back(ask, lifted, top) or _rise(ask, equipment, lifted, rirs, bottom, top)
    easier = target is not None and len(rirs) == len(log.sets) and min(rirs) > target.hi
    if easier and not ask.light and target is not None:
        try:
            up = step_up(lifted, equipment)
        except InputError:
            up = lifted
        lead = f"Easier than planned: every set ended with more than {target.hi} reps in reserve"
        if up > lifted and big_step(lifted, up) and achilles_calf(ask.fit.athlete, ask.exercise):
            rise = f"+{100 * share(lifted, up):.0f} %"
            why = (
                f"{lead}, but the smallest step with the {words(equipment)}, from {kg(lifted)} to "
                f"{kg(up)}, is {rise}, more than the 10 % an Achilles should take in one step"
            )
            return without_load(ask, why, ceiling_reached=False)
        most = ceiling(ask.exercise, equipment)
        if up > lifted and (most is None or up <= most + 1e-9):
            easy: dict[str, Param] = {
                "target_hi": target.hi,
                "lifted_kg": lifted,
                "load_kg": up,
                "percent": 100 * share(lifted, up),
                "bottom": bottom,
                "top": top,
            }
            if big_step(lifted, up):
                item = {"item": str(equipment), "item_words": words(equipment)}
                return _loaded(
                    ask, up, Change.load, say("progress.load.easier_big", **easy, **item)
                )
            return _loaded(ask, up, Change.load, say("progress.load.easier", **easy))
    if ask.streak(_STALLED) >= HOLD_LIMIT:
        short = f"{HOLD_LIMIT + 1} sessions in a row short of {top} at {kg(lifted)}"
        return restimulate(ask, short) if in_reserve(ask) else setback(ask, short)
    miss = shortfall(dose, log)
    more = {"reps": "a rep", "seconds": "5 s", "steps": "2 steps"}[unit]
    on_target = in_reserve(ask)
    lead = "On target" if on_target else "Not yet"
    opening: Reason
    if on_target and target is not None:
        done = sorted({getattr(s, unit) for s in log.sets})
        reached = amount_text(done[0], unit, per_side=side)
        opening = say(
            "progress.within.reached",
            reached=reached,
            range=str(dose.amount),
            target_lo=target.lo,
        )
    elif miss is not None:
        opening = say(
            "progress.within.short", lead=lead, on_target=on_target, shortfall=miss.message
        )
    else:
        opening = say("progress.within.lead", lead=lead, on_target=on_target)
    if old is None or lifted != old:
        then = say("progress.within.lifted", lifted_kg=lifted, more=more, unit=unit, top=top)
        return _loaded(ask, lifted, Change.load, joined_reasons(opening, then))
    then = say("progress.within.hold", load_kg=old, more=more, unit=unit, top=top)
    return hold(ask.prescription, joined_reasons(opening, then, _last_set(ask)))


LAST_SET_RUN: Final = 3
"""Sessions in a row a last set may end at the top of its reserve band before the plan asks
for it to go to 1 in reserve (project convention)."""


def _last_set(ask: Ask) -> Reason | None:
    """The cue for a last set that ends at the top of its reserve band session after session.

    Reps in reserve within the target are on target, not a stall; but a last set at the
    target's top :data:`LAST_SET_RUN` sessions running leaves reps unfound.
    """
    target = ask.dose.rir
    if target is None or target.hi <= max(1, target.lo):
        return None
    logs = [*ask.history[-(LAST_SET_RUN - 1) :], ask.log]
    load = ask.log.sets[-1].load_kg if ask.log.sets else None
    tops = [
        bool(h.sets) and (h.sets[-1].rir, h.sets[-1].load_kg) == (target.hi, load) for h in logs
    ]
    if len(logs) < LAST_SET_RUN or not all(tops):
        return None
    return say("progress.last_set", rir=target.hi, sessions=LAST_SET_RUN, target=max(1, target.lo))


def _set_back(ask: Ask, lifted: float, top: str) -> Progression | None:
    """Back after sharp pain with a set fewer than before it: the set returns first."""
    dose = ask.dose
    hurt = below_pain(dose, ask.history)
    if hurt is None or lifted != dose.load_kg or dose.sets.hi >= min(len(hurt.sets), SET_CAP):
        return None
    sets = shifted(dose.sets, 1)
    count = "set" if sets.hi == 1 else "sets"
    return Progression(
        attrs.evolve(ask.prescription, dose=attrs.evolve(dose, sets=sets)),
        Change.sets,
        say(
            "progress.load.set_back",
            **_done(ask, f"{all_sets(len(ask.log.sets))} reached {top} with clean form"),
            old_sets=str(dose.sets),
            sets=str(sets),
            set_word=count,
            lifted_kg=lifted,
        ),
    )


def _done(ask: Ask, text: str) -> dict[str, Param]:
    """The parameters of what the sets reached: ``text`` and the numbers it shows."""
    dose = ask.dose
    return {"done": text, "sets_done": len(ask.log.sets), "top": dose.amount.hi, "unit": dose.unit}


def _rise(
    ask: Ask, equipment: Equipment, lifted: float, rirs: list[int], bottom: str, top: str
) -> Progression:
    dose, log = ask.dose, ask.log
    done = f"{all_sets(len(log.sets))} reached {top} with clean form"
    if dose.rir is not None:
        done += f" and at least {dose.rir.lo} in reserve"
    try:
        limit = rise_limit(lifted, equipment, rirs, len(log.sets), dose.rir)
    except InputError:
        return hold(
            ask.prescription,
            say(
                "progress.load.heaviest",
                **_done(ask, done),
                lifted_kg=lifted,
                item=str(equipment),
                item_words=words(equipment),
            ),
        )
    up = step_up(lifted, equipment)
    most = ceiling(ask.exercise, equipment)
    if most is not None and up > most + 1e-9:
        why = (
            f"{done}, at {kg(lifted)}: the load stops at {kg(most)} with the "
            f"{words(equipment)} for this exercise, its useful load (it trains control, not "
            "strength)"
        )
        return without_load(ask, why, ceiling_reached=True)
    if big_step(lifted, up):
        return _big(ask, equipment, lifted, up, done)
    new = up
    chart = False
    if limit > up:
        found = rts_target(dose, log, equipment)
        sized = up if found is None else max(up, min(limit, found[1]))
        new = sized
        chart = sized > up
    rises: dict[str, Param] = {
        **_done(ask, done),
        "steps": "one step" if new == up else "two steps",
        "step_count": 1 if new == up else 2,
        "lifted_kg": lifted,
        "load_kg": new,
        "percent": 100 * share(lifted, new),
        "bottom": bottom,
        "top_words": top,
    }
    if chart:
        rising = say("progress.load.rises_chart", **rises, rir=min(rirs))
    else:
        rising = say("progress.load.rises", **rises)
    return _loaded(ask, new, Change.load, rising)


def _big(ask: Ask, equipment: Equipment, lifted: float, up: float, done: str) -> Progression:
    """A step bigger than 10 %: reps over the target first, then the smallest step there is."""
    dose = ask.dose
    rise = f"+{100 * share(lifted, up):.0f} %"
    step = (
        f"the smallest step with the {words(equipment)}, from {kg(lifted)} to {kg(up)}, is {rise}"
    )
    if achilles_calf(ask.fit.athlete, ask.exercise):
        why = f"{done}, but {step}, more than the 10 % an Achilles should take in one step"
        return without_load(ask, why, ceiling_reached=False)
    reference = reference_range(ask.exercise, dose, ask.level())
    over = dose.amount.hi - reference.hi
    big: dict[str, Param] = {
        **_done(ask, done),
        "lifted_kg": lifted,
        "item": str(equipment),
        "item_words": words(equipment),
        "up_kg": up,
        "percent": 100 * share(lifted, up),
    }
    if dose.load_kg != lifted:
        return _loaded(ask, lifted, Change.load, say("progress.load.big_record", **big))
    harder = big_step_harder(ask, equipment, f"{done}, but {step}")
    if harder is not None:  # a cable or machine's big step: its harder form first
        return harder
    calf = calf_raise(ask.exercise)
    if over < 1:
        shifted_up = calf_more(ask) if calf else more_reps(ask, OVER_TARGET)
        if shifted_up is not None:
            new_top = amount_text(shifted_up.dose.amount.hi, dose.unit, per_side=dose.per_side)
            return Progression(
                shifted_up,
                Change.reps,
                say(
                    "progress.load.big_reps",
                    **big,
                    over=shifted_up.dose.amount.hi - dose.amount.hi,
                    old_range=str(dose.amount),
                    new_range=str(shifted_up.dose.amount),
                    new_top=new_top,
                ),
            )
        other = tempo_or_set(ask, f"{done}, but {step}, more than the 2-10 % ACSM 2009 advises")
        if other is not None:
            return other
    if over >= 1:
        # Back to the range before the reps over the top, at the heavier load: one
        # change, of load (RS401).
        # The range before the reps over the top; never narrower than about four reps when
        # something else squeezed it since (a rise of one rep for want of time).
        top = dose.amount.hi - over
        usual = IntRange(max(1, min(dose.amount.lo - over, max(reference.lo, top - 4))), top)
        usual = small_step_range(dose.amount, usual, ask.exercise, hold_calf=False)
        if calf:
            usual = calf_back(top, usual)
        elif usual.lo < usual.hi and not ask.exercise.plyometric:
            # onto the nearest clean range no higher than now: 9–13 lands on 8–12
            usual = clean_near(usual, (1, dose.amount.lo), (usual.lo + 1, dose.amount.hi)) or usual
        back = attrs.evolve(ask.dose, load_kg=up).with_amount(usual)
        start = amount_text(usual.lo, dose.unit, per_side=dose.per_side)
        return Progression(
            attrs.evolve(ask.prescription, dose=back, choose_load=False),
            Change.load,
            say(
                "progress.load.big_over",
                **big,
                over=over,
                rep_word="rep" if over == 1 else "reps",
                reference=str(reference),
                usual=str(usual),
                suffix=UNIT_SUFFIX[dose.unit],
                start=start,
            ),
        )
    start = amount_text(dose.amount.lo, dose.unit, per_side=dose.per_side)
    return _loaded(ask, up, Change.load, say("progress.load.big_caps", **big, start=start))
