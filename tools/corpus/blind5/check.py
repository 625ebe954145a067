#!/usr/bin/env python3
"""Self-check of the blind5 set (independent of maild and of generate.py's internals).

Run:  python -B tools/corpus/blind5/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind5; the README is next to this file)

For every NNN.eml / NNN.expected.json pair it checks that
  * Python's email package parses the message (compat32 and policy.default), every part
    can be walked and every text part decodes strictly in its declared charset (the GB
    family as GB18030, Big5 as Big5);
  * the raw bytes are CRLF-only, no line reaches 998 octets, and the message starts with
    Return-Path / Delivered-To / Received;
  * the label has the samples' keys plus family (and topic for unknown mail), in order;
  * message_id, sender, subject, case_ref and thread_case_ref agree with the headers;
  * the kind agrees with the automatic / thread markers in the headers;
  * the attachments found by the samples' rule (a file name in any encoding, or
    Content-Disposition: attachment, or a non-text part of multipart/related) are exactly
    the labelled ones, in order, with the same decoded name, declared type (lower case),
    size, sha256, role (by file type), detected type (by magic bytes) and inline flag;
  * every labelled partner/client, lead id, keyword and `accept` alias appears in the
    decoded text (aliases may be the simplified form of traditional text; ids after NFKC
    and dash folding); every `source_text` string appears too, and for replies it stands
    in the new text, before the quoted part;
  * times, counts, service dates, reason codes and shorthand id lists are re-derived from
    `source_text` with this file's own readers and compared with the label;
  * `missing` follows DOMAIN.md section 7, `checks` and the summary trigger agree with the
    fields, auto/unknown mail has no fields;
  * the kind and family counts are the planned ones and the README lists every file;
  * unless --no-regen: generate.py run into a temporary directory reproduces every file
    byte for byte.
Exit status 0 when everything holds.
"""
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
from datetime import date as Date
from datetime import datetime, timedelta, timezone
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
from rules import ATT_KEYS, FIELD_KEYS, role_of  # noqa: E402

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind5")
TZ = timezone(timedelta(hours=8))
ERRORS = []
BASE_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes", "mail_client",
             "family"]
OPT_KEYS = ["topic", "accept", "thread_case_ref", "malformed", "checks", "extra"]
EXPECTED_KINDS = {"appeal": 23, "adjustment": 9, "summary": 15, "reply": 6, "auto": 3, "unknown": 8}
EXPECTED_FAMILIES = {"traditional": 7, "english": 7, "dates": 8, "numbers": 7, "forms": 7, "not-a-request": 8,
                     "thread-correction": 6, "short-names": 6, "clean": 5, "auto": 3}
TOPICS = {"question", "onboarding", "invoice", "meeting", "account", "complaint", "pitch", "other"}

# traditional -> simplified for the characters of this set's traditional company names
T2S = dict(zip("創資訊聯勝數滙務門網絡詮機鋒絲業鈦動設備興裝",
               "创资讯联胜数汇务门网络诠机锋丝业钛动设备兴装", strict=True))
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
QUOTE_MARKERS = ("------------------ 原始邮件", "-----原始邮件-----", "-----Original Message-----", "\nFrom: ", "\n发件人: ",
                 "\n发件人：", "\n寄件者: ", "写道：", "wrote:", "\n>", "-------- 转发的消息", "---------- Forwarded message")


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def t2s(s):
    return "".join(T2S.get(c, c) for c in s)


def fold_ids(s):
    return nfkc(s).translate(DASHES)


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
        return None
    if "=?" in fn:
        fn = checkkit.decode_2047(fn)
    return fn


def sniff(data, declared):
    if data.startswith(b"BEGIN:VCALENDAR"):
        return "text/calendar"
    return checkkit.sniff(data, declared)


