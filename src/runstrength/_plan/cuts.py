"""Sets taken off a week being shaped, each exercise changing one thing at a time.

- :func:`one_change`: an exercise changes one variable a week (RS401); the rest waits.
- :func:`cut_volume`: sets come off, the most first, until the week holds a number of
  hard sets; then exercises go while the week stays whole.
- :func:`trim`: a session's sets cut until it fits the athlete's minutes.
- :func:`rise_allowed`: the most hard sets a week may hold after the last (RS408).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Final

import attrs

from runstrength._model.copies import renewed, with_reason
from runstrength._model.dose import Dose, IntRange, could_lift
from runstrength._model.plan import Prescription, Session
from runstrength._model.reason import Reason, free_text, parts_of, text_of
from runstrength._model.reasons import CODES, joined_reasons, say
from runstrength._model.reasons_effort_cue import CUES as EFFORT_CUES
from runstrength._model.settings import RuleSettings
from runstrength._plan.calves import block_said_reason
from runstrength._plan.coded import REASON_MAX, leading
from runstrength._plan.trimorder import BLOCK, KEPT, MAIN
from runstrength._rules.progression import changed_variables, harder_variables
from runstrength._rules.session import minutes_holding

__all__ = [
    "REASON_MAX",
    "Floor",
    "Pick",
    "Sessions",
    "cut_said",
    "cut_volume",
    "one_change",
    "rise_allowed",
    "trim",
    "volume",
    "with_sets",
]


Sessions = list[list[Prescription]]
"""Each session's prescriptions, in plan order, while a week is being shaped."""


_CUT_CODES = {
    CODES[code].template: code
    for code in (
        "cut.taper",
        "cut.deload",
        "cut.race_week",
        "season.held_back",
        "season.held_back.taper",
        "season.held_back.before_lighter",
        "phase.power.jumps_room",
        "return.first.sets",
        "return.second.sets",
    )
}
"""The code of each set cut's sentence (taper, deload, race week, held back), by its template."""


def cut_said(why: str, before: IntRange | int, after: IntRange | int) -> Reason | str:
    """``why`` filled in with the sets ``before`` and ``after`` a cut: coded where known.

    >>> cut_said("Taper: {before} sets to {after}, at the same load and reps.", 3, 2).code
    'cut.taper'
    """
    code = _CUT_CODES.get(why)
    if code is None:
        return why.format(before=before, after=after)
    return say(code, before=str(before), after=str(after))


MOST_SETS = 10
"""The most sets a dose holds (its own check's limit)."""


def with_sets(rx: Prescription, sets: int, reason: Reason | str | None = None) -> Prescription:
    """``rx`` with ``sets`` working sets (a single number), and a new reason if given."""
    if 1 <= sets <= MOST_SETS and (reason is None or type(reason) is Reason):
        # Sets within a dose's bounds: the dose and prescription are copied, not rebuilt.
        cut = renewed(rx, dose=renewed(rx.dose, sets=IntRange(sets)))
        return cut if reason is None else with_reason(cut, reason)
    dose = attrs.evolve(rx.dose, sets=IntRange(sets))  # out of bounds: the checks say so
    if reason is None:
        return attrs.evolve(rx, dose=dose)
    return attrs.evolve(rx, dose=dose, reason=reason)


def _keeping(old: Dose, new: Dose, variable: str, waiting: Sequence[str] | None = None) -> Dose:
    """``new`` with every progression variable but ``variable`` set back to ``old``'s.

    With ``waiting``, only those variables go back: a change that makes the work easier
    (a set cut) stands beside the one change.
    """
    dose = new

    def back(name: str) -> bool:
        return variable != name and (waiting is None or name in waiting)

    if back("sets"):
        dose = attrs.evolve(dose, sets=old.sets)
    if back("amount"):
        # The reps in reserve go with the reps: a target waits whole.
        dose = attrs.evolve(dose, reps=old.reps, seconds=old.seconds, steps=old.steps, rir=old.rir)
    if back("load_kg"):
        dose = attrs.evolve(dose, load_kg=old.load_kg)
    if back("tempo"):
        dose = attrs.evolve(dose, tempo=old.tempo)
    return dose


def _fewer_at(old: Dose, new: Dose) -> bool:
    """Whether ``new`` asks for fewer reps, seconds or steps than ``old`` (same unit)."""
    return new.unit == old.unit and new.amount.hi < old.amount.hi


_WAITS = {
    "sets": "the set change",
    "amount": "the change of reps",
    "load_kg": "the load change",
    "tempo": "the tempo change",
}


