"""Planning many athletes: ``build_weeks``, JSON Lines, and the Dask path."""

# mypy: allow-untyped-calls
# (dask's bag constructors and compute carry no type hints)

from __future__ import annotations

import doctest
import importlib.util
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import dask
import dask.bag as db
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import runstrength as rs
from runstrength import dask as rsd
from runstrength import strategies as rst
from runstrength._io import lines as _lines
from runstrength._io.lines import from_json_lines, to_json_lines
from runstrength._plan import many as _many
from runstrength._plan.many import build_weeks

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "plan_at_scale.py"

requests_lists = st.lists(st.tuples(rst.athletes(), rst.running_weeks()), max_size=4)

BEGINNER = rs.Athlete(level=rs.Level.beginner, equipment="home")
ADVANCED = rs.Athlete(level=rs.Level.advanced, equipment="gym", sessions_per_week=3)
WEEK = rs.RunningWeek(mon="easy", tue="intervals", thu="easy", sat="easy", sun="long")
RACE_WEEK = rs.RunningWeek(tue="easy", thu="easy", sun="race")


def texts(error: rs.InputError) -> tuple[str, ...]:
    """Each problem of ``error`` as the line its message shows."""
    return tuple(map(str, error.problems))


def test_the_functions_are_public() -> None:
    assert rs.build_weeks is _many.build_weeks
    for name in ("to_json_lines", "from_json_lines"):
        assert getattr(rs, name) is getattr(_lines, name)
        assert name in rs.__all__


# --------------------------------------------------------------------------- build_weeks


@given(requests_lists)
def test_build_weeks_equals_build_week_for_each_request_in_order(
    requests: list[tuple[rs.Athlete, rs.RunningWeek]],
) -> None:
    expected = [rs.build_week(athlete, week) for athlete, week in requests]
    assert list(build_weeks(requests)) == expected
    assert list(build_weeks(reversed(requests))) == expected[::-1]


@given(requests_lists, rst.rule_settings())
def test_build_weeks_passes_catalog_and_settings_on(
    requests: list[tuple[rs.Athlete, rs.RunningWeek]], rule_settings: rs.RuleSettings
) -> None:
    catalog = rs.default_catalog().without("goblet_squat")
    expected = [rs.build_week(a, w, catalog=catalog, settings=rule_settings) for a, w in requests]
    assert list(build_weeks(requests, catalog=catalog, settings=rule_settings)) == expected


def test_build_weeks_accepts_two_item_lists_and_any_iterable() -> None:
    pairs = [(BEGINNER, WEEK), [ADVANCED, RACE_WEEK]]
    plans = list(build_weeks(iter(pairs)))  # type: ignore[arg-type]  # lists are accepted
    assert plans == [rs.build_week(BEGINNER, WEEK), rs.build_week(ADVANCED, RACE_WEEK)]
    assert list(build_weeks([])) == []


def test_build_weeks_is_lazy_over_an_endless_input() -> None:
    pulled: list[int] = []

    def endless() -> Iterator[tuple[rs.Athlete, rs.RunningWeek]]:
        for index in itertools.count():
            pulled.append(index)
            yield (BEGINNER, WEEK) if index % 2 == 0 else (ADVANCED, RACE_WEEK)

    plans = build_weeks(endless())
    assert pulled == []  # nothing is planned before it is asked for
    first = list(itertools.islice(plans, 3))
    assert pulled == [0, 1, 2]
    assert first[0] == first[2] == rs.build_week(BEGINNER, WEEK)
    assert first[1] == rs.build_week(ADVANCED, RACE_WEEK)
    assert next(plans) == first[1]
    assert pulled == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (42, "requests[2]: expected an (Athlete, RunningWeek) pair, got 42"),
        ((BEGINNER,), "requests[2]: expected an (Athlete, RunningWeek) pair"),
        ((BEGINNER, WEEK, WEEK), "requests[2]: expected an (Athlete, RunningWeek) pair"),
        ((WEEK, BEGINNER), "requests[2][0]: expected an Athlete, got RunningWeek("),
        ((BEGINNER, "long"), "requests[2][1]: expected a RunningWeek, got 'long'"),
        ("ab", "requests[2]: expected an (Athlete, RunningWeek) pair, got 'ab'"),
    ],
)
def test_a_bad_request_is_named_by_its_index(bad: object, message: str) -> None:
    plans = build_weeks([(BEGINNER, WEEK), (ADVANCED, WEEK), bad])  # type: ignore[list-item]
    assert next(plans) == rs.build_week(BEGINNER, WEEK)  # plans before it still come out
    assert next(plans) == rs.build_week(ADVANCED, WEEK)
    with pytest.raises(rs.InputError) as caught:
        next(plans)
    assert texts(caught.value)[0].startswith(message)


