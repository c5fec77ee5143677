"""The rule engine: every rule broken on purpose, rules as data, settings and the week wrap.

Each case starts from a hand-written plan that breaks nothing (checked below), changes one
thing, and expects exactly one rule code back. Exercise ids are real catalog ids and doses
are the catalog's own (``default_catalog()[id].dose_for(level)``) unless the change *is*
the dose. Source ids in comments refer to the articles in the project's source set.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst

CAT = rs.default_catalog()
BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced
STRENGTH, LIGHT = rs.Focus.strength, rs.Focus.light
AFTER, ALONE = rs.Placement.after_run, rs.Placement.standalone
D = rs.Weekday

ALL_CODES = (
    *(f"RS10{i}" for i in range(1, 8)),
    *(f"RS20{i}" for i in range(8)),
    *(f"RS30{i}" for i in range(1, 6)),
)
"""The week rules the contract lists (DESIGN section 5; the progression and block rules,
RS401–RS406, are broken on purpose in test_progression_rules.py)."""

PROGRESSION_CODES = (*(f"RS40{i}" for i in range(1, 10)), "RS410")


# --------------------------------------------------------------------------- helpers


def week(**days: str | list[str]) -> rs.RunningWeek:
    return rs.RunningWeek.from_days(days)


def plan_of(*sessions: rs.Session) -> rs.WeekPlan:
    """A plan of these sessions, in weekday order."""
    ordered = tuple(sorted(sessions, key=lambda s: s.day.rank))
    return rs.WeekPlan(sessions=ordered)


def with_items(target: rs.Session, items: Iterable[rs.Prescription]) -> rs.Session:
    return attrs.evolve(target, exercises=tuple(items))


def rx(exercise: str, level: rs.Level = INT) -> rs.Prescription:
    """A prescription with the catalog's dose for ``level``."""
    return rs.Prescription(exercise, CAT[exercise].dose_for(level))


def session(
    day: rs.Weekday,
    focus: rs.Focus,
    placement: rs.Placement,
    exercises: Iterable[str],
    level: rs.Level = INT,
) -> rs.Session:
    return rs.Session(
        day=day,
        focus=focus,
        placement=placement,
        exercises=tuple(rx(e, level) for e in exercises),
        reasons=("Hand-written for a rule test.",),
    )


def codes(
    plan: rs.WeekPlan,
    athlete: rs.Athlete,
    week: rs.RunningWeek,
    *,
    next_week: rs.RunningWeek | None = None,
    rules: Iterable[str] | None = None,
) -> set[str]:
    found = rs.validate(plan, athlete, week, next_week=next_week, rules=rules)
    return {v.code for v in found}


def on(plan: rs.WeekPlan, day: rs.Weekday) -> rs.Session:
    (found,) = plan.on(day)
    return found


def replace(plan: rs.WeekPlan, day: rs.Weekday, new: rs.Session | None) -> rs.WeekPlan:
    """The plan with the session on ``day`` replaced by ``new`` (or dropped)."""
    kept = [s for s in plan.sessions if s.day != day]
    return plan_of(*kept, *([] if new is None else [new]))


def add(plan: rs.WeekPlan, new: rs.Session) -> rs.WeekPlan:
    return plan_of(*plan.sessions, new)


def swap(plan: rs.WeekPlan, day: rs.Weekday, old: str, new: rs.Prescription) -> rs.WeekPlan:
    """The plan with exercise ``old`` on ``day`` replaced by ``new``, in the same place."""
    target = on(plan, day)
    assert old in target.exercise_ids
    items = (new if p.exercise == old else p for p in target.exercises)
    return replace(plan, day, with_items(target, items))


def with_dose(
    plan: rs.WeekPlan,
    day: rs.Weekday,
    exercise: str,
    *,
    rest_seconds: rs.IntRange | None = None,
    rir: rs.IntRange | None = None,
    load_kg: float | None = None,
) -> rs.WeekPlan:
    """The plan with one prescription's dose changed."""
    old = next(p for p in on(plan, day).exercises if p.exercise == exercise)
    dose = old.dose
    if rest_seconds is not None:
        dose = attrs.evolve(dose, rest_seconds=rest_seconds)
    if rir is not None:
        dose = attrs.evolve(dose, rir=rir)
    if load_kg is not None:
        dose = attrs.evolve(dose, load_kg=load_kg)
    return swap(plan, day, exercise, attrs.evolve(old, dose=dose))


