"""Every reason the library writes with a code renders from its code and parameters alone.

A reason of a registered code has exactly the code's parameters, its text is the
template filled in, and :func:`runstrength.reason_text` gives that text back; a joined
reason is its parts. The kinds of reasons the planner writes with codes (the days, a
session's first reason, the too-few shortfall) are never free text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import FREE_TEXT, JOINED
from runstrength._model.reasons import CODES, joined_reasons, say
from tests.snapshot.cases import block_cases, week_cases

WEEKS = [(athlete, week, rs.build_week(athlete, week)) for athlete, week in week_cases(120)]


def reasons_in(value: object) -> Iterator[rs.Reason]:
    """Every reason inside a value, in field order."""
    if isinstance(value, rs.Reason):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from reasons_in(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(cast("Any", type(value))):
            yield from reasons_in(getattr(value, field.name))


def renders(reason: rs.Reason) -> None:
    """Check that ``reason`` renders from its code and parameters, part by part."""
    assert rs.reason_text(reason) == reason.text
    if reason.code == JOINED:
        assert reason.text == " ".join(part.text for part in reason.parts)
        for part in reason.parts:
            assert part.code != JOINED
            renders(part)
    elif reason.code != FREE_TEXT:
        entry = CODES[reason.code]
        assert set(reason.params) == set(entry.params), reason.code
        assert entry.template.format_map(reason.params) == reason.text


def codes(reason: rs.Reason) -> list[str]:
    return [p.code for p in reason.parts] if reason.code == JOINED else [reason.code]


def coded(reason: rs.Reason) -> bool:
    return FREE_TEXT not in codes(reason)


def check_week(plan: rs.WeekPlan) -> None:
    for reason in reasons_in(plan):
        renders(reason)


def test_every_coded_reason_of_a_week_renders_from_its_code() -> None:
    for _, _, plan in WEEKS:
        check_week(plan)


def test_every_day_of_a_week_says_why_with_codes_regression() -> None:
    for _, _, plan in WEEKS:
        for decision in plan.decisions:
            assert coded(decision.reason), decision


def test_a_sessions_first_reason_is_its_day_and_why_the_day_suits_it_regression() -> None:
    for _, _, plan in WEEKS:
        for session in plan.sessions:
            first = session.reasons[0]
            assert codes(first)[0] == "session.day"
            assert first.parts[0].params["day"] == session.day.value
            assert coded(first)
            assert first.parts[1].code.startswith("day.fits.")


def test_too_few_sessions_is_a_coded_shortfall_regression() -> None:
    found = 0
    for _, _, plan in WEEKS:
        for shortfall in plan.shortfalls:
            if shortfall.text.startswith("Asked for "):
                found += 1
                assert shortfall.code.startswith("shortfall.too_few.")
                assert shortfall.params["placed"] == plan.session_count
    assert found


def test_the_minutes_and_the_order_of_the_day_are_coded_regression() -> None:
    for _, week, plan in WEEKS:
        for session in plan.sessions:
            assert session.reasons[-1].code == "session.minutes"
            order = [r for r in session.reasons if r.code == "session.order"]
            if order:
                assert order[0].params["run"] in {k.value for k in week.kinds(session.day)}


def test_a_translation_renders_every_day_from_its_templates() -> None:
    # A translation is a dict of templates by code: here each English one in brackets.
    marked = {code: f"<{entry.template}>" for code, entry in CODES.items()}
    for _, _, plan in WEEKS:
        for decision in plan.decisions:
            reason = decision.reason
            parts = reason.parts or (reason,)
            expected = " ".join(f"<{part.text}>" for part in parts)
            assert rs.reason_text(reason, marked) == expected


def test_every_coded_reason_of_a_season_renders_from_its_code() -> None:
    for athlete, weeks in list(block_cases(12)):
        block = rs.build_block(athlete, weeks)
        for reason in reasons_in(block):
            renders(reason)


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_any_week_writes_reasons_that_render_from_their_codes(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, week)
    check_week(plan)
    assert all(coded(d.reason) for d in plan.decisions if d.focus is not None)


def test_reasons_survive_a_document_round_trip_with_their_codes() -> None:
    for _, _, plan in WEEKS[:20]:
        again = rs.from_json(rs.WeekPlan, rs.to_json(plan))
        assert list(reasons_in(again)) == list(reasons_in(plan))


def test_what_an_error_rule_takes_out_says_so_with_the_rules_code_regression() -> None:
    # With RS206 an error and the hip flexors out of reach, the week's sessions go: the
    # shortfall and the freed days name the rule by its code beside the English.
    from tests.plan.test_settings import CATALOG, MORE_MUSCLES, WEEK  # noqa: PLC0415

    strict = rs.RuleSettings(muscles=MORE_MUSCLES, severities={"RS206": "error"})
    athlete = rs.Athlete(level="beginner", equipment="none")
    plan = rs.build_week(athlete, WEEK, settings=strict, catalog=CATALOG)
    check_week(plan)
    gone = [s for s in plan.shortfalls if s.code == "rule.no_session"]
    freed = [d.reason for d in plan.decisions if d.reason.code == "rule.kept_free"]
    assert gone
    assert freed
    assert {r.params["rule"] for r in (*gone, *freed)} == {"RS206"}


def prescription_reasons(plan: rs.WeekPlan) -> Iterator[rs.Reason]:
    for session in plan.sessions:
        for rx in session.exercises:
            if rx.reason is not None:
                yield rx.reason


def test_each_exercises_reason_in_a_week_is_coded_regression() -> None:
    found: set[str] = set()
    for _, _, plan in WEEKS:
        for reason in prescription_reasons(plan):
            assert coded(reason), reason
            assert codes(reason)[0].startswith("exercise.need")
            found.update(codes(reason))
    # the snapshot's weeks show every kind of part
    assert {"exercise.goal.hills", "exercise.instead", "exercise.need.main"} <= found
    assert {"exercise.achilles.tempo", "exercise.calf_block.trimmed"} <= found


@settings(max_examples=60, deadline=None)
@given(rst.valid_week_plans())
def test_any_valid_plan_gives_each_exercise_a_coded_reason_regression(plan: rs.WeekPlan) -> None:
    for reason in prescription_reasons(plan):
        renders(reason)
        assert coded(reason), reason
        need = reason.parts[0] if reason.code == JOINED else reason
        assert need.params["exercise"] in {rx.exercise for s in plan.sessions for rx in s.exercises}


def test_an_exercises_need_names_the_exercise_beside_the_words_regression() -> None:
    for _, _, plan in WEEKS:
        for session in plan.sessions:
            for rx in session.exercises:
                assert rx.reason is not None
                need = rx.reason.parts[0] if rx.reason.code == JOINED else rx.reason
                assert need.params["exercise"] == rx.exercise
                assert str(need.params["need"]).lower() in need.text.lower()


def test_the_exercise_templates_say_what_the_planners_notes_say() -> None:
    from runstrength._plan.calves import BLOCK_REASON, STRAIGHT_KNEE_REASON, block_reason  # noqa: PLC0415
    from runstrength._progression.limits import ACHILLES_NOTE  # noqa: PLC0415
    from runstrength._progression.tendon import HOLD_NOTE  # noqa: PLC0415

    assert CODES["exercise.calf_block"].template == BLOCK_REASON
    assert CODES["exercise.calf_block.straight_knee"].template == STRAIGHT_KNEE_REASON
    assert CODES["exercise.achilles.hold"].template == HOLD_NOTE
    tempo = say("exercise.achilles.tempo", tempo="3-0-3").text
    assert tempo == f"{ACHILLES_NOTE[:-1]} (tempo 3-0-3)."
    trimmed = block_reason(rs.Dose(sets=2, reps=15, rest_seconds=60), 3)
    assert "2 × 15 now" in trimmed
    assert (
        trimmed
        == say("exercise.calf_block.trimmed", sets="2", amount="15", full=3, minutes=40).text
    )


def exercises_of(plan: rs.WeekPlan) -> list[rs.Prescription]:
    return [rx for session in plan.sessions for rx in session.exercises]


def test_a_load_from_a_known_lift_is_coded_with_its_numbers_regression() -> None:
    athlete, week, plan = next(
        case for case in WEEKS if any(rx.choose_load for rx in exercises_of(case[2]))
    )
    loaded = next(rx for rx in exercises_of(plan) if rx.choose_load)
    for rir, code in ((0, "load.for_set"), (2, "load.for_set_in_reserve")):
        lift = rs.Lift(load_kg=22, reps=8, rir=rir)
        again = rs.build_week(attrs.evolve(athlete, lifts={loaded.exercise: lift}), week)
        item = next(rx for rx in exercises_of(again) if rx.exercise == loaded.exercise)
        assert item.reason is not None
        renders(item.reason)
        (said,) = [part for part in item.reason.parts if part.code.startswith("load.")]
        assert said.code == code
        assert said.params["lift_kg"] == 22
        assert said.params["load_kg"] == item.dose.load_kg
        assert said.params["exercise"] == loaded.exercise
        assert "from your 22 kg × 8" in said.text


def session_reasons(value: rs.WeekPlan | rs.Block) -> Iterator[tuple[rs.Session, rs.Reason]]:
    plans = value.weeks if isinstance(value, rs.Block) else (value,)
    for plan in plans:
        for session in plan.sessions:
            for reason in session.reasons:
                yield session, reason


def test_what_a_session_covers_and_the_pain_rule_are_coded_regression() -> None:
    seasons = [rs.build_block(a, w) for a, w in list(block_cases(12))]
    found: set[str] = set()
    values: list[rs.WeekPlan | rs.Block] = [plan for _, _, plan in WEEKS]
    for value in [*values, *seasons]:
        for session, reason in session_reasons(value):
            if reason.text.startswith(("Strength session: ", "Light session: ")):
                # Each group named by the exercise covering it; ".short" when one is missing.
                assert reason.code.removesuffix(".short") == f"session.holds.{session.focus.value}"
                found.add(reason.code.removesuffix(".short"))
            if reason.text.startswith("With a sore "):
                assert reason.code == "session.pain_rule"
                assert reason.params["injuries"]
                found.add(reason.code)
            if reason.text.startswith("About ") and reason.text.endswith("cool-down."):
                assert reason.code == "session.minutes"
    assert found == {"session.holds.strength", "session.holds.light", "session.pain_rule"}


def test_a_coverage_names_the_patterns_beside_the_words_regression() -> None:
    from runstrength._plan.reasons import coverage_reason  # noqa: PLC0415

    said = coverage_reason(rs.Focus.strength, ["a squat or lunge", "calf work"])
    assert said.params["covered"] == "lunge/squat calf"
    assert said.text == "Strength session: a squat or lunge, calf work."
    none = coverage_reason(rs.Focus.light, [])
    assert (none.params["covered"], none.text) == ("", "Light session: light work.")


def test_no_strength_session_is_a_coded_shortfall_regression() -> None:
    seasons = [rs.build_block(a, w) for a, w in list(block_cases(12))]
    plans = [plan for _, _, plan in WEEKS] + [p for block in seasons for p in block.weeks]
    found: set[str] = set()
    for plan in plans:
        for shortfall in plan.shortfalls:
            if shortfall.text.startswith(("No strength session fits", "No strength session this")):
                assert shortfall.code.startswith("shortfall.no_strength"), shortfall
                renders(shortfall)
                found.add(shortfall.code)
                days = str(shortfall.params.get("before_key_run", "")).split()
                kinds = str(shortfall.params.get("key_runs", "")).split()
                assert len(days) == len(kinds)
    assert "shortfall.no_strength" in {code.rsplit(".change", 1)[0] for code in found}


@settings(max_examples=60, deadline=None)
@given(rst.athletes(), rst.running_weeks())
def test_any_weeks_no_strength_shortfall_renders_from_its_code_regression(
    athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, week)
    for shortfall in plan.shortfalls:
        if shortfall.text.startswith("No strength session fits"):
            assert shortfall.code.startswith("shortfall.no_strength")
            renders(shortfall)


_CUT = re.compile(
    r"(Taper|Deload week|Race week): \S+ sets to \S+, "
    r"(at the same load and reps|no more than the taper week)\."
)


_RACE_WEEK = rs.RunningWeek(tue="easy", sat="race")


def test_a_taper_deload_or_race_week_set_cut_is_coded_regression() -> None:
    found: set[str] = set()
    # a taper after training weeks: a first week's taper says its dose, with no week to cut
    season = [rs.RunningWeek(tue="intervals", wed="easy", thu="tempo", sat="easy", sun="long")]
    gym = rs.Athlete(level="intermediate", equipment="gym", session_minutes=45)
    trained = (gym, [*season * 12, _RACE_WEEK])
    for athlete, weeks in [*block_cases(12), trained]:
        for plan in rs.build_block(athlete, weeks).weeks:
            for rx in exercises_of(plan):
                if rx.reason is not None and _CUT.fullmatch(rx.reason.text):
                    assert rx.reason.code.startswith("cut."), rx.reason
                    renders(rx.reason)
                    assert f"to {rx.reason.params['after']}," in rx.reason.text
                    found.add(rx.reason.code)
    assert {"cut.taper", "cut.deload"} <= found


# A season's own words: each week's sentence, its light days and freed days, and what a
# season's week changes in an exercise carry codes, never free text.

_SEASON_HEADS = tuple(
    sorted(
        {
            entry.template.split("{", 1)[0]
            for code, entry in CODES.items()
            if code.split(".", 1)[0]
            in {
                "phase",
                "deload",
                "taper",
                "race_week",
                "recovery",
                "season",
                "return",
                "effort",
                "one_change",
                "fit",
                "light_day",
                "power",
                "missed",
                "settle",
                "calf_block",
            }
            and len(entry.template.split("{", 1)[0]) >= 10
        }
    )
)
"""How each of a season's coded sentences starts: free text never starts so."""

