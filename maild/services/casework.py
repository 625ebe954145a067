"""Cases in the shell: open or thread a case from a parsed mail, act on it, keep its clock.

The rules are pure (cases.py, checks.py, sla.py, registry.py); this module reads
and writes them inside the caller's transaction. A case's clock is always derived
again from its event log and the calendar, so `recompute` reproduces it.

    on_mail(tx, message, mail)   request → new case · reply → thread (resume) · unknown from a partner → triage
    act(tx, number, action)      one transition (IllegalTransition when refused), clock recomputed
    refresh_clock(tx, case)      due / warning / status from events + calendar (outcome frozen)
    alerts(tx, now)              warnings and breaches, recorded once each; breaches escalate
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

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
from maild.core import cases, sla
from maild.core.cases import Action, CaseState
from maild.core.checks import ClientFacts, checks_for
from maild.core.registry import PartnerRow, match_partner, names_match
from maild.errors import CalendarGapError
from parsers.classify import CASE_TAG, case_tag
from parsers.fields import missing_for
from parsers.records import AttachmentInfo, Fields, Kind, ParsedMail, Role
from parsers.text import normalize

if TYPE_CHECKING:
    from maild.app import App

log = logging.getLogger(__name__)

REQUESTS = {Kind.APPEAL: "appeal", Kind.ADJUSTMENT: "adjustment", Kind.SUMMARY: "summary"}
PREFIXES = {"appeal": "SS", "adjustment": "TZ", "summary": "HZ", "triage": "TR"}
OPEN_STATES = tuple(s for s in CaseState if s not in (CaseState.CLOSED,))


def _local_year(app: App, at: datetime) -> int:
    return at.astimezone(app.calendar.tz).year


def next_number(tx: Session, prefix: str, year: int) -> str:
    """The next case number for a prefix and year (inside the caller's transaction)."""
    counter = tx.get(CaseCounter, (prefix, year), with_for_update=True)
    if counter is None:
        counter = CaseCounter(prefix=prefix, year=year, last=0)
        tx.add(counter)
    counter.last += 1
    tx.flush()
    return cases.case_number(prefix, year, counter.last)


# ---- registry lookups --------------------------------------------------------------------------

def _partner_rows(tx: Session) -> list[tuple[Partner, PartnerRow]]:
    return [(p, PartnerRow(p.name, tuple(json.loads(p.addresses)), tuple(json.loads(p.domains)), p.contact or ""))
            for p in tx.scalars(select(Partner))]


def partner_for(tx: Session, sender: str | None, name: str | None) -> Partner | None:
    """The partner by sender address or domain, else by the name the mail gives."""
    rows = _partner_rows(tx)
    if sender:
        found = match_partner(sender, [r for _, r in rows])
        if found is not None:
            return next(p for p, r in rows if r is found)
    if name:
        return next((p for p, _ in rows if names_match(p.name, name)), None)
    return None


def client_for(tx: Session, name: str | None, partner: Partner | None) -> Client | None:
    if not name:
        return None
    clients = list(tx.scalars(select(Client)))
    matches = [c for c in clients if names_match(c.name, name)]
    if partner is not None and len(matches) > 1:
        matches = [c for c in matches if c.partner_pk == partner.id] or matches
    return matches[0] if matches else None


def _facts(client: Client | None) -> ClientFacts | None:
    if client is None:
        return None
    return ClientFacts(client.name, client.paying, client.quota, client.service_start, client.service_end)


# ---- the clock ----------------------------------------------------------------------------------

def case_events(tx: Session, case: Case) -> list[cases.CaseEvent]:
    rows = tx.scalars(select(CaseEvent).where(CaseEvent.case_pk == case.id, CaseEvent.action != "open")
                      .order_by(CaseEvent.id))
    return [cases.CaseEvent(Action(r.action), CaseState(r.from_state), CaseState(r.to_state), r.actor,
                            r.at, r.detail) for r in rows]


def refresh_clock(tx: Session, case: Case, app: App, now: datetime) -> sla.Assessment | None:
    """Recompute due time, warning time and status from the log; met/missed outcomes stay frozen."""
    policy = app.policies.get(case.kind)
    if policy is None:  # triage cases carry no promise
        case.sla_status = None
        return None
    watch = cases.stopwatch(case_events(tx, case), case.received_at)
    try:
        result = sla.assess(watch, policy, app.calendar, now)
    except CalendarGapError as exc:
        case.sla_error, case.sla_status = str(exc), "error"
        return None
    frozen = case.sla_status in (sla.SlaStatus.MET, sla.SlaStatus.MISSED) and watch.stopped_at is not None
    if frozen:  # a met or missed outcome is history: a later calendar change does not rewrite it
        return result
    case.sla_error = None
    # the stored deadline follows the whole log; the status is as of now
    case.due_at, case.warning_at = sla.due_at(watch, policy, app.calendar), sla.warning_at(watch, policy, app.calendar)
    case.sla_status = str(result.status)
    if result.status in (sla.SlaStatus.MET, sla.SlaStatus.MISSED):
        case.outcome_at = watch.stopped_at
    return result


# ---- mail → case ---------------------------------------------------------------------------------

def on_mail(tx: Session, message: Message, mail: ParsedMail, app: App, now: datetime) -> Case | None:
    """Open, thread or triage a case for one parsed message; None when it only gets recorded."""
    if mail.kind in REQUESTS:
        return _open(tx, message, mail, REQUESTS[mail.kind], app, now)
    if mail.kind == Kind.REPLY:
        case = _thread_target(tx, mail)
        if case is not None:
            _attach_reply(tx, case, message, mail, app, now)
        return case
    if mail.kind == Kind.AUTO:
        case = _thread_target(tx, mail)
        if case is not None:  # linked for the record; never reopens, pauses or resumes a case
            message.case_pk = case.id
        return case
    if partner_for(tx, mail.sender, None) is not None:
        return _open(tx, message, mail, "triage", app, now)
    return None


def _open(tx: Session, message: Message, mail: ParsedMail, kind: str, app: App, now: datetime) -> Case:
    received = message.received_at
    fields = mail.fields
    partner = partner_for(tx, mail.sender, fields.partner)
    client = client_for(tx, fields.client, partner)
    checks = checks_for(mail.kind, fields, mail.attachments, _facts(client), received)
    case = Case(number=next_number(tx, PREFIXES[kind], _local_year(app, received)), kind=kind,
                state=CaseState.NEW, partner_pk=partner.id if partner else None,
                client_pk=client.id if client else None, partner_name=partner.name if partner else fields.partner,
                client_name=client.name if client else fields.client, sender=mail.sender,
                fields=json.dumps(fields.to_json(), ensure_ascii=False),
                missing=json.dumps(list(mail.missing)), checks=json.dumps([asdict(c) for c in checks],
                                                                           ensure_ascii=False),
                received_at=received, opened_message_pk=message.id, created_at=now, updated_at=now)
    tx.add(case)
    tx.flush()
    message.case_pk = case.id
    tx.add(CaseEvent(case_pk=case.id, action="open", from_state=None, to_state=CaseState.NEW,
                     actor=mail.sender or "ingest", at=received, message_pk=message.id,
                     detail=json.dumps({"signals": list(mail.kind_signals)}, ensure_ascii=False)))
    _register(tx, mail.message_id, message.id, case.number, now)
    refresh_clock(tx, case, app, now)
    log.info("%s: case %s opened (%s), due %s", mail.message_id, case.number, kind, case.due_at)
    return case


def _register(tx: Session, message_id: str | None, message_pk: int, number: str, now: datetime) -> None:
    if not message_id:
        return
    known = tx.get(KnownId, message_id)
    if known is None:
        tx.add(KnownId(message_id=message_id, direction="in", message_pk=message_pk, case_number=number, at=now))
    elif known.case_number is None:
        known.case_number = number


def _thread_target(tx: Session, mail: ParsedMail) -> Case | None:
    """The case a reply belongs to: subject tag, then our threading registry, then the body token."""
    numbers = [mail.case_ref] if mail.case_ref else []
    refs = [r for r in [mail.in_reply_to, *reversed(mail.references)] if r]
    if refs:
        numbers += [n for n in tx.scalars(select(KnownId.case_number).where(
            KnownId.message_id.in_(refs), KnownId.case_number.is_not(None)))]
        numbers += [case_tag(r) or "" for r in refs]
    token = CASE_TAG.search(normalize(mail.body_text))
    if token:
        numbers.append(case_tag(token.group(0)) or "")
    for number in numbers:
        if number:
            case = tx.scalar(select(Case).where(Case.number == number))
            if case is not None:
                return case
    return None


def _attach_reply(tx: Session, case: Case, message: Message, mail: ParsedMail, app: App, now: datetime) -> None:
    message.case_pk = case.id
    _register(tx, mail.message_id, message.id, case.number, now)
    state = CaseState(case.state)
    action = cases.reply_action(state) if state is not CaseState.CLOSED else Action.NOTE
    evidence = [a.filename for a in mail.attachments if a.role in (Role.RECORDING, Role.SCREENSHOT)]
    detail = {"message_id": mail.message_id, "attachments": [a.filename for a in mail.attachments]}
    # the partner's reply counts from our receipt of it, not from when we processed it
    at = max(message.received_at, _last_event_at(tx, case))
    record(tx, case, cases.transition(case.number, state, action, mail.sender or "partner", at,
                                      json.dumps(detail, ensure_ascii=False)), message.id)
    supplied = {k: v for k, v in mail.fields.to_json().items() if v not in (None, [])}
    if supplied or evidence:
        _update_request(tx, case, supplied)
    refresh_clock(tx, case, app, now)


def _update_request(tx: Session, case: Case, supplied: dict) -> None:
    """Take over fields a reply supplies and re-derive missing and checks with all the case's evidence."""
    if case.kind not in PREFIXES or case.kind == "triage":
        return
    kind = Kind(case.kind)
    merged = {**json.loads(case.fields), **supplied}
    fields = Fields(**{k: tuple(v) if isinstance(v, list) else v for k, v in merged.items()})
    attachments = _case_attachments(tx, case)
    client = tx.get(Client, case.client_pk) if case.client_pk else None
    case.fields = json.dumps(fields.to_json(), ensure_ascii=False)
    case.missing = json.dumps(list(missing_for(kind, fields, attachments)))
    checks = checks_for(kind, fields, attachments, _facts(client), case.received_at)
    case.checks = json.dumps([asdict(c) for c in checks], ensure_ascii=False)


def _case_attachments(tx: Session, case: Case) -> list[AttachmentInfo]:
    rows = tx.scalars(select(Attachment).join(Message, Attachment.message_pk == Message.id)
                      .where(Message.case_pk == case.id).order_by(Attachment.id))
    return [AttachmentInfo(filename=a.filename, content_type=a.content_type, detected_type=a.detected_type,
                           size=a.size, sha256=a.sha256, role=Role(a.role), inline=a.inline) for a in rows]


def _last_event_at(tx: Session, case: Case) -> datetime:
    last = tx.scalar(select(func.max(CaseEvent.at)).where(CaseEvent.case_pk == case.id))
    return last if last else case.received_at


# ---- actions ------------------------------------------------------------------------------------------

def record(tx: Session, case: Case, event: cases.CaseEvent, message_pk: int | None = None) -> None:
    """Append one transition to the log and move the case's state."""
    tx.add(CaseEvent(case_pk=case.id, action=str(event.action), from_state=str(event.from_state),
                     to_state=str(event.to_state), actor=event.actor, at=event.at, detail=event.detail,
                     message_pk=message_pk))
    case.state, case.updated_at = str(event.to_state), event.at
    tx.flush()


def act(tx: Session, number: str, action: str, actor: str, app: App, now: datetime,
        detail: str | None = None) -> Case:
    """Do one action to a case (IllegalTransition when its state refuses it)."""
    case = tx.scalar(select(Case).where(Case.number == number.strip().upper()))
    if case is None:
        raise LookupError(f"no case {number}")
    if action == Action.REASSIGN:
        case.assignee = detail
    record(tx, case, cases.transition(case.number, CaseState(case.state), Action(action), actor, now, detail))
    refresh_clock(tx, case, app, now)
    return case


def open_cases(tx: Session) -> list[Case]:
    return list(tx.scalars(select(Case).where(Case.state != CaseState.CLOSED)
                           .order_by(Case.due_at.is_(None), Case.due_at, Case.id)))


# ---- recompute and alerts --------------------------------------------------------------------------------

def recompute(tx: Session, app: App, now: datetime) -> list[tuple[str, datetime | None, datetime | None]]:
    """Recompute every open case's clock (after a calendar or policy change): (number, before, after)."""
    changes = []
    for case in open_cases(tx):
        before = case.due_at
        refresh_clock(tx, case, app, now)
        after = case.due_at
        if before != after:
            log.info("case %s: due %s → %s", case.number, before, after)
            changes.append((case.number, before, after))
    return changes


def is_working_time(app: App, now: datetime) -> bool:
    local = now.astimezone(app.calendar.tz)
    try:
        return any(a <= now < b for a, b in app.calendar.working_intervals(local.date()))
    except CalendarGapError:
        return True  # better an alert at an odd hour than none


def alerts(tx: Session, app: App, now: datetime) -> list[tuple[str, str]]:
    """Record each warning and breach once per case; breaches queue an escalation. Working time only."""
    if not is_working_time(app, now):
        return []
    done = []
    for case in open_cases(tx):
        result = refresh_clock(tx, case, app, now)
        if result is None or result.status not in (sla.SlaStatus.WARNING, sla.SlaStatus.BREACHED):
            continue
        crossed = {"warning": result.warning_at}
        if result.status is sla.SlaStatus.BREACHED:
            crossed["breach"] = result.due_at
        for threshold, at in crossed.items():
            exists = tx.scalar(select(func.count(SlaAlert.id)).where(
                SlaAlert.case_pk == case.id, SlaAlert.threshold == threshold))
            if exists or at is None:
                continue
            tx.add(SlaAlert(case_pk=case.id, threshold=threshold, crossed_at=at, recorded_at=now))
            if threshold == "breach":
                _escalate(tx, case, app, now)
            done.append((case.number, threshold))
            log.info("case %s: %s recorded (crossed %s)", case.number, threshold, at)
    return done


def _escalate(tx: Session, case: Case, app: App, now: datetime) -> None:
    supervisors = list(app.config.sla.supervisors)
    if not supervisors:
        log.warning("case %s breached its SLA but [sla] supervisors is empty: no escalation queued", case.number)
        return
    from maild.core.replies import render

    due = case.due_at and case.due_at.astimezone(app.calendar.tz).strftime("%Y-%m-%d %H:%M")
    text = render("escalation", number=case.number, kind=case.kind, partner=case.partner_name or "",
                  client=case.client_name or "", due_at=due or "", state=case.state)
    domain = app.config.mailbox.own_domains[0] if app.config.mailbox.own_domains else "localhost"
    tx.add(OutboxItem(case_pk=case.id, purpose="escalation", message_id=f"<escalation.{case.number}@{domain}>",
                      recipients=json.dumps(supervisors), subject=text.subject, body=text.body,
                      status="pending", created_at=now))
