"""The way back into a session after a clearing test: which exercises return, and where.

When a pain-free test clears an :class:`~runstrength.Exclusion`, the exercise that hurt
and then those taken out with it come back where the session lacks a movement pattern
they cover and they spare every area still rested. Each returns at about half its old
dose (:func:`~runstrength._progression.returns.comeback`), first in the session (after
any jumps), fresh, with a set fewer
when the session would otherwise outgrow the athlete's minutes (the session held it, at
its full dose, before the pain), and the other exercises give up a set each, last first,
while it still would. The stand-in that took the exercise's slot stays beside it for its
first weeks back where the session has room for both (:data:`BESIDE`; a hip extension
beside a returning hinge) and steps aside after :data:`BESIDE_WEEKS` pain-free sessions
of it (:func:`beside_done`); in a full session it gives the slot back at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.dose import IntRange
from runstrength._model.logs import Progression
from runstrength._model.reason import Param, Reason, free_text, parts_of, text_of, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import DEFAULT_SETTINGS, estimate_minutes
from runstrength._model.vocab import BARS_AND_MACHINES, Change, Focus, Pain
from runstrength._progression.returns import (
    REFERRED_RETURN,
    RETURN_RULE,
    comeback,
    referred,
)
from runstrength._progression.standin import NEEDS, STAND_IN, groups
from runstrength._progression.trial import RETURN_TEMPO

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from runstrength._model.catalog import Catalog
    from runstrength._model.exclusion import Exclusion
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.plan import Prescription, Session
    from runstrength._model.vocab import Pattern, Weekday
    from runstrength._progression.ask import Ask
    from runstrength._progression.fit import Fit

__all__ = ["BESIDE", "BESIDE_WEEKS", "OVERRUN", "beside_done", "restore"]

OVERRUN: Final = 0.5
"""Minutes a session may run over the athlete's time, as RS203 allows."""


def _minutes(session: Session, prescriptions: Sequence[Prescription]) -> float:
    warm = session.warm_up.minutes.lo if session.warm_up else DEFAULT_SETTINGS.warm_up_minutes
    doses = [rx.dose for rx in prescriptions]
    return estimate_minutes(doses, warm_up_minutes=warm, settings=DEFAULT_SETTINGS)


def _make_room(session: Session, kept: list[Prescription], keep: int, allowed: float) -> bool:
    """Take a set off the other exercises, last first, until the session fits its minutes.

    Returns whether any set was taken. An exercise keeps at least one set.
    """
    taken = False
    for index in reversed(range(len(kept))):
        if _minutes(session, kept) <= allowed + 1e-9:
            break
        dose = kept[index].dose
        if index == keep or dose.sets.lo <= 1:
            continue
        sets = IntRange(dose.sets.lo - 1, max(dose.sets.lo - 1, dose.sets.hi - 1))
        kept[index] = attrs.evolve(kept[index], dose=attrs.evolve(dose, sets=sets))
        taken = True
    return taken


def _name(catalog: Catalog, exercise_id: str) -> str:
    found = catalog.get(exercise_id)
    return exercise_id if found is None else found.name


def _slot(
    kept: list[Prescription],
    exclusion: Exclusion,
    name: str,
    have: set[frozenset[Pattern]],
    catalog: Catalog,
    focus: Focus,
) -> int | None:
    """The place a returning exercise takes in a full session, if one can be freed.

    The stand-in that took its slot (its reason says so) gives it back first;
    else the last exercise whose patterns the rest of the session still covers. Either
    way the session keeps every pattern group it has.
    """
    exercise = catalog.get(name)
    mine = STAND_IN.format(name=exercise.name if exercise is not None else name)
    ids = [rx.exercise for rx in kept]
    stand_in = [i for i, rx in enumerate(kept) if text_of(rx.reason).startswith(mine)]
    for i in [*stand_in, *reversed(range(len(kept)))]:
        if have <= groups(catalog, focus, [*ids[:i], *ids[i + 1 :], name]):
            return i
    return None


def _stand_in_back(
    kept: list[Prescription],
    title: str,
    name: str,
    have: set[frozenset[Pattern]],
    catalog: Catalog,
    focus: Focus,
) -> str | None:
    """Take out the stand-in for the returning exercise, when the session keeps its patterns.

    Returns the stand-in's name, or ``None`` when there is none to take out.
    """
    mine = STAND_IN.format(name=title)
    ids = [rx.exercise for rx in kept]
    for i, rx in enumerate(kept):
        if text_of(rx.reason).startswith(mine) and have <= groups(
            catalog, focus, [*ids[:i], *ids[i + 1 :], name]
        ):
            return _name(catalog, kept.pop(i).exercise)
    return None


