"""Proactive reminders: what the 139 process expects from a partner and has not come, sent once.

The rules are pure (core/reminders.py); this module gathers each paying client's standing from
the registry, the push log and its cases, and writes what is due, inside the caller's transaction
and inside working time only. Each reminder is a `notices` row with a unique key (the client and
the occasion), written in a savepoint with its outbox mail: a restart, a re-run or a second daemon
finds the key taken and sends nothing. A client gone quiet also gets a triage case for HQ.

    pending(tx, proactive, terms, now) -> [Pending]   what is due now, and whether it went already
    tick(tx, proactive, terms, now) -> [key]          send what is due and not yet sent
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from maild.adapters.db import pushes, queries
from maild.adapters.db.models import Client, Notice, Partner, Purpose
from maild.config import schema
from maild.core import reminders, sla
from maild.core.reminders import Due, Trigger
from maild.services import outbox
from maild.services.alerts import is_working_time
from maild.services.casework import open_notice_case
from maild.services.outbox import Outgoing

log = logging.getLogger(__name__)

__all__ = ["Pending", "Proactive", "due_now", "pending", "settings_of", "tick"]

SILENT_TOPIC = "silence"  # the triage case's topic: a paying client with no lead pushed for weeks


@dataclass(frozen=True)
class Proactive:
    """`[reminders]` as the services use it, and how our mail is written."""

    settings: reminders.Settings
    outgoing: Outgoing
    supervisors: tuple[str, ...] = ()
    brief: bool = True
    brief_at: time = time(9, 0)
    waiting_days: int = 3


@dataclass(frozen=True)
class Pending:
    """A reminder due now: to whom it would go, and the notice if it went already."""

    due: Due
    recipients: tuple[str, ...]
    sent: Notice | None

    @property
    def held_back(self) -> str | None:
        """Why it cannot go though not sent (None: it can, or it went)."""
        if self.sent is None and not self.recipients:
            return f"partner {self.due.standing.partner!r} has no address in the registry and has not written yet"
        return None


def _partners(tx: Session) -> dict[int, Partner]:
    return {p.id: p for p in queries.partners(tx)}


def _recipients(tx: Session, partner: Partner | None) -> tuple[str, ...]:
    """The partner's registered addresses; without any, the address it last wrote to HQ from."""
    if partner is None:
        return ()
    if partner.addresses:
        return tuple(partner.addresses)
    last = pushes.last_sender(tx, partner.id)
    return (last,) if last else ()


def settings_of(r: schema.Reminders) -> reminders.Settings:
    """`[reminders]`'s triggers and thresholds, as the rules take them."""
    return reminders.Settings(summary=r.summary, feedback=r.feedback, feedback_every=r.feedback_every,
                              silent=r.silent, silent_days=r.silent_days)


def pending(tx: Session, proactive: Proactive, terms: sla.Terms, now: datetime) -> list[Pending]:
    """Every reminder due at `now` for the paying clients, sent or not (nothing is written)."""
    return due_now(tx, proactive.settings, terms, now)


def due_now(tx: Session, settings: reminders.Settings, terms: sla.Terms, now: datetime) -> list[Pending]:
    """`pending` for these settings (what `maild health` counts)."""
    partners = _partners(tx)
    clients = {c.id: c for c in queries.clients(tx) if c.paying}
    out = []
    for standing in pushes.standings(tx, list(clients.values()), terms.calendar.tz, now):
        for due in reminders.due(standing, settings, now, terms.calendar.tz):
            pk = clients[standing.client_pk].partner_pk
            partner = partners.get(pk) if pk else None
            out.append(Pending(due, _recipients(tx, partner), pushes.notice(tx, due.key)))
    return out


def message_id(key: str, domain: str) -> str:
    """The reminder's Message-ID, fixed by its key: <reminder.summary.12.2026-04-01@ptg139.com>."""
    return f"<reminder.{re.sub(r'[^A-Za-z0-9.-]+', '.', key)}@{domain}>"


def tick(tx: Session, proactive: Proactive, terms: sla.Terms, now: datetime) -> list[str]:
    """Send each due reminder not yet sent, once; working time only. The keys sent."""
    if not is_working_time(terms, now):
        return []
    sent = []
    for p in pending(tx, proactive, terms, now):
        if p.sent is not None or p.held_back is not None:
            continue
        try:
            with tx.begin_nested():
                _send(tx, p, proactive.outgoing, terms, now)
        except IntegrityError:  # another daemon wrote this key first
            log.info("reminder %s: already sent by another daemon", p.due.key)
            continue
        sent.append(p.due.key)
    return sent


def _send(tx: Session, p: Pending, out: Outgoing, terms: sla.Terms, now: datetime) -> None:
    due, s = p.due, p.due.standing
    client = tx.get(Client, s.client_pk)
    assert client is not None
    notice = Notice(key=due.key, trigger=str(due.trigger), client_pk=client.id, partner_pk=client.partner_pk,
                    recipients=list(p.recipients), reason=due.reason, created_at=now)
    tx.add(notice)
    tx.flush()  # the key is taken here, or IntegrityError
    case = None
    if due.trigger is Trigger.SILENT:
        case = open_notice_case(tx, client, SILENT_TOPIC, f"frequency: {due.reason}", terms, now)
        notice.case_pk = case.id
    context = {"partner": s.partner, "client": s.client, "service_start": s.service_start or "",
               "service_end": s.service_end or "", "mark": s.feedback_mark, "since_start": s.feedback_mark == "start",
               "case_number": case.number if case else "", **due.facts}
    mid = message_id(due.key, out.domain)
    outbox.enqueue(tx, out.letter(Purpose.REMINDER, f"reminder_{due.trigger}", context, p.recipients, mid, now,
                                  auto_submitted="auto-generated", case=case), now)
    notice.message_id = mid
    log.info("reminder %s queued to %s: %s", due.key, ", ".join(p.recipients), due.reason)
