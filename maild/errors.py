"""The exception tree, and what each error means to the caller.

    MaildError
    ├─ ConfigError               the operator fixes the file; `maild check-config` shows it
    ├─ CalendarGapError          a deadline falls in a year with no holiday data: declare it in config
    ├─ IllegalTransition         a refused action (e.g. ruling a closed case): CLI exits 2
    ├─ NotMigrated               the database schema is behind: run `maild db upgrade`
    ├─ SourceError               IMAP/Maildir trouble: the daemon reconnects with backoff
    └─ DeliveryError
       ├─ TemporaryDeliveryError 4xx or network: retry later
       └─ PermanentDeliveryError 5xx: the item failed, visible in the queue
    parsers.NotAMessage          input is not mail at all: `maild parse` exits 1, the daemon quarantines
"""

from __future__ import annotations


class MaildError(Exception):
    """Base of every error maild raises on purpose."""


class ConfigError(MaildError):
    """The configuration is wrong; the message names the dotted key."""


class CalendarGapError(MaildError):
    """A computation needs a year that neither the holiday library nor the config covers."""

    def __init__(self, year: int, detail: str = "") -> None:
        self.year = year
        msg = f"no holiday data for year {year}: declare it under [calendar] in the config"
        super().__init__(f"{msg} ({detail})" if detail else msg)


class IllegalTransition(MaildError):
    """A case action that its current state does not allow."""


class NotMigrated(MaildError):
    """The database schema is missing or older than this code."""


class SourceError(MaildError):
    """The mail source failed (network, login, protocol); retry with backoff."""


class DeliveryError(MaildError):
    """Sending a message failed."""


class TemporaryDeliveryError(DeliveryError):
    """A 4xx reply or a network error: try again later."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply: do not retry."""
