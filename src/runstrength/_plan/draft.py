"""One week of a season being drafted: each session's content, then the plan.

:class:`Draft` progresses each session from the last week that held it, shapes it to the
phase (:class:`~runstrength._plan.shaper.Shaper`) and holds each exercise to one change;
:meth:`Draft.assemble` keeps each session to the athlete's minutes and gives it its
reasons (the phase, the session, what it covers, the week back after time off, the pain
rule, the minutes).
"""

from __future__ import annotations

import functools

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.copies import renewed, with_exercises
from runstrength._model.dose import Dose
from runstrength._model.exclusion import Exclusion
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import Reason, parts_of, text_of, to_reasons
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Focus, Injury, Pattern, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.afterrace import stand_ins_trained, stood_in
from runstrength._plan.calendar import Place
from runstrength._plan.calfturn import calf_turn, moved_on
from runstrength._plan.climb import after_mild_pain
from runstrength._plan.coded import rewritten
from runstrength._plan.coverage import holding_reason
from runstrength._plan.current import current_reasons
from runstrength._plan.cuts import one_change, trim
from runstrength._plan.dosing import dose_for
from runstrength._plan.familiar import FAMILIAR, familiar
from runstrength._plan.heavyroom import heavy_room
from runstrength._plan.heavysets import rest_follows
from runstrength._plan.history import LOOKBACK, Season, slot, slots
from runstrength._plan.lighter import Sets
from runstrength._plan.power import jump_day, power_jump
from runstrength._plan.raceweek import carried
from runstrength._plan.reasons import pain_reason
from runstrength._plan.shaper import Shaper
from runstrength._plan.shaping import without_floor_raise
from runstrength._plan.timeoff import return_note
from runstrength._plan.trimorder import trim_ranks
from runstrength._plan.week import practised
from runstrength._plan.weekfacts import (
    any_mild,
    landed_in,
    lifted_in,
    peak_in,
    seen_in,
    topped_in,
    weeks_held,
)
from runstrength._rules.block import TRAINING
from runstrength._rules.session import minutes_holding
from runstrength._views.wording import injury_name

__all__ = ["HIGH_REPS", "Draft"]


