"""Dates and times as partners write them → aware datetimes in Asia/Shanghai.

`2026-03-05 14:30`, `2026/3/5 14:30`, `2026年3月5日 下午2点30分`, `3月5日14:30`
(year from the Date header), `20260305 1430`, `昨天下午两点`, `当天下午1点15分`,
`点半`; all anchored on the mail's Date header (never on the wall clock).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from parsers.records import SHANGHAI

__all__ = ["SHANGHAI", "TimeMention", "cn_number", "find_dates", "find_times"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUM = "[零〇一二两三四五六七八九十百千万]+"


def cn_number(text: str) -> int | None:
    """'十二' → 12, '一百二十' → 120, '74' → 74; None when it is not a number."""
    if text.isdigit():
        return int(text)
    total, current, section = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                section = (section + current) * unit
            else:
                section += (current or 1) * unit
            current = 0
        else:
            return None
    return total + section + current


@dataclass(frozen=True)
class TimeMention:
    at: datetime
    start: int  # position in the text
    end: int
    has_time: bool


def _num(name: str) -> str:
    """A number in digits or Chinese numerals, captured as `name`."""
    return rf"(?P<{name}>\d{{1,4}}|{CN_NUM})"


_CLOCK = (rf"(?P<clock_part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|晚)?\s*(?:{_num('clock_hour')}\s*"
          rf"(?:[:：]\s*(?P<clock_minute>\d{{1,2}})|点\s*(?P<dian>半|{_num('dian_minute')}\s*分?)?"
          rf"|时\s*(?P<shi>{_num('shi_minute')}\s*分)?))")
_FULL_DATE = r"(?P<year>20\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?"
_SHORT_DATE = (r"(?<![\d/.-])(?:(?P<cn_month>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
               r"(?P<cn_day>\d{1,2}|[一二三十]?[一二三四五六七八九十])\s*[日号]|"
               r"(?P<slash_month>\d{1,2})[/-](?P<slash_day>\d{1,2})(?![\d/-])"
               r"(?=\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*\d{1,2}[:：点]))"
               r"|(?<![\d月/.-])(?P<day_only>\d{1,2})\s*[日号]"
               r"(?=\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*\d{1,2}\s*[:：点时])")
_COMPACT = (r"(?<![\dA-Za-z])(?<![A-Za-z]-)(?P<c_year>20\d{2})(?P<c_month>\d{2})(?P<c_day>\d{2})"
            r"(?:\s*(?P<c_hour>\d{2})[:：]?(?P<c_minute>\d{2})(?![\d.年/-]))?(?!\d|-\d{1,6}(?!\d))")
# A time with no date ("中午12点", "下午3点20分", "13:30"): the day mentioned before it.
_BARE = (rf"(?<![\d:.])(?P<bare_part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)?\s*"
         rf"(?:(?P<bare_hh>\d{{1,2}})[:：](?P<bare_mm>\d{{2}})(?![\d:])"
         rf"|{_num('bare_hour')}\s*点\s*(?P<bare_dian>半|{_num('bare_minute')}\s*分?)?)")
_RELATIVE = r"(?P<relative>前天|昨天|昨日|今天|今日|当天|当日|(?:上上|上|本|这)(?:周|星期|礼拜)[一二三四五六日天])"

PATTERN = re.compile(
    rf"(?:{_FULL_DATE}|{_SHORT_DATE}|{_RELATIVE})\s*(?:{_CLOCK})?|{_COMPACT}|{_BARE}")
_OFFSETS = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "当天": None, "当日": None}
_WEEKDAYS = "一二三四五六日"


def _relative_day(word: str, anchor: date, previous: date | None) -> date | None:
    """昨天/前天/今天 from the anchor; 当天 = the day mentioned before; 上周三/本周五 by week."""
    if word in _OFFSETS:
        offset = _OFFSETS[word]
        base = (previous or anchor) if offset is None else anchor
        return base + timedelta(days=offset or 0)
    weekday = _WEEKDAYS.index(word[-1]) if word[-1] in _WEEKDAYS else 6  # 天 = Sunday
    weeks_back = 2 if word.startswith("上上") else 1 if word.startswith("上") else 0
    monday = anchor - timedelta(days=anchor.weekday()) - timedelta(weeks=weeks_back)
    return monday + timedelta(days=weekday)


def _hour(part: str | None, hour: int) -> int:
    if part in ("下午", "傍晚", "晚上", "夜里", "晚") and hour < 12:
        return hour + 12
    if part == "中午" and hour < 6:
        return hour + 12
    return hour


def _minutes(words: str | None) -> int:
    """'20分' / '二十' → 20; '半' → 30; nothing → 0."""
    if words == "半":
        return 30
    return cn_number(re.sub(r"[分\s]*$", "", words or "")) or 0


def _day(g: dict[str, str | None], anchor: date | None, previous: date | None) -> date | None:
    """The day a dated mention names: a full date, 20日 (month of the day before), 3月5日 or
    3/5 (year of the anchor), or 昨天/上周三; None when it cannot be told."""
    if g["year"]:
        return date(int(g["year"]), int(g["month"]), int(g["day"]))
    if g["day_only"]:  # '20日14时': the month of the day mentioned before, else of the Date header
        base = previous or anchor
        return date(base.year, base.month, int(g["day_only"])) if base else None
    if anchor is None:
        return None
    if g["cn_month"] or g["slash_month"]:
        month, dom = (g["cn_month"], g["cn_day"]) if g["cn_month"] else (g["slash_month"], g["slash_day"])
        return date(anchor.year, cn_number(month) or 0, cn_number(dom) or 0)
    return _relative_day(g["relative"], anchor, previous) if g["relative"] else None


def _clock(g: dict[str, str | None]) -> tuple[int, int] | None:
    """(hour, minute) of the clock after a date, None when none is written."""
    if not g["clock_hour"]:
        return None
    hour, minute = cn_number(g["clock_hour"]) or 0, 0
    if g["clock_minute"]:
        minute = int(g["clock_minute"])
    elif g["dian"]:
        minute = _minutes("半" if g["dian"] == "半" else g["dian_minute"])
    elif g["shi"]:
        minute = _minutes(g["shi_minute"])
    return _hour(g["clock_part"], hour), minute


def _at(day: date, hour: int, minute: int) -> datetime | None:
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


def find_times(text: str, anchor: date | None, last_day: date | None = None) -> list[TimeMention]:
    """Every date(-time) mention, in order. `anchor` (the Date header's day) supplies a
    missing year and resolves 昨天/今天; 当天 means the day mentioned just before."""
    out: list[TimeMention] = []
    previous = last_day
    for m in PATTERN.finditer(text):
        g = m.groupdict()
        try:
            if g["c_year"]:  # 20260305 1430
                day = date(int(g["c_year"]), int(g["c_month"]), int(g["c_day"]))
                clock = (int(g["c_hour"]), int(g["c_minute"])) if g["c_hour"] else None
            elif g["bare_hh"] or g["bare_hour"]:  # a time alone: on the day mentioned before
                day = previous or anchor
                if day is None:
                    continue
                hour = int(g["bare_hh"]) if g["bare_hh"] else cn_number(g["bare_hour"]) or 0
                minute = int(g["bare_mm"]) if g["bare_hh"] else _minutes(
                    "半" if g["bare_dian"] == "半" else g["bare_minute"])
                if (at := _at(day, _hour(g["bare_part"], hour), minute)) is not None:
                    out.append(TimeMention(at, m.start(), m.end(), True))
                continue  # a bare time never becomes the day mentioned before
            else:
                day = _day(g, anchor, previous)
                if day is None:
                    continue
                clock = _clock(g)
            at = _at(day, *(clock or (0, 0)))
        except (ValueError, TypeError, OverflowError):
            continue
        if at is None:
            continue
        out.append(TimeMention(at, m.start(), m.end(), clock is not None))
        previous = day
    return out


_YEAR_WORD = r"(?P<year_word>今年|明年|去年)\s*(?P<yw_month>\d{1,2})\s*月\s*(?P<yw_day>\d{1,2})\s*[日号]?"
_DATE_ONLY = re.compile(rf"{_FULL_DATE}|{_COMPACT}|{_YEAR_WORD}")
_YEAR_OFFSETS = {"今年": 0, "明年": 1, "去年": -1}


def find_dates(text: str, anchor: date | None = None) -> list[tuple[date, int]]:
    """Dates with a year (or 今年/明年 relative to the anchor) and their positions: for service periods."""
    out = []
    for m in _DATE_ONLY.finditer(text):
        g = m.groupdict()
        try:
            if g["year"]:
                d = date(int(g["year"]), int(g["month"]), int(g["day"]))
            elif g["c_year"]:
                d = date(int(g["c_year"]), int(g["c_month"]), int(g["c_day"]))
            elif anchor is not None:
                d = date(anchor.year + _YEAR_OFFSETS[g["year_word"]], int(g["yw_month"]), int(g["yw_day"]))
            else:
                continue
        except (ValueError, TypeError, OverflowError):
            continue
        out.append((d, m.start()))
    return out