def _next_week(dose: Dose, variables: Sequence[str]) -> str:
    """``5–8``: what the waiting changes will be, separated by commas.

    So the dose printed this week, the old one, is not read as the new one.
    """
    shown = {
        "sets": f"{dose.sets} sets",
        "amount": str(dose.amount),
        "load_kg": "" if dose.load_kg is None else f"{dose.load_kg:g} kg",
        "tempo": "" if dose.tempo is None else f"tempo {dose.tempo}",
    }
    parts = [shown[v] for v in variables if shown.get(v)]
    return ", ".join(parts)


_BY_EFFORT = "choose a load you could lift about"

_BACK_AMOUNT = "season.back_to_amount"
"""The code of a line's reps, steps or seconds back after the lighter weeks."""


_PHASES = {"General phase": "general", "Strength phase": "strength"}
"""The phase of a reason by effort, by the words it starts with."""


def _this_week(old: Dose, reason: Reason | None) -> Reason | None:
    """A reason by effort for the reps that wait: this week's reps, not next week's.

    ``Strength phase: fewer reps …: 5–8 reps …`` beside an unchanged 3 × 8–12 becomes
    ``Strength phase: this week 8–12 reps with 2–3 in reserve, as last week; …``.
    """
    text = text_of(reason)
    if _BY_EFFORT not in text or old.unit != "reps" or old.rir is None:
        return reason
    head = text.split(":", maxsplit=1)[0]
    most = could_lift(old.amount, old.rir)
    phase = _PHASES.get(head)
    if phase is None:
        return free_text(
            f"{head}: this week {old.amount} reps with {old.rir} in reserve, as last week; "
            f"{_BY_EFFORT} {most} times."
        )
    return say(
        "effort.as_last_week",
        phase=phase,
        phase_words=head,
        amount=str(old.amount),
        rir=str(old.rir),
        most=most,
    )


def one_change(
    old: Prescription | None,
    new: Prescription,
    order: Sequence[str],
    *,
    promise: bool = True,
) -> Prescription:
    """``new`` changing one variable from ``old`` at most (RS401): the first of ``order``.

    Only changes that make the work harder count (:func:`harder_variables`): fewer sets
    or reps stand beside the one change, so a lighter week's or a power phase's set cut
    never makes a load rise wait. A lighter load (a step back the logs asked for) always
    goes first, and then the rest waits. Fewer reps wait with a load rise that waits:
    never fewer reps at the same load. The reason says
    what waits; ``(next week: …)`` only where ``promise`` (next week goes on in the same
    phase, so the change can come), and a load chosen by effort is described at this
    week's reps.
    """
    if old is None:
        return new
    lighter = (new.dose.load_kg or 0.0) < (old.dose.load_kg or 0.0)
    harder = harder_variables(old, new)
    if harder == ("exercise",):
        return new
    changed = ("load_kg", *harder) if lighter and "load_kg" not in harder else harder
    if len(changed) <= 1:
        return new
    keep = "load_kg" if lighter else next((v for v in order if v in changed), changed[0])
    variables = [v for v in changed if v != keep and v in _WAITS]
    dose = _keeping(old.dose, new.dose, keep, None if lighter else changed)
    words = [_WAITS[v] for v in variables]
    if "load_kg" in variables and _fewer_at(old.dose, dose):
        # Fewer reps come only with the heavier load: the rep drop waits with it.
        dose = _keeping(old.dose, dose, keep, ("amount",))
        words[variables.index("load_kg")] = "the heavier load, with its fewer reps,"
        variables.append("amount")
    later = _next_week(new.dose, variables)
    named = {
        "waits": ",".join(variables),
        "waits_words": " and ".join(words),
    }
    if not promise:
        note = say("one_change.waits", **named)
    elif later:
        note = say("one_change.waits_a_week.next", **named, next_words=later)
    else:
        note = say("one_change.waits_a_week", **named)
    reason = new.reason if keep == "amount" else _this_week(old.dose, new.reason)
    if keep == "sets" and reason is not None and parts_of(reason)[0].code == _BACK_AMOUNT:
        # The reps back from the lighter weeks wait: it is the sets that come back.
        back = say("season.back_to_sets", sets=dose.sets.lo)
        reason = joined_reasons(back, *parts_of(reason)[1:])
    # A load that waits leaves the prescription as it was: "choose by effort" if it was.
    choose = new.choose_load if dose.load_kg == new.dose.load_kg else old.choose_load
    if len(text_of(reason)) + 1 + len(note.text) >= REASON_MAX:
        # A long reason stays whole; the dose shows what waits.
        return attrs.evolve(new, dose=dose, reason=reason, choose_load=choose)
    said = note if reason is None or not reason.text else joined_reasons(reason, note)
    return attrs.evolve(new, dose=dose, reason=said, choose_load=choose)


