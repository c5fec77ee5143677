"""Text from users (names, cues, reasons, steps, shortfalls) shows as written and nothing more.

Each view shows a field on one line: it cannot add a Markdown table cell, heading, list or
raw HTML, reach a terminal as a control sequence, or break a calendar, a chart or a line of
JSON Lines.
"""

from __future__ import annotations

import datetime
import io
import json
import unicodedata

import attrs
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

import runstrength as rs
from runstrength._views.escape import chart_label, markdown, one_line
from runstrength._views.markdown import violation_markdown
from tests.snapshot.cases import week_cases
from tests.views.test_display import Page

ATHLETE = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
WEEK = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
PLAN = rs.build_week(ATHLETE, WEEK)
BLOCK = rs.build_block(ATHLETE, [WEEK, WEEK])
CATALOG = rs.default_catalog()
IDS = tuple(dict.fromkeys(i for s in PLAN.sessions for i in s.exercise_ids))
START = datetime.date(2026, 3, 2)
ESC = "\x1b"


def _named(names: dict[str, str], cues: tuple[str, ...] = ()) -> rs.Catalog:
    """The packaged catalog with some exercises renamed (and given cues)."""
    changed = [
        attrs.evolve(CATALOG[i], name=name, aliases=(), cues=cues or CATALOG[i].cues)
        for i, name in names.items()
    ]
    return CATALOG.extend(changed)


def _with_text(plan: rs.WeekPlan, reason: str, step: str, shortfall: str) -> rs.WeekPlan:
    """The plan with user text in every session's reasons and warm-up, and a shortfall."""
    sessions = [
        attrs.evolve(
            s,
            reasons=(*s.reasons, reason),
            warm_up=rs.Routine(5, (step,)),
        )
        for s in plan.sessions
    ]
    decisions = [attrs.evolve(d, reason=reason) if d.focus is None else d for d in plan.decisions]
    return attrs.evolve(plan, sessions=sessions, shortfalls=(shortfall,), decisions=decisions)


def _cells(line: str) -> int:
    """How many unescaped ``|`` a Markdown table row holds."""
    count, escaped = 0, False
    for char in line:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            count += 1
    return count


def _tables_keep_their_columns(text: str) -> None:
    header: int | None = None
    for line in text.split("\n"):
        if not line.startswith("|"):
            header = None
            continue
        if header is None:
            header = _cells(line)
        assert _cells(line) == header, line


def _skeleton(text: str) -> list[str]:
    """What each line of a view is (heading, row, item, paragraph, blank): its layout."""
    kinds = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        for kind in ("### ", "| ", "- **", "- ", "**", "Why", "Days", "Shortfalls"):
            if stripped.startswith(kind):
                kinds.append(f"{indent}{kind}")
                break
        else:
            kinds.append(f"{indent}{stripped[:1].isdigit()}{bool(stripped)}")
    return kinds


def _no_controls(text: str, allowed: str = "\n") -> None:
    bad = [
        char
        for char in text
        if char not in allowed and (unicodedata.category(char) == "Cc" or char in "\u2028\u2029")
    ]
    assert not bad, f"raw control characters {bad!r}"


# --------------------------------------------------------------------------- Markdown


def test_pipe_in_a_name_adds_no_markdown_cell() -> None:
    catalog = _named({IDS[0]: "Squat | 99 | <b>x</b>"})
    text = rs.render_week(PLAN, WEEK, style="markdown", catalog=catalog)
    _tables_keep_their_columns(text)
    assert r"Squat \| 99 \| &lt;b&gt;x&lt;/b&gt;" in text


def test_pipe_in_a_block_reason_adds_no_markdown_cell() -> None:
    block = attrs.evolve(BLOCK, reasons=("a | b", "c \\| d"))
    text = rs.render_block(block, style="markdown")
    _tables_keep_their_columns(text)
    assert r"a \| b" in text
    assert r"c \\\| d" in text  # a backslash cannot unescape the pipe after it


def test_newline_in_a_reason_injects_no_heading() -> None:
    plan = _with_text(PLAN, "Fine.\n# Hacked\n- item", "Walk.\n\n## Also", "None\r\n> quote")
    text = rs.render_week(plan, WEEK, style="markdown")
    assert _skeleton(text) == _skeleton(
        rs.render_week(_with_text(PLAN, "Fine.", "Walk.", "None"), WEEK, style="markdown")
    )
    assert "# Hacked" not in text.split("\n")
    assert "- Fine. # Hacked - item" in text
    assert "Walk. ## Also" in text
    assert "- None &gt; quote" in text


