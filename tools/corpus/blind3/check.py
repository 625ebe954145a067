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

Usage: python -B tools/corpus/blind3/check.py [DIR]   (DIR defaults to tests/mail/blind3; the README is next to this file)
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import json
import re
import sys
import unicodedata
from email.header import decode_header
from email.utils import parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import cell_text, docx_text, html_text, raw_headers, sniff  # noqa: E402
from checkkit import py_codec as codec  # noqa: E402
from checkkit import xlsx_text as _xlsx_text  # noqa: E402
from rules import FIELD_KEYS  # noqa: E402

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else layout.data_dir("blind3")
MIX = {"appeal": 15, "adjustment": 6, "summary": 5, "reply": 6, "auto": 4, "unknown": 4}
LABEL_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments", "notes",
              "mail_client", "accept"]
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


def header(raw: bytes, name: str) -> str | None:
    for n, v in raw_headers(raw):
        if n.lower() == name.lower():
            return dec2047(dec_raw(v))
    return None


def xlsx_text(data: bytes) -> str:
    """Cells as the partner sees them (a ratio as '65.0%'); empty cells left out."""
    return _xlsx_text(data, empty=None, cell=lambda v: f"{v * 100:.1f}%" if isinstance(v, float) else cell_text(v))


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
        out.append({
            "filename": fn,
            "content_type": ctype,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "role": rules.role_of(fn),
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
    return set(rules.missing_fields(kind, f, [a["role"] for a in atts]))


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
    raw = (DATA / (stem + ".eml")).read_bytes()
    lab = json.loads((DATA / (stem + ".expected.json")).read_text(encoding="utf-8"))
    def err(m):
        errors.append(f"{stem}: {m}")

    for k in LABEL_KEYS:
        if k not in lab:
            err(f"label key {k} absent")
    if set(lab["fields"]) != set(FIELD_KEYS):
        err("fields keys {}".format(sorted(lab["fields"])))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err("bare LF or CR in the bytes")
    names = [n for n, _ in raw_headers(raw)]
    if names[:3] != ["Return-Path", "Delivered-To", "Received"]:
        err(f"trace headers not on top: {names[:3]}")

    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if msg.defects:
        err(f"top-level defects {msg.defects}")

    mid = header(raw, "Message-ID")
    if mid != lab["message_id"]:
        err("message_id {!r} != {!r}".format(mid, lab["message_id"]))
    frm = header(raw, "From")
    sender = parseaddr(frm)[1]
    if sender.lower() != lab["sender"].lower():
        err("sender {!r} != {!r}".format(sender, lab["sender"]))
    subject = header(raw, "Subject")
    if subject != lab["subject"]:
        err("subject {!r} != {!r}".format(subject, lab["subject"]))
    m = re.search(r"DOR#(SS-\d{4}-\d{6})", unicodedata.normalize("NFKC", subject or ""))
    if (m.group(1) if m else None) != lab["case_ref"]:
        err("case_ref {!r}".format(lab["case_ref"]))
    ids = " ".join(filter(None, [header(raw, "In-Reply-To"), header(raw, "References")]))
    thread = [x for x in re.findall(r"<([^>]+)>", ids) if x.lower().endswith("@ptg139.com")]
    tm = [re.search(r"SS-\d{4}-\d{6}", x) for x in thread]
    tcr = next((x.group(0) for x in reversed(tm) if x), None)
    if tcr != lab.get("thread_case_ref"):
        err("thread_case_ref {!r} != {!r}".format(tcr, lab.get("thread_case_ref")))
    date = header(raw, "Date")
    if not date or email.utils.parsedate_to_datetime(date) is None:
        err("no usable Date")

    why_auto = auto_markers(raw, sender, subject, msg)
    threaded = bool(lab["case_ref"] or thread)
    kind = lab["kind"]
    if why_auto and kind != "auto":
        err(f"automatic markers {why_auto} but kind {kind}")
    if kind == "auto" and not why_auto:
        err("kind auto without a marker")
    if not why_auto and threaded and kind != "reply":
        err(f"thread marker but kind {kind}")
    if kind == "reply" and not threaded:
        err("kind reply without a thread marker")

    found = attachments(msg, raw)
    want = lab["attachments"]
    if len(found) != len(want):
        err(f"attachments: found {len(found)}, labelled {len(want)}")
    for f, w in zip(found, want, strict=False):
        for k in ("filename", "content_type", "size", "sha256", "role", "detected_type", "inline"):
            if f[k] != w.get(k):
                err("attachment {!r}: {} {!r} != {!r}".format(w.get("filename"), k, f[k], w.get(k)))

    fields = lab["fields"]
    if set(lab["missing"]) != expected_missing(kind, fields, want) or len(set(lab["missing"])) != len(lab["missing"]):
        err("missing {} != rules {}".format(lab["missing"], sorted(expected_missing(kind, fields, want))))
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in fields.values()):
            err(f"{kind} with fields")
        if lab["accept"]:
            err(f"{kind} with accept aliases")
    for k in ("pushed_at", "objected_at"):
        v = fields[k]
        if v is not None and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", v):
            err(f"{k} not ISO-8601 +08:00: {v!r}")
    for k in ("service_start", "service_end"):
        v = fields[k]
        if v is not None:
            dt.date.fromisoformat(v)
    if fields["reason_code"] is not None and fields["reason_code"] not in (1, 2, 3, 4, 5):
        err("reason_code {!r}".format(fields["reason_code"]))
    if kind == "adjustment" and fields["lead_ids"] and fields["lead_count"] not in (len(fields["lead_ids"]), None):
        err("lead_count {!r} vs {} ids".format(fields["lead_count"], len(fields["lead_ids"])))
    if kind == "adjustment" and fields["lead_count"] not in (5, 10, None):
        err("lead_count {!r} is neither 5 nor 10".format(fields["lead_count"]))

    text = norm((subject or "") + "\n" + corpus(msg, found))
    values = []
    for k in ("partner", "client"):
        if fields[k]:
            values.append((k, fields[k]))
        for alias in lab["accept"].get(k, []):
            values.append(("accept." + k, alias))
            if fields[k] and not (len(alias) < len(fields[k])):
                err(f"alias {alias!r} not shorter than {fields[k]!r}")
    for lid in fields["lead_ids"]:
        values.append(("lead_id", lid))
    for k, v in values:
        if norm(v) not in text:
            err(f"{k} {v!r} not in the decoded text")
    prov = lab.get("provenance", {})
    for k in ("pushed_at", "objected_at", "reason_code", "lead_count", "quota", "pushed_count", "service_start", "service_end"):
        if kind in ("appeal", "adjustment", "summary", "reply") and fields[k] not in (None, []) and k not in prov:
            err(f"no provenance for {k}")
    for k, snippets in prov.items():
        if fields.get(k) in (None, []):
            err(f"provenance for empty field {k}")
        for sn in snippets:
            if norm(sn) not in text:
                err(f"provenance {k} {sn!r} not in the decoded text")
    for k in ("quota", "pushed_count"):
        if fields[k] is not None and not any(str(fields[k]) in norm(sn) for sn in prov.get(k, [])) \
                and not any(ch in "".join(prov.get(k, [])) for ch in "一二三四五六七八九十百"):
            err(f"{k} {fields[k]!r} not visible in its provenance")
    if kind == "appeal":
        p, o = fields["pushed_at"], fields["objected_at"]
        w8 = None
        if p and o:
            d = dt.datetime.fromisoformat(o) - dt.datetime.fromisoformat(p)
            w8 = dt.timedelta(0) <= d <= dt.timedelta(hours=8)
        ch = lab.get("checks", {})
        if ch.get("objection_within_8h") != w8:
            err("checks.objection_within_8h {!r} != {!r}".format(ch.get("objection_within_8h"), w8))
        if ch.get("evidence_present") != any(a["role"] in ("recording", "screenshot") for a in want):
            err("checks.evidence_present")
    return lab


def determinism(errors: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    import generate
    files = generate.build_all()
    for name, data in files.items():
        p = HERE / name if name == "README.md" else DATA / name
        if not p.exists() or p.read_bytes() != data:
            errors.append(f"determinism: {name} differs from a fresh in-memory build")
    extra = sorted(p.name for p in DATA.iterdir() if p.is_file() and p.name not in files)
    if extra:
        errors.append(f"unexpected files: {extra}")


def main() -> int:
    errors: list[str] = []
    stems = sorted(p.stem for p in DATA.glob("*.eml"))
    labels = [check_one(s, errors) for s in stems]
    counts: dict[str, int] = {}
    for lab in labels:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    if counts != MIX:
        errors.append(f"kind mix {counts} != {MIX}")
    determinism(errors)
    for e in errors:
        print("FAIL", e)
    bad = {e.split(":")[0] for e in errors}
    print("checked {} messages: {}".format(len(stems), ", ".join("{} {}".format(*kv) for kv in sorted(counts.items()))))
    print(f"{len([s for s in stems if s not in bad])} passed, {len([s for s in stems if s in bad])} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