_A_WEEKS = {"Race week: one light session keeps the legs fresh for the race."}
"""A plain week's shortfall, not a season's sentence."""

BLOCKS = [rs.build_block(athlete, weeks) for athlete, weeks in block_cases(30)]


def _free_parts(value: object) -> Iterator[rs.Reason]:
    for reason in reasons_in(value):
        for part in reason.parts or (reason,):
            if part.code == FREE_TEXT:
                yield part


def check_season(block: rs.Block) -> None:
    """Every reason of ``block`` renders, and none of a season's sentences is free text."""
    for reason in reasons_in(block):
        renders(reason)
    for part in _free_parts(block):
        assert part.text in _A_WEEKS or not part.text.startswith(_SEASON_HEADS), part
    for reason in block.reasons:
        assert coded(reason), reason


def test_a_seasons_week_sentences_are_coded_regression() -> None:
    found: set[str] = set()
    for block in BLOCKS:
        assert len(block.reasons) == len(block.weeks)
        for reason, plan in zip(block.reasons, block.weeks, strict=True):
            renders(reason)
            assert coded(reason), reason
            first = codes(reason)[0]
            found.add(first.split(".")[0])
            if first.startswith(("phase.", "taper.week", "deload.")) and "of" in reason.params:
                assert f"week {reason.params['number']} of {reason.params['of']}" in reason.text
            for session in plan.sessions:
                assert session.reasons[0] == reason
    assert {"phase", "taper", "deload", "race_week"} <= found


