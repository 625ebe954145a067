"""What the fault tests share: a backlog of partner appeals, `maild run` processes, and the tally
that says, after the fault, how many mails became records, cases, moves and acknowledgements —
and how many were duplicated or lost.

Set MAILD_FAULT_REPORT to a file path to have each test append its row (fault, how often, mails
in, records, duplicates, lost, and what else it measured) as a TSV line.
"""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from email import policy
from pathlib import Path

from sqlalchemy import create_engine, text

from kit.daemons import env_for, imap_toml, smtp_replies

PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,,lcqifu.com,蒋文斌\n"


def appeal(n: int) -> bytes:
    """Appeal number n, from a sender of its own (each gets its acknowledgement under the hourly cap)."""
    return (f"From: =?utf-8?b?5ZSQ6I65?= <p{n}@lcqifu.com>\r\nTo: dor@ptg139.com\r\n"
            "Subject: =?utf-8?b?5ZWG5py655Sz6K+JIOmHkeWys+a/gOWFiQ==?=\r\n"
            f"Message-ID: <fault-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n"
            f"商机编号：SJ20260929-{n:04d}\r\n推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n"
            "申诉理由：同行恶意骚扰\r\n").encode()


def config(tmp_path: Path, account, db_url: str, sink=None, poll: float = 2.0, batch: int = 25) -> Path:
    return imap_toml(tmp_path, account, db_url, daemon=f"poll_interval = {poll}\nbatch_size = {batch}",
                     tail=smtp_replies(sink) if sink else '[replies]\ntransport = "none"\n')


def maild(cfg: Path, account, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "maild", "--config", str(cfg), *args], env=env_for(account),
                          capture_output=True, timeout=timeout)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    return done


def prepare(tmp_path: Path, cfg: Path, account) -> None:
    """Migrate, import the partner, and start once so the backlog appended next counts as new mail."""
    partners = tmp_path / "partners.csv"
    partners.write_text(PARTNERS, encoding="utf-8")
    for args in (("db", "upgrade"), ("partners", "import", str(partners)), ("poll", "--once")):
        maild(cfg, account, *args)


class Daemon:
    """`maild run` in its own process, its log in a file (a pipe left unread would block it)."""

    def __init__(self, cfg: Path, account, log: Path) -> None:
        self.log_path = log
        self._log = open(log, "wb")  # closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-m", "maild", "--config", str(cfg), "run"],
                                     env=env_for(account), stdout=self._log, stderr=subprocess.STDOUT)

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=20)
        self._log.close()

    def stop(self) -> int:
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode


def append_all(account, mails: list[bytes]) -> None:
    with account.server.client(account.user, account.password) as client:
        for raw in mails:
            client.append("INBOX", raw)


def _ids(raws: list[bytes]) -> list[str]:
    return [m.group(1).decode() for raw in raws if (m := re.search(rb"^Message-ID:\s*(\S+)", raw, re.I | re.M))]


def _folder(account, name: str) -> list[bytes]:
    with account.server.client(account.user, account.password) as client:
        if not client.folder_exists(name):
            return []
    return account.server.fetch_raw(account.user, account.password, name)


@dataclass
class Tally:
    mails_in: int
    records: int  # message rows
    record_ids: int  # distinct Message-IDs among them
    quarantined: int
    cases: int
    case_mails: int  # distinct opening mails among the cases
    moved: int  # copies in Processed
    moved_ids: int
    left: int  # still in INBOX
    acks: int  # acknowledgements that reached the SMTP server
    ack_ids: int  # distinct Message-IDs among them
    unsent: int  # outbox rows not sent

    @property
    def duplicates(self) -> int:
        return ((self.records - self.record_ids) + (self.cases - self.case_mails) + (self.moved - self.moved_ids)
                + (self.acks - self.ack_ids))

    @property
    def lost(self) -> int:
        return self.mails_in - self.record_ids

    def settled(self, with_acks: bool) -> bool:
        done = self.record_ids == self.mails_in and self.left == 0 and self.moved_ids == self.mails_in
        return done and (not with_acks or (self.unsent == 0 and self.ack_ids == self.mails_in))


def tally(db_url: str, account, sink, mails_in: int) -> Tally:
    # The mailbox first, the database after: a message is moved only once its case and answer are
    # committed, so whatever the folders show moved, the database read after it already holds.
    moved = _ids(_folder(account, "Processed"))
    left = account.server.folder_uids(account.user, account.password, "INBOX")
    acks = [email.message_from_bytes(m.data, policy=policy.compat32)["Message-ID"] for m in sink.messages] \
        if sink else []
    engine = create_engine(db_url)
    try:
        with engine.connect() as c:
            records, record_ids = c.execute(text("SELECT count(*), count(DISTINCT message_id) FROM messages")).one()
            quarantined = c.execute(text("SELECT count(*) FROM messages WHERE status = 'quarantined'")).scalar()
            cases, case_mails = c.execute(text("SELECT count(*), count(DISTINCT opened_message_pk) FROM cases")).one()
            unsent = c.execute(text("SELECT count(*) FROM outbox WHERE status <> 'sent'")).scalar()
    finally:
        engine.dispose()
    return Tally(mails_in, records, record_ids, quarantined, cases, case_mails, len(moved), len(set(moved)),
                 len(left), len(acks), len(set(acks)), unsent)


def wait_for_records(db_url: str, account, mails_in: int, at_least: int, timeout: float = 60.0) -> None:
    """Wait until at least `at_least` mails are recorded (or the time is up): the moment to break something."""
    deadline = time.monotonic() + timeout
    while tally(db_url, account, None, mails_in).record_ids < at_least and time.monotonic() < deadline:
        time.sleep(0.1)


def settle(db_url: str, account, sink, mails_in: int, timeout: float, alive=lambda: True) -> Tally:
    """Wait until every mail is recorded, moved (and acknowledged), or the time is up; the last tally."""
    deadline = time.monotonic() + timeout
    while True:
        now = tally(db_url, account, sink, mails_in)
        if now.settled(with_acks=sink is not None) or time.monotonic() > deadline or not alive():
            return now
        time.sleep(1.0)


def report(fault: str, how_often: str, t: Tally, **measured: object) -> None:
    """One row of the closing table (printed, and appended to $MAILD_FAULT_REPORT when set)."""
    extra = " ".join(f"{k}={v}" for k, v in measured.items())
    row = f"{fault}\t{how_often}\t{t.mails_in}\t{t.record_ids}\t{t.duplicates}\t{t.lost}\t{extra}"
    print(row)
    target = os.environ.get("MAILD_FAULT_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(row + "\n")
