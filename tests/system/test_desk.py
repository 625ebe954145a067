"""The HQ review desk through the command line (CliRunner) on real SQLite and PostgreSQL: the
queue and its JSON contract, one case's file, the evidence, every action and the mail it sends,
refusals, stats, health and export."""

from __future__ import annotations

import csv
import email
import io
import json
import os
from datetime import datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from maild.adapters.db.models import Case, CaseEvent, OutboxItem
from maild.app import build
from maild.cli import cli
from maild.config import load
from maild.core.registry import read_clients, read_partners
from maild.rawmail import Location, RawMail
from maild.services import ingest, registry_import

from kit.files import ROOT, write_config

SH = ZoneInfo("Asia/Shanghai")
EXAMPLES = ROOT / "examples"


@pytest.fixture
def desk(tmp_path, db_url):
    """A configured desk: registry imported, the bundled partner mail ingested (answers queued)."""
    config = write_config(tmp_path, f'[daemon]\nsource = "maildir:{tmp_path / "inbox"}"\n'
                                    f'[database]\nurl = "{db_url}"\n[storage]\nroot = "{tmp_path / "blobs"}"\n'
                                    f'[replies]\ntransport = "maildir:{tmp_path / "outgoing"}"\n')
    app = build(load(config, os.environ))
    from maild.adapters.db import migrations

    migrations.upgrade(app.store.engine)
    with app.store.transaction() as tx:
        registry_import.import_partners(tx, read_partners((EXAMPLES / "partners.csv").read_text()), app.clock.now())
        registry_import.import_clients(tx, read_clients((EXAMPLES / "clients.csv").read_text()), app.clock.now())
    for path in sorted((EXAMPLES / "maildir" / "new").iterdir()):
        received = datetime.fromtimestamp(int(path.name.split(".")[0]), SH)
        ingest.receive(RawMail(path.read_bytes(), Location("file:examples", ref=path.name), received), app)
    yield Desk(config, app, tmp_path)
    app.store.engine.dispose()


class Desk:
    def __init__(self, config, app, tmp_path):
        self.config, self.app, self.tmp_path = config, app, tmp_path

    def run(self, *args: str, user: str = "wang", input: str | None = None):
        return CliRunner().invoke(cli, ["--config", str(self.config), "--as", user, *args], input=input)

    def ok(self, *args: str, **kw):
        result = self.run(*args, **kw)
        assert result.exit_code == 0, result.output
        return result

    def case(self, number: str) -> Case:
        with self.app.store.transaction() as tx:
            return tx.scalar(select(Case).where(Case.number == number))

    def mail(self, purpose: str) -> list[OutboxItem]:
        with self.app.store.transaction() as tx:
            return list(tx.scalars(select(OutboxItem).where(OutboxItem.purpose == purpose).order_by(OutboxItem.id)))

    def events(self, number: str) -> list[CaseEvent]:
        with self.app.store.transaction() as tx:
            c = tx.scalar(select(Case).where(Case.number == number))
            return list(tx.scalars(select(CaseEvent).where(CaseEvent.case_pk == c.id).order_by(CaseEvent.id)))


def test_queue_json_keeps_its_contract(desk):
    rows = json.loads(desk.ok("queue", "--json").stdout)
    assert [r["number"] for r in rows] == ["SS-2026-000001", "TZ-2026-000001", "SS-2026-000002", "HZ-2026-000001",
                                           "TR-2026-000001"]
    for row in rows:
        assert {"number", "kind", "state", "assignee", "partner", "client", "received_at", "due_at", "seconds_left",
                "sla", "checks", "missing"} <= set(row)
        assert row["sla"] in ("ok", "warning", "breached", "paused", "none")
        assert row["seconds_left"] is None or isinstance(row["seconds_left"], int)
        assert datetime.fromisoformat(row["received_at"]).utcoffset() is not None
        assert row["due_at"] is None or datetime.fromisoformat(row["due_at"]).utcoffset() is not None
        assert all(set(ch) == {"name", "ok", "detail"} for ch in row["checks"]) and isinstance(row["missing"], list)
    appeal = rows[0]
    assert (appeal["kind"], appeal["partner"], appeal["sla"]) == ("appeal", "杭州钱塘云商网络科技有限公司", "breached")
    assert rows[-1]["sla"] == "none" and rows[-1]["due_at"] is None  # triage carries no promise