def test_a_seasons_light_days_and_freed_days_are_coded_regression() -> None:
    found: set[str] = set()
    for block in BLOCKS:
        for plan in block.weeks:
            for decision in plan.decisions:
                assert coded(decision.reason), decision
                renders(decision.reason)
                found.update(codes(decision.reason))
            for shortfall in plan.shortfalls:
                if shortfall.text.startswith(("Taper: no ", "Deload: no ", "The ", "Weeks 1–")):
                    assert coded(shortfall), shortfall
                    found.update(codes(shortfall))
    assert {"season.kept_free", "deload.no_session", "taper.no_session.sets"} <= found


def test_a_seasons_reworked_exercise_reasons_keep_their_codes_regression() -> None:
    found: set[str] = set()
    for block in BLOCKS:
        check_season(block)
        for plan in block.weeks:
            for rx in exercises_of(plan):
                if rx.reason is not None:
                    found.update(codes(rx.reason))
    expected = {
        "season.back_to_sets",
        "season.back_to_amount",
        "season.back_after_lighter",
        "season.held_back",
        "deload.shorter",
        "taper.shorter",
        "phase.strength.more",
        "phase.strength.harder",
        "effort.general",
        "fit.set_fewer",
        "taper.kept_one_set",
        "race_week.short_set",
        "light_day.lunge.chosen",
        "lighter.achilles_block",
    }
    assert expected <= found, sorted(expected - found)


def test_a_week_back_after_time_off_says_so_with_codes_regression() -> None:
    from runstrength._plan.shaping import forecast_logs  # noqa: PLC0415
    from tests.season.test_closed_loop import season  # noqa: PLC0415

    def ill(index: int, plan: rs.WeekPlan) -> tuple[rs.ExerciseLog, ...]:
        return () if index in (4, 5) else forecast_logs(plan)

    found = set()
    written: set[str] = set()
    for record in season(ill, weeks=8):
        for part in _free_parts(record.plan):
            assert not part.text.startswith(_SEASON_HEADS), part
        for rx in exercises_of(record.plan):
            if rx.reason is not None:
                renders(rx.reason)
                written.update(codes(rx.reason))
        for session in record.plan.sessions:
            reason = session.reasons[0]
            renders(reason)
            assert coded(reason), reason
            if reason.code.startswith("phase.back."):
                assert record.plan.phase is not None
                assert reason.params["phase"] == record.plan.phase.value
                found.add(reason.text.split(":")[0].split(", back")[1])
    assert found
    assert {"return.first.sets", "return.second.sets"} & written


@settings(max_examples=25, deadline=None)
@given(
    rst.athletes(),
    st.lists(rst.running_weeks(race=False), min_size=1, max_size=5),
    rst.running_weeks(),
)
def test_any_season_writes_its_sentences_with_codes_regression(
    athlete: rs.Athlete, weeks: list[rs.RunningWeek], last: rs.RunningWeek
) -> None:
    check_season(rs.build_block(athlete, [*weeks, last]))


