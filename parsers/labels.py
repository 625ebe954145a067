"""Labelled values: the label synonyms partners use, and where labels stand — lines
(`标签：值`, `【标签】值`, tabs, several on one line), two-column tables and
header-row tables listing several records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from parsers.text import normalize

__all__ = ["LABELS", "Source", "label_field", "labelled", "tab_rows"]

# label → field; matched after NFKC on the whole label cell/prefix (spaces removed).
LABELS: dict[str, tuple[str, ...]] = {
    "partner": ("合作商", "合作商名称", "合作商全称", "代理商", "合作伙伴", "服务商", "渠道商", "申诉单位", "发件单位", "发件公司",
                "提交单位", "反馈单位", "所属合作商", "合作厂商", "partner", "agent", "agency",
                "partnercompany", "reseller", "channelpartner"),
    "client": ("客户", "客户名称", "客户全称", "付费客户", "付费企业", "合作单位", "企业名称", "客户公司",
               "付费客户名称", "客户单位", "client", "customer", "clientname", "payingclient",
               "customername", "clientcompany"),
    "lead_ids": ("商机编号", "询盘编号", "线索编号", "商机id", "商机号", "商机单号", "询盘号", "编号",
                 "商机编码", "商机序号", "询盘id", "leadid", "lead", "leadno", "leadids", "inquiryid", "leadnumber",
                 "leadnos", "inquiryno"),
    "pushed_at": ("推送时间", "推送日期", "商机推送时间", "推送时刻", "下发时间", "推播时间", "推送", "pushtime", "pushedat",
                  "pushed", "pushdate", "pushedon", "leadpushed", "pushtimebeijing"),
    "objected_at": ("反馈时间", "异议时间", "客户反馈时间", "提出异议时间", "投诉时间", "客户异议时间",
                    "异议提出时间", "反馈日期", "客户反馈", "客户反映", "客户回报", "客户异议", "客户提出", "客户提出时间", "提出时间", "客户投诉", "客户来电", "客户回复", "客户回电", "回报时间", "客户回馈时间", "反映时间", "反馈", "异议", "objectiontime", "feedbacktime",
                    "objectedat", "complainttime", "objected", "clientobjected", "objection",
                    "clientfeedback", "complained", "clientobjection", "objectedon", "objectiontimebeijing"),
    "reason": ("申诉理由", "申诉原因", "理由", "原因", "异议原因", "判定标准", "申诉类型", "不计入理由",
               "reason", "criterion", "appealreason", "reasonforappeal"),
    "quota": ("合同商机数", "合同数量", "合同条数", "保底商机", "保底条数", "商机总量", "约定商机数",
              "合同商机", "商机总数", "配额", "合同约定", "合同", "合约商机数", "合约数量", "合约条数",
              "合约商机", "合约", "保障商机", "保证商机", "合约保证商机", "合同保证商机", "保证商机数", "保障商机数", "合约保障商机数", "合同保障商机数", "保障数量", "quota", "contractquota", "contractedleads", "leadquota", "contractleads",
              "guaranteedleads", "leadsguaranteed", "committedleads", "contract", "guaranteed", "商机配额",
              "保证则数", "保证笔数", "保证条数", "保障则数", "保障件数", "保证件数", "合约件数", "contractedvolume", "guaranteedvolume",
              "package", "leadpackage", "套餐", "套餐条数", "商机套餐"),
    "pushed_count": ("已推送", "已推送商机", "推送数量", "已推送条数", "累计推送", "已推商机", "已推送数量",
                     "已推", "已推送商机数", "pushedcount", "pushedsofar", "leadspushed", "leadspushedtodate",
                     "delivereduptotoday", "delivereduptonow", "已消耗", "消耗",
                     "delivered", "leadsdelivered", "pushedtodate", "deliveredtodate", "leadsdeliveredtodate",
                     "deliveredsofar", "leadsdeliveredsofar", "consumed", "used", "leadsused", "leadsconsumed",
                     "至今已推送", "目前已推送", "截至目前已推送", "已派", "已派送", "leadspushedsofar", "目前已推播", "已推播",
                     "实际推送", "实际已推送"),
    "progress": ("推送进度", "商机进度", "progress"),
    "period": ("服务期", "服务期限", "服务时间", "合同期", "服务周期", "合同期限", "服务期间", "合约期", "合约期间",
               "合约期限", "serviceperiod", "period", "contractperiod", "serviceterm", "term", "contractterm"),
    "service_start": ("服务开始", "开始日期", "起始日期", "服务开始日期", "合同开始", "服务期开始", "服务期起",
                      "服务起始", "开始时间", "servicestart", "startdate", "起", "起始", "生效日期",
                      "合约生效", "合同生效", "生效", "合约开始", "合约起始"),
    "service_end": ("服务结束", "结束日期", "到期日", "服务结束日期", "到期时间", "合同结束", "服务期结束",
                    "服务期止", "服务截止", "截止日期", "serviceend", "enddate", "止", "终止", "终止日期",
                    "合约届满", "合同届满", "届满", "届满日期", "合约到期", "合同到期", "合约结束", "到期"),
    "lead_count": ("本批商机", "商机条数", "条数", "反馈条数", "涉及商机", "本次反馈", "leadcount"),
}
_LABEL_OF = {normalize(s).lower(): f for f, syns in LABELS.items() for s in syns}
_LONGEST_FIRST = tuple(sorted(_LABEL_OF, key=len, reverse=True))
_LABEL_WORDS = "|".join(sorted(map(re.escape, _LABEL_OF), key=len, reverse=True))
# "label: value", "【label】value", "label<TAB>value", "label value"; English labels may hold spaces.
_LABEL_RE = re.compile(
    r"^\s*(?:[◎●■◆▶★☆○◇•·・*]\s*)?[【\[〔(（]?\s*(" + _LABEL_WORDS + r"|[A-Za-z][A-Za-z ]{1,20}?)"
    r"\s*(?:[】\]〕)）]\s*[:：]?|[:：]|\t|\s)\s*(.*?)\s*$", re.I)


# Any short label before an explicit separator (：, 】, tab); label_field decides what it names.
_ANY_LABEL_RE = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[◎●■◆▶★☆○◇•·・])?"  # （四）, ◎
                           r"\s*[【\[〔]?\s*([^\s:：】\]〕\t／/]{2,12}?(?:[(（][^()（）:：\n]{1,12}[)）])?)"  # '推送时间（后台导出，UTC）'
                           r"\s*(?:[】\]〕]\s*[:：]?|[:：／/]|\t|[-—–－]{1,2}\s)\s*(.*?)\s*$")


# '客户情况分析', '客户希望': a known label run into the sentence it opens is no label
_NOT_A_LABEL_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}(分析|情况|说明|方案|意向|意见|评价|备注|反馈|回馈|回应|需求|名单|比例|"
                               r"希望|要求|表示|认为|说|觉得|建议|确认|同意)")


_AS_OF = re.compile(r"^(?:截至|截止|截止到|到)(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
                    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:为止|止)?|^(?:截至|截止|到)(?:今天|今日|目前|本周|现在)")


@lru_cache(maxsize=4096)
def label_field(label: str) -> str | None:
    """The field a label names: exact, or a known label plus a short tail ('合同商机数量')."""
    key = re.sub(r"[(（][^)）]*[)）]", "", normalize(label))  # '申诉理由（对应判定标准）'
    key = re.sub(r"[\s:：【】\[\]()（）_]", "", key).lower()
    key = _AS_OF.sub("", key) or key  # '截至6月29日已推送': the day it counts to is no part of the label
    key = key.replace("推播", "推送")  # Taiwan's word for a push
    key = re.sub(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]", "", key) or key  # '五、客户提出异议时间'
    if key in _LABEL_OF:
        return _LABEL_OF[key]
    for known in _LONGEST_FIRST:
        if len(known) >= 2 and key.startswith(known) and len(key) - len(known) <= 2 \
                and not _NOT_A_LABEL_TAIL.match(key[len(known):]):
            return _LABEL_OF[known]
    for known in _LONGEST_FIRST:  # '目前已推送', '当前推送进度': a short qualifier before a known label
        if len(known) >= 3 and key.endswith(known) and len(key) - len(known) <= 2:
            return _LABEL_OF[known]
    return None


@dataclass
class Source:
    name: str  # where the text is, for provenance
    text: str
    rows: list[tuple[str, ...]]
    anchor: date | None = None  # the day 今天/昨天 and year-less dates refer to
    written: str = ""  # the same text and cells as the writer wrote them (text and rows are normalised)


# segments of a line; never between a date and its time ('推送 Sep 6, 9:40 AM')
_SEGMENT = re.compile(r"(?:[，；;]|,(?!\s*(?:Ltd|Inc|Limited|LLC|Co\b))(?!\d{3}(?!\d)))(?!\s*\d{1,2}[:：]\d{2})\s*|\s{2,}|\t|\s+[/|｜]\s+")
_PAIR_FIELDS = ("lead_ids", "pushed_at", "objected_at", "reason")
_SUMMARY_COLUMNS = ("quota", "pushed_count", "service_start", "service_end", "period")  # 合同条数 | 已推送 | 占比


def labelled(sources: list[Source]) -> list[tuple[str, str, str, Source]]:
    """(field, value, where, source) for every label we recognise, in reading order."""
    pairs = []
    for src in sources:
        for n, line in enumerate(src.text.split("\n"), 1):
            if line.count("\t") >= 2:  # a table row: read by _table_pairs
                continue
            segments = _SEGMENT.split(line) if _SEGMENT.search(line) else []
            found = [(segment, hit) for segment in segments if (hit := _label(segment))]
            if len(found) < 2:  # 'Partner: A / Client: B': each label its own value, never the rest of the line
                found = [(line, hit)] + found if (hit := _label(line)) else found
            for segment, (field_name, value) in found:
                if segment is line and field_name in ("quota", "pushed_count", "lead_count") \
                        and not (field_name == "quota" and re.search(r"20\d{2}", _SEGMENT.split(value)[0])):
                    value = _SEGMENT.split(value)[0]  # a contract's period first: all of it (its size may follow)
                pairs.append((field_name, value.strip(), f"{src.name} line {n}", src))
        pairs.extend(_table_pairs(src))
    return pairs


_EN_LABEL_RE = re.compile(r"^\s*(?:[-*•·]\s*)?([A-Za-z][A-Za-z ()/.]{1,30}?)\s*[:：=]\s*(.*?)\s*$")  # '- Contract: …'


def _label(segment: str) -> tuple[str, str] | None:
    """(field, value) when the segment opens with a label we know; an English label needs its colon
    ('Customer Success | …' in a signature names no client), and may run to several words."""
    for pattern in (_LABEL_RE, _ANY_LABEL_RE, _EN_LABEL_RE):
        m = pattern.match(segment)
        if not m or not m.group(2):
            continue
        label, rest = m.group(1), segment[m.end(1):]
        if label.isascii() and not re.match(r"\s*[】\]〕)）]?\s*[:：\t=]", rest):  # 'quota = 300' too
            continue
        if field_name := label_field(label):  # '客户 - 鲁工破碎', 'quota = 300': the separator is no value
            return field_name, re.sub(r"^[=\s]*(?:[-—–－]{1,2}\s+)?", "", m.group(2))
    return None


_EXAMPLE = re.compile(r"\s*(?:示例|例如|样例|范例|举例|e\.g\.|example)\s*[:：]?", re.I)


def is_example(cell: str) -> bool:
    """A template's sample value ('示例：SJ20260101-0001'): no data of the mail."""
    return bool(_EXAMPLE.match(cell))


