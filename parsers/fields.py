"""Case fields from every place partners put them: labelled lines, HTML and form
tables, forwarded parts, and plain prose. Each value carries its provenance.

Policy is in tables (labels.LABELS, records.REASONS, names.AGENCY_WORDS); the
functions below only apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from parsers import forms
from parsers.labels import Source, is_example, labelled, tab_rows
from parsers.leads import lead_ids
from parsers.names import (
    companies,
    company,
    english_client,
    is_agency,
    signature_partner,
    subject_client,
    subject_pair,
    subject_partner,
)
from parsers.periods import find_dates, find_period
from parsers.prose import after_push, corrections, summary_prose
from parsers.records import Fields, Kind, Limits, ParsedMail, Provenance, Role
from parsers.text import above_quotes, as_written, normalize, without_hq_quotes, without_replaced
from parsers.times import SHANGHAI, TimeMention, find_times
from parsers.values import TICKS, count, counted, first_time, reason, stated_count

__all__ = ["Found", "extract", "missing_for"]

@dataclass(frozen=True)
class Found:
    fields: Fields
    missing: tuple[str, ...]
    provenance: tuple[Provenance, ...]



def _sources(mail: ParsedMail, tree, context=None) -> list[Source]:
    """Body, HTML tables, forwarded parts and form attachments, most direct first.

    A reply is read from its own new text and forms only: quoted mail and our subject are not new data.
    """
    anchor = _anchor(mail.date)
    subject = normalize(mail.subject or "")
    if mail.kind == Kind.REPLY:  # a correction's old values are not data
        body = without_replaced(normalize(mail.new_text))
        return [Source("new text", body, tab_rows(body), anchor, mail.new_text),
                *_form_sources(mail, anchor, _limits(context))]
    written = without_hq_quotes(mail.body_text, getattr(context, "own_domains", ("ptg139.com",)))
    body = normalize(written)
    out = [Source("body", body, tab_rows(body), anchor, written)]
    for i, table in enumerate(getattr(tree, "html_tables", []) or []):
        out.append(Source(f"html table {i + 1}", "", [tuple(normalize(c) for c in row) for row in table], anchor,
                          "\n".join(c for row in table for c in row)))
    for fwd in mail.forwarded:
        text = normalize(fwd.body_text)
        out.append(Source(f"forwarded mail {fwd.subject or ''}".strip(), text, tab_rows(text),
                           _anchor(fwd.date) or anchor, fwd.body_text))
    out.extend(_form_sources(mail, anchor, _limits(context)))
    out.append(Source("subject", subject, [], anchor, mail.subject or ""))
    return out


def _limits(context) -> Limits:
    return getattr(context, "limits", None) or Limits()


_FIRST_SHEET_ONLY = re.compile(r"第[二2三3]\s*(?:页|个?(?:sheet|工作表|表))[^。\n]{0,30}?(?:仅供(?:对照|参考)|不用(?:重复)?处理|不必处理|不用管)",
                               re.I)


def _form_sources(mail: ParsedMail, anchor: date | None, limits: Limits) -> list[Source]:
    out = []
    for att in mail.attachments:
        if att.role != Role.FORM:
            continue
        form = forms.extract(att.data, att.filename, att.content_type, limits)
        if form is None:
            continue
        if _FIRST_SHEET_ONLY.search(normalize(mail.body_text)) and len(form.tables) > 1:  # '第二页是上一批的，仅供对照'
            form = replace(form, tables=form.tables[:1])
        # an empty row after each table (sheet): a header row never reaches into the next one
        rows = [tuple(normalize(c) for c in row) for table in form.tables for row in (*table, ())]
        titles = [cells[0] for cells in ([c for c in row if c.strip()] for row in rows) if len(cells) == 1]
        text = normalize("\n".join([att.filename, *form.paragraphs, *titles]))  # one-cell rows read as lines
        written = "\n".join([*form.paragraphs, *(c for table in form.tables for row in table for c in row)])
        out.append(Source(f"attachment {att.filename}", text, rows, anchor, written))
    return out




def extract(mail: ParsedMail, tree, context=None) -> Found:
    """The request's fields, their provenance, and the required ones still missing."""
    extra_ids = tuple(getattr(context, "lead_id_patterns", ()) or ())
    extra_reasons = dict(getattr(context, "reason_synonyms", {}) or {})
    anchor = _anchor(mail.date)
    sources = _sources(mail, tree, context)
    pairs = labelled(sources)
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
            put(name, company(value), where, f"label:{name}")
        elif name == "lead_ids":
            for lead in lead_ids(value, labelled=True, extra=extra_ids):
                if lead not in ids:
                    ids.append(lead)
                    prov.append(Provenance("lead_ids", lead, where, "label"))
        elif name == "pushed_at" and mail.kind == Kind.SUMMARY and re.fullmatch(r"\s*\d+\s*(?:条|leads?)?\s*", value):
            put("pushed_count", int(re.sub(r"\D", "", value)), where, "label:pushed N")  # a summary's 'pushed = 187'
        elif name in ("pushed_at", "objected_at"):
            pushed = got.get("pushed_at") if name == "objected_at" else None  # '次日上午8点05分' counts from the push
            at = first_time(value, anchor, datetime.fromisoformat(pushed).date() if isinstance(pushed, str) else None)
            put(name, at.isoformat() if at else None, where, f"label:{name}")
        elif name == "reason":
            code = reason(value, extra_reasons)
            put("reason_code", code, where, "label:reason")
        elif name == "quota" and len(dates := find_dates(value)) >= 2:
            # '合約：115年元月1日至115年12月31日', 'Contract: 1 Apr 2026 – 31 Mar 2027, 260 guaranteed leads':
            # the contract's period, and its size only when said with what it counts
            put("service_start", dates[0][0].isoformat(), where, "label:contract period")
            put("service_end", dates[1][0].isoformat(), where, "label:contract period")
            put("quota", counted(value), where, "label:quota after the contract period")
        elif name in ("quota", "pushed_count", "lead_count"):
            put(name, count(value), where, f"label:{name}")
            if name == "pushed_count" and (m := re.search(r"\d+\s*(?:of|/|／)\s*(\d+)", value)):
                put("quota", int(m.group(1)), where, "label:pushed_count N of M")  # 'Leads delivered: 128 of 200'
        elif name == "progress":
            m = re.search(r"(\d+)\s*/\s*(\d+)", value)
            if m:
                put("pushed_count", int(m.group(1)), where, "progress a/b")
                put("quota", int(m.group(2)), where, "progress a/b")
        elif name == "period":
            dates = [d for d, _ in find_dates(value)]
            if len(dates) < 2 and (period := find_period(value, anchor)):  # 'Q3 2026 – Q2 2027', '两年期…生效'
                dates = list(period)
            if len(dates) >= 2:
                put("service_start", dates[0].isoformat(), where, "label:period")
                put("service_end", dates[1].isoformat(), where, "label:period")
        elif name in ("service_start", "service_end"):
            dates = find_dates(value)
            put(name, dates[0][0].isoformat() if dates else None, where, f"label:{name}")
    _prose(mail, sources, anchor, got, ids, put, prov, extra_ids, extra_reasons)
    fields = _fields(mail.kind, got, ids)
    fields = replace(fields, **{name: as_written(value, [s.written for s in sources])  # 台中聯勝, 宏昇 as written
                                for name in ("partner", "client") if (value := getattr(fields, name))})
    return Found(fields, missing_for(mail.kind, fields, mail.attachments), tuple(prov))


