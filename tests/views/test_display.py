"""Tests for the notebook (HTML) and text views of plans, sessions, blocks and exercises."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import texts as said_texts
from runstrength._views import html as _display

ALLOWED = {
    "br",
    "caption",
    "code",
    "div",
    "li",
    "p",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
VOID = {"br"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

DOSE = rs.Dose(sets=3, reps=(8, 12), rest_seconds=90, rir=(1, 3))
HOLD = rs.Dose(sets=2, seconds=30, per_side=True, rest_seconds=(45, 60), tempo=rs.Tempo(3, 1, 1))
HOSTILE = '<script>alert("x")</script> & co'


class Page(HTMLParser):
    """Parses HTML, checks that tags balance and collects text and table cells."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.chunks: list[str] = []
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self.feed(text)
        self.close()
        assert not self.stack, f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, f"unexpected tag <{tag}>"
        for name, _ in attrs:
            assert name in {"style", "class"}, f"unexpected attribute {name!r}"
        self.tags.append(tag)
        if tag in VOID:
            if self._cell is not None:
                self._cell.append(" / ")
            return
        self.stack.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in {"td", "th"}:
            self._cell = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/> is not HTML")

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"</{tag}> closes a void element"
        assert self.stack, f"</{tag}> closes nothing"
        opened = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if tag in {"td", "th"}:
            assert self._cell is not None
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def page(value: Any) -> Page:
    """Parse a value's notebook view, checking it is one balanced ``div``."""
    text = value._repr_html_()
    assert isinstance(text, str)
    parsed = Page(text)
    assert parsed.tags[0] == "div"
    assert text.startswith('<div class="runstrength">')
    assert text.endswith("</div>")
    return parsed


def week_and_plan() -> tuple[rs.RunningWeek, rs.WeekPlan]:
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    week = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
    return week, rs.build_week(athlete, week)


def block() -> rs.Block:
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="home")
    normal = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
    race = rs.RunningWeek(tue="easy", thu="easy", sun="race")
    return rs.build_block(athlete, [normal] * 15 + [race])


def hostile_catalog() -> rs.Catalog:
    return rs.Catalog(
        [
            rs.Exercise(
                id="evil_squat",
                name=HOSTILE,
                aliases=["<b>bold</b>"],
                patterns=[rs.Pattern.squat],
                primary=[rs.Muscle.quadriceps],
                level=rs.Level.advanced,
                doses={rs.Level.advanced: DOSE},
                cues=["Keep <knees> & toes in line"],
                mistakes=["'quotes' and \"double\""],
            )
        ]
    )


# --------------------------------------------------------------------------- week plans


def test_week_html_has_a_grid_of_days_with_each_session() -> None:
    _, plan = week_and_plan()
    parsed = page(plan)
    grid = parsed.tables[0]
    assert grid[0] == DAYS
    cells = dict(zip(DAYS, grid[1], strict=True))
    for session in plan.sessions:
        short = session.day.title[:3]
        assert str(session.focus) in cells[short]
        assert "after run" in cells[short]
    for day in ("Mon", "Wed", "Fri", "Sat", "Sun"):
        assert cells[day] == "—"


def test_week_html_lists_every_exercise_with_its_catalog_name_and_dose() -> None:
    _, plan = week_and_plan()
    catalog = rs.default_catalog()
    parsed = page(plan)
    tables = parsed.tables[1:]
    assert len(tables) == plan.session_count
    for session, table in zip(plan.sessions, tables, strict=True):
        assert table[0][:2] == ["Exercise", "Sets × amount"]
        assert table[0][-2:] == ["Rest", "Effort"]
        assert len(table) == 1 + len(session.exercises)
        for number, (item, row) in enumerate(zip(session.exercises, table[1:], strict=True), 1):
            assert row[0] == f"{number}. {catalog[item.exercise].name}"
            assert row[1].startswith(f"{item.dose.sets} × {item.dose.amount}")
            assert f"{item.dose.rest_seconds} s" in row
        for reason in said_texts(session.reasons):
            assert reason in parsed.text
        assert f"{session.day.title}: {session.focus} session, after the run" in parsed.text


def test_week_html_shows_shortfalls_and_free_days() -> None:
    plan = rs.WeekPlan(
        sessions=(),
        shortfalls=["Only one session fits: the week has three key runs."],
        decisions=[rs.DayDecision(rs.Weekday.fri, None, "The day before the long run.")],
    )
    parsed = page(plan)
    assert parsed.tables[0][1] == ["—"] * 7
    assert "0 strength sessions" in parsed.text
    assert "Shortfalls" in parsed.text
    assert "Only one session fits: the week has three key runs." in parsed.text
    assert "Friday: The day before the long run." in parsed.text


