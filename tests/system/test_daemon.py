"""The daemon against a real Dovecot: storage, IDLE, crashes, UIDVALIDITY, quarantine."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from maild import faults
from maild.adapters.db.models import MessageStatus
from maild.app import build
from maild.config import load
from maild.daemon import Daemon, backoff

from kit.daemons import PASSWORD_ENV, env_for, imap_toml
from kit.mails import gbk_mail, plain_mail


def imap_config(tmp_path: Path, account, db_url: str | None = None, folder: str = "INBOX",
                extra: str = "") -> Path:
    return imap_toml(tmp_path, account, db_url, daemon=f"poll_interval = 5.0\nbatch_size = 10\n{extra}",
                     imap=f'folder = "{folder}"')


def maild(config: Path, account, *args: str, fault: str | None = None, timeout: float = 60):
    env = env_for(account)
    if fault:
        env["MAILD_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "maild", "--config", str(config), *args],
                          env=env, capture_output=True, timeout=timeout)


def app_for(config: Path, account):
    app = build(load(config, env_for(account)))
    from maild.adapters.db import migrations

    migrations.upgrade(app.store.engine)
    return app


def folder(account, name: str) -> list[bytes]:
    with account.server.client(account.user, account.password) as c:
        if not c.folder_exists(name):
            return []
    return account.server.fetch_raw(account.user, account.password, name)


def test_backoff_doubles_and_is_capped():
    assert [backoff(n) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff(50) == 300


def test_mail_appended_after_start_is_stored_with_its_attachment_bytes(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)
    app = app_for(config, imap_account)
    Daemon(app).run(once=True)  # first start: checkpoint at "now"
    payload = b"#!AMR\n" + bytes(range(256)) * 4
    raw = gbk_mail(attachment=payload)
    arrived = datetime(2026, 6, 3, 7, 40, 11, tzinfo=UTC)  # the server's INTERNALDATE, not the Date: header
    imap_account.server.append(imap_account.user, imap_account.password, "INBOX", raw, msg_time=arrived)

    assert Daemon(app).run(once=True) == 1

    (msg,) = app.store.messages()
    assert msg.status == MessageStatus.PARSED
    assert msg.received_at == arrived
    assert msg.subject == "商机申诉 镕喆机械 SJ20260603-0052"
    assert app.blobs.get(msg.sha256) == raw
    (att,) = app.store.attachments(msg.id)
    assert att.filename == "通话录音.amr" and app.blobs.get(att.sha256) == payload
    assert folder(imap_account, "INBOX") == [] and folder(imap_account, "Processed") == [raw]


def test_the_batch_is_made_durable_before_any_of_it_leaves_the_inbox(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)
    app = app_for(config, imap_account)
    Daemon(app).run(once=True)
    imap_account.server.append_many(imap_account.user, imap_account.password, "INBOX", [plain_mail(n) for n in range(3)])
    order = []
    make_durable = app.store.make_durable
    app.store.make_durable = lambda: (order.append(("durable", len(folder(imap_account, "INBOX")))), make_durable())
    mark_settled_all = app.store.mark_settled_all
    app.store.mark_settled_all = lambda pks, *a: (order.append(("settled", len(pks))), mark_settled_all(pks, *a))

    assert Daemon(app).run(once=True) == 3
    assert order == [("durable", 3), ("settled", 3)]  # synced while all three were still in the inbox
    assert folder(imap_account, "INBOX") == []


def test_first_start_leaves_older_mail_and_backfill_imports_it_once(tmp_path, imap_account):
    server = imap_account.server
    server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(1))
    config = imap_config(tmp_path, imap_account)
    app = app_for(config, imap_account)
    assert Daemon(app).run(once=True) == 0
    assert app.store.count() == 0 and len(folder(imap_account, "INBOX")) == 1

    result = maild(config, imap_account, "backfill", "--since", "2000-01-01")
    assert result.returncode == 0, result.stderr.decode()
    again = maild(config, imap_account, "backfill", "--since", "2000-01-01")
    assert again.returncode == 0
    assert app.store.count() == 1 and folder(imap_account, "Processed") == [plain_mail(1)]


def test_message_appended_while_idling_is_stored_within_seconds(tmp_path, imap_account):
    app = app_for(imap_config(tmp_path, imap_account, extra=""), imap_account)
    daemon = Daemon(app)
    worker = threading.Thread(target=daemon.run, daemon=True)
    worker.start()
    try:
        time.sleep(1.0)  # connected, checkpoint set, idling
        imap_account.server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(7))
        deadline = time.monotonic() + 15
        while app.store.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert app.store.count() == 1
    finally:
        app.stop.set()
        worker.join(timeout=10)
    assert not worker.is_alive()


@pytest.mark.parametrize("fault", [p for p in faults.POINTS if p != "mid-batch"])  # mid-batch: its own test
def test_kill_at_any_point_then_restart_leaves_exactly_one_record(tmp_path, imap_account, fault):
    config = imap_config(tmp_path, imap_account)
    assert maild(config, imap_account, "db", "upgrade").returncode == 0
    assert maild(config, imap_account, "poll", "--once").returncode == 0
    imap_account.server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(3))

    crashed = maild(config, imap_account, "run", fault=fault)
    assert crashed.returncode == -9, crashed.stderr.decode()
    assert folder(imap_account, "INBOX") == [plain_mail(3)]  # not moved before the crash

    assert maild(config, imap_account, "poll", "--once").returncode == 0
    app = app_for(config, imap_account)
    (msg,) = app.store.messages()  # exactly one record, whatever the crash left
    assert msg.status == MessageStatus.PARSED and msg.settled_at is not None
    assert folder(imap_account, "INBOX") == [] and folder(imap_account, "Processed") == [plain_mail(3)]


def test_poll_once_drains_a_backlog_of_several_batches(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)  # batch_size = 10
    assert maild(config, imap_account, "db", "upgrade").returncode == 0
    assert maild(config, imap_account, "poll", "--once").returncode == 0
    imap_account.server.append_many(imap_account.user, imap_account.password, "INBOX",
                                    [plain_mail(n) for n in range(25)])
    done = maild(config, imap_account, "poll", "--once")
    assert done.returncode == 0 and b"25 message(s) processed" in done.stderr
    assert folder(imap_account, "INBOX") == [] and len(folder(imap_account, "Processed")) == 25


def test_kill_during_a_batch_then_restart_stores_every_message_once(tmp_path, imap_account, pg_schema_url):
    config = imap_config(tmp_path, imap_account, db_url=pg_schema_url)
    assert maild(config, imap_account, "db", "upgrade").returncode == 0
    assert maild(config, imap_account, "poll", "--once").returncode == 0
    for n in range(4):
        imap_account.server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(n))

    crashed = maild(config, imap_account, "run", fault="mid-batch")
    assert crashed.returncode == -9
    assert maild(config, imap_account, "poll", "--once").returncode == 0

    app = app_for(config, imap_account)
    assert sorted(m.message_id for m in app.store.messages()) == [f"<m{n}@example.com>" for n in range(4)]
    assert folder(imap_account, "INBOX") == [] and len(folder(imap_account, "Processed")) == 4


def test_uidvalidity_change_rescans_without_duplicates(tmp_path, imap_account):
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    server.create_folder(user, pw, "Partners")
    app = app_for(imap_config(tmp_path, imap_account, folder="Partners"), imap_account)
    Daemon(app).run(once=True)
    server.append(user, pw, "Partners", plain_mail(1))
    Daemon(app).run(once=True)
    old = server.uidvalidity(user, pw, "Partners")

    server.delete_folder(user, pw, "Partners")  # recreated: a new UIDVALIDITY
    server.create_folder(user, pw, "Partners")
    assert server.uidvalidity(user, pw, "Partners") != old
    server.append(user, pw, "Partners", plain_mail(1))  # the same mail again
    server.append(user, pw, "Partners", plain_mail(2))
    Daemon(app).run(once=True)

    assert sorted(m.message_id for m in app.store.messages()) == ["<m1@example.com>", "<m2@example.com>"]
    assert folder(imap_account, "Partners") == []
    assert any(e.kind == "uidvalidity-changed" for e in app.store.events())


def test_a_message_that_cannot_be_processed_is_quarantined_and_later_mail_goes_on(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account, extra="max_message_bytes = 2000")
    app = app_for(config, imap_account)
    Daemon(app).run(once=True)
    big = plain_mail(1, subject="x" * 3000)
    server = imap_account.server
    server.append(imap_account.user, imap_account.password, "INBOX", big)
    server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(2))

    Daemon(app).run(once=True)

    statuses = {m.message_id: m.status for m in app.store.messages()}
    assert statuses == {"<m1@example.com>": "quarantined", "<m2@example.com>": "parsed"}
    assert folder(imap_account, "Quarantine") == [big]
    (bad,) = app.store.messages(status="quarantined")
    assert "max_message_bytes" in bad.error and app.blobs.get(bad.sha256) == big

    fixed = imap_config(tmp_path, imap_account)  # the fix: a larger limit
    retried = maild(fixed, imap_account, "quarantine", "retry", str(bad.id))
    assert retried.returncode == 0, retried.stderr.decode()
    assert b"moved from quarantine to Processed" in retried.stderr
    assert maild(fixed, imap_account, "quarantine", "retry", str(bad.id)).returncode == 0
    assert app.store.message(bad.id).status == "parsed" and app.store.count() == 2
    assert folder(imap_account, "Quarantine") == [] and big in folder(imap_account, "Processed")


def test_sigterm_finishes_and_exits_zero(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)
    assert maild(config, imap_account, "db", "upgrade").returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "maild", "--config", str(config), "run"],
                            env=env_for(imap_account), stderr=subprocess.PIPE)
    time.sleep(2.0)
    proc.terminate()
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err.decode()
    assert b"stopped" in err


def test_a_kicked_connection_reconnects_and_keeps_receiving(tmp_path, imap_account):
    app = app_for(imap_config(tmp_path, imap_account), imap_account)
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    server, user, pw = imap_account.server, imap_account.user, imap_account.password
    try:
        time.sleep(1.0)
        server.doveadm("kick", user)
        time.sleep(2.5)  # first reconnect waits one backoff second
        server.append(user, pw, "INBOX", plain_mail(11))
        deadline = time.monotonic() + 20
        while app.store.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert app.store.count() == 1
        assert any(e.kind == "source-error" for e in app.store.events())
    finally:
        app.stop.set()
        worker.join(timeout=10)
    assert not worker.is_alive()


def test_a_wrong_password_is_retried_with_backoff_not_fatal(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)
    app = build(load(config, {PASSWORD_ENV: "wrong"}))
    from maild.adapters.db import migrations

    migrations.upgrade(app.store.engine)
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    time.sleep(2.0)
    app.stop.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    errors = [e for e in app.store.events() if e.kind == "source-error"]
    assert errors, "the login failure was not recorded"
    assert "authentication failed" in errors[0].data["error"].lower()


def test_without_idle_the_daemon_polls_at_the_configured_interval(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account, extra="").read_text().replace(
        "poll_interval = 5.0", "poll_interval = 1.0").replace('folder = "INBOX"', 'folder = "INBOX"\nidle = false')
    path = tmp_path / "poll.toml"
    path.write_text(config)
    app = app_for(path, imap_account)
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    try:
        time.sleep(1.0)
        imap_account.server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(21))
        deadline = time.monotonic() + 15
        while app.store.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert app.store.count() == 1
    finally:
        app.stop.set()
        worker.join(timeout=10)
    assert not worker.is_alive()


def maildir_config(tmp_path: Path, blobs: Path | None = None) -> Path:
    path = tmp_path / "maildir.toml"
    path.write_text(f"""
