"""Days as partners name them, relative to the mail's Date: 昨天, 前日, 3天前, 上周三, 当天 (the day
mentioned before), 次日, Cantonese 琴日 / 寻日, 上个月最后一天, and English 'yesterday', 'last
night', 'the same day', 'this Monday', 'last Friday'.

    RELATIVE                      the pattern (group `relative`) that times.PATTERN puts before a clock
    relative_day(word, anchor, previous)   the day it names
    IMPLIED_PART                  the half of the day a word says ('last night' is the evening)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.numerals import cn_number

__all__ = ["HOLIDAYS", "IMPLIED_PART", "RELATIVE", "relative_day"]

RELATIVE = (r"(?P<relative>大前天|前天|前日|昨天|昨日|今天|今日|当天|当日|当晚|当夜|隔天|隔日|(?:\d{1,2}|[一二两三四五六七八九十])\s*天前|(?<![A-Za-z])(?i:(?:\d{1,2}|two|three|four|five|six) days ago|the day before yesterday)(?![A-Za-z])|(?:上上|上|本|这)(?:周|星期|礼拜)[一二三四五六日天]|上个?月(?:最后一天|底|末)|"
            r"次日|第二天|翌日|寻晚|昨晚|昨夜|前晚|昨早|今早|今晨|今晚|今朝|琴日|寻日|(?<![A-Za-z])(?i:today|yesterday|(?:the )?next (?:day|morning)|this morning|this afternoon|this evening|tonight|last night|(?:the )?same day|that (?:same )?(?:day|morning|afternoon|evening|night)|(?:this|last|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-z]))")
_OFFSETS = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "当天": None, "当日": None, "today": 0,
            "yesterday": -1, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
            "last night": -1, "same day": None, "the same day": None, "that day": None, "that morning": None,
            "that afternoon": None, "that evening": None, "that night": None, "that same day": None,
            "that same morning": None, "that same afternoon": None, "that same evening": None, "that same night": None,
            "the day before yesterday": -2, "前日": -2, "当晚": None, "当夜": None, "寻晚": -1, "昨晚": -1, "昨夜": -1, "前晚": -2, "昨早": -1, "今早": 0, "今晨": 0, "今晚": 0,
            "今朝": 0, "琴日": -1, "寻日": -1}  # 琴日 / 寻日 / 今朝: Cantonese yesterday and this morning
# The half of the day an English relative day says ('this morning 8:45' is a.m., 'last night 9:30' p.m.).
IMPLIED_PART = {"that morning": "上午", "that afternoon": "下午", "that evening": "晚上", "that night": "晚上",
                 "that same morning": "上午", "that same afternoon": "下午", "that same evening": "晚上",
                 "that same night": "晚上", "当晚": "晚上", "当夜": "晚上",
                 "next morning": "上午", "the next morning": "上午", "this morning": "上午", "this afternoon": "下午", "this evening": "晚上", "tonight": "晚上",
                 "last night": "晚上", "寻晚": "晚上", "昨晚": "晚上", "昨夜": "晚上", "前晚": "晚上", "昨早": "上午", "今早": "上午",
                 "今晨": "上午", "今晚": "晚上", "今朝": "上午"}
_WEEKDAYS = "一二三四五六日"
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOLIDAYS = {"元旦": (1, 1), "国庆节": (10, 1), "国庆当天": (10, 1), "劳动节": (5, 1), "圣诞节": (12, 25), "平安夜": (12, 24)}
_EN_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NEXT_DAY = ("次日", "第二天", "翌日", "隔天", "隔日", "next day", "the next day", "next morning", "the next morning")


def relative_day(word: str, anchor: date, previous: date | None) -> date | None:
    """昨天/前天/今天 from the anchor; 当天 = the day mentioned before; 上周三/本周五 by week."""
    if word in _NEXT_DAY:  # 第二天 / next morning: the day after the one mentioned before
        return (previous or anchor) + timedelta(days=1)
    if ago := re.fullmatch(r"(\S+?)\s*(?:天前| days ago)", word):  # 3天前, 'two days ago'
        n = cn_number(ago.group(1)) or _EN_FEW.get(ago.group(1), 0)
        return anchor - timedelta(days=n) if n else None
    if word in _OFFSETS:
        offset = _OFFSETS[word]
        base = (previous or anchor) if offset is None else anchor
        return base + timedelta(days=offset or 0)
    if word.startswith("上") and word.endswith(("最后一天", "底", "末")):  # 上个月最后一天: the month's last day
        return anchor.replace(day=1) - timedelta(days=1)
    if en := re.fullmatch(r"(this|last|on) (\w+day)", word):  # 'this Monday' of the mail's week, 'last Monday' of the one before
        weekday = _EN_WEEKDAYS.index(en.group(2)[:3])
        day = anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday)
        if en.group(1) == "last":
            return day - timedelta(weeks=1)
        return day if day <= anchor else day - timedelta(weeks=1)  # 'on Monday': the latest not after the mail
    weekday = _WEEKDAYS.index(word[-1]) if word[-1] in _WEEKDAYS else 6  # 天 = Sunday
    weeks_back = 2 if word.startswith("上上") else 1 if word.startswith("上") else 0
    monday = anchor - timedelta(days=anchor.weekday()) - timedelta(weeks=weeks_back)
    return monday + timedelta(days=weekday)
