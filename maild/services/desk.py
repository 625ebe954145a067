"""The review desk: what a reviewer does to a case, and the mail each action implies.

    plan(tx, request, settings, now) -> Plan      what will happen: the transition and the mail, rendered
    carry(tx, request, settings, terms, now)      do it: the event (with the reviewer), the outbox row, the clock

An action is planned (and shown) in one transaction and carried out in another, planned again
there: if the case moved in between, the second plan refuses, so a confirmation prompt never
holds a lock and never acts on a stale view.

    rule      appeals      decide, verdict mail (计入 / 不计入 and the criterion's wording)
    confirm   adjustments  decide, adjustment_confirmed mail
    answer    summaries    decide, renewal_plan mail
    ask       any open     ask_partner (the clock pauses), request_info mail
    assign · reopen · close · note                       no mail
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from maild.adapters.db import queries
from maild.adapters.db.models import Case, Message, Purpose
from maild.core import cases, sla, wording
from maild.core.cases import Action, CaseKind
from maild.core.checks import CRITERIA
from maild.core.replies import case_context
from maild.errors import IllegalTransition, InvalidRequest, NotFound
from maild.services import casework, outbox
from maild.services.answers import Settings, case_facts
from maild.services.outbox import Letter

__all__ = ["ASKABLE", "Plan", "Request", "carry", "plan"]

# What a reviewer can ask a partner for: the fields of DOMAIN.md §7 and the evidence.
ASKABLE = tuple(wording.FIELDS)

# verb → (the case kind it is for, or None for any; the transition; the template; the purpose)
_VERBS: dict[str, tuple[CaseKind | None, Action, str | None, Purpose | None]] = {
    "rule": (CaseKind.APPEAL, Action.DECIDE, "verdict", Purpose.VERDICT),
    "confirm": (CaseKind.ADJUSTMENT, Action.DECIDE, "adjustment_confirmed", Purpose.ADJUSTMENT_CONFIRMED),
    "answer": (CaseKind.SUMMARY, Action.DECIDE, "renewal_plan", Purpose.RENEWAL_PLAN),
    "ask": (None, Action.ASK_PARTNER, "request_info", Purpose.REQUEST_INFO),
    "assign": (None, Action.REASSIGN, None, None),
    "reopen": (None, Action.REOPEN, None, None),
    "close": (None, Action.CLOSE, None, None),
    "note": (None, Action.NOTE, None, None),
}
_INSTEAD = {CaseKind.APPEAL: "rule", CaseKind.ADJUSTMENT: "confirm", CaseKind.SUMMARY: "answer"}
_DONE = {"rule": "ruled", "confirm": "confirmed", "answer": "answered"}


@dataclass(frozen=True)
class Request:
    """One reviewer action, as the command line gives it."""

    verb: str
    number: str
    actor: str
    counted: bool | None = None  # rule
    criterion: int | None = None  # rule: 1..5
    comment: str = ""  # rule
    note: str = ""  # confirm, ask, note, reopen (the reason), close
    plan_text: str = ""  # answer
    needs: tuple[str, ...] = ()  # ask
    assignee: str = ""  # assign


@dataclass(frozen=True)
class Plan:
    """What an action will do: the event's words and data, and the mail (None for internal ones)."""

    number: str
    action: Action
    detail: str | None
    data: dict = field(default_factory=dict)
    letter: Letter | None = None
    unchanged: str | None = None  # set when repeating the action would change nothing


