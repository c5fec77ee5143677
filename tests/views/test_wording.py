"""The shared words, the one display mixin and the dispatch behind it."""

from __future__ import annotations

import doctest
import pickle
import re
from pathlib import Path
from types import ModuleType
from typing import cast

import attrs
import pytest
from attrs import AttrsInstance
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import strategies as rst
from runstrength._model import dose as _dose
from runstrength._model.shown import Shown
from runstrength._views import markdown, show, text, wording

SRC = Path(rs.__file__).parent
SHOWN = (rs.Session, rs.WeekPlan, rs.Block, rs.Exercise, rs.Catalog, rs.Violation)


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(SRC)): path.read_text(encoding="utf-8")
        for path in sorted(SRC.rglob("*.py"))
    }


@pytest.mark.parametrize("module", [wording, text, markdown, show, _dose], ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    assert doctest.testmod(module, raise_on_error=False).failed == 0


def test_the_unit_suffixes_are_written_once() -> None:
    found = [name for name, code in _sources().items() if '"seconds": " s"' in code]
    assert found == ["_model/dose.py"]


def test_vocabulary_words_are_made_in_one_place() -> None:
    # Folding names for lookup (catalog keys) also replaces "-"; that is not wording.
    pattern = re.compile(r"""\.replace\(\s*["']_["'],\s*["'] ["']\s*\)""")
    found = [
        name
        for name, code in _sources().items()
        for line in code.splitlines()
        if pattern.search(line) and '.replace("-", " ")' not in line
    ]
    assert found == ["_views/wording.py"]


def test_placement_words() -> None:
    assert wording.where(rs.Placement.after_run) == "after the run"
    assert wording.where(rs.Placement.standalone) == "on its own"
    assert [wording.words(p) for p in rs.Placement] == ["after run", "standalone"]


def test_every_muscle_has_a_name_and_a_label() -> None:
    for muscle in rs.Muscle:
        assert wording.muscle_name(muscle)
        assert wording.muscle_label(muscle)
    assert wording.muscle_label(rs.Muscle.quadriceps) == "quadriceps"


def test_every_run_kind_has_a_noun() -> None:
    assert [wording.run_noun(kind) for kind in rs.RunKind] == [
        "easy run",
        "recovery run",
        "long run",
        "tempo run",
        "intervals",
        "hill session",
        "race",
    ]


@given(st.integers(min_value=0, max_value=1000))
def test_plurals_take_an_s_unless_the_count_is_one(count: int) -> None:
    shown = wording.plural(count, "week")
    assert shown == ("1 week" if count == 1 else f"{count} weeks")


@given(rst.doses())
def test_a_dose_reads_the_same_in_str_and_in_the_week_columns(dose: rs.Dose) -> None:
    amount, rest, effort = wording.dose_parts(dose)
    assert str(dose).startswith(amount.replace(wording.SHORT_SIDE, wording.PER_SIDE))
    assert f", {rest}" in str(dose)
    assert effort == ("quality reps" if dose.rir is None else f"{dose.rir} RIR")


@given(rst.doses(), st.integers(min_value=1, max_value=50), st.integers(min_value=0, max_value=50))
def test_dose_with_amount_changes_only_the_amount(dose: rs.Dose, lo: int, more: int) -> None:
    new = dose.with_amount(rs.IntRange(lo, lo + more))
    assert new.unit == dose.unit
    assert new.amount == rs.IntRange(lo, lo + more)
    assert new.with_amount(dose.amount) == dose


# --------------------------------------------------------------------------- the mixin


def test_only_the_mixin_reaches_up_into_the_views() -> None:
    reaching = [
        f"{name}: {line.strip()}"
        for name, code in _sources().items()
        if name.startswith("_model/")
        for line in code.splitlines()
        if line.strip().startswith(("from runstrength._views", "import runstrength._views"))
    ]
    assert len(reaching) == 1
    assert reaching[0].startswith("_model/shown.py: from runstrength._views.show import show")


@pytest.mark.parametrize("cls", SHOWN, ids=lambda c: c.__name__)
def test_shown_values_stay_frozen_and_slotted(cls: type[Shown]) -> None:
    assert issubclass(cls, Shown)
    assert attrs.has(cls)
    assert "__dict__" not in dir(cls)
    assert cls.__repr__ is not Shown.__repr__


def test_shown_values_show_and_pickle() -> None:
    athlete = rs.Athlete(level=rs.Level.intermediate, equipment="gym")
    block = rs.build_block(athlete, [rs.RunningWeek(tue="easy", sat="long")] * 3)
    plan = block.weeks[0]
    catalog = rs.default_catalog()
    values: list[Shown] = [plan.sessions[0], plan, block, catalog["goblet_squat"], catalog]
    for value in values:
        assert str(value) == show.text_of(value)
        assert value._repr_html_() == show.html_of(value)
        assert pickle.loads(pickle.dumps(value)) == value
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, attrs.fields(cast("type[AttrsInstance]", type(value)))[0].name, None)
    assert repr(block) == show.summary_of(block) == "Block(3 weeks: 2 general, 1 strength)"
    assert repr(catalog) == f"Catalog({len(rs.default_catalog())} exercises)"
    assert repr(plan.sessions[0]).startswith("Session(day=Weekday.")


@pytest.mark.parametrize("form", ["text", "html", "summary"])
def test_show_refuses_a_value_it_has_no_view_for(form: str) -> None:
    with pytest.raises(TypeError, match=r"no .* for Run"):
        show.show(rs.Run("easy"), form)  # type: ignore[arg-type]
    if form == "summary":
        with pytest.raises(TypeError, match="no summary for Session"):
            show.summary_of(
                rs.Session(day="mon", focus="light", placement="standalone", exercises=())
            )


def test_a_violation_shows_as_one_line_and_as_one_paragraph() -> None:
    violation = rs.Violation(
        code="RS405", rule="r", severity="error", message="Too <much>.", week=2, day="tue"
    )
    assert str(violation) == "RS405 error [week 2 tue]: Too <much>."
    assert violation._repr_html_() == (
        '<div class="runstrength"><p>RS405 error [week 2 tue]: Too &lt;much&gt;.</p></div>'
    )
    assert repr(violation).startswith("Violation(code='RS405'")


def test_a_load_to_choose_is_shown_with_how_hard_in_every_view() -> None:
    dose = rs.Dose(sets=3, reps=(8, 10), rest_seconds=90, rir=(1, 3))
    item = rs.Prescription("goblet_squat", dose, reason="Main lift.", choose_load=True)
    session = rs.Session(day="tue", focus="strength", placement="after_run", exercises=[item] * 1)
    plan = rs.WeekPlan(sessions=(session,))
    week = rs.RunningWeek(tue="easy")
    advice = "choose a load you could lift about 10 times; stop each set with 1–3 reps in reserve"
    assert f"Load: {advice}." in rs.render_week(plan, week)
    assert "Why: Main lift." in rs.render_week(plan, week)
    assert advice in rs.render_week(plan, week, style="markdown")
    assert advice in plan._repr_html_()
