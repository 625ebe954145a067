#!/usr/bin/env python3
"""Self-check of the blind4 set (independent of maild and of generate.py's internals).

Run:  python -B check.py [--no-regen]

For every NNN.eml / NNN.expected.json pair it checks that
  * Python's email package parses the message (compat32 and policy.default) and
    every part can be walked and decoded;
  * the raw bytes are CRLF-only and start with Return-Path / Delivered-To / Received;
  * message_id, sender, subject, case_ref and thread_case_ref agree with the headers
    (subjects RFC 2047-decoded, gb2312/GBK read as GB18030, raw 8-bit read as GB18030);
  * the attachments found by the README rule (file name in any encoding, or
    Content-Disposition: attachment, or a non-text part of multipart/related;
    unnamed multipart/report parts excluded) are exactly the labelled ones, in
    order, with the same decoded name, declared type (lower case), size, sha256,
    role (by file type), detected type (by magic bytes) and inline flag;
  * every labelled value appears in the decoded text of the message (text and
    HTML parts, forwarded messages, .docx/.xlsx contents, subject), every
    'accept' alias too, and each time / number / date / reason code is re-derived
    from its 'source_text' and compared with the label;
  * 'missing' equals the rule of DOMAIN.md section 7; auto/unknown have no fields;
  * the kind counts are 15/6/5/5/5/4 and the README lists every file;
  * unless --no-regen: generate.py run into a temporary directory reproduces
    every file byte for byte.
Exit status 0 when everything holds.
"""
import email
import email.generator
import email.header
import email.message
import email.policy
import email.utils
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = timezone(timedelta(hours=8))
ERRORS = []
BASE_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes", "mail_client"]
OPT_KEYS = ["accept", "thread_case_ref", "malformed", "checks", "extra"]
FIELD_KEYS = ["partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code", "lead_count", "quota",
              "pushed_count", "service_start", "service_end"]
ATT_KEYS = ["filename", "content_type", "size", "sha256", "role", "detected_type", "inline"]
EXPECTED_COUNTS = {"appeal": 15, "adjustment": 6, "summary": 5, "reply": 5, "auto": 5, "unknown": 4}


def err(name, msg):
    ERRORS.append("%s: %s" % (name, msg))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def cs_map(cs):
    cs = (cs or "us-ascii").lower().strip('"')
    return "gb18030" if cs in ("gb2312", "gbk", "x-gbk", "gb18030", "cp936") else cs


def dec_bytes(b, cs=None):
    if cs:
        return b.decode(cs_map(cs))
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def dec_words(s):
    out = []
    for chunk, cs in email.header.decode_header(s):
        if isinstance(chunk, bytes):
            out.append(chunk.decode(cs_map(cs) if cs else "ascii"))
        else:
            out.append(chunk)
    return "".join(out)


def raw_headers(raw):
    head = raw.split(b"\r\n\r\n", 1)[0]
    unfolded = re.sub(rb"\r\n(?=[ \t])", b"", head)
    res = []
    for line in unfolded.split(b"\r\n"):
        k, _, v = line.partition(b":")
        res.append((k.decode("ascii").lower(), v.strip()))
    return res


def hval(hdrs, name):
    for k, v in hdrs:
        if k == name:
            return v
    return None


def decode_raw_header(v):
    if v is None:
        return None
    if any(c >= 0x80 for c in v):
        return dec_bytes(v)
    return dec_words(v.decode("ascii"))


def surrogate_fix(s):
    if s is None:
        return None
    if any(0xDC80 <= ord(c) <= 0xDCFF for c in s):
        return dec_bytes(s.encode("ascii", "surrogateescape"))
    return s


def raw_get(part, name):
    """Header value as written; raw 8-bit bytes (kept as surrogates by compat32) read as UTF-8 or GB18030."""
    for k, v in part.raw_items():
        if k.lower() == name.lower():
            return surrogate_fix(v if isinstance(v, str) else str(v))
    return None


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
    if fn is None:
        return None
    if "=?" in fn:
        fn = dec_words(fn)
    return fn


def sniff(data, declared):
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"%PDF"):
        return "application/pdf"
    if data.startswith(b"#!AMR"):
        return "audio/amr"
    if data[4:8] == b"ftyp" and data[8:12] in (b"M4A ", b"mp42", b"isom"):
        return "audio/mp4"
    if data.startswith(b"ID3") or data[:2] == b"\xff\xfb":
        return "audio/mpeg"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio/wav"
    if data.startswith(b"PK\x03\x04"):
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        if any(n.startswith("word/") for n in names):
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if any(n.startswith("xl/") for n in names):
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return "application/zip"
    if declared == "message/rfc822":
        return "message/rfc822"
    return "application/octet-stream"


