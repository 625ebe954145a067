"""Dates with a year and service periods: what a summary's 服务期 says, however it is written.

    find_dates(text, anchor)   every date with a year (2026年3月1日, 2026/3/1, 1 March 2026, 今年3月1日,
                               二〇二六年三月一日, Taiwan's ROC 115年3月1日, 26年3月1日) and where it is
    find_period(text, anchor)  a period written as months (2026年3月至次年2月, 民國115年3月起至116年2月止),
                               half-years (2026年下半年至2027年上半年), a start and a length (1月10日起，
                               服务期一年 · 12个月，自2026年3月16日开始 · 为期半年) or a length and an
                               end (合同两年期，2027年2月28日到期)
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from parsers.numerals import CN_NUM, cn_number
from parsers.times import COMPACT_DATE, FULL_DATE, MONTH_NAMES, MONTHS, latest_before, written_date

__all__ = ["find_dates", "find_period"]

_YEAR_WORD = (r"(?P<year_word>今年|明年|去年)\s*(?:(?P<yw_month>\d{1,2})\s*月\s*(?P<yw_day>\d{1,2})\s*[日号]?"
              r"|(?P<yw_holiday>元旦|国庆节?|劳动节|五一|十一))")  # '去年国庆节当天': 1 October of last year
_YEAR_HOLIDAYS = {"元旦": (1, 1), "国庆节": (10, 1), "国庆": (10, 1), "十一": (10, 1), "劳动节": (5, 1), "五一": (5, 1)}
_YEAR_OFFSETS = {"今年": 0, "明年": 1, "去年": -1}


_YEAR_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
                "八": "8", "九": "9"}
# '二〇二六年十二月三十一日' (the year digit by digit); '民國115年3月1日' and a bare '115年3月1日' (Taiwan's
# ROC years: 1911 + n)
_CN_DATE = (r"(?:民国|民國)?\s*(?P<cn_year>[〇零一二三四五六七八九]{3,4})\s*年\s*(?P<cn_m>[一二三四五六七八九十]{1,2})\s*月\s*"
            r"(?P<cn_d>[一二三四五六七八九十]{1,3})\s*[日号]")
_ROC_DATE = r"(?:民国|民國)?\s*(?<!\d)(?P<roc_year>1[0-4]\d)\s*年\s*(?P<roc_m>\d{1,2}|元)\s*月\s*(?P<roc_d>\d{1,2})\s*[日号]?"
_SHORT_YEAR_DATE = (r"(?<![\d年])(?P<yy>[2-4]\d)\s*年\s*(?P<yy_m>\d{1,2})\s*月\s*(?P<yy_d>\d{1,2})\s*[日号]"  # 26年1月10日
                    r"|(?<![\d.])(?P<yd_y>[2-4]\d)\.(?P<yd_m>[01]\d)\.(?P<yd_d>[0-3]\d)(?![\d.])"  # 26.01.01
                    r"|(?<![\d.])(?P<rocd_y>1[0-4]\d)\.(?P<rocd_m>\d{1,2})\.(?P<rocd_d>\d{1,2})(?![\d.])"  # 114.12.01
                    r"|(?:民国|民國)?(?<!\d)(?P<eom_y>20\d{2}|1[0-4]\d)\s*年\s*(?P<eom_m>\d{1,2})\s*月底")  # 116年3月底


# '2026年十月八日': the year in figures, the month and day in words
_MIXED_DATE = r"(?P<mx_year>20\d{2})\s*年\s*(?P<mx_m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<mx_d>[一二三四五六七八九十]{1,3})\s*[日号]"
_DATE_ONLY = re.compile(rf"{FULL_DATE}|{COMPACT_DATE}|{_YEAR_WORD}|{_CN_DATE}|{_ROC_DATE}|{_SHORT_YEAR_DATE}|{_MIXED_DATE}")


def _other_date(g: dict[str, str | None]) -> date | None:
    if g["cn_year"]:  # three digits: an ROC year (一一四 = 2025)
        year = int("".join(_YEAR_DIGITS[ch] for ch in g["cn_year"]))
        return date(year + 1911 if year < 1000 else year, cn_number(g["cn_m"]) or 0, cn_number(g["cn_d"]) or 0)
    if g["roc_year"]:
        return date(1911 + int(g["roc_year"]), 1 if g["roc_m"] == "元" else int(g["roc_m"]), int(g["roc_d"]))  # 元月
    if g["yy"]:
        return date(2000 + int(g["yy"]), int(g["yy_m"]), int(g["yy_d"]))
    if g["yd_y"]:
        return date(2000 + int(g["yd_y"]), int(g["yd_m"]), int(g["yd_d"]))
    if g["rocd_y"]:
        return date(1911 + int(g["rocd_y"]), int(g["rocd_m"]), int(g["rocd_d"]))
    if g["mx_year"]:
        return date(int(g["mx_year"]), cn_number(g["mx_m"]) or 0, cn_number(g["mx_d"]) or 0)
    if g["eom_y"]:  # the end of that month
        year, month = int(g["eom_y"]), int(g["eom_m"])
        year += 1911 if year < 1000 else 0
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


def find_dates(text: str, anchor: date | None = None) -> list[tuple[date, int]]:
    """Dates with a year (or 今年/明年 relative to the anchor) and their positions: for service
    periods. Years in Chinese numerals and Taiwan's ROC years count too."""
    out = []
    matches = list(_DATE_ONLY.finditer(text))
    # '03/01/2026 - 02/28/2027': when one slash date can only be month-first, so are the others
    american = any(g["dmy_year"] and int(g["dmy_month"]) > 12 >= int(g["dmy_day"]) for g in (m.groupdict() for m in matches))
    for m in matches:
        g = m.groupdict()
        if american and g["dmy_year"] and int(g["dmy_month"]) <= 12:
            g = {**g, "dmy_day": g["dmy_month"], "dmy_month": g["dmy_day"]}
        try:
            if (written := written_date(g) or _other_date(g)) is not None:
                d = written
            elif g["c_year"]:
                d = date(int(g["c_year"]), int(g["c_month"]), int(g["c_day"]))
            elif anchor is not None:
                month, day = _YEAR_HOLIDAYS[g["yw_holiday"]] if g["yw_holiday"] else (int(g["yw_month"]), int(g["yw_day"]))
                d = date(anchor.year + _YEAR_OFFSETS[g["year_word"]], month, day)
            else:
                continue
        except (ValueError, TypeError, OverflowError):
            continue
        out.append((d, m.start()))
    return out


