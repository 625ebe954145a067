"""The transactional outbox: mail is written with the change that causes it, and delivered after.

    enqueue(tx, letter, now)          inside the caller's transaction; the Message-ID is fixed here
    drain(store, sender, …, now)      send what is due: sent · retried later (4xx, network) · failed (5xx)
    recover(store, sender, …, now)    rows a crash left in `sending`: found in the Sent folder → sent,
                                      else sent again with the same Message-ID
    bounced(tx, message_ids, …)       a delivery-status notification named our mail

At least once, and nearly exactly once: a row is claimed (`sending`) in its own short
transaction, sent with no transaction open, copied to the Sent folder, then marked `sent`.
A crash between the server's acceptance and that mark leaves the row in `sending`; on the next
start it is looked up in the Sent folder (IMAP) or the outgoing Maildir by its Message-ID and
only sent again when it is not there — so the window for a second copy is the moment between
the server's "250" and the APPEND, and a second copy has the same Message-ID, which mail
clients show once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from email.utils import parseaddr
from typing import Protocol, runtime_checkable

from jinja2 import Environment
from sqlalchemy.orm import Session

from maild import faults
from maild.adapters.db import queries
from maild.adapters.db.models import (
    Case,
    CaseEvent,
    Direction,
    KnownId,
    OutboxItem,
    OutboxStatus,
    Purpose,
)
from maild.adapters.db.store import Store
from maild.core.cases import Action
from maild.core.replies import Envelope, Rendered, compose, render
from maild.errors import (
    InvalidRequest,
    NotFound,
    PermanentDeliveryError,
    ServerUnavailable,
    TemporaryDeliveryError,
)

log = logging.getLogger(__name__)

__all__ = ["Drained", "Letter", "Outgoing", "cancel", "release", "MailSender", "SentFolder", "backoff", "bounced", "drain",
           "enqueue", "message_id", "recover"]

GIVE_UP_AFTER = timedelta(days=7)  # temporary failures are retried for a week, then the row fails


class MailSender(Protocol):
    """Where outgoing mail goes (SMTP, or a Maildir that keeps it); used as a context manager."""

    def __enter__(self) -> MailSender: ...
    def __exit__(self, *exc: object) -> None: ...
    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> None:
        """Hand one message over; TemporaryDeliveryError (retry) or PermanentDeliveryError (give up)."""
        ...


@runtime_checkable
class Keeping(Protocol):
    """A transport that keeps what it was given (a Maildir): it can say whether it has a message."""

    def contains(self, message_id: str) -> bool: ...


@runtime_checkable
class SentFolder(Protocol):
    """The mailbox's Sent folder: a copy of each sent mail, and the record a crash is checked against."""

    def append_sent(self, raw: bytes) -> None: ...
    def sent_contains(self, message_id: str) -> bool: ...


@dataclass(frozen=True)
class Outgoing:
    """What writing and sending mail needs beside the rows: our From, the domain our Message-IDs
    are made on, the zone dates are written in, and the templates (the operator's first)."""

    from_: str
    domain: str
    tz: tzinfo
    env: Environment

    @property
    def envelope_from(self) -> str:
        """The bare address of From, for MAIL FROM."""
        return parseaddr(self.from_)[1] or self.from_

    @property
    def mailbox(self) -> str:
        """Whose mail this is: the From address, lower case (the outbox's tenant key)."""
        return self.envelope_from.lower()

    def letter(self, purpose: Purpose, template: str, context: dict, recipients: tuple[str, ...],
               message_id: str, now: datetime, *, in_reply_to: str | None = None,
               references: tuple[str, ...] = (), auto_submitted: str | None = "auto-replied",
               case: Case | None = None, trigger_message_pk: int | None = None, auto_reply: bool = False,
               hold: str | None = None) -> Letter:
        """Render a template and compose the message it becomes, ready to enqueue."""
        rendered = render(template, self.env, **context)
        envelope = Envelope(self.from_, recipients, message_id, in_reply_to, references, auto_submitted)
        return Letter(purpose, message_id, recipients, rendered, compose(rendered, envelope, now, self.tz),
                      template, case, auto_reply, trigger_message_pk, hold, self.mailbox)


@dataclass(frozen=True)
class Letter:
    """One mail to enqueue."""

    purpose: Purpose
    message_id: str
    recipients: tuple[str, ...]
    rendered: Rendered
    raw: bytes
    template: str | None = None
    case: Case | None = None
    auto_reply: bool = False
    trigger_message_pk: int | None = None
    hold: str | None = None  # why it is held for HQ instead of sent
    mailbox: str | None = None  # the address it goes out from (Outgoing.mailbox)


@dataclass
class Drained:
    sent: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


RECOVER_AFTER = timedelta(minutes=2)  # a send claimed longer ago than this was cut off; a newer one may be live


def backoff(attempts: int) -> timedelta:
    """Wait before attempt n+1 after a temporary failure: 1, 2, 4 … minutes, at most an hour."""
    return timedelta(minutes=min(60, 2 ** max(0, attempts - 1)))


