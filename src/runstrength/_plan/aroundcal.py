"""A block around a running calendar: the calendar's own strength sessions and crowded days.

:meth:`~runstrength.CalendarReport.holds` reads what a week of the calendar holds; here
each week's place in the season takes it on, so the block keeps its phases, taper, race
week and progression while every week is planned around the calendar: its strength
sessions count toward the week's, the days 48 hours from one hold no session, nor do the
days with a third run, and a week whose strength work is already there adds none.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from runstrength._model.athlete import Athlete
from runstrength._model.calendar_in import CalendarReport, WeekHolds
from runstrength._model.reason import Param, Reason
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Weekday
from runstrength._model.week import RunningWeek
from runstrength._plan.calendar import Place
from runstrength._views.wording import plural

__all__ = ["around_calendar"]


def around_calendar(
    placed: Sequence[Place],
    weeks: Sequence[RunningWeek],
    report: CalendarReport,
    athlete: Athlete,
    settings: RuleSettings,
) -> tuple[Place, ...]:
    """Each week's place with what the calendar holds that week.

    Week ``k`` of ``weeks`` is week ``k`` of the report.
    """
    return tuple(
        _around(place, week, report.holds(index), athlete, settings)
        for index, (place, week) in enumerate(zip(placed, weeks, strict=True))
    )


def _around(
    place: Place, week: RunningWeek, holds: WeekHolds, athlete: Athlete, settings: RuleSettings
) -> Place:
    closed: dict[Weekday, Reason] = {}
    for day, date in holds.blocked:
        on = _WEEKDAYS[date.weekday()]
        session = {
            "session_date": date.isoformat(),
            "session_day": on.value,
            "session_day_name": on.title,
        }
        code = "calendar.strength_day" if on is day else "calendar.next_to_strength"
        closed[day] = say(code, **session)
    for day in holds.crowded:
        closed.setdefault(day, say("calendar.crowded"))
    wanted = min(athlete.sessions_per_week, settings.max_sessions)
    if week.race_days:
        wanted = min(wanted, 1)
    if place.cap is not None:
        wanted = min(wanted, place.cap[0])
    left = max(0, wanted - holds.held)
    cap = place.cap
    if holds.held and left == 0:
        held: dict[str, Param] = {
            "held": holds.held,
            "held_words": plural(holds.held, "strength session"),
        }
        cap = (0, say("calendar.held", **held))
        for day in Weekday:
            closed.setdefault(day, say("calendar.week_held", **held))
    elif holds.held:
        cap = (
            left,
            say(
                "calendar.counted",
                held=holds.held,
                held_words=plural(holds.held, "strength session"),
                left=left,
                left_words=plural(left, "session"),
                wanted=wanted,
            ),
        )
    if not closed and cap == place.cap:
        return place
    order = tuple(sorted(closed.items(), key=lambda kv: kv[0].rank))
    return attrs.evolve(place, closed=order, cap=cap)


_WEEKDAYS = tuple(Weekday)
