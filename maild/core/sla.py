"""SLA clocks: how much of its budget a case has used, when it is due, and where it stands.

A `Stopwatch` is the value derived from a case's events: received (started), HQ waiting for the
partner (a pause, open until the partner replies) and the outcome sent (stopped). A `Policy` says
how much time the case gets and in which unit:

* "working_hours": working time on the WorkCalendar (office hours if configured, else whole
  workdays);
* "working_days": n workdays' worth of working time (see `WorkCalendar.add_working_days`);
* "calendar_hours": wall-clock time, which ignores the calendar entirely.

Each function here is a pure function of (watch, policy, calendar, now). All instants returned
are aware UTC. Time amounts (time left) are measured in the policy's unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from maild.core.calendar import WorkCalendar, aware_utc

_DAY = timedelta(days=1)


class Unit(StrEnum):
    """How a policy's budget is measured."""

    WORKING_HOURS = "working_hours"
    CALENDAR_HOURS = "calendar_hours"
    WORKING_DAYS = "working_days"


class SlaStatus(StrEnum):
    """Where a case stands against its deadline."""

    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"
    MET = "met"
    MISSED = "missed"
    ERROR = "error"  # stored on a case whose deadline cannot be computed (a calendar gap); never assessed


class Threshold(StrEnum):
    """The two moments a case's clock is reported, once each: warning reached, deadline passed."""

    WARNING = "warning"
    BREACH = "breach"


@dataclass(frozen=True)
class Policy:
    """A promise: `budget` in `unit` for one kind of request, warning at `warn_at` of it."""

    kind: str
    budget: timedelta
    unit: Unit
    warn_at: float = 0.75

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "unit", Unit(self.unit))
        except ValueError:
            units = ", ".join(u.value for u in Unit)
            raise ValueError(
                f"{self.kind}: unit must be one of {units}; got {self.unit!r}"
            ) from None
        if self.budget <= timedelta():
            raise ValueError(f"{self.kind}: budget must be positive, got {self.budget}")
        if self.unit is Unit.WORKING_DAYS and self.budget % _DAY:
            raise ValueError(
                f"{self.kind}: a working_days budget must be whole days, got {self.budget}"
            )
        if not 0 < self.warn_at <= 1:
            raise ValueError(
                f"{self.kind}: warn_at is a fraction of the budget in (0, 1], got {self.warn_at}"
            )

    def amount(self, calendar: WorkCalendar) -> timedelta:
        """Return the budget in this policy's unit; working days become days x day_length."""
        if self.unit is Unit.WORKING_DAYS:
            return self.budget // _DAY * calendar.day_length
        return self.budget


DEFAULT_POLICIES: dict[str, Policy] = {
    "appeal": Policy("appeal", timedelta(hours=48), Unit.WORKING_HOURS),
    "adjustment": Policy("adjustment", timedelta(hours=24), Unit.CALENDAR_HOURS),
    "summary": Policy("summary", timedelta(days=5), Unit.WORKING_DAYS),
}


@dataclass(frozen=True)
class Terms:
    """What every clock needs beside its stopwatch: the working calendar and each kind's promise.

    Built once from the configuration; a kind without a policy (triage) carries no promise.
    """

    calendar: WorkCalendar
    policies: Mapping[str, Policy]

    def policy(self, kind: str) -> Policy | None:
        return self.policies.get(kind)

_BUDGET = re.compile(r"\s*(?:\d+\s*[dhm]\s*)+")
_BUDGET_PART = re.compile(r"(\d+)\s*([dhm])")
_PART_NAMES = {"d": "days", "h": "hours", "m": "minutes"}


def parse_budget(text: str) -> timedelta:
    """Parse a config duration like "48h", "5d", "90m" or "1d12h"; ValueError says what is wrong."""
    if not isinstance(text, str) or not _BUDGET.fullmatch(text.lower()):
        example = "e.g. '48h', '24h', '5d' or '90m'"
        raise ValueError(
            f"budget {text!r} is not a duration: write a whole number and a unit, {example}"
        )
    parts = _BUDGET_PART.findall(text.lower())
    budget = sum((timedelta(**{_PART_NAMES[u]: int(n)}) for n, u in parts), timedelta())
    if not budget:
        raise ValueError(f"budget {text!r} must be longer than zero")
    return budget


