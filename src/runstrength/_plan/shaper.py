"""The :class:`Shaper`: each session's doses shaped to the week's phase.

The main lifts (heavy from a known lift, an effort target, fewer reps, a set more in the
strength phase, a set fewer in power and maintenance weeks; see
:mod:`~runstrength._plan.shaping` for the numbers), harder variations, sets restored after
the lighter weeks, a lighter load after weeks off, the power phase's jump, and race and
recovery weeks' light sets (see :mod:`~runstrength._plan.raceweek`).
"""

from __future__ import annotations

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.dose import kg
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription, Session
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Injury, Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import Place
from runstrength._plan.choose import Profile
from runstrength._plan.cuts import with_sets
from runstrength._plan.loads import load_item
from runstrength._plan.power import JumpWeek, power_jump, with_jump
from runstrength._plan.raceweek import lunge_or_jump, short
from runstrength._plan.settle import SETTLE_ACCESSORY_SETS, held_sets, settle, settle_accessory
from runstrength._plan.shaping import (
    heavy_dose,
    heavy_reason,
    is_main_lift,
    is_two_legged_squat_or_hinge,
    strength_amount,
)
from runstrength._plan.stronger import (
    EARLY,
    LATE,
    barbell_step,
    by_feel,
    effort_for,
    effort_reason,
    harder_variation,
    light_lunge,
    main_sets,
)
from runstrength._progression.fit import areas_of
from runstrength._progression.loadmath import estimate_1rm, step_down
from runstrength._progression.policy import load_equipment
from runstrength._progression.returns import on_trial
from runstrength._rules.block import EASED
from runstrength._rules.session import session_minutes_of

__all__ = ["LONG_REST_MINUTES", "Shaper"]

LONG_REST_MINUTES = 45
"""A session this long or longer gives its heavy main lift 3–5 minutes' rest."""