def _table_pairs(src: Source) -> list[tuple[str, str, str, Source]]:
    """Two-column label tables, and header-row tables (a row of labels, then one record a row)."""
    out: list[tuple[str, str, str, Source]] = []
    header: list[str | None] | None = None
    later: list[tuple[int, int, str]] = []  # ids of a second id column ('编号 | 结果 | 编号 | 结果'): after the first's

    def flush() -> None:
        out.extend(("lead_ids", value, f"{src.name} row {n}", src) for _, n, value in sorted(later))
        later.clear()

    for n, row in enumerate(src.rows, 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            header = None
            flush()
            continue
        named = [label_field(c) if c else None for c in cells]
        filled = [c for c in cells if c]
        pairs = _row_pairs(filled)
        known = sum(1 for f in named if f)
        if pairs is None and (sum(1 for f in named if f in _PAIR_FIELDS) >= 2 or (known >= 3 and len(filled) == known)
                              or (sum(1 for f in named if f in _SUMMARY_COLUMNS) >= 2  # … and no value among them
                                  and not any(re.search(r"\d|[一二三四五六七八九十百]条", c) for c, f in zip(cells, named, strict=True) if c and not f))
                              or (known >= 4 and 3 * known >= 2 * len(filled))):  # a header with a column or two more
            header = named
            flush()
            continue
        if len(filled) >= 2 and is_example(filled[-1]):
            continue  # a template's instructions ('示例：SJ20260101-0001'), not its data
        if header is not None:  # a field over two columns (推送日期 | 推送时刻) is one value
            values: dict[str, list[str]] = {}
            id_columns = [i for i, f in enumerate(header) if f == "lead_ids"]
            for i, (field_name, value) in enumerate(zip(header, cells, strict=False)):
                if field_name == "lead_ids" and value and i in id_columns[1:]:
                    later.append((i, n, value))
                elif field_name and value:
                    values.setdefault(field_name, []).append(value)
            out.extend((f, " ".join(v), f"{src.name} row {n}", src) for f, v in values.items())
            continue
        if pairs:  # 推送时间 | 09:12 | 客户反馈时间 | 13:40: label, value, label, value
            out.extend((f, v, f"{src.name} row {n}", src) for f, v in pairs)
        elif len(filled) >= 2 and (field_name := named[cells.index(filled[0])]) and not label_field(filled[1]):
            # a reason row of check boxes (申诉理由 | □ 同行 | □ 微信 | ■ 留错电话): all its options;
            # a period over cells (服务期 | 2025年12月1日 | 至 | 2026年11月30日): all of it
            value = " ".join(filled[1:]) if field_name in ("reason", "period", "pushed_at", "objected_at") else filled[1]
            out.append((field_name, value, f"{src.name} row {n}", src))
    flush()
    return out


def _row_pairs(filled: list[str]) -> list[tuple[str, str]] | None:
    """A row of two or more label/value pairs side by side, or None when the row is not one."""
    if len(filled) < 4 or len(filled) % 2:
        return None
    fields, values = [label_field(label) for label in filled[::2]], filled[1::2]
    if not all(fields) or any(label_field(value) for value in values):
        return None
    if len(set(fields)) == 1 and len(set(values)) == 1:  # '编号 | 结果 | 编号 | 结果': the header of two columns of records
        return None
    pairs: list[tuple[str, str]] = []
    for name, value in zip(fields, values, strict=True):  # 推送日期 | 11/27 | 推送时刻 | 09:40: one value
        if pairs and pairs[-1][0] == name:
            pairs[-1] = (name, f"{pairs[-1][1]} {value}")
        else:
            pairs.append((name, value))
    return pairs



def tab_rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(line.split("\t")) for line in text.split("\n") if "\t" in line]
