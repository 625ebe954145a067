"""The configuration's sections and keys: frozen dataclasses, each key documented where declared."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from maild.config.terms import calendar_from, policies_from
from maild.core import sla
from maild.core.calendar import WorkCalendar
from maild.errors import ConfigError


class Secret:
    """A password that never prints."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


@dataclass(frozen=True)
class Mailbox:
    # The HQ address partners write to; mail from it is our own.
    address: str = "dor@ptg139.com"
    # Domains whose Message-IDs and case tags are ours (threading, loop detection).
    own_domains: tuple[str, ...] = ("ptg139.com",)
    # The authserv-ids (first word) of Authentication-Results headers our receiving servers
    # write; a DMARC or SPF fail there means no automatic reply. Empty: trust only the topmost.
    authserv_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Daemon:
    # Where mail comes from: "imap" (see [imap]) or "maildir:PATH" (demo, tests, local spools).
    source: str = "maildir:var/inbox"
    # Seconds between polls when the server offers no IDLE (and the IDLE re-check bound).
    poll_interval: float = 60.0
    # Messages fetched per batch.
    batch_size: int = 50
    # Largest message accepted for parsing; larger ones are kept raw and quarantined.
    max_message_bytes: int = 50 * 1024 * 1024
    # Worker processes that parse a batch's mail while the daemon stores it (mail over 2 MB is
    # parsed in the daemon itself); 0: the daemon parses everything itself.
    parse_processes: int = 2


@dataclass(frozen=True)
class Imap:
    host: str = "localhost"
    port: int = 993
    # "ssl" (implicit TLS, default), "starttls", or "plain" (refused unless host is loopback).
    tls: str = "ssl"
    username: str = "dor@ptg139.com"
    # Name of the environment variable holding the password (never the password itself).
    password_env: str = "MAILD_IMAP_PASSWORD"
    folder: str = "INBOX"
    # Where a message goes after its record is committed.
    processed_folder: str = "Processed"
    # Where a message that cannot be processed goes (its error is in the database).
    quarantine_folder: str = "Quarantine"
    # Use IDLE when the server offers it.
    idle: bool = True
    # Re-issue IDLE after this many seconds (RFC 2177: before 29 minutes).
    idle_renew: float = 600.0
    connect_timeout: float = 15.0
    read_timeout: float = 30.0  # also bounds how long a frozen connection goes unnoticed
    # CA bundle for a private server certificate; empty = system store.
    ca_file: str = ""
    # Send the RFC 2971 ID command after login (163/126 mailboxes need it).
    send_id: bool = True


@dataclass(frozen=True)
class Database:
    # SQLAlchemy URL: sqlite:///PATH (default) or postgresql+psycopg://user@host/db.
    url: str = "sqlite:///var/maild.db"
    # Name of an environment variable holding the database password, put into the URL at
    # connect time (so the file holds no secret); "" = the URL carries whatever it needs.
    password_env: str = ""
    # SQLite busy timeout in milliseconds.
    busy_timeout_ms: int = 10000


@dataclass(frozen=True)
class Storage:
    # Root of content-addressed files: raw messages and attachments, by sha256.
    root: str = "var/blobs"


@dataclass(frozen=True)
class Parse:
    # Extra regular expressions for lead ids, tried before the built-in patterns
    # (SJ20260603-0052, XP-2605-0316, 8–10 digit numbers next to 编号/商机).
    lead_id_patterns: tuple[str, ...] = ()
    # Extra words per reason code ("1".."5"), added to the built-in synonym table.
    reason_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Other names partners write for a partner or client of the registry, by its full name:
    # a case whose mail names one of them links to that registry row.
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Record each mail's Received chain and defect categories (mail-parser) as it arrives. It
    # parses every mail a second time (about a tenth of ingest time); `maild parse` always does.
    forensics: bool = False


@dataclass(frozen=True)
class Limits:
    # How far the parser goes into one mail (daemon.max_message_bytes bounds the mail itself).
    # Past a limit the mail is still kept raw and recorded as far as it was read, with a warning.
    # MIME parts read.
    max_parts: int = 400
    # Nesting of multiparts and forwarded messages.
    max_depth: int = 8
    # Attached forms (.docx/.xlsx/.pdf/…) larger than this are not opened.
    max_form_bytes: int = 20 * 1024 * 1024
    # Recordings and images larger than this are kept but not inspected (duration, image size).
    max_media_bytes: int = 64 * 1024 * 1024
    # Body text kept for understanding (characters).
    max_text_chars: int = 2_000_000
    # Seconds for reading one attached form.
    form_seconds: float = 10.0


