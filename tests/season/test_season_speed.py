"""What makes the season loop quick never changes what it plans.

The memos and shortcuts of the season loop (a block's shared progressed weeks and places,
the planner's memos, composed sessions shared between weeks, minutes estimated without
building a session, a decision's worked-out outcome and streaks) are checked here against
the slow way: every memo emptied, sessions built, every combination of days tried.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
from collections.abc import Callable, Collection

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._io.packaged import default_catalog
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.settings import DEFAULT_SETTINGS
from runstrength._model.vocab import Focus, Weekday
from runstrength._plan.days import DayOption, Slot, choose_days, day_options, focus_targets
from runstrength._plan.history import Progressed
from runstrength._plan.season import plan_next
from runstrength._plan.shaping import forecast_logs
from runstrength._progression.ask import Ask
from runstrength._progression.fit import Fit
from runstrength._rules.session import minutes_holding, session_minutes_of

CATALOG = default_catalog()
RUN = rs.RunningWeek(tue="intervals", thu="easy", sun="long")
EASY = rs.RunningWeek(tue="easy", thu="easy", sun="easy")
RACE = rs.RunningWeek(tue="easy", thu="easy", sun="race")


def _empty_memos() -> None:
    """Empty every memo of the planner, the catalog's facts too: a new process."""
    package = importlib.import_module("runstrength._plan")
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if clear is not None and getattr(value, "__module__", "") == module.__name__:
                clear()


weeks = st.lists(st.sampled_from([RUN, EASY, RUN, RACE]), min_size=2, max_size=10).map(
    lambda ws: [*ws, RACE]
)


@settings(max_examples=15, deadline=None)
@given(rst.athletes(), weeks)
def test_a_block_is_the_same_with_every_memo_emptied(
    athlete: rs.Athlete, running: list[rs.RunningWeek]
) -> None:
    _empty_memos()
    cold = rs.build_block(athlete, running)
    warm = rs.build_block(athlete, running)
    assert warm == cold
    _empty_memos()
    assert rs.build_block(athlete, running) == cold


@settings(max_examples=10, deadline=None)
@given(rst.athletes(), weeks)
def test_a_block_plans_each_week_as_next_week_would(
    athlete: rs.Athlete, running: list[rs.RunningWeek]
) -> None:
    # build_block shares places and progressed weeks between its weeks; next_week does not.
    # (It plans ahead, with no logs: a week alone planned ahead too is the same week.)
    block = rs.build_block(athlete, running)
    history: list[rs.WeekRecord] = []
    for index, (week, plan) in enumerate(zip(running, block.weeks, strict=True)):
        alone = plan_next(
            *(athlete, week, tuple(history), tuple(running[index + 1 :])),
            *(rs.default_catalog(), rs.RuleSettings(), rs.BlockSettings()),
            ahead=True,
        )
        assert alone == plan
        history.append(rs.WeekRecord(week, plan, forecast_logs(plan)))


def test_plan_next_fills_in_the_weeks_it_progresses() -> None:
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    first = rs.next_week(athlete, RUN, upcoming=[RUN, RACE])
    history = (rs.WeekRecord(RUN, first, forecast_logs(first)),)
    progressed: Progressed = {}
    block = rs.BlockSettings()
    plan = plan_next(
        athlete, RUN, history, (RACE,), CATALOG, DEFAULT_SETTINGS, block, progressed=progressed
    )
    assert list(progressed) == [0]
    assert plan == rs.next_week(athlete, RUN, history=history, upcoming=[RACE])


@given(rst.sessions(), st.lists(rst.prescriptions(), max_size=6))
def test_minutes_holding_other_exercises_are_those_of_the_session_built(
    session: rs.Session, exercises: list[rs.Prescription]
) -> None:
    built = attrs.evolve(session, exercises=tuple(exercises))
    assert minutes_holding(session, exercises, DEFAULT_SETTINGS) == session_minutes_of(
        built, DEFAULT_SETTINGS
    )