def test_unknown_exercise_ids_fall_back_to_the_id() -> None:
    session = rs.Session(
        day="wed",
        focus="light",
        placement="standalone",
        exercises=[rs.Prescription("my_hop_drill", HOLD)],
    )
    plan = rs.WeekPlan(sessions=[session])
    row = page(plan).tables[1][1]
    assert row[0] == "1. my_hop_drill"
    assert "my_hop_drill" in str(plan)
    assert "Wednesday: light session, on its own" in str(session)


def test_week_str_is_the_render_week_layout_without_runs() -> None:
    week, plan = week_and_plan()
    text = str(plan)
    lines = text.splitlines()
    assert lines[0] == "Day  Strength"
    assert "Tue  strength (after run)" in lines
    assert "Mon  —" in lines
    full = rs.render_week(plan, week)
    for session in plan.sessions:  # each session reads exactly as render_week shows it
        block_text = str(session)
        assert block_text in text
        assert block_text in full


# --------------------------------------------------------------------------- sessions


def test_session_html_shows_doses_tempo_load_rest_effort_and_reasons() -> None:
    loaded = rs.Dose(sets=3, reps=(6, 8), rest_seconds=120, rir=2, load_kg=22.5)
    session = rs.Session(
        day="tue",
        focus="strength",
        placement="after_run",
        exercises=[rs.Prescription("goblet_squat", loaded), rs.Prescription("wall_sit", HOLD)],
        reasons=["After the intervals: the hard day stays hard."],
        warm_up=rs.Routine(5, ["Easy jog", "Leg swings"]),
    )
    parsed = page(session)
    table = parsed.tables[0]
    assert table[0] == ["Exercise", "Sets × amount", "Load", "Tempo", "Rest", "Effort"]
    assert table[1] == ["1. Goblet squat", "3 × 6–8", "22.5 kg", "—", "120 s", "2 RIR"]
    assert table[2] == ["2. Wall sit", "2 × 30 s per side", "—", "3-1-1", "45–60 s", "—"]
    assert "After the intervals: the hard day stays hard." in parsed.text
    assert "Warm-up (5 min)" in parsed.text
    assert "Leg swings" in parsed.text


def test_session_html_leaves_out_load_and_tempo_when_none_is_given() -> None:
    session = rs.Session(
        day="sat", focus="light", placement="standalone", exercises=[rs.Prescription("x", DOSE)]
    )
    assert page(session).tables[0][0] == ["Exercise", "Sets × amount", "Rest", "Effort"]
    empty = rs.Session(day="sat", focus="light", placement="standalone", exercises=[])
    assert "No exercises." in page(empty).text


def test_session_str_is_compact_and_names_the_key_facts() -> None:
    session = rs.Session(
        day="tue",
        focus="strength",
        placement="after_run",
        exercises=[rs.Prescription("goblet_squat", DOSE)],
        reasons=["Two days before the long run."],
    )
    lines = str(session).splitlines()
    assert lines[0] == "Tuesday: strength session, after the run"
    assert "Goblet squat" in lines[1]
    assert "3 × 8–12" in lines[1]
    assert "rest 90 s" in lines[1]
    assert "1–3 RIR" in lines[1]
    assert lines[-1].strip() == "- Two days before the long run."


# --------------------------------------------------------------------------- blocks


def test_block_html_is_a_weeks_by_days_grid_with_runs_sessions_and_reasons() -> None:
    value = block()
    parsed = page(value)
    (table,) = parsed.tables
    assert table[0] == ["Week", "Phase", "Sets", *DAYS, "Why"]
    assert len(table) == 1 + len(value.weeks)
    for index, row in enumerate(table[1:]):
        plan, running = value.weeks[index], value.running[index]
        assert row[0] == str(index + 1)
        assert row[1] == str(value.phases[index])
        assert row[2] == str(rs.week_volume(plan))
        assert row[-1] == value.reasons[index].text
        for day, cell in zip(rs.Weekday, row[3:10], strict=True):
            runs = ", ".join(str(r) for r in running[day]) or "rest"
            assert cell.startswith(runs)
            for session in plan.on(day):
                assert f"{session.focus} after run, {len(session.exercises)} ex" in cell
            if not plan.on(day):
                assert cell == runs
    assert "16 weeks: 3 general, 5 strength, 2 power, 3 deload, 2 taper, 1 race" in parsed.text
    assert table[-1][3 + 6].startswith("race")  # race on the last Sunday


def test_block_html_without_reasons_has_no_why_column() -> None:
    plan = rs.WeekPlan(sessions=())
    value = rs.Block(weeks=[plan], phases=["deload"], running=[rs.RunningWeek(sat="long")])
    (table,) = page(value).tables
    assert table[0] == ["Week", "Phase", "Sets", *DAYS]
    assert table[1] == ["1", "deload", "0", "rest", "rest", "rest", "rest", "rest", "long", "rest"]


