"""The push log, reminders and the morning brief on real SQLite and PostgreSQL, delivered to a real
SMTP sink: imports all or nothing, each trigger once at the first working moment after the 2026
holidays (the clock is injected), exactly once across a restart and with two daemons."""

from __future__ import annotations

import email
import os
import threading
from datetime import datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from maild.adapters.db.models import Case, Notice, OutboxItem, Purpose, Push
from maild.adapters.db.store import Store
from maild.app import build
from maild.clock import FixedClock
from maild.config import load
from maild.core.pushlog import read_pushes
from maild.core.registry import read_clients, read_partners
from maild.daemon import Daemon
from maild.errors import RegistryError
from maild.rawmail import Location, RawMail
from maild.services import brief, ingest, outbox, registry_import, reminders

from kit.files import write_config

SH = ZoneInfo("Asia/Shanghai")
PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,jiangwb@lcqifu.com,lcqifu.com,蒋文斌\n"
CLIENT_ROW = "常州金岳激光装备有限公司,常州龙城企服网络科技有限公司,是,{quota},{start},{end},激光,\n"
CLIENTS_HEAD = "name,partner,paying,quota,service_start,service_end,keywords,excluded_products\n"
OFFICE = 'office_hours = ["09:00-12:00", "13:30-18:00"]'


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def make_app(folder: Path, store: Store, clock: FixedClock, reminders_toml: str = "", smtp=None,
             address: str = "dor@ptg139.com"):
    folder.mkdir(parents=True, exist_ok=True)
    transport = (f'[replies]\ntransport = "smtp"\nfrom = "HQ <{address}>"\n[smtp]\nhost = "{smtp.host}"\n'
                 f'port = {smtp.port}\ntls = "plain"\ntimeout = 5.0\n' if smtp else
                 f'[replies]\nfrom = "HQ <{address}>"\n')
    cfg = load(write_config(folder, f'[daemon]\nsource = "maildir:{folder / "inbox"}"\n'
                                    f'[storage]\nroot = "{folder / "blobs"}"\n[calendar]\n{OFFICE}\n'
                                    f'[sla]\nsupervisors = ["boss@ptg139.com"]\n'
                                    f'[reminders]\n{reminders_toml}\n{transport}'), os.environ)
    return build(cfg, clock=clock, store=store)


def registry(app, quota: int = 1000, start: str = "2026-01-01", end: str = "2026-12-31") -> None:
    with app.store.transaction() as tx:
        registry_import.import_partners(tx, read_partners(PARTNERS), app.clock.now())
        registry_import.import_clients(tx, read_clients(CLIENTS_HEAD + CLIENT_ROW.format(quota=quota, start=start,
                                                                                           end=end)), app.clock.now())


def push_csv(*rows: tuple[str, str]) -> str:
    return "client,lead_id,pushed_at\n" + "".join(f"金岳激光,{lead},{when}\n" for lead, when in rows)


def import_pushes(app, text: str):
    with app.store.transaction() as tx:
        return registry_import.import_pushes(tx, read_pushes(text, SH), app.clock.now())


def tick(app) -> list[str]:
    with app.store.transaction() as tx:
        return reminders.tick(tx, app.proactive, app.terms, app.clock.now())


def tick_brief(app) -> str | None:
    with app.store.transaction() as tx:
        return brief.tick(tx, app.proactive, app.terms, app.clock.now())


def outbox_rows(app, purpose: Purpose | None = None) -> list[OutboxItem]:
    with app.store.transaction() as tx:
        q = select(OutboxItem).order_by(OutboxItem.id)
        return list(tx.scalars(q.where(OutboxItem.purpose == purpose) if purpose else q))


def count(app, model) -> int:
    with app.store.transaction() as tx:
        return tx.scalar(select(func.count()).select_from(model))


@pytest.fixture
def app(tmp_path, store, clock):
    return make_app(tmp_path / "hq", store, clock)


# ---- the push log ------------------------------------------------------------------------------

def test_importing_the_push_log_twice_changes_nothing_and_a_changed_time_is_an_update(app):
    registry(app)
    text = push_csv(("SJ20260901-0001", "2026-09-01 10:00"), ("SJ20260902-0002", "2026-09-02 11:00"))
    first = import_pushes(app, text)
    again = import_pushes(app, text)
    moved = import_pushes(app, push_csv(("SJ20260901-0001", "2026-09-01 10:30")))
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert (moved.added, moved.updated) == (0, 1)
    with app.store.transaction() as tx:
        times = {p.lead_id: p.pushed_at for p in tx.scalars(select(Push))}
    assert times == {"SJ20260901-0001": at("2026-09-01T10:30"), "SJ20260902-0002": at("2026-09-02T11:00")}


