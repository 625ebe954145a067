"""Lead ids: lettered ids (SJ20260603-0052, XP-2605-0316), operator patterns, and bare
8–10 digit numbers when a label, 编号/商机/那条 before them, 号商机 after them, a line start
or a list says so. Phone numbers, dates, model numbers and quantities are not lead ids.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from parsers.numerals import CN_NUM, cn_number
from parsers.records import LEAD_HEAD, LEAD_SHAPES, PREFIX_ALTERNATION

__all__ = ["lead_ids"]

_LEAD_ALNUM = re.compile(rf"(?<![A-Za-z])(?<![A-Za-z]\d)({LEAD_SHAPES}"
                         r"|[A-Z]{1,4}-\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d{2,6})(?![A-Za-z0-9])")  # SKW-25AUG-031
_LEAD_DIGITS = re.compile(r"(?:(?<=No\.)|(?<=NO\.)|(?<=No)|(?<=NO)|(?<![\dA-Za-z./-]))(\d{8,10})(?![\d.:/-])")  # 'No.2611280331'
_LEAD_AFTER = re.compile(r"\s*(?:号|[这那该此]条)?\s*(?:商机|询盘|线索)")  # '2603250418号商机', '…这条商机'
_LEAD_CONTEXT = re.compile(r"(编号|商机|询盘|线索|ID|No\.?|单号)[^\n]{0,12}$|(?:那|这|该)条\s*$", re.I)


@lru_cache(maxsize=32)
def _extra_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Operator-configured lead id patterns, compiled once per distinct configuration."""
    return tuple(re.compile(p) for p in patterns)


_BROKEN = re.compile(r"(?<=[A-Za-z0-9])-[ \t]*(?:\r?\n[ \t]*){1,2}(\d)")  # a blank line too: two <div>s in HTML
_CASE = re.compile(rf"({PREFIX_ALTERNATION})-\d{{4}}-\d{{6}}")  # our case numbers are not lead ids
_LIST_SEP = re.compile(r"^\s*[、,，;；/]\s*$|^\s+$")
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}\s*[.、)）:]|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.．]|第\s*\d{1,2}\s*条|[-*•·])\s*")


def lead_ids(text: str, labelled: bool, extra: tuple[str, ...] = ()) -> list[str]:
    """Lead ids in order: operator patterns, lettered ids, and bare 8–10 digit numbers that
    are labelled, follow 编号/商机/询盘, start a line, or stand in a list of such numbers."""
    text = _BROKEN.sub(r"-\1", text)  # 'SJ20260713-\n0019': an id wrapped at its hyphen
    text = _compact_shorthand(_shorthand(_runs(_prefixed(_DASHES.sub("-", text)))))
    ids = [m.group(0) for pattern in _extra_patterns(extra) for m in pattern.finditer(text)]
    ids += [m.group(1) for m in _LEAD_ALNUM.finditer(text) if m.group(1) not in ids and not _CASE.fullmatch(m.group(1))]
    numbers = [m for m in _LEAD_DIGITS.finditer(text) if not _is_compact_date(m.group(1))]
    for i, m in enumerate(numbers):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead_in = _ENUMERATOR.sub("", text[line_start:m.start()])
        listed = any(_LIST_SEP.match(text[a.end():b.start()]) for a, b in
                     ((numbers[i - 1], m) if i else (m, m), (m, numbers[i + 1]) if i + 1 < len(numbers) else (m, m))
                     if a is not b)
        if labelled or listed or not lead_in.strip() \
                or _LEAD_CONTEXT.search(text[max(0, m.start() - 16):m.start()]) \
                or _LEAD_AFTER.match(text, m.end()):
            if m.group(1) not in ids:
                ids.append(m.group(1))
    if labelled:  # a form's id column: twelve-digit ids too, never a mobile number
        ids += [m.group(1) for m in re.finditer(r"(?<![\d.])(\d{11,12})(?![\d.])", text)
                if m.group(1) not in ids and not re.fullmatch(r"1[3-9]\d{9}", m.group(1))]
    # a bare number like the ids already read (same length, same first four digits) is one too:
    # '2610120088、2610130214 精准；2610140031 不精准'
    shapes = {(len(i), i[:4]) for i in ids if i.isdigit()}
    for m in numbers:
        if m.group(1) not in ids and (len(m.group(1)), m.group(1)[:4]) in shapes:
            ids.append(m.group(1))
    return ids


