"""Named queries on cases, the registry and the threading registry, inside the caller's transaction.

Services and commands ask these questions by name; the SQL is built here and in store.py only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, defer

from maild.adapters.db.models import (
    Attachment,
    Case,
    CaseCounter,
    CaseEvent,
    Client,
    KnownId,
    Message,
    MessageStatus,
    OutboxItem,
    OutboxStatus,
    Partner,
    SlaAlert,
    SourceStatus,
)
from maild.core.cases import Action, CaseState
from maild.core.sla import SlaStatus, Threshold

__all__ = [
    "auto_replies_to", "breaches_since", "case_attachments", "cases_of_partner", "cases_since", "cases_with_sla_error", "case_by_number", "case_events", "case_messages", "case_outbox",
    "clients", "due_outbox", "existing_numbers", "mail_trouble", "has_alert", "last_event_at", "next_sequence", "open_cases", "cases_to_tick",
    "queue_page",
    "oldest_due_pending", "outbox", "outbox_by_message_ids", "outbox_count", "outbox_counts", "outbox_in",
    "outbox_item", "partners", "quarantine_count", "registered_cases", "source_statuses", "verdict_by_case",
    "verdicts_since",
]


def case_by_number(tx: Session, number: str) -> Case | None:
    """The case with this number ("ss-2026-000001 " is read as SS-2026-000001), or None."""
    return tx.scalar(select(Case).where(Case.number == number.strip().upper()))


def open_cases(tx: Session) -> list[Case]:
    """Every case not closed, soonest due first (cases without a deadline last)."""
    return list(tx.scalars(select(Case).where(Case.state != CaseState.CLOSED)
                           .order_by(Case.due_at.is_(None), Case.due_at, Case.id)))


def queue_page(tx: Session, *, kind: str | None = None, state: str | None = None, partner: str | None = None,
               client: str | None = None, assignee: str | None = None, topic: str | None = None,
               overdue_at: datetime | None = None,
               timed_kinds: Sequence[str] = (), limit: int | None = None, offset: int = 0) -> tuple[list[Case], int]:
    """One page of the open cases that pass the filters, soonest due first, and how many pass in all.

    partner and client match any part of the name, in any case. overdue_at keeps the cases past
    their due time at that instant (of the timed kinds) and those whose deadline was missed: what
    `sla.standing` calls breached or missed, decided here by the index instead of row by row.
    """
    where = [Case.state != CaseState.CLOSED]
    if kind:
        where.append(Case.kind == kind)
    if state:
        where.append(Case.state == state)
    if partner:
        where.append(Case.partner_name.icontains(partner, autoescape=True))
    if client:
        where.append(Case.client_name.icontains(client, autoescape=True))
    if topic:
        where.append(Case.topic == topic)
    if assignee is not None:
        where.append(Case.assignee == assignee if assignee else or_(Case.assignee.is_(None), Case.assignee == ""))
    if overdue_at is not None:
        settled = (SlaStatus.MET, SlaStatus.MISSED, SlaStatus.ERROR)
        where.append(Case.kind.in_(list(timed_kinds)))
        where.append(or_(Case.sla_status == SlaStatus.MISSED,
                         and_(or_(Case.sla_status.is_(None), Case.sla_status.not_in(settled)),
                              Case.due_at < overdue_at)))
    total = tx.scalar(select(func.count(Case.id)).where(*where)) or 0
    query = (select(Case).options(defer(Case.fields)).where(*where)  # the queue shows no fields
             .order_by(Case.due_at.is_(None), Case.due_at, Case.id).offset(offset).limit(limit))
    return list(tx.scalars(query)), total


def cases_to_tick(tx: Session, now: datetime) -> list[Case]:
    """The open cases whose next warning or deadline has come (an index range, not a scan)."""
    return list(tx.scalars(select(Case).where(Case.next_alert_at <= now, Case.state != CaseState.CLOSED)
                           .order_by(Case.next_alert_at, Case.id)))


def next_sequence(tx: Session, prefix: str, year: int) -> int:
    """The next case sequence number for a prefix and year, the counter row locked until commit."""
    counter = tx.get(CaseCounter, (prefix, year), with_for_update=True)
    if counter is None:
        counter = CaseCounter(prefix=prefix, year=year, last=0)
        tx.add(counter)
    counter.last += 1
    tx.flush()
    return counter.last


def registered_cases(tx: Session, message_ids: Sequence[str]) -> dict[str, str]:
    """Of these Message-IDs, the ones our threading registry ties to a case: {Message-ID: case number}."""
    if not message_ids:
        return {}
    rows = tx.execute(select(KnownId.message_id, KnownId.case_number).where(
        KnownId.message_id.in_(list(message_ids)), KnownId.case_number.is_not(None)))
    return {message_id: number for message_id, number in rows}


def existing_numbers(tx: Session, numbers: Sequence[str]) -> frozenset[str]:
    """Which of these case numbers exist."""
    if not numbers:
        return frozenset()
    return frozenset(tx.scalars(select(Case.number).where(Case.number.in_(list(set(numbers))))))


def partners(tx: Session) -> list[Partner]:
    return list(tx.scalars(select(Partner).order_by(Partner.id)))


def clients(tx: Session) -> list[Client]:
    return list(tx.scalars(select(Client).order_by(Client.id)))


def case_events(tx: Session, case: Case, *, transitions_only: bool = False) -> list[CaseEvent]:
    """The case's event log, oldest first; `transitions_only` leaves out the opening event."""
    query = select(CaseEvent).where(CaseEvent.case_pk == case.id).order_by(CaseEvent.id)
    if transitions_only:
        query = query.where(CaseEvent.action != Action.OPEN)
    return list(tx.scalars(query))