def test_a_row_for_a_client_not_in_the_registry_imports_nothing_and_names_its_line(app):
    registry(app)
    text = push_csv(("SJ20260901-0001", "2026-09-01 10:00")) + "无名公司,SJ20260901-0002,2026-09-01 11:00\n"
    with pytest.raises(RegistryError) as caught:
        import_pushes(app, text)
    assert list(caught.value.problems) == ["line 3: client: '无名公司' is not in the registry (import clients first)"]
    assert count(app, Push) == 0


APPEAL = ("From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: 商机申诉 金岳激光\r\n"
          "Message-ID: <appeal-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\n"
          "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260929-00{n:02d}\r\n"
          "推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n申诉理由：客户加微信加不上\r\n")


def receive(app, n: int):
    data = APPEAL.format(n=n).encode()
    return ingest.receive(RawMail(data=data, location=Location("file:t", ref=f"a{n}"), received_at=app.clock.now()),
                          app)


def checks_of(app, number: str) -> dict[str, tuple[bool | None, str]]:
    with app.store.transaction() as tx:
        case = tx.scalar(select(Case).where(Case.number == number))
        return {c["name"]: (c["passed"], c["detail"]) for c in case.checks}


def test_an_appeal_is_checked_against_the_log_and_an_open_one_again_after_an_import(app, clock):
    registry(app)
    clock.current = at("2026-09-29T16:05")
    receive(app, 1)  # before the log knows the client: no push_log check
    assert "push_log" not in checks_of(app, "SS-2026-000001")
    done = import_pushes(app, push_csv(("SJ20260929-0001", "2026-09-29 06:30"), ("SJ20260929-0002", "2026-09-29 10:00")))
    assert done.rechecked == ("SS-2026-000001",)
    first = checks_of(app, "SS-2026-000001")
    assert first["push_log"][0] is False and "the push log says 2026-09-29 06:30" in first["push_log"][1]
    assert first["objection_within_8h"][0] is False  # 06:30 → 15:00 is 8h30m, by the log's time
    receive(app, 2)
    second = checks_of(app, "SS-2026-000002")
    assert second["push_log"][0] is True and second["objection_within_8h"][0] is True
    receive(app, 3)  # SJ20260929-0003 was never pushed to it
    assert checks_of(app, "SS-2026-000003")["push_log"][0] is False


# ---- reminders on the 2026 holiday edges -----------------------------------------------------

def test_a_summary_reminder_due_in_the_national_day_holiday_goes_at_nine_on_the_first_working_day(
        tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "feedback = false\nsilent = false")
    # 100 days from 07-23: 70 % is passed on 10-01 00:00, the first day of the National Day holiday
    registry(app, start="2026-07-23", end="2026-10-30")
    clock.current = at("2026-09-30T17:59")
    assert tick(app) == []
    for moment in ("2026-10-01T00:00", "2026-10-01T10:00", "2026-10-07T17:00", "2026-10-08T08:59"):
        clock.current = at(moment)
        assert tick(app) == [], moment
    with app.store.transaction() as tx:
        (waiting,) = reminders.pending(tx, app.proactive, app.terms, app.clock.now())
    assert waiting.sent is None and "77% of the service period 2026-07-23..2026-10-30 passed" in waiting.due.reason
    clock.current = at("2026-10-08T09:00")
    assert tick(app) == ["summary:1:2026-07-23"]
    clock.advance(hours=1)
    assert tick(app) == []
    (item,) = outbox_rows(app, Purpose.REMINDER)
    assert item.recipients == ["jiangwb@lcqifu.com"] and item.subject == "提醒：请提交常州金岳激光装备有限公司的商机汇总反馈"
    assert "服务期已过 77%" in item.body and "5个工作日内给出续费方案" in item.body


