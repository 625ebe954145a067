"""pytest plugin: real-server fixtures (Dovecot, SMTP sink, PostgreSQL).

Loaded from tests/conftest.py via ``pytest_plugins = ["servers.fixtures"]``.
A missing server skips the test locally but fails it when ``CI=true``, so a
broken CI install step cannot pass silently.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from servers.dovecot import DovecotServer, start_dovecot
from servers.smtp import SmtpSink

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def require(what: str, available: bool, reason: str) -> None:
    """Skip (locally) or fail (``CI=true``) the current test unless ``available``."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class ImapAccount:
    """A fresh, otherwise unused mailbox on the session's Dovecot."""

    host: str
    port: int
    user: str
    password: str
    server: DovecotServer


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A Dovecot instance shared by the whole session (one per xdist worker)."""
    require(
        "dovecot",
        shutil.which("dovecot") is not None,
        "dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)",
    )
    server = start_dovecot()
    yield server
    server.stop()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    """A user no other test has touched; its Maildir is created on first login."""
    user, password = dovecot.next_user()
    return ImapAccount(dovecot.host, dovecot.imap_port, user, password, dovecot)


@pytest.fixture
def own_imap_account() -> Iterator[ImapAccount]:
    """A mailbox on a Dovecot of the test's own, which the test may restart or stop."""
    require("dovecot", shutil.which("dovecot") is not None, "dovecot is not installed (apt-get install dovecot-imapd)")
    server = start_dovecot()
    user, password = server.next_user()
    yield ImapAccount(server.host, server.imap_port, user, password, server)
    server.stop()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A started, empty SMTP capture sink, stopped after the test."""
    sink = SmtpSink()
    sink.start()
    sink.clear()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def pg_url() -> str:
    """SQLAlchemy URL of a reachable PostgreSQL test database."""
    url = os.environ.get("MAILD_TEST_DATABASE_URL") or DEFAULT_PG_URL
    try:
        import psycopg
    except ImportError:
        require("PostgreSQL", False, "psycopg is not installed")
    # psycopg takes a libpq URL: drop SQLAlchemy's "+driver" suffix.
    conninfo = re.sub(r"^postgresql\+\w+://", "postgresql://", url)
    try:
        psycopg.connect(conninfo, connect_timeout=3).close()
    except psycopg.Error as exc:
        shown = re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
        require("PostgreSQL", False, f"PostgreSQL at {shown} is not reachable: {exc}")
    return url
