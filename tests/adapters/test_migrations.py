"""Migrations on real SQLite and PostgreSQL: data written by an older schema survives the upgrade."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from maild.adapters.db import migrations
from maild.adapters.db.models import CaseEvent
from maild.adapters.db.store import Store

NOW = datetime(2026, 9, 30, 1, 0, tzinfo=UTC)


def test_case_event_json_moves_from_detail_to_data_and_notes_stay(db_url):
    store = Store.open(db_url)
    migrations.upgrade(store.engine, "0003")
    with store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO cases (id, number, kind, state, fields, missing, checks, received_at, created_at, updated_at) "
            "VALUES (1, 'SS-2026-000001', 'appeal', 'in_review', '{}', '[]', '[]', :t, :t, :t)"), {"t": NOW})
        rows = [(1, "open", None, "new", '{"signals": ["subject:商机申诉"]}'),
                (2, "ask_partner", "new", "waiting_partner", "请补充录音"),
                (3, "partner_replied", "waiting_partner", "in_review", '{"message_id": "<r@x>", "attachments": []}'),
                (4, "note", "in_review", "in_review", "{客户说}再等等"),
                (5, "note", "in_review", "in_review", '{"message_id": "<late@x>", "attachments": []}')]
        conn.execute(text("INSERT INTO messages (id, sha256, size, source, received_at, stored_at, status, attempts) "
                          "VALUES (7, :sha, 1, 'file:t', :t, :t, 'parsed', 1)"), {"sha": "a" * 64, "t": NOW})
        for pk, action, before, after, detail in rows:
            conn.execute(text("INSERT INTO case_events (id, case_pk, action, from_state, to_state, actor, at, detail,"
                              " message_pk) VALUES (:pk, 1, :a, :f, :to, 'wang', :t, :d, :m)"),
                         {"pk": pk, "a": action, "f": before, "to": after, "t": NOW, "d": detail,
                          "m": 7 if pk in (1, 3, 5) else None})
    migrations.upgrade(store.engine)
    with store.transaction() as tx:
        events = {e.id: (e.detail, e.data) for e in tx.query(CaseEvent).order_by(CaseEvent.id)}
    assert events == {
        1: (None, {"signals": ["subject:商机申诉"]}),
        2: ("请补充录音", None),
        3: (None, {"message_id": "<r@x>", "attachments": []}),
        4: ("{客户说}再等等", None),
        5: (None, {"message_id": "<late@x>", "attachments": []}),  # a reply to a closed case
    }
    store.engine.dispose()


def test_the_schema_goes_down_and_up_again(db_url):
    store = Store.open(db_url)
    migrations.upgrade(store.engine)
    migrations.downgrade(store.engine, "0003")
    assert migrations.current_revision(store.engine) == "0003"
    migrations.upgrade(store.engine)
    assert migrations.current_revision(store.engine) == migrations.head_revision()
    store.engine.dispose()


def test_the_cheap_schema_check_knows_the_head_alembic_knows():
    assert migrations.HEAD == migrations.head_revision()


def test_a_database_behind_the_code_is_refused_until_upgraded(db_url):
    from maild.errors import NotMigrated

    store = Store.open(db_url)
    migrations.upgrade(store.engine, "0008")
    with pytest.raises(NotMigrated, match=f"at 0008, code expects {migrations.HEAD}"):
        store.require_migrated()
    migrations.upgrade(store.engine)
    store.require_migrated()
    store.engine.dispose()


def test_the_migrated_schema_is_the_models_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from maild.adapters.db.models import Base

    store = Store.open(db_url)
    migrations.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    store.engine.dispose()