@dataclass(frozen=True)
class Calendar:
    # Time zone of the working-day calendar and of every local time shown.
    timezone: str = "Asia/Shanghai"
    # Office hours as "HH:MM-HH:MM" intervals (several a day, e.g. a lunch break);
    # empty = a working day counts all of its 24 hours.
    office_hours: tuple[str, ...] = ()
    # Extra rest days (YYYY-MM-DD), on top of the holiday library.
    extra_holidays: tuple[str, ...] = ()
    # Extra working days (YYYY-MM-DD), e.g. a make-up Saturday (调休) the library lacks.
    extra_workdays: tuple[str, ...] = ()
    # Years the operator vouches for beyond the library's data (weekdays work, weekends rest,
    # plus the two lists above). A deadline in a year nobody covers is an error, never a guess.
    covered_years: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlaPolicy:
    # The promise, e.g. "48h", "24h", "5d", "1d12h".
    budget: str = "48h"
    # working_hours | calendar_hours | working_days
    unit: str = "working_hours"
    # Fraction of the budget at which a case turns to "warning".
    warn_at: float = 0.75


@dataclass(frozen=True)
class Sla:
    appeal: SlaPolicy = field(default_factory=lambda: SlaPolicy("48h", "working_hours"))
    adjustment: SlaPolicy = field(default_factory=lambda: SlaPolicy("24h", "calendar_hours"))
    summary: SlaPolicy = field(default_factory=lambda: SlaPolicy("5d", "working_days"))
    # HQ supervisors who get an escalation mail when a case breaches its SLA.
    supervisors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Replies:
    # Where outgoing mail goes: "maildir:PATH" writes each message into that Maildir and never
    # sends it (demo, staging); "smtp" sends through [smtp].
    transport: str = "maildir:var/outgoing"
    # The From of every mail maild sends (the TOML key is `from`).
    from_: str = "139总部商机服务 <dor@ptg139.com>"
    # IMAP source only: a copy of each sent mail is APPENDed to this folder (and a send a crash
    # interrupted is looked up there before it is repeated); "" = no copies.
    sent_folder: str = "Sent"
    # A folder of operator templates: a file here replaces the built-in template of that name.
    templates_dir: str = ""
    # Automatic replies to one address per hour; more are held for HQ (`maild outbox list`).
    per_sender_hourly_cap: int = 5
    # Answer unrecognised mail from senders outside the partner registry (default: no backscatter).
    reply_to_unknown: bool = False
    # A request missing required fields waits for the partner: the acknowledgement asks for them
    # and the clock pauses until the partner replies.
    pause_on_missing: bool = True


@dataclass(frozen=True)
class Reminders:
    # Remind a partner to send the summary feedback (and renewal analysis) once its client reaches
    # 60 % of the quota or 70 % of the service period and no summary has come in this period.
    summary: bool = True
    # Remind a partner to send per-lead adjustment feedback once this many leads (5 or 10) were
    # pushed to a client since its last adjustment feedback.
    feedback: bool = True
    feedback_every: int = 10
    # A paying client inside its service period with no lead pushed for this many days: a note to
    # the partner and a triage case for HQ.
    silent: bool = True
    silent_days: int = 21
    # The morning brief to [sla] supervisors: on each working day, once, from this local time (HH:MM).
    brief: bool = True
    brief_at: str = "09:00"
    # The brief lists cases waiting on a partner for more than this many working days.
    waiting_days: int = 3


@dataclass(frozen=True)
class Smtp:
    host: str = "localhost"
    # 465 for "ssl", 587 for "starttls".
    port: int = 465
    # "ssl" (implicit TLS), "starttls", or "plain" (allowed only for a loopback host, like [imap]).
    tls: str = "ssl"
    # Empty: no AUTH.
    username: str = ""
    # Name of the environment variable that holds the password (QQ/163: the authorization code).
    password_env: str = "MAILD_SMTP_PASSWORD"
    # CA bundle (PEM) for a private server certificate; empty means the system store.
    ca_file: str = ""
    # Seconds to wait for the connection and for each reply.
    timeout: float = 30.0


@dataclass(frozen=True)
class Log:
    # DEBUG, INFO, WARNING or ERROR.
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    mailbox: Mailbox = field(default_factory=Mailbox)
    daemon: Daemon = field(default_factory=Daemon)
    imap: Imap = field(default_factory=Imap)
    database: Database = field(default_factory=Database)
    storage: Storage = field(default_factory=Storage)
    parse: Parse = field(default_factory=Parse)
    limits: Limits = field(default_factory=Limits)
    calendar: Calendar = field(default_factory=Calendar)
    sla: Sla = field(default_factory=Sla)
    replies: Replies = field(default_factory=Replies)
    reminders: Reminders = field(default_factory=Reminders)
    smtp: Smtp = field(default_factory=Smtp)
    log: Log = field(default_factory=Log)
    # Values resolved from the environment, by variable name (see Secret).
    secrets: Mapping[str, Secret] = field(default_factory=dict)
    # Directory relative paths in the file are resolved against.
    base_dir: str = "."

    def secret(self, env_name: str) -> Secret:
        try:
            return self.secrets[env_name]
        except KeyError:
            raise ConfigError(f"config: environment variable {env_name} is not set") from None

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's directory."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(self.base_dir) / p

    @functools.cached_property
    def work_calendar(self) -> WorkCalendar:
        """The working-day calendar of [calendar], built once."""
        return calendar_from(self.calendar)

    @functools.cached_property
    def policies(self) -> dict[str, sla.Policy]:
        """The SLA policy of each request kind, from [sla.*], built once."""
        return policies_from(self.sla)
