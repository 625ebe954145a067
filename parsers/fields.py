"""Case fields from every place partners put them: labelled lines, HTML and form
tables, forwarded parts, and plain prose. Each value carries its provenance.

Policy is in the tables at the top (LABELS, REASONS, AGENCY_WORDS); the
functions below only apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from parsers import forms
from parsers.records import Fields, Kind, ParsedMail, Provenance, Role
from parsers.text import normalize, without_hq_quotes
from parsers.times import CN_NUM, SHANGHAI, cn_number, find_dates, find_times

__all__ = ["Found", "LABELS", "REASONS", "extract", "missing_for"]

# label → field; matched after NFKC on the whole label cell/prefix (spaces removed).
LABELS: dict[str, tuple[str, ...]] = {
    "partner": ("合作商", "合作商名称", "合作商全称", "代理商", "合作伙伴", "服务商", "渠道商", "申诉单位",
                "提交单位", "反馈单位", "所属合作商", "partner", "agent", "agency"),
    "client": ("客户", "客户名称", "客户全称", "付费客户", "付费企业", "合作单位", "企业名称", "客户公司",
               "付费客户名称", "客户单位", "client", "customer", "clientname"),
    "lead_ids": ("商机编号", "询盘编号", "线索编号", "商机id", "商机号", "商机单号", "询盘号", "编号",
                 "商机编码", "询盘id", "leadid", "lead", "leadno", "leadids", "inquiryid"),
    "pushed_at": ("推送时间", "推送日期", "商机推送时间", "推送时刻", "下发时间", "推送", "pushtime", "pushedat",
                  "pushed", "pushdate"),
    "objected_at": ("反馈时间", "异议时间", "客户反馈时间", "提出异议时间", "投诉时间", "客户异议时间",
                    "异议提出时间", "反馈日期", "客户反馈", "反馈", "异议", "objectiontime", "feedbacktime",
                    "objectedat", "complainttime"),
    "reason": ("申诉理由", "申诉原因", "理由", "原因", "异议原因", "判定标准", "申诉类型", "不计入理由",
               "reason", "criterion"),
    "quota": ("合同商机数", "合同数量", "合同条数", "保底商机", "保底条数", "商机总量", "约定商机数",
              "合同商机", "商机总数", "配额", "合同约定", "合同", "quota", "contractquota"),
    "pushed_count": ("已推送", "已推送商机", "推送数量", "已推送条数", "累计推送", "已推商机", "已推送数量",
                     "已推", "pushedcount", "pushedsofar", "leadspushed"),
    "progress": ("推送进度", "商机进度", "progress"),
    "period": ("服务期", "服务期限", "服务时间", "合同期", "服务周期", "合同期限", "serviceperiod", "period"),
    "service_start": ("服务开始", "开始日期", "起始日期", "服务开始日期", "合同开始", "servicestart", "startdate"),
    "service_end": ("服务结束", "结束日期", "到期日", "服务结束日期", "到期时间", "合同结束", "serviceend",
                    "enddate"),
    "lead_count": ("本批商机", "商机条数", "条数", "反馈条数", "涉及商机", "本次反馈", "leadcount"),
}
_LABEL_OF = {normalize(s).lower(): f for f, syns in LABELS.items() for s in syns}
_LABEL_WORDS = "|".join(sorted(map(re.escape, _LABEL_OF), key=len, reverse=True))
# "label: value", "【label】value", "label<TAB>value", "label value"; English labels may hold spaces.
_LABEL_RE = re.compile(
    r"^\s*[【\[〔(（]?\s*(" + _LABEL_WORDS + r"|[A-Za-z][A-Za-z ]{1,20}?)"
    r"\s*(?:[】\]〕)）]\s*[:：]?|[:：]|\t|\s)\s*(.*?)\s*$", re.I)


def label_field(label: str) -> str | None:
    """The field a label names: exact, or a known label plus a short tail ('合同商机数量')."""
    key = re.sub(r"[\s:：【】\[\]()（）_]", "", normalize(label)).lower()
    if key in _LABEL_OF:
        return _LABEL_OF[key]
    for known in sorted(_LABEL_OF, key=len, reverse=True):
        if len(known) >= 2 and key.startswith(known) and len(key) - len(known) <= 2 \
                and not re.match(r"[\u4e00-\u9fff]{0,2}(分析|情况|说明|方案|意向)", key[len(known):]):
            return _LABEL_OF[known]
    return None

# reason code → words partners use (the process document's criteria, then habits).
REASONS: dict[int, tuple[str, ...]] = {
    1: ("同行", "恶意", "骚扰", "不良询价", "竞争对手", "同业", "套价", "探价", "恶意询价", "竞品"),
    2: ("微信加不上", "加不上", "加不了微信", "微信搜不到", "搜不到微信", "微信无法添加", "添加微信失败",
        "微信号不存在", "加微信", "微信"),
    3: ("留错电话", "电话错误", "空号", "号码错误", "打不通", "错号", "停机", "不对口", "个人需求", "是个人",
        "个人用户", "留错", "电话不对", "非企业"),
    4: ("行业不符", "不符合客户行业", "行业不一致", "不是一个行业", "跨行业", "行业不对", "不属于客户行业",
        "行业不同"),
    5: ("产品不一致", "产品不符", "经营产品不一致", "不是客户的产品", "产品不对", "客户不做这个产品",
        "产品与客户经营", "所需产品与客户"),
}
# Company names with these words are agencies (partners); others are manufacturers (clients).
AGENCY_WORDS = ("网络科技", "信息科技", "网络", "信息技术", "企业服务", "企服", "电子商务", "商务", "传媒",
                "广告", "营销", "商联", "云商", "数字科技", "互联网")
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()·]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团)")
_LEAD_ALNUM = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4}-?\d{4,8}(?:-\d{2,6})+|[A-Z]{2,4}\d{8,14})(?![A-Za-z0-9])")
_LEAD_DIGITS = re.compile(r"(?<![\d./-])(\d{8,10})(?![\d.:/-])")
_LEAD_CONTEXT = re.compile(r"(编号|商机|询盘|线索|ID|No\.?|单号)[^\n]{0,12}$", re.I)


@dataclass(frozen=True)
class Found:
    fields: Fields
    missing: tuple[str, ...]
    provenance: tuple[Provenance, ...]


@dataclass
class _Source:
    name: str  # where the text is, for provenance
    text: str
    rows: list[tuple[str, ...]]
    anchor: date | None = None  # the day 今天/昨天 and year-less dates refer to


def _sources(mail: ParsedMail, tree, context=None) -> list[_Source]:
    """Body, HTML tables, forwarded parts and form attachments, most direct first.

    A reply is read from its own new text and forms only: quoted mail and our subject are not new data.
    """
    anchor = _anchor(mail.date)
    subject = normalize(mail.subject or "")
    if mail.kind == Kind.REPLY:
        body = normalize(mail.new_text)
        return [_Source("new text", body, _tab_rows(body), anchor), *_form_sources(mail, anchor)]
    body = normalize(without_hq_quotes(mail.body_text, getattr(context, "own_domains", ("ptg139.com",))))
    out = [_Source("body", body, _tab_rows(body), anchor)]
    for i, table in enumerate(getattr(tree, "html_tables", []) or []):
        out.append(_Source(f"html table {i + 1}", "", [tuple(normalize(c) for c in row) for row in table], anchor))
    for fwd in mail.forwarded:
        text = normalize(fwd.body_text)
        out.append(_Source(f"forwarded mail {fwd.subject or ''}".strip(), text, _tab_rows(text),
                           _anchor(fwd.date) or anchor))
    out.extend(_form_sources(mail, anchor))
    out.append(_Source("subject", subject, [], anchor))
    return out


def _form_sources(mail: ParsedMail, anchor: date | None) -> list[_Source]:
    out = []
    for att in mail.attachments:
        if att.role != Role.FORM:
            continue
        form = forms.extract(att.data, att.filename, att.content_type)
        if form is None:
            continue
        rows = [tuple(normalize(c) for c in row) for table in form.tables for row in table] + [()]
        text = normalize("\n".join([att.filename, *form.paragraphs]))
        out.append(_Source(f"attachment {att.filename}", text, rows, anchor))
    return out


def _tab_rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(line.split("\t")) for line in text.split("\n") if "\t" in line]


_SEGMENT = re.compile(r"[，,；;]\s*|\s{2,}|\t")
_PAIR_FIELDS = ("lead_ids", "pushed_at", "objected_at", "reason")


def _labelled(sources: list[_Source]) -> list[tuple[str, str, str, _Source]]:
    """(field, value, where, source) for every label we recognise, in reading order."""
    pairs = []
    for src in sources:
        for n, line in enumerate(src.text.split("\n"), 1):
            if line.count("\t") >= 2:  # a table row: read by _table_pairs
                continue
            for segment in [line, *(_SEGMENT.split(line) if _SEGMENT.search(line) else [])]:
                m = _LABEL_RE.match(segment)
                field_name = label_field(m.group(1)) if m else None
                if field_name and m.group(2):
                    value = m.group(2) if segment is not line else _SEGMENT.split(m.group(2))[0] \
                        if field_name in ("quota", "pushed_count", "lead_count") else m.group(2)
                    pairs.append((field_name, value.strip(), f"{src.name} line {n}", src))
        pairs.extend(_table_pairs(src))
    return pairs


def _table_pairs(src: _Source) -> list[tuple[str, str, str, _Source]]:
    """Two-column label tables, and header-row tables (a row of labels, then one record a row)."""
    out = []
    header: list[str | None] | None = None
    for n, row in enumerate(src.rows, 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            header = None
            continue
        named = [label_field(c) if c else None for c in cells]
        if sum(1 for f in named if f in _PAIR_FIELDS) >= 2 or (
                sum(1 for f in named if f) >= 3 and sum(1 for c in cells if c) == sum(1 for f in named if f)):
            header = named
            continue
        if header is not None:
            for field_name, value in zip(header, cells, strict=False):
                if field_name and value:
                    out.append((field_name, value, f"{src.name} row {n}", src))
            continue
        filled = [c for c in cells if c]
        if len(filled) >= 2 and named[cells.index(filled[0])]:
            out.append((named[cells.index(filled[0])], filled[1], f"{src.name} row {n}", src))
    return out


def _company(value: str) -> str | None:
    m = _COMPANY.search(value)
    return _trim_company(m.group(0)) if m else (value.strip() or None)


_LEAD_IN = re.compile(r"推送给|推给|发给|卖给|转给|付费客户|合作单位|客户|我们|我司|贵司|关于|给|向|是|为|的|把|从|跟|与|"
                      r"和|及|在|对|即|问|找|由|帮|让|[(（]")


def _trim_company(name: str) -> str:
    """Drop the words of the sentence that run into a company name ('推给常州…公司' → '常州…公司',
    '精诚注塑(东莞市精诚…公司' → '东莞市精诚…公司')."""
    cut = 0
    for m in _LEAD_IN.finditer(name[:16]):
        if len(name) - m.end() >= 6:
            cut = m.end()
    return name[cut:]


_SIGNATURE_TEAM = re.compile(r"^([\u4e00-\u9fff]{3,12}?)\s*[|｜·/\s]\s*(客服部|客服中心|客户服务部|客服组|运营部|商务部|"
                             r"市场部|服务部)\s*$|^(?:客服部|客服中心|客户服务部)\s*[|｜·/\s]\s*([\u4e00-\u9fff]{3,12})\s*$")


def _signature_partner(body: str) -> str | None:
    """The partner's short name from a signature line such as '河洛云商 客服部', when no full name is written."""
    lines = [line.strip() for line in body.split("\n") if line.strip()][-8:]
    for line in reversed(lines):
        m = _SIGNATURE_TEAM.match(line)
        if m:
            return m.group(1) or m.group(3)
    return None


