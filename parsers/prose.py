"""What a partner's own sentences say, beyond labels: the field a reply corrects and its new value,
and a summary's counts and service period written as prose.

    corrections(text, put, anchor, extra_reasons)   '推送时间我们写错了，应该是…', 'change the reason to …'
    summary_prose(text, put, anchor)                 '合同120条，已推75条', '服务期2026.3.1-2027.2.28'
    after_push(text)                                 '推送后四十五分钟', 'two and a half hours after the push'

Both report through `put(field, value, where, rule)`, which keeps the first value a field gets.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, timedelta

from parsers.names import company
from parsers.numerals import CN_NUM, cn_number
from parsers.periods import find_dates, find_period
from parsers.times import latest_before
from parsers.values import allotment, count, english_digits, first_time, reason

__all__ = ["after_push", "corrections", "summary_prose"]


# What a reply says it corrects, by the field it names before the correction word.
_CORRECTED_FIELD = (("objected_at", r"反馈时间|异议时间|投诉时间|来电时间|\bobjection time\b|\bobjected\b"),
                    ("pushed_at", r"推送时间|推送日期|推送的时间|推的时间|推播时间|\bpush(?:ed)?(?: time| at)\b"),
                    ("reason_code", r"理由|原因|判定标准|\breason\b|\bcriterion\b"),
                    ("pushed_count", r"已推送|推送数|推送条数|推送了|\bpushed\b|\bdelivered\b"),
                    ("service_end", r"结束日期|结束时间|完结日|结束日|到期日|截止日期|服务期止|\bend date\b"),
                    ("service_start", r"开始日期|起始日期|起始日|开始日|开始时间|服务期起|\bstart date\b"),
                    ("quota", r"合同|合约|保底|保证|保障|\bquota\b"),
                    ("client", r"客户名称|客户名|客户全称|付费客户|\bclient\b"),
                    ("partner", r"合作商|我司名称|公司名称|\bpartner\b"))
_CORRECT_TO = re.compile(r"(?:改为|改成|更正为|应为|应该是|应该系|应系|正确的是|(?:显示|其实|实际上)(?:是|为|系)|正确为|正确应为|全称(?:应)?(?:是|为)|正确(?:的)?全称(?=\s*[:：])|应该?从|是(?=\s*20\d{2}\s*年)|实际(?:截至[^，。；\n]{1,10})?(?:是|为)|"
                         r"\bshould (?:be|read)\b|\bis actually\b)\s*[:：]?\s*",
                         re.I)


_CHANGE_TO = re.compile(r"\b(?:change|correct|update|amend)\s+(?:the\s+)?(.{1,30}?)\s+to\s+", re.I)
# 'the contract actually ends on 31 March 2027': the end (or start) date corrected in a verb
_ACTUALLY = re.compile(r"\b(?:actually|now|really)\s+(?:(?P<end>ends?|expires?|runs\s+(?:until|to|till))|"
                       r"(?P<start>starts?|started|begins?|began))\s+(?:on\s+)?", re.I)


def corrections(text: str, put, anchor: date | None, extra_reasons) -> None:
    """'推送时间我们写错了，应该是5月12日上午9:50', '客户名称写错了，正确的是：…公司', '申诉理由改为第2条':
    the new value of the field the sentence names (the old value was already struck out)."""
    for sentence in re.split(r"[。！!？?\n]", text):
        sentence = _CHANGE_TO.sub(r"\1 should be ", sentence)  # 'change the reason to …'
        sentence = _ACTUALLY.sub(lambda m: " end date should be " if m.group("end") else " start date should be ", sentence)
        if not (m := _CORRECT_TO.search(sentence)):
            continue
        head, value = sentence[:m.start()], sentence[m.end():]
        field = next((f for f, words in _CORRECTED_FIELD if re.search(words, head, re.I)), None)
        if field in ("pushed_at", "objected_at"):
            at = first_time(value, anchor)
            put(field, at.isoformat() if at else None, "new text", f"corrected {field}")
        elif field == "reason_code":
            put(field, reason(value, extra_reasons), "new text", "corrected reason")
        elif field in ("pushed_count", "quota"):
            put(field, count(value), "new text", f"corrected {field}")
        elif field in ("service_start", "service_end") and (dates := find_dates(value, anchor)):
            put(field, dates[0][0].isoformat(), "new text", f"corrected {field}")
        elif field in ("client", "partner") and (name := company(re.split(r"[，,；;（(]", value)[0].strip(" \t“”\"'「」"))):
            put(field, name, "new text", f"corrected {field}")


def summary_prose(text: str, put, anchor: date | None = None, known: dict | None = None) -> None:
    """A summary's counts and period from its sentences; `known` holds what labels already gave."""
    _prose_counts(text, put, known if known is not None else {})
    for m in re.finditer(r"(服务期|服务时间|合同期|服务周期)", text):
        dates = find_dates(text[m.end():m.end() + 60], anchor)
        if len(dates) >= 2:
            put("service_start", dates[0][0].isoformat(), "text", "service period")
            put("service_end", dates[1][0].isoformat(), "text", "service period")
            return
    dates = find_dates(text, anchor)
    for (a, pa), (b, pb) in zip(dates, dates[1:], strict=False):
        if 0 < pb - pa < 40 and re.search(r"[-~—–至到]", text[pa:pb]) and b > a:
            put("service_start", a.isoformat(), "text", "date range")
            put("service_end", b.isoformat(), "text", "date range")
            return
    if period := find_period(text, anchor):  # 2026年3月至次年2月, 1月10日起，服务期一年
        put("service_start", period[0].isoformat(), "text", "service period in months or years")
        put("service_end", period[1].isoformat(), "text", "service period in months or years")
        return
    for m in re.finditer(r"到期日|到期时间|结束日期|截止日期|服务期止|合同到期", text):  # '到期日是2027年5月31日': the end alone
        if dates := find_dates(text[m.end():m.end() + 20], anchor):
            put("service_end", dates[0][0].isoformat(), "text", "service end alone")
            break
    # '服务期从3月1日开始算，到期日回头补给你们': the start alone, in the year of the mail
    m = re.search(r"(?:服务期|服务时间|合同期|合约期)[^。\n]{0,6}?(?:从|自)?\s*(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*"
                  r"(?:开始|起)", text)  # '服务期2026年5月1日开始，到期日我得翻一下合同': the start alone
    if m and (m.group(1) or anchor is not None):
        with suppress(ValueError):  # a 2月30日 names no day
            start = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m.group(1) else \
                latest_before(anchor, int(m.group(2)), int(m.group(3)))
            put("service_start", start.isoformat(), "text", "service start alone")


