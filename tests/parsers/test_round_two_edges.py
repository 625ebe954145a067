"""Understanding round two, the edges found on a held-out set: corrections that name their field
before the new value, short names at a signature's start or before 这边, bare ids by 那条 or
号商机, 今天 inside a quoted mail, check boxes in cells of their own, periods over cells, and the
request kinds listed together in mail about the process."""

import pytest

import parsers
from parsers.labels import Source, label_field, labelled
from parsers.leads import lead_ids

from kit.mails import text_mail as mail


@pytest.mark.parametrize(("body", "field", "value"), [
    ("这条申诉的推送时间我们写错了，应该是6月9日上午9:40，不是9:04，麻烦更正。", "pushed_at", "2026-06-09T09:40:00+08:00"),
    ("客户反馈时间正确的是6月9日下午2点15分。", "objected_at", "2026-06-09T14:15:00+08:00"),
    ("客户名称写错了，正确的是：扬州邗江宏昇精密机械有限公司，不是“宏昇机械”。", "client", "扬州邗江宏昇精密机械有限公司"),
    ("已推送条数填错了，应为58条。", "pushed_count", 58),
    ("合同数量应该是一百二十条，之前写成了一百条。", "quota", 120),
])
def test_a_reply_correction_names_its_field_before_the_new_value(body, field, value):
    got = parsers.parse(mail("回复：[DOR#SS-2026-000318] 已受理", "老师好，\n" + body + "\n其他不变。\n"))
    assert got.kind == "reply"
    assert getattr(got.fields, field) == value
    others = {"pushed_at", "objected_at", "client", "pushed_count", "quota", "partner", "reason_code"} - {field}
    assert all(getattr(got.fields, name) is None for name in others)


def test_a_correction_without_a_field_word_changes_nothing():
    got = parsers.parse(mail("回复：[DOR#SS-2026-000318] 已受理", "老师好，\n应该是我们搞错了，抱歉。\n"))
    assert got.kind == "reply" and not any(v not in (None, []) for v in got.to_json()["fields"].values())


def test_short_names_before_zhebian_and_before_a_person_in_the_signature():
    body = "总部老师好，\n我们渤海云商这边汇总了黄海轴承最近十条商机的情况：精准八条，不精准两条。\n" \
           "建议：\n不做产品：汽车轴承\n新增关键词：风电轴承\n"
    got = parsers.parse(mail("黄海轴承十条商机情况反馈", body))
    assert got.kind == "adjustment"
    assert (got.fields.partner, got.fields.client, got.fields.lead_count) == ("渤海云商", "黄海轴承", 10)
    signed = "总部好：\n黄海轴承合同一百条，到昨天推了六十二条，服务期2026年1月1日到2026年12月31日。\n续费意向：有。\n\n" \
             "渤海云商 于晓琳\n"
    got = parsers.parse(mail("黄海轴承 汇总反馈", signed))
    assert got.kind == "summary" and got.fields.partner == "渤海云商" and got.missing == ()


def test_a_greeting_with_a_name_is_no_signature():
    body = "合作商：\n客户：黄海轴承\n合同一百条，已推送六十二条，服务期2026年1月1日到2026年12月31日。\n\n总部老师 您好\n"
    assert parsers.parse(mail("汇总反馈", body)).fields.partner is None


@pytest.mark.parametrize(("text", "ids"), [
    ("昨天推的那条10704512，对方是同行", ["10704512"]),
    ("关于2606090418号商机的异议", ["2606090418"]),
    ("订单金额12345678元，合同2026061001份", []),  # a bare number with no lead word near it
])
def test_bare_digit_ids_by_the_words_around_them(text, ids):
    assert lead_ids(text, False) == ids


def test_today_inside_a_quoted_mail_is_that_mails_day():
    body = ("总部好，下面是客户发来的异议，请判定。合作商是烟台芝罘云商网络科技有限公司。\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"王磊\"<wanglei@zhifu-pump.com>;\n发送时间: 2026年6月8日(星期一) 晚上8:30\n"
            "收件人: \"李娜\"<lina@qq.com>;\n主题: 关于2606080231号商机的异议\n\n"
            "今天上午10点20分推过来的2606080231号商机，11点半我已经电话说过了：对方是同行来套价格的，申请不计入。\n\n"
            "烟台芝罘水泵机械有限公司 王磊\n")
    f = parsers.parse(mail("转发：关于2606080231号商机的异议", body,
                           date_header="Tue, 09 Jun 2026 09:10:00 +0800")).fields
    assert f.lead_ids == ("2606080231",)
    assert (f.pushed_at, f.objected_at) == ("2026-06-08T10:20:00+08:00", "2026-06-08T11:30:00+08:00")


def test_a_tick_in_a_cell_of_its_own_picks_the_reason():
    rows = "".join(f"<tr><td>{tick}</td><td>{text}</td></tr>" for tick, text in (
        ("", "1.需求者属于同行恶意骚扰或不良询价"), ("√", "2.需求者留微信，微信如何都加不上"),
        ("", "5.所需产品与客户经营产品不一致")))
    html = ("<p>总部好，客户起初以为是同行恶意骚扰、不良询价，核实后按表里勾的申诉。</p><table>"
            f"<tr><td>商机编号</td><td>SJ20260609-0031</td></tr><tr><td>申诉理由（在对应项前打√）</td></tr>{rows}</table>")
    raw = mail("商机申诉", "").replace(b"Content-Type: text/plain", b"Content-Type: text/html") + html.encode()
    got = parsers.parse(raw)
    assert got.kind == "appeal" and got.fields.reason_code == 2  # the words of the rows alone pick criterion 5


def test_labels_partners_write_for_quota_and_counts_as_of_a_day():
    assert label_field("合约保障商机数") == "quota" and label_field("保障商机") == "quota"
    assert label_field("截至6月29日已推送") == "pushed_count"
    assert label_field("截至6月29日") is None  # a day alone names no field


def test_a_period_written_over_cells_around_zhi():
    rows = [("服务期", "2025年12月1日", "至", "2026年11月30日")]
    (got,) = [(f, v) for f, v, _, _ in labelled([Source("form", "", rows)])]
    assert got == ("period", "2025年12月1日 至 2026年11月30日")


def test_the_request_kinds_listed_together_speak_of_the_process():
    body = "总部好，\n以后商机申诉、调整、汇总的邮件统一由 songlu@example.com 发送，请更新我们的联系人。\n宋璐\n"
    got = parsers.parse(mail("请更新我司对接邮箱", body))
    assert got.kind == "unknown"
    one = "总部好，\n商机申诉：SJ20260609-0003，推送时间6月9日10:00，客户11:00反馈，对方是同行，申请不计入。\n"
    assert parsers.parse(mail("商机申诉", one)).kind == "appeal"
