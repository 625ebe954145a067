"""The database edge: engine and session factory, `transaction()`, the message-level queries.

SQLite runs in WAL mode with a busy timeout and takes its write lock at BEGIN
(BEGIN IMMEDIATE), so the daemon and the CLI can run at once without lost
updates; PostgreSQL is reached through psycopg 3. A database that cannot be
reached or written becomes StoreError. Queries on cases and the registry are in
queries.py; nothing outside this package builds SQL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from maild.adapters.db.models import (
    Attachment,
    Case,
    Checkpoint,
    Direction,
    Event,
    EventKind,
    KnownId,
    Message,
    MessageStatus,
    SourceStatus,
)
from maild.config.loading import mask_url
from maild.errors import Conflict, NotMigrated, StoreError
from maild.rawmail import Location, RawMail
from parsers.records import ParsedMail

log = logging.getLogger(__name__)

__all__ = ["Saved", "Store", "make_engine"]


def make_engine(url: str, busy_timeout_ms: int = 10000) -> Engine:
    """An engine with maild's connection rules (SQLite: WAL, busy timeout, BEGIN IMMEDIATE)."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"database: cannot create the folder of {path}: {exc}") from exc
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def translated() -> Iterator[None]:
    """A database that cannot be reached, is locked or fails its disk becomes StoreError (one line,
    no password)."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(_said(f"database: {exc.orig or exc}")) from exc
    except (OperationalError, InterfaceError) as exc:
        raise StoreError(_said(f"database: {type(exc.orig or exc).__name__}: {exc.orig or exc}")) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StoreError(_said(f"database connection lost: {exc.orig or exc}")) from exc
        raise


def _said(text: str) -> str:
    """The driver's words on one line (psycopg adds a tabbed hint line), any URL password masked."""
    return mask_url(" ".join(text.split()))


