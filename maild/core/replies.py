"""Outgoing mail: which template answers a mail, what it is told, and the message it becomes.

    template_for(decision, mail, resumed, supplied) -> template name | None
    case_context(case, tz) -> the variables every case template gets
    render(name, env, **context) -> Rendered(subject, body)
    compose(rendered, envelope, now, tz) -> bytes     RFC 5322, UTF-8 body, threading headers

`templates/` at the top of the repository is installed as the package data
`maild.templates` (see pyproject.toml); `template_loader()` is the one place that knows
it, and an operator's `replies.templates_dir` comes first. Rendering is strict: a missing
value is an error, never a blank. Partner text is only ever a value, never template
source, and no value can break a header: CR, LF and other controls become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from maild.core import wording
from maild.core.checks import Check
from maild.core.routing import Decision, Route
from parsers.records import FIELD_NAMES, Kind, ParsedMail

__all__ = [
    "BY_A_PERSON", "TEMPLATES", "CaseFacts", "Envelope", "Rendered", "case_context", "compose", "environment",
    "is_status_question", "render", "template_for", "template_loader",
]

# Every template maild sends, and what it is for (`maild preview CASE NAME` shows one).
TEMPLATES = {
    "ack_appeal": "acknowledgement of an appeal: what was understood, what is missing, the due time, the checks",
    "ack_adjustment": "acknowledgement of adjustment feedback",
    "ack_summary": "acknowledgement of summary feedback",
    "request_info": "HQ asks the partner for information (the clock pauses)",
    "supplement_received": "the partner's reply was taken into the case (the clock runs again)",
    "verdict": "the appeal's verdict: counted or not counted, with the criterion",
    "adjustment_confirmed": "HQ confirms what it adjusted",
    "renewal_plan": "HQ's answer to a summary: the renewal plan",
    "triage_guide": "unrecognised mail: the three kinds of request and the fields each needs",
    "status": "where the case stands, for a partner who asked",
    "escalation": "to the supervisors: a case breached its deadline",
    "warning": "to the supervisors: a case is close to its deadline",
}

# The ones a person decides to send (a reviewer's ruling, question or answer): not automatic mail.
BY_A_PERSON = frozenset({"request_info", "verdict", "adjustment_confirmed", "renewal_plan"})

# A partner asking where the case stands (in its own new text, not in what it quotes).
_STATUS = re.compile(r"进度|进展|查询|查一下|什么时候.{0,8}(结果|回复|处理|答复)|何时.{0,6}(结果|回复|处理)|"
                     r"有结果了?吗|结果出来了?吗|处理得?怎么样|怎么还没|还没有?(收到)?.{0,4}(结果|回复)|"
                     r"多久.{0,4}(结果|处理)|\bstatus\b|\bprogress\b|any update", re.I)
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def template_loader(templates_dir: Path | None = None) -> ChoiceLoader:
    """The operator's folder first (a file there replaces the built-in one of that name), then the
    installed package data (maild/templates in a wheel), or the checkout's templates/ from source."""
    package = Path(__file__).resolve().parent.parent  # maild/
    installed, checkout = package / "templates", package.parent / "templates"
    loaders = [FileSystemLoader(str(templates_dir))] if templates_dir else []
    loaders.append(FileSystemLoader(str(installed if installed.is_dir() else checkout)))
    return ChoiceLoader(loaders)