def test_forecast_logs_keep_the_load_as_it_was_written() -> None:
    # The forecast's logs are shared between prescriptions alike: 20 kg and 20.0 kg are
    # equal, but each log keeps the number its own dose holds.
    whole, decimal = (
        rs.Prescription(
            "goblet_squat", rs.Dose(sets=2, reps=(8, 10), rest_seconds=90, load_kg=load)
        )
        for load in (20, 20.0)
    )
    for rx in (whole, decimal, whole):
        plan = rs.WeekPlan(
            sessions=[
                rs.Session(day="tue", focus="strength", placement="standalone", exercises=[rx])
            ]
        )
        (log,) = forecast_logs(plan)
        assert [type(s.load_kg) for s in log.sets] == [type(rx.dose.load_kg)] * 2


@given(rst.prescriptions(), rst.exercise_logs(), st.frozensets(st.sampled_from(CATALOG.ids)))
def test_an_ask_avoiding_more_exercises_works_out_the_same(
    rx: rs.Prescription, log: rs.ExerciseLog, more: frozenset[str]
) -> None:
    exercise = CATALOG[rx.exercise]
    ask = Ask(rx, log, exercise, CATALOG, Fit(), (log, log))
    results = frozenset({"top", "stall"})
    before = (ask.result(), ask.streak(results), ask.waited())  # worked out, carried over
    wider = ask.avoiding(more)
    fresh = attrs.evolve(ask, avoid=ask.avoid | more)
    assert wider == fresh
    assert (wider.result(), wider.streak(results), wider.waited()) == before
    assert (fresh.result(), fresh.streak(results), fresh.waited()) == before


def test_frozen_map_get_answers_as_a_dict_does() -> None:
    found = FrozenMap({"a": 1})
    assert (found.get("a"), found.get("b"), found.get("b", 2)) == (1, None, 2)


def _every_combination(
    options: list[DayOption], targets: tuple[Focus, ...], allowed: Collection[Focus], apart: bool
) -> list[Slot]:
    """Days chosen by trying every combination of days and foci, as plainly as it reads."""
    usable = [o for o in options if any(f in allowed for f in o.scores)]
    wanted = sum(1 for f in targets if f is Focus.strength)
    for size in range(min(len(targets), len(usable)), 0, -1):
        best: tuple[float, tuple[int, ...]] | None = None
        pick: list[Slot] = []
        for combo in itertools.combinations(usable, size):
            gaps = [a.day.gap(b.day) for a, b in itertools.combinations(combo, 2)]
            if apart and 1 in gaps:
                continue
            spacing = sum(-12.0 if gap == 1 else 0.5 * (gap - 2) for gap in gaps)
            order = tuple(-o.day.rank for o in combo)
            foci = [[f for f in o.scores if f in allowed] for o in combo]
            for assignment in itertools.product(*foci):
                strength = sum(1 for f in assignment if f is Focus.strength)
                if strength > wanted:
                    continue
                score = spacing + sum(
                    o.scores[f][0] for o, f in zip(combo, assignment, strict=True)
                )
                score -= 15.0 * (min(wanted, size) - strength)
                if best is None or (score, order) > best:
                    best = (score, order)
                    pick = [
                        Slot(
                            o.day,
                            f,
                            o.scores[f][1],
                            o.after_run,
                            o.after_key_run,
                            o.before_key_run,
                            o.hard_run,
                        )
                        for o, f in zip(combo, assignment, strict=True)
                    ]
        if best is not None:
            return pick
    return []


@settings(max_examples=200)
@given(
    rst.athletes(),
    rst.running_weeks(),
    st.none() | rst.running_weeks(),
    st.dictionaries(st.sampled_from(list(Weekday)), st.just("A taper day."), max_size=3),
    st.integers(1, 3),
    st.booleans(),
    st.sampled_from([(Focus.strength, Focus.light), (Focus.light,), (Focus.strength,)]),
    st.booleans(),
)
def test_choose_days_picks_what_trying_every_combination_picks(
    athlete: rs.Athlete,
    week: rs.RunningWeek,
    after: rs.RunningWeek | None,
    light: dict[Weekday, str],
    count: int,
    race_week: bool,
    allowed: tuple[Focus, ...],
    apart: bool,
) -> None:
    options = day_options(athlete, week, after, light or None)
    targets = focus_targets(athlete, count, race_week)
    expected = _every_combination(options, targets, allowed, apart)
    assert choose_days(options, targets, allowed, apart=apart) == expected
