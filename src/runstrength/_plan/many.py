"""Many athletes at once: ``build_weeks`` (``runstrength._io.lines`` writes and reads the plans).

A coaching app plans a whole roster each week; a study plans a synthetic population. Both
are the same pure :func:`~runstrength.build_week` called many times, so these helpers
only stream: one request in, one plan out, in input order, holding nothing back. Memory
stays flat however long the input is, and the same functions run unchanged inside a
:mod:`runstrength.dask` partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import Athlete
from runstrength._model.catalog import Catalog
from runstrength._model.errors import InputError, Problem
from runstrength._model.plan import WeekPlan
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.week import RunningWeek
from runstrength._plan.week import build_week

__all__ = ["build_weeks", "check_request", "plan_stream"]

Request = tuple[Athlete, RunningWeek]
"""One athlete and the running week to plan for them."""


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_request(request: object, where: str) -> Request:
    """``request`` as an ``(Athlete, RunningWeek)`` pair, or an error that names ``where``.

    Args:
        request: One item of the requests.
        where: Its place, such as ``requests[17]``, to start the error message with.

    Raises:
        InputError: ``request`` is not a pair of an athlete and a running week.
    """
    if not isinstance(request, tuple | list) or len(request) != 2:
        message = f"expected an (Athlete, RunningWeek) pair, got {_short(request)}"
        raise InputError(Problem(where, message))
    athlete, week = request
    if not isinstance(athlete, Athlete):
        raise InputError(Problem(f"{where}[0]", f"expected an Athlete, got {_short(athlete)}"))
    if not isinstance(week, RunningWeek):
        raise InputError(Problem(f"{where}[1]", f"expected a RunningWeek, got {_short(week)}"))
    return athlete, week


def plan_stream(
    items: Iterable[object], *, catalog: Catalog, settings: RuleSettings, name: str
) -> Iterator[WeekPlan]:
    """Plan each request of ``items`` as it comes; a bad one is named ``name[index]``.

    Args:
        items: The requests, checked one by one.
        catalog: Where exercises come from.
        settings: Rule thresholds.
        name: What to call the requests in an error message.
    """
    for index, request in enumerate(items):
        athlete, week = check_request(request, f"{name}[{index}]")
        yield build_week(athlete, week, catalog=catalog, settings=settings)


def build_weeks(
    requests: Iterable[tuple[Athlete, RunningWeek]],
    *,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
) -> Iterator[WeekPlan]:
    """Plan the week of many athletes: :func:`~runstrength.build_week` for each request.

    The result is lazy: each plan is built when it is asked for, in the order of the
    requests, and nothing is kept, so a generator of a million requests plans in flat
    memory (write each plan out as it comes, e.g. with
    :func:`~runstrength.to_json_lines`). Every plan equals
    ``build_week(athlete, week, catalog=catalog, settings=settings)``; athletes
    that share a profile (level, equipment, injuries, goals) are planned faster after the
    first, as ``build_week`` reuses the exercise choices it has already made for them.

    Args:
        requests: ``(athlete, running_week)`` pairs, any iterable (a list, a generator,
            rows read from a file). Tuples or two-item lists are accepted.
        catalog: Where exercises come from (default: the packaged catalog).
        settings: Changed rule thresholds (default: the documented ones).

    Returns:
        An iterator of :class:`~runstrength.WeekPlan`, one per request, in input order.

    Raises:
        InputError: At once, when ``requests`` is not iterable or ``catalog`` /
            ``settings`` have the wrong type. While iterating, when a request is not an
            ``(Athlete, RunningWeek)`` pair: the message names its index
            (``requests[17]: expected an (Athlete, RunningWeek) pair, got 42``) and
            the plans before it have already been produced.

    >>> import runstrength as rs
    >>> roster = [
    ...     (rs.Athlete(level=rs.Level.beginner), rs.RunningWeek(tue="easy", sun="long")),
    ...     (rs.Athlete(level=rs.Level.advanced), rs.RunningWeek(wed="tempo", sat="race")),
    ... ]
    >>> [plan.session_count for plan in rs.build_weeks(roster)]
    [1, 1]
    """
    if catalog is not None and not isinstance(catalog, Catalog):
        raise InputError(f"build_weeks: catalog must be a Catalog, got {_short(catalog)}")
    if settings is not None and not isinstance(settings, RuleSettings):
        raise InputError(f"build_weeks: settings must be a RuleSettings, got {_short(settings)}")
    given: object = requests  # checked as any object: callers may pass anything
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise InputError(
            "build_weeks: requests must be an iterable of (Athlete, RunningWeek) pairs, "
            f"got {_short(requests)}"
        )
    return plan_stream(
        requests,
        catalog=catalog if catalog is not None else default_catalog(),
        settings=settings if settings is not None else DEFAULT_SETTINGS,
        name="requests",
    )
