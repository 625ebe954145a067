#!/usr/bin/env python3
"""Validate the blind set in this folder, independently of generate.py.

For every NNN.eml / NNN.expected.json pair:
  * the raw bytes use CRLF only and start with Return-Path / Delivered-To / Received;
  * Python's email package parses the message (compat32 and default policies);
  * message_id, sender, subject and case_ref match the headers;
  * the attachments (document order) match the label: file name, declared
    content type (lower case), decoded size and SHA-256, role by file type,
    detected type sniffed from the bytes, inline flag;
  * every labelled value appears in the decoded text (text and html parts,
    attached/forwarded messages, .docx/.xlsx forms, subject): partner, client,
    accept aliases and lead ids literally (NFKC), every other non-null field
    through its `surface` strings; for replies the surface must be in the
    reply's own new text, before the quoted part;
  * `missing` equals the set the DOMAIN rules give for the labelled fields;
  * auto/unknown mail has no fields; the kind mix is 17/7/6/6/5/4.

    python tools/corpus/blind2/check.py [DIR]   # DIR defaults to tests/mail/blind2; exit 0 when all holds
"""
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import os
import re
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tools/corpus: shared modules

import layout
import rules
from checkkit import decode_2047, docx_text, nfkc, sniff, xlsx_text
from checkkit import html_text as html_to_text
from checkkit import py_codec as pycharset
from rules import FIELD_KEYS, role_of

EXPECTED_MIX = {"appeal": 17, "adjustment": 7, "summary": 6, "reply": 6, "auto": 5, "unknown": 4}
QUOTE_MARKERS = ["-----原始邮件-----", "------------------ 原始邮件", "写道：", "\n>", "\n> "]


def dec_header(v):
    if v is None:
        return None
    v = str(v)
    if any("\udc80" <= ch <= "\udcff" for ch in v):  # raw 8-bit bytes (RFC-violating), GBK in practice
        return v.encode("ascii", "surrogateescape").decode("gb18030")
    return re.sub(r"\r?\n[ \t]", " ", decode_2047(v)).strip() if v else v


def rawh(msg, name):
    """Header value exactly as stored (compat32 would turn raw 8-bit bytes into U+FFFD)."""
    for k, v in msg.raw_items():
        if k.lower() == name.lower():
            return v
    return None


def part_filename(p):
    for hdr, key in (("content-disposition", "filename"), ("content-type", "name")):
        val = p.get_param(key, header=hdr)
        if val is None:
            continue
        if isinstance(val, tuple):
            return email.utils.collapse_rfc2231_value(val)
        val = email.utils.unquote(val)
        return dec_header(val)
    return None


def raw_part_body(raw, boundary, want_ct):
    """Body bytes of the part of content type want_ct between boundary delimiters, as transmitted."""
    segs = raw.split(b"\r\n--" + boundary.encode())
    for s in segs[1:]:
        if s.startswith(b"--"):
            break
        s = s[2:] if s.startswith(b"\r\n") else s
        head, _, body = s.partition(b"\r\n\r\n")
        if re.search(rb"(?im)^content-type:\s*" + re.escape(want_ct.encode()), head):
            return body
    return None


class Walk:
    def __init__(self, raw, msg):
        self.raw = raw
        self.texts = []  # (kind, text)
        self.atts = []
        self.defects = []
        self.walk(msg, parent=None, in_report=False)

    def walk(self, p, parent, in_report):
        self.defects += [type(d).__name__ for d in p.defects]
        ct = p.get_content_type()
        if p.is_multipart() and ct != "message/rfc822":
            sub_report = ct == "multipart/report"
            for sp in p.get_payload():
                self.walk(sp, p, sub_report)
            return
        fname = part_filename(p)
        disp = (p.get("Content-Disposition") or "").split(";")[0].strip().lower()
        related = parent is not None and parent.get_content_type() == "multipart/related" and p.get_content_maintype() != "text"
        is_att = bool(fname) or disp == "attachment" or related
        if in_report and not fname:
            is_att = False
        if ct == "message/rfc822":
            inner = p.get_payload()[0]
            self.texts.append(("embedded-subject", dec_header(rawh(inner, "Subject")) or ""))
            sub = Walk(b"", inner)
            self.texts += [(k if k.startswith("embedded") else "embedded-" + k, t) for k, t in sub.texts]
            if is_att:
                data = raw_part_body(self.raw, parent.get_boundary(), "message/rfc822")
                self.atts.append((p, fname, data, disp))
            return
        data = p.get_payload(decode=True)
        if is_att:
            self.atts.append((p, fname, data, disp))
            if fname and fname.lower().endswith(".docx"):
                self.texts.append(("form", docx_text(data)))
            elif fname and fname.lower().endswith(".xlsx"):
                self.texts.append(("form", xlsx_text(data)))
            return
        if p.get_content_maintype() == "text" or ct == "message/delivery-status":
            cs = pycharset(p.get_content_charset())
            text = (data or b"").decode(cs)
            if (p.get_content_charset() or "").lower() == "gbk":
                (data or b"").decode("gbk")  # a GBK label must hold GBK only
            if ct == "text/html":
                self.texts.append(("html", html_to_text(text)))
            else:
                self.texts.append(("plain" if ct == "text/plain" else ct, text.replace("\r\n", "\n")))


def compute_missing(kind, f, atts):
    return set(rules.missing_fields(kind, f, [a["role"] for a in atts]))


def new_text_of(plain):
    cut = len(plain)
    for mk in QUOTE_MARKERS:
        i = plain.find(mk)
        if i != -1:
            cut = min(cut, i)
    return plain[:cut]