class Draft:
    """One week being drafted: the content of each session, then the plan."""

    def __init__(
        self,
        athlete: Athlete,
        week: RunningWeek,
        placed: tuple[Place, ...],
        season: Season,
        catalog: Catalog,
        settings: RuleSettings,
    ) -> None:
        index = len(season.history)
        self.athlete = athlete
        self.week = week
        self.place = placed[index]
        # A change that waits is promised for next week only if the phase goes on.
        following = placed[index + 1] if index + 1 < len(placed) else None
        self.promise = following is None or following.phase is self.place.phase
        self.season = season
        self.catalog = catalog
        self.settings = settings
        self.last = season.history[-1] if season.history else None
        before = placed[index - 1].phase if index else None
        self.back = before is not None and (
            before not in TRAINING
            or (self.last is not None and not self.last.trained)
            or season.return_step() is not None
            or season.after_return()
        )
        self.off = season.weeks_off()
        self.step: int | None = None
        # What the last weeks tell this one, each week's share worked out once a season.
        window = season.facts(index - LOOKBACK, index)
        self.seen = seen_in(window)
        entering = next(
            (p.phase for p in reversed(placed[:index]) if p.phase in TRAINING), None
        ) not in (Phase.power, Phase.maintenance)
        shaper = Shaper(
            athlete,
            catalog,
            self.place,
            self.off,
            entering=entering,
            back=self.back,
            topped=topped_in(window),
            settings=settings,
            landings=landed_in(window),
        )
        # Mild pain is rare: the whole history is read again only where a week had some.
        mild = any_mild(window)
        shaper.after_pain = after_mild_pain(season.history[-LOOKBACK:]) if mild else {}
        waited = season.facts(index - LOOKBACK - 1, index - 1)
        shaper.waited = (
            after_mild_pain(season.history[-LOOKBACK - 1 : -1]) if any_mild(waited) else {}
        )
        shaper.logs = {} if self.last is None else {log.exercise: log for log in self.last.logs}
        shaper.lifted = lifted_in(window)
        shaper.peak = peak_in(window)
        if len(season.history) >= 2:
            earlier: dict[str, list[Prescription]] = {}
            for s in season.history[-2].plan.sessions:
                for rx in s.exercises:
                    earlier.setdefault(rx.exercise, []).append(rx)
            shaper.earlier = {name: tuple(found) for name, found in earlier.items()}
        shaper.held = weeks_held(window)
        self.shaper = shaper

    def _order(self, rx: Prescription, order: tuple[str, ...]) -> tuple[str, ...]:
        """The order changes wait in: a power week's jump gains its sets before its amount."""
        exercise = self.catalog.get(rx.exercise)
        if self.place.phase is Phase.power and exercise is not None and exercise.plyometric:
            return ("sets", *(v for v in order if v != "sets"))
        return order

    def _stand_ins(self) -> frozenset[str]:
        """The exercises the recent weeks held as race week's stand-ins."""
        return stood_in(record.plan for record in self.season.history[-LOOKBACK:])

    def contents(
        self, fresh: WeekPlan, rested: frozenset[Injury]
    ) -> tuple[Sets, list[dict[str, Prescription]], list[bool]]:
        """Each session's prescriptions, progressed and shaped.

        Also last week's prescriptions of each session, and whether it comes fresh from
        the planner (no earlier week held it).
        """
        place, last, shaper, settings = self.place, self.last, self.shaper, self.settings
        order = ("sets", "exercise", "amount", "load_kg", "tempo")
        if place.phase in TRAINING and not self.back:
            order = ("amount", "sets", "exercise", "load_kg", "tempo")
        jump = power_jump(self.athlete, self.catalog)
        if place.phase is Phase.power and jump is not None:
            days = [s.day for s in fresh.sessions]
            shaper.jump_day = jump_day(days, self.week, place, jump)
        contents: Sets = []
        olds: list[dict[str, Prescription]] = []
        flags: list[bool] = []
        # A lighter week keeps last week's loads and reps wherever the exercise was.
        # Work last week that was not done counts at the last dose that was (never higher).
        done = None if last is None else self.season.held(len(self.season.history) - 1)
        anywhere = (
            {}
            if done is None
            else {rx.exercise: rx for s in reversed(done.sessions) for rx in s.exercises}
        )
        # A harder variation never brings in an exercise the week holds already.
        shaper.taken = sorted(
            {rx.exercise for s in fresh.sessions for rx in s.exercises} | set(anywhere)
        )
        stand_ins = functools.cache(self._stand_ins)  # only for a week back from a lighter one
        for focus, k, session in slots(fresh):
            source = self.season.source(focus, k, rested) if self.season.history else None
            if source is None and focus is Focus.light and place.phase is Phase.race:
                source = self._race_source(k, rested)
            old_session = slot(done, focus, k) if done is not None else None
            old = {} if old_session is None else {rx.exercise: rx for rx in old_session.exercises}
            olds.append(old)
            flags.append(source is None)
            items = list(session.exercises) if source is None else list(source[0])
            if source is not None and place.phase in FAMILIAR:
                # back to the form done where the session comes from (a light day weeks ago)
                where = slot(self.season.held(source[1]), focus, k)
                kept = {} if where is None else {rx.exercise: rx for rx in where.exercises}
                swaps = self.season.swaps(source[1])
                items = familiar(items, swaps, {**kept, **old}, rested, self.catalog)
            if source is not None and self._alone(fresh, focus):
                items = calf_turn(
                    items, self._earlier(source[1], focus, k), self.athlete, self.catalog, settings
                )
            if source is None:
                items = without_floor_raise(items, focus, fresh, self.athlete, self.catalog)
            items = current_reasons(items, fresh, self.seen, anywhere, place.phase, self.catalog)
            if source is not None and source[1] == len(self.season.history) - 1:
                items = moved_on(items, self.season.swaps(source[1]), self.catalog)
            if self.back and place.phase in TRAINING:
                reference = self.season.reference(focus, k)
                light = session.day in {day for day, _ in place.light_days}
                if not light:  # the light days just after a race keep race week's doses
                    training = functools.partial(self._training, focus, settings)
                    items = stand_ins_trained(items, stand_ins(), reference, training)
                items = shaper.restore(items, reference, old, rested, light=light)
            items = shaper.shape(session, items, {**anywhere, **old}, settings)
            if self.off >= 2:
                items = shaper.step_back(items)
            items = shaper.jumps(session, items, self.week, settings)
            # One change an exercise (RS401); a power week's jump takes its sets first.
            # Sets then rest as their reps ask.
            contents.append(
                [
                    rest_follows(
                        one_change(
                            old.get(rx.exercise), rx, self._order(rx, order), promise=self.promise
                        ),
                        self.catalog.get(rx.exercise),
                        self.athlete.session_minutes,
                        self.athlete.level,
                        main=index == 0 and self.place.phase in (Phase.general, Phase.strength),
                    )
                    for index, rx in enumerate(items)
                ]
            )
        return contents, olds, flags

    def _training(self, focus: Focus, settings: RuleSettings, name: str) -> Dose | None:
        """The training dose of exercise ``name`` in a ``focus`` session, if it is known."""
        exercise = self.catalog.get(name)
        return None if exercise is None else dose_for(exercise, self.athlete.level, focus, settings)

    def _alone(self, fresh: WeekPlan, focus: Focus) -> bool:
        """Whether the week's only session is this strength one, in a training week."""
        return (
            focus is Focus.strength
            and len(fresh.sessions) == 1
            and self.place.phase in TRAINING
            and not self.back
        )

    def _earlier(self, index: int, focus: Focus, k: int) -> list[tuple[Prescription, ...]]:
        """The k-th ``focus`` session's lines in the weeks before ``index``, newest first."""
        out = []
        for at in range(index - 1, max(-1, len(self.season.history) - 1 - LOOKBACK), -1):
            session = slot(self.season.progressed(at), focus, k)
            if session is not None:
                out.append(session.exercises)
        return out

    def _race_source(
        self, k: int, rested: frozenset[Injury]
    ) -> tuple[list[Prescription], int] | None:
        """Race week's new light session from the last strength session, as it was done."""
        found = self.season.source(Focus.strength, k, rested)
        if found is None:
            return None
        index = found[1]
        session = slot(self.season.history[index].plan, Focus.strength, k)
        if session is None:
            return None
        items = carried(
            list(session.exercises),
            self.catalog,
            self.athlete.level,
            self.settings,
            self.athlete.equipment,
        )
        return None if items is None else (items, index)

    def assemble(
        self,
        fresh: WeekPlan,
        contents: Sets,
        olds: list[dict[str, Prescription]],
        *,
        notes: tuple[Reason, ...] = (),
        exclusions: tuple[Exclusion, ...] = (),
    ) -> WeekPlan:
        """The week's plan: each session kept to time, with its reasons.

        ``notes`` (those not there already) follow its shortfalls; ``exclusions`` are the
        ones in force.
        """
        place = self.place
        sessions = []
        waits: list[Reason] = []
        freed: dict[Weekday, Reason] = {}
        for (focus, _, session), items, old in zip(slots(fresh), contents, olds, strict=True):
            if not items:
                code = (
                    "taper.no_session.sets"  # a taper keeps its sessions where it can
                    if place.phase is Phase.taper
                    else "deload.no_session"
                    if place.phase is Phase.deload
                    else "season.starts_next_week"
                )
                day = session.day
                waits.append(say(code, focus=focus.value, day=day.value, day_name=day.title))
                freed[session.day] = joined_reasons(say("season.kept_free"), waits[-1])
                continue
            minutes = self.athlete.session_minutes
            roomy = items
            if place.phase in TRAINING and focus is Focus.strength:
                roomy = heavy_room(session, items, minutes, self.settings, self.catalog)
            strength = focus is Focus.strength
            ranks = trim_ranks(roomy, self.catalog, main=strength, injuries=self.athlete.injuries)
            accessories = self._accessories(roomy)
            kept = trim(session, roomy, minutes, self.settings, old, accessories, ranks)
            sessions.append(self._session(session, kept, focus))
        shortfalls = (*fresh.shortfalls, *waits)
        return WeekPlan(
            sessions=sessions,
            shortfalls=(*shortfalls, *(n for n in notes if n not in shortfalls)),
            exclusions=exclusions,
            decisions=[
                attrs.evolve(d, focus=None, reason=freed[d.day]) if d.day in freed else d
                for d in fresh.decisions
            ],
            phase=place.phase,
        )

    def _accessories(self, items: list[Prescription]) -> frozenset[str]:
        """The exercises of ``items`` that train only the hips' stability or the trunk."""
        return frozenset(
            rx.exercise
            for rx in items
            if (exercise := self.catalog.get(rx.exercise)) is not None
            and exercise.patterns.isdisjoint(_STRENGTH)
        )

    def _session(self, session: Session, items: list[Prescription], focus: Focus) -> Session:
        return _session(
            session,
            items,
            focus,
            self.place,
            self.athlete,
            self.catalog,
            self.settings,
            return_note(self.off, self.step),
        )


