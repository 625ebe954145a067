"""The outgoing transports against real servers: SmtpSender × aiosmtpd (plain, implicit TLS and
STARTTLS with AUTH and a verified certificate; 250 / 4xx / 5xx), MaildirSender on disk."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from maild.adapters.maildir import MaildirSender
from maild.adapters.smtp import SmtpSender
from maild.config import Secret, Smtp
from maild.errors import PermanentDeliveryError, ServerUnavailable, TemporaryDeliveryError

from servers.smtp import SmtpSink

RAW = (b"From: HQ <dor@ptg139.com>\r\nTo: wang@partner.cn\r\nSubject: =?utf-8?b?5ZWG5py655Sz6K+J?=\r\n"
       b"Message-ID: <ack.SS-2026-000001.1@ptg139.com>\r\nContent-Type: text/plain; charset=utf-8\r\n"
       b"Content-Transfer-Encoding: base64\r\n\r\n5oC76YOo5bey5pS25Yiw\r\n")


def smtp_for(sink: SmtpSink, **overrides) -> SmtpSender:
    cfg = Smtp(host=sink.host, port=sink.port, tls=sink.tls, timeout=5.0,
               ca_file=str(sink.cert_path) if sink.cert_path else "", **overrides)
    password = Secret(sink.credentials[1]) if sink.credentials else None
    return SmtpSender(cfg, password)


@pytest.fixture
def tls_sink(request):
    sink = SmtpSink(tls=request.param, credentials=("dor@ptg139.com", "s3cret"))
    sink.start()
    yield sink
    sink.stop()


def test_a_message_reaches_the_server_byte_for_byte(smtp_sink):
    with smtp_for(smtp_sink) as sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
    (got,) = smtp_sink.messages
    assert (got.mail_from, got.rcpt_tos, got.data) == ("dor@ptg139.com", ["wang@partner.cn"], RAW)


@pytest.mark.parametrize("tls_sink", ["ssl", "starttls"], indirect=True)
def test_tls_with_a_verified_certificate_and_auth_delivers(tls_sink):
    with smtp_for(tls_sink, username="dor@ptg139.com") as sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
        sender.send(RAW.replace(b".1@", b".2@"), "dor@ptg139.com", ["wang@partner.cn"])  # one connection, two mails
    assert len(tls_sink.messages) == 2


@pytest.mark.parametrize("tls_sink", ["ssl"], indirect=True)
def test_a_certificate_nobody_vouches_for_is_refused(tls_sink):
    sender = SmtpSender(Smtp(host=tls_sink.host, port=tls_sink.port, tls="ssl", timeout=5.0, username="dor@ptg139.com"),
                        Secret("s3cret"))  # the system store does not know the sink's certificate
    with pytest.raises(ServerUnavailable, match="CERTIFICATE_VERIFY_FAILED"), sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
    assert tls_sink.messages == []


@pytest.mark.parametrize("tls_sink", ["starttls"], indirect=True)
def test_a_refused_login_means_the_server_is_unavailable_not_that_the_mail_is_bad(tls_sink):
    sender = smtp_for(tls_sink, username="dor@ptg139.com")
    sender._password = Secret("wrong")
    with pytest.raises(ServerUnavailable, match="dor@ptg139.com@127.0.0.1"), sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
    assert tls_sink.messages == []


def test_a_4xx_is_temporary_and_the_next_mail_goes_through(smtp_sink):
    smtp_sink.fail_next(451, "try again later")
    with smtp_for(smtp_sink) as sender:
        with pytest.raises(TemporaryDeliveryError, match="451 try again later"):
            sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
    assert len(smtp_sink.messages) == 1


def test_a_5xx_is_permanent(smtp_sink):
    smtp_sink.fail_next(550, "mailbox unavailable")
    with pytest.raises(PermanentDeliveryError, match="550 mailbox unavailable"), smtp_for(smtp_sink) as sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])


def test_a_refused_recipient_is_permanent_for_5xx_and_temporary_for_4xx(smtp_sink):
    smtp_sink.fail_next(550, "no such user", at="RCPT")
    with smtp_for(smtp_sink) as sender:
        with pytest.raises(PermanentDeliveryError, match="wang@partner.cn: 550 no such user"):
            sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
        smtp_sink.fail_next(450, "greylisted", at="RCPT")
        with pytest.raises(TemporaryDeliveryError, match="450 greylisted"):
            sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])


def test_no_server_listening_means_unavailable():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sender = SmtpSender(Smtp(host="127.0.0.1", port=port, tls="plain", timeout=2.0))
    with pytest.raises(ServerUnavailable, match="cannot connect"), sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])


def test_a_maildir_keeps_each_message_once_by_its_message_id(tmp_path: Path):
    with MaildirSender(tmp_path / "outgoing") as sender:
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
        sender.send(RAW, "dor@ptg139.com", ["wang@partner.cn"])
        assert sender.contains("<ack.SS-2026-000001.1@ptg139.com>")
        assert not sender.contains("<ack.SS-2026-000001.2@ptg139.com>")
    (file,) = (tmp_path / "outgoing" / "new").iterdir()
    assert file.read_bytes() == RAW
    assert list((tmp_path / "outgoing" / "tmp").iterdir()) == []


def test_a_maildir_that_cannot_be_written_means_unavailable(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ServerUnavailable, match="cannot create"):
        with MaildirSender(blocker / "outgoing"):
            pass
