"""Nothing new near a race: power, taper and race weeks keep the exercises the runner knows."""

from __future__ import annotations

import runstrength as rs
from runstrength._model.reason import text_of
from runstrength._model.vocab import Injury
from runstrength._plan.familiar import FAMILIAR, familiar
from tests.season.athletes import ADVANCED_WITH_LIFTS

CAT = rs.default_catalog()


def _week(**days: tuple[str, int]) -> rs.RunningWeek:
    return rs.RunningWeek(**{day: rs.Run(kind, minutes) for day, (kind, minutes) in days.items()})


HARD = _week(
    mon=("easy", 50), tue=("intervals", 70), thu=("tempo", 60), sat=("easy", 50), sun=("long", 110)
)
EASING = _week(tue=("intervals", 50), thu=("easy", 40), sun=("long", 80))
RACE = _week(tue=("easy", 40), thu=("easy", 30), sat=("race", 90))


def _rx(exercise: str) -> rs.Prescription:
    return rs.Prescription(exercise, CAT[exercise].dose_for(rs.Level.advanced))


def test_an_exercise_moved_on_from_comes_back_as_last_week_had_it() -> None:
    last = {"deficit_reverse_lunge": _rx("deficit_reverse_lunge")}
    items = [_rx("cossack_squat"), _rx("front_plank")]
    kept = familiar(items, {"cossack_squat": "deficit_reverse_lunge"}, last, frozenset(), CAT)
    assert [rx.exercise for rx in kept] == ["deficit_reverse_lunge", "front_plank"]
    assert kept[0] == last["deficit_reverse_lunge"]


def test_an_old_exercise_resting_after_sharp_pain_never_comes_back() -> None:
    last = {"romanian_deadlift": _rx("romanian_deadlift")}
    items = [_rx("hip_thrust")]
    rested = frozenset({Injury.hamstring})
    assert familiar(items, {"hip_thrust": "romanian_deadlift"}, last, rested, CAT) == items


def test_no_exercise_is_changed_for_another_in_the_weeks_before_a_half() -> None:
    # An advanced runner's light-day lunge held at its top used to become a Cossack squat
    # in the taper: a new movement nine days before the race.
    block = rs.build_block(ADVANCED_WITH_LIFTS, [HARD] * 6 + [EASING, RACE])
    for index, phase in enumerate(block.phases):
        if phase not in FAMILIAR or index == 0:
            continue
        before = {rx.exercise for s in block.weeks[index - 1].sessions for rx in s.exercises}
        for session in block.weeks[index].sessions:
            for rx in session.exercises:
                if rx.exercise in before or CAT[rx.exercise].plyometric:
                    continue  # known, or the power phase's own jumps
                if rx.reason is not None and rx.reason.code == "race_week.plain_variant":
                    # race week's plain form of a deficit or eccentric move done before it
                    assert rx.reason.params["instead"] in before, (index + 1, rx)
                    continue
                # the one short core hold a lighter week keeps when it has no core work
                assert text_of(rx.reason).startswith(
                    ("Core: one short hold", "Core: one short front-plank hold")
                ), (index + 1, phase, rx)