def test_feedback_is_asked_for_on_the_make_up_saturday_but_not_on_the_sunday_after(tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "summary = false\nsilent = false\nfeedback_every = 5")
    registry(app)
    five = [(f"SJ2026100{d}-000{d}", f"2026-10-0{d} 10:00") for d in range(1, 5)] + [("SJ20261010-0005", "2026-10-10 10:30")]
    import_pushes(app, push_csv(*five))
    clock.current = at("2026-10-10T10:29")  # a Saturday, and a make-up working day (调休)
    assert tick(app) == []
    clock.current = at("2026-10-10T10:31")
    assert tick(app) == ["feedback:1:start:1"]
    import_pushes(app, push_csv(*[(f"SJ20261011-00{n}", f"2026-10-11 0{n - 10}:00") for n in range(11, 16)]))
    clock.current = at("2026-10-11T11:00")  # Sunday: no working time
    assert tick(app) == []
    clock.current = at("2026-10-12T09:00")
    assert tick(app) == ["feedback:1:start:2"]
    (first, second) = outbox_rows(app, Purpose.REMINDER)
    assert "本服务期以来已推送商机 5 条" in first.body and "每推送5条商机" in first.body
    assert "已推送商机 10 条" in second.body


def test_an_adjustment_feedback_starts_the_count_again(tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "summary = false\nsilent = false")
    registry(app)
    import_pushes(app, push_csv(*[(f"SJ20260901-00{n}", f"2026-09-01 {n - 1}:00") for n in range(10, 22)]))
    clock.current = at("2026-09-02T10:00")
    with app.store.transaction() as tx:
        (waiting,) = reminders.pending(tx, app.proactive, app.terms, app.clock.now())
    assert waiting.due.key == "feedback:1:start:1"
    adjustment = ("From: jiangwb@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: 商机调整反馈 金岳激光\r\n"
                  "Message-ID: <adj-1@lcqifu.com>\r\nDate: Wed, 02 Sep 2026 10:00:00 +0800\r\n"
                  "Content-Type: text/plain; charset=utf-8\r\n\r\n合作商：常州龙城企服网络科技有限公司\r\n"
                  "客户：常州金岳激光装备有限公司\r\n最近10条商机反馈：8条有效，2条无效。\r\n新增关键词：激光切割\r\n")
    ingest.receive(RawMail(data=adjustment.encode(), location=Location("file:t", ref="adj"),
                           received_at=app.clock.now()), app)
    with app.store.transaction() as tx:
        assert reminders.pending(tx, app.proactive, app.terms, app.clock.now()) == []


def test_a_silent_client_gets_a_note_and_hq_a_triage_case_after_the_mid_autumn_break(tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "summary = false\nfeedback = false")
    registry(app)
    import_pushes(app, push_csv(("SJ20260904-0001", "2026-09-04 10:00")))
    clock.current = at("2026-09-25T10:00")  # 21 days on, but 09-25..27 is the Mid-Autumn holiday
    assert tick(app) == []
    clock.current = at("2026-09-28T09:00")
    assert tick(app) == ["silent:1:2026-09-04"]
    assert tick(app) == []
    with app.store.transaction() as tx:
        (case,) = tx.scalars(select(Case))
        notice = tx.scalar(select(Notice))
        assert (case.kind, case.topic, case.client_name, case.opened_message_pk) == (
            "triage", "silence", "常州金岳激光装备有限公司", None)
        assert notice.case_pk == case.id
    (item,) = outbox_rows(app, Purpose.REMINDER)
    assert item.subject.startswith(f"[DOR#{case.number}]") and "已 24 天没有推送商机" in item.body
    assert item.case_pk == case.id


def test_a_partner_without_an_address_is_written_where_it_last_wrote_from(tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "summary = false\nfeedback = false")
    with app.store.transaction() as tx:
        registry_import.import_partners(tx, read_partners(PARTNERS.replace("jiangwb@lcqifu.com", "")), clock.now())
        registry_import.import_clients(tx, read_clients(CLIENTS_HEAD + CLIENT_ROW.format(
            quota=100, start="2026-01-01", end="2026-12-31")), clock.now())
    import_pushes(app, push_csv(("SJ20260901-0001", "2026-09-01 10:00")))
    clock.current = at("2026-09-29T16:05")
    with app.store.transaction() as tx:
        (waiting,) = reminders.pending(tx, app.proactive, app.terms, app.clock.now())
    assert waiting.recipients == () and "no address" in waiting.held_back
    assert tick(app) == []  # held back, not lost: it goes once the partner is known
    assert health(app)["reminders"] == ("WARNING", "none sent in the last day; 1 due but held: no address for "
                                                   "常州龙城企服网络科技有限公司 (maild reminders due)")
    receive(app, 1)
    assert tick(app) == ["silent:1:2026-09-01"]
    assert outbox_rows(app, Purpose.REMINDER)[0].recipients == ["tangying@lcqifu.com"]
    assert health(app)["reminders"] == ("OK", "silent 1 sent in the last day")


def health(app) -> dict[str, tuple[str, str]]:
    from maild.services import reports

    with app.store.transaction() as tx:
        return {c.name: (c.level.name, c.detail) for c in reports.health(tx, app.config, app.terms, app.clock.now())}


