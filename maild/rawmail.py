"""What a mail source hands the daemon: raw bytes, where they sit, and where they go next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Settlement(StrEnum):
    """Where a message goes in its source once its fate is committed."""

    PROCESSED = "processed"
    QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class Location:
    """Where one message sits in its source; stored with the message and handed back to settle it.

    `source` is the checkpoint key ("imap:user@host:port", "maildir:/abs/path", "file:/dir").
    IMAP addresses a message by folder, UIDVALIDITY and UID; a Maildir by its file name (`ref`).
    """

    source: str
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    ref: str | None = None

    @property
    def imap_uid(self) -> tuple[str, int, int] | None:
        """(folder, UIDVALIDITY, UID) when the message has an IMAP address, else None."""
        if self.folder is None or self.uidvalidity is None or self.uid is None:
            return None
        return self.folder, self.uidvalidity, self.uid


@dataclass(frozen=True)
class RawMail:
    """One message exactly as the source delivered it.

    `received_at` is our receipt (IMAP INTERNALDATE, Maildir delivery time),
    never the sender's Date: header.
    """

    data: bytes = field(repr=False)
    location: Location
    received_at: datetime

    @property
    def source(self) -> str:
        return self.location.source
