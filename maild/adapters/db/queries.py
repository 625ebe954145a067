"""Named queries on cases, the registry and the threading registry, inside the caller's transaction.

Services and commands ask these questions by name; the SQL is built here and in store.py only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maild.adapters.db.models import (
    Attachment,
    Case,
    CaseCounter,
    CaseEvent,
    Client,
    KnownId,
    Message,
    OutboxItem,
    Partner,
    SlaAlert,
)
from maild.core.cases import Action, CaseState
from maild.core.sla import Threshold

__all__ = [
    "case_attachments", "case_by_number", "case_events", "case_messages", "clients", "existing_numbers",
    "has_alert", "last_event_at", "next_sequence", "open_cases", "outbox", "partners", "registered_cases",
]


def case_by_number(tx: Session, number: str) -> Case | None:
    """The case with this number ("ss-2026-000001 " is read as SS-2026-000001), or None."""
    return tx.scalar(select(Case).where(Case.number == number.strip().upper()))


def open_cases(tx: Session) -> list[Case]:
    """Every case not closed, soonest due first (cases without a deadline last)."""
    return list(tx.scalars(select(Case).where(Case.state != CaseState.CLOSED)
                           .order_by(Case.due_at.is_(None), Case.due_at, Case.id)))


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


def outbox(tx: Session) -> list[OutboxItem]:
    """Every mail in the outbox, oldest first."""
    return list(tx.scalars(select(OutboxItem).order_by(OutboxItem.id)))