class Shaper:
    """Doses shaped to one week's phase."""

    def __init__(
        self,
        athlete: Athlete,
        catalog: Catalog,
        place: Place,
        off: int,
        *,
        entering: bool,
        back: bool = False,
        topped: frozenset[str] = frozenset(),
        settings: RuleSettings | None = None,
        jump_day: Weekday | None = None,
        landings: bool = True,
    ) -> None:
        # The day the power phase's jump goes on, and whether landings allow jumping.
        self.jump_day = jump_day
        self.landings = landings
        self.entering = entering
        # Exercises whose latest log reached the top of the range, and the week's new ones.
        self.topped = topped
        self.taken: list[str] = []
        self.before: dict[str, Prescription] = {}
        self.settings = settings or DEFAULT_SETTINGS
        # Back from lighter weeks: the sets come back first, a heavier dose next week.
        self.back = back
        self.athlete = athlete
        self.catalog = catalog
        self.place = place
        self.off = off

    def restore(
        self,
        items: list[Prescription],
        reference: dict[str, Prescription],
        old: dict[str, Prescription],
        rested: frozenset[Injury],
    ) -> list[Prescription]:
        """Sets back to the last training week's after a break, and what the break left out."""
        out = []
        ids = {rx.exercise for rx in items}
        for name, rx in reference.items():
            exercise = self.catalog.get(name)
            if (
                name in ids
                or name in old
                or exercise is None
                or areas_of(exercise) & rested
                or exercise.harder in ids
                or exercise.easier in ids
                or len(items) >= 7
            ):
                continue
            items = [
                *items,
                attrs.evolve(rx, reason="Back after the lighter weeks, at its dose before them."),
            ]
            ids.add(name)
        for item in items:
            rx = item
            ref = None if on_trial(rx.reason) else reference.get(rx.exercise)
            if ref is not None and ref.dose.sets.lo > rx.dose.sets.lo:
                rx = with_sets(
                    rx,
                    ref.dose.sets.lo,
                    f"Back to {ref.dose.sets.lo} sets, as before the lighter weeks.",
                )
            elif (
                ref is not None
                and ref.dose.unit == rx.dose.unit
                and ref.dose.amount.hi > rx.dose.amount.hi
            ):
                # Shorter sets of the lighter weeks (a deload's one-set light session, race
                # week's short lunges) come back in full.
                rx = attrs.evolve(
                    rx,
                    dose=rx.dose.with_amount(ref.dose.amount),
                    reason=f"Back to {ref.dose.amount}, as before the lighter weeks.",
                )
            out.append(rx)
        return out

    def shape(
        self,
        session: Session,
        items: list[Prescription],
        old: dict[str, Prescription],
        settings: RuleSettings,
    ) -> list[Prescription]:
        """Each prescription shaped to the phase; a set more only where it fits the time."""
        phase = self.place.phase
        self.before = old
        out: list[Prescription] = []
        for index, item in enumerate(items):
            rx = item
            exercise = self.catalog.get(rx.exercise)
            before = old.get(rx.exercise)
            if phase in EASED or phase is Phase.deload:
                if before is not None:
                    # Last week's loads and reps, whatever the logs would allow (a step
                    # back the logs asked for, a lighter load, stands).
                    kept = before.dose
                    if (rx.dose.load_kg or 0.0) < (kept.load_kg or 0.0):
                        kept = attrs.evolve(kept, load_kg=rx.dose.load_kg)
                    rx = attrs.evolve(rx, dose=attrs.evolve(kept, sets=rx.dose.sets))
                if phase is Phase.race and lunge_or_jump(exercise):
                    rx = short(rx, exercise)
                elif phase is Phase.taper and exercise and session.focus is Focus.light:
                    rx = light_lunge(rx, exercise, self.athlete, phase, before)
                elif phase in (Phase.race, Phase.recovery) and rx.dose.sets.lo > 1:
                    after = max(1, rx.dose.sets.lo // 2)
                    rx = with_sets(
                        rx, after, f"{self._title()}: {rx.dose.sets.lo} sets to {after}, light."
                    )
                out.append(rx)
                continue
            if exercise is not None:
                rx = barbell_step(rx, exercise, self.athlete)
                if self._varies(rx, exercise):
                    harder = harder_variation(rx, exercise, self.athlete, self.catalog, self.taken)
                    if harder is not None and self._fits(session, out, harder, items[index + 1 :]):
                        self.taken.append(harder.exercise)
                        rx, exercise = harder, self.catalog[harder.exercise]
            if exercise is None or not is_main_lift(exercise, session.focus):
                if exercise is not None and session.focus is Focus.light:
                    rx = light_lunge(rx, exercise, self.athlete, phase, before)
                elif self._settling() and rx.dose.sets.lo > SETTLE_ACCESSORY_SETS:
                    rx = settle_accessory(rx)
                elif phase in (Phase.power, Phase.maintenance) and before is not None:
                    rx = held_sets(rx, before, exercise, phase)
                out.append(rx)
                continue
            if on_trial(rx.reason):  # back after sharp pain: its own way back, not the phase's
                out.append(rx)
                continue
            out.append(self._main_lift(session, out, items[index:], item, rx, settings))
        return out

    def _main_lift(
        self,
        session: Session,
        out: list[Prescription],
        rest: list[Prescription],
        item: Prescription,
        rx: Prescription,
        settings: RuleSettings,
    ) -> Prescription:
        """A main lift shaped to the phase: heavy, an effort target, fewer reps, a set more."""
        phase, level = self.place.phase, self.athlete.level
        exercise = self.catalog[rx.exercise]
        menu = exercise.dose_for(max(level, exercise.level))
        first = not any(is_main_lift(self.catalog.get(x.exercise), session.focus) for x in out)
        heavy = None
        if phase is Phase.strength and not self.back and is_two_legged_squat_or_hinge(exercise):
            heavy = self._heavier(session, out, [rx, *rest[1:]], settings)
        if self._settling() and rx.dose.unit == "reps":
            rx = settle(rx, exercise, self.athlete.lifts.get(rx.exercise))
        if by_feel(rx, exercise, self.athlete):
            rx = attrs.evolve(rx, choose_load=True)
        effort = None
        if rx.choose_load:
            place = self.place
            effort = effort_for(exercise, rx.dose, phase, place.number, place.of, level, settings)
        more = (
            phase is Phase.strength
            and first
            and rx.exercise in self.before  # not on its way back after pain or a break
            and level is not Level.beginner
            and rx.dose.sets.lo < main_sets(menu)
        )
        if effort is not None and effort.reps == LATE.reps and more:
            effort = EARLY  # the main lift's extra set comes before the reps fall again
        if heavy is not None:
            rx = heavy
        elif effort is not None:
            if rx.dose.amount != effort.reps or rx.dose.rir != effort.rir:
                dose = attrs.evolve(rx.dose.with_amount(effort.reps), rir=effort.rir)
                rx = attrs.evolve(rx, dose=dose, reason=effort_reason(effort, phase))
        elif phase is Phase.strength:
            amount = strength_amount(rx.dose, menu, level)
            unloaded = rx.dose.load_kg is None and not rx.choose_load
            # No load to rise: fewer reps would make it easier (the harder variation
            # comes in at the phase's first week instead, where one fits).
            if amount is not None and not unloaded:
                rx = attrs.evolve(
                    rx,
                    dose=rx.dose.with_amount(amount),
                    reason=f"Strength phase: fewer reps ({amount}) so the load can rise.",
                )
        if more and rx.dose.amount == item.dose.amount:
            # The session's main lift gets the phase's extra set, where the time allows.
            extra = with_sets(
                rx,
                rx.dose.sets.lo + 1,
                f"Strength phase: a set more on the main lift ({rx.dose.sets.lo} sets to "
                f"{rx.dose.sets.lo + 1}).",
            )
            if self._fits(session, out, extra, rest[1:]):
                rx = extra
        if phase in (Phase.power, Phase.maintenance) and self.entering:
            # Heavy strength is kept: a set fewer from three or more, never below two.
            sets = max(min(2, rx.dose.sets.lo), rx.dose.sets.lo - 1)
            if rx.dose.sets.lo > sets:
                rx = with_sets(
                    rx,
                    sets,
                    f"{str(phase).capitalize()} phase: {rx.dose.sets.lo} sets to {sets}, "
                    "heavy strength kept with less volume.",
                )
        return rx

    def _settling(self) -> bool:
        """A season's first week of a lifter who reported a lift: it settles in."""
        place = self.place
        return (
            place.phase is Phase.general
            and place.number == 1
            and not self.before
            and bool(self.athlete.lifts)
            and self.athlete.level is not Level.beginner
        )

    def _heavier(
        self,
        session: Session,
        done: list[Prescription],
        rest: list[Prescription],
        settings: RuleSettings,
    ) -> Prescription | None:
        """``rest[0]`` heavy from a known lift, resting 3–5 minutes if it leads the session.

        Only in sessions of :data:`LONG_REST_MINUTES` or more: a shorter one has no room.
        Where the longer rest outgrows the athlete's minutes, the session's other
        exercises lose sets first (see :func:`~runstrength._plan.cuts.trim`).
        """
        rx = rest[0]
        first = not any(is_main_lift(self.catalog.get(x.exercise), session.focus) for x in done)
        roomy = self.athlete.session_minutes >= LONG_REST_MINUTES
        return self._heavy(rx, self.catalog[rx.exercise], long_rest=first and roomy, roomy=roomy)

    def _heavy(
        self, rx: Prescription, exercise: Exercise, *, long_rest: bool, roomy: bool = True
    ) -> Prescription | None:
        """A main lift's heavy strength-phase prescription from a known lift, if any.

        With ``long_rest`` (the session's first main lift, where the time allows) an
        advanced lifter rests 3–5 minutes.
        """
        lift = self.athlete.lifts.get(rx.exercise)
        if lift is None:
            return None
        athlete = self.athlete
        profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
        item = load_item(exercise, profile)
        before = self.before.get(rx.exercise)
        since = None if before is None else before.dose.load_kg
        heavy = heavy_dose(
            rx.dose,
            lift,
            item,
            athlete.level,
            exercise_patterns=exercise.patterns,
            long_rest=long_rest,
            roomy=roomy,
            since=since,
        )
        if heavy is None or heavy.load_kg is None:
            return None
        wanted = self.settings.reps_in_reserve
        if heavy.rir is not None and not wanted.lo <= heavy.rir.lo <= wanted.hi:
            heavy = attrs.evolve(heavy, rir=rx.dose.rir)  # the rules' target comes first
        one_rm = estimate_1rm(lift.load_kg, lift.reps, rir=lift.rir)
        return attrs.evolve(rx, dose=heavy, reason=heavy_reason(heavy, lift, one_rm))

    def _varies(self, rx: Prescription, exercise: Exercise) -> bool:
        """Whether ``rx`` may move on to a harder variation this week.

        In the first week of a strength phase coming from the general phase, when its
        latest log reached the top of its range.
        """
        return (
            self.place.phase is Phase.strength
            and self.place.number == 1
            and rx.exercise in self.topped
            and not exercise.plyometric
        )

    def _fits(
        self,
        session: Session,
        done: list[Prescription],
        rx: Prescription,
        rest: list[Prescription],
    ) -> bool:
        """Whether the session with ``rx`` in this place still fits the athlete's minutes."""
        trial = attrs.evolve(session, exercises=(*done, rx, *rest))
        return session_minutes_of(trial, self.settings) <= self.athlete.session_minutes

    def _title(self) -> str:
        return "Race week" if self.place.phase is Phase.race else "Recovery week"

    def step_back(self, items: list[Prescription]) -> list[Prescription]:
        """A lighter load after two weeks off or more (the sets are cut for the week)."""
        out = []
        for rx in items:
            exercise = self.catalog.get(rx.exercise)
            equipment = None if exercise is None else load_equipment(exercise)
            load = rx.dose.load_kg
            if not load or equipment is None:
                out.append(rx)
                continue
            lighter = step_down(load, equipment) or None
            dose = attrs.evolve(rx.dose, load_kg=lighter)
            why = (
                f"Back after {self.off} weeks off: a lighter load ({kg(load)} to "
                f"{kg(lighter) if lighter else 'none'}) while the body gets used to it again."
            )
            out.append(attrs.evolve(rx, dose=dose, reason=why))
        return out

    def jumps(
        self, session: Session, items: list[Prescription], week: RunningWeek, settings: RuleSettings
    ) -> list[Prescription]:
        """Power phase: the week's jump first in its session (see :mod:`~._plan.power`)."""
        del week  # the jump day is the week's (``jump_day``), set by the season
        jump = power_jump(self.athlete, self.catalog)
        previous = None if jump is None else self.before.get(jump.id)
        jumps = JumpWeek(
            self.athlete, self.catalog, self.place, self.jump_day, self.landings, previous
        )
        return with_jump(session, items, jumps, settings)
