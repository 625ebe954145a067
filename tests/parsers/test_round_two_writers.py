"""Understanding round two, the edges a fourth held-out set showed: Cantonese days and halves of
the day, British and American ways with times and dates, ids written as siblings or compact
shorthand, template sample rows, Taiwanese labels, counts in 个 / 单, ROC years in Chinese
numerals, as-of labels in numerals, corrections naming a period's end, a start without a year,
contact changes and complaints, dashed signatures, and colloquial reason words."""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from parsers.labels import label_field

from kit.mails import XLSX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail
from kit.mails import xlsx_book as xlsx


@pytest.mark.parametrize(("said", "pushed", "objected"), [
    ("琴日下昼4点半收到推送，客户今朝9点15分先睇到", "2026-06-09T16:30:00+08:00", "2026-06-10T09:15:00+08:00"),
    ("前晚10点40推的，客户昨早7点打电话反馈", "2026-06-08T22:40:00+08:00", "2026-06-09T07:00:00+08:00"),
    ("It was pushed at 1.20pm on 9 June and the client raised it at 4.05pm", "2026-06-09T13:20:00+08:00",
     "2026-06-09T16:05:00+08:00"),
])
def test_cantonese_days_and_british_times(said, pushed, objected):
    got = parsers.parse(mail("长江起重 SJ20260608-0071 申诉", f"长江起重的SJ20260608-0071，{said}。对方是同行。"))
    assert (got.fields.pushed_at, got.fields.objected_at) == (pushed, objected)


def test_ids_read_as_siblings_and_as_compact_shorthand():
    siblings = parsers.parse(mail("长江起重 5条商机反馈", "长江起重这5条：2606010088、2606020214 精准；2606030031 不精准；"
                                                       "2606040176 精准；2606050049 不精准。关键词加“门机”。"))
    assert len(siblings.fields.lead_ids) == 5
    compact = parsers.parse(mail("长江起重 商机反馈", "长江起重推的商机（QZ2606150047、0052、0061，共三条）：都精准。"))
    assert compact.fields.lead_ids == ("QZ2606150047", "QZ2606150052", "QZ2606150061")
    listed = parsers.parse(mail("長江起重 5筆商機回饋", "長江起重這5筆商機：\n一、2606010317　有效\n二、2606020044　無效\n"
                                                    "①QZ-2606-0711 精准\n調整建議：新增關鍵字「門機」\n"))
    assert "2606010317" in listed.fields.lead_ids and "QZ-2606-0711" in listed.fields.lead_ids
    assert listed.fields.lead_count == 5


def test_a_templates_sample_sheet_is_no_data_and_a_number_cell_is_the_criterion():
    data = xlsx([("字段", "示例"), ("商机编号", "示例：SJ20260101-0001"), ("推送时间", "示例：2026-01-01 09:00")],
                [("合作商", "宜昌三峡云链网络科技有限公司"), ("付费客户", "宜昌猇亭长江起重机械有限公司"),
                 ("商机编号", "SJ20260610-0214"), ("推送时间", dt.datetime(2026, 6, 10, 8, 50)),
                 ("客户异议时间", dt.datetime(2026, 6, 10, 13, 35)), ("判定标准", 3)])
    got = parsers.parse(with_form("长江起重 商机申诉表", "申诉表见附件。", "申诉表.xlsx", data, XLSX))
    assert got.fields.lead_ids == ("SJ20260610-0214",) and got.fields.pushed_at == "2026-06-10T08:50:00+08:00"
    assert got.fields.reason_code == 3


@pytest.mark.parametrize(("label", "field"), [("合作廠商", "partner"), ("商機序號", "lead_ids"), ("推播時間", "pushed_at"),
                                              ("客戶反映", "objected_at"), ("（四）截至九月二十八日累计推送", "pushed_count")])
def test_taiwanese_and_numbered_labels(label, field):
    assert label_field(label) == field


@pytest.mark.parametrize(("lines", "quota", "pushed", "start", "end"), [
    ("合同：两百条\n已推送一百二十六个商机，还剩七十四个\n服务期：2026年3月1日—2027年2月28日", 200, 126, "2026-03-01", "2027-02-28"),
    ("合約期：1/10/2025 至 30/9/2026\n保證商機：200單\n到今日已經推咗124單", 200, 124, "2025-10-01", "2026-09-30"),
    ("合約期間：民國一一四年十月一日至一一五年九月三十日\n保證商機數：160筆\n已推播：90筆", 160, 90, "2025-10-01", "2026-09-30"),
    ("Term: 03/15/2026 - 03/14/2027\nLeads delivered: 128 of 200", 200, 128, "2026-03-15", "2027-03-14"),
    ("- Contract: 120 leads, a 12-month term starting 1 April 2026\n- Delivered up to today: 74 leads", 120, 74,
     "2026-04-01", "2027-03-31"),
])
def test_summary_counts_and_periods_as_people_write_them(lines, quota, pushed, start, end):
    body = f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{lines}\n"
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert got.kind == "summary"
    assert (got.fields.quota, got.fields.pushed_count, got.fields.service_start, got.fields.service_end) == (
        quota, pushed, start, end)


