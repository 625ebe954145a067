"""Dates and times as partners write them → aware datetimes in Asia/Shanghai.

`2026-03-05 14:30`, `2026/3/5 14:30`, `2026年3月5日 下午2点30分`, `3月5日14:30`
(year from the Date header), `20260305 1430`, `昨天下午两点`, `当天下午1点15分`,
`点半`; all anchored on the mail's Date header (never on the wall clock).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from parsers.days import HOLIDAYS, IMPLIED_PART, RELATIVE, relative_day
from parsers.english import EN_CLOCK, en_clock
from parsers.numerals import CN_NUM, cn_number
from parsers.records import SHANGHAI
from parsers.zones import in_zone

__all__ = ["COMPACT_DATE", "FULL_DATE", "MONTHS", "MONTH_NAMES", "SHANGHAI", "TimeMention", "find_times", "latest_before",
           "written_date"]

@dataclass(frozen=True)
class TimeMention:
    at: datetime
    start: int  # position in the text
    end: int
    has_time: bool


_CN_FIGURES = "一二两三四五六七八九十"


def _num(name: str) -> str:
    """A number in digits or Chinese numerals, captured as `name`."""
    return rf"(?P<{name}>\d{{1,4}}|{CN_NUM})"


def _ampm(name: str) -> str:
    """An English half of the day after a clock ('2:15 pm', '11:05AM', '3:40 p.m.')."""
    return rf"(?:\s*(?P<{name}>[aApP])\.?[mM]\.?(?![A-Za-z]))?"


_CLOCK = (rf"(?P<clock_part>凌晨|早上|早晨|朝早|一早|上午|中午|下午|下昼|晏昼|傍晚|晚上|夜晚|夜里|晚|早(?=\s*[\d{_CN_FIGURES}])|AM|PM|am|pm)?\s*"
          rf"(?:(?P<hhmm>[0-2]\d[0-5]\d)(?:\s*hrs?\b)?(?![\d:])|{_num('clock_hour')}\s*"
          rf"(?:(?:[:：]|\.(?=\d{{2}}(?![\d.])))\s*(?P<clock_minute>\d{{1,2}})(?:[:：](?P<clock_second>\d{{2}}))?{_ampm('clock_ampm')}|点\s*(?:踏正|正)?过?\s*(?P<dian>半|[一三]刻|[一二三四五六七八九十]{{1,2}}\s*个字|[差搭]\s*[一二三四五六七八九十\d]{{1,2}}\s*分?"
          rf"|{_num('dian_minute')}\s*分?)?"
          rf"|时\s*(?P<shi>{_num('shi_minute')}\s*分)?))")
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTHS = "(?i:" + "|".join(m.capitalize() + "|" + m for m in MONTH_NAMES) + ")"
FULL_DATE = (r"(?P<year>20\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?"
              rf"|(?<![\d/.-])(?P<en_d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<en_m1>{MONTHS})[a-z]*\.?,?(?:\s+|-)(?P<en_y1>20\d{{2}})"
              rf"|(?<![A-Za-z])(?P<en_m2>{MONTHS})[a-z]*\.?\s+(?P<en_d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<en_y2>20\d{{2}})"
              r"|(?<![\d/.])(?P<rocs_year>1[0-4]\d)(?P<rocs_sep>[/.])(?P<rocs_month>\d{1,2})(?P=rocs_sep)(?P<rocs_day>\d{1,2})(?![\d/])"  # 115/10/21, 116.08.23
              r"|(?<![\d/.-])(?P<dmy_day>\d{1,2})(?P<dmy_sep>[/.])(?P<dmy_month>\d{1,2})(?P=dmy_sep)(?P<dmy_year>20\d{2})(?![\d/.])")
_SHORT_DATE = (r"(?<![\d/.-])(?:(?P<cn_month>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
               r"(?P<cn_day>\d{1,2}|[一二三十廿卅]?[一二三四五六七八九十]|廿|卅)\s*[日号]|"
               r"(?P<slash_month>\d{1,2})[/.-](?P<slash_day>\d{1,2})(?![\d/.-])"
               r"(?=(?:\s*[（(](?:星期|周|礼拜)?[一二三四五六日天][)）])?(?:\s+at)?\s*(?:凌晨|早上|上午|中午|下午|下昼|晏昼|傍晚|晚上|早|晚)?\s*"
               r"(?:\d{1,2}[:：点.]|[0-2]\d[0-5]\d(?!\d))))"
               rf"|(?<![A-Za-z])(?P<ens_m>{MONTHS})[a-z]*\.?\s+(?P<ens_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?!,?\s+20\d\d)"
               rf"|(?<![\d/.-])(?P<ens_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<ens_m2>{MONTHS})[a-z]*\.?(?![A-Za-z])(?!,?\s+20\d\d)"
               r"|(?P<holiday>元旦|国庆节|国庆当天|劳动节|圣诞节|平安夜)(?:当天|那天)?"  # a fixed-date holiday
               r"|(?P<rel_month>本月|这个月|这月|上个?月)\s*(?P<rm_day>\d{1,2})\s*[日号]"  # 本月24号, 上月30日
               r"|(?<![\d月/.-])(?P<day_only>\d{1,2})\s*[日号]"
               r"(?=\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|早|晚)?\s*\d{1,2}\s*[:：点时])")
COMPACT_DATE = (r"(?<![\dA-Za-z])(?<![A-Za-z]-)(?P<c_year>20\d{2})(?P<c_month>\d{2})(?P<c_day>\d{2})"
            r"(?:\s*(?P<c_hour>\d{2})[:：]?(?P<c_minute>\d{2})(?![\d.年/-]))?(?!\d|-\d{1,6}(?!\d))")
# A time with no date ("中午12点", "下午3点20分", "13:30"): the day mentioned before it.
# '1.20pm', British: a dot only before am/pm, or before the day that says its half ('11.05 last night')
_DOT = r"\.(?=\d{2}\s*(?:[aApP]\.?[mM]|last night|tonight|this (?:morning|afternoon|evening))(?![A-Za-z]))"
_BARE = (rf"(?<![\d:.])(?P<bare_part>凌晨|早上|早晨|朝早|一早|上午|中午|下午|下昼|晏昼|傍晚|晚上|夜晚|夜里|(?:早|晚)(?=\s*[\d{_CN_FIGURES}])|(?<![A-Za-z])[AP]M(?=\s*\d))?\s*"
         rf"(?:(?P<bare_hhmm>[0-2]\d[0-5]\d)\s*(?:H|hrs?|hours)(?![A-Za-z])|(?P<bare_hh>\d{{1,2}})(?:[:：]|{_DOT})(?P<bare_mm>\d{{2}})(?:[:：](?P<bare_ss>\d{{2}}))?(?![\d:]){_ampm('bare_ampm')}"
         rf"|{_num('bare_hour')}\s*(?:点|时(?!间))\s*(?P<bare_dian>半|[一三]刻|[一二三四五六七八九十]{{1,2}}\s*个字|{_num('bare_minute')}\s*分?)?)")

# English puts the time first: '10:04 on 9 April', '3:40 pm on April 9, 2026'
_TIME_ON = (rf"(?<![\d:.])\s*(?P<on_hh>\d{{1,2}})(?:[:：]|{_DOT})(?P<on_mm>\d{{2}}){_ampm('on_ampm')}\s+on\s+"
            rf"(?:(?P<on_d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<on_m1>{MONTHS})[a-z]*\.?|(?P<on_m2>{MONTHS})[a-z]*\.?\s+"
            rf"(?P<on_d2>\d{{1,2}})(?:st|nd|rd|th)?|(?:the\s+)?(?P<on_d3>\d{{1,2}})(?:st|nd|rd|th))(?:,?\s+(?P<on_y>20\d{{2}}))?(?![\dA-Za-z])")
PATTERN = re.compile(
    rf"{_TIME_ON}|(?:{FULL_DATE}|{_SHORT_DATE}|{RELATIVE})(?:\s*[（(](?:星期|周|礼拜)?[一二三四五六日天][)）]\s*|\s*[,，]\s*|\s+at\s+|T(?=\d)|\s*)(?:{_CLOCK})?|{COMPACT_DATE}|{EN_CLOCK}|{_BARE}")


def _hour(part: str | None, hour: int) -> int:
    if part in _PM and hour < 12:
        return hour + 12
    if part == "中午" and hour < 6:
        return hour + 12
    return hour


def _english(ampm: str, hour: int) -> int:
    """12-hour English clock: 12 am is midnight, 12 pm noon, 2 pm 14."""
    return hour % 12 + (12 if ampm in "pP" else 0)


def _minutes(words: str | None) -> int:
    """'20分' / '二十' → 20; '半' → 30; nothing → 0."""
    if words == "半":
        return 30
    if words in ("一刻", "三刻"):  # 9点一刻: a quarter past nine
        return 15 if words == "一刻" else 45
    if words and words.endswith("个字"):  # Cantonese: 十点三个字 is 10:15 (a 字 is five minutes)
        return 5 * (cn_number(words[:-2].strip()) or 0)
    return cn_number(re.sub(r"[分\s]*$", "", words or "")) or 0


def _day(g: dict[str, str | None], anchor: date | None, previous: date | None) -> date | None:
    """The day a dated mention names: a full date, 20日 (month of the day before), 3月5日 or
    3/5 (year of the anchor), or 昨天/上周三; None when it cannot be told."""
    return written_date(g) or _short_day(g, anchor, previous)


def written_date(g: dict[str, str | None]) -> date | None:
    """A date written with its year, in any of the ways FULL_DATE reads."""
    if g["year"]:
        return date(int(g["year"]), int(g["month"]), int(g["day"]))
    if g["rocs_year"]:  # Taiwan's ROC year: 1911 + n
        return date(1911 + int(g["rocs_year"]), int(g["rocs_month"]), int(g["rocs_day"]))
    if g["dmy_year"]:  # 23/3/2026, 09.10.2026: day first, as Hong Kong and European writers put it;
        day, month = int(g["dmy_day"]), int(g["dmy_month"])  # 03/15/2026 can only be American
        return date(int(g["dmy_year"]), *((day, month) if month > 12 >= day else (month, day)))
    if g["en_y1"] or g["en_y2"]:  # 14 July 2026, Mar 1, 2026
        month = MONTH_NAMES.index((g["en_m1"] or g["en_m2"] or "")[:3].lower()) + 1
        return date(int(g["en_y1"] or g["en_y2"]), month, int(g["en_d1"] or g["en_d2"]))
    return None


def _short_day(g: dict[str, str | None], anchor: date | None, previous: date | None) -> date | None:
    if g["holiday"] and anchor is not None:  # 元旦上午9点: the latest New Year's Day not after the mail
        return latest_before(anchor, *HOLIDAYS[g["holiday"]])
    if g["rel_month"] and anchor is not None:  # 本月24号: the Date header's month; 上月: the month before
        first = anchor.replace(day=1)
        month = first if g["rel_month"] in ("本月", "这个月", "这月") else (first - timedelta(days=1)).replace(day=1)
        return month.replace(day=int(g["rm_day"]))
    if g["day_only"]:  # '20日14时': the month of the day mentioned before, else of the Date header
        base = previous or anchor
        return date(base.year, base.month, int(g["day_only"])) if base else None
    if anchor is None:
        return None
    if g["cn_month"] or g["slash_month"]:
        month, dom = (g["cn_month"], g["cn_day"]) if g["cn_month"] else (g["slash_month"], g["slash_day"])
        month, dom = cn_number(month) or 0, cn_number(dom) or 0
        if g["slash_month"] and month > 12 >= dom:  # 21/10: day first, as Hong Kong and Britain write it
            month, dom = dom, month
        return latest_before(anchor, month, dom)
    if g["ens_m"] or g["ens_m2"]:  # 'Oct 21', '21 October', no year
        month = MONTH_NAMES.index((g["ens_m"] or g["ens_m2"] or "")[:3].lower()) + 1
        return latest_before(anchor, month, int(g["ens_d"] or g["ens_d2"]))
    return relative_day(g["relative"].lower(), anchor, previous) if g["relative"] else None


def latest_before(anchor: date, month: int, dom: int) -> date:
    """A date written without a year: the latest one not after the mail's own day (a 12月31日
    in a mail of 2 January is last year's)."""
    day = date(anchor.year, month, dom)
    return day if day <= anchor else date(anchor.year - 1, month, dom)


