"""When the 139 process expects mail from a partner, and HQ's push log says it has not come.

Pure: a client's standing (from the registry, the push log and its cases) and the time in, the
reminders that are due out. Each has a key that names the occasion, so it is sent once:

* ``summary``: the client reached 60 % of its quota or 70 % of its service period (汇总反馈的
  时机) and no summary has come for it in this service period →
  ``summary:<client>:<period start>``
* ``feedback``: ``every`` (5 or 10) leads pushed to the client since its last adjustment
  feedback (每推送5条或10条商机反馈一次) → ``feedback:<client>:<since>:<batch>``, one per batch
* ``silent``: a paying client inside its service period has had no lead pushed for ``days``
  days (the frequency problem) → ``silent:<client>:<day of the last push>``; HQ also gets a
  triage case. A client never pushed to counts from its period's start, but only once the push
  log is in use (an empty log says nothing about anyone)

Only paying clients inside their service period are reminded. Working time is the caller's
business (the tick runs in working time only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from fractions import Fraction

from maild.core.checks import LEAD_TRIGGER, TIME_TRIGGER

__all__ = ["ClientStanding", "Due", "Settings", "Trigger", "due", "period_share"]


class Trigger(StrEnum):
    SUMMARY = "summary"
    FEEDBACK = "feedback"
    SILENT = "silent"


@dataclass(frozen=True)
class Settings:
    """`[reminders]`: which triggers are on, and their thresholds."""

    summary: bool = True
    feedback: bool = True
    feedback_every: int = 10  # 5 or 10
    silent: bool = True
    silent_days: int = 21


@dataclass(frozen=True)
class ClientStanding:
    """What HQ knows about one client now: the registry's facts, the push log's counts, its cases."""

    client_pk: int
    client: str
    partner: str
    paying: bool
    quota: int | None
    service_start: date | None
    service_end: date | None
    pushed: int = 0  # leads pushed inside the service period (all pushes when it has no start)
    since_feedback: int = 0  # leads pushed after the last adjustment feedback (or the period's start)
    feedback_mark: str = "start"  # what `since_feedback` counts from: the feedback case's number
    last_push_at: datetime | None = None
    log_in_use: bool = True  # the push log holds any push at all (else silence proves nothing)
    last_summary_at: datetime | None = None  # the latest summary case received in this period


@dataclass(frozen=True)
class Due:
    """One reminder due now: its trigger, its once-only key, the client, and why (for people)."""

    trigger: Trigger
    key: str
    standing: ClientStanding
    reason: str  # English, for `maild reminders due`
    facts: dict[str, object]  # what the template is told


def period_share(start: date | None, end: date | None, now: datetime, tz: tzinfo) -> Fraction | None:
    """How much of the service period has passed at `now` (0 before it, above 1 after it)."""
    if start is None or end is None or end < start:
        return None
    begin = datetime.combine(start, time.min, tz)
    total = datetime.combine(end + timedelta(days=1), time.min, tz) - begin
    return Fraction((now - begin) // timedelta(seconds=1), total // timedelta(seconds=1))


def _in_period(s: ClientStanding, today: date) -> bool:
    return (s.service_start is None or s.service_start <= today) and (s.service_end is None or today <= s.service_end)


def due(standing: ClientStanding, settings: Settings, now: datetime, tz: tzinfo) -> list[Due]:
    """The reminders due for one client at `now`, whether or not they were already sent."""
    today = now.astimezone(tz).date()
    if not standing.paying or not _in_period(standing, today):
        return []
    out = []
    if settings.summary and (d := _summary(standing, now, tz)):
        out.append(d)
    if settings.feedback and (d := _feedback(standing, settings.feedback_every)):
        out.append(d)
    if settings.silent and (d := _silent(standing, settings.silent_days, now, tz)):
        out.append(d)
    return out


def _summary(s: ClientStanding, now: datetime, tz: tzinfo) -> Due | None:
    start = s.service_start
    if s.last_summary_at is not None and (start is None or s.last_summary_at.astimezone(tz).date() >= start):
        return None
    reached = []
    if s.quota and Fraction(s.pushed, s.quota) >= LEAD_TRIGGER:
        reached.append(f"{s.pushed} of {s.quota} leads pushed ({s.pushed / s.quota:.0%})")
    share = period_share(start, s.service_end, now, tz)
    if share is not None and share >= TIME_TRIGGER:
        reached.append(f"{float(share):.0%} of the service period {start}..{s.service_end} passed")
    if not reached:
        return None
    facts = {"pushed": s.pushed, "quota": s.quota, "period_share": round(float(share or 0) * 100),
             "lead_trigger": bool(s.quota and Fraction(s.pushed, s.quota) >= LEAD_TRIGGER),
             "time_trigger": share is not None and share >= TIME_TRIGGER}
    return Due(Trigger.SUMMARY, f"summary:{s.client_pk}:{start or 'none'}", s,
               " and ".join(reached) + "; no summary feedback has come in this period", facts)


def _feedback(s: ClientStanding, every: int) -> Due | None:
    if every <= 0 or s.since_feedback < every:
        return None
    batch = s.since_feedback // every
    since = "its last adjustment feedback" if s.feedback_mark != "start" else "the start of its service period"
    return Due(Trigger.FEEDBACK, f"feedback:{s.client_pk}:{s.feedback_mark}:{batch}", s,
               f"{s.since_feedback} leads pushed since {since} (feedback is due every {every})",
               {"since_feedback": s.since_feedback, "every": every})


def _silent(s: ClientStanding, days: int, now: datetime, tz: tzinfo) -> Due | None:
    if days <= 0:
        return None
    if s.last_push_at is None and not s.log_in_use:
        return None  # no push log imported yet: a quiet log is no quiet client
    last = s.last_push_at.astimezone(tz).date() if s.last_push_at else s.service_start
    if last is None:
        return None
    quiet = (now.astimezone(tz).date() - last).days
    if quiet < days:
        return None
    what = f"no lead pushed since {last}" if s.last_push_at else f"no lead pushed since the period began on {last}"
    return Due(Trigger.SILENT, f"silent:{s.client_pk}:{last}", s, f"{what} ({quiet} days; the limit is {days})",
               {"last_push": last.isoformat(), "quiet_days": quiet, "limit": days})