def test_a_reworked_reason_keeps_the_codes_of_the_parts_it_still_says_regression() -> None:
    from runstrength._plan.coded import leading  # noqa: PLC0415  # the planner's helper

    both = joined_reasons(say("season.core_hold"), say("taper.kept_one_set"))
    first = leading(both, "Core: one short hold keeps the trunk working through the lighter weeks.")
    assert first.code == "season.core_hold"
    assert leading(both, both.text) is both
    cut = leading(both, "Core: one short hold")
    assert (cut.code, cut.text) == (FREE_TEXT, "Core: one short hold")


def test_back_after_mild_pain_is_coded_with_the_pain_rules_words_regression() -> None:
    from runstrength._plan.climb import after_pain  # noqa: PLC0415  # the planner's step
    from runstrength._progression.setbacks import ACCEPTABLE  # noqa: PLC0415  # its words

    dose = rs.Dose(sets=3, reps=(8, 12), load_kg=16.0, rest_seconds=90)
    rx = rs.Prescription("goblet_squat", dose)
    lighter = after_pain(rx, 20.0).reason
    same = after_pain(rx, None).reason
    assert lighter is not None
    assert same is not None
    assert (lighter.code, same.code) == ("season.after_pain.lighter", "season.after_pain")
    for reason in (lighter, same):
        renders(reason)
        assert reason.text.endswith(ACCEPTABLE)
    assert "at 16 kg, lighter than the 20 kg before it;" in lighter.text


# ------------------------------------------------- what a single week's plan says, coded

_ONE_WEEK = ("trim.", "session.", "shortfall.", "day.", "exercise.", "load.", "rule.")
"""The codes a week's plan writes: nothing of it is free text."""


def never_free_text(plan: rs.WeekPlan) -> set[str]:
    """Check that every reason of ``plan`` (each part) has a registered code; its codes."""
    found: set[str] = set()
    for reason in reasons_in(plan):
        renders(reason)
        for code in codes(reason):
            assert code != FREE_TEXT, reason
            assert code in CODES, reason
            assert code.startswith(_ONE_WEEK), reason
            found.add(code)
    return found


def replans() -> Iterator[tuple[rs.WeekPlan, rs.WeekPlan]]:
    """Each fixture week's plan, and that plan replanned around other running weeks."""
    for index, (athlete, _, plan) in enumerate(WEEKS[:60]):
        for step in (1, 7, 33):
            moved = WEEKS[(index + step) % len(WEEKS)][1]
            for after in (None, "mon", "thu"):
                yield plan, rs.replan(plan, athlete, moved, after=after)
            if plan.sessions:
                yield plan, rs.replan(plan, athlete, moved, done=[plan.sessions[0].day])


def test_a_weeks_trims_notes_and_shortfalls_are_never_free_text_regression() -> None:
    found: set[str] = set()
    for _, _, plan in WEEKS:
        found |= never_free_text(plan)
    assert {
        "trim.left_out",
        "trim.left_out.lighter",
        "trim.fewer_sets",
        "trim.fewer_sets.lighter",
        "trim.short_rests",
        "trim.short_rests.lighter",
        "session.spare_minutes",
        "session.no_jumps.today",
        "session.no_jumps.reach",
        "shortfall.race_week",
    } <= found


def test_a_trim_names_each_exercise_by_id_beside_its_name_regression() -> None:
    catalog = rs.default_catalog()
    for _, _, plan in WEEKS:
        for session in plan.sessions:
            for reason in session.reasons:
                if reason.code.startswith(("trim.left_out", "trim.fewer_sets")):
                    ids = str(reason.params["exercises"]).split(",")
                    names = [catalog[i].name for i in ids]
                    assert reason.params["exercise_names"] == ", ".join(names)


def test_a_light_sessions_trim_says_the_strength_session_made_it_regression() -> None:
    from runstrength._plan.dosing import lighter_trim  # noqa: PLC0415  # a private helper

    said = say("trim.left_out", exercises="front_plank", exercise_names="Front plank")
    lighter = lighter_trim(said)
    assert lighter.code == "trim.left_out.lighter"
    assert lighter.params == said.params
    assert (
        lighter.text == "Left out Front plank to keep it lighter than the week's strength session."
    )
    assert lighter_trim(say("session.no_jumps.today")).code == "session.no_jumps.today"


def test_a_session_that_cannot_be_built_is_a_coded_shortfall_regression() -> None:
    week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
    athlete = rs.Athlete(level="intermediate", equipment="gym")
    no_calves = rs.Catalog(
        attrs.evolve(e, harder=None, easier=None)
        for e in rs.default_catalog()
        if rs.Pattern.calf not in e.patterns
    )
    plan = rs.build_week(athlete, week, catalog=no_calves)
    first = plan.shortfalls[0]
    assert first.code == "shortfall.no_session.uncovered"
    assert dict(first.params) == {"focus": "strength", "group": "calf", "group_words": "calf work"}
    assert first.text == (
        "No strength session: nothing the athlete can do covers calf work for a strength session."
    )
    few = {"reverse_lunge", "romanian_deadlift", "standing_calf_raise", "lateral_band_walk"}
    small = rs.Catalog(
        attrs.evolve(e, harder=None, easier=None) for e in rs.default_catalog() if e.id in few
    )
    one = attrs.evolve(athlete, sessions_per_week=1)
    wide = rs.RuleSettings(exercises_per_session=(5, 7))
    reach = rs.build_week(one, week, catalog=small, settings=wide).shortfalls[0]
    assert reach.code == "shortfall.no_session.reach"
    assert (reach.params["least"], reach.params["most"]) == (5, 7)
    assert (
        reach.text
        == "No strength session: no 5–7-exercise strength session fits the athlete's reach."
    )
    short = rs.Athlete(level="beginner", equipment="gym", session_minutes=14, sessions_per_week=2)
    timed = rs.build_week(short, week, settings=rs.RuleSettings(severities={"RS203": "error"}))
    assert any(
        s.code == "shortfall.no_session.time" and s.params["minutes"] == 14
        for s in timed.shortfalls
    )
    for value in (plan, timed):
        never_free_text(value)


