"""A season's past weeks as the next week reads them: sessions, progressions and sets.

A week's content comes from the last week that held the same session (the k-th of a
focus), progressed from its logs; after a break, sets come back to the last training
week's. Only the last :data:`LOOKBACK` weeks are read, and only :data:`LOG_WEEKS` weeks of
logs feed the progression's setbacks, so a week costs the same deep in a season.
"""

from __future__ import annotations

from collections.abc import Sequence

from runstrength._model.athlete import Athlete
from runstrength._model.block import week_volume
from runstrength._model.catalog import Catalog
from runstrength._model.logs import ExerciseLog, Progression
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Change, Focus, Injury
from runstrength._plan.calendar import Place
from runstrength._plan.missed import Done, held_plan, logged
from runstrength._plan.weekfacts import WeekFacts, jumps_of
from runstrength._progression.fit import areas_of
from runstrength._progression.week import progress_checked
from runstrength._rules.block import TRAINING

__all__ = ["LOG_WEEKS", "LOOKBACK", "Progressed", "Season", "older_logs", "slot", "slots"]

LOOKBACK = 8
"""How many past weeks a week looks back for a session's content or its sets."""

LOG_WEEKS = 4
"""How many weeks of earlier logs the progression reads for its setbacks."""

Sets = list[list[Prescription]]

Progressed = dict[int, tuple[WeekPlan, dict[str, str]]]
"""Weeks of a season progressed from their logs, by index: each plan and the moves to new
exercises it made (new to old)."""


def slots(plan: WeekPlan) -> list[tuple[Focus, int, Session]]:
    """Each session with its focus and its rank among sessions of that focus."""
    seen: dict[Focus, int] = {}
    out = []
    for session in plan.sessions:
        k = seen.get(session.focus, 0)
        seen[session.focus] = k + 1
        out.append((session.focus, k, session))
    return out


def slot(plan: WeekPlan, focus: Focus, k: int) -> Session | None:
    found = [s for s in plan.sessions if s.focus is focus]
    return found[k] if k < len(found) else None


def _moved(plan: WeekPlan, steps: Sequence[Progression]) -> dict[str, str]:
    """The exercises ``plan``'s progression (``steps``) moved on to a new one, new to old."""
    olds = [rx for session in plan.sessions for rx in session.exercises]
    return {
        step.next.exercise: rx.exercise
        for rx, step in zip(olds, steps, strict=True)
        if step.change is Change.variation and step.next.exercise != rx.exercise
    }


def older_logs(history: Sequence[WeekRecord], index: int) -> tuple[ExerciseLog, ...]:
    """The logs of the (up to) :data:`LOG_WEEKS` weeks before ``history[index]``."""
    start = max(0, index - LOG_WEEKS)
    return tuple(log for record in history[start:index] for log in record.logs)