def _prose_counts(text: str, put, known: dict) -> None:
    got = dict(known)

    def keep(field: str, value, where: str, rule: str) -> None:
        if value is not None and field not in got:
            got[field] = value
        put(field, value, where, rule)

    m = re.search(r"(?<![\d/])(\d{1,5})\s*/\s*(\d{1,5})\s*条", text)
    if m:
        keep("pushed_count", int(m.group(1)), "text", "a/b")
        keep("quota", int(m.group(2)), "text", "a/b")
    m = re.search(rf"已推送[^，。\n]{{0,10}}[，,]?\s*(?:应该是|应为|改为|更正为|实际是)\s*({CN_NUM}|\d+)\s*条", text)
    if m:  # a correction: "已推送数填错了，应该是108条"
        keep("pushed_count", cn_number(m.group(1)), "text", "corrected 已推送")
    m = re.search(rf"(?:已推送|已推播|已推|已派|累计推送|推送了|推了|推咗|共推|已经推|推到(?:现在|目前|今天)(?:是|为|共)?|推到第)[了送过咗]?\s*({CN_NUM}|\d+)\s*[个]?(?:商机)?[条笔个单]",
                  text)
    if m:
        keep("pushed_count", cn_number(m.group(1)), "text", "已推送 N 条")
    m = re.search(r"\b(?:have |has )?(?:delivered|pushed)(?:\s+so\s+far|\s+to\s+date)?\s*(?:is|are|was|were|:|=)?\s+(\d+)\s+leads\b",
                  text, re.I)  # 'so far we have delivered 62 leads', 'pushed so far is 161 leads'
    if m:
        keep("pushed_count", int(m.group(1)), "text", "delivered N leads")
    m = re.search(r"\b(?:guarantees|guaranteed|is for|covers)\s+(\d+)\s+leads\b", text, re.I)  # 'the contract guarantees 280 leads'
    if m:
        keep("quota", int(m.group(1)), "text", "guarantees N leads")
    keep("quota", allotment(text), "text", "N a month (a quarter) for M months (quarters)")  # '合同是每月20条，签了12个月'
    m = re.search(rf"(?:签|合同|合约|保底)[^\n，。,]{{0,6}}?({CN_NUM}|\d+)\s*条?的(?:量|额度)", text)
    if m:  # '今年签的是一百二的量'
        keep("quota", cn_number(m.group(1)), "text", "N 的量")
    m = re.search(rf"(?:合计|共计|总计)(?:保底|保证|合同)?\s*({CN_NUM}|\d+)\s*[条笔]", text)  # '一百二十条加赠送的三十条，合计保底一百五十条'
    if m:  # … but '按月推送情况：6月18条，7月31条…合计216条' totals what was pushed
        pushes = "推" in text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.start()]
        keep("pushed_count" if pushes else "quota", cn_number(m.group(1)), "text", "合计 N 条")
    m = re.search(rf"(?:合同|合约|保底|保证|保障|约定|总共|共)[^\n，。,]{{0,8}}?({CN_NUM}|\d+)\s*[条笔]", text)
    if m:
        keep("quota", cn_number(m.group(1)), "text", "合同 N 条")
    m = re.search(rf"(?:还差|还剩|剩下?|尚有|尚差)\s*({CN_NUM}|\d+)\s*[条笔]\s*(?:没|未|还没|尚未)(?:有)?推", text)
    if m and isinstance(got.get("quota"), int) and "pushed_count" not in got:  # '合同保底300条，目前还差112条没推完'
        put("pushed_count", got["quota"] - (cn_number(m.group(1)) or 0), "text", "quota less what is still owed")


