"""Properties: running weeks written as a calendar read back as themselves; any text fails
only with an InputError."""

from __future__ import annotations

import datetime
from pathlib import Path

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength import RunKind, RunningWeek
from runstrength.strategies import running_weeks

pytest.importorskip("recurring_ical_events")

WORDS: dict[RunKind, tuple[str, ...]] = {
    RunKind.easy: ("Easy run", "Aerobic", "Z2 Endurance", "Run"),
    RunKind.recovery: ("Recovery run", "Shakeout"),
    RunKind.long: ("Long Run", "Sunday long run"),
    RunKind.tempo: ("Tempo", "Threshold", "Marathon pace"),
    RunKind.intervals: ("Intervals", "6x800m", "Fartlek", "VO2max"),
    RunKind.hills: ("Hill repeats", "Hills"),
    RunKind.race: ("Race", "parkrun", "Half marathon", "10K"),
}

MONDAY = datetime.date(2026, 3, 2)
CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def _calendar(weeks: list[RunningWeek], pick: st.DataObject) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//test//test//EN")
    calendar.add("version", "2.0")
    for number, week in enumerate(weeks):
        for offset, (_, runs) in enumerate(week.items()):
            day = MONDAY + datetime.timedelta(days=7 * number + offset)
            for index, run in enumerate(runs):
                title = pick.draw(st.sampled_from(WORDS[run.kind]))
                event = icalendar.Event()
                event.add("uid", f"{day}-{index}@test")
                event.add("summary", f"{('AM', 'PM')[index]} {title}")
                # Timed, in the day's order; an event without a length has minutes unknown.
                begin = datetime.datetime.combine(day, datetime.time(6 + 12 * index))
                event.add("dtstart", begin)
                event.add("dtend", begin + datetime.timedelta(minutes=run.minutes or 0))
                calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text


@given(weeks=st.lists(running_weeks(), min_size=1, max_size=3), pick=st.data())
def test_weeks_written_as_a_calendar_read_back_as_themselves(
    weeks: list[RunningWeek], pick: st.DataObject
) -> None:
    if not any(week.run_count for week in weeks):
        return  # a calendar without events is refused, as it should be
    end = MONDAY + datetime.timedelta(days=7 * len(weeks) - 1)
    read, report = rs.read_running_calendar(_calendar(weeks, pick), start=MONDAY, end=end)
    assert read == tuple(weeks)
    assert len(report.kept) == sum(week.run_count for week in weeks)


def _mutations() -> st.SearchStrategy[str]:
    base = (CALENDARS / "intervals_icu.ics").read_text(encoding="utf-8")

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        text = base
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 20))
            text = text[:at] + draw(st.text(max_size=12)) + text[at + cut :]
        return text

    return mutate()


@given(ics=st.one_of(st.text(), st.binary(), _mutations()))
def test_any_text_fails_only_with_an_input_error(ics: str | bytes) -> None:
    try:
        weeks, report = rs.read_running_calendar(ics)
    except rs.InputError:
        return
    assert all(isinstance(week, RunningWeek) for week in weeks)
    assert isinstance(report, rs.CalendarReport)


@pytest.mark.parametrize(
    ("ics", "kwargs", "paths"),
    [
        ("", {}, ["ics"]),
        ("not a calendar", {}, ["ics"]),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", {}, ["ics"]),
        (b"\xff\xfe", {}, ["ics"]),
        (42, {}, ["ics"]),
        ("x", {"start": datetime.date(2026, 3, 3)}, ["start"]),
        ("x", {"rules": "easy"}, ["rules"]),
        ("x", {"rules": (rs.RUN_KIND_RULES[0], "long")}, ["rules[1]"]),
        ("x", {"tz": "Mars/Olympus"}, ["tz"]),
        (
            42,
            {"start": datetime.date(2026, 3, 4), "rules": [1], "tz": 3},
            ["ics", "start", "rules[0]", "tz"],
        ),
    ],
)
def test_bad_input_lists_each_problem(
    ics: object, kwargs: dict[str, object], paths: list[str]
) -> None:
    with pytest.raises(rs.InputError) as caught:
        rs.read_running_calendar(ics, **kwargs)  # type: ignore[arg-type]  # bad on purpose
    assert [problem.path for problem in caught.value.problems] == paths
