"""Where the week's sessions go, and what the day reasons say about it.

The scheduling rules are the 003 article's: no heavy leg work the day before a long run,
race, hill workout or speed session; the harder session after an easy run or on a day
that is already moderately hard; easy days kept easy. Each regression test below is
named after a placement a running coach would have winced at.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import texts as said_texts
from runstrength._plan.days import spares_key_run, today_words
from runstrength._plan.shortfalls import joined

CAT = rs.default_catalog()
BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced
STRENGTH, LIGHT = rs.Focus.strength, rs.Focus.light
D = rs.Weekday
LOAD_ITEMS = frozenset(
    {
        rs.Equipment.dumbbell,
        rs.Equipment.kettlebell,
        rs.Equipment.barbell,
        rs.Equipment.leg_press,
        rs.Equipment.leg_extension,
        rs.Equipment.leg_curl,
        rs.Equipment.seated_calf_machine,
        rs.Equipment.cable_machine,
        rs.Equipment.glute_drive_machine,
    }
)
"""Items that make an exercise loaded work when it cannot be done without one of them."""

HOME_DUMBBELL = rs.kit("home") | {rs.Equipment.dumbbell, rs.Equipment.mini_band}


def week(**days: str | list[str]) -> rs.RunningWeek:
    return rs.RunningWeek.from_days(days)


def texts(plan: rs.WeekPlan) -> list[str]:
    """Every reason the plan gives: days, sessions and shortfalls."""
    out = [d.reason.text for d in plan.decisions]
    out += [why for s in plan.sessions for why in said_texts(s.reasons)]
    return out + list(said_texts(plan.shortfalls))


def spoilers(session: rs.Session) -> list[str]:
    """What in the session would spoil a key run the next day: loaded, jumping, eccentric."""
    out = []
    for item in session.exercises:
        ex = CAT[item.exercise]
        needs_load = any(group <= LOAD_ITEMS for group in ex.equipment)
        loaded = needs_load or bool(item.dose.load_kg) or item.choose_load
        slow = item.dose.tempo is not None and item.dose.tempo.eccentric >= 3
        if loaded or ex.plyometric or slow or "eccentric" in ex.id:
            out.append(ex.id)
    return out


_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
_BAD_ARTICLE = re.compile(r"\b[Aa] [aeiouAEIOU]")
_EMPTY_LIST = re.compile(
    r"\b(?:before|after|on|of|and|or|with|for|the|a|an|by|from|to|between)\s*[.,;:)]",
    re.IGNORECASE,
)
_REPR = re.compile(r"\b(?:Weekday|RunKind|Focus|Level|Placement|Equipment|Goal|Injury)\.")


def grammar_problems(text: str) -> list[str]:
    """What is wrong with a reason as an English sentence (empty when nothing is)."""
    problems = []
    if not text[:1].isupper():
        problems.append("does not start with a capital letter")
    if not text.endswith("."):
        problems.append("does not end with a full stop")
    if "  " in text or text != text.strip():
        problems.append("has doubled or stray spaces")
    if match := _DOUBLED.search(text):
        problems.append(f"doubles {match.group(0)!r}")
    if match := _BAD_ARTICLE.search(text):
        problems.append(f"has an article that does not agree: {match.group(0)!r}")
    if match := _EMPTY_LIST.search(text):
        problems.append(f"has an empty list: {match.group(0)!r}")
    if "_" in text or "<" in text or _REPR.search(text) or "()" in text:
        problems.append("shows an identifier or a repr")
    return problems


def test_the_grammar_check_catches_what_it_is_for() -> None:
    assert grammar_problems("Monday: After the easy run.") == []
    for bad in (
        "after the run.",
        "After the run",
        "After the  run.",
        "After the the run.",
        "The day before a intervals run.",
        "Light work before .",
        "After the easy_run.",
        "After Weekday.mon.",
    ):
        assert grammar_problems(bad), bad


# --------------------------------------------------------------------------- 1. no strength day


def test_no_strength_day_is_a_shortfall_that_says_what_to_move() -> None:
    athlete = rs.Athlete(
        level=INT, equipment="gym", sessions_per_week=2, available_days=["mon", "wed"]
    )
    plan = rs.build_week(athlete, week(tue="intervals", thu="tempo"))
    assert [(s.day, s.focus) for s in plan.sessions] == [(D.mon, LIGHT), (D.wed, LIGHT)]
    [shortfall] = said_texts(plan.shortfalls)
    assert shortfall.startswith(
        "No strength session fits: Monday and Wednesday each fall the day before a key run "
        "(Tuesday's intervals, Thursday's tempo run)."
    )
    # Friday, Saturday and Sunday would take one, and so would the key days themselves
    # (strength after the run keeps the hard day hard); or a key run could move.
    assert "Friday" in shortfall
    assert "Saturday" in shortfall
    assert "or moving a key run, would allow one." in shortfall
    assert grammar_problems(shortfall) == []


def test_a_single_blocked_day_reads_in_the_singular() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=1, available_days=["fri"])
    plan = rs.build_week(athlete, week(tue="easy", thu="easy", sat="tempo", sun="long"))
    assert [(s.day, s.focus) for s in plan.sessions] == [(D.fri, LIGHT)]
    [shortfall] = said_texts(plan.shortfalls)
    assert shortfall.startswith(
        "No strength session fits: Friday falls the day before a key run (Saturday's tempo run)."
    )
    assert "Making Monday, Tuesday, Wednesday, Thursday or Sunday a training day" in shortfall


def test_recovery_days_that_block_strength_say_so() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=1, available_days=["wed"])
    plan = rs.build_week(athlete, week(tue="intervals", wed="recovery", fri="easy"))
    [shortfall] = said_texts(plan.shortfalls)
    assert "Wednesday is a recovery day" in shortfall
    assert "turning a recovery run into an easy one" in shortfall
    assert grammar_problems(shortfall) == []


def test_a_week_with_a_strength_day_has_no_strength_shortfall() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=2)
    plan = rs.build_week(athlete, week(mon="easy", tue="intervals", thu="easy", sun="long"))
    assert STRENGTH in {s.focus for s in plan.sessions}
    assert plan.shortfalls == ()


def test_too_few_days_reads_in_the_singular_and_names_the_days() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=3, available_days=["mon"])
    plan = rs.build_week(athlete, week(tue="easy"))
    assert (
        "Asked for 3 sessions, placed 1: only Monday can take one this week "
        "(the others are not training days)."
    ) in said_texts(plan.shortfalls)
    assert not [t for t in said_texts(plan.shortfalls) if "day(s)" in t or "race" in t]


def test_joined_lists_read_as_english() -> None:
    assert joined([]) == ""
    assert joined(["Friday", "Saturday"], "or") == "Friday or Saturday"
    assert joined(["Mon", "Tue", "Wed"]) == "Mon, Tue and Wed"


# --------------------------------------------------------------------------- 2. before a key run


KEY_WEEKS = {
    "midweek_pair": week(mon="easy", tue="intervals", wed="hills", fri="easy", sun="long"),
    "weekend_pair": week(tue="easy", thu="easy", sat="tempo", sun="long"),
    "two_quality": week(tue="tempo", sat="long"),
    "every_other_day": week(tue="intervals", thu="tempo", sat="hills", sun="long"),
    "race_and_tempo": week(mon="easy", tue="tempo", thu="easy", sun="race"),
}


@pytest.mark.parametrize("runs", KEY_WEEKS.values(), ids=KEY_WEEKS.keys())
@pytest.mark.parametrize("level", [INT, ADV])
@pytest.mark.parametrize("kit", ["gym", "home", "dumbbell"])
def test_light_session_before_a_key_run_holds_nothing_loaded_or_eccentric(
    runs: rs.RunningWeek, level: rs.Level, kit: str
) -> None:
    equipment = HOME_DUMBBELL if kit == "dumbbell" else rs.kit(kit)
    for sessions in (2, 3):
        athlete = rs.Athlete(
            level=level,
            equipment=equipment,
            sessions_per_week=sessions,
            session_minutes=90,
            goals=["speed", "hills"],
        )
        plan = rs.build_week(athlete, runs)
        for s in plan.sessions:
            if runs.has_key_run(s.day.next):
                assert s.focus is LIGHT, s.day
                assert spoilers(s) == [], s.day


def test_the_key_run_filter_keeps_bodyweight_control_work() -> None:
    assert spares_key_run(CAT["single_leg_glute_bridge"], INT)
    assert spares_key_run(CAT["lateral_band_walk"], INT)
    assert not spares_key_run(CAT["eccentric_calf_raise"], INT)
    assert not spares_key_run(CAT["pogo_hop"], INT)
    assert not spares_key_run(CAT["goblet_squat"], INT)


# --------------------------------------------------------------------------- 3. race week


RACE_WEEKS = {
    "sun": (week(mon="easy", wed="easy", thu="easy", sun="race"), D.sun),
    "sat": (week(tue="easy", thu="easy", sat="race"), D.sat),
    "sun_quiet_start": (week(thu="easy", fri="easy", sun="race"), D.sun),
    "fri": (week(mon="easy", wed="easy", fri="race"), D.fri),
}


@pytest.mark.parametrize(("runs", "race"), RACE_WEEKS.values(), ids=RACE_WEEKS.keys())
@pytest.mark.parametrize("level", list(rs.Level))
def test_race_week_session_is_early(
    runs: rs.RunningWeek, race: rs.Weekday, level: rs.Level
) -> None:
    athlete = rs.Athlete(level=level, equipment="gym", sessions_per_week=3)
    plan = rs.build_week(athlete, runs)
    [session] = plan.sessions
    before = race.rank - session.day.rank
    assert session.focus is LIGHT
    assert 4 <= before <= 5  # 003: fresh legs; "early on" means early
    reason = session.reasons[0].text
    assert reason.startswith(f"{session.day.title}: {today_words(runs.kinds(session.day))}, ")
    assert f"{before} days before {race.title}'s race" in reason
    assert rs.validate(plan, athlete, runs) == ()


def test_race_week_session_takes_the_earliest_day_the_rules_allow() -> None:
    # Only Thursday and Friday are free before a Sunday race: three days before beats two.
    athlete = rs.Athlete(level=INT, equipment="gym", available_days=["thu", "fri", "sat"])
    plan = rs.build_week(athlete, week(thu="easy", sun="race"))
    assert [s.day for s in plan.sessions] == [D.thu]
    assert "3 days before Sunday's race: early in race week" in plan.sessions[0].reasons[0].text


def test_a_midweek_race_takes_the_one_day_before_it_and_says_so_truly() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym")
    plan = rs.build_week(athlete, week(mon="easy", wed="race", fri="easy", sun="easy"))
    [session] = plan.sessions
    assert session.day is D.mon
    assert "2 days before Wednesday's race: no earlier day is free" in session.reasons[0].text
    kept = {d.day: d.reason.text for d in plan.decisions if d.focus is None}
    assert kept[D.fri] == "Kept free: race week holds one light session, on Monday."


def test_a_race_on_monday_puts_the_session_days_after_it() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym")
    plan = rs.build_week(athlete, week(mon="race", thu="easy", sat="easy"))
    [session] = plan.sessions
    assert session.day.rank - D.mon.rank >= 3
    assert "days after Monday's race" in session.reasons[0].text


# --------------------------------------------------------------------------- 4. no runs


RUNS_TALK = re.compile(r"\b(?:key runs?|races?)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("level", "count", "days", "foci"),
    [
        (INT, 1, [D.mon], [STRENGTH]),
        (INT, 2, [D.mon, D.thu], [STRENGTH, STRENGTH]),
        (BEG, 2, [D.mon, D.thu], [STRENGTH, STRENGTH]),
        (ADV, 3, [D.mon, D.wed, D.fri], [STRENGTH, STRENGTH, STRENGTH]),
        (BEG, 3, [D.mon, D.wed, D.fri], [STRENGTH, STRENGTH, LIGHT]),
    ],
)
def test_week_without_runs_gets_an_off_season_plan(
    level: rs.Level, count: int, days: list[rs.Weekday], foci: list[rs.Focus]
) -> None:
    athlete = rs.Athlete(level=level, equipment="gym", sessions_per_week=count)
    plan = rs.build_week(athlete, rs.RunningWeek())
    assert [s.day for s in plan.sessions] == days
    assert [s.focus for s in plan.sessions] == foci
    assert plan.shortfalls == ()
    for s in plan.sessions:
        assert s.reasons[0].text.startswith(f"{s.day.title}: A week without runs: ")
        assert s.placement is rs.Placement.standalone
    assert not [t for t in texts(plan) if RUNS_TALK.search(t)]
    assert rs.validate(plan, athlete, rs.RunningWeek()) == ()


def test_a_week_without_runs_before_a_key_monday_keeps_sunday_light() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=2, available_days=["sun"])
    plan = rs.build_week(athlete, rs.RunningWeek(), next_week=week(mon="long"))
    assert [(s.day, s.focus) for s in plan.sessions] == [(D.sun, LIGHT)]
    assert "Monday's long run" in plan.sessions[0].reasons[0].text


# --------------------------------------------------------------------------- 5. reasons


def test_one_session_week_has_no_spacing_reason() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=1)
    runs = week(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
    plan = rs.build_week(athlete, runs)
    [session] = plan.sessions
    assert not [t for t in texts(plan) if "48 hours" in t]
    kept = {d.day: d.reason.text for d in plan.decisions if d.focus is None}
    assert kept[session.day.next] == (
        f"Kept free: {session.day.title} suits the week's one session better."
    )


def test_reasons_name_the_runs_of_the_day() -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3)
    runs = week(
        mon="easy", tue=["easy", "intervals"], wed="easy", thu=["easy", "tempo"], sun="long"
    )
    plan = rs.build_week(athlete, runs)
    for s in plan.sessions:
        head = s.reasons[0].text
        assert head.startswith(f"{s.day.title}: {today_words(runs.kinds(s.day))}")
    tuesday = plan.on(D.tue)
    if tuesday:
        assert (
            tuesday[0].reasons[0].text.startswith("Tuesday: After the easy run and the intervals")
        )


def test_light_reason_names_the_key_run_it_protects() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", available_days=["mon", "tue"])
    plan = rs.build_week(athlete, week(mon="easy", tue="intervals", thu="easy", sun="long"))
    monday = plan.on(D.mon)
    assert monday
    assert monday[0].reasons[0].text == (
        "Monday: After the easy run: light work only, with Tuesday's intervals the next day."
    )


# --------------------------------------------------------------------------- runners


def test_a_two_day_runner_gets_strength_after_the_easy_run() -> None:
    athlete = rs.Athlete(level=INT, equipment="gym", sessions_per_week=2)
    runs = week(wed="easy", sun="long")
    plan = rs.build_week(athlete, runs)
    assert [(s.day, s.focus) for s in plan.sessions if s.focus is STRENGTH] == [(D.wed, STRENGTH)]
    assert plan.on(D.wed)[0].reasons[0].text.startswith("Wednesday: After the easy run, ")
    assert D.sat not in [s.day for s in plan.sessions if s.focus is STRENGTH]
    assert plan.shortfalls == ()


def test_a_three_day_runner_keeps_the_day_before_each_key_run_light() -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", sessions_per_week=3)
    runs = week(tue="intervals", thu="easy", sat="long")
    plan = rs.build_week(athlete, runs)
    assert len(plan.sessions) == 3
    for s in plan.sessions:
        if runs.has_key_run(s.day.next):
            assert s.focus is LIGHT
            assert spoilers(s) == []
    assert STRENGTH in {s.focus for s in plan.sessions}


def test_back_to_back_key_runs_keep_both_days_before_them_free_of_strength() -> None:
    athlete = rs.Athlete(level=ADV, equipment="gym", sessions_per_week=2)
    runs = week(tue="easy", thu="easy", sat="tempo", sun="long")
    plan = rs.build_week(athlete, runs)
    for s in plan.sessions:
        if s.day in (D.fri, D.sat):
            assert s.focus is LIGHT
            assert spoilers(s) == []
    assert STRENGTH in {s.focus for s in plan.sessions}
    kept = {d.day: d.reason.text for d in plan.decisions if d.focus is None}
    if D.sat in kept:
        assert "Sunday's long run" in kept[D.sat]


# --------------------------------------------------------------------------- properties


@settings(deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_every_week_reads_right_and_says_why_strength_is_missing(
    athlete: rs.Athlete, runs: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, runs)
    for text in texts(plan):
        assert grammar_problems(text) == [], text
    errors = [v for v in rs.validate(plan, athlete, runs) if v.severity is rs.Severity.error]
    assert errors == []
    key_run = any(runs.has_key_run(day) for day in D)
    no_strength = not any(s.focus is STRENGTH for s in plan.sessions)
    if no_strength and athlete.sessions_per_week >= 2 and key_run:
        assert plan.shortfalls
    for s in plan.sessions:
        if runs.has_key_run(s.day.next):
            assert spoilers(s) == [], s.day
        ahead = [r for r in runs.race_days if r.rank > s.day.rank]
        if ahead and ahead[0].rank - s.day.rank < 3:
            # Closer than three days to the race only when no earlier day could take it.
            assert not [
                d
                for d in D
                if d.rank <= ahead[0].rank - 3
                and open_in(athlete, runs, d)
                # ...and that day is not itself closer than three days to an earlier race.
                and all(r.rank - d.rank >= 3 for r in runs.race_days if r.rank > d.rank)
            ]


def open_in(athlete: rs.Athlete, runs: rs.RunningWeek, day: rs.Weekday) -> bool:
    """Whether a race week lets ``day`` take its light session: a training day, no race on
    it or either side of it (the week does not repeat back into Monday)."""
    near = [day, day.next] + ([day.previous] if day is not D.mon else [])
    return day in athlete.available_days and not any(d in runs.race_days for d in near)


def test_an_injured_athletes_sessions_say_how_to_handle_pain() -> None:
    athlete = rs.Athlete(level="beginner", equipment="none", injuries=["knee", "lower_back"])
    plan = rs.build_week(athlete, rs.RunningWeek(mon="easy", sat="long"))
    for session in plan.sessions:
        (rule,) = [
            r
            for r in said_texts(session.reasons)
            if r.startswith("With a sore knee and lower back")
        ]
        assert "pain-free range" in rule
        assert "physiotherapist or doctor" in rule
    healthy = rs.build_week(rs.Athlete(level="beginner"), rs.RunningWeek(mon="easy"))
    assert not [r for s in healthy.sessions for r in said_texts(s.reasons) if "sore" in r]


ORDER_LINE = re.compile(r"^Do it after your (.+), ideally 6 hours or more later; never before")


@pytest.mark.parametrize(
    ("kind", "noun"),
    [("intervals", "intervals"), ("tempo", "tempo run"), ("hills", "hill session")],
)
def test_strength_after_fast_run_says_to_do_it_hours_later_regression(kind: str, noun: str) -> None:
    athlete = rs.Athlete(level="intermediate", equipment="gym", session_minutes=40)
    week = rs.RunningWeek(tue=kind, thu="easy", sat="easy", sun="long")
    plan = rs.build_week(athlete, week)
    tuesday = next(s for s in plan.sessions if s.day is D.tue)
    assert tuesday.focus is STRENGTH
    lines = [r for r in said_texts(tuesday.reasons) if ORDER_LINE.match(r)]
    assert len(lines) == 1
    assert ORDER_LINE.match(lines[0]).group(1) == noun  # type: ignore[union-attr]
    for session in plan.sessions:
        if session.day is not D.tue:
            assert not any(ORDER_LINE.match(r) for r in said_texts(session.reasons))


@settings(max_examples=40, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_order_line_only_on_strength_days_with_a_fast_run(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, week)
    fast = {rs.RunKind.intervals, rs.RunKind.tempo, rs.RunKind.hills}
    for session in plan.sessions:
        said = any(ORDER_LINE.match(r) for r in said_texts(session.reasons))
        kinds = set(week.kinds(session.day))
        assert said == (session.focus is STRENGTH and bool(kinds & fast))