_SUBJECT_NAME = re.compile(r"^(?:(?:回复|答复|转发|re|fw|fwd)\s*[:：]\s*)*(?:【[^】]*】)?\s*"
                           r"(?:商机申诉|商机调整|商机汇总反馈|汇总反馈|申诉)?\s*[-—:：]?\s*"
                           r"([\u4e00-\u9fff]{2,8}?)(?=\s|第|这|一条|\d|商机|询盘|服务期|汇总|推广|申请|[-—(（])", re.I)
_NOT_A_NAME = re.compile(r"商机|申诉|汇总|反馈|调整|推广|客户|总部|关于|请|申请|不计入|合作")


def _subject_client(subject: str, text: str) -> str | None:
    """A client's short name leading the subject ('卧龙轴承第二批10条商机反馈'), if the body uses it too."""
    m = _SUBJECT_NAME.match(subject)
    if not m or _NOT_A_NAME.search(m.group(1)) or m.group(1) not in text:
        return None
    return m.group(1)


def _is_agency(name: str) -> bool:
    return any(w in name for w in AGENCY_WORDS)


@lru_cache(maxsize=32)
def _extra_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Operator-configured lead id patterns, compiled once per distinct configuration."""
    return tuple(re.compile(p) for p in patterns)


_LIST_SEP = re.compile(r"^\s*[、,，;；/]\s*$|^\s+$")
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}\s*[.、)）:]|[(（]\d{1,2}[)）]|[①-⑳]|第\s*\d{1,2}\s*条|[-*•·])\s*")


def _lead_ids(text: str, labelled: bool, extra: tuple[str, ...] = ()) -> list[str]:
    """Lead ids in order: operator patterns, lettered ids, and bare 8–10 digit numbers that
    are labelled, follow 编号/商机/询盘, start a line, or stand in a list of such numbers."""
    ids = [m.group(0) for pattern in _extra_patterns(extra) for m in pattern.finditer(text)]
    ids += [m.group(1) for m in _LEAD_ALNUM.finditer(text) if m.group(1) not in ids]
    numbers = [m for m in _LEAD_DIGITS.finditer(text) if not _is_compact_date(m.group(1))]
    for i, m in enumerate(numbers):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead_in = _ENUMERATOR.sub("", text[line_start:m.start()])
        listed = any(_LIST_SEP.match(text[a.end():b.start()]) for a, b in
                     ((numbers[i - 1], m) if i else (m, m), (m, numbers[i + 1]) if i + 1 < len(numbers) else (m, m))
                     if a is not b)
        if labelled or listed or not lead_in.strip() \
                or _LEAD_CONTEXT.search(text[max(0, m.start() - 16):m.start()]):
            if m.group(1) not in ids:
                ids.append(m.group(1))
    return ids


def _is_compact_date(digits: str) -> bool:
    """'20260305' is a date, '20563318' is not."""
    if len(digits) != 8 or not digits.startswith("20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def _first_time(value: str, anchor: date | None) -> datetime | None:
    found = find_times(value, anchor)
    timed = [t for t in found if t.has_time]
    return (timed or found)[0].at if found else None


def extract(mail: ParsedMail, tree, context=None) -> Found:
    """The request's fields, their provenance, and the required ones still missing."""
    extra_ids = tuple(getattr(context, "lead_id_patterns", ()) or ())
    extra_reasons = dict(getattr(context, "reason_synonyms", {}) or {})
    anchor = _anchor(mail.date)
    sources = _sources(mail, tree, context)
    pairs = _labelled(sources)
    prov: list[Provenance] = []
    got: dict[str, object] = {}

    def put(name: str, value: object, where: str, rule: str) -> None:
        if value in (None, "", []) or name in got:
            return
        got[name] = value
        prov.append(Provenance(name, str(value), where, rule))

    ids: list[str] = []
    for name, value, where, src in pairs:
        anchor = src.anchor
        if name in ("partner", "client"):
            put(name, _company(value), where, f"label:{name}")
        elif name == "lead_ids":
            for lead in _lead_ids(value, labelled=True, extra=extra_ids):
                if lead not in ids:
                    ids.append(lead)
                    prov.append(Provenance("lead_ids", lead, where, "label"))
        elif name in ("pushed_at", "objected_at"):
            at = _first_time(value, anchor)
            put(name, at.isoformat() if at else None, where, f"label:{name}")
        elif name == "reason":
            code = _reason(value, extra_reasons)
            put("reason_code", code, where, "label:reason")
        elif name in ("quota", "pushed_count", "lead_count"):
            put(name, _count(value), where, f"label:{name}")
        elif name == "progress":
            m = re.search(r"(\d+)\s*/\s*(\d+)", value)
            if m:
                put("pushed_count", int(m.group(1)), where, "progress a/b")
                put("quota", int(m.group(2)), where, "progress a/b")
        elif name == "period":
            dates = find_dates(value)
            if len(dates) >= 2:
                put("service_start", dates[0][0].isoformat(), where, "label:period")
                put("service_end", dates[1][0].isoformat(), where, "label:period")
        elif name in ("service_start", "service_end"):
            dates = find_dates(value)
            put(name, dates[0][0].isoformat() if dates else None, where, f"label:{name}")
    _prose(mail, sources, anchor, got, ids, put, prov, extra_ids, extra_reasons)
    fields = _fields(mail.kind, got, ids)
    return Found(fields, missing_for(mail.kind, fields, mail.attachments), tuple(prov))