[daemon]
source = "maildir:{tmp_path / 'inbox'}"
poll_interval = 0.2
[database]
url = "sqlite:///{tmp_path / 'maild.db'}"
busy_timeout_ms = 200
[storage]
root = "{blobs or tmp_path / 'blobs'}"
""", encoding="utf-8")
    return path


def maildir_app(config: Path):
    from maild.adapters.db import migrations
    from maild.adapters.maildir import MaildirSource

    app = build(load(config, os.environ))
    migrations.upgrade(app.store.engine)
    inbox = MaildirSource(app.config.path(app.config.daemon.source.removeprefix("maildir:")))
    with inbox:
        inbox.deliver(plain_mail(1), "1790000000.M1P1.test:2,")
    return app


def wait_for(condition, timeout: float = 20.0) -> bool:
    """Poll until the condition holds; a probe that meets the daemon's write lock just looks again."""
    from maild.errors import StoreError

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except StoreError:
            pass
        time.sleep(0.1)
    return False


def test_a_locked_database_backs_the_daemon_off_and_the_mail_is_stored_once_after(tmp_path):
    import sqlite3

    app = maildir_app(maildir_config(tmp_path))
    holder = sqlite3.connect(tmp_path / "maild.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    time.sleep(1.5)
    assert worker.is_alive(), "a locked database stopped the daemon"
    assert holder.execute("SELECT count(*) FROM messages").fetchone() == (0,)
    holder.execute("ROLLBACK")
    holder.close()
    assert wait_for(lambda: app.store.count() == 1 and app.store.messages()[0].settled_at is not None)
    app.stop.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    (msg,) = app.store.messages()
    assert msg.status is MessageStatus.PARSED and msg.settled_to == ".Processed"
    assert list((tmp_path / "inbox" / "new").iterdir()) == []


def test_a_blob_store_that_cannot_be_written_backs_off_instead_of_stopping(tmp_path):
    blocker = tmp_path / "disk"
    blocker.write_text("not a folder")  # the blob root lies under a file: every write fails
    app = maildir_app(maildir_config(tmp_path, blobs=blocker / "blobs"))
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    assert wait_for(lambda: any(e.kind == "store-error" for e in app.store.events()))
    assert worker.is_alive() and app.store.count() == 0
    errors = [e.data for e in app.store.events() if e.kind == "store-error"]
    assert "blobs: cannot write" in errors[0]["error"]
    blocker.unlink()  # the disk is back: the daemon, still running, reads the mail again and records it
    # (a stop between keeping and recording would leave it kept for the next start: wait for the record)
    assert wait_for(lambda: app.store.count() == 1 and app.store.messages()[0].status is MessageStatus.PARSED)
    assert worker.is_alive()
    app.stop.set()
    worker.join(timeout=10)
    assert not worker.is_alive()


def test_a_refused_login_stops_the_daemon_after_a_few_tries_and_health_says_why(tmp_path, imap_account):
    config = imap_config(tmp_path, imap_account)
    assert maild(config, imap_account, "db", "upgrade").returncode == 0
    env = {**os.environ, PASSWORD_ENV: "wrong"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "maild", "--config", str(config), "run"], env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == 3 and time.monotonic() - started < 30
    assert b"refused 3 times in a row: stopping" in done.stderr and b"CRITICAL" in done.stderr
    health = subprocess.run([sys.executable, "-m", "maild", "--config", str(config), "health", "--json"], env=env,
                            capture_output=True, timeout=60)
    assert health.returncode in (1, 2) and b"login refused" in health.stdout


def test_a_frozen_imap_connection_is_noticed_in_seconds_and_the_daemon_reconnects(tmp_path, imap_account):
    from servers.proxy import FaultyProxy

    proxy = FaultyProxy(imap_account.host, imap_account.port).start()
    via_proxy = type(imap_account)(proxy.host, proxy.port, imap_account.user, imap_account.password,
                                   imap_account.server)
    app = app_for(imap_config(tmp_path, via_proxy), via_proxy)
    worker = threading.Thread(target=Daemon(app).run, daemon=True)
    worker.start()
    try:
        # connected, the starting point recorded, and idling
        assert wait_for(lambda: app.store.checkpoint(app.source().key, "INBOX") is not None)
        time.sleep(1.0)
        proxy.freeze()  # nothing is closed; nothing gets through
        frozen_at = time.monotonic()
        deadline = frozen_at + 60
        while not any(e.kind == "source-error" for e in app.store.events()) and time.monotonic() < deadline:
            time.sleep(0.5)
        noticed = time.monotonic() - frozen_at
        assert noticed < 45, f"a frozen connection took {noticed:.0f} s to notice"
        proxy.thaw()
        proxy.cut()  # the frozen connection is gone for good
        imap_account.server.append(imap_account.user, imap_account.password, "INBOX", plain_mail(31))
        deadline = time.monotonic() + 30
        while app.store.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert app.store.count() == 1
    finally:
        app.stop.set()
        worker.join(timeout=20)
        proxy.stop()
    assert not worker.is_alive()


def test_under_systemd_the_daemon_says_ready_pings_the_watchdog_while_idle_and_says_stopping(tmp_path):
    import signal
    import socket

    config = maildir_config(tmp_path)
    config.write_text(config.read_text(encoding="utf-8").replace("poll_interval = 0.2", "poll_interval = 60"),
                      encoding="utf-8")
    maildir_app(config)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    listener.settimeout(10.0)
    env = {**os.environ, "NOTIFY_SOCKET": str(tmp_path / "notify"), "WATCHDOG_USEC": "1000000"}
    proc = subprocess.Popen([sys.executable, "-m", "maild", "--config", str(config), "run"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        seen: list[str] = []
        while seen.count("WATCHDOG=1") < 4:  # 60 s poll interval, yet pinged every 0.5 s
            seen += listener.recv(4096).decode().split("\n")
        assert seen[0] == "READY=1"
        assert any(f.startswith("STATUS=serving maildir:") for f in seen)
        proc.send_signal(signal.SIGTERM)
        while "STOPPING=1" not in seen:
            seen += listener.recv(4096).decode().split("\n")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        listener.close()
    import sqlite3

    with sqlite3.connect(tmp_path / "maild.db") as db:  # and it served the mailbox meanwhile
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