def test_a_summary_with_a_start_but_no_end_yet():
    got = parsers.parse(mail("长江起重汇总", "长江起重合同100条，已推62条。服务期从3月1日开始算，到期日我再核对。\n\n三峡云链 李娜\n"))
    assert (got.fields.service_start, got.fields.service_end) == ("2026-03-01", None)
    assert "service_end" in got.missing


@pytest.mark.parametrize(("body", "field", "value"), [
    ("唔好意思，合約完結日寫錯咗，應該係30/11/2026，唔係31/10/2026。", "service_end", "2026-11-30"),
    ("下面這封受理通知裡的合約保證商機數有誤，應為180筆，不是160筆。", "quota", 180),
])
def test_corrections_in_cantonese_and_taiwanese(body, field, value):
    got = parsers.parse(mail("Re: [DOR#HZ-2026-000926] 已受理", body + "\n"))
    assert got.kind == "reply" and getattr(got.fields, field) == value
    assert all(v in (None, []) for k, v in got.to_json()["fields"].items() if k != field)


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("对接人变更：李娜已离职", "我司客服李娜已离职，她的邮箱以后不再使用，请从合作商联系人里删除；长江起重的申诉、调整和汇总由我负责。\n",
     "account"),
    ("两条申诉一周多没有结果，请总部给个说法", "我们提交的两条商机申诉到今天七个工作日了，还没有任何判定结果，我们很被动。\n", "complaint"),
])
def test_contact_changes_and_complaints_ask_for_nothing(subject, body, topic):
    got = parsers.parse(mail(subject, body))
    assert got.kind == "unknown" and got.topic == topic


def test_a_dashed_signature_and_a_client_before_a_colon_in_the_subject():
    got = parsers.parse(mail("长江起重：10条商机反馈+调整", "长江起重最近10条：8条精准，2条不精准。关键词加“门机”。\n\n——三峡云链 李娜\n"))
    assert (got.fields.partner, got.fields.client, got.fields.lead_count) == ("三峡云链", "长江起重", 10)


@pytest.mark.parametrize(("words", "code"), [("对方是装修队，跟客户行业不沾边", 4),
                                             ("that is not the product our client sells", 5)])
def test_colloquial_reason_words(words, code):
    got = parsers.parse(mail("长江起重 SJ20260610-0507 申诉", f"今天上午9:00推送的SJ20260610-0507，客户11:00反馈：{words}。"))
    assert got.fields.reason_code == code


# ---- and the edges a fifth held-out set showed ----------------------------------------------

@pytest.mark.parametrize(("said", "want"), [
    ("推送 06/09 0905\n反馈 06/09 1410", ("2026-06-09T09:05:00+08:00", "2026-06-09T14:10:00+08:00")),
    ("Pushed: 13/05 at 0905hrs\nClient objected: 13/05 at 1340hrs", ("2026-05-13T09:05:00+08:00", "2026-05-13T13:40:00+08:00")),
    ("Pushed: Jun 8, 2:05 PM\nClient complained: next morning 8:10 AM", ("2026-06-08T14:05:00+08:00", "2026-06-09T08:10:00+08:00")),
    ("推播時間：115/06/09 (二) AM 09:48\n客戶反映時間：115/06/09 (二) PM 02:35", ("2026-06-09T09:48:00+08:00", "2026-06-09T14:35:00+08:00")),
    ("推送时间：2026-06-09T21:07:44+08:00\n异议时间：第二天一早7点20", ("2026-06-09T21:07:44+08:00", "2026-06-10T07:20:00+08:00")),
    ("推送时间：6月8日晚上10点20分\n客户异议时间：次日上午8点05分", ("2026-06-08T22:20:00+08:00", "2026-06-09T08:05:00+08:00")),
    ("呢单寻晚八点踏正推过嚟，客户今朝十点三个字先覆我哋", ("2026-06-09T20:00:00+08:00", "2026-06-10T10:15:00+08:00")),
    ("大前天下午两点过十分推的，客户当天傍晚六点反映", ("2026-06-07T14:10:00+08:00", "2026-06-07T18:00:00+08:00")),
])
def test_more_ways_with_dates_and_times(said, want):
    got = parsers.parse(mail("长江起重 SJ20260609-0071 申诉", f"长江起重的商机 SJ20260609-0071：\n{said}\n对方是同行。\n"))
    assert (got.fields.pushed_at, got.fields.objected_at) == want