# --------------------------------------------------------------------------- known-good plans

# 003's intermediate runner: intervals on Tuesday, a long run on Sunday, easy runs between.
WEEK = week(mon="easy", tue="intervals", wed="easy", thu="easy", sun="long")
GYM = rs.Athlete(level=INT, equipment="gym", session_minutes=60)

# After 003's intermediate week: "One session can focus on strength with goblet squats,
# Romanian deadlifts, Bulgarian split squats [...] and calf raises. The second session can be
# lighter and focus on single-leg control, lateral band walks, glute bridges, and low-level
# pogo hops." (The band walk moves to the strength session, which needs a hip-stability
# drill under RS202.) Strength goes after Tuesday's intervals (the hard day stays hard),
# light after Thursday's easy run; Saturday, before the long run, stays free.
# The front plank and the Copenhagen plank are the direct core and adductor work RS206
# counts (a squat or lunge works both only on the side).
STRENGTH_IDS = (
    "goblet_squat",
    "romanian_deadlift",
    "bulgarian_split_squat",
    "standing_calf_raise",
    "lateral_band_walk",
    "front_plank",
)
LIGHT_IDS = ("step_up", "glute_bridge", "copenhagen_plank", "bent_knee_calf_raise", "pogo_hop")
# A light session that trains every muscle group RS206 asks for on its own (the lateral
# lunge brings the adductors): for weeks that hold only this one session.
WHOLE_LIGHT_IDS = (
    "step_up",
    "lateral_lunge",
    "front_plank",
    "side_lying_leg_raise",
    "bent_knee_calf_raise",
)
TUE_STRENGTH = session(D.tue, STRENGTH, AFTER, STRENGTH_IDS)
THU_LIGHT = session(D.thu, LIGHT, AFTER, LIGHT_IDS)
GOOD = plan_of(TUE_STRENGTH, THU_LIGHT)

# A beginner at home (wall, chair, step): one session after Wednesday's easy run.
HOME_BEGINNER = rs.Athlete(level=BEG, equipment="home", session_minutes=45)
BEGINNER_IDS = (
    "bodyweight_squat",
    "kickstand_romanian_deadlift",
    "step_up",
    "glute_bridge",
    "standing_calf_raise",
    "short_lever_copenhagen_plank",
    "front_plank",
)
WED_BEGINNER = session(D.wed, STRENGTH, AFTER, BEGINNER_IDS, BEG)
GOOD_BEGINNER = plan_of(WED_BEGINNER)
# An advanced athlete at home, with 45 minutes (the bigger doses take longer).
HOME_ADVANCED = rs.Athlete(level=ADV, equipment="home", session_minutes=60)
# A beginner at the gym doing Romanian deadlifts: one of 003's "heavy" kinds, which RS305
# allows on its own.
GYM_BEGINNER = rs.Athlete(level=BEG, equipment="gym", session_minutes=45)
GOOD_GYM_BEGINNER = swap(
    GOOD_BEGINNER, D.wed, "kickstand_romanian_deadlift", rx("romanian_deadlift", BEG)
)

# Race week: Sunday's long run is a race; one light session on Thursday.
RACE_WEEK = attrs.evolve(WEEK, sun=(rs.Run(rs.RunKind.race),))
THU_WHOLE_LIGHT = session(D.thu, LIGHT, AFTER, WHOLE_LIGHT_IDS)
GOOD_RACE = plan_of(THU_WHOLE_LIGHT)


@pytest.mark.parametrize(
    ("plan", "athlete", "week"),
    [
        pytest.param(GOOD, GYM, WEEK, id="intermediate-gym"),
        pytest.param(GOOD, attrs.evolve(GYM, session_minutes=75), WEEK, id="intermediate-75min"),
        pytest.param(GOOD_BEGINNER, HOME_BEGINNER, WEEK, id="beginner-home"),
        pytest.param(GOOD_BEGINNER, HOME_ADVANCED, WEEK, id="advanced-home"),
        pytest.param(GOOD_GYM_BEGINNER, GYM_BEGINNER, WEEK, id="beginner-gym"),
        pytest.param(GOOD_RACE, GYM, RACE_WEEK, id="race-week"),
    ],
)
def test_the_starting_plans_break_nothing(
    plan: rs.WeekPlan, athlete: rs.Athlete, week: rs.RunningWeek
) -> None:
    assert rs.validate(plan, athlete, week) == ()


