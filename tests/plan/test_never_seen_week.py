"""A never-seen athlete's week: each shortcut of its hot path gives what the slow way gives.

The day search that visits the most promising combinations of days first and stops when
none left can win, against the search that tries every combination in turn; a
body-weight move's form cue copied over its prescription, against the prescription
rebuilt (and checked) by ``attrs.evolve``; a session's minutes from composing against its
doses added up; a day's options read by place against the days' runs read one by one;
a session's coverage from a table of its groups against the groups' patterns sorted
afresh; the documented settings trusted by identity against the settings compared;
picks dropped for time and exercise reasons against the ways first written; a frozen
map holding a dict made for it against one copying it; a session that does not grow
fitted to time with its extras undosed against one with them dosed; no load for an
exercise with no known lift, whatever the item; reasons converted and checked in one
pass against each converted and checked on its own; a chooser's candidates grouped by
family against the grouping first written.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.copies import decision, prescribed
from runstrength._model.exercise import Exercise
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import (
    Param,
    Reason,
    check_reason,
    check_reasons,
    free_text,
    to_reason,
    to_reasons,
)
from runstrength._model.reasons import joined_reasons, reason_codes, say
from runstrength._model.settings import (
    DEFAULT_SETTINGS,
    RuleSettings,
    dose_seconds,
    estimate_minutes,
    set_seconds,
)
from runstrength._model.vocab import Focus, Level, Phase, RunKind, Weekday, ordered
from runstrength._plan import bodyweight, compose, days, daysearch, dosing
from runstrength._plan import reasons as plan_reasons
from runstrength._plan import week as week_module
from runstrength._plan.choose import Candidate, Chooser, Profile, WeekState, candidates, serves
from runstrength._plan.coded import REASON_MAX
from runstrength._plan.dosing import Pick, Role
from runstrength._plan.enforce import trusted
from runstrength._plan.families import Family, family
from runstrength._plan.loads import working_load
from runstrength._plan.week import plan_week
from runstrength._progression.limits import tendon_work
from runstrength._rules.session import REQUIRED

CATALOG = rs.default_catalog()

Choices = tuple[tuple[Weekday, tuple[tuple[float, bool, Focus], ...]], ...]


def _every_combination(
    choices: Choices, targets: tuple[Focus, ...], apart: bool
) -> tuple[tuple[int, ...], tuple[Focus, ...]] | None:
    """The day search as first written: every combination, every assignment, in turn."""
    wanted_strength = sum(1 for f in targets if f is Focus.strength)
    for size in range(min(len(targets), len(choices)), 0, -1):
        best: tuple[float, tuple[int, ...]] | None = None
        best_pick: tuple[tuple[int, ...], tuple[Focus, ...]] | None = None
        short = min(wanted_strength, size)
        for combo in itertools.combinations(range(len(choices)), size):
            pairs = list(itertools.combinations(combo, 2))
            gaps = [choices[i][0].gap(choices[j][0]) for i, j in pairs]
            if apart and 1 in gaps:
                continue
            spacing = 0.0
            for gap in gaps:
                spacing += -12.0 if gap == 1 else 0.5 * (gap - 2)
            order = tuple(-choices[i][0].rank for i in combo)
            for assignment in itertools.product(*(choices[i][1] for i in combo)):
                strength = sum(1 for _, is_strength, _ in assignment if is_strength)
                if strength > wanted_strength:
                    continue
                total = 0.0
                for value, _, _ in assignment:
                    total += value
                score = spacing + total
                score -= 15.0 * (short - strength)
                if best is None or (score, order) > best:
                    best = (score, order)
                    best_pick = (combo, tuple(f for _, _, f in assignment))
        if best_pick is not None:
            return best_pick
    return None


_SCORES = st.sampled_from([2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 9.5, 10.0]) | st.floats(
    -20.0, 20.0, allow_nan=False
)


@st.composite
def _choices(draw: st.DrawFn) -> Choices:
    chosen = draw(st.lists(st.sampled_from(list(Weekday)), unique=True, max_size=7))
    out = []
    for day in sorted(chosen, key=lambda d: d.rank):
        foci = draw(st.lists(st.sampled_from(list(Focus)), unique=True, min_size=1))
        out.append(
            (day, tuple((draw(_SCORES), f is Focus.strength, f) for f in foci)),
        )
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(
    _choices(),
    st.lists(st.sampled_from(list(Focus)), min_size=1, max_size=4).map(tuple),
    st.booleans(),
)
def test_the_day_search_that_stops_early_chooses_what_trying_every_combination_chooses(
    choices: Choices, targets: tuple[Focus, ...], apart: bool
) -> None:
    found = daysearch.best_days.__wrapped__(choices, targets, apart)
    assert found == _every_combination(choices, targets, apart)


def test_the_day_search_keeps_the_earlier_days_when_scores_tie() -> None:
    # Every day scores alike: the tie goes to the earliest days, as it always did.
    same = ((10.0, True, Focus.strength), (8.0, False, Focus.light))
    choices = tuple((day, same) for day in Weekday)
    targets = (Focus.strength, Focus.light)
    found = daysearch.best_days.__wrapped__(choices, targets, False)
    assert found == _every_combination(choices, targets, False)
    assert found is not None
    assert [choices[i][0] for i in found[0]] == [Weekday.mon, Weekday.thu]


def _evolved(value: object, **changes: object) -> object:
    return attrs.evolve(value, **changes)  # type: ignore[misc]  # an attrs value


def _evolved_reason(rx: rs.Prescription, reason: Reason | None) -> rs.Prescription:
    return attrs.evolve(rx, reason=reason)


@settings(max_examples=150, deadline=None)
@given(
    rst.prescriptions(),
    rst.athletes(),
    st.none() | st.sampled_from(list(Phase)),
    st.sampled_from(["none", "home", "gym"]),
)
def test_a_form_cue_copied_over_its_prescription_is_the_prescription_attrs_evolve_rebuilds(
    rx: rs.Prescription, athlete: rs.Athlete, phase: Phase | None, kit: str
) -> None:
    athlete = attrs.evolve(athlete, equipment=rs.kit(kit))
    exercise = CATALOG.get(rx.exercise)
    copied = bodyweight.form_cued(rx, exercise, athlete, phase)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bodyweight, "renewed", _evolved)
        patch.setattr(bodyweight, "with_reason", _evolved_reason)
        rebuilt = bodyweight.form_cued(rx, exercise, athlete, phase)
    assert copied == rebuilt
    assert attrs.evolve(copied, dose=attrs.evolve(copied.dose)) == copied  # its checks pass


@settings(max_examples=40, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_a_week_s_form_cues_copied_are_the_cues_attrs_evolve_rebuilds(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    athlete = attrs.evolve(athlete, equipment=frozenset())
    plan = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)  # not cued
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bodyweight, "renewed", _evolved)
        patch.setattr(bodyweight, "with_reason", _evolved_reason)
        rebuilt = bodyweight.form_cued_week(plan, athlete, CATALOG)
    assert bodyweight.form_cued_week(plan, athlete, CATALOG) == rebuilt


@settings(max_examples=80, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_a_session_s_minutes_from_composing_are_the_minutes_its_doses_add_up_to(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    # Composing returns the minutes it worked out for its picks; the session says them.
    plan = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)
    for session in plan.sessions:
        said = [r for r in session.reasons if r.code == "session.minutes"]
        assert session.warm_up is not None
        assert session.cool_down is not None
        expected = estimate_minutes(
            [rx.dose for rx in session.exercises],
            warm_up_minutes=session.warm_up.minutes.lo,
            cool_down_minutes=session.cool_down.minutes.lo,
            settings=DEFAULT_SETTINGS,
        )
        assert [r.params["minutes"] for r in said] == [expected]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list(RunKind)), max_size=4))
def test_a_day_s_run_parameters_are_its_distinct_kinds_and_their_words(
    kinds: list[RunKind],
) -> None:
    # As first written: the kinds' values, each once, and the words today_words gives.
    expected = {
        "runs": " ".join(dict.fromkeys(k.value for k in kinds)),
        "today": days.today_words(kinds),
    }
    assert days._today(tuple(kinds)) == expected


@settings(max_examples=100, deadline=None)
@given(
    rst.athletes(),
    rst.running_weeks(),
    st.none() | rst.running_weeks(),
    st.none() | rst.running_weeks(),
)
def test_day_options_read_by_place_are_the_options_read_day_by_day(
    athlete: rs.Athlete,
    week: rs.RunningWeek,
    next_week: rs.RunningWeek | None,
    previous_week: rs.RunningWeek | None,
) -> None:
    options = days.day_options(athlete, week, next_week, previous_week=previous_week)
    for option in options:
        day = option.day
        kinds = week.kinds(day)
        if day is Weekday.sun and next_week is not None:
            after = next_week.kinds(Weekday.mon)
        else:
            after = week.kinds(day.next)
        assert option.before_key_run is any(k.is_key for k in after)
        assert option.after_key_run is any(k.is_key for k in kinds)
        assert option.hard_run == next(
            (k for k in kinds if k in (RunKind.intervals, RunKind.tempo, RunKind.hills)), None
        )
        if day not in athlete.available_days:
            assert list(option.refusals) == list(Focus)


@pytest.mark.parametrize("focus", list(Focus))
def test_a_session_s_coverage_names_its_groups_patterns_as_they_were_worked_out(
    focus: Focus,
) -> None:
    groups = dict(REQUIRED[focus])
    for size in range(len(groups) + 1):
        for covered in itertools.combinations(groups, size):
            plan_reasons._coverage.cache_clear()
            said = plan_reasons.coverage_reason(focus, covered)
            machine = " ".join("/".join(sorted(p.value for p in groups[n])) for n in covered)
            assert said.params["covered"] == machine


def test_the_documented_settings_are_trusted_without_comparing_them() -> None:
    same = attrs.evolve(DEFAULT_SETTINGS)  # equal, not the same value
    assert trusted(CATALOG, DEFAULT_SETTINGS)
    assert trusted(CATALOG, same)
    assert not trusted(CATALOG, attrs.evolve(DEFAULT_SETTINGS, min_rest_seconds=45))


def _drop_every_index(
    picks: list[Pick],
    cost: list[float],
    counts: list[int],
    roles: tuple[Role, ...],
    floor: int,
    over: Callable[[], bool],
    names: list[Exercise],
) -> None:
    """Dropping picks for time as first written: the time tested at every index."""
    for index in range(len(picks) - 1, -1, -1):
        if not over() or len(picks) <= floor:
            return
        if picks[index].role in roles:
            names.append(picks.pop(index).exercise)
            cost.pop(index)
            counts.pop(index)


def _reason_in_full(
    pick: Pick, profile: Profile, catalog: rs.Catalog, load_note: Reason | None
) -> Reason:
    """An exercise's reason as first written: goals and cautions worked out for everyone."""
    ex = pick.exercise
    goals = [plan_reasons._goal(goal, pick) for goal in ordered(profile.goals) if serves(ex, goal)]
    need = plan_reasons._kept_need(pick, profile, catalog)
    rest = plan_reasons._cautions(pick, profile, catalog)
    note = plan_reasons._note(pick.reason)
    said = joined_reasons(need, *goals, *rest, note, load_note)
    while len(said.text) > REASON_MAX and goals:
        goals.pop()
        said = joined_reasons(need, *goals, *rest, note, load_note)
    return said