def test_a_second_exercise_of_a_family_names_the_family_beside_its_words_regression() -> None:
    from runstrength._plan.families import Family  # noqa: PLC0415  # a private enum

    for fam in Family:
        said = say("exercise.second_of_family", family=fam.name, family_words=fam.value)
        assert said.text == (
            f"A second {fam} exercise on purpose: nothing else in reach covers its pattern."
        )


def test_where_a_replanned_session_moved_from_is_never_free_text_regression() -> None:
    found: set[str] = set()
    for before, plan in replans():
        found |= never_free_text(plan)
        for session in plan.sessions:
            first = session.reasons[0]
            if first.text.startswith("Moved from "):
                moved = codes(first)[0]
                assert moved.startswith("session.moved"), first
                part = first.parts[0] if first.code == JOINED else first
                assert before.on(rs.Weekday(str(part.params["day"]))) is not None
    assert {
        "session.moved",
        "session.moved.passed",
        "session.moved.better_day",
        "session.moved.day_taken",
        "session.moved.spacing",
        "session.moved.light",
        "shortfall.dropped.taken",
        "shortfall.dropped.none_left",
        "shortfall.dropped.refused",
    } <= found


def test_a_dropped_session_names_its_days_by_code_beside_the_words_regression() -> None:
    for _, plan in replans():
        for shortfall in plan.shortfalls:
            if shortfall.code == "shortfall.dropped.taken":
                free = str(shortfall.params["free"]).split()
                names = [rs.Weekday(d).title for d in free]
                assert shortfall.params["free_names"] == " or ".join(names)
            if shortfall.code == "shortfall.dropped.refused":
                days = str(shortfall.params["days"]).split()
                why = str(shortfall.params["why"]).split()
                assert len(days) == len(why)
                assert all(w == "none" or w in CODES or re.fullmatch(r"RS\d+", w) for w in why)


def test_a_replanned_session_without_reasons_is_placed_with_a_code_regression() -> None:
    from runstrength._plan.replan import _dropped  # noqa: PLC0415  # what no test week reaches

    week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sun="long")
    athlete = rs.Athlete(level="intermediate", equipment="gym")
    plan = rs.build_week(athlete, week)
    bare = attrs.evolve(plan, sessions=[attrs.evolve(s, reasons=()) for s in plan.sessions])
    again = rs.replan(bare, athlete, week)
    placed = [d.reason for d in again.decisions if d.focus is not None]
    assert [r.code for r in placed] == ["session.placed"] * len(plan.sessions)
    assert placed[0].text == f"{plan.sessions[0].day.title}: placed."
    dropped = _dropped(plan.sessions[0], [], {}, -1)
    assert dropped.code == "shortfall.dropped.no_days"
    assert dropped.text == (
        f"The strength session planned for {plan.sessions[0].day.title} is dropped: none of "
        "the athlete's days this week can take it."
    )


@settings(max_examples=40, deadline=None)
@given(rst.athletes(), rst.running_weeks(), rst.running_weeks())
def test_any_week_and_its_replan_are_never_free_text_regression(
    athlete: rs.Athlete, week: rs.RunningWeek, moved: rs.RunningWeek
) -> None:
    plan = rs.build_week(athlete, week)
    never_free_text(plan)
    never_free_text(rs.replan(plan, athlete, moved, after="tue"))


def step_reasons(step: rs.Progression) -> Iterator[rs.Reason]:
    """A progression step's reasons: its own and its next prescription's."""
    yield from reasons_in(step)


def exclusion_reasons(plan: rs.WeekPlan) -> Iterator[rs.Reason]:
    """What a plan says of its exclusions: each one's reason, and its test's reason."""
    for exclusion in plan.exclusions:
        yield from reasons_in(exclusion)


def check_coded(reasons: Iterator[rs.Reason]) -> int:
    """Every reason renders from its code and none has a part of free text; how many."""
    count = 0
    for reason in reasons:
        renders(reason)
        assert coded(reason), reason
        count += 1
    return count


_OUTCOMES: list[dict[str, Any]] = [
    {},
    {"pain": "mild"},
    {"pain": "sharp"},
    {"form_ok": False},
    {"rir": 0},
    {"rir": 4},
    {"symptoms": ["dizziness"]},
    {"symptoms": ["numbness"]},
]


def _logged(rx: rs.Prescription, outcome: dict[str, Any], done: int) -> rs.ExerciseLog:
    dose = rx.dose
    sets = [rs.SetLog(**{dose.unit: done}, rir=outcome.get("rir", 2)) for _ in range(dose.sets.lo)]
    return rs.ExerciseLog(
        exercise=rx.exercise,
        sets=sets,
        form_ok=outcome.get("form_ok", True),
        pain=outcome.get("pain", "none"),
        symptoms=outcome.get("symptoms", ()),
    )


def test_every_progression_step_is_coded_regression() -> None:
    count = 0
    for i, (athlete, _, plan) in enumerate(WEEKS[:40]):
        for j, session in enumerate(plan.sessions):
            for k, rx in enumerate(session.exercises):
                outcome = _OUTCOMES[(i + j + k) % len(_OUTCOMES)]
                done = rx.dose.amount.hi if (i + k) % 3 else max(rx.dose.amount.lo - 1, 0)
                for who in (None, athlete):
                    step = rs.progress(rx, _logged(rx, outcome, done), athlete=who)
                    count += check_coded(step_reasons(step))
    assert count > 500


def _personas() -> Iterator[tuple[str, Any]]:
    from tests.progression import test_personas as tp  # noqa: PLC0415
    from tests.progression.simulate import on_target, simulate  # noqa: PLC0415

    yield "on target", simulate(tp.GYM, tp.WEEK, on_target, weeks=8)
    yield "home", simulate(tp.HOME, tp.WEEK, on_target, weeks=8)
    yield "stalls", simulate(tp.GYM, tp.WEEK, tp._stalls)
    yield "form", simulate(tp.GYM, tp.WEEK, tp._form_breaks)
    yield "mild pain", simulate(tp.HOME, tp.WEEK, tp._mild_pain_weeks_3_and_4, weeks=8)
    yield "sharp pain", simulate(tp.GYM, tp.WEEK, tp._sharp_hinge, weeks=16)
    # a shorter session, where the trial after sharp pain comes back a set at a time
    tight = attrs.evolve(tp.GYM, session_minutes=35)
    yield "sharp pain, 35 min", simulate(tight, tp.WEEK, tp._sharp_hinge, weeks=16)
    # at 39 minutes the hinge comes back from sharp pain at one set, a trial
    tight = attrs.evolve(tp.GYM, session_minutes=39)
    yield "sharp pain, 39 minutes", simulate(tight, tp.WEEK, tp._sharp_hinge, weeks=11)
    yield "achilles", simulate(tp.ACHILLES, tp.WEEK, on_target)


