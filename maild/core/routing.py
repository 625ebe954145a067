"""The case decision: what one parsed mail does to the cases, and why.

    decide(mail, facts) -> Decision(route, kind, case_number, reason)

`facts` is what the database knows and the mail cannot tell: which case each of our Message-IDs
belongs to, which case numbers exist, and whether the sender is a registered partner. The rules,
in order (the first that applies wins):

    a request (appeal, adjustment, summary)        OPEN    a new case of its kind
    a reply that finds its case                    THREAD  joins it (may resume its clock)
    automatic mail that finds a case               LINK    linked for the record; moves nothing
    unrecognised mail from a registered partner    TRIAGE  a triage case for HQ
    anything else                                  RECORD  stored only

A reply finds its case by, in order: the case tag in its subject, our threading registry of
Message-IDs (In-Reply-To, then References nearest first), a case tag in a Message-ID it
references, the case token quoted in its body, and a bare case number in its subject or its
own words ("查询 SS-2026-000123 的进度"). Unrecognised mail that names an existing case that
way joins it too (a partner asking about a case outside its thread). Pure: no database, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from maild.core.cases import REQUESTS, CaseKind
from parsers.classify import CASE_TAG, case_tag
from parsers.records import PREFIX_ALTERNATION, Kind, ParsedMail
from parsers.text import normalize

_NUMBER = re.compile(rf"(?<![A-Z0-9])({PREFIX_ALTERNATION})-(\d{{4}})-(\d{{6}})(?!\d)")

__all__ = ["Decision", "Facts", "Route", "ThreadMatch", "candidates", "decide", "thread_refs"]


class Route(StrEnum):
    OPEN = "open"
    THREAD = "thread"
    LINK = "link"
    TRIAGE = "triage"
    RECORD = "record"


@dataclass(frozen=True, slots=True)
class ThreadMatch:
    """A case number a mail points at, and how it was found."""

    number: str
    via: str  # "subject tag", "threading registry", "case tag in References", "case token in the body"


@dataclass(frozen=True, slots=True)
class Facts:
    """What the database knows about one mail's surroundings."""

    registered: Mapping[str, str] = field(default_factory=dict)  # our Message-IDs → their case
    existing: frozenset[str] = frozenset()  # which of the candidate case numbers exist
    partner: str | None = None  # the registered partner the sender's address belongs to


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one mail: the route, the kind of case it opens or the case it joins, and why."""

    route: Route
    reason: str
    kind: CaseKind | None = None  # OPEN, TRIAGE: the kind of the new case
    case_number: str | None = None  # THREAD, LINK: the case it joins
    via: str | None = None  # THREAD, LINK: how that case was found

    @property
    def opens_case(self) -> bool:
        return self.route in (Route.OPEN, Route.TRIAGE)


def thread_refs(mail: ParsedMail) -> tuple[str, ...]:
    """The Message-IDs to look up in the threading registry: In-Reply-To, then References nearest first."""
    refs = [r for r in (mail.in_reply_to, *reversed(mail.references)) if r]
    return tuple(dict.fromkeys(refs))


def candidates(mail: ParsedMail, registered: Mapping[str, str]) -> list[ThreadMatch]:
    """Every case number the mail points at, in the order they are trusted (see the module doc)."""
    found = [ThreadMatch(mail.case_ref, "subject tag")] if mail.case_ref else []
    refs = thread_refs(mail)
    found += [ThreadMatch(registered[r], "threading registry") for r in refs if r in registered]
    found += [ThreadMatch(n, "case tag in References") for r in refs if (n := case_tag(r))]
    token = CASE_TAG.search(normalize(mail.body_text))
    if token and (number := case_tag(token.group(0))):
        found.append(ThreadMatch(number, "case token in the body"))
    own_words = normalize(f"{mail.subject or ''}\n{mail.new_text or ''}")
    found += [ThreadMatch(f"{m[0]}-{m[1]}-{m[2]}", "case number in the text") for m in _NUMBER.findall(own_words.upper())]
    return found


def _thread(mail: ParsedMail, facts: Facts) -> ThreadMatch | None:
    return next((c for c in candidates(mail, facts.registered) if c.number in facts.existing), None)


def decide(mail: ParsedMail, facts: Facts) -> Decision:
    """Decide what one parsed mail does: open, thread, link, triage or only record it; and why."""
    if mail.kind in REQUESTS:
        kind = REQUESTS[mail.kind]
        signals = ", ".join(mail.kind_signals) or "none"
        return Decision(Route.OPEN, f"{kind} request (signals: {signals})", kind=kind)
    if mail.kind in (Kind.REPLY, Kind.AUTO):
        thread = _thread(mail, facts)
        if thread is None:
            what = "a reply" if mail.kind == Kind.REPLY else "automatic mail"
            return Decision(Route.RECORD, f"{what} that matches no case (subject tag, references, "
                                          f"body token): recorded only")
        if mail.kind == Kind.REPLY:
            return Decision(Route.THREAD, f"reply to {thread.number}, found by {thread.via}",
                            case_number=thread.number, via=thread.via)
        return Decision(Route.LINK, f"automatic mail in the thread of {thread.number} (found by "
                                    f"{thread.via}): linked, moves nothing",
                        case_number=thread.number, via=thread.via)
    thread = _thread(mail, facts) if mail.kind == Kind.UNKNOWN else None
    if thread is not None:
        return Decision(Route.THREAD, f"unrecognised mail naming {thread.number} ({thread.via}): joins it",
                        case_number=thread.number, via=thread.via)
    if facts.partner is not None:
        return Decision(Route.TRIAGE, f"unrecognised mail from registered partner {facts.partner}: "
                                      f"a triage case for HQ", kind=CaseKind.TRIAGE)
    return Decision(Route.RECORD, "unrecognised mail from a sender outside the partner registry: recorded only")
