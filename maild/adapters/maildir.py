"""MaildirSource: a local Maildir as the mail source (demo default, tests, spools);
MaildirSender: a Maildir that outgoing mail is written into (`replies.transport = "maildir:PATH"`).

New mail is read from new/ and cur/ (received time: the delivery time that
Maildir file names start with, else the file's mtime); once its record is committed a message
is moved to the Maildir++ folder `.Processed` or `.Quarantine` beside them.
The same contract as ImapSource (tests/test_sources.py runs both).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from maild.errors import ServerUnavailable, SourceError
from maild.rawmail import Location, RawMail, Settlement

log = logging.getLogger(__name__)

FOLDERS = {Settlement.PROCESSED: ".Processed", Settlement.QUARANTINED: ".Quarantine"}


def delivery_time(name: str) -> datetime | None:
    """The delivery time a Maildir file name starts with ("1762140301.M1P1.host"), if any."""
    head = name.split(".", 1)[0]
    if head.isdigit() and 9 <= len(head) <= 11:
        return datetime.fromtimestamp(int(head), UTC)
    return None


class MaildirSource:
    def __init__(self, path: Path, stop: threading.Event | None = None) -> None:
        self.path = Path(path).resolve()
        self.key = f"maildir:{self.path}"
        self.backlog = 0  # messages waiting beyond the last fetch
        self._stop = stop or threading.Event()

    def __enter__(self) -> MaildirSource:
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def fetch(self, limit: int) -> list[RawMail]:
        """Up to `limit` messages still waiting, oldest delivery first."""
        try:
            entries = [p for sub in ("new", "cur") for p in (self.path / sub).iterdir() if p.is_file()
                       and not p.name.startswith(".")]
        except OSError as exc:
            raise SourceError(f"{self.key}: cannot list: {exc}") from exc
        entries.sort(key=lambda p: (delivery_time(p.name) or datetime.fromtimestamp(p.stat().st_mtime, UTC), p.name))
        out = []
        for p in entries[:limit]:
            try:
                data = p.read_bytes()
                received = delivery_time(p.name) or datetime.fromtimestamp(p.stat().st_mtime, UTC)
            except FileNotFoundError:  # moved by someone else meanwhile
                continue
            out.append(RawMail(data=data, location=Location(self.key, p.parent.name, ref=p.name),
                               received_at=received))
        self.backlog = max(0, len(entries) - len(out))
        return out

    def settle_all(self, locations: Sequence[Location], where: Settlement) -> str:
        """Move committed messages out of the way; returns the folder they went to."""
        for location in locations:
            self.settle(location, where)
        return FOLDERS[where]

    def settle(self, location: Location, where: Settlement) -> str:
        """Move a committed message out of the way; returns the folder it went to."""
        ref = location.ref
        if not ref or "/" in ref or ref.startswith("."):
            return FOLDERS[where]  # not a file of this Maildir
        target_dir = self.path / FOLDERS[where] / "cur"
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            for sub in ("new", "cur"):
                src = self.path / sub / ref
                if src.exists():
                    os.replace(src, target_dir / ref)
                    return FOLDERS[where]
        except OSError as exc:
            raise SourceError(f"{self.key}: cannot move {ref}: {exc}") from exc
        return FOLDERS[where]  # already moved (a retry after a crash)

    def release(self, location: Location, message_id: str | None) -> str | None:
        """Move a message that was quarantined and is now processed on to the processed folder."""
        ref = location.ref
        if not ref or "/" in ref or ref.startswith("."):
            return None
        src = self.path / FOLDERS[Settlement.QUARANTINED] / "cur" / ref
        if not src.exists():
            return None
        target = self.path / FOLDERS[Settlement.PROCESSED] / "cur"
        try:
            target.mkdir(parents=True, exist_ok=True)
            os.replace(src, target / ref)
        except OSError as exc:
            raise SourceError(f"{self.key}: cannot move {ref} out of quarantine: {exc}") from exc
        return FOLDERS[Settlement.PROCESSED]

    def wait(self, timeout: float) -> None:
        """Sleep until the timeout or a stop request (a Maildir has no push)."""
        self._stop.wait(timeout)

    def deliver(self, data: bytes, name: str) -> Path:
        """Drop a message into new/ the Maildir way (tmp/ then rename): for demos and tests."""
        tmp = self.path / "tmp" / name
        tmp.write_bytes(data)
        target = self.path / "new" / name
        os.replace(tmp, target)
        return target


class MaildirSender:
    """A Maildir that outgoing mail is written into instead of being sent (demo, staging, tests).

    Each message is one file named after its Message-ID, so writing it twice keeps one copy
    and `contains` answers whether a message was handed over.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path).resolve()
        self.key = f"maildir:{self.path}"

    def __enter__(self) -> MaildirSender:
        try:
            for sub in ("new", "cur", "tmp"):
                (self.path / sub).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServerUnavailable(f"{self.key}: cannot create the Maildir: {exc}") from exc
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    @staticmethod
    def name_for(message_id: str) -> str:
        return hashlib.sha256(message_id.strip().encode()).hexdigest()[:32] + ".maild:2,"

    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> None:
        """Write the message into new/ the Maildir way (tmp/ then rename)."""
        name = self.name_for(_message_id(raw))
        tmp = self.path / "tmp" / name
        try:
            tmp.write_bytes(raw)
            os.replace(tmp, self.path / "new" / name)
        except OSError as exc:
            raise ServerUnavailable(f"{self.key}: cannot write {name}: {exc}") from exc

    def contains(self, message_id: str) -> bool:
        name = self.name_for(message_id)
        return any((self.path / sub / name).exists() for sub in ("new", "cur"))


def _message_id(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for line in head.splitlines():
        if line[:11].lower() == b"message-id:":
            return line[11:].decode("ascii", "replace").strip()
    return hashlib.sha256(raw).hexdigest()
