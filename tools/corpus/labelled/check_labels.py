#!/usr/bin/env python3
"""Self-check of the labelled set: the invariants between each NNN.eml and NNN.expected.json.

This is not a parser of the business content; it checks what must hold for the
labels to be trustworthy:

- the file is CRLF-only, starts with Return-Path / Delivered-To / Received and
  parses with ``email.message_from_bytes``;
- message_id, sender and subject in the label match the headers (subject decoded
  per RFC 2047 - adjacent words joined at byte level - with gb2312/gbk read as
  GB18030, raw 8-bit read as GB18030), and case_ref matches the NFKC subject;
- the attachments found by the README rule (file name in any encoding,
  Content-Disposition attachment, non-text part inside multipart/related;
  unnamed multipart/report parts excluded; enclosed message/rfc822 recursed)
  are the labelled ones, in order, with the same decoded name, declared type
  (lower case), size, sha256, role and sniffed type;
- missing / checks are what the labelling rules give for the labelled fields;
  auto/unknown carry no fields; reply/auto/unknown have empty missing;
- every partner/client name, accept alias and lead id of a request occurs in the
  message text (bodies, HTML, forwarded parts, .docx/.xlsx text, subject; NFKC);
- README.md lists every message; and (unless --no-regen) generate.py reproduces
  the committed files byte for byte.

    python tools/corpus/labelled/check_labels.py [--no-regen] [DIR]

DIR (default tests/mail/labelled) holds the NNN files; README.md is read from DIR
when it has one, else from next to this script.
"""

from __future__ import annotations

import argparse
import base64
import email
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from email.utils import parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the tool folders free of __pycache__
sys.path.insert(1, os.path.dirname(HERE))  # tools/corpus: the shared modules

import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import html_text, nfkc, office_text  # noqa: E402
from checkkit import py_codec as codec  # noqa: E402
from checkkit import sniff as _sniff  # noqa: E402
from rules import ATT_KEYS, FIELD_KEYS, KINDS  # noqa: E402

TOP_KEYS = ["kind", "message_id", "sender", "subject", "case_ref", "fields", "missing", "attachments"]
# ------------------------------------------------------------ raw MIME walk
def split_head(raw: bytes) -> tuple[bytes, bytes]:
    i = raw.find(b"\r\n\r\n")
    return (raw, b"") if i < 0 else (raw[:i], raw[i + 4:])


def headers(head: bytes) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + b"\r\n" + line)
        elif b":" in line:
            k, v = line.split(b":", 1)
            out.append((k.decode("ascii").strip().lower(), v.strip()))
    return out


def hget(hs, name):
    for k, v in hs:
        if k == name:
            return v
    return None


def unfold(v: bytes) -> bytes:
    return re.sub(rb"\r\n[ \t]", b" ", v)


def params(v: bytes) -> tuple[str, dict[str, bytes]]:
    """Split a Content-Type/Disposition value into (value, {param: raw bytes}) keeping RFC 2231 keys."""
    v = unfold(v)
    parts, cur, q = [], b"", False
    for ch in v:
        c = bytes([ch])
        if c == b'"':
            q = not q
        if c == b";" and not q:
            parts.append(cur)
            cur = b""
        else:
            cur += c
    parts.append(cur)
    main = parts[0].strip().decode("ascii", "replace").lower()
    ps = {}
    for p in parts[1:]:
        if b"=" in p:
            k, val = p.split(b"=", 1)
            val = val.strip()
            if val[:1] == b'"' and val[-1:] == b'"':
                val = val[1:-1]
            ps[k.strip().decode("ascii").lower()] = val
    return main, ps


EW = re.compile(rb"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")


