"""The source articles' own sessions, written as plans and checked against the rules.

These tests document what the articles themselves break under our rules, with the reason
a coach agrees with each finding. Each session is placed where the rules want it (after
an easy run, with no key run the next day), so only its content and fit are judged. Doses
are the articles' numbers as written; where an article gives no rest (000), we use 60-90 s,
the rest 003 gives for most of the same moves, and say so.

Each test asserts exactly which rule codes fire, as a sorted list (a code twice when it
fires twice). Two findings recur, and a coach signs both:

- RS206 names the adductors and the core: they count when they are an exercise's main
  muscles, not when a squat or lunge works them on the side. 003 lists both among what
  runners should train, and none of these sessions holds a move aimed at either.
- RS202 names the patterns 003's own "balanced workout" asks for that a session lacks.
"""

from __future__ import annotations

import attrs
import pytest

import runstrength as rs
from tests.coach import judge

CAT = rs.default_catalog()
BEG, INT, ADV = rs.Level.beginner, rs.Level.intermediate, rs.Level.advanced

# Easy runs on Monday, Wednesday and Friday, a long run on Sunday. Every session below
# goes after Wednesday's easy run (003's light session after Friday's); neither Thursday
# nor Saturday holds a run, so no placement rule speaks (RS101, RS102, RS107 quiet).
WEEK = rs.RunningWeek(mon="easy", wed="easy", fri="easy", sun="long")
REST_000 = (60, 90)
"""000 gives no rest between sets: we choose 60-90 s."""

WARM_UP_000 = rs.Routine((5, 10), ("Dynamic stretching or light jogging.",))
WARM_UP_003 = rs.Routine((5, 8), ("Easy movement, then warm-up drills.",))


def rx(
    name: str,
    *,
    sets: int,
    reps: int | tuple[int, int] | None = None,
    seconds: tuple[int, int] | None = None,
    steps: int | None = None,
    per_side: bool = False,
    rest: int | tuple[int, int] = REST_000,
    rir: tuple[int, int] | None = None,
) -> rs.Prescription:
    """A prescription named as the article names it, looked up in the catalog."""
    exercise = CAT.find(name)
    assert exercise is not None, name
    dose = rs.Dose(
        sets=sets,
        reps=reps,
        seconds=seconds,
        steps=steps,
        per_side=per_side,
        rest_seconds=rest,
        rir=rir,
    )
    return rs.Prescription(exercise.id, dose)


def session(
    items: list[rs.Prescription],
    warm_up: rs.Routine,
    *,
    day: rs.Weekday = rs.Weekday.wed,
    focus: rs.Focus = rs.Focus.strength,
) -> rs.Session:
    """The article's workout as one session after that day's easy run."""
    return rs.Session(
        day=day,
        focus=focus,
        placement=rs.Placement.after_run,
        exercises=tuple(items),
        reasons=("The article's own workout.",),
        warm_up=warm_up,
    )


def plan(items: list[rs.Prescription], warm_up: rs.Routine) -> rs.WeekPlan:
    """The article's workout as one strength session after Wednesday's easy run."""
    return rs.WeekPlan(sessions=(session(items, warm_up),))


def found(week_plan: rs.WeekPlan, athlete: rs.Athlete) -> dict[str, list[tuple[str | None, str]]]:
    """Each code found, with the exercise and message of each violation."""
    out: dict[str, list[tuple[str | None, str]]] = {}
    for v in rs.validate(week_plan, athlete, WEEK):
        out.setdefault(v.code, []).append((v.exercise, v.message))
    return out


def codes(week_plan: rs.WeekPlan, athlete: rs.Athlete) -> list[str]:
    """Every code that fires, sorted, once per violation."""
    return sorted(v.code for v in rs.validate(week_plan, athlete, WEEK))


def assert_names_adductors_and_core(week_plan: rs.WeekPlan, athlete: rs.Athlete) -> None:
    """RS206 says the week misses the adductors and the core, and nothing else."""
    ((_, message),) = found(week_plan, athlete)["RS206"]
    assert "adductors" in message
    assert "core" in message
    for trained in ("quads", "glutes", "hamstrings", "soleus", "glute medius"):
        assert trained not in message