@pytest.mark.parametrize(("args", "numbers"), [
    (["--kind", "appeal"], ["SS-2026-000001", "SS-2026-000002"]),
    (["--partner", "温州"], ["SS-2026-000002", "HZ-2026-000001", "TR-2026-000001"]),
    (["--client", "鑫达液压"], ["SS-2026-000001", "TZ-2026-000001"]),
    (["--state", "new"], ["TR-2026-000001"]),
    (["--overdue", "--kind", "summary"], ["HZ-2026-000001"]),
])
def test_queue_filters(desk, args, numbers):
    assert [r["number"] for r in json.loads(desk.ok("queue", "--json", *args).stdout)] == numbers


def test_the_overdue_filter_in_the_database_agrees_with_each_rows_standing(desk):
    every = json.loads(desk.ok("queue", "--json").stdout)
    overdue = json.loads(desk.ok("queue", "--json", "--overdue").stdout)
    assert [r["number"] for r in overdue] == [r["number"] for r in every if r["sla"] == "breached"]
    assert overdue  # the bundled mail is old: some clocks have run out


def test_the_queue_pages_soonest_due_first_and_says_how_many_there_are(desk):
    every = [r["number"] for r in json.loads(desk.ok("queue", "--json").stdout)]
    first = desk.ok("queue", "--json", "--limit", "2")
    assert [r["number"] for r in json.loads(first.stdout)] == every[:2]
    assert "1–2 of 5 open case(s) shown; --offset 2 for the next" in first.stderr
    second = desk.ok("queue", "--json", "--limit", "2", "--offset", "2")
    assert [r["number"] for r in json.loads(second.stdout)] == every[2:4]
    assert [r["number"] for r in json.loads(desk.ok("queue", "--json", "--limit", "1", "--all").stdout)] == every
    beyond = desk.ok("queue", "--json", "--offset", "9")
    assert json.loads(beyond.stdout) == [] and "none of 5 open case(s) from offset 9" in beyond.stderr
    assert desk.run("queue", "--limit", "0").exit_code == 2


def test_name_filters_match_any_part_in_any_case(desk):
    with desk.app.store.transaction() as tx:
        tx.scalar(select(Case).where(Case.number == "TR-2026-000001")).client_name = "Wenzhou Ouyue Trading 100%_x"
    for text in ("ouyue", "OUYUE", "100%_x"):
        assert [r["number"] for r in json.loads(desk.ok("queue", "--json", "--client", text).stdout)] == ["TR-2026-000001"]
    assert json.loads(desk.ok("queue", "--json", "--client", "100%_y").stdout) == []  # % and _ are not wildcards


def test_a_triage_case_carries_its_topic_and_the_queue_filters_by_it(desk):
    rows = json.loads(desk.ok("queue", "--json", "--topic", "invoice").stdout)
    assert [(r["number"], r["kind"], r["topic"]) for r in rows] == [("TR-2026-000001", "triage", "invoice")]
    assert json.loads(desk.ok("queue", "--json", "--topic", "question").stdout) == []
    assert all(r["topic"] is None for r in json.loads(desk.ok("queue", "--json", "--kind", "appeal").stdout))
    shown = desk.ok("case", "show", "TR-2026-000001").output
    assert "topic: invoice" in shown and "开票" in shown  # the cue that decided it
    assert json.loads(desk.ok("case", "show", "TR-2026-000001", "--json").stdout)["topic"] == "invoice"
    assert desk.run("queue", "--topic", "gossip").exit_code == 2


def test_mine_and_assignee_filter_by_the_reviewer(desk):
    desk.ok("case", "assign", "SS-2026-000002", "li", "--yes")
    assert [r["number"] for r in json.loads(desk.ok("queue", "--json", "--mine", user="li").stdout)] == ["SS-2026-000002"]
    assert json.loads(desk.ok("queue", "--json", "--mine", user="wang").stdout) == []
    assert [r["assignee"] for r in json.loads(desk.ok("queue", "--json", "--assignee", "li").stdout)] == ["li"]


