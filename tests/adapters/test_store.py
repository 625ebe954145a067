"""Storage on real SQLite and PostgreSQL: idempotent keeping, checkpoints, schema checks."""

import os
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError

from maild.adapters.db.models import Event, EventKind, Message, MessageStatus
from maild.adapters.db.store import Store
from maild.errors import NotMigrated, StoreError
from maild.rawmail import Location, RawMail
from parsers.records import ParsedMail

NOW = datetime(2026, 9, 30, 1, 0, tzinfo=UTC)


def save(store: Store, sha: str = "a" * 64, message_id: str | None = "<x@y>", uid: int | None = 5,
         uidvalidity: int = 77):
    raw = RawMail(data=b"x" * 10, location=Location("imap:t", "INBOX", uidvalidity, uid), received_at=NOW)
    return store.save_raw(raw, sha, message_id, NOW)


def test_unmigrated_database_is_refused_with_the_command_to_run(db_url):
    store = Store.open(db_url)
    with pytest.raises(NotMigrated, match="maild db upgrade"):
        store.require_migrated()


def test_the_same_raw_bytes_never_give_a_second_record(store):
    first, second = save(store), save(store)
    assert first.message_pk == second.message_pk
    assert store.count() == 1
    assert [e.kind for e in store.events(first.message_pk)] == ["received", "seen-again"]


def test_the_same_message_id_with_other_bytes_is_an_event_not_a_record(store):
    first = save(store, sha="a" * 64)
    again = save(store, sha="b" * 64, uid=6)
    assert again.message_pk == first.message_pk
    assert store.count() == 1
    assert store.events(first.message_pk)[-1].kind == "duplicate-arrival"


def test_messages_without_message_id_are_told_apart_by_their_bytes(store):
    save(store, sha="a" * 64, message_id=None)
    save(store, sha="b" * 64, message_id=None, uid=6)
    assert store.count() == 2


def test_keeping_a_message_advances_the_checkpoint(store):
    save(store, uid=5)
    save(store, sha="c" * 64, message_id="<c@y>", uid=9)
    cp = store.checkpoint("imap:t", "INBOX")
    assert (cp.uidvalidity, cp.last_uid) == (77, 9)


def test_a_new_uidvalidity_replaces_the_checkpoint(store):
    save(store, uid=50)
    save(store, sha="d" * 64, message_id="<d@y>", uid=3, uidvalidity=78)
    cp = store.checkpoint("imap:t", "INBOX")
    assert (cp.uidvalidity, cp.last_uid) == (78, 3)


def test_quarantine_counts_attempts_and_keeps_the_error(store):
    pk = save(store).message_pk
    store.quarantine(pk, "ValueError: boom", NOW)
    store.quarantine(pk, "ValueError: boom again", NOW)
    msg = store.message(pk)
    assert (msg.status, msg.attempts, msg.error) == (MessageStatus.QUARANTINED, 2, "ValueError: boom again")


def test_unfinished_lists_unparsed_and_unsettled_messages(store):
    pk = save(store).message_pk
    assert [m.id for m in store.unfinished("imap:t")] == [pk]
    with store.transaction() as tx:
        store.record_parsed(tx, pk, ParsedMail(message_id="<x@y>", sender="a@b", sender_name=None,
                                               subject="s", date=None), NOW)
    assert [m.id for m in store.unfinished("imap:t")] == [pk]  # parsed but not yet moved
    store.mark_settled(pk, "Processed", NOW)
    assert store.unfinished("imap:t") == []


def test_concurrent_writers_keep_exactly_one_record(store):
    errors = []

    def worker():
        try:
            save(store, sha="e" * 64, message_id="<e@y>")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count() == 1


def test_a_location_is_stored_and_read_back_as_one_value(store):
    pk = save(store, uid=12, uidvalidity=99).message_pk
    assert store.message(pk).location == Location("imap:t", "INBOX", 99, 12)


def test_states_come_back_as_their_enums_and_a_word_outside_the_enum_is_refused(store):
    pk = save(store).message_pk
    assert store.message(pk).status is MessageStatus.RECEIVED
    with pytest.raises(StatementError, match="'misplaced' is not a valid MessageStatus"):
        with store.transaction() as tx:
            tx.get(Message, pk).status = "misplaced"
    assert store.message(pk).status is MessageStatus.RECEIVED


def test_structured_values_are_json_on_both_backends_without_escaping(store):
    pk = save(store).message_pk
    with store.transaction() as tx:
        tx.add(Event(at=NOW, actor="t", kind=EventKind.ROUTED, message_pk=pk, data={"reason": "商机申诉"}))
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT data FROM events WHERE kind = 'routed'")).scalar_one()
    assert "商机申诉" in raw
    assert [e.data for e in store.events(pk) if e.kind == "routed"] == [{"reason": "商机申诉"}]


def test_a_database_nobody_answers_at_is_a_store_error():
    store = Store.open("postgresql+psycopg://postgres@127.0.0.1:9/test?connect_timeout=2")
    with pytest.raises(StoreError, match="database: OperationalError"):
        store.count()
    store.engine.dispose()


def test_a_database_path_that_cannot_exist_is_a_store_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Store.open(f"sqlite:///{blocker}/maild.db")


def test_make_durable_commits_once_at_full_sync_and_changes_nothing(store):
    save(store)  # committed at synchronous=NORMAL: in the WAL, not yet synced
    if store.engine.dialect.name != "sqlite":
        store.make_durable()  # PostgreSQL's commits are durable already: nothing to do, no error
        return
    wal = f"{store.engine.url.database}-wal"
    with store.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar()
    before = os.path.getsize(wal)
    store.make_durable()
    assert os.path.getsize(wal) > before  # one more commit, at FULL: the WAL (all of it) synced
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == version
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # back to NORMAL for the pool
    assert len(store.messages()) == 1