def _beside(
    session: Session, kept: list[Prescription], title: str, back: Prescription, allowed: float
) -> str | None:
    """Keep the stand-in beside the returning exercise, when the session has room for both.

    Room means fewer exercises than a session may hold and no more than ``allowed``
    minutes with the return at its dose. The stand-in's reason then opens with
    :data:`BESIDE`; returns its id, or ``None`` when it is not kept.
    """
    mine = STAND_IN.format(name=title)
    at = next((i for i, rx in enumerate(kept) if text_of(rx.reason).startswith(mine)), None)
    if at is None or len(kept) >= DEFAULT_SETTINGS.exercises_per_session.hi:
        return None
    if _minutes(session, [*kept, back]) > allowed + 1e-9:
        return None
    rx = kept[at]
    kept[at] = attrs.evolve(rx, reason=_beside_reason(rx.reason, title, mine))
    return rx.exercise


def _beside_reason(reason: Reason | None, title: str, mine: str) -> Reason:
    """A stand-in's reason opened by :data:`BESIDE` instead of its ``mine`` (it rests)."""
    if reason is not None and reason.code == "progress.stand_in":
        return say("progress.stand_in.beside", **reason.params)
    text = BESIDE.format(name=title) + text_of(reason).removeprefix(mine)
    return to_reason(text[:500])


def _given(
    session: Session,
    kept: list[Prescription],
    title: str,
    back: Prescription,
    allowed: float,
    have: set[frozenset[Pattern]],
    catalog: Catalog,
) -> str | None:
    """What the returning exercise's stand-in does (kept beside it, else out), in words."""
    beside = _beside(session, kept, title, back, allowed)
    if beside is not None:
        return f", with {_name(catalog, beside)} kept beside it for its first weeks back"
    given = _stand_in_back(kept, title, back.exercise, have, catalog, session.focus)
    return None if given is None else f", in place of {given}"


BESIDE: Final = "Beside {name} for its first weeks back after sharp pain: "
"""How the reason of a stand-in kept beside the exercise it stood in for begins."""

_BESIDE_LEAD: Final = BESIDE.split("{", 1)[0]

BESIDE_WEEKS: Final = 2
"""Pain-free sessions of the returning exercise before the stand-in beside it steps aside
(project convention: it stays for the return's first two to three weeks)."""


def beside_done(ask: Ask, history: Sequence[ExerciseLog]) -> Progression | None:
    """A stand-in kept beside a returning exercise, stepping aside once that is under way.

    ``history`` holds the earlier logs of every exercise, oldest first. After
    :data:`BESIDE_WEEKS` pain-free sessions of the returning exercise since its sharp pain
    (and this session pain-free), the stand-in leaves the session (``Change.stop``).
    """
    reason = text_of(ask.prescription.reason)
    if ask.log.pain is not Pain.none or not reason.startswith(_BESIDE_LEAD):
        return None
    back = next((ex for ex in ask.catalog if reason.startswith(BESIDE.format(name=ex.name))), None)
    if back is None:
        return None
    mine = [h for h in history if h.exercise == back.id]
    sharp = max((i for i, h in enumerate(mine) if h.pain is Pain.sharp), default=-1)
    since = [h for h in mine[sharp + 1 :] if h.pain is Pain.none and h.sets]
    if len(since) < BESIDE_WEEKS:
        return None
    done = say(
        "progress.beside_done",
        other=back.id,
        other_name=back.name,
        sessions=len(since),
        exercise=ask.exercise.id,
        exercise_name=ask.exercise.name,
    )
    return Progression(ask.prescription, Change.stop, done)


def _place(session: Session, kept: Sequence[Prescription], catalog: Catalog) -> int:
    """Where a returning exercise goes: first in the session, after any jumps.

    A trial after pain is done fresh, well short of fatigue: not after the main lift.
    """
    known = [catalog.get(rx.exercise) for rx in kept]
    first = (i for i, ex in enumerate(known) if ex is None or not ex.plyometric)
    return next(first, len(kept))


def _note(
    exercise: Exercise,
    day: Weekday,
    exclusion: Exclusion,
    at: int,
    what: str,
    back: Prescription,
    catalog: Catalog,
) -> Reason:
    """The week's note on a return: where it goes, its dose, its rule, and that it is a trial."""
    other = "" if exercise.id == exclusion.exercise else exclusion.exercise
    params: dict[str, Param] = {
        "exercise": exercise.id,
        "exercise_name": exercise.name,
        "day": day.value,
        "day_name": day.title,
        "other": other,
        "of": f" of {_name(catalog, other)}" if other else "",
        "first": at == 0,
        "where": "first in the session" if at == 0 else "early in the session",
        "referred": referred(exclusion),
        "rule": REFERRED_RETURN if referred(exclusion) else RETURN_RULE,
        "dose": str(back.dose),
    }
    note = say("progress.note.back_on", **params, what=what)
    if len(note.text) > 500:  # the longest doses and names: the details are in the reason
        note = say("progress.note.back_on.short", **params)
    return note if len(note.text) <= 500 else free_text(note.text[:500])


