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
from runstrength._model.running import cut_backs, race_weeks
from runstrength._model.vocab import Level, Phase, Weekday
from runstrength._model.week import RunningWeek
from runstrength._rules.block import SHORT_TO_RACE, TUNE_UP_DAYS
from runstrength._rules.season import GOAL_RECOVERY_DAYS, TUNE_UP_RECOVERY_DAYS

__all__ = [
    "BEGINNER_STRENGTH",
    "ONE_SHORT_TAPER",
    "SHORT_SESSION_MINUTES",
    "STRENGTH",
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
        why: The week-level sentence shown first in every session.
        light_days: Days that may hold light work only, with the reason.
        cap: At most this many sessions, with the reason (a beginner's ramp, recovery).
        cut_back: Whether the running eases off this week.
        goal: Whether the week's race (if any) is the goal race.
    """

    phase: Phase
    number: int
    of: int
    why: str
    light_days: tuple[tuple[Weekday, str], ...] = ()
    cap: tuple[int, str] | None = None
    cut_back: bool = False
    goal: bool = False


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


_ADVANCED_GENERAL = "moderate reps to settle technique and loads before the heavier weeks"
"""The general phase's aim for an advanced lifter, who has the movements already."""

BEGINNER_STRENGTH = (
    "harder work: the main lift moves on once it is mastered (a slower tempo or its harder "
    "variation), and a load, where there is one, rises when the logs say so"
)
"""The strength phase's aim for a beginner, whose sets stay at two and who may have no load."""

STRENGTH = (
    "heavier work: fewer reps on the main lifts, a set more where time allows, and loads "
    "that rise when the logs say so"
)
"""The strength phase's aim, before the week is built (the built week says what it does)."""

_WHY = {
    Phase.general: "learn the movements with moderate reps and the lower end of the sets",
    Phase.strength: STRENGTH,
    Phase.power: "heavy strength kept at two sets or more of the main lifts, and low-level "
    "jumps for springy legs before the race",
    Phase.maintenance: "heavy strength kept at two sets or more of the main lifts, so the legs "
    "arrive fresh at the race",
    Phase.recovery: "light work only and small doses while the legs recover from the race",
}


def renumbered(place: Place, number: int) -> Place:
    """``place`` as week ``number`` of its phase: weeks not trained do not count."""
    if number == place.number:
        return place
    why = place.why.replace(f"week {place.number} of {place.of}", f"week {number} of {place.of}")
    return attrs.evolve(place, number=number, why=why)


_DELOAD_SETS = (
    "fewer sets (up to about 40 % fewer in each session; shorter sets where a session holds "
    "one of each)"
)
"""What a deload does, before the week is built: :func:`deload_said` says it in numbers."""


def deload_said(place: Place, before: int, after: int, *, shorter: bool) -> Place:
    """A deload's sentence with what the week does: ``before`` hard sets to ``after``.

    ``shorter``: whether some exercise does shorter sets too (8–16 reps to 8–12).
    """
    if place.phase is not Phase.deload or before <= 0 or _DELOAD_SETS not in place.why:
        return place
    fewer = round(100 * (before - after) / before)
    said = f"{before} hard sets to {after} ({fewer} % fewer"
    said += "; shorter sets where a session holds one of each)" if shorter else ")"
    return attrs.evolve(place, why=place.why.replace(_DELOAD_SETS, said))


def without_jumps(place: Place) -> Place:
    """``place`` with a power week's sentence that promises no jumps (the week holds none)."""
    if place.phase is not Phase.power:
        return place
    return attrs.evolve(place, why=place.why.replace(_WHY[Phase.power], _WHY[Phase.maintenance]))


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
) -> str:
    where = f"week {number} of {of}"
    if phase is Phase.deload:
        if cut_back:
            return (
                "Deload week: the running eases off this week, so strength does too: "
                f"{_DELOAD_SETS} at the same loads, so the work sinks in."
            )
        return (
            f"Deload week: every {every}th training week is lighter: {_DELOAD_SETS} at the "
            "same loads, so the work sinks in."
        )
    if phase is Phase.taper:
        return (
            f"Taper, {where}: about half the sets of the last training week at the same loads "
            "and reps, so you arrive fresh and strong (Bosquet et al. 2007)."
        )
    if phase is Phase.race:
        if tune_up and not goal:
            return (
                f"Tune-up race week: light work only in the {TUNE_UP_DAYS} days before the race "
                f"and nothing strength-focused in the {TUNE_UP_RECOVERY_DAYS} after; the season "
                "then goes on where it was."
            )
        return "Race week: one light session early on, rest before the race."
    title = str(phase).capitalize()
    aim = _WHY[phase]
    if phase is Phase.strength and level is Level.beginner:
        aim = BEGINNER_STRENGTH
    if phase is Phase.general and level is Level.advanced:
        aim = _ADVANCED_GENERAL
    return f"{title} phase, {where}: {aim}."


def _light_days(
    weeks: Sequence[RunningWeek], goal: int | None, taper_days: int
) -> list[dict[Weekday, str]]:
    """Each week's days that hold light work only, around every race."""
    out: list[dict[Weekday, str]] = [{} for _ in weeks]
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
                days = f"{abs(gap)} day" + ("s" if abs(gap) > 1 else "")
                if gap > 0:
                    why = f"Taper: a race is {days} away; light work only."
                else:
                    why = f"After the race {days} ago: light work only."
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
        cap: tuple[int, str] | None = None
        if level is Level.beginner and index < block.ramp_weeks:
            cap = (1, f"Weeks 1–{block.ramp_weeks} of a beginner's season hold one session a week.")
        if phase is Phase.recovery:
            cap = (1, "Recovery week: one light session while the legs recover from the race.")
        why = _why(
            phase,
            number,
            of,
            cut_back=flags[index],
            every=block.deload_every,
            goal=index == goal,
            tune_up=bool(weeks[index].race_days),
            level=level,
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
