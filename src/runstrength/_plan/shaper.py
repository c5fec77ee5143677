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
from runstrength._model.dose import IntRange, could_lift, kg
from runstrength._model.exercise import Exercise
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription, Session
from runstrength._model.reason import parts_of, text_of
from runstrength._model.reasons import say
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Injury, Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import Place
from runstrength._plan.choose import Profile
from runstrength._plan.climb import after_pain, fewer_reps, held_at_top, near_pain, reps_past_top
from runstrength._plan.cuts import with_sets
from runstrength._plan.heavysets import harder_main, own_tempo
from runstrength._plan.lighter import shorter
from runstrength._plan.loads import load_item
from runstrength._plan.power import JumpWeek, power_jump, with_jump
from runstrength._plan.raceweek import lunge_or_jump, short
from runstrength._plan.restdose import back_to_effort
from runstrength._plan.settle import SETTLE_ACCESSORY_SETS, held_sets, settle, settle_accessory
from runstrength._plan.shaping import (
    heavy_dose,
    heavy_reason,
    is_main_lift,
    is_two_legged_squat_or_hinge,
    strength_amount,
    stronger_lift,
)
from runstrength._plan.stronger import (
    EARLY,
    HARDER_PER_WEEK,
    HARDER_WEEKS,
    HEAVY,
    LATE,
    VARIATION_WEEKS,
    barbell_step,
    by_feel,
    effort_for,
    effort_reason,
    harder_variation,
    light_lunge,
    main_sets,
)
from runstrength._progression.calfladder import CALF_STRENGTH, calf_raise
from runstrength._progression.fit import areas_of
from runstrength._progression.limits import achilles_calf
from runstrength._progression.loadmath import estimate_1rm, step_down
from runstrength._progression.policy import load_equipment
from runstrength._progression.returns import on_trial
from runstrength._progression.unhold import same_work
from runstrength._rules.block import EASED
from runstrength._rules.progression import changed_variables
from runstrength._rules.session import minutes_holding

__all__ = ["LONG_REST_MINUTES", "Shaper"]

_HELD = "fit.more_held"
"""The code of a main lift's reason whose extra set did not fit last week."""

LONG_REST_MINUTES = 45
"""A session this long or longer gives its heavy main lift 3–5 minutes' rest."""


_RACE_HOLDS = frozenset(
    {
        "race_week.one_short_set",
        "race_week.short_set",
        "race_week.shorter",
        "race_week.held_after",
        "deload.race_hold",
    }
)
"""Codes of a line at race week's short set: race week's own, or held there after it."""


