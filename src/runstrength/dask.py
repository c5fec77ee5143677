"""Plan many athletes on Dask, on one machine or a cluster of many.

Needs the ``dask`` extra (``pip install "runstrength[dask]"``); ``import runstrength``
never loads this module or Dask. The planning is the same pure
:func:`~runstrength.build_weeks` as on one core, run once per partition of a
:class:`dask.bag.Bag` of ``(athlete, running_week)`` pairs, so it runs wherever Dask
runs: the synchronous or threaded scheduler, a ``LocalCluster``, or a multi-machine
cluster reached through ``dask.distributed.Client("tcp://scheduler:8786")``. Workers
share no state; each needs runstrength installed (the same version as the client).

>>> import dask
>>> import dask.bag as db
>>> import runstrength as rs
>>> from runstrength.dask import plan_bag
>>> athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
>>> weeks = [rs.RunningWeek(tue="intervals", sun="long"), rs.RunningWeek(sat="race")]
>>> requests = db.from_sequence([(athlete, week) for week in weeks], npartitions=2)
>>> with dask.config.set(scheduler="sync"):
...     plans = plan_bag(requests).compute()
>>> [plan.session_count for plan in plans]
[2, 1]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import dask.bag as db
from dask.bag.core import to_textfiles

from runstrength._io.lines import json_line
from runstrength._io.packaged import default_catalog
from runstrength._model.catalog import Catalog
from runstrength._model.errors import InputError
from runstrength._model.plan import WeekPlan
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._plan.many import plan_stream

__all__ = ["plan_bag", "write_json_lines"]

PART_DIGITS = 6
"""Digits in the number of each file :func:`write_json_lines` writes (sorts in order)."""


def _plan_partition(
    requests: Iterable[object],
    number: Iterable[int],
    catalog: Catalog | None,
    settings: RuleSettings | None,
) -> list[WeekPlan]:
    """Plan one partition; ``number`` is a one-item partition holding its index."""
    return list(
        plan_stream(
            requests,
            catalog=catalog if catalog is not None else default_catalog(),
            settings=settings if settings is not None else DEFAULT_SETTINGS,
            name=f"partition {next(iter(number))}: requests",
        )
    )


def plan_bag(
    requests: db.Bag,
    *,
    catalog: Catalog | None = None,
    settings: RuleSettings | None = None,
) -> db.Bag:
    """Plan every ``(athlete, running_week)`` pair of a Dask bag, lazily.

    Each partition becomes a partition of :class:`~runstrength.WeekPlan` in the same
    order, planned by :func:`~runstrength.build_weeks`; nothing runs until the bag is
    computed or written (see :func:`write_json_lines`). Partitions of a few thousand
    requests keep the scheduling overhead small.

    Args:
        requests: A bag of ``(athlete, running_week)`` pairs, e.g. from
            ``dask.bag.from_sequence(pairs, npartitions=...)`` or built on the workers
            with ``dask.bag.range(n, npartitions=...).map(make_request)``.
        catalog: Where exercises come from (default: each worker's packaged catalog, so
            nothing is shipped). A custom catalog is sent to each worker once.
        settings: Changed rule thresholds (default: the documented ones).

    Returns:
        A bag of plans, one per request, partition by partition in input order.

    Raises:
        InputError: At once, when ``requests`` is not a Dask bag or ``catalog`` /
            ``settings`` have the wrong type; when the bag is computed, for a request
            that is not a pair, naming it (``partition 3: requests[17]: ...``).
    """
    if not isinstance(requests, db.Bag):
        raise InputError(f"plan_bag: requests must be a dask.bag.Bag, got {requests!r:.80}")
    if catalog is not None and not isinstance(catalog, Catalog):
        raise InputError(f"plan_bag: catalog must be a Catalog, got {catalog!r:.80}")
    if settings is not None and not isinstance(settings, RuleSettings):
        raise InputError(f"plan_bag: settings must be a RuleSettings, got {settings!r:.80}")
    count = requests.npartitions
    numbers = db.from_sequence(range(count), npartitions=count)  # type: ignore[no-untyped-call]  # dask leaves it untyped
    shipped: Any = catalog
    if catalog is not None:
        from dask.delayed import delayed  # noqa: PLC0415  # only for a custom catalog

        shipped = delayed(catalog, pure=True)  # one copy in the graph, not one per task
    plans: db.Bag = requests.map_partitions(  # type: ignore[no-untyped-call]  # untyped in dask
        _plan_partition, numbers, shipped, settings
    )
    return plans


def _part_name(index: int) -> str:
    return f"part-{index:0{PART_DIGITS}d}"


def write_json_lines(
    plans: db.Bag, path: str | os.PathLike[str], **compute: Any
) -> tuple[str, ...]:
    """Write a bag of runstrength values as JSON Lines files, one file per partition.

    Each line is one :func:`~runstrength.to_json` document, written as
    :func:`~runstrength.to_json_lines` writes it, and every line, the last included, ends
    with a newline. Files are named ``part-000000.jsonl``,
    ``part-000001.jsonl``, ... so that sorting their names gives the input order; read
    them back with :func:`~runstrength.from_json_lines`.

    Args:
        plans: A bag of values, typically from :func:`plan_bag`.
        path: A directory (created if missing), or a pattern with one ``*`` that stands
            for the part name, such as ``"out/week-12-*.jsonl"``. Any location Dask can
            write to works (``"s3://bucket/plans"`` with ``s3fs`` installed); on a
            multi-machine cluster it must be one every worker can reach.
        **compute: Passed to Dask's compute, e.g. ``scheduler="sync"``.

    Returns:
        The paths written, in partition order.

    Raises:
        InputError: ``plans`` is not a Dask bag.
    """
    if not isinstance(plans, db.Bag):
        raise InputError(f"write_json_lines: plans must be a dask.bag.Bag, got {plans!r:.80}")
    pattern = os.fspath(path)
    if "*" not in pattern:
        pattern = pattern.rstrip("/") + "/*.jsonl"
    lines: db.Bag = plans.map(json_line)  # type: ignore[no-untyped-call]  # untyped in dask
    written = to_textfiles(  # type: ignore[no-untyped-call]  # untyped in dask
        lines, pattern, name_function=_part_name, encoding="utf-8", last_endline=True, **compute
    )
    return tuple(written)
