"""Understanding round two, the edges a second held-out set showed: forms over two sheets or two
columns, boxes ticked inside one cell, quarter hours, dates in Chinese numerals, periods as a
length, id shorthand over three ids, short names tagging a subject or signed with an English
name, English relative days and labels, the verb nearest a time, enumerated labels, corrections
of a period or in English, and mail about holidays, accounts and expos that asks for nothing."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

import parsers
from parsers.labels import label_field

from kit.mails import DOCX, XLSX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail
from kit.mails import xlsx_book as xlsx


def test_a_header_row_on_one_sheet_does_not_swallow_the_label_table_on_the_next():
    data = xlsx([("商机编号", "推送日期", "是否精准"), *[(2606010100 + n, dt.datetime(2026, 6, 1 + n), "精准")
                                                  for n in range(5)]],
                [("合作商", "宜昌三峡云链网络科技有限公司"), ("客户", "宜昌猇亭长江起重机械有限公司"),
                 (None, None), ("新增关键词", "桥式起重机")])
    got = parsers.parse(with_form("长江起重 5条商机反馈", "总部：反馈表见附件，请调整。", "反馈表.xlsx", data, XLSX))
    assert got.kind == "adjustment"
    assert (got.fields.partner, got.fields.client) == ("宜昌三峡云链网络科技有限公司", "宜昌猇亭长江起重机械有限公司")
    assert len(got.fields.lead_ids) == 5


def test_a_time_split_over_a_date_column_and_a_time_column_is_one_time():
    data = xlsx([("合作商", "付费客户", "商机编号", "推送日期", "推送时刻", "反馈日期", "反馈时刻", "申诉理由"),
                 ("宜昌三峡云链网络科技有限公司", "宜昌猇亭长江起重机械有限公司", "SJ20260609-0031",
                  dt.datetime(2026, 6, 9), dt.time(9, 5), dt.datetime(2026, 6, 9), dt.time(13, 50), "第1条 同行询价")])
    got = parsers.parse(with_form("长江起重 申诉表", "申诉表见附件。", "申诉表.xlsx", data, XLSX))
    assert got.kind == "appeal"
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-09T09:05:00+08:00", "2026-06-09T13:50:00+08:00")


def test_boxes_listed_in_one_cell_give_the_ticked_criterion():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "商机编号", "SJ20260609-0032"
    table.cell(1, 0).text = "申诉理由"
    table.cell(1, 1).text = "□1 同行恶意骚扰或不良询价\n□2 微信加不上\n✔3 留错电话/个人\n□4 行业不符\n□5 产品不一致"
    out = io.BytesIO()
    document.save(out)
    got = parsers.parse(with_form("商机申诉书", "申诉书见附件。", "申诉书.docx", out.getvalue(), DOCX))
    assert got.kind == "appeal" and got.fields.reason_code == 3


@pytest.mark.parametrize(("said", "at"), [("晚上8点一刻", "20:15"), ("上午10点三刻", "10:45"), ("下午3点半", "15:30")])
def test_quarter_hours(said, at):
    got = parsers.parse(mail("长江起重 SJ20260610-0007 申诉", f"今天上午9:00推送的SJ20260610-0007，客户{said}反馈说是同行。"))
    assert got.fields.objected_at == f"2026-06-10T{at}:00+08:00"


def test_a_period_in_chinese_numerals_and_counts_in_words():
    body = ("合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n合同数量：一百五十条\n已推数量：九十条\n"
            "服务时间：二〇二五年七月一日起至二〇二六年六月三十日止\n")
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert (got.fields.quota, got.fields.pushed_count) == (150, 90)
    assert (got.fields.service_start, got.fields.service_end) == ("2025-07-01", "2026-06-30")


@pytest.mark.parametrize(("period", "start", "end"), [
    ("服务期：12个月，自2026年3月16日开始", "2026-03-16", "2027-03-15"),
    ("服务期：自2026年1月31日起，为期6个月", "2026-01-31", "2026-07-30"),
])
def test_a_period_given_as_a_length_from_a_start(period, start, end):
    body = f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{period}\n合同商机：100条\n已推送：62条\n"
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert (got.fields.service_start, got.fields.service_end) == (start, end)


def test_three_ids_sharing_one_prefix():
    got = parsers.parse(mail("长江起重 申诉", "商机 QZ-2606-0410/0412/0419 是同一个同行留的，推送时间2026年6月10日9:00。"))
    assert got.fields.lead_ids == ("QZ-2606-0410", "QZ-2606-0412", "QZ-2606-0419")


def test_a_bare_number_before_zhetiao_shangji_is_a_lead_id():
    got = parsers.parse(mail("长江起重 申诉", "长江起重说60952718这条商机的需求者留的电话是空号。"))
    assert got.fields.lead_ids == ("60952718",)


def test_a_partner_signing_with_an_english_name_or_tagging_the_subject():
    signed = parsers.parse(mail("长江起重汇总", "总部好，长江起重合同100条，现在推了64条，客户想续费。\n\n三峡云链 Jenny\n"))
    assert (signed.fields.partner, signed.fields.client) == ("三峡云链", "长江起重")
    tagged = parsers.parse(mail("【三峡云链】长江起重 5条商机反馈", "长江起重最近5条商机：4条精准，1条不精准。\n"))
    assert (tagged.fields.partner, tagged.fields.client) == ("三峡云链", "长江起重")
    own = parsers.parse(mail("【长江起重】长江起重 5条商机反馈", "长江起重最近5条商机：4条精准，1条不精准。\n"))
    assert own.fields.partner is None  # a tag that is the client names no partner


def test_english_today_and_labels():
    body = ("One lead for our client turned out to be a student. Under criterion 3 please do not count it.\n\n"
            "Lead ID: 2606100093\nPushed: today 10:05 am\nClient objection: today 2:40 pm\n")
    got = parsers.parse(mail("Lead 2606100093 - not a company", body))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-10T10:05:00+08:00", "2026-06-10T14:40:00+08:00")
    assert label_field("Delivered to date") == "pushed_count" and label_field("五、客户提出异议时间") == "objected_at"


def test_the_verb_nearest_a_time_says_whether_it_was_pushed_or_objected():
    got = parsers.parse(mail("长江起重 申请不计入",
                             "长江起重今天的SJ20260610-0044是同行。上午9点50推的，客户中午12点10分就反馈了。按第1条申请不计入。"))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-10T09:50:00+08:00", "2026-06-10T12:10:00+08:00")


@pytest.mark.parametrize(("body", "field", "value"), [
    ("服务期结束日期应该是2027年5月31日，之前写成了6月1日。", "service_end", "2027-05-31"),
    ("Sorry, please change the reason to criterion 4, not criterion 5.", "reason_code", 4),
])
def test_a_reply_corrects_the_period_or_says_so_in_english(body, field, value):
    got = parsers.parse(mail("RE: [DOR#HZ-2026-000201] 已受理", body + "\n"))
    assert got.kind == "reply" and getattr(got.fields, field) == value


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("三峡云链2026年春节放假通知", "各位合作伙伴：我司春节放假时间为2月15日至2月23日，期间商机申诉请联系值班客服。\n", "other"),
    ("申请新增客服人员邮箱", "敝司新增一位客服，负责长江起重的商机申诉与调整，请将她的邮箱加入白名单并开通后台账号。\n", "account"),
    ("诚邀参展｜2026宜昌起重装备展 展位早鸟价", "尊敬的企业负责人：展会11月举办，标准展位早鸟价6800元，如有意向请回复。\n", "pitch"),
    ("咨询：周末推送的商机，申诉时效怎么算？", "想问一下周六晚上推送、周一客户才反馈的商机，算不算8小时内？\n", "question"),
])
def test_mail_about_holidays_accounts_expos_and_questions_is_no_request(subject, body, topic):
    got = parsers.parse(mail(subject, body))
    assert got.kind == "unknown" and got.topic == topic


def test_an_english_re_targeting_request_is_adjustment_feedback():
    body = ("Feedback on the latest 5 leads for our client:\n- 2606010011 accurate\n- 2606020012 not accurate\n"
            "- 2606030013 accurate\n- 2606040014 accurate\n- 2606050015 not accurate\n\nAdd keywords: 桥式起重机\n")
    got = parsers.parse(mail("Re-targeting request (latest 5 leads)", body))
    assert got.kind == "adjustment" and got.fields.lead_count == 5 and len(got.fields.lead_ids) == 5


# ---- and the edges a third held-out set showed ----------------------------------------------

def test_suffixes_written_with_their_dash_take_the_full_ids_prefix():
    got = parsers.parse(mail("长江起重 3条商机反馈", "长江起重这批（SJ20260801-0011、-0013、-0019，共三条）：两条精准，一条不精准。"))
    assert got.fields.lead_ids == ("SJ20260801-0011", "SJ20260801-0013", "SJ20260801-0019")


def test_a_header_row_with_columns_beyond_the_labels_is_still_a_header():
    data = xlsx([("合作商", "客户", "合同商机数", "已推送", "完成率", "服务期起", "服务期止", "续费意向"),
                 ("宜昌三峡云链网络科技有限公司", "宜昌猇亭长江起重机械有限公司", 90, 56, 0.62, dt.datetime(2026, 2, 1),
                  dt.datetime(2027, 1, 31), "续费")])
    got = parsers.parse(with_form("长江起重 商机汇总反馈表", "汇总表见附件。", "汇总.xlsx", data, XLSX))
    assert (got.fields.partner, got.fields.quota, got.fields.pushed_count) == ("宜昌三峡云链网络科技有限公司", 90, 56)
    assert (got.fields.service_start, got.fields.service_end) == ("2026-02-01", "2027-01-31")


@pytest.mark.parametrize(("period", "start", "end"), [
    ("合約期間：115年4月1日至116年3月31日", "2026-04-01", "2027-03-31"),  # Taiwan's ROC years, no 民國
    ("服务时间：26年2月10日至27年2月9日", "2026-02-10", "2027-02-09"),
    ("服务期：2026/5/1起，为期半年", "2026-05-01", "2026-10-31"),
])
def test_periods_in_roc_years_two_digit_years_and_half_a_year(period, start, end):
    body = f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{period}\n合同商机：100条\n已推送：61条\n"
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert (got.fields.service_start, got.fields.service_end) == (start, end)


@pytest.mark.parametrize(("pushed", "objected", "want"), [
    ("昨晚9点05分", "今早8点15", ("2026-06-09T21:05:00+08:00", "2026-06-10T08:15:00+08:00")),
    ("yesterday 5:10 pm", "this morning 9:20", ("2026-06-09T17:10:00+08:00", "2026-06-10T09:20:00+08:00")),
])
def test_last_night_and_this_morning(pushed, objected, want):
    body = f"长江起重的SJ20260609-0071是{pushed}推送的，客户{objected}反馈说对方是个人。"
    got = parsers.parse(mail("长江起重 SJ20260609-0071 申诉", body))
    assert (got.fields.pushed_at, got.fields.objected_at) == want


def test_a_system_time_keeps_its_seconds():
    got = parsers.parse(mail("商机申诉 长江起重", "商机编号：SJ20260610-0009\n推送时间：2026-06-10 08:35:42\n反馈时间：2026-06-10 10:50\n"))
    assert got.fields.pushed_at == "2026-06-10T08:35:42+08:00" and got.fields.objected_at == "2026-06-10T10:50:00+08:00"


def test_a_writer_introducing_themself_names_the_partner():
    got = parsers.parse(mail("长江起重 商机调整", "总部您好，我是三峡云链的李娜。\n长江起重最近推的5条里有2条不精准，关键词加上“门式起重机”。\n"))
    assert (got.fields.partner, got.fields.client, got.fields.lead_count) == ("三峡云链", "长江起重", 5)


def test_a_correction_of_what_it_actually_is():
    got = parsers.parse(mail("转发: [DOR#HZ-2026-000301] 商机汇总反馈已受理",
                             "已推送数我们报错了，实际截至5月31日是六十四条，不是四十六条，麻烦改一下。\n"))
    assert got.kind == "reply" and got.fields.pushed_count == 64


def test_a_labelled_name_keeps_a_he_inside_it_and_chinese_names_win_over_english_ones():
    got = parsers.parse(mail("商机申诉 和顺起重", "合作商：宜昌三峡云链网络科技有限公司\n付费客户：宜昌夷陵和顺起重机械有限公司\n"
                                             "商机编号：SJ20260610-0011\n推送时间：2026-06-10 09:00\n反馈时间：2026-06-10 11:00\n"
                                             "申诉理由：第1条\n"))
    assert got.fields.client == "宜昌夷陵和顺起重机械有限公司"
    english = parsers.parse(mail("Feedback on 5 leads", "Yangtze Cranes (宜昌猇亭长江起重机械有限公司) went through leads "
                                 "QZ-2606-0101 to 0105 (5 leads): 3 good, 2 off target. Please adjust: new keywords "
                                 "gantry crane.\n\nAmy\nSanxia Cloudlink Consulting Ltd. | 宜昌三峡云链网络科技有限公司\n"))
    assert (english.fields.partner, english.fields.client) == ("宜昌三峡云链网络科技有限公司", "宜昌猇亭长江起重机械有限公司")
    assert english.fields.lead_ids == tuple(f"QZ-2606-010{n}" for n in range(1, 6)) and english.kind == "adjustment"


@pytest.mark.parametrize(("words", "n"), [("一百二", 120), ("一百零二", 102), ("一千五", 1500), ("两万三", 23000),
                                          ("一百二十", 120), ("十二", 12)])
def test_numbers_as_people_say_them(words, n):
    from parsers.numerals import cn_number

    assert cn_number(words) == n


def test_a_partner_tag_in_tortoise_shell_brackets_and_english_summary_labels():
    tagged = parsers.parse(mail("〔三峡云链〕长江起重 商机汇总", "长江起重合同100条，已推62条，过六成了。服务期2026-03-01~2027-02-28。\n"))
    assert (tagged.fields.partner, tagged.fields.client, tagged.fields.quota) == ("三峡云链", "长江起重", 100)
    english = parsers.parse(mail("Summary - Yangtze Cranes", "Partner: 宜昌三峡云链网络科技有限公司\nClient: 宜昌猇亭长江起重机械有限公司\n"
                                                           "Guaranteed leads: 100\nDelivered so far: 64\n"
                                                           "Term: 1 March 2026 to 28 February 2027\n"))
    assert (english.fields.quota, english.fields.pushed_count, english.fields.service_end) == (100, 64, "2027-02-28")


def test_a_complaint_that_nobody_answered_is_a_complaint():
    got = parsers.parse(mail("长江起重三周没有推送了", "长江起重已经三个多星期没有推送商机，在群里问过也没有人回复，我们很难向客户交代。\n"))
    assert got.kind == "unknown" and got.topic == "complaint"


def test_an_english_time_written_before_its_date():
    got = parsers.parse(mail("RE: [DOR#SS-2026-000318] 已受理",
                             "A correction: the lead was pushed at 10:04 on 9 June, not 10:40 (my typo).\n"))
    assert got.kind == "reply" and got.fields.pushed_at == "2026-06-09T10:04:00+08:00"
