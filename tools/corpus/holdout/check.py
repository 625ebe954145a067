#!/usr/bin/env python3
"""Validate the holdout set with the standard `email` package (not maild).

For every NNN.eml / NNN.expected.json:
  * the bytes parse, use CRLF only, and the top-level headers are sane;
  * message_id, sender, subject (RFC 2047 / raw 8-bit GBK decoded) and case_ref match the label;
  * the attachments found by the samples' convention match the label exactly
    (filename, declared content_type lower-cased, size and sha256 of the decoded
    bytes, role by file type, inline, detected_type by magic bytes);
  * for appeal/adjustment/summary: every labelled lead id, the partner, the client and
    every `accept` alias occur in the decoded text (bodies, forms, attached message);
    `missing` equals what the labelled fields imply;
  * reply/auto/unknown have all-null fields (reply may carry newly supplied fields) and
    empty missing; auto/reply markers agree with the kind.
Exit status 1 on any failure.

    python tools/corpus/holdout/check.py [DIR]    # DIR defaults to tests/mail/holdout
"""
from __future__ import annotations

import email
import hashlib
import json
import re
import sys
from email import policy
from email.utils import getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import decode_2047, html_text, nfkc, office_text, sniff  # noqa: E402
from checkkit import py_codec as charset_codec  # noqa: E402
from rules import FIELD_KEYS, role_of  # noqa: E402


def raw_header_str(v) -> str:
    """Header value from a compat32 message: raw 8-bit bytes survive as surrogates."""
    if isinstance(v, str):
        b = v.encode("ascii", "surrogateescape")
        if any(c > 127 for c in b):
            return b.decode("gb18030")
        return v
    return str(v)


def raw_get(msg, name):
    """Header value as parsed from bytes (raw 8-bit kept as surrogates), bypassing compat32 sanitising."""
    for k, v in msg._headers:
        if k.lower() == name.lower():
            return v
    return None


def decode_hdr(v) -> str | None:
    if v is None:
        return None
    s = raw_header_str(v)
    if "=?" not in s:
        return re.sub(r"\r?\n[ \t]", " ", s).strip()
    return decode_2047(re.sub(r"\r?\n([ \t])", r"\1", s)).strip()


def filename_of(part) -> str | None:
    for hdr, key in (("content-disposition", "filename"), ("content-type", "name")):
        rv = raw_get(part, hdr) or ""
        b = rv.encode("ascii", "surrogateescape")
        if any(c > 127 for c in b):
            m = re.search(rb'[;\s]' + key.encode() + rb'="([^"]*)"', b)
            if m:
                return m.group(1).decode("gb18030")
        v = part.get_param(key, header=hdr)
        if v is None:
            continue
        if isinstance(v, tuple):  # RFC 2231
            return email.utils.collapse_rfc2231_value(v)
        v = email.utils.unquote(v)
        b = v.encode("ascii", "surrogateescape")
        if any(c > 127 for c in b):
            return b.decode("gb18030")
        if "=?" in v:
            return decode_hdr(v)
        return v
    return None


def rfc822_raw(raw: bytes, part) -> bytes:
    """The embedded message bytes of a message/rfc822 part, straight from the source."""
    inner = part.get_payload(0)
    mid = inner["Message-ID"]
    i = raw.find(b"Message-ID: " + mid.encode())
    raw.rfind(b"\r\n\r\n", 0, i)
    # walk back to the part's header end: the part header block precedes the embedded headers
    raw.rfind(b"\r\n\r\n", 0, raw.rfind(b"Content-Type: message/rfc822", 0, i))
    body_start = raw.find(b"\r\n\r\n", raw.rfind(b"Content-Type: message/rfc822", 0, i)) + 4
    nxt = raw.find(b"\r\n--", i)
    return raw[body_start:nxt]