def test_a_run_of_ids_from_a_first_one_and_the_old_id_in_a_correction():
    run = parsers.parse(mail("长江起重 连续5条商机反馈", "长江起重从SJ20260602-0301开始连续5条（到0305）：3条精准，2条不精准。关键词加“门机”。"))
    assert run.fields.lead_ids == tuple(f"SJ20260602-030{n}" for n in range(1, 6))
    fixed = parsers.parse(mail("答复: [DOR#SS-2026-001012] 已受理", "商机编号抄错了一位：正确的是XP-2606-0417，之前写成了XP-2606-0471。\n"))
    assert fixed.kind == "reply" and fixed.fields.lead_ids == ("XP-2606-0417",)


@pytest.mark.parametrize(("lines", "quota", "pushed", "start", "end"), [
    ("商机配额　150\n已消耗　　93\n服务周期　26.01.01-26.12.31", 150, 93, "2026-01-01", "2026-12-31"),
    ("服務期　　民國115年4月1日起至116年3月底止\n保證商機　150 筆\n已推播　　96 筆", 150, 96, "2026-04-01", "2027-03-31"),
    ("三、合約期間：114.12.01 - 115.11.30\n四、合約保證商機：120 則\n五、截至目前已推播：78 則", 120, 78, "2025-12-01", "2026-11-30"),
    ("服务期：一年半，从2025年6月16日起算\n合同保障商机：240条\n已推送：130条", 240, 130, "2025-06-16", "2026-12-15"),
    ("合同商机：1,200条\n已推送：768条（64%）\n服务期：2026年1月1日-2026年12月31日", 1200, 768, "2026-01-01", "2026-12-31"),
    ("Term: 1st Feb 2026 to 31st Jan 2027\nGuaranteed: 100 leads\nSo far we have delivered 62 leads.", 100, 62,
     "2026-02-01", "2027-01-31"),
    ("◎ 合同商机：100条\n◎ 推到现在是64条\n◎ 服务期：2026年3月16日到2027年3月15日", 100, 64, "2026-03-16", "2027-03-15"),
])
def test_summaries_in_more_shapes(lines, quota, pushed, start, end):
    body = f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{lines}\n"
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert (got.fields.quota, got.fields.pushed_count, got.fields.service_start, got.fields.service_end) == (
        quota, pushed, start, end)


@pytest.mark.parametrize(("body", "field", "value"), [
    ("One correction: the delivered count should read 143, not 134.", "pushed_count", 143),
    ("客户名称有误，客户全称是宜昌猇亭长江起重机械有限公司，不是“长江起重设备有限公司”。", "client", "宜昌猇亭长江起重机械有限公司"),
    ("服务期的起始日填错了，应该从2026年2月1日开始算，不是1月1日。", "service_start", "2026-02-01"),
])
def test_more_corrections(body, field, value):
    got = parsers.parse(mail("Re: [DOR#HZ-2026-001018] 已受理", body + "\n"))
    assert got.kind == "reply" and getattr(got.fields, field) == value


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("总部发来的判定结果邮件全是乱码，请处理", "总部发给我们的判定结果在我们邮箱里打开全是乱码，两条申诉的结果看不懂。\n", "complaint"),
    ("拜访预约：12月2日到总部当面沟通续费", "我司总经理计划12月2日下午到总部拜访，当面沟通两家客户明年的续费方案。\n", "meeting"),
    ("请提供三季度服务费收款收据及对账单", "我司已支付第三季度服务费，麻烦提供收款收据和1-9月的对账单。\n", "invoice"),
    ("Verified buyer database - 50,000 contacts", "Dear Sir/Madam, we provide verified buyer contacts for machinery makers.\n", "pitch"),
])
def test_more_mail_that_asks_for_nothing(subject, body, topic):
    got = parsers.parse(mail(subject, body))
    assert got.kind == "unknown" and got.topic == topic


def test_signatures_with_a_bracketed_team_or_an_english_one():
    bracketed = parsers.parse(mail("长江起重 5条商机反馈", "长江起重这5条：4条精准，1条不精准。关键词加“门机”。\n\n方敏【三峡云链】\n"))
    assert bracketed.fields.partner == "三峡云链"
    english = parsers.parse(mail("长江起重 商机反馈", "长江起重这10条：8条精准，2条不精准。关键词加“门机”。\n\nHui Min\nSanxia Digital\n"))
    assert english.fields.partner == "Sanxia Digital"


@pytest.mark.parametrize(("words", "code"), [("对方是旅行社，跟客户的行业八竿子打不着", 4), ("客户只做配件，产品对不上", 5),
                                             ("按判定标准（五）申请不计入", 5)])
def test_more_reason_words(words, code):
    got = parsers.parse(mail("长江起重 SJ20260610-0507 申诉", f"今天上午9:00推送的SJ20260610-0507，客户11:00反馈：{words}。"))
    assert got.fields.reason_code == code