_CANTONESE = re.compile(r"[嘅咗畀喺嚟啱冇佢哋睇]")


def _spoken(dian: str | None, words: str | None, steps: bool) -> int:
    """The minutes after 点: in written Cantonese a lone 1–11 counts five-minute steps (两点九 = 2:45,
    五点三 = 5:15), elsewhere minutes."""
    if steps and dian and "分" not in dian and words and re.fullmatch(r"[1-9]|1[01]|[一二三四五六七八九十]|十一", words.strip()):
        return 5 * (cn_number(words.strip()) or 0)
    return _minutes(words)


def _clock(g: dict[str, str | None], steps: bool = False) -> tuple[int, int] | None:
    """(hour, minute) of the clock after a date, None when none is written; `steps`: written Cantonese."""
    if g["hhmm"]:  # '0905', '1340hrs'
        return int(g["hhmm"][:2]), int(g["hhmm"][2:])
    if g["dian"] and g["dian"][0] in "差搭":  # 十点差五分 = 9:55; Cantonese 三点搭五 = 3:25 (five-minute steps)
        n = cn_number(re.sub(r"[差搭分\s]", "", g["dian"])) or 0
        hour = cn_number(g["clock_hour"]) or 0
        hour, minute = (hour - 1, 60 - n) if g["dian"][0] == "差" else (hour, 5 * n)
        return _hour(g["clock_part"], hour), minute
    if not g["clock_hour"]:
        return None
    hour, minute = cn_number(g["clock_hour"]) or 0, 0
    if g["clock_minute"]:
        minute = int(g["clock_minute"])
        if g["clock_ampm"]:
            return _english(g["clock_ampm"], hour), minute
    elif g["dian"]:
        minute = _minutes(g["dian"]) if g["dian"] in ("半", "一刻", "三刻") or g["dian"].endswith("个字") \
            else _spoken(g["dian"], g["dian_minute"], steps)
    elif g["shi"]:
        minute = _minutes(g["shi_minute"])
    return _hour(g["clock_part"], hour), minute


