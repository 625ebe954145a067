#!/usr/bin/env python3
"""Self-check of the blind4 set (independent of maild and of generate.py's internals).

Run:  python -B tools/corpus/blind4/check.py [--no-regen] [DIR]
      (DIR defaults to tests/mail/blind4; the README is next to this file)

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
import io
import json
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import checkkit  # noqa: E402
import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import nfkc, sniff  # noqa: E402
from checkkit import py_codec as cs_map  # noqa: E402
from rules import ATT_KEYS, FIELD_KEYS, role_of  # noqa: E402

ARGS = [a for a in sys.argv[1:] if a != "--no-regen"]
DATA = Path(ARGS[0]) if ARGS else layout.data_dir("blind4")
TZ = timezone(timedelta(hours=8))
ERRORS = []
BASE_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes", "mail_client"]
OPT_KEYS = ["accept", "thread_case_ref", "malformed", "checks", "extra"]
EXPECTED_COUNTS = {"appeal": 15, "adjustment": 6, "summary": 5, "reply": 5, "auto": 5, "unknown": 4}


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def dec_bytes(b, cs=None):
    if cs:
        return b.decode(cs_map(cs))
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def dec_words(s):
    return checkkit.decode_2047(s)


def raw_headers(raw):
    return checkkit.raw_headers(raw, lower=True)


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


def html_text(s):
    return checkkit.html_text(s, cell=" ")


def office_text(data):
    return checkkit.office_text(data, sep=" ", empty=None)


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
        except Exception:  # noqa: BLE001 - an unreadable form adds no text; the attachment checks still run
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
        m = re.search(rf"({NUM})点(半|({NUM})分?)?", s)
        h = cn_int(m.group(1))
        mi = 30 if m.group(2) == "半" else (cn_int(m.group(3)) if m.group(3) else 0)
    if pm and h < 12:
        h += 12
    return datetime(y, mo, d, h, mi, tzinfo=TZ)


def parse_day(src, date):
    s = nfkc(src)
    m = re.search(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})", s)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"(去年|今年|明年)(\d{1,2})月(\d{1,2})日", s)
    y = date.year + {"去年": -1, "今年": 0, "明年": 1}[m.group(1)]
    return f"{y:04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def reason_of(src):
    s = nfkc(src)
    m = re.search(rf"第({NUM})条", s)
    if m:
        return cn_int(m.group(1))
    for code, words in ((1, ("同行",)), (2, ("微信", "加不上")), (3, ("留错", "错电话", "空号")), (4, ("行业",)),
                        (5, ("产品不一致", "产品与客户经营产品不一致"))):
        if any(w in s for w in words):
            return code
    return None


def count_of(src):
    m = re.search(rf"({NUM})条", nfkc(src))
    return cn_int(m.group(1))


def missing_rule(kind, f, atts):
    return rules.missing_fields(kind, f, [a["role"] for a in atts])


def check_one(eml_path, lab):
    name = eml_path.name
    raw = eml_path.read_bytes()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(name, "line endings are not CRLF-only")
    hdrs = raw_headers(raw)
    if [k for k, _ in hdrs[:3]] != ["return-path", "delivered-to", "received"]:
        err(name, f"top headers are {[k for k, _ in hdrs[:3]]}")
    # keys
    keys = list(lab.keys())
    want = BASE_KEYS + [k for k in OPT_KEYS if k in lab] + ["source_key", "source_text"]
    if keys != want:
        err(name, f"keys {keys} != {want}")
    if list(lab["fields"].keys()) != FIELD_KEYS:
        err(name, "field keys differ")
    # parse with both policies
    msg = email.message_from_bytes(raw)
    try:
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        for p in m2.walk():
            p.get_content_type()
            str(m2.get("Subject", ""))
    except Exception as e:  # noqa: BLE001 - the stdlib failing on our mail is the finding
        err(name, f"policy.default parse failed: {e!r}")
    # headers
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
    if (cm.group(1) if cm else None) != lab["case_ref"]:
        err(name, "case_ref")
    thread = b" ".join(v for k, v in hdrs if k in ("in-reply-to", "references")).decode()
    tids = [m.group(1) for m in re.finditer(r"<[^<>]*?(SS-\d{4}-\d{6})[^<>]*@ptg139\.com>", thread)]
    if (tids[-1] if tids else None) != lab.get("thread_case_ref"):
        err(name, f"thread_case_ref {tids}")
    # kind sanity from thread markers / automatic markers
    auto_hdr = hval(hdrs, "auto-submitted")
    prec = (hval(hdrs, "precedence") or b"").decode().lower()
    automatic = (auto_hdr is not None and not auto_hdr.decode().lower().startswith("no")) or prec in ("bulk", "junk", "list") \
        or msg.get_content_type() == "multipart/report" or re.match(r"(mailer-daemon|postmaster|no-?reply)@", addr.lower()) \
        or re.match(r"(自动回复|自动答复|Automatic reply)", subj or "")
    threaded = bool(cm) or bool(tids)
    if automatic and lab["kind"] != "auto":
        err(name, "automatic markers but kind {}".format(lab["kind"]))
    if not automatic and lab["kind"] == "auto":
        err(name, "kind auto without automatic markers")
    if threaded and not automatic and lab["kind"] != "reply":
        err(name, "thread markers but kind {}".format(lab["kind"]))
    if lab["kind"] == "reply" and not threaded:
        err(name, "reply without thread markers")
    # parts
    texts, found = [subj or ""], []
    walk(msg, texts, found)
    text = "\n".join(texts)
    ntext = nfkc(text)
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
    # fields
    f = lab["fields"]
    kind = lab["kind"]
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in f.values()):
            err(name, f"{kind} with fields")
    src = lab["source_text"]
    for k in ("partner", "client"):
        if f[k] and f[k] not in text:
            err(name, f"{k} {f[k]!r} not in text")
    for lid in f["lead_ids"]:
        if lid not in ntext:
            err(name, f"lead id {lid} not in text")
        if nfkc(lid) != lid:
            err(name, "lead id not NFKC")
    for k, vals in src.items():
        for v in vals:
            if v not in text:
                err(name, f"source_text {k} {v!r} not in text")
    date = email.utils.parsedate_to_datetime(hval(hdrs, "date").decode()).astimezone(TZ)
    for k in ("pushed_at", "objected_at"):
        if f[k]:
            if k not in src:
                err(name, f"no source_text for {k}")
            else:
                got = parse_time(src[k][0], date)
                if got != datetime.fromisoformat(f[k]):
                    err(name, f"{k}: {src[k][0]!r} parses to {got.isoformat()}, label {f[k]}")
    if f["reason_code"] is not None:
        if reason_of(src.get("reason_code", [""])[0]) != f["reason_code"]:
            err(name, "reason_code source mismatch")
    if kind == "appeal" and f["reason_code"] is None and "reason_code" in src:
        err(name, "source for a null reason")
    for k in ("quota", "pushed_count"):
        if f[k] is not None and count_of(src[k][0]) != f[k]:
            err(name, f"{k} source mismatch")
    if f["lead_count"] is not None:
        if count_of(src["lead_count"][0]) != f["lead_count"]:
            err(name, "lead_count source mismatch")
        if f["lead_ids"] and len(f["lead_ids"]) != f["lead_count"]:
            err(name, "lead_count != number of ids")
    for k in ("service_start", "service_end"):
        if f[k] is not None and parse_day(src[k][0], date) != f[k]:
            err(name, f"{k} source mismatch")
    if kind == "adjustment":
        for k in ("keywords_add", "keywords_remove", "excluded_products", "audience"):
            for v in lab["extra"][k]:
                if v not in text:
                    err(name, f"extra {k} {v!r} not in text")
    for vals in lab.get("accept", {}).values():
        for v in vals:
            if v not in text:
                err(name, f"accept alias {v!r} not in text")
    if sorted(lab["missing"]) != sorted(missing_rule(kind, f, latts)):
        err(name, "missing {} != rule {}".format(lab["missing"], missing_rule(kind, f, latts)))
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
    emls = sorted(DATA.glob("[0-9][0-9][0-9].eml"))
    counts = {}
    for p in emls:
        lab = json.loads((DATA / (p.stem + ".expected.json")).read_text(encoding="utf-8"))
        try:
            k = check_one(p, lab)
        except Exception as e:  # noqa: BLE001 - report, keep going
            import traceback
            err(p.name, f"exception {e!r}\n{traceback.format_exc()}")
            continue
        counts[k] = counts.get(k, 0) + 1
    if counts != EXPECTED_COUNTS:
        err("set", f"kind counts {counts}")
    jsons = sorted(DATA.glob("[0-9][0-9][0-9].expected.json"))
    if len(jsons) != len(emls) or len(emls) != 40:
        err("set", f"{len(emls)} eml / {len(jsons)} json")
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for p in emls:
        if f"| {p.stem} |" not in readme:
            err("README", f"{p.stem} not listed")
    if "--no-regen" not in sys.argv:
        with tempfile.TemporaryDirectory() as td:
            r = subprocess.run([sys.executable, "-B", str(HERE / "generate.py"), "--out", td], capture_output=True, text=True)
            if r.returncode:
                err("regen", r.stderr[-2000:])
            else:
                for q in sorted(Path(td).iterdir()):
                    if ((HERE if q.name == "README.md" else DATA) / q.name).read_bytes() != q.read_bytes():
                        err("regen", f"{q.name} differs on regeneration")
                if len(list(Path(td).iterdir())) != len(emls) + len(jsons) + 1:  # + README.md
                    err("regen", "file count differs")
    for e in ERRORS:
        print("FAIL", e)
    print("checked {} messages, kinds {}: {}".format(len(emls), dict(sorted(counts.items())), "OK" if not ERRORS else f"{len(ERRORS)} problems"))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