def _fmt(t: datetime) -> str:
    """Format a UTC instant for a reason string."""
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


Pause = tuple[datetime, datetime | None]


@dataclass(frozen=True)
class Stopwatch:
    """A case's SLA record: its start, its pauses (only the last may be open) and its stop.

    If the case stopped while a pause was open, that pause is closed at the stop.
    """

    started_at: datetime
    pauses: tuple[Pause, ...] = ()
    stopped_at: datetime | None = None

    def __post_init__(self) -> None:
        start = aware_utc(self.started_at, "started_at")
        stop = None if self.stopped_at is None else aware_utc(self.stopped_at, "stopped_at")
        pauses: list[Pause] = []
        previous = start
        for i, (p_start, p_end) in enumerate(self.pauses):
            p_start = aware_utc(p_start, "pause start")
            if p_end is None and i < len(self.pauses) - 1:
                raise ValueError("only the last pause may be open")
            p_end = stop if p_end is None else aware_utc(p_end, "pause end")
            if p_start < previous or (p_end is not None and p_end < p_start):
                raise ValueError(
                    "pauses must be ordered, non-overlapping and start after the watch"
                )
            pauses.append((p_start, p_end))
            previous = p_start if p_end is None else p_end
        if stop is not None and stop < previous:
            raise ValueError(
                "the watch cannot stop before it started or before its last pause ended"
            )
        object.__setattr__(self, "started_at", start)
        object.__setattr__(self, "pauses", tuple(pauses))
        object.__setattr__(self, "stopped_at", stop)

    @property
    def paused(self) -> bool:
        """Say whether the last pause is still open."""
        return bool(self.pauses) and self.pauses[-1][1] is None

    def as_of(self, now: datetime) -> Stopwatch:
        """Return the watch as it stood at now, without the events that came later."""
        now = aware_utc(now, "now")
        pauses = tuple(
            (s, e if e is not None and e <= now else None) for s, e in self.pauses if s <= now
        )
        stop = self.stopped_at if self.stopped_at is not None and self.stopped_at <= now else None
        return Stopwatch(self.started_at, pauses, stop)


def _add(policy: Policy, calendar: WorkCalendar, start: datetime, amount: timedelta) -> datetime:
    """Return start + amount in the policy's unit, as UTC."""
    if policy.unit is Unit.CALENDAR_HOURS:
        return start + amount
    return calendar.add_working(start, amount).astimezone(UTC)


def _between(policy: Policy, calendar: WorkCalendar, a: datetime, b: datetime) -> timedelta:
    """Return the time from a to b in the policy's unit."""
    if policy.unit is Unit.CALENDAR_HOURS:
        return b - a
    return calendar.working_between(a, b)


def _running(watch: Stopwatch) -> Iterator[tuple[datetime, datetime | None]]:
    """Yield the stretches the clock runs in, ignoring the stop; the last is open unless paused."""
    begin = watch.started_at
    for p_start, p_end in watch.pauses:
        yield begin, p_start
        if p_end is None:
            return
        begin = p_end
    yield begin, None


def _instant_consuming(
    watch: Stopwatch, policy: Policy, calendar: WorkCalendar, amount: timedelta
) -> datetime | None:
    """Return the instant running time reaches amount, or None if an open pause comes first."""
    remaining = amount
    for begin, end in _running(watch):
        used = None if end is None else _between(policy, calendar, begin, end)
        if used is None or used >= remaining:
            return _add(policy, calendar, begin, remaining)
        remaining -= used
    return None


def due_at(watch: Stopwatch, policy: Policy, calendar: WorkCalendar) -> datetime | None:
    """Return the deadline: pauses push it back by exactly their length in the policy's unit.

    Returns None while an open pause holds the clock with budget still left, because then no
    due time exists yet.
    """
    return _instant_consuming(watch, policy, calendar, policy.amount(calendar))


