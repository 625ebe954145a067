"""Dates and times as partners write them → aware datetimes in Asia/Shanghai.

`2026-03-05 14:30`, `2026/3/5 14:30`, `2026年3月5日 下午2点30分`, `3月5日14:30`
(year from the Date header), `20260305 1430`, `昨天下午两点`, `当天下午1点15分`,
`点半`; all anchored on the mail's Date header (never on the wall clock).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["SHANGHAI", "TimeMention", "cn_number", "find_dates", "find_times"]

SHANGHAI = ZoneInfo("Asia/Shanghai")

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


_NUM = rf"(\d{{1,4}}|{CN_NUM})"
_DAYPART = r"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|晚)?"
_CLOCK = rf"{_DAYPART}\s*(?:{_NUM}\s*(?:[:：]\s*(\d{{1,2}})|点\s*(半|{_NUM}\s*分?)?|时\s*({_NUM}\s*分)?))"
_FULL_DATE = r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_MONTH_NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,2})"
_DAY_NUM = "(\\d{1,2}|[一二三十]?[一二三四五六七八九十])"
_SHORT_DATE = (rf"(?<![\d/.-])(?:{_MONTH_NUM}\s*月\s*{_DAY_NUM}\s*[日号]|"
               r"(\d{1,2})[/-](\d{1,2})(?![\d/-])(?=\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*\d{1,2}[:：点]))"
               r"|(?<![\d月/.-])(\d{1,2})\s*[日号](?=\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*\d{1,2}\s*[:：点时])")
_COMPACT = r"(?<![\dA-Za-z])(?<![A-Za-z]-)(20\d{2})(\d{2})(\d{2})(?:\s*(\d{2})[:：]?(\d{2})(?![\d.年/-]))?(?!\d|-\d{1,6}(?!\d))"
# A time with no date ("中午12点", "下午3点20分", "13:30"): the day mentioned before it.
_BARE = rf"(?<![\d:.])(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)?\s*(?:(\d{{1,2}})[:：](\d{{2}})(?![\d:])|{_NUM}\s*点\s*(半|{_NUM}\s*分?)?)"
_RELATIVE = r"(前天|昨天|昨日|今天|今日|当天|当日|(?:上上|上|本|这)(?:周|星期|礼拜)[一二三四五六日天])"

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


def find_times(text: str, anchor: date | None, last_day: date | None = None) -> list[TimeMention]:
    """Every date(-time) mention, in order. `anchor` (the Date header's day) supplies a
    missing year and resolves 昨天/今天; 当天 means the day mentioned just before."""
    out: list[TimeMention] = []
    previous = last_day
    for m in PATTERN.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                day = date(int(g[0]), int(g[1]), int(g[2]))
            elif g[7]:  # '20日14时': the month of the day mentioned before, else of the Date header
                base = previous or anchor
                if base is None:
                    continue
                day = date(base.year, base.month, int(g[7]))
            elif g[3] or g[5]:
                if anchor is None:
                    continue
                month, dom = (g[3], g[4]) if g[3] else (g[5], g[6])
                day = date(anchor.year, cn_number(month) or 0, cn_number(dom) or 0)
            elif g[8]:
                if anchor is None:
                    continue
                day = _relative_day(g[8], anchor, previous)
            elif g[16]:
                day = date(int(g[16]), int(g[17]), int(g[18]))
                if g[19]:
                    at = datetime(day.year, day.month, day.day, int(g[19]), int(g[20]), tzinfo=SHANGHAI)
                    out.append(TimeMention(at, m.start(), m.end(), True))
                    previous = day
                    continue
            elif g[22] or g[24]:
                day = previous or anchor
                if day is None:
                    continue
                if g[22]:
                    hour, minute = int(g[22]), int(g[23])
                else:
                    hour = cn_number(g[24]) or 0
                    minute = 30 if g[25] == "半" else (cn_number(re.sub(r"[分\s]*$", "", g[26] or "")) or 0)
                hour = _hour(g[21], hour)
                if 0 <= hour < 24 and 0 <= minute < 60:
                    at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)
                    out.append(TimeMention(at, m.start(), m.end(), True))
                continue
            else:
                continue
            hour, minute, has_time = 0, 0, False
            if g[10]:
                hour = cn_number(g[10]) or 0
                if g[11]:
                    minute = int(g[11])
                elif g[12]:
                    minute = 30 if g[12] == "半" else (cn_number(re.sub(r"[分\s]*$", "", g[13] or "")) or 0)
                elif g[14]:
                    minute = cn_number(re.sub(r"[分\s]*$", "", g[15] or "")) or 0
                hour, has_time = _hour(g[9], hour), True
            if not (0 <= hour < 24 and 0 <= minute < 60):
                continue
            at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)
        except (ValueError, TypeError):
            continue
        out.append(TimeMention(at, m.start(), m.end(), has_time))
        previous = day
    return out


_YEAR_WORD = r"(今年|明年|去年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"
_DATE_ONLY = re.compile(rf"{_FULL_DATE}|{_COMPACT}|{_YEAR_WORD}")
_YEAR_OFFSETS = {"今年": 0, "明年": 1, "去年": -1}


def find_dates(text: str, anchor: date | None = None) -> list[tuple[date, int]]:
    """Dates with a year (or 今年/明年 relative to the anchor) and their positions: for service periods."""
    out = []
    for m in _DATE_ONLY.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                d = date(int(g[0]), int(g[1]), int(g[2]))
            elif g[3]:
                d = date(int(g[3]), int(g[4]), int(g[5]))
            elif anchor is not None:
                d = date(anchor.year + _YEAR_OFFSETS[g[8]], int(g[9]), int(g[10]))
            else:
                continue
        except (ValueError, TypeError):
            continue
        out.append((d, m.start()))
    return out