@pytest.mark.parametrize(
    ("requests", "options", "message"),
    [
        (5, {}, "build_weeks: requests must be an iterable"),
        ("mon", {}, "build_weeks: requests must be an iterable"),
        ([], {"catalog": "gym"}, "build_weeks: catalog must be a Catalog, got 'gym'"),
        ([], {"settings": {}}, "build_weeks: settings must be a RuleSettings, got {}"),
    ],
)
def test_bad_arguments_fail_at_the_call(
    requests: object, options: dict[str, object], message: str
) -> None:
    with pytest.raises(rs.InputError) as caught:
        build_weeks(requests, **options)  # type: ignore[arg-type]
    assert texts(caught.value)[0].startswith(message)


def test_a_long_bad_value_is_shortened_in_the_message() -> None:
    with pytest.raises(rs.InputError) as caught:
        next(build_weeks(["x" * 500]))  # type: ignore[list-item]
    assert len(texts(caught.value)[0]) < 150


# --------------------------------------------------------------------------- JSON Lines


@settings(max_examples=15)  # arbitrary plans are large to draw; the shape is what matters
@given(st.lists(rst.week_plans(), max_size=2))
def test_json_lines_round_trip_one_document_a_line(plans: list[rs.WeekPlan]) -> None:
    lines = list(to_json_lines(plans))
    assert len(lines) == len(plans)
    for line in lines:
        assert line.endswith("\n")
        assert "\n" not in line[:-1]
        assert "\r" not in line
        json.loads(line)
    text = "".join(lines)
    assert list(from_json_lines(rs.WeekPlan, text.splitlines())) == plans
    assert list(from_json_lines(rs.WeekPlan, [line.encode() for line in lines])) == plans


def test_json_lines_skip_blank_lines_and_name_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    plans = [rs.build_week(BEGINNER, WEEK), rs.build_week(ADVANCED, RACE_WEEK)]
    with path.open("w", encoding="utf-8") as out:
        out.writelines(to_json_lines(plans))
        out.write("\n   \n")
        out.write('{"sessions": [{"day": "someday"}]}\n')
    with path.open(encoding="utf-8") as lines:
        read = from_json_lines(rs.WeekPlan, lines)
        assert [next(read), next(read)] == plans
        with pytest.raises(rs.InputError) as caught:
            next(read)
    assert caught.value.problems
    assert all(p.startswith("line 5: $.sessions[0]") for p in texts(caught.value))


def test_json_lines_refuse_a_line_that_is_not_text() -> None:
    with pytest.raises(rs.InputError, match=r"line 2: expected text, got int"):
        list(from_json_lines(rs.Run, ['{"kind": "easy"}', 7]))  # type: ignore[list-item]
    with pytest.raises(rs.InputError, match=r"line 1: \$: not valid JSON"):
        list(from_json_lines(rs.Run, ["{"]))


@pytest.mark.parametrize("module", [_many, _lines, rsd], ids=["_many", "_lines", "dask"])
def test_docstring_examples_run(module: ModuleType) -> None:
    assert doctest.testmod(module, raise_on_error=False).failed == 0


# --------------------------------------------------------------------------- Dask


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plan_at_scale", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_pipeline_runs_small_on_the_sync_scheduler(tmp_path: Path) -> None:
    example = _load_example()
    (tmp_path / "part-000009.jsonl").write_text("left from an earlier run\n", encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        files = example.plan_to_files(50, tmp_path, seed=7, partitions=4)
    assert files == 4
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"part-00000{i}.jsonl" for i in range(4)]
    lines: list[str] = []
    for name in names:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert text.endswith("\n")
        lines.extend(text.splitlines())
    requests = [example.make_request(i, 7) for i in range(50)]
    assert len(set(requests)) == 50
    assert any(week.race_days for _, week in requests)
    assert {athlete.level for athlete, _ in requests} == set(rs.Level)
    plans = [rs.from_json(rs.WeekPlan, line) for line in lines]
    assert plans == list(build_weeks(requests))


