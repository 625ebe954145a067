"""Understanding round two, the edges a tenth held-out set showed: ids with a letter in the tail or
one digit after the prefix, Cantonese counts (呢5單) and criteria (唔一致), Chinglish wrong numbers,
a team, its department and a person on one line, 客户提出 as the objection and never a client,
发件单位 as the partner, contract phases added up, Taiwan's 保障件數 / 已推播, 'Leads pushed so far',
and a Word table whose counts stand under a header row."""

from __future__ import annotations

import io

import docx
import pytest

import parsers
from parsers.values import reason

from kit.mails import DOCX
from kit.mails import form_mail as with_form
from kit.mails import text_mail as mail

DATED = "Thu, 20 May 2027 10:00:00 +0800"
PARTIES = "\n\n合作商：如皋水绘网络科技有限公司\n客户：如皋寿乡园林机械有限公司"


def test_ids_with_a_letter_in_the_tail_and_a_cantonese_count():
    got = parsers.parse(mail("利陞船舶 5單lead回覆", "利陞船舶話呢5單lead佢哋睇過晒：\nHK27-0519-A11 / HK27-0519-A14 / HK27-0519-A15 / "
                                                   "HK27-0519-A18 / HK27-0519-A20\nA11、A15 啱；A14 唔啱。\n加關鍵字：船用發電機\n\n"
                                                   "合作商：鴨脷洲海濱數碼推廣有限公司\n客戶：鴨脷洲利陞船舶機械有限公司", date_header=DATED))
    assert got.kind == "adjustment" and got.fields.lead_count == 5
    assert got.fields.lead_ids == tuple(f"HK27-0519-A{t}" for t in ("11", "14", "15", "18", "20"))


def test_an_id_with_one_digit_after_its_prefix():
    got = parsers.parse(mail("Lead appeal", "Please review lead TC5-0517-0419 for our client.\nPushed: 1410 hrs, 17 May\n"
                                            "Client objection: 1835 hrs, same day\nReason: industry mismatch." + PARTIES, date_header=DATED))
    assert got.fields.lead_ids == ("TC5-0517-0419",)


@pytest.mark.parametrize(("text", "code"), [
    ("the phone number buyer leave is wrong, call it is a hair salon", 3),
    ("所需產品同客人經營產品唔一致", 5),
    ("the WeChat ID does not exist, we cannot add it, and no phone number either", 2),
])
def test_chinglish_wrong_numbers_and_cantonese_mismatches(text, code):
    assert reason(parsers.text.normalize(text)) == code


def test_a_team_its_department_and_a_person_and_a_sender_unit():
    signed = parsers.parse(mail("阿拉善驼奶机械 商机汇总", "阿拉善驼奶机械的汇总：合同300条，服务期2026年7月1日至2027年6月30日。\n"
                                                   "客户有续费意向。\n\n草原云网络 客服部 乌云", date_header=DATED))
    assert signed.fields.partner == "草原云网络"
    unit = parsers.parse(mail("「琼海胡椒机械」这批5条反馈", "「琼海胡椒机械」这批5条的反馈：\n" + "\n".join(
        f"QH-0520-1{n}：精准" for n in range(1, 6)) + "\n建议：加关键词“胡椒脱粒机”。\n\n发件单位：博鳌数科\n王海燕", date_header=DATED))
    assert (unit.fields.partner, unit.fields.client) == ("博鳌数科", "琼海胡椒机械")


def test_who_raised_it_is_the_objection_not_a_client():
    got = parsers.parse(mail("椰风网络-万宁槟榔机械-商机申诉", "客户万宁槟榔机械有一条要申诉：\n编号：WN-0519-0075\n推送：5月19日 10:12\n"
                                                     "客户提出：5月19日 13:50\n对方是同行来套价格。\n\n椰风网络｜符小梅", date_header=DATED))
    assert (got.fields.client, got.fields.objected_at) == ("万宁槟榔机械", "2027-05-19T13:50:00+08:00")


@pytest.mark.parametrize(("lines", "quota", "pushed"), [
    ("合同量：首期120条＋追加80条\n已推138条", 200, 138),
    ("保障件數：240件\n目前已推播：158件", 240, 158),
    ("- Leads guaranteed: 500\n- Leads pushed so far: 312 (62.4%)", 500, 312),
])
def test_contract_phases_taiwans_counts_and_english_progress(lines, quota, pushed):
    got = parsers.parse(mail("林州太行建机 汇总反馈", f"服务期：2026.9.1-2027.8.31\n{lines}\n续费：确定续费。" + PARTIES,
                             date_header=DATED))
    assert (got.fields.quota, got.fields.pushed_count) == (quota, pushed)


def test_counts_under_a_header_row_in_a_word_table():
    document = docx.Document()
    names = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(names.rows, (("合作商", "宁乡沩山网络科技有限公司"), ("服务期", "2026-06-20 至 2027-06-19")),
                                   strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    counts = document.add_table(rows=2, cols=3)
    for cell, text in zip(counts.rows[0].cells, ("合同条数", "已推送", "占比"), strict=True):
        cell.text = text
    for cell, text in zip(counts.rows[1].cells, ("200", "118", "59%"), strict=True):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    got = parsers.parse(with_form("沩水食品机械 汇总反馈表", "汇总反馈表见附件。\n\n龙婷\n沩山网络", "汇总反馈表.docx", out.getvalue(), DOCX))
    assert (got.fields.quota, got.fields.pushed_count) == (200, 118)