def decode_words(v: bytes) -> str:
    """RFC 2047 with adjacent same-charset words joined as bytes; raw 8-bit read as GB18030."""
    v = unfold(v)
    if any(b > 127 for b in v):
        try:
            return v.decode("utf-8")
        except UnicodeDecodeError:
            return v.decode("gb18030")
    out, pend, pend_cs, pos = [], b"", None, 0
    for m in EW.finditer(v):
        between = v[pos:m.start()]
        cs, enc, data = m.group(1).decode().split("*")[0], m.group(2).upper(), m.group(3)
        raw = base64.b64decode(data + b"=" * (-len(data) % 4)) if enc == b"B" else \
            re.sub(rb"=([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]), data.replace(b"_", b" "))
        if between.strip() or (pend_cs and codec(pend_cs) != codec(cs)):
            if pend:
                out.append(pend.decode(codec(pend_cs)))
                pend = b""
            out.append(between.decode("ascii") if between.strip() else "")
        pend += raw
        pend_cs = cs
        pos = m.end()
    if pend:
        out.append(pend.decode(codec(pend_cs)))
    out.append(v[pos:].decode("ascii"))
    return "".join(out)


def rfc2231(ps: dict[str, bytes], name: str) -> str | None:
    if name + "*" in ps:
        cs, _, rest = ps[name + "*"].split(b"'", 2)
        return unquote_pct(rest).decode(codec(cs.decode()))
    chunks = sorted((int(k[len(name) + 1:].rstrip("*")), k) for k in ps if re.fullmatch(name + r"\*\d+\*?", k))
    if not chunks:
        return None
    data, cs = b"", "us-ascii"
    for n, k in chunks:
        v = ps[k]
        if n == 0 and k.endswith("*"):
            c, _, v = v.split(b"'", 2)
            cs = c.decode()
        data += unquote_pct(v) if k.endswith("*") else v
    return data.decode(codec(cs))


def unquote_pct(b: bytes) -> bytes:
    return re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), b)


def filename_of(hs) -> str | None:
    _, dp = params(hget(hs, "content-disposition") or b"")
    _, cp = params(hget(hs, "content-type") or b"")
    for ps, key in ((dp, "filename"), (cp, "name")):
        v = rfc2231(ps, key)
        if v:
            return v
        if key in ps:
            return decode_words(ps[key])
    return None


def decode_body(hs, body: bytes) -> bytes:
    cte = (hget(hs, "content-transfer-encoding") or b"7bit").strip().lower()
    if cte == b"base64":
        return base64.b64decode(re.sub(rb"\s+", b"", body))
    if cte == b"quoted-printable":
        body = re.sub(rb"=\r\n", b"", body)
        return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), body)
    return body


class Walk:
    """Collects attachments (in document order) and text from raw bytes."""

    def __init__(self):
        self.atts: list[dict] = []
        self.texts: list[str] = []

    def entity(self, raw: bytes, parent: str | None = None, enclosed=False):
        head, body = split_head(raw)
        hs = headers(head)
        ctype, cp = params(hget(hs, "content-type") or b"text/plain")
        if ctype.startswith("multipart/"):
            b = cp["boundary"].decode()
            delim = b"\r\n--" + b.encode()
            chunk = b"\r\n" + body
            pieces = chunk.split(delim)
            for piece in pieces[1:]:
                if piece.startswith(b"--"):
                    break
                piece = piece[piece.find(b"\r\n") + 2:]
                self.entity(piece, ctype, enclosed)
            return
        disp, _ = params(hget(hs, "content-disposition") or b"")
        fname = filename_of(hs)
        is_att = bool(fname) or disp == "attachment" or (parent == "multipart/related" and not ctype.startswith("text/"))
        if parent == "multipart/report" and not fname:
            is_att = False
        if ctype == "message/rfc822":
            if is_att:
                self.atts.append(self.att(hs, ctype, fname, body, disp, parent))
                self.entity(body, None, True)
            else:
                self.texts.append(decode_words(hget(headers(split_head(body)[0]), "subject") or b""))
            return
        if is_att:
            self.atts.append(self.att(hs, ctype, fname, decode_body(hs, body), disp, parent))
            data = self.atts[-1]["_data"]
            if data[:2] == b"PK":
                self.texts.append(office_text(data))
            return
        if ctype.startswith("text/") or ctype == "message/delivery-status":
            data = decode_body(hs, body)
            text = data.decode(codec(cp.get("charset", b"us-ascii").decode()), "replace")
            if ctype == "text/html":
                text = html_text(text)
            self.texts.append(text)
        if enclosed and ctype.startswith("text/"):
            pass

    @staticmethod
    def att(hs, ctype, fname, data, disp, parent):
        return {"filename": fname, "content_type": ctype, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                "inline": disp == "inline" or parent == "multipart/related", "_data": data}


