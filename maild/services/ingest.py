"""receive(): keep, understand and record one message. Safe to call twice.

    1. blobs.put(raw)             bytes kept first, content-addressed
    2. store.save_raw             txn 1 · idempotent on sha256 / Message-ID · advances the checkpoint
    3. parsers.parse              pure
    4. store.record_parsed        txn 2 · the record and its attachments
    5. routing.decide             pure · open / thread / link / triage / record, and why
    6. casework.carry_out         txn 2 · the case, its events and its SLA clock
    7. answers.answer             txn 2 · the automatic answer (guarded) into the outbox; a delivery
                                          report marks the mail it names bounced
    any failure in 3–7            → quarantine with the error; the raw bytes stay

A failure of the disk or the database (StoreError) is not the mail's fault: nothing of that
step is recorded, the message stays in its source (or `received`), and the daemon backs off
and reads it again.

The daemon splits receive() over a batch: keep() every message first (1–2, in order), step 3
in a ParsePool of worker processes meanwhile, then process() each in order (4–7).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import parsers
from maild import faults
from maild.adapters.db.models import EventKind, MessageStatus
from maild.core import routing
from maild.errors import NotFound, StoreError
from maild.rawmail import RawMail, Settlement
from maild.services import answers, casework
from parsers.records import Kind

if TYPE_CHECKING:
    from datetime import datetime

    from maild.app import App

log = logging.getLogger(__name__)

__all__ = ["Outcome", "ParsePool", "keep", "process", "receive", "retry"]

POOL_MAX_BYTES = 2 * 1024 * 1024  # bigger mail is parsed in the daemon itself: no copy through a pipe


@dataclass(frozen=True)
class Outcome:
    message_pk: int
    settlement: Settlement
    kind: str | None = None
    already: bool = False  # this message had been processed before (a re-delivery)
    error: str | None = None
    case: str | None = None  # the case opened or threaded
    decision: routing.Decision | None = None


def receive(raw: RawMail, app: App, acknowledge: bool = True) -> Outcome:
    """Keep, understand and record one message. Safe to call twice.

    `acknowledge=False` (backfilled mail) records everything but sends no automatic answer."""
    now = app.clock.now()
    kept = keep(raw, app, now)
    return kept if isinstance(kept, Outcome) else process(kept, raw.data, app, now, acknowledge)


def keep(raw: RawMail, app: App, now: datetime) -> Outcome | int:
    """Steps 1–2: the bytes, then their row. The new row's id, or the Outcome of a message seen before."""
    sha256 = app.blobs.put(raw.data)
    saved = app.store.save_raw(raw, sha256, parsers.peek_message_id(raw.data), now)
    faults.point("after-raw-store")
    if saved.status is MessageStatus.PARSED:
        log.info("%s: already recorded as message %s", sha256[:12], saved.message_pk)
        return Outcome(saved.message_pk, Settlement.PROCESSED, already=True)
    if saved.status is MessageStatus.QUARANTINED:
        return Outcome(saved.message_pk, Settlement.QUARANTINED, already=True)
    return saved.message_pk


def context_for(data: bytes, app: App) -> parsers.Context:
    """What the parser is told for these bytes: ours, and which of their references we know."""
    return replace(app.parse_context, known_ids=app.store.known_ids(parsers.peek_references(data)))