@settings(max_examples=80, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_a_week_composed_with_its_shortcuts_is_the_week_composed_in_full(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    # Picks dropped for time testing the time only where a pick may go, and reasons that
    # skip the goals and cautions an athlete without them has none of.
    week_module._contents.cache_clear()
    quick = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)
    week_module._contents.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dosing, "_drop", _drop_every_index)
        patch.setattr(compose, "exercise_reason", _reason_in_full)
        full = plan_week(athlete, week, catalog=CATALOG, settings=DEFAULT_SETTINGS)
    week_module._contents.cache_clear()
    assert quick == full
    assert [r.params for r in _all_reasons(quick)] == [r.params for r in _all_reasons(full)]


def _all_reasons(plan: rs.WeekPlan) -> list[Reason]:
    out: list[Reason] = []
    for session in plan.sessions:
        out += [r for r in session.reasons if isinstance(r, Reason)]
        out += [rx.reason for rx in session.exercises if rx.reason is not None]
    return out


def test_a_joined_reason_has_no_parameters_of_its_own() -> None:
    joined = joined_reasons(say("day.off"), say("day.race"))
    assert joined.params == FrozenMap()
    assert len(joined.params) == 0
    assert joined.parts == (say("day.off"), say("day.race"))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5)))
def test_a_map_holding_a_dict_is_the_map_copying_it(data: dict[str, int | str]) -> None:
    held = FrozenMap.holding(dict(data))
    assert held == FrozenMap(data)
    assert hash(held) == hash(FrozenMap(data))
    assert list(held.items()) == list(FrozenMap(data).items())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["session.day", "day.fits.light", "session.minutes"]), st.data())
