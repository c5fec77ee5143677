"""Thresholds the rules use, in one value a caller can change without editing code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import final

import attrs

from runstrength._model.checks import (
    check_int,
    check_number,
    fail,
    member,
    members,
    shown,
    to_number,
)
from runstrength._model.codes import RULE_CODES
from runstrength._model.dose import Dose, IntRange, to_range
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.vocab import Muscle, Severity

__all__ = ["RuleSettings", "dose_seconds", "estimate_minutes", "set_seconds"]

RUNNER_MUSCLES = frozenset(
    {
        Muscle.quadriceps,
        Muscle.glutes,
        Muscle.hamstrings,
        Muscle.calves,
        Muscle.soleus,
        Muscle.glute_medius,
        Muscle.adductors,
        Muscle.core,
    }
)
"""What every week should train (003: quads, glutes, hamstrings, calves and soleus, hip
stabilisers, adductors and core)."""


def _muscles(values: Iterable[Muscle | str] | str) -> frozenset[Muscle]:
    return members(Muscle, values, "RuleSettings.muscles")


def _to_severities(value: Mapping[str, Severity | str]) -> FrozenMap[str, Severity]:
    if not isinstance(value, Mapping):
        raise fail(
            "RuleSettings",
            "severities",
            f"expected a mapping of rule code to severity: {shown(value)}",
        )
    codes = [code for code in value if type(code) is not str]
    if codes:
        raise fail("RuleSettings", "severities", f"expected rule codes, got {shown(codes[0])}")
    return FrozenMap(
        sorted(
            (code, member(Severity, sev, "RuleSettings.severities")) for code, sev in value.items()
        )
    )


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class RuleSettings:
    """Thresholds for :func:`~runstrength.validate` and :func:`~runstrength.build_week`.

    Every field has the default the rules document; change one with ``attrs.evolve`` or
    by passing it by name.

    Args:
        exercises_per_session: Allowed exercises in one session (RS201; 003 says 4–7).
        min_rest_seconds: Shortest rest between sets (RS204; 003: not a circuit).
        reps_in_reserve: Reps in reserve strength sets must end with (RS205; 003: 1–3).
        max_sessions: Most sessions in a week (RS106; 002: more than three is unnecessary).
        muscles: Muscles every week must train (RS206).
        beginner_heavy_kinds: How many of heavy squats, lunges, deadlifts and jumping a
            beginner's week may hold (RS305; 003: not all at once).
        warm_up_minutes: Warm-up minutes counted when a session names none (RS203).
        cool_down_minutes: Cool-down minutes counted when a session names none (RS203).
        changeover_seconds: Seconds to move from one exercise to the next: set up,
            load, find the spot (RS203).
        seconds_per_rep: Seconds one rep takes when no tempo is given (RS203).
        seconds_per_step: Seconds one band-walk step takes (RS203).
        severities: Severity overrides by rule code, e.g. ``{"RS105": "error"}``.

    >>> RuleSettings(min_rest_seconds=45).min_rest_seconds
    45
    """

    exercises_per_session: IntRange = attrs.field(default=IntRange(4, 7), converter=to_range)
    min_rest_seconds: int = 30
    reps_in_reserve: IntRange = attrs.field(default=IntRange(1, 3), converter=to_range)
    max_sessions: int = 3
    muscles: frozenset[Muscle] = attrs.field(default=RUNNER_MUSCLES, converter=_muscles)
    beginner_heavy_kinds: int = 1
    warm_up_minutes: int = 5
    cool_down_minutes: int = 5
    changeover_seconds: int = 60
    seconds_per_rep: float = attrs.field(default=3.0, converter=to_number)
    seconds_per_step: float = attrs.field(default=1.5, converter=to_number)
    severities: FrozenMap[str, Severity] = attrs.field(
        default=FrozenMap(), converter=_to_severities
    )

    def __attrs_post_init__(self) -> None:
        owner = "RuleSettings"
        if self.exercises_per_session.lo < 1 or self.exercises_per_session.hi > 20:
            raise fail(owner, "exercises_per_session", f"{self.exercises_per_session} not in 1..20")
        check_int(owner, "min_rest_seconds", self.min_rest_seconds, 0, 600)
        if self.reps_in_reserve.hi > 10:
            raise fail(owner, "reps_in_reserve", f"{self.reps_in_reserve} not in 0..10")
        check_int(owner, "max_sessions", self.max_sessions, 1, 7)
        check_int(owner, "beginner_heavy_kinds", self.beginner_heavy_kinds, 0, 4)
        check_int(owner, "warm_up_minutes", self.warm_up_minutes, 0, 60)
        check_int(owner, "cool_down_minutes", self.cool_down_minutes, 0, 60)
        check_int(owner, "changeover_seconds", self.changeover_seconds, 0, 600)
        check_number(owner, "seconds_per_rep", self.seconds_per_rep, 0.5, 20)
        check_number(owner, "seconds_per_step", self.seconds_per_step, 0.5, 20)
        unknown = [code for code in self.severities if code not in RULE_CODES]
        if unknown:
            raise fail(owner, "severities", f"no rule has code {', '.join(map(repr, unknown))}")


DEFAULT_SETTINGS = RuleSettings()
"""The documented thresholds, shared by every function that takes ``settings=None``."""


def dose_seconds(dose: Dose, settings: RuleSettings) -> float:
    """Seconds one exercise takes in a session: its sets of work and rest, and a changeover.

    Work per set is the amount (the top of its range: the athlete is assumed to reach it)
    times the seconds per rep (the tempo's, else ``settings.seconds_per_rep``), times two
    when per side; a hold counts its seconds and a band walk ``settings.seconds_per_step``
    a step. Rest is the middle of its range. The changeover
    (``settings.changeover_seconds``) is the set-up and walk to the next exercise.

    >>> from runstrength._model.dose import Dose
    >>> dose_seconds(Dose(sets=3, reps=(8, 10), rest_seconds=(60, 90)), RuleSettings())
    375.0
    """
    return dose.sets.lo * set_seconds(dose, settings) + settings.changeover_seconds


def set_seconds(dose: Dose, settings: RuleSettings) -> float:
    """Seconds of one set of ``dose``: its work and the middle of its rest.

    :func:`dose_seconds` is the dose's sets times this, and a changeover: a caller
    counting sets down reads the seconds of each count without a copy of the dose.

    >>> from runstrength._model.dose import Dose
    >>> set_seconds(Dose(sets=3, reps=(8, 10), rest_seconds=(60, 90)), RuleSettings())
    105.0
    """
    # The fields read directly (not through ``unit`` and ``amount``): this runs for every
    # exercise of every session estimate.
    reps, seconds = dose.reps, dose.seconds
    if reps is not None:
        per_rep = dose.tempo.seconds_per_rep if dose.tempo else 0
        work = reps.hi * (per_rep or settings.seconds_per_rep)
    elif seconds is not None:
        work = float(seconds.hi)
    else:
        work = dose.amount.hi * settings.seconds_per_step
    if dose.per_side:
        work *= 2
    return work + (dose.rest_seconds.lo + dose.rest_seconds.hi) / 2


def estimate_minutes(
    doses: Iterable[Dose],
    *,
    warm_up_minutes: float,
    settings: RuleSettings,
    cool_down_minutes: float | None = None,
) -> float:
    """Estimate a session's minutes, the one estimate the planner, RS203 and the views use.

    Warm-up, then for each exercise its sets × (work + the middle of the rest range) and a
    changeover (see :func:`dose_seconds`), then the cool-down
    (``settings.cool_down_minutes`` unless ``cool_down_minutes`` is given).

    >>> from runstrength._model.dose import Dose
    >>> dose = Dose(sets=3, reps=(8, 10), rest_seconds=(60, 90))
    >>> estimate_minutes([dose], warm_up_minutes=5, settings=RuleSettings())
    16.25
    """
    cool_down = settings.cool_down_minutes if cool_down_minutes is None else cool_down_minutes
    total = sum(dose_seconds(dose, settings) for dose in doses)
    return warm_up_minutes + total / 60 + cool_down
