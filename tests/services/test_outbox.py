"""Replies through the outbox on real SQLite and PostgreSQL, delivered to a real SMTP sink or a
Maildir: exactly once, retried, failed, held, bounced, threaded, and never a loop."""

from __future__ import annotations

import email
import os
from dataclasses import replace
from datetime import datetime, timedelta
from email import policy
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from maild.adapters.db.models import Case, CaseEvent, KnownId, OutboxItem, OutboxStatus
from maild.app import build
from maild.config import load
from maild.core.registry import read_clients, read_partners
from maild.rawmail import Location, RawMail
from maild.services import ingest, outbox, registry_import

from kit.files import write_config

SH = ZoneInfo("Asia/Shanghai")
PARTNERS = "name,addresses,domains,contact\n常州龙城企服网络科技有限公司,,lcqifu.com,蒋文斌\n"
CLIENTS = ("name,partner,paying,quota,service_start,service_end,keywords,excluded_products\n"
           "常州金岳激光装备有限公司,常州龙城企服网络科技有限公司,是,120,2026-01-01,2026-12-31,激光,\n")
BODY = ("合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260929-00{n:02d}\r\n"
        "推送时间：2026-09-29 10:00\r\n反馈时间：2026-09-29 15:00\r\n申诉理由：客户加微信加不上\r\n")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def appeal(n: int = 1, sender: str = "tangying@lcqifu.com", headers: str = "", body: str | None = None) -> bytes:
    return (f"From: {sender}\r\nTo: dor@ptg139.com\r\nSubject: 商机申诉 金岳激光 {n}\r\n"
            f"Message-ID: <appeal-{n}@lcqifu.com>\r\nDate: Tue, 29 Sep 2026 16:00:00 +0800\r\n{headers}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body if body is not None else BODY.format(n=n)}").encode()


def reply_to(item: OutboxItem, n: int, text: str, sender: str = "tangying@lcqifu.com", headers: str = "") -> bytes:
    return (f"From: {sender}\r\nTo: dor@ptg139.com\r\nSubject: Re: {item.subject}\r\nMessage-ID: <re-{n}@lcqifu.com>\r\n"
            f"Date: Wed, 30 Sep 2026 11:00:00 +0800\r\n"
            f"In-Reply-To: {item.message_id}\r\nReferences: {item.message_id}\r\n{headers}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n").encode()


def receive(app, data: bytes, ref: str, acknowledge: bool = True):
    return ingest.receive(RawMail(data=data, location=Location("file:t", ref=ref), received_at=app.clock.now()),
                          app, acknowledge)


