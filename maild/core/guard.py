"""May maild answer this mail automatically, and why (never a loop, no backscatter).

    may_auto_reply(mail, decision, history, policy) -> Verdict(allowed, reason, hold)

The rules, in order; the first that applies decides:

    no sender address                                     no
    automatic mail (RFC 3834: Auto-Submitted, DSN, …)     no
    from our own address or domains                       no
    mailing-list mail (List-Id, List-Unsubscribe,
      Precedence: list/bulk/junk)                         no
    DMARC or SPF failed at our receiving server           no   (a spoofed sender must not get mail)
    unrecognised mail from outside the partner registry   no   unless reply_to_unknown
    the sender's hourly cap of automatic replies reached  held for HQ, not dropped
    otherwise                                             yes

Pure: the history (how many automatic replies this address got in the last hour) is a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from maild.core.routing import Decision, Route
from parsers.records import Kind, ParsedMail

__all__ = ["History", "Policy", "Verdict", "authentication_failures", "may_auto_reply"]

_LIST_PRECEDENCE = ("list", "bulk", "junk")
_RESULT = re.compile(r"(?<![\w.-])(spf|dmarc)\s*=\s*([a-z]+)", re.I)


@dataclass(frozen=True, slots=True)
class Policy:
    own_addresses: tuple[str, ...]
    own_domains: tuple[str, ...]
    hourly_cap: int = 5
    reply_to_unknown: bool = False
    authserv_ids: tuple[str, ...] = ()  # trusted Authentication-Results; () = only the topmost one


@dataclass(frozen=True, slots=True)
class History:
    """What maild already sent this sender."""

    automatic_last_hour: int = 0


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: str
    hold: bool = False  # write the reply, but keep it for HQ to release (`maild outbox retry`)


def _header(mail: ParsedMail, name: str) -> str | None:
    return next((v for k, v in mail.auto_headers if k == name), None)


def _authserv_id(header: str) -> str:
    """The first word of an Authentication-Results header: the server that wrote it."""
    head = header.split(";", 1)[0].split()
    return head[0].lower() if head else ""


def authentication_failures(mail: ParsedMail, trusted: tuple[str, ...] = ()) -> list[str]:
    """"spf=fail", "dmarc=fail" from the Authentication-Results our own server added.

    Headers from outside cannot be told from ours except by position: with no `trusted`
    authserv-ids only the topmost header counts (RFC 8601 §5: the receiving server adds it
    above everything that came with the message)."""
    if trusted:
        wanted = {t.lower() for t in trusted}
        headers = [h for h in mail.auth_results if _authserv_id(h) in wanted]
    else:
        headers = list(mail.auth_results[:1])
    return [f"{m[0].lower()}={m[1].lower()}" for h in headers for m in _RESULT.findall(h)
            if m[1].lower() in ("fail", "permerror")]


def _is_own(sender: str, policy: Policy) -> bool:
    address = sender.strip().lower()
    domain = address.rpartition("@")[2]
    return address in {a.lower() for a in policy.own_addresses} or domain in {d.lower() for d in policy.own_domains}


def may_auto_reply(mail: ParsedMail, decision: Decision, history: History, policy: Policy) -> Verdict:
    """Whether an automatic answer to this mail may go out, held, or not at all; with the reason."""
    if not mail.sender or "@" not in mail.sender:
        return Verdict(False, "no sender address to answer")
    if mail.kind == Kind.AUTO:
        return Verdict(False, f"automatic mail is never answered (RFC 3834): {', '.join(mail.kind_signals)}")
    if _is_own(mail.sender, policy):
        return Verdict(False, f"{mail.sender} is our own address or domain")
    precedence = (_header(mail, "precedence") or "").strip().lower()
    if _header(mail, "list-id") or _header(mail, "list-unsubscribe") or precedence in _LIST_PRECEDENCE:
        return Verdict(False, "mailing-list mail is never answered")
    failed = authentication_failures(mail, policy.authserv_ids)
    if failed:
        return Verdict(False, f"the sender may be forged ({', '.join(failed)} at our server): no reply")
    if decision.route is Route.RECORD and not policy.reply_to_unknown:
        return Verdict(False, "unrecognised mail from outside the partner registry: no reply "
                              "(replies.reply_to_unknown is off)")
    if history.automatic_last_hour >= policy.hourly_cap:
        return Verdict(False, f"{mail.sender} got {history.automatic_last_hour} automatic replies in the last "
                              f"hour (cap {policy.hourly_cap}): held for HQ", hold=True)
    return Verdict(True, "may be answered")
