"""The database edge: engine and session factory, `transaction()`, named queries.

SQLite runs in WAL mode with a busy timeout and takes its write lock at BEGIN
(BEGIN IMMEDIATE), so the daemon and the CLI can run at once without lost
updates; PostgreSQL is reached through psycopg 3. Commands never build SQL.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from maild.adapters.db.models import Attachment, Checkpoint, Event, KnownId, Message, MessageStatus
from maild.errors import NotMigrated

log = logging.getLogger(__name__)

__all__ = ["Saved", "Store", "make_engine"]


def make_engine(url: str, busy_timeout_ms: int = 10000) -> Engine:
    """An engine with maild's connection rules (SQLite: WAL, busy timeout, BEGIN IMMEDIATE)."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
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


@dataclass(frozen=True)
class Saved:
    """The outcome of keeping one raw message."""

    message_pk: int
    is_new: bool
    status: str
    duplicate: bool = False  # another message with the same Message-ID already exists


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
        with self._sessions() as session, session.begin():
            yield session

    # ---- schema -------------------------------------------------------------------------

    def require_migrated(self) -> None:
        from maild.adapters.db.migrations import current_revision, head_revision

        current, head = current_revision(self.engine), head_revision()
        if current != head:
            raise NotMigrated(
                f"database schema is at {current or 'nothing'}, code expects {head}: run `maild db upgrade`")

    # ---- messages -----------------------------------------------------------------------

    def save_raw(self, *, sha256: str, size: int, message_id: str | None, source: str,
                 folder: str | None, uidvalidity: int | None, uid: int | None, ref: str | None,
                 received_at: datetime, now: datetime) -> Saved:
        """Record a raw message once (its bytes are already in the blob store).

        Idempotent on the raw sha256 and on the Message-ID: a second arrival is an
        event on the first record, never a second record. Advances the checkpoint.
        """
        for _attempt in range(3):
            try:
                with self.transaction() as tx:
                    saved = self._save_raw(tx, sha256, size, message_id, source, folder,
                                           uidvalidity, uid, ref, received_at, now)
                    if uid is not None and uidvalidity is not None and folder is not None:
                        self._advance(tx, source, folder, uidvalidity, uid, now)
                    return saved
            except IntegrityError:  # another process inserted the same bytes concurrently
                log.info("%s: concurrent insert, re-reading", sha256[:12])
        raise RuntimeError(f"could not record message {sha256}")  # pragma: no cover

    def _save_raw(self, tx: Session, sha256: str, size: int, message_id: str | None, source: str,
                  folder: str | None, uidvalidity: int | None, uid: int | None, ref: str | None,
                  received_at: datetime, now: datetime) -> Saved:
        existing = tx.scalar(select(Message).where(Message.sha256 == sha256))
        duplicate = False
        if existing is None and message_id:
            existing = tx.scalar(select(Message).where(Message.message_id == message_id).order_by(Message.id))
            duplicate = existing is not None
        if existing is not None:
            where = {"source": source, "folder": folder, "uidvalidity": uidvalidity, "uid": uid, "ref": ref}
            tx.add(Event(at=now, actor="ingest", kind="duplicate-arrival" if duplicate else "seen-again",
                         message_pk=existing.id, data=json.dumps({"sha256": sha256, **where})))
            if existing.settled_at is None or (existing.source, existing.folder) != (source, folder) \
                    or (existing.uidvalidity, existing.uid) != (uidvalidity, uid):
                # the copy in the source is the one to settle now
                existing.source, existing.folder, existing.uidvalidity = source, folder, uidvalidity
                existing.uid, existing.ref, existing.settled_at = uid, ref, None
            return Saved(existing.id, False, existing.status, duplicate)
        msg = Message(sha256=sha256, size=size, message_id=message_id, source=source, folder=folder,
                      uidvalidity=uidvalidity, uid=uid, ref=ref, received_at=received_at,
                      stored_at=now, status=MessageStatus.RECEIVED, attempts=0)
        tx.add(msg)
        tx.flush()
        tx.add(Event(at=now, actor="ingest", kind="received", message_pk=msg.id,
                     data=json.dumps({"sha256": sha256, "source": source, "folder": folder, "uid": uid})))
        return Saved(msg.id, True, msg.status)

    def record_parsed(self, tx: Session, message_pk: int, record: dict[str, Any],
                      attachments: Sequence[dict[str, Any]], now: datetime) -> Message:
        """Store the parser's record and attachment rows (inside the caller's transaction)."""
        msg = tx.get_one(Message, message_pk)
        msg.sender, msg.subject, msg.sent_at = record["sender"], record["subject"], record.get("date")
        msg.in_reply_to, msg.kind, msg.case_ref = record.get("in_reply_to"), record["kind"], record["case_ref"]
        msg.record = json.dumps(record, ensure_ascii=False)
        msg.status, msg.error, msg.parsed_at = MessageStatus.PARSED, None, now
        msg.attempts += 1
        msg.attachments.clear()
        tx.flush()
        for position, info in enumerate(attachments):
            msg.attachments.append(Attachment(position=position, **info))
        if msg.message_id and tx.get(KnownId, msg.message_id) is None:
            tx.add(KnownId(message_id=msg.message_id, direction="in", message_pk=msg.id, at=now))
        tx.add(Event(at=now, actor="ingest", kind="parsed", message_pk=msg.id,
                     data=json.dumps({"kind": record["kind"], "attachments": len(attachments)})))
        return msg

    def quarantine(self, message_pk: int, error: str, now: datetime, actor: str = "ingest") -> None:
        with self.transaction() as tx:
            msg = tx.get_one(Message, message_pk)
            msg.status, msg.error = MessageStatus.QUARANTINED, error[:4000]
            msg.attempts += 1
            tx.add(Event(at=now, actor=actor, kind="quarantined", message_pk=msg.id,
                         data=json.dumps({"error": error[:4000], "attempts": msg.attempts})))

    def mark_settled(self, message_pk: int, where: str, now: datetime) -> None:
        with self.transaction() as tx:
            msg = tx.get_one(Message, message_pk)
            msg.settled_at, msg.settled_to = now, where

    def message(self, message_pk: int) -> Message | None:
        with self._sessions() as s:
            return s.get(Message, message_pk)

    def messages(self, *, status: str | None = None, limit: int = 100) -> list[Message]:
        query = select(Message).order_by(Message.id.desc()).limit(limit)
        if status:
            query = query.where(Message.status == status)
        with self._sessions() as s:
            return list(s.scalars(query))

    def attachments(self, message_pk: int) -> list[Attachment]:
        with self._sessions() as s:
            return list(s.scalars(select(Attachment).where(Attachment.message_pk == message_pk)
                                  .order_by(Attachment.position)))

    def case_numbers(self, case_pks: Sequence[int]) -> dict[int, str]:
        """Case numbers by case id, for listings."""
        if not case_pks:
            return {}
        from maild.adapters.db.models import Case

        with self._sessions() as s:
            return dict(s.execute(select(Case.id, Case.number).where(Case.id.in_(list(case_pks)))).all())

    def unfinished(self, source: str) -> list[Message]:
        """Messages of a source not yet parsed, or processed but not yet moved in the source."""
        query = select(Message).where(Message.source == source).where(
            (Message.status == MessageStatus.RECEIVED) | Message.settled_at.is_(None)).order_by(Message.id)
        with self._sessions() as s:
            return list(s.scalars(query))

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count(Message.id))) or 0

    def events(self, message_pk: int | None = None, limit: int = 200) -> list[Event]:
        query = select(Event).order_by(Event.id).limit(limit)
        if message_pk is not None:
            query = query.where(Event.message_pk == message_pk)
        with self._sessions() as s:
            return list(s.scalars(query))

    def add_event(self, kind: str, now: datetime, actor: str, message_pk: int | None = None,
                  **data: Any) -> None:
        with self.transaction() as tx:
            tx.add(Event(at=now, actor=actor, kind=kind, message_pk=message_pk,
                         data=json.dumps(data, ensure_ascii=False, default=str)))

    def known_ids(self, ids: Sequence[str]) -> frozenset[str]:
        """Which of these Message-IDs we received or sent before (the threading registry)."""
        if not ids:
            return frozenset()
        with self._sessions() as s:
            return frozenset(s.scalars(select(KnownId.message_id).where(KnownId.message_id.in_(list(ids)))))

    # ---- checkpoints --------------------------------------------------------------------

    def checkpoint(self, source: str, folder: str) -> Checkpoint | None:
        with self._sessions() as s:
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
            tx.add(Event(at=now, actor="ingest", kind="checkpoint",
                         data=json.dumps({"source": source, "folder": folder,
                                          "uidvalidity": uidvalidity, "last_uid": last_uid})))

    def _advance(self, tx: Session, source: str, folder: str, uidvalidity: int, uid: int,
                 now: datetime) -> None:
        cp = tx.get(Checkpoint, (source, folder))
        if cp is None:
            tx.add(Checkpoint(source=source, folder=folder, uidvalidity=uidvalidity, last_uid=uid,
                              updated_at=now))
        elif cp.uidvalidity != uidvalidity or uid > cp.last_uid:
            cp.uidvalidity, cp.last_uid, cp.updated_at = uidvalidity, max(uid, 0), now