# --------------------------------------------------------------------------- 000, beginner

BEGINNER_000 = plan(
    [
        rx("Bodyweight Squats", sets=3, reps=15),
        rx("Walking Lunges", sets=3, reps=10, per_side=True),
        rx("Single-Leg Glute Bridge", sets=3, reps=12, per_side=True),
        rx("Step-Ups", sets=3, reps=10, per_side=True),
        rx("Calf Raises", sets=3, reps=20),
        rx("Wall Sit Hold", sets=3, seconds=(30, 60)),
    ],
    WARM_UP_000,
)


def test_000_beginner_workout_for_a_beginner_with_an_hour() -> None:
    # 18 sets with their rests, six changeovers, the warm-up and the cool-down take about
    # 56 minutes: a beginner who sets aside an hour has the time (RS203 quiet).
    athlete = rs.Athlete(level=BEG, equipment="home", session_minutes=60)
    assert codes(BEGINNER_000, athlete) == ["RS202", "RS206"]
    result = found(BEGINNER_000, athlete)
    # RS202: no hip hinge and no hip-stability drill, two of the five things 003 says a
    # balanced session holds. A coach adds a kickstand RDL and a side-lying leg raise.
    ((_, message),) = result["RS202"]
    assert "a hip hinge" in message
    assert "a hip-stability drill" in message
    assert "single-leg" not in message  # step-ups and single-leg bridges cover it
    # RS206: squats and lunges work the adductors and the trunk only on the side.
    assert_names_adductors_and_core(BEGINNER_000, athlete)
    # No RS302: walking lunges suit beginners, as 000's own beginner workout (3 x 10 a
    # leg) has them; 003's advice to start with split squats is a progression choice.
    # Nothing else: a step and a wall are in the home kit (RS301), no jumps (RS303),
    # nothing is loaded (RS305), no RIR to check (RS205), rests are ours (RS204), and no
    # exercise appears twice (RS207).
    # With the default 30 minutes, RS203 (warning) joins (002: "about 30 minutes").
    thirty = attrs.evolve(athlete, session_minutes=30)
    assert codes(BEGINNER_000, thirty) == ["RS202", "RS203", "RS206"]
    ((_, minutes),) = found(BEGINNER_000, thirty)["RS203"]
    assert "56 minutes" in minutes


def test_000_beginner_frequency_is_too_much_for_a_new_beginner() -> None:
    athlete = rs.Athlete(level=BEG, equipment="home", session_minutes=60)
    (wed,) = BEGINNER_000.sessions
    twice = rs.WeekPlan(sessions=(wed, attrs.evolve(wed, day=rs.Weekday.fri)))
    # RS106: 000 runs it 2-3 times a week; 003 starts a beginner on one session and adds
    # a second only when recovery is good.
    assert "RS106" in codes(twice, athlete)
    # With the second session the athlete chose, only the content problems remain: each
    # session's RS202, and the week's RS206 once.
    chosen = attrs.evolve(athlete, sessions_per_week=2)
    assert codes(twice, chosen) == ["RS202", "RS202", "RS206"]


# --------------------------------------------------------------------------- 000, advanced

ADVANCED_000 = plan(
    [
        rx("Barbell Back Squats", sets=4, reps=(6, 8)),
        rx("Romanian Deadlifts", sets=3, reps=(8, 10)),
        rx("Walking Lunges with Dumbbells", sets=3, reps=12, per_side=True),
        rx("Leg Press Machine", sets=3, reps=(10, 12)),
        # A kickback works one leg at a time: 12-15 per leg.
        rx("Cable Kickbacks", sets=3, reps=(12, 15), per_side=True),
        rx("Seated Calf Raises", sets=3, reps=(15, 20)),
        rx("Lateral Band Walks", sets=3, steps=20, per_side=True),
    ],
    WARM_UP_000,
)


