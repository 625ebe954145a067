"""Checks that the real-server fixtures in tests/servers behave as promised.

The GBK message carries an RFC 2047 GBK From, a raw 8-bit GBK Subject and an
8-bit GBK body, as some partners send it; Dovecot must return it unchanged.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from base64 import b64encode
from datetime import UTC, datetime, timedelta, timezone

import pytest
from imapclient import IMAPClient

from servers.fixtures import ImapAccount
from servers.smtp import SmtpSink

GBK_MESSAGE = (
    b"From: =?GBK?B?" + b64encode("合作方".encode("gbk")) + b"?= <p@example.test>\r\n"
    b"To: hq@example.test\r\n"
    b"Subject: " + "关于订单延误的投诉".encode("gbk") + b"\r\n"
    b"Date: Mon, 03 Mar 2025 09:30:00 +0800\r\n"
    b"Message-ID: <gbk-1@example.test>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=GBK\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n" + "您好，货物至今未到，请尽快处理。\r\n".encode("gbk")
)


def _plain(subject: str) -> bytes:
    return f"Subject: {subject}\r\nFrom: a@example.test\r\n\r\nbody\r\n".encode()


def test_append_gbk_message_round_trips_byte_identical(imap_account: ImapAccount) -> None:
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    when = datetime(2025, 3, 3, 9, 30, tzinfo=timezone(timedelta(hours=8)))

    server.append(user, pw, "INBOX", GBK_MESSAGE, flags=[r"\Seen"], msg_time=when)

    assert server.fetch_raw(user, pw, "INBOX") == [GBK_MESSAGE]
    with server.client(user, pw) as client:
        client.select_folder("INBOX", readonly=True)
        (uid,) = client.search("ALL")
        info = client.fetch([uid], ["FLAGS", "INTERNALDATE"])[uid]
    assert rb"\Seen" in info[b"FLAGS"]
    assert info[b"INTERNALDATE"].astimezone(UTC) == when.astimezone(UTC)
    status = server.doveadm("mailbox", "status", "-u", user, "messages", "INBOX")
    assert status.split() == ["INBOX", "messages=1"]


def test_idle_reports_exists_after_append_elsewhere(imap_account: ImapAccount) -> None:
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    with server.client(user, pw) as watcher:
        watcher.select_folder("INBOX")
        watcher.idle()
        try:
            server.append(user, pw, "INBOX", _plain("wake up"))
            deadline = time.monotonic() + 5
            events: list = []
            while time.monotonic() < deadline and not any(
                isinstance(e, tuple) and e[1] == b"EXISTS" for e in events
            ):
                events += watcher.idle_check(timeout=0.5)
        finally:
            watcher.idle_done()
    assert (1, b"EXISTS") in events


def test_the_server_moves_mail_between_folders_and_reports_their_uidvalidity(imap_account: ImapAccount) -> None:
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    server.create_folder(user, pw, "Cases")
    validity = server.uidvalidity(user, pw, "Cases")
    server.append(user, pw, "INBOX", _plain("move me"))

    with server.client(user, pw) as client:
        assert client.has_capability("MOVE")
        client.select_folder("INBOX")
        client.move(client.search("ALL"), "Cases")

    assert server.folder_uids(user, pw, "INBOX") == []
    assert server.folder_uids(user, pw, "Cases") == [1]
    assert server.fetch_raw(user, pw, "Cases") == [_plain("move me")]
    assert server.uidvalidity(user, pw, "Cases") == validity
    server.delete_folder(user, pw, "Cases")
    with server.client(user, pw) as client:
        assert not client.folder_exists("Cases")


def test_imaps_with_self_signed_cert(imap_account: ImapAccount) -> None:
    server = imap_account.server
    context = ssl.create_default_context(cafile=str(server.cert_path))
    with IMAPClient(server.host, port=server.imaps_port, ssl=True, ssl_context=context) as client:
        client.login(imap_account.user, imap_account.password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0


def test_next_user_never_repeats(imap_account: ImapAccount) -> None:
    assert imap_account.server.next_user() != imap_account.server.next_user()


def test_sink_captures_exact_bytes(smtp_sink: SmtpSink) -> None:
    raw = "From: 张三 <用户@例子.中国>\r\nSubject: 测试\r\n\r\n.leading dot\r\n正文\r\n".encode()
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as smtp:
        smtp.sendmail(
            "用户@例子.中国", ["hq@example.test"], raw, mail_options=["SMTPUTF8", "BODY=8BITMIME"]
        )

    (captured,) = smtp_sink.messages
    assert captured.data == raw
    assert captured.mail_from == "用户@例子.中国"
    assert captured.rcpt_tos == ["hq@example.test"]
    assert "SMTPUTF8" in captured.mail_options


@pytest.mark.parametrize("code", [451, 550])
def test_the_sink_refuses_the_next_data_with_the_given_code_then_accepts(smtp_sink: SmtpSink, code: int) -> None:
    smtp_sink.fail_next(code, "provoked by test")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as smtp:
        with pytest.raises(smtplib.SMTPResponseException) as failure:
            smtp.sendmail("a@example.test", ["b@example.test"], _plain("first"))
        assert failure.value.smtp_code == code
        smtp.sendmail("a@example.test", ["b@example.test"], _plain("second"))
    assert [m.data for m in smtp_sink.messages] == [_plain("second")]


def test_the_sink_refuses_the_next_recipient_with_550(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(550, "no such user", at="RCPT")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as smtp:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as failure:
            smtp.sendmail("a@example.test", ["b@example.test"], _plain("x"))
    assert failure.value.recipients["b@example.test"][0] == 550
    assert smtp_sink.messages == []


def test_the_postgresql_test_database_answers(pg_url: str) -> None:
    import psycopg

    conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo, connect_timeout=3) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