_AMOUNT = (rf"(?:(?P<n>{CN_NUM}|\d+(?:\.\d)?)\s*(?P<half>个半|个)?|(?P<only_half>半个?))\s*(?P<unit>分钟|分|小时|钟头|个钟)")
_PUSHED = r"(?:推送|推过来|推过去|推过嚟|推出去?)"
_DELAYS = (  # '推送后四十五分钟', '推完半小时', '推送半小时后', 'forty-five minutes after the push'
    re.compile(rf"{_PUSHED}\s*(?:之后|以后|后)\s*(?P<h>\d{{1,2}})\s*个?(?:小时|钟头)\s*(?P<m>\d{{1,2}})\s*分"),
    re.compile(r"(?P<h>\d{1,2})\s*(?:个)?(?:小时|hours?|hrs?|h)\s*(?:and\s*)?"
               r"(?P<m>\d{1,2})\s*(?:分钟|分|minutes?|mins?|m(?![a-z]))\s*(?:之后|以后|后|later|after\s+(?:the\s+)?push(?:ed)?)", re.I),
    re.compile(rf"(?:{_PUSHED}\s*(?:之后|以后|后)|推完)\s*(?:大约|约|大概|才|仅|就|只)?\s*{_AMOUNT}"),
    re.compile(rf"{_PUSHED}\s*(?:大约|约|大概|才|仅|就|只)?\s*{_AMOUNT}\s*(?:之后|以后|后)"),
    re.compile(r"(?<![\d.])(?P<en>\d+(?:\.\d)?)(?P<en_half>\s+and\s+a\s+half)?\s+(?P<en_unit>minutes?|mins?|hours?|hrs?)\s+"
               r"(?:after\s+(?:the\s+|it\s+was\s+)?push(?:ed)?|later)\b", re.I))
_AN_HOUR = ((re.compile(r"\ban hour and a half\b", re.I), "1.5 hours"), (re.compile(r"\bhalf an hour\b", re.I), "0.5 hours"),
            (re.compile(r"\ban hour\b", re.I), "1 hour"))


def after_push(text: str) -> timedelta | None:
    """An objection written as a delay after the push: '推送后四十五分钟' (45 min), '推送后两个半小时'
    (2 h 30 min), '推完半小时', '推送半小时后', 'forty-five minutes after the push', 'half an hour
    later'; an approximate one ('一个多小时') is none."""
    text = english_digits(text)
    for pattern, figures in _AN_HOUR:
        text = pattern.sub(figures, text)
    if not (m := next((m for pattern in _DELAYS if (m := pattern.search(text))), None)):
        return None
    g = m.groupdict()
    if g.get("h"):  # '4 hrs 50 mins later', '推送后4小时50分钟'
        return timedelta(hours=int(g["h"]), minutes=int(g["m"]))
    if g.get("en"):
        n, hours = float(g["en"]) + (0.5 if g["en_half"] else 0), g["en_unit"].lower().startswith("h")
    else:
        n = 0.5 if g["only_half"] else float(g["n"]) if g["n"][0].isdigit() else float(cn_number(g["n"]) or 0)
        n += 0.5 if g["half"] == "个半" else 0
        hours = g["unit"] in ("小时", "钟头", "个钟")
    return timedelta(hours=n) if hours else timedelta(minutes=n) if n else None