def _anchor(date_header: str | None) -> date | None:
    if not date_header:
        return None
    try:
        dt = datetime.fromisoformat(date_header)
    except ValueError:
        return None
    try:
        return (dt.astimezone(SHANGHAI) if dt.tzinfo else dt).date()
    except OverflowError:
        return None


_WRITTEN_BEFORE = re.compile(r"(?:写成了?|误写成?|写错成|而不是|不是|instead of)\s*[“\"']?([A-Za-z0-9-]{6,20})")


def _prose(mail, sources, anchor, got, ids, put, prov, extra_ids=(), extra_reasons=None) -> None:
    """What labels did not give, from free text: companies, ids, times, reason, counts, periods."""
    text = "\n".join(s.text for s in sources if s.text)
    if mail.kind == Kind.REPLY:  # only what the partner newly states: no names from signatures
        corrections(text, put, anchor, extra_reasons)
        _prose_ids(sources, ids, prov, extra_ids)
        for old in (x for m in _WRITTEN_BEFORE.finditer(text) for x in lead_ids(m.group(1), False, extra_ids)):
            if old in ids and len(ids) > 1:  # '正确的是…0417，之前写成了…0471': the old one is no id of the case
                ids.remove(old)
        for src in sources:
            _prose_times(src, put, mail.sender)
        summary_prose(text, put, anchor, got)
        return
    names = companies(text + "\n" + "\n".join(c for src in sources for row in src.rows for c in row))
    body = sources[0].text if sources else ""
    tail = [line.strip() for line in body.split("\n") if line.strip()][-6:]
    signature = [line for line in tail if len(line) <= 40 and not re.search(r"[:：，,。；;]", line)]
    signed = [c for c in companies("\n".join(signature)) if c != got.get("client")]
    short = [line for line in signature if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", line)]
    signed += [c for c in names if c != got.get("client") and any(s in c for s in short)]
    partners = [c for c in names if is_agency(c) and c != got.get("client")] or signed  # the sender's own company signs the mail
    partners = [c for c in partners if not c.isascii()] or partners  # the Chinese name, as labels give it
    clients = [c for c in names if c not in partners and not is_agency(c) and c != got.get("partner")]
    clients = [c for c in clients if not c.isascii()] or clients  # the Chinese name, as labels give it
    if partners:
        put("partner", max(partners, key=len), "text", "company name (agency words)")
    else:
        put("partner", signature_partner(body)  # or above what it forwards
            or next(filter(None, map(signature_partner, above_quotes(body))), None), "body signature", "short name before 客服部")
    if not partners and not clients and (pair := subject_pair(normalize(mail.subject or ""))):
        put("partner", pair[0], "subject", "short names joined in the subject")
        put("client", pair[1], "subject", "short names joined in the subject")
    if clients:
        put("client", max(clients, key=len), "text", "company name")
    else:
        body_only = re.sub(r"(?m)^\s*(?:主题|主旨|subject)\s*[:：].*$", "", "\n".join(s.text for s in sources if s.name != "subject"),
                           flags=re.I)  # a forwarded header's 主题 line is the subject again
        put("client", subject_client(normalize(mail.subject or ""), text, body_only), "subject", "short name leading the subject")
        put("client", english_client(normalize(mail.subject or ""), text), "subject", "English short name")
    put("partner", subject_partner(normalize(mail.subject or ""), got.get("client")), "subject",
        "short name tagging the subject")
    _prose_ids(sources, ids, prov, extra_ids)
    for src in sources:
        if src.text and src.name != "subject" and ("pushed_at" not in got or "objected_at" not in got):
            _prose_times(src, put, mail.sender)
    if mail.kind == Kind.APPEAL and "objected_at" not in got and isinstance(pushed := got.get("pushed_at"), str) \
            and (delay := after_push(text)):
        put("objected_at", (datetime.fromisoformat(pushed) + delay).isoformat(), "text", "a delay after the push")
    if mail.kind == Kind.APPEAL:
        boxes = [c for src in sources for row in src.rows for c in row
                 if re.search(r"[□☐]", c) and any(t in c for t in TICKS)]  # a cell of boxes, one ticked
        put("reason_code", reason(boxes[0], extra_reasons) if boxes else None, "form", "ticked box in a cell")
        ticked = [" ".join(row[:i] + row[i + 1:]) for src in sources for row in src.rows
                  for i, cell in enumerate(row) if cell.strip() in TICKS and len(row) > 1]
        put("reason_code", reason(" ".join(ticked), extra_reasons), "form", "ticked row")  # ('√', '5.…')
        put("reason_code", reason(text, extra_reasons), "text", "reason words")
    if mail.kind == Kind.ADJUSTMENT:
        put("lead_count", stated_count(normalize(mail.subject or "") + "\n" + text), "text", "stated count")
    if mail.kind == Kind.SUMMARY:
        summary_prose(text, put, anchor, got)


def _prose_ids(sources: list[Source], ids: list[str], prov: list[Provenance], extra_ids) -> None:
    for src in sources:
        for lead in lead_ids(src.text, False, extra_ids) + [x for row in src.rows for c in row if not is_example(c)
                                                            for x in lead_ids(c, False, extra_ids)]:
            if lead not in ids:
                ids.append(lead)
                prov.append(Provenance("lead_ids", lead, src.name, "id pattern"))


_QUOTE_HEADER_LINE = re.compile(r"^\s*(发送时间|发件时间|发送日期|发件日期|寄件日期|时间|日期|Sent|Date)\s*[:：].*$", re.M | re.I)


def _domain(address: str | None) -> str | None:
    return address.rsplit("@", 1)[-1].lower() if address and "@" in address else None


def _quoted_sender_domain(text: str, at: int) -> str | None:
    """The domain of the 发件人/From line of the quoted header block around position `at`."""
    block = text[max(0, at - 300):at + 300]
    m = re.search(r"(?:发件人|From)\s*[:：][^\n]*?[\w.+-]+@([\w.-]+)", block, re.I)
    return m.group(1).lower() if m else None


def _times_by_mail(text: str, anchor: date | None) -> list[TimeMention]:
    """Every time in the text; below a quoted mail's 发送时间 line its 今天 and year-less dates are
    that mail's day, not the day of the mail quoting it."""
    starts = [(0, anchor)] + [(m.end(), sent[0].at.date()) for m in _QUOTE_HEADER_LINE.finditer(text)
                              if (sent := find_times(m.group(0), anchor))]
    out = []
    for (start, day), (end, _) in zip(starts, starts[1:] + [(len(text), None)], strict=True):
        out += [replace(t, start=t.start + start, end=t.end + start) for t in find_times(text[start:end], day)]
    return out


_PUSH_VERB = re.compile(r"推送|推给|推过|推了|推的|推嘅|推咗|下发|推到|\bpush(ed)?\b|\bcame in\b|\barrived\b|\bwas sent\b", re.I)
_OBJECT_VERB = re.compile(r"反馈|异议|投诉|提出|打电话|打过去|拨打|回拨|来电|回电|联系|告诉|告知|核实|说|覆我|回覆|回复我|打嚟|打来|"
                          r"\bobject(ed|ion)?\b|\bcomplain|\bfeedback\b|\bcalled\b|\bemailed\b", re.I)


def _nearest(verb: re.Pattern[str], text: str, t: TimeMention) -> int | None:
    """How far the nearest such verb is from the time, on its line: 12 characters before it, 14
    after; None if none. Spaces, colons and 时间 between do not count ('推送时间: 09:12' is 0)."""
    lo, hi = max(0, t.start - 12, text.rfind("\n", 0, t.start) + 1), t.end + 14
    if (nl := text.find("\n", t.end, hi)) >= 0:
        hi = nl
    before = [_gap(text[m.end():t.start]) for m in verb.finditer(text, lo, t.start)]
    after = [_gap(text[t.end:m.start()]) for m in verb.finditer(text, t.end, hi)]
    return min(before + after, default=None)


def _gap(between: str) -> int:
    return len(_NO_DISTANCE.sub("", between))


_NO_DISTANCE = re.compile(r"[\s:：]|时间|时刻")


def _prose_times(src: Source, put, sender: str | None = None) -> None:
    """Push and objection times from sentences: by the verbs around them, else by order."""
    text = src.text
    headers = [(m.start(), m.end()) for m in _QUOTE_HEADER_LINE.finditer(text)]
    found, sent = [], []  # times in sentences; times a quoted mail was sent (发送时间: …)
    for t in _times_by_mail(text, src.anchor):
        if t.has_time:
            (sent if any(a <= t.start < b for a, b in headers) else found).append(t)
    # "8点多推送（短信显示8:16）": the exact time that follows an approximate one wins
    times = [t for i, t in enumerate(found) if not (
        re.match(r"\s*(多|左右|许)", text[t.end:t.end + 3]) and i + 1 < len(found)
        and found[i + 1].start - t.end < 20)]
    for t in times:  # the verb nearest the time says what it is (a push verb when both are as near)
        pushed, objected = _nearest(_PUSH_VERB, text, t), _nearest(_OBJECT_VERB, text, t)
        if pushed is not None and (objected is None or pushed <= objected):
            put("pushed_at", t.at.isoformat(), src.name, "time near 推送")
        elif objected is not None:
            put("objected_at", t.at.isoformat(), src.name, "time near 反馈")
    if len(times) >= 2 and src.name != "new text":  # a reply states what it corrects, not an order of events
        put("pushed_at", times[0].at.isoformat(), src.name, "first time mentioned")
        put("objected_at", times[1].at.isoformat(), src.name, "second time mentioned")
    # a forwarded complaint from outside the partner, with no time in its words, objects when it was sent
    outside = [t for t in sent if _quoted_sender_domain(text, t.start) not in (None, _domain(sender))]
    if outside:
        put("objected_at", outside[-1].at.isoformat(), src.name, "sent time of the quoted complaint")


def _fields(kind: Kind, got: dict, ids: list[str]) -> Fields:
    common = {"partner": got.get("partner"), "client": got.get("client")}
    if kind == Kind.APPEAL:
        return Fields(**common, lead_ids=tuple(ids), pushed_at=got.get("pushed_at"),
                      objected_at=got.get("objected_at"), reason_code=got.get("reason_code"))
    if kind == Kind.ADJUSTMENT:
        stated = got.get("lead_count")
        if len(ids) in (5, 10) and stated not in (5, 10):
            stated = len(ids)
        return Fields(**common, lead_ids=tuple(ids), lead_count=stated or (len(ids) or None))
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

