"""Automatic answers to incoming mail: which one (core.replies), whether it may go (core.guard),
and the outbox row, in the transaction that recorded the mail.

    answer(tx, decision, message, mail, carried, settings, terms, now) -> Answered
    bounces(tx, raw, report_pk, domains, now)   a delivery report naming our mail marks it bounced

An acknowledgement that goes out also moves the case: new → acknowledged, and when fields are
missing and `replies.pause_on_missing` is on, on to waiting_partner (the acknowledgement asks
for them; the clock pauses until the partner replies).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Case, Event, EventKind, Message, Purpose
from maild.core import cases, guard, replies, sla, wording
from maild.core.cases import Action, CaseState
from maild.core.checks import Check
from maild.core.routing import Decision
from maild.errors import InvalidRequest, NotFound
from maild.services import casework, outbox
from maild.services.alerts import supervisor_context
from maild.services.casework import Carried
from parsers.records import ParsedMail

log = logging.getLogger(__name__)

__all__ = ["Answered", "Settings", "answer", "bounces", "case_facts", "preview"]

_PURPOSES = {"supplement_received": Purpose.SUPPLEMENT, "status": Purpose.STATUS, "triage_guide": Purpose.TRIAGE}


@dataclass(frozen=True)
class Settings:
    policy: guard.Policy
    outgoing: outbox.Outgoing
    pause_on_missing: bool = True


@dataclass(frozen=True)
class Answered:
    """The automatic answer a mail got (or why none): its template, the guard's verdict, its Message-ID."""

    template: str | None = None
    verdict: guard.Verdict | None = None
    message_id: str | None = None


def case_facts(case: Case) -> replies.CaseFacts:
    """A stored case as the templates see it."""
    return replies.CaseFacts(case.number, case.kind, case.state, case.partner_name, case.client_name,
                             case.received_at, case.due_at, dict(case.fields), list(case.missing),
                             [Check.from_json(c) for c in case.checks])


def answer(tx: Session, decision: Decision, message: Message, mail: ParsedMail, carried: Carried,
           settings: Settings, terms: sla.Terms, now: datetime) -> Answered:
    """Write the automatic answer this mail deserves into the outbox, if the guard lets it go."""
    template = replies.template_for(decision, mail, carried.resumed, bool(carried.supplied))
    if template is None:
        return Answered()
    since = now - timedelta(hours=1)
    history = guard.History(outbox.auto_replies_since(tx, mail.sender, since) if mail.sender else 0)
    verdict = guard.may_auto_reply(mail, decision, history, settings.policy)
    answered = Answered(template, verdict)
    if verdict.allowed or verdict.hold:
        case = carried.case
        if verdict.allowed and template.startswith("ack_") and case is not None:
            _acknowledge(tx, case, settings, terms, max(now, message.received_at))
        answered = Answered(template, verdict, _enqueue(tx, template, message, mail, carried, settings, verdict, now))
    tx.add(Event(at=now, actor="ingest", kind=EventKind.ANSWERED, message_pk=message.id,
                 data={"template": template, "sent": verdict.allowed, "held": verdict.hold,
                       "reason": verdict.reason, "message_id": answered.message_id}))
    return answered


def _acknowledge(tx: Session, case: Case, settings: Settings, terms: sla.Terms, at: datetime) -> None:
    """The acknowledgement goes out: the case is acknowledged, and waits if the partner must supply more."""
    casework.record(tx, case, cases.transition(case.number, case.state, Action.ACKNOWLEDGE, "maild", at))
    if settings.pause_on_missing and case.missing and case.state is CaseState.ACKNOWLEDGED:
        asked = "、".join(wording.field_names(case.missing))
        casework.record(tx, case, cases.transition(case.number, case.state, Action.ASK_PARTNER, "maild", at,
                                                   f"asked in the acknowledgement for: {asked}"))
    casework.refresh_clock(tx, case, terms, at)


def _enqueue(tx: Session, template: str, message: Message, mail: ParsedMail, carried: Carried,
             settings: Settings, verdict: guard.Verdict, now: datetime) -> str:
    out, case = settings.outgoing, carried.case
    if case is not None:
        context = replies.case_context(case_facts(case), out.tz)
    else:  # unrecognised mail answered without a case (replies.reply_to_unknown)
        context = {"case_number": "", "case_tag": "", "partner": mail.sender_name or ""}
    if template == "supplement_received":
        context["supplied"] = wording.field_names(carried.supplied)
    purpose = Purpose.ACK if template.startswith("ack_") else _PURPOSES[template]
    mid = outbox.message_id(tx, purpose, case, message.id, out.domain)
    letter = out.letter(purpose, template, context, (mail.sender,), mid, now, in_reply_to=mail.message_id,
                        references=tuple(mail.references), case=case, trigger_message_pk=message.id,
                        auto_reply=True, hold=verdict.reason if verdict.hold else None)
    outbox.enqueue(tx, letter, now)
    return mid


def bounces(tx: Session, raw: bytes, report_pk: int, domains: Sequence[str], now: datetime) -> list[str]:
    """Our Message-IDs a delivery report names (in its headers or the returned message): bounced."""
    if not domains:
        return []
    pattern = re.compile(rb"<[^<>\s@]{1,200}@(?:" + b"|".join(re.escape(d.encode()) for d in domains) + rb")>", re.I)
    named = sorted({m.decode("ascii", "replace") for m in pattern.findall(raw)})
    return outbox.bounced(tx, named, report_pk, now)


# ---- what a template would send, for `maild preview` -------------------------------------------

_SUPERVISORS = ("escalation", "warning")


def preview(tx: Session, number: str, template: str, values: dict[str, object], settings: Settings,
            supervisors: Sequence[str], now: datetime) -> bytes:
    """The message `template` would send for case `number` now (nothing is written or sent).

    Template-specific values (needs, note, counted, criterion, comment, plan, supplied) default
    to what the case suggests; `values` overrides any of them."""
    case = queries.case_by_number(tx, number)
    if case is None:
        raise NotFound(f"no case {number}")
    if template not in replies.TEMPLATES:
        raise InvalidRequest(f"no template {template!r}; the templates are: {', '.join(replies.TEMPLATES)}")
    out = settings.outgoing
    if template in _SUPERVISORS:
        context: dict[str, object] = supervisor_context(case, out.tz)
        recipients, auto = tuple(supervisors) or ("(no [sla] supervisors configured)",), "auto-generated"
    else:
        context = replies.case_context(case_facts(case), out.tz)
        recipients = (case.sender or "",)
        auto = None if template in replies.BY_A_PERSON else "auto-replied"
        code = case.fields.get("reason_code")
        context.update(needs=context["missing"], note="", supplied=[], counted=True,
                       criterion=wording.criterion(code) if isinstance(code, int) else "", comment="",
                       plan="（续费方案）")
    context.update(values)
    mid = f"<{template}.{case.number}.preview@{out.domain}>"
    letter = out.letter(Purpose.STATUS, template, context, recipients, mid, now, auto_submitted=auto, case=case)
    return letter.raw
