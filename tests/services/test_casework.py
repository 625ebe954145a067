"""Cases on a real database (SQLite and PostgreSQL): opening, threading, clocks, alerts, registry."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from maild.adapters.db.models import Case, CaseEvent, OutboxItem, SlaAlert
from maild.config import calendar_from
from maild.core.registry import RegistryError, read_clients, read_partners
from maild.errors import IllegalTransition
from maild.rawmail import Location, RawMail
from maild.services import alerts, casework, ingest

SH = ZoneInfo("Asia/Shanghai")
PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,,lcqifu.com,蒋文斌\n"
CLIENTS = ("name,partner,paying,quota,service_start,service_end,keywords,excluded_products\n"
           "常州金岳激光装备有限公司,常州龙城企服网络科技有限公司,是,120,2026-01-01,2026-12-31,激光,\n")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def appeal(n: int = 1, extra_headers: str = "", reason: str = "客户加微信加不上") -> bytes:
    body = (f"合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260929-00{n:02d}\r\n"
            f"推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n申诉理由：{reason}\r\n")
    return (f"From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: 商机申诉 金岳激光 {n}\r\n"
            f"Message-ID: <appeal-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n{extra_headers}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


def reply(subject: str, n: int, headers: str = "", attachment: bool = False) -> bytes:
    head = (f"From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: {subject}\r\nMessage-ID: <reply-{n}@lcqifu.com>\r\n"
            f"Date: Thu, 01 Oct 2026 10:00:00 +0800\r\n{headers}")
    if not attachment:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n补充说明\r\n").encode()
    return (head + "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "补充截图\r\n--B\r\nContent-Type: image/png; name=shot.png\r\nContent-Disposition: attachment; filename=shot.png\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==\r\n"
            "--B--\r\n").encode()


def receive(app, data: bytes, received: datetime, ref: str):
    return ingest.receive(RawMail(data=data, location=Location("file:t", ref=ref), received_at=received), app)


def case(app, number: str) -> Case:
    with app.store.transaction() as tx:
        return tx.scalar(select(Case).where(Case.number == number))


@pytest.fixture
def app(maildir_app):
    with maildir_app.store.transaction() as tx:
        from maild.services import registry_import

        registry_import.import_partners(tx, read_partners(PARTNERS), maildir_app.clock.now())
        registry_import.import_clients(tx, read_clients(CLIENTS), maildir_app.clock.now())
    return maildir_app


def test_an_appeal_opens_a_case_with_its_deadline_checks_and_links(app):
    outcome = receive(app, appeal(), at("2026-09-29T16:05"), "a1")
    assert outcome.case == "SS-2026-000001"
    c = case(app, "SS-2026-000001")
    assert (c.kind, c.state, c.partner_name, c.client_name) == (  # acknowledged: the ack is in the outbox
        "appeal", "acknowledged", "常州龙城企服网络科技有限公司", "常州金岳激光装备有限公司")
    assert c.partner_pk is not None and c.client_pk is not None
    # 48 working hours from Tue 16:05: Tue 7h55 + Wed 24h → Thu 10-01 is National Day … due 10-08 16:05
    assert c.due_at.astimezone(SH) == at("2026-10-08T16:05")
    checks = {ch["name"]: ch["passed"] for ch in c.checks}
    assert checks == {"objection_within_8h": True, "paying_client": True, "evidence": True, "reason_code": True}


def test_case_numbers_count_per_kind_and_year(app):
    assert receive(app, appeal(1), at("2026-09-29T16:05"), "a1").case == "SS-2026-000001"
    assert receive(app, appeal(2), at("2026-09-29T16:06"), "a2").case == "SS-2026-000002"


def test_a_reply_while_waiting_for_the_partner_resumes_the_clock_by_the_paused_time(app):
    app.config = replace(app.config, replies=replace(app.config.replies, pause_on_missing=False))  # HQ asks
    receive(app, appeal(1, reason="同行恶意骚扰"), at("2026-09-29T16:05"), "a1")
    assert case(app, "SS-2026-000001").missing == ["evidence"]
    app.clock.current = at("2026-09-30T10:05")
    with app.store.transaction() as tx:
        casework.act(tx, "SS-2026-000001", "ask_partner", "wang", app.terms, app.clock.now(), "请补充录音或截图")
    assert case(app, "SS-2026-000001").due_at is None  # paused: no deadline while waiting
    app.clock.current = at("2026-10-08T10:06")
    receive(app, reply("Re: [DOR#SS-2026-000001] 请补充证据", 1, attachment=True), at("2026-10-08T10:05"), "r1")
    c = case(app, "SS-2026-000001")
    assert c.state == "in_review"
    assert c.missing == []
    # paused 2026-09-30 10:05 → 10-08 10:05 = 24h of working time (09-30 only; 10-01..07 are holidays)
    assert c.due_at.astimezone(SH) == at("2026-10-09T16:05")


def test_a_reply_found_only_through_the_threading_registry_attaches(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    outcome = receive(app, reply("补充", 2, "In-Reply-To: <appeal-1@lcqifu.com>\r\n"), at("2026-09-30T09:00"), "r2")
    assert (outcome.kind, outcome.case) == ("reply", "SS-2026-000001")
    with app.store.transaction() as tx:
        actions = [e.action for e in tx.scalars(select(CaseEvent).order_by(CaseEvent.id))]
    assert actions == ["open", "acknowledge", "evidence_added"]


def test_automatic_mail_is_linked_but_never_moves_the_case(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    with app.store.transaction() as tx:
        casework.act(tx, "SS-2026-000001", "ask_partner", "wang", app.terms, at("2026-09-30T10:00"))
    oof = (b"From: tangying@lcqifu.com\r\nSubject: =?utf-8?B?6Ieq5Yqo5Zue5aSN?= [DOR#SS-2026-000001]\r\n"
           b"Auto-Submitted: auto-replied\r\nMessage-ID: <oof@lcqifu.com>\r\n\r\naway\r\n")
    outcome = receive(app, oof, at("2026-09-30T10:01"), "o1")
    assert (outcome.kind, outcome.case) == ("auto", "SS-2026-000001")
    assert case(app, "SS-2026-000001").state == "waiting_partner"


def test_unknown_mail_from_a_known_partner_opens_a_triage_case_and_strangers_do_not(app):
    invoice = "From: {s}\r\nSubject: 开票申请\r\nMessage-ID: <{m}>\r\n\r\n请开发票\r\n"
    known = receive(app, invoice.format(s="tangying@lcqifu.com", m="i1@x").encode(), at("2026-09-29T16:05"), "i1")
    stranger = receive(app, invoice.format(s="who@nowhere.example", m="i2@x").encode(), at("2026-09-29T16:06"), "i2")
    assert known.case == "TR-2026-000001" and stranger.case is None


def test_ruling_a_closed_case_is_refused_with_a_clear_message(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    with app.store.transaction() as tx:
        casework.act(tx, "SS-2026-000001", "decide", "wang", app.terms, at("2026-09-30T10:00"), "不计入（第2条）")
        casework.act(tx, "SS-2026-000001", "close", "wang", app.terms, at("2026-09-30T10:01"))
    with pytest.raises(IllegalTransition, match="cannot decide SS-2026-000001: it is closed"):
        with app.store.transaction() as tx:
            casework.act(tx, "SS-2026-000001", "decide", "li", app.terms, at("2026-09-30T11:00"))
    assert case(app, "SS-2026-000001").sla_status == "met"


def test_warning_and_breach_are_recorded_once_each_and_the_breach_escalates(app):
    app.config = replace(app.config, sla=replace(app.config.sla, supervisors=("boss@ptg139.com",)))
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    with app.store.transaction() as tx:
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-09-30T12:00")) == []  # 27h55m of 48h used: ok
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T09:00")) == [("SS-2026-000001", "warning")]
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T10:00")) == []  # once only
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T17:00")) == [("SS-2026-000001", "breach")]
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T18:00")) == []
        to_boss = [i for i in tx.scalars(select(OutboxItem).order_by(OutboxItem.id)) if i.to_address == "boss@ptg139.com"]
        assert [i.purpose for i in to_boss] == ["warning", "escalation"]
        assert all("SS-2026-000001" in i.subject for i in to_boss)
        assert [a.threshold for a in tx.scalars(select(SlaAlert).order_by(SlaAlert.id))] == ["warning", "breach"]


def test_the_tick_looks_only_at_cases_whose_warning_or_deadline_has_come(app):
    from maild.adapters.db import queries

    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    receive(app, appeal(2), at("2026-10-09T10:00"), "a2")
    first, second = case(app, "SS-2026-000001"), case(app, "SS-2026-000002")
    assert (first.next_alert_at, second.next_alert_at) == (first.warning_at, second.warning_at)
    with app.store.transaction() as tx:
        assert [c.number for c in queries.cases_to_tick(tx, at("2026-10-08T09:00"))] == ["SS-2026-000001"]
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T09:00")) == [("SS-2026-000001", "warning")]
        assert queries.cases_to_tick(tx, at("2026-10-08T09:00")) == []  # next: its deadline
    assert case(app, "SS-2026-000001").next_alert_at == first.due_at
    with app.store.transaction() as tx:
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-08T17:00")) == [("SS-2026-000001", "breach")]
    assert case(app, "SS-2026-000001").next_alert_at is None  # all recorded: never again
    with app.store.transaction() as tx:
        casework.act(tx, "SS-2026-000002", "decide", "wang", app.terms, at("2026-10-09T11:00"))
    assert case(app, "SS-2026-000002").next_alert_at is None  # met: nothing more to watch


def test_a_tick_costs_the_same_with_5_or_40_open_cases_not_yet_due(app):
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(app.store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

    def tick_cost() -> int:
        statements.clear()
        with app.store.transaction() as tx:
            assert alerts.tick(tx, app.terms, app.escalation, at("2026-09-30T10:00")) == []
        return len(statements)

    for n in range(1, 6):
        receive(app, appeal(n), at("2026-09-29T16:05"), f"a{n}")
    few = tick_cost()
    for n in range(6, 41):
        receive(app, appeal(n), at("2026-09-29T16:05"), f"a{n}")
    assert tick_cost() == few <= 3


def test_alerts_wait_for_working_time(app):
    office = replace(app.config.calendar, office_hours=("09:00-12:00", "13:30-18:00"))
    app.terms = replace(app.terms, calendar=calendar_from(office))
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    with app.store.transaction() as tx:
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-20T22:00")) == []  # breached, but at night
        assert alerts.tick(tx, app.terms, app.escalation, at("2026-10-21T09:00")) == [
            ("SS-2026-000001", "warning"), ("SS-2026-000001", "breach")]


def test_recompute_after_a_calendar_change_moves_open_cases_and_freezes_outcomes(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    receive(app, appeal(2), at("2026-09-29T16:05"), "a2")
    with app.store.transaction() as tx:
        casework.act(tx, "SS-2026-000002", "decide", "wang", app.terms, at("2026-09-30T10:00"))
    app.terms = replace(app.terms, calendar=calendar_from(replace(app.config.calendar, extra_holidays=("2026-10-08",))))
    with app.store.transaction() as tx:
        changes = casework.recompute(tx, app.terms, at("2026-09-30T11:00"))
    assert [(n, after.astimezone(SH)) for n, _before, after in changes] == [
        ("SS-2026-000001", at("2026-10-09T16:05"))]
    assert case(app, "SS-2026-000002").sla_status == "met"


def test_a_deadline_in_an_uncovered_year_is_an_error_on_the_case(app):
    outcome = receive(app, appeal(1), at("2026-12-31T17:00"), "a1")
    c = case(app, outcome.case)
    assert c.due_at is None and "2027" in c.sla_error


def test_a_bad_client_file_imports_nothing(app):
    bad = CLIENTS + "某某公司,不存在的合作商,是,,,,,\n"
    with pytest.raises(RegistryError, match="line 3: partner"):
        with app.store.transaction() as tx:
            from maild.services import registry_import

            registry_import.import_clients(tx, read_clients(bad), app.clock.now())


def test_a_reply_that_supplies_missing_fields_completes_the_case(app):
    incomplete = appeal(1).replace("推送时间：2026-09-29 10:00\r\n".encode(), b"")
    receive(app, incomplete, at("2026-09-29T16:05"), "a1")
    assert case(app, "SS-2026-000001").missing == ["pushed_at"]
    body = "补充：推送时间是9月29日上午10:00。\r\n"
    answer = (f"From: tangying@lcqifu.com\r\nSubject: Re: [DOR#SS-2026-000001] 请补充推送时间\r\n"
              f"Message-ID: <r9@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 17:00:00 +0800\r\n"
              f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    app.clock.current = at("2026-09-29T17:01")
    receive(app, answer, at("2026-09-29T17:00"), "r9")
    c = case(app, "SS-2026-000001")
    assert c.missing == []
    assert c.fields["pushed_at"] == "2026-09-29T10:00:00+08:00"
    assert {ch["name"]: ch["passed"] for ch in c.checks}["objection_within_8h"] is True


def test_a_correction_in_the_thread_updates_the_case_and_its_log_shows_old_and_new(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    before = case(app, "SS-2026-000001").fields["pushed_at"]
    body = "总部您好：推送时间更正为9月29日上午9:30（之前误写成10:00），其他不变。\r\n"
    answer = (f"From: tangying@lcqifu.com\r\nSubject: Re: [DOR#SS-2026-000001] 商机申诉已受理\r\n"
              f"Message-ID: <fix@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 17:00:00 +0800\r\n"
              f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    app.clock.current = at("2026-09-29T17:01")
    message = receive(app, answer, at("2026-09-29T17:00"), "fix")
    c = case(app, "SS-2026-000001")
    assert c.fields["pushed_at"] == "2026-09-29T09:30:00+08:00" != before
    with app.store.transaction() as tx:
        (event,) = [e for e in tx.scalars(select(CaseEvent).where(CaseEvent.case_pk == c.id))
                    if (e.data or {}).get("changed")]
        assert event.data["changed"] == {"pushed_at": [before, "2026-09-29T09:30:00+08:00"]}
        assert event.message_pk == message.message_pk


def test_a_short_name_links_to_the_registry_but_two_that_fit_are_no_guess(app):
    from maild.services import registry_import

    twins = CLIENTS + ("常州金坛嘉科干燥设备有限公司,常州龙城企服网络科技有限公司,是,100,2026-01-01,2026-12-31,,\n"
                       "常州武进嘉科干燥机械有限公司,常州龙城企服网络科技有限公司,是,100,2026-01-01,2026-12-31,,\n")
    with app.store.transaction() as tx:
        registry_import.import_clients(tx, read_clients(twins), app.clock.now())
        assert casework._client_for(tx, "嘉科干燥", None) is None  # two fit: no guess
        assert casework._client_for(tx, "金坛嘉科干燥", None).name == "常州金坛嘉科干燥设备有限公司"
        assert casework.partner_for(tx, None, "龍城企服").name == "常州龙城企服网络科技有限公司"


def test_an_operator_alias_links_a_name_too_short_to_trust_to_the_registry(app):
    aliases = {"常州金岳激光装备有限公司": ("金岳",), "常州龙城企服网络科技有限公司": ("龍城",)}
    with app.store.transaction() as tx:
        assert casework._client_for(tx, "金岳", None) is None  # two characters: no link on its own
        assert casework._client_for(tx, "金岳", None, aliases).name == "常州金岳激光装备有限公司"
        assert casework.partner_for(tx, None, "龙城", aliases).name == "常州龙城企服网络科技有限公司"  # either script
        assert casework.partner_for(tx, None, "别家", aliases) is None


def test_aliases_are_read_from_the_config(tmp_path):
    from maild.config import load

    from kit.files import write_config

    cfg = load(write_config(tmp_path, '[parse]\naliases = { "常州金岳激光装备有限公司" = ["金岳", "金岳激光"] }\n'), {})
    assert cfg.parse.aliases == {"常州金岳激光装备有限公司": ("金岳", "金岳激光")}


def test_a_bad_client_row_after_a_blank_line_is_reported_on_its_own_line(app):
    from maild.services import registry_import

    bad = CLIENTS + "\n某某公司,不存在的合作商,是,,,,,\n"  # the bad row sits on line 4
    with pytest.raises(RegistryError, match="^line 4: partner: '不存在的合作商' is not in the registry"):
        with app.store.transaction() as tx:
            registry_import.import_clients(tx, read_clients(bad), app.clock.now())


def test_every_mail_records_its_route_and_the_reason_in_its_audit_log(app):
    opened = receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    stranger = receive(app, b"From: who@nowhere.example\r\nSubject: hello\r\nMessage-ID: <s@x>\r\n\r\nhi\r\n",
                       at("2026-09-29T16:06"), "s1")
    routed = {pk: [e.data for e in app.store.events(pk) if e.kind == "routed"]
              for pk in (opened.message_pk, stranger.message_pk)}
    assert routed[opened.message_pk] == [{"route": "open", "case": "SS-2026-000001",
                                          "reason": opened.decision.reason}]
    assert opened.decision.reason.startswith("appeal request (signals: ")
    assert routed[stranger.message_pk] == [{
        "route": "record", "case": None,
        "reason": "unrecognised mail from a sender outside the partner registry: recorded only"}]


def test_the_opening_event_keeps_the_signals_and_the_reason_as_data(app):
    receive(app, appeal(1), at("2026-09-29T16:05"), "a1")
    with app.store.transaction() as tx:
        (opening,) = tx.scalars(select(CaseEvent).where(CaseEvent.action == "open"))
        assert opening.detail is None
        assert opening.data["signals"] and opening.data["reason"].startswith("appeal request")
