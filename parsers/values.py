"""One value from the words around it: a criterion's code (ticked boxes, 第N条, the reasons' words),
a count in figures or Chinese numerals, the first time in a string, an adjustment's stated batch size.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from parsers.english import english_digits
from parsers.numerals import CN_NUM, cn_number
from parsers.records import REASONS
from parsers.times import find_times

__all__ = ["TICKS", "allotment", "count", "counted", "first_time", "reason", "stated_count"]


def first_time(value: str, anchor: date | None, last_day: date | None = None) -> datetime | None:
    """The first time in `value` (a dated one before a bare date); `last_day` is the day a 次日 or
    当天 in it counts from (the push's, for an objection)."""
    found = find_times(value, anchor, last_day)
    timed = [t for t in found if t.has_time]
    return (timed or found)[0].at if found else None


_COUNTED = re.compile(rf"(?<![\d.])(\d+|{CN_NUM})\s*(?:条|件|笔|单|(?:[A-Za-z]+\s+)?leads?\b)", re.I)


_ALLOTMENT = re.compile(rf"每个?\s*(月|季度?)\s*({CN_NUM}|\d+)\s*[条笔][^。\n]{{0,10}}?({CN_NUM}|\d+)\s*个\s*(月|季度?)")


def allotment(text: str) -> int | None:
    """'每月20条，签了12个月', '每季度60条，一年四个季度': the allotment times the periods."""
    m = _ALLOTMENT.search(text)
    if not m or m.group(1)[0] != m.group(4)[0]:
        return None
    return (cn_number(m.group(2)) or 0) * (cn_number(m.group(3)) or 0) or None


_SUM = re.compile(rf"({CN_NUM}|\d+)\s*[条件笔]\s*(?:\+|加上?)\s*[^\d\n,，。]{{0,4}}?({CN_NUM}|\d+)\s*[条件笔]")


def counted(value: str) -> int | None:
    """A number said with what it counts ('260 guaranteed leads', '180件'), none otherwise."""
    m = _COUNTED.search(value)
    return cn_number(m.group(1)) if m else None


def count(value: str) -> int | None:
    value = english_digits(value)
    value = re.sub(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", value)  # '1,200条'
    if m := _SUM.search(value):  # '首期120条+追加80条': the phases together
        return (cn_number(m.group(1)) or 0) + (cn_number(m.group(2)) or 0)
    if (n := allotment(value) or counted(value)) is not None:  # '260 guaranteed leads' after a date: the counted one
        return n
    for m in re.finditer(rf"(\d+|{CN_NUM})\s*(条|个|家)?", value):  # '两年期合同' is no count
        if m.group(2) or not re.match(r"\s*(?:年|个?月|天|周|期|%|％|台|次|小时)", value[m.end():]):
            return cn_number(m.group(1))
    return None


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
TICKS = ("☑", "■", "√", "✓", "✔", "☒", "▣", "●")
_TICKED = re.compile(r"[☑■√✓✔☒▣]\s*([^□☐☑■√✓✔☒▣\n]{1,40})")
_TICKED_AFTER = re.compile(r"((?:[1-5]\s*)?[^\s\d（()）□☐√✓✔☑]{2,12})\s*[（(]\s*[√✓✔☑]\s*[)）]")


_WRONG_NUMBER = re.compile(r"\b(?:phone\s+|mobile\s+|contact\s+)?number\b[^.;\n]{0,30}?\b(?:is|was)\s+(?:wrong|invalid|fake|incorrect)\b")


def reason(text: str, extra: dict[int, tuple[str, ...]] | None = None) -> int | None:
    if re.fullmatch(r"\s*[1-5]\s*", text):  # a form's cell holding the criterion's number alone
        return int(text)
    if re.search(r"[□☐]", text) and (ticked := _TICKED.findall(text)):  # a form's boxes: the ticked one
        text = " ".join(ticked)
    elif ticked := _TICKED_AFTER.findall(text):  # '1同行骚扰 2微信加不上 3留错电话（√）': the option ticked after it
        text = " ".join(ticked)
    if roman := re.search(r"第\s*(III|II|IV|I|V)\s*条", text):  # 第Ⅲ条 (NFKC 'III')
        return _ROMAN[roman.group(1)]
    if re.search(r"(?:判定标准|标准|不计入)[^。\n]{0,6}最后一(?:条|种|项|款)|\bthe last (?:criterion|rule)\b", text, re.I):
        return 5  # '属于判定标准里的最后一条': the fifth
    m = re.search(r"第\s*([1-5一二三四五])\s*(?:条|种|项|款)|判定标准\s*[（(]\s*([1-5一二三四五])\s*[)）]|\b(?:criterion|criteria|rule|item)\s*(?:no\.?\s*)?#?\s*([1-5])\b",
                  text, re.I)
    if m:
        return cn_number(m.group(1) or m.group(2) or m.group(3))
    best, best_score = None, 0
    lowered = text.lower()
    for code, criterion in REASONS.items():
        words = criterion.words + tuple((extra or {}).get(code, ()))
        score = sum(len(w) for w in words if w.lower() in lowered)
        if code == 3 and _WRONG_NUMBER.search(lowered):  # 'the phone number buyer leave is wrong'
            score += len("number is wrong")
        if score > best_score:
            best, best_score = code, score
    return best


_STATED = re.compile(rf"({CN_NUM}|\d+)\s*(?:[条笔筆]|[个单](?=\s*(?:商机|询盘|线索|leads?\b)))\s*(?:商机|询盘|leads?\b)?|\b(5|10|five|ten)\s+leads?\b"
                     rf"|(?:呢|这|嗰)批?\s*(5|10|五|十)\s*单", re.I)  # Cantonese '呢5單', never '成交6单'


def stated_count(text: str) -> int | None:
    """An adjustment's batch size as stated: '十条商机', '10条', 'the last 5 leads'."""
    if not (m := _STATED.search(text)):
        return None
    if m.group(3):
        return cn_number(m.group(3))
    n = cn_number(m.group(1)) if m.group(1) else {"five": 5, "ten": 10}.get(m.group(2).lower()) or int(m.group(2))
    return n if n in (5, 10) else None
