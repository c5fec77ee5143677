"""FIT workout files: every message and step read back with an independent reader."""

from __future__ import annotations

import datetime
import doctest
import subprocess
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
import runstrength._views.fit
import runstrength._views.fitsteps
from runstrength import strategies as rst
from runstrength._model.errors import MissingExtraError
from runstrength._views.fit import CREATED, fit_files, profile_ids, to_fit
from runstrength._views.fitsteps import (
    MAX_WEIGHT_KG,
    NAME_BYTES,
    NOTES_BYTES,
    fit_exercise,
    truncate,
)
from tests.fit.decoded import check_workout, decode, profile_numbers

CATALOG = rs.default_catalog()
MONDAY = datetime.date(2026, 3, 2)
ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="home")
WEEK = rs.RunningWeek(tue="easy", thu="tempo", sun="long")


def _session(*items: rs.Prescription, **more: object) -> rs.Session:
    return rs.Session(day="wed", focus="strength", placement="standalone", exercises=items, **more)  # type: ignore[arg-type]


def _steps(data: bytes) -> list[dict[str, object]]:
    return [m.raw for m in decode(data) if m.name == "workout_step"]


GOBLET = rs.Prescription(
    "goblet_squat", rs.Dose(sets=3, reps=(8, 10), rest_seconds=(60, 90), load_kg=17.55)
)
PLANK = rs.Prescription("front_plank", rs.Dose(sets=2, seconds=(20, 30), rest_seconds=45))
BAND = rs.Prescription(
    "lateral_band_walk", rs.Dose(sets=1, steps=15, per_side=True, rest_seconds=0)
)


# --------------------------------------------------------------------------- one session


def test_a_planned_session_has_every_message_and_step_it_should() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    for session in plan.sessions:
        messages = check_workout(to_fit(session), session, CATALOG, name=to_name(session))
        assert messages[0].values["time_created"] == CREATED


def test_the_layout_step_by_step() -> None:
    routine = rs.Routine(minutes=(5, 8), steps=("Easy jog.", "Leg swings."))
    session = _session(GOBLET, PLANK, BAND, warm_up=routine, cool_down=rs.Routine(minutes=5))
    data = to_fit(session, name="Leg day")
    check_workout(data, session, CATALOG, name="Leg day")
    steps = _steps(data)
    # warm-up, goblet (active, rest, repeat), plank (active, rest, repeat), band walk, cool-down
    assert [s["duration_type"] for s in steps] == [5, 29, 0, 6, 0, 0, 6, 29, 5]
    assert [s.get("intensity") for s in steps] == [2, 0, 1, None, 0, 1, None, 0, 3]
    assert "duration_value" not in steps[0]  # open: the lap button ends it
    assert (steps[3]["duration_value"], steps[3]["target_value"]) == (1, 3)
    assert (steps[6]["duration_value"], steps[6]["target_value"]) == (4, 2)
    assert steps[1]["exercise_weight"] == 1755  # 17.55 kg × 100
    assert steps[1]["duration_value"] == 8  # the low end of 8–10 reps
    assert steps[2]["duration_value"] == 90_000  # the top of a 60–90 s rest, in ms
    assert steps[4]["duration_value"] == 20_000  # the low end of 20–30 s, in ms
    assert steps[7]["duration_value"] == 15  # band-walk steps count as reps


def test_the_notes_carry_the_dose_and_a_cue() -> None:
    messages = decode(to_fit(_session(GOBLET)))
    notes = messages[2].values["notes"]
    cue = CATALOG["goblet_squat"].cues[0].rstrip(".")
    assert notes == f"{GOBLET.dose}. {cue}."


def test_a_load_chosen_by_effort_says_how_to_choose_it() -> None:
    item = rs.Prescription(
        "goblet_squat", rs.Dose(sets=3, reps=(8, 10), rest_seconds=90, rir=(1, 3)), choose_load=True
    )
    notes = decode(to_fit(_session(item)))[2].values["notes"]
    assert isinstance(notes, str)
    assert "Choose a load you could lift about 10 times" in notes  # 8 reps, 2 in reserve
    assert "stop each set with 1–3 reps in reserve" in notes  # how far past the target


