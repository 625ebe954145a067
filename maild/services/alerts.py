"""SLA alerts: each case's warning and breach recorded once, inside working time; a breach
queues an escalation mail to the supervisors in the same transaction.

    tick(tx, terms, escalation, now) -> [(case number, threshold)]   what was newly recorded
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Case, OutboxItem, OutboxStatus, Purpose, SlaAlert
from maild.core import sla
from maild.core.replies import render
from maild.core.sla import Threshold
from maild.errors import CalendarGapError
from maild.services.casework import refresh_clock

log = logging.getLogger(__name__)

__all__ = ["Escalation", "is_working_time", "tick"]


@dataclass(frozen=True)
class Escalation:
    """Who hears of a breach, and the domain our Message-IDs are made on."""

    supervisors: tuple[str, ...]
    domain: str = "localhost"


def is_working_time(terms: sla.Terms, now: datetime) -> bool:
    """Alerts wait for working time; where the calendar has a gap, better an odd hour than none."""
    try:
        return terms.calendar.is_working_time(now)
    except CalendarGapError:
        return True


def tick(tx: Session, terms: sla.Terms, escalation: Escalation, now: datetime) -> list[tuple[str, Threshold]]:
    """Record each warning and breach once per case; breaches queue an escalation. Working time only."""
    if not is_working_time(terms, now):
        return []
    done = []
    for case in queries.open_cases(tx):
        result = refresh_clock(tx, case, terms, now)
        if result is None or result.status not in (sla.SlaStatus.WARNING, sla.SlaStatus.BREACHED):
            continue
        crossed = {Threshold.WARNING: result.warning_at}
        if result.status is sla.SlaStatus.BREACHED:
            crossed[Threshold.BREACH] = result.due_at
        for threshold, at in crossed.items():
            if at is None or queries.has_alert(tx, case, threshold):
                continue
            tx.add(SlaAlert(case_pk=case.id, threshold=threshold, crossed_at=at, recorded_at=now))
            if threshold is Threshold.BREACH:
                _escalate(tx, case, terms, escalation, now)
            done.append((case.number, threshold))
            log.info("case %s: %s recorded (crossed %s)", case.number, threshold, at)
    return done


def _escalate(tx: Session, case: Case, terms: sla.Terms, escalation: Escalation, now: datetime) -> None:
    if not escalation.supervisors:
        log.warning("case %s breached its SLA but [sla] supervisors is empty: no escalation queued", case.number)
        return
    due = case.due_at and case.due_at.astimezone(terms.calendar.tz).strftime("%Y-%m-%d %H:%M")
    text = render("escalation", number=case.number, kind=case.kind, partner=case.partner_name or "",
                  client=case.client_name or "", due_at=due or "", state=case.state)
    tx.add(OutboxItem(case_pk=case.id, purpose=Purpose.ESCALATION,
                      message_id=f"<escalation.{case.number}@{escalation.domain}>",
                      recipients=list(escalation.supervisors), subject=text.subject, body=text.body,
                      status=OutboxStatus.PENDING, created_at=now))