def test_build_week_makes_the_same_day_choices_and_breaks_nothing() -> None:
    built = rs.build_week(GYM, WEEK)
    assert rs.validate(built, GYM, WEEK) == ()
    assert [(s.day, s.focus) for s in built.sessions] == [(D.tue, STRENGTH), (D.thu, LIGHT)]


# --------------------------------------------------------------------------- one rule each


@attrs.frozen
class Case:
    """A plan that breaks one rule on purpose, and what validate must say."""

    code: str
    why: str
    plan: rs.WeekPlan
    athlete: rs.Athlete = GYM
    week: rs.RunningWeek = WEEK
    catalog: rs.Catalog | None = None

    def violations(self) -> tuple[rs.Violation, ...]:
        return rs.validate(self.plan, self.athlete, self.week, catalog=self.catalog)


def _beginner_pogo_catalog() -> rs.Catalog:
    """The catalog with pogo hops opened to beginners: a jump that RS302 lets through."""
    pogo = CAT["pogo_hop"]
    doses: dict[rs.Level | str, rs.Dose] = {BEG: pogo.dose_for(INT)}
    doses.update(pogo.doses.items())
    return CAT.extend([attrs.evolve(pogo, level=BEG, doses=doses)])


_NINE = with_items(
    TUE_STRENGTH,
    (
        *TUE_STRENGTH.exercises,
        *(rx(e) for e in ("step_up", "glute_bridge", "side_lying_leg_raise")),
    ),
)

