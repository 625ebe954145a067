"""Understanding round two, the edges an eleventh held-out set showed: more id shapes (MHK0827011,
BG-116082301, FC27-08301, SKW-25AUG-031), a range of two full compact ids, a tail list that ends
before a colon, ○ / × verdicts, signatures as 'team / person' and 'person（team）', an agency's
tag on the subject, '一百二的量', 'does not match what the client makes', a year in figures with the
month and day in words, a dotted ROC date, an option ticked after it, and a Cantonese call as the
corrected objection."""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from parsers.periods import find_dates
from parsers.text import normalize
from parsers.times import find_times
from parsers.values import reason

from kit.mails import text_mail as mail

DATED = "Fri, 27 Aug 2027 10:10:00 +0800"
PARTIES = "\n\n合作商：滕州墨子网络科技有限公司\n客户：滕州墨子数控机床有限公司"


def _adjustment(ids: str) -> tuple[str, ...]:
    return parsers.parse(mail("墨子数控 商机调整反馈", f"这批反馈：\n{ids}\n调整：新增“数控车床”。" + PARTIES,
                              date_header=DATED)).fields.lead_ids


@pytest.mark.parametrize(("ids", "want"), [
    ("MHK0827011 精准\nMHK0827012 精准\nMHK0827014 不精准", ("MHK0827011", "MHK0827012", "MHK0827014")),
    ("FC27-08301 准\nFC27-08302 准\nFC27-08305 不准", ("FC27-08301", "FC27-08302", "FC27-08305")),
    ("SY20270826001—SY20270826005 这5条", tuple(f"SY2027082600{n}" for n in range(1, 6))),
    ("checked leads JJ-0824-061, -063, -064 and -070:\n061 ok", ("JJ-0824-061", "JJ-0824-063", "JJ-0824-064", "JJ-0824-070")),
])
def test_more_id_shapes_ranges_and_a_list_before_a_colon(ids, want):
    assert _adjustment(ids) == want


@pytest.mark.parametrize("lead", ["BG-116082301", "SKW-25AUG-031"])
def test_an_id_of_letters_and_nine_digits_or_with_a_month_inside(lead):
    got = parsers.parse(mail("墨子数控 商机申诉", f"商机编号：{lead}\n推送：8月26日 9:05\n反馈：8月26日 12:40\n理由：同行。" + PARTIES,
                             date_header=DATED))
    assert got.fields.lead_ids == (lead,)


def test_circle_and_cross_verdicts_make_a_batch():
    rows = "\n".join(f"TC2708-04{n:02d}  {'○' if n % 2 else '×'}" for n in range(11, 16))
    got = parsers.parse(mail("海運冷凍", f"海運冷凍上個禮拜收到呢五條，佢哋逐條覆咗：\n{rows}\n加多啲：急凍庫" + PARTIES, date_header=DATED))
    assert got.kind == "adjustment" and len(got.fields.lead_ids) == 5


@pytest.mark.parametrize(("subject", "signature", "partner"), [
    ("冷极木业 商机申诉", "根河数科 / 吴敏", "根河数科"),
    ("冷极木业 商机申诉", "张蕾（霍林数科）", "霍林数科"),
    ("【林海数科】商机申诉 GH-0830-0017", "白云", "林海数科"),
])
def test_a_team_beside_its_writer_or_tagging_the_subject(subject, signature, partner):
    got = parsers.parse(mail(subject, "客户：冷极木业\n商机编号：GH-0830-0017\n推送：8月24日 9:05\n反馈：8月24日 12:40\n"
                                      f"对方留的微信加不上。\n\n{signature}", date_header=DATED))
    assert got.fields.partner == partner


def test_a_quota_as_the_amount_signed_and_a_mismatch_in_english():
    got = parsers.parse(mail("墨子数控 汇总", "墨子数控今年签的是一百二的量，现在推了八十一条。服务期2027/1/1～2027/12/31。\n续费：继续。" + PARTIES,
                             date_header=DATED))
    assert (got.fields.quota, got.fields.pushed_count) == (120, 81)
    assert reason(normalize("our client builds tyre retreading machines, so the product does not match what the client makes")) == 5
    assert reason(normalize("the industry does not match: a travel agency")) == 4


def test_a_year_in_figures_with_month_and_day_in_words_and_a_dotted_roc_date():
    assert [d for d, _ in find_dates(normalize("服务期：2026年十月八日至2027年十月七日"))] == [dt.date(2026, 10, 8), dt.date(2027, 10, 7)]
    times = find_times(normalize("推播時間　116.08.23 上午10時05分\n客戶反應　同日晚間8時20分"), dt.date(2027, 8, 24))
    assert [t.at.isoformat()[:16] for t in times if t.has_time] == ["2027-08-23T10:05", "2027-08-23T20:20"]


def test_an_option_ticked_after_it_and_a_cantonese_call_corrected():
    assert reason("判定标准：1同行骚扰 2微信加不上 3留错电话（√） 4行业不符 5产品不一致") == 3
    quoted = "\n\n----- Original Message -----\n您好，\n案件 SS-2027-000623 已受理。\n異議時間：2027-08-25 14:45"
    got = parsers.parse(mail("Re: [DOR#SS-2027-000623] 商機申訴已受理",
                             "你好，同事話我聽錯咗，客人其實係8月25號晏晝3點20分先打嚟，唔該改返。\n\n浩然" + quoted, date_header=DATED))
    assert got.kind == "reply" and got.fields.objected_at == "2027-08-25T15:20:00+08:00"
