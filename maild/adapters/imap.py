"""ImapSource: the HQ mailbox over IMAP (imapclient), a thin adapter.

TLS by default; BODY.PEEK[] so flags never change by reading; batches bounded
by count and by RFC822.SIZE; IDLE when offered (poll otherwise) with dead-socket
detection; MOVE, or COPY + \\Deleted + EXPUNGE where MOVE is absent. Every
failure becomes SourceError, and the daemon reconnects with backoff.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from maild import faults
from maild.config import Imap, Secret
from maild.errors import LoginRefused, SourceError
from maild.rawmail import Location, RawMail, Settlement

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])
BATCH_BYTES = 50 * 1024 * 1024
_IDLE_SLICE = 1.0
LIVENESS = 25.0  # seconds of IDLE between pings
PING_TIMEOUT = 10.0  # seconds a ping may take before the connection counts as dead


def _translated(fn: F) -> F:
    """Turn every network/protocol failure into SourceError (the adapter never decides)."""

    @functools.wraps(fn)
    def wrapper(self: ImapSource, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except SourceError:
            raise
        except (IMAPClientError, OSError, ssl.SSLError, EOFError) as exc:
            raise SourceError(f"{self.key}: {type(exc).__name__}: {exc}") from exc

    return wrapper  # type: ignore[return-value]


class ImapSource:
    def __init__(self, cfg: Imap, password: Secret, stop: threading.Event | None = None,
                 sent_folder: str = "") -> None:
        self.cfg = cfg
        self.sent_folder = sent_folder  # where copies of sent mail go ("" = none)
        self._password = password
        self.key = f"imap:{cfg.username}@{cfg.host}:{cfg.port}"
        self.folder = cfg.folder
        self._stop = stop or threading.Event()
        self._client: IMAPClient | None = None
        self.uidvalidity = 0
        self.last_uid = 0
        self.backlog = 0  # messages after the cursor not handed out by the last fetch
        self.can_idle = False
        self._moves = False  # the server has MOVE (else COPY + \Deleted + EXPUNGE)
        self._uidplus = False  # the server has UID EXPUNGE
        self._uidnext = 1

    # ---- connection -----------------------------------------------------------------------

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.cfg.ca_file or None)
        return ctx

    @_translated
    def __enter__(self) -> ImapSource:
        cfg = self.cfg
        client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.tls == "ssl",
                            ssl_context=self._context() if cfg.tls == "ssl" else None,
                            timeout=SocketTimeout(connect=cfg.connect_timeout, read=cfg.read_timeout))
        try:
            if cfg.tls == "starttls":
                client.starttls(self._context())
            try:
                client.login(cfg.username, self._password.reveal())
            except LoginError as exc:
                raise LoginRefused(f"{self.key}: login refused: {exc}") from exc
            client.normalise_times = False
            caps = set(client.capabilities())
            if cfg.send_id and b"ID" in caps:
                client.id_({"name": "maild", "version": "0.1"})
            self.can_idle = cfg.idle and b"IDLE" in caps
            self._moves = b"MOVE" in caps
            self._uidplus = b"UIDPLUS" in caps
            for folder in (cfg.processed_folder, cfg.quarantine_folder):
                if not client.folder_exists(folder):
                    client.create_folder(folder)
            selected = client.select_folder(self.folder)
        except BaseException:
            if _alive(client):
                client.logout()
            raise
        self._client = client
        self.uidvalidity = int(selected[b"UIDVALIDITY"])
        self._uidnext = int(selected.get(b"UIDNEXT", 1))
        log.info("%s: connected, %s UIDVALIDITY %s, IDLE %s", self.key, self.folder,
                 self.uidvalidity, "yes" if self.can_idle else "no")
        return self

    def __exit__(self, *exc: object) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except Exception:  # noqa: BLE001 - the connection may already be gone
                if _alive(client):
                    client.shutdown()

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise SourceError(f"{self.key}: not connected")
        return self._client

    # ---- reading ----------------------------------------------------------------------------

    @_translated
    def position(self) -> tuple[int, int]:
        """(UIDVALIDITY, highest UID now in the folder): where "from now on" begins."""
        uids = self.client.search(["ALL"])
        return self.uidvalidity, max(uids, default=max(self._uidnext - 1, 0))

    def seek(self, last_uid: int) -> None:
        self.last_uid = last_uid

    @_translated
    def fetch(self, limit: int) -> list[RawMail]:
        """The next messages after the cursor (UID order), at most `limit` and ~50 MB."""
        uids = sorted(u for u in self.client.search(["UID", f"{self.last_uid + 1}:*"]) if u > self.last_uid)
        out = self.fetch_uids(uids[:limit])
        self.backlog = len(uids) - len(out)
        return out

    @_translated
    def fetch_uids(self, uids: list[int]) -> list[RawMail]:
        if not uids:
            return []
        sizes = self.client.fetch(uids, ["RFC822.SIZE"])
        chosen, total = [], 0
        for uid in uids:
            size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
            if chosen and total + size > BATCH_BYTES:
                break
            chosen.append(uid)
            total += size
        data = self.client.fetch(chosen, ["BODY.PEEK[]", "INTERNALDATE"])
        faults.point("during-fetch")
        out = []
        for uid in chosen:
            item = data.get(uid) or {}
            body, arrived = item.get(b"BODY[]"), item.get(b"INTERNALDATE")
            # expunged by another client meanwhile: no item, or a NIL body, or no date. Skipped:
            # if it still exists, the next fetch (the cursor stays before it) reads it again
            if not isinstance(body, bytes | bytearray) or not isinstance(arrived, datetime):
                log.info("%s: UID %s vanished between SEARCH and FETCH: skipped", self.key, uid)
                continue
            where = Location(self.key, self.folder, self.uidvalidity, uid)
            out.append(RawMail(data=bytes(body), location=where, received_at=_aware(arrived)))
            self.last_uid = max(self.last_uid, uid)
        return out

    @_translated
    def uids_since(self, since: date) -> list[int]:
        """UIDs of messages that arrived on or after a day (for backfill)."""
        return sorted(self.client.search(["SINCE", since]))

    # ---- settling -------------------------------------------------------------------------

    def settle(self, location: Location, where: Settlement) -> str:
        """Move one committed message to the processed or quarantine folder."""
        return self.settle_all([location], where)

    @_translated
    def settle_all(self, locations: Sequence[Location], where: Settlement) -> str:
        """Move committed messages to the processed or quarantine folder: one UID MOVE for them all."""
        target = self.cfg.processed_folder if where == Settlement.PROCESSED else self.cfg.quarantine_folder
        here = (self.folder, self.uidvalidity)
        # one not in this folder's current UID space is rediscovered and deduplicated later
        uids = [a[2] for loc in locations if (a := loc.imap_uid) is not None and a[:2] == here]
        if not uids:
            return target
        client = self.client
        if self._moves:
            client.move(uids, target)
        else:
            client.copy(uids, target)
            client.add_flags(uids, [b"\\Deleted"])
            if self._uidplus:
                client.uid_expunge(uids)
            else:
                client.expunge()
        return target

    @_translated
    def release(self, location: Location, message_id: str | None) -> str | None:
        """Move a message that was quarantined and is now processed from the quarantine folder to the
        processed one, found there by its Message-ID (its UID changed when it was moved)."""
        if not message_id:
            return None
        client = self.client
        quarantine, processed = self.cfg.quarantine_folder, self.cfg.processed_folder
        if not client.folder_exists(quarantine):
            return None
        client.select_folder(quarantine)
        try:
            uids = client.search(["HEADER", "Message-ID", message_id])
            if not uids:
                return None
            if self._moves:
                client.move(uids, processed)
            else:
                client.copy(uids, processed)
                client.add_flags(uids, [b"\\Deleted"])
                client.expunge()
            return processed
        finally:
            client.select_folder(self.folder)

    # ---- the Sent folder (a copy of each sent mail; what a crash is checked against) -------------

    @_translated
    def append_sent(self, raw: bytes) -> None:
        if not self.sent_folder:
            return
        client = self.client
        if not client.folder_exists(self.sent_folder):
            client.create_folder(self.sent_folder)
        client.append(self.sent_folder, raw, flags=[b"\\Seen"])

    @_translated
    def sent_contains(self, message_id: str) -> bool:
        """Whether the Sent folder holds a message with this Message-ID (the inbox stays selected)."""
        if not self.sent_folder:
            return False
        client = self.client
        if not client.folder_exists(self.sent_folder):
            return False
        client.select_folder(self.sent_folder, readonly=True)
        try:
            return bool(client.search(["HEADER", "Message-ID", message_id]))
        finally:
            client.select_folder(self.folder)

    # ---- waiting ------------------------------------------------------------------------------

    @_translated
    def wait(self, timeout: float) -> None:
        """IDLE until something changes, the timeout passes, or a stop is requested."""
        if not self.can_idle:
            self._stop.wait(timeout)
            if not self._stop.is_set():
                self.client.noop()
            return
        client = self.client
        # Mail that arrived since the last SEARCH was announced in the reply to whatever ran since
        # (an APPEND to Sent, a SELECT), and imapclient drops such unsolicited EXISTS: look once more.
        if any(u > self.last_uid for u in client.search(["UID", f"{self.last_uid + 1}:*"])):
            return
        client.idle()
        # IDLE is left and the server pinged at least every LIVENESS seconds: a connection that
        # froze without closing (a dead NAT entry) answers nothing, and is noticed in seconds
        deadline = time.monotonic() + min(timeout, self.cfg.idle_renew, LIVENESS)
        fast_empty = 0
        dead = False
        try:
            # An EXISTS that reached us before the server's "+ idling" is filed by imaplib under
            # untagged_responses, where idle_check() never looks: it means new mail now.
            early = getattr(client._imap, "untagged_responses", {})
            if early.pop("EXISTS", None) or early.pop("RECENT", None):
                return
            while not self._stop.is_set() and time.monotonic() < deadline:
                started = time.monotonic()
                responses = client.idle_check(timeout=_IDLE_SLICE)
                if any(r and r[0] == b"BYE" for r in responses):
                    dead = True
                    raise SourceError(f"{self.key}: server said BYE during IDLE")
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return
                # imapclient returns [] at once, forever, on a dead socket: detect the spin
                fast_empty = fast_empty + 1 if not responses and time.monotonic() - started < 0.05 else 0
                if fast_empty >= 3:
                    dead = True
                    raise SourceError(f"{self.key}: connection lost during IDLE")
        finally:
            if not dead:  # idle_done() can hang on a dead socket (imapclient #449): not for long
                with self._briefly(client):
                    client.idle_done()
        with self._briefly(client):
            client.noop()

    @contextlib.contextmanager
    def _briefly(self, client: IMAPClient) -> Iterator[None]:
        """Commands that must answer quickly (leaving IDLE, NOOP) wait PING_TIMEOUT, not read_timeout."""
        sock = client.socket()
        previous = sock.gettimeout()
        sock.settimeout(min(PING_TIMEOUT, self.cfg.read_timeout))
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                sock.settimeout(previous)


def _alive(client: IMAPClient) -> bool:
    try:
        return client._imap.sock is not None
    except (AttributeError, OSError):
        return False


def _aware(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    raise SourceError(f"server gave no INTERNALDATE: {value!r}")