def test_a_field_cannot_open_a_markdown_block() -> None:
    for field, shown in [
        ("# heading", r"\# heading"),
        ("> quote", "&gt; quote"),
        ("- item", r"\- item"),
        ("* item", r"\* item"),
        ("+ item", r"\+ item"),
        ("1. item", r"1\. item"),
        ("2) item", r"2\) item"),
        ("---", r"\---"),
        ("```python", r"\`\`\`python"),
        ("~~~", r"\~~~"),
        ("    indented code", "indented code"),
        ("[ref]: http://example.com", r"\[ref\]: http://example.com"),
    ]:
        assert markdown(field) == shown, field


def test_script_tag_is_escaped_in_markdown() -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    catalog = _named({IDS[0]: hostile})
    plan = _with_text(PLAN, hostile, hostile, hostile)
    text = rs.render_week(plan, WEEK, style="markdown", catalog=catalog)
    text += rs.render_block(attrs.evolve(BLOCK, reasons=(hostile, hostile)), style="markdown")
    assert "<" not in text
    assert '&lt;script&gt;alert("x")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;' in text


def test_links_and_images_in_a_name_stay_text_in_markdown() -> None:
    catalog = _named({IDS[0]: "![x](http://example.com/p.png) [y](javascript:alert(1))"})
    text = rs.render_week(PLAN, WEEK, style="markdown", catalog=catalog)
    assert r"!\[x\](http://example.com/p.png) \[y\](javascript:alert(1))" in text


def test_backticks_in_a_reason_open_no_code_span() -> None:
    assert markdown("use `rm -rf` | here") == r"use \`rm -rf\` \| here"


def test_violation_message_is_escaped_in_markdown_notes() -> None:
    violation = rs.Violation(
        code="RS201", rule="r", severity="warning", message="<b>x</b> | y\n# z", day="mon"
    )
    assert violation_markdown(violation) == r"RS201 warning [mon]: &lt;b&gt;x&lt;/b&gt; \| y # z"


def test_ordinary_violations_read_the_same_in_markdown_notes() -> None:
    found = 0
    for athlete, week in week_cases(40):
        for violation in rs.validate(rs.build_week(athlete, week), athlete, week):
            assert violation_markdown(violation) == str(violation)
            found += 1
    assert found


# --------------------------------------------------------------------------- plain text


def test_escape_sequences_never_reach_the_terminal() -> None:
    red = f"{ESC}[31mRed{ESC}[0m{ESC}]0;title\x07\x9b2J\x00\x7f"
    catalog = _named({IDS[0]: f"Squat {red}"}, cues=(red,))
    plan = _with_text(PLAN, red, red, red)
    block = attrs.evolve(BLOCK, weeks=(plan, plan), reasons=(red, red))
    violation = rs.Violation(code="RS201", rule="r", severity="warning", message=red)
    texts = [
        rs.render_week(plan, WEEK, catalog=catalog),
        rs.render_block(block),
        str(plan),
        str(plan.sessions[0]),
        str(block),
        str(catalog[IDS[0]]),
        str(catalog),
        str(violation),
    ]
    for text in texts:
        _no_controls(text)
    assert r"Squat \x1b[31mRed\x1b[0m\x1b]0;title\x07\x9b2J\x00\x7f" in texts[0]


def test_newline_in_a_name_keeps_the_text_columns() -> None:
    catalog = _named({IDS[0]: "Two\nlines\tand a tab"})
    text = rs.render_week(PLAN, WEEK, catalog=catalog)
    plain = rs.render_week(PLAN, WEEK)
    assert len(text.split("\n")) == len(plain.split("\n"))
    assert "Two lines and a tab" in text


def test_every_line_break_folds_to_one_space() -> None:
    for brk in ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]:
        assert one_line(f"a{brk}b") == "a b", repr(brk)


def test_ordinary_text_is_unchanged() -> None:
    ordinary = "Bulgarian split squat (rear foot up) – 3 × 8′, 90/90: 'easy'; \"tall\" & go!"
    assert one_line(ordinary) == ordinary
    assert markdown(ordinary.replace("&", "and")) == ordinary.replace("&", "and")


# ---------------------------------------------------------------- HTML, calendars, charts, JSON


def test_html_shows_control_characters_as_text() -> None:
    catalog = _named({IDS[0]: f"Squat{ESC}[2J"})
    html = catalog[IDS[0]]._repr_html_()
    _no_controls(html, allowed="")
    assert r"Squat\x1b[2J" in Page(html).text


