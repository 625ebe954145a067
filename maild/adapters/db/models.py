"""Database tables (SQLAlchemy 2.0 typed models), in the words of the spec.

Message rows are keyed by the sha256 of their raw bytes (unique): the hard
idempotency key. Events are append-only: the audit log. Columns are typed at
the boundary (columns.py): aware UTC times, StrEnum states, JSON values.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column, relationship

from maild.adapters.db.columns import EnumText, JSONText, UTCDateTime
from maild.core.cases import Action, CaseKind, CaseState
from maild.core.sla import SlaStatus, Threshold
from maild.rawmail import Location
from parsers.records import Kind, Role

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MessageStatus(StrEnum):
    RECEIVED = "received"  # raw bytes kept, not yet understood
    PARSED = "parsed"  # record stored
    QUARANTINED = "quarantined"  # processing failed; error and attempts recorded


class EventKind(StrEnum):
    """What an audit event records."""

    RECEIVED = "received"
    SEEN_AGAIN = "seen-again"  # the same bytes arrived again
    DUPLICATE_ARRIVAL = "duplicate-arrival"  # other bytes with a Message-ID we have
    PARSED = "parsed"
    ROUTED = "routed"  # the case decision, with its reason
    ANSWERED = "answered"  # the automatic answer: sent, held or refused, and why
    QUARANTINED = "quarantined"
    RETRIED = "retried"
    CHECKPOINT = "checkpoint"
    UIDVALIDITY_CHANGED = "uidvalidity-changed"
    SOURCE_ERROR = "source-error"
    STORE_ERROR = "store-error"


class Direction(StrEnum):
    IN = "in"  # a Message-ID of mail we received
    OUT = "out"  # a Message-ID of mail we sent


class OutboxStatus(StrEnum):
    PENDING = "pending"  # written with the change that causes it; sent when next_attempt_at comes
    SENDING = "sending"  # handed to the transport; a crash here is checked against the Sent folder
    SENT = "sent"  # the server accepted it
    FAILED = "failed"  # refused for good (5xx), or gave up after the retry period
    BOUNCED = "bounced"  # accepted, then a delivery-status notification named it
    HELD = "held"  # kept for HQ (a sender over its hourly cap); `maild outbox retry` releases it
    CANCELLED = "cancelled"  # HQ decided it should not go


class Purpose(StrEnum):
    """Why a mail is in the outbox: the template it was written from, mostly."""

    ACK = "ack"  # a request acknowledged
    REQUEST_INFO = "request_info"  # HQ asks the partner for more
    SUPPLEMENT = "supplement"  # the partner's reply was taken in
    VERDICT = "verdict"  # an appeal ruled
    ADJUSTMENT_CONFIRMED = "adjustment_confirmed"
    RENEWAL_PLAN = "renewal_plan"  # a summary answered
    TRIAGE = "triage"  # unrecognised mail: how to write to HQ
    STATUS = "status"  # a partner asked where the case stands
    ESCALATION = "escalation"  # a breached SLA, to the supervisors
    WARNING = "warning"  # an SLA close to its end, to the supervisors
    REMINDER = "reminder"  # a partner reminded of feedback the process expects (services/reminders.py)
    BRIEF = "brief"  # the morning brief, to the supervisors


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    source: Mapped[str] = mapped_column(String(500))  # "imap:user@host" or "maildir:/path"
    folder: Mapped[str | None] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    ref: Mapped[str | None] = mapped_column(String(500))  # the source's own key (Maildir file name)
    location: Mapped[Location] = composite(Location, "source", "folder", "uidvalidity", "uid", "ref")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())  # INTERNALDATE: our receipt
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[MessageStatus] = mapped_column(EnumText(MessageStatus), default=MessageStatus.RECEIVED)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    settled_to: Mapped[str | None] = mapped_column(String(500))
    # What the parser learned (DOMAIN.md §7 and a few more headers).
    sender: Mapped[str | None] = mapped_column(String(500))
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[str | None] = mapped_column(String(40))  # the sender's Date: header, as ISO text
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    kind: Mapped[Kind | None] = mapped_column(EnumText(Kind))
    case_ref: Mapped[str | None] = mapped_column(String(40))
    record: Mapped[dict[str, Any] | None] = mapped_column(JSONText())  # DOMAIN.md §7
    parsed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    case_pk: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", order_by="Attachment.position", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_messages_location", "source", "folder", "uidvalidity", "uid"),
                      Index("ix_messages_status", "status"))


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(1000))
    content_type: Mapped[str] = mapped_column(String(255))
    detected_type: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[Role] = mapped_column(EnumText(Role))
    inline: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_s: Mapped[float | None] = mapped_column(Float)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)

    message: Mapped[Message] = relationship(back_populates="attachments")
    __table_args__ = (UniqueConstraint("message_pk", "position"),)


class Event(Base):
    """Append-only audit log: what happened, to what, by whom, when."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(EnumText(EventKind, 60), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSONText())