def last_event_at(tx: Session, case: Case) -> datetime | None:
    return tx.scalar(select(func.max(CaseEvent.at)).where(CaseEvent.case_pk == case.id))


def case_messages(tx: Session, case: Case) -> list[Message]:
    """The messages of a case's thread, in the order they were stored."""
    return list(tx.scalars(select(Message).where(Message.case_pk == case.id).order_by(Message.id)))


def case_attachments(tx: Session, case: Case) -> list[Attachment]:
    """Every attachment of every message in the case's thread, in order."""
    return list(tx.scalars(select(Attachment).join(Message, Attachment.message_pk == Message.id)
                           .where(Message.case_pk == case.id).order_by(Attachment.id)))


def has_alert(tx: Session, case: Case, threshold: Threshold) -> bool:
    """Whether this warning or breach was already recorded for the case."""
    return bool(tx.scalar(select(func.count(SlaAlert.id)).where(
        SlaAlert.case_pk == case.id, SlaAlert.threshold == threshold)))


def outbox(tx: Session, statuses: Sequence[OutboxStatus] = (), limit: int | None = None) -> list[OutboxItem]:
    """The mail in the outbox (of these statuses), newest first."""
    query = select(OutboxItem).order_by(OutboxItem.id.desc()).limit(limit)
    if statuses:
        query = query.where(OutboxItem.status.in_(list(statuses)))
    return list(tx.scalars(query))


def outbox_count(tx: Session, case_pk: int | None, trigger_pk: int | None) -> int:
    """How many mails were written for this case (or, without one, in answer to this message)."""
    column, value = (OutboxItem.case_pk, case_pk) if case_pk is not None else (OutboxItem.trigger_message_pk, trigger_pk)
    return tx.scalar(select(func.count(OutboxItem.id)).where(column == value)) or 0


def due_outbox(tx: Session, now: datetime, limit: int, mailbox: str) -> list[OutboxItem]:
    """Pending mail of `mailbox` (or of none) whose time has come, oldest first, locked against a
    second sender (SKIP LOCKED on PostgreSQL; SQLite's writer lock serialises the claim)."""
    query = (select(OutboxItem).where(OutboxItem.status == OutboxStatus.PENDING,
                                      OutboxItem.next_attempt_at <= now,
                                      or_(OutboxItem.mailbox == mailbox, OutboxItem.mailbox.is_(None)))
             .order_by(OutboxItem.next_attempt_at, OutboxItem.id).limit(limit))
    return list(tx.scalars(query.with_for_update(skip_locked=True)))


def outbox_in(tx: Session, status: OutboxStatus) -> list[OutboxItem]:
    return list(tx.scalars(select(OutboxItem).where(OutboxItem.status == status).order_by(OutboxItem.id)))


def outbox_by_message_ids(tx: Session, message_ids: Sequence[str]) -> list[OutboxItem]:
    if not message_ids:
        return []
    return list(tx.scalars(select(OutboxItem).where(OutboxItem.message_id.in_(list(set(message_ids))))))