# ---- and the edges a sixth held-out set showed ----------------------------------------------

def test_a_list_of_leads_each_with_a_verdict_is_adjustment_feedback():
    body = ("总部好，\n长江起重这5条：\nQZ2606240012  OK\nQZ2606240058  NG\nQZ2606250101  OK\nQZ2606260027  OK\n"
            "QZ2606270064  NG\n\nLina\nSanxia Media\n")
    got = parsers.parse(mail("长江起重 反馈", body))
    assert got.kind == "adjustment" and len(got.fields.lead_ids) == 5 and got.fields.partner == "Sanxia Media"
    slashed = parsers.parse(mail("长江起重5条反馈", "长江起重5条：QZ2606020131 / QZ2606040016 / QZ2606050142 前三条准，后两条不准。\n\n—— 李娜 @ 三峡\n"))
    assert slashed.kind == "adjustment" and slashed.fields.partner == "三峡" and slashed.fields.lead_count == 5


def test_a_summary_with_slash_labels_in_roc_years_is_a_summary():
    body = ("以下是本期的商機彙整：\n・合作廠商／宜昌三峽雲鏈網路科技有限公司\n・客戶／宜昌猇亭長江起重機械股份有限公司\n"
            "・合約期間／114年11月1日起，為期一年\n・保證則數／一百二十則\n・已推播／捌拾柒則\n")
    got = parsers.parse(mail("長江起重 商機彙整回報", body))
    assert got.kind == "summary"
    assert (got.fields.quota, got.fields.pushed_count, got.fields.service_start, got.fields.service_end) == (
        120, 87, "2025-11-01", "2026-10-31")


@pytest.mark.parametrize(("lines", "quota", "pushed", "start", "end"), [
    ("合約：115年元月1日至115年12月31日\n保證商機數：150筆\n目前累計推播：64筆", 150, 64, "2026-01-01", "2026-12-31"),
    ("Contract period: 03/01/2026 - 02/28/2027\nContracted volume: 240 leads\nDelivered so far: 151 (63%)", 240, 151,
     "2026-03-01", "2027-02-28"),
    ("合同是一百二十条加赠送的三十条，合计保底一百五十条，到目前已推送九十三条，服务期2026-04-01起至2027-03-31止。", 150, 93,
     "2026-04-01", "2027-03-31"),
])
def test_contract_labels_that_hold_a_period_american_ranges_and_totals(lines, quota, pushed, start, end):
    body = f"合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n{lines}\n"
    got = parsers.parse(mail("长江起重 商机汇总反馈", body))
    assert (got.fields.quota, got.fields.pushed_count, got.fields.service_start, got.fields.service_end) == (
        quota, pushed, start, end)


@pytest.mark.parametrize(("said", "want"), [
    ("今天上午十点差五分推过来的，客户中午十二点一刻回复", ("2026-06-10T09:55:00+08:00", "2026-06-10T12:15:00+08:00")),
    ("寻日下昼三点搭五推过嚟，客户寻日夜晚七点半同我哋讲", ("2026-06-09T15:25:00+08:00", "2026-06-09T19:30:00+08:00")),
])
def test_minutes_to_the_hour_and_cantonese_five_minute_steps(said, want):
    got = parsers.parse(mail("长江起重 QZ2606090019 申诉", f"长江起重的QZ2606090019，{said}，对方是同行。"))
    assert (got.fields.pushed_at, got.fields.objected_at) == want


def test_a_form_row_with_a_date_cell_and_a_time_cell():
    data = xlsx([("商机申诉表", None, None), ("合作商", "宜昌三峡云链网络科技有限公司", None),
                 ("客户", "宜昌猇亭长江起重机械有限公司", None), ("商机编号", "QZ2606010025", None),
                 ("推送时间", dt.datetime(2026, 6, 1), dt.time(9, 35)), ("异议时间", dt.datetime(2026, 6, 1), dt.time(16, 20)),
                 ("申诉原因", "2-微信无法添加", None)])
    got = parsers.parse(with_form("长江起重 商机申诉表", "申诉表在附件。", "申诉表.xlsx", data, XLSX))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-01T09:35:00+08:00", "2026-06-01T16:20:00+08:00")


def test_a_period_end_stated_as_what_it_is_and_a_reason_in_northern_words():
    fixed = parsers.parse(mail("答复: 商机汇总反馈已受理", "服务期到期日是2027年4月30日，之前写的3月31日不对。\n",
                               headers="In-Reply-To: <ack.HZ-2026-000301.1@ptg139.com>\r\n"))
    assert fixed.kind == "reply" and fixed.fields.service_end == "2027-04-30"
    got = parsers.parse(mail("长江起重 申诉", "今天早上7点50推的商机，客户9点20反馈：对方是装修公司，跟客户行业不搭界。"))
    assert got.fields.reason_code == 4
