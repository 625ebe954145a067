#!/usr/bin/env python3
"""Self-check of the blind7 set, independent of maild and of generate.py's internals.

Run:  python -B tools/corpus/blind7/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind7; the README is next to this file)

For every NNN.eml / NNN.expected.json pair it checks that
  * the raw bytes are CRLF-only and start with Return-Path / Delivered-To / Received;
  * Python's email package parses the message (compat32 and policy.default) and every
    part can be walked and decoded;
  * message_id, sender, subject, case_ref and thread_case_ref agree with the raw headers
    (RFC 2047 decoded, the GB family read as GB18030, raw 8-bit read as UTF-8 or GB18030,
    case_ref after NFKC);
  * the kind agrees with the automatic / thread markers of the samples' README;
  * the attachments found by the samples' rule (a file name in any encoding, or
    Content-Disposition: attachment, or a non-text part of multipart/related; unnamed
    multipart/report parts excluded) are exactly the labelled ones, in order, with the same
    decoded name, declared type, size, sha256, role, sniffed type and inline flag;
  * the label's keys, family, topic and accept are well formed; every partner / client
    value and every alias is in the decoded text (text and HTML parts, forms, subject) -
    or, for an alias, is the simplified form of a string that is; a traditional value has
    its simplified form in accept;
  * every time, count, date, reason code and shorthand id list is re-derived from its
    'source_text' by the parser below (ROC years, relative days, 一刻, Chinese-numeral
    dates, periods given as a length, ranges with a bare end) and equals the label; plain
    lead ids are in the text;
  * 'missing', 'checks' and the summary trigger follow DOMAIN.md section 7 / the samples;
  * the set has 49 messages with the planned counts per kind, family and topic, covers
    the planned charsets / encodings, and the README lists every file;
  * unless --no-regen: generate.py, run into a temporary folder, reproduces every file
    byte for byte.
Exit status 0 when everything holds.
"""
from __future__ import annotations

import calendar
import email
import email.message
import email.policy
import email.utils
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import checkkit  # noqa: E402
import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import (  # noqa: E402
    decode_raw_header,
    nfkc,
    raw_get,
)
from checkkit import decode_text_bytes as dec_bytes  # noqa: E402
from checkkit import header_value as hval  # noqa: E402
from checkkit import py_codec as cs_map  # noqa: E402

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind7")
TZ = timezone(timedelta(hours=8))
ERRORS: list[str] = []

BASE_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes",
             "mail_client", "family", "accept"]
OPT_KEYS = ["topic", "thread_case_ref", "malformed", "checks", "extra"]
END_KEYS = ["source_key", "source_text"]
EXPECTED_KINDS = {"appeal": 16, "adjustment": 9, "summary": 9, "reply": 5, "auto": 2, "unknown": 8}
EXPECTED_FAMILIES = {"traditional": 5, "english": 5, "dates": 5, "numbers": 5, "forms": 5, "non_request": 8, "thread": 5,
                     "short_names": 5, "clean": 4, "auto": 2}
TOPICS = {"question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other"}
TOTAL = 49

# traditional -> simplified, for the characters of this set's company names and labels
T2S = dict(zip("雲銷岡順絲業臺匯數鈞機灣栢藝務劃偉興門創訊華鋼結構膠條號點時國筆這標準",
               "云销冈顺丝业台汇数钧机湾柏艺务划伟兴门创讯华钢结构胶条号点时国笔这标准", strict=True))
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"


def t2s(s):
    return "".join(T2S.get(c, c) for c in s)


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


# --------------------------------------------------------------------------
# reading the message back
# --------------------------------------------------------------------------

def filename_of(part):
    tmp = email.message.Message()
    for h in ("Content-Type", "Content-Disposition"):
        v = raw_get(part, h)
        if v is not None:
            tmp[h] = v
    fn = tmp.get_filename()
    if fn is None:
        fn = tmp.get_param("name")
        if isinstance(fn, tuple):
            fn = email.utils.collapse_rfc2231_value(fn)
    if fn is not None and "=?" in fn:
        fn = checkkit.decode_2047(fn)
    return fn