def walk(raw, msg, out_atts, texts, in_related=False, in_report=False, depth=0):
    ct = msg.get_content_type()
    if msg.is_multipart() and ct != "message/rfc822":
        sub = msg.get_payload()
        for p in sub:
            walk(raw, p, out_atts, texts, in_related=(ct == "multipart/related"),
                 in_report=(ct == "multipart/report"), depth=depth + 1)
        return
    fn = filename_of(msg)
    disp = raw_header_str(raw_get(msg, "Content-Disposition") or "").split(";")[0].strip().lower()
    is_att = bool(fn) or disp == "attachment" or (in_related and not ct.startswith("text/"))
    if in_report and not fn:
        is_att = False
    if ct == "message/rfc822":
        data = rfc822_raw(raw, msg)
        if depth and is_att:
            out_atts.append((fn, ct, data, disp == "inline"))
        # the carried message's text counts for labels of forwards
        inner = email.message_from_bytes(data)
        for p in inner.walk():
            if p.get_content_type() in ("text/plain",):
                texts.append(p.get_payload(decode=True).decode(charset_codec(p.get_content_charset())))
        return
    data = msg.get_payload(decode=True) or b""
    if is_att:
        out_atts.append((fn, ct, data, disp == "inline"))
        texts.append(office_text(data))
        return
    if ct.startswith("text/"):
        t = data.decode(charset_codec(msg.get_content_charset()))
        if ct == "text/html":
            t = html_text(t)
        texts.append(t)


def is_auto(msg, sender, subject):
    a = (msg.get("Auto-Submitted") or "no").split("(")[0].strip().lower()
    if a and a != "no":
        return True
    if (msg.get("Precedence") or "").strip().lower() in ("bulk", "junk", "list"):
        return True
    if msg.get_content_type() == "multipart/report":
        return True
    local = sender.split("@")[0].lower()
    if local in ("mailer-daemon", "postmaster") or local.startswith(("noreply", "no-reply")):
        return True
    s = subject or ""
    return s.startswith(("自动回复", "自动答复", "Automatic reply"))


def is_thread(msg, subject):
    if re.search(r"DOR#SS-\d{4}-\d{6}", nfkc(subject or "")):
        return True
    refs = " ".join(str(msg.get(h) or "") for h in ("In-Reply-To", "References"))
    return "@ptg139.com>" in refs


def expected_missing(kind, f, atts):
    return set(rules.missing_fields(kind, f, [a["role"] for a in atts]))


