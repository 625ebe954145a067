"""Partners hear back, end to end: a live `maild run` on Dovecot answers through an aiosmtpd sink,
in the partner's thread, with a copy in Sent; a SIGKILL between send and commit sends nothing twice."""

from __future__ import annotations

import email
import subprocess
import sys
import time
from email import policy
from pathlib import Path

import pytest

from kit.daemons import env_for, imap_toml, smtp_replies

PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,,lcqifu.com,蒋文斌\n"
APPEAL = ("From: =?utf-8?b?5ZSQ6I65?= <tangying@lcqifu.com>\r\nTo: dor@ptg139.com\r\n"
          "Subject: =?utf-8?b?5ZWG5py655Sz6K+JIOmHkeWys+a/gOWFiQ==?=\r\n"
          "Message-ID: <appeal-e2e-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n"
          "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
          "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260929-00{n:02d}\r\n"
          "推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n申诉理由：同行恶意骚扰\r\n")


def config(tmp_path: Path, account, sink) -> Path:
    return imap_toml(tmp_path, account, daemon="poll_interval = 5.0", tail=smtp_replies(sink))


def maild(cfg: Path, account, *args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    env = env_for(account)
    if fault:
        env["MAILD_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "maild", "--config", str(cfg), *args], env=env,
                          capture_output=True, timeout=60)


def start(cfg: Path, account, fault: str | None = None) -> subprocess.Popen:
    env = env_for(account)
    if fault:
        env["MAILD_FAULT"] = fault
    return subprocess.Popen([sys.executable, "-m", "maild", "--config", str(cfg), "run"], env=env,
                            stderr=subprocess.PIPE)


def ready(tmp_path: Path, account, sink) -> Path:
    cfg = config(tmp_path, account, sink)
    partners = tmp_path / "partners.csv"
    partners.write_text(PARTNERS, encoding="utf-8")
    # the first start reads mail arriving from then on: start once, so the test's mail is new
    for args in (("db", "upgrade"), ("partners", "import", str(partners)), ("poll", "--once")):
        done = maild(cfg, account, *args)
        assert done.returncode == 0, done.stderr.decode()
    return cfg


def wait_for(condition, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def parsed(data: bytes):
    return email.message_from_bytes(data, policy=policy.default)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.communicate(timeout=20)


def test_a_live_daemon_answers_an_appeal_its_supplement_and_a_status_question_in_the_thread(
        tmp_path, imap_account, smtp_sink):
    cfg = ready(tmp_path, imap_account, smtp_sink)
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    proc = start(cfg, imap_account)
    try:
        time.sleep(1.5)  # connected and idling
        server.append(user, pw, "INBOX", APPEAL.format(n=1).encode())
        assert wait_for(lambda: len(smtp_sink.messages) == 1), "no acknowledgement reached the SMTP sink"
        ack = parsed(smtp_sink.messages[0].data)
        assert smtp_sink.messages[0].rcpt_tos == ["tangying@lcqifu.com"]
        assert ack["Subject"] == "[DOR#SS-2026-000001] 商机申诉已受理"
        assert (ack["In-Reply-To"], ack["References"]) == ("<appeal-e2e-1@lcqifu.com>",) * 2
        assert ack["Auto-Submitted"] == "auto-replied" and ack["Message-ID"] == "<ack.SS-2026-000001.1@ptg139.com>"
        assert "总部已于" in ack.get_content() and "案件编号 DOR#SS-2026-000001" in ack.get_content()

        evidence = (f"From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: Re: {ack['Subject']}\r\n"
                    f"Message-ID: <re-1@lcqifu.com>\r\nIn-Reply-To: {ack['Message-ID']}\r\n"
                    f"References: <appeal-e2e-1@lcqifu.com> {ack['Message-ID']}\r\n"
                    "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "\r\n补充一段通话录音。\r\n--B\r\nContent-Type: audio/amr; name=call.amr\r\n"
                    "Content-Disposition: attachment; filename=call.amr\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    "IyFBTVIKPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\r\n--B--\r\n")
        server.append(user, pw, "INBOX", evidence.encode())
        assert wait_for(lambda: len(smtp_sink.messages) == 2), "no 'supplement received' reply"
        supplement = parsed(smtp_sink.messages[1].data)
        assert supplement["Subject"] == "[DOR#SS-2026-000001] 已收到补充材料"
        assert supplement["In-Reply-To"] == "<re-1@lcqifu.com>" and "call.amr" in supplement.get_content()

        question = (f"From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: Re: {ack['Subject']}\r\n"
                    f"Message-ID: <re-2@lcqifu.com>\r\nIn-Reply-To: {ack['Message-ID']}\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n请问这条申诉什么时候出结果？\r\n")
        server.append(user, pw, "INBOX", question.encode())
        assert wait_for(lambda: len(smtp_sink.messages) == 3), "no status reply"
        status = parsed(smtp_sink.messages[2].data)
        assert status["Subject"].startswith("[DOR#SS-2026-000001] 处理进度：")
    finally:
        stop(proc)
    sent = [parsed(m)["Message-ID"] for m in server.fetch_raw(user, pw, "Sent")]
    assert sent == [parsed(m.data)["Message-ID"] for m in smtp_sink.messages]  # a copy of each in Sent


def test_automatic_mail_gets_nothing_from_a_live_daemon(tmp_path, imap_account, smtp_sink):
    cfg = ready(tmp_path, imap_account, smtp_sink)
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    oof = APPEAL.format(n=2).replace("Date:", "Auto-Submitted: auto-replied\r\nDate:").encode()
    server.append(user, pw, "INBOX", oof)
    done = maild(cfg, imap_account, "poll", "--once")
    assert done.returncode == 0, done.stderr.decode()
    assert b"1 message(s) processed" in done.stderr and b"auto from tangying@lcqifu.com" in done.stderr
    assert smtp_sink.messages == []


@pytest.mark.parametrize("fault", ["after-send"])
def test_a_kill_between_send_and_commit_sends_nothing_twice(tmp_path, imap_account, smtp_sink, fault):
    cfg = ready(tmp_path, imap_account, smtp_sink)
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    server.append(user, pw, "INBOX", APPEAL.format(n=3).encode())
    crashed = maild(cfg, imap_account, "poll", "--once", fault=fault)
    assert crashed.returncode == -9, crashed.stderr.decode()  # SIGKILL after the server took it
    assert len(smtp_sink.messages) == 1
    again = maild(cfg, imap_account, "poll", "--once")
    assert again.returncode == 0, again.stderr.decode()
    assert b"was sent before a crash" in again.stderr
    assert [parsed(m.data)["Message-ID"] for m in smtp_sink.messages] == ["<ack.SS-2026-000001.1@ptg139.com>"]
    listing = maild(cfg, imap_account, "outbox", "list", "--json")
    assert b'"status": "sent"' in listing.stdout
