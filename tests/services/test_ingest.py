"""The pipeline on a real database: threading registry and operator parse settings."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest

from maild.adapters.db import migrations
from maild.adapters.db.models import MessageStatus
from maild.adapters.db.store import Store
from maild.app import build
from maild.config import load
from maild.errors import StoreError
from maild.rawmail import Location, RawMail, Settlement
from maild.services import ingest

from kit.files import write_config
from kit.hostile import HOSTILE

NOW = datetime(2026, 6, 9, 6, 0, tzinfo=UTC)


def raw(data: bytes, ref: str) -> RawMail:
    return RawMail(data=data, location=Location("file:test", ref=ref), received_at=NOW)


def mail(subject: str, body: str, message_id: str, extra: str = "") -> bytes:
    return (f"From: p@partner.cn\r\nTo: dor@ptg139.com\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
            f"Date: Tue, 09 Jun 2026 14:00:00 +0800\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


def test_a_reply_to_a_message_we_received_is_threaded_through_the_registry(maildir_app):
    first = mail("商机申诉 SJ20260609-0001", "申请不计入，同行恶意骚扰", "<orig-1@partner.cn>")
    ingest.receive(raw(first, "a"), maildir_app)
    follow = mail("补充", "补充一张截图", "<follow-1@partner.cn>", "In-Reply-To: <orig-1@partner.cn>\r\n")
    outcome = ingest.receive(raw(follow, "b"), maildir_app)
    assert outcome.kind == "reply"
    assert maildir_app.store.known_ids(["<orig-1@partner.cn>", "<follow-1@partner.cn>", "<x@y>"]) == {
        "<orig-1@partner.cn>", "<follow-1@partner.cn>"}


def test_operator_lead_id_patterns_and_reason_words_apply(tmp_path, db_url):
    cfg = load(write_config(tmp_path, f'[storage]\nroot = "{tmp_path / "b"}"\n[parse]\n'
                                      'lead_id_patterns = ["LD\\\\d{6}"]\nreason_words = {{ "3" = ["号码是空的"] }}\n'
                                      .replace("{{", "{").replace("}}", "}")), os.environ)
    store = Store.open(db_url)
    migrations.upgrade(store.engine)
    app = build(cfg, store=store)
    body = "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n线索 LD123456 有问题，号码是空的。\r\n"
    outcome = ingest.receive(raw(mail("商机申诉", body, "<op-1@partner.cn>"), "c"), app)
    record = store.message(outcome.message_pk).record
    assert record["fields"]["lead_ids"] == ["LD123456"]
    assert record["fields"]["reason_code"] == 3


def test_a_database_that_fails_while_recording_a_mail_does_not_quarantine_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'maild.db'}"
    store = Store.open(url, busy_timeout_ms=200)
    migrations.upgrade(store.engine)
    app = build(load(write_config(tmp_path, f'[storage]\nroot = "{tmp_path / "b"}"\n'), os.environ), store=store)
    data = mail("商机申诉 SJ20260609-0001", "申请不计入，同行恶意骚扰", "<locked-1@partner.cn>")
    saved = store.save_raw(raw(data, "l"), app.blobs.put(data), "<locked-1@partner.cn>", NOW)
    holder = sqlite3.connect(tmp_path / "maild.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock while the record is written
    with pytest.raises(StoreError, match="locked"):
        ingest.process(saved.message_pk, data, app, NOW)
    holder.execute("ROLLBACK")
    assert store.message(saved.message_pk).status is MessageStatus.RECEIVED  # not quarantined
    assert ingest.process(saved.message_pk, data, app, NOW).case == "SS-2026-000001"


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_mail_is_recorded_not_quarantined(maildir_app, name):
    raw_bytes, _warning = HOSTILE[name]
    outcome = ingest.receive(raw(raw_bytes, name), maildir_app)
    assert outcome.settlement is Settlement.PROCESSED, outcome.error
    assert maildir_app.store.message(outcome.message_pk).status is MessageStatus.PARSED


def test_the_operators_limits_reach_the_parser_and_past_them_the_mail_is_still_recorded(tmp_path, db_url):
    cfg = load(write_config(tmp_path, f'[storage]\nroot = "{tmp_path / "b"}"\n[limits]\nmax_parts = 3\n'), os.environ)
    store = Store.open(db_url)
    migrations.upgrade(store.engine)
    app = build(cfg, store=store)
    many = (b"From: p@partner.cn\r\nSubject: parts\r\nMessage-ID: <parts@partner.cn>\r\n"
            b"Content-Type: multipart/mixed; boundary=B\r\n\r\n"
            + b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 10 + b"--B--\r\n")
    outcome = ingest.receive(raw(many, "p"), app)
    record = store.message(outcome.message_pk).record
    assert outcome.settlement is Settlement.PROCESSED
    assert any("more than 3 MIME parts (limits.max_parts)" in w for w in record["warnings"])


def test_the_parse_pool_gives_the_record_the_daemon_would_parse_itself():
    import parsers
    from maild.services.ingest import ParsePool

    from kit.mails import gbk_mail

    pool = ParsePool(2)
    try:
        context = parsers.Context(forensics=False)
        records = [pool.submit(gbk_mail(), context)() for _ in range(3)]
        assert all(r == parsers.parse(gbk_mail(), context) for r in records)
    finally:
        pool.close()


def test_a_parser_process_that_dies_costs_no_mail():
    import os
    import signal

    import parsers
    from maild.services.ingest import ParsePool

    from kit.mails import gbk_mail

    pool = ParsePool(1)
    try:
        context = parsers.Context(forensics=False)
        assert pool.submit(gbk_mail(), context)().subject  # the worker is up
        for pid in list(pool._pool._processes):  # as the kernel's OOM killer would
            os.kill(pid, signal.SIGKILL)
        record = pool.submit(gbk_mail(), context)()  # broken pool: parsed in this process instead
        assert record == parsers.parse(gbk_mail(), context)
        assert pool.submit(gbk_mail(), context)() == record  # and a new pool for the next
    finally:
        pool.close()