CASES = [
    Case(
        "RS101",
        "the strength session moves to Saturday, the day before Sunday's long run",
        replace(GOOD, D.tue, attrs.evolve(TUE_STRENGTH, day=D.sat, placement=ALONE)),
    ),
    Case(
        "RS102",
        "on Tuesday (intervals) the strength session is done apart from the run",
        replace(GOOD, D.tue, attrs.evolve(TUE_STRENGTH, placement=ALONE)),
    ),
    Case(
        "RS103",
        "the race-week light session moves to Saturday, the day before a Sunday race",
        replace(GOOD_RACE, D.thu, attrs.evolve(THU_WHOLE_LIGHT, day=D.sat, placement=ALONE)),
        week=RACE_WEEK,
    ),
    Case(
        "RS103",
        "the usual plan in race week: Tuesday's strength session should be light",
        GOOD,
        week=RACE_WEEK,
    ),
    Case(
        "RS104",
        "the athlete cannot train on Thursday",
        GOOD,
        athlete=attrs.evolve(GYM, available_days=set(D) - {D.thu}),
    ),
    Case(
        "RS104",
        "two sessions on Thursday, for an athlete who wants three a week",
        add(GOOD, THU_LIGHT),
        athlete=attrs.evolve(GYM, sessions_per_week=3),
    ),
    Case(
        "RS105",
        "the light session moves to Wednesday, right after Tuesday's strength session",
        replace(GOOD, D.thu, attrs.evolve(THU_LIGHT, day=D.wed)),
    ),
    Case(
        "RS106",
        "a third session (light, Saturday) for an athlete who asked for two",
        add(GOOD, attrs.evolve(THU_LIGHT, day=D.sat, placement=ALONE)),
    ),
    Case(
        "RS107",
        "Tuesday's run becomes a recovery run, and the strength session sits on it",
        GOOD,
        week=attrs.evolve(WEEK, tue=(rs.Run(rs.RunKind.recovery),)),
    ),
    Case(
        "RS200",
        "an extra exercise the catalog does not know (a Nordic curl), with a real dose",
        replace(
            GOOD,
            D.tue,
            with_items(
                TUE_STRENGTH,
                (
                    *TUE_STRENGTH.exercises,
                    rs.Prescription("nordic_curl", CAT["hamstring_curl"].dose_for(INT)),
                ),
            ),
        ),
    ),
    Case(
        "RS201",
        "nine exercises in one session (the athlete has 120 minutes, so time is fine)",
        replace(GOOD, D.tue, _NINE),
        athlete=attrs.evolve(GYM, session_minutes=120),
    ),
    Case(
        "RS202",
        "the light session's calf work (bent-knee raises and pogo hops) becomes a bird dog",
        replace(
            GOOD,
            D.thu,
            with_items(
                THU_LIGHT,
                (
                    *(p for p in THU_LIGHT.exercises if "calf" not in CAT[p.exercise].patterns),
                    rx("bird_dog"),
                ),
            ),
        ),
    ),
    Case(
        "RS202",
        "the strength session's hinge becomes a second squat",
        swap(GOOD, D.tue, "romanian_deadlift", rx("sumo_squat")),
    ),
    Case(
        "RS202",
        "the strength session's hip-stability drill becomes a single-leg glute bridge",
        swap(GOOD, D.tue, "lateral_band_walk", rx("single_leg_glute_bridge")),
    ),
    Case(
        "RS203",
        "the athlete has only 15 minutes (each session takes about 20)",
        GOOD,
        athlete=attrs.evolve(GYM, session_minutes=15),
    ),
    Case(
        "RS204",
        "15 s rests on the goblet squat: a circuit, not strength work",
        with_dose(GOOD, D.tue, "goblet_squat", rest_seconds=rs.IntRange(15)),
    ),
    Case(
        "RS205",
        "goblet squats taken to failure (0-1 reps in reserve)",
        with_dose(GOOD, D.tue, "goblet_squat", rir=rs.IntRange(0, 1)),
    ),
    Case(
        "RS205",
        "strength-session RDLs so easy they leave 4-5 reps in the tank",
        with_dose(GOOD, D.tue, "romanian_deadlift", rir=rs.IntRange(4, 5)),
    ),
    Case(
        "RS206",
        "only the light session is left: nothing aims at the core",
        replace(GOOD, D.tue, None),
    ),
    Case(
        "RS207",
        "the goblet squat written twice in the strength session",
        replace(
            GOOD, D.tue, with_items(TUE_STRENGTH, (*TUE_STRENGTH.exercises, rx("goblet_squat")))
        ),
    ),
    Case(
        "RS301",
        "a barbell exercise (back squat) for an advanced athlete training at home",
        swap(GOOD_BEGINNER, D.wed, "bodyweight_squat", rx("back_squat", ADV)),
        athlete=HOME_ADVANCED,
    ),
    Case(
        "RS301",
        "a Romanian deadlift (barbell, dumbbell or kettlebell) for a beginner at home",
        GOOD_GYM_BEGINNER,
        athlete=HOME_BEGINNER,
    ),
    Case(
        "RS302",
        "front squats (advanced) for an intermediate athlete",
        swap(GOOD, D.tue, "goblet_squat", rx("front_squat", ADV)),
    ),
    Case(
        "RS303",
        # The default catalog has no beginner-level jump, so RS302 would fire too; here a
        # catalog that opens pogo hops to beginners isolates RS303 (intermediate dose).
        "pogo hops for a beginner, with a catalog that rates them beginner-level",
        swap(GOOD_BEGINNER, D.wed, "glute_bridge", rx("pogo_hop")),
        athlete=HOME_BEGINNER,
        catalog=_beginner_pogo_catalog(),
    ),
    Case(
        "RS304",
        "the athlete reports a sore Achilles; the light session has pogo hops",
        GOOD,
        athlete=attrs.evolve(GYM, injuries={rs.Injury.achilles}),
    ),
    Case(
        "RS305",
        "a gym beginner with RDLs (deadlifts) also gets the leg press (heavy squats)",
        swap(GOOD_GYM_BEGINNER, D.wed, "bodyweight_squat", rx("leg_press", BEG)),
        athlete=GYM_BEGINNER,
    ),
    Case(
        "RS305",
        "a gym beginner with RDLs also loads the bodyweight squat with 20 kg",
        with_dose(GOOD_GYM_BEGINNER, D.wed, "bodyweight_squat", load_kg=20.0),
        athlete=GYM_BEGINNER,
    ),
]

