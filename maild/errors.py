"""The exception tree, and what each error means to the caller.

    MaildError
    ├─ ConfigError               the operator fixes the file; `maild check-config` shows it
    ├─ CalendarGapError          a deadline falls in a year with no holiday data: declare it in config
    ├─ IllegalTransition         a refused action (e.g. ruling a closed case): CLI exits 2
    ├─ InvalidRequest            a request maild cannot act on as given (a blank actor): fix and repeat
    ├─ NotFound                  no such case or message: check the number
    ├─ RegistryError             a partners/clients file has bad rows: nothing imported, fix the lines
    ├─ StoreError                the database or the blob store failed: retry later (the daemon backs off)
    │  └─ Conflict               another process wrote the same thing first: read again
    ├─ NotMigrated               the database schema is behind: run `maild db upgrade`
    ├─ SourceError               IMAP/Maildir trouble: the daemon reconnects with backoff
    │  └─ LoginRefused           wrong credentials: a few tries, then the daemon stops (accounts lock)
    ├─ GaveUp                    the daemon stopped on purpose (e.g. logins refused): fix, then start it
    └─ DeliveryError
       ├─ TemporaryDeliveryError 4xx: retry this mail later
       │  └─ ServerUnavailable   no connection, TLS or login: retry later, and the rest of the batch too
       └─ PermanentDeliveryError 5xx: the item failed, visible in the queue
    parsers.NotAMessage          input is not mail at all: `maild parse` exits 1, the daemon quarantines
"""

from __future__ import annotations

from collections.abc import Iterable


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


class InvalidRequest(MaildError, ValueError):
    """A request that cannot be carried out as given (e.g. an action without an actor)."""


class NotFound(MaildError, LookupError):
    """No case or message by that number."""


class RegistryError(MaildError):
    """A registry file has bad rows; `problems` lists each as "line N: column: problem"."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class StoreError(MaildError):
    """The database or the blob store failed (connection, disk): nothing is lost; retry later."""


class Conflict(StoreError):
    """A unique rule refused a write because another process made it first (two daemons racing)."""


class NotMigrated(MaildError):
    """The database schema is missing or older than this code."""


class SourceError(MaildError):
    """The mail source failed (network, login, protocol); retry with backoff."""


class LoginRefused(SourceError):
    """The server refused our username or password; retrying for ever can lock the mailbox."""


class GaveUp(MaildError):
    """The daemon stopped on purpose because going on would do harm; the message says what to fix."""


class DeliveryError(MaildError):
    """Sending a message failed."""


class TemporaryDeliveryError(DeliveryError):
    """A 4xx reply or a network error: try again later."""


class ServerUnavailable(TemporaryDeliveryError):
    """The mail server cannot be reached, spoken to securely, or logged into: nothing can be sent now."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply: do not retry."""