_END = r"(?!\s*\d{1,2}\s*[日号])"
# '2026年3月至次年2月', Taiwan's '民國115年3月起至116年2月止' (ROC years)
_MONTH_RANGE = re.compile(rf"(?:民国|民國)?(?<!\d)(20\d{{2}}|1[0-4]\d)\s*年\s*(\d{{1,2}})\s*月{_END}\s*起?\s*(?:至|到|-|~|～|—|–)\s*"
                          rf"(?:(?:民国|民國)?(20\d{{2}}|1[0-4]\d)\s*年|(次年|明年|第二年))?\s*(\d{{1,2}})\s*月{_END}")
# 'March 2026 – February 2027', 'Apr-2026 to Mar-2027', '2026.03-2027.02': whole months, no days
_TO = r"\s*(?:-|–|—|~|～|至|到|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*"
# '2026年下半年至2027年上半年': whole half-years
_HALF_RANGE = re.compile(rf"(20\d{{2}})\s*年\s*([上下])半年{_TO}(20\d{{2}})\s*年\s*([上下])半年")
_EN_MONTH_RANGE = re.compile(rf"(?<![A-Za-z])(?P<m1>{MONTHS})[a-z]*\.?[\s-]*(?P<y1>20\d{{2}})(?![\d./-]){_TO}"
                             rf"(?P<m2>{MONTHS})[a-z]*\.?[\s-]*(?P<y2>20\d{{2}})(?![\d./-])"
                             r"|(?<![\d./-])(?P<y3>20\d{2})[./-](?P<m3>\d{1,2})(?!\d|[./]\d|-\d{1,2}(?!\d))" + _TO +
                             r"(?P<y4>20\d{2})[./-](?P<m4>\d{1,2})(?![\d./-])")
