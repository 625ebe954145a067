"""Outgoing mail: every template renders, nothing a partner writes can forge a header or a
template, threading headers and encodings are right, and which mail gets which answer."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy

import pytest

from maild.core import replies
from maild.core.cases import CaseKind
from maild.core.checks import Check
from maild.core.routing import Decision, Route
from parsers.records import SHANGHAI, Kind, ParsedMail

NOW = datetime(2026, 11, 3, 8, 30, tzinfo=UTC)
CASE = replies.CaseFacts(
    "SS-2026-000001", "appeal", "acknowledged", "杭州钱塘云商网络科技有限公司", "杭州萧山鑫达液压机械有限公司",
    datetime(2026, 11, 3, 8, 12, tzinfo=UTC), datetime(2026, 11, 5, 8, 12, tzinfo=UTC),
    {"lead_ids": ["SJ20261103-0217"], "pushed_at": "2026-11-03T10:20:00+08:00", "reason_code": 1},
    ["objected_at"], [Check("objection_within_8h", None, "?"), Check("paying_client", True, "yes")])
EXTRA = {"needs": ["通话录音"], "note": "请补充", "supplied": ["推送时间"], "counted": False,
         "criterion": "第1条：需求者属于同行恶意骚扰或不良询价", "comment": "录音为证", "plan": "续费九折"}
SUPERVISOR = {"number": "SS-2026-000001", "kind": "商机申诉", "partner": "p", "client": "c",
              "due_at": "2026-11-05 16:12", "state": "审核中"}


def context(**overrides) -> dict:
    return {**replies.case_context(CASE, SHANGHAI), **EXTRA, **overrides}


@pytest.mark.parametrize("name", list(replies.TEMPLATES))
def test_every_template_renders_a_subject_with_the_case_tag_and_a_body(name):
    values = SUPERVISOR if name in ("escalation", "warning") else context()
    rendered = replies.render(name, replies.environment(), **values)
    assert "[DOR#SS-2026-000001]" in rendered.subject and "\n" not in rendered.subject
    assert rendered.body.strip() and "\n\n\n" not in rendered.body


@pytest.mark.parametrize("name", [n for n in replies.TEMPLATES if n not in ("escalation", "warning")])
def test_every_mail_to_a_partner_carries_the_case_token_in_its_footer(name):
    body = replies.render(name, replies.environment(), **context()).body
    assert body.rstrip().endswith("案件编号 DOR#SS-2026-000001")


def test_a_missing_value_is_an_error_never_a_blank():
    from jinja2 import UndefinedError

    with pytest.raises(UndefinedError):
        replies.render("verdict", replies.environment(), **replies.case_context(CASE, SHANGHAI))


def test_the_acknowledgement_says_what_was_understood_missing_due_and_checked_in_chinese():
    body = replies.render("ack_appeal", replies.environment(), **context()).body
    assert "2026-11-05 16:12（北京时间）" in body
    assert "商机编号：SJ20261103-0217" in body and "商机推送时间：2026-11-03 10:20（北京时间）" in body
    assert "第1条：需求者属于同行恶意骚扰或不良询价" in body
    assert "客户提出异议的时间" in body.split("尚未找到")[1]
    assert "客户为付费企业：符合" in body and "客户在推送后8小时内提出异议：待核实" in body


def test_a_paused_acknowledgement_says_the_clock_waits():
    paused = replies.case_context(replace(CASE, state="waiting_partner", due_at=None), SHANGHAI)
    body = replies.render("ack_appeal", replies.environment(), **paused).body
    assert "暂停计算" in body and "48个工作小时内" in body


def test_the_verdict_quotes_the_criterion_and_the_reviewers_comment():
    rendered = replies.render("verdict", replies.environment(), **context())
    assert rendered.subject.endswith("商机申诉判定结果：不计入")
    assert "依据：商机判定标准第1条：需求者属于同行恶意骚扰或不良询价" in rendered.body and "录音为证" in rendered.body


def test_partner_text_can_neither_break_the_subject_nor_be_run_as_a_template():
    hostile = "恶意合作商\r\nBcc: victim@example.com\x1b]0;pwned\x07{{ 7*7 }}{% raw %}"
    ctx = context(partner=hostile, case_tag="[DOR#SS-2026-000001]\r\nX-Injected: yes")
    rendered = replies.render("ack_appeal", replies.environment(), **ctx)
    assert "\r" not in rendered.subject and "\n" not in rendered.subject
    assert "{{ 7*7 }}" in rendered.body and "49" not in rendered.body
    envelope = replies.Envelope("HQ <dor@ptg139.com>", ("wang@partner.cn\r\nBcc: x@y",), "<ack.1@ptg139.com>")
    raw = replies.compose(rendered, envelope, NOW, SHANGHAI)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["X-Injected"] is None and parsed["Bcc"] is None
    assert "\x1b" not in parsed["Subject"] and "\x1b" not in parsed["To"]


def test_the_message_threads_under_the_partners_mail_and_says_it_is_automatic():
    rendered = replies.render("ack_appeal", replies.environment(), **context())
    refs = tuple(f"<r{i}@x>" for i in range(30))
    envelope = replies.Envelope("139总部商机服务 <dor@ptg139.com>", ("wang@partner.cn",), "<ack.SS-2026-000001.1@ptg139.com>",
                                in_reply_to="<orig@partner.cn>", references=refs)
    raw = replies.compose(rendered, envelope, NOW, SHANGHAI)
    assert raw.isascii() and b"\r\n" in raw  # 7-bit on the wire, CRLF lines
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["In-Reply-To"] == "<orig@partner.cn>"
    assert parsed["References"].split() == [*refs[-19:], "<orig@partner.cn>"]
    assert (parsed["Auto-Submitted"], parsed["X-Auto-Response-Suppress"]) == ("auto-replied", "All")
    assert parsed["Subject"] == "[DOR#SS-2026-000001] 商机申诉已受理"
    assert parsed["From"].addresses[0].display_name == "139总部商机服务"
    assert parsed["Date"] == "Tue, 03 Nov 2026 16:30:00 +0800"
    assert parsed.get_content().replace("\r\n", "\n") == rendered.body  # text is CRLF on the wire


def test_mail_a_person_decided_to_send_is_not_marked_automatic():
    rendered = replies.render("verdict", replies.environment(), **context())
    envelope = replies.Envelope("HQ <dor@ptg139.com>", ("wang@partner.cn",), "<verdict.1@ptg139.com>", auto_submitted=None)
    parsed = email.message_from_bytes(replies.compose(rendered, envelope, NOW, SHANGHAI), policy=policy.default)
    assert parsed["Auto-Submitted"] is None


def test_an_operator_template_replaces_the_built_in_one_of_that_name(tmp_path):
    (tmp_path / "status.j2").write_text("{% block subject %}{{ case_tag }} 进度{% endblock %}"
                                        "{% block body %}自定义：{{ state_name }}{% endblock %}", encoding="utf-8")
    env = replies.environment(tmp_path)
    assert replies.render("status", env, **context()).body == "自定义：已受理，待审核\n"
    assert "已受理" in replies.render("ack_appeal", env, **context()).subject  # the others stay built in


def mail(kind: Kind, text: str = "", subject: str = "Re: [DOR#SS-2026-000001] 商机申诉已受理") -> ParsedMail:
    return ParsedMail(message_id="<m@p>", sender="wang@partner.cn", sender_name=None, subject=subject, date=None,
                      kind=kind, new_text=text, body_text=text)


THREAD = Decision(Route.THREAD, "reply", case_number="SS-2026-000001")


@pytest.mark.parametrize(("decision", "m", "resumed", "supplied", "template"), [
    (Decision(Route.OPEN, "", kind=CaseKind.APPEAL), mail(Kind.APPEAL), False, False, "ack_appeal"),
    (Decision(Route.OPEN, "", kind=CaseKind.SUMMARY), mail(Kind.SUMMARY), False, False, "ack_summary"),
    (Decision(Route.TRIAGE, "", kind=CaseKind.TRIAGE), mail(Kind.UNKNOWN), False, False, "triage_guide"),
    (Decision(Route.RECORD, ""), mail(Kind.UNKNOWN), False, False, "triage_guide"),
    (Decision(Route.RECORD, ""), mail(Kind.REPLY), False, False, None),
    (THREAD, mail(Kind.REPLY, "录音已附上"), False, True, "supplement_received"),
    (THREAD, mail(Kind.REPLY, "好的"), True, False, "supplement_received"),
    (THREAD, mail(Kind.REPLY, "请问这个申诉什么时候出结果？"), False, False, "status"),
    (THREAD, mail(Kind.REPLY, "收到，谢谢"), False, False, None),
    (Decision(Route.LINK, "", case_number="SS-2026-000001"), mail(Kind.AUTO), False, False, None),
])
def test_which_answer_a_mail_gets(decision, m, resumed, supplied, template):
    assert replies.template_for(decision, m, resumed, supplied) == template


@pytest.mark.parametrize(("text", "subject", "asks"), [
    ("麻烦查询一下进度", "Re: [DOR#SS-2026-000001]", True),
    ("这条商机有结果了吗", "", True),
    ("", "查询：SS-2026-000001 处理进度", True),
    ("好的收到，谢谢", "Re: [DOR#SS-2026-000001] 商机申诉已受理", False),
    ("Any update on this?", "", True),
])
def test_a_status_question_is_read_in_the_partners_own_words(text, subject, asks):
    assert replies.is_status_question(mail(Kind.REPLY, text, subject)) is asks
