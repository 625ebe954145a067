"""Shared fixtures: real databases (SQLite and PostgreSQL), apps, clocks.

The folders are the tiers: core/ and parsers/ are pure (`make test-fast`, seconds);
services/ and adapters/ run on real SQLite and PostgreSQL, Maildir and Dovecot;
system/ runs `maild` itself (subprocesses, SIGKILL, a built wheel). Markers follow:
every test under system/ is `slow`, every test on PostgreSQL `postgres`, every test
on Dovecot `dovecot` (`pytest -m "not slow"` and so on). Real servers come from
tests/servers; mail builders and fixture paths from tests/kit.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from maild.adapters.db import migrations
from maild.adapters.db.store import Store
from maild.app import App, build
from maild.clock import FixedClock
from maild.config import load

from kit.files import write_config

pytest_plugins = ["servers.fixtures"]

TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its tier and the real servers it needs."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if TESTS / "system" in Path(item.path).parents:
            item.add_marker(pytest.mark.slow)
        callspec = getattr(item, "callspec", None)
        if fixtures & {"pg_url", "pg_schema_url"} or (callspec and callspec.params.get("db_url") == "postgres"):
            item.add_marker(pytest.mark.postgres)
        if fixtures & {"dovecot", "imap_account", "own_imap_account"}:
            item.add_marker(pytest.mark.dovecot)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 9, 30, 9, 0, tzinfo=SHANGHAI).astimezone(ZoneInfo("UTC")))


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, or a private schema in the PostgreSQL test database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'maild.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    migrations.upgrade(s.engine)
    yield s
    s.engine.dispose()


@pytest.fixture
def maildir_app(tmp_path: Path, store: Store, clock: FixedClock) -> App:
    """An app reading a temporary Maildir, on the parametrised database."""
    cfg = load(write_config(tmp_path, f'[daemon]\nsource = "maildir:{tmp_path / "inbox"}"\n'
                                      f'[storage]\nroot = "{tmp_path / "blobs"}"\n'), os.environ)
    return build(cfg, clock=clock, store=store)


@pytest.fixture
def pg_schema_url(pg_url: str) -> Iterator[str]:
    """A private schema in the PostgreSQL test database (for daemon runs on PostgreSQL)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