def test_000_advanced_gym_workout_for_an_advanced_gym_athlete_with_65_minutes() -> None:
    # 22 sets with their rests, seven changeovers, the warm-up and the cool-down take
    # about 64 minutes: it fits an athlete with 65.
    athlete = rs.Athlete(level=ADV, equipment="gym", session_minutes=65)
    ids = [p.exercise for p in ADVANCED_000.sessions[0].exercises]
    assert (
        " ".join(ids[:5]) == "back_squat romanian_deadlift walking_lunge leg_press cable_kickback"
    )
    assert CAT[ids[5]].primary == {rs.Muscle.soleus}  # seated: a bent-knee calf raise
    assert ids[6] == "lateral_band_walk"
    # RS206 only. No RS202: walking lunges with dumbbells are the single-leg move (000:
    # "unilateral strength"; each leg works alone in a split stance, as on a step-up),
    # and squat, hinge, calf and hip-stability work are all there. Seven exercises: the
    # most RS201 allows.
    assert codes(ADVANCED_000, athlete) == ["RS206"]
    assert_names_adductors_and_core(ADVANCED_000, athlete)
    # With the default 30 minutes, RS203 (warning) joins.
    thirty = attrs.evolve(athlete, session_minutes=30)
    assert codes(ADVANCED_000, thirty) == ["RS203", "RS206"]
    ((_, minutes),) = found(ADVANCED_000, thirty)["RS203"]
    assert "64 minutes" in minutes


def test_000_advanced_workout_suits_an_intermediate_in_a_gym() -> None:
    # 000's gym session puts barbell back squats in a runner's programme: an intermediate
    # may do them (the planner still starts one on the goblet squat, 003: easier to learn).
    athlete = rs.Athlete(level=INT, equipment="gym", session_minutes=65)
    assert codes(ADVANCED_000, athlete) == ["RS206"]


def test_000_sessions_repeat_movement_families_that_no_rule_flags() -> None:
    # What the planner must not copy, though no rule is broken: 000's gym session squats
    # twice on two legs (back squat and leg press); its beginner session squats twice
    # (squats and the wall sit) and works one leg at a time twice (walking lunges and
    # step-ups). A coach keeps one of each and spends the time on the missing hinge and
    # hip-stability drill.
    (gym,) = judge.family_winces(ADVANCED_000)
    assert "2 bilateral squat exercises (back_squat, leg_press)" in gym
    squats, single_leg = judge.family_winces(BEGINNER_000)
    assert "2 bilateral squat exercises (bodyweight_squat, wall_sit)" in squats
    assert "2 single-leg knee exercises (walking_lunge, step_up)" in single_leg


# --------------------------------------------------------------------------- 003, sample table

SAMPLE_003 = plan(
    [
        rx("Goblet Squat", sets=3, reps=(8, 10), rest=90, rir=(1, 3)),
        rx("Reverse Lunge", sets=3, reps=8, per_side=True, rest=(60, 90), rir=(1, 3)),
        rx("Romanian Deadlift", sets=3, reps=(8, 10), rest=90, rir=(1, 3)),
        rx("Step-Up", sets=2, reps=10, per_side=True, rest=(60, 90), rir=(1, 3)),
        rx("Standing Calf Raise", sets=3, reps=(12, 20), rest=(45, 75), rir=(1, 3)),
        # Band walks count steps, not reps to failure: no RIR.
        rx("Lateral Band Walk", sets=2, steps=10, per_side=True, rest=(30, 60)),
    ],
    WARM_UP_003,
)


def test_003_sample_workout_for_an_intermediate_gym_athlete() -> None:
    # At the top of every rep range with the middle of every rest (3 x 10 goblet squats
    # with 90 s rest, ...), six changeovers, the warm-up and the cool-down, the table takes
    # about 47 minutes: it fits an athlete with 50.
    athlete = rs.Athlete(level=INT, equipment="gym", session_minutes=50)
    # RS206 only: six exercises; squat, hinge, single-leg (step-up and reverse lunge),
    # calf and hip-stability work; rests of 30 s or more; 1-3 RIR. But nothing aimed at
    # the adductors or the core, which the same article lists among what runners train.
    assert codes(SAMPLE_003, athlete) == ["RS206"]
    assert_names_adductors_and_core(SAMPLE_003, athlete)
    # With the default 30 minutes, RS203 (warning) joins: just over.
    thirty = attrs.evolve(athlete, session_minutes=30)
    assert codes(SAMPLE_003, thirty) == ["RS203", "RS206"]
    ((_, minutes),) = found(SAMPLE_003, thirty)["RS203"]
    assert "47 minutes" in minutes