def role_of(fn):
    f = fn.lower()
    if f.endswith((".mp3", ".amr", ".m4a", ".wav", ".aac")):
        return "recording"
    if f.endswith((".png", ".jpg", ".jpeg")):
        return "screenshot"
    if f.endswith((".doc", ".docx", ".xls", ".xlsx", ".pdf")):
        return "form"
    return "other"


def html_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|tr|h\d|li|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def office_text(data):
    kind = sniff(data, None)
    out = []
    if kind.endswith("wordprocessingml.document"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" ".join(c.text for c in r.cells))
    elif kind.endswith("spreadsheetml.sheet"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, datetime):
                        cells.append(v.strftime("%Y-%m-%d %H:%M") if (v.hour, v.minute) != (0, 0) else v.strftime("%Y-%m-%d"))
                    else:
                        cells.append(str(v))
                out.append(" ".join(cells))
    return "\n".join(out)


def raw_message_bytes(part):
    """Bytes of an embedded message/rfc822 part exactly as in the file."""
    g = email.generator.BytesGenerator
    buf = io.BytesIO()
    g(buf, mangle_from_=False, policy=email.policy.compat32.clone(linesep="\r\n")).flatten(part.get_payload()[0])
    return buf.getvalue()


def walk(msg, texts, atts, in_related=False, in_report=False):
    """Own recursion so that an attached message/rfc822 is an attachment and its text still counts."""
    ct = msg.get_content_type()
    if msg.is_multipart() and ct != "message/rfc822":
        for sub in msg.get_payload():
            walk(sub, texts, atts, in_related=(ct == "multipart/related"), in_report=(ct == "multipart/report"))
        return
    fn = filename_of(msg)
    disp = (raw_get(msg, "Content-Disposition") or "").split(";")[0].strip().lower()
    is_att = fn is not None or disp == "attachment" or (in_related and not ct.startswith("text/"))
    if in_report and fn is None:
        is_att = False
    if ct == "message/rfc822":
        inner = msg.get_payload()[0]
        data = raw_message_bytes(msg)
        sub_texts = []
        walk(inner, sub_texts, [], False, False)
        subj = inner.get("Subject")
        if subj:
            texts.append(dec_words(subj))
        texts.extend(sub_texts)
        if is_att:
            atts.append((fn, msg.get_content_type(), data, disp == "inline"))
        return
    if ct.startswith("text/") and not is_att:
        payload = msg.get_payload(decode=True) or b""
        cs = msg.get_content_charset()
        t = payload.decode(cs_map(cs)) if cs else dec_bytes(payload)
        texts.append(html_text(t) if ct == "text/html" else t)
        return
    data = msg.get_payload(decode=True) or b""
    if is_att:
        atts.append((fn, ct, data, disp == "inline"))
        try:
            texts.append(office_text(data))
        except Exception as e:  # noqa
            texts.append("")


CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s):
    s = nfkc(s)
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


NUM = r"[0-9一二两三四五六七八九十百]+"