def _race_short(rx: Prescription | None) -> bool:
    """Whether last week's ``rx`` was race week's short set, or held at it since."""
    return rx is not None and any(p.code in _RACE_HOLDS for p in parts_of(rx.reason))


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
        self.swaps = 0
        self.before: dict[str, Prescription] = {}
        # Back from lighter weeks: the session's prescriptions of the last training week.
        self.reference: dict[str, Prescription] = {}
        self.settings = settings or DEFAULT_SETTINGS
        # Back from lighter weeks: the sets come back first, a heavier dose next week.
        self.back = back
        self.athlete = athlete
        self.catalog = catalog
        self.place = place
        self.off = off
        # Exercises back this week after mild pain, with the load lifted before it, and
        # those back last week (their movement's harder variations waited for them).
        self.after_pain: dict[str, float | None] = {}
        self.waited: dict[str, float | None] = {}
        # Last week's logs, and the load each exercise was last lifted at, by exercise.
        self.logs: dict[str, ExerciseLog] = {}
        self.lifted: dict[str, float] = {}
        # The heaviest load each exercise was lifted at lately: a lift below it climbs back
        # by load before it takes the strength phase's extra set.
        self.peak: dict[str, float] = {}
        # Each exercise's prescriptions of the week before last: whether last week's reps
        # had already risen past the range at their load (a load step over 10 % earned).
        self.earlier: dict[str, tuple[Prescription, ...]] = {}
        # How many weeks in a row up to last week held each exercise: a harder variation
        # waits until it has been done at least VARIATION_WEEKS.
        self.held: dict[str, int] = {}

    def restore(
        self,
        items: list[Prescription],
        reference: dict[str, Prescription],
        old: dict[str, Prescription],
        rested: frozenset[Injury],
        *,
        light: bool = False,
    ) -> list[Prescription]:
        """Sets back to the last training week's after a break, and what the break left out.

        On a ``light`` day (light work only, the days just after a race) race week's fewer
        and shorter sets stay.
        """
        out = []
        self.reference = reference
        ids = {rx.exercise for rx in items}
        # Exercises new since the reference week: one that took over the same work (a
        # rotation after a long hold) is not joined by the exercise it replaced.
        new = [self.catalog[i] for i in ids if i not in reference and i in self.catalog]
        for name, rx in reference.items():
            exercise = self.catalog.get(name)
            if (
                name in ids
                or name in old
                or exercise is None
                or areas_of(exercise) & rested
                or exercise.harder in ids
                or exercise.easier in ids
                or any(same_work(exercise, other) for other in new)
                or len(items) >= 7
            ):
                continue
            items = [
                *items,
                attrs.evolve(rx, reason=say("season.back_after_lighter")),
            ]
            ids.add(name)
        for item in items:
            rx = item
            back = on_trial(text_of(rx.reason)) or rx.exercise in self.after_pain
            ref = None if back else reference.get(rx.exercise)
            # Race week's one short set (fewer sets and reps) comes back reps first: the
            # full set, then the sets next week, one change at a time.
            both = (
                ref is not None
                and ref.dose.unit == rx.dose.unit
                and ref.dose.amount.hi > rx.dose.amount.hi
                and _race_short(old.get(rx.exercise))
            )
            if ref is not None and ref.dose.sets.lo > rx.dose.sets.lo and not light and not both:
                rx = with_sets(
                    rx,
                    ref.dose.sets.lo,
                    say("season.back_to_sets", sets=ref.dose.sets.lo),
                )
            elif (
                light
                and ref is not None
                and ref.dose.unit == rx.dose.unit
                and (ref.dose.amount.hi > rx.dose.amount.hi or ref.dose.sets.lo > rx.dose.sets.lo)
            ):
                was = old.get(rx.exercise)
                if was is not None and was.dose.unit == rx.dose.unit and _race_short(was):
                    # Held at race week's own set, not a step its logs would take.
                    rx = attrs.evolve(rx, dose=rx.dose.with_amount(was.dose.amount))
                rx = attrs.evolve(
                    rx,
                    reason=say(
                        "race_week.held_after", amount=str(rx.dose.amount), unit=rx.dose.unit
                    ),
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
                    reason=say(
                        "season.back_to_amount", amount=str(ref.dose.amount), unit=rx.dose.unit
                    ),
                )
            if not light and ref is not None:
                rx = back_to_effort(rx, ref)
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
                out.append(self._lighter(rx, before, exercise, session))
                continue
            if exercise is not None:
                rx = barbell_step(rx, exercise, self.athlete)
                if self._varies(rx, exercise):
                    harder = harder_variation(rx, exercise, self.athlete, self.catalog, self.taken)
                    # A harder main lift comes first; the session is kept to time after.
                    first = not out and is_main_lift(exercise, session.focus)
                    if harder is not None and (
                        first or self._fits(session, out, harder, items[index + 1 :])
                    ):
                        self.taken.append(harder.exercise)
                        self.swaps += 1
                        rx, exercise = harder, self.catalog[harder.exercise]
            if rx.exercise in self.after_pain:  # its own way back, not the phase's
                out.append(after_pain(rx, self.after_pain.get(rx.exercise)))
                continue
            if exercise is None or not is_main_lift(exercise, session.focus):
                if exercise is not None and session.focus is Focus.light:
                    log = self.logs.get(rx.exercise)
                    rx = light_lunge(rx, exercise, self.athlete, phase, before, log)
                elif self._settling() and rx.dose.sets.lo > SETTLE_ACCESSORY_SETS:
                    rx = settle_accessory(rx)
                elif phase in (Phase.power, Phase.maintenance) and (
                    # Back after lighter weeks (a deload, a race week without it), the sets
                    # to keep are the last training week's, not the lighter week's.
                    was := self.reference.get(rx.exercise) if self.back else before
                ):
                    rx = held_sets(rx, was, exercise, phase)
                out.append(rx)
                continue
            if on_trial(
                text_of(rx.reason)
            ):  # back after sharp pain: its own way back, not the phase's
                out.append(rx)
                continue
            if rx.exercise != item.exercise and calf_raise(exercise):
                out.append(rx)  # a calf raise's harder form first, its reps or load later
                continue
            # Back after time off: the missed week's target, not the next one.
            held = self.off and rx.exercise in old
            main = rx if held else self._main_lift(session, out, items[index:], item, rx, settings)
            if rx.exercise != item.exercise:
                # A harder main lift is the week's one change: last week's reps first.
                was = old.get(item.exercise, item)
                ongoing = self.place.number < self.place.of
                main = harder_main(main, rx, was, exercise, ongoing=ongoing)
            out.append(main)
        return out

    def _settled(self, rx: Prescription, exercise: Exercise) -> Prescription:
        """``rx`` at a season's first week's dose, a load from a known lift aimed again."""
        athlete = self.athlete
        lift = athlete.lifts.get(rx.exercise)
        profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
        return settle(rx, exercise, lift, load_item(exercise, profile) if lift else None)

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
            rx = self._settled(rx, exercise)
        if by_feel(rx, exercise, self.athlete):
            rx = attrs.evolve(rx, choose_load=True)
        effort = None
        if rx.choose_load:
            place = self.place
            effort = effort_for(
                *(exercise, rx.dose, phase, place.number, place.of, level, settings),
                # One heavy lift: the session's first, in the first week or done before.
                known=first and (rx.exercise in self.before or not self.before),
                first=not self.before,  # the season's first week: no load known yet
            )
        more = (
            phase is Phase.strength
            and first
            and rx.exercise in self.before  # not on its way back after pain or a break
            and (rx.dose.load_kg or 0.0) >= self.peak.get(rx.exercise, 0.0)  # not climbing
            and level is not Level.beginner
            and rx.dose.sets.lo < main_sets(menu)
            # held for time last week: the lift moves on by its reps this week instead
            and not any(p.code == _HELD for p in parts_of(self.before[rx.exercise].reason))
        )
        if effort is not None and effort.why == LATE.why and more:
            effort = EARLY  # the main lift's extra set comes before the reps fall again
        if heavy is not None:
            rx = heavy
        elif effort is not None:
            if rx.dose.amount != effort.reps or rx.dose.rir != effort.rir:
                dose = attrs.evolve(rx.dose.with_amount(effort.reps), rir=effort.rir)
                dose = own_tempo(dose, menu) if phase is Phase.strength else dose  # heavier
                rx = attrs.evolve(rx, dose=dose, reason=effort_reason(effort, phase))
        elif phase is Phase.strength:
            amount = strength_amount(rx.dose, menu, level)
            if calf_raise(exercise) and amount is not None:
                amount = CALF_STRENGTH if rx.dose.amount.hi > CALF_STRENGTH.hi else None
            if amount is not None and rx.dose.load_kg is not None:
                rx = self._fewer_reps(rx, amount, exercise)
            elif amount is None and rx.dose.load_kg is not None:
                rx = self._fewer_reps(rx, None, exercise)
            elif amount is not None and rx.choose_load:
                # A load chosen by feel: fewer reps ask for a heavier one at once. With no
                # load to rise, fewer reps would make it easier (the harder variation
                # comes in at the phase's first week instead, where one fits).
                rir = rx.dose.rir
                fewer = (
                    say("phase.strength.fewer_reps", amount=str(amount))
                    if rir is None
                    else say(
                        "phase.strength.fewer_reps.could_lift",
                        amount=str(amount),
                        most=could_lift(amount, rir),
                        reps=amount.lo,
                        rir=str(rir),
                    )
                )
                rx = attrs.evolve(rx, dose=rx.dose.with_amount(amount), reason=fewer)
        if more and rx.dose.amount == item.dose.amount:
            # The session's main lift gets the phase's extra set, where the time allows;
            # more reps at the same load wait a week for it (one change at a time).
            was = self.before[rx.exercise].dose
            base = rx
            if was.load_kg == rx.dose.load_kg and was.unit == rx.dose.unit:
                base = attrs.evolve(rx, dose=rx.dose.with_amount(was.amount))
            extra = with_sets(
                base,
                rx.dose.sets.lo + 1,
                say(
                    "phase.strength.more",
                    before=str(rx.dose.sets.lo),
                    after=str(rx.dose.sets.lo + 1),
                ),
            )
            # Where the time is short, an accessory gives the main lift its set (trim):
            # one that changes nothing else this week, a set of which makes the room.
            if self._fits(session, out, extra, rest[1:]) or self._room(session, out, extra, rest):
                rx = extra
        if phase in (Phase.power, Phase.maintenance) and self.entering:
            # Heavy strength is kept: a set fewer from three or more, never below two.
            sets = max(min(2, rx.dose.sets.lo), rx.dose.sets.lo - 1)
            if rx.dose.sets.lo > sets:
                rx = with_sets(
                    rx,
                    sets,
                    say(f"phase.{phase.value}.sets", before=str(rx.dose.sets.lo), after=str(sets)),
                )
        return rx

    def _fewer_reps(
        self, rx: Prescription, amount: IntRange | None, exercise: Exercise
    ) -> Prescription:
        """``rx`` at the phase's ``amount`` only with a heavier load, a big step earned.

        With no ``amount`` (the lift at the phase's reps already), a lift held at the top
        takes its load step (:func:`~runstrength._plan.climb.held_at_top`).
        """
        before = self.before.get(rx.exercise)
        earned = reps_past_top(before, self.earlier.get(rx.exercise, ()))
        log = self.logs.get(rx.exercise)
        if amount is None:
            return held_at_top(rx, before, log, exercise, earned=earned)
        return fewer_reps(rx, before, amount, exercise, earned=earned, log=log)

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
        lift = stronger_lift(lift, before, rx)
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

    def _lighter(
        self,
        rx: Prescription,
        before: Prescription | None,
        exercise: Exercise | None,
        session: Session,
    ) -> Prescription:
        """``rx`` in a lighter week: last week's loads and reps, short in race week."""
        phase = self.place.phase
        if before is not None:
            # Last week's loads and reps, whatever the logs would allow (a step back the
            # logs asked for, a lighter load, stands).
            kept = before.dose
            if (rx.dose.load_kg or 0.0) < (kept.load_kg or 0.0):
                kept = attrs.evolve(kept, load_kg=rx.dose.load_kg)
            if kept.sets != rx.dose.sets:
                kept = attrs.evolve(kept, sets=rx.dose.sets)
            if kept != rx.dose:
                rx = attrs.evolve(rx, dose=kept)
        if phase is Phase.race and lunge_or_jump(exercise):
            return short(rx, exercise)
        if phase is Phase.taper and exercise and session.focus is Focus.light:
            return light_lunge(rx, exercise, self.athlete, phase, before)
        if phase in (Phase.race, Phase.recovery) and rx.dose.sets.lo > 1:
            after = max(1, rx.dose.sets.lo // 2)
            code = "race_week.sets_light" if phase is Phase.race else "recovery.sets_light"
            return with_sets(rx, after, say(code, before=str(rx.dose.sets.lo), after=str(after)))
        if phase is Phase.race and rx.dose.unit in ("reps", "steps"):
            return shorter(rx, "Race week")  # one set already: a shorter one
        return rx

    def _varies(self, rx: Prescription, exercise: Exercise) -> bool:
        """Whether ``rx`` may move on to a harder variation this week.

        In the first :data:`HARDER_WEEKS` weeks of a strength phase, when its latest log
        reached the top of its range after at least :data:`VARIATION_WEEKS` weeks in a row
        (never the week right after it came in), and at most :data:`HARDER_PER_WEEK` a week
        (sessions in plan order, so the strength session's main lift first); not in the week an
        exercise of its movement comes back after mild pain; never an advanced runner's
        heavy main lift loaded by effort (it gets heavier by load, as one with a load in kg);
        never an Achilles athlete's calf raise, which keeps its slow tempo and climbs by its
        sets and a load chosen for its reps (:mod:`~runstrength._progression.tendon`).
        """
        number = self.place.number
        heavy = (
            self.athlete.level is Level.advanced
            and rx.choose_load
            and rx.dose.unit == "reps"
            and rx.dose.amount.hi <= HEAVY.reps.hi
            and is_two_legged_squat_or_hinge(exercise)
        )
        return (
            not heavy
            and self.place.phase is Phase.strength
            and number <= HARDER_WEEKS
            and self.swaps < HARDER_PER_WEEK
            and rx.exercise in self.topped
            and self.held.get(rx.exercise, 0) >= VARIATION_WEEKS
            and not exercise.plyometric
            and not near_pain(exercise, self.after_pain, self.catalog)
            and not achilles_calf(self.athlete, exercise)
        )

    def _room(
        self,
        session: Session,
        done: list[Prescription],
        extra: Prescription,
        rest: list[Prescription],
    ) -> bool:
        """Whether sets of accessories that change nothing else this week make room.

        :func:`~runstrength._plan.cuts.trim` takes sets from such accessories (down to one
        each) before the main lift's, so the main lift's extra set is planned only where
        that makes it fit.
        """
        fewer = list(rest[1:])
        while not self._fits(session, done, extra, fewer):
            spare = [i for i, x in enumerate(fewer) if x.dose.sets.lo >= 2 and self._unchanged(x)]
            if not spare:
                return False
            most = max(spare, key=lambda i: fewer[i].dose.sets.lo)
            fewer[most] = with_sets(fewer[most], fewer[most].dose.sets.lo - 1)
        return True

    def _unchanged(self, rx: Prescription) -> bool:
        """Whether ``rx`` changes nothing but its sets from last week."""
        was = self.before.get(rx.exercise)
        return was is None or not set(changed_variables(was, rx)) - {"sets"}

    def _fits(
        self,
        session: Session,
        done: list[Prescription],
        rx: Prescription,
        rest: list[Prescription],
    ) -> bool:
        """Whether the session with ``rx`` in this place still fits the athlete's minutes."""
        trial = (*done, rx, *rest)
        return minutes_holding(session, trial, self.settings) <= self.athlete.session_minutes

    def step_back(self, items: list[Prescription]) -> list[Prescription]:
        """A lighter load after two weeks off or more (the sets are cut for the week).

        A step under the load last lifted (or the load planned, where it is lighter or
        none was logged); work missed in the weeks off is never progressed.
        """
        out = []
        for rx in items:
            exercise = self.catalog.get(rx.exercise)
            equipment = None if exercise is None else load_equipment(exercise)
            load = rx.dose.load_kg
            if not load or equipment is None:
                out.append(rx)
                continue
            base = min(load, self.lifted.get(rx.exercise, load))
            lighter = step_down(base, equipment) or None
            dose = attrs.evolve(rx.dose, load_kg=lighter)
            shown = kg(lighter) if lighter else "none"
            change = f"{kg(load)} to {shown}"
            if base == self.lifted.get(rx.exercise):  # a step under the load last lifted
                change = f"{shown}, a step under the {kg(base)} you last lifted"
            why = say(
                "return.lighter_load",
                weeks=self.off,
                was_kg=base if base == self.lifted.get(rx.exercise) else load,
                load_kg=lighter or 0.0,
                step_under=base == self.lifted.get(rx.exercise),
                change_words=change,
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