def test_a_load_beyond_what_the_file_holds_stays_in_the_notes_only() -> None:
    item = rs.Prescription("back_squat", rs.Dose(sets=2, reps=3, rest_seconds=180, load_kg=700))
    session = _session(item)
    messages = check_workout(to_fit(session), session, CATALOG)
    assert MAX_WEIGHT_KG < 700
    assert "exercise_weight" not in messages[2].raw
    assert "700 kg" in str(messages[2].values["notes"])


def test_an_exercise_without_fit_fields_falls_back_to_its_pattern() -> None:
    own = rs.Exercise(
        id="sled_push",
        name="Sled push",
        patterns=["hinge", "squat"],
        primary=["glutes"],
        level="beginner",
        doses={lvl: rs.Dose(sets=2, reps=10, rest_seconds=60) for lvl in rs.Level},
    )
    catalog = rs.Catalog([own])
    session = _session(rs.Prescription("sled_push", rs.Dose(sets=2, reps=10, rest_seconds=60)))
    step = decode(to_fit(session, catalog=catalog))[2]
    assert (step.raw["exercise_category"], step.raw["exercise_name"]) == profile_numbers(
        ("deadlift", "romanian_deadlift")
    )


def test_long_names_and_notes_are_cut_to_what_the_file_holds() -> None:
    own = rs.Exercise(
        id="long_one",
        name="Ä" * 100,
        patterns=["core"],
        primary=["core"],
        level="beginner",
        doses={lvl: rs.Dose(sets=1, seconds=30, rest_seconds=30) for lvl in rs.Level},
        cues=["ß" * 300],
    )
    session = _session(rs.Prescription("long_one", rs.Dose(sets=1, seconds=30, rest_seconds=30)))
    step = decode(to_fit(session, catalog=rs.Catalog([own]), name="N" * 80))
    names = [step[1].values["wkt_name"], step[2].values["wkt_step_name"]]
    assert all(isinstance(n, str) and len(n.encode()) <= NAME_BYTES for n in names)
    assert all(isinstance(n, str) and n.endswith("…") for n in names)
    assert len(str(step[2].values["notes"]).encode()) <= NOTES_BYTES


def test_the_same_session_gives_the_same_bytes() -> None:
    session = rs.build_week(ATHLETE, WEEK).sessions[0]
    assert to_fit(session) == to_fit(session)
    created = datetime.datetime(2026, 3, 2, 6, 30, tzinfo=datetime.UTC)
    later = decode(to_fit(session, created=created))[0]
    assert later.values["time_created"] == created
    other = rs.build_week(ATHLETE, WEEK).sessions[1]
    serials = {decode(to_fit(s))[0].raw["serial_number"] for s in (session, other)}
    assert len(serials) == 2


def test_a_session_with_no_exercises_holds_its_routines_only() -> None:
    session = _session(warm_up=rs.Routine(minutes=5))
    steps = _steps(to_fit(session))
    assert len(steps) == 1


# --------------------------------------------------------------------------- many files


def test_fit_files_names_a_file_by_date_and_focus() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    files = fit_files(plan, start=MONDAY)
    days = sorted(s.day.rank for s in plan.sessions)
    dates = [(MONDAY + datetime.timedelta(days=d)).isoformat() for d in days]
    assert [name[:10] for name in files] == dates
    for name, data in files.items():
        session = next(
            s
            for s in plan.sessions
            if MONDAY + datetime.timedelta(days=s.day.rank)
            == datetime.date.fromisoformat(name[:10])
        )
        focus = "strength" if session.focus is rs.Focus.strength else "strength-light"
        assert name == f"{name[:10]}-{focus}.fit"
        messages = check_workout(data, session, CATALOG)
        assert messages[1].values["wkt_name"] == f"{to_name(session)} {name[:10]}"
        midnight = datetime.datetime.combine(
            datetime.date.fromisoformat(name[:10]), datetime.time(0), tzinfo=datetime.UTC
        )
        assert messages[0].values["time_created"] == midnight


