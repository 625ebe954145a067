"""The morning brief: on each working day, once, what HQ's supervisors should look at first.

    gather(tx, proactive, terms, now) -> Brief   due today, at risk, breached, waiting on a partner,
                                                 reminders since the last working day, trouble
    tick(tx, proactive, terms, now) -> key|None  the day's brief into the outbox, once (a `notices`
                                                 key per day: two daemons send one)

`maild brief` prints what `gather` finds; the mail is the same, from templates/brief.j2.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from maild.adapters.db import pushes, queries
from maild.adapters.db.models import Case, Client, Notice, Purpose
from maild.core import replies, sla, wording
from maild.core.cases import CaseState
from maild.errors import CalendarGapError
from maild.services import outbox
from maild.services.casework import assess
from maild.services.reminders import Proactive
from maild.services.reports import CALENDAR_AHEAD  # the horizon `maild health` warns at, too

log = logging.getLogger(__name__)

__all__ = ["Brief", "BriefCase", "gather", "render", "tick"]



@dataclass(frozen=True)
class BriefCase:
    number: str
    kind: str
    partner: str
    client: str
    due_at: str  # local, or "" when paused
    state: str
    waited_days: float | None = None  # waiting on the partner: working days since the request


@dataclass(frozen=True)
class Brief:
    day: date
    since: datetime  # reminders are counted from the start of the previous working day
    due_today: list[BriefCase] = field(default_factory=list)
    at_risk: list[BriefCase] = field(default_factory=list)
    breached: list[BriefCase] = field(default_factory=list)
    waiting: list[BriefCase] = field(default_factory=list)
    reminders: list[dict[str, str]] = field(default_factory=list)
    quarantined: int = 0
    outbox: dict[str, int] = field(default_factory=dict)  # failed, bounced, held
    calendar_gap: int | None = None  # a year without holiday data that starts within CALENDAR_AHEAD days
    covered_through: int | None = None  # the last year the calendar can compute

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["day"], out["since"] = self.day.isoformat(), self.since.isoformat()
        return out


def _previous_workday(terms: sla.Terms, day: date) -> date:
    d = day - timedelta(days=1)
    for _ in range(30):  # the longest holiday is far shorter; a calendar gap counts as a workday
        try:
            if terms.calendar.is_workday(d):
                return d
        except CalendarGapError:
            return d
        d -= timedelta(days=1)
    return d


def _line(case: Case, due_at: datetime | None, tz: tzinfo, waited_days: float | None = None) -> BriefCase:
    due = due_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if due_at else ""
    return BriefCase(case.number, wording.KINDS.get(case.kind, str(case.kind)), case.partner_name or "",
                     case.client_name or "", due, wording.STATES.get(case.state, str(case.state)), waited_days)


def gather(tx: Session, proactive: Proactive, terms: sla.Terms, now: datetime) -> Brief:
    """What the brief of `now`'s day says (nothing is written: `now` may be any time)."""
    tz = terms.calendar.tz
    today = now.astimezone(tz).date()
    since = datetime.combine(_previous_workday(terms, today), time.min, tz)
    brief = Brief(today, since)
    waiting_for = terms.calendar.day_length * proactive.waiting_days
    for case in queries.open_cases(tx):
        if case.received_at > now:
            continue  # a brief as of an earlier time knows nothing of it
        result = assess(tx, case, terms, now)
        status, due_at = (result.status, result.due_at) if result else (None, None)
        if status is sla.SlaStatus.BREACHED:
            brief.breached.append(_line(case, due_at, tz))
            continue
        if due_at is not None and due_at.astimezone(tz).date() == today:
            brief.due_today.append(_line(case, due_at, tz))
        if status is sla.SlaStatus.WARNING:
            brief.at_risk.append(_line(case, due_at, tz))
        if case.state is CaseState.WAITING_PARTNER:
            since_pause = queries.last_event_at(tx, case) or case.received_at
            try:
                waited = terms.calendar.working_between(since_pause, now)
            except CalendarGapError:
                waited = now - since_pause
            if waited > waiting_for:
                brief.waiting.append(_line(case, due_at, tz, round(waited / terms.calendar.day_length, 1)))
    for n in pushes.notices_since(tx, since, datetime.combine(today, time.min, tz)):
        if n.trigger != "brief":
            client = tx.get(Client, n.client_pk) if n.client_pk else None
            brief.reminders.append({"key": n.key, "trigger": n.trigger, "client": client.name if client else "",
                                    "to": ", ".join(n.recipients), "reason": n.reason,
                                    "at": n.created_at.astimezone(tz).strftime("%m-%d %H:%M")})
    counts = queries.outbox_counts(tx)
    gap = terms.calendar.uncovered_year_within(today, timedelta(days=CALENDAR_AHEAD))
    years = terms.calendar.years_covered()
    return replace(brief, quarantined=queries.quarantine_count(tx),
                   outbox={k: counts.get(k, 0) for k in ("failed", "bounced", "held")},
                   calendar_gap=gap, covered_through=years[-1] if years else None)


def message_id(day: date, domain: str) -> str:
    return f"<brief.{day.isoformat()}@{domain}>"


def tick(tx: Session, proactive: Proactive, terms: sla.Terms, now: datetime) -> str | None:
    """Queue the day's brief once, on a working day from `brief_at` on; its key, or None."""
    tz = terms.calendar.tz
    local = now.astimezone(tz)
    if not proactive.brief or not proactive.supervisors or local.time() < proactive.brief_at:
        return None
    try:
        if not terms.calendar.is_workday(local.date()):
            return None
    except CalendarGapError:
        pass  # better a brief on an odd day than none
    key = f"brief:{local.date().isoformat()}"
    if pushes.notice(tx, key) is not None:
        return None
    brief = gather(tx, proactive, terms, now)
    out = proactive.outgoing
    mid = message_id(local.date(), out.domain)
    try:
        with tx.begin_nested():
            tx.add(Notice(key=key, trigger="brief", recipients=list(proactive.supervisors), message_id=mid,
                          reason="the morning brief", created_at=now))
            tx.flush()
            outbox.enqueue(tx, out.letter(Purpose.BRIEF, "brief", context(brief, proactive.waiting_days), proactive.supervisors, mid, now,
                                          auto_submitted="auto-generated"), now)
    except IntegrityError:
        log.info("%s: already sent by another daemon", key)
        return None
    log.info("%s queued to %s", key, ", ".join(proactive.supervisors))
    return key


TRIGGER_NAMES = {"summary": "汇总反馈提醒", "feedback": "调整反馈提醒", "silent": "未推送说明"}


def context(brief: Brief, waiting_days: int) -> dict[str, Any]:
    """What templates/brief.j2 is told."""
    return {**brief.to_json(), "waiting_days": waiting_days, "trigger_names": TRIGGER_NAMES,
            "calendar_days": CALENDAR_AHEAD}


def render(brief: Brief, proactive: Proactive) -> replies.Rendered:
    """The brief's subject and body, as the mail would have them."""
    return replies.render("brief", proactive.outgoing.env, **context(brief, proactive.waiting_days))