def _at(day: date, hour: int, minute: int, second: str | None = None) -> datetime | None:
    """The instant, with the seconds a system's time stamp gives ('08:35:42')."""
    sec = int(second) if second else 0
    if not (0 <= hour < 24 and 0 <= minute < 60 and sec < 60):
        return None
    return datetime(day.year, day.month, day.day, hour, minute, sec, tzinfo=SHANGHAI)


_PM = ("下午", "下昼", "晏昼", "傍晚", "晚上", "夜晚", "夜里", "晚", "PM", "pm")  # 下昼 / 晏昼: Cantonese afternoon
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def find_times(text: str, anchor: date | None, last_day: date | None = None) -> list[TimeMention]:
    """Every date(-time) mention, in order. `anchor` (the Date header's day) supplies a
    missing year and resolves 昨天/今天; 当天 means the day mentioned just before. A time
    with no half of the day written after an afternoon one in the same sentence is in the
    afternoon too when that keeps it later (下午3点10分推送，客户4点半反馈 → 16:30)."""
    out: list[TimeMention] = []
    previous = last_day
    afternoon: tuple[int, int] | None = None  # (end, hour) of the last time said to be after noon
    steps = bool(_CANTONESE.search(text))
    for m in PATTERN.finditer(text):
        g = m.groupdict()
        try:
            if g["on_hh"]:  # 10:04 on 9 April; 3:05pm on the 21st (of the month of the day before)
                base = previous or anchor
                month = MONTH_NAMES.index((g["on_m1"] or g["on_m2"] or "")[:3].lower()) + 1 if not g["on_d3"] \
                    else base.month if base else 0
                dom = int(g["on_d1"] or g["on_d2"] or g["on_d3"])
                day = date(int(g["on_y"]), month, dom) if g["on_y"] else (date(base.year, month, dom) if g["on_d3"] else
                                                                         latest_before(anchor, month, dom) if anchor else None) if base else None
                if day is None:
                    continue
                hour = int(g["on_hh"])
                clock = (_english(g["on_ampm"], hour) if g["on_ampm"] else hour, int(g["on_mm"]))
                part = g["on_ampm"]
            elif g["c_year"]:  # 20260305 1430
                day = date(int(g["c_year"]), int(g["c_month"]), int(g["c_day"]))
                clock = (int(g["c_hour"]), int(g["c_minute"])) if g["c_hour"] else None
                part = None
            elif g["ec_noon"] or g["ec_hour"] or g["ec_hour2"] or g["ec_hour3"] or g["ec_hour4"]:  # 'at noon', '4 in the afternoon'
                if (day := previous or anchor) is None:
                    continue
                hour, minute, said = en_clock(g)
                hour = _inherit(text, m.start(), hour, "said" if said else None, afternoon, colon=False)
                if (at := _at(day, hour, minute)) is not None:
                    out.append(TimeMention(at, m.start(), m.end(), True))
                    afternoon = _after_noon(_trimmed_end(text, m), hour, "PM" if said and hour >= 12 else None, afternoon)
                continue
            elif g["bare_hhmm"]:  # '1545H', '0905hrs': on the day mentioned before
                if (day := previous or anchor) is None:
                    continue
                if (at := _at(day, int(g["bare_hhmm"][:2]), int(g["bare_hhmm"][2:]))) is not None:
                    out.append(TimeMention(at, m.start(), m.end(), True))
                continue
            elif g["bare_hh"] or g["bare_hour"]:  # a time alone: on the day mentioned before
                day = previous or anchor
                if day is None:
                    continue
                hour = int(g["bare_hh"]) if g["bare_hh"] else cn_number(g["bare_hour"]) or 0
                minute = int(g["bare_mm"]) if g["bare_hh"] else _minutes(g["bare_dian"]) \
                    if g["bare_dian"] in ("半", "一刻", "三刻") or (g["bare_dian"] or "").endswith("个字") \
                    else _spoken(g["bare_dian"], g["bare_minute"], steps)
                part = g["bare_part"] or g["bare_ampm"]
                hour = _english(g["bare_ampm"], hour) if g["bare_ampm"] else _hour(g["bare_part"], hour)
                hour = _inherit(text, m.start(), hour, part, afternoon, colon=bool(g["bare_hh"]))
                if (at := _at(day, hour, minute, g["bare_ss"])) is not None:
                    out.append(TimeMention(at, m.start(), m.end(), True))
                    afternoon = _after_noon(_trimmed_end(text, m), hour, part, afternoon)
                continue  # a bare time never becomes the day mentioned before
            else:
                day = _day(g, anchor, previous)
                if day is None:
                    continue
                clock = _clock(g, steps)
                part = g["clock_part"] or g["clock_ampm"]
                implied = IMPLIED_PART.get((g["relative"] or "").lower())
                if clock is not None and not part and implied:
                    clock, part = (_hour(implied, clock[0]), clock[1]), implied
            if clock is not None:
                clock = (_inherit(text, m.start(), clock[0], part, afternoon, colon=bool(g["clock_minute"])), clock[1])
            at = _at(day, *(clock or (0, 0)), g["clock_second"] if clock else None)
        except (ValueError, TypeError, OverflowError):
            continue
        if at is None:
            continue
        out.append(TimeMention(at, m.start(), m.end(), clock is not None))
        if clock is not None:
            afternoon = _after_noon(_trimmed_end(text, m), clock[0], part, afternoon)
        previous = day
    return [in_zone(text, t) for t in _day_after(text, out)]