_TITLES = {r.code: r.title for r in rs.rules()}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.code}-{c.why}" for c in CASES])
def test_a_plan_breaking_one_rule_reports_exactly_that_rule(case: Case) -> None:
    found = case.violations()
    assert {v.code for v in found} == {case.code}
    for v in found:
        assert v.rule == _TITLES[v.code]
        assert v.message.strip()
        default = next(r.severity for r in rs.rules() if r.code == v.code)
        assert v.severity is default


def test_every_week_rule_has_a_case_breaking_it_alone() -> None:
    assert {c.code for c in CASES} == {r.code for r in rs.rules() if "week" in r.scopes}
    assert set(ALL_CODES) == {c.code for c in CASES}


def test_violations_say_where() -> None:
    by_code = {c.code: c for c in CASES}
    (rs101,) = by_code["RS101"].violations()
    assert (rs101.day, rs101.exercise) == (D.sat, None)
    (rs102,) = by_code["RS102"].violations()
    assert "has an intervals run" in rs102.message
    (rs106,) = by_code["RS106"].violations()
    assert rs106.day is None
    (rs206,) = by_code["RS206"].violations()
    assert "core" in rs206.message
    (rs304,) = by_code["RS304"].violations()
    assert (rs304.day, rs304.exercise) == (D.thu, "pogo_hop")
    (rs305,) = by_code["RS305"].violations()
    assert "squats" in rs305.message
    assert "deadlifts" in rs305.message


# --------------------------------------------------------------------------- the cases

HEAVY_SATURDAY_JSON = """
{
  "schema_version": 1,
  "sessions": [
    {
      "day": "thu", "focus": "light", "placement": "after_run",
      "exercises": [
        {"exercise": "step_up",
         "dose": {"sets": [2, 2], "reps": [8, 12], "per_side": true, "rest_seconds": [60, 90],
                  "rir": [2, 3]}},
        {"exercise": "side_lying_leg_raise",
         "dose": {"sets": [2, 2], "reps": [12, 15], "per_side": true, "rest_seconds": [30, 60],
                  "rir": [2, 3]}},
        {"exercise": "glute_bridge",
         "dose": {"sets": [2, 2], "reps": [10, 15], "rest_seconds": [60, 90], "rir": [2, 3]}},
        {"exercise": "bent_knee_calf_raise",
         "dose": {"sets": [2, 2], "reps": [15, 20], "rest_seconds": [45, 90], "rir": [2, 3]}}
      ]
    },
    {
      "day": "sat", "focus": "strength", "placement": "standalone",
      "exercises": [
        {"exercise": "back_squat",
         "dose": {"sets": [4, 4], "reps": [6, 8], "rest_seconds": [120, 180], "rir": [1, 3]}},
        {"exercise": "romanian_deadlift",
         "dose": {"sets": [3, 3], "reps": [8, 10], "rest_seconds": [90, 150], "rir": [1, 3]}},
        {"exercise": "bulgarian_split_squat",
         "dose": {"sets": [3, 3], "reps": [6, 10], "per_side": true, "rest_seconds": [90, 150],
                  "rir": [1, 3]}},
        {"exercise": "standing_calf_raise",
         "dose": {"sets": [3, 3], "reps": [10, 15], "rest_seconds": [45, 90], "rir": [1, 3]}},
        {"exercise": "lateral_band_walk",
         "dose": {"sets": [2, 2], "steps": [12, 20], "per_side": true, "rest_seconds": [30, 60]}}
      ]
    }
  ]
}
"""


def test_json_plan_with_heavy_squats_the_day_before_the_long_run_is_rs101() -> None:
    plan = rs.from_json(rs.WeekPlan, HEAVY_SATURDAY_JSON)
    athlete = rs.Athlete(level=ADV, equipment="gym", session_minutes=60)
    # RS206 also speaks (a warning): nothing in the session aims at the adductors or core.
    (violation,) = [v for v in rs.validate(plan, athlete, WEEK) if v.code != "RS206"]
    assert violation.code == "RS101"
    assert violation.severity is rs.Severity.error
    assert violation.day is D.sat
    assert "long" in violation.message
    # Moved to Tuesday, after the intervals, the same session breaks nothing.
    moved = replace(plan, D.sat, attrs.evolve(on(plan, D.sat), day=D.tue, placement=AFTER))
    assert [v.code for v in rs.validate(moved, athlete, WEEK)] == ["RS206"]


