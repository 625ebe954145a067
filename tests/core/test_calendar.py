"""WorkCalendar: the official 2026 schedule, working-time arithmetic, gaps in holiday data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maild.core.calendar import WorkCalendar
from maild.errors import CalendarGapError

CST = ZoneInfo("Asia/Shanghai")
OFFICE_HOURS = ((time(9), time(12)), (time(13, 30), time(18)))
WHOLE_DAYS = WorkCalendar()
OFFICE = WorkCalendar(office_hours=OFFICE_HOURS)
H = timedelta(hours=1)
MIN = timedelta(minutes=1)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        (date(2026, 1, 1), False),  # New Year (Thu)
        (date(2026, 1, 2), False),
        (date(2026, 1, 3), False),
        (date(2026, 1, 4), True),  # Sunday make-up workday
        (date(2026, 2, 13), True),  # Friday before Spring Festival
        (date(2026, 2, 14), True),  # Saturday make-up workday
        (date(2026, 2, 15), False),
        (date(2026, 2, 18), False),
        (date(2026, 2, 23), False),  # Monday, last day of Spring Festival
        (date(2026, 2, 24), True),
        (date(2026, 2, 28), True),  # Saturday make-up workday
        (date(2026, 3, 1), False),  # ordinary Sunday
        (date(2026, 4, 6), False),  # Qingming Monday
        (date(2026, 5, 1), False),  # Labour Day
        (date(2026, 5, 5), False),
        (date(2026, 5, 6), True),
        (date(2026, 5, 9), True),  # Saturday make-up workday
        (date(2026, 6, 19), False),  # Dragon Boat (Fri)
        (date(2026, 9, 20), True),  # Sunday make-up workday
        (date(2026, 9, 25), False),  # Mid-Autumn (Fri)
        (date(2026, 10, 1), False),
        (date(2026, 10, 7), False),  # last day of National Day
        (date(2026, 10, 8), True),
        (date(2026, 10, 10), True),  # Saturday make-up workday
        (date(2026, 10, 11), False),
        (date(2026, 12, 31), True),
    ],
)
def test_2026_workdays_follow_the_official_schedule_including_make_up_days(day, workday):
    assert WHOLE_DAYS.is_workday(day) is workday


def test_config_overrides_beat_the_library():
    cal = WorkCalendar(
        extra_holidays=frozenset({date(2026, 2, 13)}), extra_workdays=frozenset({date(2026, 2, 15)})
    )
    assert not cal.is_workday(date(2026, 2, 13))
    assert cal.is_workday(date(2026, 2, 15))


def test_a_year_the_library_lacks_raises_a_calendar_gap_error_naming_the_year():
    with pytest.raises(CalendarGapError) as caught:
        WHOLE_DAYS.is_workday(date(2027, 1, 4))
    assert caught.value.year == 2027


def test_covered_years_make_weekdays_workdays_and_weekends_rest_days():
    cal = WorkCalendar(covered_years=frozenset({2027}))
    assert cal.is_workday(date(2027, 1, 4))  # Monday
    assert not cal.is_workday(date(2027, 1, 9))  # Saturday


def test_covered_years_never_override_the_library_data():
    cal = WorkCalendar(covered_years=frozenset({2026}))
    assert not cal.is_workday(date(2026, 10, 1))
    assert cal.is_workday(date(2026, 10, 10))


def test_an_override_vouches_for_its_own_day_only():
    cal = WorkCalendar(extra_holidays=frozenset({date(2027, 1, 1)}))
    assert not cal.is_workday(date(2027, 1, 1))
    with pytest.raises(CalendarGapError):
        cal.is_workday(date(2027, 1, 4))


def test_is_workday_refuses_a_datetime_whose_date_depends_on_the_zone():
    with pytest.raises(TypeError):
        WHOLE_DAYS.is_workday(at(2026, 2, 13, 9))


def test_a_date_listed_as_both_holiday_and_workday_is_refused():
    with pytest.raises(ValueError, match="both"):
        WorkCalendar(
            extra_holidays=frozenset({date(2026, 3, 2)}),
            extra_workdays=frozenset({date(2026, 3, 2)}),
        )


@pytest.mark.parametrize(
    "hours",
    [
        ((time(9), time(9)),),
        ((time(13), time(18)), (time(9), time(12))),
        ((time(9), time(13)), (time(12), time(18))),
    ],
)
def test_office_hours_must_be_increasing_non_overlapping_intervals(hours):
    with pytest.raises(ValueError, match="office hours"):
        WorkCalendar(office_hours=hours)


def test_working_intervals_are_the_office_intervals_in_shanghai_time_and_none_on_rest_days():
    assert OFFICE.working_intervals(date(2026, 2, 14)) == [
        (at(2026, 2, 14, 9), at(2026, 2, 14, 12)),
        (at(2026, 2, 14, 13, 30), at(2026, 2, 14, 18)),
    ]
    assert OFFICE.working_intervals(date(2026, 2, 16)) == []
    assert WHOLE_DAYS.working_intervals(date(2026, 9, 20)) == [(at(2026, 9, 20), at(2026, 9, 21))]


def test_a_workday_lasts_the_sum_of_its_office_intervals_or_24_hours():
    assert OFFICE.day_length == timedelta(hours=7, minutes=30)
    assert WHOLE_DAYS.day_length == timedelta(hours=24)


@pytest.mark.parametrize(
    ("cal", "start", "amount", "expected"),
    [
        # Friday before Spring Festival: the Saturday make-up workday counts
        (OFFICE, at(2026, 2, 13, 16), 8 * H, at(2026, 2, 14, 16, 30)),
        # landing exactly at 18:00 stays at 18:00; one minute more skips the whole festival
        (OFFICE, at(2026, 2, 14, 17), H, at(2026, 2, 14, 18)),
        (OFFICE, at(2026, 2, 14, 17), H + MIN, at(2026, 2, 24, 9, 1)),
        # lunch break: a start at 12:30 waits until 13:30; work across noon skips lunch
        (OFFICE, at(2026, 3, 4, 12, 30), H, at(2026, 3, 4, 14, 30)),
        (OFFICE, at(2026, 3, 4, 11, 30), H, at(2026, 3, 4, 14)),
        # a start on a holiday rolls forward to the next workday
        (OFFICE, at(2026, 10, 3, 10), H, at(2026, 10, 8, 10)),
        # zero work from Friday evening is the next working instant: the make-up Sunday
        (OFFICE, at(2026, 9, 18, 19), timedelta(0), at(2026, 9, 20, 9)),
        # whole-day workdays: received Friday 17:00 before a long holiday
        (WHOLE_DAYS, at(2026, 2, 13, 17), 48 * H, at(2026, 2, 24, 17)),
        (WHOLE_DAYS, at(2026, 4, 30, 17), 48 * H, at(2026, 5, 7, 17)),
        (WHOLE_DAYS, at(2025, 12, 31, 17), 48 * H, at(2026, 1, 5, 17)),
        (WHOLE_DAYS, at(2026, 9, 19, 10), H, at(2026, 9, 20, 1)),
        # midnight that ends a workday is reached, not skipped
        (WHOLE_DAYS, at(2026, 9, 30), 24 * H, at(2026, 10, 1)),
    ],
)
def test_add_working_counts_only_working_time(cal, start, amount, expected):
    result = cal.add_working(start, amount)
    assert result == expected
    assert result.tzinfo == CST


def test_utc_input_is_accepted_and_the_result_is_in_shanghai_time():
    result = OFFICE.add_working(datetime(2026, 2, 13, 8, tzinfo=UTC), 8 * H)  # 16:00 CST
    assert result == at(2026, 2, 14, 16, 30)
    assert str(result) == "2026-02-14 16:30:00+08:00"


def test_naive_datetimes_are_refused():
    naive = datetime(2026, 3, 2, 10)
    with pytest.raises(ValueError, match="aware"):
        OFFICE.add_working(naive, H)
    with pytest.raises(ValueError, match="aware"):
        OFFICE.working_between(at(2026, 3, 2), naive)


def test_negative_working_amounts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        OFFICE.add_working(at(2026, 3, 2, 10), -H)
    with pytest.raises(ValueError, match="non-negative integer"):
        OFFICE.add_working_days(at(2026, 3, 2, 10), -1)


@pytest.mark.parametrize(
    ("cal", "start", "days", "expected"),
    [
        # across National Day: 10-08, 10-09, 10-10 (Sat make-up), 10-12, 10-13
        (WHOLE_DAYS, at(2026, 9, 30, 10), 5, at(2026, 10, 13, 10)),
        (OFFICE, at(2026, 9, 30, 10), 5, at(2026, 10, 13, 10)),
        # across Labour Day, counting the Saturday 05-09 make-up workday
        (OFFICE, at(2026, 4, 30, 10), 5, at(2026, 5, 11, 10)),
        # received after hours: close of business of the next workday (a make-up Saturday)
        (OFFICE, at(2026, 2, 27, 19), 1, at(2026, 2, 28, 18)),
        (OFFICE, at(2026, 3, 2, 10), 0, at(2026, 3, 2, 10)),
    ],
)
def test_add_working_days_adds_whole_workdays_worth_of_working_time(cal, start, days, expected):
    assert cal.add_working_days(start, days) == expected


@pytest.mark.parametrize(
    ("cal", "a", "b", "expected"),
    [
        # Friday 16-18 + make-up Saturday 7.5 h + Tuesday 09-12, nothing during the festival
        (OFFICE, at(2026, 2, 13, 16), at(2026, 2, 24, 12), timedelta(hours=12, minutes=30)),
        (WHOLE_DAYS, at(2026, 9, 30), at(2026, 10, 9), 48 * H),
        (OFFICE, at(2026, 3, 4, 12), at(2026, 3, 4, 13, 30), timedelta(0)),
        (OFFICE, at(2026, 2, 24, 12), at(2026, 2, 13, 16), -timedelta(hours=12, minutes=30)),
        (OFFICE, at(2026, 3, 4, 10), at(2026, 3, 4, 10), timedelta(0)),
    ],
)
def test_working_between_measures_working_time_in_a_half_open_range(cal, a, b, expected):
    assert cal.working_between(a, b) == expected


def test_working_time_up_to_the_midnight_before_an_uncovered_year_needs_no_data_for_it():
    assert WHOLE_DAYS.working_between(at(2026, 12, 31), at(2027, 1, 1)) == 24 * H
    assert WHOLE_DAYS.add_working(at(2026, 12, 31), 24 * H) == at(2027, 1, 1)


def test_a_deadline_that_falls_in_an_uncovered_year_raises_calendar_gap_error():
    with pytest.raises(CalendarGapError) as caught:
        WHOLE_DAYS.add_working(at(2026, 12, 31, 17), 48 * H)
    assert caught.value.year == 2027


def test_a_year_vouched_for_in_config_computes_deadlines_with_its_overrides():
    cal = WorkCalendar(
        covered_years=frozenset({2027}), extra_holidays=frozenset({date(2027, 1, 1)})
    )
    # Thu 12-31 7 h, Fri 01-01 holiday, weekend, Mon 01-04 24 h, Tue 01-05 17 h
    assert cal.add_working(at(2026, 12, 31, 17), 48 * H) == at(2027, 1, 5, 17)


def test_coverage_is_the_library_years_plus_the_vouched_years():
    cal = WorkCalendar(covered_years=frozenset({2027}))
    assert WHOLE_DAYS.covers(2026) and not WHOLE_DAYS.covers(2027)
    assert cal.covers(2027)
    assert cal.years_covered()[-2:] == (2026, 2027)
    assert WHOLE_DAYS.years_covered()[0] == 2004
    assert WHOLE_DAYS.first_uncovered_year(2026) == 2027
    assert cal.first_uncovered_year(2026) == 2028


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 1), None),
        (date(2026, 11, 2), 2027),
        (date(2027, 3, 1), 2027),
        (date(2020, 6, 1), None),
    ],
)
def test_an_uncovered_year_is_reported_60_days_before_it_starts(today, expected):
    assert WHOLE_DAYS.uncovered_year_within(today) == expected


def test_overrides_that_look_like_mistakes_are_reported():
    cal = WorkCalendar(
        extra_holidays=frozenset({date(2026, 3, 7)}), extra_workdays=frozenset({date(2026, 3, 9)})
    )
    warnings = cal.override_warnings()
    assert len(warnings) == 2
    assert "2026-03-09 is a Monday" in warnings[0]
    assert "2026-03-07 is a Saturday" in warnings[1]


# --- properties -----------------------------------------------------------------------------

starts = st.datetimes(
    min_value=datetime(2026, 1, 1),
    max_value=datetime(2026, 10, 31),
    timezones=st.sampled_from([CST, UTC]),
)
amounts = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10))
halves = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=5))
calendars = st.sampled_from([WHOLE_DAYS, OFFICE])


@given(calendars, starts, amounts)
def test_adding_working_time_never_goes_back_and_measures_back_exactly(cal, start, amount):
    end = cal.add_working(start, amount)
    assert end >= start
    assert cal.working_between(start, end) == amount


@given(calendars, starts, amounts, amounts)
def test_more_working_time_never_gives_an_earlier_instant(cal, start, x, y):
    small, large = sorted((x, y))
    assert cal.add_working(start, small) <= cal.add_working(start, large)


@given(calendars, starts, starts, amounts)
def test_a_later_start_never_gives_an_earlier_instant(cal, s1, s2, amount):
    early, late = sorted((s1, s2))
    assert cal.add_working(early, amount) <= cal.add_working(late, amount)


@given(calendars, starts, halves, halves.filter(lambda d: d > timedelta(0)))
def test_adding_working_time_in_two_steps_equals_adding_it_at_once(cal, start, x, y):
    assert cal.add_working(cal.add_working(start, x), y) == cal.add_working(start, x + y)


@given(starts, amounts)
def test_with_office_hours_a_deadline_lands_inside_office_hours_of_a_workday(start, amount):
    end = OFFICE.add_working(start, amount)
    intervals = OFFICE.working_intervals(end.date())
    assert OFFICE.is_workday(end.date())
    assert any(lo <= end <= hi for lo, hi in intervals)