def _check(request: Request, case: Case) -> None:
    kind, action, _, _ = _VERBS[request.verb]
    if kind is not None and case.kind != kind:
        instead = _INSTEAD.get(case.kind)
        hint = f"; use `maild case {instead}`" if instead else ""
        raise IllegalTransition(f"cannot {request.verb} {case.number}: it is {wording.KINDS.get(case.kind, case.kind)}"
                                f" ({case.kind}), and only {kind} cases are {_DONE[request.verb]}{hint}")
    try:
        cases.transition(case.number, case.state, action, request.actor or "?", case.updated_at)
    except IllegalTransition as exc:  # say it in the reviewer's verb: "cannot rule …", not "cannot decide …"
        raise IllegalTransition(str(exc).replace(f"cannot {action}", f"cannot {request.verb}", 1)) from None
    if not request.actor.strip():
        raise InvalidRequest(f"{request.verb} {case.number}: every action needs a reviewer (--as or MAILD_USER)")
    if request.verb == "rule":
        if request.counted is None:
            raise InvalidRequest(f"rule {case.number}: say --counted or --not-counted")
        if not request.counted and request.criterion not in CRITERIA:
            raise InvalidRequest(f"rule {case.number}: --not-counted needs --criterion 1..5 (the 商机判定标准 it meets)")
        if request.criterion is not None and request.criterion not in CRITERIA:
            raise InvalidRequest(f"rule {case.number}: --criterion must be 1..5, got {request.criterion}")
    if request.verb == "ask":
        unknown = [n for n in request.needs if n not in ASKABLE]
        if not request.needs or unknown:
            raise InvalidRequest(f"ask {case.number}: --need takes {', '.join(ASKABLE)}"
                                 + (f" (not {', '.join(unknown)})" if unknown else ""))
    if request.verb == "answer" and not request.plan_text.strip():
        raise InvalidRequest(f"answer {case.number}: the renewal plan is empty")
    if request.verb == "confirm" and not request.note.strip():
        raise InvalidRequest(f"confirm {case.number}: --note says what was changed")
    if request.verb == "assign" and not request.assignee.strip():
        raise InvalidRequest(f"assign {case.number}: give the reviewer's name")


def _detail_and_data(request: Request) -> tuple[str | None, dict]:
    verb = request.verb
    if verb == "rule":
        words = "counted (计入)" if request.counted else "not counted (不计入)"
        criterion = f", criterion {request.criterion}" if request.criterion else ""
        return (f"{words}{criterion}" + (f": {request.comment}" if request.comment else ""),
                {"verdict": "counted" if request.counted else "not_counted", "criterion": request.criterion,
                 "comment": request.comment or None})
    if verb == "ask":
        return f"asked for {', '.join(request.needs)}" + (f": {request.note}" if request.note else ""), {
            "needs": list(request.needs)}
    if verb == "assign":
        return request.assignee.strip(), {}
    if verb == "answer":
        return "renewal plan sent", {"plan": request.plan_text}
    return request.note or None, {}


def _context(request: Request, case: Case, settings: Settings) -> dict:
    context = case_context(case_facts(case), settings.outgoing.tz)
    context.update(counted=bool(request.counted), criterion=wording.criterion(request.criterion),
                   comment=request.comment, note=request.note, plan=request.plan_text,
                   needs=wording.field_names(request.needs))
    return context


def _load(tx: Session, number: str) -> Case:
    case = queries.case_by_number(tx, number)
    if case is None:
        raise NotFound(f"no case {number}")
    return case


def plan(tx: Session, request: Request, settings: Settings, now: datetime) -> Plan:
    """What the action would do to the case now (IllegalTransition / InvalidRequest when it may not)."""
    case = _load(tx, request.number)
    if request.verb == "assign" and (case.assignee or "") == request.assignee.strip():
        return Plan(case.number, Action.REASSIGN, request.assignee, unchanged=f"already assigned to {case.assignee}")
    _check(request, case)
    _, action, template, purpose = _VERBS[request.verb]
    detail, data = _detail_and_data(request)
    letter = None
    if template is not None and purpose is not None:
        out = settings.outgoing
        mid = outbox.message_id(tx, purpose, case, None, out.domain)
        opened = tx.get(Message, case.opened_message_pk) if case.opened_message_pk else None
        thread_to = opened.message_id if opened is not None else None
        letter = out.letter(purpose, template, _context(request, case, settings), (case.sender or "",), mid, now,
                            in_reply_to=thread_to, references=(thread_to,) if thread_to else (),
                            auto_submitted=None, case=case)
    return Plan(case.number, action, detail, data, letter)


def carry(tx: Session, request: Request, settings: Settings, terms: sla.Terms, now: datetime) -> tuple[Case, Plan]:
    """Do the action: plan it again against the case as it is now, then record and enqueue."""
    the_plan = plan(tx, request, settings, now)
    case = _load(tx, request.number)
    if the_plan.unchanged:
        return case, the_plan
    event = cases.transition(case.number, case.state, the_plan.action, request.actor, now, the_plan.detail)
    if the_plan.action is Action.REASSIGN:
        case.assignee = request.assignee.strip()
    casework.record(tx, case, event, data=the_plan.data or None)
    if the_plan.letter is not None:
        outbox.enqueue(tx, the_plan.letter, now)
    casework.refresh_clock(tx, case, terms, now)
    return case, the_plan