def test_a_light_label_does_not_hide_heavy_lifts_the_day_before_a_long_run() -> None:
    # A coach sees 4 x 6-8 back squats, RDLs and Bulgarian split squats on Saturday, the day
    # before the long run. build_week never puts barbells or machines in a light session,
    # but validate takes the label at its word.
    text = HEAVY_SATURDAY_JSON.replace(
        '"day": "sat", "focus": "strength"', '"day": "sat", "focus": "light"'
    )
    plan = rs.from_json(rs.WeekPlan, text)
    assert on(plan, D.sat).focus is LIGHT
    athlete = rs.Athlete(level=ADV, equipment="gym", session_minutes=60)
    found = rs.validate(plan, athlete, WEEK)
    assert [v for v in found if v.severity is rs.Severity.error and v.day is D.sat]


def test_a_beginner_with_box_jumps_breaks_rs302_and_rs303() -> None:
    # Box jumps are both advanced (RS302: above the athlete's level) and a jump (RS303: no
    # plyometrics for beginners), so both fire; the catalog has no beginner-level jump (the
    # RS303-only case above uses a custom catalog). RS305 stays quiet: jumping is the
    # beginner's only "heavy" kind, nothing else is loaded. There is no beginner dose for
    # box jumps, so the advanced one is used.
    plan = swap(GOOD_BEGINNER, D.wed, "glute_bridge", rx("box_jump", ADV))
    found = rs.validate(plan, HOME_BEGINNER, WEEK)
    assert {v.code for v in found} == {"RS302", "RS303"}
    assert {v.exercise for v in found} == {"box_jump"}


def test_a_barbell_exercise_for_a_home_athlete_is_rs301() -> None:
    plan = swap(GOOD_BEGINNER, D.wed, "bodyweight_squat", rx("back_squat", ADV))
    (violation,) = rs.validate(plan, HOME_ADVANCED, WEEK)
    assert (violation.code, violation.exercise) == ("RS301", "back_squat")
    assert "barbell" in violation.message
    assert "squat_rack" in violation.message


def test_nine_exercises_in_a_session_is_rs201() -> None:
    plan = replace(GOOD, D.tue, _NINE)
    assert len(on(plan, D.tue).exercises) == 9
    (violation,) = rs.validate(plan, GYM, WEEK)
    assert (violation.code, violation.day) == ("RS201", D.tue)
    assert "9" in violation.message


def test_fifteen_second_rests_are_rs204() -> None:
    plan = with_dose(GOOD, D.tue, "goblet_squat", rest_seconds=rs.IntRange(15))
    (violation,) = rs.validate(plan, GYM, WEEK)
    assert (violation.code, violation.day, violation.exercise) == ("RS204", D.tue, "goblet_squat")
    assert "15 s" in violation.message


# --------------------------------------------------------------------------- rules as data


def test_rules_lists_every_code_once_sorted_with_its_metadata() -> None:
    listed = [r.code for r in rs.rules()]
    assert listed == sorted((*ALL_CODES, *PROGRESSION_CODES))
    for r in rs.rules():
        assert isinstance(r, rs.Rule)
        assert r.title.strip()
        assert r.source.strip()
        assert r.why.strip()
        assert r.severity in set(rs.Severity)
        assert r.code in str(r)


def test_default_severities_follow_the_contract() -> None:
    warnings = {r.code for r in rs.rules() if r.severity is rs.Severity.warning}
    assert warnings == {
        *("RS105", "RS107", "RS203", "RS206"),
        *("RS405", "RS406", "RS407", "RS408", "RS409"),
    }


def _many_breaks() -> rs.WeekPlan:
    """15 s rests (RS204), light on Wednesday (RS105), strength on Saturday (RS101, RS106)."""
    plan = with_dose(GOOD, D.tue, "goblet_squat", rest_seconds=rs.IntRange(15))
    plan = replace(plan, D.thu, attrs.evolve(THU_LIGHT, day=D.wed))
    return add(plan, attrs.evolve(TUE_STRENGTH, day=D.sat, placement=ALONE))


