"""Understanding round two: both scripts, English writers, ids and numbers as people write them,
corrections in a thread, short names, and the topic of mail that is no request."""

import pytest

import parsers
from parsers.leads import lead_ids
from parsers.numerals import cn_number
from parsers.periods import find_period
from parsers.text import as_written, normalize, to_simplified, without_replaced
from parsers.topics import TOPICS

from kit.mails import text_mail as mail


def test_normalising_keeps_the_length_so_a_name_comes_back_as_written():
    text = "客戶：台南鴻昇精機股份有限公司"
    assert normalize(text) == "客户:台南鸿升精机股份有限公司" and len(normalize(text)) == len(text)
    assert as_written("台南鸿升精机股份有限公司", [text]) == "台南鴻昇精機股份有限公司"
    assert as_written("不在原文里", [text]) == "不在原文里"
    assert to_simplified("ASCII only") == "ASCII only"


@pytest.mark.parametrize("charset", ["big5", "utf-8"])
def test_a_traditional_chinese_appeal_is_understood_and_names_stay_as_written(charset):
    body = ("總部您好：\n合作商：台南鼎興網絡科技有限公司\n客戶：台南鴻昇精機股份有限公司\n商機編號：SJ20260610-0071\n"
            "推送時間：2026年6月10日 上午9點40分\n客戶反饋時間：2026年6月10日 下午1點05分\n"
            "申訴理由：需求者是同行，來電只問報價（判定標準第1條）\n")
    got = parsers.parse(mail("商機申訴 鴻昇精機", body, charset=charset))
    assert got.kind == "appeal"
    f = got.fields
    assert (f.partner, f.client) == ("台南鼎興網絡科技有限公司", "台南鴻昇精機股份有限公司")
    assert f.lead_ids == ("SJ20260610-0071",) and f.reason_code == 1
    assert (f.pushed_at, f.objected_at) == ("2026-06-10T09:40:00+08:00", "2026-06-10T13:05:00+08:00")


def test_a_simplified_name_that_opencc_would_change_is_kept_too():
    body = "合作商：扬州运河网络科技有限公司\n客户：扬州宏昇机械有限公司\n商机编号：SJ20260609-0002\n" \
           "推送时间：6月9日 10:00\n反馈时间：6月9日 11:30\n申诉理由：行业不符\n"
    assert parsers.parse(mail("商机申诉", body)).fields.client == "扬州宏昇机械有限公司"


def test_english_labels_on_one_line_never_swallow_the_next_label():
    body = ("Partner: Dalian Haiwan Network Technology Co., Ltd. / Client: 大连金港液压机械有限公司 / "
            "Lead: SJ20260608-0033 / Pushed: 08.06.2026 10:15 / Objected: 08.06.2026 4:50 pm\n"
            "Reason: the caller was a competitor asking for prices (criterion 1).\n")
    got = parsers.parse(mail("Appeal: lead SJ20260608-0033", body))
    f = got.fields
    assert got.kind == "appeal" and f.client == "大连金港液压机械有限公司"
    assert f.partner == "Dalian Haiwan Network Technology Co., Ltd."
    assert (f.pushed_at, f.objected_at) == ("2026-06-08T10:15:00+08:00", "2026-06-08T16:50:00+08:00")
    assert f.reason_code == 1


@pytest.mark.parametrize(("words", "code"), [
    ("the requester runs a bakery; it has nothing in the client's industry: wrong industry", 4),
    ("the mobile number was a wrong number (a noodle stall)", 3),
    ("they only left a WeChat id and we cannot add it", 2),
])
def test_english_reasons_are_read(words, code):
    body = f"Client: 长春一汽配套模具有限公司\nLead ID: SJ20260609-0040\nPushed: 2026-06-09 09:00\n" \
           f"Objected: 2026-06-09 11:00\nReason: {words}\n"
    assert parsers.parse(mail("Lead appeal", body)).fields.reason_code == code