def _anchor(date_header: str | None) -> date | None:
    if not date_header:
        return None
    try:
        dt = datetime.fromisoformat(date_header)
    except ValueError:
        return None
    return (dt.astimezone(SHANGHAI) if dt.tzinfo else dt).date()


def _count(value: str) -> int | None:
    m = re.search(rf"(\d+|{CN_NUM})\s*(条|个|家)?", value)
    return cn_number(m.group(1)) if m else None


def _reason(text: str, extra: dict[int, tuple[str, ...]] | None = None) -> int | None:
    m = re.search(r"第\s*([1-5一二三四五])\s*条", text)
    if m:
        return cn_number(m.group(1))
    best, best_score = None, 0
    for code, words in REASONS.items():
        words = words + tuple((extra or {}).get(code, ()))
        score = sum(len(w) for w in words if w in text)
        if score > best_score:
            best, best_score = code, score
    return best


def _prose(mail, sources, anchor, got, ids, put, prov, extra_ids=(), extra_reasons=None) -> None:
    """What labels did not give, from free text: companies, ids, times, reason, counts, periods."""
    text = "\n".join(s.text for s in sources if s.text)
    if mail.kind == Kind.REPLY:  # only what the partner newly states: no names from signatures
        _prose_ids(sources, ids, prov, extra_ids)
        for src in sources:
            _prose_times(src, put)
        _summary_prose(text, put, anchor)
        return
    companies = []
    for m in _COMPANY.finditer(text):
        name = _trim_company(m.group(0))
        if len(name) >= 6 and name not in companies:
            companies.append(name)
    partners = [c for c in companies if _is_agency(c)]
    clients = [c for c in companies if not _is_agency(c)]
    if partners:
        put("partner", max(partners, key=len), "text", "company name (agency words)")
    else:
        put("partner", _signature_partner(sources[0].text if sources else ""), "body signature",
            "short name before 客服部")
    if clients:
        put("client", max(clients, key=len), "text", "company name")
    else:
        put("client", _subject_client(normalize(mail.subject or ""), text), "subject", "short name leading the subject")
    _prose_ids(sources, ids, prov, extra_ids)
    for src in sources:
        if src.text and src.name != "subject" and ("pushed_at" not in got or "objected_at" not in got):
            _prose_times(src, put)
    if mail.kind == Kind.APPEAL:
        put("reason_code", _reason(text, extra_reasons), "text", "reason words")
    if mail.kind == Kind.ADJUSTMENT:
        m = re.search(rf"(\d+|{CN_NUM})\s*条\s*(商机|询盘)?", normalize(mail.subject or "") + "\n" + text)
        stated = cn_number(m.group(1)) if m else None
        put("lead_count", stated if stated in (5, 10) else None, "text", "stated count")
    if mail.kind == Kind.SUMMARY:
        _summary_prose(text, put, anchor)


