"""The season calendar: what each week is for, from the running alone.

A pure function of the athlete's level, whether they may jump, the running weeks in order
and the block settings. :func:`~runstrength.next_week` and :func:`~runstrength.build_block`
both read it over the whole running sequence (the past weeks, this week and the weeks
ahead), so a week gets the same phase whichever asks.

- The **goal race** is the last week with a race; its week is ``race``, the
  ``taper_weeks`` weeks before it ``taper`` and the week after it ``recovery``.
- A **tune-up race** (an earlier race) makes its week ``race``, with light work only in
  the 3 days before it and nothing strength-focused in the 2 after; the season goes on
  where it was.
- A season of **one short session a week** (30 minutes or less) tapers for one week
  whatever ``taper_weeks`` says: a handful of sets loses nothing in a week, and a longer
  taper would take a quarter of a short season's weeks while the running still builds.
- **Deloads** fall on the running's cut-back weeks when the training weeks hold any, else
  on every ``deload_every``-th training week in a row, except for a beginner (one or two
  short sessions a week need no lighter week of their own: only a running cut-back eases
  them) and before the goal race of a season of ``SHORT_TO_RACE`` (8) weeks or fewer: its
  taper is its lighter time.
- The other weeks are **training phases**: ``general`` first (about a third of the weeks
  before the taper, 2–4; beginners mostly), then ``strength``, then for intermediate and
  advanced runners heading to a race ``power`` (or ``maintenance`` when they may not jump)
  for the last 2–3 weeks before the taper. Weeks after the recovery week start a new
  base season: general, then strength.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from runstrength._model.block import BlockSettings
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.running import cut_backs, race_weeks
from runstrength._model.vocab import Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._rules.block import SHORT_TO_RACE, TUNE_UP_DAYS
from runstrength._rules.season import GOAL_RECOVERY_DAYS, TUNE_UP_RECOVERY_DAYS

__all__ = [
    "ONE_SHORT_TAPER",
    "SHORT_SESSION_MINUTES",
    "Place",
    "calendar",
    "deload_said",
    "renumbered",
    "without_jumps",
]

_DAYS = tuple(Weekday)


SHORT_SESSION_MINUTES = 30
"""A session this long or shorter is a short one (002: about 30 minutes is enough)."""

ONE_SHORT_TAPER = 1
"""The taper weeks of a season of one short session a week."""


@attrs.frozen
class Place:
    """One week's place in the season.

    Args:
        phase: What the week is for.
        number: Which week of its phase this is (1 for the first) in its part of the season.
        of: How many weeks of that phase that part of the season holds.
        why: The week-level sentence shown first in every session, coded by phase.
        light_days: Days that may hold light work only, with the reason.
        cap: At most this many sessions, with the reason (a beginner's ramp, recovery).
        cut_back: Whether the running eases off this week.
        goal: Whether the week's race (if any) is the goal race.
        closed: Days that may hold no session at all, with the reason (a running
            calendar's own strength sessions and its days with a third run).
    """

    phase: Phase
    number: int
    of: int
    why: Reason
    light_days: tuple[tuple[Weekday, Reason], ...] = ()
    cap: tuple[int, Reason] | None = None
    cut_back: bool = False
    goal: bool = False
    closed: tuple[tuple[Weekday, Reason], ...] = ()


def _training(level: Level, jumps: bool, count: int, to_race: bool) -> list[Phase]:
    """The training phases of ``count`` weeks in a row, by position."""
    if count <= 0:
        return []
    if level is Level.beginner:
        strength = count // 3
        return [Phase.general] * (count - strength) + [Phase.strength] * strength
    late = 0 if not to_race or count < 5 else (2 if count < 10 else 3)
    rest = count - late
    general = min(4, max(2, round(count / 3)))
    if level is Level.advanced:  # the movements are there already: more heavy weeks
        general = min(3, max(1, round(count / 4)))
    general = min(general, rest - 1) if rest >= 2 else rest
    return (
        [Phase.general] * general
        + [Phase.strength] * (rest - general)
        + [Phase.power if jumps else Phase.maintenance] * late
    )


_PHASE_CODES = {
    Phase.general: "phase.general",
    Phase.strength: "phase.strength",
    Phase.power: "phase.power",
    Phase.maintenance: "phase.maintenance",
    Phase.recovery: "phase.recovery",
}
"""The code of each training phase's sentence, before the week is built."""


def renumbered(place: Place, number: int) -> Place:
    """``place`` as week ``number`` of its phase: weeks not trained do not count."""
    if number == place.number:
        return place
    why = place.why
    if "number" in why.params:
        why = say(why.code, **{**why.params, "number": number})
    return attrs.evolve(place, number=number, why=why)


_DELOADS = frozenset({"deload.running", "deload.every"})
"""The codes of a deload's sentence before the week is built (fewer sets, no numbers)."""


def deload_said(place: Place, before: int, after: int, *, shorter: bool) -> Place:
    """A deload's sentence with what the week does: ``before`` hard sets to ``after``.

    ``shorter``: whether some exercise does shorter sets too (8–16 reps to 8–12).
    """
    if place.phase is not Phase.deload or before <= 0 or place.why.code not in _DELOADS:
        return place
    fewer = round(100 * (before - after) / before)
    code = f"{place.why.code}.{'sets_shorter' if shorter else 'sets'}"
    why = say(code, **place.why.params, before=before, after=after, fewer=fewer)
    return attrs.evolve(place, why=why)


def without_jumps(place: Place, because: str = "room") -> Place:
    """``place`` with a power week's sentence that promises no jumps (the week holds none).

    ``because`` says why: ``loud`` (the last landings), ``tired`` (no session on fresh
    legs), ``none`` (no jump suits the athlete) or ``room`` (no room in the sessions).
    """
    if place.phase is not Phase.power or place.why.code != "phase.power":
        return place
    return attrs.evolve(place, why=say(f"phase.power.no_jumps.{because}", **place.why.params))


_HEAVIER = frozenset({Phase.strength, Phase.power, Phase.maintenance})
"""The phases heavier than the general one: an advanced runner's general week settles in
before them only where one follows."""


def _why(
    phase: Phase,
    number: int,
    of: int,
    *,
    cut_back: bool,
    every: int,
    goal: bool,
    tune_up: bool,
    level: Level = Level.intermediate,
    heavier: bool = True,
) -> Reason:
    if phase is Phase.deload:
        return say("deload.running") if cut_back else say("deload.every", every=every)
    if phase is Phase.taper:
        return say("taper.week", number=number, of=of)
    if phase is Phase.race:
        if tune_up and not goal:
            return say("race_week.tune_up_light", days_after=TUNE_UP_RECOVERY_DAYS)
        return say("race_week.goal")
    code = _PHASE_CODES[phase]
    if phase is Phase.strength and level is Level.beginner:
        code = "phase.strength.beginner"
    if phase is Phase.general and level is Level.advanced:
        # No heavier weeks to settle in for: the sentence promises none.
        code = "phase.general.advanced" if heavier else "phase.general.advanced.alone"
    return say(code, number=number, of=of)


def _light_days(
    weeks: Sequence[RunningWeek], goal: int | None, taper_days: int
) -> list[dict[Weekday, Reason]]:
    """Each week's days that hold light work only, around every race."""
    out: list[dict[Weekday, Reason]] = [{} for _ in weeks]
    for index, week in enumerate(weeks):
        for race_day in week.race_days:
            at = index * 7 + race_day.rank
            is_goal = index == goal
            before = taper_days if is_goal else TUNE_UP_DAYS
            after = GOAL_RECOVERY_DAYS if is_goal else TUNE_UP_RECOVERY_DAYS
            for gap in range(-after, before + 1):
                if gap == 0:
                    continue
                day = at - gap
                week_of, rank = divmod(day, 7)
                if not 0 <= week_of < len(weeks):
                    continue
                weekday = _DAYS[rank]
                if gap > 0:
                    code = "taper.race_days_away" if gap > 1 else "taper.race_day_away"
                else:
                    code = "recovery.race_days_ago" if gap < -1 else "recovery.race_day_ago"
                why = say(code, days=abs(gap))
                out[week_of].setdefault(weekday, why)
    return out


def _taper_weeks(block: BlockSettings, *, one_short: bool) -> int:
    """The taper's weeks: one for one short session a week, else ``block.taper_weeks``."""
    return min(block.taper_weeks, ONE_SHORT_TAPER) if one_short else block.taper_weeks


@functools.lru_cache(maxsize=512)
def calendar(
    level: Level,
    jumps: bool,
    weeks: tuple[RunningWeek, ...],
    block: BlockSettings,
    *,
    one_short: bool = False,
) -> tuple[Place, ...]:
    """Each week's :class:`Place` in the season. Pure, hence cached.

    Args:
        level: The athlete's level (beginners stay mostly general and never do power).
        jumps: Whether the athlete may do low-level jumps (power rather than maintenance).
        weeks: The whole running sequence, oldest first.
        block: The deload cycle, taper, ramp and cut-back threshold.
        one_short: Whether the athlete trains one short session a week (a one-week taper).
    """
    count = len(weeks)
    races = race_weeks(weeks)
    goal = races[-1] if races else None
    flags = cut_backs(weeks, drop_percent=block.cutback_percent)
    phases: list[Phase | None] = [None] * count
    for index in races:
        phases[index] = Phase.race
    segments: list[tuple[int, int, bool]] = []
    if goal is None:
        segments.append((0, count, False))
    else:
        start_taper = max(0, goal - _taper_weeks(block, one_short=one_short))
        for index in range(start_taper, goal):
            if phases[index] is None:
                phases[index] = Phase.taper
        if goal + 1 < count:
            phases[goal + 1] = Phase.recovery
        segments.append((0, start_taper, True))
        if goal + 2 < count:
            segments.append((goal + 2, count, False))
    follows_running = any(
        flags[i] for start, end, _ in segments for i in range(start, end) if phases[i] is None
    )
    after_goal = count if goal is None else goal + 2
    segment_of = [int(i >= after_goal) for i in range(count)]
    for start, end, to_race in segments:
        kinds = _training(level, jumps, end - start, to_race)
        streak = 0
        # A short season to its goal race keeps its weeks for training: the taper unloads.
        # A beginner's few short sessions ease off with the running only.
        counting = (
            block.deload_every
            and level is not Level.beginner
            and not (to_race and goal is not None and goal + 1 <= SHORT_TO_RACE)
        )
        for position, index in enumerate(range(start, end)):
            if phases[index] is not None:
                streak = 0
                continue
            if follows_running:
                if flags[index]:
                    phases[index] = Phase.deload
                    continue
            elif counting and streak == block.deload_every - 1:
                phases[index] = Phase.deload
                streak = 0
                continue
            phases[index] = kinds[position]
            streak += 1
    final = [p or Phase.general for p in phases]
    light = _light_days(weeks, goal, block.taper_days)
    places = []
    for index, phase in enumerate(final):
        same = [i for i in range(count) if segment_of[i] == segment_of[index] and final[i] is phase]
        number, of = same.index(index) + 1, len(same)
        cap: tuple[int, Reason] | None = None
        if level is Level.beginner and index < block.ramp_weeks:
            cap = (1, say("season.ramp", weeks=block.ramp_weeks))
        if phase is Phase.recovery:
            cap = (1, say("recovery.one_session"))
        why = _why(
            phase,
            number,
            of,
            cut_back=flags[index],
            every=block.deload_every,
            goal=index == goal,
            tune_up=bool(weeks[index].race_days),
            level=level,
            heavier=any(p in _HEAVIER for p in final[index + 1 :]),
        )
        places.append(
            Place(
                phase=phase,
                number=number,
                of=of,
                why=why,
                light_days=tuple(sorted(light[index].items(), key=lambda kv: kv[0].rank)),
                cap=cap,
                cut_back=flags[index],
                goal=index == goal,
            )
        )
    return tuple(places)