def test_every_step_and_exclusion_of_the_personas_is_coded_regression() -> None:
    kinds: set[str] = set()
    for name, run in _personas():
        for week in run.weeks:
            for step in week.steps:
                assert check_coded(step_reasons(step)), name
                kinds.update(code for r in step_reasons(step) for code in codes(r))
        for plan in run.plans():
            check_coded(exclusion_reasons(plan))
            kinds.update(code for r in exclusion_reasons(plan) for code in codes(r))
            # a trial's first week back is a line of the plan (its step may be a load step)
            lines = [rx.reason for s in plan.sessions for rx in s.exercises if rx.reason]
            kinds.update(code for r in lines for code in codes(r) if code == "progress.trial")
    assert {"progress.stop.sharp", "progress.test_advice", "progress.trial"} <= kinds
    assert {"progress.form.cue", "progress.block.load", "progress.quota"} <= kinds


def test_a_sharp_pain_stop_names_the_areas_beside_the_words_regression() -> None:
    rx = rs.Prescription("split_squat", rs.Dose(sets=3, reps=(8, 12), rest_seconds=90))
    log = rs.ExerciseLog(exercise="split_squat", sets=[rs.SetLog(reps=8)], pain="sharp")
    reason = rs.progress(rx, log).reason
    assert codes(reason) == ["progress.stop.sharp", "progress.stop.rest"]
    rest = reason.parts[1]
    assert rest.params["areas"] == "knee"
    assert rest.params["area_words"] == "knee"
    medical = rs.progress(
        rx, attrs.evolve(log, pain="none", symptoms=["chest_pain", "dizziness"])
    ).reason
    assert codes(medical)[0] == "progress.stop.medical"
    said = medical.parts[0].params
    assert set(str(said["symptoms"]).split(",")) == {"chest_pain", "dizziness"}
    assert [w.lower() for w in str(said["symptom_words"]).split(", ")] == [
        words.replace("_", " ") for words in str(said["symptoms"]).split(",")
    ]


def test_a_load_step_is_coded_with_its_numbers_regression() -> None:
    dose = rs.Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3), load_kg=20)
    done = rs.ExerciseLog(exercise="goblet_squat", sets=[rs.SetLog(reps=12, rir=2)] * 3)
    step = rs.progress(rs.Prescription("goblet_squat", dose), done)
    assert step.reason.code == "progress.load.rises"
    assert step.reason.params["lifted_kg"] == 20
    assert step.reason.params["load_kg"] == 22
    assert step.reason.params["sets_done"] == 3
    renders(step.reason)


def test_the_progression_templates_say_what_the_planners_notes_say() -> None:
    from runstrength._progression.limits import ACHILLES_NOTE  # noqa: PLC0415
    from runstrength._progression.quota import ORDER, TRIM_MARK  # noqa: PLC0415
    from runstrength._progression.returns import (  # noqa: PLC0415
        AWAITING,
        REFERRAL,
        REFERRED_GATE,
        TRIAL,
        TRIAL_RULE,
    )
    from runstrength._progression.setbacks import ACCEPTABLE  # noqa: PLC0415
    from runstrength._progression.standin import PAIN_FREE_ONLY  # noqa: PLC0415
    from runstrength._progression.tendon import HOLD_NOTE, PAIN_CHECK  # noqa: PLC0415

    assert CODES["progress.pain_check"].template == PAIN_CHECK
    assert CODES["progress.achilles"].template == ACHILLES_NOTE
    assert CODES["exercise.achilles.hold"].template == HOLD_NOTE
    assert CODES["progress.trim_mark"].template == TRIM_MARK.strip()
    assert CODES["progress.awaiting"].template == AWAITING
    assert CODES["progress.trial.gate"].template == REFERRED_GATE
    assert REFERRAL in CODES["progress.referral"].template
    assert CODES["progress.trial"].template.startswith(TRIAL.format(half="{share}"))
    assert TRIAL_RULE in CODES["progress.rebuild.trial"].template
    assert ACCEPTABLE in CODES["progress.pain.back"].template
    assert PAIN_FREE_ONLY in CODES["progress.stand_in"].template
    assert ORDER in say("progress.quota", **_quota_params()).text


def _quota_params() -> dict[str, str | int]:
    return {
        "exercises": "split_squat",
        "names": "Split squat (the main lift)",
        "cap": 1,
        "change_word": "change",
        "waited": 3,
        "dose": "2 × 8",
    }


def test_the_stand_in_marks_are_the_planners_marks() -> None:
    from runstrength._progression.form import FORM_STAND_IN  # noqa: PLC0415
    from runstrength._progression.pattern import PATTERN_STAND_IN, PATTERN_WEEKS  # noqa: PLC0415
    from runstrength._progression.restore import BESIDE  # noqa: PLC0415
    from runstrength._progression.standin import STAND_IN  # noqa: PLC0415
    from runstrength._progression.swaps import STALL_SWAP, SWAP_WEEKS  # noqa: PLC0415

    named = {"exercise": "x", "exercise_name": "X"}
    form = say("progress.form.stand_in", **named).text + " "
    assert form == FORM_STAND_IN.format(name="X")
    pattern = say("progress.pattern.stand_in", **named, weeks=PATTERN_WEEKS).text + " "
    assert pattern == PATTERN_STAND_IN.format(name="X")
    swap = say("progress.swap.mark", **named, weeks=SWAP_WEEKS).text + " "
    assert swap == STALL_SWAP.format(name="X", weeks=SWAP_WEEKS)
    assert say("progress.stand_in", **named, need="N").text.startswith(STAND_IN.format(name="X"))
    beside = say("progress.stand_in.beside", **named, need="N").text
    assert beside.startswith(BESIDE.format(name="X"))


