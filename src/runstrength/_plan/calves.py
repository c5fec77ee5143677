"""Calf work in a strength session: which calf families, and an Achilles athlete's block.

003 names skipping the soleus as a common mistake, so an intermediate's or advanced
athlete's strength session holds a loaded bent-knee (seated) calf raise beside the
straight-knee one when the kit loads it. For an Achilles athlete that bent-knee raise is
the heavy slow block (:mod:`runstrength._progression.tendon`), first in the session, with a
straight-knee raise beside it. A beginner's session holds one calf exercise, with a
two-legged squat and a glute bridge before any second one, and a week's strength sessions
take the calf family the week has not had yet first.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from runstrength._model.dose import Dose, IntRange
from runstrength._model.reason import Reason, free_text, parts_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Focus, Level
from runstrength._plan.choose import Candidate, Chooser, Profile
from runstrength._plan.dosing import Pick, Role
from runstrength._plan.families import Family
from runstrength._progression.fit import needs_load
from runstrength._progression.limits import tendon_work

__all__ = [
    "BEGINNER_BASICS",
    "BEGINNER_PAIR_MINUTES",
    "BLOCK_MINUTES",
    "BLOCK_REASON",
    "SEATED_CALF",
    "STRAIGHT_KNEE_REASON",
    "alternate_calves",
    "beginner_basics",
    "beginner_calves",
    "block_reason",
    "block_said",
    "block_said_as",
    "block_said_reason",
    "calf_first",
    "calf_pair",
    "heavy_slow_pick",
    "second_calf",
    "straight_knee",
]

F = Family

SEATED_CALF = frozenset({"machine_seated_calf_raise"})
"""The bent-knee calf raise a seated calf machine loads: preferred when the kit has one."""

BLOCK_MINUTES = 40
"""The shortest session that keeps the calf block's three sets whatever else it holds
(project convention); a shorter one may trim them, and the block then moves by load."""

STRAIGHT_KNEE_SETS = 3
STRAIGHT_KNEE_REPS = IntRange(10, 15)
"""An Achilles athlete's straight-knee calf raise: 3 × 10–15 at 3-0-3 (a heavy slow block
trains the straight-knee raise beside the bent-knee one)."""

BLOCK_REASON = (
    "A heavy slow block for the Achilles: 3 × 15 now, then 12, 10, 8 and 6 reps (a fourth set "
    "where the session has room), each rung at a heavier load chosen for its reps, 10 % or "
    "less a step; pain at 3/10 or less during the sets, and settled by the next morning."
)
"""What an Achilles athlete's loaded bent-knee calf raise says about its block."""


def block_reason(dose: Dose, full: int) -> str:
    """What the block's first session says when it holds fewer sets than the rung's ``full``.

    A session shorter than :data:`BLOCK_MINUTES` may trim the block's sets to fit; the
    reason then says the sets done now, never the rung's ``3 × 15`` the dose does not hold.

    >>> print(block_reason(Dose(sets=1, reps=15, rest_seconds=60), 3)[50:96])
    1 × 15 now, the sets this session has room for
    """
    return block_said_as(dose, full).text


def block_said_as(dose: Dose, full: int) -> Reason:
    """:func:`block_reason` as a coded reason, its numbers beside the English."""
    if dose.sets.lo >= full:
        return say("exercise.calf_block")
    return say(
        "exercise.calf_block.trimmed",
        sets=str(dose.sets),
        amount=str(dose.amount),
        full=full,
        minutes=BLOCK_MINUTES,
    )


_BLOCK_HEAD = "A heavy slow block for the Achilles: "
_BLOCK_TAIL = "settled by the next morning."

BLOCK_LATER = (
    f"{_BLOCK_HEAD}the reps fall from 15 to 12, 10, 8 and 6, each rung at a heavier load "
    f"chosen for its reps, 10 % or less a step; pain at 3/10 or less during the sets, and "
    f"{_BLOCK_TAIL}"
)
"""What the block says beside a dose other than the one its first session wrote."""