def _day_after(text: str, out: list[TimeMention]) -> list[TimeMention]:
    """'at 2pm yesterday', '11.05 last night': an English time takes the day written right after it."""
    for i, (t, n) in enumerate(zip(out, out[1:], strict=False)):
        if t.has_time and not n.has_time and 0 <= n.start - t.end <= 2 and (word := text[n.start:n.end].strip()).isascii():
            at = t.at.replace(year=n.at.year, month=n.at.month, day=n.at.day)
            if IMPLIED_PART.get(word.lower()) in _PM and at.hour < 12:  # '11.05 last night' is 23:05
                at += timedelta(hours=12)
            out[i] = replace(t, at=at)
    return out


def _trimmed_end(text: str, m: re.Match) -> int:
    """Where a mention ends, without the spaces or line break the pattern took after it."""
    return m.start() + len(text[m.start():m.end()].rstrip())


def _inherit(text: str, start: int, hour: int, part: str | None, afternoon: tuple[int, int, bool] | None,
             colon: bool) -> int:
    """The afternoon of an earlier time in the same sentence, for a time that names no half:
    after 下午3点 (or 3 pm) any later 4点 / 4:30; after a 24-hour 15:10 only a 4点 (who writes
    4:30 after 15:10 means 4:30)."""
    if part or afternoon is None or hour >= 12 or _SENTENCE_END.search(text, afternoon[0], start):
        return hour
    end, before, said = afternoon
    if colon and not said:
        return hour
    return hour + 12 if hour + 12 >= before else hour


def _after_noon(end: int, hour: int, part: str | None, before: tuple[int, int, bool] | None
                ) -> tuple[int, int, bool] | None:
    """(end, hour, said) of a time after noon: `said` when a word or 'pm' says so."""
    if part in _PM or part in ("p", "P"):
        return (end, hour, True)
    if hour >= 12 and part is None:
        return (end, hour, False)
    return None