def warning_at(watch: Stopwatch, policy: Policy, calendar: WorkCalendar) -> datetime | None:
    """Return the instant warn_at of the budget is used up, or None while paused before it."""
    return _instant_consuming(watch, policy, calendar, policy.amount(calendar) * policy.warn_at)


def time_left(watch: Stopwatch, policy: Policy, calendar: WorkCalendar, now: datetime) -> timedelta:
    """Return the budget unused at now, in the policy's unit: negative once overrun."""
    end = aware_utc(now, "now")
    if watch.stopped_at is not None:
        end = min(end, watch.stopped_at)
    used = timedelta()
    for begin, stretch_end in _running(watch):
        stop = end if stretch_end is None else min(stretch_end, end)
        if begin < stop:
            used += _between(policy, calendar, begin, stop)
    return policy.amount(calendar) - used


@dataclass(frozen=True)
class Assessment:
    """Everything the queue shows about one case at one instant, and why."""

    status: SlaStatus
    due_at: datetime | None
    warning_at: datetime | None
    time_left: timedelta
    reason: str


def _judge(
    w: Stopwatch, policy: Policy, due: datetime | None, warn: datetime | None, now: datetime
) -> tuple[SlaStatus, str]:
    """Return the status of watch w at now, with the reason for it."""
    if w.stopped_at is not None and due is not None:  # a stopped watch has no open pause
        if w.stopped_at <= due:
            return SlaStatus.MET, f"outcome sent {_fmt(w.stopped_at)}, deadline {_fmt(due)}"
        return SlaStatus.MISSED, f"outcome sent {_fmt(w.stopped_at)} after deadline {_fmt(due)}"
    if due is None:
        return SlaStatus.PAUSED, f"paused since {_fmt(w.pauses[-1][0])}, waiting for the partner"
    if now > due:
        return SlaStatus.BREACHED, f"deadline {_fmt(due)} passed without an outcome"
    if w.paused:
        return SlaStatus.PAUSED, f"paused at {_fmt(w.pauses[-1][0])} with no budget left"
    if warn is not None and now >= warn:
        return SlaStatus.WARNING, f"{policy.warn_at:.0%} of the budget used; due {_fmt(due)}"
    return SlaStatus.OK, f"due {_fmt(due)}"


def assess(watch: Stopwatch, policy: Policy, calendar: WorkCalendar, now: datetime) -> Assessment:
    """Judge the case at now, using only the events that had happened by then."""
    w = watch.as_of(now)
    now = aware_utc(now, "now")
    due, warn = due_at(w, policy, calendar), warning_at(w, policy, calendar)
    verdict, reason = _judge(w, policy, due, warn, now)
    return Assessment(verdict, due, warn, time_left(w, policy, calendar, now), reason)


def standing(due: datetime | None, warn: datetime | None, stored: SlaStatus | None, paused: bool,
             policy: Policy | None, calendar: WorkCalendar, now: datetime) -> tuple[SlaStatus | None, timedelta | None]:
    """Where a case stands at `now` from its stored deadline, and the time left in the policy's unit.

    The cheap view for listings: the stored due and warning times already follow the whole event
    log (they change only when an event or the calendar does), so no log is read here. An outcome
    (met, missed) or an error stays as stored; a pause with budget left has no deadline and no
    time left. CalendarGapError propagates, as everywhere.
    """
    if policy is None:
        return None, None
    if stored in (SlaStatus.MET, SlaStatus.MISSED, SlaStatus.ERROR):
        return stored, None
    if due is None:
        return SlaStatus.PAUSED, None
    now = aware_utc(now, "now")
    left = _between(policy, calendar, now, due)
    if now > due:
        return SlaStatus.BREACHED, left
    if paused:
        return SlaStatus.PAUSED, left
    if warn is not None and now >= warn:
        return SlaStatus.WARNING, left
    return SlaStatus.OK, left


def status(watch: Stopwatch, policy: Policy, calendar: WorkCalendar, now: datetime) -> SlaStatus:
    """Return the case's SlaStatus at now. `assess` gives the reason alongside it."""
    return assess(watch, policy, calendar, now).status