def volume(sessions: Sessions) -> int:
    """Hard sets of sessions being shaped (the low end of each set range)."""
    return sum([rx.dose.sets.lo for items in sessions for rx in items])


Pick = Callable[[int, int, Prescription], tuple[int, ...]]
"""The order in which sets come off: a sort key per (session, position, prescription)."""

Floor = Callable[[int, Prescription], int]
"""The fewest sets a prescription keeps while sets come off, per (session, prescription)."""


def cut_volume(
    sessions: Sessions,
    target: int,
    olds: Sequence[dict[str, Prescription]],
    reason: str | None = None,
    key: Pick | None = None,
    drop: Callable[[Sessions], bool] | None = None,
    first: Sequence[int] = (),
    floor: Floor | None = None,
    *,
    share: bool = False,
    rank: Pick | None = None,
) -> Sessions:
    """Take sets off, one at a time, until the week holds ``target`` hard sets or fewer.

    The prescription with the most sets loses one first (ties: ``key``, then the last in
    the plan); none goes below one set. An exercise that would still change two things
    that make the work harder from last week keeps last week's other values (RS401; the
    set cut itself is not one). ``reason``, when given,
    is the new reason of each prescription cut, formatted with ``{before}`` and ``{after}``
    (its sets before and after). When every prescription is down to one set, exercises
    go (sessions in ``first`` first, then the longest) while ``drop(week)`` accepts the
    week left (every session stays whole, every muscle trained). ``floor``, when given,
    is the fewest sets each (session, prescription) keeps while sets come off. With
    ``share``, the prescription that keeps the largest share of its sets loses one first
    (then the most sets), so each is cut by about the same share (4 to 3 next to 2 to 1).
    ``rank``, when given, comes before all of that: the highest rank gives first
    (:mod:`~runstrength._plan.trimorder`: band walks before calf sets).
    """
    start = [list(items) for items in sessions]
    out = [list(items) for items in sessions]
    current = volume(out)
    while current > target:
        found: list[tuple[tuple[int, ...], Fraction | int, int, tuple[int, ...], int, int]] = [
            (
                rank(s, i, rx) if rank else (),
                Fraction(rx.dose.sets.lo, start[s][i].dose.sets.lo) if share else rx.dose.sets.lo,
                rx.dose.sets.lo,
                key(s, i, rx) if key else (),
                s,
                i,
            )
            for s, items in enumerate(out)
            for i, rx in enumerate(items)
            if rx.dose.sets.lo > (1 if floor is None else max(1, floor(s, rx)))
        ]
        if not found:
            break
        *_, s, i = max(found)
        rx = out[s][i]
        cut = with_sets(rx, rx.dose.sets.lo - 1)
        old = olds[s].get(rx.exercise)
        if old is not None and len(harder_variables(old, cut)) > 1:
            cut = attrs.evolve(cut, dose=_keeping(old.dose, cut.dose, "sets"))
        out[s][i] = cut
        current = volume(out)
    if current > target and drop is not None:
        out = _dropped(out, target, drop, first, floor)
    if reason is not None:
        for s, items in enumerate(out):
            before = {rx.exercise: rx for rx in start[s]}
            for i, rx in enumerate(items):
                if rx.exercise not in before:
                    continue
                was = before[rx.exercise].dose.sets
                last = olds[s].get(rx.exercise)
                if last is not None and rx.dose.sets.lo < last.dose.sets.lo < was.lo:
                    was = last.dose.sets  # the sets the athlete did, not a rise never seen
                if rx.dose.sets != was:
                    said = cut_said(reason, was, rx.dose.sets)
                    kept = [p for p in parts_of(rx.reason) if p.code in _KEPT_BY_CUTS]
                    if kept and isinstance(said, Reason):
                        said = joined_reasons(said, *kept)
                    out[s][i] = attrs.evolve(rx, reason=said)
    return out


_KEPT_BY_CUTS = frozenset({"season.back_to_effort"})
"""Sentences about a line's other change this week that a set cut's sentence keeps beside
it (the effort back from race week's easier sets), so no change goes unsaid."""