def test_a_reason_said_with_parameters_holds_them_in_sorted_order(
    code: str, data: st.DataObject
) -> None:
    names = sorted(reason_codes()[code].params)
    params: dict[str, Param] = {
        name: data.draw(st.integers(0, 9).map(str)) for name in reversed(names)
    }
    if code == "session.minutes":
        params = {"minutes": float(data.draw(st.integers(1, 90)))}
    said = say(code, **params)
    assert said.params == FrozenMap(sorted(params.items()))
    assert list(said.params) == sorted(params)


@st.composite
def _picks(draw: st.DrawFn, size: int) -> list[Pick]:
    level = draw(st.sampled_from(list(Level)))
    exercises = [ex for ex in CATALOG if ex.suits(level)]
    chosen = draw(st.lists(st.sampled_from(exercises), min_size=1, max_size=size, unique=True))
    roles = draw(st.lists(st.sampled_from(list(Role)), min_size=len(chosen), max_size=len(chosen)))
    return [
        Pick(ex, dosing.dose_for(ex, level, Focus.strength, DEFAULT_SETTINGS), family(ex), r)
        for ex, r in zip(chosen, roles, strict=True)
    ]


@settings(max_examples=150, deadline=None)
@given(_picks(7), _picks(4), st.integers(60, 3_600), st.booleans(), st.none() | st.integers(1, 30))
def test_a_session_that_does_not_grow_never_reads_its_reserve(
    picks: list[Pick], reserve: list[Pick], budget: int, keep_needs: bool, hard: int | None
) -> None:
    # So composing doses the extras only where the session may grow (or must fill up).
    def fitted(extras: list[Pick]) -> tuple[list[Pick], list[Reason]]:
        return dosing.fit_time(
            picks,
            extras,
            float(budget),
            settings=DEFAULT_SETTINGS,
            grow=False,
            most=7,
            keep_needs=keep_needs,
            hard=hard,
        )

    assert fitted(reserve) == fitted([])


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), st.sampled_from(list(CATALOG)))
def test_an_exercise_the_athlete_knows_no_lift_of_gets_no_load_whatever_the_item(
    athlete: rs.Athlete, exercise: Exercise
) -> None:
    # So the item that would carry a load is looked up only for a known lift.
    profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
    dose = exercise.doses[min(exercise.doses, key=lambda level: level.rank)]
    assert working_load(exercise, dose, profile, DEFAULT_SETTINGS) == (None, None)


