"""Understanding round two, the edges a fifth held-out set showed: objections written as a delay
after the push, English clocks and numbers in words, English month ranges and labels with '=',
northern colloquial days, 本月 / 上月 days, contract lengths that take effect on a day, periods in
days, a form's date and time in two labelled cells, one id prefix with its endings, numeric ids
behind No., Roman-numeral criteria, short names in English and in signatures, and the topic of a
pitch or a complaint."""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from parsers.labels import label_field
from parsers.prose import after_push
from parsers.text import normalize
from parsers.times import find_times

from kit.mails import XLSX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

JUNE_10 = dt.date(2026, 6, 10)


def _times(text: str, anchor: dt.date = JUNE_10) -> list[str]:
    return [t.at.isoformat()[:16] for t in find_times(normalize(text), anchor) if t.has_time]


@pytest.mark.parametrize(("said", "delay"), [
    ("客户在推送后四十五分钟就回了电话", dt.timedelta(minutes=45)),
    ("推送后两个半小时，客户在群里提出", dt.timedelta(hours=2, minutes=30)),
    ("推完半小时客户就打来了", dt.timedelta(minutes=30)),
    ("推送之后1.5小时客户反馈", dt.timedelta(hours=1, minutes=30)),
    ("the client objected forty-five minutes after the push", dt.timedelta(minutes=45)),
    ("the client called two and a half hours later", dt.timedelta(hours=2, minutes=30)),
    ("推送半小时后客户就来电了", dt.timedelta(minutes=30)),
    ("推过来两个小时以后客户才说", dt.timedelta(hours=2)),
    ("the client called half an hour later", dt.timedelta(minutes=30)),
    ("they objected an hour and a half after the push", dt.timedelta(hours=1, minutes=30)),
    ("推送后一个多小时客户才说", None),  # approximate: no time
])
def test_an_objection_as_a_delay_after_the_push(said, delay):
    assert after_push(said) == delay


def test_an_appeal_whose_objection_is_a_delay_after_its_push():
    got = parsers.parse(mail("长江起重 申诉 QZ-2606-0311", "长江起重的商机 QZ-2606-0311 申诉。\n推送时间：6月9日下午三点整\n"
                                                       "客户在推送后四十五分钟就回电话，说留的号码是空号。"))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-09T15:00:00+08:00", "2026-06-09T15:45:00+08:00")
    assert "objected_at" not in got.missing


@pytest.mark.parametrize(("text", "want"), [
    ("Pushed: 9 Jun, at noon\nClient objected: 4 in the afternoon, same day", ["2026-06-09T12:00", "2026-06-09T16:00"]),
    ("pushed Tue 9 Jun, 08:45; objection at quarter past two that afternoon", ["2026-06-09T08:45", "2026-06-09T14:15"]),
    ("pushed at 3:05pm on the 8th, the client came back at 9:40pm the same day", ["2026-06-08T15:05", "2026-06-08T21:40"]),
    ("Lead pushed on 6/9 at 0930H; the client raised it at 1545H the same day.", ["2026-06-09T09:30", "2026-06-09T15:45"]),
    ("at twenty to five in the afternoon", ["2026-06-10T16:40"]),
    ("at half past nine in the morning, then at 11 at night", ["2026-06-10T09:30", "2026-06-10T23:00"]),
])
def test_english_clocks_in_words_and_days_of_the_month(text, want):
    assert _times(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("昨个晌午12点40推过来的，客户昨个擦黑儿7点给我打的电话", ["2026-06-09T12:40", "2026-06-09T19:00"]),
    ("昨儿后晌三点四十推的，今儿一早8点10分客户才说", ["2026-06-09T15:40", "2026-06-10T08:10"]),
    ("推送是本月8号晚8点10分，客户9号早7点半才看到", ["2026-06-08T20:10", "2026-06-09T07:30"]),
    ("上月30日下午3点推送", ["2026-05-30T15:00"]),
    ("琴日晏晝兩點零五分推過嚟，客戶四點一個字就打畀我", ["2026-06-09T14:05", "2026-06-09T16:05"]),
])
def test_colloquial_days_halves_and_months(text, want):
    assert _times(text) == want


def test_english_counts_in_words_and_month_ranges_in_a_summary():
    got = parsers.parse(mail("Wuling Sewing Equipment - summary & renewal",
                             "Summary for 柳州五菱缝制设备有限公司:\n\nPartner: 柳州龙城网络传媒有限公司\n"
                             "Term: March 2026 – February 2027\nQuota: one hundred and fifty leads\n"
                             "Delivered: ninety-one so far\nRenewal: yes.\n"))
    f = got.fields
    assert (f.quota, f.pushed_count, f.service_start, f.service_end) == (150, 91, "2026-03-01", "2027-02-28")


