"""Configuration: one TOML file → frozen dataclasses, validated once at the edge.

    schema    the sections and keys, each documented where it is declared (and in config.example.toml)
    loading   load(path, environ) → Config: unknown keys and bad values are one-line ConfigErrors
              naming the dotted key; dump(config) → TOML with secrets masked
    terms     [calendar] and [sla.*] → the core's WorkCalendar and sla.Policy, built once

Passwords are never in the file: a key names the environment variable, and the value is
held in a Secret whose repr is '***'. The environment is a parameter.
"""

from maild.config.loading import dump, load, mask_url, missing_secrets, warnings
from maild.config.schema import (
    Calendar,
    Config,
    Daemon,
    Database,
    Imap,
    Limits,
    Log,
    Mailbox,
    Parse,
    Replies,
    Secret,
    Sla,
    SlaPolicy,
    Smtp,
    Storage,
)
from maild.config.terms import calendar_from, policies_from

__all__ = [
    "Calendar", "Config", "Daemon", "Database", "Imap", "Limits", "Log", "Mailbox", "Parse", "Replies", "Secret",
    "Sla", "SlaPolicy", "Smtp", "Storage", "calendar_from", "dump", "load", "mask_url", "missing_secrets", "policies_from", "warnings",
]
