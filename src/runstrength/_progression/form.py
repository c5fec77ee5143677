"""Form that breaks: lighter, steadier, then simpler still, and a question about what broke.

The first break takes one load step off (sets and reps unchanged); the second moves to
the easier variation (a staggered or single-leg hinge to the two-leg Romanian deadlift),
else to bodyweight (a calf raise to the two-leg wall calf raise its catalog entry
lists, fingertips on a wall), asking which of the exercise's usual faults it was; from
the third on, a hinge gives way to a glute bridge or hip thrust, a calf raise still
breaking at bodyweight goes to a seated calf raise (from the fourth: balance out of it,
until someone has watched the standing one), else the work gets smaller. A breaking
dose is held at most once, with a request for a coach's or physiotherapist's eye.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from runstrength._model.logs import Progression
from runstrength._model.vocab import Change, Pattern
from runstrength._progression.ask import hold, switch
from runstrength._progression.setbacks import easier_step, less_work, lifted_load, lighter_step

if TYPE_CHECKING:
    from runstrength._model.exercise import Exercise
    from runstrength._progression.ask import Ask

__all__ = ["for_form"]


def for_form(ask: Ask, streak: int, what: str) -> Progression:
    """Form that broke ``streak + 1`` sessions in a row: lighter, easier, then simpler still.

    ``what`` says what broke (``form broke``). The first break takes one load step off;
    the second moves to the easier variation, else to bodyweight; from the third on, the
    easier variation, else bodyweight, else a hip thrust or glute bridge in place of a
    hinge, else less work. A breaking dose is never simply held more than once, and the
    reason never assumes a visit to a coach or physiotherapist that was not logged.
    """
    dose = ask.dose
    cue = (
        " End each set at the first rep that breaks, and note which set it broke on; a "
        "coach or physiotherapist watching one session helps."
    )
    if streak == 0:
        lighter = lighter_step(ask, what.capitalize())
        if lighter is not None:
            return attrs.evolve(
                lighter,
                reason=lighter.reason
                + " Rebuild clean reps at the lighter load before adding anything."
                + cue,
            )
        return hold(
            ask.prescription,
            f"{what.capitalize()}: hold {dose} and rebuild the movement before adding anything "
            "(no more reps, load or a harder variation until every rep is clean). If the "
            "next session is the same, the exercise gets easier." + cue,
        )
    why = f"{'Two' if streak == 1 else 'Several'} sessions in a row where {what}"
    step = easier_step(ask, why) or _two_leg_hinge(ask, why) or _bodyweight(ask, why)
    if step is None and streak >= 3:
        step = _seated(ask, why)
    if step is None and streak >= 2:
        step = _bridge(ask, why) or less_work(ask, why, to_bottom=False)
        if step is not None and _wall_form(ask.exercise):
            step = attrs.evolve(step, reason=f"{step.reason} {_what_broke(ask)}")
    if step is not None:
        return attrs.evolve(step, reason=step.reason + cue)
    if streak == 1:
        return hold(
            ask.prescription,
            f"{why}, no easier variation and no load to take off: keep {dose} this once, "
            "and have a coach or physiotherapist watch the movement before adding anything; "
            "if it breaks again, the work gets smaller." + cue,
        )
    return hold(
        ask.prescription,
        f"{why}, and the dose is already the smallest: keep {dose} and have a coach or "
        "physiotherapist watch the movement before adding anything." + cue,
    )


_TWO_LEG_HINGE = "romanian_deadlift"
"""The steadier hinge a staggered or single-leg hinge moves to when form breaks [003:
"Dumbbell Romanian deadlift from mid-shin range"]."""

_STANDING_CALF = frozenset({Pattern.calf})
"""Calf raising done standing (a seated raise lists no other pattern either, but is
excluded by id)."""

_HINGE_SWAPS = ("glute_bridge", "hip_thrust")
"""Where a hinge that keeps breaking goes when nothing easier is left [003: glute bridge]."""


def _bodyweight(ask: Ask, why: str) -> Progression | None:
    """Loaded work at bodyweight, as technique work, sets and reps unchanged.

    A calf raise names its steadier form (the two-leg wall calf raise its catalog entry
    lists), hands on the wall.
    """
    if lifted_load(ask) <= 0:
        return None
    dose = attrs.evolve(ask.dose, load_kg=None)
    steadier = _wall_form(ask.exercise)
    what = (
        f"move to the {steadier}: both feet, fingertips on a wall, at bodyweight ({dose})"
        if steadier
        else f"the load comes off and {ask.exercise.name} is done at bodyweight ({dose})"
    )
    return Progression(
        attrs.evolve(ask.prescription, dose=dose, choose_load=False),
        Change.regress,
        f"{why}: {what}, as technique work until every rep is clean. {_what_broke(ask)}",
    )


def _wall_form(exercise: Exercise) -> str | None:
    """The steadier two-leg wall form a calf raise's catalog entry lists, if any."""
    if Pattern.calf not in exercise.patterns:
        return None
    walls = [a for a in exercise.aliases if "wall" in a.lower()]
    two = [a for a in walls if "two-leg" in a.lower()]
    found = [*two, *walls]
    return found[0][0].lower() + found[0][1:] if found else None


