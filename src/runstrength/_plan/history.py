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
from runstrength._model.logs import ExerciseLog
from runstrength._model.plan import Prescription, Session, WeekPlan
from runstrength._model.season import WeekRecord
from runstrength._model.vocab import Focus, Injury
from runstrength._plan.calendar import Place
from runstrength._progression.fit import areas_of
from runstrength._progression.week import progress_checked
from runstrength._rules.block import TRAINING

__all__ = ["LOG_WEEKS", "LOOKBACK", "Season", "older_logs", "slot", "slots"]

LOOKBACK = 8
"""How many past weeks a week looks back for a session's content or its sets."""

LOG_WEEKS = 4
"""How many weeks of earlier logs the progression reads for its setbacks."""

Sets = list[list[Prescription]]


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
        progressed: dict[int, WeekPlan] | None = None,
    ) -> None:
        self.athlete = athlete
        self.history = history
        self.catalog = catalog
        self.places = placed
        # By index: shared by the calls of one season whose history only grows.
        self._progressed: dict[int, WeekPlan] = {} if progressed is None else progressed

    def progressed(self, index: int) -> WeekPlan:
        """``history[index]``'s plan progressed from its logs."""
        found = self._progressed.get(index)
        if found is None:
            record = self.history[index]
            # The records were checked when they were made: no need to check them again.
            found, _ = progress_checked(
                record.plan,
                record.logs,
                self.athlete,
                self.catalog,
                older_logs(self.history, index),
            )
            self._progressed[index] = found
        return found

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
        """The k-th ``focus`` session of the last trained training-phase week, by exercise."""
        last = len(self.history) - 1
        for index in range(last, max(-1, last - LOOKBACK), -1):
            record = self.history[index]
            if self.places[index].phase not in TRAINING or not self._full(index):
                continue
            session = slot(record.plan, focus, k)
            if session is not None and session.day in dict(self.places[index].light_days):
                continue  # held at race week's doses just after a race: not the ones to restore
            return {} if session is None else {rx.exercise: rx for rx in session.exercises}
        return {}

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