def test_the_queue_screen_shows_every_column_and_nothing_a_stranger_wrote_reaches_the_terminal_raw(desk):
    with desk.app.store.transaction() as tx:
        c = tx.scalar(select(Case).where(Case.number == "SS-2026-000002"))
        c.partner_name = "温州\x1b]0;pwned\x07瓯越\x1b[31m\r\nX-Injected: yes"
    out = desk.ok("queue").output
    for column in ("case", "kind", "partner", "client", "state", "assignee", "due", "left", "sla", "checks", "missing"):
        assert column in out.splitlines()[0]
    assert "\x1b" not in out and "\x07" not in out and "\nX-Injected" not in out
    assert "温州瓯越" in out


def test_rule_sends_one_verdict_quoting_the_criterion_and_stops_the_clock(desk):
    result = desk.ok("case", "rule", "SS-2026-000001", "--not-counted", "--criterion", "1", "--comment", "录音为同行询价",
                     "--yes")
    assert "商机申诉判定结果：不计入" in result.output and "queued" in result.output
    (verdict,) = desk.mail("verdict")
    assert verdict.subject == "[DOR#SS-2026-000001] 商机申诉判定结果：不计入"
    assert "依据：商机判定标准第1条：需求者属于同行恶意骚扰或不良询价" in verdict.body and "录音为同行询价" in verdict.body
    message = email.message_from_bytes(verdict.raw, policy=policy.default)
    assert message["In-Reply-To"] == "<tencent_4F1A@qq.com>" and message["Auto-Submitted"] is None
    c = desk.case("SS-2026-000001")
    assert c.state == "decided" and c.outcome_at is not None and c.sla_status in ("met", "missed")
    ruling = desk.events("SS-2026-000001")[-1]
    assert (ruling.action, ruling.actor, ruling.data) == (
        "decide", "wang", {"verdict": "not_counted", "criterion": 1, "comment": "录音为同行询价"})


def test_ruling_twice_or_ruling_a_summary_is_refused_in_one_line_with_exit_2(desk):
    desk.ok("case", "rule", "SS-2026-000001", "--counted", "--yes")
    again = desk.run("case", "rule", "SS-2026-000001", "--not-counted", "--criterion", "2", "--yes")
    assert again.exit_code == 2 and again.output.strip().splitlines()[-1].startswith(
        "maild: cannot rule SS-2026-000001: it is decided")
    summary = desk.run("case", "rule", "HZ-2026-000001", "--counted", "--yes")
    assert summary.exit_code == 2 and "use `maild case answer`" in summary.output
    assert len(desk.mail("verdict")) == 1


def test_not_counted_needs_the_criterion(desk):
    result = desk.run("case", "rule", "SS-2026-000001", "--not-counted", "--yes")
    assert result.exit_code == 1 and "needs --criterion 1..5" in result.output and desk.mail("verdict") == []


def test_ask_pauses_the_clock_and_sends_the_request_and_asking_a_closed_case_is_refused(desk):
    desk.ok("case", "ask", "SS-2026-000002", "--need", "evidence", "--need", "objected_at", "--note", "请补充录音", "--yes")
    assert desk.case("SS-2026-000002").state == "waiting_partner"  # the clock pauses (its deadline passed long ago)
    asked = desk.events("SS-2026-000002")[-1]
    assert (asked.action, asked.actor, asked.data) == ("ask_partner", "wang", {"needs": ["evidence", "objected_at"]})
    (request,) = desk.mail("request_info")
    assert "通话录音或聊天截图" in request.body and "客户提出异议的时间" in request.body and "请补充录音" in request.body
    desk.ok("case", "close", "TR-2026-000001", "--yes")
    refused = desk.run("case", "ask", "TR-2026-000001", "--need", "client", "--yes")
    assert refused.exit_code == 2 and "cannot ask TR-2026-000001: it is closed" in refused.output