# 'Q3 2026 – Q2 2027', '2026Q3-2027Q2', '2026年第三季度至2027年第二季度': whole quarters
_QUARTER = r"(?:Q(?P<{q}>[1-4])\s*(?P<{y}>20\d{{2}})|(?P<{y2}>20\d{{2}})\s*(?:年\s*)?(?:Q(?P<{q2}>[1-4])|第(?P<{q3}>[一二三四1-4])季度?))"
_QUARTER_RANGE = re.compile(r"(?<![A-Za-z0-9])" + _QUARTER.format(q="q_a", y="y_a", y2="y_a2", q2="q_a2", q3="q_a3") + _TO
                            + _QUARTER.format(q="q_b", y="y_b", y2="y_b2", q2="q_b2", q3="q_b3") + r"(?![\d])", re.I)


def _quarters(m: re.Match[str]) -> tuple[date, date] | None:
    g = m.groupdict()
    (qa, ya), (qb, yb) = ((cn_number(g[f"q_{s}"] or g[f"q_{s}2"] or g[f"q_{s}3"]) or 0, int(g[f"y_{s}"] or g[f"y_{s}2"]))
                          for s in "ab")
    start, end_month = date(ya, 3 * qa - 2, 1), 3 * qb
    end = date(yb, end_month, calendar.monthrange(yb, end_month)[1])
    return (start, end) if start < end else None


_FROM_FOR = re.compile(rf"(?:(20\d{{2}})\s*年\s*)?(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]\s*(?:起|开始)"
                       rf"[^。\n]{{0,12}}?服务期\s*(?:为|是)?\s*({CN_NUM}|\d)\s*年")


_START = r"(?:民国|民國)?(?<!\d)(?P<y>20\d{2}|1[0-4]\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2}))"
_LENGTH = (rf"(?:(?P<days>\d{{3}})\s*天|(?P<months>{CN_NUM}|\d{{1,2}})\s*个月|(?P<yhalf>{CN_NUM}|\d)\s*年半|(?P<half>半年)"
           rf"|(?P<years>{CN_NUM}|\d)\s*年(?![\d月]))")
# '12个月，自2026年3月16日开始', '自2026年3月16日起，为期12个月', '2026/4/1起，为期半年'
# '两年期合同，2026年1月8日生效': a length, then the day it takes effect
_LENGTH_FROM = re.compile(rf"{_LENGTH}[^。\n\d]{{0,6}}?(?:自|从)\s*{_START}\s*(?:起算|起|开始)?")
# '合同2026年3月9日签的，服务期从签约次日起算，为期一年': from the day after signing
_SIGNED_NEXT_DAY = re.compile(rf"{_START}\s*(?:签的|签约|签订|签署|签)[^。\n]{{0,16}}?(?:次日|第二天|翌日)\s*(?:起算|起|开始)"
                              rf"[^。\n\d]{{0,8}}?{_LENGTH}")
_LENGTH_EFFECTIVE = re.compile(rf"{_LENGTH}[^。\n\d]{{0,6}}?{_START}\s*(?:起算|起|开始|生效)")
_FROM_LENGTH = re.compile(rf"(?:自|从)?\s*{_START}\s*[)）]?\s*(?:起|开始|生效)[^。\n\d]{{0,8}}?{_LENGTH}")  # '（2026年5月18日）起一年'
# '合同两年期，2027年2月28日到期': a length, then the day it ends
_LENGTH_ENDING = re.compile(rf"{_LENGTH}期?[^。\n\d]{{0,6}}?{_START}\s*(?:到期|结束|截止|止)")
# '12个月，截至2027年4月30日': a length, then the day it runs to
_LENGTH_UNTIL = re.compile(rf"{_LENGTH}期?[^。\n\d]{{0,4}}?(?:截至|截止(?:到|于)?|到|至)\s*{_START}")


def _ad(year: int) -> int:
    return year + 1911 if year < 1000 else year  # Taiwan's ROC years: 1911 + n


def _months_on(start: date, months: int) -> date:
    """The day before the same day `months` later: a period of whole months from `start`."""
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day) - timedelta(days=1)


# 'a 12-month term starting 1 April 2026', 'for one year from March 1, 2026'
_EN_LENGTH = re.compile(r"\b(?:(?P<en_months>\d{1,2})[- ]months?|(?P<en_years>\d|one|a)[- ]years?)\b[^.\n]{0,16}?"
                        r"\b(?:starting|from|beginning|commencing|effective)\s+(?:on\s+)?", re.I)


