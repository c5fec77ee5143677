"""The table that reads a title as a kind of run, row by row, and the lengths said in text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import runstrength as rs
from runstrength import RunKind, RunKindRule
from runstrength._io.run_kinds import classify, minutes_in

CASES: list[tuple[str, str, RunKind | None, str]] = [
    # title, description, kind (None: not a run), rule
    ("Strength: Hip and Core", "", None, "strength"),
    ("Gym session", "", None, "strength"),
    ("Core 20", "", None, "strength"),
    ("Mobility with weights", "", None, "strength"),
    ("S&C", "", None, "strength"),
    ("Kettlebell circuit", "", None, "strength"),
    ("Weight training", "", None, "strength"),
    ("Workout", "Lower-body strength", None, "strength"),
    ("Mobility", "", None, "not a run"),
    ("Yoga flow", "", None, "not a run"),
    ("Swim: Technique", "", None, "not a run"),
    ("Bike - Endurance", "", None, "not a run"),
    ("Rest day", "", None, "not a run"),
    ("Rest", "", None, "not a run"),
    ("Day Off", "", None, "not a run"),
    ("Note", "Packet pick-up", None, "not a run"),
    ("Cross Train", "", None, "not a run"),
    ("Long Run", "", RunKind.long, "long run"),
    ("Long run with 3x10min tempo", "", RunKind.long, "long run"),
    ("Marathon pace long run", "", RunKind.long, "long run"),
    ("LSD", "", RunKind.long, "long run"),
    ("Race day!", "", RunKind.race, "race"),
    ("parkrun", "", RunKind.race, "race"),
    ("Half marathon", "", RunKind.race, "race"),
    ("Berlin Marathon", "", RunKind.race, "race"),
    ("5K time trial", "", RunKind.race, "race"),
    ("Hill repeats", "", RunKind.hills, "hills"),
    ("Hills", "8 x 60s uphill", RunKind.hills, "hills"),
    ("Intervals", "", RunKind.intervals, "intervals"),
    ("Fartlek", "", RunKind.intervals, "intervals"),
    ("Track session", "", RunKind.intervals, "intervals"),
    ("VO2max 5x3m", "", RunKind.intervals, "intervals"),
    ("Tempo", "", RunKind.tempo, "tempo"),
    ("Threshold 3x10min", "", RunKind.tempo, "tempo"),
    ("Cruise intervals", "", RunKind.tempo, "tempo"),
    ("Half marathon pace tempo", "", RunKind.tempo, "tempo"),
    ("Marathon pace 3 x 5 km", "", RunKind.tempo, "tempo"),
    ("Easy + strides", "", RunKind.easy, "strides"),
    ("Easy 40 min + 6x20s strides", "", RunKind.easy, "strides"),
    ("6x800m", "", RunKind.intervals, "repeats"),
    ("5 x 1 km", "", RunKind.intervals, "repeats"),
    ("8×400", "", RunKind.intervals, "repeats"),
    ("3x10min", "", RunKind.intervals, "repeats"),
    ("5K pace 6x800m", "", RunKind.intervals, "repeats"),
    ("Recovery run", "", RunKind.recovery, "recovery"),
    ("Shakeout", "", RunKind.recovery, "recovery"),
    ("Easy Run", "", RunKind.easy, "easy"),
    ("Z2 Endurance", "", RunKind.easy, "easy"),
    ("Easy 5K", "", RunKind.easy, "easy"),
    ("5K", "", RunKind.race, "race distance"),
    ("10K", "", RunKind.race, "race distance"),
    ("Run", "", RunKind.easy, "run"),
    ("Run 10 km", "", RunKind.easy, "run"),
    ("Run", "6 x 800m at 5K pace", RunKind.intervals, "repeats"),
    ("Run", "Rest day tomorrow", RunKind.easy, "run"),
    ("Workout", "Hill sprints", RunKind.hills, "hills"),
]


@pytest.mark.parametrize(("title", "description", "kind", "rule"), CASES)
def test_each_row_of_the_table(
    title: str, description: str, kind: RunKind | None, rule: str
) -> None:
    found, _ = classify(title, description)
    assert found is not None
    assert (found.kind, found.name) == (kind, rule)


def test_every_row_of_the_table_is_exercised() -> None:
    assert {rule for *_, rule in CASES} == {rule.name for rule in rs.RUN_KIND_RULES}


def test_words_match_on_word_boundaries_in_any_case() -> None:
    (long_run,) = [rule for rule in rs.RUN_KIND_RULES if rule.name == "long run"]
    assert classify("LONG RUN", "")[0] is long_run
    assert classify("Hardcore hills", "")[0] is not None
    assert classify("Gymkhana", "")[0] is None
    assert classify("Longitude", "")[0] is None
    assert classify("Prestige", "")[0] is None


def test_a_title_that_says_no_kind_lets_its_description_decide() -> None:
    found, where = classify("Run", "Tempo 20 min")
    assert found is not None
    assert (found.kind, where) == (RunKind.tempo, "description")


def test_rules_are_replaced_and_extended() -> None:
    mine = RunKindRule("sunday special", r"sunday\s+special", RunKind.long)
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:a\n"
        "DTSTART;VALUE=DATE:20260308\nSUMMARY:Sunday Special 90 min\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    weeks, report = rs.read_running_calendar(text, rules=(mine, *rs.RUN_KIND_RULES))
    assert weeks[0].sun == (rs.Run(RunKind.long, 90),)
    assert report.entries[0].rule == "sunday special"
    weeks, _ = rs.read_running_calendar(text)
    assert weeks == ()


def test_a_rule_with_a_bad_pattern_is_an_input_error() -> None:
    with pytest.raises(rs.InputError, match=r"RunKindRule\.pattern"):
        RunKindRule("bad", "(", RunKind.easy)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45 min", 45),
        ("45 mins easy", 45),
        ("40 minutes", 40),
        ("1h30", 90),
        ("1 h 15 min", 75),
        ("2 hours", 120),
        ("1:15:00", 75),
        ("Planned Duration: 0:50:00", 50),
        ("90' steady", 90),
        ("Estimated time: 30 - 35 min", 35),
        ("3x10min", None),
        ("3 x 10 min", None),
        ("5 min/km", None),
        ("Tempo at 4:30/km", None),
        ("10 km", None),
        ("", None),
    ],
)
def test_minutes_said_in_text(text: str, minutes: int | None) -> None:
    assert minutes_in(text) == minutes


def test_the_reference_table_lists_every_row_in_order() -> None:
    page = Path(__file__).parents[2] / "docs" / "reference" / "running-calendar.md"
    rows = re.findall(r"^\| ([a-z ]+) \| ([^|]+) \|", page.read_text(encoding="utf-8"), re.M)
    listed = [(name, kind.strip()) for name, kind in rows if name != "Row"]
    expected = [
        (
            rule.name,
            "*strength session*"
            if rule.strength
            else "*left out*"
            if rule.kind is None
            else str(rule.kind),
        )
        for rule in rs.RUN_KIND_RULES
    ]
    assert listed == expected


def test_only_a_rule_that_is_no_run_can_be_a_strength_session() -> None:
    assert RunKindRule("gym", "gym", None, strength=True).strength
    with pytest.raises(rs.InputError, match=r"RunKindRule\.strength"):
        RunKindRule("gym", "gym", RunKind.easy, strength=True)


def test_a_run_with_core_work_after_it_stays_a_run() -> None:
    # A title that only says "run" lets the description decide only when it names a run.
    found, _ = classify("Run", "Easy 40 min, then 10 min core")
    assert found is not None
    assert found.kind is RunKind.easy