_DASHES = re.compile(r"(?<=[A-Za-z0-9])[\u2010-\u2015\u2212\ufe58\ufe63\uff0d](?=\d)")  # SJ…—0045: a look-alike
_ID_TAIL = re.compile(rf"(?<![A-Za-z0-9])({LEAD_HEAD}-)(\d{{2,6}})(?![\dA-Za-z])")
_RANGE = re.compile(rf"\s*(?:至|到|~|～|—|–|-|\bto\b|\bthrough\b|\bthru\b)\s*(?:({LEAD_HEAD}-))?(\d{{2,6}})(?![\dA-Za-z年月日号点时:：/-]|\.\d)")
_LEFT_OUT = re.compile(r"^[\s（(]*(?:除了?|不含|不包括|excluding|except)\s*(\d{2,6})|"
                       r"^[\s（(]*(\d{2,6})[^，。,;；\n)）]{0,14}?(?:不算|除外|不在这批|不计|另算|已经?单独)", re.I)
_MORE = re.compile(r"\s*(?:[、,，/]\s*(?:and\s+)?|\band\b|和|及)\s*-?(\d{2,6})(?![\dA-Za-z年月日号点时-]|[:：]\d|\.\d)(?!/(?!\d))")  # …/1121/1125, -0110 and -0113


_RUN = re.compile(rf"(?<![A-Za-z0-9])({LEAD_HEAD}-)(\d{{2,6}})\s*(?:开始|起)?\s*[，,]?\s*连续\s*({CN_NUM}|\d{{1,2}})\s*条")


def _runs(text: str) -> str:
    """'从SJ20261102-0301开始连续5条': the id and the ones after it, written out."""
    def expand(m: re.Match[str]) -> str:
        head, tail, n = m.group(1), m.group(2), cn_number(m.group(3)) or 0
        ids = [f"{head}{int(tail) + k:0{len(tail)}d}" for k in range(n if 1 < n <= 50 else 1)]
        return "、".join(ids) + m.group(0)[len(head) + len(tail):]
    return _RUN.sub(expand, text)


_PREFIXED = re.compile(r"(?:(?:前缀|prefix)[^A-Za-z\n]{0,6}?([A-Z]{1,4}-?\d{2,8}-?)|([A-Z]{1,4}-?\d{2,8}-)\s*(?:开头|打头|(?=[（(]\d)))"
                       r"[^\d\n]{1,16}?(\d{2,6}(?:\s*(?:[、,，/;；]|\band\b|和|及)\s*\d{2,6})+)(?![\d-])", re.I)


def _prefixed(text: str) -> str:
    """'编号前缀都是JA-2611-，后四位：0102、0107…', 'prefix YW-2611-, endings 0412, 0415 and 0430',
    '编号都是SQ-2612-开头，尾号分别为0101、0104…', 'LC-2703-（031、034）': the prefix and each ending, written out."""
    def expand(m: re.Match[str]) -> str:
        tails = re.findall(r"\d{2,6}", m.group(3))
        return m.group(0)[:m.start(3) - m.start()] + "、".join((m.group(1) or m.group(2)) + t for t in tails)
    return _PREFIXED.sub(expand, text)