def _outcome(check: Callable[[], object]) -> object:
    try:
        return check()
    except rs.InputError as error:
        return str(error)


_TEXTS = st.text(max_size=8) | st.sampled_from(["", " ", "x" * 501, "caf\u00e9", "ok"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        _TEXTS
        | _TEXTS.filter(str.strip).map(free_text)
        | st.sampled_from([say("day.off"), joined_reasons(say("day.off"), say("day.race"))]),
        max_size=5,
    ),
    st.booleans(),
)
def test_reasons_converted_and_checked_are_what_they_were_one_by_one(
    values: list[Reason | str], as_tuple: bool
) -> None:
    given_values = tuple(values) if as_tuple else values
    converted = to_reasons(given_values)
    assert converted == tuple(to_reason(v) for v in values)
    assert all(type(r) is Reason for r in converted)

    def one_by_one() -> None:
        for index, value in enumerate(converted):
            check_reason("Session", f"reasons[{index}]", value)

    assert _outcome(lambda: check_reasons("Session", "reasons", converted)) == _outcome(one_by_one)


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), st.sampled_from(list(Focus)), st.booleans())
def test_a_chooser_groups_its_candidates_by_family_in_catalog_order(
    athlete: rs.Athlete, focus: Focus, jumps: bool
) -> None:
    profile = Profile(athlete.level, athlete.equipment, athlete.injuries, athlete.goals)
    pool = candidates(CATALOG, profile, focus, jumps)
    expected: dict[Family, list[Candidate]] = {}
    for cand in pool:
        expected.setdefault(cand.family, []).append(cand)
    assert Chooser(pool, WeekState(), None).by_family == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(list(RunKind)), max_size=3),
    st.sampled_from(list(Weekday)),
)
def test_day_scores_without_a_key_run_next_are_the_same_whatever_the_next_day(
    kinds: list[RunKind], next_day: Weekday
) -> None:
    # Days with the same runs and no key run the next day share one memo entry: the next
    # day, were it given, would change nothing in their scores or reasons.
    shared = days._scores(tuple(kinds), None, None)
    assert days._scores.__wrapped__(tuple(kinds), None, next_day) == shared
    days._today.cache_clear()
    assert days._today.__wrapped__(tuple(kinds)) == days._today(tuple(kinds))