def test_the_example_main_prints_throughput_and_a_sample_week(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = _load_example()
    example.main([str(tmp_path / "out"), "--athletes", "12", "--scheduler", "threads"])
    out = capsys.readouterr().out
    assert "Planned 12 runners' weeks on the threads scheduler" in out
    assert "plans/s" in out
    assert "Day  Runs" in out
    assert len((tmp_path / "out" / "part-000000.jsonl").read_text().splitlines()) == 12


def test_example_requests_do_not_depend_on_partitioning() -> None:
    example = _load_example()
    with dask.config.set(scheduler="sync"):
        two = db.range(10, npartitions=2).map(example.make_request, seed=3).compute()
        five = db.range(10, npartitions=5).map(example.make_request, seed=3).compute()
    assert two == five == [example.make_request(i, 3) for i in range(10)]
    assert example.make_request(0, 3) != example.make_request(0, 4)


def test_plan_bag_keeps_order_and_passes_a_custom_catalog_on() -> None:
    catalog = rs.default_catalog().without("goblet_squat")
    pairs = [(BEGINNER, WEEK), (ADVANCED, RACE_WEEK), (ADVANCED, WEEK)] * 3
    requests = db.from_sequence(pairs, npartitions=4)
    with dask.config.set(scheduler="sync"):
        plans = rsd.plan_bag(requests, catalog=catalog).compute()
    assert plans == list(build_weeks(pairs, catalog=catalog))


def test_write_json_lines_takes_a_pattern(tmp_path: Path) -> None:
    requests = db.from_sequence([(BEGINNER, WEEK), (ADVANCED, WEEK)], npartitions=2)
    written = rsd.write_json_lines(
        rsd.plan_bag(requests), tmp_path / "week-12-*.jsonl", scheduler="sync"
    )
    assert [Path(p).name for p in written] == [
        "week-12-part-000000.jsonl",
        "week-12-part-000001.jsonl",
    ]
    with Path(written[1]).open(encoding="utf-8") as lines:
        assert list(from_json_lines(rs.WeekPlan, lines)) == [rs.build_week(ADVANCED, WEEK)]


def test_plan_bag_names_the_partition_of_a_bad_request() -> None:
    requests = db.from_sequence([(BEGINNER, WEEK)] * 3 + [(BEGINNER, 3)], npartitions=2)
    with dask.config.set(scheduler="sync"), pytest.raises(rs.InputError) as caught:
        rsd.plan_bag(requests).compute()
    assert texts(caught.value) == ("partition 1: requests[1][1]: expected a RunningWeek, got 3",)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: rsd.plan_bag([(BEGINNER, WEEK)]),  # type: ignore[arg-type]
            "plan_bag: requests must be a dask.bag.Bag",
        ),
        (
            lambda: rsd.plan_bag(db.from_sequence([1]), catalog=[]),  # type: ignore[arg-type]
            "plan_bag: catalog must be a Catalog, got []",
        ),
        (
            lambda: rsd.plan_bag(db.from_sequence([1]), settings=3),  # type: ignore[arg-type]
            "plan_bag: settings must be a RuleSettings, got 3",
        ),
        (
            lambda: rsd.write_json_lines([], "x"),  # type: ignore[arg-type]
            "write_json_lines: plans must be a dask.bag.Bag",
        ),
    ],
)
def test_dask_helpers_check_their_arguments(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(rs.InputError) as caught:
        call()
    assert texts(caught.value)[0].startswith(message)


def test_import_runstrength_does_not_load_dask() -> None:
    code = (
        "import sys, runstrength as rs; "
        "list(rs.build_weeks([(rs.Athlete(level='beginner'), rs.RunningWeek(sun='long'))])) "
        "if hasattr(rs, 'build_weeks') else None; "
        "assert not [m for m in sys.modules if m == 'dask' or m.startswith('dask.')], 'dask'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
