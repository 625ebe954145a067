"""The working calendar: which days are workdays in mainland China, and which hours of them count.

Who decides whether a day is a workday, in order of precedence:

1. the config overrides `extra_holidays` / `extra_workdays`;
2. the chinesecalendar library (official holidays and 调休 make-up workdays), the authority;
3. `covered_years`, years the operator vouches for beyond the library: Monday–Friday work,
   weekends rest;
4. otherwise `CalendarGapError(year)`. Nothing here guesses.

On a workday, working time is the configured office intervals (e.g. 09:00–12:00 and 13:30–18:00)
or, with none configured, the whole 24-hour day. Intervals are half-open [start, end). Arithmetic
runs in UTC, so it stays right in zones with DST. Results are aware datetimes in the calendar's
zone. This module is pure: no clock and no I/O.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import chinese_calendar

from maild.errors import CalendarGapError
from parsers.records import SHANGHAI

_ONE_DAY = timedelta(days=1)
_LIBRARY_YEARS = range(min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year + 1)

Interval = tuple[datetime, datetime]


@functools.lru_cache(maxsize=8192)
def _library_is_workday(d: date) -> bool:
    """Ask chinesecalendar about d; the one place its missing year becomes CalendarGapError.

    Remembered per day: the library's data does not change while maild runs, and asking it
    costs tens of microseconds a day, which a queue of 100,000 deadlines multiplies."""
    try:
        return chinese_calendar.is_workday(d)
    except NotImplementedError as exc:
        raise CalendarGapError(d.year, str(exc)) from exc


def aware_utc(t: datetime, name: str) -> datetime:
    """Return t converted to UTC. Naive datetimes are refused with ValueError."""
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {t.isoformat()}")
    return t.astimezone(UTC)


@dataclass(frozen=True)
class WorkCalendar:
    """Workdays and working hours. Build it once from config, then treat it as a value."""

    extra_holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    covered_years: frozenset[int] = frozenset()
    office_hours: tuple[tuple[time, time], ...] = ()
    tz: tzinfo = SHANGHAI

    def __post_init__(self) -> None:
        for name in ("extra_holidays", "extra_workdays", "covered_years"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        object.__setattr__(self, "office_hours", tuple((s, e) for s, e in self.office_hours))
        clash = self.extra_holidays & self.extra_workdays
        if clash:
            raise ValueError(
                f"dates listed both as extra holiday and extra workday: {sorted(clash)}"
            )
        previous_end = time.min
        for start, end in self.office_hours:
            if start.tzinfo is not None or end.tzinfo is not None:
                raise ValueError("office hours are local wall times; give them without tzinfo")
            if not previous_end <= start < end:
                raise ValueError(
                    f"office hours must be increasing, non-overlapping intervals within one day; "
                    f"{start:%H:%M}-{end:%H:%M} is not"
                )
            previous_end = end

    @property
    def day_length(self) -> timedelta:
        """Return the working time of a full workday: the sum of the office intervals, or 24 h."""
        if not self.office_hours:
            return _ONE_DAY
        return sum(
            (
                datetime.combine(date.min, e) - datetime.combine(date.min, s)
                for s, e in self.office_hours
            ),
            timedelta(),
        )

    def is_workday(self, d: date) -> bool:
        """Say whether local day d is a workday: overrides > library > covered_years > gap error."""
        if isinstance(d, datetime):
            raise TypeError(
                "is_workday takes a date; convert an instant with .astimezone(tz).date()"
            )
        if d in self.extra_holidays:
            return False
        if d in self.extra_workdays:
            return True
        if d.year in _LIBRARY_YEARS or d.year not in self.covered_years:
            return _library_is_workday(d)
        return d.weekday() < 5

    def working_intervals(self, d: date) -> list[Interval]:
        """Return local day d's working intervals as aware datetimes in tz; [] on rest days."""
        if not self.is_workday(d):
            return []
        if not self.office_hours:
            return [
                (
                    datetime.combine(d, time.min, self.tz),
                    datetime.combine(d + _ONE_DAY, time.min, self.tz),
                )
            ]
        return [
            (datetime.combine(d, s, self.tz), datetime.combine(d, e, self.tz))
            for s, e in self.office_hours
        ]

    def is_working_time(self, t: datetime) -> bool:
        """Whether instant t falls inside a working interval of its local day."""
        t = aware_utc(t, "t")
        return any(lo <= t < hi for lo, hi in self._utc_intervals(self._local_date(t)))

    def _utc_intervals(self, d: date) -> tuple[Interval, ...]:
        """Return the working intervals of local day d, converted to UTC (remembered per day)."""
        return _utc_intervals(self, d)

    def _local_date(self, t: datetime) -> date:
        """Return the calendar-zone date of instant t."""
        return t.astimezone(self.tz).date()

    def _intervals_from(self, d: date) -> Iterator[Interval]:
        """Yield UTC working intervals from local day d onwards. Only CalendarGapError ends it."""
        while True:
            yield from self._utc_intervals(d)
            d += _ONE_DAY

    def add_working(self, start: datetime, amount: timedelta) -> datetime:
        """Return the instant `amount` of working time after start.

        A start outside working time first rolls forward to the next working instant, so an amount
        of zero gives that instant. An amount that is used up exactly at the end of an interval
        (e.g. 18:00) stays there; it does not jump to the next morning.
        """
        cursor = aware_utc(start, "start")
        if amount < timedelta(0):
            raise ValueError(f"amount of working time must not be negative, got {amount}")
        remaining = amount
        intervals = self._intervals_from(self._local_date(cursor))
        while True:
            lo, hi = next(intervals)
            if hi <= cursor:
                continue
            lo = max(lo, cursor)
            if remaining <= hi - lo:
                return (lo + remaining).astimezone(self.tz)
            remaining -= hi - lo

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """Return the instant n full workdays' worth of working time after start.

        Exactly `add_working(start, n * day_length)`. With 24-hour workdays that is n x 24 h of
        working time. With office hours it is n x the sum of the office intervals (7.5 h for
        09:00-12:00 + 13:30-18:00), never a fixed 8 h. In practice, from a start inside working
        time you get the same wall time n workdays later. From a start outside working time you
        get the close of business of the n-th workday after it.
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"number of working days must be a non-negative integer, got {n!r}")
        return self.add_working(start, n * self.day_length)

    def working_between(self, a: datetime, b: datetime) -> timedelta:
        """Return the working time in [a, b). The result is negative when b precedes a."""
        a, b = aware_utc(a, "a"), aware_utc(b, "b")
        if b < a:
            return -self.working_between(b, a)
        total = timedelta()
        if a == b:
            return total
        d, last = self._local_date(a), self._local_date(b - timedelta(microseconds=1))
        while d <= last:
            for lo, hi in self._utc_intervals(d):
                overlap = min(hi, b) - max(lo, a)
                if overlap > timedelta():
                    total += overlap
            d += _ONE_DAY
        return total

    def covers(self, year: int) -> bool:
        """Say whether the library or the operator's covered_years supply this year."""
        return year in _LIBRARY_YEARS or year in self.covered_years

    def years_covered(self) -> tuple[int, ...]:
        """Return every year the calendar can compute, ascending."""
        return tuple(sorted(set(_LIBRARY_YEARS) | self.covered_years))

    def first_uncovered_year(self, from_year: int) -> int:
        """Return the first year at or after from_year that the calendar cannot compute."""
        year = from_year
        while self.covers(year):
            year += 1
        return year

    def uncovered_year_within(
        self, today: date, horizon: timedelta = timedelta(days=60)
    ) -> int | None:
        """Return the first uncovered year if it starts by today + horizon, else None."""
        year = self.first_uncovered_year(today.year)
        return year if date(year, 1, 1) <= today + horizon else None

    def override_warnings(self) -> list[str]:
        """List suspicious overrides: extra workdays on weekdays, extra holidays on weekends."""
        return [
            f"extra workday {d} is a {d:%A}; make-up workdays are usually weekend days"
            for d in sorted(self.extra_workdays)
            if d.weekday() < 5
        ] + [
            f"extra holiday {d} is a {d:%A}, which is usually a rest day already"
            for d in sorted(self.extra_holidays)
            if d.weekday() >= 5
        ]


@functools.lru_cache(maxsize=16384)
def _utc_intervals(calendar: WorkCalendar, d: date) -> tuple[Interval, ...]:
    return tuple((lo.astimezone(UTC), hi.astimezone(UTC)) for lo, hi in calendar.working_intervals(d))
