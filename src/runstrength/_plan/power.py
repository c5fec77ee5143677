"""The power phase's jump work: which jump, how much, on which day, and room for it.

Advanced runners jump for real in the power phase (a squat jump, box jump or skater jump,
2 then 3 sets of 4–6), intermediate ones do pogo hops rising from 2 × 10–15 s to
3 × 15–20 s; the jump goes first in the session after the warm-up, on fresh legs, and
only while landings stay quiet, controlled and pain-free (Blagrove et al. 2018; 003:
2–4 sets of 10–20 s pogo hops or 3–6 squat jumps, only with good landing control).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, IntRange
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session
from runstrength._model.reason import Reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.season import WeekRecord
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Level, Pain, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import Place
from runstrength._plan.coded import capped, leading
from runstrength._plan.cuts import one_change
from runstrength._plan.shaping import JUMP, is_main_lift, open_jumps
from runstrength._rules.session import minutes_holding

__all__ = [
    "POWER_JUMPS",
    "jump_day",
    "landings_ok",
    "power_dose",
    "power_jump",
    "power_reason",
    "room_for",
    "with_jump",
]


POWER_JUMPS = ("squat_jump", "box_jump", "skater_jump")
"""An advanced runner's power-phase jumps, in order of preference (003: squat jumps, a low
box jump, low-level bounds)."""


def power_jump(athlete: Athlete, catalog: Catalog) -> Exercise | None:
    """The power phase's jump: a real one for an advanced runner, else pogo hops.

    ``None`` for a beginner, or when the kit, the injuries or the catalog leave none.
    """
    return _power_jump(athlete.level, athlete.equipment, athlete.injuries, catalog)


@functools.lru_cache(maxsize=256)
def _power_jump(
    level: Level, equipment: frozenset[object], injuries: frozenset[object], catalog: Catalog
) -> Exercise | None:
    fits = open_jumps(level, equipment, injuries, catalog)

    def rank(e: Exercise) -> tuple[int, int, str]:
        if level is Level.advanced and e.id in POWER_JUMPS:
            return (0, POWER_JUMPS.index(e.id), e.id)
        return (1 if e.id == JUMP else 2, e.level.rank, e.id)

    fits.sort(key=rank)
    return fits[0] if fits else None


_POGO = (IntRange(10, 15), IntRange(15, 20), IntRange(15, 20))
_POGO_SETS = (2, 2, 3)
_JUMP_SETS = (2, 3, 3)
_JUMP_REPS = IntRange(4, 6)


def power_dose(jump: Exercise, number: int, level: Level) -> Dose:
    """The dose of the power phase's jump in its ``number``-th week (1 for the first).

    Pogo hops (held in seconds) rise 2 × 10–15 s, 2 × 15–20 s, then 3 × 15–20 s; a jump
    counted in reps rises 2 × 4–6, then 3 × 4–6 (003: 2–4 sets of 10–20 s or 3–6 jumps).
    """
    menu = jump.dose_for(max(level, jump.level))
    at = max(0, min(number, 3) - 1)
    if menu.unit == "seconds":
        sets, amount = _POGO_SETS[at], _POGO[at]
    else:
        sets, amount = _JUMP_SETS[at], _JUMP_REPS
    sets = min(sets, max(menu.sets.hi, 2))
    return attrs.evolve(menu.with_amount(amount), sets=IntRange(sets), load_kg=None)


def power_reason(jump: Exercise, number: int) -> Reason:
    """The reason of the power phase's jump in its ``number``-th week."""
    code = "power.hops" if jump.id == JUMP else "power.jumps"
    if number > 1:
        code += ".more"
    return say(code, exercise=jump.id, exercise_name=jump.name.lower())


def _fresh_day(day: Weekday, week: RunningWeek, place: Place) -> bool:
    """No jumps on tired legs, the day before a key run, or on a light-only day (003)."""
    if any(d is day for d, _ in place.light_days):
        return False
    keys = week.key_days
    return day not in keys and (day is Weekday.sun or day.next not in keys)


def jump_day(
    days: Sequence[Weekday], week: RunningWeek, place: Place, jump: Exercise
) -> Weekday | None:
    """The session day the power phase's jump goes on, or ``None``.

    The first day that is not a key-run day, nor the day before one, nor a light-only day
    (003: no jumps on tired legs). When no session day is one, low-level pogo hops may go
    on a day after a key run that is not the day before another one nor light-only, as
    the week's only jump work; never after a key run the same day (003: no plyometrics
    when already fatigued), so such a week holds no jumps.
    """
    for day in days:
        if _fresh_day(day, week, place):
            return day
    if jump.id != JUMP:
        return None
    keys = week.key_days
    light = {d for d, _ in place.light_days}
    return next(
        (
            d
            for d in days
            if d not in light and d not in keys and (d is Weekday.sun or d.next not in keys)
        ),
        None,
    )


