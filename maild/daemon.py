"""The only loop and the only sleeper: fetch → ingest → settle, then wait.

A failure in one message quarantines that message and never stops the loop;
source trouble (SourceError) and database or disk trouble (StoreError) back off
with a capped exponential delay and reconnect: nothing was lost, the message is
read again; SIGTERM finishes the current message and returns.

The daemon owns its ports: every source is a MailSource; a source that reads by
UID after a stored checkpoint (IMAP) is also Checkpointed.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from maild import faults
from maild.adapters import systemd
from maild.adapters.db import leases
from maild.adapters.db.models import EventKind, Message, MessageStatus
from maild.app import App
from maild.errors import GaveUp, LoginRefused, SourceError, StoreError
from maild.rawmail import Location, RawMail, Settlement
from maild.services import alerts, brief, ingest, outbox, reminders
from parsers import ParsedMail

log = logging.getLogger(__name__)


class MailSource(Protocol):
    """Where mail comes from: fetch what waits, settle each message once its fate is committed."""

    key: str  # the checkpoint key, the `source` of every Location it hands out
    backlog: int  # messages still waiting after the last fetch

    def __enter__(self) -> MailSource: ...
    def __exit__(self, *exc: object) -> None: ...
    def fetch(self, limit: int) -> list[RawMail]: ...
    def settle(self, location: Location, where: Settlement) -> str:
        """Move the message at `location` out of the way; returns the folder it went to."""
        ...
    def settle_all(self, locations: Sequence[Location], where: Settlement) -> str:
        """Move these messages out of the way at once (one IMAP command); the folder they went to."""
        ...
    def wait(self, timeout: float) -> None: ...
    def release(self, location: Location, message_id: str | None) -> str | None:
        """Move a retried, now processed message out of the quarantine folder; where it went."""
        ...


@runtime_checkable
class Checkpointed(Protocol):
    """A source read by UID after a checkpoint (IMAP): resumable, and able to backfill by date."""

    folder: str
    last_uid: int

    def position(self) -> tuple[int, int]: ...
    def seek(self, last_uid: int) -> None: ...
    def uids_since(self, since: date) -> list[int]: ...
    def fetch_uids(self, uids: list[int]) -> list[RawMail]: ...


STANDBY_RETRY = 2.0  # seconds between a standby's tries for the lease
NOTICES_EVERY = 60.0  # seconds between looks for due reminders and the morning brief
LOGIN_TRIES = 3  # refused logins in a row before the daemon stops (163/QQ lock an account that keeps trying)


def backoff(attempt: int, base: float = 1.0, cap: float = 300.0) -> float:
    """Seconds to wait before reconnect attempt `attempt` (1, 2, 4, … capped)."""
    return min(cap, base * 2 ** max(0, attempt - 1))


class Daemon:
    def __init__(self, app: App, acknowledge: bool = True) -> None:
        self.app = app
        self.processed = 0
        self._next_notices = 0.0  # monotonic: when reminders and the brief are looked at next
        self.acknowledge = acknowledge  # False: backfilled mail gets no automatic answers
        self.sender = app.sender()
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self._source_key: str | None = None
        self._lease: leases.Lease | None = None
        self._renewed = 0.0  # monotonic time of the last renewal
        self._lost = False
        self._failures = 0  # failures in a row (the backoff grows with them)
        self.notify = systemd.Notifier.from_env()
        self.parsing = ingest.ParsePool(app.config.daemon.parse_processes)

    def run(self, once: bool = False, max_messages: int | None = None) -> int:
        """Work until stopped (or, with once, until the mailbox is drained). Returns messages handled.

        A mailbox is served by one daemon at a time (its lease); any other waits as a standby and
        takes over when the holder stops or dies. `once` does not wait: it leaves a served mailbox alone."""
        refused = 0
        standby = False
        self.notify.ready("starting")
        while not self.app.stop.is_set():
            try:
                source = self.app.source()
                self._source_key = source.key
                if not self._take_lease(source):
                    if once:
                        log.info("%s is served by another maild: nothing to do", source.key)
                        break
                    if not standby:
                        log.info("%s is served by another maild: waiting as a standby", source.key)
                        self.notify.status(f"standby for {source.key}")
                        standby = True
                    self._pause(STANDBY_RETRY)
                    continue
                if standby:
                    log.warning("%s: taking over as the serving daemon (%s)", source.key, self.holder)
                    standby = False
                self.notify.status(f"serving {source.key}")
                try:
                    with source:
                        self._serve(source, once, max_messages)
                finally:
                    self._let_go()
                if once or (max_messages is not None and self.processed >= max_messages) or not self._lost:
                    break  # done, stopped, or (lost the lease) back to standing by
            except (SourceError, StoreError) as exc:
                self._failures += 1
                failures = self._failures
                refused = refused + 1 if isinstance(exc, LoginRefused) else 0
                self._record_failure(exc, failures)
                if refused >= LOGIN_TRIES:
                    log.critical("%s: the login was refused %d times in a row: stopping, so the mailbox is not "
                                 "locked. Fix [imap] username / %s, then start maild again", self._source_key,
                                 refused, self.app.config.imap.password_env)
                    raise GaveUp(f"login refused {refused} times: {exc}") from exc
                if once:
                    raise
                delay = backoff(failures)
                what = "source" if isinstance(exc, SourceError) else "store"
                log.warning("%s failed (%s); reconnecting in %.0fs", what, exc, delay)
                self.notify.status(f"{what} failed, reconnecting in {delay:.0f}s: {exc}")
                self._pause(delay)
        self.notify.stopping()
        self.parsing.close(wait=True)  # the parser's limits bound what a running parse may take
        log.info("daemon stopped after %d message(s)", self.processed)
        return self.processed

    def _serve(self, source: MailSource, once: bool, max_messages: int | None) -> None:
        """The cycles on one connected source, while the lease holds (returns when stopped or lost)."""
        self._resume(source)
        self._recover(source)
        now = self.app.clock.now()
        alone = not self.app.store.other_daemons_alive(source.key, now)
        outbox.recover(self.app.store, self.sender, _sent_folder(source), now,
                       claimed_before=now if alone else now - outbox.RECOVER_AFTER, mailbox=self.app.outgoing.mailbox)
        while not self.app.stop.is_set():
            handled = self._drain(source, max_messages)
            if self._lost:
                return
            self._tick()
            self._deliver(source)
            self.app.store.source_ok(source.key, self.app.clock.now(), source.backlog)
            self._failures = 0  # a whole cycle went through: the next failure starts afresh
            self.notify.alive()
            if (once and not handled) or (max_messages is not None and self.processed >= max_messages):
                return  # once: drained (a fetch found nothing more waiting)
            if not self._keep_lease(force=True):
                return
            if not handled:
                wait = min(self.app.config.daemon.poll_interval, self.notify.interval)
                source.wait(min(wait, leases.RENEW_EVERY) if self._lease and self._lease.needs_renewal else wait)

    # ---- the lease ----------------------------------------------------------------------------

    def _take_lease(self, source: MailSource) -> bool:
        folder = f"/{source.folder}" if isinstance(source, Checkpointed) else ""
        lease = leases.lease_for(self.app.store, f"source:{source.key}{folder}", self.holder)
        if not lease.acquire(self.app.clock.now()):
            return False
        self._lease, self._renewed, self._lost = lease, time.monotonic(), False
        return True

    def _keep_lease(self, force: bool = False) -> bool:
        """Renew the lease when it is due (or now, with force); False once it is lost."""
        lease = self._lease
        if lease is None:
            return True
        if not force and time.monotonic() - self._renewed < leases.RENEW_EVERY:
            return True
        if lease.renew(self.app.clock.now()):
            self._renewed = time.monotonic()
            return True
        log.warning("%s: the lease was lost (its database connection dropped, or another maild took it over): "
                    "standing back", self._source_key)
        self._lost = True
        return False

    def _pause(self, seconds: float) -> None:
        """Wait (a stop ends it early), telling systemd's watchdog all along that the loop lives."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and not self.app.stop.wait(min(left, self.notify.interval)):
            self.notify.alive()

    def _let_go(self) -> None:
        lease, self._lease = self._lease, None
        if lease is not None:
            lease.release()

    def _record_failure(self, exc: SourceError | StoreError, attempt: int) -> None:
        kind = EventKind.SOURCE_ERROR if isinstance(exc, SourceError) else EventKind.STORE_ERROR
        try:
            now = self.app.clock.now()
            self.app.store.add_event(kind, now, "daemon", error=str(exc), attempt=attempt)
            self.app.store.source_failed(self._source_key or self.app.config.daemon.source, now, str(exc))
        except StoreError:
            log.warning("could not record the failure either: the database is unavailable")

    def _tick(self) -> None:
        """Record SLA warnings and breaches due by now (once each, inside working time); then the
        reminders and the morning brief that are due (each once, in a transaction of its own)."""
        app = self.app
        steps = [("SLA tick", lambda tx, now: alerts.tick(tx, app.terms, app.escalation, now))]
        if time.monotonic() >= self._next_notices:  # they read the whole push log: once a minute is soon enough
            self._next_notices = time.monotonic() + NOTICES_EVERY
            steps += [("reminders", lambda tx, now: reminders.tick(tx, app.proactive, app.terms, now)),
                      ("morning brief", lambda tx, now: brief.tick(tx, app.proactive, app.terms, now))]
        for what, step in steps:
            try:
                with app.store.transaction() as tx:
                    step(tx, app.clock.now())
            except StoreError:
                raise  # the database's trouble, not the tick's: back off like any other
            except Exception:
                log.exception("%s failed; will try again next cycle", what)

    def _deliver(self, source: MailSource) -> None:
        """Send what the outbox holds that is due; delivery trouble never stops the mail loop."""
        try:
            done = outbox.drain(self.app.store, self.sender, _sent_folder(source), self.app.outgoing,
                                self.app.clock.now())
        except (StoreError, SourceError):
            raise
        except Exception:
            log.exception("outbox delivery failed; will try again next cycle")
            return
        if done.sent or done.retried or done.failed:
            log.info("outbox: %d sent, %d to retry, %d failed", len(done.sent), len(done.retried), len(done.failed))

    def _resume(self, source: MailSource) -> None:
        """Set the IMAP cursor from the checkpoint: first start begins with mail arriving from now on."""
        if not isinstance(source, Checkpointed):
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
            store.add_event(EventKind.UIDVALIDITY_CHANGED, now, "daemon", source=source.key,
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
                now = self.app.clock.now()
                try:
                    data = self.app.blobs.get(msg.sha256)
                except FileNotFoundError:
                    error = f"raw bytes {msg.sha256[:12]}… are missing from the blob store"
                    log.error("message %s: %s: quarantined", msg.id, error)
                    self.app.store.quarantine(msg.id, error, now)
                    outcome = ingest.Outcome(msg.id, Settlement.QUARANTINED, error=error)
                else:
                    outcome = ingest.process(msg.id, data, self.app, now)
            self._settle_row(source, msg, outcome)

    def _settle_row(self, source: MailSource, msg: Message, outcome: ingest.Outcome | None) -> None:
        status = outcome.settlement if outcome else (
            Settlement.QUARANTINED if msg.status == MessageStatus.QUARANTINED else Settlement.PROCESSED)
        self.app.store.make_durable()  # recovery is rare: one sync per message is cheap enough
        where = source.settle(msg.location, status)
        self.app.store.mark_settled(msg.id, where, self.app.clock.now())

    def _drain(self, source: MailSource, max_messages: int | None) -> int:
        limit = self.app.config.daemon.batch_size
        if max_messages is not None:
            limit = min(limit, max_messages - self.processed)
        batch = source.fetch(limit) if limit > 0 else []
        self.handle(source, batch)
        return len(batch)

    def handle(self, source: MailSource, batch: Iterable[RawMail]) -> None:
        """Keep every message of the batch (bytes, then row), parsing each in the pool meanwhile;
        then record each (committed on its own), then move the batch's messages out of the way
        together. A crash between leaves kept or committed mail in place: `_recover` finishes it."""
        done: dict[Settlement, list[tuple[int, Location]]] = {}
        kept: list[tuple[RawMail, int, Callable[[], ParsedMail] | None]] = []
        for n, raw in enumerate(batch):
            if n == 1:
                faults.point("mid-batch")
            if self.app.stop.is_set() or not self._keep_lease():
                break  # the rest stays in the source for the next start (or the next holder)
            outcome = ingest.keep(raw, self.app, self.app.clock.now())
            if isinstance(outcome, ingest.Outcome):
                self._done(done, outcome, raw.location)
            elif len(raw.data) > self.app.config.daemon.max_message_bytes:
                kept.append((raw, outcome, None))  # process() quarantines it, unparsed
            else:
                kept.append((raw, outcome, self.parsing.submit(raw.data, ingest.context_for(raw.data, self.app))))
        for raw, message_pk, parsed in kept:
            if self.app.stop.is_set() or not self._keep_lease():
                break  # kept, not recorded: the next start (or holder) finishes it
            outcome = ingest.process(message_pk, raw.data, self.app, self.app.clock.now(), self.acknowledge, parsed)
            faults.point("before-settle")
            self._done(done, outcome, raw.location)
        if done:
            self.app.store.make_durable()  # what is moved out of the inbox below stays recorded
        for settlement, rows in done.items():
            where = source.settle_all([location for _, location in rows], settlement)
            self.app.store.mark_settled_all([pk for pk, _ in rows], where, self.app.clock.now())

    def _done(self, done: dict[Settlement, list[tuple[int, Location]]], outcome: ingest.Outcome,
              location: Location) -> None:
        done.setdefault(outcome.settlement, []).append((outcome.message_pk, location))
        self.processed += 1
        self.notify.alive()

    def backfill(self, since: date) -> int:
        """Import mail older than the checkpoint that arrived on or after `since`; resumable."""
        with self.app.source() as source:
            if not isinstance(source, Checkpointed):
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
            if self.acknowledge:
                self._deliver(source)
        return self.processed


def _sent_folder(source: MailSource) -> outbox.SentFolder | None:
    """The source's Sent folder when it has one (IMAP with replies.sent_folder set)."""
    return source if isinstance(source, outbox.SentFolder) else None
