"""Calendar export that updates in place: stable UIDs, versions, cancellations, times, alarms."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar, Component

import runstrength as rs
from runstrength import strategies as rst
from runstrength._rules.session import session_minutes_of
from runstrength._views.ics import to_ics
from runstrength._views.icsoptions import MAX_SEQUENCE, SEQUENCE_EPOCH, event_minutes
from tests.views.test_ics import ATHLETE, MONDAY, WEEK

MOVED = rs.RunningWeek(mon="easy", wed="intervals", thu=["easy", "tempo"], sat="easy", sun="long")
STAMP = datetime.datetime(2026, 11, 20, 18, 30, tzinfo=datetime.UTC)
PARIS = ZoneInfo("Europe/Paris")

mondays = st.dates(datetime.date(2000, 1, 3), datetime.date(2090, 12, 25)).map(
    lambda d: d - datetime.timedelta(days=d.weekday())
)


def _events(text: str) -> list[Component]:
    return [c for c in Calendar.from_ical(text).walk() if c.name == "VEVENT"]


def _uids(text: str) -> list[str]:
    return [str(e["uid"]) for e in _events(text)]


def _by_uid(text: str) -> dict[str, Component]:
    return {str(e["uid"]): e for e in _events(text)}


def _sequence(event: Component) -> int:
    return int(str(event["sequence"]))


def _session(day: str, focus: str = "light") -> rs.Session:
    return rs.Session(day=day, focus=focus, placement="standalone", exercises=())


def test_a_changed_plan_keeps_the_uids_of_its_dates() -> None:
    # The hole: UIDs hashed from content made every changed session a new event.
    before = rs.WeekPlan(sessions=(_session("tue", "strength"), _session("fri")))
    after = rs.WeekPlan(sessions=(_session("tue", "light"), _session("fri", "strength")))
    old, new = to_ics(before, start=MONDAY), to_ics(after, start=MONDAY, sequence=1)
    assert [str(e["summary"]) for e in _events(old)] != [str(e["summary"]) for e in _events(new)]
    assert _uids(old) == _uids(new)
    assert _uids(to_ics(before, start=MONDAY, week=WEEK)) == _uids(old)


def test_uids_differ_across_dates_slots_and_calendar_ids() -> None:
    plan = rs.WeekPlan(sessions=(_session("wed"), _session("wed"), _session("sat")))
    uids = _uids(to_ics(plan, start=MONDAY))
    assert len(set(uids)) == 3
    assert uids[0].startswith("20261125-1-")
    assert uids[1].startswith("20261125-2-")
    assert uids[2].startswith("20261128-1-")
    assert all(uid.endswith("@runstrength") for uid in uids)
    other = _uids(to_ics(plan, start=MONDAY, calendar_id="alex"))
    assert set(other).isdisjoint(uids)
    assert _uids(to_ics(plan, start=MONDAY, calendar_id="alex")) == other
    assert _uids(to_ics(plan, start=MONDAY, calendar_id="strength")) == uids  # the default


def test_a_calendar_id_of_any_text_gives_a_uid_of_safe_characters() -> None:
    plan = rs.WeekPlan(sessions=(_session("mon"),))
    (uid,) = _uids(to_ics(plan, start=MONDAY, calendar_id="Alex ;:,\\ \n Ünïcode @x"))
    head, _, domain = uid.partition("@")
    assert domain == "runstrength"
    assert all(c.isalnum() or c == "-" for c in head)


def test_a_calendar_id_with_a_lone_surrogate_is_an_input_error_regression() -> None:
    # "--calendar-id $'\udc80'" ended in a UnicodeEncodeError from deep inside the export.
    plan = rs.WeekPlan(sessions=(_session("mon"),))
    with pytest.raises(rs.InputError, match="calendar_id: U\\+DC80 at position 0"):
        to_ics(plan, start=MONDAY, calendar_id="\udc80")


def test_the_default_export_has_no_sequence_and_stamps_midnight_on_start() -> None:
    events = _events(to_ics(rs.build_week(ATHLETE, WEEK), start=MONDAY, week=WEEK))
    assert events
    for event in events:
        assert "SEQUENCE" not in event
        assert event.decoded("dtstamp") == datetime.datetime(2026, 11, 23, tzinfo=datetime.UTC)


def test_a_stamp_is_the_dtstamp_and_gives_the_sequence() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    paris_stamp = STAMP.astimezone(PARIS)
    events = _events(to_ics(plan, start=MONDAY, stamp=paris_stamp))
    for event in events:
        assert event.decoded("dtstamp") == STAMP
        assert event.decoded("dtstamp").utcoffset() == datetime.timedelta(0)
        assert _sequence(event) == int((STAMP - SEQUENCE_EPOCH).total_seconds())


def test_a_later_stamp_or_a_higher_sequence_gives_a_higher_sequence() -> None:
    plan = rs.build_week(ATHLETE, WEEK)

    def sequences(**options: object) -> set[int]:
        return {_sequence(e) for e in _events(to_ics(plan, start=MONDAY, **options))}  # type: ignore[arg-type]

    stamps = [STAMP + datetime.timedelta(seconds=s) for s in (0, 1, 60, 86_400 * 400)]
    found = [sequences(stamp=s) for s in stamps]
    assert all(len(f) == 1 for f in found)
    assert [min(f) for f in found] == sorted({min(f) for f in found})
    assert [min(sequences(sequence=n)) for n in (0, 1, 7)] == [0, 1, 7]
    both = sequences(sequence=3, stamp=STAMP)
    assert both == {3}  # an explicit sequence wins


def test_a_replan_re_exported_updates_in_place_and_cancels_what_moved() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    moved = rs.replan(plan, ATHLETE, MOVED, after="mon")
    old_days = {s.day for s in plan.sessions}
    new_days = {s.day for s in moved.sessions}
    assert old_days != new_days
    first = to_ics(plan, start=MONDAY, week=WEEK, stamp=STAMP)
    later = STAMP + datetime.timedelta(days=1)
    second = to_ics(moved, start=MONDAY, week=MOVED, stamp=later, previous=plan)
    old, new = _by_uid(first), _by_uid(second)
    assert set(old) <= set(new)  # every earlier event is updated, none is left behind
    for uid, event in old.items():
        assert _sequence(new[uid]) > _sequence(event)
    cancelled = {uid for uid, e in new.items() if str(e.get("status")) == "CANCELLED"}
    live = set(new) - cancelled
    assert len(live) == moved.session_count
    day_of = {uid: new[uid].decoded("dtstart") for uid in new}
    gone_days = {MONDAY + datetime.timedelta(days=d.rank) for d in old_days - new_days}
    assert {day_of[uid] for uid in cancelled} == gone_days
    for uid in cancelled:
        assert str(new[uid]["summary"]).startswith("Cancelled: Strength")
        assert "VALARM" not in new[uid].to_ical().decode()


def test_a_session_that_changes_in_place_is_updated_not_cancelled() -> None:
    before = rs.WeekPlan(sessions=(_session("tue", "strength"), _session("tue")))
    after = rs.WeekPlan(sessions=(_session("tue", "light"),))
    text = to_ics(after, start=MONDAY, previous=before, sequence=2)
    events = _events(text)
    assert [str(e.get("status", "")) for e in events] == ["", "CANCELLED"]
    assert [str(e["uid"]).split("-")[:2] for e in events] == [["20261124", "1"], ["20261124", "2"]]
    assert [_sequence(e) for e in events] == [2, 2]


def test_a_week_exported_over_its_block_cancels_only_inside_that_week() -> None:
    normal = rs.RunningWeek(tue="intervals", thu="easy", sat="easy", sun="long")
    block = rs.build_block(ATHLETE, [normal] * 3)
    second_monday = MONDAY + datetime.timedelta(weeks=1)
    empty = rs.WeekPlan(sessions=())
    text = to_ics(empty, start=second_monday, previous=block, previous_start=MONDAY, stamp=STAMP)
    events = _events(text)
    assert len(events) == block.weeks[1].session_count
    assert all(str(e["status"]) == "CANCELLED" for e in events)
    dates = {e.decoded("dtstart") for e in events}
    assert all(second_monday <= d < second_monday + datetime.timedelta(weeks=1) for d in dates)
    block_uids = set(_uids(to_ics(block, start=MONDAY)))
    assert set(_uids(text)) <= block_uids


def test_cancelling_needs_a_later_version() -> None:
    plan = rs.WeekPlan(sessions=(_session("tue"),))
    with pytest.raises(rs.InputError, match="previous: cancelling its sessions needs"):
        to_ics(rs.WeekPlan(sessions=()), start=MONDAY, previous=plan)
    with pytest.raises(rs.InputError, match="previous: cancelling"):
        to_ics(rs.WeekPlan(sessions=()), start=MONDAY, previous=plan, sequence=0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"previous_start": MONDAY}, "previous_start: only used with previous"),
        ({"previous": "last week", "sequence": 1}, "previous: expected a WeekPlan, a Block"),
        (
            {"previous": rs.WeekPlan(sessions=()), "previous_start": datetime.date(2026, 11, 24)},
            "previous_start must be a Monday",
        ),
    ],
)
def test_bad_previous_is_refused(kwargs: dict[str, object], message: str) -> None:
    options = {"sequence": 1, **kwargs}
    with pytest.raises(rs.InputError, match=message):
        to_ics(rs.WeekPlan(sessions=()), start=MONDAY, **options)  # type: ignore[arg-type]


def test_a_time_and_zone_parse_back_to_aware_datetimes_across_a_dst_change() -> None:
    # Europe/Paris moves to summer time on Sunday 2026-03-29.
    monday = datetime.date(2026, 3, 23)
    plan = rs.WeekPlan(sessions=(_session("sat"), _session("sun"), _session("tue")))
    block = rs.Block(
        weeks=[plan, plan],
        phases=["build", "build"],
        running=[rs.RunningWeek(), rs.RunningWeek()],
    )
    text = to_ics(block, start=monday, at=datetime.time(7, 15), tz="Europe/Paris")
    calendar = Calendar.from_ical(text)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    starts = [e.decoded("dtstart") for e in _events(text)]
    assert all(isinstance(s, datetime.datetime) for s in starts)
    assert all(s.astimezone(PARIS).time() == datetime.time(7, 15) for s in starts)
    offsets = [s.utcoffset() for s in starts]
    hour = datetime.timedelta(hours=1)
    assert offsets == [hour, hour, 2 * hour, 2 * hour, 2 * hour, 2 * hour]  # Tue, Sat, then Sun
    assert "DTSTART;TZID=Europe/Paris:20260329T071500" in text


def test_without_a_zone_times_are_floating() -> None:
    plan = rs.WeekPlan(sessions=(_session("tue"),))
    (event,) = _events(to_ics(plan, start=MONDAY, at=datetime.time(18, 0)))
    start = event.decoded("dtstart")
    assert start == datetime.datetime(2026, 11, 24, 18, 0)
    assert start.tzinfo is None
    assert "VTIMEZONE" not in to_ics(plan, start=MONDAY, at=datetime.time(18, 0))


def test_times_per_weekday_leave_other_days_all_day() -> None:
    plan = rs.WeekPlan(sessions=(_session("tue"), _session("sat")))
    text = to_ics(plan, start=MONDAY, at={"tue": datetime.time(6, 30)}, tz="America/New_York")
    tuesday, saturday = _events(text)
    assert tuesday.decoded("dtstart") == datetime.datetime(
        2026, 11, 24, 6, 30, tzinfo=ZoneInfo("America/New_York")
    )
    assert str(tuesday["transp"]) == "OPAQUE"
    assert type(saturday.decoded("dtstart")) is datetime.date
    assert str(saturday["transp"]) == "TRANSPARENT"
    weekday_keys = to_ics(plan, start=MONDAY, at={rs.Weekday.tue: datetime.time(6, 30)})
    assert _events(weekday_keys)[0].decoded("dtstart").time() == datetime.time(6, 30)


def test_a_timed_event_lasts_the_estimated_minutes_rounded_up_to_five() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    events = _events(to_ics(plan, start=MONDAY, week=WEEK, at=datetime.time(7), tz="UTC"))
    for session, event in zip(plan.sessions, events, strict=True):
        length = event.decoded("dtend") - event.decoded("dtstart")
        minutes = length / datetime.timedelta(minutes=1)
        assert minutes == event_minutes(session)
        assert minutes % 5 == 0
        assert minutes >= 5
    empty = _session("mon")
    assert event_minutes(empty) >= 5


def test_the_estimate_is_the_one_the_rules_use() -> None:
    plan = rs.build_week(ATHLETE, WEEK)
    for session in plan.sessions:
        estimate = session_minutes_of(session, rs.RuleSettings())
        assert estimate <= event_minutes(session) < estimate + 5


def test_a_reminder_is_a_display_alarm_before_the_start() -> None:
    plan = rs.WeekPlan(sessions=(_session("tue"), _session("thu")))
    before = datetime.timedelta(minutes=45)
    text = to_ics(plan, start=MONDAY, at=datetime.time(7), tz="Europe/Paris", reminder=before)
    for event in _events(text):
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == -before
        assert str(alarm["description"]) == str(event["summary"])
    all_day = _events(to_ics(plan, start=MONDAY, reminder=datetime.timedelta(hours=12)))
    assert all(
        a.decoded("trigger") == -datetime.timedelta(hours=12) for a in all_day[0].walk("VALARM")
    )
    assert "VALARM" not in to_ics(plan, start=MONDAY)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"calendar_id": ""}, "calendar_id: expected a non-empty str"),
        ({"calendar_id": 7}, "calendar_id: expected a non-empty str"),
        ({"sequence": -1}, "sequence: -1 is outside 0 to"),
        ({"sequence": MAX_SEQUENCE + 1}, "sequence: 2147483648 is outside"),
        ({"sequence": 1.5}, "sequence: expected an int"),
        ({"sequence": True}, "sequence: expected an int"),
        ({"stamp": datetime.datetime(2026, 11, 20, 9)}, "stamp: expected an aware"),
        ({"stamp": datetime.date(2026, 11, 20)}, "stamp: expected an aware"),
        ({"stamp": datetime.datetime(2019, 12, 31, tzinfo=datetime.UTC)}, "stamp: .* is outside"),
        ({"stamp": datetime.datetime(2090, 1, 1, tzinfo=datetime.UTC)}, "stamp: .* is outside"),
        ({"at": "07:00"}, "at: expected a datetime.time"),
        ({"at": datetime.time(7, tzinfo=datetime.UTC)}, "at: give a time without tzinfo"),
        ({"at": {"monday": datetime.time(7)}}, r"at\['monday'\]: 'monday' is not a weekday"),
        ({"at": {"mon": 7}}, r"at\['mon'\]: expected a datetime.time"),
        ({"at": datetime.time(7), "tz": "Mars/Olympus"}, "tz: 'Mars/Olympus' is not an IANA"),
        ({"at": datetime.time(7), "tz": "../etc/passwd"}, "tz: '../etc/passwd' is not an IANA"),
        ({"at": datetime.time(7), "tz": PARIS}, "tz: expected an IANA time zone name"),
        ({"tz": "Europe/Paris"}, "tz: only used with at"),
        ({"reminder": 30}, "reminder: expected a datetime.timedelta"),
        ({"reminder": datetime.timedelta(minutes=-5)}, "reminder: .* is outside 0 to"),
        ({"reminder": datetime.timedelta(days=8)}, "reminder: .* is outside 0 to"),
        ({"reminder": datetime.timedelta(microseconds=5)}, "reminder: .* whole number of seconds"),
    ],
)
def test_a_bad_option_is_refused_by_name(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(rs.InputError, match=message) as caught:
        to_ics(rs.WeekPlan(sessions=()), start=MONDAY, **kwargs)  # type: ignore[arg-type]
    assert len(caught.value.problems) == 1


def test_every_bad_option_is_listed_at_once() -> None:
    with pytest.raises(rs.InputError) as caught:
        to_ics(
            rs.WeekPlan(sessions=()),
            start=MONDAY,
            calendar_id="  ",
            sequence=-2,
            stamp=datetime.datetime(2026, 1, 1),
            at={"mon": datetime.time(7), "xyz": datetime.time(8)},
            tz="Nowhere/Special",
            reminder=datetime.timedelta(days=-1),
        )
    paths = [p.path for p in caught.value.problems]
    assert paths == ["calendar_id", "sequence", "stamp", "at['xyz']", "tz", "reminder"]


def test_a_start_too_late_for_a_timed_session_is_refused() -> None:
    plan = rs.WeekPlan(sessions=(_session("sun"),))
    with pytest.raises(rs.InputError, match="leaves no room"):
        to_ics(plan, start=datetime.date(9999, 12, 27), at=datetime.time(23, 59))


def test_a_previous_plan_too_late_for_its_start_is_refused() -> None:
    plan = rs.WeekPlan(sessions=(_session("sun"),))
    block = rs.Block(weeks=[plan, plan], phases=["build", "build"], running=[rs.RunningWeek()] * 2)
    with pytest.raises(rs.InputError, match=r"previous_start: .* leaves no room"):
        to_ics(
            plan,
            start=datetime.date(9999, 12, 20),
            previous=block,
            previous_start=datetime.date(9999, 12, 20),
            sequence=1,
        )


zones = st.sampled_from(["Europe/Paris", "America/New_York", "Australia/Sydney", "UTC"])


@given(
    block=rst.blocks(max_weeks=3),
    previous=rst.blocks(max_weeks=3),
    start=mondays,
    at=st.none() | st.times(),
    tz=zones,
    reminder=st.none() | st.integers(0, 7 * 86_400).map(lambda s: datetime.timedelta(seconds=s)),
    calendar_id=st.text(min_size=1).filter(str.strip),
)
def test_any_export_parses_back_with_unique_uids(
    block: rs.Block,
    previous: rs.Block,
    start: datetime.date,
    at: datetime.time | None,
    tz: str,
    reminder: datetime.timedelta | None,
    calendar_id: str,
) -> None:
    text = to_ics(
        block,
        start=start,
        calendar_id=calendar_id,
        previous=previous,
        sequence=1,
        at=at,
        tz=None if at is None else tz,
        reminder=reminder,
    )
    events = _events(text)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    live = [e for e in events if "STATUS" not in e]
    assert len(live) == sum(plan.session_count for plan in block.weeks)
    for event in events:
        begin = event.decoded("dtstart")
        day = begin if type(begin) is datetime.date else begin.date()
        assert start <= day < start + datetime.timedelta(weeks=len(block.weeks))
        assert event.decoded("dtend") > begin
        assert _sequence(event) == 1
