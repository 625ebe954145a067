"""Understanding round two, the edges a ninth held-out set showed: Wu speech (下半天, 廿), a day-first
date with its weekday in words, a label with a note in brackets, the last day of last month, a
period by a holiday of last year, ids whose prefix carries a three-digit ROC year or whose tails
stand in brackets, a quarterly allotment, a hidden sheet, 'we 草原云', a forwarded client's batch
under the partner's own signature, a thank-you with booth photos, a change of addresses, and an
English correction of the pushed count."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

import parsers
from parsers.forms import extract
from parsers.periods import find_dates
from parsers.text import normalize, unflow
from parsers.times import find_times

from kit.mails import XLSX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

DATED = "Thu, 04 Mar 2027 09:30:00 +0800"
MAR_4 = dt.date(2027, 3, 4)
PARTIES = "\n\n合作商：宁波甬江网络科技有限公司\n客户：宁波北仑注塑机械有限公司"


def _times(text: str, anchor: dt.date = MAR_4) -> list[str]:
    return [t.at.isoformat()[:16] for t in find_times(normalize(text), anchor) if t.has_time]


@pytest.mark.parametrize(("text", "want"), [
    ("前日下半天两点廿分推过来的，当日夜里八点三刻客户讲", ["2027-03-02T14:20", "2027-03-02T20:45"]),
    ("22/2（星期一）下晝3點05分推過嚟，客人當晚8點半覆我", ["2027-02-22T15:05", "2027-02-22T20:30"]),
    ("推送时间：上个月最后一天晚上七点一刻\n客户异议：第二天早上八点", ["2027-02-28T19:15", "2027-03-01T08:00"]),
])
def test_wu_speech_a_weekday_in_words_and_the_last_day_of_last_month(text, want):
    assert _times(text) == want


def test_a_label_with_a_note_in_brackets_and_an_industry_that_is_quite_different():
    got = parsers.parse(mail("北仑注塑 商机申诉", "商机编号：NB-0302-1135\n推送时间（后台导出，UTC）：2027-03-02 01:05 UTC\n"
                                              "客户异议：当天下午4点半（北京时间）\n理由：对方要汤圆速冻生产线，和客户行业完全两样。" + PARTIES,
                             date_header=DATED))
    assert (got.fields.pushed_at, got.fields.objected_at, got.fields.reason_code) == (
        "2027-03-02T09:05:00+08:00", "2027-03-02T16:30:00+08:00", 4)


def test_a_period_by_a_holiday_of_last_year():
    dates = find_dates(normalize("服务期：从去年国庆节当天开始，到今年9月30日结束，整一年"), MAR_4)
    assert [d for d, _ in dates] == [dt.date(2026, 10, 1), dt.date(2027, 9, 30)]


@pytest.mark.parametrize(("subject", "body", "want"), [
    ("北仑注塑 商机申诉", "商機編號：LK116-0223-07\n推播時間：116年2月23日 14時05分\n客戶反映：同日晚上9時20分\n說明：同業探價。", ("LK116-0223-07",)),
    ("北仑注塑 商机调整反馈", "这五条，编号 NB-2703-（031、034、035、038、040），客户反馈：031、035 准确。\n调整：新增“注塑机”。",
     tuple(f"NB-2703-{t}" for t in ("031", "034", "035", "038", "040"))),
])
def test_ids_with_a_roc_year_in_the_prefix_or_tails_in_brackets(subject, body, want):
    assert parsers.parse(mail(subject, body + PARTIES, date_header=DATED)).fields.lead_ids == want


def test_a_quarterly_allotment_is_the_quota():
    got = parsers.parse(mail("北仑注塑 汇总反馈", "服务期：2026.04.01-2027.03.31\n合同按季度保底：每季度60条，一年四个季度\n已推155条\n"
                                              "续费：有意向。" + PARTIES, date_header=DATED))
    assert (got.fields.quota, got.fields.pushed_count) == (240, 155)


def test_a_hidden_sheet_is_not_read():
    book = openpyxl.Workbook()
    book.active.append(("商机编号", "推送时间", "客户异议时间", "判定标准"))
    book.active.append(("NB-0305-0442", "2027-03-03 09:40", "2027-03-03 15:55", "第2条"))
    example = book.create_sheet("填写示例")
    example.append(("商机编号", "推送时间"))
    example.append(("AB-2701-001", "2027-01-01 09:00"))
    example.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    assert len(extract(out.getvalue(), "申诉表.xlsx", XLSX).tables) == 1
    got = parsers.parse(with_form("北仑注塑 申诉表", "申诉表见附件。" + PARTIES, "申诉表.xlsx", out.getvalue(), XLSX))
    assert got.fields.lead_ids == ("NB-0305-0442",)


def test_we_and_a_short_name_and_a_forwarded_batch_under_the_partners_signature():
    we = parsers.parse(mail("【北仑注塑】商机申诉 NB-0309-017", "我们甬江云这边接到【北仑注塑】的反馈：NB-0309-017今早8:50推送，"
                                                           "中午12:10客户说对方是同行来套价格。\n\n王磊", date_header=DATED))
    assert (we.fields.partner, we.fields.client) == ("甬江云", "北仑注塑")
    rows = "\n".join(f"NB-0308-1{n:02d} {'准' if n % 3 else '不准'}" for n in range(1, 11))
    forwarded = parsers.parse(mail("转发：「北仑注塑」10条商机反馈", "「北仑注塑」把这10条的反馈发给我了，转给总部。\n\n甬江网络 罗丹\n\n"
                                                          "---------- 转发邮件信息 ----------\n发件人：\"北仑注塑 采购部\" <caigou@blzs-demo.cn>\n"
                                                          f"发送日期：2027-03-03 14:52\n主题：这10条的反馈\n\n{rows}\n建议：新增“注塑机”。",
                                   date_header=DATED))
    assert (forwarded.fields.partner, forwarded.fields.client) == ("甬江网络", "北仑注塑")


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("感谢总部支持农机展", "上周农机展顺利结束，感谢总部寄来的易拉宝和宣传册！附两张展位照片。\n\n宁波甬江网络科技有限公司", "other"),
    ("更改接收邮箱及抄送人", "以后总部的判定结果请发到 kefu2@yongjiang-net.com，并抄送 wang@yongjiang-net.com；原来的邮箱下周停用。", "account"),
])
def test_a_thank_you_with_booth_photos_and_a_change_of_addresses(subject, body, topic):
    got = parsers.parse(mail(subject, body, date_header=DATED)).to_json()
    assert (got["kind"], got["topic"]) == ("unknown", topic)


def test_an_english_correction_of_the_pushed_count():
    quoted = "\n\nOn Thu, Mar 4, 2027 at 09:00, HQ lead service wrote:\n>Leads delivered: 151\n"
    got = parsers.parse(mail("Re：[DOR#SS-2027-000240] 商机汇总反馈已受理",
                             "A correction to the summary: pushed so far is 161 leads, not 151.\n\nLeo" + quoted, date_header=DATED))
    assert got.kind == "reply" and got.fields.pushed_count == 161


def test_a_format_flowed_body_is_read_as_its_writer_typed_it():
    body = ("商机编号：NB-0302-1135 \r\n推送时间：3月2日下午2点20分，客户当晚8点45 \r\n分反馈说对方要的是汤圆速冻生产线，"
            "和客户行业完全不同。\r\n\r\n合作商：宁波甬江网络 \r\n科技有限公司\r\n客户：宁波北仑注塑机械有限公司\r\n>> 引用 \r\n>> 的一行\r\n-- \r\n邬佩君\r\n")
    raw = mail("北仑注塑 商机申诉", "", date_header=DATED).replace(
        b"charset=utf-8", b"charset=utf-8; format=flowed; delsp=yes") + body.encode("utf-8")
    got = parsers.parse(raw)
    assert (got.fields.partner, got.fields.objected_at) == ("宁波甬江网络科技有限公司", "2027-03-02T20:45:00+08:00")
    assert unflow("a \nb\n> c \n> d\n-- \nsig", delsp=False) == "a b\n> c d\n-- \nsig"


def test_hong_kong_variants_and_a_partner_who_signed_above_an_inner_forward():
    assert normalize("中衞網聯 衹有") == "中卫网联 只有"
    rows = "\n".join(f"NB-0308-1{n:02d} 准" for n in range(1, 6))
    got = parsers.parse(mail("转发：转发：「北仑注塑」5条商机反馈", "请总部处理，谢谢。\n\n-------- 转发邮件信息 --------\n"
                                                          "发件人：\"王芳\" <wangfang@tainan-hsin.com.tw>\n发送时间：2027-03-04 09:00\n"
                                                          "主题：转发：「北仑注塑」5条商机反馈\n\n「北仑注塑」把这5条的反馈发给我了。\n\n甬江网络 罗丹\n\n"
                                                          "---------- 转发邮件信息 ----------\n发件人：\"采购部\" <caigou@blzs-demo.cn>\n"
                                                          f"发送日期：2027-03-03 14:52\n主题：这5条的反馈\n\n{rows}\n建议：新增“注塑机”。",
                             date_header=DATED))
    assert (got.fields.partner, got.fields.client) == ("甬江网络", "北仑注塑")
