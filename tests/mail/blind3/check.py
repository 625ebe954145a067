#!/usr/bin/env python3
"""Validate blind set 3 with Python's email package (independently of the generator's own bookkeeping).

For every NNN.eml / NNN.expected.json pair:
  * the bytes parse as a message, use CRLF only, and start with Return-Path / Delivered-To / Received;
  * message_id, sender, subject (RFC 2047 and raw 8-bit decoded), case_ref and thread_case_ref match the headers;
  * kind agrees with the automatic / thread markers (auto beats reply; content kinds have neither);
  * the attachment list, found by the samples' rules, matches the label: file name, declared type (lower case),
    decoded size and sha256, sniffed type, role by file type, inline flag;
  * `missing` equals what the rules give for the labelled fields; auto/unknown/reply invent nothing;
  * every labelled partner/client/alias/lead id and every provenance snippet occurs in the decoded text
    (NFKC, whitespace-insensitive): subject, text and HTML parts, forwarded/attached messages, .docx and .xlsx.
Finally the generator is run in memory and must reproduce the files on disk byte for byte.

Usage: python -B check.py
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import re
import sys
import unicodedata
import zipfile
from email.header import decode_header
from email.utils import parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIX = {"appeal": 15, "adjustment": 6, "summary": 5, "reply": 6, "auto": 4, "unknown": 4}
FIELD_KEYS = ["partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code", "lead_count", "quota",
              "pushed_count", "service_start", "service_end"]
LABEL_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes",
              "mail_client", "accept"]
ROLE = {"mp3": "recording", "amr": "recording", "m4a": "recording", "wav": "recording", "aac": "recording",
        "png": "screenshot", "jpg": "screenshot", "jpeg": "screenshot",
        "doc": "form", "docx": "form", "xls": "form", "xlsx": "form", "pdf": "form"}
GB = {"gb2312", "gbk", "x-gbk", "gb18030", "cp936", "euc-cn"}


def codec(cs: str | None) -> str:
    cs = (cs or "us-ascii").lower().strip('"')
    return "gb18030" if cs in GB else cs


def dec_raw(b: bytes) -> str:
    if all(x < 128 for x in b):
        return b.decode("ascii")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def unsurrogate(s: str) -> str:
    if any(0xDC80 <= ord(c) <= 0xDCFF for c in s):
        return dec_raw(s.encode("ascii", "surrogateescape"))
    return s


def dec2047(s: str) -> str:
    s = unsurrogate(s)
    out = []
    for chunk, cs in decode_header(s):
        if isinstance(chunk, str):
            out.append(chunk)
        elif cs is None:
            out.append(chunk.decode("ascii", "replace") if all(x < 128 for x in chunk) else dec_raw(chunk))
        else:
            out.append(chunk.decode(codec(cs)))
    return "".join(out)


def raw_headers(raw: bytes) -> list[tuple[str, bytes]]:
    head = raw.split(b"\r\n\r\n", 1)[0]
    unfolded = re.sub(rb"\r\n(?=[ \t])", b"", head)
    out = []
    for line in unfolded.split(b"\r\n"):
        name, _, value = line.partition(b":")
        out.append((name.decode("ascii").strip(), value.strip()))
    return out


def header(raw: bytes, name: str) -> str | None:
    for n, v in raw_headers(raw):
        if n.lower() == name.lower():
            return dec2047(dec_raw(v))
    return None


def html_text(s: str) -> str:
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|tr|li|h\d)>", "\n", s)
    s = re.sub(r"(?i)</td>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def docx_text(data: bytes) -> str:
    import docx  # noqa: PLC0415
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data: bytes) -> str:
    import openpyxl  # noqa: PLC0415
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, dt.datetime):
                    cells.append(v.strftime("%Y-%m-%d %H:%M") if (v.hour or v.minute) else v.strftime("%Y-%m-%d"))
                elif isinstance(v, dt.date):
                    cells.append(v.strftime("%Y-%m-%d"))
                elif isinstance(v, float):
                    cells.append("%.1f%%" % (v * 100))
                else:
                    cells.append(str(v))
            parts.append("\t".join(cells))
    return "\n".join(parts)


def sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"#!AMR\n"):
        return "audio/amr"
    if data.startswith(b"ID3") or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[4:8] == b"ftyp" and data[8:11] in (b"M4A", b"mp4", b"iso"):
        return "audio/mp4"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        if any(n.startswith("word/") for n in names):
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if any(n.startswith("xl/") for n in names):
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return "application/zip"
    if re.match(rb"(?:[A-Za-z-]+:[^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*)+\r\n", data):
        return "message/rfc822"
    return "application/octet-stream"


def walk(part, parent=None):
    yield part, parent
    if part.is_multipart():
        for sub in part.get_payload():
            yield from walk(sub, part)


def filename_of(part) -> str | None:
    fn = part.get_filename()
    if fn is None:
        return None
    return dec2047(str(fn))


def rfc822_body(raw: bytes, parent) -> bytes:
    b = parent.get_boundary().encode("ascii")
    for seg in raw.split(b"\r\n--" + b):
        head, sep, body = seg.partition(b"\r\n\r\n")
        if sep and re.search(rb"(?im)^content-type:\s*message/rfc822", head):
            return body
    raise ValueError("message/rfc822 part not found")


def attachments(msg, raw: bytes) -> list[dict]:
    out = []
    for part, parent in walk(msg):
        if part is msg or part.is_multipart() and part.get_content_maintype() == "multipart":
            continue
        if parent is not None and parent.get_content_type() == "message/rfc822":
            continue  # the embedded message itself, not a part of ours
        if parent is not None and parent.get_content_type() not in ("multipart/mixed", "multipart/alternative",
                                                                     "multipart/related", "multipart/report"):
            continue
        fn = filename_of(part)
        disp = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        ctype = part.get_content_type()
        related = parent is not None and parent.get_content_type() == "multipart/related" and part.get_content_maintype() != "text"
        if not (fn or disp == "attachment" or related):
            continue
        data = rfc822_body(raw, parent) if ctype == "message/rfc822" else part.get_payload(decode=True)
        ext = fn.rsplit(".", 1)[-1].lower() if fn and "." in fn else ""
        out.append({
            "filename": fn,
            "content_type": ctype,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "role": ROLE.get(ext, "other"),
            "detected_type": sniff(data),
            "inline": disp == "inline" or (disp == "" and related and part.get("Content-ID") is not None),
            "_data": data,
        })
    return out


def corpus(msg, atts) -> str:
    texts = []
    for part, _parent in walk(msg):
        ct = part.get_content_type()
        if part.get_content_type() == "message/rfc822" and part.is_multipart():
            inner = part.get_payload()[0]
            texts.append(dec2047(str(inner.get("Subject", ""))))
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html", "text/rfc822-headers"):
            payload = part.get_payload(decode=True) or b""
            s = payload.decode(codec(part.get_content_charset()))
            if ct == "text/html":
                s = html_text(s)
            if ct == "text/rfc822-headers":
                s = "\n".join(dec2047(x) for x in s.splitlines())
            texts.append(s)
    for a in atts:
        if a["detected_type"].endswith("wordprocessingml.document"):
            texts.append(docx_text(a["_data"]))
        elif a["detected_type"].endswith("spreadsheetml.sheet"):
            texts.append(xlsx_text(a["_data"]))
    return "\n".join(texts)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def expected_missing(kind: str, f: dict, atts: list[dict]) -> set[str]:
    miss = set()
    if kind == "appeal":
        miss |= {k for k in ("partner", "client", "lead_ids", "pushed_at", "objected_at", "reason_code") if not f[k]}
        if f["reason_code"] == 1 and not any(a["role"] in ("recording", "screenshot") for a in atts):
            miss.add("evidence")
    elif kind == "adjustment":
        miss |= {k for k in ("partner", "client") if not f[k]}
        if not f["lead_ids"] and not f["lead_count"]:
            miss.add("lead_ids")
    elif kind == "summary":
        miss |= {k for k in ("partner", "client", "quota", "pushed_count", "service_start", "service_end") if f[k] in (None, "")}
    return miss


def auto_markers(raw: bytes, sender: str, subject: str | None, msg) -> list[str]:
    why = []
    a = header(raw, "Auto-Submitted")
    if a is not None and re.sub(r"\(.*?\)", "", a).strip().lower() != "no":
        why.append("Auto-Submitted: " + a)
    p = header(raw, "Precedence")
    if p is not None and p.strip().lower() in ("bulk", "junk", "list"):
        why.append("Precedence: " + p)
    if msg.get_content_type() == "multipart/report":
        why.append("multipart/report")
    local = sender.split("@")[0].lower()
    if local in ("mailer-daemon", "postmaster") or re.search(r"no-?reply", local):
        why.append("sender " + sender)
    if subject and re.match(r"^\s*(自动回复|自动答复|Automatic reply)", subject, re.I):
        why.append("subject prefix")
    return why


def check_one(stem: str, errors: list[str]) -> dict:
    raw = (HERE / (stem + ".eml")).read_bytes()
    lab = json.loads((HERE / (stem + ".expected.json")).read_text(encoding="utf-8"))
    err = lambda m: errors.append("%s: %s" % (stem, m))  # noqa: E731

    for k in LABEL_KEYS:
        if k not in lab:
            err("label key %s absent" % k)
    if set(lab["fields"]) != set(FIELD_KEYS):
        err("fields keys %s" % sorted(lab["fields"]))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err("bare LF or CR in the bytes")
    names = [n for n, _ in raw_headers(raw)]
    if names[:3] != ["Return-Path", "Delivered-To", "Received"]:
        err("trace headers not on top: %s" % names[:3])

    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.defects:
        err("top-level defects %s" % msg.defects)

    mid = header(raw, "Message-ID")
    if mid != lab["message_id"]:
        err("message_id %r != %r" % (mid, lab["message_id"]))
    frm = header(raw, "From")
    sender = parseaddr(frm)[1]
    if sender.lower() != lab["sender"].lower():
        err("sender %r != %r" % (sender, lab["sender"]))
    subject = header(raw, "Subject")
    if subject != lab["subject"]:
        err("subject %r != %r" % (subject, lab["subject"]))
    m = re.search(r"DOR#(SS-\d{4}-\d{6})", unicodedata.normalize("NFKC", subject or ""))
    if (m.group(1) if m else None) != lab["case_ref"]:
        err("case_ref %r" % lab["case_ref"])
    ids = " ".join(filter(None, [header(raw, "In-Reply-To"), header(raw, "References")]))
    thread = [x for x in re.findall(r"<([^>]+)>", ids) if x.lower().endswith("@ptg139.com")]
    tm = [re.search(r"SS-\d{4}-\d{6}", x) for x in thread]
    tcr = next((x.group(0) for x in reversed(tm) if x), None)
    if tcr != lab.get("thread_case_ref"):
        err("thread_case_ref %r != %r" % (tcr, lab.get("thread_case_ref")))
    date = header(raw, "Date")
    if not date or email.utils.parsedate_to_datetime(date) is None:
        err("no usable Date")

    why_auto = auto_markers(raw, sender, subject, msg)
    threaded = bool(lab["case_ref"] or thread)
    kind = lab["kind"]
    if why_auto and kind != "auto":
        err("automatic markers %s but kind %s" % (why_auto, kind))
    if kind == "auto" and not why_auto:
        err("kind auto without a marker")
    if not why_auto and threaded and kind != "reply":
        err("thread marker but kind %s" % kind)
    if kind == "reply" and not threaded:
        err("kind reply without a thread marker")

    found = attachments(msg, raw)
    want = lab["attachments"]
    if len(found) != len(want):
        err("attachments: found %d, labelled %d" % (len(found), len(want)))
    for f, w in zip(found, want, strict=False):
        for k in ("filename", "content_type", "size", "sha256", "role", "detected_type", "inline"):
            if f[k] != w.get(k):
                err("attachment %r: %s %r != %r" % (w.get("filename"), k, f[k], w.get(k)))

    fields = lab["fields"]
    if set(lab["missing"]) != expected_missing(kind, fields, want) or len(set(lab["missing"])) != len(lab["missing"]):
        err("missing %s != rules %s" % (lab["missing"], sorted(expected_missing(kind, fields, want))))
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in fields.values()):
            err("%s with fields" % kind)
        if lab["accept"]:
            err("%s with accept aliases" % kind)
    for k in ("pushed_at", "objected_at"):
        v = fields[k]
        if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", v):
            err("%s not ISO-8601 +08:00: %r" % (k, v))
    for k in ("service_start", "service_end"):
        v = fields[k]
        if v is not None:
            dt.date.fromisoformat(v)
    if fields["reason_code"] is not None and fields["reason_code"] not in (1, 2, 3, 4, 5):
        err("reason_code %r" % fields["reason_code"])
    if kind == "adjustment" and fields["lead_ids"] and fields["lead_count"] not in (len(fields["lead_ids"]), None):
        err("lead_count %r vs %d ids" % (fields["lead_count"], len(fields["lead_ids"])))
    if kind == "adjustment" and fields["lead_count"] not in (5, 10, None):
        err("lead_count %r is neither 5 nor 10" % fields["lead_count"])

    text = norm((subject or "") + "\n" + corpus(msg, found))
    values = []
    for k in ("partner", "client"):
        if fields[k]:
            values.append((k, fields[k]))
        for alias in lab["accept"].get(k, []):
            values.append(("accept." + k, alias))
            if fields[k] and not (len(alias) < len(fields[k])):
                err("alias %r not shorter than %r" % (alias, fields[k]))
    for lid in fields["lead_ids"]:
        values.append(("lead_id", lid))
    for k, v in values:
        if norm(v) not in text:
            err("%s %r not in the decoded text" % (k, v))
    prov = lab.get("provenance", {})
    for k in ("pushed_at", "objected_at", "reason_code", "lead_count", "quota", "pushed_count", "service_start", "service_end"):
        if kind in ("appeal", "adjustment", "summary", "reply") and fields[k] not in (None, []) and k not in prov:
            err("no provenance for %s" % k)
    for k, snippets in prov.items():
        if fields.get(k) in (None, []):
            err("provenance for empty field %s" % k)
        for sn in snippets:
            if norm(sn) not in text:
                err("provenance %s %r not in the decoded text" % (k, sn))
    for k in ("quota", "pushed_count"):
        if fields[k] is not None and not any(str(fields[k]) in norm(sn) for sn in prov.get(k, [])) \
                and not any(ch in "".join(prov.get(k, [])) for ch in "一二三四五六七八九十百"):
            err("%s %r not visible in its provenance" % (k, fields[k]))
    if kind == "appeal":
        p, o = fields["pushed_at"], fields["objected_at"]
        w8 = None
        if p and o:
            d = dt.datetime.fromisoformat(o) - dt.datetime.fromisoformat(p)
            w8 = dt.timedelta(0) <= d <= dt.timedelta(hours=8)
        ch = lab.get("checks", {})
        if ch.get("objection_within_8h") != w8:
            err("checks.objection_within_8h %r != %r" % (ch.get("objection_within_8h"), w8))
        if ch.get("evidence_present") != any(a["role"] in ("recording", "screenshot") for a in want):
            err("checks.evidence_present")
    return lab


def determinism(errors: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    import generate  # noqa: PLC0415
    files = generate.build_all()
    for name, data in files.items():
        p = HERE / name
        if not p.exists() or p.read_bytes() != data:
            errors.append("determinism: %s differs from a fresh in-memory build" % name)
    extra = sorted(p.name for p in HERE.iterdir()
                   if p.is_file() and p.name not in files and p.name not in ("generate.py", "check.py"))
    if extra:
        errors.append("unexpected files: %s" % extra)


def main() -> int:
    errors: list[str] = []
    stems = sorted(p.stem for p in HERE.glob("*.eml"))
    labels = [check_one(s, errors) for s in stems]
    counts: dict[str, int] = {}
    for lab in labels:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    if counts != MIX:
        errors.append("kind mix %s != %s" % (counts, MIX))
    determinism(errors)
    for e in errors:
        print("FAIL", e)
    bad = {e.split(":")[0] for e in errors}
    print("checked %d messages: %s" % (len(stems), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    print("%d passed, %d failed" % (len([s for s in stems if s not in bad]), len([s for s in stems if s in bad])))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