def check_one(data, base):
    errs = []
    raw = open(os.path.join(data, base + ".eml"), "rb").read()
    lab = json.load(open(os.path.join(data, base + ".expected.json"), encoding="utf-8"))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("bare LF or CR in raw bytes")
    first = raw.split(b"\r\n", 3)
    if not (first[0].startswith(b"Return-Path:") and first[1].startswith(b"Delivered-To:") and first[2].startswith(b"Received:")):
        errs.append("trace headers not on top")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    msg2 = email.message_from_bytes(raw, policy=email.policy.default)
    for p in msg2.walk():  # the modern policy must get through every part too
        p.get_content_type()
    if not msg.keys():
        errs.append("no headers parsed")

    if lab["message_id"] != (msg.get("Message-ID") or "").strip():
        errs.append("message_id {!r} != header {!r}".format(lab["message_id"], msg.get("Message-ID")))
    addr = email.utils.parseaddr(dec_header(rawh(msg, "From")))[1]
    if addr.lower() != (lab["sender"] or "").lower():
        errs.append("sender {!r} != From {!r}".format(lab["sender"], addr))
    subj = dec_header(rawh(msg, "Subject"))
    if subj != lab["subject"]:
        errs.append("subject {!r} != header {!r}".format(lab["subject"], subj))
    m = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(subj or ""))
    if (m.group(1) if m else None) != lab["case_ref"]:
        errs.append("case_ref {!r}, subject gives {!r}".format(lab["case_ref"], m.group(1) if m else None))

    w = Walk(raw, msg)
    got = []
    for p, fname, data, disp in w.atts:
        if data is None:
            errs.append(f"attachment {fname!r}: no bytes")
            continue
        got.append({"filename": fname, "content_type": p.get_content_type().lower(), "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(), "role": role_of(fname),
                    "detected_type": sniff(data), "inline": disp == "inline"})
    if len(got) != len(lab["attachments"]):
        errs.append("attachment count {} != label {}".format(len(got), len(lab["attachments"])))
    for g, e in zip(got, lab["attachments"], strict=False):
        for k in ("filename", "content_type", "size", "sha256", "role", "detected_type", "inline"):
            if g[k] != e.get(k):
                errs.append("attachment {!r}: {} {!r} != label {!r}".format(e.get("filename"), k, g[k], e.get(k)))

    text = nfkc("\n".join([subj or ""] + [t for _, t in w.texts]))
    plain_parts = [t for k, t in w.texts if k == "plain"]
    own = nfkc(new_text_of(plain_parts[0]) if plain_parts else "")
    f = lab["fields"]
    if set(f) != set(FIELD_KEYS):
        errs.append("field keys differ")
    kind = lab["kind"]
    if kind in ("auto", "unknown"):
        if any(v not in (None, []) for v in f.values()):
            errs.append("auto/unknown with fields")
    for k in ("pushed_at", "objected_at"):
        if f[k] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", f[k]):
            errs.append(f"{k} not ISO +08:00: {f[k]!r}")
    for k in ("service_start", "service_end"):
        if f[k] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", f[k]):
            errs.append(f"{k} not a date: {f[k]!r}")
    if f["reason_code"] is not None and f["reason_code"] not in (1, 2, 3, 4, 5):
        errs.append("reason_code out of range")
    hay = own if kind == "reply" else text
    for k in ("partner", "client"):
        if f[k] and nfkc(f[k]) not in hay:
            errs.append(f"{k} {f[k]!r} not in text")
    for lid in f["lead_ids"]:
        if nfkc(lid) not in hay:
            errs.append(f"lead id {lid!r} not in text")
    for role, al in (lab.get("accept") or {}).items():
        for a in al:
            if nfkc(a) not in text:
                errs.append(f"accept {role} {a!r} not in text")
    surface = lab.get("surface") or {}
    for k in ("pushed_at", "objected_at", "reason_code", "lead_count", "quota", "pushed_count", "service_start", "service_end"):
        if f[k] is None:
            continue
        ss = surface.get(k)
        if not ss:
            errs.append(f"no surface for {k}")
            continue
        for s in ss:
            if nfkc(s) not in hay:
                errs.append("surface {} {!r} not in {}".format(k, s, "the reply's new text" if kind == "reply" else "text"))
    if compute_missing(kind, f, lab["attachments"]) != set(lab["missing"]):
        errs.append("missing {!r} != rules {!r}".format(sorted(lab["missing"]), sorted(compute_missing(kind, f, lab["attachments"]))))
    if kind in ("reply", "auto", "unknown") and lab["missing"]:
        errs.append(f"missing must be empty for {kind}")
    return lab, errs, w.defects


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else str(layout.data_dir("blind2"))
    bases = sorted(fn[:-4] for fn in os.listdir(data) if re.fullmatch(r"\d{3}\.eml", fn))
    mix, bad = {}, 0
    for b in bases:
        try:
            lab, errs, defects = check_one(data, b)
        except Exception as e:  # noqa: BLE001 - a crash is a failure of this pair
            lab, errs, defects = {"kind": "?"}, [f"exception: {e!r}"], []
        mix[lab["kind"]] = mix.get(lab["kind"], 0) + 1
        status = "ok " if not errs else "ERR"
        print("{} {} {:<10} {}{}".format(status, b, lab["kind"], lab.get("source_key", ""), ("  [parser defects: {}]".format(",".join(sorted(set(defects))))) if defects else ""))
        for e in errs:
            print("      - " + e)
        bad += bool(errs)
    print("kinds:", ", ".join("{} {}".format(*kv) for kv in sorted(mix.items())))
    if mix != EXPECTED_MIX:
        print("ERR kind mix differs from", EXPECTED_MIX)
        bad += 1
    if len(bases) != 45:
        print(f"ERR expected 45 messages, found {len(bases)}")
        bad += 1
    print("FAILED" if bad else f"all {len(bases)} pairs OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