def test_003_sample_workout_also_suits_an_advanced_athlete_but_not_a_beginner() -> None:
    advanced = rs.Athlete(level=ADV, equipment="gym", session_minutes=50)
    assert codes(SAMPLE_003, advanced) == ["RS206"]
    beginner = rs.Athlete(level=BEG, equipment="gym", session_minutes=50)
    # Goblet squats and reverse lunges are intermediate (RS302: 003 gives beginners
    # bodyweight and assisted versions); a beginner lifting goblet squats and RDLs adds
    # "heavy squats" and "deadlifts" in one week (RS305: 003 says not all at once).
    assert codes(SAMPLE_003, beginner) == ["RS206", "RS302", "RS302", "RS305"]
    assert sorted(exercise or "" for exercise, _ in found(SAMPLE_003, beginner)["RS302"]) == [
        "goblet_squat",
        "reverse_lunge",
    ]


def test_003_sample_workout_with_an_exercise_written_twice() -> None:
    # A copy slip: the step-ups listed twice. RS207 names it once; the seventh exercise
    # is still within RS201, and about 54 minutes fit the athlete's hour.
    (sample,) = SAMPLE_003.sessions
    step_up = sample.exercises[3]
    doubled = attrs.evolve(sample, exercises=(*sample.exercises, step_up))
    athlete = rs.Athlete(level=INT, equipment="gym", session_minutes=60)
    assert codes(rs.WeekPlan(sessions=(doubled,)), athlete) == ["RS206", "RS207"]


# --------------------------------------------------------------------------- 003, beginner


def _beginner_003_item(name: str, sets: int, reps: int, per_side: bool) -> rs.Prescription:
    # 003 gives no rest or effort for this session: the catalog's beginner dose (003's own
    # per-exercise rest) supplies them; the sets and reps are the article's.
    exercise = CAT.find(name)
    assert exercise is not None, name
    base = exercise.dose_for(BEG)
    dose = rs.Dose(
        sets=sets, reps=reps, per_side=per_side, rest_seconds=base.rest_seconds, rir=base.rir
    )
    return rs.Prescription(exercise.id, dose)


BEGINNER_003 = plan(
    [
        _beginner_003_item("bodyweight squat", 2, 10, per_side=False),
        _beginner_003_item("assisted reverse lunge", 2, 8, per_side=True),
        _beginner_003_item("glute bridge", 2, 12, per_side=False),
        _beginner_003_item("low step-up", 2, 8, per_side=True),
        _beginner_003_item("wall calf raise", 2, 15, per_side=False),
    ],
    WARM_UP_003,
)


@pytest.mark.parametrize(("kit", "minutes"), [("home", 35), ("gym", 35), ("home", 40)])
def test_003_beginner_session(kit: str, minutes: int) -> None:
    # About 34 minutes with five changeovers, the warm-up and the cool-down: 003 asks to
    # "keep the workout short", and it fits 35 or 40.
    athlete = rs.Athlete(level=BEG, equipment=kit, session_minutes=minutes)
    assert [p.exercise for p in BEGINNER_003.sessions[0].exercises] == [
        "bodyweight_squat",
        "assisted_reverse_lunge",
        "glute_bridge",
        "step_up",
        "standing_calf_raise",
    ]
    # RS202: five exercises (RS201 is happy), all beginner level and doable with a wall
    # and a step. But no hip hinge and no hip-stability drill (the glute bridge is hip
    # extension), two of the five things the same article says a balanced session holds;
    # a coach adds a kickstand RDL and a side-lying leg raise, still inside 30 minutes.
    # RS206: nothing aimed at the adductors or the core.
    assert codes(BEGINNER_003, athlete) == ["RS202", "RS206"]
    ((_, message),) = found(BEGINNER_003, athlete)["RS202"]
    assert "a hip hinge" in message
    assert "a hip-stability drill" in message
    assert_names_adductors_and_core(BEGINNER_003, athlete)


