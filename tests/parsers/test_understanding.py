"""Kind, case tags, times and fields on small inline messages: one behaviour per test."""

from datetime import date

import pytest

import parsers
from parsers.classify import case_tag
from parsers.numerals import cn_number
from parsers.times import find_times


def mail(subject: str, body: str, headers: str = "", date_header: str = "Tue, 09 Jun 2026 14:02:55 +0800") -> bytes:
    return (f"From: partner@lcqifu.com\r\nTo: dor@ptg139.com\r\nSubject: {subject}\r\nDate: {date_header}\r\n"
            f"Message-ID: <t@lcqifu.com>\r\n{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


@pytest.mark.parametrize("subject", [
    "Re: [DOR#SS-2026-000123] 请补充证据", "回复：【DOR#SS-2026-000123】", "答复: (DOR#SS-2026-000123)",
    "转发: DOR#SS-2026-000123 商机", "RE: ［ＤＯＲ＃ＳＳ－２０２６－０００１２３］"])
def test_a_case_tag_is_found_however_the_client_mangled_it(subject):
    assert case_tag(subject) == "SS-2026-000123"
    assert parsers.parse(mail(subject, "补充录音")).kind == "reply"


def test_automatic_reply_wins_over_a_case_tag():
    got = parsers.parse(mail("自动回复：[DOR#SS-2026-000462] 商机申诉已受理", "我正在休假",
                             "Auto-Submitted: auto-replied\r\n"))
    assert (got.kind, got.case_ref) == ("auto", "SS-2026-000462")


@pytest.mark.parametrize("header", ["Auto-Submitted: auto-generated (failure)\r\n", "Precedence: bulk\r\n",
                                    "List-Id: <news.example.com>\r\n", "X-Autoreply: yes\r\n"])
def test_machine_headers_make_mail_automatic(header):
    assert parsers.parse(mail("商机申诉", "申诉一条商机", header)).kind == "auto"


def test_auto_submitted_no_is_a_human():
    assert parsers.parse(mail("商机申诉 SJ20260609-0071", "申请不计入，同行恶意骚扰", "Auto-Submitted: no\r\n")).kind == "appeal"


def test_in_reply_to_our_message_id_makes_a_reply_without_a_tag():
    got = parsers.parse(mail("答复: 商机汇总反馈已受理", "好的", "In-Reply-To: <ack.SS-2026-000461@ptg139.com>\r\n"))
    assert got.kind == "reply" and got.case_ref is None


def test_a_qq_reply_without_headers_is_threaded_by_the_footer_token_it_quotes():
    body = "证据已补充\r\n\r\n------------------ 原始邮件 ------------------\r\n发件人: 总部\r\n案件编号 DOR#SS-2026-000777\r\n"
    assert parsers.parse(mail("回复：请补充证据", body)).kind == "reply"


def test_a_question_about_the_form_is_not_an_appeal():
    assert parsers.parse(mail("请教：商机申诉书怎么填？", "推送时间和反馈时间怎么填？")).kind == "unknown"


def test_a_summary_that_mentions_an_appeal_stays_a_summary():
    body = "商机汇总反馈如下：推送进度 74/120条，服务期 2025.12.15 - 2026.12.14。上月有一条申诉已处理。客户有续费意向。"
    assert parsers.parse(mail("商机汇总反馈-粤海包装", body)).kind == "summary"


def test_control_headers_from_outside_are_ignored_with_a_warning():
    got = parsers.parse(mail("商机申诉", "申诉", "X-Maild-Kind: summary\r\n"))
    assert got.kind != "summary"
    assert any("X-Maild-Kind" in w or "x-maild-kind" in w for w in got.warnings)


def test_prose_appeal_fields_are_read_from_sentences():
    body = ("总部好，6月9日上午9点40分推给常州武进华冠木工机械有限公司的商机（编号SJ20260609-0071），"
            "客户当天下午1点15分打电话说需求者要找代理记账，跟木工机械不是一个行业。\r\n\r\n"
            "蒋文斌\r\n常州龙城企服网络科技有限公司\r\n")
    f = parsers.parse(mail("华冠木工这条商机申请不计入", body)).fields
    assert f.client == "常州武进华冠木工机械有限公司" and f.partner == "常州龙城企服网络科技有限公司"
    assert f.lead_ids == ("SJ20260609-0071",)
    assert (f.pushed_at, f.objected_at) == ("2026-06-09T09:40:00+08:00", "2026-06-09T13:15:00+08:00")
    assert f.reason_code == 4


def test_code_one_appeal_without_recording_or_screenshot_misses_evidence():
    body = "合作商：常州龙城企服网络科技有限公司\r\n客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260601-0001\r\n" \
           "推送时间：2026-06-01 09:00\r\n反馈时间：2026-06-01 10:00\r\n申诉理由：同行恶意骚扰\r\n"
    got = parsers.parse(mail("商机申诉", body))
    assert got.fields.reason_code == 1 and got.missing == ("evidence",)


def test_full_width_labels_and_digits_are_read():
    body = "【合作商】常州龙城企服网络科技有限公司\r\n【客户】常州金岳激光装备有限公司\r\n商机编号：ＳＪ２０２６０６０１－０００２\r\n" \
           "推送时间：２０２６年６月１日　下午２点半\r\n反馈时间：昨天 16:10\r\n申诉理由：判定标准第２条\r\n"
    f = parsers.parse(mail("商机申诉", body)).fields
    assert f.lead_ids == ("SJ20260601-0002",)
    assert f.pushed_at == "2026-06-01T14:30:00+08:00" and f.objected_at == "2026-06-08T16:10:00+08:00"
    assert f.reason_code == 2


def test_reply_and_unknown_mail_get_no_case_fields_even_when_companies_are_named():
    got = parsers.parse(mail("开票申请", "请给常州金岳激光装备有限公司开5月服务费发票"))
    assert got.kind == "unknown" and got.fields == parsers.records.Fields() and got.missing == ()


@pytest.mark.parametrize("text, expected", [
    ("2026-03-05 14:30", "2026-03-05T14:30:00+08:00"), ("2026/3/5 14:30", "2026-03-05T14:30:00+08:00"),
    ("2026年3月5日 下午2点30分", "2026-03-05T14:30:00+08:00"), ("3月5日14:30", "2026-03-05T14:30:00+08:00"),
    ("20260305 1430", "2026-03-05T14:30:00+08:00"), ("昨天下午两点", "2026-06-08T14:00:00+08:00"),
    ("前天晚上8点半", "2026-06-07T20:30:00+08:00"), ("5月20日下午4:40", "2026-05-20T16:40:00+08:00"),
    ("6/3 10:25", "2026-06-03T10:25:00+08:00"), ("06-03 下午2:30", "2026-06-03T14:30:00+08:00"),
    ("当天中午12点", "2026-06-09T12:00:00+08:00"), ("六月二日上午九点十五分", "2026-06-02T09:15:00+08:00"),
    ("上周三下午2点10分", "2026-06-03T14:10:00+08:00"), ("今天早上八点二十", "2026-06-09T08:20:00+08:00")])
def test_times_as_partners_write_them(text, expected):
    assert find_times(text, date(2026, 6, 9))[0].at.isoformat() == expected


@pytest.mark.parametrize(("text", "mail_day", "expected"), [
    ("12月31日 15:10推送", date(2026, 1, 2), ["2025-12-31T15:10"]),  # last year's, not this year's
    ("1月2日 9:00推送", date(2026, 1, 2), ["2026-01-02T09:00"]),  # the mail's own day stays
    ("七月二日上午九点十五分", date(2026, 6, 9), ["2025-07-02T09:15"]),
    ("下午3点10分推送，客户4点半反馈", date(2026, 6, 9), ["2026-06-09T15:10", "2026-06-09T16:30"]),
    ("晚上8点10分推送，9点多反馈", date(2026, 6, 9), ["2026-06-09T20:10", "2026-06-09T21:00"]),
    ("6月8日 15:10推送，4点半反馈", date(2026, 6, 9), ["2026-06-08T15:10", "2026-06-08T16:30"]),
    ("6月8日 15:10推送，9:30又打了一次", date(2026, 6, 9), ["2026-06-08T15:10", "2026-06-08T09:30"]),
    ("下午2点推送。次日4点", date(2026, 6, 9), ["2026-06-09T14:00", "2026-06-10T04:00"]),  # a new sentence, the next day
    ("推送：下午2点\n反馈：4点", date(2026, 6, 9), ["2026-06-09T14:00", "2026-06-09T04:00"]),  # a new line
    ("上午9时20分推送，下午1时反馈", date(2026, 6, 9), ["2026-06-09T09:20", "2026-06-09T13:00"]),
    ("Push time: 2026-09-28 2:15 pm, feedback 9:40 PM", date(2026, 9, 28), ["2026-09-28T14:15", "2026-09-28T21:40"]),
    ("推送時間：23/3/2026 11:05am 反饋時間：23/3/2026 3:20pm", date(2026, 3, 23),
     ["2026-03-23T11:05", "2026-03-23T15:20"]),
    ("Pushed: 09.10.2026 13:50 (Beijing time)", date(2026, 10, 9), ["2026-10-09T13:50"]),
    ("12:30 am", date(2026, 6, 9), ["2026-06-09T00:30"]),
])
def test_year_edges_halves_of_the_day_and_english_clocks(text, mail_day, expected):
    assert [m.at.isoformat()[:16] for m in find_times(text, mail_day)] == expected


def test_chinese_numerals_read_as_their_numbers():
    assert [cn_number(t) for t in ("十", "十二", "一百二十", "两百", "74")] == [10, 12, 120, 200, 74]


@pytest.mark.parametrize("text", ["74/120条", "3-5条", "型号6025，14座，8小时内", "2台"])
def test_counts_and_model_numbers_are_not_times(text):
    assert find_times(text, date(2026, 6, 9)) == []


def test_a_partner_known_only_by_its_signature_short_name_is_taken_from_the_signature():
    body = ("客户：常州金岳激光装备有限公司\r\n商机编号：SJ20260601-0003\r\n推送时间：2026-06-01 09:00\r\n"
            "反馈时间：2026-06-01 10:00\r\n申诉理由：行业不符\r\n\r\n汤颖\r\n龙城企服 客服部\r\n")
    assert parsers.parse(mail("商机申诉", body)).fields.partner == "龙城企服"


def test_a_forwarded_complaint_objects_at_the_time_it_was_sent_unless_it_says_otherwise():
    body = ("商机系统推送时间是8月6日9:02，客户反馈时间以业务员发邮件的时间为准。\r\n\r\n-----原始邮件-----\r\n"
            "发件人: 梁振华 <liangzh@client-factory.cn>\r\n发送时间: 2026年8月6日 11:48\r\n主题: 商机有问题\r\n\r\n"
            "今天早上推过来的商机 2608061127 不对口，申请不计入。\r\n")
    f = parsers.parse(mail("转发: 商机有问题", body, date_header="Thu, 06 Aug 2026 14:00:00 +0800")).fields
    assert (f.pushed_at, f.objected_at) == ("2026-08-06T09:02:00+08:00", "2026-08-06T11:48:00+08:00")


def test_a_colleagues_quoted_mail_date_is_not_an_objection_time():
    body = ("推送时间和反馈时间都没记下来。\r\n合作商：嘉兴禾城云企网络服务有限公司\r\n商机编号：10671835\r\n"
            "申诉理由：判定标准第2条\r\n\r\n------------------ 原始邮件 ------------------\r\n"
            "发件人: \"沈洁\"<shenjie@lcqifu.com>;\r\n发送时间: 2026年7月1日(星期三) 晚上6:42\r\n\r\n你帮忙发给总部申诉一下\r\n")
    f = parsers.parse(mail("回复：华特电机商机申诉", body)).fields
    assert f.objected_at is None and f.reason_code == 2


@pytest.mark.parametrize("subject, body", [
    ("对接人变更通知", "自7月10日起，商机申诉、调整、汇总反馈统一由钱磊负责对接。"),
    ("9月合作商培训报名表", "附件是报名表。另外想问一下，培训会不会讲《商机申诉书》的填写？"),
    ("咨询：8月24日提交的商机申诉进度", "还没有收到判定结果，麻烦看一下进度。"),
    ("【合作】每月保底100条精准询盘", "我们是一家专注工业品推广的团队，服务过300+制造企业。如有兴趣，回复本邮件获取方案。续费率提升30%"),
])
def test_mail_about_the_process_is_not_a_request(subject, body):
    assert parsers.parse(mail(subject, body)).kind == "unknown"


def test_a_bottom_posted_reply_is_read_below_the_quote():
    body = ("-------- 原始邮件 --------\r\n发件人：总部商机服务 <dor@ptg139.com>\r\n时间：2026年7月23日 17:02\r\n\r\n"
            "登记信息：合同商机150条，已推送112条。\r\n\r\n--------------------------------\r\n\r\n"
            "不好意思，已推送数填错了，应该是108条。\r\n")
    got = parsers.parse(mail("Re: [DOR#HZ-2026-000555] 商机汇总反馈已受理", body))
    assert got.kind == "reply" and got.fields.pushed_count == 108 and got.fields.quota is None


def test_answers_typed_under_quoted_questions_take_the_question_as_label():
    body = ("答复写在下面：\r\n\r\n> 在 2026年7月22日，总部 <dor@ptg139.com> 写道：\r\n> 缺少以下信息：\r\n"
            "> 1. 商机编号\r\nSJ20260722-0012\r\n\r\n> 2. 客户反馈时间\r\n7月22日下午4点10分\r\n")
    f = parsers.parse(mail("Re: [DOR#SS-2026-000548] 请补充", body, date_header="Thu, 23 Jul 2026 09:00:00 +0800")).fields
    assert f.lead_ids == ("SJ20260722-0012",) and f.objected_at == "2026-07-22T16:10:00+08:00"


def test_case_numbers_and_wrapped_ids_in_a_request():
    body = ("合作商：上饶信江企联科技有限公司\r\n客户：上饶广丰区信州光学仪器有限公司\r\n"
            "上次的案件 SS-2026-000388 已结。这次是SJ20260713-\r\n0019，推送时间 7月13日 9:00，20日14时整客户反馈，行业不符。\r\n")
    f = parsers.parse(mail("商机申诉", body, date_header="Mon, 20 Jul 2026 16:00:00 +0800")).fields
    assert f.lead_ids == ("SJ20260713-0019",)
    assert f.objected_at == "2026-07-20T14:00:00+08:00"  # '20日' takes its month from 7月13日


def test_the_partner_is_the_full_name_its_signature_abbreviates():
    body = ("上饶信江企联科技有限公司申请一条商机不计入，客户是上饶广丰区信州光学仪器有限公司。\r\n"
            "商机编号：SJ20260717-0009\r\n推送时间：2026-07-17 08:15\r\n客户反馈时间：2026-07-17 11:40\r\n"
            "申诉理由：留错电话\r\n\r\n祝雨欣\r\n信江企联\r\n")
    f = parsers.parse(mail("商机申诉", body)).fields
    assert (f.partner, f.client) == ("上饶信江企联科技有限公司", "上饶广丰区信州光学仪器有限公司")


def test_an_appeal_in_prose_without_the_word_appeal_is_still_an_appeal():
    body = ("今天上午十点半推给聊城金鼎钢管有限公司的一条商机（编号XP-2606-0318）客户不认可，产品完全对不上，"
            "客户下午两点二十打电话给我们反馈的。麻烦总部按所需产品与客户经营产品不一致处理。\r\n\r\n"
            "李书涵\r\n济宁运河企联信息技术有限公司\r\n")
    got = parsers.parse(mail("金鼎钢管今天这条商机客户不认", body, date_header="Mon, 22 Jun 2026 16:00:00 +0800"))
    assert got.kind == "appeal"
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-06-22T10:30:00+08:00", "2026-06-22T14:20:00+08:00")
    assert got.fields.reason_code == 5 and got.fields.partner == "济宁运河企联信息技术有限公司"


def test_a_team_name_under_the_senders_name_is_the_partner():
    body = ("玉林盛林木业机械有限公司昨天下午4点10分收到的一条商机，编号2606230087，客户昨天晚上8点反馈说微信加不上。"
            "麻烦判定。\r\n\r\n莫晓玲\r\n漓江互联\r\n\r\n发自我的iPhone\r\n")
    assert parsers.parse(mail("盛林木机商机申诉", body)).fields.partner == "漓江互联"