def _dropped(
    sessions: Sessions,
    target: int,
    drop: Callable[[Sessions], bool],
    first: Sequence[int],
    floor: Floor | None = None,
) -> Sessions:
    out = [list(items) for items in sessions]
    while volume(out) > target:
        for s in sorted(range(len(out)), key=lambda s: (s not in first, -len(out[s]), -s)):
            # The last exercise the week can do without: the first one found is the one.
            option = next(
                (
                    i
                    for i in reversed(range(len(out[s])))
                    if (floor is None or floor(s, out[s][i]) <= 1)
                    and drop([*out[:s], _without(out[s], i), *out[s + 1 :]])
                ),
                None,
            )
            if option is not None:
                out[s] = _without(out[s], option)
                break
        else:
            break
    return out


def _without(items: list[Prescription], index: int) -> list[Prescription]:
    return items[:index] + items[index + 1 :]


def trim(
    session: Session,
    items: list[Prescription],
    minutes: int,
    settings: RuleSettings,
    old: dict[str, Prescription],
    accessories: frozenset[str] = frozenset(),
    ranks: Mapping[str, int] | None = None,
) -> list[Prescription]:
    """``items`` with sets taken off, most first, until the session fits ``minutes``.

    The session's first exercise (its main lift), and one that changes something else this
    week, lose a set only when no other can (a set the logs added to the main lift this
    week, not the phase's planned set more, goes first), but for one of ``accessories``
    (hip and trunk work), whose change does not keep its sets before the session's
    strength work; then
    the other exercises, the changed ones too, go down to one set before the main lift
    loses one of last week's sets (a set it was to gain this week goes first); before it
    does, an accessory whose change this week takes longer goes back to last week's dose
    (:func:`_rise_held`); the main lift keeps :data:`TRIM_MAIN_SETS` while anything else
    can give, and goes lower only when nothing else can.

    With ``ranks`` (:func:`~runstrength._plan.trimorder.trim_ranks`), the sets go in a
    coach's order: band walks, then core holds, then a second single-leg accessory, and
    only then calf, hinge or main-lift sets. A calf or hinge line keeps two sets while the
    main lift's planned set more waits, and gives its second set before the main lift
    gives one of last week's.
    """
    out = list(items)
    rank_of = {} if ranks is None else ranks

    def rank(_: int, __: int, rx: Prescription) -> tuple[int, ...]:
        return (rank_of.get(rx.exercise, KEPT),)

    def kept_two(rx: Prescription) -> int:
        # A calf or hinge line keeps two sets before the main lift's planned set more.
        protected = ranks is not None and rx.exercise != first and rank_of.get(rx.exercise) == KEPT
        return min(rx.dose.sets.lo, TRIM_MAIN_SETS) if protected else 1

    def spent() -> float:
        return minutes_holding(session, out, settings)

    # The main lift: the one ranked so (an Achilles runner's calf block may lead), else the
    # session's first exercise.
    first = next(
        (rx.exercise for rx in out if rank_of.get(rx.exercise) == MAIN),
        out[0].exercise if out else None,
    )
    start_sets = {rx.exercise: rx.dose.sets.lo for rx in out}

    def lead(rx: Prescription) -> bool:
        # The main lift, or an Achilles runner's calf block, which keeps its sets as it does.
        return rx.exercise == first or rank_of.get(rx.exercise) == BLOCK

    def floor(_: int, rx: Prescription) -> int:
        was = old.get(rx.exercise)
        changed = was is not None and bool(set(changed_variables(was, rx)) - {"sets"})
        kept = changed and rx.exercise not in accessories
        if rank_of.get(rx.exercise) == BLOCK:  # the calf block's rung: all its sets
            return rx.dose.sets.lo
        if lead(rx) and was is not None and _MORE not in text_of(rx.reason):
            # A set the logs added to the main lift goes before an accessory's: the
            # phase's planned set (its reason says so) is the one the accessories give for.
            return min(rx.dose.sets.lo, max(was.dose.sets.lo, 1))
        return rx.dose.sets.lo if lead(rx) or kept else kept_two(rx)

    def main_kept(_: int, rx: Prescription) -> int:
        # The main lift keeps last week's sets (not a set it was to gain this week).
        was = old.get(rx.exercise)
        kept = start_sets.get(rx.exercise, 1)
        if was is not None:
            kept = min(kept, was.dose.sets.lo)
        return kept if lead(rx) else kept_two(rx)

    def main_held(s: int, rx: Prescription) -> int:
        # Calf and hinge lines give their second set before the main lift gives one.
        return main_kept(s, rx) if lead(rx) else 1

    def main_two(_: int, rx: Prescription) -> int:
        kept = min(start_sets.get(rx.exercise, 1), TRIM_MAIN_SETS)
        return kept if lead(rx) else 1

    start = list(out)
    held_back: set[int] = set()
    while spent() > minutes + 1e-9:
        for each in (floor, main_kept, _HOLD_RISES, main_held, main_two, None):
            if isinstance(each, str):  # an accessory's growth waits before the main lift gives
                cut = _rise_held(out, old, first, settings, session, held_back)
            else:
                cut = cut_volume([out], volume([out]) - 1, [old], floor=each, rank=rank)[0]
            if cut != out:
                break
        if cut == out:
            break
        out = cut
    return _trim_said(start, out, old, minutes, held_back)