class Checkpoint(Base):
    """How far a source folder has been read: UIDVALIDITY + last UID."""

    __tablename__ = "checkpoints"

    source: Mapped[str] = mapped_column(String(500), primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KnownId(Base):
    """The threading registry: every Message-ID we received or sent, and its case."""

    __tablename__ = "known_ids"

    message_id: Mapped[str] = mapped_column(String(998), primary_key=True)
    direction: Mapped[Direction] = mapped_column(EnumText(Direction, 3))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    case_number: Mapped[str | None] = mapped_column(String(40), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class Partner(Base):
    """A regional partner: who may write to HQ, from which addresses and domains."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    norm_name: Mapped[str] = mapped_column(String(300), index=True)
    addresses: Mapped[list[str]] = mapped_column(JSONText(), default=list)  # lower case
    domains: Mapped[list[str]] = mapped_column(JSONText(), default=list)  # lower case
    contact: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Client(Base):
    """A paying (or former) client of HQ's lead service, served by one partner."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    norm_name: Mapped[str] = mapped_column(String(300), index=True)
    partner_name: Mapped[str] = mapped_column(String(300))
    partner_pk: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    paying: Mapped[bool] = mapped_column(Boolean)
    quota: Mapped[int | None] = mapped_column(Integer)
    service_start: Mapped[date | None] = mapped_column(Date)
    service_end: Mapped[date | None] = mapped_column(Date)
    keywords: Mapped[list[str]] = mapped_column(JSONText(), default=list)
    excluded_products: Mapped[list[str]] = mapped_column(JSONText(), default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Push(Base):
    """One lead HQ pushed to a client: the push log (`maild leads import`), one row per client and lead."""

    __tablename__ = "pushes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_pk: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    lead_id: Mapped[str] = mapped_column(String(100), index=True)
    pushed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    keyword: Mapped[str | None] = mapped_column(String(300))
    product: Mapped[str | None] = mapped_column(String(300))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("client_pk", "lead_id"), Index("ix_pushes_client_time", "client_pk", "pushed_at"))


class Notice(Base):
    """A proactive mail, sent once: a reminder to a partner or the day's brief to the supervisors.

    `key` says what it is about (`summary:<client>:<period start>`, `brief:<day>`): unique, so a
    second daemon, a restart or a re-run finds it written and sends nothing."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    trigger: Mapped[str] = mapped_column(String(40))
    client_pk: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    partner_pk: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    case_pk: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))  # the triage case it opened, if any
    message_id: Mapped[str | None] = mapped_column(String(998))  # the outbox row that carries it
    recipients: Mapped[list[str]] = mapped_column(JSONText(), default=list)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Case(Base):
    """A request HQ must answer, with its SLA clock (derived from case_events + the calendar)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # SS-2026-000123
    kind: Mapped[CaseKind] = mapped_column(EnumText(CaseKind), index=True)
    state: Mapped[CaseState] = mapped_column(EnumText(CaseState), index=True)
    partner_pk: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    client_pk: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    partner_name: Mapped[str | None] = mapped_column(String(300))
    client_name: Mapped[str | None] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(500))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONText(), default=dict)  # DOMAIN.md §7 fields
    missing: Mapped[list[str]] = mapped_column(JSONText(), default=list)
    checks: Mapped[list[dict[str, Any]]] = mapped_column(JSONText(), default=list)  # {name, passed, detail}
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_message_pk: Mapped[int | None] = mapped_column(Integer, unique=True)  # messages.id: one case per mail
    assignee: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(40))  # triage: what the mail is about (parsers/topics.py)
    # SLA, recomputable from the event log; the outcome is frozen once met or missed.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    warning_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sla_status: Mapped[SlaStatus | None] = mapped_column(EnumText(SlaStatus))
    sla_error: Mapped[str | None] = mapped_column(Text)
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the SLA tick must look at this case next (its warning or deadline; NULL: never again
    # unless the case changes): the tick touches only the cases that are due, however many are open.
    next_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseEvent(Base):
    """Append-only: every transition of a case, with actor and time (the clock's source)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[Action] = mapped_column(EnumText(Action, 30))
    from_state: Mapped[CaseState | None] = mapped_column(EnumText(CaseState))
    to_state: Mapped[CaseState] = mapped_column(EnumText(CaseState))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    detail: Mapped[str | None] = mapped_column(Text)  # a person's note, the verdict, the new assignee
    data: Mapped[dict[str, Any] | None] = mapped_column(JSONText())  # what the system records: signals, reason, mail
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))


class CaseCounter(Base):
    """The last sequence number used per prefix and year (SS-2026-000123)."""

    __tablename__ = "case_counters"

    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class SlaAlert(Base):
    """A warning or breach, recorded once per case and threshold."""

    __tablename__ = "sla_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    threshold: Mapped[Threshold] = mapped_column(EnumText(Threshold))
    crossed_at: Mapped[datetime] = mapped_column(UTCDateTime())  # when the clock crossed it
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (UniqueConstraint("case_pk", "threshold"),)


class OutboxItem(Base):
    """Mail to send, written in the same transaction as the change that causes it.

    `raw` is the message exactly as it will go (its Message-ID fixed when it was written);
    a row from before raw was kept is composed from subject and body when it is sent.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    purpose: Mapped[Purpose] = mapped_column(EnumText(Purpose, 30))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)  # fixed at enqueue time
    recipients: Mapped[list[str]] = mapped_column(JSONText())
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    template: Mapped[str | None] = mapped_column(String(60))
    auto_reply: Mapped[bool] = mapped_column(Boolean, default=False)  # answers a mail: counts against its sender's cap
    to_address: Mapped[str | None] = mapped_column(String(500), index=True)  # first recipient, lower case
    trigger_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))  # the mail answered
    # The mailbox it goes out from (our From, bare and lower case): each mailbox's daemon sends its own
    # mail, so N daemons serve N mailboxes from one database. NULL (rows from before): any may send it.
    mailbox: Mapped[str | None] = mapped_column(String(320), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)  # why it was held, cancelled or bounced
    status: Mapped[OutboxStatus] = mapped_column(EnumText(OutboxStatus), default=OutboxStatus.PENDING, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)


class SourceStatus(Base):
    """How the daemon's last cycles on a mail source went: what `maild health` reads."""

    __tablename__ = "source_status"

    source: Mapped[str] = mapped_column(String(500), primary_key=True)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the last cycle that went through
    error_since: Mapped[datetime | None] = mapped_column(UTCDateTime())  # failing since then (None: healthy)
    last_error: Mapped[str | None] = mapped_column(Text)
    backlog: Mapped[int] = mapped_column(Integer, default=0)  # messages still waiting after the last fetch
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Lease(Base):
    """Who serves a mailbox now (SQLite's lease; PostgreSQL uses an advisory lock instead)."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(600), primary_key=True)  # "source:imap:dor@host:993/INBOX"
    holder: Mapped[str] = mapped_column(String(200))  # "host:pid:nonce" of the daemon
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