@pytest.mark.parametrize(("text", "ids"), [
    ("SJ20260601-0101/0102", ["SJ20260601-0101", "SJ20260601-0102"]),
    ("SJ20260601-0101、0105、0109", ["SJ20260601-0101", "SJ20260601-0105", "SJ20260601-0109"]),
    ("SJ20260601-0101 至 SJ20260601-0103 共3条", ["SJ20260601-0101", "SJ20260601-0102", "SJ20260601-0103"]),
    ("SJ20260601-0101到0102", ["SJ20260601-0101", "SJ20260601-0102"]),
    ("SJ20260601\u20140101 and SJ20260601\uff0d0102", ["SJ20260601-0101", "SJ20260601-0102"]),
    ("SJ20260601-0101, 2026年", ["SJ20260601-0101"]),  # a year after a comma is no id
    ("SJ20260601-0101 至 SJ20260601-0999", ["SJ20260601-0101", "SJ20260601-0999"]),  # no range of 900
])
def test_id_shorthand_is_written_out(text, ids):
    assert lead_ids(text, labelled=False) == ids


def test_counts_in_financial_numerals():
    assert [cn_number(t) for t in ("壹佰伍拾", "玖拾壹", "贰佰", "一百")] == [150, 91, 200, 100]


@pytest.mark.parametrize(("text", "period"), [
    ("服务期为2026年5月至次年4月", ("2026-05-01", "2027-04-30")),
    ("2025年11月到2026年10月", ("2025-11-01", "2026-10-31")),
    ("客户2月1日起签约，服务期一年", ("2026-02-01", "2027-01-31")),
    ("9月1日起，服务期1年", ("2025-09-01", "2026-08-31")),  # not after the mail's day (10 June 2026)
])
def test_service_periods_in_months_or_as_a_start_and_a_length(text, period):
    from datetime import date

    got = find_period(text, date(2026, 6, 10))
    assert got is not None and (got[0].isoformat(), got[1].isoformat()) == period


def test_a_correction_keeps_the_new_value_only():
    text = "推送时间更正为6月9日上午10:20（之前误写成10:02），其他不变"
    assert "10:02" not in without_replaced(text) and "10:20" in without_replaced(text)
    assert without_replaced("客户说不是同行") == "客户说不是同行"  # no correction word: nothing removed


def test_a_reply_that_corrects_a_field_carries_the_new_value_only():
    body = "总部您好：\n申诉理由改为第2条（需求者的微信加不上），不是第3条。推送时间更正为6月9日下午3点10分，之前误写成2点10分。\n"
    got = parsers.parse(mail("回复：[DOR#SS-2026-000777] 商机申诉已受理", body))
    assert got.kind == "reply" and got.case_ref == "SS-2026-000777"
    assert got.fields.reason_code == 2 and got.fields.pushed_at == "2026-06-09T15:10:00+08:00"
    assert got.fields.objected_at is None


def test_a_short_name_in_prose_or_signature_is_the_partner():
    body = "总部好：\n我们鹿城数联服务的瓯江阀门今天有一条商机申请不计入：\n商机编号：SJ20260610-0012\n" \
           "推送时间：6月10日 9:10\n客户反馈时间：6月10日 11:00\n申诉理由：需求者留错电话\n吴敏\n"
    assert parsers.parse(mail("瓯江阀门 商机申诉", body)).fields.partner == "鹿城数联"
    signed = "总部好：\n瓯江阀门的合同是80条，目前已推送50条，服务期2026年1月1日至2026年12月31日。\n汇总反馈如下……\n" \
             "吴敏\n鹿城数联 客服\n"
    assert parsers.parse(mail("瓯江阀门汇总反馈", signed)).fields.partner == "鹿城数联"