def environment(templates_dir: Path | None = None) -> Environment:
    return Environment(loader=template_loader(templates_dir), undefined=StrictUndefined, autoescape=False,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def _inert(text: str) -> str:
    """One header-safe line: controls (CR, LF, ESC, …) become single spaces."""
    return " ".join(_CONTROLS.sub(" ", text).split())


def render(name: str, env: Environment | None = None, **context: Any) -> Rendered:
    """Subject and body of template `name` (without .j2); CR/LF can never reach the subject."""
    template = (env or environment()).get_template(f"{name}.j2")
    ctx = template.new_context(context)
    for _ in template.root_render_func(ctx):  # runs `extends`: the parents' blocks join ctx.blocks
        pass
    subject = "".join(ctx.blocks["subject"][0](ctx))
    body = "".join(ctx.blocks["body"][0](ctx))
    return Rendered(_inert(subject), re.sub(r"\n{3,}", "\n\n", body.strip()) + "\n")


# ---- what a template is told ---------------------------------------------------------------

@dataclass(frozen=True)
class CaseFacts:
    """A case as the templates see it."""

    number: str
    kind: str
    state: str
    partner: str | None
    client: str | None
    received_at: datetime
    due_at: datetime | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    missing: Sequence[str] = ()
    checks: Sequence[Check] = ()


def _value(name: str, value: Any, tz: tzinfo) -> str:
    if name == "reason_code":
        return wording.criterion(value) or str(value)
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if name in ("pushed_at", "objected_at") and isinstance(value, str):
        try:
            return wording.local_time(datetime.fromisoformat(value), tz)
        except ValueError:
            return value
    return str(value)


def case_context(case: CaseFacts, tz: tzinfo) -> dict[str, Any]:
    """The variables every case template gets (all plain strings and lists of strings)."""
    understood = [f"{wording.FIELDS.get(n, n)}：{_value(n, case.fields[n], tz)}" for n in FIELD_NAMES
                  if case.fields.get(n) not in (None, [], ())]
    return {
        "case_number": case.number, "case_tag": f"[DOR#{case.number}]", "kind": case.kind,
        "kind_name": wording.KINDS.get(case.kind, case.kind), "state": case.state,
        "state_name": wording.STATES.get(case.state, case.state),
        "partner": case.partner or "", "client": case.client or "",
        "received_at": wording.local_time(case.received_at, tz), "due_at": wording.local_time(case.due_at, tz),
        "paused": case.state == "waiting_partner", "understood": understood,
        "missing": wording.field_names(case.missing), "checks": wording.check_lines(case.checks),
    }


def is_status_question(mail: ParsedMail) -> bool:
    """Whether the partner's own new words ask where the case stands."""
    return bool(_STATUS.search(mail.new_text or "") or _STATUS.search(re.sub(r"\[DOR#[^\]]*\]", "", mail.subject or "")))


def template_for(decision: Decision, mail: ParsedMail, resumed: bool = False, supplied: bool = False) -> str | None:
    """Which automatic answer a mail gets, if any (the guard decides whether it may go out)."""
    if decision.route is Route.OPEN and decision.kind is not None:
        return f"ack_{decision.kind}"
    if decision.route is Route.TRIAGE or (decision.route is Route.RECORD and mail.kind == Kind.UNKNOWN):
        return "triage_guide"
    if decision.route is Route.THREAD:
        if resumed or supplied:
            return "supplement_received"
        return "status" if is_status_question(mail) else None
    return None


# ---- the message ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Envelope:
    """Who a mail goes to and where it sits in a thread."""

    from_: str
    to: tuple[str, ...]
    message_id: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str | None = "auto-replied"  # None for mail a person decided to send


def compose(rendered: Rendered, envelope: Envelope, now: datetime, tz: tzinfo) -> bytes:
    """The message as it goes on the wire: RFC 2047 headers, a base64 UTF-8 body, CRLF lines."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _inert(envelope.from_)
    msg["To"] = ", ".join(_inert(a) for a in envelope.to)
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(now.astimezone(tz))
    msg["Message-ID"] = _inert(envelope.message_id)
    if envelope.in_reply_to:
        msg["In-Reply-To"] = _inert(envelope.in_reply_to)
    refs = [r for r in envelope.references if r][-19:]
    if envelope.in_reply_to and envelope.in_reply_to not in refs:
        refs.append(envelope.in_reply_to)
    if refs:
        msg["References"] = " ".join(_inert(r) for r in refs)
    if envelope.auto_submitted:
        msg["Auto-Submitted"] = envelope.auto_submitted
        msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(rendered.body, charset="utf-8", cte="base64")
    return msg.as_bytes()