def _shorthand(text: str) -> str:
    """Ids as people shorten them, written out: 'SJ…-0019/0020' and 'SJ…-0012、0015' (the prefix
    once), 'SJ…-0031 至 SJ…-0035' and 'SJ…-0031至0035' (a range of at most 50)."""
    out, last = [], 0
    for m in _ID_TAIL.finditer(text):
        if m.start() < last:
            continue
        head, tail = m.group(1), m.group(2)
        ids, end = _span(text, head, tail, m.end())
        while (more := _MORE.match(text, end)) and len(more.group(1)) == len(tail):  # '…0081～83、0091～92'
            more_ids, end = _span(text, head, more.group(1), more.end())
            ids += more_ids
        if len(ids) > 1:
            out.append(text[last:m.start()] + "、".join(ids))
            last = end
    return "".join(out) + text[last:] if out else text


def _span(text: str, head: str, tail: str, end: int) -> tuple[list[str], int]:
    """One id, or the range it opens ('0031至0035', '0081～83': a shorter end replaces the last digits)."""
    r = _RANGE.match(text, end)
    if not r or r.group(1) not in (None, head):
        return [head + tail], end
    stop = r.group(2)
    if len(stop) < len(tail) and not r.group(0).lstrip().startswith("-"):  # 'YC-2612-0081-83' is one id
        stop = tail[:len(tail) - len(stop)] + stop
    if len(stop) != len(tail) or not 0 < int(stop) - int(tail) <= 50:
        return [head + tail], end
    ids = [f"{head}{n:0{len(tail)}d}" for n in range(int(tail), int(stop) + 1)]
    for left_out in _LEFT_OUT.finditer(text[r.end():r.end() + 40]):  # '…0301到0306（0304已经单独申诉过了，不算在这批）'
        ids = [i for i in ids if not i.endswith(left_out.group(1) or left_out.group(2))] or ids
    return ids, r.end()


_COMPACT_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4}\d{7,14})(?![\dA-Za-z])")
_COMPACT_RANGE = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*([A-Z]{2,4}\d{7,14})(?![\dA-Za-z])")
# 'ZX0906001-010 共10条': the first id and the last one's tail, as many as the count says
_COMPACT_TAIL_RANGE = re.compile(rf"-(\d{{2,3}})(?![\dA-Za-z-])[^\n，。]{{0,6}}?共?\s*({CN_NUM}|\d+)\s*[条个]")


def _compact_shorthand(text: str) -> str:
    """'XJ2609150047、0052、0061': a suffix replaces as many last digits of an id written without dashes."""
    out, last = [], 0
    for m in _COMPACT_ID.finditer(text):
        if m.start() < last:
            continue
        whole = m.group(1)
        if (r := _COMPACT_RANGE.match(text, m.end())) and len(stop := r.group(1)) == len(whole) \
                and stop[:-3] == whole[:-3] and 0 < int(stop[-3:]) - int(whole[-3:]) <= 50:  # 'SY20270826001—SY20270826010'
            head, n = whole[:-3], int(whole[-3:])
            out.append(text[last:m.start()] + "、".join(f"{head}{k:03d}" for k in range(n, int(stop[-3:]) + 1)))
            last = r.end()
            continue
        if (t := _COMPACT_TAIL_RANGE.match(text, m.end())) and (count := cn_number(t.group(2))):
            tail = len(t.group(1))
            first, last_n = int(whole[-tail:]), int(t.group(1))
            if last_n - first + 1 == count:
                out.append(text[last:m.start()] + "、".join(f"{whole[:-tail]}{k:0{tail}d}" for k in range(first, last_n + 1)))
                last = m.end() + len(t.group(1)) + 1
                continue
        if not (first := _MORE.match(text, m.end())):
            continue
        n, whole, end = len(first.group(1)), m.group(1), m.end()
        ids = [whole]
        while (more := _MORE.match(text, end)) and len(more.group(1)) == n and n < len(whole) - 4:
            ids.append(whole[:-n] + more.group(1))
            end = more.end()
        if len(ids) > 1:
            out.append(text[last:m.start()] + "、".join(ids))
            last = end
    return "".join(out) + text[last:] if out else text


def _is_compact_date(digits: str) -> bool:
    """'20260305' is a date, '20563318' is not."""
    if len(digits) != 8 or not digits.startswith("20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True

