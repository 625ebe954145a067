"""SLA alerts: each case's warning and breach recorded once, inside working time; each queues
a mail to the supervisors (warning, escalation) in the same transaction.

    tick(tx, terms, escalation, now) -> [(case number, threshold)]   what was newly recorded
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Case, Purpose, SlaAlert
from maild.core import sla, wording
from maild.core.sla import Threshold
from maild.errors import CalendarGapError
from maild.services import outbox
from maild.services.casework import refresh_clock
from maild.services.outbox import Outgoing

log = logging.getLogger(__name__)

__all__ = ["Escalation", "is_working_time", "supervisor_context", "tick"]


@dataclass(frozen=True)
class Escalation:
    """Who hears of warnings and breaches, and how our mail is written."""

    supervisors: tuple[str, ...]
    outgoing: Outgoing


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
    for case in queries.cases_to_tick(tx, now):
        result = refresh_clock(tx, case, terms, now)
        if result is None or result.status not in (sla.SlaStatus.WARNING, sla.SlaStatus.BREACHED):
            continue
        # what is crossed is recorded below: next, the deadline (after a warning) or nothing
        case.next_alert_at = case.due_at if result.status is sla.SlaStatus.WARNING else None
        crossed = {Threshold.WARNING: result.warning_at}
        if result.status is sla.SlaStatus.BREACHED:
            crossed[Threshold.BREACH] = result.due_at
        for threshold, at in crossed.items():
            if at is None or queries.has_alert(tx, case, threshold):
                continue
            tx.add(SlaAlert(case_pk=case.id, threshold=threshold, crossed_at=at, recorded_at=now))
            _tell_supervisors(tx, case, threshold, terms, escalation, now)
            done.append((case.number, threshold))
            log.info("case %s: %s recorded (crossed %s)", case.number, threshold, at)
    return done


def supervisor_context(case: Case, tz: tzinfo) -> dict[str, str]:
    """What the warning and escalation templates are told about a case."""
    due = case.due_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if case.due_at else ""
    return {"number": case.number, "kind": wording.KINDS.get(case.kind, case.kind), "partner": case.partner_name or "",
            "client": case.client_name or "", "due_at": due, "state": wording.STATES.get(case.state, case.state)}


_MAILS = {Threshold.WARNING: (Purpose.WARNING, "warning"), Threshold.BREACH: (Purpose.ESCALATION, "escalation")}


def _tell_supervisors(tx: Session, case: Case, threshold: Threshold, terms: sla.Terms,
                      escalation: Escalation, now: datetime) -> None:
    if not escalation.supervisors:
        if threshold is Threshold.BREACH:
            log.warning("case %s breached its SLA but [sla] supervisors is empty: no escalation queued", case.number)
        return
    purpose, template = _MAILS[threshold]
    context = supervisor_context(case, terms.calendar.tz)
    out = escalation.outgoing
    mid = outbox.message_id(tx, purpose, case, None, out.domain)
    outbox.enqueue(tx, out.letter(purpose, template, context, escalation.supervisors, mid, now,
                                  auto_submitted="auto-generated", case=case), now)