def _quicker(
    session: Session, kept: list[Prescription], back: Prescription, what: str, allowed: float
) -> tuple[Prescription, str]:
    """A trial return without its slow lowering where the session would outgrow ``allowed``.

    A session at its minutes keeps the trial's sets rather than its slow lowering.
    """
    slow = f" with a {RETURN_TEMPO.eccentric}-s lowering"
    if slow not in what or _minutes(session, [*kept, back]) <= allowed + 1e-9:
        return back, what
    dose = attrs.evolve(back.dose, tempo=None)
    quick = attrs.evolve(back, dose=dose, reason=_without(back.reason, slow))
    return quick, what.replace(slow, "")


def _without(reason: Reason | None, slow: str) -> Reason:
    """A trial's reason without ``slow`` (its slow lowering) in what the return does."""
    parts = parts_of(reason)
    if parts and parts[0].code == "progress.trial":
        first = parts[0]
        what = str(first.params["what"]).replace(slow, "")
        return joined_reasons(
            say("progress.trial", share=first.params["share"], what=what), *parts[1:]
        )
    return to_reason(text_of(reason).replace(slow, ""))


def restore(
    session: Session,
    kept: list[Prescription],
    cleared: Mapping[str, Exclusion],
    *,
    catalog: Catalog,
    fit: Fit,
    limit: int,
) -> list[Reason]:
    """Put cleared exercises back into ``kept`` (in place), and return the notes to say.

    Args:
        session: The session the exercises are going back into.
        kept: Its next exercises, changed in place.
        cleared: The exclusions a pain-free test cleared this week, by exercise id.
        catalog: Where exercises are looked up.
        fit: The athlete and the areas still rested.
        limit: The athlete's minutes for a session.
    """
    notes: list[Reason] = []
    focus = session.focus
    candidates = {
        name: exclusion
        for _, exclusion in sorted(cleared.items())
        for name in (exclusion.exercise, *exclusion.removed)
    }
    for name, exclusion in candidates.items():
        exercise = catalog.get(name)
        ids = [rx.exercise for rx in kept]
        if exercise is None or name in ids:
            continue
        have = groups(catalog, focus, ids)
        if all(g.isdisjoint(exercise.patterns) for g in set(NEEDS[focus]) - have):
            continue
        if fit.problem(exercise, exercise) is not None:
            continue
        if focus is Focus.light and any(g <= BARS_AND_MACHINES for g in exercise.equipment):
            continue  # a bar or machine is heavy work, never in a light session (RS101)
        back, what = comeback(exclusion, exercise, fit.athlete)
        back, what = _within_effort(back, what, focus)
        if focus is Focus.light and back.dose.load_kg:  # a light session stays unloaded
            back = attrs.evolve(back, dose=attrs.evolve(back.dose, load_kg=None))
            what += ", at bodyweight in this light session"
        allowed = max(limit + OVERRUN, _minutes(session, kept))
        given = _given(session, kept, exercise.name, back, allowed, have, catalog)
        if given is not None:
            what += given
        elif len(ids) >= DEFAULT_SETTINGS.exercises_per_session.hi:
            slot = _slot(kept, exclusion, name, have, catalog, focus)
            if slot is None:
                continue
            what += f", in place of {_name(catalog, kept.pop(slot).exercise)}"
        allowed = max(limit + OVERRUN, _minutes(session, kept))
        sets = back.dose.sets
        back, what = _quicker(session, kept, back, what, allowed)
        if _minutes(session, [*kept, back]) > allowed + 1e-9 and sets.hi > 1:
            fewer = IntRange(min(sets.lo, sets.hi - 1), sets.hi - 1)
            back = attrs.evolve(back, dose=attrs.evolve(back.dose, sets=fewer))
            what = what.replace(", same sets", "")
            count = "1 set" if fewer.hi == 1 else f"{fewer} sets"
            what += f" and {count} instead of {sets} to fit your minutes"
        at = _place(session, kept, catalog)
        kept.insert(at, back)
        if _make_room(session, kept, at, allowed):
            what += "; other exercises give up a set to make room"
        notes.append(_note(exercise, session.day, exclusion, at, what, back, catalog))
    return notes


def _within_effort(back: Prescription, what: str, focus: Focus) -> tuple[Prescription, str]:
    """``back`` ending its sets within a strength session's reps in reserve (RS205)."""
    most = DEFAULT_SETTINGS.reps_in_reserve.hi  # a strength session ends sets by it
    rir = back.dose.rir
    if focus is not Focus.strength or rir is None or rir.hi <= most:
        return back, what
    easy = IntRange(min(rir.lo, most), most)
    back = attrs.evolve(back, dose=attrs.evolve(back.dose, rir=easy))
    return back, what.replace(f"{rir.lo}-{rir.hi} reps in reserve", f"{easy} reps in reserve")
