"""Database tables (SQLAlchemy 2.0 typed models). Times are stored tz-aware UTC.

Message rows are keyed by the sha256 of their raw bytes (unique): the hard
idempotency key. Events are append-only: the audit log.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # INTERNALDATE: our receipt
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default=MessageStatus.RECEIVED)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    settled_to: Mapped[str | None] = mapped_column(String(500))
    # What the parser learned (DOMAIN.md §7 and a few more headers).
    sender: Mapped[str | None] = mapped_column(String(500))
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[str | None] = mapped_column(String(40))  # the sender's Date: header, as ISO text
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    kind: Mapped[str | None] = mapped_column(String(20))
    case_ref: Mapped[str | None] = mapped_column(String(40))
    record: Mapped[str | None] = mapped_column(Text)  # the JSON record
    parsed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

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
    role: Mapped[str] = mapped_column(String(20))
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
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(60), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    data: Mapped[str | None] = mapped_column(Text)  # JSON


class Checkpoint(Base):
    """How far a source folder has been read: UIDVALIDITY + last UID."""

    __tablename__ = "checkpoints"

    source: Mapped[str] = mapped_column(String(500), primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KnownId(Base):
    """The threading registry: every Message-ID we received or sent, and its case."""

    __tablename__ = "known_ids"

    message_id: Mapped[str] = mapped_column(String(998), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    case_number: Mapped[str | None] = mapped_column(String(40), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