def test_newline_in_a_step_keeps_the_calendar_description_in_shape() -> None:
    plan = _with_text(PLAN, "Why\nExercises\n1. Fake", f"Step{ESC}[31m\r\nTwo", "x")
    text = rs.to_ics(plan, start=START, week=WEEK)
    _no_controls(text, allowed="\r\n")
    assert r"- Why Exercises 1. Fake" in text.replace("\r\n ", "")
    assert r"- Step\\x1b[31m Two" in text.replace("\r\n ", "")


def test_unicode_line_separators_do_not_split_a_json_line() -> None:
    plan = _with_text(PLAN, "a\u2028b", "c\u2029d", "e\x85f")
    lines = list(rs.to_json_lines([plan, plan]))
    assert len("".join(lines).splitlines()) == 2
    assert list(rs.from_json_lines(rs.WeekPlan, "".join(lines).splitlines())) == [plan, plan]


def test_dollar_in_a_name_does_not_break_a_chart() -> None:
    pytest.importorskip("matplotlib")
    from runstrength.plot import plot_exercise_series  # noqa: PLC0415  # optional extra

    exercise = BLOCK.weeks[0].sessions[0].exercise_ids[0]
    catalog = _named({exercise: "Squat $\\frac{$ 5\nkg"})
    figure = plot_exercise_series(BLOCK, exercise, catalog=catalog)
    figure.savefig(io.BytesIO(), format="png")
    legend = figure.axes[0].get_legend()
    assert legend is not None
    assert legend.get_texts()[0].get_text() == chart_label("Squat $\\frac{$ 5\nkg")


# --------------------------------------------------------------------------- any text at all

FIELD = st.text(min_size=1, max_size=100).filter(str.strip)


def _folded(name: str) -> str:
    """A name as the catalog compares names (case, spaces, ``-`` and ``_`` ignored)."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


@given(
    names=st.lists(FIELD, min_size=len(IDS), max_size=len(IDS), unique_by=_folded),
    cue=FIELD,
    reason=FIELD,
    step=FIELD,
    shortfall=FIELD,
)
def test_any_text_survives_every_output(
    names: list[str], cue: str, reason: str, step: str, shortfall: str
) -> None:
    try:
        catalog = _named(dict(zip(IDS, names, strict=True)), cues=(cue,))
    except rs.InputError:  # a name that another exercise already has
        reject()
    plan = _with_text(PLAN, reason, step, shortfall)
    block = attrs.evolve(BLOCK, weeks=(plan, plan), reasons=(reason, shortfall))
    benign = _with_text(PLAN, "Reason.", "Step.", "Shortfall.")
    benign_block = attrs.evolve(BLOCK, weeks=(benign, benign), reasons=("R.", "S."))

    markdown_views = [
        (
            rs.render_week(plan, WEEK, style="markdown", catalog=catalog),
            rs.render_week(benign, WEEK, style="markdown"),
        ),
        (rs.render_block(block, style="markdown"), rs.render_block(benign_block, style="markdown")),
    ]
    for text, ordinary in markdown_views:
        _no_controls(text)
        _tables_keep_their_columns(text)
        assert _skeleton(text) == _skeleton(ordinary)
        assert "<" not in text
    text_views = [
        (rs.render_week(plan, WEEK, catalog=catalog), rs.render_week(benign, WEEK)),
        (rs.render_block(block), rs.render_block(benign_block)),
        (str(plan), str(benign)),
        (str(plan.sessions[0]), str(benign.sessions[0])),
        (str(block), str(benign_block)),
    ]
    for text, ordinary in text_views:
        _no_controls(text)
        assert len(text.split("\n")) == len(ordinary.split("\n"))
    for exercise_id in IDS:
        _no_controls(str(catalog[exercise_id]))
        assert len(str(catalog[exercise_id]).split("\n")) == len(
            str(CATALOG[exercise_id]).split("\n")
        )
        Page(catalog[exercise_id]._repr_html_())
    _no_controls(str(catalog))
    assert len(str(catalog).split("\n")) == len(str(CATALOG).split("\n"))
    for value in (plan, plan.sessions[0], block, catalog):
        html = value._repr_html_()
        _no_controls(html, allowed="")
        Page(html)
    ics = rs.to_ics(plan, start=START, week=WEEK, catalog=catalog)
    _no_controls(ics, allowed="\r\n")
    assert ics.count("BEGIN:VEVENT") == plan.session_count
    assert rs.from_json(rs.WeekPlan, rs.to_json(plan)) == plan
    assert [r["text"] for r in json.loads(rs.to_json(block))["reasons"]] == [reason, shortfall]
    lines = "".join(rs.to_json_lines([plan, block])).splitlines()
    assert len(lines) == 2
    assert next(rs.from_json_lines(rs.WeekPlan, lines[:1])) == plan