def rows(app) -> list[OutboxItem]:
    with app.store.transaction() as tx:
        return list(tx.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def case(app, number: str = "SS-2026-000001") -> Case:
    with app.store.transaction() as tx:
        return tx.scalar(select(Case).where(Case.number == number))


def drain(app):
    return outbox.drain(app.store, app.sender(), None, app.outgoing, app.clock.now())


def with_registry(app):
    with app.store.transaction() as tx:
        registry_import.import_partners(tx, read_partners(PARTNERS), app.clock.now())
        registry_import.import_clients(tx, read_clients(CLIENTS), app.clock.now())
    return app


@pytest.fixture
def app(maildir_app):
    return with_registry(maildir_app)


@pytest.fixture
def smtp_app(tmp_path, store, clock, smtp_sink):
    cfg = load(write_config(tmp_path, f'[daemon]\nsource = "maildir:{tmp_path / "inbox"}"\n'
                                      f'[storage]\nroot = "{tmp_path / "blobs"}"\n'
                                      f'[replies]\ntransport = "smtp"\n'
                                      f'[smtp]\nhost = "{smtp_sink.host}"\nport = {smtp_sink.port}\ntls = "plain"\n'
                                      f'timeout = 5.0\n'), os.environ)
    return with_registry(build(cfg, clock=clock, store=store))


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_an_appeal_is_acknowledged_in_its_thread_and_the_ack_is_delivered(app):
    receive(app, appeal(1), "a1")
    (item,) = rows(app)
    assert (item.status, item.purpose, item.recipients, item.message_id) == (
        OutboxStatus.PENDING, "ack", ["tangying@lcqifu.com"], "<ack.SS-2026-000001.1@ptg139.com>")
    done = drain(app)
    assert done.sent == ["<ack.SS-2026-000001.1@ptg139.com>"]
    (file,) = (app.config.path("var/outgoing") / "new").iterdir()
    mail = parsed(file.read_bytes())
    assert mail["Subject"] == "[DOR#SS-2026-000001] 商机申诉已受理"
    assert (mail["In-Reply-To"], mail["References"]) == ("<appeal-1@lcqifu.com>", "<appeal-1@lcqifu.com>")
    assert mail["Auto-Submitted"] == "auto-replied" and mail["To"] == "tangying@lcqifu.com"
    assert "常州龙城企服网络科技有限公司您好" in mail.get_content()
    assert rows(app)[0].status is OutboxStatus.SENT and case(app).state == "acknowledged"
    with app.store.transaction() as tx:
        known = tx.get(KnownId, "<ack.SS-2026-000001.1@ptg139.com>")
        assert (known.direction, known.case_number) == ("out", "SS-2026-000001")


def test_a_reply_to_our_acknowledgement_threads_by_our_message_id_alone(app):
    receive(app, appeal(1), "a1")
    (ack,) = rows(app)
    bare = reply_to(ack, 1, "补充：录音稍后发送").replace(f"Subject: Re: {ack.subject}".encode(), "Subject: 补充".encode())
    assert receive(app, bare, "r1").case == "SS-2026-000001"


def test_a_request_missing_fields_waits_for_the_partner_and_its_reply_resumes_the_clock(app):
    incomplete = appeal(1, body=BODY.format(n=1).replace("推送时间：2026-09-29 10:00\r\n", ""))
    receive(app, incomplete, "a1")
    c = case(app)
    assert (c.state, c.due_at, c.missing) == ("waiting_partner", None, ["pushed_at"])
    (ack,) = rows(app)
    assert "商机推送时间" in ack.body and "暂停计算" in ack.body
    app.clock.current = at("2026-09-30T11:00")
    receive(app, reply_to(ack, 1, "推送时间是9月29日上午10:00"), "r1")
    c = case(app)
    assert (c.state, c.missing) == ("in_review", []) and c.due_at is not None
    supplement = rows(app)[-1]
    assert supplement.purpose == "supplement" and supplement.message_id == "<supplement.SS-2026-000001.2@ptg139.com>"
    assert "商机推送时间" in supplement.body and "处理时限继续计算" in supplement.body


def test_a_partner_asking_for_the_status_in_the_thread_gets_a_status_reply(app):
    receive(app, appeal(1), "a1")
    (ack,) = rows(app)
    receive(app, reply_to(ack, 1, "请问这条申诉什么时候出结果？"), "r1")
    status = rows(app)[-1]
    assert status.purpose == "status" and status.subject == "[DOR#SS-2026-000001] 处理进度：已受理，待审核"
    assert "预计在" in status.body


def test_smtp_down_the_mail_waits_then_goes_exactly_once(smtp_app, smtp_sink):
    receive(smtp_app, appeal(1), "a1")
    smtp_sink.stop()
    assert drain(smtp_app).retried == ["<ack.SS-2026-000001.1@ptg139.com>"]
    (item,) = rows(smtp_app)
    assert (item.status, item.attempts) == (OutboxStatus.PENDING, 1)
    assert item.next_attempt_at == smtp_app.clock.now() + timedelta(minutes=1) and "cannot connect" in item.last_error
    assert drain(smtp_app).sent == []  # not due yet
    smtp_sink.start()
    smtp_app.clock.advance(minutes=2)
    assert drain(smtp_app).sent == ["<ack.SS-2026-000001.1@ptg139.com>"]
    assert drain(smtp_app).sent == []
    assert [parsed(m.data)["Message-ID"] for m in smtp_sink.messages] == ["<ack.SS-2026-000001.1@ptg139.com>"]


def test_a_5xx_fails_the_mail_and_says_so_on_the_case(smtp_app, smtp_sink):
    receive(smtp_app, appeal(1), "a1")
    smtp_sink.fail_next(550, "mailbox unavailable")
    assert drain(smtp_app).failed == ["<ack.SS-2026-000001.1@ptg139.com>"]
    (item,) = rows(smtp_app)
    assert item.status is OutboxStatus.FAILED and item.last_error == "550 mailbox unavailable"
    with smtp_app.store.transaction() as tx:
        notes = [e.detail for e in tx.scalars(select(CaseEvent).where(CaseEvent.action == "note"))]
    assert notes == ["mail <ack.SS-2026-000001.1@ptg139.com> to tangying@lcqifu.com failed: 550 mailbox unavailable"]
    smtp_app.clock.advance(hours=1)
    assert drain(smtp_app).sent == [] and smtp_sink.messages == []  # no retry storm


def test_a_send_a_crash_interrupted_is_not_repeated_when_the_transport_has_it(app):
    receive(app, appeal(1), "a1")
    (item,) = rows(app)
    with app.sender() as sender:
        sender.send(item.raw, "dor@ptg139.com", item.recipients)  # handed over; then the process died
    with app.store.transaction() as tx:
        tx.get(OutboxItem, item.id).status = OutboxStatus.SENDING
    assert outbox.recover(app.store, app.sender(), None, app.clock.now()) == [item.message_id]
    assert rows(app)[0].status is OutboxStatus.SENT
    assert drain(app).sent == [] and len(list((app.config.path("var/outgoing") / "new").iterdir())) == 1


def test_a_send_a_crash_interrupted_before_the_server_had_it_goes_again_with_the_same_message_id(smtp_app, smtp_sink):
    receive(smtp_app, appeal(1), "a1")
    (item,) = rows(smtp_app)
    with smtp_app.store.transaction() as tx:
        tx.get(OutboxItem, item.id).status = OutboxStatus.SENDING
    assert outbox.recover(smtp_app.store, smtp_app.sender(), None, smtp_app.clock.now()) == []
    assert drain(smtp_app).sent == [item.message_id]
    assert [parsed(m.data)["Message-ID"] for m in smtp_sink.messages] == [item.message_id]


def test_a_sender_over_its_hourly_cap_is_held_for_hq_and_released_by_hand(app):
    for n in range(1, 8):
        receive(app, appeal(n), f"a{n}")
    statuses = [i.status for i in rows(app)]
    assert statuses == [OutboxStatus.PENDING] * 5 + [OutboxStatus.HELD] * 2
    held = rows(app)[5]
    assert "cap 5" in held.note and case(app, "SS-2026-000006").state == "new"  # not acknowledged: nobody was told
    assert len(drain(app).sent) == 5
    with app.store.transaction() as tx:
        outbox.release(tx, held.id, app.clock.now())
    assert drain(app).sent == [held.message_id]


def test_a_storm_of_automatic_list_and_bounce_mail_gets_no_answer_at_all(app):
    kinds = [
        "Auto-Submitted: auto-replied\r\n", "Precedence: bulk\r\n", "List-Id: <partners.lists.example>\r\n",
        "X-Autoreply: yes\r\n", "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n",
    ]
    for n in range(100):
        sender = "mailer-daemon@lcqifu.com" if n % 7 == 0 else "tangying@lcqifu.com"
        headers = kinds[n % len(kinds)]
        data = (f"From: {sender}\r\nTo: dor@ptg139.com\r\nSubject: 商机申诉 自动回复 {n}\r\n"
                f"Message-ID: <storm-{n}@lcqifu.com>\r\n{headers}\r\n{BODY.format(n=1)}").encode()
        if "multipart/report" in headers:
            data = data.replace(b"\r\n\r\n", b"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--B--\r\n", 1)
        receive(app, data, f"s{n}")
    assert rows(app) == []


def test_a_ping_pong_with_an_autoresponder_that_ignores_auto_submitted_stops_at_the_cap(app):
    receive(app, appeal(1), "a1")
    for n in range(1, 20):  # the responder answers every mail we send it, asking us to "查询" something
        ours = [i for i in rows(app) if i.status is OutboxStatus.PENDING]
        if not ours:
            break
        drain(app)
        receive(app, reply_to(ours[-1], n, "您好，您的邮件已收到。如需查询请致电0519-8888。"), f"p{n}")
    sent = [i for i in rows(app) if i.status is OutboxStatus.SENT]
    held = [i for i in rows(app) if i.status is OutboxStatus.HELD]
    assert (len(sent), len(held)) == (5, 1)  # the loop ended: a held reply is not sent, so no answer comes back


def test_a_bounce_naming_our_mail_marks_it_bounced_on_the_case(app):
    receive(app, appeal(1), "a1")
    drain(app)
    (ack,) = rows(app)
    dsn = ("From: MAILER-DAEMON@mx.lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
           "Message-ID: <dsn-1@mx.lcqifu.com>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=R\r\n"
           "\r\n--R\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
           "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.lcqifu.com\r\n\r\n"
           "Final-Recipient: rfc822; tangying@lcqifu.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           f"--R\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {ack.message_id}\r\nSubject: x\r\n--R--\r\n")
    receive(app, dsn.encode(), "d1")
    assert rows(app)[0].status is OutboxStatus.BOUNCED and len(rows(app)) == 1  # and no answer to the bounce
    with app.store.transaction() as tx:
        notes = [e.detail for e in tx.scalars(select(CaseEvent).where(CaseEvent.action == "note"))]
    assert notes and "bounced" in notes[0] and ack.message_id in notes[0]


def test_backfilled_mail_opens_its_case_but_is_not_acknowledged(app):
    outcome = receive(app, appeal(1), "a1", acknowledge=False)
    assert outcome.case == "SS-2026-000001" and rows(app) == [] and case(app).state == "new"


def test_a_sender_our_server_found_forged_gets_no_acknowledgement(app):
    forged = appeal(1, headers="Authentication-Results: mx.ptg139.com; spf=fail smtp.mailfrom=lcqifu.com; "
                               "dmarc=fail header.from=lcqifu.com\r\n")
    receive(app, forged, "a1")
    assert rows(app) == [] and case(app).state == "new"
    answered = [e.data for e in app.store.events() if e.kind == "answered"]
    assert answered == [{"template": "ack_appeal", "sent": False, "held": False, "message_id": None,
                         "reason": "the sender may be forged (spf=fail, dmarc=fail at our server): no reply"}]


def test_unrecognised_mail_from_a_stranger_gets_a_guide_only_when_the_operator_wants_it(app):
    invoice = b"From: who@nowhere.example\r\nSubject: hello\r\nMessage-ID: <s1@x>\r\n\r\nhi\r\n"
    receive(app, invoice, "s1")
    assert rows(app) == []
    app.config = replace(app.config, replies=replace(app.config.replies, reply_to_unknown=True))
    receive(app, invoice.replace(b"<s1@x>", b"<s2@x>"), "s2")
    (guide,) = rows(app)
    assert guide.purpose == "triage" and guide.case_pk is None and "商机申诉" in guide.body


def test_a_partners_name_with_cr_lf_cannot_forge_a_header_in_our_mail(app):
    hostile = BODY.format(n=1).replace("合作商：常州龙城企服网络科技有限公司", "合作商：常州龙城\r Bcc: victim@example.com")
    receive(app, appeal(1, body=hostile).replace(b"Subject: ", b"Subject: {{ 7*7 }}\x1b]0;x\x07 "), "a1")
    (ack,) = rows(app)
    mail = parsed(ack.raw)
    assert mail["Bcc"] is None and [k.lower() for k in mail.keys()].count("to") == 1


def test_escalations_queued_before_replies_existed_are_delivered(app):
    receive(app, appeal(1), "a1")
    with app.store.transaction() as tx:
        c = tx.scalar(select(Case))
        tx.add(OutboxItem(case_pk=c.id, purpose="escalation", message_id="<escalation.SS-2026-000001@ptg139.com>",
                          recipients=["boss@ptg139.com"], subject="[DOR#SS-2026-000001] 已超时", body="主管您好\n",
                          status="pending", created_at=app.clock.now(), next_attempt_at=app.clock.now()))
    done = drain(app)
    assert "<escalation.SS-2026-000001@ptg139.com>" in done.sent
    files = [parsed(p.read_bytes()) for p in (app.config.path("var/outgoing") / "new").iterdir()]
    (old,) = [m for m in files if m["To"] == "boss@ptg139.com"]
    assert old["Subject"] == "[DOR#SS-2026-000001] 已超时" and old["Auto-Submitted"] == "auto-generated"


def test_the_queue_shows_a_cases_mail_that_failed_or_is_held(smtp_app, smtp_sink):
    from maild.services import queue

    receive(smtp_app, appeal(1), "a1")
    smtp_sink.fail_next(550, "no such user")
    drain(smtp_app)
    with smtp_app.store.transaction() as tx:
        (row,) = queue.open_cases(tx, smtp_app.terms, smtp_app.clock.now()).rows
        assert row.mail_trouble == {"failed": 1}
        file = queue.case_file(tx, "SS-2026-000001", smtp_app.terms, smtp_app.clock.now())
        assert [(m.purpose, m.status) for m in file.mail] == [("ack", "failed")]


def test_a_partner_asking_about_a_case_by_its_number_outside_the_thread_gets_its_status(app):
    receive(app, appeal(1), "a1")
    question = ("From: tangying@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: 查询进度\r\nMessage-ID: <q-1@lcqifu.com>\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n你好，SS-2026-000001 这条申诉处理到哪一步了？\r\n").encode()
    outcome = receive(app, question, "q1")
    assert outcome.case == "SS-2026-000001" and case(app, "TR-2026-000001") is None
    status = rows(app)[-1]
    assert status.purpose == "status" and status.subject.startswith("[DOR#SS-2026-000001] 处理进度：")


def test_four_senders_draining_one_outbox_at_once_send_each_mail_once(smtp_app, smtp_sink, db_url):
    import threading

    from maild.adapters.db.store import Store

    for n in range(1, 41):
        receive(smtp_app, appeal(n, sender=f"p{n}@lcqifu.com"), f"a{n}")
    assert len(rows(smtp_app)) == 40
    stores = [Store.open(db_url) for _ in range(4)]  # four daemons: four engines, four pools
    start = threading.Barrier(4)
    sent: list[list[str]] = [[] for _ in stores]

    def sender(i: int) -> None:
        start.wait()
        while True:
            done = outbox.drain(stores[i], smtp_app.sender(), None, smtp_app.outgoing, smtp_app.clock.now(), limit=3)
            if not (done.sent or done.retried or done.failed):
                return
            sent[i] += done.sent

    threads = [threading.Thread(target=sender, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores:
        s.engine.dispose()
    delivered = [email.message_from_bytes(m.data, policy=policy.compat32)["Message-ID"] for m in smtp_sink.messages]
    assert len(delivered) == 40 and len(set(delivered)) == 40
    assert sorted(sum(sent, [])) == sorted(delivered)
    assert sum(1 for s in sent if s) > 1, "one sender did all the work: nothing ran at once"
    assert {r.status for r in rows(smtp_app)} == {OutboxStatus.SENT}


def test_two_mailboxes_on_one_database_each_send_only_their_own_mail(tmp_path, store, clock, smtp_sink):
    def tenant(name: str, address: str):
        folder = tmp_path / name
        folder.mkdir()
        cfg = load(write_config(folder, f'[daemon]\nsource = "maildir:{folder / "inbox"}"\n'
                                        f'[storage]\nroot = "{folder / "blobs"}"\n'
                                        f'[replies]\ntransport = "smtp"\nfrom = "HQ <{address}>"\n'
                                        f'[smtp]\nhost = "{smtp_sink.host}"\nport = {smtp_sink.port}\n'
                                        f'tls = "plain"\ntimeout = 5.0\n'), os.environ)
        return build(cfg, clock=clock, store=store)

    north, south = tenant("north", "DOR@ptg139.com"), tenant("south", "south@ptg139.com")
    with_registry(north)
    receive(north, appeal(1), "n1")
    receive(south, appeal(2, sender="p2@lcqifu.com"), "s1")
    assert sorted((r.mailbox, r.status) for r in rows(north)) == [
        ("dor@ptg139.com", OutboxStatus.PENDING), ("south@ptg139.com", OutboxStatus.PENDING)]

    assert len(drain(south).sent) == 1
    assert [m.mail_from for m in smtp_sink.messages] == ["south@ptg139.com"]
    assert {r.mailbox: r.status for r in rows(north)}["dor@ptg139.com"] is OutboxStatus.PENDING  # not south's
    assert len(drain(north).sent) == 1
    assert [m.mail_from for m in smtp_sink.messages] == ["south@ptg139.com", "DOR@ptg139.com"]


def test_a_row_from_before_mailboxes_were_kept_is_sent_by_whichever_daemon_comes(smtp_app, smtp_sink):
    receive(smtp_app, appeal(1), "a1")
    with smtp_app.store.transaction() as tx:
        tx.scalar(select(OutboxItem)).mailbox = None
    assert len(drain(smtp_app).sent) == 1 and len(smtp_sink.messages) == 1
