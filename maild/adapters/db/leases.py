"""Leases: which daemon serves a mailbox now. One holder at a time; the others wait as standbys.

    PostgreSQL  an advisory lock (pg_try_advisory_lock) on a connection of its own: it dies with
                the process, so a standby takes over at its next try, seconds later
    SQLite      a row (name, holder, expires_at) taken when free or expired and renewed by its
                holder; a standby takes over once it expires (TTL), or at once when the holder ran
                on this machine and its process is gone

`acquire()` takes it or says no; `renew()` keeps it (False: it was lost, stop serving); `release()`
gives it up. Database trouble is StoreError, like everywhere in the store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from maild.adapters.db.models import Lease as LeaseRow
from maild.errors import StoreError

if TYPE_CHECKING:
    from maild.adapters.db.store import Store

log = logging.getLogger(__name__)

__all__ = ["AdvisoryLease", "Lease", "RowLease", "lease_for"]

TTL = timedelta(seconds=15)  # a row lease not renewed for this long is free
RENEW_EVERY = 5.0  # seconds between renewals of a row lease


class Lease(Protocol):
    name: str
    holder: str
    needs_renewal: bool  # a row lease must be renewed well within TTL

    def acquire(self, now: datetime) -> bool: ...
    def renew(self, now: datetime) -> bool: ...
    def release(self) -> None: ...


def _key(name: str) -> int:
    """A stable signed 64-bit key for pg_try_advisory_lock."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class AdvisoryLease:
    needs_renewal = False

    def __init__(self, engine: Engine, name: str, holder: str) -> None:
        self.engine, self.name, self.holder = engine, name, holder
        self._conn: Connection | None = None

    def acquire(self, now: datetime) -> bool:
        if self._conn is not None:
            return self.renew(now)
        try:
            conn = self.engine.connect()
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(self.name)}).scalar()
            conn.commit()
        except DBAPIError as exc:
            raise StoreError(f"lease {self.name}: {type(exc.orig or exc).__name__}: {exc.orig or exc}") from exc
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def renew(self, now: datetime) -> bool:
        """The lock lives as long as its connection: renewing is making sure the connection does."""
        if self._conn is None:
            return False
        try:  # a session-level advisory lock lasts as long as the session
            self._conn.execute(text("SELECT 1")).scalar()
            self._conn.commit()
        except DBAPIError:
            self._drop(broken=True)
            return False
        return True

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(self.name)})
            self._conn.commit()
        except DBAPIError:
            self._drop(broken=True)
            return
        self._drop()

    def _drop(self, broken: bool = False) -> None:
        """Give the connection back; a broken one is discarded, so no lock can outlive it in the pool."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if broken:
                conn.invalidate()
            conn.close()
        except DBAPIError:
            pass


class RowLease:
    needs_renewal = True

    def __init__(self, store: Store, name: str, holder: str, ttl: timedelta = TTL) -> None:
        self.store, self.name, self.holder, self.ttl = store, name, holder, ttl

    def acquire(self, now: datetime) -> bool:
        with self.store.transaction() as tx:
            row = tx.get(LeaseRow, self.name)
            if row is None:
                tx.add(LeaseRow(name=self.name, holder=self.holder, acquired_at=now, expires_at=now + self.ttl))
                return True
            dead = row.holder != self.holder and _died_here(row.holder)
            if row.holder == self.holder or row.expires_at <= now or dead:
                if row.holder != self.holder:
                    why = "its process is gone" if dead else f"it let it expire at {row.expires_at}"
                    log.warning("lease %s: taking it over from %s (%s)", self.name, row.holder, why)
                    row.holder, row.acquired_at = self.holder, now
                row.expires_at = now + self.ttl
                return True
            return False

    def renew(self, now: datetime) -> bool:
        with self.store.transaction() as tx:
            row = tx.get(LeaseRow, self.name)
            if row is None or row.holder != self.holder:
                return False
            row.expires_at = now + self.ttl
            return True

    def release(self) -> None:
        try:
            with self.store.transaction() as tx:
                row = tx.get(LeaseRow, self.name)
                if row is not None and row.holder == self.holder:
                    tx.delete(row)
        except StoreError:
            pass  # it expires by itself


def _died_here(holder: str) -> bool:
    """Whether a holder ("host:pid:nonce") ran on this machine and its process is gone."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


def lease_for(store: Store, name: str, holder: str) -> Lease:
    """The right lease for the store's database."""
    engine: Engine = store.engine
    if engine.dialect.name == "postgresql":
        return AdvisoryLease(engine, name, holder)
    return RowLease(store, name, holder)