def test_003_beginner_session_as_a_light_session_still_lacks_hip_stability() -> None:
    (beginner,) = BEGINNER_003.sessions
    light = rs.WeekPlan(sessions=(attrs.evolve(beginner, focus=rs.Focus.light),))
    athlete = rs.Athlete(level=BEG, equipment="home", session_minutes=35)
    # A light session needs single-leg, hip-stability and calf work: the step-ups and
    # calf raises are there, a hip-stability drill is not.
    assert codes(light, athlete) == ["RS202", "RS206"]
    ((_, message),) = found(light, athlete)["RS202"]
    assert message.endswith("lacks a hip-stability drill.")


# --------------------------------------------------------------------------- 003, intermediate

# 003: "One session can focus on strength with goblet squats, Romanian deadlifts, Bulgarian
# split squats, step-ups, and calf raises. The second session can be lighter and focus on
# single-leg control, lateral band walks, glute bridges, and low-level pogo hops." The
# doses are the sample table's where it has the exercise, else the low end of 003's own
# numbers for it; single-leg control is the single-leg RDL (003: "useful for hamstrings,
# glutes, and balance").
INTERMEDIATE_STRENGTH_003 = session(
    [
        rx("Goblet Squat", sets=3, reps=(8, 10), rest=90, rir=(1, 3)),
        rx("Romanian Deadlift", sets=3, reps=(8, 10), rest=90, rir=(1, 3)),
        rx(
            "Bulgarian Split Squat", sets=2, reps=(6, 10), per_side=True, rest=(90, 150), rir=(1, 3)
        ),
        rx("Step-Up", sets=2, reps=10, per_side=True, rest=(60, 90), rir=(1, 3)),
        rx("Standing Calf Raise", sets=3, reps=(12, 20), rest=(45, 75), rir=(1, 3)),
    ],
    WARM_UP_003,
)
INTERMEDIATE_LIGHT_003 = session(
    [
        rx("Pogo Hop", sets=2, seconds=(10, 20), rest=(60, 120)),
        rx(
            "Single-Leg Romanian Deadlift",
            sets=2,
            reps=(6, 10),
            per_side=True,
            rest=(60, 120),
            rir=(1, 3),
        ),
        rx("Glute Bridge", sets=2, reps=(8, 15), rest=(60, 120), rir=(1, 3)),
        rx("Lateral Band Walk", sets=2, steps=10, per_side=True, rest=(30, 60)),
    ],
    WARM_UP_003,
    day=rs.Weekday.fri,
    focus=rs.Focus.light,
)
INTERMEDIATE_WEEK_003 = rs.WeekPlan(sessions=(INTERMEDIATE_STRENGTH_003, INTERMEDIATE_LIGHT_003))


def test_003_intermediate_week_for_an_intermediate_gym_athlete() -> None:
    # Wednesday's strength session takes about 44 minutes, Friday's light one about 30;
    # Friday's jumps come two days before Sunday's long run, with Saturday free.
    athlete = rs.Athlete(level=INT, equipment="gym", session_minutes=45)
    result = found(INTERMEDIATE_WEEK_003, athlete)
    # RS202, Wednesday only: the strength session has no hip-stability drill, which 003's
    # own balanced session holds; two sets of band walks cost a coach three minutes.
    # Friday's light session is whole: the single-leg RDL is single-leg control, the band
    # walks hip stability, and the pogo hops are calf work, bouncing "through the ankles"
    # (003: the easier variation is a fast calf raise).
    # RS206: neither session aims at the adductors or the core.
    assert codes(INTERMEDIATE_WEEK_003, athlete) == ["RS202", "RS206"]
    ((_, message),) = result["RS202"]
    assert message.startswith("Wednesday")
    assert message.endswith("lacks a hip-stability drill.")
    assert_names_adductors_and_core(INTERMEDIATE_WEEK_003, athlete)


def test_003_intermediate_strength_session_repeats_single_leg_knee_work() -> None:
    # No rule flags it, but the planner must not copy it: Bulgarian split squats and
    # step-ups are both single-leg knee work; a coach keeps one and adds the missing
    # hip-stability drill in its place.
    week = rs.WeekPlan(sessions=(INTERMEDIATE_STRENGTH_003,))
    (wince,) = judge.family_winces(week)
    assert "single-leg knee exercises (bulgarian_split_squat, step_up)" in wince