def outbox_item(tx: Session, pk: int) -> OutboxItem | None:
    return tx.get(OutboxItem, pk)


def case_outbox(tx: Session, case: Case) -> list[OutboxItem]:
    """The mail written for a case, oldest first."""
    return list(tx.scalars(select(OutboxItem).where(OutboxItem.case_pk == case.id).order_by(OutboxItem.id)))


def mail_trouble(tx: Session, case_pks: Sequence[int]) -> dict[int, dict[str, int]]:
    """Per case, how many of its mails failed, bounced or are held: {case_pk: {status: count}}."""
    if not case_pks:
        return {}
    troubled = (OutboxStatus.FAILED, OutboxStatus.BOUNCED, OutboxStatus.HELD)
    rows = tx.execute(select(OutboxItem.case_pk, OutboxItem.status, func.count(OutboxItem.id))
                      .where(OutboxItem.case_pk.in_(list(case_pks)), OutboxItem.status.in_(troubled))
                      .group_by(OutboxItem.case_pk, OutboxItem.status))
    out: dict[int, dict[str, int]] = {}
    for case_pk, status, count in rows:
        out.setdefault(case_pk, {})[str(status)] = count
    return out


def auto_replies_to(tx: Session, address: str, since: datetime) -> int:
    """Automatic replies written to this address since then (held ones too; cancelled ones not)."""
    return tx.scalar(select(func.count(OutboxItem.id)).where(
        OutboxItem.to_address == address, OutboxItem.auto_reply.is_(True), OutboxItem.created_at >= since,
        OutboxItem.status != OutboxStatus.CANCELLED)) or 0


# ---- reports -------------------------------------------------------------------------------------

def cases_since(tx: Session, since: datetime | None) -> list[Case]:
    """Every case received since then (all when None), oldest first."""
    query = select(Case).order_by(Case.received_at, Case.id)
    if since is not None:
        query = query.where(Case.received_at >= since)
    return list(tx.scalars(query))


def breaches_since(tx: Session, since: datetime | None) -> int:
    query = select(func.count(SlaAlert.id)).where(SlaAlert.threshold == Threshold.BREACH)
    if since is not None:
        query = query.where(SlaAlert.crossed_at >= since)
    return tx.scalar(query) or 0


def _rulings(tx: Session, since: datetime | None) -> list[CaseEvent]:
    query = select(CaseEvent).where(CaseEvent.action == Action.DECIDE, CaseEvent.data.is_not(None)).order_by(CaseEvent.id)
    if since is not None:
        query = query.where(CaseEvent.at >= since)
    return [e for e in tx.scalars(query) if e.data and e.data.get("verdict")]


def verdicts_since(tx: Session, since: datetime | None) -> list[dict]:
    """The data of every appeal ruling since then: {verdict, criterion, comment}."""
    return [e.data for e in _rulings(tx, since)]


def verdict_by_case(tx: Session) -> dict[int, dict]:
    """The latest ruling of each ruled case."""
    return {e.case_pk: e.data for e in _rulings(tx, None)}


def source_statuses(tx: Session) -> list[SourceStatus]:
    return list(tx.scalars(select(SourceStatus).order_by(SourceStatus.source)))


def cases_of_partner(tx: Session, partner_pk: int) -> list[Case]:
    """Every case of a partner, soonest due first."""
    return list(tx.scalars(select(Case).where(Case.partner_pk == partner_pk)
                           .order_by(Case.due_at.is_(None), Case.due_at, Case.id)))


def quarantine_count(tx: Session) -> int:
    return tx.scalar(select(func.count(Message.id)).where(Message.status == MessageStatus.QUARANTINED)) or 0


def outbox_counts(tx: Session) -> dict[str, int]:
    """How many outbox rows are in each status."""
    return {str(status): n for status, n in
            tx.execute(select(OutboxItem.status, func.count(OutboxItem.id)).group_by(OutboxItem.status))}


def oldest_due_pending(tx: Session) -> datetime | None:
    """When the longest-waiting pending mail fell due."""
    return tx.scalar(select(func.min(OutboxItem.next_attempt_at)).where(OutboxItem.status == OutboxStatus.PENDING))


def cases_with_sla_error(tx: Session) -> int:
    return tx.scalar(select(func.count(Case.id)).where(Case.sla_error.is_not(None), Case.state != CaseState.CLOSED)) or 0
