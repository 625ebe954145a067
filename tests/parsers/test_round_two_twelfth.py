"""Understanding round two, the edges a twelfth held-out set showed: 'person · team' signatures, a
client and its partner in the subject's brackets, a subject's name longer than the body's, 本批 as
no name, a date and its time never split at their comma, '8.31 晚8:05', 'the number … is wrong',
Cantonese wrong numbers, 实际推送, a compact id with its last tail and the count, Cantonese 推嘅,
falling lead quality as a complaint, and a Word table of ids in two column pairs."""

from __future__ import annotations

import io

import docx
import pytest

import parsers
from parsers.text import normalize
from parsers.values import reason

from kit.mails import DOCX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

DATED = "Tue, 07 Sep 2027 11:00:00 +0800"
PARTIES = "\n\n合作商：钟祥明珠网络科技有限公司\n客户：钟祥明显陵石材机械有限公司"


@pytest.mark.parametrize(("subject", "body", "partner", "client"), [
    ("穆棱林蛙养殖设备 汇总", "林蛙养殖设备汇总：合同150条，服务期2027年1月1日至2027年12月31日。\n客户准备续费。\n\n孔令伟 · 穆棱数科",
     "穆棱数科", "林蛙养殖设备"),
    ("申诉 DN-0901-0033 —— 黑木耳机械（口岸数科）", "编号：DN-0901-0033\n推送：9月1日 8:20\n反馈：9月1日 10:05\n对方留的电话是空号。\n\n毕雪",
     "口岸数科", "黑木耳机械"),
    ("[口岸贸易机械] 本批5条反馈", "[口岸贸易机械]这5条：\n" + "\n".join(f"SFH-0901-1{n} ✔" for n in range(1, 6))
     + "\n建议：加“原木剥皮机”。\n\n高娜 | 边贸数科", "边贸数科", "口岸贸易机械"),
])
def test_short_names_in_signatures_and_subjects(subject, body, partner, client):
    got = parsers.parse(mail(subject, body, date_header=DATED))
    assert (got.fields.partner, got.fields.client) == (partner, client)


@pytest.mark.parametrize(("line", "pushed", "objected"), [
    ("lead GY-0906-0441，推送 Sep 6, 9:40 AM，客户 feedback 12:15 PM：WeChat ID加不上。",
     "2027-09-06T09:40:00+08:00", "2027-09-06T12:15:00+08:00"),
    ("商机JM0831-57\n推送 8.31 晚8:05\n客户 9.1 早7:50 才看到并提出\n原因：对方是同行。", "2027-08-31T20:05:00+08:00", "2027-09-01T07:50:00+08:00"),
])
def test_a_date_and_its_time_stay_together(line, pushed, objected):
    got = parsers.parse(mail("商机申诉", line + PARTIES, date_header=DATED))
    assert (got.fields.pushed_at, got.fields.objected_at) == (pushed, objected)


@pytest.mark.parametrize(("text", "code"), [
    ("the number left by the buyer is wrong - a kindergarten answered", 3),
    ("個客留低個電話係錯嘅，打過去係一間茶餐廳", 3),
])
def test_wrong_numbers_in_english_and_cantonese(text, code):
    assert reason(normalize(text)) == code


def test_what_was_actually_pushed_and_a_compact_range_by_its_count():
    summary = parsers.parse(mail("白菜加工设备 汇总", "服务期：去年9月1日至今年8月31日\n合同条数：160条\n实际推送：158条\n续费：考虑中。" + PARTIES,
                                 date_header=DATED))
    assert (summary.fields.quota, summary.fields.pushed_count) == (160, 158)
    batch = parsers.parse(mail("明显陵石材 商机调整反馈", "9月6日推的 ZX0906001-010 共10条，客户逐条看过：7条精准。\n建议：加“石材雕刻机”。" + PARTIES,
                               date_header=DATED))
    assert batch.fields.lead_ids == tuple(f"ZX0906{n:03d}" for n in range(1, 11))


def test_a_cantonese_correction_of_when_it_was_pushed():
    quoted = "\n\n----- Original Message -----\n您好，\n案件 SS-2027-000653 已受理。\n推送時間：2027-09-06 16:10"
    got = parsers.parse(mail("Re: 回覆: [DOR#SS-2027-000653] 商機申訴已受理",
                             "你好，唔好意思，後台顯示其實係9月6號下晝3點10分推嘅，唔該幫手改返。\n\n詠詩" + quoted, date_header=DATED))
    assert got.kind == "reply" and got.fields.pushed_at == "2027-09-06T15:10:00+08:00"


def test_falling_lead_quality_is_a_complaint():
    got = parsers.parse(mail("反映：最近推送的商机质量下降明显", "这个月三个客户都反映推过来的商机质量差，客户已经开始质疑续费。\n\n张卫国",
                             date_header=DATED)).to_json()
    assert (got["kind"], got["topic"]) == ("unknown", "complaint")


def test_ids_in_two_column_pairs_read_down_the_left_column_first():
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    rows = (("编号", "结果", "编号", "结果"), ("HR-A3301", "✓", "HR-A3310", "✓"), ("HR-A3302", "✗", "HR-A3312", "✓"),
            ("HR-A3305", "✓", "HR-A3315", "✓"))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    got = parsers.parse(with_form("红日辣椒 商机调整反馈", "附件是本批商机的反馈。" + PARTIES, "反馈.docx", out.getvalue(), DOCX))
    assert got.fields.lead_ids == ("HR-A3301", "HR-A3302", "HR-A3305", "HR-A3310", "HR-A3312", "HR-A3315")
