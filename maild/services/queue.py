"""What HQ looks at: the open cases with their clocks as of now, and one case with its whole file.

The queue only reads: each row's standing is derived from its stored deadline (which follows the
event log) and the calendar, so listing writes nothing and reads no event log. The filters and the
order run in the database and only one page of rows is loaded, so the first screen of 100,000
open cases costs what the first screen of 100 does.
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

__all__ = ["CaseFile", "Filters", "Page", "Row", "case_file", "open_cases"]


@dataclass(frozen=True)
class Filters:
    kind: CaseKind | None = None
    state: CaseState | None = None
    partner: str | None = None  # part of the partner's name, any case
    client: str | None = None  # part of the client's name, any case
    assignee: str | None = None  # "" for the unassigned ones
    overdue: bool = False  # past the due time now (breached), or missed
    topic: str | None = None  # triage cases about this (question, onboarding, invoice, …)


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


@dataclass(frozen=True)
class Page:
    """Rows `offset` to `offset + len(rows)` of the `total` open cases that pass the filters."""

    rows: list[Row]
    total: int
    offset: int = 0


def open_cases(tx: Session, terms: sla.Terms, now: datetime, filters: Filters = Filters(),
               limit: int | None = None, offset: int = 0) -> Page:
    """The open cases that pass the filters, soonest due first, each with where it stands now:
    `limit` of them from `offset` (all when limit is None)."""
    cases, total = queries.queue_page(
        tx, kind=filters.kind, state=filters.state, partner=filters.partner, client=filters.client,
        assignee=filters.assignee, topic=filters.topic, overdue_at=now if filters.overdue else None,
        timed_kinds=list(terms.policies), limit=limit, offset=offset)
    trouble = queries.mail_trouble(tx, [case.id for case in cases])
    return Page([Row(case, *_standing(case, terms, now), trouble.get(case.id, {})) for case in cases], total, offset)


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