def _shorten_a_set_at_a_time(
    picks: list[Pick],
    cost: list[float],
    counts: list[int],
    settings: RuleSettings,
    over: Callable[[], bool],
    names: list[Exercise],
    *,
    main: bool,
) -> None:
    # As first written: each set taken off copies the pick and works out its seconds again.
    for index in range(len(picks) - 1, -1, -1):
        pick = picks[index]
        if (pick.role is Role.main) is not main:
            continue
        sets = pick.dose.sets.lo
        while sets > pick.floor and over():
            names.append(pick.exercise)
            sets -= 1
            pick = picks[index] = attrs.evolve(pick, dose=attrs.evolve(pick.dose, sets=sets))
            cost[index] = dose_seconds(pick.dose, settings)
            counts[index] = sets


@settings(max_examples=150, deadline=None)
@given(
    _picks(7),
    _picks(3),
    st.integers(60, 3_600),
    st.booleans(),
    st.booleans(),
    st.none() | st.integers(1, 30),
    st.lists(st.integers(1, 4), min_size=7, max_size=7),
)
def test_sets_counted_down_fit_the_time_as_sets_taken_off_one_copy_at_a_time(
    picks: list[Pick],
    reserve: list[Pick],
    budget: int,
    grow: bool,
    keep_needs: bool,
    hard: int | None,
    floors: list[int],
) -> None:
    picks = [attrs.evolve(p, floor=f) for p, f in zip(picks, floors, strict=False)]

    def fitted() -> tuple[list[Pick], list[Reason]]:
        return dosing.fit_time(
            picks,
            reserve,
            float(budget),
            settings=DEFAULT_SETTINGS,
            grow=grow,
            most=7,
            keep_needs=keep_needs,
            hard=hard,
        )

    quick = fitted()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dosing, "_shorten", _shorten_a_set_at_a_time)
        slow = fitted()
    assert quick == slow
    for pick in quick[0]:
        assert dose_seconds(pick.dose, DEFAULT_SETTINGS) == pytest.approx(
            pick.sets * set_seconds(pick.dose, DEFAULT_SETTINGS)
            + DEFAULT_SETTINGS.changeover_seconds,
            abs=0,
        )


@settings(max_examples=200, deadline=None)
@given(rst.doses(), st.integers(1, 10))
def test_one_set_s_seconds_times_the_sets_are_the_dose_s_seconds_to_the_last_bit(
    dose: rs.Dose, sets: int
) -> None:
    more = attrs.evolve(dose, sets=sets)
    one = set_seconds(more, DEFAULT_SETTINGS)
    assert sets * one + DEFAULT_SETTINGS.changeover_seconds == dose_seconds(more, DEFAULT_SETTINGS)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["day.fits.light", "day.before_key_run", "day.kept_free.one_session"]),
    st.data(),
)
def test_a_reason_holding_its_call_s_own_parameters_is_the_reason_holding_them_sorted(
    code: str, data: st.DataObject
) -> None:
    # Parameters given in sorted order are held as the call's own dict of them; in any
    # other order, copied in sorted order. Either way the caller's dict is not the one held.
    names = data.draw(st.permutations(sorted(reason_codes()[code].params)))
    params: dict[str, Param] = {name: data.draw(st.integers(0, 9).map(str)) for name in names}
    said = say(code, **params)
    assert list(said.params.items()) == sorted(params.items())
    assert said.text == reason_codes()[code].template.format_map(params)
    params[names[0]] = "changed"
    assert said.params[names[0]] != "changed"


