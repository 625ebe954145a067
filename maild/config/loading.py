"""Reading the TOML file into a validated Config, and writing a Config back out (secrets masked)."""

from __future__ import annotations

import dataclasses
import keyword
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from maild.config.schema import Config, Secret
from maild.errors import ConfigError

_CHOICES = {
    ("imap", "tls"): ("ssl", "starttls", "plain"),
    ("smtp", "tls"): ("ssl", "starttls", "plain"),
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
    hints = typing.get_type_hints(Config)
    for name in known:
        sections[name] = _section(name, hints[name], data.get(name, {}))
    secrets = {}
    for env_name in (sections["imap"].password_env, sections["smtp"].password_env, sections["database"].password_env):
        if env_name and env_name in environ:
            secrets[env_name] = Secret(environ[env_name])
    cfg = Config(**sections, secrets=secrets, base_dir=str(base))
    _check(cfg)
    return cfg


def toml_key(field_name: str) -> str:
    """The TOML key of a field: `from_` is written `from` (a Python keyword cannot be a field)."""
    bare = field_name.removesuffix("_")
    return bare if keyword.iskeyword(bare) else field_name


def _section(name: str, cls: type, values: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    fields_ = {toml_key(f.name): f.name for f in dataclasses.fields(cls)}
    out = {}
    for toml, value in values.items():
        dotted = f"{name}.{toml}"
        key = fields_.get(toml, toml)
        if toml not in fields_:
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
    if source == "imap" and cfg.imap.tls == "plain" and cfg.imap.host not in _LOOPBACK:
        raise ConfigError("config: imap.tls: \"plain\" is allowed only for a loopback host")
    transport = cfg.replies.transport
    if transport != "smtp" and not (transport.startswith("maildir:") and len(transport) > len("maildir:")):
        raise ConfigError(f'config: replies.transport: expected "smtp" or "maildir:PATH", got {transport!r}')
    if transport == "smtp" and cfg.smtp.tls == "plain" and cfg.smtp.host not in _LOOPBACK:
        raise ConfigError("config: smtp.tls: \"plain\" is allowed only for a loopback host")
    if "@" not in cfg.replies.from_ or "\n" in cfg.replies.from_ or "\r" in cfg.replies.from_:
        raise ConfigError(f"config: replies.from: expected a mail address like \"HQ <dor@ptg139.com>\", "
                          f"got {cfg.replies.from_!r}")
    for n, pattern in enumerate(cfg.parse.lead_id_patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"config: parse.lead_id_patterns[{n}]: not a regular expression: {exc}") from None
    for code in cfg.parse.reason_words:
        if code not in ("1", "2", "3", "4", "5"):
            raise ConfigError(f"config: parse.reason_words.{code}: reason codes are \"1\" to \"5\"")
    _check_time_settings(cfg)
    _check_reminders(cfg)
    url = cfg.database.url
    if not (url.startswith("sqlite:") or url.startswith("postgresql")):
        raise ConfigError(f"config: database.url: expected sqlite:///PATH or postgresql+psycopg://..., "
                          f"got {mask_url(url)!r}")


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


_URL_PASSWORD = re.compile(r"(://[^:/@\s]*):([^@/\s]*)@")


def mask_url(text: str) -> str:
    """Any URL's password shown as ***: postgresql://maild:s3cret@db/x → postgresql://maild:***@db/x."""
    return _URL_PASSWORD.sub(r"\1:***@", text)


def missing_secrets(cfg: Config) -> list[str]:
    """The passwords this configuration needs from the environment that are not there."""
    needed = []
    if cfg.daemon.source == "imap":
        needed.append(("imap", cfg.imap.password_env))
    if cfg.replies.transport == "smtp" and cfg.smtp.username:
        needed.append(("smtp", cfg.smtp.password_env))
    if cfg.database.password_env:
        needed.append(("database", cfg.database.password_env))
    return [f"{section}.password_env: ${name} is not set" for section, name in needed if name not in cfg.secrets]


def warnings(cfg: Config) -> list[str]:
    """What is valid but probably not meant (shown by `maild check-config`)."""
    out = []
    if cfg.daemon.source == "imap" and cfg.replies.transport != "smtp":
        out.append(f"replies: the source is IMAP but replies.transport is {cfg.replies.transport!r}: "
                   f"replies are written to a Maildir and never sent (set transport = \"smtp\")")
    return out


def _check_reminders(cfg: Config) -> None:
    r = cfg.reminders
    if r.feedback_every not in (5, 10):
        raise ConfigError(f"config: reminders.feedback_every: the process asks for feedback every 5 or 10 leads, "
                          f"got {r.feedback_every}")
    if r.silent_days < 1 or r.waiting_days < 1:
        raise ConfigError("config: reminders.silent_days and reminders.waiting_days: expected a whole number of days ≥ 1")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", r.brief_at):
        raise ConfigError(f'config: reminders.brief_at: expected a local time "HH:MM", got {r.brief_at!r}')


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
        if f.name in ("imap", "smtp", "database") and getattr(cfg, f.name).password_env:
            env_name = getattr(cfg, f.name).password_env
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
            lines.append(f"{toml_key(sf.name)} = {mask_url(_toml(value))}")
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