class ParsePool:
    """Step 3 across the cores: worker processes running the pure parser while the daemon keeps
    the next messages. Mail over POOL_MAX_BYTES is parsed in the daemon itself, and so is any mail
    whose worker died (the pool is made again for the next)."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, data: bytes, context: parsers.Context) -> Callable[[], parsers.ParsedMail]:
        """Start parsing; the returned call gives the record (or raises what the parser raised)."""
        def inline() -> parsers.ParsedMail:
            return parsers.parse(data, context)

        if self.processes < 1 or len(data) > POOL_MAX_BYTES:
            return inline
        try:
            future = self._executor().submit(parsers.parse, data, context)
        except BrokenProcessPool:
            self.close()
            return inline

        def result() -> parsers.ParsedMail:
            try:
                return future.result()
            except BrokenProcessPool:
                log.warning("a parser process died: parsing this mail in the daemon itself")
                self.close()
                return inline()
        return result

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_start, initargs=(os.getpid(),))
        return self._pool

    def close(self, wait: bool = False) -> None:
        """Stop the workers; queued parses are cancelled. `wait` lets the running ones finish and the
        pool's manager thread end first: at exit, CPython 3.11 may otherwise race that thread while
        it closes its wake-up pipe (a harmless but noisy 'Bad file descriptor' traceback)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)


def _worker_start(daemon_pid: int) -> None:
    """In each parser process: quiet as the CLI is, and gone within a second of the daemon (a
    SIGKILLed daemon's workers would otherwise live on, holding its output open)."""
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # as the CLI sets it: a WARNING per defect

    def watch() -> None:
        while os.getppid() == daemon_pid:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="daemon-watch", daemon=True).start()


def process(message_pk: int, data: bytes, app: App, now: datetime, acknowledge: bool = True,
            parsed: Callable[[], parsers.ParsedMail] | None = None) -> Outcome:
    """Parse stored bytes (or take what `parsed` gives) and record the result, or quarantine the
    message with its error."""
    try:
        if len(data) > app.config.daemon.max_message_bytes:
            raise ValueError(f"message of {len(data)} bytes exceeds daemon.max_message_bytes")
        mail = parsed() if parsed is not None else parsers.parse(data, context_for(data, app))
        for name, value in mail.control_headers:
            log.warning("message %s: ignored %s: %r from outside (only maild sets it)", message_pk, name, value)
        for att in mail.attachments:
            app.blobs.put(att.data, durable=False)  # not fsynced: the raw mail (fsynced) holds these bytes
        with app.store.transaction() as tx:
            message = app.store.record_parsed(tx, message_pk, mail, now)
            decision = routing.decide(mail, casework.facts(tx, mail))
            carried = casework.carry_out(tx, decision, message, mail, app.terms, now, app.config.parse.aliases)
            case_number = carried.case.number if carried.case is not None else None
            if acknowledge:
                answers.answer(tx, decision, message, mail, carried, app.replying, app.terms, now)
            if mail.kind == Kind.AUTO:
                answers.bounces(tx, data, message_pk, app.config.mailbox.own_domains, now)
    except StoreError:
        raise  # the database or disk failed, not the mail: it stays `received` and is processed again
    except Exception as exc:  # noqa: BLE001 - any failure quarantines this message, never the daemon
        error = f"{type(exc).__name__}: {exc}"
        log.warning("message %s: quarantined: %s", message_pk, error)
        app.store.quarantine(message_pk, error, now)
        return Outcome(message_pk, Settlement.QUARANTINED, error=error)
    faults.point("after-commit")
    log.info("message %s: %s from %s %r, %d attachment(s): %s", message_pk, mail.kind, mail.sender,
             mail.subject, len(mail.attachments), decision.reason)
    return Outcome(message_pk, Settlement.PROCESSED, kind=str(mail.kind), case=case_number, decision=decision)


def retry(message_pk: int, app: App) -> Outcome:
    """Process a quarantined message again from its stored bytes (after a fix)."""
    msg = app.store.message(message_pk)
    if msg is None:
        raise NotFound(f"no message {message_pk}")
    if msg.status is MessageStatus.PARSED:
        return Outcome(message_pk, Settlement.PROCESSED, kind=msg.kind, already=True)
    now = app.clock.now()
    outcome = process(message_pk, app.blobs.get(msg.sha256), app, now)
    app.store.add_event(EventKind.RETRIED, now, "operator", message_pk, result=str(outcome.settlement))
    return outcome