def _english_length(text: str) -> tuple[date, date] | None:
    if not (m := _EN_LENGTH.search(text)) or not (dates := find_dates(text[m.end():m.end() + 24])):
        return None
    years = m.group("en_years")
    months = int(m.group("en_months")) if m.group("en_months") else 12 * (1 if years in ("one", "a") else int(years))
    return dates[0][0], _months_on(dates[0][0], months)


def _length_period(text: str) -> tuple[date, date] | None:
    m = _LENGTH_FROM.search(text) or _FROM_LENGTH.search(text) or _LENGTH_EFFECTIVE.search(text)
    if not m and (ending := _LENGTH_ENDING.search(text) or _LENGTH_UNTIL.search(text)):
        end, months = _start(ending.groupdict()), _months(ending.groupdict())
        day_after = end + timedelta(days=1)  # whole months back from the day after the end
        year, month = divmod(day_after.year * 12 + day_after.month - 1 - months, 12)
        start = date(year, month + 1, min(day_after.day, calendar.monthrange(year, month + 1)[1]))
        return (start, end) if months and start < end else None
    signed = None if m else _SIGNED_NEXT_DAY.search(text)
    m = m or signed
    if not m:
        return _english_length(text)
    g = m.groupdict()
    start = _start(g) + timedelta(days=1 if signed else 0)
    if g["days"]:  # 服务周期365天: the start and the days after it
        return start, start + timedelta(days=int(g["days"]) - 1)
    months = _months(g)
    return (start, _months_on(start, months)) if months else None


def _start(g: dict[str, str | None]) -> date:
    return date(_ad(int(g["y"] or 0)), int(g["m"] or g["m2"] or 0), int(g["d"] or g["d2"] or 0))  # ROC years too


def _months(g: dict[str, str | None]) -> int:
    """The months of a `_LENGTH` match (none for one in days)."""
    if g["yhalf"]:  # 一年半: eighteen months
        return 12 * (cn_number(g["yhalf"]) or 0) + 6
    if g["half"]:
        return 6
    return (cn_number(g["months"]) or 0) if g["months"] else 12 * (cn_number(g["years"] or "") or 0)


def find_period(text: str, anchor: date | None = None) -> tuple[date, date] | None:
    """A service period written as months or as a start and a length: 2026年3月至次年2月 →
    2026-03-01…2027-02-28; 1月10日起，服务期一年 → the latest 10 January not after the
    anchor, to the day before its anniversary; 12个月，自2026年3月16日开始 → …2027-03-15."""
    try:
        if m := _MONTH_RANGE.search(text):
            year, month, end_month = _ad(int(m.group(1))), int(m.group(2)), int(m.group(5))
            end_year = _ad(int(m.group(3))) if m.group(3) else year + 1 if m.group(4) or end_month < month else year
            start, end = date(year, month, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
            return (start, end) if start < end else None
        if m := _QUARTER_RANGE.search(text):
            return _quarters(m)
        if m := _HALF_RANGE.search(text):  # 上半年 January to June, 下半年 July to December
            start = date(int(m.group(1)), 1 if m.group(2) == "上" else 7, 1)
            end = date(int(m.group(3)), 6, 30) if m.group(4) == "上" else date(int(m.group(3)), 12, 31)
            return (start, end) if start < end else None
        if m := _EN_MONTH_RANGE.search(text):
            g = m.groupdict()
            months = [MONTH_NAMES.index(g[k][:3].lower()) + 1 for k in ("m1", "m2")] if g["m1"] else [int(g["m3"]), int(g["m4"])]
            year, end_year = (int(g["y1"]), int(g["y2"])) if g["m1"] else (int(g["y3"]), int(g["y4"]))
            start = date(year, months[0], 1)
            end = date(end_year, months[1], calendar.monthrange(end_year, months[1])[1])
            return (start, end) if start < end else None
        if found := _length_period(text):
            return found
        if m := _FROM_FOR.search(text):
            month, dom, years = int(m.group(2)), int(m.group(3)), cn_number(m.group(4)) or 0
            if m.group(1):
                start = date(int(m.group(1)), month, dom)
            elif anchor is not None:
                start = latest_before(anchor, month, dom)
            else:
                return None
            try:
                anniversary = start.replace(year=start.year + years)
            except ValueError:  # 29 February
                anniversary = date(start.year + years, 3, 1)
            return (start, anniversary - timedelta(days=1)) if years else None
    except (ValueError, OverflowError):
        return None
    return None