def sniff(data: bytes, name: str) -> str:
    return _sniff(data, wav="audio/x-wav")  # this set names WAVE files audio/x-wav


def role(detected: str, name: str) -> str:
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if detected.startswith("audio/"):
        return "recording"
    if detected.startswith("image/"):
        return "screenshot"
    if ext in ("doc", "docx", "xls", "xlsx", "pdf"):
        return "form"
    return "other"


def expected_missing(label) -> set[str]:
    return set(rules.missing_fields(label["kind"], label["fields"], [a["role"] for a in label["attachments"]]))


def check_one(path_eml: str, path_json: str) -> list[str]:
    errs: list[str] = []
    raw = open(path_eml, "rb").read()
    label = json.load(open(path_json, encoding="utf-8"))
    e = errs.append
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        e("bare LF or CR in the file")
    lines = raw.split(b"\r\n", 3)
    if not (lines[0].startswith(b"Return-Path:") and lines[1].startswith(b"Delivered-To:") and lines[2].startswith(b"Received:")):
        e("does not start with Return-Path / Delivered-To / Received")
    msg = email.message_from_bytes(raw)
    if msg.get("From") is None:
        e("email package found no From header")
    if list(label)[:8] != TOP_KEYS:
        e(f"top keys {list(label)[:8]}")
    if label["kind"] not in KINDS:
        e("bad kind")
    if list(label["fields"]) != FIELD_KEYS:
        e("field keys")
    head, _ = split_head(raw)
    hs = headers(head)
    mid = hget(hs, "message-id")
    if (mid.decode() if mid else None) != label["message_id"]:
        e(f"message_id {mid!r} != {label['message_id']!r}")
    frm = decode_words(hget(hs, "from") or b"")
    if parseaddr(frm)[1].lower() != (label["sender"] or "").lower():
        e(f"sender {parseaddr(frm)[1]!r} != {label['sender']!r}")
    subj = hget(hs, "subject")
    dsubj = decode_words(subj).strip() if subj is not None else None
    if dsubj != label["subject"]:
        e(f"subject {dsubj!r} != {label['subject']!r}")
    m = re.search(r"DOR#([A-Z]{2}-\d{4}-\d{6})", nfkc(label["subject"] or ""))
    if (m.group(1) if m else None) != label["case_ref"]:
        e("case_ref does not match the NFKC subject")
    w = Walk()
    w.entity(raw)
    got = w.atts
    want = label["attachments"]
    if len(got) != len(want):
        e(f"{len(got)} attachments found, {len(want)} labelled")
    for g, a in zip(got, want, strict=False):
        if list(a) != ATT_KEYS:
            e(f"attachment keys {list(a)}")
        for k in ("filename", "content_type", "size", "sha256", "inline"):
            if g[k] != a[k]:
                e(f"attachment {a['filename']}: {k} {g[k]!r} != {a[k]!r}")
        det = sniff(g["_data"], g["filename"] or "")
        if det != a["detected_type"]:
            e(f"attachment {a['filename']}: sniffed {det} != {a['detected_type']}")
        if role(a["detected_type"], a["filename"]) != a["role"]:
            e(f"attachment {a['filename']}: role")
        py = [p for p in msg.walk() if p.get_filename() is not None and p.get_content_type() != "message/rfc822"]
        for p in py:  # the email package agrees on the bytes of every named non-message part
            data = p.get_payload(decode=True)
            if data is not None and hashlib.sha256(data).hexdigest() == a["sha256"]:
                break
        else:
            if a["content_type"] != "message/rfc822":
                e(f"attachment {a['filename']}: email package decodes no part to these bytes")
    if set(label["missing"]) != expected_missing(label) or len(set(label["missing"])) != len(label["missing"]):
        e(f"missing {label['missing']} != {sorted(expected_missing(label))}")
    f = label["fields"]
    if label["kind"] in ("auto", "unknown") and any(v not in (None, []) for v in f.values()):
        e("auto/unknown with fields")
    if label["kind"] == "appeal":
        c = label.get("checks", {})
        w8 = None
        if f["pushed_at"] and f["objected_at"]:
            d = datetime.fromisoformat(f["objected_at"]) - datetime.fromisoformat(f["pushed_at"])
            w8 = timedelta(0) <= d <= timedelta(hours=8)
        ev = any(a["role"] in ("recording", "screenshot") for a in want)
        if c != {"objection_within_8h": w8, "evidence_present": ev}:
            e(f"checks {c}")
    for k in ("pushed_at", "objected_at"):
        if f[k] and not f[k].endswith("+08:00"):
            e(f"{k} without +08:00")
    if label["kind"] in ("appeal", "adjustment", "summary"):
        corpus = nfkc("\n".join(w.texts + [label["subject"] or ""]))
        for k in ("partner", "client"):
            if f[k] and nfkc(f[k]) not in corpus:
                e(f"{k} {f[k]!r} not in the message text")
            for alias in label.get("accept", {}).get(k, []):
                if nfkc(alias) not in corpus:
                    e(f"accept alias {alias!r} not in the message text")
                if f[k] and len(alias) >= len(f[k]):
                    e(f"accept alias {alias!r} not shorter than {f[k]!r}")
        for lid in f["lead_ids"]:
            if lid not in corpus:
                e(f"lead id {lid} not in the message text")
        if label["kind"] == "adjustment" and f["lead_ids"] and f["lead_count"] is None:
            e("adjustment with ids but no lead_count")
    return errs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="check the labelled mail set")
    ap.add_argument("dir", nargs="?", default=str(layout.data_dir("labelled")))
    ap.add_argument("--no-regen", action="store_true", help="skip the byte-for-byte regeneration check")
    args = ap.parse_args(argv)
    stems = sorted(n[:-4] for n in os.listdir(args.dir) if re.fullmatch(r"\d{3}\.eml", n))
    bad = 0
    readme_path = os.path.join(args.dir, "README.md")
    if not os.path.exists(readme_path):
        readme_path = os.path.join(HERE, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    kinds: dict[str, int] = {}
    for s in stems:
        pj = os.path.join(args.dir, s + ".expected.json")
        if not os.path.exists(pj):
            print(f"{s}: no expected.json")
            bad += 1
            continue
        errs = check_one(os.path.join(args.dir, s + ".eml"), pj)
        if f"| {s} |" not in readme:
            errs.append("not listed in README.md")
        k = json.load(open(pj, encoding="utf-8"))["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        for err in errs:
            print(f"{s}: {err}")
        bad += bool(errs)
    if not args.no_regen:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", tmp], check=True,
                           stdout=subprocess.DEVNULL)
            for name in sorted(os.listdir(tmp)):
                a = open(os.path.join(tmp, name), "rb").read()
                p = readme_path if name == "README.md" else os.path.join(args.dir, name)
                if not os.path.exists(p) or open(p, "rb").read() != a:
                    print(f"{name}: generate.py output differs from the committed file")
                    bad += 1
    print(f"{len(stems)} messages checked ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
          f"{bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