def test_rules_option_runs_only_the_named_rules() -> None:
    plan = _many_breaks()
    assert codes(plan, GYM, WEEK) == {"RS101", "RS105", "RS106", "RS204"}
    assert codes(plan, GYM, WEEK, rules=["RS204"]) == {"RS204"}
    assert codes(plan, GYM, WEEK, rules=("RS105", "RS101")) == {"RS101", "RS105"}
    assert codes(plan, GYM, WEEK, rules=["RS201"]) == set()
    assert codes(plan, GYM, WEEK, rules=[]) == set()


@pytest.mark.parametrize("bad", [["RS999"], ["RS204", "rs204"], ["RS401"], ["RS2O4"]])
def test_unknown_rule_codes_are_an_input_error(bad: list[str]) -> None:
    with pytest.raises(rs.InputError) as info:
        rs.validate(GOOD, GYM, WEEK, rules=bad)
    assert isinstance(info.value, ValueError)
    assert bad[-1] in str(info.value)


def test_min_rest_setting_moves_the_rs204_threshold() -> None:
    # The calf raises rest 45-90 s and the band walk and leg raise 30-60 s in the catalog:
    # fine at the default 30 s minimum, too short at 60 s.
    assert "RS204" not in codes(GOOD, GYM, WEEK)
    found = rs.validate(GOOD, GYM, WEEK, settings=rs.RuleSettings(min_rest_seconds=60))
    short = {
        (p.exercise, s.day)
        for s in GOOD.sessions
        for p in s.exercises
        if p.dose.rest_seconds.lo < 60
    }
    assert len(short) >= 3
    assert {(v.exercise, v.day) for v in found} == short
    assert {v.code for v in found} == {"RS204"}
    plan = with_dose(GOOD, D.tue, "goblet_squat", rest_seconds=rs.IntRange(15))
    assert rs.validate(plan, GYM, WEEK, settings=rs.RuleSettings(min_rest_seconds=10)) == ()


def test_exercises_per_session_setting_moves_the_rs201_range() -> None:
    nine = replace(GOOD, D.tue, _NINE)
    wide = rs.RuleSettings(exercises_per_session=(3, 9))
    assert rs.validate(nine, GYM, WEEK, settings=wide) == ()
    narrow = rs.RuleSettings(exercises_per_session=(7, 8))
    found = rs.validate(GOOD, GYM, WEEK, settings=narrow)  # the sessions hold six and five
    assert {(v.code, v.day) for v in found} == {("RS201", D.tue), ("RS201", D.thu)}


def test_severities_setting_changes_a_rules_severity() -> None:
    back_to_back = replace(GOOD, D.thu, attrs.evolve(THU_LIGHT, day=D.wed))
    (default,) = rs.validate(back_to_back, GYM, WEEK)
    assert (default.code, default.severity) == ("RS105", rs.Severity.warning)
    promote = rs.RuleSettings(severities={"RS105": "error"})
    (strict,) = rs.validate(back_to_back, GYM, WEEK, settings=promote)
    assert (strict.code, strict.severity) == ("RS105", rs.Severity.error)
    demote = rs.RuleSettings(severities={"RS302": rs.Severity.warning})
    too_hard = swap(GOOD, D.tue, "goblet_squat", rx("front_squat", ADV))
    (soft,) = rs.validate(too_hard, GYM, WEEK, settings=demote)
    assert (soft.code, soft.severity) == ("RS302", rs.Severity.warning)


def _validate_with_severities(severities: dict[str, str]) -> None:
    rs.validate(GOOD, GYM, WEEK, settings=rs.RuleSettings(severities=severities))


@pytest.mark.parametrize("code", ["RS150", "rs105", "RS999"])
def test_severities_for_an_unknown_code_are_an_input_error(code: str) -> None:
    # "RS150" is a typo for "RS105": the coach would think back-to-back days are now an
    # error while nothing changed, so it must be refused like rules=["RS150"].
    with pytest.raises(rs.InputError, match=code):
        _validate_with_severities({code: "error"})