def check_one(eml: Path, lab: dict) -> list[str]:
    errs = []
    raw = eml.read_bytes()
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF in message")
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    if msg.defects:
        errs.append(f"top-level defects: {msg.defects}")
    for h in ("Return-Path", "Delivered-To", "Received"):
        if h not in msg:
            errs.append(f"no {h}")
    if list(msg.keys())[0] != "Return-Path":
        errs.append("Return-Path is not on top")
    mid = msg.get("Message-ID") or msg.get("Message-Id")
    if (mid and mid.strip()) != lab["message_id"]:
        errs.append(f"message_id {mid!r} != {lab['message_id']!r}")
    frm = raw_header_str(raw_get(msg, "From"))
    addrs = getaddresses([re.sub(r"=\?[^?]+\?[BQbq]\?[^?]*\?=", "X", frm)])
    sender = addrs[0][1] if addrs else None
    if (sender or "").lower() != lab["sender"].lower():
        errs.append(f"sender {sender!r} != {lab['sender']!r}")
    subj = decode_hdr(raw_get(msg, "Subject"))
    if subj != lab["subject"]:
        errs.append(f"subject {subj!r} != {lab['subject']!r}")
    m = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (m.group(1) if m else None) != lab["case_ref"]:
        errs.append(f"case_ref {m and m.group(1)!r} != {lab['case_ref']!r}")

    atts, texts = [], []
    walk(raw, msg, atts, texts)
    got = [{"filename": fn, "content_type": ct.lower(), "size": len(d), "sha256": hashlib.sha256(d).hexdigest(),
            "role": role_of(fn), "detected_type": sniff(d) if ct != "message/rfc822" else "message/rfc822",
            "inline": inl} for fn, ct, d, inl in atts]
    if got != lab["attachments"]:
        errs.append(f"attachments differ:\n   got {json.dumps(got, ensure_ascii=False)}\n  want "
                    f"{json.dumps(lab['attachments'], ensure_ascii=False)}")

    f = lab["fields"]
    if list(f.keys()) != FIELD_KEYS:
        errs.append("field keys")
    kind = lab["kind"]
    auto, thread = is_auto(msg, lab["sender"], subj), is_thread(msg, subj)
    if kind == "auto" and not auto:
        errs.append("labelled auto without an automatic marker")
    if kind != "auto" and auto:
        errs.append("automatic marker on a non-auto label")
    if kind == "reply" and not thread:
        errs.append("labelled reply without thread markers")
    if kind in ("appeal", "adjustment", "summary", "unknown") and thread:
        errs.append(f"{kind} carries ptg139 thread markers")

    corpus = nfkc("\n".join([subj or ""] + texts))
    if kind in ("appeal", "adjustment", "summary"):
        for lid in f["lead_ids"]:
            if lid not in corpus:
                errs.append(f"lead id {lid} not in text")
        for role in ("partner", "client"):
            if f[role] and f[role] not in corpus:
                errs.append(f"{role} {f[role]} not in text")
            for al in lab["accept"].get(role, []):
                if al not in corpus.replace(f[role], ""):
                    errs.append(f"accept alias {al} not present apart from the full name")
        if set(lab["missing"]) != expected_missing(kind, f, lab["attachments"]):
            errs.append(f"missing {lab['missing']} inconsistent")
        if kind != "appeal" and (f["pushed_at"] or f["objected_at"] or f["reason_code"]):
            errs.append("appeal fields on a non-appeal")
        if kind != "summary" and (f["quota"] or f["pushed_count"] or f["service_start"]):
            errs.append("summary fields on a non-summary")
        if kind == "summary":
            tr = lab["extra"]["trigger"]
            leads = f["pushed_count"] / f["quota"] >= 0.6 if f["quota"] else None
            if f["service_start"]:
                from datetime import date
                s, e = date.fromisoformat(f["service_start"]), date.fromisoformat(f["service_end"])
                d = email.utils.parsedate_to_datetime(msg["Date"]).date()
                timep = (d - s).days / (e - s).days >= 0.7
            else:
                timep = False
            want = "both" if leads and timep else ("lead_60" if leads else ("time_70" if timep else None))
            if want != tr:
                errs.append(f"trigger {tr} but numbers say {want}")
    else:
        if lab["missing"]:
            errs.append("missing must be empty")
        if lab["accept"]:
            errs.append("accept must be empty")
        if kind in ("auto", "unknown") and any(f[k] not in (None, []) for k in FIELD_KEYS):
            errs.append("fields invented on auto/unknown")
        if kind == "reply":
            for lid in f["lead_ids"]:
                own = corpus.split("写道")[0]
                if lid not in own:
                    errs.append(f"reply lead id {lid} not in the reply's own text")
    return errs


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else layout.data_dir("holdout")
    files = sorted(data.glob("[0-9][0-9][0-9].eml"))
    bad = 0
    for eml in files:
        lab = json.loads((eml.parent / (eml.stem + ".expected.json")).read_text(encoding="utf-8"))
        try:
            errs = check_one(eml, lab)
        except Exception as e:  # noqa: BLE001 - a crash is a failure of this message
            errs = [f"exception {type(e).__name__}: {e}"]
        if errs:
            bad += 1
            print(f"FAIL {eml.name} ({lab.get('source_key')}):")
            for e in errs:
                print("   ", e)
    print(f"{len(files)} messages checked, {bad} failing")
    return 1 if bad or len(files) != 60 else 0


if __name__ == "__main__":
    sys.exit(main())