def walk(name, msg, texts, atts, in_related=False, in_report=False):
    ct = msg.get_content_type()
    if msg.is_multipart():
        for sub in msg.get_payload():
            walk(name, sub, texts, atts, in_related=(ct == "multipart/related"), in_report=(ct == "multipart/report"))
        return
    fn = filename_of(msg)
    disp = (raw_get(msg, "Content-Disposition") or "").split(";")[0].strip().lower()
    is_att = fn is not None or disp == "attachment" or (in_related and not ct.startswith("text/"))
    if in_report and fn is None:
        is_att = False
    payload = msg.get_payload(decode=True) or b""
    if ct.startswith("text/") and not is_att:
        cs = msg.get_content_charset()
        try:
            t = payload.decode(cs_map(cs), errors="strict") if cs else dec_bytes(payload)
        except (UnicodeDecodeError, LookupError) as e:
            err(name, f"{ct} part does not decode as {cs}: {e}")
            t = payload.decode(cs_map(cs), errors="replace")
        t = t.replace("\r\n", "\n")
        texts.append((ct, checkkit.html_text(t, cell=" ") if ct == "text/html" else t))
        return
    if is_att:
        atts.append((fn, ct, payload, disp == "inline"))
        try:
            texts.append(("attachment", checkkit.office_text(payload, sep=" ", empty=None)))
        except Exception:  # noqa: BLE001 - an unreadable file adds no text; the attachment checks still run
            pass


# --------------------------------------------------------------------------
# re-deriving values from source_text
# --------------------------------------------------------------------------

DIG = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "貳": 2, "贰": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4,
       "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CNUM = "[" + "".join(DIG) + "".join(UNIT) + "]"
NUM = rf"(?:\d+|{CNUM}+)"
MON = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


def cn_int(s):
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in DIG:
            cur = DIG[ch]
        elif ch in UNIT:
            total += (cur or 1) * UNIT[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def resolve_year(mo, d, ref):
    """The most recent (month, day) not after the reference date."""
    y = ref.year
    if (mo, d) > (ref.month, ref.day):
        y -= 1
    return y


def dates_in(s):
    """Every date written in s as (start, end, year or None, month, day), outer matches only, in order."""
    pats = [
        (r"(\d{2,3})年(\d{1,2})月(\d{1,2})日", lambda m: (int(m[1]) + 1911, int(m[2]), int(m[3]))),  # ROC calendar
        (r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})", lambda m: (int(m[3]), int(m[2]), int(m[1]))),  # day first
        (r"(\d{1,2})月(\d{1,2})[日号]", lambda m: (None, int(m[1]), int(m[2]))),
        (r"(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?(?:\s+(\d{4}))?",
         lambda m: (int(m[3]) if m[3] else None, MON[m[2].lower()], int(m[1]))),
        (r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?",
         lambda m: (int(m[3]) if m[3] else None, MON[m[1].lower()], int(m[2]))),
    ]
    found = []
    for pat, conv in pats:
        for m in re.finditer(pat, s):
            found.append((m.start(), m.end()) + conv(m))
    outer = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]
    return sorted(set(outer))


def parse_time(src, ref):
    """An instant from a source string: its last date (or 今天/昨天/当天 against the Date header) and its last
    clock time, with am/pm from an explicit suffix or the last 上午/下午… word before the time."""
    s = re.sub(r"[A-Z]{2}\d{8}-\d{4}", " ", fold_ids(src))
    ds = dates_in(s)
    if ds:
        _, _, y, mo, d = ds[-1]
        y = y if y is not None else resolve_year(mo, d, ref)
    else:
        base = ref - timedelta(days=1) if re.search(r"昨天|昨晚|昨日", s) else ref
        y, mo, d = base.year, base.month, base.day
    times = []
    for m in re.finditer(r"(\d{1,2}):(\d{2})(?!\d)\s*(am|pm|AM|PM)?", s):
        times.append((m.start(), int(m[1]), int(m[2]), (m[3] or "").lower()))
    for m in re.finditer(rf"({NUM})[点點时時](半|一刻|({NUM})分?|多)?", s):
        h = cn_int(m[1])
        mi = 30 if m[2] == "半" else 15 if m[2] == "一刻" else cn_int(m[3]) if m[3] else 0
        times.append((m.start(), h, mi, ""))
    pos, h, mi, ap = sorted(times)[-1]
    if not ap:
        marks = [(mm.start(), mm[0]) for mm in re.finditer(r"上午|早上|今早|凌晨|中午|下午|傍晚|晚上|昨晚|今晚|夜里", s[:pos])]
        if marks:
            w = marks[-1][1]
            ap = "pm" if w in ("下午", "傍晚", "晚上", "昨晚", "今晚", "夜里") or (w == "中午" and h < 6) else "am"
    if ap == "pm" and h < 12:
        h += 12
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def last_day(y, mo):
    return calendar.monthrange(y, mo)[1]


