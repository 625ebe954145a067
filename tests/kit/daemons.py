"""The configuration a test's `maild run` reads: an IMAP mailbox on the test Dovecot, a database,
blobs under the test's folder, and (optionally) replies through the SMTP sink."""

from __future__ import annotations

import os
from pathlib import Path

PASSWORD_ENV = "MAILD_TEST_IMAP_PASSWORD"


def imap_toml(tmp_path: Path, account, db_url: str | None = None, *, daemon: str = "", imap: str = "",
              tail: str = "") -> Path:
    """Write tmp_path/maild.toml; `daemon` and `imap` are extra lines for those sections, `tail`
    further sections. The database defaults to tmp_path/maild.db."""
    path = tmp_path / "maild.toml"
    path.write_text(f"""
[daemon]
source = "imap"
{daemon}
[imap]
host = "{account.host}"
port = {account.port}
tls = "plain"
username = "{account.user}"
password_env = "{PASSWORD_ENV}"
{imap}
[database]
url = "{db_url or 'sqlite:///' + str(tmp_path / 'maild.db')}"
[storage]
root = "{tmp_path / 'blobs'}"
{tail}""", encoding="utf-8")
    return path


def smtp_replies(sink) -> str:
    """Replies through the SMTP sink, with a copy in the Sent folder."""
    return (f'[replies]\ntransport = "smtp"\nsent_folder = "Sent"\n'
            f'[smtp]\nhost = "{sink.host}"\nport = {sink.port}\ntls = "plain"\ntimeout = 5.0\n')


def env_for(account) -> dict[str, str]:
    """The environment a `maild` process needs for this mailbox: its password."""
    return {**os.environ, PASSWORD_ENV: account.password}