def test_a_step_survives_a_document_round_trip_with_its_codes_regression() -> None:
    for _, run in _personas():
        for week in run.weeks[:6]:
            for step in week.steps:
                again = rs.from_json(rs.Progression, rs.to_json(step))
                assert list(reasons_in(again)) == list(reasons_in(step))


_PRESCRIPTIONS = [rx for _, _, plan in WEEKS[:30] for s in plan.sessions for rx in s.exercises]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_log_gives_a_coded_step_regression(data: st.DataObject) -> None:
    rx = data.draw(st.sampled_from(_PRESCRIPTIONS))
    log = data.draw(rst.exercise_logs(prescription=rx))
    history = data.draw(st.lists(rst.exercise_logs(prescription=rx), max_size=4))
    athlete = data.draw(st.none() | rst.athletes())
    try:
        step = rs.progress(rx, log, athlete=athlete, history=history)
    except rs.InputError:
        return  # an exercise the athlete's catalog lacks: no step to check
    check_coded(step_reasons(step))


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_any_week_of_logs_gives_coded_steps_and_exclusions_regression(
    data: st.DataObject,
) -> None:
    athlete, _, plan = data.draw(st.sampled_from(WEEKS[:30]))
    logs = [
        data.draw(rst.exercise_logs(prescription=rx))
        for session in plan.sessions
        for rx in session.exercises
    ]
    new, steps = rs.progress_week(plan, logs, athlete=athlete)
    for step in steps:
        check_coded(step_reasons(step))
    check_coded(exclusion_reasons(new))


CALENDARS = Path(__file__).resolve().parents[1] / "fixtures" / "calendars"


def calendar_reasons(report: rs.CalendarReport) -> Iterator[rs.Reason]:
    """Every note of a calendar report: each entry's, then the report's own."""
    for entry in report.entries:
        if entry.note is not None:
            yield entry.note
    yield from report.notes


def test_every_calendar_note_is_coded_regression() -> None:
    pytest.importorskip("recurring_ical_events")
    kinds: set[str] = set()
    count = 0
    for path in sorted(CALENDARS.glob("*.ics")):
        text = path.read_text(encoding="utf-8")
        for pace in (None, 6.0):
            _, report = rs.read_running_calendar(text, pace=pace)
            count += check_coded(calendar_reasons(report))
            kinds.update(code for r in calendar_reasons(report) for code in codes(r))
    assert count > 50
    assert {"calendar.kind_from", "calendar.cancelled", "calendar.third_run.added"} <= kinds
    assert "calendar.third_run.took" in kinds


def test_a_calendar_note_names_where_its_kind_came_from_regression() -> None:
    pytest.importorskip("recurring_ical_events")
    _, report = rs.read_running_calendar((CALENDARS / "garmin.ics").read_text(encoding="utf-8"))
    kept = [e.note for e in report.kept if e.note is not None]
    assert kept
    for note in kept:
        first = note.parts[0] if note.code == JOINED else note
        assert first.code == "calendar.kind_from"
        assert first.params["where"] in {"title", "description"}
        assert first.params["kind"] in {str(kind) for kind in rs.RunKind}


def test_a_calendar_note_written_as_text_still_loads() -> None:
    entry = rs.CalendarEntry(date="2026-03-02", title="Easy", note="read by hand")
    assert entry.note is not None
    assert entry.note.code == FREE_TEXT
    assert rs.CalendarEntry(date="2026-03-02", title="Easy", note="").note is None
    report = rs.from_dict(
        rs.CalendarReport, {"schema_version": 2, "start": "2026-03-02", "notes": ["by hand"]}
    )
    assert [note.code for note in report.notes] == [FREE_TEXT]
    assert str(report).endswith("by hand")


_MONDAY = datetime.date(2026, 3, 2)


def _ics(weeks: list[rs.RunningWeek], extra: str) -> bytes:
    """The weeks as a calendar, each run a timed event named for its kind, and one event more."""
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//test//test//EN")
    calendar.add("version", "2.0")
    events = [
        (_MONDAY + datetime.timedelta(days=7 * number + offset), index, f"{run.kind} run", run)
        for number, week in enumerate(weeks)
        for offset, (_, runs) in enumerate(week.items())
        for index, run in enumerate(runs)
    ]
    for day, index, title, run in events:
        event = icalendar.Event()
        event.add("uid", f"{day}-{index}@test")
        event.add("summary", title)
        begin = datetime.datetime.combine(day, datetime.time(6 + 6 * index))
        event.add("dtstart", begin)
        event.add("dtend", begin + datetime.timedelta(minutes=run.minutes or 0))
        calendar.add_component(event)
    event = icalendar.Event()
    event.add("uid", "extra@test")
    event.add("summary", extra)
    event.add("dtstart", _MONDAY + datetime.timedelta(days=2))
    calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text


@settings(max_examples=30, deadline=None)
@given(
    weeks=st.lists(rst.running_weeks(), min_size=1, max_size=3),
    extra=st.sampled_from(["Gym", "Yoga", "10 km", "Easy 6 mi", "Lunch", "Run (cancelled)"]),
)
def test_any_calendar_read_writes_coded_notes_regression(
    weeks: list[rs.RunningWeek], extra: str
) -> None:
    pytest.importorskip("recurring_ical_events")
    text = _ics(weeks, extra)
    last = _MONDAY + datetime.timedelta(days=7 * len(weeks) - 3)
    for end, pace in ((None, None), (last, None), (None, 6.0)):
        try:
            _, report = rs.read_running_calendar(text, start=_MONDAY, end=end, pace=pace)
        except rs.InputError:
            continue  # no run in the weeks read
        check_coded(calendar_reasons(report))