_STRENGTH = frozenset(
    {
        Pattern.squat,
        Pattern.lunge,
        Pattern.single_leg,
        Pattern.hinge,
        Pattern.hip_extension,
        Pattern.calf,
        Pattern.plyometric,
    }
)
"""The patterns of the strength work a session keeps before its hip and trunk work."""

HIGH_REPS = 12
"""A rep range whose top is this or lower is not "higher reps" (fatigue resistance)."""

_HIGHER_REPS = " For the endurance goal: higher reps for fatigue resistance."


def _true_to_dose(rx: Prescription) -> Prescription:
    """``rx`` with no purpose its dose contradicts: no "higher reps" beside 6–9 reps."""
    dose = rx.dose
    if _HIGHER_REPS in text_of(rx.reason) and dose.unit == "reps" and dose.amount.hi <= HIGH_REPS:
        text = text_of(rx.reason).replace(_HIGHER_REPS, "")
        parts = [p for p in parts_of(rx.reason) if p.code != "exercise.goal.endurance"]
        kept = joined_reasons(parts[0], *parts[1:]) if parts else None
        return attrs.evolve(
            rx, reason=kept if kept and kept.text == text else rewritten(None, text)
        )
    return rx


def _session(
    session: Session,
    items: list[Prescription],
    focus: Focus,
    place: Place,
    athlete: Athlete,
    catalog: Catalog,
    settings: RuleSettings,
    back_note: Reason | None,
) -> Session:
    items = [_true_to_dose(rx) for rx in items]
    known = [catalog[rx.exercise] for rx in items if rx.exercise in catalog]
    why = place.why
    if back_note:
        # The week back after time off says so first: the phase's usual work waits.
        why = say(
            "phase.back." + back_note.code.removeprefix("return."),
            **back_note.params,
            phase=place.phase.value,
            number=place.number,
            of=place.of,
            head_words=place.why.text.split(":", 1)[0],
        )
    reasons: list[Reason | str] = [
        why,
        session.reasons[0],
        holding_reason(focus, known),
    ]
    if athlete.injuries:
        sore = sorted(athlete.injuries)
        reasons.append(pain_reason(sore, ", ".join(injury_name(i) for i in sore)))
    reasons.append(say("session.minutes", minutes=float(minutes_holding(session, items, settings))))
    out = with_exercises(session, tuple(items), to_reasons(reasons))
    if out.warm_up is None:
        return out
    warm = practised(out.warm_up, focus, items)
    return out if warm is out.warm_up else renewed(out, warm_up=warm)