def walk(msg, texts, atts, in_related=False, in_report=False):
    ct = msg.get_content_type()
    if msg.is_multipart():
        for sub in msg.get_payload():
            walk(sub, texts, atts, ct == "multipart/related", ct == "multipart/report")
        return
    fn = filename_of(msg)
    disp = (raw_get(msg, "Content-Disposition") or "").split(";")[0].strip().lower()
    is_att = fn is not None or disp == "attachment" or (in_related and not ct.startswith("text/"))
    if in_report and fn is None:
        is_att = False
    payload = msg.get_payload(decode=True) or b""
    if ct.startswith("text/") and not is_att:
        cs = msg.get_content_charset()
        t = payload.decode(cs_map(cs)) if cs else dec_bytes(payload)
        texts.append(checkkit.html_text(t, cell=" ") if ct == "text/html" else t)
        return
    if is_att:
        atts.append((fn, ct, payload, disp == "inline"))
        texts.append(checkkit.office_text(payload, sep=" ", empty=None))


# --------------------------------------------------------------------------
# re-deriving values from source_text
# --------------------------------------------------------------------------

CN = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4,
      "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
NUM = "[0-9" + "".join(CN) + "".join(UNIT) + "]+"
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
CTX_DAY_WORDS = ("当天", "同日", "同一天", "same day")
ABS_DAY_WORDS = (("今天", 0), ("今日", 0), ("today", 0), ("昨天", -1), ("昨日", -1), ("yesterday", -1), ("前天", -2))


def cn_int(s):
    s = nfkc(s)
    if s.isdigit():
        return int(s)
    total = cur = 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in UNIT:
            total += (cur or 1) * UNIT[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def norm(s):
    """NFKC, traditional -> simplified, ROC years as Gregorian, Chinese-numeral dates as digits."""
    s = t2s(nfkc(s or ""))
    s = re.sub(r"民国(\d{2,3})年", lambda m: f"{int(m.group(1)) + 1911}年", s)
    s = re.sub(r"([〇零一二三四五六七八九]{4})年", lambda m: "".join(str(CN[c]) for c in m.group(1)) + "年", s)
    s = re.sub(r"(?<=年)([一二三四五六七八九十]{1,3})月", lambda m: f"{cn_int(m.group(1))}月", s)
    s = re.sub(r"(?<=月)([一二三四五六七八九十]{1,3})日", lambda m: f"{cn_int(m.group(1))}日", s)
    return s


def latest_year(mo, d, when):
    """The year that makes month/day the most recent such day not after ``when``."""
    return when.year if (mo, d) <= (when.month, when.day) else when.year - 1


def find_day(s, when, ctx_day=None):
    """(y, m, d, rest) for the first date in s, or None; 当天 / 同日 / same day take ``ctx_day``."""
    m = re.search(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})[日號号]?", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)), s[:m.start()] + " " + s[m.end():]
    m = re.search(r"(\d{1,2})月(\d{1,2})[日號号]", s)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        return latest_year(mo, d, when), mo, d, s[:m.start()] + " " + s[m.end():]
    m = re.search(r"\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)), s[:m.start()] + " " + s[m.end():]
    for m in re.finditer(r"\b([A-Za-z]{3})[a-z]*\.? (\d{1,2})\b(?:, (\d{4})\b)?", s):
        if m.group(1).lower() in MONTHS:
            mo, d = MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))
            y = int(m.group(3)) if m.group(3) else latest_year(mo, d, when)
            return y, mo, d, s[:m.start()] + " " + s[m.end():]
    low = s.lower()
    for word in CTX_DAY_WORDS:
        if word in low and ctx_day is not None:
            i = low.index(word)
            return (*ctx_day, s[:i] + " " + s[i + len(word):])
    for word, delta in ABS_DAY_WORDS:
        if word in low:
            p = when + timedelta(days=delta)
            i = low.index(word)
            return p.year, p.month, p.day, s[:i] + " " + s[i + len(word):]
    return None