def test_block_repr_is_a_short_summary_and_str_the_render_block_table() -> None:
    value = block()
    assert (
        repr(value) == "Block(16 weeks: 3 general, 5 strength, 2 power, 3 deload, 2 taper, 1 race)"
    )
    assert str(value) == rs.render_block(value)
    assert str(value).startswith("Week  Phase    Sets  Sessions")
    one = rs.Block(weeks=[rs.WeekPlan(sessions=())], phases=["race"], running=[rs.RunningWeek()])
    assert repr(one) == "Block(1 week: 1 race)"


# --------------------------------------------------------------------------- exercises


def test_exercise_html_shows_its_facts_doses_and_links() -> None:
    squat = rs.default_catalog()["goblet_squat"]
    parsed = page(squat)
    facts = dict(row for row in parsed.tables[0] if len(row) == 2)
    assert facts["Level"] == "intermediate and up"
    assert facts["Equipment"] == "dumbbell or kettlebell"
    assert facts["Primary muscles"] == "quadriceps, glutes"
    assert facts["Patterns"] == "squat"
    assert facts["Easier"] == squat.easier
    assert facts["Harder"] == squat.harder
    doses = parsed.tables[1]
    assert [row[0] for row in doses[1:]] == [str(level) for level in squat.doses]
    for level, row in zip(squat.doses, doses[1:], strict=True):
        dose = squat.doses[level]
        assert row[1] == f"{dose.sets} × {dose.amount}"
    for cue in squat.cues:
        assert cue in parsed.text
    assert squat.name in parsed.text


def test_exercise_html_words_equipment_groups_and_bodyweight() -> None:
    catalog = rs.default_catalog()
    back = page(catalog["back_squat"]).tables[0]
    assert ["Equipment", "barbell + squat rack"] in back
    assert ["Equipment", "bodyweight"] in page(catalog["bodyweight_squat"]).tables[0]


def test_exercise_str_is_readable() -> None:
    walk = rs.default_catalog()["lateral_band_walk"]
    lines = str(walk).splitlines()
    assert lines[0] == f"{walk.name} (lateral_band_walk)"
    assert "  Level: beginner and up" in lines
    assert "  Equipment: mini band" in lines
    assert "  Patterns: hip stability, lateral" in lines
    assert any(line.startswith("  Muscles: glute medius") for line in lines)
    assert f"  Variations: harder {walk.harder}" in lines
    for level, dose in walk.doses.items():
        assert any(line.split() == [str(level), *str(dose).split()] for line in lines)


def test_exercise_repr_stays_the_exact_attrs_form() -> None:
    squat = rs.default_catalog()["goblet_squat"]
    assert repr(squat).startswith("Exercise(id='goblet_squat', name='Goblet squat', ")


# --------------------------------------------------------------------------- catalogs


def test_catalog_html_lists_every_exercise_in_catalog_order() -> None:
    catalog = rs.default_catalog()
    (table,) = page(catalog).tables
    assert table[0] == ["Id", "Name", "Level", "Equipment", "Patterns"]
    assert [row[0] for row in table[1:]] == list(catalog.ids)
    assert [row[1] for row in table[1:]] == [ex.name for ex in catalog]
    assert [row[2] for row in table[1:]] == [str(ex.level) for ex in catalog]


def test_catalog_repr_and_str() -> None:
    catalog = rs.default_catalog()
    assert repr(catalog) == f"Catalog({len(catalog)} exercises)"
    assert repr(hostile_catalog()) == "Catalog(1 exercise)"
    lines = str(catalog).splitlines()
    assert lines[0] == f"Catalog of {len(catalog)} exercises"
    assert lines[1].split() == ["Id", "Name", "Level", "Equipment", "Patterns"]
    assert [line.split()[0] for line in lines[2:]] == list(catalog.ids)
    squat = next(line for line in lines if line.split()[0] == "goblet_squat")
    assert "Goblet squat" in squat
    assert "dumbbell or kettlebell" in squat
    empty = rs.Catalog([])
    assert repr(empty) == "Catalog(0 exercises)"
    assert page(empty).tables[0] == [["Id", "Name", "Level", "Equipment", "Patterns"]]


# --------------------------------------------------------------------------- escaping