def block_said(text: str, planned: Dose, dose: Dose) -> str:
    """``text`` with the block's sentence true to ``dose``, not to the ``planned`` one.

    The planner's reason for the block states its dose "now" (:func:`block_reason`); a
    week that keeps the reason beside another dose (a later rung, or fewer sets) says the
    block's plan without a dose instead.
    """
    start = text.find(_BLOCK_HEAD)
    if start < 0 or (planned.sets, planned.amount) == (dose.sets, dose.amount):
        return text
    end = text.find(_BLOCK_TAIL, start)
    if end < 0:
        return text
    return text[:start] + BLOCK_LATER + text[end + len(_BLOCK_TAIL) :]


_BLOCK_CODES = frozenset({"exercise.calf_block", "exercise.calf_block.trimmed"})
"""The codes of the block's sentence that states its dose "now"."""


def block_said_reason(reason: Reason, planned: Dose, dose: Dose) -> Reason:
    """:func:`block_said` of a coded reason: the part that states the dose "now" goes."""
    if (planned.sets, planned.amount) == (dose.sets, dose.amount):
        return reason
    parts = parts_of(reason)
    if not any(p.code in _BLOCK_CODES for p in parts):
        said = block_said(reason.text, planned, dose)
        return reason if said == reason.text else free_text(said)
    later = [say("calf_block.later") if p.code in _BLOCK_CODES else p for p in parts]
    return joined_reasons(later[0], *later[1:])


STRAIGHT_KNEE_REASON = (
    "Straight-knee work beside the block: lower the heels no further than the floor or the "
    "step's level (no drop below it), pain at 3/10 or less."
)
"""What an Achilles athlete's straight-knee calf raise says."""


def calf_pair(
    take: Callable[..., Candidate | None],
    chooser: Chooser,
    profile: Profile,
    *,
    achilles: bool,
) -> None:
    """Both calf families in an intermediate's or advanced athlete's strength session.

    003 names skipping the soleus as a common mistake: a loaded bent-knee (seated) calf
    raise joins the straight-knee one when the kit loads it. An Achilles athlete keeps a
    straight-knee raise beside the heavy slow bent-knee block (a heavy slow block trains both).
    """
    if F.bent_knee_calf not in chooser.families:
        loaded = [
            c
            for c in chooser.candidates
            if c.family is F.bent_knee_calf
            and chooser.allowed(c)
            and not profile.equipment.isdisjoint(c.ex.load_with)
        ]
        if loaded:
            ids = frozenset(c.ex.id for c in loaded)
            take((F.bent_knee_calf,), Role.need, prefer=SEATED_CALF & ids or ids)
    if achilles and F.straight_knee_calf not in chooser.families:
        take((F.straight_knee_calf,), Role.need)


BEGINNER_PAIR_MINUTES = 30
"""The shortest beginner's session whose calf work is a pair: shorter ones keep the soleus
work alone, and the straight-knee raise goes first for time (project convention)."""


def alternate_calves(
    families: tuple[Family, ...], week: set[Family] | frozenset[Family]
) -> tuple[Family, ...]:
    """The calf families in the order a session takes them, alternating across the week.

    One calf exercise a session: the family the week has not had yet comes first, so two
    sessions hold a straight-knee raise and a bent-knee one between them (003 names
    skipping the soleus as a common mistake), never the same family twice while the other
    waits.

    >>> alternate_calves((F.bent_knee_calf, F.straight_knee_calf), {F.bent_knee_calf})
    (<Family.straight_knee_calf: 'straight-knee calf'>, <Family.bent_knee_calf: 'bent-knee calf'>)
    """
    fresh = tuple(f for f in families if f not in week)
    return fresh + tuple(f for f in families if f in week)