def test_a_place_name_holding_a_lead_in_word_is_not_cut():
    body = "合作商：呼和浩特草原云商网络科技有限公司\n客户：呼和浩特塞北乳业机械有限公司\n商机编号：SJ20260610-0020\n" \
           "推送时间：6月10日 9:10\n反馈时间：6月10日 10:00\n申诉理由：行业不符\n"
    f = parsers.parse(mail("商机申诉", body)).fields
    assert (f.partner, f.client) == ("呼和浩特草原云商网络科技有限公司", "呼和浩特塞北乳业机械有限公司")


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("想问一下申诉需要什么材料", "总部好，客户有一条商机想申诉，录音没有，只有聊天记录可以吗？", "question"),
    ("开具发票申请", "请开具上半年服务费的增值税普通发票，税号见下。", "invoice"),
    ("新客户上线资料", "附件是新客户的商机下单表，麻烦安排上线。", "onboarding"),
    ("后台进不去", "我们的账号今天登录一直提示密码错误。", "account"),
    ("关于判定时效的意见", "最近三次申诉的判定都超过了时限，客户很不满。", "complaint"),
    ("限时优惠：智能外呼系统", "尊敬的负责人：免费试用30天，如不想再收到请回复退订。", "pitch"),
    ("十月推广例会", "下周二下午两点开视频会议，讨论续费客户名单。", "meeting"),
    ("你好", "收到，谢谢。", "other"),
])
def test_mail_that_is_no_request_gets_a_topic_and_the_signal_that_decided_it(subject, body, topic):
    got = parsers.parse(mail(subject, body))
    assert got.kind == "unknown"
    assert got.topic == topic and got.topic_signal and got.to_json()["topic"] == topic


def test_a_calendar_invitation_is_a_meeting_whatever_its_agenda_says():
    raw = (b"From: a@hk-partner.com\r\nTo: dor@ptg139.com\r\nSubject: Invitation: renewal review\r\n"
           b"Date: Wed, 10 Jun 2026 15:20:00 +0800\r\nMessage-ID: <cal@hk>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + "议程：续费方案、商机汇总\r\n".encode() + b"--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
           b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:renewal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n")
    got = parsers.parse(raw)
    assert got.kind == "unknown" and got.topic == "meeting"


def test_requests_carry_no_topic():
    body = "合作商：扬州运河网络科技有限公司\n客户：扬州宏昇机械有限公司\n商机编号：SJ20260609-0002\n" \
           "推送时间：6月9日 10:00\n反馈时间：6月9日 11:30\n申诉理由：行业不符\n"
    got = parsers.parse(mail("商机申诉", body))
    assert got.kind == "appeal" and got.topic is None


def test_the_cli_names_the_topics_the_parser_gives():
    from maild.cli.queue import TOPIC_NAMES
    from maild.services.reminders import SILENT_TOPIC

    # and the one maild gives the triage case it opens itself
    assert set(TOPIC_NAMES) == {*(name for name, _ in TOPICS), "other", SILENT_TOPIC}
    assert len(TOPIC_NAMES) == len(TOPICS) + 2


def test_english_company_names_in_signatures_are_partner_and_client():
    body = ("Hi HQ,\nThe client asks that this lead is not counted: the caller sells office furniture, a different "
            "industry.\nLead ID: SJ20260609-0077\nPushed: 9 June 2026, 10:10 am; the client objected at 1:20 pm.\n"
            "Regards,\nJoyce Chan\nAccount Manager | Kowloon Bay Digital Commerce Limited\nTel: +852 2100 0000\n\n"
            "From the client:\nMark Wong\nKwun Tong Precision Moulds Co., Ltd.\n")
    f = parsers.parse(mail("Lead appeal SJ20260609-0077", body)).fields
    assert (f.partner, f.client) == ("Kowloon Bay Digital Commerce Limited", "Kwun Tong Precision Moulds Co., Ltd.")
    assert (f.pushed_at, f.objected_at) == ("2026-06-09T10:10:00+08:00", "2026-06-09T13:20:00+08:00")


def test_form_rows_with_pairs_side_by_side_and_ticked_boxes():
    from parsers.labels import Source, labelled
    from parsers.values import reason as _reason

    rows = [("合同商机数", "90条", "已推送商机数", "55条"), ("推送时间", "2026-06-08 09:00", "客户反馈时间", "2026-06-08 12:30"),
            ("申诉理由", "□ 同行骚扰", "□ 微信加不上", "☑ 留错电话/个人")]
    got = {(f, v) for f, v, _, _ in labelled([Source("form", "", rows)])}
    assert {("quota", "90条"), ("pushed_count", "55条"), ("pushed_at", "2026-06-08 09:00"),
            ("objected_at", "2026-06-08 12:30")} <= got
    (reason,) = [v for f, v in got if f == "reason"]
    assert _reason(reason) == 3
    assert _reason("□同行骚扰　□微信加不上　□留错电话　√行业不符　□产品不一致") == 4
    assert _reason("客户说是同行，录音为证") == 1  # no boxes: the words decide