def landings_ok(history: Sequence[WeekRecord], lookback: int, catalog: Catalog) -> bool:
    """Whether the latest logged jump (within ``lookback`` weeks) landed quietly, pain-free."""
    jumps = _jumps(catalog)
    for record in reversed(history[-lookback:]):
        for log in record.logs:
            if log.exercise in jumps and log.sets:
                return log.form_ok and log.pain is Pain.none and not log.symptoms
    return True


@functools.lru_cache(maxsize=32)  # keyed on the catalog alone
def _jumps(catalog: Catalog) -> frozenset[str]:
    """The ids of the catalog's jumps."""
    return frozenset(ex.id for ex in catalog if ex.plyometric)


def room_for(
    rx: Prescription,
    items: Sequence[Prescription],
    session: Session,
    catalog: Catalog,
    settings: RuleSettings,
    minutes: int,
) -> list[Prescription]:
    """``rx`` first in the session, where the session's minutes allow it.

    When the session would outgrow them, accessories (not the main lifts) give a set each,
    the last first, down to one set; if that is not enough, the session stays as it was.
    """
    out = [rx, *items]

    def spent() -> float:
        return minutes_holding(session, out, settings)

    while spent() > minutes + 1e-9:
        spare = [
            i
            for i in range(len(out) - 1, 0, -1)
            if out[i].dose.sets.lo > 1
            and not is_main_lift(catalog.get(out[i].exercise), session.focus)
        ]
        if not spare:
            return list(items)
        was = out[spare[0]]
        after = was.dose.sets.lo - 1
        note = say("power.room", before=str(was.dose.sets), after=str(after))
        reason = was.reason
        said = note
        if reason is not None and reason.text:
            said = leading(joined_reasons(reason, note), capped(f"{reason.text} {note.text}"))
        out[spare[0]] = attrs.evolve(
            was,
            dose=attrs.evolve(was.dose, sets=IntRange(after)),
            reason=said,
        )
    return out


@attrs.frozen
class JumpWeek:
    """What a power week's jump work needs to know, beyond the session.

    Args:
        athlete: Who the week is for.
        catalog: Where the jump comes from.
        place: The week's place in the season (a power week, its number).
        day: The session day the jump goes on (``None``: none this week).
        landings: Whether the latest jumps landed quietly, pain-free.
        previous: Last week's prescription of the jump, if it held one.
    """

    athlete: Athlete
    catalog: Catalog
    place: Place
    day: Weekday | None
    landings: bool
    previous: Prescription | None = None


def with_jump(
    session: Session, items: list[Prescription], week: JumpWeek, settings: RuleSettings
) -> list[Prescription]:
    """Power phase: the week's jump, first in the session, at this power week's dose.

    An advanced runner's real jump or an intermediate's pogo hops (:func:`power_dose`), on
    the week's jump day (:func:`jump_day`); only while landings stay quiet, controlled and
    pain-free (a jump the session holds already goes while landings are loud). A jump the
    session holds already moves to the front; held on another day, it goes to the jump day.
    """
    place = week.place
    if place.phase is not Phase.power:
        return items
    jump = power_jump(week.athlete, week.catalog)
    if jump is None:
        return items
    held = next((rx for rx in items if rx.exercise == jump.id), None)
    elsewhere = week.day is not None and session.day is not week.day
    if held is not None and not week.landings and len(items) > settings.exercises_per_session.lo:
        return [x for x in items if x is not held]  # loud landings: no jumps this week
    if held is not None and elsewhere and len(items) > settings.exercises_per_session.lo:
        # The jump goes on the week's jump day, on fresh legs.
        return [x for x in items if x is not held]
    if held is not None:
        rx = held
        dose = power_dose(jump, place.number, week.athlete.level)
        if week.landings and dose.sets.lo >= rx.dose.sets.lo and dose != rx.dose:
            rx = attrs.evolve(
                rx,
                dose=attrs.evolve(dose, rest_seconds=rx.dose.rest_seconds),
                reason=power_reason(jump, place.number),
            )
        return [rx, *(x for x in items if x is not held)]
    if (
        not week.landings
        or len(items) >= settings.exercises_per_session.hi
        or session.day is not week.day
    ):
        return items
    # The first jumps of the season start at the first week's dose, whatever the week.
    number = place.number if week.previous is not None else 1
    rx = Prescription(
        jump.id, power_dose(jump, number, week.athlete.level), reason=power_reason(jump, number)
    )
    if week.previous is not None:
        # No promise of next week's dose in the last power week (a taper or race follows).
        rx = one_change(week.previous, rx, ("sets", "amount"), promise=place.number < place.of)
    minutes = week.athlete.session_minutes
    return room_for(rx, items, session, week.catalog, settings, minutes)