def _prose_ids(sources: list[_Source], ids: list[str], prov: list[Provenance], extra_ids) -> None:
    for src in sources:
        for lead in _lead_ids(src.text, False, extra_ids) + [x for row in src.rows for c in row
                                                            for x in _lead_ids(c, False, extra_ids)]:
            if lead not in ids:
                ids.append(lead)
                prov.append(Provenance("lead_ids", lead, src.name, "id pattern"))


def _prose_times(src: _Source, put) -> None:
    """Push and objection times from sentences: by the verbs around them, else by order."""
    text = src.text
    found = [t for t in find_times(text, src.anchor) if t.has_time]
    # "8点多推送（短信显示8:16）": the exact time that follows an approximate one wins
    times = [t for i, t in enumerate(found) if not (
        re.match(r"\s*(多|左右|许)", text[t.end:t.end + 3]) and i + 1 < len(found)
        and found[i + 1].start - t.end < 20)]
    for t in times:
        around = text[max(0, t.start - 12):t.start] + text[t.end:t.end + 14]
        if re.search(r"推送|推给|推过|推了|下发|推到", around):
            put("pushed_at", t.at.isoformat(), src.name, "time near 推送")
        elif re.search(r"反馈|异议|投诉|提出|打电话|来电|回电|联系|告诉|说", around):
            put("objected_at", t.at.isoformat(), src.name, "time near 反馈")
    if len(times) >= 2:
        put("pushed_at", times[0].at.isoformat(), src.name, "first time mentioned")
        put("objected_at", times[1].at.isoformat(), src.name, "second time mentioned")


