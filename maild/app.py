"""Composition root: build(config) → App, the one place components are wired."""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

import parsers
from maild.adapters.blobs import Blobs
from maild.adapters.db.store import Store
from maild.clock import Clock, SystemClock
from maild.config import Config
from maild.core import guard, sla
from maild.core.replies import environment
from maild.services.alerts import Escalation
from maild.services.answers import Settings as Replying
from maild.services.outbox import Outgoing
from maild.services.reminders import Proactive, settings_of

if TYPE_CHECKING:
    from maild.daemon import MailSource
    from maild.services.outbox import MailSender


def parse_context(config: Config) -> parsers.Context:
    """What the parser is told about us: our addresses and domains, the operator's patterns."""
    mb, parse, lim = config.mailbox, config.parse, config.limits
    limits = parsers.Limits(max_parts=lim.max_parts, max_depth=lim.max_depth, max_form_bytes=lim.max_form_bytes,
                            max_media_bytes=lim.max_media_bytes, max_text_chars=lim.max_text_chars,
                            form_seconds=lim.form_seconds)
    return parsers.Context(
        own_domains=mb.own_domains, own_addresses=(mb.address,),
        lead_id_patterns=parse.lead_id_patterns,
        reason_synonyms={int(code): words for code, words in parse.reason_words.items()}, limits=limits,
        forensics=parse.forensics)


@dataclass
class App:
    config: Config
    store: Store
    blobs: Blobs
    clock: Clock
    terms: sla.Terms  # the working calendar and each kind's SLA policy
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def parse_context(self) -> parsers.Context:
        return parse_context(self.config)

    @functools.cached_property
    def outgoing(self) -> Outgoing:
        """Our From, Message-ID domain, zone and templates (the operator's folder first)."""
        own, replies = self.config.mailbox.own_domains, self.config.replies
        templates = self.config.path(replies.templates_dir) if replies.templates_dir else None
        return Outgoing(replies.from_, own[0] if own else "localhost", self.terms.calendar.tz, environment(templates))

    @property
    def escalation(self) -> Escalation:
        return Escalation(self.config.sla.supervisors, self.outgoing)

    @property
    def proactive(self) -> Proactive:
        """`[reminders]`: the triggers, the brief's hour, and who reads the brief."""
        r = self.config.reminders
        hour, minute = (int(x) for x in r.brief_at.split(":"))
        return Proactive(settings_of(r), self.outgoing, tuple(self.config.sla.supervisors), r.brief, time(hour, minute),
                         r.waiting_days)

    @property
    def replying(self) -> Replying:
        mb, replies = self.config.mailbox, self.config.replies
        policy = guard.Policy(own_addresses=(mb.address,), own_domains=mb.own_domains,
                              hourly_cap=replies.per_sender_hourly_cap, reply_to_unknown=replies.reply_to_unknown,
                              authserv_ids=mb.authserv_ids)
        return Replying(policy, self.outgoing, replies.pause_on_missing)

    def sender(self) -> MailSender:
        """The configured transport for outgoing mail (a Maildir that keeps it, or SMTP)."""
        spec = self.config.replies.transport
        if spec.startswith("maildir:"):
            from maild.adapters.maildir import MaildirSender

            return MaildirSender(self.config.path(spec.removeprefix("maildir:")))
        from maild.adapters.smtp import SmtpSender

        smtp = self.config.smtp
        password = self.config.secret(smtp.password_env) if smtp.username else None
        return SmtpSender(smtp, password)

    def source(self) -> MailSource:
        """The configured mail source, not yet connected (use it as a context manager)."""
        spec = self.config.daemon.source
        if spec.startswith("maildir:"):
            from maild.adapters.maildir import MaildirSource

            return MaildirSource(self.config.path(spec.removeprefix("maildir:")), stop=self.stop)
        from maild.adapters.imap import ImapSource

        return ImapSource(self.config.imap, self.config.secret(self.config.imap.password_env), stop=self.stop,
                          sent_folder=self.config.replies.sent_folder)


def database_url(config: Config) -> str:
    """The configured database URL: a relative SQLite path resolved against the config's directory,
    the password from `[database] password_env` put in when that is set."""
    url = config.database.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        rel = url.removeprefix("sqlite:///")
        if rel and rel != ":memory:":
            return "sqlite:///" + str(config.path(rel))
    if config.database.password_env:
        from sqlalchemy.engine import make_url

        password = config.secret(config.database.password_env).reveal()
        return make_url(url).set(password=password).render_as_string(hide_password=False)
    return url


def build(config: Config, clock: Clock | None = None, store: Store | None = None) -> App:
    """Wire the application from a validated configuration."""
    return App(
        config=config,
        store=store or Store.open(database_url(config), config.database.busy_timeout_ms),
        blobs=Blobs(Path(config.path(config.storage.root))),
        clock=clock or SystemClock(),
        terms=sla.Terms(config.work_calendar, config.policies),
    )
