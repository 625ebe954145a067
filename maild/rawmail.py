"""The value a mail source hands to ingest: raw bytes plus where they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Settlement(StrEnum):
    """Where a message goes in its source once its fate is committed."""

    PROCESSED = "processed"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class RawMail:
    """One message exactly as the source delivered it.

    `received_at` is our receipt (IMAP INTERNALDATE, Maildir delivery time),
    never the sender's Date: header.
    """

    data: bytes = field(repr=False)
    source: str  # "imap:user@host:port" or "maildir:/abs/path": the checkpoint key
    received_at: datetime
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    ref: str | None = None  # the source's own key (Maildir file name)
