"""The mailbox lease on real SQLite and PostgreSQL: one holder at a time, handed over when it stops,
dies or lets the lease lapse."""

import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from maild.adapters.db import leases
from maild.adapters.db.leases import AdvisoryLease, RowLease

NOW = datetime(2026, 9, 30, 1, 0, tzinfo=UTC)


def name() -> str:
    return f"source:test:{uuid.uuid4().hex}"  # advisory locks are database-wide: one name per test


def test_one_holder_at_a_time_and_the_next_takes_over_when_it_lets_go(store):
    lease_name = name()
    first = leases.lease_for(store, lease_name, "host-a:1:aa")
    second = leases.lease_for(store, lease_name, "host-b:2:bb")
    assert first.acquire(NOW)
    assert not second.acquire(NOW)
    assert first.renew(NOW + timedelta(seconds=5))
    assert not second.acquire(NOW + timedelta(seconds=6))
    first.release()
    assert second.acquire(NOW + timedelta(seconds=7))
    assert not first.acquire(NOW + timedelta(seconds=8))
    assert not first.renew(NOW + timedelta(seconds=8))
    second.release()


def test_leases_of_different_mailboxes_do_not_exclude_each_other(store):
    one = leases.lease_for(store, name(), "host-a:1:aa")
    other = leases.lease_for(store, name(), "host-b:2:bb")
    assert one.acquire(NOW) and other.acquire(NOW)
    one.release()
    other.release()


def test_the_right_lease_for_each_database(store):
    lease = leases.lease_for(store, name(), "h:1:x")
    expected = AdvisoryLease if store.engine.dialect.name == "postgresql" else RowLease
    assert type(lease) is expected and lease.needs_renewal is (expected is RowLease)


def test_sqlite_a_lease_not_renewed_within_its_ttl_is_taken_over_and_the_old_holder_learns_it(tmp_path):
    from maild.adapters.db import migrations
    from maild.adapters.db.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'maild.db'}")
    migrations.upgrade(store.engine)
    lease_name = name()
    old = RowLease(store, lease_name, "elsewhere:1:aa")
    new = RowLease(store, lease_name, "elsewhere-too:2:bb")
    assert old.acquire(NOW)
    assert not new.acquire(NOW + leases.TTL - timedelta(seconds=1))
    assert new.acquire(NOW + leases.TTL + timedelta(seconds=1))
    assert not old.renew(NOW + leases.TTL + timedelta(seconds=2))  # it must stop serving
    old.release()  # a late release must not free the new holder's lease
    assert not RowLease(store, lease_name, "third:3:cc").acquire(NOW + leases.TTL + timedelta(seconds=3))


def test_sqlite_a_holder_whose_process_died_on_this_machine_is_replaced_at_once(tmp_path):
    import socket

    from maild.adapters.db import migrations
    from maild.adapters.db.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'maild.db'}")
    migrations.upgrade(store.engine)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lease_name = name()
    here = socket.gethostname()
    assert RowLease(store, lease_name, f"{here}:{gone.pid}:aa").acquire(NOW)
    assert RowLease(store, lease_name, f"{here}:{os.getpid()}:bb").acquire(NOW + timedelta(seconds=1))
    # a live holder on this machine keeps it until its TTL runs out
    alive = RowLease(store, lease_name, f"{here}:1:cc")
    assert not alive.acquire(NOW + timedelta(seconds=2))


def test_postgres_the_lock_dies_with_the_holders_connection(pg_schema_url):
    from maild.adapters.db import migrations
    from maild.adapters.db.store import Store

    store = Store.open(pg_schema_url)
    migrations.upgrade(store.engine)
    lease_name = name()
    holder = AdvisoryLease(store.engine, lease_name, "a:1:aa")
    standby = AdvisoryLease(store.engine, lease_name, "b:2:bb")
    assert holder.acquire(NOW) and not standby.acquire(NOW)
    pid = holder._conn.execute(text("SELECT pg_backend_pid()")).scalar()
    holder._conn.commit()
    with store.engine.connect() as admin:
        assert admin.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
    deadline = time.monotonic() + 10  # the backend ends a moment after it is told to
    while not standby.acquire(NOW) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert standby._conn is not None  # the lock went with the session
    assert not holder.renew(NOW)  # and the old holder is told
    assert not holder.acquire(NOW)
    standby.release()
    assert holder.acquire(NOW)
    holder.release()
    store.engine.dispose()
