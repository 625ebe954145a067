"""What HQ looks at: the open cases with their clocks as of now, and one case with its whole file.

Reading a case refreshes its clock (the stored status is as of the last look), so these run in
the caller's transaction like every other service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Case, CaseEvent, Message, OutboxItem
from maild.core import sla
from maild.core.cases import CaseKind, CaseState
from maild.errors import NotFound
from maild.services.casework import refresh_clock

__all__ = ["CaseFile", "Filters", "Row", "case_file", "open_cases"]

_OVERDUE = (sla.SlaStatus.BREACHED, sla.SlaStatus.MISSED)


@dataclass(frozen=True)
class Filters:
    kind: CaseKind | None = None
    state: CaseState | None = None
    partner: str | None = None  # part of the partner's name
    overdue: bool = False

    def admit(self, case: Case) -> bool:
        return ((self.kind is None or case.kind == self.kind)
                and (self.state is None or case.state == self.state)
                and (not self.partner or self.partner in (case.partner_name or ""))
                and (not self.overdue or case.sla_status in _OVERDUE))


@dataclass(frozen=True)
class CaseFile:
    """One case as a reviewer reads it: the case, its clock now, its first mail, thread, log, mail sent."""

    case: Case
    clock: sla.Assessment | None
    opened: Message | None
    messages: list[Message]
    events: list[CaseEvent]
    mail: list[OutboxItem]


@dataclass(frozen=True)
class Row:
    """One line of the queue: the case, its clock as of now, and its mail that failed, bounced or waits."""

    case: Case
    clock: sla.Assessment | None
    mail_trouble: dict[str, int]


def open_cases(tx: Session, terms: sla.Terms, now: datetime, filters: Filters = Filters()) -> list[Row]:
    """The open cases that pass the filters, soonest due first, each with its clock as of now."""
    rows = []
    for case in queries.open_cases(tx):
        result = refresh_clock(tx, case, terms, now)
        if filters.admit(case):
            rows.append((case, result))
    trouble = queries.mail_trouble(tx, [case.id for case, _ in rows])
    return [Row(case, result, trouble.get(case.id, {})) for case, result in rows]


def case_file(tx: Session, number: str, terms: sla.Terms, now: datetime) -> CaseFile:
    """Everything about one case (NotFound when there is no such case)."""
    case = queries.case_by_number(tx, number)
    if case is None:
        raise NotFound(f"no case {number}")
    clock = refresh_clock(tx, case, terms, now)
    opened = tx.get(Message, case.opened_message_pk) if case.opened_message_pk else None
    return CaseFile(case, clock, opened, queries.case_messages(tx, case), queries.case_events(tx, case),
                    queries.case_outbox(tx, case))
