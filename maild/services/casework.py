"""Cases in the database: carry out the case decision for a mail, act on a case, keep its clock.

The rules are pure (core.routing decides, core.cases moves, core.checks checks, core.sla
judges); this module gathers the facts they need and writes their results, inside the
caller's transaction. A case's clock is always derived again from its event log and the
calendar, so `recompute` reproduces it.

    facts(tx, mail)                         what the database knows, for routing.decide
    carry_out(tx, decision, message, mail)  open a case · thread a reply · link · triage · record
    open_notice_case(tx, client, topic, why) a triage case maild opens itself (a client gone quiet)
    recheck_appeals(tx, client_pks)         open appeals' checks again, after a push-log import
    act(tx, number, action, actor)          one transition (IllegalTransition when refused)
    refresh_clock(tx, case)                 due / warning / status from events + calendar
    assess(tx, case, terms, now)            the same as of any time, writing nothing
    recompute(tx)                           every open case's clock again, after a calendar change
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import pushes, queries
from maild.adapters.db.models import (
    Case,
    CaseEvent,
    Client,
    Direction,
    Event,
    EventKind,
    KnownId,
    Message,
    Partner,
)
from maild.core import cases, sla
from maild.core.cases import PREFIX, Action, CaseKind, CaseState
from maild.core.checks import Check, ClientFacts, checks_for
from maild.core.pushlog import Logged
from maild.core.registry import PartnerRow, match_partner, names_match, normalize_company
from maild.core.routing import Decision, Facts, Route, candidates, thread_refs
from maild.errors import CalendarGapError, NotFound
from parsers.fields import missing_for
from parsers.records import AttachmentInfo, Fields, Kind, ParsedMail, Role

log = logging.getLogger(__name__)

__all__ = ["Carried", "act", "carry_out", "facts", "partner_for", "recompute", "record", "refresh_clock"]


def _number(tx: Session, kind: CaseKind, received: datetime, terms: sla.Terms) -> str:
    year = received.astimezone(terms.calendar.tz).year
    return cases.case_number(PREFIX[kind], year, queries.next_sequence(tx, PREFIX[kind], year))


# ---- registry lookups --------------------------------------------------------------------------

def _partner_row(p: Partner) -> PartnerRow:
    return PartnerRow(p.name, tuple(p.addresses), tuple(p.domains), p.contact or "")


Aliases = Mapping[str, tuple[str, ...]]  # [parse] aliases: the registry's full name → other names for it


def _alias(name: str | None, aliases: Aliases) -> str | None:
    """The full name an operator declared for a short one (锡商 → 无锡锡商互联网络科技有限公司)."""
    if not name:
        return name
    core = normalize_company(name)
    return next((full for full, others in aliases.items() if any(normalize_company(o) == core for o in others)), name)


def partner_for(tx: Session, sender: str | None, name: str | None, aliases: Aliases | None = None) -> Partner | None:
    """The partner by sender address or domain, else by the name the mail gives (or its alias)."""
    name = _alias(name, aliases or {})
    rows = [(p, _partner_row(p)) for p in queries.partners(tx)]
    if sender:
        found = match_partner(sender, [r for _, r in rows])
        if found is not None:
            return next(p for p, r in rows if r is found)
    if name:  # a short name (锡商互联) finds its partner, but never a guess between two
        matches = [p for p, _ in rows if names_match(p.name, name)]
        return matches[0] if len(matches) == 1 else None
    return None


def _client_for(tx: Session, name: str | None, partner: Partner | None, aliases: Aliases | None = None) -> Client | None:
    name = _alias(name, aliases or {})
    if not name:
        return None
    matches = [c for c in queries.clients(tx) if names_match(c.name, name)]
    if partner is not None and len(matches) > 1:
        matches = [c for c in matches if c.partner_pk == partner.id] or matches
    return matches[0] if len(matches) == 1 else None  # two clients fit the short name: no guess


def _facts(client: Client | None) -> ClientFacts | None:
    if client is None:
        return None
    return ClientFacts(client.name, client.paying, client.quota, client.service_start, client.service_end)


def _logged(tx: Session, kind: Kind, client: Client | None, fields: Fields) -> Logged | None:
    """What the push log says about an appeal's leads (None: no client, or not an appeal)."""
    if kind is not Kind.APPEAL or client is None:
        return None
    return pushes.logged(tx, client, fields.lead_ids)