# ---- the morning brief ---------------------------------------------------------------------------

def test_the_brief_goes_once_each_working_day_from_its_hour_and_not_on_a_holiday(app, clock):
    registry(app)
    clock.current = at("2026-09-29T16:05")
    receive(app, 1)  # due 10-14 10:05: 48 working hours of 7.5 a day, over the National Day holiday
    clock.current = at("2026-09-30T08:59")
    assert tick_brief(app) is None
    clock.current = at("2026-09-30T09:00")
    assert tick_brief(app) == "brief:2026-09-30"
    clock.advance(hours=3)
    assert tick_brief(app) is None
    clock.current = at("2026-10-01T09:30")  # National Day
    assert tick_brief(app) is None
    clock.current = at("2026-10-14T09:00")
    assert tick_brief(app) == "brief:2026-10-14"
    first, second = outbox_rows(app, Purpose.BRIEF)
    assert first.recipients == ["boss@ptg139.com"] and first.subject.startswith("总部商机服务晨报 2026-09-30")
    assert "今日到期（0）" in first.body
    assert "一、今日到期（1）\n  SS-2026-000001  商机申诉" in second.body
    assert "应办结 2026-10-14 10:05" in second.body
    assert "二、即将超时（1）\n  SS-2026-000001" in second.body  # past 75 % of its time
    assert "工作日历：已覆盖至" in second.body


def test_the_brief_lists_breaches_long_waits_and_yesterdays_reminders(tmp_path, store, clock):
    app = make_app(tmp_path / "hq", store, clock, "summary = false\nfeedback = false\nwaiting_days = 2")
    registry(app)
    import_pushes(app, push_csv(("SJ20260904-0001", "2026-09-04 10:00")))
    clock.current = at("2026-09-29T16:05")
    receive(app, 1)
    receive(app, 2)
    from maild.services import desk
    with app.store.transaction() as tx:
        desk.carry(tx, desk.Request("ask", "SS-2026-000002", "reviewer", note="请补充通话录音", needs=("evidence",)),
                   app.replying, app.terms, app.clock.now())
    assert tick(app) == ["silent:1:2026-09-04"]  # Tuesday 09-29
    clock.current = at("2026-10-15T09:00")  # the appeal is past its 10-14 deadline; 2 is waiting since 09-29
    with app.store.transaction() as tx:
        found = brief.gather(tx, app.proactive, app.terms, app.clock.now())
    assert [c.number for c in found.breached] == ["SS-2026-000001"]
    assert [c.number for c in found.waiting] == ["SS-2026-000002"] and found.waiting[0].waited_days > 2
    assert found.reminders == []  # the silent note went on 09-29, not since the last working day (10-14)
    clock.current = at("2026-09-30T09:00")
    with app.store.transaction() as tx:
        found = brief.gather(tx, app.proactive, app.terms, app.clock.now())
    assert [r["trigger"] for r in found.reminders] == ["silent"]
    body = brief.render(found, app.proactive).body
    assert "未推送说明  常州金岳激光装备有限公司  致 jiangwb@lcqifu.com" in body


# ---- exactly once: delivered, restarted, two daemons -------------------------------------------

def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_reminders_and_the_brief_reach_the_smtp_sink_in_chinese_once_across_a_restart(
        tmp_path, db_url, clock, smtp_sink):
    store = Store.open(db_url)
    from maild.adapters.db import migrations
    migrations.upgrade(store.engine)
    clock.current = at("2026-10-08T09:30")
    app = make_app(tmp_path / "hq", store, clock, "feedback = false", smtp=smtp_sink)
    registry(app, start="2026-07-23", end="2026-10-30")
    import_pushes(app, push_csv(("SJ20260910-0001", "2026-09-10 10:00")))
    (tmp_path / "hq" / "inbox").mkdir(parents=True)
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "hq" / "inbox" / sub).mkdir()
    Daemon(app).run(once=True)
    store.engine.dispose()
    # a restart: a new process's store and daemon, a minute later
    clock.advance(minutes=1)
    again = make_app(tmp_path / "hq", Store.open(db_url), clock, "feedback = false", smtp=smtp_sink)
    Daemon(again).run(once=True)
    got = sorted((parsed(m.data)["Subject"], tuple(m.rcpt_tos)) for m in smtp_sink.messages)
    assert got == sorted([
        ("提醒：请提交常州金岳激光装备有限公司的商机汇总反馈", ("jiangwb@lcqifu.com",)),
        ("[DOR#TR-2026-000001] 关于常州金岳激光装备有限公司近期未推送商机的说明", ("jiangwb@lcqifu.com",)),
        ("总部商机服务晨报 2026-10-08：今日到期 0，即将超时 0，已超时 0", ("boss@ptg139.com",)),
    ])
    for m in smtp_sink.messages:
        msg = parsed(m.data)
        assert msg["Auto-Submitted"] == "auto-generated"
        assert "您好" in msg.get_body(("plain",)).get_content()
    assert count(again, Notice) == 3
    again.store.engine.dispose()