@dataclass(frozen=True)
class Saved:
    """The outcome of keeping one raw message: its row and the status it had."""

    message_pk: int
    status: MessageStatus


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, busy_timeout_ms: int = 10000) -> Store:
        return cls(make_engine(url, busy_timeout_ms))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The only way to write: commit on success, roll back on any error."""
        with translated(), self._sessions() as session, session.begin():
            yield session

    def make_durable(self) -> None:
        """Make every transaction committed so far survive a power loss: called before mail
        leaves the inbox, so that a moved message is never one the database forgets.

        SQLite commits in WAL mode at synchronous=NORMAL, which on power loss may roll back the
        last commits (it never corrupts). One commit at synchronous=FULL syncs the WAL file and
        with it every commit before it: once per batch instead of once per mail. The commit
        rewrites the header's user_version with its own value (a real write, so a real sync;
        no other file descriptor on the database is opened, which would drop SQLite's locks).
        PostgreSQL's commits are durable when they return (synchronous_commit on).
        """
        if self.engine.dialect.name != "sqlite" or self.engine.url.database in (None, "", ":memory:"):
            return
        import sqlite3

        raw = self.engine.raw_connection()  # the DBAPI's own: no autobegun transaction around the PRAGMAs
        cur = raw.cursor()
        try:
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("BEGIN IMMEDIATE")
            version = int(cur.execute("PRAGMA user_version").fetchone()[0] or 0)
            cur.execute(f"PRAGMA user_version={version}")
            cur.execute("COMMIT")
        except sqlite3.Error as exc:
            if raw.driver_connection.in_transaction:
                raw.driver_connection.rollback()
            raise StoreError(f"database: cannot make the last commits durable: {exc}") from exc
        finally:
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            raw.close()

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with translated(), self._sessions() as session:
            yield session

    # ---- schema -------------------------------------------------------------------------

    def require_migrated(self) -> None:
        from maild.adapters.db.migrations import HEAD as head
        from maild.adapters.db.migrations import current_revision

        with translated():
            current = current_revision(self.engine)
        if current != head:
            raise NotMigrated(
                f"database schema is at {current or 'nothing'}, code expects {head}: run `maild db upgrade`")

    # ---- messages -----------------------------------------------------------------------

    def save_raw(self, raw: RawMail, sha256: str, message_id: str | None, now: datetime) -> Saved:
        """Record a raw message once (its bytes are already in the blob store).

        Idempotent on the raw sha256 and on the Message-ID: a second arrival is an
        event on the first record, never a second record. Advances the checkpoint.
        """
        for _attempt in range(3):
            try:
                with self.transaction() as tx:
                    saved = self._save_raw(tx, raw, sha256, message_id, now)
                    if (imap := raw.location.imap_uid) is not None:
                        self._advance(tx, raw.source, *imap, now)
                    return saved
            except Conflict:  # another process inserted the same bytes concurrently
                log.info("%s: concurrent insert, re-reading", sha256[:12])
        raise RuntimeError(f"could not record message {sha256}")  # pragma: no cover

    def _save_raw(self, tx: Session, raw: RawMail, sha256: str, message_id: str | None,
                  now: datetime) -> Saved:
        where = raw.location
        existing = tx.scalar(select(Message).where(Message.sha256 == sha256))
        duplicate = False
        if existing is None and message_id:
            existing = tx.scalar(select(Message).where(Message.message_id == message_id).order_by(Message.id))
            duplicate = existing is not None
        if existing is not None:
            tx.add(Event(at=now, actor="ingest", message_pk=existing.id,
                         kind=EventKind.DUPLICATE_ARRIVAL if duplicate else EventKind.SEEN_AGAIN,
                         data={"sha256": sha256, **_location_json(where)}))
            if existing.settled_at is None or existing.location != where:
                # the copy in the source is the one to settle now
                existing.location, existing.settled_at = where, None
            return Saved(existing.id, existing.status)
        msg = Message(sha256=sha256, size=len(raw.data), message_id=message_id, location=where,
                      received_at=raw.received_at, stored_at=now, status=MessageStatus.RECEIVED, attempts=0)
        tx.add(msg)
        tx.flush()
        tx.add(Event(at=now, actor="ingest", kind=EventKind.RECEIVED, message_pk=msg.id,
                     data={"sha256": sha256, "source": where.source, "folder": where.folder, "uid": where.uid}))
        return Saved(msg.id, msg.status)

    def record_parsed(self, tx: Session, message_pk: int, mail: ParsedMail, now: datetime) -> Message:
        """Store the parser's record and attachment rows (inside the caller's transaction)."""
        record = mail.to_json()
        msg = tx.get_one(Message, message_pk)
        msg.sender, msg.subject, msg.sent_at = mail.sender, mail.subject, mail.date
        msg.in_reply_to, msg.kind, msg.case_ref = mail.in_reply_to, mail.kind, mail.case_ref
        msg.record = record
        msg.status, msg.error, msg.parsed_at = MessageStatus.PARSED, None, now
        msg.attempts += 1
        msg.attachments.clear()
        tx.flush()
        for position, a in enumerate(mail.attachments):
            msg.attachments.append(Attachment(
                position=position, filename=a.filename, content_type=a.content_type,
                detected_type=a.detected_type, size=a.size, sha256=a.sha256, role=a.role, inline=a.inline,
                duration_s=a.duration_s, width=a.width, height=a.height))
        if msg.message_id and tx.get(KnownId, msg.message_id) is None:
            tx.add(KnownId(message_id=msg.message_id, direction=Direction.IN, message_pk=msg.id, at=now))
        tx.add(Event(at=now, actor="ingest", kind=EventKind.PARSED, message_pk=msg.id,
                     data={"kind": record["kind"], "attachments": len(mail.attachments)}))
        return msg

    def quarantine(self, message_pk: int, error: str, now: datetime, actor: str = "ingest") -> None:
        with self.transaction() as tx:
            msg = tx.get_one(Message, message_pk)
            msg.status, msg.error = MessageStatus.QUARANTINED, error[:4000]
            msg.attempts += 1
            tx.add(Event(at=now, actor=actor, kind=EventKind.QUARANTINED, message_pk=msg.id,
                         data={"error": error[:4000], "attempts": msg.attempts}))

    def mark_settled(self, message_pk: int, where: str, now: datetime) -> None:
        self.mark_settled_all([message_pk], where, now)

    def mark_settled_all(self, message_pks: Sequence[int], where: str, now: datetime) -> None:
        """These messages were moved to `where` (one statement, one transaction)."""
        if not message_pks:
            return
        with self.transaction() as tx:
            tx.execute(update(Message).where(Message.id.in_(list(message_pks)))
                       .values(settled_at=now, settled_to=where))

    def message(self, message_pk: int) -> Message | None:
        with self._reading() as s:
            return s.get(Message, message_pk)

    def messages(self, *, status: MessageStatus | None = None, limit: int = 100) -> list[Message]:
        query = select(Message).order_by(Message.id.desc()).limit(limit)
        if status:
            query = query.where(Message.status == status)
        with self._reading() as s:
            return list(s.scalars(query))

    def attachments(self, message_pk: int) -> list[Attachment]:
        with self._reading() as s:
            return list(s.scalars(select(Attachment).where(Attachment.message_pk == message_pk)
                                  .order_by(Attachment.position)))

    def attachment_counts(self, message_pks: Sequence[int]) -> dict[int, int]:
        """How many attachments each of these messages has (absent: none)."""
        if not message_pks:
            return {}
        with self._reading() as s:
            return dict(s.execute(select(Attachment.message_pk, func.count(Attachment.id))
                                  .where(Attachment.message_pk.in_(list(message_pks)))
                                  .group_by(Attachment.message_pk)).all())

    def case_numbers(self, case_pks: Sequence[int]) -> dict[int, str]:
        """Case numbers by case id, for listings."""
        if not case_pks:
            return {}
        with self._reading() as s:
            return dict(s.execute(select(Case.id, Case.number).where(Case.id.in_(list(case_pks)))).all())

    def unfinished(self, source: str) -> list[Message]:
        """Messages of a source not yet parsed, or processed but not yet moved in the source."""
        query = select(Message).where(Message.source == source).where(
            (Message.status == MessageStatus.RECEIVED) | Message.settled_at.is_(None)).order_by(Message.id)
        with self._reading() as s:
            return list(s.scalars(query))

    def count(self) -> int:
        with self._reading() as s:
            return s.scalar(select(func.count(Message.id))) or 0

    def events(self, message_pk: int | None = None, limit: int = 200) -> list[Event]:
        query = select(Event).order_by(Event.id).limit(limit)
        if message_pk is not None:
            query = query.where(Event.message_pk == message_pk)
        with self._reading() as s:
            return list(s.scalars(query))

    def add_event(self, kind: EventKind, now: datetime, actor: str, message_pk: int | None = None,
                  **data: Any) -> None:
        with self.transaction() as tx:
            tx.add(Event(at=now, actor=actor, kind=kind, message_pk=message_pk, data=data))

    def known_ids(self, ids: Sequence[str]) -> frozenset[str]:
        """Which of these Message-IDs we received or sent before (the threading registry)."""
        if not ids:
            return frozenset()
        with self._reading() as s:
            return frozenset(s.scalars(select(KnownId.message_id).where(KnownId.message_id.in_(list(ids)))))

    # ---- the daemon's heartbeat ----------------------------------------------------------

    def source_ok(self, source: str, now: datetime, backlog: int) -> None:
        """A cycle on this source went through."""
        with self.transaction() as tx:
            row = tx.get(SourceStatus, source) or SourceStatus(source=source, backlog=0, updated_at=now)
            row.last_ok_at, row.error_since, row.last_error, row.backlog, row.updated_at = now, None, None, backlog, now
            tx.add(row)

    def other_daemons_alive(self, source: str, now: datetime, within: float = 30.0) -> bool:
        """Whether a daemon on another mailbox of this database reported a cycle just now."""
        since = now - timedelta(seconds=within)
        with self._reading() as s:
            return bool(s.scalar(select(func.count(SourceStatus.source)).where(
                SourceStatus.source != source, SourceStatus.last_ok_at >= since)))

    def source_failed(self, source: str, now: datetime, error: str) -> None:
        """A cycle on this source failed; `error_since` keeps the start of the trouble."""
        with self.transaction() as tx:
            row = tx.get(SourceStatus, source) or SourceStatus(source=source, backlog=0, updated_at=now)
            row.error_since, row.last_error, row.updated_at = row.error_since or now, error[:2000], now
            tx.add(row)

    # ---- checkpoints --------------------------------------------------------------------

    def checkpoint(self, source: str, folder: str) -> Checkpoint | None:
        with self._reading() as s:
            return s.get(Checkpoint, (source, folder))

    def set_checkpoint(self, source: str, folder: str, uidvalidity: int, last_uid: int,
                       now: datetime) -> None:
        with self.transaction() as tx:
            cp = tx.get(Checkpoint, (source, folder))
            if cp is None:
                tx.add(Checkpoint(source=source, folder=folder, uidvalidity=uidvalidity,
                                  last_uid=last_uid, updated_at=now))
            else:
                cp.uidvalidity, cp.last_uid, cp.updated_at = uidvalidity, last_uid, now
            tx.add(Event(at=now, actor="ingest", kind=EventKind.CHECKPOINT,
                         data={"source": source, "folder": folder, "uidvalidity": uidvalidity,
                               "last_uid": last_uid}))

    def _advance(self, tx: Session, source: str, folder: str, uidvalidity: int, uid: int,
                 now: datetime) -> None:
        cp = tx.get(Checkpoint, (source, folder))
        if cp is None:
            tx.add(Checkpoint(source=source, folder=folder, uidvalidity=uidvalidity, last_uid=uid,
                              updated_at=now))
        elif cp.uidvalidity != uidvalidity or uid > cp.last_uid:
            cp.uidvalidity, cp.last_uid, cp.updated_at = uidvalidity, max(uid, 0), now


def _location_json(where: Location) -> dict[str, Any]:
    return {"source": where.source, "folder": where.folder, "uidvalidity": where.uidvalidity,
            "uid": where.uid, "ref": where.ref}