# ---- the clock ----------------------------------------------------------------------------------

def _log(tx: Session, case: Case) -> list[cases.CaseEvent]:
    return [cases.CaseEvent(r.action, r.from_state, r.to_state, r.actor, r.at, r.detail)
            for r in queries.case_events(tx, case, transitions_only=True)]


def refresh_clock(tx: Session, case: Case, terms: sla.Terms, now: datetime) -> sla.Assessment | None:
    """Recompute due time, warning time and status from the log; met/missed outcomes stay frozen."""
    policy = terms.policy(case.kind)
    if policy is None:  # triage cases carry no promise
        case.sla_status, case.next_alert_at = None, None
        return None
    watch = cases.stopwatch(_log(tx, case), case.received_at)
    try:
        result = sla.assess(watch, policy, terms.calendar, now)
    except CalendarGapError as exc:
        case.sla_error, case.sla_status, case.next_alert_at = str(exc), sla.SlaStatus.ERROR, now  # try each tick
        return None
    frozen = case.sla_status in (sla.SlaStatus.MET, sla.SlaStatus.MISSED) and watch.stopped_at is not None
    if frozen:  # a met or missed outcome is history: a later calendar change does not rewrite it
        case.next_alert_at = None
        return result
    case.sla_error = None
    # the stored deadline follows the whole log; the status is as of now
    case.due_at = sla.due_at(watch, policy, terms.calendar)
    case.warning_at = sla.warning_at(watch, policy, terms.calendar)
    case.sla_status = result.status
    case.next_alert_at = next_look(result.status, case.warning_at, case.due_at, now)
    if result.status in (sla.SlaStatus.MET, sla.SlaStatus.MISSED):
        case.outcome_at = watch.stopped_at
    return result


def assess(tx: Session, case: Case, terms: sla.Terms, now: datetime) -> sla.Assessment | None:
    """Where the case's clock stands at `now`, from its log, changing nothing (None: no promise,
    or a calendar gap)."""
    policy = terms.policy(case.kind)
    if policy is None:
        return None
    try:
        return sla.assess(cases.stopwatch(_log(tx, case), case.received_at), policy, terms.calendar, now)
    except CalendarGapError:
        return None


def next_look(status: sla.SlaStatus, warning_at: datetime | None, due_at: datetime | None,
              now: datetime) -> datetime | None:
    """When the SLA tick must next look at a case: at its warning (or deadline) while it runs in
    time; now while a crossed threshold may still wait to be recorded; never while paused or done."""
    if status is sla.SlaStatus.OK:
        return warning_at or due_at
    if status in (sla.SlaStatus.WARNING, sla.SlaStatus.BREACHED):
        return now
    return None


# ---- mail → case ---------------------------------------------------------------------------------

def facts(tx: Session, mail: ParsedMail) -> Facts:
    """What the database knows about a mail, for `routing.decide`: its thread and its sender."""
    registered = queries.registered_cases(tx, thread_refs(mail))
    numbers = [c.number for c in candidates(mail, registered)]
    partner = partner_for(tx, mail.sender, None) if mail.kind == Kind.UNKNOWN else None
    return Facts(registered, queries.existing_numbers(tx, numbers), partner.name if partner else None)


@dataclass(frozen=True)
class Carried:
    """What carrying out a decision did: the case opened or joined, and what a reply changed."""

    case: Case | None = None
    resumed: bool = False  # a reply ended the wait for the partner: the clock runs again
    supplied: tuple[str, ...] = ()  # fields and evidence files a reply newly supplied


def carry_out(tx: Session, decision: Decision, message: Message, mail: ParsedMail, terms: sla.Terms,
              now: datetime, aliases: Aliases | None = None) -> Carried:
    """Do what the decision says for one stored message; `aliases` link short names to the registry.

    The decision and its reason go into the message's audit log (`maild show`)."""
    carried = _carry_out(tx, decision, message, mail, terms, now, aliases or {})
    case = carried.case
    tx.add(Event(at=now, actor="ingest", kind=EventKind.ROUTED, message_pk=message.id,
                 data={"route": decision.route, "case": case.number if case else None, "reason": decision.reason}))
    return carried


