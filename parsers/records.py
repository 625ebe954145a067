"""Typed values that leave `parsers/`: ParsedMail and its parts.

`ParsedMail.to_json()` is the DOMAIN.md §7 contract; nothing else in the
project builds that dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    APPEAL = "appeal"
    ADJUSTMENT = "adjustment"
    SUMMARY = "summary"
    REPLY = "reply"
    AUTO = "auto"
    UNKNOWN = "unknown"


class Role(StrEnum):
    RECORDING = "recording"
    SCREENSHOT = "screenshot"
    FORM = "form"
    OTHER = "other"


FIELD_NAMES = (
    "partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code",
    "lead_count", "quota", "pushed_count", "service_start", "service_end",
)


@dataclass(frozen=True, slots=True)
class Fields:
    """The case fields of DOMAIN.md §7. Times are ISO-8601 strings with offset."""

    partner: str | None = None
    client: str | None = None
    lead_ids: tuple[str, ...] = ()
    pushed_at: str | None = None
    objected_at: str | None = None
    reason_code: int | None = None
    lead_count: int | None = None
    quota: int | None = None
    pushed_count: int | None = None
    service_start: str | None = None
    service_end: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in FIELD_NAMES}
        out["lead_ids"] = list(self.lead_ids)
        return out


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one field value came from, for `maild parse --explain` and the case view."""

    field: str
    value: str
    source: str  # e.g. "body line 4", "html table row 2", "attachment 申诉书.docx table 1 row 3"
    rule: str  # the rule or label that matched, e.g. "label:推送时间"


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One attachment: decoded name, declared and sniffed types, digest, role.

    `data` is the decoded payload; it never goes into JSON or the database.
    """

    filename: str
    content_type: str  # declared, lower case
    detected_type: str | None  # sniffed from the bytes
    size: int
    sha256: str
    role: Role
    inline: bool = False
    content_id: str | None = None
    duration_s: float | None = None
    width: int | None = None
    height: int | None = None
    data: bytes = field(default=b"", repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "role": str(self.role),
            "detected_type": self.detected_type,
            "inline": self.inline,
        }
        if self.duration_s is not None:
            out["duration_s"] = round(self.duration_s, 3)
        if self.width is not None:
            out["width"], out["height"] = self.width, self.height
        return out


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """Everything `parsers.parse` learns from one raw message."""

    message_id: str | None
    sender: str | None
    sender_name: str | None
    subject: str | None
    date: str | None  # ISO-8601 of the Date header, None when absent or unreadable
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_headers: tuple[tuple[str, str], ...] = ()  # Auto-Submitted, Precedence, X-Autoreply, ...
    control_headers: tuple[tuple[str, str], ...] = ()  # X-Maild-* seen from outside (ignored)
    body_text: str = ""
    new_text: str = ""  # body_text without quoted earlier mail
    attachments: tuple[AttachmentInfo, ...] = ()
    forwarded: tuple[ParsedMail, ...] = ()  # attached message/rfc822 parts
    kind: Kind = Kind.UNKNOWN
    kind_signals: tuple[str, ...] = ()  # why the kind was chosen
    case_ref: str | None = None
    fields: Fields = field(default_factory=Fields)
    missing: tuple[str, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    warnings: tuple[str, ...] = ()  # decode problems and defects, shown to reviewers
    forensics: dict[str, Any] | None = None  # Received chain and defect categories (forensics.py)

    def to_json(self) -> dict[str, Any]:
        """The DOMAIN.md §7 object (plus a few documented extra keys)."""
        return {
            "kind": str(self.kind),
            "message_id": self.message_id,
            "sender": self.sender,
            "subject": self.subject,
            "case_ref": self.case_ref,
            "fields": self.fields.to_json(),
            "missing": list(self.missing),
            "attachments": [a.to_json() for a in self.attachments],
            "date": self.date,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "signals": list(self.kind_signals),
            "warnings": list(self.warnings),
            "provenance": [{"field": p.field, "value": p.value, "source": p.source, "rule": p.rule}
                           for p in self.provenance],
            "forensics": self.forensics,
        }