def parse_time(src, date):
    s = nfkc(src)
    y, mo, d = date.year, date.month, date.day
    m = re.search(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        s = s[m.end():]
    else:
        m = re.search(r"(\d{1,2})月(\d{1,2})日", s)
        if m:
            mo, d = int(m.group(1)), int(m.group(2))
            s = s[m.end():]
        elif "昨天" in s:
            p = date - timedelta(days=1)
            y, mo, d = p.year, p.month, p.day
    pm = any(w in s for w in ("下午", "晚上", "傍晚"))
    m = re.search(r"(\d{1,2}):(\d{2})", s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
    else:
        m = re.search(r"(%s)点(半|(%s)分?)?" % (NUM, NUM), s)
        h = cn_int(m.group(1))
        mi = 30 if m.group(2) == "半" else (cn_int(m.group(3)) if m.group(3) else 0)
    if pm and h < 12:
        h += 12
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def parse_day(src, date):
    s = nfkc(src)
    m = re.search(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})", s)
    if m:
        return "%04d-%02d-%02d" % (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(去年|今年|明年)(\d{1,2})月(\d{1,2})日", s)
    y = date.year + {"去年": -1, "今年": 0, "明年": 1}[m.group(1)]
    return "%04d-%02d-%02d" % (y, int(m.group(2)), int(m.group(3)))


def reason_of(src):
    s = nfkc(src)
    m = re.search(r"第(%s)条" % NUM, s)
    if m:
        return cn_int(m.group(1))
    for code, words in ((1, ("同行",)), (2, ("微信", "加不上")), (3, ("留错", "错电话", "空号")), (4, ("行业",)),
                        (5, ("产品不一致", "产品与客户经营产品不一致"))):
        if any(w in s for w in words):
            return code
    return None


def count_of(src):
    m = re.search(r"(%s)条" % NUM, nfkc(src))
    return cn_int(m.group(1))


def missing_rule(kind, f, atts):
    miss = []
    if kind == "appeal":
        miss = [k for k in ("partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code") if not f[k]]
        if f["reason_code"] == 1 and not any(a["role"] in ("recording", "screenshot") for a in atts):
            miss.append("evidence")
    elif kind == "adjustment":
        miss = [k for k in ("partner", "client") if not f[k]]
        if not f["lead_count"] and not f["lead_ids"]:
            miss.append("lead_ids")
    elif kind == "summary":
        miss = [k for k in ("partner", "client", "quota", "pushed_count", "service_start", "service_end") if f[k] is None]
    return miss


def check_one(eml_path, lab):
    name = eml_path.name
    raw = eml_path.read_bytes()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(name, "line endings are not CRLF-only")
    hdrs = raw_headers(raw)
    if [k for k, _ in hdrs[:3]] != ["return-path", "delivered-to", "received"]:
        err(name, "top headers are %s" % [k for k, _ in hdrs[:3]])
    # keys
    keys = list(lab.keys())
    want = BASE_KEYS + [k for k in OPT_KEYS if k in lab] + ["source_key", "source_text"]
    if keys != want:
        err(name, "keys %s != %s" % (keys, want))
    if list(lab["fields"].keys()) != FIELD_KEYS:
        err(name, "field keys differ")
    # parse with both policies
    msg = email.message_from_bytes(raw)
    try:
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        for p in m2.walk():
            p.get_content_type()
            str(m2.get("Subject", ""))
    except Exception as e:
        err(name, "policy.default parse failed: %r" % e)
    # headers
    mid = hval(hdrs, "message-id")
    if (mid.decode() if mid else None) != lab["message_id"]:
        err(name, "message_id %r" % mid)
    frm = decode_raw_header(hval(hdrs, "from"))
    addr = email.utils.parseaddr(frm)[1]
    if addr.lower() != lab["sender"].lower():
        err(name, "sender %r != %r" % (addr, lab["sender"]))
    subj = decode_raw_header(hval(hdrs, "subject"))
    if subj != lab["subject"]:
        err(name, "subject %r != %r" % (subj, lab["subject"]))
    cm = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (cm.group(1) if cm else None) != lab["case_ref"]:
        err(name, "case_ref")
    thread = b" ".join(v for k, v in hdrs if k in ("in-reply-to", "references")).decode()
    tids = [m.group(1) for m in re.finditer(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>", thread)]
    if (tids[-1] if tids else None) != lab.get("thread_case_ref"):
        err(name, "thread_case_ref %s" % tids)
    # kind sanity from thread markers / automatic markers
    auto_hdr = hval(hdrs, "auto-submitted")
    prec = (hval(hdrs, "precedence") or b"").decode().lower()
    automatic = (auto_hdr is not None and not auto_hdr.decode().lower().startswith("no")) or prec in ("bulk", "junk", "list") \
        or msg.get_content_type() == "multipart/report" or re.match(r"(mailer-daemon|postmaster|no-?reply)@", addr.lower()) \
        or re.match(r"(自动回复|自动答复|Automatic reply)", subj or "")
    threaded = bool(cm) or bool(tids)
    if automatic and lab["kind"] != "auto":
        err(name, "automatic markers but kind %s" % lab["kind"])
    if not automatic and lab["kind"] == "auto":
        err(name, "kind auto without automatic markers")
    if threaded and not automatic and lab["kind"] != "reply":
        err(name, "thread markers but kind %s" % lab["kind"])
    if lab["kind"] == "reply" and not threaded:
        err(name, "reply without thread markers")
    # parts
    texts, found = [subj or ""], []
    walk(msg, texts, found)
    text = "\n".join(texts)
    ntext = nfkc(text)
    latts = lab["attachments"]
    if len(found) != len(latts):
        err(name, "found %d attachments, labelled %d" % (len(found), len(latts)))
    for (fn, ct, data, inline), a in zip(found, latts):
        if list(a.keys()) != ATT_KEYS:
            err(name, "attachment keys")
        got = {"filename": fn, "content_type": ct.lower(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
               "role": role_of(fn or ""), "detected_type": sniff(data, ct), "inline": inline}
        for k in ATT_KEYS:
            if got[k] != a[k]:
                err(name, "attachment %s: %s %r != %r" % (a["filename"], k, got[k], a[k]))
    # fields
    f = lab["fields"]
    kind = lab["kind"]
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in f.values()):
            err(name, "%s with fields" % kind)
    src = lab["source_text"]
    for k in ("partner", "client"):
        if f[k] and f[k] not in text:
            err(name, "%s %r not in text" % (k, f[k]))
    for lid in f["lead_ids"]:
        if lid not in ntext:
            err(name, "lead id %s not in text" % lid)
        if nfkc(lid) != lid:
            err(name, "lead id not NFKC")
    for k, vals in src.items():
        for v in vals:
            if v not in text:
                err(name, "source_text %s %r not in text" % (k, v))
    date = email.utils.parsedate_to_datetime(hval(hdrs, "date").decode()).astimezone(TZ)
    for k in ("pushed_at", "objected_at"):
        if f[k]:
            if k not in src:
                err(name, "no source_text for %s" % k)
            else:
                got = parse_time(src[k][0], date)
                if got != datetime.fromisoformat(f[k]):
                    err(name, "%s: %r parses to %s, label %s" % (k, src[k][0], got.isoformat(), f[k]))
    if f["reason_code"] is not None:
        if reason_of(src.get("reason_code", [""])[0]) != f["reason_code"]:
            err(name, "reason_code source mismatch")
    if kind == "appeal" and f["reason_code"] is None and "reason_code" in src:
        err(name, "source for a null reason")
    for k in ("quota", "pushed_count"):
        if f[k] is not None and count_of(src[k][0]) != f[k]:
            err(name, "%s source mismatch" % k)
    if f["lead_count"] is not None:
        if count_of(src["lead_count"][0]) != f["lead_count"]:
            err(name, "lead_count source mismatch")
        if f["lead_ids"] and len(f["lead_ids"]) != f["lead_count"]:
            err(name, "lead_count != number of ids")
    for k in ("service_start", "service_end"):
        if f[k] is not None and parse_day(src[k][0], date) != f[k]:
            err(name, "%s source mismatch" % k)
    if kind == "adjustment":
        for k in ("keywords_add", "keywords_remove", "excluded_products", "audience"):
            for v in lab["extra"][k]:
                if v not in text:
                    err(name, "extra %s %r not in text" % (k, v))
    for k, vals in lab.get("accept", {}).items():
        for v in vals:
            if v not in text:
                err(name, "accept alias %r not in text" % v)
    if sorted(lab["missing"]) != sorted(missing_rule(kind, f, latts)):
        err(name, "missing %s != rule %s" % (lab["missing"], missing_rule(kind, f, latts)))
    if kind == "appeal":
        ch = lab["checks"]
        ev = any(a["role"] in ("recording", "screenshot") for a in latts)
        if ch["evidence_present"] != ev:
            err(name, "evidence_present")
        if f["pushed_at"] and f["objected_at"]:
            dlt = datetime.fromisoformat(f["objected_at"]) - datetime.fromisoformat(f["pushed_at"])
            if ch["objection_within_8h"] != (timedelta(0) <= dlt <= timedelta(hours=8)):
                err(name, "objection_within_8h")
        elif ch["objection_within_8h"] is not None:
            err(name, "objection_within_8h should be null")
    return kind


def main():
    emls = sorted(HERE.glob("[0-9][0-9][0-9].eml"))
    counts = {}
    for p in emls:
        lab = json.loads(p.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8")) \
            if False else json.loads((HERE / (p.stem + ".expected.json")).read_text(encoding="utf-8"))
        try:
            k = check_one(p, lab)
        except Exception as e:  # report, keep going
            import traceback
            err(p.name, "exception %r\n%s" % (e, traceback.format_exc()))
            continue
        counts[k] = counts.get(k, 0) + 1
    if counts != EXPECTED_COUNTS:
        err("set", "kind counts %s" % counts)
    jsons = sorted(HERE.glob("[0-9][0-9][0-9].expected.json"))
    if len(jsons) != len(emls) or len(emls) != 40:
        err("set", "%d eml / %d json" % (len(emls), len(jsons)))
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for p in emls:
        if "| %s |" % p.stem not in readme:
            err("README", "%s not listed" % p.stem)
    if "--no-regen" not in sys.argv:
        with tempfile.TemporaryDirectory() as td:
            r = subprocess.run([sys.executable, "-B", str(HERE / "generate.py"), "--out", td], capture_output=True, text=True)
            if r.returncode:
                err("regen", r.stderr[-2000:])
            else:
                for q in sorted(Path(td).iterdir()):
                    if (HERE / q.name).read_bytes() != q.read_bytes():
                        err("regen", "%s differs on regeneration" % q.name)
                if len(list(Path(td).iterdir())) != len(emls) + len(jsons) + 1:  # + README.md
                    err("regen", "file count differs")
    for e in ERRORS:
        print("FAIL", e)
    print("checked %d messages, kinds %s: %s" % (len(emls), dict(sorted(counts.items())), "OK" if not ERRORS else "%d problems" % len(ERRORS)))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