def parse_period(src, ref):
    """(start, end) ISO dates of a service period as written."""
    s = nfkc(src)
    full = [(y, mo, d) for _, _, y, mo, d in dates_in(s) if y is not None]
    if len(full) >= 2:
        a, b = full[0], full[-1]
        return Date(*a).isoformat(), Date(*b).isoformat()
    m = re.search(r"(\d{4})年(\d{1,2})月至(次年|\d{4}年)?(\d{1,2})月", s)
    if m:
        y1, m1, m2 = int(m[1]), int(m[2]), int(m[4])
        y2 = y1 + 1 if m[3] == "次年" else int(m[3][:4]) if m[3] else (y1 if m2 >= m1 else y1 + 1)
        return Date(y1, m1, 1).isoformat(), Date(y2, m2, last_day(y2, m2)).isoformat()
    ds = dates_in(s)
    if len(ds) == 1 and re.search(r"(服务期|服務期)(为|為)?一年", s):
        _, _, y, mo, d = ds[0]
        y = y if y is not None else resolve_year(mo, d, ref)
        start = Date(y, mo, d)
        end = Date(y + 1, mo, d) - timedelta(days=1)
        return start.isoformat(), end.isoformat()
    if len(full) == 1:
        return Date(*full[0]).isoformat(), Date(*full[0]).isoformat()
    raise ValueError(f"no period in {src!r}")


def count_of(src):
    toks = re.findall(NUM, nfkc(src))
    return cn_int(toks[-1])


REASON_WORDS = ((1, ("同行", "同業", "同业", "competitor", "骚扰", "騷擾", "套价")),
                (2, ("微信", "wechat", "加不上", "加唔到")),
                (3, ("留错", "留錯", "空号", "空號", "wrong number")),
                (4, ("行业", "行業", "industry")),
                (5, ("产品不一致", "產品不一致", "product mismatch")))


def reason_of(src):
    s = nfkc(src)
    m = re.search(r"第\s*([1-5一二三四五])\s*[条條]", s) or re.search(r"criterion\s*([1-5])", s, re.I)
    if m:
        return cn_int(m[1])
    for tick in "☑■√":
        if tick in s:
            seg = re.split(r"[☐□]", s[s.index(tick) + 1:])[0].strip()
            if seg[:1].isdigit():
                return int(seg[0])
            s = seg
            break
    low = s.lower()
    for code, words in REASON_WORDS:
        if any(w.lower() in low for w in words):
            return code
    return None


def expand_ids(src):
    s = fold_ids(src)
    out = []
    for m in re.finditer(r"([A-Z]{2}\d{8}-)(\d{4})\s*(?:至|到|~)\s*(?:[A-Z]{2}\d{8}-)?(\d{4})", s):
        out += [f"{m[1]}{n:04d}" for n in range(int(m[2]), int(m[3]) + 1)]
    if out:
        return out
    for m in re.finditer(r"([A-Z]{2}\d{8}-)(\d{4})((?:\s*[/、,]\s*\d{4}(?![-\d]))*)", s):
        out.append(m[1] + m[2])
        out += [m[1] + x for x in re.findall(r"\d{4}", m[3])]
    return out


# --------------------------------------------------------------------------
# one message
# --------------------------------------------------------------------------