def test_confirm_and_answer_send_what_hq_changed_and_planned(desk, tmp_path):
    desk.ok("case", "confirm", "TZ-2026-000001", "--note", "新增关键词：液压站", "--yes")
    (confirmed,) = desk.mail("adjustment_confirmed")
    assert "新增关键词：液压站" in confirmed.body and desk.case("TZ-2026-000001").state == "decided"
    plan = tmp_path / "plan.txt"
    plan.write_text("续费一年，赠送三个月推广。\n", encoding="utf-8")
    desk.ok("case", "answer", "HZ-2026-000001", "--plan-file", str(plan), "--yes")
    (answer,) = desk.mail("renewal_plan")
    assert "续费一年，赠送三个月推广。" in answer.body


def test_dry_run_and_a_declined_prompt_change_nothing(desk):
    shown = desk.ok("case", "rule", "SS-2026-000001", "--counted", "--dry-run")
    assert "商机申诉判定结果：计入" in shown.output
    declined = desk.run("case", "rule", "SS-2026-000001", "--counted", input="n\n")
    assert declined.exit_code == 1 and "Aborted" in declined.output
    assert desk.mail("verdict") == [] and desk.case("SS-2026-000001").state == "acknowledged"
    accepted = desk.run("case", "rule", "SS-2026-000001", "--counted", input="y\n")
    assert accepted.exit_code == 0 and len(desk.mail("verdict")) == 1


def test_internal_actions_send_no_mail_and_repeating_them_is_harmless(desk):
    before = len(desk.mail("ack")) + len(desk.mail("supplement")) + len(desk.mail("triage"))
    desk.ok("case", "assign", "SS-2026-000001", "li", "--yes")
    assert "already assigned to li" in desk.ok("case", "assign", "SS-2026-000001", "li", "--yes").output
    desk.ok("case", "note", "SS-2026-000001", "已电话联系合作商")
    desk.ok("case", "rule", "SS-2026-000001", "--counted", "--yes")
    desk.ok("case", "reopen", "SS-2026-000001", "--reason", "合作商提供了新的录音", "--yes")
    desk.ok("case", "close", "SS-2026-000001", "--yes")
    assert desk.run("case", "close", "SS-2026-000001", "--yes").exit_code == 2
    actions = [(e.action, e.actor) for e in desk.events("SS-2026-000001")][-5:]
    assert actions == [("reassign", "wang"), ("note", "wang"), ("decide", "wang"), ("reopen", "wang"), ("close", "wang")]
    with desk.app.store.transaction() as tx:
        total = len(list(tx.scalars(select(OutboxItem))))
    assert total == before + 1  # only the verdict


def test_case_show_tells_the_thread_as_one_timeline_with_its_mail_and_attachments(desk):
    desk.ok("case", "rule", "SS-2026-000001", "--counted", "--yes")
    shown = json.loads(desk.ok("case", "show", "SS-2026-000001", "--json").stdout)
    whats = [item["what"] for item in shown["timeline"]]
    assert whats[:2] == ["received appeal", "opened"]
    assert {"acknowledged", "received reply", "mail ack", "mail supplement", "ruled / answered", "mail verdict"} <= set(whats)
    verdict = next(i for i in shown["timeline"] if i["what"] == "mail verdict")
    assert verdict["delivery"] == "pending"
    assert shown["fields"]["pushed_at"] == {"value": "2026-11-03T10:20:00+08:00", "from": "body line 7 (label:pushed_at)"}
    assert [(a["n"], a["filename"], a["type"]) for a in shown["attachments"]] == [
        (1, "通话录音1103.amr", "audio/amr"), (2, "聊天截图.png", "image/png"), (3, "第二段录音.amr", "audio/amr")]
    assert shown["attachments"][1]["image"] == "4×3" and shown["attachments"][0]["duration_s"] > 0
    text = desk.ok("case", "show", "SS-2026-000001").output
    assert "1. 通话录音1103.amr  (audio/amr" in text and "mail verdict [pending]" in text


