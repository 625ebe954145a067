"""What HQ looks at: the open cases with their clocks as of now, and one case with its whole file.

The queue only reads: each row's standing is derived from its stored deadline (which follows the
event log) and the calendar, so listing 100,000 cases writes nothing and reads no event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Attachment, Case, CaseEvent, Message, OutboxItem
from maild.core import sla
from maild.core.cases import CaseKind, CaseState
from maild.errors import CalendarGapError, NotFound
from maild.services.casework import refresh_clock

__all__ = ["CaseFile", "Filters", "Row", "case_file", "open_cases"]

_OVERDUE = (sla.SlaStatus.BREACHED, sla.SlaStatus.MISSED)


@dataclass(frozen=True)
class Filters:
    kind: CaseKind | None = None
    state: CaseState | None = None
    partner: str | None = None  # part of the partner's name
    client: str | None = None  # part of the client's name
    assignee: str | None = None
    overdue: bool = False

    def admit(self, case: Case, status: sla.SlaStatus | None) -> bool:
        return ((self.kind is None or case.kind == self.kind)
                and (self.state is None or case.state == self.state)
                and (not self.partner or self.partner in (case.partner_name or ""))
                and (not self.client or self.client in (case.client_name or ""))
                and (self.assignee is None or (case.assignee or "") == self.assignee)
                and (not self.overdue or status in _OVERDUE))


@dataclass(frozen=True)
class Row:
    """One line of the queue: the case, where it stands now, and its mail that failed, bounced or waits."""

    case: Case
    status: sla.SlaStatus | None
    time_left: timedelta | None
    mail_trouble: dict[str, int]


def _standing(case: Case, terms: sla.Terms, now: datetime) -> tuple[sla.SlaStatus | None, timedelta | None]:
    try:
        return sla.standing(case.due_at, case.warning_at, case.sla_status, case.state is CaseState.WAITING_PARTNER,
                            terms.policy(case.kind), terms.calendar, now)
    except CalendarGapError:
        return sla.SlaStatus.ERROR, None


def open_cases(tx: Session, terms: sla.Terms, now: datetime, filters: Filters = Filters()) -> list[Row]:
    """The open cases that pass the filters, soonest due first, each with where it stands now."""
    rows = []
    for case in queries.open_cases(tx):
        status, left = _standing(case, terms, now)
        if filters.admit(case, status):
            rows.append((case, status, left))
    trouble = queries.mail_trouble(tx, [case.id for case, _, _ in rows])
    return [Row(case, status, left, trouble.get(case.id, {})) for case, status, left in rows]


@dataclass(frozen=True)
class CaseFile:
    """One case as a reviewer reads it: the case, its clock now, its first mail, thread, log,
    attachments (numbered from 1 in this order) and the mail sent for it."""

    case: Case
    clock: sla.Assessment | None
    opened: Message | None
    messages: list[Message]
    events: list[CaseEvent]
    mail: list[OutboxItem]
    attachments: list[Attachment]


def case_file(tx: Session, number: str, terms: sla.Terms, now: datetime) -> CaseFile:
    """Everything about one case (NotFound when there is no such case)."""
    case = queries.case_by_number(tx, number)
    if case is None:
        raise NotFound(f"no case {number}")
    clock = refresh_clock(tx, case, terms, now)
    opened = tx.get(Message, case.opened_message_pk) if case.opened_message_pk else None
    return CaseFile(case, clock, opened, queries.case_messages(tx, case), queries.case_events(tx, case),
                    queries.case_outbox(tx, case), queries.case_attachments(tx, case))
