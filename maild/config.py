"""Configuration: one TOML file → frozen dataclasses, validated once at the edge.

The [calendar] and [sla.*] strings become the core's values (WorkCalendar, sla.Policy) here,
once, at load: `Config.work_calendar` and `Config.policies`.

Unknown keys and bad values are one-line ConfigErrors naming the dotted key.
Passwords are never in the file: a key names the environment variable, and the
value is held in a Secret whose repr is '***'. The environment is a parameter.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from maild.core import sla
from maild.core.calendar import WorkCalendar
from maild.errors import ConfigError

__all__ = ["Config", "Secret", "calendar_from", "dump", "load", "policies_from"]


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
    read_timeout: float = 120.0
    # CA bundle for a private server certificate; empty = system store.
    ca_file: str = ""
    # Send the RFC 2971 ID command after login (163/126 mailboxes need it).
    send_id: bool = True


@dataclass(frozen=True)
class Database:
    # SQLAlchemy URL: sqlite:///PATH (default) or postgresql+psycopg://user@host/db.
    url: str = "sqlite:///var/maild.db"
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
    calendar: Calendar = field(default_factory=Calendar)
    sla: Sla = field(default_factory=Sla)
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


_CHOICES = {
    ("imap", "tls"): ("ssl", "starttls", "plain"),
    ("log", "level"): ("DEBUG", "INFO", "WARNING", "ERROR"),
}


def load(path: str | Path | None, environ: Mapping[str, str]) -> Config:
    """Read and validate the file (None: embedded defaults)."""
    data: dict[str, Any] = {}
    base = Path(".")
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config: file not found: {p}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config: {p}: not valid TOML: {exc}") from None
        base = p.parent
    sections = {}
    known = {f.name: f for f in dataclasses.fields(Config) if f.name not in ("secrets", "base_dir")}
    for name, value in data.items():
        if name not in known:
            raise ConfigError(f"config: {name}: unknown section (known: {', '.join(known)})")
        if not isinstance(value, dict):
            raise ConfigError(f"config: {name}: expected a [{name}] table")
    for name, f in known.items():
        sections[name] = _section(name, f.type, data.get(name, {}))
    secrets = {}
    env_name = sections["imap"].password_env
    if env_name in environ:
        secrets[env_name] = Secret(environ[env_name])
    cfg = Config(**sections, secrets=secrets, base_dir=str(base))
    _check(cfg)
    return cfg


def _section(name: str, cls_name: Any, values: dict[str, Any]) -> Any:
    cls = globals()[cls_name] if isinstance(cls_name, str) else cls_name
    hints = typing.get_type_hints(cls)
    fields_ = {f.name for f in dataclasses.fields(cls)}
    out = {}
    for key, value in values.items():
        dotted = f"{name}.{key}"
        if key not in fields_:
            raise ConfigError(f"config: {dotted}: unknown key (known: {', '.join(sorted(fields_))})")
        if dataclasses.is_dataclass(hints[key]):
            if not isinstance(value, dict):
                raise ConfigError(f"config: {dotted}: expected a [{dotted}] table")
            merged = {**dataclasses.asdict(getattr(cls(), key)), **value}
            out[key] = _section(dotted, hints[key], merged)
            continue
        out[key] = _coerce(dotted, hints[key], value)
        choices = _CHOICES.get((name, key))
        if choices and out[key] not in choices:
            raise ConfigError(f"config: {dotted}: expected one of {', '.join(choices)}, got {value!r}")
    return cls(**out)


def _coerce(dotted: str, hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is Mapping or hint is Mapping:
        if not isinstance(value, dict):
            raise ConfigError(f"config: {dotted}: expected a table, got {value!r}")
        return {k: _coerce(f"{dotted}.{k}", tuple[str, ...], v) for k, v in value.items()}
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"config: {dotted}: expected a list of strings, got {value!r}")
        return tuple(value)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"config: {dotted}: expected a non-negative number, got {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"config: {dotted}: expected a positive whole number, got {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"config: {dotted}: expected true or false, got {value!r}")
        return value
    if hint is str or isinstance(hint, types.UnionType):
        if not isinstance(value, str):
            raise ConfigError(f"config: {dotted}: expected a string, got {value!r}")
        return value
    raise ConfigError(f"config: {dotted}: unsupported value {value!r}")  # pragma: no cover


def _check(cfg: Config) -> None:
    source = cfg.daemon.source
    if source != "imap" and not (source.startswith("maildir:") and len(source) > len("maildir:")):
        raise ConfigError(f'config: daemon.source: expected "imap" or "maildir:PATH", got {source!r}')
    if source == "imap" and cfg.imap.tls == "plain" and cfg.imap.host not in ("127.0.0.1", "localhost", "::1"):
        raise ConfigError("config: imap.tls: \"plain\" is allowed only for a loopback host")
    for n, pattern in enumerate(cfg.parse.lead_id_patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"config: parse.lead_id_patterns[{n}]: not a regular expression: {exc}") from None
    for code in cfg.parse.reason_words:
        if code not in ("1", "2", "3", "4", "5"):
            raise ConfigError(f"config: parse.reason_words.{code}: reason codes are \"1\" to \"5\"")
    _check_time_settings(cfg)
    url = cfg.database.url
    if not (url.startswith("sqlite:") or url.startswith("postgresql")):
        raise ConfigError(f"config: database.url: expected sqlite:///PATH or postgresql+psycopg://..., got {url!r}")


def _check_time_settings(cfg: Config) -> None:
    """Build the calendar and policies here, so a bad value fails at load naming its key."""
    _ = cfg.work_calendar, cfg.policies


def dump(cfg: Config) -> str:
    """The effective configuration as TOML, secrets masked."""
    lines = []
    for f in dataclasses.fields(Config):
        if f.name in ("secrets", "base_dir"):
            continue
        lines.extend(_dump_section(f.name, getattr(cfg, f.name)))
        if f.name == "imap":
            env_name = cfg.imap.password_env
            state = "set (***)" if env_name in cfg.secrets else "NOT SET"
            lines.append(f"# password: ${env_name} is {state}")
        lines.append("")
    return "\n".join(lines)


def _dump_section(name: str, section: Any) -> list[str]:
    lines, nested = [f"[{name}]"], []
    for sf in dataclasses.fields(section):
        value = getattr(section, sf.name)
        if dataclasses.is_dataclass(value):
            nested.extend(["", *_dump_section(f"{name}.{sf.name}", value)])
        else:
            lines.append(f"{sf.name} = {_toml(value)}")
    return lines + nested


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f'"{k}" = {_toml(v)}' for k, v in value.items()) + " }"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---- [calendar] and [sla.*] → the core's values ------------------------------------------

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def _dates(key: str, values: tuple[str, ...]) -> frozenset[date]:
    out = set()
    for v in values:
        try:
            out.add(date.fromisoformat(v))
        except ValueError:
            raise ConfigError(f"config: calendar.{key}: expected YYYY-MM-DD, got {v!r}") from None
    return frozenset(out)


def calendar_from(cfg: Calendar) -> WorkCalendar:
    """A WorkCalendar from the [calendar] section."""
    try:
        tz = ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"config: calendar.timezone: unknown time zone {cfg.timezone!r}") from None
    hours = []
    for text in cfg.office_hours:
        m = _INTERVAL.match(text)
        if not m:
            raise ConfigError(f'config: calendar.office_hours: expected "HH:MM-HH:MM", got {text!r}')
        try:
            hours.append((time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))))
        except ValueError:
            raise ConfigError(f"config: calendar.office_hours: not a time of day: {text!r}") from None
    years = set()
    for y in cfg.covered_years:
        if not re.fullmatch(r"\d{4}", y):
            raise ConfigError(f'config: calendar.covered_years: expected a year like "2027", got {y!r}')
        years.add(int(y))
    try:
        return WorkCalendar(extra_holidays=_dates("extra_holidays", cfg.extra_holidays),
                            extra_workdays=_dates("extra_workdays", cfg.extra_workdays),
                            covered_years=frozenset(years), office_hours=tuple(hours), tz=tz)
    except ValueError as exc:
        raise ConfigError(f"config: calendar: {exc}") from None


def policies_from(cfg: Sla) -> dict[str, sla.Policy]:
    """The SLA policy of each request kind from the [sla.*] tables."""
    out = {}
    for kind in ("appeal", "adjustment", "summary"):
        section = getattr(cfg, kind)
        try:
            budget = sla.parse_budget(section.budget)
        except ValueError as exc:
            raise ConfigError(f"config: sla.{kind}.budget: {exc}") from None
        try:
            out[kind] = sla.Policy(kind, budget, section.unit, section.warn_at)
        except ValueError as exc:
            raise ConfigError(f"config: sla.{kind}: {exc}") from None
    return out
