"""Understanding round two, the edges an eighth held-out set showed: a plain-text pipe table of
verdicts, a new client's keyword letter, a year-end meeting, short names in 《》 or quotes and
after 我司（…）, ids whose prefix carries two digits, contract dates as 合約生效 / 屆滿, periods as a
length up to an end or from a bracketed signing day, Henan's 夜儿个, English weekdays of this or
last week and '11.05 last night', a contract line holding its period and its size, a client's
full name in brackets, 'the last criterion', ranges with short ends, a month-by-month push list
with its total, corrections in English, Cantonese and 显示是, and legacy Word check boxes."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.oxml import parse_xml

import parsers
from parsers.forms import extract
from parsers.periods import find_period
from parsers.text import normalize
from parsers.times import find_times

from kit.mails import DOCX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

DATED = "Wed, 30 Dec 2026 16:00:00 +0800"
DEC_30 = dt.date(2026, 12, 30)
PARTIES = "\n\n合作商：新乡牧野网络科技有限公司\n客户：新乡辉县起重机械有限公司"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _times(text: str, anchor: dt.date = DEC_30) -> list[str]:
    return [t.at.isoformat()[:16] for t in find_times(normalize(text), anchor) if t.has_time]


def test_a_pipe_table_of_verdicts_is_an_adjustment_whatever_its_excluded_products_say():
    rows = "\n".join(f"| XX-2612-07{n:02d} | {'准' if n % 3 else '不准'} |  |" for n in range(1, 11))
    got = parsers.parse(mail("辉县起重 这10条的反馈", f"辉县起重这10条的反馈（从微信群里复制的表格）：\n| 编号 | 准/不准 | 备注 |\n"
                                                  f"|---|---|---|\n{rows}\n调整：新增“电动葫芦”；不做：起重机租赁、操作工培训。" + PARTIES,
                             date_header=DATED))
    assert got.kind == "adjustment" and len(got.fields.lead_ids) == 10 and got.fields.lead_count == 10


@pytest.mark.parametrize(("subject", "body", "topic"), [
    ("新客户关键词确认函（辉县起重），请安排上线", "新签客户新乡辉县起重机械有限公司的关键词确认函见附件（客户已签字），麻烦安排1月1日开始推广。"
                                        "\n\n新乡牧野网络科技有限公司", "onboarding"),
    ("区域年度总结会通知", "兹定于2027年1月15日上午9:30在新乡国际酒店三楼会议室召开区域年度总结会，请总部派1-2位老师参会。", "meeting"),
])
def test_a_keyword_letter_and_a_year_end_meeting_are_no_requests(subject, body, topic):
    got = parsers.parse(mail(subject, body, date_header=DATED)).to_json()
    assert (got["kind"], got["topic"]) == ("unknown", topic)


def test_short_names_in_angle_brackets_or_quotes_and_after_we():
    angle = parsers.parse(mail("《辉县起重》商机申诉 XX27-0104-011", "我是牧野网络的李娜。《辉县起重》今天有一条要申诉：XX27-0104-011，"
                                                              "今天上午9:15推的，11:30客户反馈说对方是同行来套价的。", date_header=DATED))
    assert (angle.fields.partner, angle.fields.client, angle.fields.lead_ids) == ("牧野网络", "辉县起重", ("XX27-0104-011",))
    quoted = parsers.parse(mail("“辉县起重”这5条的反馈", "我司（牧野网络）客户“辉县起重”这5条：\n" + "\n".join(
        f"XX-2612-08{n:02d}：准" for n in range(1, 6)) + "\n调整：新增“电动葫芦”。", date_header=DATED))
    assert (quoted.fields.partner, quoted.fields.client) == ("牧野网络", "辉县起重")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("服务期：12个月，截至2027年4月30日", "2026-05-01", "2027-04-30"),
    ("服务期：自签约之日（2026年5月18日）起一年", "2026-05-18", "2027-05-17"),
])
def test_a_length_up_to_an_end_or_from_a_bracketed_signing_day(text, start, end):
    assert find_period(normalize(text)) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_contract_dates_as_taking_effect_and_expiring():
    got = parsers.parse(mail("濠江包裝 彙總", "合作商：黑沙環星辰數碼推廣有限公司\n客戶：黑沙環濠江包裝機械有限公司\n合約生效：2026年2月1日\n"
                                          "合約屆滿：2027年1月31日\n合約單數：300單\n累計推咗205單（其中12月推咗26單）\n續約：再傾。",
                             date_header=DATED))
    assert (got.fields.service_start, got.fields.service_end, got.fields.quota, got.fields.pushed_count) == (
        "2026-02-01", "2027-01-31", 300, 205)


@pytest.mark.parametrize(("text", "want"), [
    ("夜儿个晌午十一点四十推过来的，后晌两点五十客户跟我说", ["2026-12-29T11:40", "2026-12-29T14:50"]),
    ("pushed this Monday at 10:10am; the client objected the same day at 2:35pm", ["2026-12-28T10:10", "2026-12-28T14:35"]),
    ("pushed last Friday at 9:05am", ["2026-12-25T09:05"]),
    ("pushed yesterday at 4.50pm and the client raised the objection at 11.05 last night",
     ["2026-12-29T16:50", "2026-12-29T23:05"]),
])
def test_henan_yesterday_english_weekdays_and_last_night(text, want):
    assert _times(text) == want


def test_a_contract_line_with_its_period_and_size_and_a_client_named_in_brackets():
    got = parsers.parse(mail("Lead summary", "Here is where Kenli Petroleum Equipment (东营让胡路石油装备有限公司) stands.\n\n"
                                             "Contract: 1 Apr 2026 – 31 Mar 2027, 260 guaranteed leads\nLeads delivered: 170 of the 260 guaranteed\n\n"
                                             "Hekou DataLink (东营黄河口数联科技有限公司)", date_header=DATED))
    assert (got.fields.client, got.fields.quota, got.fields.pushed_count) == ("东营让胡路石油装备有限公司", 260, 170)
    assert (got.fields.service_start, got.fields.service_end) == ("2026-04-01", "2027-03-31")


def test_the_last_criterion_short_range_ends_and_a_monthly_push_total():
    last = parsers.parse(mail("辉县起重 商机申诉", "询盘编号：202612280417\n推送：12-28 09:12\n客户反馈：12-28 15:47\n"
                                              "原因：对方要买粉碎机，属于判定标准里的最后一条。" + PARTIES, date_header=DATED))
    assert last.fields.reason_code == 5
    ranges = parsers.parse(mail("辉县起重 商机调整反馈", "辉县起重这5条：XX-2612-0081～83、0091～92。\n调整：新增“电动葫芦”。" + PARTIES,
                                date_header=DATED))
    assert ranges.fields.lead_ids == tuple(f"XX-2612-{t}" for t in ("0081", "0082", "0083", "0091", "0092"))
    total = parsers.parse(mail("辉县起重 汇总反馈", "服务期：2026年6月1日至2027年5月31日\n合同360条，按月推送情况：6月18条，7月31条，"
                                              "8月29条，合计78条。\n续费：有意向。" + PARTIES, date_header=DATED))
    assert (total.fields.quota, total.fields.pushed_count) == (360, 78)


@pytest.mark.parametrize(("body", "field", "value"), [
    ("Sorry, one correction to my summary below: the contract guarantees 280 leads (the 260 was last year's package).",
     "quota", 280),
    ("更正：客人其實係今日下晝三點十分先覆我，唔係一點半。", "objected_at", "2026-12-30T15:10:00+08:00"),
    ("推送时间我抄错了，后台显示是12月21日上午11:04，不是11:40。", "pushed_at", "2026-12-21T11:04:00+08:00"),
])
def test_corrections_in_english_cantonese_and_as_what_the_system_shows(body, field, value):
    quoted = "\n\n----- 原始邮件 -----\n发件人：总部商机服务 <dor@ptg139.com>\n商机申诉已收到并登记。"
    got = parsers.parse(mail("回复: [DOR#SS-2026-001512] 已受理", body + quoted, date_header=DATED))
    assert got.kind == "reply" and getattr(got.fields, field) == value


def test_legacy_word_check_boxes_are_boxes():
    def box(checked: bool) -> str:
        default = '<w:default w:val="1"/>' if checked else ""
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{default}</w:checkBox>'
                '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    document = docx.Document()
    document.add_paragraph("商机申诉书")._p.addnext(parse_xml(
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">判定标准：</w:t></w:r>{box(False)}<w:r><w:t xml:space="preserve">2 微信加不上 </w:t></w:r>'
        f'{box(True)}<w:r><w:t xml:space="preserve">3 留错电话 </w:t></w:r>{box(False)}<w:r><w:t>4 行业不符</w:t></w:r></w:p>'))
    out = io.BytesIO()
    document.save(out)
    assert extract(out.getvalue(), "申诉书.docx", DOCX).paragraphs[1] == "判定标准：☐2 微信加不上 ☑3 留错电话 ☐4 行业不符"
    got = parsers.parse(with_form("辉县起重 商机申诉书", "合作商：新乡牧野网络科技有限公司\n客户：新乡辉县起重机械有限公司\n"
                                                  "商机编号：QZ-1209-0342\n推送时间：12月9日 10:05\n客户反馈时间：12月9日 14:35\n申诉书见附件。",
                                  "申诉书.docx", out.getvalue(), DOCX))
    assert got.fields.reason_code == 3


def test_a_forwarded_request_whose_header_says_when_it_was_sent():
    forwarded = ("请总部处理，谢谢。\n\n-------- 转发邮件信息 --------\n发件人：\"王芳\" <wangfang@tainan-hsin.com.tw>\n"
                 "发送日期：2026-12-30 09:40\n收件人：\"李强\" <liqiang@tainan-hsin.com.tw>\n主题：辉县起重 商机申诉\n\n"
                 "辉县起重这条商机（编号2612290188）申诉：昨天下午3点推的，客户说对方是同行。" + PARTIES)
    got = parsers.parse(mail("转发：辉县起重 商机申诉", forwarded, date_header=DATED))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-12-29T15:00:00+08:00", None)  # the 09:40 is no time of the case
    assert "objected_at" in got.missing


def test_the_partner_a_label_names_is_never_also_the_client():
    got = parsers.parse(mail("Appeal", "合作商：景德镇昌南数智科技有限公司\n\nQuick appeal for 浮梁瓷机 (景德镇浮梁瓷业机械有限公司):\n"
                                       "- Lead: SJ20261021-0456\n- Pushed: Dec 21, 2:05 PM\n- Client complained: 4:10 PM\n"
                                       "- Reason: not what the client makes.", date_header=DATED))
    assert (got.fields.partner, got.fields.client) == ("景德镇昌南数智科技有限公司", "景德镇浮梁瓷业机械有限公司")