def message_id(tx: Session, purpose: Purpose, case: Case | None, trigger_pk: int | None, domain: str) -> str:
    """Our recognisable Message-ID: <ack.SS-2026-000123.1@ptg139.com>, numbered per case."""
    key = case.number if case is not None else f"m{trigger_pk}"
    n = queries.outbox_count(tx, case.id if case is not None else None, trigger_pk) + 1
    return f"<{purpose}.{key}.{n}@{domain}>"


def enqueue(tx: Session, letter: Letter, now: datetime) -> OutboxItem:
    """Write one mail into the outbox in the caller's transaction, and register its Message-ID."""
    status = OutboxStatus.HELD if letter.hold else OutboxStatus.PENDING
    item = OutboxItem(case_pk=letter.case.id if letter.case else None, purpose=letter.purpose,
                      message_id=letter.message_id, recipients=list(letter.recipients),
                      subject=letter.rendered.subject, body=letter.rendered.body, raw=letter.raw,
                      template=letter.template, auto_reply=letter.auto_reply,
                      to_address=letter.recipients[0].lower() if letter.recipients else None,
                      trigger_message_pk=letter.trigger_message_pk, mailbox=letter.mailbox, attempts=0,
                      next_attempt_at=None if letter.hold else now, status=status, note=letter.hold,
                      created_at=now)
    tx.add(item)
    if tx.get(KnownId, letter.message_id) is None:
        tx.add(KnownId(message_id=letter.message_id, direction=Direction.OUT,
                       case_number=letter.case.number if letter.case else None, at=now))
    tx.flush()
    log.info("%s: %s to %s queued%s", letter.message_id, letter.purpose, ", ".join(letter.recipients),
             f" and held ({letter.hold})" if letter.hold else "")
    return item


def _raw_of(item: OutboxItem, delivery: Outgoing, now: datetime) -> bytes:
    """The row's exact bytes; a row written before they were kept is composed from its text."""
    if item.raw is not None:
        return item.raw
    envelope = Envelope(delivery.from_, tuple(item.recipients), item.message_id, auto_submitted="auto-generated")
    return compose(Rendered(item.subject, item.body), envelope, item.created_at or now, delivery.tz)


def _claim(store: Store, now: datetime, limit: int, mailbox: str) -> list[int]:
    with store.transaction() as tx:
        items = queries.due_outbox(tx, now, limit, mailbox)
        for item in items:
            item.status, item.claimed_at = OutboxStatus.SENDING, now
        return [item.id for item in items]


def drain(store: Store, sender: MailSender, sent_folder: SentFolder | None, delivery: Outgoing,
          now: datetime, limit: int = 50) -> Drained:
    """Send every row of this mailbox due by `now` (at most `limit`); each ends sent, rescheduled or
    failed. Another mailbox's rows are left to its own daemon."""
    done = Drained()
    ids = _claim(store, now, limit, delivery.mailbox)
    if not ids:
        return done
    with sender:
        for n, pk in enumerate(ids):
            with store.transaction() as tx:
                item = tx.get_one(OutboxItem, pk)
                raw, recipients, mid = _raw_of(item, delivery, now), list(item.recipients), item.message_id
                item.raw = raw
            try:
                sender.send(raw, delivery.envelope_from, recipients)
            except PermanentDeliveryError as exc:
                _finish(store, pk, OutboxStatus.FAILED, now, error=str(exc))
                done.failed.append(mid)
                continue
            except TemporaryDeliveryError as exc:
                _retry(store, pk, now, str(exc))
                done.retried.append(mid)
                if isinstance(exc, ServerUnavailable):  # the server is not there: the rest can wait too
                    for rest in ids[n + 1:]:
                        _retry(store, rest, now, str(exc), count=False)
                    break
                continue
            if sent_folder is not None:
                _copy_to_sent(sent_folder, raw, mid)
            faults.point("after-send")
            _finish(store, pk, OutboxStatus.SENT, now)
            done.sent.append(mid)
    return done


def _copy_to_sent(sent_folder: SentFolder, raw: bytes, mid: str) -> None:
    try:
        sent_folder.append_sent(raw)
    except Exception as exc:  # noqa: BLE001 - the mail went out; a missing copy is only logged
        log.warning("%s: sent, but the copy to the Sent folder failed: %s", mid, exc)


def _finish(store: Store, pk: int, status: OutboxStatus, now: datetime, error: str | None = None) -> None:
    with store.transaction() as tx:
        item = tx.get_one(OutboxItem, pk)
        item.status, item.attempts = status, item.attempts + 1
        if status is OutboxStatus.SENT:
            item.sent_at, item.last_error = now, None
            log.info("%s: sent to %s", item.message_id, ", ".join(item.recipients))
        else:
            item.last_error = error
            log.warning("%s: failed for good: %s", item.message_id, error)
            _note_on_case(tx, item, f"mail {item.message_id} to {', '.join(item.recipients)} failed: {error}", now)


