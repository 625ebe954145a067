"""The command line as an operator meets it: outputs, exit codes, help."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from maild.cli import cli

from kit.files import ROOT, SAMPLES


def run(*args: str, input: bytes | None = None, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "maild", *args], capture_output=True, input=input,
                          cwd=cwd, timeout=60)


def test_parse_json_prints_one_object_per_file_without_a_database(tmp_path):
    files = [str(SAMPLES / "s01.eml"), str(SAMPLES / "s05.eml")]
    result = run("parse", *files, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["message_id"] for line in lines] == [
        "<tencent_87004D5DA48E2C68F028186DFB086E3552B709B3@qq.com>", "<000001dceeab$279035cf$3107ed68$@xsqilian.com>"]
    assert not (tmp_path / "var").exists()  # no database, no blobs
    assert all(json.loads(line)["forensics"] is not None for line in lines)  # always, though the daemon skips it


def test_parse_of_something_that_is_not_mail_exits_1_with_one_line(tmp_path):
    junk = tmp_path / "photo.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("parse", str(junk), "--json")
    assert result.returncode == 1
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert "not a mail message" in result.stderr.decode()


def test_commands_refuse_an_unmigrated_database(tmp_path):
    result = run("messages", cwd=tmp_path)
    assert result.returncode == 1
    assert "maild db upgrade" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


@pytest.mark.parametrize("command", [["db", "upgrade"], ["queue"], ["cases"], ["messages"], ["poll", "--once"],
                                     ["run"]])
def test_a_database_that_cannot_be_reached_is_one_line_and_exit_1(tmp_path, command):
    config = tmp_path / "maild.toml"  # a port nothing listens on, with a password that must not show
    config.write_text('[database]\nurl = "postgresql+psycopg://maild:s3cret@127.0.0.1:9/test"\n', encoding="utf-8")
    result = run("--config", str(config), *command)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("Error: database: "), err
    assert "s3cret" not in err and "Traceback" not in err


def test_health_with_a_database_that_cannot_be_reached_is_critical(tmp_path):
    config = tmp_path / "maild.toml"
    config.write_text('[database]\nurl = "postgresql+psycopg://maild@127.0.0.1:9/test"\n', encoding="utf-8")
    result = run("--config", str(config), "health")
    assert result.returncode == 2
    assert [line.split()[:2] for line in result.stdout.decode().splitlines()] == [
        ["critical", "database"], ["maild", "is"]]


def test_ingest_then_messages_and_export_round_trip_the_raw_bytes(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    sample = SAMPLES / "s02.eml"
    first = run("ingest", str(sample), cwd=tmp_path)
    again = run("ingest", str(sample), cwd=tmp_path)
    assert b"message 1 processed" in first.stdout and b"already recorded" in again.stdout
    listing = run("messages", "--json", cwd=tmp_path)
    assert [json.loads(line)["message_id"] for line in listing.stdout.decode().splitlines()] == [
        "<2026060416473169939153@lcqifu.com>"]
    out = tmp_path / "back.eml"
    assert run("quarantine", "export", "1", "-o", str(out), cwd=tmp_path).returncode == 0
    assert out.read_bytes() == sample.read_bytes()


def test_check_config_masks_the_password(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[imap]\npassword_env = "PW_FOR_TEST"\n')
    result = subprocess.run([sys.executable, "-m", "maild", "--config", str(cfg), "check-config"],
                            capture_output=True, env={"PW_FOR_TEST": "hunter2", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr.decode()
    assert b"hunter2" not in result.stdout + result.stderr
    assert b"$PW_FOR_TEST is set (***)" in result.stdout


def test_check_config_reports_a_bad_key_in_one_line(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[daemon]\nbatch_size = 0\n")
    result = run("--config", str(cfg), "check-config")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        "Error: config: daemon.batch_size: expected a positive whole number, got 0")


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((f"{prefix}{name}", cmd))
        if isinstance(cmd, click.Group):
            out.extend(all_commands(cmd, f"{prefix}{name} "))
    return out


@pytest.mark.parametrize("name, command", all_commands(cli), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_and_is_in_the_readme(name, command):
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert command.help and command.help.strip()
    if not isinstance(command, click.Group):
        assert "Example:" in command.help, f"{name}: --help gives no example"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = name.split()[0]
    assert re.search(rf"maild {re.escape(top)}\b", readme), f"`maild {top}` is not in README.md"


@pytest.mark.parametrize("args, due", [
    (["appeal", "2026-09-30T17:00"], "2026-10-09T17:00:00+08:00"),  # across National Day
    (["appeal", "2026-02-13T17:00"], "2026-02-24T17:00:00+08:00"),  # make-up Saturday 02-14 counts
    (["summary", "2026-09-30T10:00"], "2026-10-13T10:00:00+08:00"),  # make-up Saturday 10-10 counts
    (["adjustment", "2026-09-30T10:00"], "2026-10-01T10:00:00+08:00"),  # calendar hours
    (["appeal", "2026-09-30T17:00", "--pause", "2026-10-08T09:00/2026-10-09T09:00"], "2026-10-10T17:00:00+08:00"),
])
def test_sla_due_prints_the_deadline_in_shanghai_time(args, due):
    result = CliRunner().invoke(cli, ["sla", "due", *args])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == due


def test_sla_due_in_an_uncovered_year_is_an_error_not_a_guess():
    result = run("sla", "due", "appeal", "2026-12-31T17:00")
    assert result.returncode == 1
    assert "no holiday data for year 2027" in result.stderr.decode()


def test_sla_due_in_a_vouched_year_computes(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[calendar]\ncovered_years = ["2027"]\nextra_holidays = ["2027-01-01"]\n')
    result = run("--config", str(cfg), "sla", "due", "appeal", "2026-12-31T17:00")
    assert result.stdout.decode().strip() == "2027-01-05T17:00:00+08:00"


def test_registry_import_reports_bad_rows_by_line_and_imports_nothing(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    partners = tmp_path / "p.csv"
    partners.write_text("name,addresses,domains,contact\n甲网络科技有限公司,a@jia.cn,jia.cn,张\n"
                        "乙网络科技有限公司,not-an-address,,李\n", encoding="utf-8")
    result = run("partners", "import", str(partners), cwd=tmp_path)
    assert result.returncode == 1
    assert "line 3: addresses" in result.stderr.decode()
    assert "nothing was imported" in result.stderr.decode()
    partners.write_text("name,addresses,domains,contact\n甲网络科技有限公司,a@jia.cn,jia.cn,张\n", encoding="utf-8")
    assert b"1 added" in run("partners", "import", str(partners), cwd=tmp_path).stdout
    assert b"0 added, 1 updated" in run("partners", "import", str(partners), cwd=tmp_path).stdout


def test_cases_queue_and_a_refused_action_exits_2(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run("ingest", str(SAMPLES / "s01.eml"), cwd=tmp_path).returncode == 0
    queue = run("cases", "--json", cwd=tmp_path)
    (row,) = json.loads(queue.stdout)
    assert (row["number"], row["kind"], row["state"]) == ("SS-2026-000001", "appeal", "acknowledged")
    assert run("case", "act", "SS-2026-000001", "decide", "--actor", "wang", cwd=tmp_path).returncode == 0
    assert run("case", "act", "SS-2026-000001", "close", "--actor", "wang", cwd=tmp_path).returncode == 0
    refused = run("case", "act", "SS-2026-000001", "decide", "--actor", "li", cwd=tmp_path)
    assert refused.returncode == 2
    assert "cannot decide SS-2026-000001: it is closed" in refused.stderr.decode()
    shown = run("case", "show", "SS-2026-000001", cwd=tmp_path).stdout.decode()
    assert "objection_within_8h" in shown and "decided → closed" in shown


def test_check_config_warns_60_days_before_an_uncovered_year(tmp_path):
    late = run("check-config", "--today", "2026-11-15")
    assert late.returncode == 0
    assert "no holiday data for 2027" in late.stderr.decode()
    early = run("check-config", "--today", "2026-09-01")
    assert "no holiday data" not in early.stderr.decode()
    cfg = tmp_path / "c.toml"
    cfg.write_text('[calendar]\ncovered_years = ["2027"]\n')
    vouched = run("--config", str(cfg), "check-config", "--today", "2026-11-15")
    assert "no holiday data for 2027" not in vouched.stderr.decode()


def test_parse_explain_shows_where_each_field_came_from():
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES / "s02.eml"), "--explain"])
    assert result.exit_code == 0, result.output
    assert re.search(r"pushed_at\s+2026-06-04T09:35:00\+08:00\s+← attachment 商机申诉书-金岳激光-0604.docx row \d+",
                     result.output)
    assert "kind signals: appeal:" in result.output


def test_sla_recompute_prints_before_and_after(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    mail = tmp_path / "s01.eml"
    mail.write_bytes((SAMPLES / "s01.eml").read_bytes())
    received = datetime.fromisoformat("2026-06-03T15:32:14+08:00").timestamp()
    os.utime(mail, (received, received))  # `maild ingest` takes the file's time as the receipt
    assert run("ingest", str(mail), cwd=tmp_path).returncode == 0
    cfg = tmp_path / "c.toml"
    cfg.write_text('[calendar]\nextra_holidays = ["2026-06-04"]\n[database]\nurl = "sqlite:///var/maild.db"\n'
                   '[storage]\nroot = "var/blobs"\n')
    result = run("--config", str(cfg), "sla", "recompute", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "SS-2026-000001: 2026-06-05 15:32 → 2026-06-08 15:32"
    assert "1 case(s) changed" in result.stderr.decode()


def test_a_blank_actor_is_a_usage_error_in_one_line_not_a_traceback(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run("ingest", str(SAMPLES / "s01.eml"), cwd=tmp_path).returncode == 0
    result = run("case", "act", "SS-2026-000001", "note", "--actor", " ", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()
    assert "--actor" in result.stderr.decode() and "audit log" in result.stderr.decode()


def test_an_unknown_case_is_one_line_and_exit_1(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    result = run("case", "act", "SS-2026-000099", "note", "--actor", "wang", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "Error: no case SS-2026-000099"


def test_parse_applies_the_operators_parse_and_mailbox_settings_as_the_daemon_does(tmp_path):
    mail = tmp_path / "m.eml"
    mail.write_bytes("From: p@partner.cn\r\nTo: dor@ptg139.com\r\nSubject: 商机申诉\r\nMessage-ID: <op@partner.cn>\r\n"
                     "Date: Tue, 09 Jun 2026 14:00:00 +0800\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                     "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n"
                     "线索 LD123456 有问题，号码是空的。\r\n".encode())
    plain = json.loads(run("parse", str(mail), "--json").stdout)
    cfg = tmp_path / "c.toml"
    cfg.write_text('[parse]\nlead_id_patterns = ["LD\\\\d{6}"]\nreason_words = { "3" = ["号码是空的"] }\n',
                   encoding="utf-8")
    tuned = json.loads(run("--config", str(cfg), "parse", str(mail), "--json").stdout)
    assert "LD123456" not in plain["fields"]["lead_ids"]
    assert (tuned["fields"]["lead_ids"], tuned["fields"]["reason_code"]) == (["LD123456"], 3)


def test_show_lists_the_case_decision_with_its_reason(tmp_path):
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run("ingest", str(SAMPLES / "s01.eml"), cwd=tmp_path).returncode == 0
    shown = run("show", "1", cwd=tmp_path).stdout.decode()
    assert re.search(r"routed\s+\{\"route\": \"open\", \"case\": \"SS-2026-000001\", \"reason\": \"appeal request \(signals: ", shown)


def demo_db(tmp_path, received: datetime | None = None) -> None:
    """A database with the registry and one appeal, its acknowledgement queued (received now, or
    at `received`: a file's mail counts as received at its modification time)."""
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    for kind in ("partners", "clients"):
        assert run(kind, "import", str(ROOT / "examples" / f"{kind}.csv"), cwd=tmp_path).returncode == 0
    mail = tmp_path / "appeal.eml"
    mail.write_bytes(sorted((ROOT / "examples" / "maildir" / "new").iterdir())[0].read_bytes())
    if received is not None:
        os.utime(mail, (received.timestamp(), received.timestamp()))
    assert run("ingest", str(mail), cwd=tmp_path).returncode == 0


def test_the_outbox_lists_shows_sends_and_refuses_what_it_cannot_do(tmp_path):
    demo_db(tmp_path)
    (row,) = [json.loads(line) for line in run("outbox", "list", "--json", cwd=tmp_path).stdout.splitlines()]
    assert (row["status"], row["purpose"], row["message_id"]) == ("pending", "ack", "<ack.SS-2026-000001.1@ptg139.com>")
    shown = run("outbox", "show", "1", cwd=tmp_path).stdout.decode()
    assert "Subject: [DOR#SS-2026-000001] 商机申诉已受理" in shown and "In-Reply-To:" in shown and "您好" in shown
    sent = run("outbox", "send", cwd=tmp_path)
    assert sent.returncode == 0 and b"1 sent, 0 to retry, 0 failed" in sent.stderr
    assert len(list((tmp_path / "var" / "outgoing" / "new").iterdir())) == 1
    refused = run("outbox", "cancel", "1", cwd=tmp_path)
    assert refused.returncode == 1 and b"only pending, held or failed mail can be cancelled" in refused.stderr
    assert run("outbox", "show", "9", cwd=tmp_path).stderr.decode().strip() == "Error: no outbox mail 9"


def test_cancelled_mail_stays_unsent_until_it_is_retried(tmp_path):
    demo_db(tmp_path)
    assert b"cancelled" in run("outbox", "cancel", "1", "--note", "phoned instead", cwd=tmp_path).stdout
    assert b"0 sent" in run("outbox", "send", cwd=tmp_path).stderr
    assert b"pending" in run("outbox", "retry", "1", cwd=tmp_path).stdout
    assert b"1 sent" in run("outbox", "send", cwd=tmp_path).stderr


def test_preview_prints_what_a_template_would_send_and_sends_nothing(tmp_path):
    demo_db(tmp_path)
    shown = run("preview", "SS-2026-000001", "verdict", "--set", "counted=false", "--set", "comment=录音为证",
                cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr.decode()
    text = shown.stdout.decode()
    assert "Subject: [DOR#SS-2026-000001] 商机申诉判定结果：不计入" in text and "审核说明：录音为证" in text
    assert "To: zhouxm@qtyunshang.com" in text and "Auto-Submitted" not in text.split("\n\n")[0]
    assert len([json.loads(x) for x in run("outbox", "list", "--json", cwd=tmp_path).stdout.splitlines()]) == 1
    bad = run("preview", "SS-2026-000001", "nonsense", cwd=tmp_path)
    assert bad.returncode == 2 and b"nonsense" in bad.stderr


def test_check_config_warns_when_an_imap_source_still_replies_into_a_maildir(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[daemon]\nsource = "imap"\n[imap]\nhost = "imap.ptg139.com"\npassword_env = "PW_FOR_TEST"\n',
                   encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "maild", "--config", str(cfg), "check-config"],
                            capture_output=True, env={**os.environ, "PW_FOR_TEST": "x"}, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert "replies are written to a Maildir and never sent" in result.stderr.decode()
    assert 'from = "139总部商机服务 <dor@ptg139.com>"' in result.stdout.decode()


def test_a_bad_replies_or_smtp_setting_is_one_line_naming_the_key(tmp_path):
    for body, key in (('[replies]\ntransport = "carrier-pigeon"\n', "replies.transport"),
                      ('[replies]\ntransport = "smtp"\n[smtp]\nhost = "smtp.qq.com"\ntls = "plain"\n', "smtp.tls"),
                      ('[smtp]\ntls = "tls1.3"\n', "smtp.tls"),
                      ('[replies]\nfrom = "nobody"\n', "replies.from")):
        cfg = tmp_path / "c.toml"
        cfg.write_text(body, encoding="utf-8")
        result = run("--config", str(cfg), "check-config")
        assert result.returncode == 1 and f"config: {key}:" in result.stderr.decode(), body
        assert len(result.stderr.decode().strip().splitlines()) == 1


def test_check_config_masks_passwords_in_urls_and_fails_when_a_needed_password_is_missing(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[database]\nurl = "postgresql+psycopg://maild:s3cret@db.internal/maild"\n'
                   '[daemon]\nsource = "imap"\n[imap]\npassword_env = "MAILD_PW_NOT_SET"\n', encoding="utf-8")
    result = run("--config", str(cfg), "check-config")
    out = result.stdout.decode() + result.stderr.decode()
    assert "s3cret" not in out and 'url = "postgresql+psycopg://maild:***@db.internal/maild"' in out
    assert result.returncode == 1 and "error: imap.password_env: $MAILD_PW_NOT_SET is not set" in out


def test_the_database_password_can_come_from_the_environment(tmp_path):
    from maild.app import database_url
    from maild.config import load

    cfg = tmp_path / "c.toml"
    cfg.write_text('[database]\nurl = "postgresql+psycopg://maild@db.internal/maild"\npassword_env = "DB_PW"\n',
                   encoding="utf-8")
    config = load(cfg, {"DB_PW": "p@ss:w/rd"})
    assert database_url(config) == "postgresql+psycopg://maild:p%40ss%3Aw%2Frd@db.internal/maild"
    assert "p@ss" not in dump_of(config)


def dump_of(config) -> str:
    from maild.config import dump

    return dump(config)


def test_the_push_log_reminders_due_the_brief_and_a_partner_from_the_command_line(tmp_path):
    demo_db(tmp_path, received=datetime.fromisoformat("2026-11-03T16:12:40+08:00"))
    bad = tmp_path / "bad.csv"
    bad.write_text("client,lead_id,pushed_at\n杭州萧山鑫达液压机械有限公司,SJ1,2026-12-01 10:00\n"
                   "杭州萧山鑫达液压机械有限公司,SJ2,tomorrow\n", encoding="utf-8")
    refused = run("leads", "import", str(bad), cwd=tmp_path)
    assert refused.returncode == 1 and "line 3: pushed_at" in refused.stderr.decode()
    assert "nothing was imported" in refused.stderr.decode()
    log = str(ROOT / "examples" / "pushes.csv")
    first = run("leads", "import", log, cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    assert "pushes: 121 added, 0 updated, 0 unchanged; appeals checked again: SS-2026-000001" in first.stdout.decode()
    assert "0 added, 0 updated, 121 unchanged" in run("leads", "import", log, cwd=tmp_path).stdout.decode()

    due = [json.loads(line) for line in
           run("reminders", "due", "--json", "--at", "2026-12-03T10:00", cwd=tmp_path).stdout.splitlines()]
    assert {(d["trigger"], d["client"], d["status"]) for d in due} == {
        ("summary", "杭州萧山鑫达液压机械有限公司", "due"), ("feedback", "杭州萧山鑫达液压机械有限公司", "due"),
        ("summary", "温州瓯海精工阀门有限公司", "held"), ("feedback", "温州瓯海精工阀门有限公司", "held"),
        ("silent", "温州瓯海精工阀门有限公司", "held")}  # its partner has no address and has not written
    assert all(d["to"] == ["zhouxm@qtyunshang.com"] for d in due if d["status"] == "due")
    table = run("reminders", "due", "--at", "2026-12-03T10:00", cwd=tmp_path).stdout.decode()
    assert "75 leads pushed since the start of its service period" in table and "2 to send" in table
    assert run("outbox", "list", "--json", cwd=tmp_path).stdout.decode().count("\n") == 1  # nothing was sent

    brief = json.loads(run("brief", "--json", "--at", "2026-11-05T09:00", cwd=tmp_path).stdout)
    assert [c["number"] for c in brief["due_today"]] == ["SS-2026-000001"] and brief["day"] == "2026-11-05"
    text = run("brief", "--at", "2026-11-05T09:00", cwd=tmp_path).stdout.decode()
    assert text.startswith("总部商机服务晨报 2026-11-05：今日到期 1") and "SS-2026-000001  商机申诉" in text

    view = json.loads(run("partner", "show", "钱塘云商", "--json", "--at", "2026-12-03T10:00", cwd=tmp_path).stdout)
    (client,) = view["clients"]
    assert (client["pushed"], client["quota"], client["since_feedback"], client["period_share"]) == (75, 120, 75, 76)
    assert [c["number"] for c in view["open_cases"]] == ["SS-2026-000001"] and view["reminders"] == []
    shown = run("partner", "show", "钱塘云商", cwd=tmp_path).stdout.decode()
    assert "杭州萧山鑫达液压机械有限公司" in shown and "SS-2026-000001" in shown
    unknown = run("partner", "show", "不存在", cwd=tmp_path)
    assert unknown.returncode == 1 and "no partner '不存在'" in unknown.stderr.decode()


def test_reminders_send_queues_each_reminder_once(tmp_path):
    demo_db(tmp_path)
    assert run("leads", "import", str(ROOT / "examples" / "pushes.csv"), cwd=tmp_path).returncode == 0
    due = [json.loads(line) for line in run("reminders", "due", "--json", cwd=tmp_path).stdout.splitlines()]
    sent = run("reminders", "send", cwd=tmp_path)
    assert sent.returncode == 0, sent.stderr.decode()
    queued = [line.removeprefix("queued ") for line in sent.stdout.decode().splitlines()]
    working = [d["key"] for d in due if d["status"] == "due"]
    assert queued in ([], working)  # nothing outside working time (a weekend, a holiday), else all that can go
    assert run("reminders", "send", cwd=tmp_path).stdout.decode() == ""
    rows = [json.loads(x) for x in run("outbox", "list", "--json", cwd=tmp_path).stdout.splitlines()]
    assert sum(r["purpose"] == "reminder" for r in rows) == len(queued)