def _summary_prose(text: str, put, anchor: date | None = None) -> None:
    m = re.search(r"(\d+)\s*/\s*(\d+)\s*条?", text)
    if m:
        put("pushed_count", int(m.group(1)), "text", "a/b")
        put("quota", int(m.group(2)), "text", "a/b")
    m = re.search(rf"(?:已推送|已推|累计推送|推送了|推了|共推|已经推)[了送过]?\s*({CN_NUM}|\d+)\s*条", text)
    if m:
        put("pushed_count", cn_number(m.group(1)), "text", "已推送 N 条")
    m = re.search(rf"(?:合同|保底|约定|总共|共)[^\n，。,]{{0,8}}?({CN_NUM}|\d+)\s*条", text)
    if m:
        put("quota", cn_number(m.group(1)), "text", "合同 N 条")
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


def _fields(kind: Kind, got: dict, ids: list[str]) -> Fields:
    common = {"partner": got.get("partner"), "client": got.get("client")}
    if kind == Kind.APPEAL:
        return Fields(**common, lead_ids=tuple(ids), pushed_at=got.get("pushed_at"),
                      objected_at=got.get("objected_at"), reason_code=got.get("reason_code"))
    if kind == Kind.ADJUSTMENT:
        count = got.get("lead_count")
        if len(ids) in (5, 10) and count not in (5, 10):
            count = len(ids)
        return Fields(**common, lead_ids=tuple(ids), lead_count=count or (len(ids) or None))
    if kind == Kind.SUMMARY:
        return Fields(**common, quota=got.get("quota"), pushed_count=got.get("pushed_count"),
                      service_start=got.get("service_start"), service_end=got.get("service_end"))
    if kind == Kind.REPLY:  # whatever the partner newly supplies, for the case to take over
        return Fields(**common, lead_ids=tuple(ids), pushed_at=got.get("pushed_at"),
                      objected_at=got.get("objected_at"), reason_code=got.get("reason_code"),
                      quota=got.get("quota"), pushed_count=got.get("pushed_count"),
                      service_start=got.get("service_start"), service_end=got.get("service_end"))
    return Fields()


REQUIRED = {
    Kind.APPEAL: ("partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code"),
    Kind.ADJUSTMENT: ("partner", "client"),
    Kind.SUMMARY: ("partner", "client", "quota", "pushed_count", "service_start", "service_end"),
}


def missing_for(kind: Kind, fields: Fields, attachments) -> tuple[str, ...]:
    """DOMAIN.md §7: the required fields of a kind that were not found."""
    missing = [name for name in REQUIRED.get(kind, ()) if getattr(fields, name) in (None, ())]
    if kind == Kind.ADJUSTMENT and not fields.lead_ids and not fields.lead_count:
        missing.append("lead_ids")
    if kind == Kind.APPEAL and fields.reason_code == 1 and not any(
            a.role in (Role.RECORDING, Role.SCREENSHOT) for a in attachments):
        missing.append("evidence")
    return tuple(missing)