def _retry(store: Store, pk: int, now: datetime, error: str, count: bool = True) -> None:
    with store.transaction() as tx:
        item = tx.get_one(OutboxItem, pk)
        item.attempts += 1 if count else 0
        item.last_error = error
        if now - item.created_at > GIVE_UP_AFTER:
            item.status = OutboxStatus.FAILED
            _note_on_case(tx, item, f"mail {item.message_id} gave up after {item.attempts} attempts: {error}", now)
            return
        item.status, item.next_attempt_at = OutboxStatus.PENDING, now + backoff(max(item.attempts, 1))
        log.info("%s: temporary failure (%s); next attempt %s", item.message_id, error, item.next_attempt_at)


def _note_on_case(tx: Session, item: OutboxItem, text: str, now: datetime) -> None:
    case = tx.get(Case, item.case_pk) if item.case_pk else None
    if case is None:
        return
    tx.add(CaseEvent(case_pk=case.id, action=Action.NOTE, from_state=case.state, to_state=case.state,
                     actor="maild", at=now, detail=text, data={"outbox": item.message_id, "status": item.status}))


def recover(store: Store, sender: MailSender, sent_folder: SentFolder | None, now: datetime,
            claimed_before: datetime | None = None, mailbox: str | None = None) -> list[str]:
    """Settle the rows (of `mailbox`, default any) a crash left in `sending` (claimed before
    `claimed_before`, default all): sent when the Sent folder or the outgoing Maildir has their
    Message-ID, else due again at once (same Message-ID). Returns the ones found."""
    found = []
    with store.transaction() as tx:
        stuck = [i for i in queries.outbox_in(tx, OutboxStatus.SENDING)
                 if (claimed_before is None or i.claimed_at is None or i.claimed_at < claimed_before)
                 and (mailbox is None or i.mailbox in (None, mailbox))]
        for item in stuck:
            kept = isinstance(sender, Keeping) and sender.contains(item.message_id)
            if kept or (sent_folder is not None and sent_folder.sent_contains(item.message_id)):
                item.status, item.sent_at = OutboxStatus.SENT, item.sent_at or now
                found.append(item.message_id)
                log.info("%s: was sent before a crash (found in the Sent folder)", item.message_id)
            else:
                item.status, item.next_attempt_at = OutboxStatus.PENDING, now
                log.warning("%s: interrupted while sending and not in the Sent folder: sending again",
                            item.message_id)
    return found


def bounced(tx: Session, message_ids: Sequence[str], report_pk: int, now: datetime) -> list[str]:
    """Mark our sent mail that a delivery-status notification names as bounced, on its case too."""
    marked = []
    for item in queries.outbox_by_message_ids(tx, message_ids):
        if item.status not in (OutboxStatus.SENT, OutboxStatus.SENDING):
            continue
        item.status, item.note = OutboxStatus.BOUNCED, f"bounce report: message {report_pk}"
        _note_on_case(tx, item, f"mail {item.message_id} to {', '.join(item.recipients)} bounced "
                                f"(report: message {report_pk})", now)
        marked.append(item.message_id)
        log.warning("%s: bounced (report: message %s)", item.message_id, report_pk)
    return marked


def auto_replies_since(tx: Session, address: str, since: datetime) -> int:
    """How many automatic replies this address was written since then (held ones included)."""
    return queries.auto_replies_to(tx, address.lower(), since)


# ---- what HQ does to the outbox --------------------------------------------------------------

_RELEASABLE = (OutboxStatus.HELD, OutboxStatus.FAILED, OutboxStatus.BOUNCED, OutboxStatus.CANCELLED)
_CANCELLABLE = (OutboxStatus.PENDING, OutboxStatus.HELD, OutboxStatus.FAILED)


def _item(tx: Session, pk: int) -> OutboxItem:
    item = queries.outbox_item(tx, pk)
    if item is None:
        raise NotFound(f"no outbox mail {pk}")
    return item


def release(tx: Session, pk: int, now: datetime) -> OutboxItem:
    """Send a held, failed, bounced or cancelled mail again, now (same Message-ID)."""
    item = _item(tx, pk)
    if item.status not in _RELEASABLE:
        raise InvalidRequest(f"outbox mail {pk} is {item.status}: only held, failed, bounced or cancelled "
                             f"mail can be sent again")
    item.status, item.next_attempt_at, item.note = OutboxStatus.PENDING, now, f"released {now.isoformat()}"
    return item


def cancel(tx: Session, pk: int, now: datetime, why: str = "") -> OutboxItem:
    """Keep a pending, held or failed mail from going out."""
    item = _item(tx, pk)
    if item.status not in _CANCELLABLE:
        raise InvalidRequest(f"outbox mail {pk} is {item.status}: only pending, held or failed mail can be cancelled")
    item.status, item.note = OutboxStatus.CANCELLED, f"cancelled {now.isoformat()}" + (f": {why}" if why else "")
    return item