class Season:
    """What one call works from: the records, the calendar and the progressed weeks."""

    def __init__(
        self,
        athlete: Athlete,
        history: tuple[WeekRecord, ...],
        catalog: Catalog,
        placed: tuple[Place, ...],
        progressed: Progressed | None = None,
        facts: dict[int, WeekFacts] | None = None,
    ) -> None:
        self.athlete = athlete
        self.history = history
        self.catalog = catalog
        self.places = placed
        # By index: shared by the calls of one season whose history only grows; each
        # week's plan progressed, with the moves to new exercises it made (new to old).
        self._progressed: Progressed = {} if progressed is None else progressed
        self._held: dict[int, tuple[WeekPlan, dict[str, Done]]] = {}
        self._raw: dict[int, dict[str, str]] = {}
        # By index, shared like ``progressed``: what each past week tells the later ones.
        self._facts: dict[int, WeekFacts] = {} if facts is None else facts

    def facts(self, start: int, stop: int) -> list[WeekFacts]:
        """What ``history[start:stop]`` tells later weeks, a week at a time (oldest first)."""
        out = []
        jumps = jumps_of(self.catalog)
        for index in range(max(0, start), max(0, stop)):
            found = self._facts.get(index)
            if found is None:
                found = self._facts[index] = WeekFacts(self.history[index], jumps)
            out.append(found)
        return out

    def held(self, index: int) -> WeekPlan:
        """``history[index]``'s plan, each prescription not logged back at the last one done.

        Work that was missed is repeated, never progressed: the load, reps, sets, tempo
        and variation go back to the last logged dose of the exercise.
        """
        return self._held_at(index)[0]

    def holds(self, index: int) -> dict[str, Done]:
        """What :meth:`held` put back in ``history[index]``, by exercise."""
        return self._held_at(index)[1]

    def _held_at(self, index: int) -> tuple[WeekPlan, dict[str, Done]]:
        found = self._held.get(index)
        if found is None:
            start = max(0, index - LOOKBACK)
            found = held_plan(
                self.history[index],
                self.history[start:index],
                lambda i: self._full(start + i) and self.places[start + i].phase in TRAINING,
                lambda i: self._moves(start + i),
                self.catalog,
            )
            self._held[index] = found
        return found

    def progressed(self, index: int) -> WeekPlan:
        """``history[index]``'s plan progressed from its logs."""
        return self._progressed_at(index)[0]

    def _progressed_at(self, index: int) -> tuple[WeekPlan, dict[str, str]]:
        found = self._progressed.get(index)
        if found is None:
            record = self.history[index]
            plan = self.held(index)
            # The records were checked when they were made: no need to check them again.
            new, steps = progress_checked(
                plan,
                record.logs,
                self.athlete,
                self.catalog,
                older_logs(self.history, index),
            )
            found = self._progressed[index] = (new, _moved(plan, steps))
        return found

    def _moves(self, index: int) -> dict[str, str]:
        """:meth:`swaps` as the logged work made them, with no work held back first.

        What :meth:`held` reads: the same moves (a missed prescription makes none), found
        without holding back an earlier week in turn.
        """
        record = self.history[index]
        if all(log is not None for _, log in logged(record)):
            return self.swaps(index)
        found = self._raw.get(index)
        if found is None:
            _, steps = progress_checked(
                record.plan,
                record.logs,
                self.athlete,
                self.catalog,
                older_logs(self.history, index),
            )
            found = self._raw[index] = _moved(record.plan, steps)
        return found

    def swaps(self, index: int) -> dict[str, str]:
        """The exercises ``history[index]``'s progression moved on to a new one, new to old.

        Only moves to another exercise after clean sessions (a harder variation, another
        form after long holds, a return after a stand-in); a step back for pain or form
        is not one.
        """
        return self._progressed_at(index)[1]

    def source(
        self, focus: Focus, k: int, rested: frozenset[Injury]
    ) -> tuple[list[Prescription], int] | None:
        """The content of the last week that held the k-th ``focus`` session, progressed."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if slot(self.history[index].plan, focus, k) is None:
                continue
            session = slot(self.progressed(index), focus, k)
            if session is None:
                return None
            items = [
                rx
                for rx in session.exercises
                if index == last or not self._rests(rx.exercise, rested)
            ]
            if len(items) < 4 and index != last:
                return None
            return items, index
        return None

    def _rests(self, exercise_id: str, rested: frozenset[Injury]) -> bool:
        exercise = self.catalog.get(exercise_id)
        return exercise is None or bool(areas_of(exercise) & rested)

    def reference(self, focus: Focus, k: int) -> dict[str, Prescription]:
        """The k-th ``focus`` session of the last trained training-phase week, by exercise.

        As it was done: a prescription of that week that was not logged (a missed light
        session) is the last dose done, not the step up it planned (:meth:`held`).
        """
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if self.places[index].phase not in TRAINING or not self._full(index):
                continue
            session = slot(self.held(index), focus, k)
            if session is not None and session.day in dict(self.places[index].light_days):
                continue  # held at race week's doses just after a race: not the ones to restore
            return {} if session is None else {rx.exercise: rx for rx in session.exercises}
        return {}

    def usual(self) -> dict[str, Prescription]:
        """Each exercise's dose in the last trained training-phase week that held it.

        The dose a lighter week's "usual" names: a deload's, a taper's or race week's own
        is no one's usual, nor a light session held at race week's doses just after a
        race. Any session counts, so a hold a taper moved into the strength session still
        finds its dose of the light one.
        """
        out: dict[str, Prescription] = {}
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if self.places[index].phase not in TRAINING or not self._full(index):
                continue
            after_race = dict(self.places[index].light_days)
            for session in self.held(index).sessions:
                if session.day in after_race:
                    continue
                for rx in session.exercises:
                    out.setdefault(rx.exercise, rx)
        return out

    def reference_volume(self) -> int | None:
        """Hard sets of the last trained training-phase week, if any is in reach."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            if self.places[index].phase in TRAINING and self._full(index):
                return week_volume(self.history[index].plan)
        return None

    def _full(self, index: int) -> bool:
        """Whether ``history[index]`` was trained and not one of the lighter weeks back.

        The first two weeks after a week off hold fewer sets on purpose: the sets to come
        back to are those of the last full week before them.
        """
        if not self.history[index].trained:
            return False
        planned = [r for r in self.history[:index] if r.plan.sessions][-2:]
        return all(r.trained for r in planned)

    def weeks_off(self) -> int:
        """Weeks in a row at the end of the history with sessions planned and none logged."""
        count = 0
        for record in reversed(self.history):
            if not record.plan.sessions:
                continue  # nothing planned: neither trained nor missed
            if record.trained:
                break
            count += 1
        return count

    def after_return(self) -> bool:
        """Whether the coming week follows the second week back after time off.

        That week promised "more next week" to the lines it kept short: the coming week
        brings them back to the last full week's sets, as after any lighter week.
        """
        planned = [r for r in self.history if r.plan.sessions]
        return (
            len(planned) >= 3
            and planned[-1].trained
            and planned[-2].trained
            and not planned[-3].trained
        )

    def return_step(self) -> int | None:
        """Which week back after time off the coming week is: 0, 1, or ``None`` (neither).

        0 right after a week off (or more); 1 the week after that, when it was trained.
        """
        if self.weeks_off():
            return 0
        planned = [r for r in self.history if r.plan.sessions]
        if len(planned) >= 2 and planned[-1].trained and not planned[-2].trained:
            return 1
        return None