def test_a_day_s_neighbours_are_the_days_one_apart() -> None:
    # A day kept free for spacing tests its neighbours as one set, not each placed day's gap.
    for day in Weekday:
        assert week_module._NEIGHBOURS[day] == {d for d in Weekday if day.gap(d) == 1}


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(list(Weekday)),
    st.none() | st.sampled_from(list(Focus)),
    st.sampled_from(["day.off", "day.race", "day.kept_free.spacing"]),
    st.integers(0, 600),
)
def test_a_day_s_decision_set_without_init_is_the_decision_built_and_checked(
    day: Weekday, focus: Focus | None, code: str, pad: int
) -> None:
    # A week's decisions are set over a new value when the reason passes the check; a
    # reason too long for it is built, so refused as before.
    said = say(code)
    long = Reason(said.code, said.params, said.text + " x" * pad)
    for reason in (said, long):
        try:
            built: object = rs.DayDecision(day, focus, reason)
        except rs.InputError as error:
            built = str(error)
        try:
            quick: object = decision(day, focus, reason)
        except rs.InputError as error:
            quick = str(error)
        assert quick == built
        assert hash(quick) == hash(built)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(list(CATALOG)),
    rst.doses(),
    st.none() | st.just("") | st.sampled_from(["day.off", "day.race"]),
    st.booleans(),
    st.integers(0, 600),
)
def test_a_prescription_set_without_init_is_the_prescription_built_and_checked(
    exercise: Exercise, dose: rs.Dose, code: str | None, choose_load: bool, pad: int
) -> None:
    # A composed session's prescriptions are set over a new value when their checks would
    # pass; anything else (a long reason, a load to choose beside a load) is built, so
    # refused or converted as before.
    reasons: list[Reason | str | None] = [None, ""] if not code else []
    if code:
        said = say(code)
        reasons += [said, Reason(said.code, said.params, said.text + " x" * pad)]
    for reason in reasons:
        try:
            built: object = rs.Prescription(
                exercise.id, dose, reason=reason, choose_load=choose_load
            )
        except rs.InputError as error:
            built = str(error)
        try:
            quick: object = prescribed(exercise, dose, reason, choose_load)
        except rs.InputError as error:
            quick = str(error)
        assert quick == built
        assert hash(quick) == hash(built)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list(RunKind)), max_size=3))
def test_a_day_s_key_and_hard_runs_as_set_tests_are_the_runs_tested_one_by_one(
    kinds: list[RunKind],
) -> None:
    assert (not days._KEY_KINDS.isdisjoint(kinds)) == any(k.is_key for k in kinds)
    assert (not days._HARD_KINDS.isdisjoint(kinds)) == any(
        k in (RunKind.tempo, RunKind.intervals, RunKind.hills) for k in kinds
    )


@settings(max_examples=100, deadline=None)
@given(
    rst.athletes(),
    rst.running_weeks(),
    st.lists(st.sampled_from(list(Focus)), unique=True),
)
def test_the_days_choices_read_as_one_set_test_are_the_choices_read_focus_by_focus(
    athlete: rs.Athlete, week: rs.RunningWeek, allowed: list[Focus]
) -> None:
    options = days.day_options(athlete, week)
    # As first written: every focus of every day tested against the foci allowed.
    usable = [o for o in options if any(f in allowed for f in o.scores)]
    expected = tuple(
        (o.day, tuple((o.scores[f][0], f is Focus.strength, f) for f in o.scores if f in allowed))
        for o in usable
    )
    seen: list[object] = []

    def search(*args: object) -> None:
        seen.append(args[0])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(days, "best_days", search)
        days.choose_days(options, (Focus.strength, Focus.light), allowed)
    assert seen == [expected]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(CATALOG)), st.frozensets(st.sampled_from(list(rs.Injury))))
def test_tendon_work_is_asked_only_where_the_athlete_reports_the_achilles(
    exercise: Exercise, injuries: frozenset[rs.Injury]
) -> None:
    # A pick asks about tendon work only for an athlete with the Achilles: no other is one.
    if rs.Injury.achilles not in injuries:
        assert not tendon_work(injuries, exercise)
