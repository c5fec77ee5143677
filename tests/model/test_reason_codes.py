"""Every reason code is registered once, named to last, and listed on the docs site.

Run this file as a script (``python tests/model/test_reason_codes.py``) to write the
table of codes on ``docs/reference/reasons.md`` and the list in
``tests/fixtures/reason_codes.txt`` after adding a code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model.reason import FREE_TEXT, JOINED
from runstrength._model.reasons import CODES, joined_reasons, say

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "reference" / "reasons.md"
LIST = ROOT / "tests" / "fixtures" / "reason_codes.txt"
START, END = "<!-- reason codes: start -->", "<!-- reason codes: end -->"


def table() -> str:
    """The docs page's table of every code, from the registry."""
    rows = ["| Code | English | Parameters |", "| --- | --- | --- |"]
    for code, entry in CODES.items():
        params = "<br>".join(f"`{name}`: {meaning}" for name, meaning in entry.params.items())
        template = entry.template.replace("|", "\\|")
        rows.append(f"| `{code}` | {template} | {params.replace('|', chr(92) + '|')} |")
    return "\n".join(rows)


def written_list() -> str:
    return "".join(f"{code}\n" for code in CODES)


def test_codes_are_the_checked_in_list() -> None:
    # Removing or renaming a code breaks apps that react to it: a deliberate act.
    assert LIST.read_text(encoding="utf-8") == written_list()


def test_codes_are_lowercase_dotted_names() -> None:
    assert list(CODES) == sorted(set(CODES))
    for code in CODES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", code), code


def test_every_parameter_has_a_meaning_and_every_placeholder_a_parameter() -> None:
    for code, entry in CODES.items():
        assert all(len(meaning) > 5 for meaning in entry.params.values()), code
        if code not in (FREE_TEXT, JOINED):  # their templates say where their text comes from
            assert entry.placeholders <= set(entry.params), code


def test_the_docs_page_lists_every_code() -> None:
    text = PAGE.read_text(encoding="utf-8")
    inside = text.split(START, 1)[1].split(END, 1)[0]
    assert inside.strip() == table()


def test_say_fills_the_template_and_refuses_other_parameters() -> None:
    reason = say("day.off")
    assert (reason.code, dict(reason.params), reason.text) == (
        "day.off",
        {},
        "Not one of the athlete's training days.",
    )
    with pytest.raises(KeyError):
        say("day.off", day="mon")
    with pytest.raises(KeyError):
        say("no.such_code")


def test_reason_text_translates_by_code_and_falls_back_to_english() -> None:
    both = joined_reasons(say("day.off"), rs.Reason("text", {}, "By hand."))
    assert both.code == JOINED
    assert str(both) == "Not one of the athlete's training days. By hand."
    assert rs.reason_text(both) == both.text
    translated = rs.reason_text(both, {"day.off": "Jour libre.", "text": "ignored"})
    assert translated == "Jour libre. By hand."  # free text is never translated
    assert joined_reasons(both, None) == both


def test_plain_text_reads_as_free_text_in_every_field_regression() -> None:
    dose = rs.Dose(sets=2, reps=(8, 10), rest_seconds=60)
    rx = rs.Prescription("goblet_squat", dose, reason="By hand.")
    assert rx.reason == rs.Reason("text", {}, "By hand.")
    assert rs.Prescription("goblet_squat", dose, reason="").reason is None
    session = rs.Session(
        day="mon", focus="light", placement="standalone", exercises=[rx], reasons=["Why."]
    )
    assert session.reasons == (rs.Reason("text", {}, "Why."),)
    plan = rs.WeekPlan(
        sessions=[session], shortfalls=["Short."], decisions=[rs.DayDecision("tue", None, "Free.")]
    )
    assert plan.shortfalls[0].code == plan.decisions[0].reason.code == FREE_TEXT
    step = rs.Progression(rx, "none", "Hold.")
    assert str(step.reason) == "Hold."
    exclusion = rs.Exclusion(exercise="goblet_squat", areas=["knee"], reason="Rest it.")
    assert exclusion.reason.text == "Rest it."


def test_a_bad_reason_names_its_owner_field_regression() -> None:
    with pytest.raises(rs.InputError, match=r"DayDecision\.reason: expected non-empty text"):
        rs.DayDecision("tue", None, " ")
    with pytest.raises(rs.InputError, match=r"Reason\.code"):
        rs.Reason("Not A Code", {}, "Text.")
    with pytest.raises(rs.InputError, match=r"Reason\.params\.n"):
        rs.Reason("text", {"n": float("nan")}, "Text.")
    with pytest.raises(rs.InputError, match=r"Reason\.parts"):
        rs.Reason("text", {}, "Text.", parts=[rs.Reason("text", {}, "Part.")])


@settings(max_examples=50, deadline=None)
@given(rst.reasons())
def test_reasons_round_trip_and_render(reason: rs.Reason) -> None:
    assert rs.from_json(rs.Reason, rs.to_json(reason)) == reason
    assert rs.reason_text(reason) == reason.text
    assert eval(repr(reason), {"Reason": rs.Reason}) == reason  # our own repr


def test_an_unknown_code_in_a_document_is_refused() -> None:
    with pytest.raises(rs.InputError, match=r"not a reason code"):
        rs.from_dict(rs.Reason, {"code": "no.such_code", "params": {}, "text": "Text."})


if __name__ == "__main__":
    page = PAGE.read_text(encoding="utf-8")
    head, rest = page.split(START, 1)
    PAGE.write_text(f"{head}{START}\n{table()}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    LIST.write_text(written_list(), encoding="utf-8")