def test_two_daemons_on_one_database_send_each_reminder_and_the_brief_once(tmp_path, db_url, clock, smtp_sink):
    from maild.adapters.db import migrations

    setup = Store.open(db_url)
    migrations.upgrade(setup.engine)
    clock.current = at("2026-10-08T09:30")
    first = make_app(tmp_path / "north", setup, clock, "", smtp=smtp_sink)
    registry(first, start="2026-07-23", end="2026-10-30")
    import_pushes(first, push_csv(*[(f"SJ20260910-00{n}", f"2026-09-10 {n - 1}:00") for n in range(10, 21)]))
    setup.engine.dispose()
    # two mailboxes' daemons on one database, each with its own connections, ticking at once
    apps = [make_app(tmp_path / name, Store.open(db_url), clock, "", smtp=smtp_sink, address=address)
            for name, address in (("north", "dor@ptg139.com"), ("south", "south@ptg139.com"))]
    barrier = threading.Barrier(2)
    sent: list[list[str]] = [[], []]

    def run(i: int) -> None:
        barrier.wait()
        for _ in range(3):
            sent[i] += tick(apps[i])
            key = tick_brief(apps[i])
            sent[i] += [key] if key else []

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    keys = sorted(sent[0] + sent[1])
    assert keys == sorted(["summary:1:2026-07-23", "feedback:1:start:1", "silent:1:2026-09-10", "brief:2026-10-08"])
    for app in apps:
        outbox.drain(app.store, app.sender(), None, app.outgoing, app.clock.now())
    ids = [parsed(m.data)["Message-ID"] for m in smtp_sink.messages]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert count(apps[0], Notice) == 4
    for app in apps:
        app.store.engine.dispose()


def test_two_running_daemons_deliver_each_reminder_and_the_brief_once(tmp_path, db_url, clock, smtp_sink):
    from maild.adapters.db import migrations

    setup = Store.open(db_url)
    migrations.upgrade(setup.engine)
    clock.current = at("2026-10-08T09:30")
    registry(make_app(tmp_path / "north", setup, clock, "", smtp=smtp_sink), start="2026-07-23", end="2026-10-30")
    import_pushes(make_app(tmp_path / "north", setup, clock, "", smtp=smtp_sink),
                  push_csv(*[(f"SJ20260910-00{n}", f"2026-09-10 {n - 1}:00") for n in range(10, 21)]))
    setup.engine.dispose()
    apps = [make_app(tmp_path / name, Store.open(db_url), clock, "", smtp=smtp_sink, address=address)
            for name, address in (("north", "dor@ptg139.com"), ("south", "south@ptg139.com"))]
    for name in ("north", "south"):
        for sub in ("new", "cur", "tmp"):
            (tmp_path / name / "inbox" / sub).mkdir(parents=True, exist_ok=True)
    daemons = [threading.Thread(target=Daemon(app).run, kwargs={"once": True}) for app in apps]
    for d in daemons:
        d.start()
    for d in daemons:
        d.join(timeout=60)
    got = sorted(parsed(m.data)["Message-ID"] for m in smtp_sink.messages)
    assert got == sorted(["<reminder.summary.1.2026-07-23@ptg139.com>", "<reminder.feedback.1.start.1@ptg139.com>",
                          "<reminder.silent.1.2026-09-10@ptg139.com>", "<brief.2026-10-08@ptg139.com>"])
    for app in apps:
        app.store.engine.dispose()


def test_reminders_due_changes_nothing(app, clock):
    registry(app, start="2026-07-23", end="2026-10-30")
    clock.current = at("2026-10-08T10:00")
    with app.store.transaction() as tx:
        found = reminders.pending(tx, app.proactive, app.terms, app.clock.now())
    assert [p.due.trigger for p in found] == ["summary"]
    assert found[0].sent is None and found[0].recipients == ("jiangwb@lcqifu.com",)
    assert count(app, Notice) == 0 and outbox_rows(app) == []