def _carry_out(tx: Session, decision: Decision, message: Message, mail: ParsedMail, terms: sla.Terms,
               now: datetime, aliases: Aliases) -> Carried:
    if decision.opens_case:
        return Carried(_open(tx, decision, message, mail, terms, now, aliases))
    if decision.route is Route.RECORD:
        return Carried()
    case = queries.case_by_number(tx, decision.case_number or "")
    if case is None:  # the facts said it exists, in this very transaction
        raise NotFound(f"no case {decision.case_number}")
    if decision.route is Route.THREAD:
        return _attach_reply(tx, case, decision, message, mail, terms, now)
    message.case_pk = case.id  # LINK: for the record; never reopens, pauses or resumes a case
    return Carried(case)


def _open(tx: Session, decision: Decision, message: Message, mail: ParsedMail, terms: sla.Terms,
          now: datetime, aliases: Aliases) -> Case:
    kind, received, fields = decision.kind or CaseKind.TRIAGE, message.received_at, mail.fields
    partner = partner_for(tx, mail.sender, fields.partner, aliases)
    client = _client_for(tx, fields.client, partner, aliases)
    checks = checks_for(mail.kind, fields, mail.attachments, _facts(client), received,
                        _logged(tx, mail.kind, client, fields))
    case = Case(number=_number(tx, kind, received, terms), kind=kind, state=CaseState.NEW,
                partner_pk=partner.id if partner else None, client_pk=client.id if client else None,
                partner_name=partner.name if partner else fields.partner,
                client_name=client.name if client else fields.client, sender=mail.sender,
                fields=fields.to_json(), missing=list(mail.missing), checks=[c.to_json() for c in checks],
                received_at=received, opened_message_pk=message.id, created_at=now, updated_at=now,
                topic=mail.topic if kind is CaseKind.TRIAGE else None)
    tx.add(case)
    tx.flush()
    message.case_pk = case.id
    tx.add(CaseEvent(case_pk=case.id, action=Action.OPEN, from_state=None, to_state=CaseState.NEW,
                     actor=mail.sender or "ingest", at=received, message_pk=message.id,
                     data={"signals": list(mail.kind_signals), "reason": decision.reason,
                           **({"topic": mail.topic, "topic_signal": mail.topic_signal} if mail.topic else {})}))
    _register(tx, mail.message_id, message.id, case.number, now)
    refresh_clock(tx, case, terms, now)
    log.info("%s: case %s opened (%s), due %s", mail.message_id, case.number, kind, case.due_at)
    return case


def open_notice_case(tx: Session, client: Client, topic: str, reason: str, terms: sla.Terms, now: datetime) -> Case:
    """A triage case HQ opens on itself, not from a mail (a client that went quiet): `reason` says why."""
    case = Case(number=_number(tx, CaseKind.TRIAGE, now, terms), kind=CaseKind.TRIAGE, state=CaseState.NEW,
                partner_pk=client.partner_pk, client_pk=client.id, partner_name=client.partner_name,
                client_name=client.name, sender=None, fields={}, missing=[], checks=[], received_at=now,
                opened_message_pk=None, created_at=now, updated_at=now, topic=topic)
    tx.add(case)
    tx.flush()
    tx.add(CaseEvent(case_pk=case.id, action=Action.OPEN, from_state=None, to_state=CaseState.NEW, actor="maild",
                     at=now, detail=reason, data={"reason": reason, "topic": topic}))
    refresh_clock(tx, case, terms, now)
    log.info("case %s opened by maild (%s): %s", case.number, topic, reason)
    return case


def _register(tx: Session, message_id: str | None, message_pk: int, number: str, now: datetime) -> None:
    if not message_id:
        return
    known = tx.get(KnownId, message_id)
    if known is None:
        tx.add(KnownId(message_id=message_id, direction=Direction.IN, message_pk=message_pk,
                       case_number=number, at=now))
    elif known.case_number is None:
        known.case_number = number