def beginner_calves(take: Callable[..., Candidate | None], chooser: Chooser, minutes: int) -> None:
    """A straight-knee calf raise beside a beginner's bent-knee one in a strength session.

    003's beginner session ends on a wall calf raise (both legs, a hand on the wall), and
    its bent-knee raise works the soleus: a beginner whose week has no light session for
    the soleus does one set of each rather than bent-knee work alone, in a session of
    :data:`BEGINNER_PAIR_MINUTES` or more.
    """
    if F.straight_knee_calf not in chooser.families:
        role = Role.need if minutes >= BEGINNER_PAIR_MINUTES else Role.extra
        take((F.straight_knee_calf,), role, prefer=frozenset({"standing_calf_raise"}))


def second_calf(
    take: Callable[..., Candidate | None],
    chooser: Chooser,
    profile: Profile,
    *,
    achilles: bool,
    room: bool,
    light: bool,
    minutes: int,
    shared: bool = False,
) -> None:
    """What a strength session adds once its calf exercise is in.

    A beginner's session holds one calf exercise and, where it has neither, a two-legged
    squat and a glute bridge: 003's beginner session is built on them (bodyweight squat,
    assisted reverse lunge, glute bridge, low step-up, wall calf raise), as are 000's
    workouts. A beginner with an Achilles problem keeps a straight-knee raise beside the
    bent-knee work when no ``light`` session carries the calves. An intermediate's or
    advanced athlete's session adds its loaded bent-knee raise where it has ``room``
    (:func:`calf_pair`), unless the week ``shared`` with another session alternates the
    calf families between them: one calf move a session (003's balanced session), the
    Achilles block apart.
    """
    if not achilles and profile.level is Level.beginner:
        beginner_basics(take, chooser, minutes)
        return
    if profile.level is not Level.beginner:
        if room and (achilles or not shared):
            calf_pair(take, chooser, profile, achilles=achilles)
    elif not light:
        beginner_calves(take, chooser, minutes)


BEGINNER_BASICS = frozenset({"bodyweight_squat", "glute_bridge"})
"""The two-legged squat and the bridge of 003's beginner session, preferred in their
families."""


def beginner_basics(take: Callable[..., Candidate | None], chooser: Chooser, minutes: int) -> None:
    """A beginner's two-legged squat and glute bridge, where the session has neither.

    Needs in a session of :data:`BEGINNER_PAIR_MINUTES` or more; extras, the first to go
    for time, in a shorter one.
    """
    role = Role.need if minutes >= BEGINNER_PAIR_MINUTES else Role.extra
    for fam in (F.bilateral_squat, F.bridge):
        if fam not in chooser.families:
            take((fam,), role, prefer=BEGINNER_BASICS)


def calf_first(picks: list[Pick], profile: Profile, focus: Focus) -> list[Pick]:
    """An Achilles athlete's calf block first in a strength session, while fresh (after jumps)."""
    if focus is not Focus.strength:
        return picks
    calf = [
        p
        for p in picks
        if p.family is F.bent_knee_calf
        and tendon_work(profile.injuries, p.exercise)
        and p.reason == BLOCK_REASON
    ]
    rest = [p for p in picks if p not in calf]
    jumps = [p for p in rest if p.family is F.power]
    return [*jumps, *calf, *(p for p in rest if p.family is not F.power)]


def heavy_slow_pick(cand: Candidate, profile: Profile, focus: Focus) -> bool:
    """Whether the pick is an Achilles athlete's heavy slow calf block (loaded bent-knee)."""
    return (
        focus is Focus.strength
        and cand.family is F.bent_knee_calf
        and cand.ex.doses[max(profile.level, cand.ex.level)].unit == "reps"
        and (needs_load(cand.ex) or not profile.equipment.isdisjoint(cand.ex.load_with))
    )


def straight_knee(dose: Dose) -> Dose:
    """An Achilles athlete's straight-knee raise beside the block: 3 × 10–15, slow."""
    return attrs.evolve(dose.with_amount(STRAIGHT_KNEE_REPS), sets=IntRange(STRAIGHT_KNEE_SETS))