def test_an_attachment_comes_out_byte_for_byte_and_never_over_a_file_without_force(desk, tmp_path):
    target = tmp_path / "call.amr"
    desk.ok("case", "attachment", "SS-2026-000001", "1", "-o", str(target))
    with desk.app.store.transaction() as tx:
        c = tx.scalar(select(Case).where(Case.number == "SS-2026-000001"))
    shown = json.loads(desk.ok("case", "show", c.number, "--json").stdout)
    assert desk.app.blobs.get(shown["attachments"][0]["sha256"]) == target.read_bytes()
    refused = desk.run("case", "attachment", "SS-2026-000001", "2", "-o", str(target))
    assert refused.exit_code == 1 and "--force" in refused.output
    desk.ok("case", "attachment", "SS-2026-000001", "2", "-o", str(target), "--force")
    assert target.read_bytes().startswith(b"\x89PNG")
    missing = desk.run("case", "attachment", "SS-2026-000001", "9", "-o", str(tmp_path / "x"))
    assert missing.exit_code == 1 and "has 3 attachment(s), not 9" in missing.output


def test_stats_count_volume_compliance_and_verdicts(desk):
    desk.ok("case", "rule", "SS-2026-000001", "--not-counted", "--criterion", "1", "--yes")
    desk.ok("case", "rule", "SS-2026-000002", "--counted", "--yes")
    found = json.loads(desk.ok("stats", "--json").stdout)
    assert found["volume"]["by_kind"] == {"appeal": 2, "adjustment": 1, "summary": 1, "triage": 1}
    assert found["verdicts"] == {"1": {"counted": 0, "not_counted": 1}, "none": {"counted": 1, "not_counted": 0}}
    assert found["sla_compliance"]["by_kind"]["appeal"]["judged"] == 2
    assert set(found["median_hours_to_outcome"]) == {"appeal"}
    charts = desk.ok("stats").output
    assert "cases by kind" in charts and "█" in charts and "第1条 不计入" in charts


def test_health_is_critical_before_the_daemon_ever_ran_and_says_why(desk):
    result = desk.run("health", "--json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["level"] == "critical"
    assert {"name": "poll", "level": "critical", "detail": "the daemon has never completed a cycle"} in report["checks"]


def test_health_after_a_good_cycle_warns_about_what_waits_for_hq(desk):
    desk.ok("poll", "--once")
    report = json.loads(desk.run("health", "--json").stdout)
    levels = {c["name"]: c["level"] for c in report["checks"]}
    assert levels["poll"] == "ok" and levels["outbox"] == "ok"
    assert levels["quarantine"] == "warning"  # the bundled Maildir holds one thing that is not mail
    assert report["level"] == "warning" and desk.run("health").exit_code == 1


def test_export_writes_every_case_as_csv_or_json_lines(desk):
    desk.ok("case", "rule", "SS-2026-000001", "--not-counted", "--criterion", "1", "--yes")
    rows = list(csv.DictReader(io.StringIO(desk.ok("export", "cases").stdout)))
    assert [r["number"] for r in rows][:2] == ["SS-2026-000001", "SS-2026-000002"] and len(rows) == 5
    assert (rows[0]["verdict"], rows[0]["criterion"], rows[0]["lead_ids"]) == ("not_counted", "1", "SJ20261103-0217")
    lines = [json.loads(x) for x in desk.ok("export", "cases", "--format", "jsonl", "--since", "2026-11-09").stdout
             .splitlines()]
    assert [r["number"] for r in lines] == ["HZ-2026-000001", "TR-2026-000001"]


def test_an_operator_rules_an_appeal_and_finds_the_verdict_in_the_outgoing_maildir(desk):
    desk.ok("case", "rule", "SS-2026-000001", "--counted", "--comment", "客户确认需求真实", "--yes")
    desk.ok("outbox", "send")
    files = [email.message_from_bytes(p.read_bytes(), policy=policy.default)
             for p in (desk.tmp_path / "outgoing" / "new").iterdir()]
    (verdict,) = [m for m in files if "判定结果" in m["Subject"]]
    assert verdict["Subject"] == "[DOR#SS-2026-000001] 商机申诉判定结果：计入"
    assert "客户确认需求真实" in verdict.get_content()