def period_of(s):
    m = re.search(r"\d\s*(am|pm)\b", s, re.I)
    if m:
        return m.group(1).lower()
    if any(w in s for w in ("下午", "晚上", "傍晚", "夜里")):
        return "pm"
    if "中午" in s:
        return "noon"
    if any(w in s for w in ("上午", "早上", "早晨", "凌晨")):
        return "am"
    return None


def parse_time(src, ctx, when):
    s, c = norm(src), norm(ctx)
    cday = find_day(c, when)
    day = find_day(s, when, cday[:3] if cday else None)
    if day:
        (y, mo, d), rest = day[:3], day[3]
    elif cday:
        (y, mo, d), rest = cday[:3], s
    else:
        (y, mo, d), rest = (when.year, when.month, when.day), s
    per = period_of(rest) or period_of(cday[3] if cday else c)
    m = re.search(r"(\d{1,2}):(\d{2})", rest)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
    else:
        m = re.search(rf"({NUM})[点时](半|一刻|三刻|({NUM})分?)?", rest)
        h = cn_int(m.group(1))
        mi = {"半": 30, "一刻": 15, "三刻": 45}.get(m.group(2) or "", None)
        if mi is None:
            mi = cn_int(m.group(3)) if m.group(3) else 0
    if per == "pm" and h < 12:
        h += 12
    elif per == "noon" and h < 6:
        h += 12
    elif per == "am" and h == 12:
        h = 0
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def add_months(d, n):
    y, mo = divmod(d.month - 1 + n, 12)
    y, mo = d.year + y, mo + 1
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def parse_day(field, src, ctx, when):
    s = norm(src)
    m = re.search(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", s)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})\b", s)
    if m and m.group(1).lower() in MONTHS:
        return date(int(m.group(3)), MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
    m = re.search(rf"({NUM})\s*个月", s)
    if m:
        start = parse_day("service_start", ctx, "", when)
        return add_months(start, cn_int(m.group(1))) - timedelta(days=1)
    raise ValueError(src)


def reason_of(src):
    s = t2s(nfkc(src)).lower()
    m = re.search(r"[☑√✓✔■]\s*(\d)", s)
    if m:
        return int(m.group(1))
    m = re.search(rf"第\s*({NUM})\s*[条项]", s)
    if m:
        return cn_int(m.group(1))
    m = re.search(r"criterion\s*(\d)", s)
    if m:
        return int(m.group(1))
    table = ((1, ("同行", "competitor", "peer harassment")),
             (2, ("加不上", "加唔到", "cannot be added")),
             (3, ("留错电话", "空号", "wrong number", "individual")),
             (4, ("不符合客户行业", "行业完全不符", "industry")),
             (5, ("产品不一致", "product mismatch")))
    for code, words in table:
        if any(w in s for w in words):
            return code
    return None


def count_of(src):
    s = norm(src)
    m = re.search(rf"({NUM})\s*[条笔]", s)
    if m:
        return cn_int(m.group(1))
    m = re.search(r"(\d+)\s*leads", s)
    if m:
        return int(m.group(1))
    m = re.search(r"\d+", s)
    if m:
        return int(m.group(0))
    raise ValueError(src)


ID_RE = r"[A-Z]{0,3}-?\d{4,}(?:-\d{2,})?"


def dash(s):
    return re.sub("[" + DASHES + "]", "-", nfkc(s))


def expand_ids(sources):
    out = []
    for src in sources:
        s = dash(src)
        m = re.search(rf"({ID_RE})\s*(?:至|~)\s*({ID_RE})\s*\(?\s*共\s*({NUM})\s*条", s)
        if m:
            a, b, n = m.group(1), m.group(2), cn_int(m.group(3))
            if b.isdigit() and len(b) < len(a):
                b = a[:-len(b)] + b
            pa, na = re.match(r"(.*?)(\d+)$", a).groups()
            pb, nb = re.match(r"(.*?)(\d+)$", b).groups()
            assert pa == pb and int(nb) - int(na) + 1 == n, src
            ids = [f"{pa}{k:0{len(na)}d}" for k in range(int(na), int(nb) + 1)]
        else:
            ids, prev = [], None
            for tok in re.split(r"[/、,，;；\s]+", s):
                tok = tok.strip()
                if not tok:
                    continue
                if re.fullmatch(ID_RE, tok) and (prev is None or len(tok) >= len(prev) or not tok.isdigit()):
                    prev = tok
                elif tok.isdigit() and prev is not None:
                    prev = prev[:-len(tok)] + tok
                else:
                    raise ValueError(f"{src!r}: {tok!r}")
                ids.append(prev)
        for i in ids:
            if i not in out:
                out.append(i)
    return out


def trigger(f, when):
    lead = f["quota"] is not None and f["pushed_count"] is not None and f["pushed_count"] / f["quota"] >= 0.6
    s = datetime.fromisoformat(f["service_start"]).replace(tzinfo=TZ)
    e = datetime.fromisoformat(f["service_end"]).replace(tzinfo=TZ) + timedelta(days=1)
    tp = (when - s) / (e - s) >= 0.7
    return "both" if lead and tp else "lead_60" if lead else "time_70" if tp else None


# --------------------------------------------------------------------------
# one message
# --------------------------------------------------------------------------

def check_one(path, lab):
    name = path.name
    raw = path.read_bytes()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(name, "line endings are not CRLF-only")
    hdrs = checkkit.raw_headers(raw, lower=True)
    if [k for k, _ in hdrs[:3]] != ["return-path", "delivered-to", "received"]:
        err(name, f"top headers {[k for k, _ in hdrs[:3]]}")
    keys = list(lab)
    want = BASE_KEYS + [k for k in OPT_KEYS if k in lab] + END_KEYS
    if keys != want:
        err(name, f"keys {keys} != {want}")
    if list(lab["fields"]) != rules.FIELD_KEYS:
        err(name, "field keys differ")
    kind, fam, f = lab["kind"], lab["family"], lab["fields"]
    if kind not in rules.KINDS or fam not in EXPECTED_FAMILIES:
        err(name, f"kind {kind} / family {fam}")
    if (kind == "unknown") != ("topic" in lab) or (kind == "unknown" and lab["topic"] not in TOPICS):
        err(name, "topic")
    if (kind == "appeal") != ("checks" in lab) or (kind in ("adjustment", "summary")) != ("extra" in lab):
        err(name, "checks/extra presence")

    msg = email.message_from_bytes(raw)
    try:
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        for p in m2.walk():
            p.get_content_type()
            if not p.is_multipart():
                p.get_payload(decode=True)
        str(m2.get("Subject", ""))
    except Exception as e:  # noqa: BLE001 - the stdlib failing on our mail is the finding
        err(name, f"policy.default parse failed: {e!r}")

    mid = hval(hdrs, "message-id")
    if (mid.decode() if mid else None) != lab["message_id"]:
        err(name, f"message_id {mid!r}")
    frm = decode_raw_header(hval(hdrs, "from"))
    addr = email.utils.parseaddr(frm)[1]
    if addr.lower() != lab["sender"].lower():
        err(name, f"sender {addr!r}")
    subj = decode_raw_header(hval(hdrs, "subject"))
    if subj != lab["subject"]:
        err(name, f"subject {subj!r} != {lab['subject']!r}")
    cm = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (cm.group(1) if cm else None) != lab["case_ref"]:
        err(name, "case_ref")
    thread = b" ".join(v for k, v in hdrs if k in ("in-reply-to", "references")).decode()
    tids = re.findall(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>", thread)
    if (tids[-1] if tids else None) != lab.get("thread_case_ref"):
        err(name, f"thread_case_ref {tids}")
    auto_h = hval(hdrs, "auto-submitted")
    prec = (hval(hdrs, "precedence") or b"").decode().lower()
    automatic = ((auto_h is not None and not auto_h.decode().lower().startswith("no")) or prec in ("bulk", "junk", "list")
                 or msg.get_content_type() == "multipart/report"
                 or re.match(r"(mailer-daemon|postmaster|no-?reply)@", addr.lower()) is not None
                 or re.match(r"(自动回复|自动答复|自動回覆|自動答覆|Automatic reply)", subj or "") is not None)
    threaded = bool(cm) or bool(tids)
    if automatic != (kind == "auto"):
        err(name, f"automatic markers {automatic} but kind {kind}")
    if not automatic and threaded != (kind == "reply"):
        err(name, f"thread markers {threaded} but kind {kind}")

    texts, found = [subj or ""], []
    walk(msg, texts, found)
    text = "\n".join(texts)
    latts = lab["attachments"]
    if len(found) != len(latts):
        err(name, f"found {len(found)} attachments, labelled {len(latts)}")
    for (fn, ct, data, inline), a in zip(found, latts, strict=False):
        if list(a) != rules.ATT_KEYS:
            err(name, "attachment keys")
        got = {"filename": fn, "content_type": ct.lower(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
               "role": rules.role_of(fn), "detected_type": checkkit.sniff(data, ct), "inline": inline}
        for k in rules.ATT_KEYS:
            if got[k] != a[k]:
                err(name, f"attachment {a['filename']}: {k} {got[k]!r} != {a[k]!r}")
    roles = [a["role"] for a in latts]

    # fields
    src = lab["source_text"]
    for k, vals in src.items():
        if k not in rules.FIELD_KEYS:
            err(name, f"source_text key {k}")
        if vals and vals[0] not in text:
            err(name, f"source_text {k} {vals[0]!r} not in text")
        for c in vals[1:]:
            if c not in text:
                err(name, f"source_text context {k} {c!r} not in text")
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in f.values()) or src or lab["accept"]:
            err(name, f"{kind} with fields, sources or aliases")
    if kind == "reply" and lab["accept"]:
        err(name, "reply with aliases")
    for k in ("partner", "client"):
        if f[k] and f[k] not in text:
            err(name, f"{k} {f[k]!r} not in text")
        aliases = lab["accept"].get(k, [])
        if f[k] and f[k] in aliases:
            err(name, f"{k} value repeated in accept")
        present = [f[k]] + [a for a in aliases if a in text] if f[k] else []
        for a in aliases:
            if a not in text and a not in {t2s(x) for x in present}:
                err(name, f"accept {k} {a!r} neither in text nor a simplified form")
        if f[k] and fam == "traditional" and t2s(f[k]) != f[k] and t2s(f[k]) not in aliases:
            err(name, f"traditional {k} without its simplified form in accept")
    ids = f["lead_ids"]
    for i in ids:
        if nfkc(i) != i or not i.isascii():
            err(name, f"lead id {i!r} not normalised")
    if "lead_ids" in src:
        try:
            exp = expand_ids(src["lead_ids"])
        except (ValueError, AssertionError, AttributeError) as e:
            exp = f"unparsable {e}"
        if exp != ids:
            err(name, f"lead ids {ids} != expansion {exp}")
    else:
        dtext = dash(text)
        for i in ids:
            if i not in dtext:
                err(name, f"lead id {i} not in text")
    when = email.utils.parsedate_to_datetime(hval(hdrs, "date").decode()).astimezone(TZ)
    for k in ("pushed_at", "objected_at"):
        if f[k] is None:
            if k in src:
                err(name, f"source for a null {k}")
            continue
        if k not in src:
            err(name, f"no source_text for {k}")
            continue
        try:
            got = parse_time(src[k][0], " ".join(src[k][1:]), when)
        except (ValueError, AttributeError, TypeError) as e:
            err(name, f"{k}: cannot parse {src[k]!r}: {e!r}")
            continue
        if got != datetime.fromisoformat(f[k]):
            err(name, f"{k}: {src[k]!r} parses to {got.isoformat()}, label {f[k]}")
    if f["reason_code"] is not None:
        if "reason_code" not in src or reason_of(src["reason_code"][0]) != f["reason_code"]:
            err(name, f"reason_code {f['reason_code']} vs source {src.get('reason_code')}")
    elif "reason_code" in src:
        err(name, "source for a null reason")
    for k in ("quota", "pushed_count", "lead_count"):
        if f[k] is None:
            if k in src:
                err(name, f"source for a null {k}")
            continue
        if k not in src:
            if not (k == "lead_count" and ids and len(ids) == f[k]):
                err(name, f"no source_text for {k}")
            continue
        if count_of(src[k][0]) != f[k]:
            err(name, f"{k}: {src[k][0]!r} != {f[k]}")
    if f["lead_count"] is not None and ids and len(ids) != f["lead_count"]:
        err(name, "lead_count != number of ids")
    if kind != "adjustment" and f["lead_count"] is not None:
        err(name, "lead_count outside an adjustment")
    if kind not in ("summary", "reply") and any(f[k] is not None for k in ("quota", "pushed_count", "service_start", "service_end")):
        err(name, "summary fields outside a summary")
    for k in ("service_start", "service_end"):
        if f[k] is None:
            continue
        try:
            got = parse_day(k, src[k][0], " ".join(src[k][1:]), when).isoformat()
        except (KeyError, ValueError, AttributeError) as e:
            err(name, f"{k}: cannot parse: {e!r}")
            continue
        if got != f[k]:
            err(name, f"{k}: {src[k]!r} gives {got}, label {f[k]}")

    if sorted(lab["missing"]) != sorted(rules.missing_fields(kind, f, roles)):
        err(name, f"missing {lab['missing']} != rule {rules.missing_fields(kind, f, roles)}")
    if kind == "appeal" and "checks" in lab:
        ch = lab["checks"]
        if ch != {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                  "evidence_present": rules.evidence_present(roles)}:
            err(name, f"checks {ch}")
    if kind == "adjustment" and "extra" in lab:
        ex = lab["extra"]
        if list(ex) != ["keywords_add", "keywords_remove", "excluded_products", "audience"]:
            err(name, "extra keys")
        for vals in ex.values():
            for v in vals:
                if v not in text:
                    err(name, f"extra {v!r} not in text")
        if not f["lead_count"] and not ids and "lead_ids" not in lab["missing"]:
            err(name, "adjustment without count or ids")
    if kind == "summary" and "extra" in lab:
        ex = lab["extra"]
        if list(ex) != ["trigger", "renewal_intent"] or ex["renewal_intent"] not in (True, False, None):
            err(name, "summary extra")
        if f["service_start"] and f["service_end"] and ex["trigger"] != trigger(f, when):
            err(name, f"trigger {ex['trigger']} != {trigger(f, when)}")
    return kind, fam, lab.get("topic"), raw


def coverage(raws):
    """The set-wide variety the brief asks for, read from the raw bytes."""
    blob = b"\n".join(raws).lower()
    for cs in (b"gbk", b"gb18030", b"gb2312", b"utf-8", b"big5", b"big5-hkscs"):
        if not re.search(rb'charset="?' + re.escape(cs) + rb'"?[;\s]', blob):
            err("set", f"no part declares charset {cs.decode()}")
    for cte in (b"base64", b"quoted-printable", b"8bit", b"7bit"):
        if b"content-transfer-encoding: " + cte not in blob:
            err("set", f"no {cte.decode()} part")
    html_only = sum(1 for r in raws if re.search(rb"(?im)^content-type: text/html", r.split(b"\r\n\r\n", 1)[0]))
    if html_only < 2:
        err("set", "fewer than two HTML-only messages")
    if blob.count(b"filename*") < 2 or blob.count(b'filename="=?') < 5:
        err("set", "too few RFC 2231 / RFC 2047 file names")
    if not any(re.search(rb'filename="[^"\r\n]*[\x80-\xff]', r) for r in raws):
        err("set", "no raw 8-bit file name")
    if sum(1 for r in raws if b"multipart/alternative" in r.lower()) < 20:
        err("set", "too few multipart/alternative messages")
    clients = {b"x-mailer: microsoft outlook", b"x-mailer: foxmail", b"x-qq-mailer", b"coremail", b"x-mailer: iphone mail",
               b"mail.gmail.com", b"x-mailer: apple mail", b"thunderbird", b"wecom"}
    for c in clients:
        if c not in blob:
            err("set", f"no message from {c.decode()}")


def main():
    emls = sorted(DATA.glob("[0-9][0-9][0-9].eml"))
    jsons = sorted(DATA.glob("[0-9][0-9][0-9].expected.json"))
    kinds, fams, topics, raws = {}, {}, set(), []
    for p in emls:
        jp = DATA / (p.stem + ".expected.json")
        if not jp.exists():
            err(p.name, "no label")
            continue
        lab = json.loads(jp.read_text(encoding="utf-8"))
        try:
            k, fam, topic, raw = check_one(p, lab)
        except Exception as e:  # noqa: BLE001 - report and go on
            import traceback
            err(p.name, f"exception {e!r}\n{traceback.format_exc()}")
            continue
        kinds[k] = kinds.get(k, 0) + 1
        fams[fam] = fams.get(fam, 0) + 1
        if topic:
            topics.add(topic)
        raws.append(raw)
    if len(emls) != TOTAL or len(jsons) != TOTAL:
        err("set", f"{len(emls)} eml / {len(jsons)} json, expected {TOTAL}")
    if [p.stem for p in emls] != [f"{i:03d}" for i in range(1, TOTAL + 1)]:
        err("set", f"files are not 001..{TOTAL:03d}")
    if kinds != EXPECTED_KINDS:
        err("set", f"kind counts {kinds}")
    if fams != EXPECTED_FAMILIES:
        err("set", f"family counts {fams}")
    if topics != TOPICS:
        err("set", f"topics {sorted(topics)}")
    coverage(raws)
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for p in emls:
        if f"| {p.stem} |" not in readme:
            err("README", f"{p.stem} not listed")
    if "nobody tuned the parser on it" not in readme:
        err("README", "does not say that nobody tuned the parser on it")
    if "--no-regen" not in sys.argv:
        with tempfile.TemporaryDirectory() as td:
            r = subprocess.run([sys.executable, "-B", str(HERE / "generate.py"), "--out", td], capture_output=True, text=True)
            if r.returncode:
                err("regen", r.stderr[-2000:])
            else:
                made = sorted(Path(td).iterdir())
                for q in made:
                    ref = (HERE if q.name == "README.md" else DATA) / q.name
                    if not ref.exists() or ref.read_bytes() != q.read_bytes():
                        err("regen", f"{q.name} differs on regeneration")
                if len(made) != len(emls) + len(jsons) + 1:
                    err("regen", "file count differs")
    for e in ERRORS:
        print("FAIL", e)
    print("checked {} messages, kinds {}, families {}: {}".format(
        len(emls), dict(sorted(kinds.items())), dict(sorted(fams.items())), "OK" if not ERRORS else f"{len(ERRORS)} problems"))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