def _trim_said(
    start: list[Prescription],
    out: list[Prescription],
    old: dict[str, Prescription],
    minutes: int,
    held_back: set[int],
) -> list[Prescription]:
    """``out``, the trimmed session, with each line the trim changed saying why."""
    out = list(out)
    for i, (before, after) in enumerate(zip(start, out, strict=True)):
        if before is after:
            continue  # not cut: nothing to say
        if i in held_back:
            out[i] = attrs.evolve(after, reason=say("fit.rise_held", minutes=minutes))
            continue
        was = old.get(before.exercise)
        took = before != after and was is not None and _MORE in text_of(before.reason)
        if took and was is not None and after.dose.sets.lo <= was.dose.sets.lo:
            # The set the main lift was to take does not fit: say so, not both.
            held = say("fit.more_held", sets=str(was.dose.sets), minutes=minutes)
            cues = [p for p in parts_of(before.reason) if p.code in EFFORT_CUES]
            out[i] = attrs.evolve(after, reason=joined_reasons(held, *cues))
            continue
        if before != after:
            note = _fewer(_counted_from(before, after, was), after.dose.sets, minutes)
            # A calf block's reason states its dose "now": it says the block's plan instead.
            reason = before.reason and block_said_reason(before.reason, before.dose, after.dose)
            # The note first where the reason is long: what changed this week must show.
            text = text_of(reason)
            head = text[: REASON_MAX - len(note.text) - 1].rstrip()
            if reason is None or not head:
                out[i] = attrs.evolve(after, reason=note)
            else:
                out[i] = attrs.evolve(after, reason=joined_reasons(leading(reason, head), note))
    return out


_HOLD_RISES: Final = "hold rises"
"""The trim's step between the main lift keeping last week's sets and it giving one."""


def _rise_held(
    items: list[Prescription],
    old: dict[str, Prescription],
    first: str | None,
    settings: RuleSettings,
    session: Session,
    held_back: set[int],
) -> list[Prescription]:
    """``items`` with the last accessory whose change takes longer back at last week's dose.

    The main lift's sets are the session's point: an accessory's rise this week (more
    reps, a slower tempo, a longer form) waits before the main lift gives a set. The
    accessory keeps no more sets than it has now. ``items`` as they are when none is left.
    """
    for i in reversed(range(len(items))):
        rx = items[i]
        was = old.get(rx.exercise)
        if rx.exercise == first or was is None or i in held_back or was.dose == rx.dose:
            continue
        back = attrs.evolve(
            was, dose=attrs.evolve(was.dose, sets=IntRange(min(was.dose.sets.lo, rx.dose.sets.lo)))
        )
        shorter = minutes_holding(session, [back], settings) < minutes_holding(
            session, [rx], settings
        )
        if shorter:
            held_back.add(i)
            return [*items[:i], back, *items[i + 1 :]]
    return items


_MORE = "a set more on the main lift"
"""What a main lift's reason says when it takes the strength phase's extra set."""

TRIM_MAIN_SETS = 2
"""The sets a session's main lift keeps when time is short, while another exercise can
give one (the main lift is the session's point: accessories go to one set first)."""


def _counted_from(before: Prescription, after: Prescription, was: Prescription | None) -> IntRange:
    """The sets a cut to fit the minutes counts from: those planned, or last week's.

    A line whose planned rise is cut below last week's sets counts from last week's: "2
    sets to 1", never "3 sets to 1" on a line the athlete did at 2.
    """
    shown = before.dose.sets
    if was is not None and after.dose.sets.lo < was.dose.sets.lo < shown.lo:
        return was.dose.sets
    return shown


def _fewer(before: IntRange, after: IntRange, minutes: int) -> Reason:
    """``A set fewer (3 to 2) to fit your 60 minutes.``, or ``3 sets to 1`` for more."""
    code = "fit.sets_fewer" if before.lo - after.lo > 1 else "fit.set_fewer"
    return say(code, before=str(before), after=str(after), minutes=minutes)


def rise_allowed(before: int, percent: int) -> int:
    """The most hard sets a week may hold after a week of ``before`` (RS408)."""
    return before + max(1, math.ceil(before * percent / 100))
