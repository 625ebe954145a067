"""Typed values that leave `parsers/`: ParsedMail and its parts, and the vocabulary that
the parser and maild share (case-number prefixes, the five reasons, the records' time zone).

`ParsedMail.to_json()` is the DOMAIN.md §7 contract; nothing else in the
project builds that dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

# Every time in a record is Asia/Shanghai wall time with its offset (DOMAIN.md §7).
SHANGHAI = ZoneInfo("Asia/Shanghai")

# Case-number prefix by case kind (SS-2026-000123). maild issues the numbers; the parser
# recognises them in subjects and bodies. Unrecognised mail from a partner is a triage case.
CASE_PREFIXES: dict[str, str] = {"appeal": "SS", "adjustment": "TZ", "summary": "HZ", "triage": "TR"}
PREFIX_ALTERNATION = "|".join(CASE_PREFIXES.values())  # "SS|TZ|HZ|TR", for patterns

# Lead ids as partners' back offices write them, for patterns (leads.py reads them, classify.py counts them):
# the letters and first number of a dashed id (SJ20260603-, XP-2605-, SQ27-0104-, LK116-0223-) …
LEAD_HEAD = r"[A-Z]{1,4}(?:\d{1,3}-|-?)\d{4,8}"
# … and every shape of a whole id: dashed, compact (MHK0827011), with slashes, dots or underscores
# (HM/2612/0107), BG-116082301, FC27-08301, HR-A3301
LEAD_SHAPES = (rf"{LEAD_HEAD}(?:-[A-Z]?\d{{2,6}})+|[A-Z]{{2,4}}\d{{7,14}}|[A-Z]{{1,4}}(?P<sep>[/._])\d{{4,8}}(?:(?P=sep)\d{{2,6}})+"
               r"|[A-Z]{1,4}-\d{8,12}|[A-Z]{1,4}\d{2}-\d{4,6}|[A-Z]{1,4}-[A-Z]\d{4,6}")


@dataclass(frozen=True, slots=True)
class Limits:
    """How far the parser goes into one mail; past a limit it stops there and says so in a warning.

    The raw bytes are always kept whole; a limit only bounds the work and the memory."""

    max_parts: int = 400  # MIME parts read
    max_depth: int = 8  # nesting of multiparts and forwarded messages
    max_form_bytes: int = 20 * 1024 * 1024  # larger attached forms are not opened
    max_media_bytes: int = 64 * 1024 * 1024  # larger recordings and images are not inspected (duration, size)
    max_text_chars: int = 2_000_000  # body text kept for understanding
    form_seconds: float = 10.0  # time for reading one attached form


@dataclass(frozen=True, slots=True)
class Reason:
    """One of the five reasons a lead may be ruled not counted (商机判定标准, DOMAIN.md §3)."""

    code: int
    name: str
    wording: str  # the process document's words, quoted in verdicts
    words: tuple[str, ...]  # what partners write for it: the criterion's words, then habits
    cues: tuple[str, ...]  # the few of them that mark prose as an appeal's reasoning (classify)


REASONS: dict[int, Reason] = {r.code: r for r in (
    Reason(1, "peer_harassment", "需求者属于同行恶意骚扰或不良询价",
           ("同行", "恶意", "骚扰", "不良询价", "竞争对手", "同业", "套价", "探价", "恶意询价", "竞品",
            "competitor", "harass", "malicious", "fishing for", "price fishing", "spam inquir"),
           ("同行", "恶意", "骚扰", "不良询价")),
    Reason(2, "wechat_unreachable", "需求者留微信，微信如何都加不上",
           ("微信加不上", "加不上", "加不了微信", "微信搜不到", "搜不到微信", "微信无法添加", "添加微信失败",
            "微信号不存在", "加微信", "微信", "搜寻不到", "搜不到", "wechat", "cannot add", "can't add", "could not add"),
           ("加不上", "微信")),
    Reason(3, "wrong_contact", "需求者留错电话/个人或其他不对口企业",
           ("留错电话", "电话错误", "空号", "号码错误", "打不通", "错号", "停机", "不对口", "个人需求", "是个人",
            "个人用户", "留错", "电话不对", "非企业", "wrong number", "invalid number", "not in service",
            "disconnected", "an individual", "private person", "unrelated company", "wrong contact",
            "cannot be reached", "can't be reached", "number is wrong", "left is wrong", "电话系错", "电话是错的"),
           ("留错", "空号", "不对口")),
    Reason(4, "industry_mismatch", "所需产品不符合客户行业",
           ("行业不符", "不符合客户行业", "行业不一致", "不是一个行业", "跨行业", "行业不对", "不属于客户行业",
            "行业不同", "outside the client's industry", "different industry", "industry mismatch",
            "wrong industry", "not the client's industry", "another industry", "industry does not match", "行业不沾边", "不沾边", "不搭界", "八竿子打不着",
            "打不着", "行当", "不是同一个行业", "不同行业", "不在一个行业", "隔行", "不挨着", "行业完全两样", "行业两样",
            "行业不一样", "行业完全不一样", "行业完全不同"),
           ("行业不符", "不是一个行业")),
    Reason(5, "product_mismatch", "所需产品与客户经营产品不一致",
           ("产品不一致", "产品不符", "经营产品不一致", "不是客户的产品", "产品不对", "客户不做这个产品",
            "产品与客户经营", "所需产品与客户", "product mismatch", "does not make",
            "doesn't make", "different product", "wrong product", "not a product", "经营的不一致",
            "not the product", "does not sell", "doesn't sell", "not what the client makes",
            "not what our client makes", "产品对不上", "对不上", "产品唔一致", "唔一致", "does not match",
            "doesn't match"),
           ("产品不一致",)),
)}


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
    auth_results: tuple[str, ...] = ()  # every Authentication-Results header, topmost first
    body_text: str = ""
    new_text: str = ""  # body_text without quoted earlier mail
    attachments: tuple[AttachmentInfo, ...] = ()
    forwarded: tuple[ParsedMail, ...] = ()  # attached message/rfc822 parts
    kind: Kind = Kind.UNKNOWN
    kind_signals: tuple[str, ...] = ()  # why the kind was chosen
    case_ref: str | None = None
    topic: str | None = None  # unknown mail only: question, onboarding, invoice, meeting, … (topics.py)
    topic_signal: str | None = None  # the cue that decided the topic
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
            "topic": self.topic,
            "topic_signal": self.topic_signal,
            "warnings": list(self.warnings),
            "provenance": [{"field": p.field, "value": p.value, "source": p.source, "rule": p.rule}
                           for p in self.provenance],
            "forensics": self.forensics,
        }