def test_hostile_names_and_texts_are_escaped_everywhere() -> None:
    catalog = hostile_catalog()
    exercise = catalog["evil_squat"]
    session = rs.Session(
        day="mon",
        focus="strength",
        placement="standalone",
        exercises=[rs.Prescription("evil_squat", DOSE)],
        reasons=["<img src=x onerror=alert(1)>"],
        warm_up=rs.Routine(5, ["</ul></div><div>"]),
    )
    plan = rs.WeekPlan(sessions=[session], shortfalls=["<i>none</i>"])
    value = rs.Block(
        weeks=[plan], phases=["build"], running=[rs.RunningWeek()], reasons=["<tr><td>"]
    )
    views = {
        "catalog": catalog._repr_html_(),
        "exercise": exercise._repr_html_(),
        "session": _display.session_html(session, catalog=catalog),
        "week": _display.week_html(plan, catalog=catalog),
        "block": value._repr_html_(),
    }
    for name, text in views.items():
        parsed = Page(text)  # only the tags we write, balanced: nothing got through
        assert "<script" not in text, name
        assert "<img" not in text, name
        if name != "block":
            assert HOSTILE in parsed.text, name
    assert "&lt;script&gt;" in views["catalog"]
    assert "Keep <knees> & toes in line" in Page(views["exercise"]).text
    assert "<b>bold</b>" in Page(views["exercise"]).text
    assert "<img src=x onerror=alert(1)>" in Page(views["week"]).text
    assert "</ul></div><div>" in Page(views["session"]).text
    assert "<tr><td>" in Page(views["block"]).text
    assert "<i>none</i>" in Page(views["week"]).text


# --------------------------------------------------------------------------- determinism and values


def test_views_are_deterministic_and_survive_json_and_pickle() -> None:
    _, plan = week_and_plan()
    value = block()
    catalog = rs.default_catalog()
    for item, cls in ((plan, rs.WeekPlan), (value, rs.Block), (plan.sessions[0], rs.Session)):
        again = rs.from_json(cls, rs.to_json(item))
        copy = pickle.loads(pickle.dumps(item))
        assert again == item == copy
        assert again._repr_html_() == item._repr_html_() == copy._repr_html_()
        assert str(again) == str(item) == str(copy)
    copy_catalog = pickle.loads(pickle.dumps(catalog))
    assert copy_catalog == catalog
    assert copy_catalog._repr_html_() == catalog._repr_html_()
    assert repr(copy_catalog) == repr(catalog)


_SCRIPT = """
import hashlib, json, runstrength as rs
cat = rs.default_catalog()
views = [cat._repr_html_(), str(cat)] + [ex._repr_html_() + str(ex) for ex in cat]
print(json.dumps(hashlib.sha256("".join(views).encode()).hexdigest()))
"""


def test_views_do_not_depend_on_the_hash_seed() -> None:
    """Sets of muscles, patterns and equipment show in one order under any hash seed."""
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        digests.add(json.loads(done.stdout))
    assert len(digests) == 1


def test_session_repr_stays_the_eval_like_attrs_form() -> None:
    _, plan = week_and_plan()
    session = plan.sessions[0]
    namespace = {name: getattr(rs, name) for name in rs.__all__}
    assert eval(repr(session), namespace) == session  # the repr of a value built above
    assert repr(plan).startswith("WeekPlan(sessions=(Session(")


# --------------------------------------------------------------------------- properties


@given(rst.week_plans())
@settings(max_examples=max(10, settings().max_examples // 5))
def test_any_week_plan_shows_as_balanced_html_and_text(plan: rs.WeekPlan) -> None:
    parsed = page(plan)
    assert parsed.tables[0][0] == DAYS
    for shortfall in said_texts(plan.shortfalls):
        assert shortfall in parsed.text
    assert str(plan).startswith("Day  Strength\n")


@given(rst.sessions())
def test_any_session_shows_as_balanced_html_and_text(session: rs.Session) -> None:
    parsed = page(session)
    assert session.day.title in parsed.text
    for reason in said_texts(session.reasons):
        assert reason in parsed.text
    assert str(session).startswith(session.day.title)


@given(rst.blocks(max_weeks=8))
@settings(max_examples=max(10, settings().max_examples // 5))
def test_any_block_shows_as_balanced_html(value: rs.Block) -> None:
    (table,) = page(value).tables
    assert len(table) == 1 + len(value.weeks)
    assert repr(value).startswith(f"Block({len(value.weeks)} week")
    assert str(value)


@given(st.one_of(rst.exercises(), rst.catalogs(max_size=5)))
def test_any_exercise_or_catalog_shows_as_balanced_html_and_text(
    value: rs.Exercise | rs.Catalog,
) -> None:
    parsed = page(value)
    shown = list(value) if isinstance(value, rs.Catalog) else [value]
    for exercise in shown:
        assert exercise.name in parsed.text
        assert exercise.name in str(value)
        assert exercise.id in str(value)
