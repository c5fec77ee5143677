"""Every reason the library writes with a code renders from its code and parameters alone.

A reason of a registered code has exactly the code's parameters, its text is the
template filled in, and :func:`runstrength.reason_text` gives that text back; a joined
reason is its parts. The kinds of reasons the planner writes with codes (the days, a
session's first reason, the too-few shortfall) are never free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import attrs
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
    for rir, code in ((0, "load.from_lift"), (2, "load.from_lift_in_reserve")):
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
                assert reason.code == f"session.covers.{session.focus.value}"
                found.add(reason.code)
            if reason.text.startswith("With a sore "):
                assert reason.code == "session.pain_rule"
                assert reason.params["injuries"]
                found.add(reason.code)
            if reason.text.startswith("About ") and reason.text.endswith("cool-down."):
                assert reason.code == "session.minutes"
    assert found == {"session.covers.strength", "session.covers.light", "session.pain_rule"}


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
    assert {"season.kept_free", "deload.no_session", "taper.no_session"} <= found


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
        "light_day.lunge",
        "one_change.waits_a_week.next",
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
