"""Reasons about this week: a reason carried over from an earlier week gives way.

A prescription's reason says why the exercise is there, or what changed this week. A
reason that described an earlier week's change ("Deload week: 2 to 1 sets" beside two
sets, a load beside another load) is replaced by the exercise's base reason: the
planner's reason for it this week (its load note only when the load is the planner's),
else the need its movement family fills. A load that rose since last week says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from runstrength._model.catalog import Catalog
from runstrength._model.copies import with_reason
from runstrength._model.dose import kg
from runstrength._model.plan import Prescription, WeekPlan
from runstrength._model.reason import Reason, parts_of, text_of
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Phase
from runstrength._plan.calves import block_said_reason
from runstrength._plan.coded import REASON_MAX, leading
from runstrength._plan.families import JUMP_NEED, family, need_of

__all__ = [
    "CHANGE_WORDS",
    "PHASE_WORDS",
    "base_reason",
    "current_reasons",
    "planned_by_id",
    "reasons_seen",
    "settled",
    "stale",
]

PHASE_WORDS: dict[str, Phase] = {
    "Deload week": Phase.deload,
    "Taper": Phase.taper,
    "Power phase": Phase.power,
    "Maintenance phase": Phase.maintenance,
    "Strength phase": Phase.strength,
    "Race week": Phase.race,
    "Recovery week": Phase.recovery,
}
"""How a reason written for a phase's change starts, and the phase it belongs to."""

CHANGE_WORDS = (*PHASE_WORDS, "Back to", "Back after", "Held back")
"""How a reason that describes a change of dose starts."""


def planned_by_id(fresh: WeekPlan) -> dict[str, Prescription]:
    """The planner's first prescription of each exercise in ``fresh``, by exercise id."""
    found: dict[str, Prescription] = {}
    for session in fresh.sessions:
        for x in session.exercises:
            found.setdefault(x.exercise, x)
    return found


def base_reason(
    rx: Prescription,
    fresh: WeekPlan,
    catalog: Catalog,
    by_id: Mapping[str, Prescription] | None = None,
) -> Reason | None:
    """The exercise's reason with no week's change in it.

    The planner's reason for the exercise this week, without its load note when the load
    differs from the planner's; else the need the exercise's movement family fills.
    ``by_id``, when given, is :func:`planned_by_id` of ``fresh``.
    """
    if by_id is not None:
        planned = by_id.get(rx.exercise)
    else:
        planned = next(
            (x for s in fresh.sessions for x in s.exercises if x.exercise == rx.exercise), None
        )
    if planned is not None and planned.reason:
        reason = planned.reason
        load = planned.dose.load_kg
        if load is not None and load != rx.dose.load_kg:
            at = reason.text.find(f"{kg(load)} (")
            reason = leading(reason, reason.text[:at].strip()) if at > 0 else reason
        # The Achilles block's "now" was the planner's dose: beside another, it goes.
        return block_said_reason(reason, planned.dose, rx.dose)
    exercise = catalog.get(rx.exercise)
    if exercise is None:
        return rx.reason
    kind = family(exercise)
    need = need_of(exercise, kind)
    return say(
        "exercise.need",
        exercise=exercise.id,
        need_kind="jump" if need == JUMP_NEED else kind.name,
        need=need[0].upper() + need[1:],
    )


def stale(reason: str, seen: Iterable[str], phase: Phase) -> bool:
    """Whether ``reason`` describes an earlier week rather than this one.

    It does when an earlier week gave the exercise the same reason (or one it starts
    with), or when it names another phase's change.
    """
    if not reason:
        return False
    for words, owner in PHASE_WORDS.items():
        if reason.startswith(f"{words}:") and owner is not phase:
            return True
    return any(old and (reason == old or reason.startswith(old + " ")) for old in seen)


def reasons_seen(earlier: Iterable[WeekPlan]) -> dict[str, set[str]]:
    """The reasons ``earlier`` weeks gave each exercise, by exercise id."""
    seen: dict[str, set[str]] = {}
    for plan in earlier:
        for session in plan.sessions:
            for rx in session.exercises:
                seen.setdefault(rx.exercise, set()).add(text_of(rx.reason))
    return seen


def current_reasons(
    items: list[Prescription],
    fresh: WeekPlan,
    seen: Mapping[str, set[str]],
    before: dict[str, Prescription],
    phase: Phase,
    catalog: Catalog,
) -> list[Prescription]:
    """``items`` with every reason carried from earlier weeks put back to its base.

    ``seen`` holds the reasons earlier weeks gave each exercise (:func:`reasons_seen`);
    ``before`` last week's prescription of each exercise: a load that rose since says so
    after the base reason.
    """
    out = []
    by_id = planned_by_id(fresh)  # one look-up for each item, not a search
    for item in items:
        rx = item
        said = text_of(rx.reason)
        carried = rx.exercise not in before and said.startswith("Back to ")
        # The base reason only where the reason was carried or is stale: it replaces it.
        if carried or stale(said, seen.get(rx.exercise, ()), phase):
            base = base_reason(rx, fresh, catalog, by_id)
            if said != text_of(base):
                rx = with_reason(rx, base)
        out.append(rx)
    return out


_CUT_FROM_PLAN = frozenset(
    {"phase.power.jumps_room", "season.held_back", "season.held_back.before_lighter"}
)
"""Set cuts from the sets a line was to have this week (back after the lighter weeks)."""


def _cut_from_more(rx: Prescription, old: Prescription) -> bool:
    """Whether ``rx``'s reason is a set cut from more sets than last week's ``old`` held.

    After a lighter week a line cut back to the lighter week's sets says why (the jumps
    take its set, the week's sets rise gradually): the dose before the lighter weeks was
    higher, so the cut is a change the athlete should read.
    """
    reason = rx.reason
    if reason is None:
        return False
    first = parts_of(reason)[0]
    if first.code not in _CUT_FROM_PLAN:
        return False
    planned = str(first.params.get("before", ""))
    return planned.isdigit() and int(planned) > old.dose.sets.lo


def settled(
    items: list[Prescription],
    before: dict[str, Prescription],
    fresh: WeekPlan,
    catalog: Catalog,
    *,
    ahead: bool = False,
) -> list[Prescription]:
    """``items`` where a reason names a change the dose did not make since last week.

    A prescription whose dose is last week's (``before``) has no change to describe: a
    reason that describes one goes back to the base reason. A base reason beside a load
    that rose since last week says so: from last week's logs, or, in a week planned
    ``ahead`` with none, only if last week's sets are made.
    """
    out = []
    for item in items:
        rx = item
        old = before.get(rx.exercise)
        if (
            old is not None
            and old.dose == rx.dose
            and text_of(rx.reason).startswith(CHANGE_WORDS)
            and not _cut_from_more(rx, old)
        ):
            rx = with_reason(rx, base_reason(rx, fresh, catalog))
        was = None if old is None else old.dose.load_kg
        now = rx.dose.load_kg
        if (
            was
            and now
            and now > was
            and text_of(rx.reason) == text_of(base_reason(rx, fresh, catalog))
        ):
            rir = rx.dose.rir
            note = (
                say(
                    "ahead.load_up",
                    was_kg=was,
                    load_kg=now,
                    effort="the target effort" if rir is None else f"{rir} reps in reserve",
                )
                if ahead
                else say("season.load_up", was_kg=was, load_kg=now)
            )
            if (
                len(text_of(rx.reason)) + len(note.text) < REASON_MAX
            ):  # a long base reason stays as it is
                rx = with_reason(rx, joined_reasons(rx.reason, note) if rx.reason else note)
        out.append(rx)
    return out