def test_labels_with_an_equals_sign_a_package_and_a_fiscal_year_in_months():
    got = parsers.parse(mail("Summary: Liuzhou Oil Press", "Summary for 柳州茶油压榨设备有限公司.\n\nFY: Apr-2026 to Mar-2027\n"
                                                          "quota = 300\npushed = 187\n\nLongcheng Network (柳州龙城网络科技有限公司)\n"))
    f = got.fields
    assert (f.quota, f.pushed_count, f.service_start, f.service_end) == (300, 187, "2026-04-01", "2027-03-31")
    package = parsers.parse(mail("Summary: Liuzhou Oil Press", "Summary for 柳州茶油压榨设备有限公司.\n- Term: 1 Dec 2025 through 30 Nov 2026\n"
                                                             "- Package: 150-lead package\n- Delivered to date: 97\n"))
    assert (package.fields.quota, package.fields.pushed_count) == (150, 97)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("合同：两年期合同，2026年1月8日生效\n保底商机：400条\n已推送：260条", "2026-01-08", "2028-01-07"),
    ("服务周期365天，自2026年3月1日起\n合同200条，已推130条", "2026-03-01", "2027-02-28"),
    ("服务期2026.03-2027.02，合同200条，已推130条", "2026-03-01", "2027-02-28"),
])
def test_periods_as_a_length_that_takes_effect_in_days_and_in_months(text, start, end):
    got = parsers.parse(mail("长江起重 商机汇总反馈", f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{text}\n续费：再谈。"))
    assert (got.fields.service_start, got.fields.service_end) == (start, end)
    assert got.fields.quota in (200, 400)  # '两年期' is no count


def test_a_summary_with_its_start_alone_and_a_short_name_before_a_four_character_writer():
    got = parsers.parse(mail("海拉尔乳机 汇总", "总部您好：\n海拉尔乳机合同160条，已推101条，服务期2026年5月1日开始，到期日我得翻一下合同再告诉你们。\n"
                                            "续费还没谈。\n\n草原智联 包格日勒\n"))
    assert (got.fields.service_start, got.fields.service_end) == ("2026-05-01", None)
    assert got.fields.partner == "草原智联" and got.missing == ("service_end",)


def test_a_forms_date_and_time_in_two_labelled_cells_and_start_and_end_cells():
    from kit.mails import xlsx_book

    appeal = xlsx_book([("合作商", "宜昌三峡云链网络科技有限公司"), ("付费客户", "宜昌猇亭长江起重机械有限公司"),
                        ("商机编号", "QZ-2606-2708"), ("推送日期", "2026/06/09", "推送时刻", "09:40"),
                        ("异议日期", "2026/06/09", "异议时刻", "13:05"), ("不计入标准", "☐1 同行骚扰 ☒3 留错电话")])
    got = parsers.parse(with_form("长江起重 商机申诉表", "申诉表见附件。", "申诉表.xlsx", appeal, XLSX))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-09T09:40:00+08:00", "2026-06-09T13:05:00+08:00")
    summary = xlsx_book([("合作商", "宜昌三峡云链网络科技有限公司"), ("客户", "宜昌猇亭长江起重机械有限公司"), ("保底条数", 220),
                         ("已推条数", 141), ("起", "2026-02-01"), ("止", "2027-01-31")])
    got = parsers.parse(with_form("长江起重 商机汇总反馈", "汇总反馈表见附件。", "汇总.xlsx", summary, XLSX))
    assert (got.fields.service_start, got.fields.service_end) == ("2026-02-01", "2027-01-31")


@pytest.mark.parametrize("body", [
    "长江起重这一批共5条商机，编号前缀都是QZ-2606-，后四位：0102、0107、0115、0121、0133。\n0102：准\n0107：准\n"
    "0115：不准\n0121：准\n0133：准\n调整建议：增加关键词“门机”。",
    "Same prefix for all of them, so just the endings: prefix QZ-2606-, endings 0102, 0107, 0115, 0121 and 0133.\n"
    "0102 good\n0107 good\n0115 off-target\n0121 good\n0133 good\nPlease adjust the keywords.",
])
def test_one_prefix_and_the_endings_after_it(body):
    got = parsers.parse(mail("长江起重 5条商机反馈", body))
    assert got.fields.lead_ids == ("QZ-2606-0102", "QZ-2606-0107", "QZ-2606-0115", "QZ-2606-0121", "QZ-2606-0133")


def test_numeric_ids_behind_no_and_a_count_in_ge():
    lines = "\n".join(f"No.26060{n}03{n}1 {'准' if n % 2 else '不准'}" for n in range(1, 6))
    got = parsers.parse(mail("长江起重 这批商机反馈", f"长江起重这批5个商机的反馈：\n{lines}\n联系人手机 15847402296\n调整：加“门机”。"))
    assert len(got.fields.lead_ids) == 5 and all(i.startswith("26060") for i in got.fields.lead_ids)
    assert got.fields.lead_count == 5


def test_a_roman_criterion_and_a_reason_in_trade_words():
    roman = parsers.parse(mail("长江起重 申诉 QZ-2606-044", "长江起重 QZ-2606-044 这条申诉\n推送 6月9日 10:02\n客户反馈 6月9日 15:47\n"
                                                       "依据第Ⅲ条：对方留的电话是个烧烤摊老板的。"))
    assert roman.fields.reason_code == 3
    trade = parsers.parse(mail("长江起重 申诉 QZ-2606-045", "长江起重 QZ-2606-045 申诉\n推送 6月9日 10:02\n客户反馈 6月9日 15:47\n"
                                                       "理由：对方是水果批发商，跟客户根本不是一个行当。"))
    assert trade.fields.reason_code == 4


def test_an_english_client_without_a_legal_suffix_and_an_english_partner_after_the_writer():
    got = parsers.parse(mail("Appeal: QZ-2606-0416 (Yichang Crane Works)",
                             "Appeal for Yichang Crane Works, lead QZ-2606-0416.\nLead pushed on 6/9 at 0930H; the client "
                             "raised it at 1545H the same day.\nReason: not their product (criterion 5).\n\nThanks,\n"
                             "Chunmei Li\n宜昌三峡云链网络科技有限公司\n"))
    assert got.fields.client == "Yichang Crane Works" and got.missing == ()
    partner = parsers.parse(mail("长江起重 5条商机反馈", "长江起重这5条：\nQZ-261123-011：准\nQZ-261124-027：准\n"
                                                   "QZ-261124-035：不准\nQZ-261125-002：准\nQZ-261126-019：不准\n建议删除关键词：煤矿。\n\n"
                                                   "Wu Guodong\nSanxia Link\n"))
    assert partner.fields.partner == "Sanxia Link"


def test_corrections_of_a_full_name_and_of_a_taiwanese_push_time():
    quoted = "\n\n----- 原始邮件 -----\n发件人：总部商机服务 <dor@ptg139.com>\n"
    name = parsers.parse(mail("答复: 答复: 商机调整已确认", "确认邮件里客户名写成了“长江起重厂”，正确全称：宜昌猇亭长江起重机械有限公司。麻烦更正。"
                              + quoted, headers="In-Reply-To: <ack.1@ptg139.com>\r\n"))
    assert name.kind == "reply" and name.fields.client == "宜昌猇亭长江起重机械有限公司"
    push = parsers.parse(mail("回覆: [DOR#SS-2026-001201] 商機申訴已受理", "更正一下，推播時間應為 115/06/09 上午 10:26，我前一封少打了一小時。"
                              + quoted))
    assert push.fields.pushed_at == "2026-06-09T10:26:00+08:00"


def test_a_feedback_sentence_is_no_client_name():
    assert label_field("客戶回饋") is None
    got = parsers.parse(mail("长江起重 商机汇总", "宜昌猇亭长江起重机械有限公司（长江起重）本期商机汇总如下。\n合约保证：180 筆\n"
                                              "客戶回饋：门机询问精准,成交3台;但有不少是贸易商。\n合作商：宜昌三峡云链网络科技有限公司\n"))
    assert got.fields.client == "宜昌猇亭长江起重机械有限公司"


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("AI外呼+商机清洗，帮贵司降低无效商机投诉", "我们专注AI外呼与商机清洗。可免费试用7天，回复“试用”即可开通。", "pitch"),
    ("请教：国庆假期期间提交的申诉，48小时怎么算？", "晚上11点推送、第二天早上8点客户才看到，就已经超时了？", "question"),
])
def test_what_a_mail_is_before_its_tone(subject, body, topic):
    got = parsers.parse(mail(subject, body)).to_json()
    assert (got["kind"], got["topic"]) == ("unknown", topic)


def test_a_complaint_about_late_verdicts_is_no_appeal():
    got = parsers.parse(mail("关于申诉判定一再超时的投诉", "我司6月1日提交的长江起重申诉（案件号SS-2026-001130），按规定应在48个工作小时内"
                                                 "给结果，到今天已经7个工作日了。\n\n宜昌三峡云链网络科技有限公司 总经理"))
    assert (got.kind, got.to_json()["topic"]) == ("unknown", "complaint")
