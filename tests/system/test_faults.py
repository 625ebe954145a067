"""Faults with real servers, as a sceptical operator would try them before trusting maild with a
business mailbox: two daemons at once, the serving one SIGKILLed, PostgreSQL refusing connections
or terminating backends, Dovecot restarted, SMTP down. After each: every mail one record, one
case, one move, one acknowledgement — nothing twice, nothing lost."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from kit.faults import (
    Daemon,
    appeal,
    append_all,
    config,
    prepare,
    report,
    settle,
    tally,
    wait_for_records,
)

BACKLOG = 300


def by_proxy(url: str, proxy) -> str:
    return url.replace("127.0.0.1:5432", f"{proxy.host}:{proxy.port}", 1)


def sqlite_or_pg(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'maild.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request, tmp_path) -> str:
    return sqlite_or_pg(request, tmp_path)


@pytest.mark.soak
def test_two_daemons_started_at_once_on_a_backlog_do_nothing_twice(tmp_path, imap_account, smtp_sink, any_db):
    cfg = config(tmp_path, imap_account, any_db, smtp_sink)
    prepare(tmp_path, cfg, imap_account)
    append_all(imap_account, [appeal(n) for n in range(BACKLOG)])
    started = time.monotonic()
    first, second = Daemon(cfg, imap_account, tmp_path / "a.log"), Daemon(cfg, imap_account, tmp_path / "b.log")
    try:
        t = settle(any_db, imap_account, smtp_sink, BACKLOG, timeout=240,
                   alive=lambda: first.alive() and second.alive())
        took = time.monotonic() - started
        assert first.alive() and second.alive(), first.log[-2000:] + second.log[-2000:]
    finally:
        codes = first.stop(), second.stop()
    report(f"two daemons at once ({any_db.split(':')[0]})", "1 start of 2", t, seconds=f"{took:.0f}")
    assert codes == (0, 0)
    assert (t.records, t.record_ids, t.cases, t.case_mails, t.moved, t.left) == (BACKLOG, BACKLOG, BACKLOG,
                                                                                  BACKLOG, BACKLOG, 0)
    assert (t.acks, t.ack_ids, t.unsent, t.quarantined) == (BACKLOG, BACKLOG, 0, 0)
    standbys = [d for d in (first, second) if "waiting as a standby" in d.log]
    assert len(standbys) == 1  # one served, the other waited


@pytest.mark.soak
def test_the_standby_takes_over_within_seconds_when_the_serving_daemon_is_killed(
        tmp_path, imap_account, smtp_sink, any_db):
    cfg = config(tmp_path, imap_account, any_db, smtp_sink, batch=10)
    prepare(tmp_path, cfg, imap_account)
    serving = Daemon(cfg, imap_account, tmp_path / "a.log")
    time.sleep(2.0)
    standby = Daemon(cfg, imap_account, tmp_path / "b.log")
    try:
        append_all(imap_account, [appeal(n) for n in range(100)])
        wait_for_records(any_db, imap_account, 100, at_least=30)
        assert "waiting as a standby" in standby.log
        before = tally(any_db, imap_account, None, 100).record_ids
        serving.kill()
        killed = time.monotonic()
        while tally(any_db, imap_account, None, 100).record_ids <= before and time.monotonic() < killed + 60:
            time.sleep(0.2)
        takeover = time.monotonic() - killed
        t = settle(any_db, imap_account, smtp_sink, 100, timeout=120, alive=standby.alive)
    finally:
        serving.stop()
        standby.stop()
    report(f"serving daemon SIGKILLed, standby waiting ({any_db.split(':')[0]})", "1 kill mid-drain", t,
           takeover_s=f"{takeover:.1f}", killed_after=before)
    assert takeover < 30, f"the standby took {takeover:.0f} s to take over"
    assert "taking over as the serving daemon" in standby.log
    assert (t.records, t.record_ids, t.cases, t.case_mails, t.moved_ids, t.left) == (100, 100, 100, 100, 100, 0)
    assert t.moved == 100 and t.quarantined == 0 and t.unsent == 0 and t.ack_ids == 100
    # a kill between the SMTP server's answer and the commit can send that one mail again, with
    # the same Message-ID (the partner's client shows it once): at most the one the kill cut
    assert t.acks - t.ack_ids <= 1


@pytest.mark.soak
def test_postgres_refusing_connections_for_15_s_during_a_drain_is_waited_out(
        tmp_path, imap_account, smtp_sink, pg_schema_url):
    from servers.proxy import FaultyProxy

    proxy = FaultyProxy("127.0.0.1", 5432).start()
    url = by_proxy(pg_schema_url, proxy)
    cfg = config(tmp_path, imap_account, url, smtp_sink, batch=5)
    prepare(tmp_path, cfg, imap_account)
    append_all(imap_account, [appeal(n) for n in range(120)])
    daemon = Daemon(cfg, imap_account, tmp_path / "a.log")
    try:
        wait_for_records(pg_schema_url, imap_account, 120, at_least=20)
        proxy.refuse()
        proxy.cut()  # what a restart does: every connection gone, no new one taken
        time.sleep(15)
        assert daemon.alive(), daemon.log[-3000:]
        proxy.restore()
        t = settle(pg_schema_url, imap_account, smtp_sink, 120, timeout=180, alive=daemon.alive)
        assert daemon.alive(), daemon.log[-3000:]
    finally:
        daemon.stop()
        proxy.stop()
    report("PostgreSQL refuses connections 15 s mid-drain", "1 outage", t)
    assert "store failed" in daemon.log and "Traceback" not in daemon.log
    assert (t.records, t.record_ids, t.cases, t.case_mails, t.moved, t.left) == (120, 120, 120, 120, 120, 0)
    assert (t.acks, t.ack_ids, t.quarantined, t.unsent) == (120, 120, 0, 0)


@pytest.mark.soak
def test_postgres_terminating_the_daemons_backends_again_and_again_loses_nothing(
        tmp_path, imap_account, smtp_sink, pg_schema_url):
    name = f"maild-fault-{int(time.time() * 1000) % 10**8}"
    url = f"{pg_schema_url}&application_name={name}"
    cfg = config(tmp_path, imap_account, url, smtp_sink, batch=5)
    prepare(tmp_path, cfg, imap_account)
    append_all(imap_account, [appeal(n) for n in range(150)])
    admin = create_engine(pg_schema_url)
    daemon = Daemon(cfg, imap_account, tmp_path / "a.log")
    terminated, rounds = 0, 0
    try:
        deadline = time.monotonic() + 150
        while tally(pg_schema_url, imap_account, None, 150).record_ids < 150 and time.monotonic() < deadline:
            time.sleep(1.5)
            with admin.begin() as c:
                terminated += c.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                             "WHERE application_name = :n"), {"n": name}).scalar()
            rounds += 1
        t = settle(pg_schema_url, imap_account, smtp_sink, 150, timeout=120, alive=daemon.alive)
        assert daemon.alive(), daemon.log[-3000:]
    finally:
        daemon.stop()
        admin.dispose()
    report("PostgreSQL backends terminated during a drain", f"{rounds} rounds, {terminated} backends", t)
    assert terminated >= 3 and "Traceback" not in daemon.log
    assert (t.records, t.record_ids, t.cases, t.case_mails, t.moved, t.left) == (150, 150, 150, 150, 150, 0)
    assert (t.acks, t.ack_ids, t.quarantined, t.unsent) == (150, 150, 0, 0)


@pytest.mark.soak
def test_dovecot_restarted_mid_batch_and_during_idle(tmp_path, own_imap_account, smtp_sink):
    account = own_imap_account
    db = f"sqlite:///{tmp_path / 'maild.db'}"
    cfg = config(tmp_path, account, db, smtp_sink, batch=10)
    prepare(tmp_path, cfg, account)
    append_all(account, [appeal(n) for n in range(100)])
    daemon = Daemon(cfg, account, tmp_path / "a.log")
    try:
        wait_for_records(db, account, 100, at_least=25)
        account.server.restart(down=3.0)  # mid-batch
        first = settle(db, account, smtp_sink, 100, timeout=120, alive=daemon.alive)
        assert first.settled(with_acks=True), first
        time.sleep(3.0)  # idling on an empty INBOX
        account.server.restart(down=2.0)  # during IDLE
        time.sleep(1.0)
        append_all(account, [appeal(n) for n in range(100, 110)])
        t = settle(db, account, smtp_sink, 110, timeout=90, alive=daemon.alive)
        assert daemon.alive(), daemon.log[-3000:]
    finally:
        daemon.stop()
    report("Dovecot restarted (mid-batch, during IDLE)", "2 restarts", t)
    assert daemon.log.count("source failed") >= 2 and "Traceback" not in daemon.log
    assert (t.records, t.record_ids, t.cases, t.case_mails, t.moved, t.left) == (110, 110, 110, 110, 110, 0)
    assert (t.acks, t.ack_ids, t.quarantined, t.unsent) == (110, 110, 0, 0)


class Later:
    """The system clock, moved forward when the test says so (the outbox's first retry is a minute on)."""

    def __init__(self) -> None:
        self.shift = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.shift


def test_smtp_down_while_acknowledging_then_back_sends_each_acknowledgement_once(
        tmp_path, imap_account, smtp_sink):
    from maild.adapters.db import migrations
    from maild.app import build
    from maild.config import load
    from maild.daemon import Daemon as InProcess

    from kit.daemons import env_for

    db = f"sqlite:///{tmp_path / 'maild.db'}"
    cfg = config(tmp_path, imap_account, db, smtp_sink, poll=1.0)
    prepare(tmp_path, cfg, imap_account)
    clock = Later()
    app = build(load(cfg, env_for(imap_account)), clock=clock)
    migrations.upgrade(app.store.engine)
    smtp_sink.stop()
    append_all(imap_account, [appeal(n) for n in range(30)])
    worker = threading.Thread(target=InProcess(app).run, daemon=True)
    worker.start()
    try:
        held = settle(db, imap_account, None, 30, timeout=60)
        assert held.record_ids == 30 and held.unsent == 30  # recorded, answers waiting
        smtp_sink.start()  # back on its old port
        clock.shift = timedelta(minutes=2)  # past the first retry
        t = settle(db, imap_account, smtp_sink, 30, timeout=60)
    finally:
        app.stop.set()
        worker.join(timeout=20)
    report("SMTP down while acknowledging", "1 outage", t)
    assert not worker.is_alive()
    assert (t.records, t.cases, t.moved, t.acks, t.ack_ids, t.unsent) == (30, 30, 30, 30, 30, 0)
