"""One contract, two mail sources: a local Maildir and IMAP against a real Dovecot."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import pytest

from maild.adapters.imap import ImapSource
from maild.adapters.maildir import MaildirSource
from maild.config import Imap, Secret
from maild.rawmail import Settlement

from kit.mails import gbk_mail, plain_mail


@dataclass
class Env:
    source: Any
    deliver: Any
    folder_bytes: Any  # name → list of raw bytes in that folder


def _maildir_env(tmp_path) -> Env:
    src = MaildirSource(tmp_path / "inbox")
    counter = iter(range(10**6))

    def deliver(raw: bytes) -> None:
        with src:
            src.deliver(raw, f"{next(counter):06d}.test:2,")

    def folder_bytes(name: str) -> list[bytes]:
        sub = {"inbox": ["new", "cur"], "processed": [".Processed/cur"], "quarantine": [".Quarantine/cur"]}[name]
        return [p.read_bytes() for s in sub if (src.path / s).exists() for p in sorted((src.path / s).iterdir())]

    return Env(src, deliver, folder_bytes)


def _imap_env(account) -> Env:
    cfg = Imap(host=account.host, port=account.port, tls="plain", username=account.user, idle=True)
    src = ImapSource(cfg, Secret(account.password), stop=threading.Event())
    server = account.server

    def deliver(raw: bytes) -> None:
        server.append(account.user, account.password, "INBOX", raw)

    def folder_bytes(name: str) -> list[bytes]:
        folder = {"inbox": "INBOX", "processed": "Processed", "quarantine": "Quarantine"}[name]
        with server.client(account.user, account.password) as c:
            if not c.folder_exists(folder):
                return []
        return server.fetch_raw(account.user, account.password, folder)

    return Env(src, deliver, folder_bytes)


@pytest.fixture(params=["maildir", "imap"])
def env(request, tmp_path) -> Env:
    if request.param == "maildir":
        return _maildir_env(tmp_path)
    return _imap_env(request.getfixturevalue("imap_account"))


def _open(env: Env):
    src = env.source.__enter__()
    getattr(src, "seek", lambda _n: None)(0)
    return src


def test_fetch_returns_the_exact_bytes_with_an_aware_receipt_time(env):
    raw = gbk_mail()
    env.deliver(raw)
    src = _open(env)
    try:
        (got,) = src.fetch(10)
    finally:
        src.__exit__(None, None, None)
    assert got.data == raw
    assert got.received_at.tzinfo is not None
    assert got.source == src.key


def test_fetch_respects_the_limit_and_delivery_order(env):
    for n in range(3):
        env.deliver(plain_mail(n))
    src = _open(env)
    try:
        first = src.fetch(2)
        rest = src.fetch(10) if hasattr(src, "seek") else []
    finally:
        src.__exit__(None, None, None)
    assert [m.data for m in first] == [plain_mail(0), plain_mail(1)]
    if hasattr(src, "seek"):  # IMAP keeps a cursor; a Maildir offers what is still waiting
        assert [m.data for m in rest] == [plain_mail(2)]


@pytest.mark.parametrize("where, folder", [(Settlement.PROCESSED, "processed"),
                                           (Settlement.QUARANTINED, "quarantine")])
def test_settling_moves_the_message_out_of_the_inbox(env, where, folder):
    env.deliver(plain_mail(1))
    env.deliver(plain_mail(2))
    src = _open(env)
    try:
        first, second = src.fetch(10)
        src.settle(first.location, where)
    finally:
        src.__exit__(None, None, None)
    assert env.folder_bytes("inbox") == [plain_mail(2)]
    assert env.folder_bytes(folder) == [plain_mail(1)]


def test_settling_a_batch_moves_exactly_those_messages_at_once(env):
    _settle_a_batch(env, moves=True)


def test_settling_a_batch_without_move_copies_flags_and_expunges_them_at_once(imap_account):
    _settle_a_batch(_imap_env(imap_account), moves=False)


def _settle_a_batch(env, moves: bool) -> None:
    for n in range(5):
        env.deliver(plain_mail(n))
    src = _open(env)
    try:
        if not moves:
            src._moves = False
        got = src.fetch(10)
        moved = src.settle_all([got[0].location, got[2].location, got[3].location], Settlement.PROCESSED)
        assert moved.endswith("Processed")
        src.settle_all([got[4].location], Settlement.QUARANTINED)
        src.settle_all([], Settlement.PROCESSED)  # nothing to move: no command at all
    finally:
        src.__exit__(None, None, None)
    assert env.folder_bytes("inbox") == [plain_mail(1)]
    assert sorted(env.folder_bytes("processed")) == sorted([plain_mail(0), plain_mail(2), plain_mail(3)])
    assert env.folder_bytes("quarantine") == [plain_mail(4)]


def test_settling_twice_is_harmless(env):
    env.deliver(plain_mail(1))
    src = _open(env)
    try:
        (first,) = src.fetch(10)
        src.settle(first.location, Settlement.PROCESSED)
        src.settle(first.location, Settlement.PROCESSED)
    finally:
        src.__exit__(None, None, None)
    assert env.folder_bytes("processed") == [plain_mail(1)]


def test_without_move_the_source_copies_flags_and_expunges(imap_account):
    env = _imap_env(imap_account)
    env.deliver(plain_mail(1))
    env.deliver(plain_mail(2))
    src = _open(env)
    try:
        src._moves = False  # a server without MOVE (RFC 6851): the COPY + \\Deleted + EXPUNGE path
        first, _second = src.fetch(10)
        src.settle(first.location, Settlement.PROCESSED)
    finally:
        src.__exit__(None, None, None)
    assert env.folder_bytes("inbox") == [plain_mail(2)]
    assert env.folder_bytes("processed") == [plain_mail(1)]


def test_implicit_tls_verifies_the_server_certificate(imap_account):
    server = imap_account.server
    server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(5))
    cfg = Imap(host=server.host, port=server.imaps_port, tls="ssl", username=imap_account.user,
               ca_file=str(server.cert_path))
    with ImapSource(cfg, Secret(imap_account.password)) as src:
        src.seek(0)
        assert [m.data for m in src.fetch(10)] == [plain_mail(5)]


def test_an_untrusted_certificate_is_refused(imap_account):
    from maild.errors import SourceError

    server = imap_account.server
    cfg = Imap(host=server.host, port=server.imaps_port, tls="ssl", username=imap_account.user)
    with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED|certificate"):
        ImapSource(cfg, Secret(imap_account.password)).__enter__()


def test_only_a_source_read_by_uid_is_checkpointed(env):
    from maild.adapters.imap import ImapSource
    from maild.daemon import Checkpointed

    assert isinstance(env.source, Checkpointed) is isinstance(env.source, ImapSource)


def test_a_mail_expunged_by_another_client_between_search_and_fetch_is_skipped(imap_account):
    env = _imap_env(imap_account)
    for n in range(3):
        env.deliver(plain_mail(n))
    with env.source as src:
        uids = sorted(src.client.search(["ALL"]))
        with imap_account.server.client(imap_account.user, imap_account.password) as other:
            other.select_folder("INBOX")
            other.add_flags([uids[1]], [b"\\Deleted"])
            other.expunge()
        fetched = src.fetch_uids(uids)
    assert [m.data for m in fetched] == [plain_mail(0), plain_mail(2)]