def test_violations_are_sorted_errors_first_then_by_code() -> None:
    found = rs.validate(_many_breaks(), GYM, WEEK)
    keys = [(v.severity is not rs.Severity.error, v.code) for v in found]
    assert keys == sorted(keys)
    # RS105 has the lowest code but is a warning, so it comes last.
    assert [v.code for v in found] == ["RS101", "RS106", "RS204", "RS105"]
    promote = rs.RuleSettings(severities={"RS105": "error"})
    promoted = rs.validate(_many_breaks(), GYM, WEEK, settings=promote)
    assert [v.code for v in promoted] == ["RS101", "RS105", "RS106", "RS204"]


def test_validate_is_repeatable() -> None:
    plan = _many_breaks()
    assert rs.validate(plan, GYM, WEEK) == rs.validate(plan, GYM, WEEK)


# --------------------------------------------------------------------------- the week wraps

# Monday holds a tempo run; the strength session is on Sunday after an easy run.
WRAP_WEEK = week(mon="tempo", wed="easy", thu="easy", sat="easy", sun="easy")
SUN_STRENGTH = session(D.sun, STRENGTH, AFTER, STRENGTH_IDS)
WRAP_PLAN = plan_of(session(D.wed, LIGHT, AFTER, LIGHT_IDS), SUN_STRENGTH)
EASY_MONDAY_WEEK = attrs.evolve(WRAP_WEEK, mon=(rs.Run(rs.RunKind.easy),))


def test_sunday_strength_before_a_monday_key_run_is_rs101_as_the_week_repeats() -> None:
    (violation,) = rs.validate(WRAP_PLAN, GYM, WRAP_WEEK)
    assert (violation.code, violation.day) == ("RS101", D.sun)
    assert "Monday" in violation.message


def test_next_week_with_an_easy_or_free_monday_clears_the_wrap() -> None:
    easy_monday = week(mon="easy", tue="intervals", sun="long")
    assert rs.validate(WRAP_PLAN, GYM, WRAP_WEEK, next_week=easy_monday) == ()
    assert rs.validate(WRAP_PLAN, GYM, WRAP_WEEK, next_week=week()) == ()


def test_next_week_with_a_key_monday_is_rs101_even_if_this_monday_is_easy() -> None:
    assert rs.validate(WRAP_PLAN, GYM, EASY_MONDAY_WEEK) == ()
    assert codes(WRAP_PLAN, GYM, EASY_MONDAY_WEEK, next_week=week(mon="long")) == {"RS101"}


def test_a_race_next_monday_forbids_any_sunday_session() -> None:
    race_monday = week(mon="race")
    # A strength session the day before a race breaks RS101 (key run) and RS103 (race).
    assert codes(WRAP_PLAN, GYM, EASY_MONDAY_WEEK, next_week=race_monday) == {"RS101", "RS103"}
    light_sunday = plan_of(session(D.sun, LIGHT, AFTER, WHOLE_LIGHT_IDS))
    assert codes(light_sunday, GYM, EASY_MONDAY_WEEK, next_week=race_monday) == {"RS103"}
    assert codes(light_sunday, GYM, EASY_MONDAY_WEEK) == set()


def test_sunday_and_monday_sessions_are_back_to_back_across_the_wrap() -> None:
    plan = plan_of(
        session(D.mon, LIGHT, AFTER, LIGHT_IDS),
        session(D.thu, STRENGTH, AFTER, STRENGTH_IDS),
        session(D.sun, LIGHT, AFTER, LIGHT_IDS),
    )
    athlete = attrs.evolve(GYM, sessions_per_week=3)
    (violation,) = rs.validate(plan, athlete, week(mon="easy", thu="easy", sun="easy"))
    assert (violation.code, violation.day) == ("RS105", D.mon)


# --------------------------------------------------------------------------- any plan at all


@settings(deadline=None)  # inherits the loaded profile's other settings
@given(rst.week_plans(), rst.athletes(), rst.running_weeks(), st.sampled_from(ALL_CODES))
def test_validate_takes_any_plan_and_each_rule_reports_its_own_part(
    plan: rs.WeekPlan, athlete: rs.Athlete, runs: rs.RunningWeek, code: str
) -> None:
    found = rs.validate(plan, athlete, runs)
    assert {v.code for v in found} <= set(ALL_CODES)
    keys = [(v.severity is not rs.Severity.error, v.code) for v in found]
    assert keys == sorted(keys)
    assert rs.validate(plan, athlete, runs, rules=[code]) == tuple(
        v for v in found if v.code == code
    )