def note_codes(plan: rs.WeekPlan) -> set[str]:
    """The codes of a plan's shortfalls that are a week's own notes."""
    return {c for r in plan.shortfalls for c in codes(r) if c.startswith("progress.note.")}


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_week_of_logs_is_never_free_text_regression(data: st.DataObject) -> None:
    athlete, _, plan = data.draw(st.sampled_from(WEEKS))
    logs = [
        data.draw(rst.exercise_logs(prescription=rx))
        for session in plan.sessions
        for rx in session.exercises
    ]
    new, steps = rs.progress_week(plan, logs, athlete=athlete)
    check_coded(reasons_in(new))  # shortfalls, sessions, decisions and exclusions
    for step in steps:
        check_coded(step_reasons(step))


def test_a_red_flag_weeks_no_sessions_note_keeps_the_stops_code_regression() -> None:
    athlete, _, plan = WEEKS[0]
    rx = plan.sessions[0].exercises[0]
    flagged = _logged(rx, {"symptoms": ["numbness"]}, rx.dose.amount.lo)
    new, _ = rs.progress_week(plan, [flagged], athlete=athlete)
    note = new.shortfalls[-1]
    assert codes(note) == ["progress.note.no_sessions", "progress.stop.all"]
    assert note.text.startswith("No sessions: Numbness logged during ")
    renders(note)
    check_coded(reasons_in(new))


def test_the_personas_weekly_notes_are_never_free_text_regression() -> None:
    kinds: set[str] = set()
    for name, run in _personas():
        for plan in run.plans():
            assert check_coded(reasons_in(plan)), name
            kinds |= note_codes(plan)
    assert {
        "progress.note.mild_pain.easier",
        "progress.note.mild_pain.over",
        "progress.note.start.rested",
        "progress.note.start.test",
        "progress.note.running.hamstring",
        "progress.note.back_on",
    } <= kinds, kinds


def test_a_weeks_notes_are_told_from_the_planners_by_code_regression() -> None:
    from runstrength._progression.weeknotes import week_note  # noqa: PLC0415  # the private test

    planner = [shortfall for _, _, plan in WEEKS for shortfall in plan.shortfalls]
    assert planner
    assert not any(week_note(shortfall) for shortfall in planner)
    assert week_note(say("progress.note.test.early"))
    assert week_note(joined_reasons(say("progress.note.no_sessions"), say("day.off")))
    # free text, from a plan written before the notes had codes: told by its English
    assert week_note(rs.Reason("text", {}, "Thursday's session is out this week: ..."))
    assert not week_note(rs.Reason("text", {}, "Chosen by the coach."))


def test_a_session_left_out_names_its_day_by_code_regression() -> None:
    from tests.progression import test_personas as tp  # noqa: PLC0415
    from tests.progression.simulate import simulate  # noqa: PLC0415

    run = simulate(tp.GYM, tp.WEEK, tp._sharp_hinge, weeks=16)
    said = [
        part
        for plan in run.plans()
        for note in plan.shortfalls
        for part in note.parts or (note,)
        if part.code.startswith("progress.note.")
    ]
    assert said
    for part in said:
        renders(part)
        if "day" in part.params:
            day = rs.Weekday(str(part.params["day"]))
            assert part.params["day_name"] == day.title
        if part.params.get("exercise"):
            assert rs.default_catalog().get(str(part.params["exercise"])) is not None


def test_a_season_with_weeks_off_is_never_free_text_regression() -> None:
    from tests.season.test_missed_work import _season  # noqa: PLC0415

    for off, light in (((6, 7), ()), ((), (2, 4))):
        history, after = _season(off, light, 7 if off else 6)
        check_coded(reasons_in(after))
        for record in history:
            check_coded(reasons_in(record.plan))


def test_a_lunge_held_to_its_range_keeps_the_harder_variations_code_regression() -> None:
    from runstrength._plan.coded import replaced  # noqa: PLC0415  # the private helper

    harder = say(
        "phase.strength.harder",
        exercise="walking_lunge",
        exercise_name="walking lunge",
        other="split_squat",
        other_name="split squat",
        dose="2 × 8–14 per side, rest 60–120 s, 1–3 RIR",
    )
    held = replaced(joined_reasons(harder, say("day.off")), "8–14", "8–12")
    assert held is not None
    assert codes(held) == ["phase.strength.harder", "day.off"]
    assert held.text == joined_reasons(harder, say("day.off")).text.replace("8–14", "8–12")
    renders(held)


def test_the_note_templates_say_what_the_progressions_words_say() -> None:
    from runstrength._progression.returns import (  # noqa: PLC0415  # the words they repeat
        EARLY_TEST,
        REFERRED_RETURN,
    )
    from runstrength._progression.setbacks import ACCEPTABLE  # noqa: PLC0415

    assert CODES["progress.note.test.early"].template == EARLY_TEST
    assert REFERRED_RETURN in CODES["progress.note.test.awaiting"].template
    for code in ("stop", "easier", "back"):
        assert CODES[f"progress.note.mild_pain.{code}"].template.endswith(f". {ACCEPTABLE}")
    assert CODES["progress.note.mild_pain.over"].template.endswith(f". {ACCEPTABLE}")


def test_a_trial_return_too_long_to_say_in_full_says_the_short_trial_regression() -> None:
    # The short form is the trial's sentence with its share filled in: no "{half}" left.
    from runstrength._progression.returns import TRIAL  # noqa: PLC0415

    short = say("progress.trial.short", share="load")
    renders(short)
    assert short.text == TRIAL.format(half="load") + "."
    assert "{" not in short.text


def test_a_held_light_lunge_keeps_its_harder_variation_code_regression() -> None:
    # Two-day athlete with no kit: the third week's light lunge is last week's harder
    # variation held to 8–12; its reason keeps the code with the new numbers in it.
    athlete = rs.Athlete(
        level="intermediate",
        equipment=(),
        available_days=["mon", "tue"],
        sessions_per_week=2,
        session_minutes=31,
    )
    block = rs.build_block(
        athlete, [rs.RunningWeek(), rs.RunningWeek(), rs.RunningWeek(sun="easy")]
    )
    check_season(block)
    harder = [
        part
        for reason in reasons_in(block)
        for part in reason.parts or (reason,)
        if part.text.startswith("Strength phase: on to the harder")
    ]
    assert harder
    assert all(part.code == "phase.strength.harder" for part in harder)
