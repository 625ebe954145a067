"""SLA clocks: deadlines around the 2026 holidays, pauses, statuses and budget parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from maild.core.calendar import WorkCalendar
from maild.core.sla import (
    DEFAULT_POLICIES,
    Policy,
    SlaStatus,
    Stopwatch,
    Unit,
    assess,
    due_at,
    parse_budget,
    status,
    time_left,
    warning_at,
)
from maild.errors import CalendarGapError

CST = ZoneInfo("Asia/Shanghai")
WHOLE_DAYS = WorkCalendar()
OFFICE = WorkCalendar(office_hours=((time(9), time(12)), (time(13, 30), time(18))))
APPEAL, ADJUSTMENT, SUMMARY = (DEFAULT_POLICIES[k] for k in ("appeal", "adjustment", "summary"))
H = timedelta(hours=1)
SECOND = timedelta(seconds=1)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("48h", 48 * H),
        ("24h", 24 * H),
        ("5d", timedelta(days=5)),
        ("1d12h", 36 * H),
        (" 90m ", 90 * timedelta(minutes=1)),
        ("48H", 48 * H),
    ],
)
def test_parse_budget_reads_config_durations(text, expected):
    assert parse_budget(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("48", "not a duration"),
        ("", "not a duration"),
        ("-5h", "not a duration"),
        ("5 weeks", "not a duration"),
        (48, "not a duration"),
        ("0h", "longer than zero"),
    ],
)
def test_parse_budget_explains_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse_budget(text)


def test_default_policies_are_the_promises_hq_makes():
    assert (APPEAL.budget, APPEAL.unit) == (48 * H, Unit.WORKING_HOURS)
    assert (ADJUSTMENT.budget, ADJUSTMENT.unit) == (24 * H, Unit.CALENDAR_HOURS)
    assert (SUMMARY.budget, SUMMARY.unit) == (timedelta(days=5), Unit.WORKING_DAYS)
    assert APPEAL.warn_at == 0.75


def test_a_policy_unit_given_as_config_text_becomes_a_unit():
    assert Policy("appeal", 48 * H, "working_hours").unit is Unit.WORKING_HOURS


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("appeal", 48 * H, "work_hours"),
            "unit must be one of working_hours, calendar_hours, working_days",
        ),
        (("appeal", timedelta(0), Unit.WORKING_HOURS), "positive"),
        (("summary", 36 * H, Unit.WORKING_DAYS), "whole days"),
        (("appeal", 48 * H, Unit.WORKING_HOURS, 1.5), "warn_at"),
    ],
)
def test_an_invalid_policy_is_refused_with_a_reason(args, message):
    with pytest.raises(ValueError, match=message):
        Policy(*args)


@pytest.mark.parametrize(
    ("policy", "cal", "received", "due"),
    [
        # Friday 17:00 before Spring Festival: Fri 7 h + make-up Sat 24 h + Tue 02-24 17 h
        (APPEAL, WHOLE_DAYS, at(2026, 2, 13, 17), at(2026, 2, 24, 17)),
        # same with office hours: 48 office hours run to Monday 03-02 via make-up Sat 02-28
        (APPEAL, OFFICE, at(2026, 2, 13, 17), at(2026, 3, 2, 11)),
        # Thursday before Labour Day
        (APPEAL, WHOLE_DAYS, at(2026, 4, 30, 17), at(2026, 5, 7, 17)),
        (APPEAL, OFFICE, at(2026, 4, 30, 17), at(2026, 5, 13, 11)),
        # received during lunch: the clock starts at 13:30
        (APPEAL, OFFICE, at(2026, 3, 4, 12, 30), at(2026, 3, 12, 16, 30)),
        # received Friday 17:59: one minute counts on Friday
        (APPEAL, OFFICE, at(2026, 3, 6, 17, 59), at(2026, 3, 17, 11, 59)),
        # 24 calendar hours ignore National Day
        (ADJUSTMENT, OFFICE, at(2026, 9, 30, 10), at(2026, 10, 1, 10)),
        # 5 working days across National Day: 10-08, 10-09, 10-10 (Sat), 10-12, 10-13
        (SUMMARY, WHOLE_DAYS, at(2026, 9, 30, 10), at(2026, 10, 13, 10)),
        (SUMMARY, OFFICE, at(2026, 9, 30, 10), at(2026, 10, 13, 10)),
        # Friday 17:00 before the make-up Sunday 09-20
        (SUMMARY, OFFICE, at(2026, 9, 18, 17), at(2026, 9, 24, 17)),
    ],
)
def test_due_time_around_2026_holidays(policy, cal, received, due):
    result = due_at(Stopwatch(received), policy, cal)
    assert result == due
    assert result.tzinfo is UTC


def test_a_changed_calendar_gives_a_recomputed_deadline():
    watch = Stopwatch(at(2026, 3, 2, 10))
    closed_tuesday = WorkCalendar(extra_holidays=frozenset({date(2026, 3, 3)}))
    assert due_at(watch, APPEAL, WHOLE_DAYS) == at(2026, 3, 4, 10)
    assert due_at(watch, APPEAL, closed_tuesday) == at(2026, 3, 5, 10)


def test_calendar_hours_need_no_holiday_data_but_working_hours_do():
    watch = Stopwatch(at(2026, 12, 31, 12))
    assert due_at(watch, ADJUSTMENT, WHOLE_DAYS) == at(2027, 1, 1, 12)
    with pytest.raises(CalendarGapError):
        due_at(watch, APPEAL, WHOLE_DAYS)


def test_a_closed_pause_moves_the_deadline_by_its_working_time():
    # paused Friday 17:00 to Monday 10:00: only 1 h Friday + 1 h Monday of office time
    watch = Stopwatch(at(2026, 3, 6, 10), pauses=((at(2026, 3, 6, 17), at(2026, 3, 9, 10)),))
    unpaused = due_at(Stopwatch(at(2026, 3, 6, 10)), APPEAL, OFFICE)
    assert OFFICE.working_between(unpaused, due_at(watch, APPEAL, OFFICE)) == 2 * H


def test_an_open_pause_leaves_no_due_time_and_freezes_the_time_left():
    watch = Stopwatch(at(2026, 3, 2, 10), pauses=((at(2026, 3, 3, 10), None),))
    assert due_at(watch, APPEAL, WHOLE_DAYS) is None
    assert time_left(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 3, 10)) == 24 * H
    assert time_left(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 10, 10)) == 24 * H
    result = assess(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 10, 10))
    assert result.status is SlaStatus.PAUSED
    assert "waiting for the partner" in result.reason


def test_a_pause_opened_after_the_deadline_does_not_hide_the_breach():
    watch = Stopwatch(at(2026, 3, 2, 10), pauses=((at(2026, 3, 5, 10), None),))
    assert due_at(watch, APPEAL, WHOLE_DAYS) == at(2026, 3, 4, 10)
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 6)) is SlaStatus.BREACHED


# appeal received Monday 03-02 10:00 on whole workdays: warning at 36 h (Tue 22:00), due Wed 10:00
@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2026, 3, 2, 11), SlaStatus.OK),
        (at(2026, 3, 3, 21, 59), SlaStatus.OK),
        (at(2026, 3, 3, 22), SlaStatus.WARNING),
        (at(2026, 3, 4, 10), SlaStatus.WARNING),
        (at(2026, 3, 4, 10) + SECOND, SlaStatus.BREACHED),
    ],
)
def test_status_moves_from_ok_to_warning_at_75_percent_and_breaches_after_the_due_time(
    now, expected
):
    assert status(Stopwatch(at(2026, 3, 2, 10)), APPEAL, WHOLE_DAYS, now) is expected


@pytest.mark.parametrize(
    ("stopped", "expected"),
    [
        (at(2026, 3, 3, 9), SlaStatus.MET),
        (at(2026, 3, 4, 10), SlaStatus.MET),
        (at(2026, 3, 4, 11), SlaStatus.MISSED),
    ],
)
def test_a_stopped_watch_has_met_or_missed_its_deadline(stopped, expected):
    watch = Stopwatch(at(2026, 3, 2, 10), stopped_at=stopped)
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 4, 1)) is expected


def test_an_outcome_sent_while_paused_closes_the_pause_and_meets_the_deadline():
    watch = Stopwatch(
        at(2026, 3, 2, 10), pauses=((at(2026, 3, 3, 10), None),), stopped_at=at(2026, 3, 20)
    )
    assert watch.pauses == ((at(2026, 3, 3, 10), at(2026, 3, 20)),)
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 4, 1)) is SlaStatus.MET


def test_status_at_an_earlier_instant_ignores_events_that_had_not_happened_yet():
    watch = Stopwatch(
        at(2026, 3, 2, 10),
        pauses=((at(2026, 3, 3, 10), at(2026, 3, 9, 10)),),
        stopped_at=at(2026, 3, 10),
    )
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 2, 12)) is SlaStatus.OK
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 5)) is SlaStatus.PAUSED
    assert status(watch, APPEAL, WHOLE_DAYS, at(2026, 3, 11)) is SlaStatus.MET


def test_the_warning_falls_when_75_percent_of_the_working_budget_is_used():
    # 36 office hours from Friday 02-13 17:00:
    # Fri 1 h, Sat 7.5 h, 02-24..26 22.5 h, then 5 h on Fri 02-27
    assert warning_at(Stopwatch(at(2026, 2, 13, 17)), APPEAL, OFFICE) == at(2026, 2, 27, 15, 30)


def test_time_left_goes_negative_in_working_time_once_overrun():
    watch = Stopwatch(at(2026, 3, 2, 10))
    assert time_left(watch, APPEAL, OFFICE, at(2026, 3, 2, 11)) == 47 * H
    assert time_left(watch, APPEAL, OFFICE, at(2026, 3, 20, 10)) < timedelta(0)


def test_a_breach_reason_names_the_deadline():
    result = assess(Stopwatch(at(2026, 3, 2, 10)), APPEAL, WHOLE_DAYS, at(2026, 3, 5))
    assert result.status is SlaStatus.BREACHED
    assert result.reason == "deadline 2026-03-04 02:00:00 UTC passed without an outcome"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"started_at": datetime(2026, 3, 2, 10)},
        {"started_at": at(2026, 3, 2), "pauses": ((at(2026, 3, 1), at(2026, 3, 3)),)},
        {
            "started_at": at(2026, 3, 2),
            "pauses": ((at(2026, 3, 3), at(2026, 3, 5)), (at(2026, 3, 4), None)),
        },
        {"started_at": at(2026, 3, 2), "pauses": ((at(2026, 3, 3), None), (at(2026, 3, 4), None))},
        {"started_at": at(2026, 3, 2), "stopped_at": at(2026, 3, 1)},
    ],
)
def test_an_inconsistent_stopwatch_is_refused(kwargs):
    with pytest.raises(ValueError):
        Stopwatch(**kwargs)


# --- properties -----------------------------------------------------------------------------

starts = st.datetimes(
    min_value=datetime(2026, 1, 1),
    max_value=datetime(2026, 9, 30),
    timezones=st.sampled_from([CST, UTC]),
)
calendars = st.sampled_from([WHOLE_DAYS, OFFICE])
policies = st.sampled_from(list(DEFAULT_POLICIES.values()))
hours = st.integers(min_value=1, max_value=120).map(
    lambda n: Policy("appeal", n * H, Unit.WORKING_HOURS)
)
offsets = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=12))


@given(policies, calendars, starts)
def test_the_due_time_is_never_before_the_start(policy, cal, start):
    assert due_at(Stopwatch(start), policy, cal) >= start


@given(hours, hours, calendars, starts)
def test_a_bigger_budget_never_gives_an_earlier_due_time(p1, p2, cal, start):
    small, large = sorted((p1, p2), key=lambda p: p.budget)
    watch = Stopwatch(start)
    assert due_at(watch, small, cal) <= due_at(watch, large, cal)


@given(hours, calendars, starts, offsets, offsets)
def test_a_pause_of_working_length_p_moves_the_due_time_by_exactly_p(
    policy, cal, start, offset, length
):
    unpaused = due_at(Stopwatch(start), policy, cal)
    pause = (start + offset, start + offset + length)
    assume(pause[0] < unpaused)
    paused = due_at(Stopwatch(start, pauses=(pause,)), policy, cal)
    assert cal.working_between(unpaused, paused) == cal.working_between(*pause)


@given(policies, calendars, starts)
def test_at_the_due_time_nothing_is_left_and_a_second_later_it_is_breached(policy, cal, start):
    watch = Stopwatch(start)
    due = due_at(watch, policy, cal)
    assert time_left(watch, policy, cal, due) == timedelta(0)
    assert status(watch, policy, cal, due) is SlaStatus.WARNING
    assert status(watch, policy, cal, due + SECOND) is SlaStatus.BREACHED


# ---- standing(): the listing's view from the stored deadline -------------------------------------

def _standing_case(received: datetime, now: datetime, paused_at: datetime | None = None):
    from maild.core.sla import standing

    watch = Stopwatch(received, ((paused_at, None),) if paused_at else ())
    policy = DEFAULT_POLICIES["appeal"]
    due, warn = due_at(watch, policy, OFFICE), warning_at(watch, policy, OFFICE)
    full = assess(watch, policy, OFFICE, now)
    return standing(due, warn, None, watch.paused, policy, OFFICE, now), full


@pytest.mark.parametrize("hours", [1, 30, 40, 47, 49, 100, 400])
def test_standing_from_the_stored_deadline_agrees_with_assessing_the_whole_log(hours):
    received = datetime(2026, 9, 28, 10, 0, tzinfo=CST)
    now = received + timedelta(hours=hours)
    (status_now, left), full = _standing_case(received, now)
    assert status_now is full.status and left == full.time_left


def test_standing_of_a_paused_case_with_budget_left_has_no_deadline_and_no_time_left():
    received = datetime(2026, 9, 28, 10, 0, tzinfo=CST)
    (status_now, left), full = _standing_case(received, received + timedelta(hours=30), paused_at=received + timedelta(hours=2))
    assert (status_now, left) == (SlaStatus.PAUSED, None) and full.status is SlaStatus.PAUSED


def test_standing_keeps_an_outcome_and_carries_no_promise_for_triage():
    from maild.core.sla import standing

    now = datetime(2026, 9, 28, 10, 0, tzinfo=CST)
    assert standing(now, now, SlaStatus.MET, False, DEFAULT_POLICIES["appeal"], OFFICE, now) == (SlaStatus.MET, None)
    assert standing(now, now, None, False, None, OFFICE, now) == (None, None)
