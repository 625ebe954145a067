"""The only loop and the only sleeper: fetch → ingest → settle, then wait.

A failure in one message quarantines that message and never stops the loop;
source trouble reconnects with capped exponential backoff; SIGTERM finishes
the current message and returns.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from maild import faults
from maild.adapters.db.models import Message, MessageStatus
from maild.app import App
from maild.errors import SourceError
from maild.rawmail import RawMail, Settlement
from maild.services import casework, ingest

log = logging.getLogger(__name__)


class MailSource(Protocol):
    key: str

    def __enter__(self) -> MailSource: ...
    def __exit__(self, *exc: object) -> None: ...
    def fetch(self, limit: int) -> list[RawMail]: ...
    def settle(self, raw: RawMail, where: Settlement) -> str: ...
    def settle_ref(self, ref: str | None, where: Settlement, folder: str | None, uid: int | None,
                   uidvalidity: int | None) -> str: ...
    def wait(self, timeout: float) -> None: ...


def backoff(attempt: int, base: float = 1.0, cap: float = 300.0) -> float:
    """Seconds to wait before reconnect attempt `attempt` (1, 2, 4, … capped)."""
    return min(cap, base * 2 ** max(0, attempt - 1))


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.processed = 0

    def run(self, once: bool = False, max_messages: int | None = None) -> int:
        """Work until stopped (or, with once, until the mailbox is drained). Returns messages handled."""
        failures = 0
        while not self.app.stop.is_set():
            try:
                with self.app.source() as source:
                    failures = 0
                    self._resume(source)
                    self._recover(source)
                    while not self.app.stop.is_set():
                        handled = self._drain(source, max_messages)
                        self._tick()
                        if once or (max_messages is not None and self.processed >= max_messages):
                            return self.processed
                        if not handled:
                            source.wait(self.app.config.daemon.poll_interval)
            except SourceError as exc:
                if once:
                    raise
                failures += 1
                delay = backoff(failures)
                log.warning("source failed (%s); reconnecting in %.0fs", exc, delay)
                self.app.store.add_event("source-error", self.app.clock.now(), "daemon",
                                         error=str(exc), attempt=failures)
                self.app.stop.wait(delay)
        log.info("daemon stopped after %d message(s)", self.processed)
        return self.processed

    def _tick(self) -> None:
        """Record SLA warnings and breaches due by now (once each, inside working time)."""
        try:
            with self.app.store.transaction() as tx:
                casework.alerts(tx, self.app, self.app.clock.now())
        except Exception:  # noqa: BLE001 - the clock check must never stop the mail loop
            log.exception("SLA tick failed; will try again next cycle")

    def _resume(self, source: MailSource) -> None:
        """Set the IMAP cursor from the checkpoint: first start begins with mail arriving from now on."""
        if not hasattr(source, "position"):
            return
        store, now = self.app.store, self.app.clock.now()
        uidvalidity, highest = source.position()
        cp = store.checkpoint(source.key, source.folder)
        if cp is None:
            store.set_checkpoint(source.key, source.folder, uidvalidity, highest, now)
            log.info("%s: first start, reading mail after UID %s", source.key, highest)
            source.seek(highest)
        elif cp.uidvalidity != uidvalidity:
            log.warning("%s: UIDVALIDITY changed %s → %s: re-scanning the folder", source.key,
                        cp.uidvalidity, uidvalidity)
            store.add_event("uidvalidity-changed", now, "daemon", source=source.key,
                            old=cp.uidvalidity, new=uidvalidity)
            store.set_checkpoint(source.key, source.folder, uidvalidity, 0, now)
            source.seek(0)
        else:
            source.seek(cp.last_uid)

    def _recover(self, source: MailSource) -> None:
        """Finish what a crash left: unparsed records, and committed mail not yet moved."""
        for msg in self.app.store.unfinished(source.key):
            outcome = None
            if msg.status == MessageStatus.RECEIVED:
                outcome = ingest.process(msg.id, self.app.blobs.get(msg.sha256), self.app, self.app.clock.now())
            self._settle_row(source, msg, outcome)

    def _settle_row(self, source: MailSource, msg: Message, outcome: ingest.Outcome | None) -> None:
        status = outcome.settlement if outcome else (
            Settlement.QUARANTINED if msg.status == MessageStatus.QUARANTINED else Settlement.PROCESSED)
        where = source.settle_ref(msg.ref, status, msg.folder, msg.uid, msg.uidvalidity)
        self.app.store.mark_settled(msg.id, where, self.app.clock.now())

    def _drain(self, source: MailSource, max_messages: int | None) -> int:
        limit = self.app.config.daemon.batch_size
        if max_messages is not None:
            limit = min(limit, max_messages - self.processed)
        batch = source.fetch(limit) if limit > 0 else []
        self.handle(source, batch)
        return len(batch)

    def handle(self, source: MailSource, batch: Iterable[RawMail]) -> None:
        for n, raw in enumerate(batch):
            if n == 1:
                faults.point("mid-batch")
            if self.app.stop.is_set():
                return  # the rest stays in the source for the next start
            outcome = ingest.receive(raw, self.app)
            faults.point("before-settle")
            where = source.settle(raw, outcome.settlement)
            self.app.store.mark_settled(outcome.message_pk, where, self.app.clock.now())
            self.processed += 1

    def backfill(self, since: date) -> int:
        """Import mail older than the checkpoint that arrived on or after `since`; resumable."""
        with self.app.source() as source:
            if not hasattr(source, "uids_since"):
                return self.run(once=True)
            self._resume(source)
            boundary = source.last_uid
            uids = [u for u in source.uids_since(since) if u <= boundary]
            log.info("%s: backfill of %d message(s) since %s", source.key, len(uids), since)
            size = self.app.config.daemon.batch_size
            for i in range(0, len(uids), size):
                if self.app.stop.is_set():
                    break
                self.handle(source, source.fetch_uids(uids[i:i + size]))
            source.seek(boundary)
        return self.processed


