"""Progression of a whole week: every exercise's next step, and a week that stays sound.

Per exercise, :func:`~runstrength._progression.step.decide` decides. Then the week:

- **Pain**: sharp pain rests the areas the exercise loads (:class:`~runstrength.Exclusion`):
  that exercise and every other one loading those areas leave the plan, replaced by an
  exercise that spares them and trains the same pattern where there is one. The plan
  carries the exclusion, with its graded test, until a pain-free test clears it; the
  exercise then returns at about half its old dose (:mod:`.returns`, :mod:`.restore`).
  A red-flag symptom stops every session.
- **One change per exercise, a few per session**: at most :data:`SESSION_CHANGES` changes
  that make work harder in a session, the main lift and calf first, then the longest
  waiting (:mod:`.quota`); the rest hold. Only changes that happen use a slot: writing
  the load the athlete logged into the plan uses none.
- **Light stays light**: a light session never gains sets, tempo, load or a harder move.
- **No exercise twice in a session**: a step may not move into an exercise the session
  holds; it takes another route.
- **Time**: a session never grows past the athlete's minutes (or its own length, when it
  was already longer); a change that adds time holds when it would not fit, unless the
  lowest-priority accessory gives up a set to make room for the main lift or the calf;
  one that adds none (a load) never holds for time.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.checks import check_args
from runstrength._model.copies import renewed
from runstrength._model.exclusion import Exclusion
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.reason import Param, Reason, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import (
    Change,
    Focus,
    Injury,
    Muscle,
    Pain,
    Pattern,
    Placement,
    ordered,
)
from runstrength._progression.ask import Ask, hold, stint_at
from runstrength._progression.calfturns import on_turn, turn_spare
from runstrength._progression.effort import one_effort
from runstrength._progression.fit import Fit, areas_of
from runstrength._progression.form import form_back, kept_in, returning
from runstrength._progression.limits import achilles_calf
from runstrength._progression.matching import match_logs, stop_all
from runstrength._progression.neutral import one_rep_more, slow_at_cap, time_neutral
from runstrength._progression.policy import HOLD_LIMIT, stop_reason
from runstrength._progression.quota import (
    MAIN_AND_CALF,
    no_time,
    picked_by,
    rank,
    rebuilding,
    record_load,
    records,
    session_cap,
    set_back,
    tier,
    trimmed,
    trims,
    waited,
)
from runstrength._progression.rebuild import rebuild
from runstrength._progression.restore import beside_done, restore
from runstrength._progression.returns import (
    done_before,
    review,
    start_note,
    test_advice,
    test_for,
    tested,
)
from runstrength._progression.routes import finish, prose
from runstrength._progression.setbacks import (
    THIRD_PAIN,
    back_note,
    back_up,
    mild_note,
    mild_streak,
    no_more_than,
)
from runstrength._progression.shorter import shorter_range
from runstrength._progression.slowclean import slow_clean
from runstrength._progression.stalls import unstall
from runstrength._progression.standin import groups, substitute, within_time
from runstrength._progression.step import decide
from runstrength._progression.swaps import swap_back
from runstrength._progression.tendon import bottom_pause, in_time, noted, on_block
from runstrength._progression.timing import adds_time, back_in_place, minutes
from runstrength._progression.unhold import held_too_long, unhold
from runstrength._progression.weeknotes import running_advice, week_note
from runstrength._views.wording import injury_name, listing

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from runstrength._model.dose import Dose
    from runstrength._model.exercise import Exercise

__all__ = ["SESSION_CHANGES", "progress_checked", "progress_week"]

SESSION_CHANGES: Final[Mapping[Focus, int]] = MappingProxyType({Focus.strength: 3, Focus.light: 1})
"""Most exercises a session makes harder in one week (project convention)."""

_HARDER = frozenset({Change.reps, Change.seconds, Change.sets, Change.tempo, Change.variation})


def progress_week(
    plan: WeekPlan,
    logs: Mapping[str, ExerciseLog] | Sequence[ExerciseLog],
    *,
    athlete: Athlete | None = None,
    catalog: Catalog | None = None,
    history: Sequence[ExerciseLog] = (),
) -> tuple[WeekPlan, tuple[Progression, ...]]:
    """Progress every prescription of a week that has a log, and keep the week sound.

    Logs are matched to prescriptions in plan order (sessions in order, exercises in
    order). A mapping from exercise id to log applies that log to every prescription of
    the exercise; a sequence is consumed in order. A log of an excluded exercise (or of
    its exclusion's ``test`` exercise) is a test: pain-free, it clears the exclusion and
    the exercise returns at about half its old dose, on a day without a run where the
    week has a session there, first in its session (after any jumps); mild pain
    keeps it out, and a second painful test in a row refers the athlete to a
    physiotherapist or doctor. Notes from last week's plan are not carried over.

    The week keeps the rules in this module's docstring: sharp pain removes the exercise
    and those loading the same areas (substituting where one spares them); a red flag
    stops every session; each session makes at most :data:`SESSION_CHANGES` exercises
    harder, light sessions stay light, no exercise appears twice in a session, and no
    session outgrows the athlete's minutes. Without ``athlete`` the current exercises
    stand in for the athlete (see :func:`~runstrength.progress`) and sessions may take
    30 minutes, or as long as they take now.

    Args:
        plan: The week that was done.
        logs: What was done, by exercise id or as a sequence.
        athlete: Who did it, for level, kit, injuries and minutes.
        catalog: Where exercises are looked up (default: :func:`default_catalog`).
        history: Earlier logs, oldest first, for the setbacks after repeated failures.

    Returns:
        The next week's plan (same days and reasons; new prescriptions; the exclusions in
        force) and one :class:`Progression` per prescription of ``plan`` in plan order. A
        stopped prescription (``Change.stop``) is not in the new plan; every other step's
        ``next`` is, in the same place. A prescription without a log holds.

    Raises:
        InputError: A mapping key differs from its log's exercise, or a log names an
            exercise neither the plan nor its exclusions hold; every problem is listed.

    Examples:
        >>> from runstrength import Dose, ExerciseLog, Prescription, Session, SetLog, WeekPlan
        >>> rx = Prescription("wall_sit", Dose(sets=3, seconds=(30, 45), rest_seconds=60))
        >>> week = WeekPlan(sessions=[Session(day="tue", focus="light", placement="standalone",
        ...                                   exercises=[rx])])
        >>> done = ExerciseLog(exercise="wall_sit", sets=[SetLog(seconds=45)] * 3)
        >>> new_week, steps = progress_week(week, [done])
        >>> steps[0].change, new_week.sessions[0].exercises[0].dose.seconds
        (Change.seconds, IntRange(lo=40, hi=55))
    """
    check_args(
        "progress_week",
        plan=(plan, WeekPlan),
        logs=(logs, Mapping, list, tuple),
        athlete=(athlete, Athlete, None),
        catalog=(catalog, Catalog, None),
        history=(history, list, tuple),
    )
    given = logs.items() if isinstance(logs, Mapping) else enumerate(logs)
    check_args("progress_week", **{f"logs[{key!r}]": (log, ExerciseLog) for key, log in given})
    check_args(
        "progress_week", **{f"history[{i}]": (h, ExerciseLog) for i, h in enumerate(history)}
    )
    cat = default_catalog() if catalog is None else catalog
    return progress_checked(plan, logs, athlete, cat, history)


def progress_checked(
    plan: WeekPlan,
    logs: Mapping[str, ExerciseLog] | Sequence[ExerciseLog],
    athlete: Athlete | None,
    cat: Catalog,
    history: Sequence[ExerciseLog],
) -> tuple[WeekPlan, tuple[Progression, ...]]:
    """:func:`progress_week` on arguments of the right types (a season's own records)."""
    prescriptions = [rx for session in plan.sessions for rx in session.exercises]
    planned = {rx.exercise for rx in prescriptions}
    testing = {name for e in plan.exclusions for name in tested(e)} - planned
    matched, tests = match_logs(prescriptions, logs, testing)
    names = _names(cat, plan.exclusions)
    carried, cleared, notes = review(plan.exclusions, tests, history, names)
    flagged = next((log for log in [*matched, *tests] if log is not None and log.symptoms), None)
    if flagged is not None:
        return stop_all(plan, prescriptions, flagged, carried, cat)
    week = _Week(plan, athlete, cat, tuple(history), carried)
    week.sore = _sore(cat, prescriptions, matched, history)
    week.notes += notes
    steps: list[Progression] = []
    logs_left = iter(matched)
    sessions = []
    done: list[tuple[Session, list[Prescription]]] = []
    for session in plan.sessions:
        mine = [(rx, next(logs_left)) for rx in session.exercises]
        session_steps, kept = week.session(session, mine)
        steps += session_steps
        done.append((session, kept))
    # A cleared exercise goes back on a day without a run first, where the week has one.
    for session, kept in sorted(done, key=lambda pair: pair[0].placement is Placement.after_run):
        week.restore(session, kept, cleared)
    for session, kept in done:
        kept[:] = [one_effort(rx, cat.get(rx.exercise), athlete) for rx in kept]
        if kept:
            # The session's own prescriptions, progressed: each one checked when built.
            sessions.append(renewed(session, exercises=tuple(kept)))
        else:
            week.notes.append(
                say("progress.note.session_out", day=session.day.value, day_name=session.day.title)
            )
    exclusions = week.exclusions()
    names.update(_names(cat, exclusions))
    starts: list[Reason | None] = [
        start_note(e, names) for e in exclusions if e.exercise in week.new
    ]
    starts += [running_advice(e.areas) for e in exclusions if e.exercise in week.new]
    planner = [note for note in plan.shortfalls if not week_note(note)]
    plan_changes: dict[str, Any] = {
        "sessions": tuple(sessions),
        "exclusions": exclusions,
        "shortfalls": tuple(
            dict.fromkeys(n for n in (*planner, *week.notes, *starts) if n is not None)
        ),
    }
    new_plan: WeekPlan = attrs.evolve(plan, **plan_changes)
    return new_plan, tuple(_one_effort_step(step, cat, athlete) for step in steps)


def _one_effort_step(step: Progression, cat: Catalog, athlete: Athlete | None) -> Progression:
    """``step`` whose next prescription says one effort (:func:`one_effort`)."""
    rx = one_effort(step.next, cat.get(step.next.exercise), athlete)
    return step if rx is step.next else renewed(step, next=rx)


class _Week:
    """The state of one week's decisions: rested areas, exclusions and notes."""

    def __init__(
        self,
        plan: WeekPlan,
        athlete: Athlete | None,
        catalog: Catalog,
        history: tuple[ExerciseLog, ...],
        carried: list[Exclusion],
    ) -> None:
        self.athlete = athlete
        self.catalog = catalog
        self.history = history
        # Each exercise's earlier logs, oldest first, gathered once for every decision.
        by_exercise: dict[str, list[ExerciseLog]] = {}
        positions: dict[str, list[int]] = {}  # and where they are in it, for each stint
        for index, log in enumerate(history):
            by_exercise.setdefault(log.exercise, []).append(log)
            positions.setdefault(log.exercise, []).append(index)
        self._by_exercise = {name: tuple(logs) for name, logs in by_exercise.items()}
        self._positions = positions
        self.carried = carried
        self.notes: list[Reason] = []
        self.sore: dict[Injury, tuple[str, str]] = {}
        self.sore_next: dict[str, Dose] = {}
        self.planned = {rx.exercise: rx.dose for s in plan.sessions for rx in s.exercises}
        self._week_ids = frozenset(self.planned)
        self.new: dict[str, tuple[Injury, ...]] = {}
        self.reasons: dict[str, Reason] = {}
        self.tests: dict[str, Prescription] = {}
        self.before: dict[str, Prescription] = {}
        self.removed: dict[str, list[str]] = {}
        strong = [
            known.primary
            for session in plan.sessions
            if session.focus is Focus.strength
            for rx in session.exercises
            if (known := catalog.get(rx.exercise)) is not None
        ]
        self.strong: frozenset[Muscle] = frozenset().union(*strong)
        self.used = frozenset(rx.exercise for session in plan.sessions for rx in session.exercises)
        # a change of variation goes to one not done in about the last four weeks first
        self.size = max(1, sum(len(s.exercises) for s in plan.sessions))  # logs a week
        recent = history[-(HOLD_LIMIT + 1) * self.size :]
        self.used |= frozenset(log.exercise for log in recent)
        rested: set[Injury] = set()
        for exclusion in carried:
            rested |= set(exclusion.areas)
        self.rested = frozenset(rested)

    def exclusions(self) -> tuple[Exclusion, ...]:
        """The exclusions in force after this week, old ones first."""
        out = []
        for exclusion in self.carried:
            more = self.removed.get(exclusion.exercise, [])
            removed = tuple(dict.fromkeys((*exclusion.removed, *more)))
            out.append(attrs.evolve(exclusion, removed=removed))
        for name, areas in self.new.items():
            out.append(
                Exclusion(
                    exercise=name,
                    areas=areas,
                    removed=tuple(dict.fromkeys(self.removed.get(name, []))),
                    reason=self.reasons[name],
                    test=self.tests.get(name),
                    before=self.before.get(name),
                )
            )
        return tuple(out)

    def session(
        self, session: Session, items: list[tuple[Prescription, ExerciseLog | None]]
    ) -> tuple[list[Progression], list[Prescription]]:
        """The steps of one session's prescriptions and the session's next exercises."""
        for rx, log in items:
            if log is not None and log.pain is Pain.sharp and rx.exercise not in self.new:
                hurt = self.catalog.get(rx.exercise)  # the areas, asked for on sharp pain only
                areas = () if hurt is None else ordered(areas_of(hurt))
                self.new[rx.exercise] = areas
                self.reasons[rx.exercise] = stop_reason(log, areas)
                self.before[rx.exercise] = done_before(rx, log)
                known = self.catalog.get(rx.exercise)
                if known is not None:
                    test = self.tests[rx.exercise] = test_for(known, self.catalog, self.athlete)
                    self.reasons[rx.exercise] = joined_reasons(
                        self.reasons[rx.exercise], test_advice(test, self._name(test.exercise))
                    )
                self.rested |= frozenset(areas)
        fit = Fit(self.athlete, self.rested)
        light = session.focus is Focus.light
        ids = [rx.exercise for rx, _ in items]
        steps: list[Progression] = []
        asks: list[Ask | None] = []
        for index, (rx, log) in enumerate(items):
            exercise = self.catalog.get(rx.exercise)
            stopped = self._stopped(rx, log, exercise)
            if stopped is not None:
                steps.append(stopped)
                asks.append(None)
                continue
            if log is None or exercise is None:
                steps.append(hold(rx, say("progress.no_log", dose=str(rx.dose))))
                asks.append(None)
                continue
            avoid = frozenset(ids[:index] + ids[index + 1 :]) | {s.next.exercise for s in steps}
            mine = self._by_exercise.get(rx.exercise, ())
            ask = Ask(
                rx,
                log,
                exercise,
                self.catalog,
                fit,
                mine,
                light,
                avoid,
                self.strong,
                self._week_ids,
                stint=stint_at(self._positions.get(rx.exercise, ()), len(self.history), self.size),
            )
            back = back_up(ask, self.history)
            if back is not None:
                self.notes.append(back_note(ask.exercise, back, self._name(back.next.exercise)))
            step = (
                back
                or form_back(ask, self.history)
                or swap_back(ask, self.history)
                or rebuild(ask)
                or beside_done(ask, self.history)
                or set_back(ask)
                or kept_in(ask, decide(ask))
            )
            if step.change is Change.stop and rx.exercise not in self.new:
                self._kept_out(rx, log, step)
            for _ in range(3):  # a switch that drops a pattern the session needs goes another way
                if not self._loses_a_group(session, ids, index, step):
                    break
                ask = ask.avoiding({step.next.exercise})
                step = decide(ask)
            if held_too_long(ask, step):  # a change like any other: the quota admits it
                fits = self._fits(session, [rx for rx, _ in items], index)
                step = self._unhold(ask, step, fits)
            steps.append(self._careful(ask, step))
            asks.append(ask)
        steps = self._cap(session, [rx for rx, _ in items], steps, asks)
        steps = self._fit_time(session, items, steps, asks)
        steps = [
            _noted(bottom_pause(record_load(step, ask), ask), ask)
            for step, ask in zip(steps, asks, strict=True)
        ]
        steps = [self._after_mild(ask, step) for step, ask in zip(steps, asks, strict=True)]
        for (rx, _), step in zip(items, steps, strict=True):
            self.sore_next.setdefault(rx.exercise, step.next.dose)
        return steps, self._next_exercises(session, items, steps, fit)

    def _after_mild(self, ask: Ask | None, step: Progression) -> Progression:
        """After mild pain: the week's note, and the referral on the third session in a row."""
        if ask is None or ask.log.pain is not Pain.mild:
            return step
        streak = mild_streak(ask.exercise, self.history) + 1
        self.notes.append(mild_note(ask.exercise, step, streak=streak))
        if streak < THIRD_PAIN or step.change is Change.stop:
            return step
        more = say("progress.pain.third", sessions=streak)
        return attrs.evolve(step, reason=joined_reasons(step.reason, more))

    def _careful(self, ask: Ask, step: Progression) -> Progression:
        """Hold a step up on work that loads an area mild pain touched lately (:func:`_sore`)."""
        if ask.log.pain is not Pain.none:
            return step
        hit = {a: w for a, w in self.sore.items() if a in areas_of(ask.exercise)}
        if not hit:
            return self._careful_form(ask, step)
        area, (where, sore_id) = next(iter(sorted(hit.items())))
        sore: dict[str, Param] = {
            "exercise": ask.exercise.id,
            "exercise_name": ask.exercise.name,
            "area": str(area),
            "area_words": injury_name(area),
            "other": sore_id,
            "other_name": where,
        }
        if sore_id != ask.exercise.id:
            cap = self.sore_next.get(sore_id) or self.planned.get(sore_id)
            cut = None if cap is None else no_more_than(ask.dose, cap)
            if cut is not None:
                return Progression(
                    attrs.evolve(ask.prescription, dose=cut),
                    Change.regress,
                    say(
                        f"progress.sore.cut.{shorter_range(ask.exercise)}",
                        **sore,
                        cap=str(cap),
                        dose=str(cut),
                    ),
                )
        if not _is_harder(step, ask):
            return step
        code = "progress.sore.hold" if where == ask.exercise.name else "progress.sore.hold_also"
        return hold(ask.prescription, say(code, **sore, dose=str(ask.dose)))

    def _careful_form(self, ask: Ask, step: Progression) -> Progression:
        """Hold a change into another form that loads an area mild pain touched lately."""
        new = self.catalog.get(step.next.exercise)
        if new is None or new.id == ask.exercise.id or step.change is not Change.variation:
            return step
        hit = {a: w for a, w in self.sore.items() if a in areas_of(new)}
        if not hit:
            return step
        area, (where, sore_id) = next(iter(sorted(hit.items())))
        return hold(
            ask.prescription,
            say(
                "progress.sore.other_form",
                exercise=ask.exercise.id,
                exercise_name=ask.exercise.name,
                new=new.id,
                new_name=new.name,
                area=str(area),
                area_words=injury_name(area),
                other=sore_id,
                other_name=where,
                dose=str(ask.dose),
            ),
        )

    def _groups(self, focus: Focus, ids: Sequence[str]) -> set[frozenset[Pattern]]:
        return groups(self.catalog, focus, ids)

    def _fits(
        self, session: Session, old: list[Prescription], index: int
    ) -> Callable[[Prescription], bool]:
        """Whether a change of ``old[index]`` keeps the session's minutes and patterns."""
        allowed = max(float(self._limit()), minutes(session, old))
        ids = [rx.exercise for rx in old]

        def fits(rx: Prescription) -> bool:
            step = Progression(rx, Change.variation, "a change of variation")
            if self._loses_a_group(session, ids, index, step):
                return False
            after = [*old[:index], rx, *old[index + 1 :]]
            return not adds_time(session, old[index], rx) or (
                minutes(session, after) <= allowed + 1e-9
            )

        return fits

    def _loses_a_group(
        self, session: Session, ids: list[str], index: int, step: Progression
    ) -> bool:
        if step.next.exercise == ids[index]:
            return False
        after = [*ids[:index], step.next.exercise, *ids[index + 1 :]]
        return not self._groups(session.focus, ids) <= self._groups(session.focus, after)

    def restore(
        self, session: Session, kept: list[Prescription], cleared: Mapping[str, Exclusion]
    ) -> None:
        """Bring cleared exercises back where the session lacks a pattern (:func:`restore`)."""
        self.notes += restore(
            session,
            kept,
            cleared,
            catalog=self.catalog,
            fit=Fit(self.athlete, self.rested),
            limit=self._limit(),
        )

    def _kept_out(self, rx: Prescription, log: ExerciseLog, step: Progression) -> None:
        """An exercise stopped for pain short of sharp: kept out until a pain-free test.

        Mild pain at its smallest dose stops an exercise with the advice to see a health
        professional first; the plan says so as an exclusion of that exercise alone (no
        area rested), so a session may lack its pattern (RS202) until a test clears it.
        """
        self.new[rx.exercise] = ()
        self.reasons[rx.exercise] = to_reason(step.reason)
        self.before[rx.exercise] = done_before(rx, log)
        self.removed.setdefault(rx.exercise, []).append(rx.exercise)
        known = self.catalog.get(rx.exercise)
        if known is not None:
            self.tests[rx.exercise] = test_for(known, self.catalog, self.athlete)

    def _stopped(
        self, rx: Prescription, log: ExerciseLog | None, exercise: Exercise | None
    ) -> Progression | None:
        if log is not None and log.pain is Pain.sharp:
            self.removed.setdefault(rx.exercise, []).append(rx.exercise)
            return Progression(rx, Change.stop, self.reasons[rx.exercise])
        if exercise is None or not self.rested:  # nothing rested: nothing to work out
            return None
        hit = areas_of(exercise) & self.rested
        if not hit:
            return None
        owner = next(
            (name for name, areas in self.new.items() if hit & set(areas)),
            next((e.exercise for e in self.carried if hit & set(e.areas)), rx.exercise),
        )
        self.removed.setdefault(owner, []).append(rx.exercise)
        areas = ordered(hit)
        resting = say(
            "progress.resting",
            exercise=exercise.id,
            exercise_name=exercise.name,
            areas=",".join(areas),
            area_words=prose(areas),
            other=owner,
            other_name=self._name(owner),
        )
        return Progression(rx, Change.stop, resting)

    def _unhold(
        self, ask: Ask, held: Progression, fits: Callable[[Prescription], bool]
    ) -> Progression:
        """A change for an exercise held too long (:func:`unhold`), or the hold.

        Never into an exercise the week trains elsewhere. A fresh one (not done in about
        the last ``HOLD_LIMIT + 1`` weeks) comes first; when none is open, or only one
        counted another way (a bird dog's reps for a side plank's hold), a light session
        may take back a form done weeks ago counted the same way (two forms take turns).
        """
        mine = ask.prescription.exercise
        if not ask.light:
            return unhold(ask.avoiding(self.used - {mine}), held, fits)
        near = ask.avoiding(frozenset(self.planned) - {mine})
        return unhold(near, held, fits, lately=self.used - {mine})

    def _cap(
        self,
        session: Session,
        old: list[Prescription],
        steps: list[Progression],
        asks: list[Ask | None],
    ) -> list[Progression]:
        """Admit the changes that make work harder, in priority order (:mod:`.quota`).

        A change is admitted while the session has room for it: fewer than
        ``SESSION_CHANGES`` admitted so far (a light session's change of form that has
        waited ``HOLD_LIMIT`` sessions is admitted past that), and the session still fits
        its minutes with
        it (a load always fits). The main lift or the calf that does not fit takes a
        set from the lowest-priority accessory, once a session. Only admitted changes use
        a slot; the rest hold and say why.
        """
        harder = [i for i, s in enumerate(steps) if _is_harder(s, asks[i])]
        if not harder:
            return steps
        cap = session_cap(SESSION_CHANGES[session.focus], len(old))
        light = session.focus is Focus.light
        limit = self._limit()
        ranks = [rank(None if a is None else a.exercise) for a in asks]
        spare = turn_spare(asks)
        # the spare a calf on its turn keeps is taken from the accessories, never the main lift
        allowed = max(limit - spare, minutes(session, old))
        whole = max(float(limit), minutes(session, old))

        calves = sorted(
            (not on_block(asks[i]), not _tendon(asks[i]), -waited(asks[i]), i)
            for i in harder
            if ranks[i] == MAIN_AND_CALF
        )
        calf = calves[0][-1] if calves else None  # two calf exercises share one slot

        def first(i: int) -> tuple[bool, int, int, int, int]:
            # ORDER: a rebuild after pain and an Achilles' calf first, then the main
            # lift, then work that has waited long, then one calf, then who waited longest.
            ask = asks[i]
            ahead = (
                rebuilding(ask)
                or (i == calf and (on_block(ask) or on_turn(ask)))
                or returning(ask, steps[i])
            )
            # a light session's main lift is kept, not built: it has no place ahead
            level = tier(ask, main=ranks[i] == 0 and not light, first_calf=i == calf)
            return (not ahead, level, -waited(ask), ranks[i], i)

        current = [s.next if i not in harder else old[i] for i, s in enumerate(steps)]
        stopped = {i for i, s in enumerate(steps) if s.change is Change.stop}
        admitted: list[int] = []
        cut: int | None = None
        out = list(steps)
        for i in sorted(harder, key=first):
            # a light session's change of form, due after its holds, is admitted past the
            # cap: when more come due at once than there are slots, none waits a fourth
            due = light and waited(asks[i]) >= HOLD_LIMIT and steps[i].change is Change.variation
            full = len(admitted) >= cap and not due
            if full or i == cut:
                continue
            step = steps[i]
            trial = [*current[:i], step.next, *current[i + 1 :]]
            kept = [rx for j, rx in enumerate(trial) if j not in stopped]
            mine = whole if ranks[i] == 0 and not light else allowed
            if adds_time(session, old[i], step.next) and minutes(session, kept) > mine + 1e-9:
                out[i], fits, room = self._without_time(
                    session, old, steps, asks, i, current, mine, cut
                )
                if room != cut and room is not None:
                    cut = room
                    name = self._name(old[i].exercise)
                    why = _room_for(asks[i], returning(asks[i], steps[i]))
                    out[cut] = trimmed(old[cut], limit, name, why=why)
                if fits is None:
                    continue
                trial = fits
            current = trial
            admitted.append(i)
        # a light session has no main lift: its lunge is kept, not built there
        levels = {
            i: tier(asks[i], main=ranks[i] == 0 and not light, first_calf=i == calf)
            for i in admitted
        }
        names = listing(
            [
                f"{self._name(out[i].next.exercise)} ({picked_by(asks[i], levels[i])})"
                for i in sorted(admitted)
            ]
        )
        quota: dict[str, Param] = {
            "exercises": ",".join(out[i].next.exercise for i in sorted(admitted)),
            "names": names,
            "cap": cap,
            "change_word": "change" if cap == 1 else "changes",
            "waited": HOLD_LIMIT,
        }
        for i in harder:
            if i in admitted or out[i] is not steps[i]:
                continue
            out[i] = hold(old[i], say("progress.quota", **quota, dose=str(old[i].dose)))
        return out

    def _without_time(
        self,
        session: Session,
        old: list[Prescription],
        steps: list[Progression],
        asks: list[Ask | None],
        i: int,
        current: list[Prescription],
        allowed: float,
        cut: int | None,
    ) -> tuple[Progression, list[Prescription] | None, int | None]:
        """Step ``i`` when it does not fit: what it becomes, the session with it, the cut.

        A rebuild after pain, an Achilles calf block or a lift back from its stand-in takes
        room from an accessory first (its step is the plan); anything else takes a route
        that adds no time (a small load step, a harder move, a slower tempo for fewer reps,
        the block's next rung at its sets), else room, else a range that rises by one rep
        instead of two (:func:`one_rep_more`) or, at body weight's cap, a slower rep at the
        same reps (:func:`slow_at_cap`) or a slower tempo on a clean range that still fits
        (:func:`slow_clean`), else a stall's change (:func:`unstall`, with room when its
        reset needs it), else a hold that says so. The session is ``None`` when the step
        takes no slot; the cut is the accessory giving up a set, if any.
        """
        ask, step, limit = asks[i], steps[i], self._limit()
        trial = [*current[:i], step.next, *current[i + 1 :]]
        room = None
        if _ahead(ask) or returning(ask, step):  # a promised return is the plan too
            room = self._room(session, old, steps, asks, i, trial, allowed, cut)
        other = None
        if room is None and ask is not None and not rebuilding(ask):
            other = time_neutral(ask, step)
            other = None if other is None else kept_in(ask, bottom_pause(other, ask))
            other = None if other is None or other.change is Change.none else other
        if other is not None and not adds_time(session, old[i], other.next):
            new = other if ask is None else finish(ask, other)
            return new, [*current[:i], new.next, *current[i + 1 :]], cut
        if room is None:
            room = self._room(session, old, steps, asks, i, trial, allowed, cut)
        if room is not None:
            return step, room[1], room[0]
        smaller = (
            one_rep_more(ask, step)
            or in_time(ask, step)
            or slow_at_cap(ask, step)
            or slow_clean(ask, step)
        )
        if smaller is not None:
            tried = [*current[:i], smaller.next, *current[i + 1 :]]
            kept = [rx for j, rx in enumerate(tried) if steps[j].change is not Change.stop]
            if minutes(session, kept) <= allowed + 1e-9:
                return smaller, tried, cut
        fresh = unstall(ask, old[i], step, limit)
        if fresh is not None and adds_time(session, old[i], fresh.next):
            tried = [*current[:i], fresh.next, *current[i + 1 :]]
            room = self._room(session, old, steps, asks, i, tried, allowed, cut)
            if room is not None:
                return fresh, None, room[0]
            fresh = unstall(ask, old[i], step, limit, reset=False)
        if fresh is not None:
            return fresh, None, cut
        kept = [rx for j, rx in enumerate(trial) if steps[j].change is not Change.stop]
        held = hold(old[i], no_time(ask, old[i], step, limit, with_it=minutes(session, kept)))
        if ask is not None and held_too_long(ask, held):  # no endless holds (:mod:`.unhold`)
            fits = self._fits(session, current, i)
            moved = self._unhold(
                ask, held, lambda rx: fits(rx) and not adds_time(session, old[i], rx)
            )
            if moved.change is not Change.none:
                return moved, [*current[:i], moved.next, *current[i + 1 :]], cut
            held = moved
        return held, None, cut

    def _room(
        self,
        session: Session,
        old: list[Prescription],
        steps: list[Progression],
        asks: list[Ask | None],
        i: int,
        trial: list[Prescription],
        allowed: float,
        cut: int | None,
    ) -> tuple[int, list[Prescription]] | None:
        """A set from the lowest-priority accessory that lets step ``i`` fit, if any.

        Only for the main lift or the calf, a rebuild after pain, or an exercise that has
        waited three sessions; once a session.
        """
        ask = asks[i]
        mine = rank(None if ask is None else ask.exercise)
        first = _ahead(ask) or waited(ask) >= HOLD_LIMIT
        if cut is not None or (mine > MAIN_AND_CALF and not first):
            return None
        stopped = {j for j, s in enumerate(steps) if s.change is Change.stop}
        main_sets = old[i].dose.sets.lo if mine == 0 else None
        order = trims(
            old,
            steps,
            asks,
            skip=stopped | {i},
            below=mine,
            rebuild=_ahead(ask),
            main_sets=main_sets,
        )
        # A rebuild after pain goes first: where one accessory's set makes too little
        # room, the next that may give one is tried.
        for j in order if rebuilding(ask) else order[:1]:
            smaller = trimmed(old[j], self._limit(), "").next
            after = [*trial[:j], smaller, *trial[j + 1 :]]
            kept = [rx for k, rx in enumerate(after) if k not in stopped]
            if minutes(session, kept) <= allowed + 1e-9:
                return j, after
        return None

    def _limit(self) -> int:
        return 30 if self.athlete is None else self.athlete.session_minutes

    def _stand_in(
        self, rx: Prescription, taken: set[str], fit: Fit, light: bool, *, any_move: bool = False
    ) -> Prescription | None:
        out = {*self.new, *(e.exercise for e in self.carried)}  # never the one that hurt
        found = substitute(
            self.catalog, self.athlete, rx, taken | out, fit, light=light, any_move=any_move
        )
        if found is not None and rx.exercise in self.reasons:
            name = self._name(found.exercise)
            stands_in = say("progress.stands_in", exercise=found.exercise, exercise_name=name)
            self.reasons[rx.exercise] = joined_reasons(self.reasons[rx.exercise], stands_in)
        return found

    def _name(self, exercise_id: str) -> str:
        found = self.catalog.get(exercise_id)
        return exercise_id if found is None else found.name

    def _fit_time(
        self,
        session: Session,
        items: list[tuple[Prescription, ExerciseLog | None]],
        steps: list[Progression],
        asks: list[Ask | None],
    ) -> list[Progression]:
        """Hold the last changes that add time until the session fits its minutes."""
        old = [rx for rx, _ in items]
        limit = self._limit()
        before = minutes(session, old)
        allowed = max(float(limit), before)
        out = list(steps)
        for i in reversed(range(len(out))):
            kept = [s.next for s in out if s.change is not Change.stop]
            if minutes(session, kept) <= allowed + 1e-9:
                break
            step = out[i]
            if step.change in (Change.stop, Change.none):
                continue
            if step.change is Change.regress:
                # A step back is never put off: when the easier move takes longer, this
                # exercise steps back in place instead, with less work than before.
                log = items[i][1]
                sore = log is not None and log.pain is not Pain.none
                out[i] = back_in_place(old[i], step, limit, sore=sore)
                continue
            if minutes(session, [step.next]) > minutes(session, [old[i]]):
                out[i] = hold(old[i], no_time(asks[i], old[i], step, limit))
        return out

    def _next_exercises(
        self,
        session: Session,
        items: list[tuple[Prescription, ExerciseLog | None]],
        steps: list[Progression],
        fit: Fit,
    ) -> list[Prescription]:
        kept = [s.next for s in steps if s.change is not Change.stop]
        taken = {rx.exercise for rx in kept}
        out: list[Prescription] = []
        added: list[Prescription] = []
        allowed = max(self._limit() + 0.5, minutes(session, [rx for rx, _ in items]))
        for (rx, _), step in zip(items, steps, strict=True):
            if step.change is not Change.stop:
                out.append(step.next)
                continue
            stand_in = self._stand_in(rx, taken, fit, session.focus is Focus.light)
            if stand_in is not None:
                # The time the stopped exercise left may have gone to another change.
                stand_in = within_time(session, [*kept, *added, stand_in], stand_in, allowed)
            if stand_in is not None:
                taken.add(stand_in.exercise)
                added.append(stand_in)
                out.append(stand_in)
        least = min(DEFAULT_SETTINGS.exercises_per_session.lo, len(items))
        stopped = [
            rx for (rx, _), step in zip(items, steps, strict=True) if step.change is Change.stop
        ]
        for rx in stopped:  # keep the session a session: any exercise that spares the areas
            if len(out) >= least:
                break
            stand_in = self._stand_in(rx, taken, fit, session.focus is Focus.light, any_move=True)
            if stand_in is not None:
                taken.add(stand_in.exercise)
                out.append(stand_in)
        return out


def _sore(
    catalog: Catalog,
    prescriptions: Sequence[Prescription],
    logs: Sequence[ExerciseLog | None],
    history: Sequence[ExerciseLog],
) -> dict[Injury, tuple[str, str]]:
    """Areas mild pain touched in an exercise's last two sessions, and which (name, id).

    An exercise logged with mild pain this week, or in its session before (of it or of
    the easier or harder variation it moved from), keeps the areas it loads from harder
    steps in every exercise that loads them, until two pain-free sessions of it have
    passed (project convention, after 003's advice to progress only pain-free).
    """
    out: dict[Injury, tuple[str, str]] = {}
    earlier = any(h.pain is Pain.mild for h in history)  # else only this week's logs count
    for rx, log in zip(prescriptions, logs, strict=True):
        known = catalog.get(rx.exercise)
        if known is None or log is None or (not earlier and log.pain is not Pain.mild):
            continue
        family = {rx.exercise, known.easier, known.harder}
        before = next((h for h in reversed(history) if h.exercise in family), None)
        if Pain.mild in (log.pain, None if before is None else before.pain):
            for area in ordered(areas_of(known)):
                out.setdefault(area, (known.name, known.id))
    return out


def _names(catalog: Catalog, exclusions: Sequence[Exclusion]) -> dict[str, str]:
    """The names of the exercises ``exclusions`` mention, by id."""
    ids = {e.exercise for e in exclusions}
    ids |= {name for e in exclusions for name in e.removed}
    ids |= {e.test.exercise for e in exclusions if e.test is not None}
    found = {i: catalog.get(i) for i in sorted(ids)}
    return {i: (i if ex is None else ex.name) for i, ex in found.items()}


def _noted(step: Progression, ask: Ask | None) -> Progression:
    """An Achilles athlete's calf step ends with the Achilles note, whatever held it."""
    if ask is None or step.change is Change.stop:
        return step
    if not achilles_calf(ask.fit.athlete, ask.exercise):
        return step
    reason = noted(step.reason, step.next.dose)
    return step if reason is step.reason else attrs.evolve(step, reason=reason)


def _tendon(ask: Ask | None) -> bool:
    """Whether an exercise is an Achilles athlete's calf work."""
    return ask is not None and achilles_calf(ask.fit.athlete, ask.exercise)


def _ahead(ask: Ask | None) -> bool:
    """Whether an exercise may take room first: a rebuild after pain, an Achilles calf block."""
    return on_block(ask) or rebuilding(ask)


def _room_for(ask: Ask | None, back: bool = False) -> str:
    """Why the exercise a set is given up for goes first (``back``: it returns as promised)."""
    if back:
        return "a lift back from its stand-in for the weeks it was promised comes first"
    if rebuilding(ask):
        return "its way back after pain comes first"
    if on_block(ask):
        return "the Achilles calf block comes first"
    if waited(ask) >= HOLD_LIMIT:
        return f"work that has waited {HOLD_LIMIT} sessions or more comes first"
    return "the main lift and the calf come first when time is short"


def _is_harder(step: Progression, ask: Ask | None) -> bool:
    if step.change in _HARDER:
        return True
    if ask is not None and step.next.exercise == ask.prescription.exercise:
        old, new = ask.dose, step.next.dose
        if new.unit == old.unit and new.amount.hi > old.amount.hi:
            return True  # a reset to a longer range takes time: it must fit
    return step.change is Change.load and ask is not None and not records(step, ask)
