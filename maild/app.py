"""Composition root: build(config) → App, the one place components are wired."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import parsers
from maild.adapters.blobs import Blobs
from maild.adapters.db.store import Store
from maild.clock import Clock, SystemClock
from maild.config import Config
from maild.core import sla
from maild.core.calendar import WorkCalendar


@dataclass
class App:
    config: Config
    store: Store
    blobs: Blobs
    clock: Clock
    calendar: WorkCalendar
    policies: dict[str, sla.Policy]
    stop: threading.Event = field(default_factory=threading.Event)

    def parse_context(self) -> parsers.Context:
        mb, parse = self.config.mailbox, self.config.parse
        return parsers.Context(
            own_domains=mb.own_domains, own_addresses=(mb.address,),
            lead_id_patterns=parse.lead_id_patterns,
            reason_synonyms={int(code): words for code, words in parse.reason_words.items()})

    def source(self):  # -> MailSource (daemon.py)
        """The configured mail source, not yet connected (use it as a context manager)."""
        spec = self.config.daemon.source
        if spec.startswith("maildir:"):
            from maild.adapters.maildir import MaildirSource

            return MaildirSource(self.config.path(spec.removeprefix("maildir:")), stop=self.stop)
        from maild.adapters.imap import ImapSource

        return ImapSource(self.config.imap, self.config.secret(self.config.imap.password_env), stop=self.stop)


def build(config: Config, clock: Clock | None = None, store: Store | None = None) -> App:
    """Wire the application from a validated configuration."""
    db = config.database
    url = db.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        rel = url.removeprefix("sqlite:///")
        if rel and rel != ":memory:":
            url = "sqlite:///" + str(config.path(rel))
    return App(
        config=config,
        store=store or Store.open(url, db.busy_timeout_ms),
        blobs=Blobs(Path(config.path(config.storage.root))),
        clock=clock or SystemClock(),
        calendar=config.work_calendar,
        policies=config.policies,
    )