def check_one(eml_path, lab):
    name = eml_path.name
    raw = eml_path.read_bytes()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(name, "line endings are not CRLF-only")
    if max(len(ln) for ln in raw.split(b"\r\n")) >= 998:
        err(name, "a line of 998 octets or more")
    hdrs = checkkit.raw_headers(raw, lower=True)
    if [k for k, _ in hdrs[:3]] != ["return-path", "delivered-to", "received"]:
        err(name, f"top headers are {[k for k, _ in hdrs[:3]]}")
    keys = list(lab.keys())
    want = BASE_KEYS + [k for k in OPT_KEYS if k in lab] + ["source_key", "source_text"]
    if keys != want:
        err(name, f"keys {keys} != {want}")
    if list(lab["fields"].keys()) != FIELD_KEYS:
        err(name, "field keys differ")
    kind = lab["kind"]
    if lab["family"] not in EXPECTED_FAMILIES:
        err(name, "family {!r}".format(lab["family"]))
    if (kind == "unknown") != ("topic" in lab) or ("topic" in lab and lab["topic"] not in TOPICS):
        err(name, "topic {!r} for kind {}".format(lab.get("topic"), kind))
    msg = email.message_from_bytes(raw)
    try:
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        for p in m2.walk():
            p.get_content_type()
        str(m2.get("Subject", ""))
    except Exception as e:  # noqa: BLE001 - the stdlib failing on our mail is the finding
        err(name, f"policy.default parse failed: {e!r}")
    mid = hval(hdrs, "message-id")
    if (mid.decode() if mid else None) != lab["message_id"]:
        err(name, f"message_id {mid!r}")
    frm = decode_raw_header(hval(hdrs, "from"))
    addr = email.utils.parseaddr(frm)[1]
    if addr.lower() != lab["sender"].lower():
        err(name, "sender {!r} != {!r}".format(addr, lab["sender"]))
    subj = decode_raw_header(hval(hdrs, "subject"))
    if subj != lab["subject"]:
        err(name, "subject {!r} != {!r}".format(subj, lab["subject"]))
    cm = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (cm[1] if cm else None) != lab["case_ref"]:
        err(name, "case_ref")
    thread = b" ".join(v for k, v in hdrs if k in ("in-reply-to", "references")).decode()
    tids = re.findall(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>", thread)
    if (tids[-1] if tids else None) != lab.get("thread_case_ref"):
        err(name, f"thread_case_ref {tids}")
    auto_hdr = hval(hdrs, "auto-submitted")
    prec = (hval(hdrs, "precedence") or b"").decode().lower()
    automatic = bool((auto_hdr is not None and not auto_hdr.decode().lower().startswith("no"))
                     or prec in ("bulk", "junk", "list") or msg.get_content_type() == "multipart/report"
                     or re.match(r"(mailer-daemon|postmaster|no-?reply)@", addr.lower())
                     or re.match(r"(自动回复|自动答复|自動回覆|自動答覆|Automatic reply|Auto-Reply|Out of Office)", subj or "", re.I))
    threaded = bool(cm) or bool(tids)
    if automatic != (kind == "auto"):
        err(name, f"automatic markers {automatic} but kind {kind}")
    if not automatic and threaded != (kind == "reply"):
        err(name, f"thread markers {threaded} but kind {kind}")
    try:
        date = email.utils.parsedate_to_datetime(hval(hdrs, "date").decode()).astimezone(TZ)
    except Exception as e:  # noqa: BLE001
        err(name, f"Date header: {e!r}")
        return kind, lab["family"]
    # parts and attachments
    texts, found = [], []
    walk(name, msg, texts, found)
    text = "\n".join([subj or ""] + [t for _, t in texts])
    ntext = fold_ids(text)
    latts = lab["attachments"]
    if len(found) != len(latts):
        err(name, f"found {len(found)} attachments, labelled {len(latts)}")
    for (fn, ct, data, inline), a in zip(found, latts, strict=False):
        if list(a.keys()) != ATT_KEYS:
            err(name, "attachment keys")
        got = {"filename": fn, "content_type": ct.lower(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
               "role": role_of(fn or ""), "detected_type": sniff(data, ct), "inline": inline}
        for k in ATT_KEYS:
            if got[k] != a[k]:
                err(name, "attachment {}: {} {!r} != {!r}".format(a["filename"], k, got[k], a[k]))
    # fields against the text
    f = lab["fields"]
    src = lab["source_text"]
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in f.values()) or src:
            err(name, f"{kind} with fields or sources")
    for k in ("partner", "client"):
        if f[k] and f[k] not in text:
            err(name, f"{k} {f[k]!r} not in text")
    shorthand = {x for s in src.get("lead_ids", []) for x in expand_ids(s)}  # compared with the label below
    for lid in f["lead_ids"]:
        if lid not in ntext and lid not in shorthand:
            err(name, f"lead id {lid} not in text")
        if fold_ids(lid) != lid:
            err(name, f"lead id {lid!r} not normalised")
    if len(set(f["lead_ids"])) != len(f["lead_ids"]):
        err(name, "duplicate lead ids")
    if kind in ("appeal", "adjustment", "summary"):  # every SJ-style id written is labelled, in order of appearance
        seen = list(dict.fromkeys(re.findall(r"[A-Z]{2}\d{8}-\d{4}", ntext)))
        if [x for x in f["lead_ids"] if x in seen] != seen:
            err(name, f"lead ids in the text {seen} != labelled {f['lead_ids']}")
    for k, vals in src.items():
        if k not in FIELD_KEYS:
            err(name, f"source_text key {k}")
        for v in vals:
            if v not in text:
                err(name, f"source_text {k} {v!r} not in text")
    if kind == "reply":
        first = next((t for ct, t in texts if ct == "text/plain"), None) or next((t for ct, t in texts if ct == "text/html"), "")
        cut = min([first.find(q) for q in QUOTE_MARKERS if q in first] or [len(first)])
        new = first[:cut]
        for k, vals in src.items():
            for v in vals:
                if v not in new:
                    err(name, f"reply source {k} {v!r} is not in the new text")
        if not any(v not in (None, []) for v in f.values()):
            err(name, "a correction reply without a corrected field")
        if f["partner"] or f["client"]:
            err(name, "reply names a company")
    # re-derive from source_text
    for k in ("pushed_at", "objected_at"):
        if f[k]:
            if k not in src:
                err(name, f"no source_text for {k}")
                continue
            for s in src[k]:
                got = parse_time(s, date)
                if got != datetime.fromisoformat(f[k]):
                    err(name, f"{k}: {s!r} reads as {got.isoformat()}, label {f[k]}")
        elif k in src:
            err(name, f"source for a null {k}")
    if f["reason_code"] is not None:
        for s in src.get("reason_code", [""]):
            if reason_of(s) != f["reason_code"]:
                err(name, f"reason_code: {s!r} reads as {reason_of(s)}, label {f['reason_code']}")
    elif "reason_code" in src:
        err(name, "source for a null reason")
    for k in ("quota", "pushed_count", "lead_count"):
        if f[k] is not None:
            if k not in src:
                err(name, f"no source_text for {k}")
            elif any(count_of(s) != f[k] for s in src[k]):
                err(name, f"{k}: {src[k]!r} != {f[k]}")
        elif k in src:
            err(name, f"source for a null {k}")
    if f["lead_count"] is not None and f["lead_ids"] and len(f["lead_ids"]) != f["lead_count"]:
        err(name, "lead_count != number of ids")
    if "lead_ids" in src:
        exp = [x for s in src["lead_ids"] for x in expand_ids(s)]
        if exp != f["lead_ids"]:
            err(name, f"lead_ids from {src['lead_ids']!r} are {exp}, label {f['lead_ids']}")
    for i, k in enumerate(("service_start", "service_end")):
        if f[k] is not None:
            if k not in src:
                err(name, f"no source_text for {k}")
                continue
            for s in src[k]:
                got = parse_period(s, date)[i]
                if got != f[k]:
                    err(name, f"{k}: {s!r} reads as {got}, label {f[k]}")
    if kind == "adjustment":
        for k in ("keywords_add", "keywords_remove", "excluded_products", "audience"):
            for v in lab["extra"][k]:
                if v not in text:
                    err(name, f"extra {k} {v!r} not in text")
    # accept
    acc = lab.get("accept", {})
    for fld in ("partner", "client"):
        v = f[fld]
        for a in acc.get(fld, []):
            if a == v:
                err(name, f"accept repeats the {fld} value")
            if a not in text and a not in t2s(text):
                err(name, f"accept alias {a!r} not in text")
        if v and t2s(v) != v and t2s(v) not in acc.get(fld, []):
            err(name, f"traditional {fld} without its simplified form in accept")
    if acc and kind not in ("appeal", "adjustment", "summary"):
        err(name, "accept on a non-request")
    # missing, checks, trigger
    miss = rules.missing_fields(kind, f, [a["role"] for a in latts])
    if sorted(lab["missing"]) != sorted(miss):
        err(name, "missing {} != rule {}".format(lab["missing"], miss))
    if kind == "appeal":
        ch = lab["checks"]
        if ch["evidence_present"] != rules.evidence_present(a["role"] for a in latts):
            err(name, "evidence_present")
        if ch["objection_within_8h"] != rules.within_8h(f["pushed_at"], f["objected_at"]):
            err(name, "objection_within_8h")
    if kind == "summary":
        ex = lab["extra"]
        if ex["trigger"] not in ("lead_60", "time_70", "both"):
            err(name, "trigger")
        if f["quota"] and f["pushed_count"] is not None and f["service_start"] and f["service_end"]:
            lead = f["pushed_count"] / f["quota"] >= 0.6
            s0 = datetime.fromisoformat(f["service_start"] + "T00:00:00+08:00")
            e0 = datetime.fromisoformat(f["service_end"] + "T00:00:00+08:00") + timedelta(days=1)
            timep = (date - s0) / (e0 - s0) >= 0.7
            want_t = "both" if lead and timep else "lead_60" if lead else "time_70" if timep else None
            if ex["trigger"] != want_t:
                err(name, f"trigger {ex['trigger']} != {want_t}")
        if ex["renewal_intent"] not in (True, False, None):
            err(name, "renewal_intent")
    return kind, lab["family"]


def main():
    emls = sorted(DATA.glob("[0-9][0-9][0-9].eml"))
    kinds, fams = {}, {}
    for p in emls:
        jp = DATA / (p.stem + ".expected.json")
        if not jp.exists():
            err(p.name, "no label")
            continue
        lab = json.loads(jp.read_text(encoding="utf-8"))
        try:
            k, fam = check_one(p, lab)
        except Exception as e:  # noqa: BLE001 - report, keep going
            import traceback
            err(p.name, f"exception {e!r}\n{traceback.format_exc()}")
            continue
        kinds[k] = kinds.get(k, 0) + 1
        fams[fam] = fams.get(fam, 0) + 1
    if kinds != EXPECTED_KINDS:
        err("set", f"kind counts {kinds}")
    if fams != EXPECTED_FAMILIES:
        err("set", f"family counts {fams}")
    jsons = sorted(DATA.glob("[0-9][0-9][0-9].expected.json"))
    if len(jsons) != len(emls) or not 60 <= len(emls) <= 66:
        err("set", f"{len(emls)} eml / {len(jsons)} json")
    if [p.stem for p in emls] != [f"{i:03d}" for i in range(1, len(emls) + 1)]:
        err("set", "files are not numbered 001.. without gaps")
    readme_path = DATA / "README.md" if (DATA / "README.md").exists() else HERE / "README.md"  # a --out folder holds its own
    readme = readme_path.read_text(encoding="utf-8") if readme_path.exists() else ""
    for p in emls:
        if f"| {p.stem} |" not in readme:
            err("README", f"{p.stem} not listed")
    if "--no-regen" not in sys.argv:
        with tempfile.TemporaryDirectory() as td:
            r = subprocess.run([sys.executable, "-B", str(HERE / "generate.py"), "--out", td], capture_output=True, text=True)
            if r.returncode:
                err("regen", r.stderr[-2000:])
            else:
                made = sorted(Path(td).iterdir())
                for q in made:
                    ref = readme_path if q.name == "README.md" else DATA / q.name
                    if not ref.exists() or ref.read_bytes() != q.read_bytes():
                        err("regen", f"{q.name} differs on regeneration")
                if len(made) != len(emls) + len(jsons) + 1:  # + README.md
                    err("regen", "file count differs")
    for e in ERRORS:
        print("FAIL", e)
    print("checked {} messages, kinds {}, families {}: {}".format(
        len(emls), dict(sorted(kinds.items())), dict(sorted(fams.items())), "OK" if not ERRORS else f"{len(ERRORS)} problems"))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