def to_name(session: rs.Session) -> str:
    return "Strength" if session.focus is rs.Focus.strength else "Strength (light)"


def test_fit_files_gives_a_block_one_file_per_session_per_week() -> None:
    block = rs.build_block(ATHLETE, [WEEK, WEEK, WEEK])
    files = fit_files(block, start=MONDAY)
    assert len(files) == sum(len(w.sessions) for w in block.weeks)
    assert list(files) == sorted(files)
    assert all(MONDAY.isoformat() <= name[:10] < "2026-03-23" for name in files)


def test_two_sessions_on_one_day_get_two_files() -> None:
    plan = rs.WeekPlan(sessions=(_session(GOBLET), _session(PLANK)))
    files = fit_files(plan, start=MONDAY)
    assert list(files) == ["2026-03-04-strength.fit", "2026-03-04-strength-2.fit"]
    created = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    again = fit_files(plan, start=MONDAY, created=created)
    assert all(decode(d)[0].values["time_created"] == created for d in again.values())


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: to_fit("session"), "session: expected a Session"),  # type: ignore[arg-type]
        (lambda: to_fit(_session(), catalog={}), "catalog: expected a Catalog"),  # type: ignore[arg-type]
        (lambda: to_fit(_session(), name="  "), "name: expected a printable"),
        (lambda: to_fit(_session(), name=3), "name: expected a printable"),  # type: ignore[arg-type]
        (lambda: to_fit(_session(), created=datetime.date(2026, 1, 1)), "created: expected"),  # type: ignore[arg-type]
        (
            lambda: to_fit(_session(), created=datetime.datetime(2026, 1, 1)),
            "created: needs a time zone",
        ),
        (
            lambda: to_fit(_session(), created=datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)),
            "created: 1970-01-01T00:00:00+00:00 is outside",
        ),
        (
            lambda: fit_files(rs.WeekPlan(sessions=()), start=datetime.date(2026, 3, 3)),
            "start must be a Monday",
        ),
        (lambda: fit_files(rs.WeekPlan(sessions=()), start="2026-03-02"), "start: expected"),  # type: ignore[arg-type]
        (lambda: fit_files("plan", start=MONDAY), "plan: expected a WeekPlan or a Block"),  # type: ignore[arg-type]
        (
            lambda: fit_files(
                rs.build_block(ATHLETE, [WEEK, WEEK]), start=datetime.date(9999, 12, 27)
            ),
            "start: 9999-12-27 leaves no room",
        ),
        (
            lambda: fit_files(
                rs.WeekPlan(sessions=(_session(GOBLET),)), start=datetime.date(1900, 1, 1)
            ),
            "plan.sessions[0]: 1900-01-03T00:00:00+00:00 is outside",
        ),
    ],
)
def test_bad_arguments_are_input_errors(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(rs.InputError) as caught:
        call()
    assert str(caught.value.problems[0]).startswith(message)


def test_every_exercise_missing_from_the_catalog_is_named_with_its_path() -> None:
    session = _session(
        GOBLET, rs.Prescription("nope", PLANK.dose), rs.Prescription("nor_this", PLANK.dose)
    )
    with pytest.raises(rs.InputError) as caught:
        to_fit(session)
    paths = [p.path for p in caught.value.problems]
    assert paths == ["session.exercises[1].exercise", "session.exercises[2].exercise"]
    plan = rs.WeekPlan(sessions=(_session(GOBLET), _session(rs.Prescription("nope", PLANK.dose))))
    with pytest.raises(rs.InputError) as caught:
        fit_files(plan, start=MONDAY)
    assert [p.path for p in caught.value.problems] == ["plan.sessions[1].exercises[0].exercise"]


def test_fit_fields_the_profile_does_not_hold_are_input_errors() -> None:
    own = rs.Exercise(
        id="made_up",
        name="Made up",
        patterns=["squat"],
        primary=["quadriceps"],
        level="beginner",
        doses={lvl: rs.Dose(sets=1, reps=5, rest_seconds=30) for lvl in rs.Level},
        fit_category="squat",
        fit_name="moon_squat",
    )
    wrong = attrs.evolve(own, id="wrong", name="Wrong", fit_category="no_such", fit_name="squat")
    session = _session(
        rs.Prescription("made_up", own.dose_for(rs.Level.beginner)),
        rs.Prescription("wrong", own.dose_for(rs.Level.beginner)),
    )
    with pytest.raises(rs.InputError) as caught:
        to_fit(session, catalog=rs.Catalog([own, wrong]))
    assert [p.path for p in caught.value.problems] == [
        "session.exercises[0]",
        "session.exercises[1]",
    ]
    assert "'moon_squat'" in str(caught.value)


def test_without_fit_tool_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "fit_tool" or m.startswith("fit_tool.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "fit_tool", None)
    for call in (
        lambda: to_fit(_session(GOBLET)),
        lambda: fit_files(rs.WeekPlan(sessions=(_session(GOBLET),)), start=MONDAY),
    ):
        with pytest.raises(MissingExtraError, match=r'pip install "runstrength\[fit\]"') as caught:
            call()
        assert isinstance(caught.value, ImportError)


def test_import_runstrength_does_not_load_fit_tool() -> None:
    code = (
        "import sys, runstrength as rs; rs.to_fit; rs.fit_files; "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'fit_tool'], 'fit_tool'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_docstring_examples_hold() -> None:
    runner = doctest.DocTestRunner(verbose=False)
    for module in (runstrength._views.fit, runstrength._views.fitsteps):
        for example in doctest.DocTestFinder().find(module):
            runner.run(example, out=lambda _: None)
    assert runner.tries > 0
    assert runner.failures == 0


# --------------------------------------------------------------------------- properties


@pytest.mark.slow
@given(plan=rst.valid_week_plans())
def test_every_session_of_any_valid_plan_encodes_and_decodes(plan: rs.WeekPlan) -> None:
    for session in plan.sessions:
        check_workout(to_fit(session), session, CATALOG)


@pytest.mark.slow
@settings(max_examples=25)
@given(data=st.data(), catalog=rst.catalogs(min_size=1, max_size=3))
def test_any_session_of_any_catalog_encodes_or_names_what_the_profile_lacks(
    data: st.DataObject, catalog: rs.Catalog
) -> None:
    items = data.draw(st.lists(rst.prescriptions(catalog=catalog), max_size=4))
    warm_up = data.draw(st.none() | rst.routines())
    session = _session(*items, warm_up=warm_up)
    unknown = [
        f"session.exercises[{index}]"
        for index, item in enumerate(items)
        if profile_ids(*fit_exercise(catalog[item.exercise])) is None
    ]
    if unknown:
        with pytest.raises(rs.InputError) as caught:
            to_fit(session, catalog=catalog)
        assert [p.path for p in caught.value.problems] == unknown
    else:
        check_workout(to_fit(session, catalog=catalog), session, catalog)


@given(text=st.text(), limit=st.integers(3, 300))
def test_truncate_keeps_a_prefix_within_the_limit(text: str, limit: int) -> None:
    cut = truncate(text, limit)
    assert len(cut.encode("utf-8")) <= limit
    assert cut == text or (cut.endswith("…") and text.startswith(cut[:-1]))


mondays = st.dates(datetime.date(1998, 7, 6), datetime.date(2126, 1, 5)).map(
    lambda d: d - datetime.timedelta(days=d.weekday())
)


@pytest.mark.slow
@given(plan=rst.valid_week_plans(), start=mondays)
def test_fit_files_gives_every_session_of_any_valid_plan_a_file_on_its_date(
    plan: rs.WeekPlan, start: datetime.date
) -> None:
    files = fit_files(plan, start=start)
    assert len(files) == len(plan.sessions)
    ordered = sorted(plan.sessions, key=lambda s: s.day.rank)
    for (name, data), session in zip(files.items(), ordered, strict=True):
        day = start + datetime.timedelta(days=session.day.rank)
        assert name.startswith(day.isoformat())
        check_workout(data, session, CATALOG, name=f"{to_name(session)} {day.isoformat()}")
