"""Understanding round two, the edges a sixth held-out set showed: more relative days (前日, 3天前,
隔天, 当晚, 'the day before yesterday', 'that same evening', 元旦), written Cantonese five-minute
steps, times said in another zone, dotted clocks, Word's Wingdings boxes, ids with slashes or dots
and ranges that leave one out, quarters and signing-day periods, counts worked out (what is still
owed, a monthly allotment), a form's later sheet for reference only, short names joined in the
subject or to the writer by a dot, and the topics of pitches, contact changes and complaints."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.oxml import parse_xml

import parsers
from parsers.forms import extract
from parsers.periods import find_period
from parsers.prose import after_push
from parsers.text import normalize
from parsers.times import find_times

from kit.mails import DOCX, XLSX, xlsx_book
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

DEC_10 = dt.date(2026, 12, 10)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _times(text: str, anchor: dt.date = DEC_10) -> list[str]:
    return [t.at.isoformat()[:16] for t in find_times(normalize(text), anchor) if t.has_time]


@pytest.mark.parametrize(("text", "want"), [
    ("3天前下午4点推送的，客户当晚9点回电说", ["2026-12-07T16:00", "2026-12-07T21:00"]),
    ("- Pushed: the day before yesterday, 3:10 pm\n- Client objected: 7:45 pm that same evening",
     ["2026-12-08T15:10", "2026-12-08T19:45"]),
    ("昨天下午5点推的，客户隔天早上8點10分才看到", ["2026-12-09T17:00", "2026-12-10T08:10"]),
    ("前日晏晝兩點九推過嚟，客人五點三打畀我", ["2026-12-08T14:45", "2026-12-08T17:15"]),  # Cantonese: 九 = 45 min
    ("下午3点5分推送，4点3客户反馈", ["2026-12-10T15:05", "2026-12-10T16:03"]),  # Mandarin: minutes
    ("推送时间：12月8日 11:05（北京时间）\n客户反馈：当天新疆时间下午1点20分", ["2026-12-08T11:05", "2026-12-08T15:20"]),
    ("pushed 09:30 UTC, the client called at 10:00 GMT+8", ["2026-12-10T17:30", "2026-12-10T10:00"]),
    ("推送：12月3日 09.05\n客户反馈：12月3日 14.20", ["2026-12-03T09:05", "2026-12-03T14:20"]),
    ("pushed on Dec 8th at 2:30 PM, objected on December 8 at 5 PM", ["2026-12-08T14:30", "2026-12-08T17:00"]),
    ("pushed at 2pm yesterday, the client complained at 6pm", ["2026-12-09T14:00", "2026-12-09T18:00"]),
    ("Pushed: 08-Dec-2026 14:30; objected Monday 7 Dec at 9am", ["2026-12-08T14:30", "2026-12-07T09:00"]),
    ("推送：12.08 14:30，客户反馈：12.08 17:05", ["2026-12-08T14:30", "2026-12-08T17:05"]),
])
def test_relative_days_cantonese_steps_zones_and_dotted_clocks(text, want):
    assert _times(text) == want


def test_a_holiday_names_its_day():
    assert _times("12月31日晚上10点10分推的，客户元旦上午9点才看到", dt.date(2027, 1, 4)) == [
        "2026-12-31T22:10", "2027-01-01T09:00"]


@pytest.mark.parametrize(("said", "delay"), [
    ("the client flagged it 4 hrs 50 mins later.", dt.timedelta(hours=4, minutes=50)),
    ("推送后4小时50分钟客户来电", dt.timedelta(hours=4, minutes=50)),
    ("推送4小时50分钟后客户才说", dt.timedelta(hours=4, minutes=50)),
])
def test_delays_in_hours_and_minutes(said, delay):
    assert after_push(said) == delay


def test_an_english_appeal_whose_lead_came_in_and_was_flagged_later():
    got = parsers.parse(mail("Appeal for Suining Lithium, lead SN-1209-0058",
                             "Appeal for 遂宁射洪锂电设备有限公司, lead SN-1209-0058.\n\nThe lead came in at 11:50 on 9 December; "
                             "the client flagged it 4 hrs 50 mins later.\nThe buyer wants battery packs - a product mismatch.\n\n"
                             "Guanyin Lake Network (遂宁观音湖网络科技有限公司)", date_header="Thu, 10 Dec 2026 09:00:00 +0800"))
    assert (got.fields.pushed_at, got.fields.objected_at) == ("2026-12-09T11:50:00+08:00", "2026-12-09T16:40:00+08:00")


def test_wingdings_boxes_in_a_word_form_are_boxes():
    document = docx.Document()
    sym = '<w:r><w:sym w:font="Wingdings" w:char="{}"/></w:r>'
    document.add_paragraph("商机申诉书")._p.addnext(parse_xml(
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">判定标准：</w:t></w:r>{sym.format("F0A8")}<w:r><w:t xml:space="preserve">1 同行骚扰 </w:t></w:r>'
        f'{sym.format("F0FE")}<w:r><w:t xml:space="preserve">4 行业不符 </w:t></w:r>{sym.format("F0A8")}<w:r><w:t>5 产品不一致</w:t></w:r></w:p>'))
    out = io.BytesIO()
    document.save(out)
    assert extract(out.getvalue(), "申诉书.docx", DOCX).paragraphs[1] == "判定标准：☐1 同行骚扰 ☑4 行业不符 ☐5 产品不一致"
    got = parsers.parse(with_form("长江起重 商机申诉书", "合作商：宜昌三峡云链网络科技有限公司\n客户：宜昌猇亭长江起重机械有限公司\n"
                                                  "商机编号：QZ-1209-0342\n推送时间：12月9日 10:05\n客户反馈时间：12月9日 14:35\n申诉书见附件。",
                                  "申诉书.docx", out.getvalue(), DOCX))
    assert got.fields.reason_code == 4


def test_ids_with_slashes_or_dots_and_a_cantonese_batch():
    got = parsers.parse(mail("金禾包裝 上星期五個lead嘅回覆", "金禾包裝上星期嗰五個lead，客人睇完覆咗：\n\nHM/2612/0107　有用\n"
                                                      "HM/2612/0111　冇用，佢想買包裝袋\nHM/2612/0112　有用\nHM/2612/0118　有用\n"
                                                      "HM/2612/0123　冇用\n\n合作商：紅磡環宇數碼推廣有限公司\n客戶：上水金禾食品包裝機械有限公司"))
    assert got.kind == "adjustment" and len(got.fields.lead_ids) == 5 and got.fields.lead_count == 5
    dotted = parsers.parse(mail("三七机 商机申诉 WS.2612.0433", "三七机这条 WS.2612.0433 申诉：\n推送：12月9日 8:50\n客户反馈：12月9日 11:35\n"
                                                        "对方留的微信加不上。\n\n杜鹃网络·龙光辉"))
    assert dotted.fields.lead_ids == ("WS.2612.0433",) and dotted.fields.partner == "杜鹃网络"


@pytest.mark.parametrize(("body", "want"), [
    ("这一批反馈：GY2612-0301到0306（0304已经单独申诉过了，不算在这批），这批5条。", ("0301", "0302", "0303", "0305", "0306")),
    ("Lanshan Steel has reviewed these five (5) leads: GY2612-0301 thru 0305.", ("0301", "0302", "0303", "0304", "0305")),
])
def test_ranges_that_leave_one_out_or_end_a_sentence(body, want):
    got = parsers.parse(mail("苍溪分选机 商机调整反馈（5条）", body + "\n调整建议：新增关键词“分选机”。"))
    assert got.fields.lead_ids == tuple(f"GY2612-{t}" for t in want)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Contract term: Q3 2026 – Q2 2027", "2026-07-01", "2027-06-30"),
    ("服务期2026年第三季度至2027年第二季度", "2026-07-01", "2027-06-30"),
    ("合同2026年3月9日签的，服务期从签约次日起算，为期一年。", "2026-03-10", "2027-03-09"),
])
def test_quarters_and_a_period_from_the_day_after_signing(text, start, end):
    assert find_period(normalize(text)) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_counts_worked_out_and_an_end_alone():
    owed = parsers.parse(mail("陆丰烘干机 商机汇总反馈", "合作商：汕尾品清湖数字营销有限公司\n客户：汕尾陆丰海产烘干设备有限公司\n"
                                                 "服务期：2026年3月1日至2027年2月28日\n合同保底300条，目前还差112条没推完。\n续费：再看。"))
    assert (owed.fields.quota, owed.fields.pushed_count) == (300, 188)
    monthly = parsers.parse(mail("广灵米机 汇总", "合作商：大同云冈信息技术有限公司\n客户：大同广灵小米加工设备有限公司\n"
                                            "合同是每月20条，签了12个月，服务期2026年1月1日—2026年12月31日。\n累计推了158条。\n续费：续一年。"))
    assert (monthly.fields.quota, monthly.fields.pushed_count) == (240, 158)
    end = parsers.parse(mail("五原葵花机 汇总反馈", "五原葵花机汇总：合同180条，已经推了115条。\n合同开始日期我这边没有记录，到期日是2027年5月31日。\n"
                                               "续费到期前再看。\n\n河套网络 高志强"))
    assert (end.fields.service_start, end.fields.service_end) == (None, "2027-05-31") and end.missing == ("service_start",)


def test_english_consumed_label_and_reason_as_the_nth_case():
    got = parsers.parse(mail("Lead summary: Ganzhou Seed Machinery", "Lead summary for 张掖甘州玉米种子加工设备有限公司:\n\n"
                                                                   "Term: 03/04/2026 – 02/04/2027 (DD/MM/YYYY)\nPackage: 250 leads\nConsumed: 175\n"
                                                                   "Balance: 75\n\nHetao Network (巴彦淖尔河套网络科技有限公司)"))
    assert (got.fields.quota, got.fields.pushed_count) == (250, 175)
    nth = parsers.parse(mail("永年紧固件 商机申诉", "编号：HD2612030219\n推送：12月3日 09.05\n客户反馈：12月3日 14.20\n"
                                               "理由：属于判定标准里说的第四种情况——行业都不挨着。"))
    assert nth.fields.reason_code == 4


def test_a_forms_later_sheet_for_reference_and_twelve_digit_id_cells():
    current = [("合作商", "宜昌三峡云链网络科技有限公司"), ("客户", "宜昌猇亭长江起重机械有限公司"), (), ("商机编号", "是否精准", "客户反馈"),
               *((261127000400 + n, "精准", "") for n in range(1, 6))]
    earlier = [("商机编号", "准确度"), *((f"QZ-2612-32{n:02d}", "高") for n in range(1, 6))]
    got = parsers.parse(with_form("长江起重 商机调整反馈", "反馈见附件表格第一页，共5条；第二页是上一批的，仅供对照，不用重复处理。",
                                  "反馈.xlsx", xlsx_book(current, earlier), XLSX))
    assert got.fields.lead_ids == tuple(str(261127000400 + n) for n in range(1, 6))


def test_short_names_joined_in_the_subject():
    got = parsers.parse(mail("丛台数字-永年紧固件-商机反馈（5条）", "这批5条客户看完了：\nHD2612050521 准\nHD2612050524 准\n"
                                                            "HD2612050533 不准\nHD2612050538 准\nHD2612050542 准\n建议：加“冷镦机”。\n\n郝建国"))
    assert (got.fields.partner, got.fields.client) == ("丛台数字", "永年紧固件")


@pytest.mark.parametrize(("subject", "body", "kind", "topic"), [
    ("机械设备行业精准采购商名单，免费试用100条", "我们是商链数据。新客户免费试用100条，正式合作0.5元/条起。", "unknown", "pitch"),
    ("申请：判定结果邮件增加抄送地址", "以后判定结果邮件请同时抄送我们主管。另外我的手机号换了，新号码 18785731296。", "unknown", "account"),
    ("意见反馈：判定结果邮件进垃圾箱、理由太简单", "判定理由只有一句“不符合不计入标准”，客户问我为什么，我都没法解释。灯塔挤压机那条（DT-2612-0815）"
                                             "客户到现在还在追问。\n\n曲志军\n镜泊湖信息", "unknown", "complaint"),
])
def test_topics_of_a_pitch_a_contact_change_and_a_complaint(subject, body, kind, topic):
    got = parsers.parse(mail(subject, body)).to_json()
    assert (got["kind"], got["topic"]) == (kind, topic)