def _what_broke(ask: Ask) -> str:
    """The question a coach asks when form breaks: which of the usual faults was it?"""
    faults = [m.rstrip(".").lower() for m in ask.exercise.mistakes[:4]]
    if not faults:
        return "What broke? Log it with the session."
    return f"What broke: {', '.join(faults[:-1])} or {faults[-1]}? Log it with the session."


_SEATED_CALF = "bent_knee_calf_raise"
"""Where a calf raise whose form keeps breaking at bodyweight goes: seated, no balance
to keep (the review's "a seated calf raise takes balance out entirely")."""


def _seated(ask: Ask, why: str) -> Progression | None:
    """A standing calf raise that keeps breaking at bodyweight, moved to a seated one."""
    if Pattern.calf not in ask.exercise.patterns or lifted_load(ask) > 0 or ask.dose.load_kg:
        return None
    if ask.exercise.id == _SEATED_CALF or not ask.exercise.patterns & _STANDING_CALF:
        return None
    found, _ = ask.usable(_SEATED_CALF)
    if found is None:
        return None
    new = switch(ask, found, easier=True)
    return Progression(
        new,
        Change.regress,
        f"{why}, already at bodyweight: move to the {found.name} at {new.dose}, seated, so "
        "balance is out of it and the calf does the work; the standing raise comes back "
        "once a coach or physiotherapist has watched it. " + _what_broke(ask),
    )


def _two_leg_hinge(ask: Ask, why: str) -> Progression | None:
    """A staggered or single-leg hinge whose form breaks, moved to the two-leg hinge."""
    if Pattern.hinge not in ask.exercise.patterns or ask.exercise.id == _TWO_LEG_HINGE:
        return None
    if ask.catalog.get(_TWO_LEG_HINGE) is None:
        return None
    found, _ = ask.usable(_TWO_LEG_HINGE)
    if found is None or Pattern.hinge not in found.patterns:
        return None
    new = switch(ask, found, easier=True)
    return Progression(
        new,
        Change.regress,
        f"{why}: move to the steadier two-leg {found.name} at {new.dose}, to mid-shin, "
        "no more sets or reps than before, and build back up from there.",
    )


def _bridge(ask: Ask, why: str) -> Progression | None:
    """A hinge that keeps breaking swapped for a glute bridge or hip thrust."""
    if Pattern.hinge not in ask.exercise.patterns:
        return None
    for name in _HINGE_SWAPS:
        found, _ = ask.usable(name)
        if found is not None:
            new = switch(ask, found, easier=True)
            return Progression(
                new,
                Change.regress,
                f"{why}: the hinge waits until someone has watched it; {found.name} at "
                f"{new.dose} trains the hips meanwhile without the hinge.",
            )
    return None