def _attach_reply(tx: Session, case: Case, decision: Decision, message: Message, mail: ParsedMail,
                  terms: sla.Terms, now: datetime) -> Carried:
    message.case_pk = case.id
    _register(tx, mail.message_id, message.id, case.number, now)
    action = cases.reply_action(case.state) if case.state is not CaseState.CLOSED else Action.NOTE
    evidence = [a.filename for a in mail.attachments if a.role in (Role.RECORDING, Role.SCREENSHOT)]
    supplied = {k: v for k, v in mail.fields.to_json().items() if v not in (None, [])}
    data = {"message_id": mail.message_id, "attachments": [a.filename for a in mail.attachments],
            "reason": decision.reason,
            # a correction ('推送时间更正为…'): what the case said before and what the reply says now
            "changed": {k: [case.fields.get(k), v] for k, v in supplied.items()
                        if case.kind is not CaseKind.TRIAGE and case.fields.get(k) != v}}
    # the partner's reply counts from our receipt of it, not from when we processed it
    at = max(message.received_at, queries.last_event_at(tx, case) or case.received_at)
    record(tx, case, cases.transition(case.number, case.state, action, mail.sender or "partner", at),
            message.id, data)
    if supplied or evidence:
        _update_request(tx, case, supplied)
    refresh_clock(tx, case, terms, now)
    return Carried(case, resumed=action is Action.PARTNER_REPLIED, supplied=(*supplied, *evidence))


def _update_request(tx: Session, case: Case, supplied: dict) -> None:
    """Take over fields a reply supplies and re-derive missing and checks with all the case's evidence."""
    if case.kind is CaseKind.TRIAGE:
        return
    kind = Kind(case.kind)
    merged = {**case.fields, **supplied}
    fields = Fields(**{k: tuple(v) if isinstance(v, list) else v for k, v in merged.items()})
    attachments = [AttachmentInfo(filename=a.filename, content_type=a.content_type, detected_type=a.detected_type,
                                  size=a.size, sha256=a.sha256, role=a.role, inline=a.inline)
                   for a in queries.case_attachments(tx, case)]
    client = tx.get(Client, case.client_pk) if case.client_pk else None
    case.fields = fields.to_json()
    case.missing = list(missing_for(kind, fields, attachments))
    case.checks = [c.to_json() for c in checks_for(kind, fields, attachments, _facts(client), case.received_at,
                                                   _logged(tx, kind, client, fields))]


def recheck_appeals(tx: Session, client_pks: set[int]) -> list[str]:
    """Derive the checks of these clients' open appeals again (the push log changed); their numbers."""
    done = []
    for case in queries.open_cases(tx):
        if case.kind is CaseKind.APPEAL and case.client_pk in client_pks:
            _update_request(tx, case, {})
            done.append(case.number)
    return done


# ---- actions ------------------------------------------------------------------------------------------

def record(tx: Session, case: Case, event: cases.CaseEvent, message_pk: int | None = None,
            data: dict | None = None) -> None:
    """Append one transition to the log and move the case's state."""
    tx.add(CaseEvent(case_pk=case.id, action=event.action, from_state=event.from_state,
                     to_state=event.to_state, actor=event.actor, at=event.at, detail=event.detail,
                     message_pk=message_pk, data=data))
    case.state, case.updated_at = event.to_state, event.at
    tx.flush()


def act(tx: Session, number: str, action: Action | str, actor: str, terms: sla.Terms, now: datetime,
        detail: str | None = None) -> Case:
    """Do one action to a case (IllegalTransition when its state refuses it, NotFound without it)."""
    case = queries.case_by_number(tx, number)
    if case is None:
        raise NotFound(f"no case {number}")
    event = cases.transition(case.number, case.state, Action(action), actor, now, detail)
    if event.action is Action.REASSIGN:
        case.assignee = detail
    record(tx, case, event)
    refresh_clock(tx, case, terms, now)
    return case


def recompute(tx: Session, terms: sla.Terms, now: datetime) -> list[tuple[str, datetime | None, datetime | None]]:
    """Recompute every open case's clock (after a calendar or policy change): (number, before, after)."""
    changes = []
    for case in queries.open_cases(tx):
        before = case.due_at
        refresh_clock(tx, case, terms, now)
        if before != case.due_at:
            log.info("case %s: due %s → %s", case.number, before, case.due_at)
            changes.append((case.number, before, case.due_at))
    return changes


def checks_of(case: Case) -> list[Check]:
    """The case's stored precondition checks as values."""
    return [Check.from_json(c) for c in case.checks]
